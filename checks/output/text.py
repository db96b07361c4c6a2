"""`--format text`: findings grouped by file for a person at a terminal, colored on a TTY."""

from __future__ import annotations

from collections.abc import Sequence

from checks.findings import FileState, FileStatus, Finding, Report, Severity
from checks.registry import RuleMeta

_RESET = "\033[0m"
_STYLE: dict[object, str] = {
    "path": "\033[1m",
    "dim": "\033[2m",
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[1;33m",
    Severity.NOTE: "\033[1;36m",
    FileState.FAILED: "\033[31m",
    FileState.SKIPPED: "\033[33m",
}


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, key: object, text: str) -> str:
        return f"{_STYLE[key]}{text}{_RESET}" if self.color else text


def _finding(f: Finding, paint: _Paint) -> list[str]:
    where = f"{f.line}:{f.column}"
    level = paint(f.severity, f"{f.severity.value:<7}")
    cwe = ", ".join(f.cwe)
    evidence = paint("dim", f"[{cwe}, confidence {f.confidence:.2f}]")
    head = f"  {where:>8}  {level}  {f.rule}  {evidence}"
    out = [head, f"            {f.message}"]
    for r in f.related:
        where = f"line {r.line}" if r.path is None else f"{r.path} line {r.line}"
        out.append(paint("dim", f"            {where}: {r.message}"))
    if f.fix is not None:
        out.append(f"            fix: {f.fix.description}")
        if f.fix.replacement is not None:
            rep = f.fix.replacement
            span = (
                f"line {rep.line}"
                if rep.line == rep.end_line
                else f"lines {rep.line}-{rep.end_line}"
            )
            out.append(paint("dim", f"            replace {span} with:"))
            out += [paint("dim", f"              {t}") for t in rep.text.rstrip("\n").split("\n")]
    return out


def render(report: Report, color: bool = False) -> str:
    paint = _Paint(color)
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    lines: list[str] = []
    for path in sorted(by_path):
        lines.append(paint("path", path))
        for f in sorted(by_path[path], key=lambda f: (f.line, f.column, f.rule)):
            lines += _finding(f, paint)
        lines.append("")
    problems = [s for s in report.files if s.status is not FileState.ANALYZED]
    for s in problems:
        lines.append(f"{paint(s.status, s.status.value)} {s.path}: {s.reason}")
    errors = [(s.path, e) for s in report.files for e in s.rule_errors]
    for path, e in errors:
        where = f"{path}:{e.line}" if e.line else path
        lines.append(
            f"{paint(FileState.FAILED, 'rule error')} {where}: {e.rule} failed, its findings "
            f"here are missing: {e.error}"
        )
    if problems or errors:
        lines.append("")
    recovered = [s for s in report.files if s.recovered]
    lines += [f"{paint('dim', 'recovered')} {s.path}: {recovered_text(s)}" for s in recovered]
    if recovered:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    counts = {sev: sum(1 for f in report.findings if f.severity is sev) for sev in Severity}
    n = len(report.findings)
    kinds = ", ".join(f"{c} {sev.value}{'s' if c != 1 else ''}" for sev, c in counts.items() if c)
    analyzed = sum(1 for s in report.files if s.status is FileState.ANALYZED)
    skipped = sum(1 for s in report.files if s.status is FileState.SKIPPED)
    failed = sum(1 for s in report.files if s.status is FileState.FAILED)
    errors = sum(len(s.rule_errors) for s in report.files)
    head = f"{n} finding{'s' if n != 1 else ''}" + (f" ({kinds})" if kinds else "")
    tail = f"; {errors} rule error{'s' if errors != 1 else ''}" if errors else ""
    return f"{head} in {analyzed} analyzed file(s); {skipped} skipped, {failed} failed{tail}"


def rules_table(rules: Sequence[RuleMeta]) -> str:
    rows = [("ID", "SEVERITY", "CWE", "TITLE")]
    rows += [(m.id, m.severity.value, ", ".join(m.cwe), m.title) for m in rules]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "".join(
        f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}\n" for r in rows
    )


def recovered_text(status: FileStatus, shown: int = 8) -> str:
    """The names recovery declared (which headers are missing), inferences in full."""
    names = [f"{r.name} ({r.kind})" for r in status.recovered]
    more = f", and {len(names) - shown} more" if len(names) > shown else ""
    text = f"no header given declares {', '.join(names[:shown])}{more}"
    inferred = [r.inferred for r in status.recovered if r.inferred]
    return text + "".join(f"; inferred: {why}" for why in inferred)
