"""`// qtreview: ignore[rule-id]` on the finding's line or the line above silences it."""

from __future__ import annotations

import re

_MARK = re.compile(r"qtreview:\s*ignore\[([A-Za-z0-9_,\s-]+)\]")


def suppressions(lines: list[str]) -> dict[int, set[str]]:
    """1-based line -> rule ids silenced on that line (from the line itself or the one above)."""
    out: dict[int, set[str]] = {}
    for i, text in enumerate(lines, start=1):
        if "qtreview" not in text:
            continue
        for m in _MARK.finditer(text):
            ids = {p.strip() for p in m.group(1).split(",") if p.strip()}
            out.setdefault(i, set()).update(ids)
            out.setdefault(i + 1, set()).update(ids)
    return out


def is_suppressed(table: dict[int, set[str]], rule: str, line: int, end_line: int) -> bool:
    return any(rule in table.get(n, ()) for n in (line, end_line))
