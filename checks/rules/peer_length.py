"""peer-length: a length the peer sent, used to size, allocate or read with no upper bound."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import clang.cindex as ci

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import receiver, written_args
from checks.helpers.expressions import CASTS, operator, unwrap
from checks.helpers.navigation import (
    LOOP_KINDS,
    body_nodes,
    enclosing_function,
    function_name,
    function_scope,
)
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import (
    INTEGER_KINDS,
    IODEVICES,
    base_type_name,
    datastream_root,
    is_device_type,
)
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit, per_unit

META = RuleMeta(
    id="peer-length",
    title="Length from the peer used without an upper bound",
    cwe=("CWE-789", "CWE-770"),
    severity=Severity.ERROR,
    summary=(
        "A length read from the peer (QDataStream >> into an integer, qFromBigEndian of received "
        "bytes, toInt() of received text, readRawData into an int, a helper returning one; kept "
        "in a member or struct across calls too) sizes an allocation "
        "(resize, reserve, QByteArray(len, ...), new char[len], std::vector(len)) or a read "
        "(read(len), readRawData(buf, len), a waitForReadyRead loop until len bytes) with no "
        "upper bound check."
    ),
    confidence=(
        "0.85 when the peer's length is used directly, 0.1 less per variable it passes through "
        "(`total = len + 4`); 0.7 for a read or wait that needs the bytes to arrive first; 0.2 "
        "less when only an assertion bounds it. Silent after an `if`/`?:` comparing it with "
        "anything but zero or the bytes available, qMin/qBound/std::min with it, or a "
        "validation call on it in a condition."
    ),
    cause="unbounded-length",
)

TO_INT = frozenset({"toInt", "toUInt", "toLong", "toULong", "toLongLong", "toULongLong"})
DEVICE_READS = frozenset({"readAll", "read", "readLine", "peek", "readDatagram"})
ENDIAN = frozenset({"qFromBigEndian", "qFromLittleEndian"})
ALLOC_CTORS = frozenset({"QByteArray", "QVector", "QList", "vector", "basic_string", "string"})
BOUNDS = frozenset({"qMin", "qBound", "min", "clamp"})
PASS_THROUGH = frozenset(
    {
        K.UNEXPOSED_EXPR,
        K.PAREN_EXPR,
        K.BINARY_OPERATOR,
        K.CSTYLE_CAST_EXPR,
        K.CXX_STATIC_CAST_EXPR,
        K.CXX_FUNCTIONAL_CAST_EXPR,
    }
)
_ASSERT = re.compile(r"\b(Q_ASSERT|Q_ASSERT_X|assert)\s*\(")
_LOWER_ONLY = re.compile(r"^\s*(0|-1|0[uUlL]*|nullptr)\s*$")
_AVAILABLE = re.compile(r"bytesAvailable|\bsize\s*\(|\blength\s*\(|\bcount\s*\(")


@dataclass
class Source:
    decl: ci.Cursor
    line: int
    how: str
    hops: int = 0
    root: str = ""
    """USR of the first source in a chain of derived variables."""
    at: Node | None = None
    """Where the value is stored: the `>>`, decode or assignment, for evidence."""


@dataclass
class Use:
    node: Node
    what: str
    confidence: float


def check(unit: Unit) -> Iterator[Hit]:
    sources = _sources(unit)
    _from_helpers(unit, sources)
    if not sources:
        return
    _derive(unit, sources)
    guards = _guards(unit, sources)
    reported: set[str] = set()
    uses_by_root: dict[str, list[tuple[Source, Use]]] = {}
    for usr, src in sources.items():
        for use in _uses(unit, src):
            uses_by_root.setdefault(src.root or usr, []).append((src, use))
    for root, uses in uses_by_root.items():
        uses.sort(key=lambda su: su[1].node.line)
        open_uses: list[tuple[Source, Use, float]] = []
        for src, use in uses:
            state = _guarded(unit, src, use, guards, sources)
            if state == "checked":
                continue
            penalty = 0.2 if state == "assert" else 0.0
            open_uses.append((src, use, penalty))
        if not open_uses or root in reported:
            continue
        reported.add(root)
        src, use, penalty = open_uses[0]
        yield _hit(unit, src, use, penalty, sources, [u for _, u, _ in open_uses[1:]])


# ---- sources ----------------------------------------------------------------------------------


def _sources(unit: Unit) -> dict[str, Source]:
    out: dict[str, Source] = {}
    for call in unit.calls:
        name = call.spelling
        if name == "operator>>":
            _from_stream(unit, call, out)
        elif name in ENDIAN or name in TO_INT:
            if name in TO_INT and not _received(unit, call):
                continue
            how = (
                f"decoded from wire bytes by `{unit.text_of(call)}`"
                if name in ENDIAN
                else f"parsed from received bytes by `{unit.text_of(call)}`"
            )
            decl = _assigned_decl(call)
            if decl is not None and _is_integer(decl.type):
                out.setdefault(decl.get_usr(), Source(decl, call.line, how, at=call))
        elif name in ("readRawData", "read", "peek") and call.referenced is not None:
            args = written_args(unit, call)
            if len(args) != 2:
                continue
            owner = call.referenced.semantic_parent
            if owner is None or owner.spelling not in IODEVICES | {"QDataStream"}:
                continue
            target = next((n for n in args[0].walk() if n.kind == K.UNARY_OPERATOR), None)
            decl = referenced_decl(target.children[0]) if target and target.children else None
            if decl is not None and _is_integer(decl.type):
                how = f"read raw from the peer by `{unit.text_of(call)}`"
                out.setdefault(decl.get_usr(), Source(decl, call.line, how, at=call))
    return out


def _from_helpers(unit: Unit, sources: dict[str, Source]) -> None:
    """`m_len = readLength();` where the file's `readLength()` returns a length it read from
    the peer (a source variable, or a decode of wire bytes): the caller's variable is one too."""
    helpers: dict[str, int] = {}
    for func in unit.of_kind(K.CXX_METHOD, K.FUNCTION_DECL):
        if not func.cursor.is_definition() or not _is_integer(func.cursor.result_type):
            continue
        for n in body_nodes(func):
            if n.kind == K.RETURN_STMT and n.children and _peer_value(n.children[0], sources):
                helpers[func.cursor.get_usr()] = n.line
                break
    if not helpers:
        return
    for call in unit.calls:
        ref = call.referenced
        line = helpers.get(ref.get_usr()) if ref is not None else None
        if line is None:
            continue
        decl = _assigned_decl(call)
        if decl is not None and _is_integer(decl.type):
            how = (
                f"set from `{unit.text_of(call)}`, which returns a length it read from the "
                f"peer (line {line}),"
            )
            sources.setdefault(decl.get_usr(), Source(decl, call.line, how, at=call))


