"""The "flow" batch beyond the fixture harness: shared helpers and the mechanical fixes."""

from __future__ import annotations

from pathlib import Path

from checks import frontend
from checks.engine import analyze_text
from checks.rules import _flow
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
        _flow.operator(unit, x)
        for x in unit.nodes
        if x.kind in (K.BINARY_OPERATOR, K.COMPOUND_ASSIGNMENT_OPERATOR)
    )
    assert ops == ["-=", "<", "=="]
    loops = sorted((x for x in unit.nodes if x.kind == K.FOR_STMT), key=lambda x: x.line)
    cond = _flow.loop_condition(unit, loops[0])
    assert cond is not None
    assert unit.text_of(cond) == "i < n"
    assert _flow.loop_condition(unit, loops[1]) is None


def test_value_use() -> None:
    unit = _unit(
        "bool g();\nvoid f() {\n    g();\n    (void)g();\n    if (g()) g();\n    bool b = g();\n}\n"
    )
    uses = sorted((c.line, c.column, _flow.value_use(c)) for c in unit.calls)
    assert [u[2] for u in uses] == ["discarded", "void", "used", "discarded", "used"]


def test_unchecked_listen_in_a_test_function_gets_a_qverify_replacement() -> None:
    text = (
        "class tst_X : public QObject {\n"
        "    Q_OBJECT\n"
        "private slots:\n"
        "    void t() {\n"
        "        QTcpServer server;\n"
        "        server.listen(QHostAddress::LocalHost);\n"
        "        QVERIFY(server.isListening());\n"
        "    }\n"
        "};\n"
    )
    findings, _ = analyze_text("tests/tst_x.cpp", text)
    f = next(f for f in findings if f.rule == "unchecked-result")
    assert f.line == 6
    assert f.confidence == 0.9
    assert f.fix is not None
    assert f.fix.replacement is not None
    assert f.fix.replacement.text == "        QVERIFY(server.listen(QHostAddress::LocalHost));"


def test_exact_remaining_fix_and_evidence() -> None:
    text = (
        "void f(QLocalSocket *socket, qint64 total) {\n"
        "    qint64 remaining = total;\n"
        "    const qint64 got = socket->bytesAvailable();\n"
        "    remaining -= got;\n"
        "    if (remaining == 0)\n"
        "        socket->close();\n"
        "}\n"
    )
    findings, _ = analyze_text("src/f.cpp", text)
    f = next(f for f in findings if f.rule == "exact-remaining-exit")
    assert f.line == 5
    assert {r.line for r in f.related} == {3, 4}
    assert "`got`" in f.message
    assert "bytesAvailable" in f.message
    assert f.fix is not None
    assert f.fix.replacement is not None
    assert f.fix.replacement.text == "    if (remaining <= 0)"


def test_seed_example_findings() -> None:
    """The benchmark example: exactly the real defects of this batch, at >= 0.5."""
    root = Path(__file__).resolve().parent.parent
    text = (root / "examples" / "localsocket_echo_bench.cpp").read_text()
    findings, _ = analyze_text("examples/localsocket_echo_bench.cpp", text)
    mine = {
        "connect-retry-loop",
        "unchecked-result",
        "unbounded-wait",
        "exact-remaining-exit",
        "pending-connection-null",
        "qtest-in-lambda",
        "leaked-object",
    }
    got = sorted(
        (f.line, f.rule)
        for f in findings
        if f.confidence >= 0.5 and (f.rule in mine or mine & set(f.also))
    )
    assert got == [
        (29, "qtest-in-lambda"),
        (30, "qtest-in-lambda"),
        (34, "unchecked-result"),
        (65, "exact-remaining-exit"),
        (71, "connect-retry-loop"),
    ]
