"""unchecked-result: the bool of listen/bind/waitFor*/open/... thrown away."""

from __future__ import annotations

from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import callee_class, receiver, written_args
from checks.helpers.expressions import outer_expr, value_use
from checks.helpers.navigation import (
    body_nodes,
    enclosing_function,
    enclosing_loop,
    named_function,
    outermost_function,
)
from checks.helpers.objects import same_object
from checks.helpers.qt_types import (
    INTEGER_KINDS,
    IODEVICES,
    SERVERS,
    SOCKETS,
    base_type_name,
    bases_of,
)
from checks.helpers.source_text import ASSERT_MACROS, macro_at
from checks.helpers.values import int_value
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="unchecked-result",
    title="Result of a socket or server call not checked",
    cwe=("CWE-252",),
    severity=Severity.WARNING,
    summary=(
        "The bool that says whether listen(), bind(), waitFor*(), open(), setSocketDescriptor() "
        "or QDataStream::commitTransaction() worked is thrown away, so a failure goes unnoticed."
    ),
    confidence=(
        "By call: listen 0.9; bind and setSocketDescriptor 0.85; open on a socket and "
        "commitTransaction 0.8; waitForConnected/ReadyRead/Encrypted/NewConnection 0.7; "
        "waitForBytesWritten 0.6. Inside Q_ASSERT/assert: 0.8, since release builds do not even "
        "make the call. Stored in a variable that is never read: 0.7. A waitFor*() discarded "
        "inside a loop, whose condition re-tests the state it waits for, and bind() to port 0: "
        "0.45 "
        "(silent). Silent when the outcome is read later through the same object (state(), "
        "isListening(), hasPendingConnections(), bytesAvailable(), ...). waitForBytesWritten() "
        "before the same socket is closed or deleted, or in a destructor: 0.45."
    ),
    cause="unchecked-result",
)

_SOCKETS_AND_SERVERS = frozenset(SOCKETS | SERVERS | {"QIODevice"})
WATCHED: dict[str, tuple[frozenset[str], float, str]] = {
    "listen": (
        frozenset(SERVERS),
        0.9,
        "listening fails when the name or port is taken or not permitted, and then no client "
        "can ever connect",
    ),
    "bind": (
        frozenset(SOCKETS),
        0.85,
        "binding fails when the address or port is taken or not permitted, and then no datagram "
        "arrives",
    ),
    "setSocketDescriptor": (
        _SOCKETS_AND_SERVERS,
        0.85,
        "an invalid or foreign descriptor is refused, and the object stays unusable",
    ),
    "open": (
        frozenset(SOCKETS),
        0.8,
        "opening can fail, and every later read or write then fails too",
    ),
    "commitTransaction": (
        frozenset({"QDataStream"}),
        0.8,
        "it is false when the data is incomplete, and the values just read are then garbage",
    ),
    "waitForConnected": (
        _SOCKETS_AND_SERVERS,
        0.7,
        "it is false on timeout or error, and the code then uses a socket that is not connected",
    ),
    "waitForEncrypted": (
        _SOCKETS_AND_SERVERS,
        0.7,
        "it is false on timeout or a failed handshake, and the code goes on unencrypted or "
        "unconnected",
    ),
    "waitForReadyRead": (
        _SOCKETS_AND_SERVERS,
        0.7,
        "it is false on timeout or disconnection, and the code then reads data that is not there",
    ),
    "waitForNewConnection": (
        _SOCKETS_AND_SERVERS,
        0.7,
        "it is false on timeout, and nextPendingConnection() then returns nullptr",
    ),
    "waitForBytesWritten": (
        _SOCKETS_AND_SERVERS,
        0.6,
        "it is false on timeout or error, and the code assumes the data left",
    ),
}
WAITS = frozenset(n for n in WATCHED if n.startswith("waitFor"))
_STATE = frozenset({"state", "error", "isValid"})
OUTCOME: dict[str, frozenset[str]] = {
    "listen": frozenset({"isListening", "serverError"}),
    "bind": _STATE | {"localPort"},
    "setSocketDescriptor": _STATE | {"socketDescriptor"},
    "open": _STATE | {"isOpen", "isReadable", "isWritable", "openMode"},
    "commitTransaction": frozenset({"status"}),
    "waitForConnected": _STATE,
    "waitForEncrypted": _STATE | {"isEncrypted", "mode", "sslHandshakeErrors"},
    "waitForReadyRead": _STATE | {"bytesAvailable", "canReadLine", "atEnd"},
    "waitForNewConnection": frozenset({"hasPendingConnections", "serverError"}),
    "waitForBytesWritten": _STATE | {"bytesToWrite"},
}
"""Queries on the same object that read the outcome of a call whose bool was dropped:
`socket.waitForConnected(); if (socket.state() != QAbstractSocket::ConnectedState)`."""
TEST_CHECKS = frozenset({"qVerify", "qCompare"})