def _peer_value(expr: Node, sources: dict[str, Source]) -> bool:
    """A returned expression that is a peer length: a source variable or a decode call."""
    inner = unwrap(expr)
    while inner.kind in CASTS and len(inner.children) == 1:
        inner = unwrap(inner.children[0])
    if inner.kind == K.CALL_EXPR and inner.spelling in ENDIAN:
        return True
    decl = referenced_decl(inner) if inner.kind == K.DECL_REF_EXPR else None
    return decl is not None and decl.get_usr() in sources


def _from_stream(unit: Unit, call: Node, out: dict[str, Source]) -> None:
    args = written_args(unit, call)
    if len(args) != 2:
        return
    decl = referenced_decl(args[1])
    if decl is None or not _is_integer(decl.type):
        return
    stream = datastream_root(call)
    if stream is None or not _stream_from_peer(unit, stream):
        return
    how = f"read from the peer by `{unit.text_of(call)}`"
    out.setdefault(decl.get_usr(), Source(decl, call.line, how, at=args[1]))


def _stream_from_peer(unit: Unit, stream: ci.Cursor) -> bool:
    """The stream reads a socket/QIODevice, or bytes that came from one."""
    for ref in unit.references(stream):
        parent = ref.parent
        while parent is not None and parent.kind == K.UNEXPOSED_EXPR:
            parent = parent.parent
        if (
            parent is not None
            and parent.kind == K.MEMBER_REF_EXPR
            and parent.spelling == "setDevice"
        ):
            call = parent.parent
            if call is not None and any(_peer_expr(unit, a) for a in written_args(unit, call)[:1]):
                return True
    n = _declarations(unit).get(stream.get_usr())
    if n is None:
        return False
    ctor = next((c for c in n.children if c.kind == K.CALL_EXPR), None)
    if ctor is None:
        return False
    args = written_args(unit, ctor)
    return bool(args) and _peer_expr(unit, args[0])


