"""What the rules know of Qt: which classes are sockets, which calls a peer controls."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import clang.cindex as ci

from checks.unit import K, Node, Unit, callee_class, receiver, unwrap

IODEVICES = frozenset(
    {
        "QIODevice",
        "QIODeviceBase",
        "QAbstractSocket",
        "QTcpSocket",
        "QUdpSocket",
        "QSslSocket",
        "QLocalSocket",
    }
)
SERVERS = frozenset({"QTcpServer", "QLocalServer", "QSslServer"})
SOCKETS = IODEVICES - {"QIODevice", "QIODeviceBase"}

PEER_LENGTHS = {
    "bytesAvailable": "the number of bytes the peer has sent so far",
    "pendingDatagramSize": "the size of the datagram the peer sent",
}
"""Calls whose value the remote peer decides."""


INTEGER_KINDS = frozenset(
    {
        ci.TypeKind.INT,
        ci.TypeKind.UINT,
        ci.TypeKind.LONG,
        ci.TypeKind.ULONG,
        ci.TypeKind.LONGLONG,
        ci.TypeKind.ULONGLONG,
        ci.TypeKind.SHORT,
        ci.TypeKind.USHORT,
    }
)
"""Canonical integer type kinds (qint64, qintptr, quint32 all end up here)."""


def calls(unit: Unit, names: Iterable[str], classes: Iterable[str] | None = None) -> Iterator[Node]:
    """Calls to methods named `names`, declared in one of `classes` (any class when None)."""
    wanted = frozenset(names)
    owners = frozenset(classes) if classes is not None else None
    for call in unit.calls:
        if call.spelling in wanted and (owners is None or callee_class(call) in owners):
            yield call


def is_call_to(node: Node, names: Iterable[str], classes: Iterable[str] | None = None) -> bool:
    n = unwrap(node)
    if n.kind != K.CALL_EXPR or n.spelling not in frozenset(names):
        return False
    return classes is None or callee_class(n) in frozenset(classes)


def base_type_name(t: ci.Type) -> str:
    """`QLocalSocket` for `QLocalSocket *const &`, following typedefs and auto."""
    t = t.get_canonical()
    while t.kind in (ci.TypeKind.POINTER, ci.TypeKind.LVALUEREFERENCE, ci.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee().get_canonical()
    decl = t.get_declaration()
    if decl is not None and decl.kind != K.NO_DECL_FOUND:
        return str(decl.spelling)
    return str(t.spelling).replace("const ", "").strip()


def class_bases(decl: ci.Cursor) -> list[str]:
    """Every base class name of a class declaration, transitively."""
    out: list[str] = []
    stack = [decl]
    while stack:
        d = stack.pop()
        for c in d.get_children():
            if c.kind == K.CXX_BASE_SPECIFIER:
                ref = c.referenced
                name = ref.spelling if ref is not None else c.type.spelling
                if name not in out:
                    out.append(name)
                    if ref is not None:
                        stack.append(ref)
    return out


def receiver_type(call: Node) -> str:
    r = receiver(call)
    return base_type_name(r.cursor.type) if r is not None else ""
