"""How findings read on GitHub: a line comment like a careful reviewer's, and the review body.

Every finding carries a hidden fingerprint marker (`bot.github.markers`); reading the markers back
is how later pushes know what was already said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.github.markers import fingerprint_marker
from bot.review.diff import Anchor
from checks import FileStatus, Finding, Severity

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


def comment_body(f: Finding, anchor: Anchor, links: RepoLinks) -> str:
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
        suggestion = _suggestion(f, anchor)
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
) -> str:
    total = commented + len(outside_diff) + len(over_limit) + len(refused)
    noun = "issue" if total == 1 else "issues"
    lines = [f"**qtreview** found {total} new {noun} in this push."]
    sections = (
        ("Not on a line this pull request changes:", outside_diff),
        ("More findings (beyond the line-comment limit):", over_limit),
        ("GitHub did not accept a comment on these lines:", refused),
    )
    for title, items in sections:
        if items:
            lines += ["", title, *(body_item(f, links) for f in items)]
    if unanalyzed:
        lines += ["", "Not analyzed:"]
        lines += [f"- `{s.path}`: {s.status.value}, {s.reason}" for s in unanalyzed]
    lines += [
        "",
        "<sub>Each rule's documentation explains the defect and its fix; silence one finding "
        "with `// qtreview: ignore[rule-id]` on its line.</sub>",
    ]
    return "\n".join(lines)
