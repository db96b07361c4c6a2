"""shared-connection-state: one framing member (a block size, a byte buffer) serving the
readyRead of every client a server accepts: two clients interleaving corrupt each other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import clang.cindex as ci

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import receiver, written_args
from checks.helpers.expressions import operator, unwrap
from checks.helpers.navigation import LOOP_KINDS, body_nodes, enclosing_class, function_scope
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import INTEGER_KINDS, SERVERS, base_type_name, is_a, is_device_type
from checks.helpers.signals import Connection, connections
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="shared-connection-state",
    title="One framing state shared by every client of a server",
    cwe=("CWE-362", "CWE-664"),
    severity=Severity.ERROR,
    summary=(
        "A readyRead handler connected for each socket a server accepts (in incomingConnection, "
        "or after nextPendingConnection) keeps the message being received in a member of the "
        "server object or a static variable (a block size read with `>>` or compared with "
        "bytesAvailable(), a byte buffer appended with readAll()): one variable for all "
        "clients, so a second client's bytes are framed with the first one's state."
    ),
    confidence=(
        "0.8 for a static or global variable (a lambda's static is one for every socket), and "
        "for a member when the file shows several clients share the handler (it takes the "
        "socket from sender(), the sockets go into a container, nextPendingConnection() runs "
        "in a loop, or a lambda per socket captures it); 0.45 otherwise, and for one client at "
        "a time (the server stops listening or pauses, or the socket is a member whose "
        "predecessor is dropped or against which the handler checks its sender). Silent when "
        "the state lives in the socket's own object (a per-client class, a QTcpSocket "
        "subclass) or in a container keyed by socket. 0.15 less for a member of unknown type "
        "(header withheld) that the handler reads with `>>` and compares with "
        "bytesAvailable()."
    ),
)

READS = frozenset({"readAll", "read", "readLine"})
APPENDS = frozenset({"append", "operator+=", "push_back"})
STORES = frozenset({"append", "push_back", "insert", "operator<<", "operator[]", "prepend", "add"})
_RELATIONAL = frozenset({"<", "<=", ">", ">="})
SINGLE = frozenset({"close", "pauseAccepting", "setMaxPendingConnections"})


@dataclass
class Accept:
    """Where the connection's socket comes from, and what shows there are several."""

    where: Node
    evidence: list[Related]
    single: Node | None
    pending: Node | None
    """The nextPendingConnection() call; None in incomingConnection()."""


def check(unit: Unit) -> Iterator[Hit]:
    reported: set[str] = set()
    for conn in connections(unit):
        if conn.signal != "readyRead":
            continue
        accept = _accepted(unit, conn)
        if accept is None:
            continue
        for handler in conn.handlers:
            owner = enclosing_class(handler)
            if owner is None or not _same(owner, enclosing_class(conn.call)):
                continue  # the state is the handler's object's: one per client
            for field, node, how in _framing_members(unit, handler, owner):
                usr = field.get_usr()
                if usr in reported:
                    continue
                reported.add(usr)
                yield _hit(unit, conn, accept, handler, field, node, how)


def _accepted(unit: Unit, conn: Connection) -> Accept | None:
    """The connection is made for a socket the server just accepted, in the server's code."""
    func = function_scope(conn.call)
    if func is None:
        return None
    evidence: list[Related] = []
    accepted = func.spelling == "incomingConnection"
    single: Node | None = None
    pending: Node | None = None
    for n in func.walk():
        if n.kind != K.CALL_EXPR:
            continue
        if n.spelling == "nextPendingConnection":
            accepted = True
            pending = pending or n
            loop = next((a for a in n.ancestors() if a.kind in LOOP_KINDS), None)
            if loop is not None and loop.is_inside(func):
                evidence.append(Related(n.line, "every pending connection is accepted here"))
        elif n.spelling in SINGLE and is_a(receiver(n), SERVERS):
            single = n
        elif n.spelling in STORES and _stores(unit, n, conn):
            evidence.append(Related(n.line, "each accepted socket is kept here"))
    if not accepted:
        return None
    if not is_device_type(conn.sender.cursor.type):
        return None
    single = single or _current_client(unit, conn, func)
    if conn.lambda_ is not None and _captures_sender(conn):
        evidence.append(Related(conn.lambda_.line, "a handler per socket, sharing the member"))
    for handler in conn.handlers:
        for n in body_nodes(handler):
            if n.kind == K.CALL_EXPR and n.spelling == "sender":
                evidence.append(Related(n.line, "the handler serves whichever socket sent"))
                break
    return Accept(
        func, evidence, single, None if func.spelling == "incomingConnection" else pending
    )


