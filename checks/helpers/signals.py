"""Shared helpers of the "peerdata" rules: signal connections, their handlers, lambda captures.

Several rules ask the same questions of a file (which functions run when a socket emits
readyRead, what a lambda captures), so the answers are computed once per Unit and cached. These
are generic helpers that would fit `checks/qt.py`; they live here so that batch stays isolated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

import clang.cindex as ci

from checks.qt import IODEVICES, SERVERS, base_type_name, class_bases
from checks.unit import FUNCTION_KINDS, K, Node, Unit, call_args, referenced_decl, unwrap

DEVICE_CLASSES = IODEVICES | SERVERS
_SIGNAL_MACRO = re.compile(r"^\s*SIGNAL\s*\(\s*(\w+)")
_SLOT_MACRO = re.compile(r"^\s*SLOT\s*\(\s*(\w+)")
READY_READ_NAME = re.compile(r"ready_?read", re.IGNORECASE)


@dataclass(eq=False)
class Connection:
    """One `connect(sender, signal, [context,] slot[, type])` call, taken apart."""

    call: Node
    sender: Node
    """The sender expression, casts removed."""
    sender_decl: ci.Cursor | None
    signal: str
    """The signal's name: `readyRead` for `&QLocalSocket::readyRead` or SIGNAL(readyRead())."""
    context: Node | None
    """The receiver/context object of the 4- and 5-argument forms."""
    lambda_: Node | None
    """The LAMBDA_EXPR when the slot is a lambda."""
    methods: list[Node] = field(default_factory=list)
    """Definitions in this file of the slot method (`&Class::slot` or SLOT(slot())). """
    queued: bool = False

    @property
    def handlers(self) -> list[Node]:
        return [self.lambda_] if self.lambda_ is not None else self.methods


@dataclass(eq=False)
class _Index:
    connections: list[Connection]
    methods_by_usr: dict[str, Node]
    methods_by_name: dict[str, list[Node]]


_CACHE: WeakKeyDictionary[Unit, _Index] = WeakKeyDictionary()


def _index(unit: Unit) -> _Index:
    cached = _CACHE.get(unit)
    if cached is not None:
        return cached
    by_usr: dict[str, Node] = {}
    by_name: dict[str, list[Node]] = {}
    for n in unit.nodes:
        if n.kind == K.CXX_METHOD and n.cursor.is_definition():
            by_usr[n.cursor.get_usr()] = n
            by_name.setdefault(n.spelling, []).append(n)
    index = _Index([], by_usr, by_name)
    for call in unit.calls:
        if call.spelling == "connect":
            conn = _connection(unit, call, index)
            if conn is not None:
                index.connections.append(conn)
    _CACHE[unit] = index
    return index


def args_of(unit: Unit, call: Node) -> list[Node]:
    """Arguments as written: defaulted arguments (which have no text) dropped."""
    return [a for a in call_args(call) if unit.text_of(a).strip()]


def _connection(unit: Unit, call: Node, index: _Index) -> Connection | None:
    args = args_of(unit, call)
    if len(args) < 3:
        return None
    sender = unwrap(args[0])
    signal = _signal_name(unit, args[1])
    if not signal:
        return None
    slot_arg = unwrap(args[-1])
    queued = False
    if slot_arg.kind == K.DECL_REF_EXPR and "Connection" in unit.text_of(slot_arg):
        queued = "Queued" in unit.text_of(slot_arg)
        args = args[:-1]
        slot_arg = unwrap(args[-1])
    context = unwrap(args[2]) if len(args) >= 4 else None
    conn = Connection(call, sender, referenced_decl(sender), signal, context, None, queued=queued)
    lam = _lambda_in(slot_arg)
    if lam is not None:
        conn.lambda_ = lam
        return conn
    macro = _SLOT_MACRO.match(unit.text_of(slot_arg))
    if macro:
        conn.methods = list(index.methods_by_name.get(macro.group(1), []))
        return conn
    for n in slot_arg.walk():
        ref = n.referenced if n.kind == K.DECL_REF_EXPR else None
        if ref is not None and ref.kind == K.CXX_METHOD:
            definition = ref.get_definition()
            usr = (definition or ref).get_usr()
            if usr in index.methods_by_usr:
                conn.methods = [index.methods_by_usr[usr]]
            break
    return conn


def _lambda_in(node: Node) -> Node | None:
    n = unwrap(node)
    for _ in range(4):
        if n.kind == K.LAMBDA_EXPR:
            return n
        if len(n.children) != 1:
            return None
        n = n.children[0]
    return None


