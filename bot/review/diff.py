"""Which lines of a file a review comment may anchor to, from the `patch` GitHub gives per file.

GitHub fails a whole review when one comment names a line outside the diff, so anchors are checked
here before posting. On the RIGHT side, the lines a hunk covers (added and context lines) are one
contiguous range: the hunk header's `+start,count`.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks import hunk_header


@dataclass(frozen=True)
class Anchor:
    """Where a comment goes: `line`, and `start_line` for a multi-line range (else None)."""

    line: int
    start_line: int | None = None


@dataclass(frozen=True)
class DiffLines:
    hunks: tuple[range, ...]
    """RIGHT-side line ranges, one per hunk, in file order."""

    def hunk_of(self, line: int) -> range | None:
        for hunk in self.hunks:
            if line in hunk:
                return hunk
        return None

    def anchor(self, line: int, end_line: int) -> Anchor | None:
        """A range comment when the finding's whole span is in one hunk; else its first line alone.

        A finding whose first line is outside the diff gets no anchor: its place is the review body.
        """
        hunk = self.hunk_of(line)
        if hunk is None:
            return None
        if end_line > line and end_line in hunk:
            return Anchor(line=end_line, start_line=line)
        return Anchor(line=line)


def parse_patch(patch: str) -> DiffLines:
    """Read hunk headers and count lines, as GitHub does; tolerant of a truncated final hunk."""
    hunks: list[range] = []
    start = 0
    seen = 0
    in_hunk = False

    def close() -> None:
        if in_hunk and seen > 0:
            hunks.append(range(start, start + seen))

    for raw in patch.split("\n"):
        header = hunk_header(raw)
        if header:
            close()
            start = header[0]
            seen = 0
            in_hunk = True
            continue
        if not in_hunk or not raw:
            continue
        marker = raw[0]
        if marker in "+ ":
            seen += 1
        # "-" lines are LEFT only; "\ No newline at end of file" belongs to neither side
    close()
    return DiffLines(tuple(hunks))