def check(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        spec = WATCHED.get(call.spelling)
        if spec is None or not _owner_matches(call, spec[0]):
            continue
        hit = judge(unit, call, spec[1], spec[2])
        if hit is not None:
            yield hit


def _owner_matches(call: Node, classes: frozenset[str]) -> bool:
    owner = callee_class(call)
    if owner in classes:
        return True
    if owner in IODEVICES and classes & SOCKETS:
        # QIODevice::open / waitForReadyRead called on a socket: judge by the receiver's type.
        r = receiver(call)
        if r is None:
            return False
        name = base_type_name(r.cursor.type)
        if name in classes:
            return True
        decl = r.cursor.type.get_canonical()
        while decl.kind == ci.TypeKind.POINTER:
            decl = decl.get_pointee().get_canonical()
        d = decl.get_declaration()
        return d is not None and any(b in classes for b in bases_of(d))
    return False


def judge(unit: Unit, call: Node, confidence: float, why: str) -> Hit | None:
    text = unit.text_of(call)
    assert_macro = macro_at(unit, call, ASSERT_MACROS)
    if assert_macro:
        return Hit(
            node=call,
            message=(
                f"`{text}` is only called inside `{assert_macro}(...)`: release builds "
                f"(QT_NO_DEBUG / NDEBUG) compile the whole expression out, so the call is not "
                f"even made there, and debug builds abort instead of handling the failure; "
                f"{why}."
            ),
            confidence=0.8,
            fix=Fix(
                f"Make the call unconditionally and test its result: `const bool ok = {text}; "
                f"Q_ASSERT(ok);` or better `if (!{text}) {{ /* report and recover */ }}`."
            ),
        )
    use = value_use(call)
    related: list[Related] = []
    if use == "used":
        holder = outer_expr(call).parent
        if holder is None or holder.kind != K.VAR_DECL or unit.references(holder.cursor):
            return None
        message = (
            f"The result of `{text}` is stored in `{holder.spelling}`, which is never read: {why}."
        )
        confidence = min(confidence, 0.7)
    elif use == "discarded":
        if _outcome_tested(unit, call) is not None:
            return None  # the outcome is read another way: state(), isListening(), ...
        message = f"The result of `{text}` is discarded: {why}."
        if call.spelling in WAITS and enclosing_loop(call) is not None:
            confidence = 0.45  # the loop re-tests the state it waits for
        elif call.spelling == "waitForBytesWritten" and (
            _closed_after(unit, call) or _in_destructor(call)
        ):
            confidence = 0.45  # a flush before closing: the socket goes away either way
        elif call.spelling == "bind" and _ephemeral_port(unit, call):
            confidence = 0.45  # no port to be taken; a later writeDatagram() reports errors
            message += " (the port is 0, chosen by the system, so it cannot be in use)"
    else:
        return None  # cast to void: discarded on purpose
    return Hit(
        node=call,
        message=message,
        confidence=confidence,
        related=related,
        fix=_fix(unit, call, text),
    )


def _ephemeral_port(unit: Unit, call: Node) -> bool:
    """bind(address, 0) or bind(0): the system picks a free port, so it is never taken."""
    ref = call.referenced
    if ref is None:
        return False
    params = [a.type.get_canonical().kind for a in ref.get_arguments()]
    args = written_args(unit, call)
    index = 0 if params and params[0] in INTEGER_KINDS else 1
    if index >= len(args):
        return True  # defaulted: 0
    return int_value(unit, args[index]) == 0


CLOSES = frozenset(
    {"close", "abort", "disconnectFromHost", "disconnectFromServer", "waitForDisconnected"}
)


def _in_destructor(call: Node) -> bool:
    """A destructor has nothing left to do when the flush fails."""
    func = named_function(call)
    return func is not None and func.kind == K.DESTRUCTOR


def _closed_after(unit: Unit, call: Node) -> bool:
    """The same object is closed, disconnected or deleted later in the function."""
    func = enclosing_function(call)
    obj = receiver(call)
    if func is None or obj is None:
        return False
    for n in body_nodes(func):
        if n.start < call.end:
            continue
        closing = n.kind == K.CALL_EXPR and n.spelling in CLOSES | {"deleteLater"}
        target = receiver(n) if closing else n.children[0] if n.kind == K.CXX_DELETE_EXPR else None
        if target is not None and same_object(obj, target, unit):
            return True
    return False


def _outcome_tested(unit: Unit, call: Node) -> Node | None:
    """A later query of the same object, in the same function, whose value is read."""
    func = enclosing_function(call)
    if func is None:
        return None
    names = OUTCOME.get(call.spelling, frozenset())
    obj = receiver(call)
    here = call.end
    for n in body_nodes(func):
        if n.kind != K.CALL_EXPR or n.spelling not in names or n.start < here:
            continue
        other = receiver(n)
        same = (obj is None and other is None) or same_object(obj, other, unit)
        if same and value_use(n) == "used":
            return n
    return None


def _fix(unit: Unit, call: Node, text: str) -> Fix:
    description = (
        f"Test the result: `if (!{text}) {{ ... }}` and report the error "
        f"(`errorString()`), or, in a test function, `QVERIFY({text});`."
    )
    func = outermost_function(call)
    if func is None or func.cursor.result_type.kind.name != "VOID":
        return Fix(description)
    if func is not _direct_function(call) or not _uses_qtest(func):
        return Fix(description)
    line, col, end_line, end_col, _, _ = Unit.span(outer_expr(call))
    if line != end_line:
        return Fix(description)
    raw = unit.lines[line - 1].encode("utf-8")
    before, call_text, after = raw[: col - 1], raw[col - 1 : end_col - 1], raw[end_col - 1 :]
    if before.strip() or call_text.decode("utf-8", "replace") != text:
        return Fix(description)
    if not after.lstrip().startswith(b";") or after.lstrip()[1:].strip()[:2] not in (b"", b"//"):
        return Fix(description)
    new = before.decode() + f"QVERIFY({text})" + after.decode()
    return Fix(
        f"This is a test function: verify it, `QVERIFY({text});`.",
        Replacement(line, line, new),
    )


def _direct_function(call: Node) -> Node | None:
    return next((a for a in call.ancestors() if a.kind in (K.CXX_METHOD, K.LAMBDA_EXPR)), None)


def _uses_qtest(func: Node) -> bool:
    return any(n.kind == K.CALL_EXPR and n.spelling in TEST_CHECKS for n in body_nodes(func))