def _signal_name(unit: Unit, arg: Node) -> str:
    m = _SIGNAL_MACRO.match(unit.text_of(arg))
    if m:
        return m.group(1)
    for n in arg.walk():
        if n.kind == K.DECL_REF_EXPR:
            ref = n.referenced
            if ref is not None and ref.kind == K.CXX_METHOD:
                return n.spelling
    return ""


def connections(unit: Unit) -> list[Connection]:
    return _index(unit).connections


def handlers_of(unit: Unit, signals: Iterable[str] | None = None) -> dict[Node, list[Connection]]:
    """Function nodes (lambdas or slot definitions) run when one of `signals` is emitted."""
    wanted = frozenset(signals) if signals is not None else None
    out: dict[Node, list[Connection]] = {}
    for conn in connections(unit):
        if wanted is None or conn.signal in wanted:
            for h in conn.handlers:
                out.setdefault(h, []).append(conn)
    return out


def ready_read_handlers(unit: Unit) -> dict[Node, list[Connection]]:
    """Functions connected to readyRead, plus methods named like a readyRead slot (`onReadyRead`,
    `readyRead`, `slotReadyRead`) whose connection may be in another file (empty list)."""
    out = handlers_of(unit, ("readyRead",))
    for name, nodes in _index(unit).methods_by_name.items():
        if READY_READ_NAME.search(name):
            for n in nodes:
                out.setdefault(n, [])
    return out


def methods_named(unit: Unit, name: str) -> list[Node]:
    return _index(unit).methods_by_name.get(name, [])


def owning_function(node: Node) -> Node | None:
    """The nearest function (lambda included) around `node`."""
    return next((a for a in node.ancestors() if a.kind in FUNCTION_KINDS), None)


def body_of(func: Node) -> Node | None:
    return next((c for c in reversed(func.children) if c.kind == K.COMPOUND_STMT), None)


def is_device_type(t: ci.Type) -> bool:
    """A socket, server or other QIODevice (through typedefs, auto and subclasses)."""
    name = base_type_name(t)
    if name in DEVICE_CLASSES:
        return True
    decl = t.get_canonical()
    while decl.kind in (ci.TypeKind.POINTER, ci.TypeKind.LVALUEREFERENCE):
        decl = decl.get_pointee().get_canonical()
    cursor = decl.get_declaration()
    if cursor is None or cursor.kind == K.NO_DECL_FOUND:
        return False
    return any(b in DEVICE_CLASSES for b in class_bases(cursor))


def is_qobject_class(cursor: ci.Cursor | None) -> bool:
    if cursor is None or cursor.kind == K.NO_DECL_FOUND:
        return False
    return cursor.spelling == "QObject" or "QObject" in class_bases(cursor)


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


def same_object(a: Node | None, b: Node | None, unit: Unit) -> bool:
    """Two expressions naming the same variable or member (`socket`, `this->m_socket`)."""
    if a is None or b is None:
        return False
    da, db = referenced_decl(a), referenced_decl(b)
    if da is not None and db is not None:
        return bool(da == db)
    return _norm(unit.text_of(a)) == _norm(unit.text_of(b)) and unit.text_of(a) != ""


def _norm(text: str) -> str:
    return re.sub(r"\s+|this->", "", text)


def enclosing_class(func: Node) -> ci.Cursor | None:
    """The class whose `this` a method (or a lambda inside one) sees."""
    for a in [func, *func.ancestors()]:
        if a.kind in (K.CXX_METHOD, K.CONSTRUCTOR, K.DESTRUCTOR):
            parent = a.cursor.semantic_parent
            return parent if parent is not None else None
        if a.kind in (K.CLASS_DECL, K.STRUCT_DECL):
            return a.cursor
    return None


def outermost_function(node: Node) -> Node | None:
    """The named function holding `node`, through any lambdas."""
    out = None
    for a in [node, *node.ancestors()]:
        if a.kind in FUNCTION_KINDS and a.kind != K.LAMBDA_EXPR:
            return a
        if a.kind == K.LAMBDA_EXPR:
            out = a
    return out


def line_replacement_ok(unit: Unit, node: Node) -> bool:
    return node.line == node.end_line and 0 < node.line <= len(unit.lines)


def indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def datastream_root(call: Node) -> ci.Cursor | None:
    """The QDataStream variable or member at the root of `in >> a >> b`."""
    n = unwrap(call)
    while n.kind == K.CALL_EXPR and n.spelling == "operator>>" and n.children:
        n = unwrap(n.children[0])
    decl = referenced_decl(n)
    if decl is None or base_type_name(decl.type) != "QDataStream":
        return None
    return decl