@per_unit
def _declarations(unit: Unit) -> dict[str, Node]:
    """QDataStream variables and members by USR, found in one pass over the file."""
    return {
        n.cursor.get_usr(): n
        for n in unit.nodes
        if n.kind in (K.VAR_DECL, K.FIELD_DECL) and base_type_name(n.cursor.type) == "QDataStream"
    }


def _peer_expr(unit: Unit, node: Node) -> bool:
    inner = unwrap(node)
    while inner.kind == K.UNEXPOSED_EXPR and inner.children:
        inner = unwrap(inner.children[0])
    if is_device_type(inner.cursor.type) and base_type_name(inner.cursor.type) != "QBuffer":
        return True
    return _received(unit, inner)


def _received(unit: Unit, node: Node) -> bool:
    """The expression holds bytes read from a device: a read call in it, or a variable
    initialized from one."""
    for n in node.walk():
        if n.kind == K.CALL_EXPR and n.spelling in DEVICE_READS:
            obj = receiver(n)
            if obj is not None and is_device_type(obj.cursor.type):
                return True
        if n.kind == K.DECL_REF_EXPR and n.referenced is not None:
            ref = n.referenced
            if ref.kind == K.VAR_DECL and ref.location.line < node.line:
                init = _decl_text(unit, ref)
                if re.search(r"\b(readAll|readLine|read|peek)\s*\(", init):
                    return True
    return False


def _decl_text(unit: Unit, decl: ci.Cursor) -> str:
    ext = decl.extent
    start, end = ext.start.offset, ext.end.offset
    if ext.start.file is None or not str(ext.start.file.name).endswith(unit.path):
        return ""
    if not 0 <= start < end <= len(unit.data):
        return ""
    return unit.data[start:end].decode("utf-8", errors="replace")


def _assigned_decl(call: Node) -> ci.Cursor | None:
    """The variable a call's value lands in: `T v = call;` or `v = call;`."""
    child = call
    for a in call.ancestors():
        if a.kind == K.VAR_DECL:
            return a.cursor
        if a.kind == K.BINARY_OPERATOR and a.children and a.children[-1] is child:
            return referenced_decl(a.children[0])
        if a.kind not in CASTS:
            return None
        child = a
    return None


def _is_integer(t: ci.Type) -> bool:
    return t.get_canonical().kind in INTEGER_KINDS


# ---- derived variables ------------------------------------------------------------------------


def _derive(unit: Unit, sources: dict[str, Source]) -> None:
    frontier = list(sources.items())
    for usr, src in frontier:
        src.root = usr
    for _ in range(2):
        new: list[tuple[str, Source]] = []
        for _usr, src in frontier:
            for ref in unit.references(src.decl):
                target = _flows_into(ref)
                if target is None or not _is_integer(target.type):
                    continue
                tusr = target.get_usr()
                if tusr in sources:
                    continue
                how = f"computed from `{src.decl.spelling}` (line {src.line})"
                derived = Source(target, ref.line, how, src.hops + 1, src.root, at=ref)
                sources[tusr] = derived
                new.append((tusr, derived))
        frontier = new


def _flows_into(ref: Node) -> ci.Cursor | None:
    """`T v = ref + 4;` or `v = int(ref);`: the variable that takes the value (not through
    calls, which may bound it)."""
    child = ref
    for a in ref.ancestors():
        if a.kind == K.VAR_DECL:
            return a.cursor
        if a.kind == K.BINARY_OPERATOR and len(a.children) == 2 and a.children[1] is child:
            left = referenced_decl(a.children[0])
            if left is not None and left.kind in (K.VAR_DECL, K.FIELD_DECL):
                return left
        if a.kind not in PASS_THROUGH:
            return None
        child = a
    return None


# ---- uses -------------------------------------------------------------------------------------


def _uses(unit: Unit, src: Source) -> Iterator[Use]:
    for ref in unit.references(src.decl):
        use = _use_of(unit, ref)
        if use is not None:
            yield use


