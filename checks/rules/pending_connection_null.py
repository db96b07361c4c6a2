"""pending-connection-null: nextPendingConnection()'s result dereferenced without a null check."""

from __future__ import annotations

import re
from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import callee_class, receiver
from checks.helpers.expressions import (
    WRAPPERS,
    operands,
    operator,
    outer_expr,
    unary_operator,
    unwrap,
    value_use,
)
from checks.helpers.navigation import (
    LOOP_KINDS,
    body_nodes,
    enclosing_function,
    enclosing_loop,
    index_in_parent,
    loop_condition,
    statement_of,
)
from checks.helpers.objects import same_object
from checks.helpers.qt_types import SERVERS, bases_of
from checks.helpers.signals import handler_signal
from checks.helpers.source_text import macro_at
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="pending-connection-null",
    title="nextPendingConnection() used without a null check",
    cwe=("CWE-476",),
    severity=Severity.WARNING,
    summary=(
        "The socket returned by QTcpServer/QLocalServer::nextPendingConnection() is dereferenced "
        "with no null check, though it is nullptr whenever no connection is pending."
    ),
    confidence=(
        "0.8 when something makes nullptr likely: an ignored waitForNewConnection() before it, "
        "an earlier call on the same server in the function, a loop repeating the call, a "
        "handler of another signal, or a function with no sign of being a connection slot. 0.3 "
        "for one call in a handler connected to newConnection (Qt's documented idiom); 0.45 for "
        "a method not connected in this file but declared a slot or named like one. Silent when "
        "a null test (if, !, ==/!= nullptr, QVERIFY, Q_CHECK_PTR, Q_ASSERT) comes before the "
        "first dereference, when the call is in a condition or inside a hasPendingConnections() "
        "loop or if, or after a checked waitForNewConnection()/hasPendingConnections(). Passing "
        "the pointer to connect() is not a dereference (Qt refuses a null sender)."
    ),
    cause="null-dereference",
)

PROOFS = frozenset({"hasPendingConnections", "waitForNewConnection"})
CHECK_MACROS = ("QVERIFY", "QVERIFY2", "Q_CHECK_PTR", "Q_ASSERT", "Q_ASSERT_X", "QCOMPARE")


