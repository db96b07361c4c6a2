"""connect-retry-loop: connectToServer/connectToHost retried until connected, with no bound."""

from __future__ import annotations

from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import call_args, calls, receiver
from checks.helpers.expressions import WRAPPERS, operator, unary_operator, unwrap
from checks.helpers.navigation import FUNCTION_KINDS, LOOP_KINDS, enclosing_loop, loop_condition
from checks.helpers.qt_types import SOCKETS
from checks.helpers.source_text import norm
from checks.helpers.values import int_value
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="connect-retry-loop",
    title="Connection retried in a loop with no bound",
    cwe=("CWE-835",),
    severity=Severity.ERROR,
    summary=(
        "A loop around connectToServer/connectToHost that only ends once the socket is "
        "connected: no attempt limit, no timeout, no exit on failure, so an absent server "
        "spins it forever."
    ),
    confidence=(
        "0.85 when the loop's only exits test the socket's own state (state(), isValid(), "
        "waitForConnected() succeeding) and nothing in it waits; 0.45 (silent) when each "
        "iteration blocks for a finite time (waitForConnected(ms), a sleep), which is a paced "
        "reconnect rather than a busy spin. Any counter, timer or other variable in the exit "
        "condition, or a break/return/throw on a failure path, bounds the loop: silent."
    ),
    cause="unbounded-connect",
)

CONNECTS = ("connectToServer", "connectToHost", "connectToHostEncrypted")
SOCKET_TESTS = frozenset({"state", "isValid", "isOpen", "waitForConnected", "waitForEncrypted"})
SUCCESS_CALLS = frozenset({"isValid", "isOpen", "waitForConnected", "waitForEncrypted"})
PACING = frozenset(
    {"waitForConnected", "waitForEncrypted", "msleep", "sleep", "usleep", "qWait", "qSleep"}
)
PACING = PACING | {"sleep_for", "sleep_until"}
JUMPS = frozenset({K.BREAK_STMT, K.RETURN_STMT, K.GOTO_STMT, K.CXX_THROW_EXPR})


def check(unit: Unit) -> Iterator[Hit]:
    seen: set[int] = set()
    for call in calls(unit, CONNECTS, SOCKETS):
        loop = enclosing_loop(call)
        if loop is None or loop.kind == K.CXX_FOR_RANGE_STMT or id(loop) in seen:
            continue
        seen.add(id(loop))
        sock = receiver(call)
        sock_text = norm(unit.text_of(sock)) if sock is not None else ""
        hit = judge(unit, loop, call, sock_text)
        if hit is not None:
            yield hit


def judge(unit: Unit, loop: Node, call: Node, sock: str) -> Hit | None:
    cond = loop_condition(unit, loop)
    exits: list[tuple[Node, str]] = []
    if cond is not None and not _always_true(unit, cond):
        if _classify(unit, cond, sock) != "socket":
            return None  # a counter, a timer or some other state ends it
        exits.append((cond, f"runs while `{unit.text_of(cond)}`"))
    for jump in _jumps(loop):
        guard = _guard(jump, loop)
        if guard is None or _classify(unit, guard, sock) != "socket":
            return None  # an unconditional or failure-path exit bounds the loop
        if not _is_success(unit, guard):
            return None
        exits.append((guard, f"leaves only when `{unit.text_of(guard)}`"))
    if not exits:
        return None  # loops forever on purpose (a reconnecting daemon), not this pattern
    paced = _paced(unit, loop)
    confidence = 0.45 if paced is not None else 0.85
    how = {K.DO_STMT: "`do`/`while`", K.WHILE_STMT: "`while`", K.FOR_STMT: "`for`"}[loop.kind]
    call_text = unit.text_of(call)
    exit_texts = " and ".join(f"{what} (line {e.line})" for e, what in exits)
    message = (
        f"The {how} loop retries `{call_text}` (line {call.line}) and {exit_texts}: it ends "
        "only once the socket is connected. No attempt limit, no timeout, no exit when "
        "connecting fails, so if the server is not listening (or never will be) it never ends"
    )
    message += (
        f", each turn waiting in `{unit.text_of(paced)}`." if paced is not None else ", spinning."
    )
    related = [Related(call.line, f"`{call_text}` retried here")]
    related += [Related(e.line, f"the only exit: `{unit.text_of(e)}`") for e, _ in exits]
    target = unit.text_of(receiver(call) or call)
    arrow = "." if (receiver(call) is not None and not _is_pointer(receiver(call))) else "->"
    state = "QLocalSocket" if call.spelling == "connectToServer" else "QAbstractSocket"
    fix = Fix(
        "Bound the retries: count attempts and wait a finite time for each, e.g. "
        f"`for (int attempt = 0; attempt < 50 && {target}{arrow}state() != "
        f"{state}::ConnectedState; ++attempt) {{ {call_text}; "
        f"{target}{arrow}waitForConnected(100); }}`, then handle the failure after the loop; "
        "or connect once and react to the `connected` / `errorOccurred` signals instead of "
        "polling."
    )
    return Hit(node=loop, message=message, confidence=confidence, related=related, fix=fix)