def _use_of(unit: Unit, ref: Node) -> Use | None:
    child = ref
    for a in ref.ancestors():
        if a.kind == K.CALL_EXPR:
            name = a.spelling
            if name in BOUNDS:
                return None
            if name in ("resize", "reserve"):
                return Use(a, f"`{unit.text_of(a)}` allocates it", 0.85)
            if name in ("malloc", "calloc", "realloc"):
                return Use(a, f"`{unit.text_of(a)}` allocates it", 0.85)
            if a.referenced is not None and a.referenced.kind == K.CONSTRUCTOR:
                if name in ALLOC_CTORS and _first_arg(unit, a) is child:
                    return Use(a, f"`{unit.text_of(a)}` allocates it", 0.85)
                return None
            if name in ("read", "readRawData", "peek", "skipRawData"):
                return _read_use(unit, a, child)
            if name in ("static_cast", "qint64", "int"):
                child = a
                continue
            return None
        if a.kind == K.CXX_NEW_EXPR:
            return Use(a, f"`{unit.text_of(a)}` allocates it", 0.85)
        if a.kind in LOOP_KINDS:
            return _wait_use(unit, a, ref)
        if a.kind not in PASS_THROUGH:
            return None
        child = a
    return None


def _first_arg(unit: Unit, call: Node) -> Node | None:
    args = written_args(unit, call)
    return args[0] if args else None


def _read_use(unit: Unit, call: Node, arg: Node) -> Use | None:
    args = written_args(unit, call)
    if not args or args[-1] is not arg:
        return None
    text = unit.text_of(call)
    if call.spelling == "skipRawData":
        return None
    if len(args) == 1:
        if _waited_for(unit, call, unit.text_of(arg)):
            # Qt's Fortune idiom: `if (bytesAvailable() < len) return; read(len)` allocates
            # only what the peer really sent; the socket's buffer is unbounded-read-buffer's.
            return Use(call, f"`{text}` reads bytes that have already arrived", 0.4)
        return Use(call, f"`{text}` allocates and reads that many bytes", 0.85)
    return Use(call, f"`{text}` reads that many bytes", 0.85)


def _waited_for(unit: Unit, call: Node, length: str) -> bool:
    """An `if` before the call, in its function, compares bytesAvailable() with the length."""
    func = enclosing_function(call)
    if func is None:
        return False
    name = re.escape(length.strip())
    for n in func.walk():
        if n.kind == K.IF_STMT and n.children and n.line < call.line:
            cond = unit.text_of(n.children[0])
            if "bytesAvailable" in cond and re.search(rf"(?<![\w.>]){name}(?!\w)", cond):
                return True
    return False


def _wait_use(unit: Unit, loop: Node, ref: Node) -> Use | None:
    """`while (socket->bytesAvailable() < len) socket->waitForReadyRead(...)`."""
    cond = loop.children[-1] if loop.kind == K.DO_STMT else loop.children[0]
    if not (cond is ref or ref.is_inside(cond)):
        return None
    if "bytesAvailable" not in unit.text_of(cond):
        return None
    if not any(n.kind == K.CALL_EXPR and n.spelling == "waitForReadyRead" for n in loop.walk()):
        return None
    return Use(loop, "this loop waits until that many bytes are buffered", 0.7)


# ---- guards -----------------------------------------------------------------------------------


def _guards(unit: Unit, sources: dict[str, Source]) -> dict[str, list[tuple[int, bool, Node]]]:
    """usr -> [(line, assertion only?, function)] of comparisons that bound the variable."""
    out: dict[str, list[tuple[int, bool, Node]]] = {}
    for usr, src in sources.items():
        for ref in unit.references(src.decl):
            kind = _bounding(unit, ref)
            if kind is None:
                continue
            func = function_scope(ref)
            if func is None:
                continue
            line_text = unit.lines[ref.line - 1] if ref.line <= len(unit.lines) else ""
            out.setdefault(usr, []).append((ref.line, bool(_ASSERT.search(line_text)), func))
    return out


def _bounding(unit: Unit, ref: Node) -> str | None:
    child = ref
    for a in ref.ancestors():
        if a.kind == K.CALL_EXPR:
            if a.spelling in BOUNDS:
                return "min"
            # A validation call in a condition: `if (!isValidLength(len)) return;`
            return "call" if _in_if_condition(a) and a.spelling not in TO_INT else None
        if a.kind == K.BINARY_OPERATOR and len(a.children) == 2:
            op = operator(unit, a)
            if op in ("<", "<=", ">", ">="):
                other = a.children[1] if a.children[0] is child else a.children[0]
                otext = unit.text_of(other)
                if _LOWER_ONLY.match(otext) or _AVAILABLE.search(otext):
                    return None
                return "cmp" if _in_if_condition(a) else None
            if op in ("&&", "||", "!"):
                child = a
                continue
            if op in ("+", "-", "*"):
                child = a
                continue
            return None
        if a.kind not in CASTS and a.kind != K.UNARY_OPERATOR:
            return None
        child = a
    return None


