"""unbounded-read-buffer: readAll() appended to a per-connection buffer with no size limit."""

from __future__ import annotations

import re
from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import is_call_to, receiver, written_args
from checks.helpers.expressions import operator, unwrap
from checks.helpers.navigation import body_of, enclosing_function
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import IODEVICES
from checks.helpers.signals import ready_read_handlers
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="unbounded-read-buffer",
    title="Per-connection read buffer without a size limit",
    cwe=("CWE-770", "CWE-400"),
    severity=Severity.WARNING,
    summary=(
        "`readAll()` (or `read(bytesAvailable())`) appended to a per-connection buffer (a member, "
        "or a QHash/QMap value keyed by socket) in a readyRead handler, with no size limit on "
        "that buffer anywhere in the file and no setReadBufferSize(): a peer that never ends "
        "its message grows it until memory runs out."
    ),
    confidence=(
        "0.7 in a lambda or slot connected to readyRead in this file, 0.6 in a method named like "
        "a readyRead slot. Silent when any comparison in the file bounds the buffer's size by a "
        "limit (a named constant, a max/limit name or a literal of 1024 or more), when "
        "setReadBufferSize(n) with n != 0 is called, or when the handler clears the buffer "
        "unconditionally."
    ),
)

APPENDS = frozenset({"operator+=", "append", "operator<<"})
SIZES = frozenset({"size", "length", "count", "capacity"})
CONTAINERS = ("QHash", "QMap", "map", "unordered_map", "QMultiHash")
_COMPARE = re.compile(r"^(<|<=|>|>=)$")
_LIMITISH = re.compile(r"max|limit|cap|[A-Z][A-Z0-9_]{2,}|\bk[A-Z]\w*|\d{4,}|\*|<<", re.IGNORECASE)
_SMALL = re.compile(r"^\s*\d{1,3}\s*$")


def check(unit: Unit) -> Iterator[Hit]:
    handlers = ready_read_handlers(unit)
    if not handlers:
        return
    aliases: dict[str, ci.Cursor] = {}
    appends: list[tuple[Node, Node, ci.Cursor, str, Node]] = []
    limits: dict[str, int] = {}
    cleared: set[tuple[str, int]] = set()
    read_buffer_size = 0
    compares: list[Node] = []
    calls: list[Node] = []
    for n in unit.nodes:  # unit.nodes is not in source order: aliases first, then the rest
        if n.kind == K.VAR_DECL and n.cursor.type.kind == ci.TypeKind.LVALUEREFERENCE:
            key = _persistent(unit, n.children[-1], aliases) if n.children else None
            if key is not None:
                aliases[n.cursor.get_usr()] = key[0]
        elif n.kind == K.BINARY_OPERATOR and len(n.children) == 2:
            compares.append(n)
        elif n.kind == K.CALL_EXPR and n.spelling in APPENDS | {"setReadBufferSize"}:
            calls.append(n)
    for n in calls:
        if n.spelling == "setReadBufferSize":
            args = written_args(unit, n)
            if args and unit.text_of(args[0]).strip() not in ("0", "0LL", "qint64(0)"):
                read_buffer_size = n.line
        else:
            found = _append(unit, n, aliases)
            if found is not None:
                appends.append((n, *found))
    if read_buffer_size or not appends:
        return
    for c in compares:
        bounded = _limit_check(unit, c, aliases)
        if bounded is not None:
            limits.setdefault(bounded, c.line)
    for call in unit.calls:
        if call.spelling in ("clear", "resize", "truncate") and _unconditional(call):
            obj = receiver(call)
            key = _persistent(unit, obj, aliases) if obj is not None else None
            func = enclosing_function(call)
            if key is not None and func is not None:
                cleared.add((key[0].get_usr(), id(func)))
    for call, data, decl, how, target in appends:
        handler = enclosing_function(call)
        if handler is None or handler not in handlers:
            continue
        usr = decl.get_usr()
        if usr in limits or (usr, id(handler)) in cleared:
            continue
        conns = handlers[handler]
        confidence = 0.7 if conns else 0.6
        name = unit.text_of(target)
        origin = (
            f"connected to `{unit.text_of(conns[0].sender)}`'s readyRead on line "
            f"{conns[0].call.line}"
            if conns
            else f"`{handler.spelling}`, a readyRead handler"
        )
        message = (
            f"`{unit.text_of(data)}` is appended to `{name}`, {how} that persists between "
            f"readyRead calls ({origin}), and nothing in this file limits its size: no "
            f"comparison of `{decl.spelling}`'s size with a maximum, no setReadBufferSize(). A "
            "peer that keeps sending without completing a message grows it without bound "
            "(memory exhaustion)."
        )
        declared = unit.related(decl, f"`{decl.spelling}` declared here")
        related = [declared] if declared is not None else []
        related += [Related(c.call.line, "readyRead connected here") for c in conns[:1]]
        fix = Fix(
            f"After appending, bound it: `if ({name}.size() > kMaxMessageSize) {{ "
            "socket->abort(); return; }` with a limit that fits the protocol, or cap the "
            "socket's own buffer with `socket->setReadBufferSize(kMaxMessageSize)` and read "
            "only complete messages."
        )
        yield Hit(node=call, message=message, confidence=confidence, related=related, fix=fix)


