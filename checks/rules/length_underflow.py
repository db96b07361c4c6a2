"""length-underflow: a received length minus a constant, in an unsigned type, with no check
that the length is at least that constant: a short frame wraps it to a huge length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import clang.cindex as ci

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import call_args, receiver
from checks.helpers.expressions import CASTS, operator, unwrap
from checks.helpers.navigation import function_scope
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import (
    INTEGER_KINDS,
    base_type_name,
    datastream_root,
    is_device_type,
)
from checks.helpers.values import int_value
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="length-underflow",
    title="Received length minus a constant wraps around",
    cwe=("CWE-191", "CWE-125"),
    severity=Severity.ERROR,
    summary=(
        "The size of received bytes (`data.size()` of a `readAll()`, `bytesAvailable()`) or a "
        "length read from the peer, minus a constant (`sizeof(quint16)`, `4`), computed in an "
        "unsigned type and passed as a length (qChecksum, QByteArray(ptr, n), memcpy, read, "
        "resize, first/sliced) with no earlier check that the length is at least that constant: "
        "a frame shorter than the constant wraps it to a huge length."
    ),
    confidence=(
        "0.85 for the size of bytes read with readAll/readLine/read, 0.8 for a length read from "
        "the peer, 0.7 for bytesAvailable(); 0.1 less when the wrapped length sizes an "
        "allocation rather than a copy or read. Silent when a comparison of the same length "
        "(`if (len < sizeof(quint16)) return;`, `isEmpty()` for 1, an exact-size test, a "
        "test against a name) comes first in the function (anywhere in the file for a member), "
        "when the value reaches the call as a negative signed number (which Qt treats as empty), "
        "and for Qt calls that clamp (mid, left, right, chop, truncate)."
    ),
    cause="unbounded-length",
)

SIZES = frozenset({"size", "length", "count", "bytesAvailable"})
READS = re.compile(r"\b(readAll|readLine|read|peek|readDatagram|receiveDatagram)\s*\(")
COPIES = frozenset(
    {
        "qChecksum",
        "memcpy",
        "memmove",
        "memcmp",
        "strncpy",
        "strncmp",
        "fromRawData",
        "setRawData",
        "fromUtf8",
        "fromLatin1",
        "fromLocal8Bit",
        "read",
        "readRawData",
        "peek",
        "write",
        "writeRawData",
        "append",
        "first",
        "last",
        "sliced",
        "chopped",
    }
)
CTORS = frozenset({"QByteArray", "QByteArrayView", "QString", "basic_string", "string"})
"""Constructors that copy (ptr, n) or allocate (n, ch)."""
COPIES |= CTORS
ALLOCS = frozenset({"resize", "reserve", "malloc", "calloc", "realloc"})
_UPPER = re.compile(r"max|limit", re.IGNORECASE)
_UNSIGNED = frozenset(
    {
        ci.TypeKind.UINT,
        ci.TypeKind.ULONG,
        ci.TypeKind.ULONGLONG,
        ci.TypeKind.UINT128,
        ci.TypeKind.USHORT,
        ci.TypeKind.UCHAR,
        ci.TypeKind.CHAR_U,
    }
)
_COMPARE = frozenset({"<", "<=", ">", ">=", "==", "!="})


@dataclass
class Length:
    """The minuend: what it is, the declaration a check would name, and how sure we are."""

    decl: ci.Cursor
    what: str
    line: int
    confidence: float
    checked: str
    """What the fix compares: `frame.size()`, `length`."""
    device_read: bool = False
    """The bytes came from `read(n)`: a bytesAvailable() test before it bounds their size."""


def check(unit: Unit) -> Iterator[Hit]:
    for node in unit.of_kind(K.BINARY_OPERATOR):
        if not _unsigned(node.cursor.type) or len(node.children) != 2:
            continue
        if operator(unit, node) != "-":
            continue
        left, right = node.children
        amount = _constant(unit, right)
        if amount is None:
            continue
        length = _length(unit, left)
        if length is None:
            continue
        sink = _sink(unit, node)
        if sink is None:
            continue
        call, penalty, verb = sink
        if _checked(unit, node, length, amount[1]):
            continue
        yield _hit(unit, node, right, length, call, verb, length.confidence - penalty)


def _unsigned(t: ci.Type) -> bool:
    return t.get_canonical().kind in _UNSIGNED


def _constant(unit: Unit, node: Node) -> tuple[str, int | None] | None:
    """`sizeof(T)`, a literal or a named constant: (its text, its value when known)."""
    inner = unwrap(node)
    text = unit.text_of(inner).strip()
    if inner.kind == K.CXX_UNARY_EXPR and text.startswith("sizeof"):
        size = _sizeof(inner)
        return text, size
    value = int_value(unit, inner)
    if value is not None:
        return (text, value) if value > 0 else None
    decl = referenced_decl(inner)
    if decl is not None and (
        decl.kind == K.ENUM_CONSTANT_DECL
        or (decl.kind == K.VAR_DECL and decl.type.is_const_qualified())
    ):
        return text, None
    return None


def _sizeof(node: Node) -> int | None:
    for child in node.children:
        size = child.cursor.type.get_size()
        if size > 0:
            return int(size)
    return None


def _length(unit: Unit, node: Node) -> Length | None:
    """What the minuend is when the peer decides it."""
    inner = unwrap(node)
    while inner.kind in CASTS and len(inner.children) == 1:
        inner = unwrap(inner.children[0])
    if inner.kind == K.CALL_EXPR and inner.spelling in SIZES:
        obj = receiver(inner)
        if obj is None:
            return None
        obj = unwrap(obj)
        decl = referenced_decl(obj)
        if decl is None:
            return None
        if is_device_type(obj.cursor.type):
            if inner.spelling != "bytesAvailable":
                return None
            what = f"`{unit.text_of(inner)}`, the number of bytes the peer has sent so far"
            return Length(decl, what, inner.line, 0.7, unit.text_of(inner))
        read = _read_into(unit, decl)
        if read is None:
            return None
        what = (
            f"`{unit.text_of(inner)}`, the size of the bytes `{read[1]}` received on line {read[0]}"
        )
        shown = unit.text_of(inner)
        return Length(decl, what, read[0], 0.85, shown, device_read="read(" in read[1])
    decl = referenced_decl(inner)
    if decl is None or decl.kind not in (K.VAR_DECL, K.FIELD_DECL, K.PARM_DECL):
        return None
    if not _unsigned(decl.type):
        return None
    line = _peer_length(unit, decl)
    if line is None:
        return None
    conf = 0.75 if decl.kind == K.FIELD_DECL else 0.8
    what = f"`{decl.spelling}`, a length read from the peer on line {line}"
    return Length(decl, what, line, conf, unit.text_of(inner))


def _read_into(unit: Unit, decl: ci.Cursor) -> tuple[int, str] | None:
    """(line, the read) when a byte-array variable is initialized or assigned from a
    device read: `QByteArray data = socket->readAll();`."""
    if base_type_name(decl.type) != "QByteArray" or decl.kind != K.VAR_DECL:
        return None
    candidates: list[Node] = []
    node = unit.declaration(decl)
    if node is not None:
        candidates += [c for c in node.children if c.kind not in (K.TYPE_REF, K.NAMESPACE_REF)]
    for ref in unit.references(decl):
        parent = ref.parent
        if (
            parent is not None
            and parent.kind in (K.BINARY_OPERATOR, K.CALL_EXPR)
            and len(parent.children) == 2
            and parent.children[0] is ref
            and parent.spelling in ("", "operator=")
        ):
            candidates.append(parent.children[1])
    for expr in candidates:
        for n in expr.walk():
            if n.kind == K.CALL_EXPR and READS.match(n.spelling + "("):
                obj = receiver(n)
                if obj is not None and is_device_type(obj.cursor.type):
                    return n.line, unit.text_of(n)
    return None


def _peer_length(unit: Unit, decl: ci.Cursor) -> int | None:
    """The line where an unsigned variable is read from a QDataStream or decoded from wire
    bytes (`in >> len;`, `len = qFromBigEndian<quint32>(...)`)."""
    for ref in unit.references(decl):
        parent = ref.parent
        while parent is not None and parent.kind in CASTS:
            parent = parent.parent
        if parent is None:
            continue
        streamed = parent.kind == K.CALL_EXPR and parent.spelling == "operator>>"
        if streamed and datastream_root(parent) is not None and _within(ref, parent.children[-1]):
            return ref.line
        assigned = parent.kind == K.BINARY_OPERATOR and ref is parent.children[0]
        if assigned and re.search(r"qFrom(Big|Little)Endian", unit.text_of(parent)):
            return ref.line
    node = unit.declaration(decl)
    if node is not None and re.search(r"qFrom(Big|Little)Endian", unit.text_of(node)):
        return node.line
    return None


def _within(node: Node, other: Node) -> bool:
    return node is other or node.is_inside(other)


def _sink(unit: Unit, sub: Node) -> tuple[Node, float, str] | None:
    """The call the wrapped value reaches as a huge positive length, and the confidence lost
    for what it does with it; None when it never gets there as one."""
    value_type = sub.cursor.type.get_canonical()
    child = sub
    for a in sub.ancestors():
        if a.kind in CASTS:
            value_type = _convert(value_type, a.cursor.type.get_canonical())
            if value_type is None:
                return None
            child = a
            continue
        if a.kind == K.CALL_EXPR:
            args = call_args(a)
            if not any(arg is child for arg in args):
                return None
            if a.spelling in ALLOCS or (a.spelling in CTORS and args[0] is child):
                return a, 0.1, "allocates"
            if a.spelling in COPIES:
                return a, 0.0, "copies"
            return None
        if a.kind == K.CXX_NEW_EXPR:
            return a, 0.1, "allocates"
        return None
    return None


def _convert(value: ci.Type, to: ci.Type) -> ci.Type | None:
    """The type still holding a huge positive value after converting to `to`, or None when
    the conversion makes it negative (a signed type no wider than the value's)."""
    if to.kind not in _UNSIGNED and to.kind not in INTEGER_KINDS:
        return value  # not an integer conversion (a reference, a class): pass through
    if to.kind in _UNSIGNED:
        return to
    if to.get_size() > value.get_size():
        return to
    return None


def _checked(unit: Unit, sub: Node, length: Length, amount: int | None) -> bool:
    """A comparison of the length (or, for bytes read with read(n), of bytesAvailable())
    before the subtraction, in its function; anywhere in the file for a member."""
    func = function_scope(sub)
    member = length.decl.kind == K.FIELD_DECL
    for ref in unit.references(length.decl):
        if ref.is_inside(sub) or (ref.start >= sub.start and not member):
            continue
        if not member and function_scope(ref) is not func:
            continue
        if _lower_check(unit, ref, amount):
            return True
    if length.device_read and func is not None:
        for n in func.walk():
            if n.start >= sub.start:
                break
            available = n.kind == K.CALL_EXPR and n.spelling == "bytesAvailable"
            if available and _lower_check(unit, n, None):
                return True
    return False


def _lower_check(unit: Unit, ref: Node, amount: int | None) -> bool:
    """The reference is compared in a way that can keep it from being below `amount`."""
    child = ref
    for a in ref.ancestors():
        if a.kind == K.CALL_EXPR:
            if a.spelling in ("isEmpty", "isNull") and amount is not None and amount <= 1:
                return True
            if a.spelling in ("qMax", "max", "qBound", "clamp"):
                return True
            if a.spelling in SIZES:
                child = a
                continue
            return False
        if a.kind == K.BINARY_OPERATOR and len(a.children) == 2:
            op = operator(unit, a)
            if op in _COMPARE:
                other = a.children[1] if a.children[0] is child else a.children[0]
                return _bounds_below(unit, other, op, amount)
            if op in ("&&", "||"):
                return False
            child = a
            continue
        if a.kind not in CASTS and a.kind not in (K.UNARY_OPERATOR, K.MEMBER_REF_EXPR):
            return False
        child = a
    return False


def _bounds_below(unit: Unit, other: Node, op: str, amount: int | None) -> bool:
    """Whether comparing with `other` tests the low end (`< 2`, `>= sizeof(quint16)`, `!= 8`)
    rather than only an upper bound (`> 65536`, `> kMaxSize`)."""
    text = unit.text_of(other)
    const = _constant(unit, other)
    value = const[1] if const is not None else int_value(unit, other)
    if value is None:
        return not _UPPER.search(text)
    if op in ("==", "!="):
        return amount is None or value >= amount
    if amount is None:
        return value <= 64
    return value <= amount + 1


def _hit(
    unit: Unit,
    sub: Node,
    right: Node,
    length: Length,
    call: Node,
    verb: str,
    confidence: float,
) -> Hit:
    expr = unit.text_of(sub)
    amount = unit.text_of(right).strip()
    kind = sub.cursor.type.spelling
    message = (
        f"`{expr}` is computed in an unsigned type (`{kind}`): {length.what}, can be smaller "
        f"than `{amount}`, and nothing checks it first, so a short frame wraps the result to "
        f"a huge length, and `{call.spelling}(...)` {verb} that many bytes "
        "(an over-read or a crash the peer can trigger)."
    )
    related = [Related(length.line, "the length comes from the peer here")]
    fix = Fix(
        f"Check the length first and drop the frame when it is too short: "
        f"`if ({length.checked} < {amount}) {{ /* malformed */ return; }}`."
    )
    return Hit(node=sub, message=message, confidence=confidence, related=related, fix=fix)
