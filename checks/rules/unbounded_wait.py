"""unbounded-wait: a blocking socket/server wait with no timeout (-1, QDeadlineTimer::Forever)."""

from __future__ import annotations

from collections.abc import Iterator

from checks.findings import Fix, Replacement, Severity
from checks.helpers.calls import call_args, callee_class
from checks.helpers.expressions import unwrap, value_use
from checks.helpers.qt_types import SERVERS, SOCKETS
from checks.helpers.values import int_value
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="unbounded-wait",
    title="Blocking wait with no timeout",
    cwe=("CWE-400", "CWE-835"),
    severity=Severity.WARNING,
    summary=(
        "waitForConnected/ReadyRead/BytesWritten/Disconnected/Encrypted/NewConnection called "
        "with -1 (or QDeadlineTimer::Forever): a silent or absent peer blocks the thread forever."
    ),
    confidence=(
        "0.8 for a literal negative timeout, a const variable initialized with one, or "
        "QDeadlineTimer::Forever; the default timeouts (30000 ms) and any other value are "
        "bounded and silent."
    ),
    cause="unbounded-wait",
)

WAITS = frozenset(
    {
        "waitForConnected",
        "waitForReadyRead",
        "waitForBytesWritten",
        "waitForDisconnected",
        "waitForEncrypted",
        "waitForNewConnection",
    }
)
OWNERS = frozenset(SOCKETS | SERVERS | {"QIODevice"})
WHAT = {
    "waitForConnected": "a server that never answers",
    "waitForReadyRead": "a peer that stays connected but sends nothing",
    "waitForBytesWritten": "a peer that stops reading",
    "waitForDisconnected": "a peer that never closes",
    "waitForEncrypted": "a peer that stalls the handshake",
    "waitForNewConnection": "a client that never comes",
}


def check(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        if call.spelling not in WAITS or callee_class(call) not in OWNERS:
            continue
        args = call_args(call)
        if not args:
            continue  # the default timeout is bounded
        timeout = args[0]
        if not _forever(unit, timeout):
            continue
        yield _hit(unit, call, timeout)


def _forever(unit: Unit, node: Node) -> bool:
    value = int_value(unit, node)
    if value is not None:
        return value < 0
    return any(n.spelling == "Forever" for n in unwrap(node).walk() if n.kind == K.DECL_REF_EXPR)


def _hit(unit: Unit, call: Node, timeout: Node) -> Hit:
    text = unit.text_of(call)
    ttext = unit.text_of(timeout)
    message = (
        f"`{text}` waits with no timeout (`{ttext}`): {WHAT[call.spelling]} blocks this thread "
        "forever, with no way to report or recover."
    )
    described = (
        f"Pass a finite timeout (e.g. `30000` ms) and handle `false` from "
        f"`{call.spelling}` (log `errorString()`, abort, retry); or use the asynchronous "
        "signals instead of blocking."
    )
    fix = Fix(described)
    line, col, end_line, end_col, _, _ = Unit.span(timeout)
    if value_use(call) == "used" and line == end_line and int_value(unit, timeout) is not None:
        raw = unit.lines[line - 1].encode("utf-8")
        if raw[col - 1 : end_col - 1].decode("utf-8", "replace") == ttext:
            new = raw[: col - 1].decode() + "30000" + raw[end_col - 1 :].decode()
            fix = Fix(
                "The result is already checked: a finite timeout (30 s here) makes that check "
                "fire instead of hanging.",
                Replacement(line, line, new),
            )
    return Hit(node=call, message=message, confidence=0.8, fix=fix)
