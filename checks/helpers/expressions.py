"""Expressions: operators, operands, the casts around a value, and how a value is used.

libclang's Python binding does not expose the operator of a binary or unary expression, so it
is read from the source text, between (or around) the operands, by offsets.
"""

from __future__ import annotations

import clang.cindex as ci

from checks.helpers.navigation import index_in_parent
from checks.unit import K, Node, Unit

WRAPPERS = frozenset({K.UNEXPOSED_EXPR, K.PAREN_EXPR})
"""Implicit casts and parentheses: nodes that pass a value through unchanged."""
CASTS = WRAPPERS | {K.CSTYLE_CAST_EXPR, K.CXX_STATIC_CAST_EXPR, K.CXX_FUNCTIONAL_CAST_EXPR}
"""Nodes a value passes through on its way to where it is assigned or used: implicit and
explicit casts, parentheses."""


def unwrap(node: Node) -> Node:
    """Skip implicit casts and parentheses that libclang exposes as UNEXPOSED/PAREN nodes."""
    while node.kind in WRAPPERS and len(node.children) == 1:
        node = node.children[0]
    return node


def outer_expr(node: Node) -> Node:
    """Climb through implicit casts and parentheses to the expression the value feeds."""
    cur = node
    while cur.parent is not None and cur.parent.kind in WRAPPERS:
        cur = cur.parent
    return cur


def operands(node: Node) -> tuple[Node, Node] | None:
    """(left, right) of a binary node, in source order."""
    if len(node.children) != 2:
        return None
    left, right = sorted(node.children, key=lambda c: c.start)
    return left, right


def operator(unit: Unit, node: Node) -> str:
    """The operator of a BINARY_OPERATOR / COMPOUND_ASSIGNMENT_OPERATOR / overloaded operator
    call: the text between its operands ('' when they do not come from this file's text)."""
    both = operands(node)
    if both is None:
        return ""
    end, start = both[0].end, both[1].start
    if not 0 <= end <= start or start - end > 8:
        return ""
    return unit.data[end:start].decode("utf-8", errors="replace").strip()


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
    start = if_stmt.start
    first_body = min((c.start for c in if_stmt.children if c.kind == K.COMPOUND_STMT), default=None)
    pos = node.start
    return pos > start and (first_body is None or pos < first_body) and node is if_stmt.children[0]