def _in_if_condition(node: Node) -> bool:
    child = node
    for a in node.ancestors():
        if a.kind in (K.IF_STMT, K.CONDITIONAL_OPERATOR):
            return a.children[0] is child
        if a.kind in (K.COMPOUND_STMT, K.DECL_STMT) or a.kind in LOOP_KINDS:
            return False
        if a.kind == K.RETURN_STMT:
            return True
        child = a
    return False


def _guarded(
    unit: Unit,
    src: Source,
    use: Use,
    guards: dict[str, list[tuple[int, bool, Node]]],
    sources: dict[str, Source],
) -> str:
    """checked | assert | open, over the variable and the ones it was computed from."""
    chain = [u for u, s in sources.items() if s.root == src.root]
    func = function_scope(use.node)
    state = "open"
    for usr in chain:
        member = sources[usr].decl.kind == K.FIELD_DECL
        for line, is_assert, gfunc in guards.get(usr, []):
            same = gfunc is func
            if (member and not same) or (same and sources[usr].line <= line <= use.node.line):
                if not is_assert:
                    return "checked"
                state = "assert"
    return state


# ---- report -----------------------------------------------------------------------------------


def _hit(
    unit: Unit,
    src: Source,
    use: Use,
    penalty: float,
    sources: dict[str, Source],
    more: list[Use],
) -> Hit:
    root = sources.get(src.root, src)
    name = _shown(unit, src)
    root_name = _shown(unit, root)
    confidence = use.confidence - 0.1 * src.hops - penalty
    chain = ""
    if src is not root:
        chain = f", computed from `{root_name}` on line {src.line}"
    message = (
        f"`{root_name}` is {root.how} on line {root.line}, so the peer decides it; "
        f"`{name}`{chain} is used with no upper bound: {use.what} on line {use.node.line}."
    )
    member = _kept_between_calls(unit, src, use)
    if member:
        message += member
    message += (
        " A peer that sends a huge length makes this allocate (or wait for) that much memory."
    )
    if penalty:
        message += " Only an assertion bounds it, compiled out in release builds."
    related = [Related(root.line, f"`{root_name}` comes from the peer here")]
    if src is not root:
        related.append(Related(src.line, f"`{name}` computed from `{root_name}`"))
    if src.decl.kind == K.FIELD_DECL:
        held = unit.related(src.decl, f"`{name}` is a member: the peer's value outlives the call")
        if held is not None:
            related.append(held)
    related += [Related(u.node.line, f"`{name}` also used here unbounded") for u in more[:3]]
    fix = Fix(
        f"Check `{root_name}` against a protocol maximum right after reading it, and "
        f"drop the connection when it is exceeded: `if ({root_name} > kMaxMessageSize) "
        "{ socket->abort(); return; }` (a check for `< 0` or `== 0` alone does not bound it)."
    )
    return Hit(node=use.node, message=message, confidence=confidence, related=related, fix=fix)


def _shown(unit: Unit, src: Source) -> str:
    """How the code names the variable: `m_header.length` for a struct member, else its name."""
    at = src.at
    if at is not None and at.kind == K.MEMBER_REF_EXPR and referenced_decl(at) == src.decl:
        text = unit.text_of(at)
        if "\n" not in text and len(text) <= 60:
            return text
    return str(src.decl.spelling)


def _kept_between_calls(unit: Unit, src: Source, use: Use) -> str:
    """For a value stored in a member and used by another function (the next readyRead's
    handler, a body reader): where it was stored and where it is used, in words."""
    if src.decl.kind != K.FIELD_DECL or src.at is None:
        return ""
    stored_in = function_scope(src.at)
    used_in = function_scope(use.node)
    stored = _shown(unit, src)
    owner = src.decl.semantic_parent
    owner_text = f" of `{owner.spelling}`" if owner is not None and owner.spelling else ""
    if stored_in is None or used_in is None or stored_in is used_in:
        return (
            f" `{stored}` is a member{owner_text}: the peer's value stays there for the next "
            "call too."
        )
    return (
        f" The value is stored in the member `{stored}`{owner_text} by "
        f"`{function_name(stored_in)}` (line {src.line}) and used later by "
        f"`{function_name(used_in)}` (line {use.node.line}): it is still the peer's number."
    )
