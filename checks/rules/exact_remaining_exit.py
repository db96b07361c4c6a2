"""exact-remaining-exit: `remaining == 0` on a counter the peer can step past zero."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import receiver
from checks.helpers.expressions import operands, operator, unary_operator, unwrap
from checks.helpers.navigation import FUNCTION_KINDS, LOOP_KINDS, loop_condition, outermost_function
from checks.helpers.qt_types import PEER_LENGTHS
from checks.helpers.source_text import norm
from checks.helpers.values import int_value
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="exact-remaining-exit",
    title="Completion tested with == 0 on a counter that can step past zero",
    cwe=("CWE-835", "CWE-697"),
    severity=Severity.WARNING,
    summary=(
        "A byte counter decreased by what the peer sent (bytesAvailable(), a read's result or "
        "size) is tested with `== 0` / `!= 0`: more data than expected steps past zero and the "
        "exchange never completes."
    ),
    confidence=(
        "0.85 when the decrement is peer-controlled (bytesAvailable, pendingDatagramSize, the "
        "result or size of a read not bounded by the counter); 0.4 (silent) when the decrement's "
        "origin is unknown; constant decrements and amounts bounded by the counter itself "
        "(qMin(remaining, ...), read(remaining)) are silent."
    ),
    cause="exact-remaining-exit",
)

READS = frozenset(
    {"read", "readAll", "readLine", "peek", "readDatagram", "readData", "readRawData"}
)
SIZES = frozenset({"size", "length", "count"})
MINS = frozenset({"qMin", "min", "qBound"})


@dataclass
class Decrement:
    node: Node
    counter: str
    """The counter as written, normalized: `remaining[i]`."""
    base: str
    """The variable or field the counter lives in: `remaining`."""
    decl: ci.Cursor | None
    amount: Node
    origin: tuple[str, int] | None
    """(why the peer decides it, line) or None when unknown."""
    bounded: bool


def check(unit: Unit) -> Iterator[Hit]:
    inits: dict[ci.Cursor, Node] = {}
    decrements: list[Decrement] = []
    tests: list[tuple[Node, Node, str]] = []
    for n in unit.nodes:
        if n.kind == K.VAR_DECL:
            inits[n.cursor] = n
        elif n.kind == K.COMPOUND_ASSIGNMENT_OPERATOR or n.kind == K.BINARY_OPERATOR:
            _collect(unit, n, decrements, tests)
        elif n.kind == K.UNARY_OPERATOR and unary_operator(unit, n) == "!" and n.children:
            tests.append((n, n.children[0], "== 0"))
        elif n.kind in LOOP_KINDS:
            cond = loop_condition(unit, n)
            if cond is not None and _is_lvalue(unwrap(cond)):
                tests.append((cond, cond, "!= 0"))
    if not decrements or not tests:
        return
    for dec in decrements:
        _classify(unit, dec, inits)
    by_counter: dict[str, list[Decrement]] = {}
    for dec in decrements:
        by_counter.setdefault(dec.counter, []).append(dec)
    for test, operand, op in sorted(tests, key=lambda t: t[0].start):
        if op == "!= 0" and not _in_loop_condition(unit, test):
            continue  # `if (left != 0)` reports a mismatch; only a loop waits on it
        key = norm(unit.text_of(unwrap(operand)))
        candidates = [d for d in by_counter.get(key, []) if _same_scope(d, test)]
        if not candidates or any(d.bounded for d in candidates):
            continue
        peer = [d for d in candidates if d.origin is not None]
        dec = peer[0] if peer else candidates[0]
        yield _hit(unit, test, operand, op, dec)


def _in_loop_condition(unit: Unit, test: Node) -> bool:
    child = test
    for a in test.ancestors():
        if a.kind in LOOP_KINDS:
            cond = loop_condition(unit, a)
            return cond is not None and (cond is child or child.is_inside(cond) or cond is test)
        if a.kind in (K.COMPOUND_STMT, K.IF_STMT) or a.kind in FUNCTION_KINDS:
            return False
        child = a
    return False


def _is_lvalue(n: Node) -> bool:
    if n.kind in (K.DECL_REF_EXPR, K.MEMBER_REF_EXPR, K.ARRAY_SUBSCRIPT_EXPR):
        return n.cursor.type.get_canonical().kind in _INTS
    if n.kind == K.CALL_EXPR and n.spelling in ("operator[]", "at"):
        return n.cursor.type.get_canonical().kind in _INTS
    return False


_INTS = frozenset(
    {
        ci.TypeKind.INT,
        ci.TypeKind.LONG,
        ci.TypeKind.LONGLONG,
        ci.TypeKind.SHORT,
        ci.TypeKind.UINT,
        ci.TypeKind.ULONG,
        ci.TypeKind.ULONGLONG,
        ci.TypeKind.USHORT,
    }
)
_SIGNED = frozenset({ci.TypeKind.INT, ci.TypeKind.LONG, ci.TypeKind.LONGLONG, ci.TypeKind.SHORT})


def _collect(
    unit: Unit, n: Node, decrements: list[Decrement], tests: list[tuple[Node, Node, str]]
) -> None:
    pair = operands(n)
    if pair is None:
        return
    left, right = pair
    op = operator(unit, n)
    if op == "-=":
        _add_decrement(unit, n, left, right, decrements)
    elif op == "=":
        r = unwrap(right)
        if r.kind == K.BINARY_OPERATOR and operator(unit, r) == "-":
            sub = operands(r)
            if sub is not None and norm(unit.text_of(sub[0])) == norm(unit.text_of(left)):
                _add_decrement(unit, n, left, sub[1], decrements)
    elif op in ("==", "!="):
        for a, b in ((left, right), (right, left)):
            if int_value(unit, b) == 0 and _is_lvalue(unwrap(a)):
                tests.append((n, a, op + " 0"))


def _add_decrement(unit: Unit, node: Node, lhs: Node, amount: Node, out: list[Decrement]) -> None:
    target = unwrap(lhs)
    if not _is_lvalue(target):
        return
    refs = [c for c in target.walk() if c.kind in (K.DECL_REF_EXPR, K.MEMBER_REF_EXPR)]
    base_ref = refs[0] if refs else None
    if target.kind in (K.ARRAY_SUBSCRIPT_EXPR, K.CALL_EXPR):
        # The container: the first reference that is not the operator itself (not the index).
        refs = [c for c in refs if not c.spelling.startswith("operator")]
        base_ref = min(refs, key=lambda c: c.start) if refs else None
    base = base_ref.spelling if base_ref is not None else ""
    decl = base_ref.referenced if base_ref is not None else None
    out.append(Decrement(node, norm(unit.text_of(target)), base, decl, amount, None, bounded=False))


def _classify(unit: Unit, dec: Decrement, inits: dict[ci.Cursor, Node]) -> None:
    """Where the amount comes from: a constant or a bound by the counter (safe), the peer
    (origin set), or unknown."""
    amount = unwrap(dec.amount)
    if int_value(unit, amount) is not None or amount.kind == K.INTEGER_LITERAL:
        dec.bounded = True
        return
    expr, line = amount, amount.line
    if amount.kind == K.DECL_REF_EXPR and amount.referenced in inits:
        var = inits[amount.referenced]
        exprs = [c for c in var.children if c.kind not in (K.TYPE_REF, K.NAMESPACE_REF)]
        if not exprs:
            return
        expr, line = exprs[-1], var.line
    if _mentions(unit, expr, dec.base):
        dec.bounded = True  # qMin(remaining, ...), read(buf, remaining): cannot overshoot
        return
    why = _peer(unit, unwrap(expr), inits, dec.base)
    if why == "bounded":
        dec.bounded = True
    elif why is not None:
        dec.origin = (why, line)


def _peer(unit: Unit, e: Node, inits: dict[ci.Cursor, Node], base: str) -> str | None:
    """Why the peer decides `e` ('bounded' when the counter itself bounds it), or None."""
    if e.kind == K.CALL_EXPR:
        if e.spelling in MINS:
            return None
        if e.spelling in PEER_LENGTHS:
            return f"`{unit.text_of(e)}`, {PEER_LENGTHS[e.spelling]}"
        if e.spelling in READS and e.cursor.type.get_canonical().kind in _INTS:
            return f"`{unit.text_of(e)}`, the number of bytes the peer's data filled"
        if e.spelling in SIZES:
            obj = receiver(e)
            if obj is None:
                return None
            o = unwrap(obj)
            if o.kind == K.CALL_EXPR and o.spelling in READS:
                return f"`{unit.text_of(e)}`, the size of what the peer sent"
            if o.kind == K.DECL_REF_EXPR and o.referenced in inits:
                var = inits[o.referenced]
                if not any(c.kind == K.CALL_EXPR and c.spelling in READS for c in var.walk()):
                    return None
                if _mentions(unit, var, base):
                    return "bounded"  # read(remaining): never more than the counter
                return (
                    f"`{unit.text_of(e)}`, the size of `{o.spelling}` read from the peer "
                    f"on line {var.line}"
                )
    return None


def _mentions(unit: Unit, expr: Node, base: str) -> bool:
    return bool(base) and re.search(rf"\b{re.escape(base)}\b", unit.text_of(expr)) is not None


def _same_scope(dec: Decrement, test: Node) -> bool:
    decl = dec.decl
    if decl is not None and decl.kind == K.FIELD_DECL:
        return True
    return outermost_function(dec.node) is outermost_function(test)


def _hit(unit: Unit, test: Node, operand: Node, op: str, dec: Decrement) -> Hit:
    counter = unit.text_of(unwrap(operand))
    amount = unit.text_of(dec.amount)
    test_text = unit.text_of(test)
    confidence = 0.85 if dec.origin is not None else 0.4
    message = (
        f"`{test_text}` (line {test.line}) waits for `{counter}` to be exactly 0, but "
        f"`{counter}` goes down by `{amount}` (line {dec.node.line})"
    )
    related = [Related(dec.node.line, f"`{counter}` decreased by `{amount}`")]
    if dec.origin is not None:
        why, line = dec.origin
        why = why.removeprefix(f"`{amount}`, ")
        if line != dec.node.line:
            message += f", which is {why} (line {line})"
            related.append(Related(line, f"`{amount}` = {why}"))
        else:
            message += f", which is {why}"
    message += (
        ": a peer that sends more than expected steps past zero, the test never holds and the "
        "exchange never completes (or counts on into negative numbers)."
    )
    return Hit(
        node=test,
        message=message,
        confidence=confidence,
        related=related,
        fix=_fix(unit, test, operand, op, counter),
    )


def _fix(unit: Unit, test: Node, operand: Node, op: str, counter: str) -> Fix:
    better = "<= 0" if op == "== 0" else "> 0"
    description = (
        f"Test `{counter} {better}` instead, and treat any excess (a negative count) as a "
        "protocol error or keep it for the next message."
    )
    signed = unwrap(operand).cursor.type.get_canonical().kind in _SIGNED
    if not signed or test.kind != K.BINARY_OPERATOR:
        return Fix(description)
    line = test.line
    raw = unit.lines[line - 1]
    pattern = re.compile(r"(==|!=)\s*0\b" if op.endswith("0") else r"$^")
    found = [m for m in pattern.finditer(raw) if m.group(1) == op[:2]]
    if len(found) != 1 or test.end_line != line:
        return Fix(description)
    m = found[0]
    return Fix(description, Replacement(line, line, raw[: m.start()] + better + raw[m.end() :]))
