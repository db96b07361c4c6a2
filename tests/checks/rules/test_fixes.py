"""Mechanical fixes beyond the fixture harness: the exact replacement text and its evidence."""

from __future__ import annotations

from checks.engine import analyze_text


def test_unchecked_listen_in_a_test_function_gets_a_qverify_replacement() -> None:
    text = (
        "class tst_X : public QObject {\n"
        "    Q_OBJECT\n"
        "private slots:\n"
        "    void t() {\n"
        "        QTcpServer server;\n"
        "        server.listen(QHostAddress::LocalHost);\n"
        "        QVERIFY(server.serverPort() != 0);\n"
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
