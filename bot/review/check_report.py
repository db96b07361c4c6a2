"""Check-run output from engine findings: conclusion, title, Markdown summary, annotations.

Pure functions over `checks.Finding`/`checks.FileStatus` and config errors; the pipeline sends
what `request_bodies` returns (`POST .../check-runs`, then one `PATCH` per further 50 annotations,
the most GitHub accepts in one request).
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from bot.config import ConfigError
from checks import FileStatus, Finding

CHECK_NAME = "qtreview"
MAX_SUMMARY_CHARS = 65535
"""GitHub rejects an output.summary (or text) longer than this."""
MAX_ANNOTATIONS_PER_REQUEST = 50
MAX_ANNOTATION_TITLE_CHARS = 255
MAX_ANNOTATION_BYTES = 64 * 1024 - 1
"""GitHub caps message and raw_details at 64 KB each."""
MAX_ANNOTATIONS = 1000
"""Past this, more annotations help nobody and cost one request per 50."""

Conclusion = Literal["success", "failure", "neutral"]
ANNOTATION_LEVELS = {"error": "failure", "warning": "warning", "note": "notice"}
_SEVERITY_ORDER = ("error", "warning", "note")
_FAILING = {"error": {"error"}, "warning": {"error", "warning"}, "never": set[str]()}


def _severity(finding: Finding) -> str:
    return str(finding.severity.value)


def conclusion(findings: Iterable[Finding], fail_on: str) -> Conclusion:
    """failure if a finding is at or above `fail_on`; neutral if only lesser ones; else success."""
    if fail_on not in _FAILING:
        raise ValueError(f"fail_on must be one of {', '.join(_FAILING)}, not {fail_on!r}")
    severities = {_severity(f) for f in findings}
    if severities & _FAILING[fail_on]:
        return "failure"
    return "neutral" if severities else "success"


def title(findings: Sequence[Finding]) -> str:
    """`3 findings: 1 error, 2 warnings`; what GitHub shows next to the check's name."""
    if not findings:
        return "No findings"
    counts = Counter(_severity(f) for f in findings)
    parts = [_plural(counts[s], s) for s in _SEVERITY_ORDER if counts[s]]
    return f"{_plural(len(findings), 'finding')}: {', '.join(parts)}"


def summary_markdown(
    findings: Sequence[Finding],
    files: Sequence[FileStatus],
    config_errors: Sequence[ConfigError] = (),
    sources: Sequence[str] = (),
    *,
    limit: int = MAX_SUMMARY_CHARS,
    annotations_omitted: int = 0,
    notes: Sequence[str] = (),
) -> str:
    """Findings by severity and rule, files not analyzed and why, config problems and sources;
    `notes` (what the review could not cover) come first."""
    lines: list[str] = [f"### {title(findings)}", ""]
    for note in notes:
        lines += [f"**{note}**", ""]
    if config_errors:
        lines += ["**Configuration problems**: a file with problems is ignored as a whole.", ""]
        lines += [_config_error(e) for e in config_errors]
        lines.append("")
    if findings:
        by_rule = Counter((_severity(f), f.rule) for f in findings)
        titles = {f.rule: f.title for f in findings}
        rank = {s: i for i, s in enumerate(_SEVERITY_ORDER)}
        lines += ["| Severity | Rule | Title | Findings |", "|---|---|---|---:|"]
        for (severity, rule), count in sorted(
            by_rule.items(), key=lambda item: (rank.get(item[0][0], 9), -item[1], item[0][1])
        ):
            lines.append(f"| {severity} | {_code(rule)} | {_inline(titles[rule])} | {count} |")
        lines.append("")
    if annotations_omitted:
        lines += [f"_{_plural(annotations_omitted, 'more finding')} not annotated._", ""]
    states = Counter(str(s.status.value) for s in files)
    if files:
        counted = ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
        lines += [f"**Files**: {counted}.", ""]
    not_analyzed = [s for s in files if str(s.status.value) != "analyzed"]
    if not_analyzed:
        lines += ["| File | Status | Why |", "|---|---|---|"]
        lines += [
            f"| {_code(s.path)} | {s.status.value} | {_inline(s.reason) or '—'} |"
            for s in not_analyzed
        ]
        lines.append("")
    rule_errors = [(s.path, e) for s in files for e in s.rule_errors]
    if rule_errors:
        lines += [
            "**Rule errors**: these rules failed on these files, so their findings there are "
            "missing; the other rules' findings are in. Please report it.",
            "",
            "| File | Line | Rule | Error |",
            "|---|---:|---|---|",
        ]
        lines += [
            f"| {_code(path)} | {e.line or '—'} | {_code(e.rule)} | {_inline(e.error)} |"
            for path, e in rule_errors
        ]
        lines.append("")
    applied = ", ".join(_code(s) for s in sources) if sources else "none"
    lines.append(f"Configuration files applied (over the built-in defaults): {applied}.")
    return truncate_markdown("\n".join(lines), limit)