def _append(
    unit: Unit, call: Node, aliases: dict[str, ci.Cursor]
) -> tuple[Node, ci.Cursor, str, Node] | None:
    args = written_args(unit, call)
    if call.spelling == "append":
        target = receiver(call)
        data = args[-1] if args else None
    else:
        if len(args) != 2:
            return None
        target, data = args[0], args[1]
    if target is None or data is None or not _is_socket_read(unit, data):
        return None
    key = _persistent(unit, target, aliases)
    if key is None:
        return None
    return data, key[0], key[1], unwrap(target)


def _is_socket_read(unit: Unit, data: Node) -> bool:
    n = unwrap(data)
    for _ in range(3):
        if n.kind == K.UNEXPOSED_EXPR and n.children:
            n = unwrap(n.children[0])
    if is_call_to(n, ("readAll",), IODEVICES):
        return True
    if is_call_to(n, ("read",), IODEVICES):
        args = written_args(unit, n)
        return len(args) == 1 and "bytesAvailable" in unit.text_of(args[0])
    return False


def _persistent(
    unit: Unit, node: Node | None, aliases: dict[str, ci.Cursor]
) -> tuple[ci.Cursor, str] | None:
    """The declaration that keeps the buffer alive between handler calls, and how."""
    if node is None:
        return None
    n = unwrap(node)
    if n.kind == K.CALL_EXPR and n.spelling == "operator[]":
        args = written_args(unit, n)
        container = referenced_decl(args[0]) if args else None
        if container is not None and container.kind == K.FIELD_DECL:
            tname = container.type.get_canonical().spelling
            if any(c in tname for c in CONTAINERS):
                return container, f"a value of the member `{container.spelling}` keyed by socket"
        return None
    decl = referenced_decl(n)
    if decl is None:
        return None
    if decl.kind == K.FIELD_DECL:
        return decl, "a member"
    if decl.kind == K.VAR_DECL:
        if decl.get_usr() in aliases:
            target = aliases[decl.get_usr()]
            return target, f"a reference into `{target.spelling}`"
        if decl.storage_class == ci.StorageClass.STATIC:
            return decl, "a static variable"
        parent = decl.semantic_parent
        if parent is not None and parent.kind in (K.TRANSLATION_UNIT, K.NAMESPACE):
            return decl, "a global"
    return None


def _limit_check(unit: Unit, cmp: Node, aliases: dict[str, ci.Cursor]) -> str | None:
    """The buffer a comparison `buffer.size() > limit` bounds, as its declaration's USR."""
    if not _COMPARE.match(operator(unit, cmp)):
        return None
    for side, other in ((cmp.children[0], cmp.children[1]), (cmp.children[1], cmp.children[0])):
        size_call = next(
            (x for x in side.walk() if x.kind == K.CALL_EXPR and x.spelling in SIZES), None
        )
        if size_call is None:
            continue
        key = _persistent(unit, receiver(size_call), aliases)
        if key is None:
            continue
        otext = unit.text_of(other)
        if _SMALL.match(otext) or "sizeof" in otext or not _LIMITISH.search(otext):
            continue
        return str(key[0].get_usr())
    return None


def _unconditional(call: Node) -> bool:
    """A statement directly in its function's body, not under an if or a loop."""
    func = enclosing_function(call)
    body = body_of(func) if func is not None else None
    if body is None:
        return False
    node = call
    for a in call.ancestors():
        if a is body:
            return node in body.children
        if a.kind not in (K.UNEXPOSED_EXPR, K.PAREN_EXPR):
            return False
        node = a
    return False
