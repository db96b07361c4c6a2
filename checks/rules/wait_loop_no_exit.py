"""wait-loop-no-exit: a loop around waitForReadyRead/waitForBytesWritten that only the peer's
data can end: the wait's result is ignored, and no deadline, state or error ends the loop."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import callee_class, written_args
from checks.helpers.expressions import value_use
from checks.helpers.navigation import (
    FUNCTION_KINDS,
    LOOP_KINDS,
    enclosing_loop,
    loop_condition,
    named_function,
)
from checks.helpers.qt_types import IODEVICES
from checks.helpers.signals import handler_signal
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="wait-loop-no-exit",
    title="Wait loop that only the peer's data can end",
    cwe=("CWE-835", "CWE-400"),
    severity=Severity.WARNING,
    summary=(
        "`while (socket->bytesAvailable() < n) socket->waitForReadyRead();`, "
        "`while (!socket->canReadLine()) ...`, `while (bytesToWrite() > 0) "
        "waitForBytesWritten();`: the wait's result is thrown away and every way out of the "
        "loop needs the peer to send (or read) more, so a peer that stops, or closes, keeps the "
        "thread in the loop for ever."
    ),
    confidence=(
        "0.8 when every exit of the loop tests only data (bytes available, a line, the buffer's "
        "size, bytes to write); 0.6 when a state()/error()/isOpen() test also ends it (a closed "
        "peer gets out, a silent connected one does not). Silent when the wait's result is "
        "used (in the condition, a variable, an if that leaves the loop), when an exit tests "
        "time, a deadline, a counter or anything it cannot read as data, or when the loop runs "
        "once."
    ),
    cause="unbounded-wait",
)

WAITS = {
    "waitForReadyRead": "sends nothing more",
    "waitForBytesWritten": "stops reading",
}
_DATA = re.compile(
    r"\b(bytesAvailable|canReadLine|atEnd|bytesToWrite|size|length|count|isEmpty|contains|"
    r"indexOf|startsWith|endsWith)\s*\("
)
_STATE = re.compile(r"\b(state|error|isValid|isOpen|isReadable|isWritable)\s*\(")
_OTHER = re.compile(
    r"elapsed|hasExpired|remainingTime|deadline|timeout|timedOut|msecs|tries|attempt|retr|"
    r"abort|stop|quit|cancel|running|interrupt",
    re.IGNORECASE,
)
"""Words of a way out the peer does not decide: time, a counter, a flag."""
_EXITS = frozenset({K.BREAK_STMT, K.RETURN_STMT, K.GOTO_STMT, K.CXX_THROW_EXPR})


def check(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        if call.spelling not in WAITS or callee_class(call) not in IODEVICES:
            continue
        loop = enclosing_loop(call)
        if loop is None:
            continue
        if value_use(call) != "discarded" and not _tested_in_body(call, loop):
            continue  # its result ends the loop, or is kept
        verdict = _exits_on_data_only(unit, loop)
        if verdict is None:
            continue
        yield _hit(unit, call, loop, *verdict)


def _tested_in_body(call: Node, loop: Node) -> bool:
    """`if (!socket->waitForReadyRead(10)) qDebug() << "timeout";` in the loop's body: the
    result is tested, and whether that test leaves the loop is for the exits to tell."""
    child = call
    for a in call.ancestors():
        if a is loop:
            return False
        if a.kind == K.IF_STMT:
            return bool(a.children) and a.children[0] is child
        if a.kind not in _IN_CONDITION:
            return False
        child = a
    return False


_IN_CONDITION = frozenset({K.UNEXPOSED_EXPR, K.PAREN_EXPR, K.UNARY_OPERATOR})


def _exits_on_data_only(unit: Unit, loop: Node) -> tuple[float, list[Node]] | None:
    """(confidence, the conditions) when the loop's every way out tests data (and, at worst,
    the socket's state); None when time, a counter, something unknown or nothing ends it."""
    conditions: list[Node] = []
    cond = loop_condition(unit, loop)
    if cond is not None and unit.text_of(cond).strip() not in ("true", "1"):
        conditions.append(cond)
    for exit_ in _exits(loop):
        guards = _guards(exit_, loop)
        if not guards:
            return None  # an unconditional way out: the loop does not spin on the wait
        conditions += guards
    if not conditions:
        return None
    data = state = False
    for c in conditions:
        for part in re.split(r"&&|\|\|", unit.text_of(c)):
            if _OTHER.search(part):
                return None
            if _STATE.search(part):
                state = True
            elif _DATA.search(part):
                data = True
            else:
                return None  # a flag, a counter, a result kept in a variable: another exit
    if not data:
        return None
    return (0.6 if state else 0.8), conditions


def _exits(loop: Node) -> Iterator[Node]:
    """break (of this loop, not of an inner loop or switch), return, goto and throw."""
    stack = list(loop.children)
    while stack:
        n = stack.pop()
        if n.kind in FUNCTION_KINDS:
            continue
        if n.kind in _EXITS and (n.kind != K.BREAK_STMT or _breaks_out_of(n) is loop):
            yield n
        stack.extend(n.children)


def _breaks_out_of(brk: Node) -> Node | None:
    for a in brk.ancestors():
        if a.kind in LOOP_KINDS or a.kind == K.SWITCH_STMT:
            return a
    return None


def _guards(exit_: Node, loop: Node) -> list[Node]:
    """The if (and inner loop) conditions deciding whether `exit_` runs, inside `loop`."""
    out: list[Node] = []
    child = exit_
    for a in exit_.ancestors():
        if a is loop:
            break
        if a.kind == K.IF_STMT and a.children and a.children[0] is not child:
            out.append(a.children[0])
        elif a.kind in LOOP_KINDS and a.children and a.children[0] is not child:
            out.append(a.children[-1] if a.kind == K.DO_STMT else a.children[0])
        child = a
    return out


def _hit(unit: Unit, call: Node, loop: Node, confidence: float, conditions: list[Node]) -> Hit:
    text = unit.text_of(call)
    what = WAITS[call.spelling]
    shown = ", ".join(f"`{unit.text_of(c)}`" for c in conditions[:3])
    result = "is thrown away" if value_use(call) == "discarded" else "ends nothing"
    message = (
        f"`{text}` runs in a loop (line {loop.line}) that only {shown} can end, and its result "
        f"{result}: a peer that {what} keeps the loop waiting for ever, and once the "
        f"connection is gone `{call.spelling}` returns false at once, so the loop spins."
    )
    if confidence < 0.8:
        message = (
            f"`{text}` runs in a loop (line {loop.line}) that ends on data or when the "
            f"socket closes ({shown}), and its result {result}: a peer that stays "
            f"connected and {what} keeps this thread in the loop for ever, each timeout "
            "ignored."
        )
    func = named_function(call)
    signal = handler_signal(unit, func) if func is not None else None
    if signal:
        message += (
            f" `{func.spelling if func else ''}` is a slot (connected to `{signal}`): the event "
            "loop of its thread, the GUI's in the main thread, is frozen meanwhile."
        )
    args = written_args(unit, call)
    timeout = unit.text_of(args[0]) if args else "30000"
    fix = Fix(
        f"Test the result and leave the loop when it fails: `if (!{text.split('(')[0]}"
        f"({timeout})) {{ /* timed out or closed: report errorString() */ return; }}`, with a "
        "finite timeout, or a QDeadlineTimer for the whole message; or drop the loop for the "
        "readyRead signal."
    )
    related = [Related(loop.line, "the loop: no deadline, no check of the wait's result")]
    return Hit(node=call, message=message, confidence=confidence, related=related, fix=fix)