def truncate_markdown(text: str, limit: int = MAX_SUMMARY_CHARS) -> str:
    """Cut at a line boundary and say so, rather than letting GitHub reject the whole output."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    size = 0
    for i, line in enumerate(lines):
        add = len(line) + (1 if kept else 0)
        if size + add + len(_truncation_note(len(lines) - i)) > limit:
            break
        kept.append(line)
        size += add
    note = _truncation_note(len(lines) - len(kept))
    if not kept:
        return text[: max(0, limit - len(note))] + note
    return "\n".join(kept) + note


def _truncation_note(omitted_lines: int) -> str:
    return (
        f"\n\n_Truncated: {_plural(omitted_lines, 'more line')} not shown "
        f"(GitHub limits a check run's summary to {MAX_SUMMARY_CHARS} characters)._"
    )


def annotations(findings: Iterable[Finding], *, root: str = "") -> list[dict[str, Any]]:
    """One check-run annotation per finding, paths relative to the repository root.

    `root` is stripped from paths that carry a checkout prefix. GitHub only accepts columns on a
    single-line annotation, so they are omitted otherwise.
    """
    out: list[dict[str, Any]] = []
    for f in findings:
        start = max(1, f.line)
        end = max(start, f.end_line)
        item: dict[str, Any] = {
            "path": repo_relative(f.path, root),
            "start_line": start,
            "end_line": end,
            "annotation_level": ANNOTATION_LEVELS.get(_severity(f), "warning"),
            "message": _cap_bytes(_message(f), MAX_ANNOTATION_BYTES),
            "title": _cap_chars(f"{f.title} [{f.rule}]", MAX_ANNOTATION_TITLE_CHARS),
            "raw_details": _cap_bytes(_evidence(f), MAX_ANNOTATION_BYTES),
        }
        if start == end and f.column >= 1:
            item["start_column"] = f.column
            item["end_column"] = f.column
        out.append(item)
    return out


def batches(
    items: Sequence[dict[str, Any]], size: int = MAX_ANNOTATIONS_PER_REQUEST
) -> list[list[dict[str, Any]]]:
    """Chunks GitHub accepts in one request (at most 50 annotations)."""
    if not 1 <= size <= MAX_ANNOTATIONS_PER_REQUEST:
        raise ValueError(f"batch size must be 1..{MAX_ANNOTATIONS_PER_REQUEST}, not {size}")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def in_progress_body(
    head_sha: str, name: str = CHECK_NAME, external_id: str | None = None
) -> dict[str, Any]:
    """`POST .../check-runs` body when the review starts, so the PR shows it is under way.
    `external_id` names the job, so that a try of it finds its run again."""
    body: dict[str, Any] = {
        "name": name,
        "head_sha": head_sha,
        "status": "in_progress",
        "output": {"title": "Reviewing", "summary": "qtreview is analyzing the changed files."},
    }
    if external_id is not None:
        body["external_id"] = external_id
    return body


def unfinished_body(summary: str, title: str = "Review not finished") -> dict[str, Any]:
    """`PATCH` body that completes the run of a review that could not finish."""
    return {
        "status": "completed",
        "conclusion": "neutral",
        "output": {"title": title, "summary": summary},
    }


def update_bodies(
    findings: Sequence[Finding],
    files: Sequence[FileStatus],
    *,
    fail_on: str,
    config_errors: Sequence[ConfigError] = (),
    sources: Sequence[str] = (),
    root: str = "",
    max_annotations: int = MAX_ANNOTATIONS,
    notes: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """`PATCH .../check-runs/{id}` bodies that complete a run: the first sets the conclusion.

    Each carries the next 50 annotations (GitHub appends them); title and summary repeat because
    GitHub requires them in every output.
    """
    marks = annotations(findings[:max_annotations], root=root)
    omitted = max(0, len(findings) - max_annotations)
    output = {
        "title": title(findings),
        "summary": summary_markdown(
            findings, files, config_errors, sources, annotations_omitted=omitted, notes=notes
        ),
    }
    if omitted:  # the check run is where every finding is: the rest as text
        rest = [
            f"- {_code(f'{repo_relative(f.path, root)}:{f.line}')} {_code(f.rule)}: "
            f"{_inline(f.title)}"
            for f in findings[max_annotations:]
        ]
        output["text"] = truncate_markdown("\n".join(["Not annotated:", *rest]))
    chunks = batches(marks) or [[]]
    first: dict[str, Any] = {
        "status": "completed",
        "conclusion": conclusion(findings, fail_on),
        "output": {**output, "annotations": chunks[0]},
    }
    return [first] + [{"output": {**output, "annotations": chunk}} for chunk in chunks[1:]]


def request_bodies(
    head_sha: str,
    findings: Sequence[Finding],
    files: Sequence[FileStatus],
    *,
    fail_on: str,
    config_errors: Sequence[ConfigError] = (),
    sources: Sequence[str] = (),
    name: str = CHECK_NAME,
    root: str = "",
    max_annotations: int = MAX_ANNOTATIONS,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A completed run in one go: the `POST .../check-runs` body and the `PATCH` bodies after it."""
    first, *rest = update_bodies(
        findings,
        files,
        fail_on=fail_on,
        config_errors=config_errors,
        sources=sources,
        root=root,
        max_annotations=max_annotations,
    )
    return {"name": name, "head_sha": head_sha, **first}, rest


