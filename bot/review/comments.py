"""How findings read on GitHub: a line comment like a careful reviewer's, and the review body.

Every finding carries a hidden fingerprint marker (`bot.github.markers`); reading the markers back
is how later pushes know what was already said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.github.markers import fingerprint_marker, summarized_marker
from bot.review.diff import Anchor
from checks import FileStatus, Finding, Severity

MAX_BODY_CHARS = 65536
"""GitHub refuses a review, review comment or issue comment body longer than this."""
_NOTE_ROOM = 600
_MARKERS_ROOM = 16_000
_SEVERITY = {
    Severity.ERROR: "🛑 Error",
    Severity.WARNING: "⚠️ Warning",
    Severity.NOTE: "ℹ️ Note",  # noqa: RUF001  # the information sign is meant
}


@dataclass(frozen=True)
class RepoLinks:
    """What links need: the repository's web URL, the head SHA, and where rule docs live."""

    html_url: str
    head_sha: str
    docs_url: str

    def line(self, path: str, line: int) -> str:
        return f"{self.html_url}/blob/{self.head_sha}/{path}#L{line}"

    def rule_doc(self, rule: str) -> str:
        return f"{self.docs_url.rstrip('/')}/docs/rules/{rule}.md"


def cwe_links(cwes: Iterable[str]) -> str:
    links = []
    for cwe in cwes:
        number = re.sub(r"\D", "", cwe)
        if number:
            links.append(f"[CWE-{number}](https://cwe.mitre.org/data/definitions/{number}.html)")
    return ", ".join(links)


def _where(path: str, related_path: str | None, line: int) -> str:
    """`line 12`, or `reader.h:12` when the evidence is in another file."""
    if related_path is None or related_path == path:
        return f"line {line}"
    return f"{related_path}:{line}"


def comment_body(f: Finding, anchor: Anchor, links: RepoLinks, limit: int = MAX_BODY_CHARS) -> str:
    """Within GitHub's limit: a suggestion too long is left out first, then the text is cut
    (the marker always stays: it is how the finding is known as said)."""
    text = _comment(f, anchor, links, with_suggestion=True)
    if len(text) > limit:
        text = _comment(f, anchor, links, with_suggestion=False)
    if len(text) <= limit:
        return text
    tail = "\n\n_(cut: GitHub limits a comment's length; the check run has the whole finding)_\n"
    tail += fingerprint_marker(f.fingerprint)
    return text[: limit - len(tail)] + tail


def _comment(f: Finding, anchor: Anchor, links: RepoLinks, *, with_suggestion: bool) -> str:
    parts = [f"**{_SEVERITY[f.severity]}: {f.title}** (`{f.rule}`)", "", f.message]
    if f.related:
        parts.append("")
        parts.extend(
            f"- [{_where(f.path, r.path, r.line)}]({links.line(r.path or f.path, r.line)}): "
            f"{r.message}"
            for r in f.related
        )
    if f.fix is not None:
        parts += ["", f"**Fix:** {f.fix.description}"]
        suggestion = _suggestion(f, anchor) if with_suggestion else None
        if suggestion is not None:
            parts += ["", suggestion]
    refs = [cwe_links(f.cwe), f"[rule documentation]({links.rule_doc(f.rule)})"]
    parts += [
        "",
        " · ".join(r for r in refs if r),
        "",
        f"<sub>Not a problem here? Add `// qtreview: ignore[{f.rule}]` to the line "
        "to silence it.</sub>",
        fingerprint_marker(f.fingerprint),
    ]
    return "\n".join(parts)


def _suggestion(f: Finding, anchor: Anchor) -> str | None:
    """A ```suggestion replaces exactly the commented lines: offered only when they match."""
    assert f.fix is not None
    r = f.fix.replacement
    if r is None:
        return None
    start = anchor.start_line if anchor.start_line is not None else anchor.line
    if (r.line, r.end_line) != (start, anchor.line):
        return None
    text = r.text[:-1] if r.text.endswith("\n") else r.text
    fence = "````" if "```" in text else "```"
    return f"{fence}suggestion\n{text}\n{fence}"


def body_item(f: Finding, links: RepoLinks) -> str:
    where = f"[`{f.path}:{f.line}`]({links.line(f.path, f.line)})"
    cwe = cwe_links(f.cwe)
    tail = f" ({cwe})" if cwe else ""
    return (
        f"- **{_SEVERITY[f.severity]}** {where}: **{f.title}** (`{f.rule}`){tail}: "
        f"{f.message} {fingerprint_marker(f.fingerprint)}"
    )


def review_body(
    *,
    commented: int,
    outside_diff: Sequence[Finding],
    over_limit: Sequence[Finding],
    refused: Sequence[Finding],
    unanalyzed: Sequence[FileStatus],
    links: RepoLinks,
    check_run_url: str | None = None,
    notes: Sequence[str] = (),
    limit: int = MAX_BODY_CHARS,
) -> str:
    """The body, within GitHub's limit: items are listed in rank order while they fit; the rest
    are counted, pointed to the check run (which has every finding), and marked as said."""
    total = commented + len(outside_diff) + len(over_limit) + len(refused)
    noun = "issue" if total == 1 else "issues"
    head = [f"**qtreview** found {total} new {noun} in this push.", *notes]
    footer = [
        "",
        "<sub>Each rule's documentation explains the defect and its fix; silence one finding "
        "with `// qtreview: ignore[rule-id]` on its line.</sub>",
    ]
    blocks: list[tuple[str, list[tuple[str, Finding | None]]]] = [
        (title, [(body_item(f, links), f) for f in items])
        for title, items in (
            ("Not on a line this pull request changes:", outside_diff),
            ("More findings (beyond the line-comment limit):", over_limit),
            ("GitHub did not accept a comment on these lines:", refused),
        )
    ]
    blocks.append(
        (
            "Not analyzed:",
            [(f"- `{s.path}`: {s.status.value}, {s.reason}", None) for s in unanalyzed],
        )
    )
    every = [f for _, items in blocks for _, f in items if f is not None]
    room = limit - _size(head) - _size(footer) - _NOTE_ROOM - min(_MARKERS_ROOM, 25 * len(every))
    lines = list(head)
    left_out: list[Finding] = []
    files_left_out = 0
    for title, items in blocks:
        if not items:
            continue
        for i, (text, finding) in enumerate(items):
            cost = len(text) + 1 + (len(title) + 2 if i == 0 else 0)
            if left_out or files_left_out or cost > room:
                if finding is not None:
                    left_out.append(finding)
                else:
                    files_left_out += 1
                continue
            if i == 0:
                lines += ["", title]
            lines.append(text)
            room -= cost
    if left_out or files_left_out:
        lines += ["", _left_out_note(len(left_out), files_left_out, check_run_url, limit)]
        marked = [f.fingerprint for f in left_out][: _MARKERS_ROOM // 25]
        if marked:
            lines.append(summarized_marker(marked))
    text = "\n".join(lines + footer)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(lines: Sequence[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def _left_out_note(findings: int, files: int, check_run_url: str | None, limit: int) -> str:
    parts = []
    if findings:
        parts.append(f"{findings} more {'finding' if findings == 1 else 'findings'}")
    if files:
        parts.append(f"{files} more {'file' if files == 1 else 'files'} not analyzed")
    run = f"[`qtreview` check run]({check_run_url})" if check_run_url else "`qtreview` check run"
    return (
        f"**{' and '.join(parts)} not listed here:** GitHub limits a review to {limit:,} "
        f"characters. The {run} on this commit lists every finding and file."
    )