def _current_client(unit: Unit, conn: Connection, func: Node) -> Node | None:
    """The one-client-at-a-time design: the socket is kept in a member (`m_client =
    server->nextPendingConnection()`), and either the accepting code drops the previous one
    (`m_client->abort()`) or the handler ignores every other sender (`if (socket != m_client)
    return;`). Returns the statement that shows it."""
    member = conn.sender_decl
    if member is None or member.kind != K.FIELD_DECL:
        return None
    for n in func.walk():
        if n.kind == K.CALL_EXPR and n.spelling in _DROPS and n.start < conn.call.start:
            obj = receiver(n)
            if obj is not None and _same(referenced_decl(obj), member):
                return n
    for handler in conn.handlers:
        for n in body_nodes(handler):
            compared = n.kind == K.BINARY_OPERATOR and operator(unit, n) in ("==", "!=")
            if compared and any(_same(referenced_decl(c), member) for c in n.children):
                return n
    return None


_DROPS = frozenset({"abort", "close", "disconnectFromHost", "deleteLater", "disconnect"})


def _stores(unit: Unit, call: Node, conn: Connection) -> bool:
    """`m_clients.append(socket)`, `m_clients << socket`: the sender goes into a container."""
    decl = conn.sender_decl
    if decl is None:
        return False
    return any(_same(referenced_decl(a), decl) for a in written_args(unit, call)[-1:])


_REFS = frozenset({K.VARIABLE_REF, K.DECL_REF_EXPR})


def _same(a: ci.Cursor | None, b: ci.Cursor | None) -> bool:
    """Two declarations are one (libclang's cursor equality raises on None)."""
    return a is not None and b is not None and a.get_usr() == b.get_usr() != ""


def _captures_sender(conn: Connection) -> bool:
    lam = conn.lambda_
    decl = conn.sender_decl
    if lam is None or decl is None:
        return False
    return any(n.kind in _REFS and _same(n.referenced, decl) for n in lam.walk())


def _framing_members(
    unit: Unit, handler: Node, owner: ci.Cursor
) -> Iterator[tuple[ci.Cursor, Node, str]]:
    """Variables the handler keeps a message's state in that exist once, whichever socket
    sent: members of the server's class, and static or global variables. (variable, the first
    use that shows it, in words)."""
    seen: set[str] = set()
    for n in body_nodes(handler):
        if n.kind not in (K.MEMBER_REF_EXPR, K.DECL_REF_EXPR):
            continue
        var = n.referenced
        if var is None or not _once_per_server(var, owner) or var.get_usr() in seen:
            continue
        how = _framing_use(unit, n, var)
        if not how and base_type_name(var.type) == STAND_IN:
            how = _stand_in_length(unit, n, var, handler)
        if how:
            seen.add(var.get_usr())
            yield var, n, how


def _once_per_server(var: ci.Cursor, owner: ci.Cursor) -> bool:
    if var.kind == K.FIELD_DECL:
        return _same(var.semantic_parent, owner)
    if var.kind != K.VAR_DECL:
        return False
    if var.storage_class == ci.StorageClass.STATIC:
        return True  # a static local (of a lambda too) is one for every call
    parent = var.semantic_parent
    return parent is not None and parent.kind in (K.TRANSLATION_UNIT, K.NAMESPACE)


def _framing_use(unit: Unit, ref: Node, field: ci.Cursor) -> str:
    kind = field.type.get_canonical().kind
    parent = ref.parent
    while parent is not None and parent.kind in (K.UNEXPOSED_EXPR, K.PAREN_EXPR):
        parent = parent.parent
    if parent is None:
        return ""
    if kind in INTEGER_KINDS:
        text = unit.text_of(parent)
        streamed = parent.kind == K.CALL_EXPR and parent.spelling == "operator>>"
        if streamed and (ref is parent.children[-1] or ref.is_inside(parent.children[-1])):
            return f"the length of the message being received is read into it (`{text}`)"
        compared = parent.kind == K.BINARY_OPERATOR and operator(unit, parent) in _RELATIONAL
        if compared and "bytesAvailable" in text:
            return f"the bytes that have arrived are compared with it (`{text}`)"
        return ""
    if base_type_name(field.type) == "QByteArray":
        call = parent
        if call.kind == K.MEMBER_REF_EXPR and call.parent is not None:
            call = call.parent
        if call.kind == K.CALL_EXPR and call.spelling in APPENDS:
            args = written_args(unit, call)
            if args and any(
                m.kind == K.CALL_EXPR and m.spelling in READS and is_device_type(_obj_type(m))
                for m in args[-1].walk()
            ):
                return f"received bytes are collected in it (`{unit.text_of(call)}`)"
    return ""


