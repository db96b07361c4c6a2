"""qtest-in-lambda: QVERIFY/QCOMPARE/QFAIL in a lambda or slot the event loop calls."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Fix, Related, Severity
from checks.helpers.navigation import body_nodes, enclosing_function, outermost_function
from checks.helpers.signals import handler_signal
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="qtest-in-lambda",
    title="QtTest verification inside a lambda or slot",
    cwe=("CWE-754",),
    severity=Severity.WARNING,
    summary=(
        "QVERIFY/QCOMPARE/QFAIL/QTRY_* inside a lambda or slot run by the event loop: a failure "
        "only returns from that callable, the test function goes on and may pass."
    ),
    confidence=(
        "0.8 when the lambda or method is handed to connect(), QTimer::singleShot, "
        "QMetaObject::invokeMethod, QtConcurrent::run or QThread::create in this file; 0.45 "
        "(silent) for other lambdas, which run inside the test function where the failure is "
        "still recorded; 0.4 when the test function checks QTest::currentTestFailed()."
    ),
    cause="qtest-in-lambda",
)

VERIFIERS = frozenset({"qVerify", "qCompare", "qFail", "qTest"})
_MACRO = re.compile(r"(QTRY_\w+|QVERIFY2?|QCOMPARE|QFAIL|QTEST)\s*\(")


def check(unit: Unit) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    for call in unit.calls:
        if call.spelling not in VERIFIERS or not _in_qtest(call):
            continue
        func = enclosing_function(call)
        if func is None:
            continue
        signal = handler_signal(unit, func)
        if func.kind != K.LAMBDA_EXPR and signal is None:
            continue  # directly in a test function (or a plain helper): fine
        where = (call.line, call.column)
        if where in seen:
            continue
        seen.add(where)
        yield _hit(unit, call, func, signal)


def _in_qtest(call: Node) -> bool:
    ref = call.referenced
    parent = ref.semantic_parent if ref is not None else None
    return parent is not None and parent.spelling == "QTest"


def _checks_failure(unit: Unit, func: Node) -> bool:
    """The test function asks QTest::currentTestFailed() itself (not inside a QTRY_ macro)."""
    outer = outermost_function(func) or func
    return any(
        n.kind == K.CALL_EXPR
        and n.spelling == "currentTestFailed"
        and "currentTestFailed" in unit.text_of(n)
        for n in body_nodes(outer)
    )


def _hit(unit: Unit, call: Node, func: Node, signal: str | None) -> Hit:
    line_text = unit.lines[call.line - 1][call.column - 1 :]
    m = _MACRO.match(line_text)
    macro = m.group(1) if m else call.spelling
    where = "a lambda" if func.kind == K.LAMBDA_EXPR else f"the slot `{func.spelling}`"
    if signal:
        where += f" connected to `{signal}` (line {func.line})"
    elif signal is not None:
        where += f" run later by the event loop (line {func.line})"
    else:
        where += f" (line {func.line})"
    related = [Related(func.line, "the callable the verification is in")]
    if signal is None:
        confidence = 0.45
        consequence = (
            "a failure only returns from the lambda and the code after its call carries on"
        )
    else:
        confidence = 0.8
        consequence = (
            "the event loop calls it, so a failure only returns from it: the test function "
            "goes on (or has already returned and passed), and the failure is reported "
            "against whatever test runs then, or lost"
        )
    if _checks_failure(unit, func):
        confidence = 0.4
    message = f"`{macro}` inside {where}: {consequence}."
    fix = Fix(
        "Record the outcome in the test (a variable captured by reference, a QSignalSpy) and "
        "verify it in the test function itself: e.g. `QTRY_VERIFY(done);` then "
        "`QCOMPARE(received, expected);`."
    )
    return Hit(node=call, message=message, confidence=confidence, related=related, fix=fix)
