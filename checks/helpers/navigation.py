"""Where a node is: its function, class, statement, loop or branch.

libclang gives expressions no parent pointers; `checks.unit` adds them, and these helpers
climb them. Lambdas are functions of their own here unless a helper says it sees through them.
"""

from __future__ import annotations

from collections.abc import Iterator

import clang.cindex as ci

from checks.unit import K, Node, Unit

FUNCTION_KINDS = frozenset(
    {
        K.FUNCTION_DECL,
        K.CXX_METHOD,
        K.CONSTRUCTOR,
        K.DESTRUCTOR,
        K.FUNCTION_TEMPLATE,
        K.LAMBDA_EXPR,
        K.CONVERSION_FUNCTION,
    }
)
LOOP_KINDS = frozenset({K.WHILE_STMT, K.DO_STMT, K.FOR_STMT, K.CXX_FOR_RANGE_STMT})
_BRANCH_KINDS = frozenset(
    {
        K.IF_STMT,
        K.SWITCH_STMT,
        K.CONDITIONAL_OPERATOR,
        K.WHILE_STMT,
        K.FOR_STMT,
        K.CXX_FOR_RANGE_STMT,
        K.CASE_STMT,
        K.DEFAULT_STMT,
    }
)


def enclosing_function(node: Node) -> Node | None:
    """The innermost function or lambda holding `node`."""
    return next((a for a in node.ancestors() if a.kind in FUNCTION_KINDS), None)


def named_function(node: Node) -> Node | None:
    """The nearest named function holding `node`, lambdas seen through."""
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS and a.kind != K.LAMBDA_EXPR:
            return a
    return None


def outermost_function(node: Node) -> Node | None:
    """The outermost named function holding `node` (through lambdas and local classes)."""
    out: Node | None = None
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS and a.kind != K.LAMBDA_EXPR:
            out = a
    return out


def function_scope(node: Node) -> Node | None:
    """The named function holding `node` (itself included), through lambdas; for code outside
    any named function (a lambda initializing a global), the outermost lambda."""
    out = None
    for a in [node, *node.ancestors()]:
        if a.kind in FUNCTION_KINDS and a.kind != K.LAMBDA_EXPR:
            return a
        if a.kind == K.LAMBDA_EXPR:
            out = a
    return out


def function_name(node: Node | None) -> str:
    """A stable name for fingerprints: Class::method, or <lambda> inside its function."""
    if node is None:
        return "<file>"
    if node.kind == K.LAMBDA_EXPR:
        return f"{function_name(enclosing_function(node))}/<lambda>"
    parent = node.cursor.semantic_parent
    owner = parent.spelling if parent is not None and parent.kind != K.TRANSLATION_UNIT else ""
    return f"{owner}::{node.spelling}" if owner else node.spelling


def enclosing_class(node: Node) -> ci.Cursor | None:
    """The class whose `this` `node` sees: the class of its method (or of the method around its
    lambda), or the class it is written in."""
    for a in [node, *node.ancestors()]:
        if a.kind in (K.CXX_METHOD, K.CONSTRUCTOR, K.DESTRUCTOR):
            parent = a.cursor.semantic_parent
            return parent if parent is not None else None
        if a.kind in (K.CLASS_DECL, K.STRUCT_DECL):
            return a.cursor
    return None


def body_of(func: Node) -> Node | None:
    """The compound statement of a function or lambda; None for a declaration."""
    return next((c for c in reversed(func.children) if c.kind == K.COMPOUND_STMT), None)


def body_nodes(func: Node) -> Iterator[Node]:
    """Every node of a function's own body: nested lambdas (other functions) left out."""
    stack = list(reversed(func.children))
    while stack:
        n = stack.pop()
        yield n
        if n.kind != K.LAMBDA_EXPR:
            stack.extend(reversed(n.children))


def statement_of(node: Node) -> Node:
    """The full statement holding `node`: the child of the nearest compound statement."""
    cur = node
    for anc in node.ancestors():
        if anc.kind == K.COMPOUND_STMT or anc.kind in FUNCTION_KINDS:
            return cur
        cur = anc
    return cur


def index_in_parent(node: Node) -> int:
    """The position of `node` among its parent's children (-1 at the top)."""
    parent = node.parent
    if parent is None:
        return -1
    return next((i for i, c in enumerate(parent.children) if c is node), -1)


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
        for i in range(loop.start, kids[-1].start):
            ch = unit.data[i : i + 1]
            if ch == b"(":
                depth += 1
            elif ch == b")":
                depth -= 1
            elif ch == b";" and depth == 1:
                semis.append(i)
        if len(semis) >= 2:
            for c in kids[:-1]:
                if c.start > semis[0] and c.end <= semis[1]:
                    return c
    return None


def branch_between(node: Node, stop: Node | None) -> Node | None:
    """The nearest if/switch/?:/loop that decides whether `node` runs, below `stop`.

    A node in the condition of an `if` is evaluated unconditionally, so that does not count."""
    child = node
    for a in node.ancestors():
        if a is stop or a.kind in FUNCTION_KINDS:
            return None
        if a.kind in _BRANCH_KINDS:
            first = a.children[0] if a.children else None
            if a.kind in (K.IF_STMT, K.SWITCH_STMT, K.WHILE_STMT) and child is first:
                child = a
                continue
            return a
        child = a
    return None
