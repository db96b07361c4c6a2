"""Qt's classes as the rules know them: which are sockets and servers, bases, derives-from.

Types are resolved through typedefs, `auto`, pointers, references and subclasses, so that a
`MySocket *` whose class derives from QTcpSocket counts as a socket.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import clang.cindex as ci

from checks.frontend import MODEL_PATH
from checks.helpers.calls import receiver
from checks.helpers.expressions import unwrap
from checks.helpers.objects import POINTER_GETTERS, referenced_decl
from checks.unit import K, Node

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
DEVICE_CLASSES = IODEVICES | SERVERS

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


def base_type_name(t: ci.Type) -> str:
    """`QLocalSocket` for `QLocalSocket *const &`, following typedefs and auto."""
    t = t.get_canonical()
    while t.kind in (ci.TypeKind.POINTER, ci.TypeKind.LVALUEREFERENCE, ci.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee().get_canonical()
    decl = t.get_declaration()
    if decl is not None and decl.kind != K.NO_DECL_FOUND:
        return str(decl.spelling)
    return str(t.spelling).replace("const ", "").strip()


def type_class(t: ci.Type) -> ci.Cursor | None:
    """The class declaration behind a (pointer/reference/typedef/auto) type."""
    t = t.get_canonical()
    while t.kind in (ci.TypeKind.POINTER, ci.TypeKind.LVALUEREFERENCE, ci.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee().get_canonical()
    decl = t.get_declaration()
    if decl is None or decl.kind == K.NO_DECL_FOUND:
        return None
    return decl


def pointee_class(t: ci.Type) -> ci.Cursor | None:
    """The class a pointer type points to; None for anything but a pointer to a class."""
    c = t.get_canonical()
    if c.kind != ci.TypeKind.POINTER:
        return None
    p = c.get_pointee().get_canonical()
    if p.kind != ci.TypeKind.RECORD:
        return None
    d = p.get_declaration()
    return d if d is not None and d.kind != K.NO_DECL_FOUND else None


_MODEL_BASES: dict[str, tuple[str, ...]] = {}
"""Bases of the Qt model's classes: the model is the same for every file of the process."""
_TU_BASES: weakref.WeakKeyDictionary[ci.TranslationUnit, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)
"""Bases of the analyzed file's own classes, for as long as its translation unit lives."""


def bases_of(cls: ci.Cursor) -> tuple[str, ...]:
    """Every base class name, transitively, cached: reading the children of QObject or QThread
    costs a thousand libclang visits, and every rule asks about the same few classes."""
    cls = cls.get_definition() or cls
    usr = str(cls.get_usr())
    loc = cls.location.file
    in_model = loc is not None and loc.name == MODEL_PATH
    cache = _MODEL_BASES if in_model else _TU_BASES.setdefault(cls.translation_unit, {})
    found = cache.get(usr)
    if found is not None:
        return found
    cache[usr] = ()  # a cycle in broken code must not recurse for ever
    out: list[str] = []
    for c in cls.get_children():
        if c.kind != K.CXX_BASE_SPECIFIER:
            continue
        ref = c.referenced
        name = str(ref.spelling if ref is not None else c.type.spelling)
        if name not in out:
            out.append(name)
        if ref is not None:
            out.extend(b for b in bases_of(ref) if b not in out)
    cache[usr] = tuple(out)
    return cache[usr]


def derives_from(cls: ci.Cursor | None, names: Iterable[str]) -> str:
    """The first of `names` that `cls` is or derives from, or ''."""
    if cls is None:
        return ""
    wanted = frozenset(names)
    if cls.spelling in wanted:
        return str(cls.spelling)
    return next((b for b in bases_of(cls) if b in wanted), "")


def is_qobject_class(cursor: ci.Cursor | None) -> bool:
    """A class that is or derives from QObject."""
    if cursor is None or cursor.kind == K.NO_DECL_FOUND:
        return False
    return bool(derives_from(cursor, ("QObject",)))


def is_device_type(t: ci.Type) -> bool:
    """A socket, server or other QIODevice (through typedefs, auto and subclasses)."""
    if base_type_name(t) in DEVICE_CLASSES:
        return True
    cls = type_class(t)
    return cls is not None and any(b in DEVICE_CLASSES for b in bases_of(cls))


def object_class(node: Node | None) -> ci.Cursor | None:
    """The class of the object an expression denotes, smart pointers seen through."""
    if node is None:
        return None
    n = unwrap(node)
    while n.kind == K.CALL_EXPR and n.spelling in POINTER_GETTERS and n.children:
        inner = receiver(n) or unwrap(n.children[0])
        if inner is n:
            break
        n = inner
        cls = type_class(n.cursor.type)
        if cls is not None and cls.spelling not in ("unique_ptr", "shared_ptr", "QPointer"):
            return cls
    return type_class(n.cursor.type)


def is_a(node: Node | None, names: Iterable[str]) -> str:
    """Which of `names` the object of `node` is or derives from ('' when unknown or none)."""
    if node is None:
        return ""
    cls = object_class(node)
    if cls is None:
        name = base_type_name(unwrap(node).cursor.type)
        return name if name in frozenset(names) else ""
    return derives_from(cls, names)


def datastream_root(call: Node) -> ci.Cursor | None:
    """The QDataStream variable or member at the root of `in >> a >> b`."""
    n = unwrap(call)
    while n.kind == K.CALL_EXPR and n.spelling == "operator>>" and n.children:
        n = unwrap(n.children[0])
    decl = referenced_decl(n)
    if decl is None or base_type_name(decl.type) != "QDataStream":
        return None
    return decl
