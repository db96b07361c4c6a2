"""stream-transaction: QDataStream >> on a socket in a readyRead handler with no transaction."""

from __future__ import annotations

from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import receiver, written_args
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import FUNCTION_KINDS, enclosing_function
from checks.helpers.qt_types import base_type_name, datastream_root, is_device_type
from checks.helpers.signals import ready_read_handlers
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="stream-transaction",
    title="QDataStream read from a socket without a transaction",
    cwe=("CWE-20",),
    severity=Severity.WARNING,
    summary=(
        "`QDataStream >>` on a stream over a socket inside a readyRead handler with neither "
        "startTransaction()/commitTransaction() nor a bytesAvailable() guard: a partial "
        "message makes `>>` read garbage and lose the bytes it consumed."
    ),
    confidence=(
        "0.8 in a lambda or slot connected to readyRead in this file; 0.6 in a method named like "
        "a readyRead slot (onReadyRead) whose connection is elsewhere. Silent when the handler "
        "calls startTransaction/commitTransaction or tests bytesAvailable() in a condition "
        "before the first `>>`, and for streams over a QByteArray."
    ),
)

_CONDITIONAL = frozenset({K.IF_STMT, K.WHILE_STMT, K.DO_STMT, K.FOR_STMT, K.CONDITIONAL_OPERATOR})
_TRANSACTION = frozenset({"startTransaction", "commitTransaction", "rollbackTransaction"})


def check(unit: Unit) -> Iterator[Hit]:
    for handler, conns in ready_read_handlers(unit).items():
        reads: list[tuple[Node, ci.Cursor]] = []
        guarded = False
        guard_lines: list[int] = []
        avail_vars: set[str] = set()
        for n in handler.walk():
            if n.kind == K.VAR_DECL and "bytesAvailable" in unit.text_of(n):
                avail_vars.add(n.cursor.get_usr())
            elif n.kind == K.DECL_REF_EXPR and n.referenced is not None:
                if n.referenced.get_usr() in avail_vars and _in_condition(n, handler):
                    guard_lines.append(n.line)
            elif n.kind == K.CALL_EXPR:
                if n.spelling in _TRANSACTION:
                    guarded = True
                    break
                if n.spelling == "bytesAvailable" and _in_condition(n, handler):
                    guard_lines.append(n.line)
                if n.spelling == "operator>>" and enclosing_function(n) is handler:
                    stream = datastream_root(n)
                    if stream is not None:
                        reads.append((n, stream))
        if guarded or not reads:
            continue
        first, stream = min(reads, key=lambda r: (r[0].line, r[0].column))
        if any(line <= first.line for line in guard_lines):
            continue
        device = _device_of(unit, stream, handler)
        if device is None:
            continue
        dev_text, dev_line = device
        confidence = 0.8 if conns else 0.6
        where = (
            f"this lambda, connected to `{unit.text_of(conns[0].sender)}`'s readyRead on line "
            f"{conns[0].call.line}"
            if conns and handler.kind == K.LAMBDA_EXPR
            else f"`{handler.spelling}`, a readyRead handler"
        )
        name = stream.spelling
        message = (
            f"`{unit.text_of(first)}` reads from `{name}`, a QDataStream over `{dev_text}` "
            f"(line {dev_line}), in {where}, with no transaction and no bytesAvailable() check: "
            "readyRead fires for any chunk, so `>>` can run on a partial message, return zeros or "
            "garbage and consume the bytes that did arrive; the stream is out of step after it."
        )
        related = [Related(dev_line, f"`{name}` reads `{dev_text}`")]
        related += [Related(c.call.line, "readyRead connected here") for c in conns[:1]]
        fix = Fix(
            f"Wrap the reads in a transaction: `{name}.startTransaction();` before the first "
            f"`>>`, then `if (!{name}.commitTransaction()) return;` after the last one (the "
            "bytes are restored and the handler retries on the next readyRead)."
        )
        yield Hit(node=first, message=message, confidence=confidence, related=related, fix=fix)


def _in_condition(call: Node, handler: Node) -> bool:
    child = call
    for a in call.ancestors():
        if a is handler or a.kind in FUNCTION_KINDS or a.kind == K.COMPOUND_STMT:
            return False
        if a.kind in _CONDITIONAL and a.children:
            if a.kind == K.DO_STMT:
                return child is a.children[-1]
            if a.kind == K.FOR_STMT:
                return child is not a.children[-1]
            return child is a.children[0]
        child = a
    return False


def _device_of(unit: Unit, stream: ci.Cursor, handler: Node) -> tuple[str, int] | None:
    """What the stream reads: (expression, line) when it is a socket or other QIODevice."""
    candidates: list[Node] = []
    if stream.kind == K.VAR_DECL:
        for n in handler.walk():
            if n.kind == K.VAR_DECL and n.cursor == stream:
                ctor = next((c for c in n.children if c.kind == K.CALL_EXPR), None)
                if ctor is not None:
                    candidates += written_args(unit, ctor)[:1]
                    break
    for ref in unit.references(stream):
        parent = ref.parent
        while parent is not None and parent.kind == K.UNEXPOSED_EXPR:
            parent = parent.parent
        if parent is not None and parent.kind == K.MEMBER_REF_EXPR:
            call = parent.parent if parent.spelling == "setDevice" else None
            if call is not None and call.kind == K.CALL_EXPR and receiver(call) is not None:
                candidates += written_args(unit, call)[:1]
    for c in candidates:
        inner = unwrap(c)
        while inner.kind == K.UNEXPOSED_EXPR and inner.children:
            inner = unwrap(inner.children[0])
        if is_device_type(inner.cursor.type) and base_type_name(inner.cursor.type) != "QBuffer":
            return unit.text_of(inner), c.line
    return None
