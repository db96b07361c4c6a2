"""Shared helpers of the "flow" rules: how a value is used, operators, loops, macros, slots.

libclang's Python binding exposes neither the operator of a binary expression nor which macro a
node came from, so both are read from the source text here, once per node, by offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import clang.cindex as ci

from checks.unit import FUNCTION_KINDS, LOOP_KINDS, K, Node, Unit, call_args, unwrap

WRAPPERS = frozenset({K.UNEXPOSED_EXPR, K.PAREN_EXPR})
CONNECT_LIKE = frozenset(
    {"connect", "singleShot", "invokeMethod", "callOnTimeout", "run", "create"}
)
"""Calls that hand a callable to the event loop or another thread (QObject::connect,
QTimer::singleShot, QMetaObject::invokeMethod, QtConcurrent::run, QThread::create)."""
ASSERT_MACROS = ("Q_ASSERT", "Q_ASSERT_X", "assert")
TEST_MACROS = ("QVERIFY", "QVERIFY2", "QCOMPARE", "QTRY_VERIFY", "QTRY_COMPARE", "QTEST")


def operator(unit: Unit, node: Node) -> str:
    """The operator of a BINARY_OPERATOR / COMPOUND_ASSIGNMENT_OPERATOR: the text between its
    operands ('' when the operands do not come from this file's text)."""
    if len(node.children) != 2:
        return ""
    left, right = sorted(node.children, key=lambda c: Unit.span(c)[4])
    end = Unit.span(left)[5]
    start = Unit.span(right)[4]
    if not 0 <= end <= start or start - end > 8:
        return ""
    return unit.data[end:start].decode("utf-8", errors="replace").strip()


def operands(node: Node) -> tuple[Node, Node] | None:
    """(left, right) of a binary node, in source order."""
    if len(node.children) != 2:
        return None
    left, right = sorted(node.children, key=lambda c: Unit.span(c)[4])
    return left, right


def unary_operator(unit: Unit, node: Node) -> str:
    """'!', '-', '*', '++' ... of a UNARY_OPERATOR: its text before (or after) the operand."""
    if not node.children:
        return ""
    text = unit.text_of(node)
    inner = unit.text_of(node.children[0])
    if text.endswith(inner):
        return text[: len(text) - len(inner)].strip()
    if text.startswith(inner):
        return text[len(inner) :].strip()
    return ""


def outer_expr(node: Node) -> Node:
    """Climb through implicit casts and parentheses to the expression the value feeds."""
    cur = node
    while cur.parent is not None and cur.parent.kind in WRAPPERS:
        cur = cur.parent
    return cur


def index_in_parent(node: Node) -> int:
    parent = node.parent
    if parent is None:
        return -1
    return next((i for i, c in enumerate(parent.children) if c is node), -1)


def value_use(node: Node) -> str:
    """How an expression's value is used: 'discarded' (an expression statement), 'void' (cast
    to void on purpose, Q_UNUSED), or 'used' (anything else: condition, operand, argument...)."""
    expr = outer_expr(node)
    parent = expr.parent
    if parent is None:
        return "used"
    kind = parent.kind
    if kind in (K.COMPOUND_STMT, K.CASE_STMT, K.DEFAULT_STMT, K.LABEL_STMT):
        return "discarded"
    if kind in (K.CSTYLE_CAST_EXPR, K.CXX_STATIC_CAST_EXPR, K.CXX_FUNCTIONAL_CAST_EXPR):
        return "void" if parent.cursor.type.kind == ci.TypeKind.VOID else "used"
    i = index_in_parent(expr)
    n = len(parent.children)
    if kind == K.IF_STMT:
        return "discarded" if i >= 1 and i >= n - 2 and not _is_condition(parent, expr) else "used"
    if kind == K.WHILE_STMT:
        return "discarded" if n > 1 and i == n - 1 else "used"
    if kind == K.DO_STMT:
        return "discarded" if n > 1 and i == 0 else "used"
    if kind == K.FOR_STMT:
        return "discarded" if n > 1 and i == n - 1 else "used"
    return "used"


def _is_condition(if_stmt: Node, node: Node) -> bool:
    """True when `node` is written inside the parentheses of `if (...)`."""
    start = Unit.span(if_stmt)[4]
    first_body = min(
        (Unit.span(c)[4] for c in if_stmt.children if c.kind == K.COMPOUND_STMT),
        default=None,
    )
    pos = Unit.span(node)[4]
    return pos > start and (first_body is None or pos < first_body) and node is if_stmt.children[0]


def function_of(node: Node) -> Node | None:
    """The innermost function or lambda holding `node`."""
    return next((a for a in node.ancestors() if a.kind in FUNCTION_KINDS), None)


def outer_function(node: Node) -> Node | None:
    """The outermost named function holding `node` (through lambdas)."""
    out: Node | None = None
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS and a.kind != K.LAMBDA_EXPR:
            out = a
    return out


def body_nodes(func: Node) -> Iterator[Node]:
    """Every node of a function's own body: nested lambdas (other functions) left out."""
    stack = list(reversed(func.children))
    while stack:
        n = stack.pop()
        yield n
        if n.kind != K.LAMBDA_EXPR:
            stack.extend(reversed(n.children))


def enclosing_loop(node: Node) -> Node | None:
    """The innermost loop around `node` in the same function (a lambda is a boundary)."""
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS:
            return None
        if a.kind in LOOP_KINDS:
            return a
    return None


def loop_condition(unit: Unit, loop: Node) -> Node | None:
    """The condition expression of a while/do/for loop; None for `for (;;)` and `while (true)`
    style loops without one."""
    kids = loop.children
    if loop.kind == K.WHILE_STMT and len(kids) >= 2:
        return kids[-2]
    if loop.kind == K.DO_STMT and len(kids) >= 2:
        return kids[-1]
    if loop.kind == K.FOR_STMT and kids:
        # libclang omits missing parts of `for (init; cond; inc)`: the condition is the child
        # written between the two ';' of the head.
        semis: list[int] = []
        depth = 0
        for i in range(start(loop), start(kids[-1])):
            ch = unit.data[i : i + 1]
            if ch == b"(":
                depth += 1
            elif ch == b")":
                depth -= 1
            elif ch == b";" and depth == 1:
                semis.append(i)
        if len(semis) >= 2:
            for c in kids[:-1]:
                if start(c) > semis[0] and end(c) <= semis[1]:
                    return c
    return None


def macro_at(unit: Unit, node: Node, names: Iterable[str]) -> str:
    """The macro among `names` whose invocation holds `node` ('' when none): nodes expanded from
    a macro span the invocation's text, `QVERIFY(...)`, which is what is looked for."""
    wanted = tuple(names)
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS:
            return ""
        text = unit.text_of(a).lstrip()
        for name in wanted:
            if text.startswith(name) and re.match(rf"{name}\s*\(", text):
                return name
    return ""


def int_value(unit: Unit, node: Node) -> int | None:
    """The integer an expression is, when written as a literal (`-1`, `(0)`) or a const
    variable initialized with one."""
    n = unwrap(node)
    text = unit.text_of(n).strip()
    text = text.strip("()").strip()
    m = re.fullmatch(r"([-+]?)\s*(0[xX][0-9a-fA-F]+|\d+)[uUlL]*", text)
    if m and n.kind in (K.INTEGER_LITERAL, K.UNARY_OPERATOR, K.PAREN_EXPR):
        value = int(m.group(2), 0)
        return -value if m.group(1) == "-" else value
    if n.kind == K.DECL_REF_EXPR:
        decl = n.referenced
        if decl is not None and decl.kind == K.VAR_DECL and decl.type.is_const_qualified():
            for tok in _init_tokens(decl):
                return tok
    return None


def _init_tokens(decl: ci.Cursor) -> Iterator[int]:
    toks = [t.spelling for t in decl.get_tokens()]
    if "=" in toks:
        rest = "".join(toks[toks.index("=") + 1 :]).rstrip(";")
        m = re.fullmatch(r"\(?([-+]?)(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\)?", rest)
        if m:
            value = int(m.group(2), 0)
            yield -value if m.group(1) == "-" else value


def is_null(unit: Unit, node: Node) -> bool:
    n = unwrap(node)
    if n.kind in (K.CXX_NULL_PTR_LITERAL_EXPR, K.GNU_NULL_EXPR):
        return True
    return unit.text_of(n).strip() in ("nullptr", "NULL", "0", "Q_NULLPTR")


def norm(text: str) -> str:
    """An lvalue's text without spaces and `this->`, to match `remaining[i]` occurrences."""
    return re.sub(r"\s+|\bthis->|\(\*this\)\.", "", text)


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


def handlers(unit: Unit) -> Handlers:
    """Lambdas and methods the file connects to signals or schedules (computed once per unit)."""
    cached = getattr(unit, "_flow_handlers", None)
    if isinstance(cached, Handlers):
        return cached
    out = Handlers()
    for call in unit.calls:
        if call.spelling not in CONNECT_LIKE:
            continue
        args = call_args(call)
        signal = ""
        if call.spelling == "connect" and len(args) >= 2:
            signal = unit.text_of(args[1])
        slot_args = args[2:] if call.spelling == "connect" else args
        for arg in slot_args:
            a = unwrap(arg)
            lam = next((n for n in a.walk() if n.kind == K.LAMBDA_EXPR), None)
            if lam is not None:
                out.lambdas[id(lam)] = signal
                continue
            while a.kind in (K.CALL_EXPR, K.UNEXPOSED_EXPR) and len(a.children) == 1:
                a = a.children[0]  # a closure copied into the call
            if a.kind == K.DECL_REF_EXPR and a.referenced is not None:
                ref = a.referenced
                if ref.kind == K.VAR_DECL:
                    out.lambda_vars[ref] = signal
                elif ref.kind in (K.CXX_METHOD, K.FUNCTION_DECL):
                    out.methods[ref.spelling] = signal
                continue
            if a.kind == K.UNARY_OPERATOR:
                ref_node = next((n for n in a.walk() if n.kind == K.DECL_REF_EXPR), None)
                ref = ref_node.referenced if ref_node is not None else None
                if ref is not None and ref.kind in (K.CXX_METHOD, K.FUNCTION_DECL):
                    out.methods[ref.spelling] = signal
                continue
            m = _SLOT_NAME.search(unit.text_of(arg))
            if m and "SLOT" in unit.text_of(arg):
                out.methods[m.group(1) or m.group(2)] = signal
    unit._flow_handlers = out  # type: ignore[attr-defined]
    return out


def handler_signal(unit: Unit, func: Node) -> str | None:
    """The signal text a function/lambda is connected to ('' for a scheduled call), or None
    when the file does not hand it to the event loop."""
    h = handlers(unit)
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


def start(node: Node) -> int:
    return Unit.span(node)[4]


def end(node: Node) -> int:
    return Unit.span(node)[5]