def _is_pointer(node: Node | None) -> bool:
    return node is not None and node.cursor.type.get_canonical().kind == ci.TypeKind.POINTER


def _always_true(unit: Unit, cond: Node) -> bool:
    text = unit.text_of(unwrap(cond)).strip().strip("()")
    return text in ("true", "1")


def _classify(unit: Unit, expr: Node, sock: str) -> str:
    """'socket' when the expression only tests the socket's state (calls on it, enum
    constants, logic and equality); 'other' when any other value takes part."""
    for n in expr.walk():
        if n.kind == K.CALL_EXPR:
            if n.spelling not in SOCKET_TESTS:
                return "other"
            r = receiver(n)
            if r is None or norm(unit.text_of(r)) != sock:
                return "other"
        elif n.kind in (K.DECL_REF_EXPR, K.MEMBER_REF_EXPR):
            ref = n.referenced
            if ref is not None and ref.kind == K.ENUM_CONSTANT_DECL:
                continue
            if n.parent is not None and n.parent.kind == K.CALL_EXPR:
                continue  # the callee of a socket call
            if _is_receiver_part(n) or norm(unit.text_of(n)) == sock:
                continue
            return "other"
        elif n.kind == K.BINARY_OPERATOR and operator(unit, n) not in ("==", "!=", "&&", "||"):
            return "other"
    return "socket"


def _is_receiver_part(n: Node) -> bool:
    """A reference inside the receiver of a socket call (`this->socket`, `d->socket`)."""
    for a in n.ancestors():
        if a.kind == K.CALL_EXPR:
            return a.spelling in SOCKET_TESTS
        if a.kind not in WRAPPERS | {K.MEMBER_REF_EXPR, K.DECL_REF_EXPR}:
            return False
    return False


def _is_success(unit: Unit, guard: Node) -> bool:
    """Does the guard hold when the socket connected (`state() == ConnectedState`,
    `waitForConnected(...)`, `isValid()`)? A negated one is a failure path."""
    g = unwrap(guard)
    text = unit.text_of(g).replace(" ", "")
    if g.kind == K.UNARY_OPERATOR and unary_operator(unit, g) == "!":
        return False
    if g.kind == K.CALL_EXPR:
        return g.spelling in SUCCESS_CALLS
    if "==" in text:
        return "::ConnectedState" in text or "::EncryptedMode" in text
    if "!=" in text:
        return "::UnconnectedState" in text
    return False


def _jumps(loop: Node) -> Iterator[Node]:
    """break/return/goto/throw that leave this loop (not a nested loop, switch or lambda)."""
    stack = [(c, False) for c in loop.children]
    while stack:
        n, nested = stack.pop()
        if n.kind in FUNCTION_KINDS:
            continue
        if n.kind in JUMPS and (n.kind != K.BREAK_STMT or not nested):
            yield n
        inner = nested or n.kind in LOOP_KINDS or n.kind == K.SWITCH_STMT
        stack.extend((c, inner) for c in n.children)


def _guard(jump: Node, loop: Node) -> Node | None:
    """The condition of the innermost `if` the jump depends on; None when unconditional."""
    child = jump
    for a in jump.ancestors():
        if a is loop:
            return None
        if a.kind == K.IF_STMT and a.children and a.children[0] is not child:
            return a.children[0]
        child = a
    return None


def _paced(unit: Unit, loop: Node) -> Node | None:
    """A call that blocks a finite time in each iteration, or None when the loop is busy."""
    stack = list(loop.children)
    while stack:
        n = stack.pop()
        if n.kind in FUNCTION_KINDS:
            continue
        stack.extend(n.children)
        if n.kind == K.CALL_EXPR and n.spelling in PACING:
            args = call_args(n)
            if n.spelling.startswith("waitFor") and args and int_value(unit, args[0]) == -1:
                continue  # waits forever when it does not fail: returns at once on error
            return n
    return None
