"""Helpers on expressions and loops: operators read from the text, loop conditions, value use."""

from __future__ import annotations

from checks import frontend
from checks.helpers.expressions import operator, value_use
from checks.helpers.navigation import loop_condition
from checks.unit import K, Unit


def _unit(text: str) -> Unit:
    return Unit("src/t.cpp", text, frontend.parse("src/t.cpp", text))


def test_operator_and_for_condition() -> None:
    unit = _unit(
        "void f(int n) {\n"
        "    int left = n;\n"
        "    for (int i = 0; i < n; ++i) left -= i;\n"
        "    for (;;) { if (left == 0) break; }\n"
        "}\n"
    )
    ops = sorted(
        operator(unit, x)
        for x in unit.nodes
        if x.kind in (K.BINARY_OPERATOR, K.COMPOUND_ASSIGNMENT_OPERATOR)
    )
    assert ops == ["-=", "<", "=="]
    loops = sorted((x for x in unit.nodes if x.kind == K.FOR_STMT), key=lambda x: x.line)
    cond = loop_condition(unit, loops[0])
    assert cond is not None
    assert unit.text_of(cond) == "i < n"
    assert loop_condition(unit, loops[1]) is None


def test_value_use() -> None:
    unit = _unit(
        "bool g();\nvoid f() {\n    g();\n    (void)g();\n    if (g()) g();\n    bool b = g();\n}\n"
    )
    uses = sorted((c.line, c.column, value_use(c)) for c in unit.calls)
    assert [u[2] for u in uses] == ["discarded", "void", "used", "discarded", "used"]
