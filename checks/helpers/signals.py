"""Signals: what a file connects to what, and which functions run from the event loop.

Several rules ask the same questions of a file (which functions run when a socket emits
readyRead, which lambda a connect() hands over), so the answers are computed once per file.
`connections` takes apart `connect(sender, signal, [context,] slot[, type])` calls (the one
connect() parser); `handler_signal` answers the wider question whether a function is handed to
the event loop at all (by those connections, or by singleShot, invokeMethod, QtConcurrent::run),
and by which signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import clang.cindex as ci

from checks.helpers.calls import call_args, written_args
from checks.helpers.expressions import WRAPPERS, unwrap
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import is_qobject_class, object_class
from checks.recovery import PRELUDE_PATH
from checks.unit import K, Node, Unit, per_unit

SCHEDULERS = frozenset({"singleShot", "invokeMethod", "callOnTimeout", "run", "create"})
"""Calls other than connect() that hand a callable to the event loop or another thread
(QTimer::singleShot, QMetaObject::invokeMethod, QtConcurrent::run, QThread::create)."""

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
    signal_text: str = ""
    """The signal argument as written: `&QLocalSocket::readyRead`, `SIGNAL(readyRead())`."""
    variable: ci.Cursor | None = None
    """The variable the slot argument names (a lambda kept in a local), when it is one."""

    @property
    def handlers(self) -> list[Node]:
        return [self.lambda_] if self.lambda_ is not None else self.methods


@dataclass(eq=False)
class _Index:
    connections: list[Connection]
    methods_by_usr: dict[str, Node]
    methods_by_name: dict[str, list[Node]]


@per_unit
def _index(unit: Unit) -> _Index:
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
    return index


def _connection(unit: Unit, call: Node, index: _Index) -> Connection | None:
    args = written_args(unit, call)
    if len(args) < 3:
        return None
    sender = unwrap(args[0])
    signal = _signal_name(unit, args[1])
    if not signal or not _maybe_qobject(object_class(sender), _signal_class(args[1])):
        return None
    slot_arg = unwrap(args[-1])
    queued = False
    if slot_arg.kind == K.DECL_REF_EXPR and "Connection" in unit.text_of(slot_arg):
        queued = "Queued" in unit.text_of(slot_arg)
        args = args[:-1]
        slot_arg = unwrap(args[-1])
    context = unwrap(args[2]) if len(args) >= 4 else None
    conn = Connection(call, sender, referenced_decl(sender), signal, context, None, queued=queued)
    conn.signal_text = unit.text_of(args[1])
    lam = _lambda_in(slot_arg)
    if lam is not None:
        conn.lambda_ = lam
        return conn
    macro = _SLOT_MACRO.match(unit.text_of(slot_arg))
    if macro:
        conn.methods = list(index.methods_by_name.get(macro.group(1), []))
        return conn
    held = slot_arg
    while held.kind in (K.CALL_EXPR, K.UNEXPOSED_EXPR) and len(held.children) == 1:
        held = held.children[0]  # a closure copied into the call
    ref = held.referenced if held.kind == K.DECL_REF_EXPR else None
    if ref is not None and ref.kind == K.VAR_DECL:
        conn.variable = ref
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


def _maybe_qobject(*classes: ci.Cursor | None) -> bool:
    """False when the sender's or the signal's class is one recovery declared (no header did)
    and nothing shows it is a QObject: a stand-in says nothing, so nothing is concluded."""
    return not any(c is not None and _recovered(c) and not is_qobject_class(c) for c in classes)


def _recovered(cls: ci.Cursor) -> bool:
    f = cls.location.file
    return f is not None and f.name == PRELUDE_PATH


def _signal_class(arg: Node) -> ci.Cursor | None:
    for n in arg.walk():
        ref = n.referenced if n.kind == K.DECL_REF_EXPR else None
        if ref is not None and ref.kind == K.CXX_METHOD:
            parent = ref.semantic_parent
            return parent if parent is not None and parent.kind != K.NO_DECL_FOUND else None
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
    """Every `connect()` call of the file with a signal and a slot, taken apart."""
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


@dataclass
class Handlers:
    """What the file hands to the event loop: lambdas and slot names, with their signal text."""

    lambdas: dict[int, str] = field(default_factory=dict)
    """id(lambda node) -> the signal's text ('' for singleShot/invokeMethod/run)."""
    methods: dict[str, str] = field(default_factory=dict)
    """slot method name -> the signal's text."""
    lambda_vars: dict[ci.Cursor, str] = field(default_factory=dict)
    """variables holding a lambda that is passed to connect() -> the signal's text."""


_SLOT_NAME = re.compile(r"SLOT\s*\(\s*(\w+)|&\s*(?:\w+::)*(\w+)\s*$")


@per_unit
def handed_over(unit: Unit) -> Handlers:
    """Lambdas and methods the file connects to signals (from `connections`) or schedules."""
    out = Handlers()
    connected = {id(c.call): c for c in connections(unit)}
    for call in unit.calls:
        conn = connected.get(id(call))
        if conn is not None:
            if conn.lambda_ is not None:
                out.lambdas[id(conn.lambda_)] = conn.signal_text
            if conn.variable is not None:
                out.lambda_vars[conn.variable] = conn.signal_text
            for m in conn.methods:
                out.methods[m.spelling] = conn.signal_text
        elif call.spelling in SCHEDULERS:
            for arg in call_args(call):
                _note_scheduled(unit, arg, out)
    return out


def _note_scheduled(unit: Unit, arg: Node, out: Handlers) -> None:
    """Record the callable an argument of singleShot/invokeMethod/run/... hands over."""
    a = unwrap(arg)
    lam = next((n for n in a.walk() if n.kind == K.LAMBDA_EXPR), None)
    if lam is not None:
        out.lambdas[id(lam)] = ""
        return
    while a.kind in (K.CALL_EXPR, K.UNEXPOSED_EXPR) and len(a.children) == 1:
        a = a.children[0]  # a closure copied into the call
    if a.kind == K.DECL_REF_EXPR and a.referenced is not None:
        ref = a.referenced
        if ref.kind == K.VAR_DECL:
            out.lambda_vars[ref] = ""
        elif ref.kind in (K.CXX_METHOD, K.FUNCTION_DECL):
            out.methods[ref.spelling] = ""
        return
    if a.kind == K.UNARY_OPERATOR:
        ref_node = next((n for n in a.walk() if n.kind == K.DECL_REF_EXPR), None)
        target = ref_node.referenced if ref_node is not None else None
        if target is not None and target.kind in (K.CXX_METHOD, K.FUNCTION_DECL):
            out.methods[target.spelling] = ""
        return
    m = _SLOT_NAME.search(unit.text_of(arg))
    if m and "SLOT" in unit.text_of(arg):
        out.methods[m.group(1) or m.group(2)] = ""


def handler_signal(unit: Unit, func: Node) -> str | None:
    """The signal text a function/lambda is connected to ('' for a scheduled call), or None
    when the file does not hand it to the event loop."""
    h = handed_over(unit)
    if func.kind == K.LAMBDA_EXPR:
        if id(func) in h.lambdas:
            return h.lambdas[id(func)]
        parent = func
        while parent.parent is not None and parent.parent.kind in WRAPPERS | {K.CALL_EXPR}:
            parent = parent.parent
        holder = parent.parent
        if holder is not None and holder.kind == K.VAR_DECL and holder.cursor in h.lambda_vars:
            return h.lambda_vars[holder.cursor]
        return None
    if func.kind == K.CXX_METHOD and func.spelling in h.methods:
        return h.methods[func.spelling]
    return None