def check(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        if call.spelling != "nextPendingConnection" or not _is_server_call(call):
            continue
        hit = judge(unit, call)
        if hit is not None:
            yield hit


def _is_server_call(call: Node) -> bool:
    owner = callee_class(call)
    if owner in SERVERS:
        return True
    ref = call.referenced
    parent = ref.semantic_parent if ref is not None else None
    return parent is not None and any(b in SERVERS for b in bases_of(parent))


def judge(unit: Unit, call: Node) -> Hit | None:
    func = enclosing_function(call)
    if func is None or _proven(unit, call, func):
        return None
    expr = outer_expr(call)
    holder = expr.parent
    if holder is None:
        return None
    var: ci.Cursor | None = None
    if holder.kind == K.MEMBER_REF_EXPR:
        deref: Node = holder
    elif holder.kind == K.VAR_DECL:
        if _in_condition(holder):
            return None  # if (auto s = server->nextPendingConnection())
        var = holder.cursor
        found = _first_deref(unit, var, func, call)
        if found is None:
            return None
        deref = found
    elif holder.kind == K.BINARY_OPERATOR and operator(unit, holder) == "=":
        if value_use(holder) == "used":
            return None  # while ((s = server->nextPendingConnection()))
        pair = operands(holder)
        lhs = unwrap(pair[0]) if pair is not None else None
        if lhs is None or lhs.kind not in (K.DECL_REF_EXPR, K.MEMBER_REF_EXPR):
            return None
        var = lhs.referenced
        if var is None:
            return None
        found = _first_deref(unit, var, func, call)
        if found is None:
            return None
        deref = found
    else:
        return None  # returned, passed on, stored: the receiver decides
    return _hit(unit, call, func, var, deref)


def _proven(unit: Unit, call: Node, func: Node) -> bool:
    """A pending connection is proven: the call sits in a loop or if testing
    hasPendingConnections()/waitForNewConnection(), or one was tested earlier."""
    for a in call.ancestors():
        if a is func:
            break
        if a.kind in LOOP_KINDS or a.kind == K.IF_STMT:
            cond = loop_condition(unit, a) if a.kind in LOOP_KINDS else a.children[0]
            if cond is not None and any(
                n.kind == K.CALL_EXPR and n.spelling in PROOFS for n in cond.walk()
            ):
                return True
    here = call.start
    return any(
        n.kind == K.CALL_EXPR and n.spelling in PROOFS and n.start < here and value_use(n) == "used"
        for n in body_nodes(func)
    )


def _in_condition(node: Node) -> bool:
    cur = node
    for a in node.ancestors():
        if a.kind == K.DECL_STMT:
            cur = a
            continue
        if a.kind in (K.IF_STMT, K.WHILE_STMT):
            return a.children[0] is cur or (len(a.children) > 2 and a.children[1] is cur)
        return False
    return False


def _first_deref(unit: Unit, var: ci.Cursor, func: Node, call: Node) -> Node | None:
    """The first dereference of `var` after the call in the same function, unless a null test
    or a reassignment comes first."""
    here = call.start
    uses = sorted(
        (r for r in unit.references(var) if r.start > here and enclosing_function(r) is func),
        key=lambda n: n.start,
    )
    for use in uses:
        if _is_check(unit, use):
            return None
        parent = outer_expr(use).parent
        if parent is None:
            continue
        if parent.kind == K.MEMBER_REF_EXPR and unit.text_of(parent).startswith(
            unit.text_of(use) + "->"
        ):
            return parent
        if parent.kind == K.UNARY_OPERATOR and unary_operator(unit, parent) == "*":
            return parent
        if (
            parent.kind == K.BINARY_OPERATOR
            and operator(unit, parent) == "="
            and index_in_parent(outer_expr(use)) == 0
        ):
            return None  # reassigned before any dereference
    return None


def _is_check(unit: Unit, use: Node) -> bool:
    expr = outer_expr(use)
    parent = expr.parent
    if parent is None:
        return False
    if macro_at(unit, use, CHECK_MACROS):
        return True
    if parent.kind == K.UNARY_OPERATOR and unary_operator(unit, parent) == "!":
        return True
    if parent.kind == K.BINARY_OPERATOR and operator(unit, parent) in ("==", "!=", "&&", "||"):
        return True
    if parent.kind in (K.IF_STMT, K.WHILE_STMT, K.DO_STMT, K.CONDITIONAL_OPERATOR):
        return True
    cast = parent.kind in (K.CXX_STATIC_CAST_EXPR, K.CSTYLE_CAST_EXPR, K.CXX_FUNCTIONAL_CAST_EXPR)
    return cast and parent.cursor.type.kind == ci.TypeKind.BOOL


def _hit(unit: Unit, call: Node, func: Node, var: ci.Cursor | None, deref: Node) -> Hit:
    server = receiver(call)
    server_text = unit.text_of(server) if server is not None else "this server"
    call_text = unit.text_of(call)
    shown = deref.parent if deref.kind == K.MEMBER_REF_EXPR and deref.parent else deref
    deref_text = unit.text_of(shown if shown.kind == K.CALL_EXPR else deref)
    name = var.spelling if var is not None else call_text
    if var is not None:
        message = (
            f"`{name}` = `{call_text}` (line {call.line}) is dereferenced by `{deref_text}` "
            f"on line {deref.line} without a null check"
        )
    else:
        message = f"`{call_text}` is dereferenced at once (`{deref_text}`) without a null check"
    message += ": nextPendingConnection() returns nullptr when no connection is pending"
    related = [Related(call.line, f"`{name}` may be nullptr here")]
    confidence, why, evidence = _likelihood(unit, call, func, server_text)
    message += why
    related += evidence
    if deref.line != call.line:
        related.append(Related(deref.line, f"`{name}` dereferenced"))
    return Hit(
        node=deref,
        message=message,
        confidence=confidence,
        related=related,
        fix=_fix(unit, call, func, name, var is not None),
    )


def _likelihood(
    unit: Unit, call: Node, func: Node, server_text: str
) -> tuple[float, str, list[Related]]:
    """How likely nullptr is here, from what the function shows: a wait that may have timed
    out, an earlier call that took the one connection, a loop, the signal the function runs on."""
    wait = _unchecked_wait(unit, call, func)
    if wait is not None:
        why = f". `{unit.text_of(wait)}` on line {wait.line} may have timed out."
        return 0.8, why, [Related(wait.line, "its result (timed out?) is ignored")]
    earlier = _earlier_call(unit, call, func)
    if earlier is not None:
        why = (
            f". `{unit.text_of(earlier)}` on line {earlier.line} already took a connection: "
            "this second call returns nullptr unless another one arrived meanwhile."
        )
        return 0.8, why, [Related(earlier.line, "an earlier call takes the pending connection")]
    loop = enclosing_loop(call)
    if loop is not None:
        why = (
            f". The loop on line {loop.line} calls it again and again, and nothing in it "
            f"tests `{server_text}->hasPendingConnections()` or the pointer: once the pending "
            "connections are taken, the next call returns nullptr."
        )
        return 0.8, why, [Related(loop.line, "the loop that repeats the call")]
    signal = handler_signal(unit, func)
    if signal is not None and ("newConnection" in signal or "pendingConnectionAvailable" in signal):
        # Qt's documented idiom (the fortune server): one connection is pending per emission.
        why = (
            ". In this newConnection handler one is pending per emission, as Qt's own examples "
            "assume; only a handler that runs twice for one emission, or another handler taking "
            "it first, sees nullptr."
        )
        return 0.3, why, []
    if signal:
        why = (
            f". This function runs on `{signal}`, not on the server's newConnection: "
            f"nothing says `{server_text}` has a connection pending then."
        )
        return 0.8, why, []
    if signal is None and _looks_like_connection_slot(func):
        why = (
            ". This slot is probably connected to newConnection in another file, where one "
            "connection is pending per emission."
        )
        return 0.45, why, []
    return 0.8, f", and nothing here proves `{server_text}` has one.", []


_CONNECTION_SLOT = re.compile(r"new_?connection|incoming|accept|pending", re.IGNORECASE)


def _looks_like_connection_slot(func: Node) -> bool:
    """A method declared as a slot, or named like a newConnection slot (`onNewConnection`,
    `acceptConnection`): connected elsewhere, it runs once per pending connection."""
    if func.kind != K.CXX_METHOD:
        return False
    if _CONNECTION_SLOT.search(func.spelling):
        return True
    decl = func.cursor.canonical
    return any(c.kind == K.ANNOTATE_ATTR and c.spelling == "qt_slot" for c in decl.get_children())


def _earlier_call(unit: Unit, call: Node, func: Node) -> Node | None:
    """An earlier nextPendingConnection() on the same server in the same function."""
    here = call.start
    server = receiver(call)
    for n in body_nodes(func):
        if n is call or n.kind != K.CALL_EXPR or n.spelling != "nextPendingConnection":
            continue
        if n.start < here and (
            (server is None and receiver(n) is None) or same_object(server, receiver(n), unit)
        ):
            return n
    return None


def _unchecked_wait(unit: Unit, call: Node, func: Node) -> Node | None:
    here = call.start
    waits = [
        n
        for n in body_nodes(func)
        if n.kind == K.CALL_EXPR and n.spelling == "waitForNewConnection" and n.start < here
    ]
    return max(waits, key=lambda n: n.start) if waits else None


def _fix(unit: Unit, call: Node, func: Node, name: str, has_var: bool) -> Fix:
    var = name if has_var else "socket"
    description = (
        f"Keep it in a variable and test it before use: `if (!{var}) return;`, or loop "
        f"`while (auto *{var} = server->nextPendingConnection())` to take every pending "
        "connection."
    )
    if not has_var:
        return Fix(description)
    stmt = statement_of(call)
    if stmt.kind != K.DECL_STMT or stmt.line != stmt.end_line:
        return Fix(description)
    returns_value = any(
        n.kind == K.RETURN_STMT and any(c.kind not in WRAPPERS or c.children for c in n.children)
        for n in body_nodes(func)
    )
    if returns_value or (
        func.kind != K.LAMBDA_EXPR and func.cursor.result_type.kind != ci.TypeKind.VOID
    ):
        return Fix(description)
    raw = unit.lines[stmt.line - 1]
    indent = raw[: len(raw) - len(raw.lstrip())]
    return Fix(
        description,
        Replacement(stmt.line, stmt.line, f"{raw}\n{indent}if (!{name})\n{indent}    return;"),
    )