STAND_IN = "__QtrAny"
"""The type recovery gives a member no header given declares (checks/recovery)."""


def _stand_in_length(unit: Unit, ref: Node, var: ci.Cursor, handler: Node) -> str:
    """A member of unknown type (its header withheld) that the handler both reads with `>>`
    and compares with bytesAvailable(): the block-size idiom, whatever its integer type."""
    parent = ref.parent
    while parent is not None and parent.kind in (K.UNEXPOSED_EXPR, K.PAREN_EXPR):
        parent = parent.parent
    if parent is None or parent.kind != K.CALL_EXPR or parent.spelling != "operator>>":
        return ""
    if not parent.children or parent.children[-1] is not ref:
        return ""
    name = re.escape(var.spelling)
    compared = re.compile(
        rf"bytesAvailable\s*\(\s*\)\s*<=?\s*(\w+\s*\(\s*)?{name}\b|\b{name}\s*>=?\s*\w*"
        r"[\w>.-]*bytesAvailable\s*\("
    )
    if not compared.search(unit.text_of(handler)):
        return ""
    return (
        f"the length of the message being received is read into it (`{unit.text_of(parent)}`) "
        "and compared with bytesAvailable()"
    )


def _obj_type(call: Node) -> ci.Type:
    obj = receiver(call)
    return unwrap(obj).cursor.type if obj is not None else call.cursor.type


def _hit(
    unit: Unit,
    conn: Connection,
    accept: Accept,
    handler: Node,
    field: ci.Cursor,
    node: Node,
    how: str,
) -> Hit:
    owner = field.semantic_parent
    cls = owner.spelling if owner is not None else "the server"
    name = field.spelling
    shared = accept.evidence or field.kind != K.FIELD_DECL  # a static is every socket's
    confidence = 0.8 if shared else 0.45
    if accept.single is not None:
        confidence = 0.45
    recovered = base_type_name(field.type) == STAND_IN
    where = (
        "in incomingConnection()"
        if accept.pending is None
        else f"with nextPendingConnection() (line {accept.pending.line})"
    )
    kind = f"one member of `{cls}`" if field.kind == K.FIELD_DECL else "a static variable"
    message = (
        f"`{name}` is {kind}, but the readyRead handler it is used in is "
        f"connected on line {conn.call.line} for every socket accepted {where}: {how}. While "
        "one client's message is half received, another client's readyRead reads its bytes "
        f"with that state, so the two corrupt each other's framing (a length taken for a "
        "string, one client's bytes delivered as another's)."
    )
    if recovered:
        confidence -= 0.15
        message += (
            f" No header given declares `{name}`; it is taken for the message length from how "
            "the handler uses it."
        )
    if accept.single is not None:
        shown = unit.text_of(accept.single).split("\n")[0]
        message += (
            f" `{shown}` on line {accept.single.line} may limit the server to one client at a "
            "time, which would make this safe."
        )
    related = [Related(conn.call.line, "connected for each accepted socket here")]
    once = "once per server" if field.kind == K.FIELD_DECL else "once for every socket"
    held = unit.related(field, f"`{name}` is declared here, {once}")
    if held is not None:
        related.append(held)
    related += accept.evidence[:2]
    fix = Fix(
        f"Keep `{name}` per connection: in a small class that owns the socket (Qt's "
        "threaded fortune server and network-chat examples have one object per client), in a "
        f"`QHash<QTcpSocket *, ...>` keyed by the socket, or as a dynamic property of it; or "
        "let each socket's own buffer do the framing with a QDataStream transaction "
        "(`in.startTransaction(); ... if (!in.commitTransaction()) return;`)."
    )
    return Hit(node=node, message=message, confidence=confidence, related=related, fix=fix)
