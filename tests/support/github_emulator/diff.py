"""Unified-diff hunks as GitHub's pull request files API returns them in `patch`.

GitHub resolves a review comment's `line`/`side` against the file's diff: a RIGHT-side line must be
an added or context line of a hunk (new-file numbering), a LEFT-side line a removed or context line
(old-file numbering). Anything else is "Line could not be resolved". This module answers exactly
that question, and builds patches for test fixtures.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass
class Hunk:
    """One `@@` hunk: the patch lines it spans and the file lines each side shows."""

    first_patch_line: int  # index into the patch's lines of the `@@` header
    last_patch_line: int
    right: dict[int, int] = field(default_factory=dict)  # new line number -> patch line index
    left: dict[int, int] = field(default_factory=dict)  # old line number -> patch line index


@dataclass
class ParsedPatch:
    lines: list[str]
    hunks: list[Hunk]
    additions: int
    deletions: int

    def hunk_for(self, line: int, side: str) -> Hunk | None:
        for hunk in self.hunks:
            if line in (hunk.right if side == "RIGHT" else hunk.left):
                return hunk
        return None

    def position(self, line: int, side: str) -> int | None:
        """GitHub's legacy `position`: lines below the file's first `@@`, counting later headers."""
        hunk = self.hunk_for(line, side)
        if hunk is None:
            return None
        index = (hunk.right if side == "RIGHT" else hunk.left)[line]
        return index - self.hunks[0].first_patch_line

    def diff_hunk(self, line: int, side: str) -> str:
        """The `diff_hunk` of a review comment: its hunk from the header down to the line."""
        hunk = self.hunk_for(line, side)
        if hunk is None:
            return ""
        index = (hunk.right if side == "RIGHT" else hunk.left)[line]
        return "\n".join(self.lines[hunk.first_patch_line : index + 1])


def parse_patch(patch: str) -> ParsedPatch:
    lines = patch.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    hunks: list[Hunk] = []
    old = new = 0
    additions = deletions = 0
    for index, text in enumerate(lines):
        header = _HUNK.match(text)
        if header:
            if hunks:
                hunks[-1].last_patch_line = index - 1
            old, new = int(header.group(1)), int(header.group(3))
            hunks.append(Hunk(first_patch_line=index, last_patch_line=index))
            continue
        if not hunks or text.startswith("\\"):  # "\ No newline at end of file"
            continue
        hunk = hunks[-1]
        hunk.last_patch_line = index
        if text.startswith("+"):
            hunk.right[new] = index
            new += 1
            additions += 1
        elif text.startswith("-"):
            hunk.left[old] = index
            old += 1
            deletions += 1
        else:
            hunk.right[new] = index
            hunk.left[old] = index
            old += 1
            new += 1
    return ParsedPatch(lines=lines, hunks=hunks, additions=additions, deletions=deletions)


def make_patch(old: str | None, new: str | None, context: int = 3) -> str:
    """The `patch` GitHub would show for a file going from `old` to `new` (None: absent)."""
    a = (old or "").splitlines()
    b = (new or "").splitlines()
    if old is None and b:
        return f"@@ -0,0 +1,{len(b)} @@\n" + "\n".join("+" + line for line in b)
    if new is None and a:
        return f"@@ -1,{len(a)} +0,0 @@\n" + "\n".join("-" + line for line in a)
    body = list(difflib.unified_diff(a, b, lineterm="", n=context))
    return "\n".join(body[2:])  # drop the ---/+++ file headers GitHub does not include
