"""read-overflow: a read into a buffer whose capacity is not proven to cover the length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args, calls, is_call_to, receiver
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import enclosing_function
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import IODEVICES, PEER_LENGTHS, base_type_name
from checks.helpers.source_text import norm
from checks.helpers.values import initializer
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="read-overflow",
    title="Read into a buffer that may be too small",
    cwe=("CWE-787", "CWE-120"),
    severity=Severity.ERROR,
    summary=(
        "read/peek/readLine/readDatagram/readRawData with a length that the buffer's capacity "
        "is not proven to cover, e.g. bytesAvailable() into a buffer sized elsewhere."
    ),
    confidence=(
        "0.9 when the length is peer-controlled (bytesAvailable, pendingDatagramSize) and the "
        "capacity is fixed elsewhere; 0.95 for a constant length over a known array size; "
        "minus 0.2 when only an assertion guards it (compiled out in release builds); 0.4 "
        "(silent by default) when the length's origin is unknown."
    ),
    cause="unbounded-length",
)

READS = ("read", "peek", "readLine", "readDatagram", "readRawData")
CONTAINERS = ("QByteArray", "QVarLengthArray", "vector", "basic_string", "array", "QList")
SIZE_CALLS = ("size", "length", "count", "capacity")
_ASSERT = re.compile(r"\b(Q_ASSERT|Q_ASSERT_X|assert)\s*\(")


@dataclass
class Capacity:
    name: str
    """The buffer as the code names it: `buffer`, `this->buffer`."""
    decl: ci.Cursor
    sizes: list[tuple[str, int, str]]
    """How it was sized: (expression, line, how) for each place."""
    fixed: int | None = None
    """The size in bytes, when it is a constant."""
    is_array: bool = False


def check(unit: Unit) -> Iterator[Hit]:
    for call in calls(unit, READS, IODEVICES | {"QDataStream"}):
        args = call_args(call)
        if len(args) < 2:
            continue  # read(qint64) returns a QByteArray of the right size
        cap = capacity(unit, args[0])
        if cap is None:
            continue
        hit = judge(unit, call, args[0], args[1], cap)
        if hit is not None:
            yield hit


def capacity(unit: Unit, buf: Node) -> Capacity | None:
    n = unwrap(buf)
    decl = referenced_decl(n)
    if decl is not None and decl.type.get_canonical().kind == ci.TypeKind.CONSTANTARRAY:
        size = decl.type.get_canonical().get_array_size()
        where = unit.related(decl, "")
        if where is None:
            return None
        how = "declared with size" if where.path is None else f"declared in {where.path} with size"
        return Capacity(decl.spelling, decl, [(str(size), where.line, how)], size, True)
    if decl is not None and decl.kind == K.VAR_DECL:
        new = _new_array_size(unit, decl)
        if new is not None:
            return Capacity(decl.spelling, decl, [new], _int(new[0]))
    if n.kind == K.CALL_EXPR and n.spelling in ("data", "constData"):
        obj = receiver(n)
        if obj is None:
            return None
        cdecl = referenced_decl(obj)
        if cdecl is None or base_type_name(cdecl.type) not in CONTAINERS:
            return None
        sizes = _sizings(unit, cdecl)
        if not sizes:
            return None
        fixed = _int(sizes[0][0]) if len(sizes) == 1 else None
        return Capacity(unit.text_of(obj), cdecl, sizes, fixed)
    return None


def _sizings(unit: Unit, decl: ci.Cursor) -> list[tuple[str, int, str]]:
    """Where a container got its size: resize/reserve calls, or a sized constructor."""
    out: list[tuple[str, int, str]] = []
    for ref in unit.references(decl):
        parent = ref.parent
        while parent is not None and parent.kind in (K.UNEXPOSED_EXPR, K.MEMBER_REF_EXPR):
            if parent.kind == K.MEMBER_REF_EXPR and parent.spelling in ("resize", "reserve"):
                call = parent.parent
                if call is not None and call.kind == K.CALL_EXPR:
                    args = call_args(call)
                    if args:
                        verb = "resized to" if parent.spelling == "resize" else "reserved to"
                        out.append((unit.text_of(args[0]), call.line, verb))
                break
            parent = parent.parent
    node = unit.declaration(decl)
    if node is not None and node.kind in (K.VAR_DECL, K.FIELD_DECL):
        ctor = next((c for c in node.walk() if c.kind == K.CALL_EXPR), None)
        if ctor is not None:
            args = call_args(ctor)
            if args and ctor.spelling in CONTAINERS:
                out.append((unit.text_of(args[0]), node.line, "constructed with size"))
    return sorted(out, key=lambda s: s[1])


def _new_array_size(unit: Unit, decl: ci.Cursor) -> tuple[str, int, str] | None:
    node = unit.declaration(decl)
    if node is not None and node.kind == K.VAR_DECL:
        for c in node.walk():
            if c.kind == K.CXX_NEW_EXPR:
                text = unit.text_of(c)
                m = re.search(r"\[(.+)\]\s*$", text)
                if m:
                    return (m.group(1).strip(), node.line, "allocated with size")
    return None


def judge(unit: Unit, call: Node, buf: Node, length: Node, cap: Capacity) -> Hit | None:
    ltext = unit.text_of(length)
    lnode = unwrap(length)
    ldecl = referenced_decl(lnode)
    lname = ldecl.spelling if ldecl is not None else ltext
    if _covered(unit, lnode, ltext, cap):
        return None
    if lnode.kind == K.INTEGER_LITERAL and cap.fixed is not None:
        value = _int(ltext)
        if value is None or value <= cap.fixed:
            return None
        confidence, origin = 0.95, None
    else:
        origin = _origin(unit, lnode, ldecl)
        confidence = 0.9 if origin is not None and origin[2] else 0.4
    guard = _guard(unit, call, lname, cap)
    if guard is not None:
        if guard[1] == "checked":
            return None
        confidence -= 0.2
    size_desc = ", ".join(f"{how} `{expr}` on line {line}" for expr, line, how in cap.sizes)
    message = f"Reads `{ltext}` bytes into `{cap.name}`, which was {size_desc}"
    related = [
        Related(line, f"`{cap.name}` {how} `{expr}` here", _header(how))
        for expr, line, how in cap.sizes
    ]
    if origin is not None and origin[2]:
        what = PEER_LENGTHS.get(origin[3], "a value the peer controls")
        if lnode.kind == K.CALL_EXPR:
            message += f"; `{ltext}` is {what}"
        else:
            message += f"; `{lname}` comes from `{origin[0]}` on line {origin[1]}, {what}"
            related.append(Related(origin[1], f"`{lname}` = `{origin[0]}`: the peer decides it"))
    elif origin is not None and lnode.kind != K.CALL_EXPR:
        message += f"; `{lname}` comes from `{origin[0]}` on line {origin[1]}"
    message += ", so the read can write past the end of the buffer."
    if guard is not None:
        message += f" Only an assertion on line {guard[0]} guards it, compiled out in release."
        related.append(Related(guard[0], "assertion only: not checked in release builds"))
    return Hit(
        node=call,
        message=message,
        confidence=confidence,
        related=related,
        fix=_fix(unit, call, length, ltext, cap),
    )


def _covered(unit: Unit, lnode: Node, ltext: str, cap: Capacity) -> bool:
    """The length is the capacity itself, or bounded by it (qMin, sizeof, .size())."""
    written = norm(ltext)
    if any(norm(expr) == written for expr, _, how in cap.sizes if how != "reserved to"):
        return True
    if _names_capacity(unit, lnode, cap):
        return True
    ldecl = referenced_decl(lnode)
    if ldecl is not None and ldecl.kind == K.VAR_DECL:
        init = _initializer(unit, ldecl)
        if init is not None and (_names_capacity(unit, init, cap) or _is_min(unit, init, cap)):
            return True
    return _is_min(unit, lnode, cap)


def _is_min(unit: Unit, node: Node, cap: Capacity) -> bool:
    n = unwrap(node)
    if n.kind == K.CALL_EXPR and n.spelling in ("qMin", "min", "qBound"):
        return any(_names_capacity(unit, a, cap) for a in call_args(n))
    return False


def _names_capacity(unit: Unit, node: Node, cap: Capacity) -> bool:
    """`sizeof(buf)`, `buf.size()`, or the very expression the buffer was sized with."""
    for n in node.walk():
        if n.kind == K.CXX_UNARY_EXPR and cap.decl.spelling in unit.text_of(n):
            return True
        if n.kind == K.CALL_EXPR and n.spelling in SIZE_CALLS:
            obj = receiver(n)
            if obj is not None and referenced_decl(obj) == cap.decl:
                return True
    text = norm(unit.text_of(node))
    return any(norm(expr) in text for expr, _, _ in cap.sizes if not expr.isdigit())


def _origin(unit: Unit, lnode: Node, ldecl: ci.Cursor | None) -> tuple[str, int, bool, str] | None:
    """Where the length came from: (expression, line, peer-controlled?, call name)."""
    if lnode.kind == K.CALL_EXPR:
        return (unit.text_of(lnode), lnode.line, lnode.spelling in PEER_LENGTHS, lnode.spelling)
    if ldecl is None or ldecl.kind != K.VAR_DECL:
        return None
    init = _initializer(unit, ldecl)
    if init is None:
        return None
    peer = next((n for n in init.walk() if is_call_to(n, PEER_LENGTHS)), None)
    name = peer.spelling if peer is not None else ""
    return (unit.text_of(init), init.line, peer is not None, name)


def _initializer(unit: Unit, decl: ci.Cursor) -> Node | None:
    return initializer(unit, decl) if decl.kind == K.VAR_DECL else None


def _guard(unit: Unit, call: Node, lname: str, cap: Capacity) -> tuple[int, str] | None:
    """A comparison of the length with the capacity before the call: (line, checked|assert)."""
    func = enclosing_function(call)
    scopes = [func] + [a for a in (func.ancestors() if func else []) if a.kind in _FUNCS]
    for scope in (s for s in scopes if s is not None):
        for n in scope.walk():
            if n.kind in (K.IF_STMT, K.WHILE_STMT) and n.children and n.line < call.line:
                cond = unit.text_of(n.children[0])
                if _mentions(cond, lname) and _mentions_cap(cond, cap):
                    return (n.line, "checked")
        start = scope.line
        for i in range(start, call.line):
            text = unit.lines[i - 1]
            if _ASSERT.search(text) and _mentions(text, lname) and _mentions_cap(text, cap):
                return (i, "assert")
    return None


_FUNCS = frozenset({K.CXX_METHOD, K.FUNCTION_DECL, K.CONSTRUCTOR, K.LAMBDA_EXPR})


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def _mentions_cap(text: str, cap: Capacity) -> bool:
    if _mentions(text, cap.decl.spelling):
        return True
    return any(not expr.isdigit() and _mentions(text, expr) for expr, _, _ in cap.sizes)


def _fix(unit: Unit, call: Node, length: Node, ltext: str, cap: Capacity) -> Fix:
    bound = f"sizeof({cap.name})" if cap.is_array else f"{cap.name}.size()"
    bounded = f"qMin<qint64>({ltext}, {bound})"
    description = (
        f"Bound the length by the buffer: pass `{bounded}`, or read into a QByteArray the call "
        f"sizes itself (`const QByteArray data = device->read({ltext});`)."
    )
    line_no, col, end_line, end_col, _, _ = Unit.span(length)
    if line_no != end_line:
        return Fix(description)
    raw = unit.lines[line_no - 1].encode("utf-8")
    if raw[col - 1 : end_col - 1].decode("utf-8", errors="replace") != ltext:
        return Fix(description)
    new = raw[: col - 1].decode() + bounded + raw[end_col - 1 :].decode()
    return Fix(description, Replacement(line_no, line_no, new))


def _header(how: str) -> str | None:
    """The header a sizing was found in, when it is not the analyzed file."""
    m = re.match(r"declared in (\S+) with size", how)
    return m.group(1) if m else None


def _int(text: str) -> int | None:
    try:
        return int(text.rstrip("uUlL"), 0)
    except ValueError:
        return None
