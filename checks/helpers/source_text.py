"""The file's text: lvalues compared as written, indentation, the macro a node is written in."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.helpers.navigation import FUNCTION_KINDS
from checks.unit import Node, Unit

ASSERT_MACROS = ("Q_ASSERT", "Q_ASSERT_X", "assert")
TEST_MACROS = ("QVERIFY", "QVERIFY2", "QCOMPARE", "QTRY_VERIFY", "QTRY_COMPARE", "QTEST")


def norm(text: str) -> str:
    """An lvalue's text without spaces and `this->`, to match `remaining[i]` occurrences."""
    return re.sub(r"\s+|\bthis->|\(\*this\)\.", "", text)


def indent_of(line: str) -> str:
    """The leading whitespace of a line, for fixes that insert a line."""
    return line[: len(line) - len(line.lstrip())]


def macro_at(unit: Unit, node: Node, names: Iterable[str]) -> str:
    """The macro among `names` whose invocation holds `node` ('' when none): nodes expanded from
    a macro span the invocation's text, `QVERIFY(...)`, which is what is looked for."""
    wanted = tuple(names)
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS:
            return ""
        text = unit.text_of(a).lstrip()
        for name in wanted:
            if text.startswith(name) and re.match(rf"{name}\s*\(", text):
                return name
    return ""
