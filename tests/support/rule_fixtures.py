"""Fixture conventions for rule tests.

tests/fixtures/rules/<rule-id>/bad_*.cpp   code the rule must flag
tests/fixtures/rules/<rule-id>/good_*.cpp  clean look-alikes it must leave alone

A finding is expected on every line that carries `// expect: <rule-id>` (several ids may be
listed, comma-separated). At the default threshold (0.5) the rule must report exactly those
lines: nothing missing, nothing extra. Good fixtures carry no marker for their rule.
"""

from __future__ import annotations

import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"
THRESHOLD = 0.5
_MARK = re.compile(r"//\s*expect:\s*([A-Za-z0-9_,\s-]+)")


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.cpp")) + sorted(FIXTURES.glob("*/*.h"))


def expected(text: str, rule: str) -> set[int]:
    lines: set[int] = set()
    for n, line in enumerate(text.split("\n"), start=1):
        m = _MARK.search(line)
        if m and rule in {p.strip() for p in m.group(1).split(",")}:
            lines.add(n)
    return lines
