"""`--format github`: workflow commands that GitHub Actions turns into annotations on the diff.

Escaping follows the Actions runner: in the message `%`, CR and LF are percent-encoded; in
property values also `:` and `,`, which would otherwise end the property.
"""

from __future__ import annotations

from checks.findings import FileState, Finding, Related, Report, Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, props: dict[str, str | int], message: str) -> str:
    joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{level} {joined}::{escape_data(message)}"


def _where(r: Related) -> str:
    return f"line {r.line}" if r.path is None else f"{r.path} line {r.line}"


def annotation(f: Finding) -> str:
    body = f.message
    if f.related:
        body += "\n" + "\n".join(f"{_where(r)}: {r.message}" for r in f.related)
    if f.fix is not None:
        body += f"\nFix: {f.fix.description}"
    props: dict[str, str | int] = {"file": f.path, "line": f.line}
    if f.end_line != f.line:
        props["endLine"] = f.end_line
    else:
        props["col"] = f.column
    props["title"] = f"{f.rule} ({', '.join(f.cwe)}, confidence {f.confidence:.2f}): {f.title}"
    return command(LEVELS[f.severity], props, body)


def render(report: Report) -> str:
    lines = [annotation(f) for f in report.findings]
    for s in report.files:
        if s.status is FileState.FAILED:
            lines.append(command("warning", {"file": s.path}, f"qtreview failed: {s.reason}"))
        elif s.status is FileState.SKIPPED:
            lines.append(command("notice", {"file": s.path}, f"qtreview skipped it: {s.reason}"))
        for e in s.rule_errors:
            props: dict[str, str | int] = {"file": s.path}
            if e.line:
                props["line"] = e.line
            message = f"qtreview rule {e.rule} failed on this file (its findings are missing): "
            lines.append(command("warning", props, message + e.error))
    return "".join(line + "\n" for line in lines)