def repo_relative(path: str, root: str = "") -> str:
    """`./src/a.cpp`, `/src/a.cpp` and `<root>/src/a.cpp` all become `src/a.cpp`."""
    path = path.replace("\\", "/")
    root = root.replace("\\", "/").rstrip("/")
    if root and path.startswith(root + "/"):
        path = path[len(root) + 1 :]
    while path.startswith("./"):
        path = path[2:]
    return path.lstrip("/")


def _message(f: Finding) -> str:
    if f.fix is not None and f.fix.description:
        return f"{f.message}\n\nFix: {f.fix.description}"
    return f.message


def _evidence(f: Finding) -> str:
    lines = [f"rule: {f.rule}", f"confidence: {f.confidence:.2f}"]
    if f.cwe:
        lines.append(f"cwe: {', '.join(f.cwe)}")
    lines += [f"line {r.line}: {r.message}" for r in f.related]
    if f.also:
        lines.append(f"also reported by: {', '.join(f.also)}")
    lines.append(f"fingerprint: {f.fingerprint}")
    return "\n".join(lines)


def _config_error(e: ConfigError) -> str:
    where = e.source
    if e.line is not None:
        where += f":{e.line}" + (f":{e.column}" if e.column is not None else "")
    key = f" {_code(e.key_path)}" if e.key_path else ""
    return f"- {_code(where)}{key}: {_inline(e.message)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _inline(text: str) -> str:
    """Text safe inside one Markdown table cell or list item."""
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    """A code span that survives backticks and pipes in untrusted paths and ids."""
    text = " ".join(text.split())
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}".replace("|", "\\|")


def _cap_chars(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cap_bytes(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    ellipsis = "…"
    cut = data[: limit - len(ellipsis.encode("utf-8"))].decode("utf-8", "ignore")
    return cut + ellipsis
