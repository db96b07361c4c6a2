"""delete-in-own-signal: `delete socket` inside a handler of that same socket's signal."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import enclosing_function
from checks.helpers.objects import referenced_decl, same_object
from checks.helpers.qt_types import is_device_type
from checks.helpers.signals import Connection, connections
from checks.helpers.source_text import indent_of
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="delete-in-own-signal",
    title="Socket deleted inside its own signal",
    cwe=("CWE-416",),
    severity=Severity.ERROR,
    summary=(
        "`delete socket` inside a slot or lambda connected to a signal of that same socket "
        "(readyRead, disconnected, errorOccurred...): Qt is still inside the socket's signal "
        "emission and touches the object after the slot returns."
    ),
    confidence=(
        "0.9 when the deleted expression is the connection's sender itself (the captured "
        "variable or the same member); 0.85 when it is `sender()` or a variable initialized from "
        "it; connections made with Qt::QueuedConnection are skipped (the slot then runs from the "
        "event loop, not inside the emission)."
    ),
)

_CASTS = ("qobject_cast", "static_cast", "dynamic_cast", "reinterpret_cast")


def check(unit: Unit) -> Iterator[Hit]:
    seen: set[int] = set()
    for conn in connections(unit):
        if conn.queued or not is_device_type(conn.sender.cursor.type):
            continue
        for handler in conn.handlers:
            for node in handler.walk():
                if node.kind != K.CXX_DELETE_EXPR or not node.children:
                    continue
                if enclosing_function(node) is not handler or id(node) in seen:
                    continue
                hit = _judge(unit, conn, node)
                if hit is not None:
                    seen.add(id(node))
                    yield hit


def _judge(unit: Unit, conn: Connection, delete: Node) -> Hit | None:
    target = unwrap(delete.children[-1])
    ttext = unit.text_of(target)
    stext = unit.text_of(conn.sender)
    if same_object(target, conn.sender, unit):
        how, confidence, obj = f"`{ttext}` is the sender of this connection", 0.9, ttext
    elif _is_sender_call(unit, target):
        obj = ttext if referenced_decl(target) is not None else "sender()"
        how, confidence = "`sender()` is the object emitting the signal", 0.85
    else:
        return None
    where = "lambda" if conn.lambda_ is not None else "slot"
    message = (
        f"`delete {ttext}` runs inside a {where} connected to `{stext}`'s `{conn.signal}` signal "
        f"(connected on line {conn.call.line}); {how}, and Qt is still inside its signal "
        "emission: the socket is used after this returns (use after free). Use "
        f"`{obj}->deleteLater()`."
    )
    related = [Related(conn.call.line, f"`{conn.signal}` of `{stext}` connected here")]
    return Hit(
        node=delete,
        message=message,
        confidence=confidence,
        related=related,
        fix=_fix(unit, delete, obj),
    )


def _is_sender_call(unit: Unit, node: Node) -> bool:
    n = unwrap(node)
    if n.kind == K.CALL_EXPR and n.spelling in _CASTS:
        inner = [c for c in n.children if c.kind in (K.CALL_EXPR, K.UNEXPOSED_EXPR)]
        return any(_is_sender_call(unit, c) for c in inner if c.spelling != n.spelling)
    if n.kind in (K.CXX_STATIC_CAST_EXPR, K.CXX_DYNAMIC_CAST_EXPR, K.CSTYLE_CAST_EXPR):
        return any(_is_sender_call(unit, c) for c in n.children if c.kind != K.TYPE_REF)
    if n.kind == K.CALL_EXPR and n.spelling == "sender":
        return True
    decl = referenced_decl(n)
    if decl is not None and decl.kind == K.VAR_DECL:
        # `auto *socket = qobject_cast<QTcpSocket *>(sender());` then `delete socket;`
        init = _initializer_text(unit, decl)
        return re.search(r"\bsender\s*\(\s*\)", init) is not None
    return False


def _initializer_text(unit: Unit, decl: object) -> str:
    ext = getattr(decl, "extent", None)
    if ext is None:
        return ""
    start, end = ext.start.offset, ext.end.offset
    if ext.start.file is None or not (0 <= start < end <= len(unit.data)):
        return ""
    text = unit.data[start:end].decode("utf-8", errors="replace")
    return text.split("=", 1)[1] if "=" in text else ""


def _fix(unit: Unit, delete: Node, obj: str) -> Fix:
    description = (
        f"Replace the delete with `{obj}->deleteLater();`: the object is destroyed once control "
        "returns to the event loop, after the signal emission has finished."
    )
    stmt = delete
    if stmt.line != stmt.end_line:
        return Fix(description)
    line = unit.lines[stmt.line - 1]
    code, _, comment = line.partition("//")
    if code.strip() != unit.text_of(stmt).strip() + ";":
        return Fix(description)
    new = f"{indent_of(line)}{obj}->deleteLater();" + (f" //{comment}" if comment else "")
    return Fix(description, Replacement(stmt.line, stmt.line, new))
