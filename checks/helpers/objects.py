"""Helpers shared by the deployment batch of rules (local servers, TLS, threads, signals).

Kept out of `checks/unit.py` and `checks/qt.py` on purpose: they are generic enough to move there
later, but other rules are being written against those modules at the same time.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator

import clang.cindex as ci

from checks.frontend import MODEL_PATH
from checks.qt import base_type_name
from checks.unit import FUNCTION_KINDS, K, Node, Unit, call_args, receiver, unwrap

_DECL_KINDS = frozenset({K.VAR_DECL, K.FIELD_DECL, K.PARM_DECL})
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
_POINTER_GETTERS = frozenset({"operator->", "operator*", "get", "data"})

_INDEX: weakref.WeakKeyDictionary[Unit, dict[ci.Cursor, Node]] = weakref.WeakKeyDictionary()


def decl_nodes(unit: Unit) -> dict[ci.Cursor, Node]:
    """Variable, field and parameter declarations of the file by cursor, built once per unit."""
    index = _INDEX.get(unit)
    if index is None:
        index = {n.cursor: n for n in unit.nodes if n.kind in _DECL_KINDS}
        _INDEX[unit] = index
    return index


def target_decl(node: Node | None) -> ci.Cursor | None:
    """The variable or field an object expression names: `server`, `m_server`, `*ptr`,
    `ptr.get()`, a smart pointer seen through `operator->`; None for `this` and temporaries."""
    n = unwrap(node) if node is not None else None
    for _ in range(6):
        if n is None:
            return None
        if n.kind in (K.DECL_REF_EXPR, K.MEMBER_REF_EXPR):
            ref = n.referenced
            if ref is not None and ref.kind in (K.VAR_DECL, K.FIELD_DECL, K.PARM_DECL):
                return ref
            return None
        if n.kind == K.CALL_EXPR and n.spelling in _POINTER_GETTERS and n.children:
            n = receiver(n) or unwrap(n.children[0])
            continue
        if n.kind == K.UNARY_OPERATOR and n.children:
            n = unwrap(n.children[0])
            continue
        return None
    return None


def receiver_key(unit: Unit, call: Node) -> tuple[str, str]:
    """Identifies the object a method is called on: its declaration, or the class for `this`."""
    obj = receiver(call)
    decl = target_decl(obj)
    if decl is not None:
        return ("decl", str(decl.get_usr() or f"{decl.spelling}@{decl.location.offset}"))
    if obj is None or unwrap(obj).kind == K.CXX_THIS_EXPR:
        cls = enclosing_class(call)
        return ("this", str(cls.get_usr()) if cls is not None else "")
    return ("text", re.sub(r"\s+|this->", "", unit.text_of(obj)))


def receiver_name(unit: Unit, call: Node) -> str:
    """How the code names the object of a method call: `server`, `m_server`, `this`."""
    obj = receiver(call)
    if obj is None:
        return "this"
    text = unit.text_of(obj)
    if text.endswith(("->", ".")) or "(" in text:
        decl = target_decl(obj)
        if decl is not None:
            return str(decl.spelling)
    return text


def enclosing_class(node: Node) -> ci.Cursor | None:
    """The class whose member function (or lambda inside one) holds `node`."""
    for a in node.ancestors():
        if a.kind in (K.CXX_METHOD, K.CONSTRUCTOR, K.DESTRUCTOR):
            parent = a.cursor.semantic_parent
            if parent is not None and parent.kind in (K.CLASS_DECL, K.STRUCT_DECL):
                return parent
        if a.kind in (K.CLASS_DECL, K.STRUCT_DECL):
            return a.cursor
    return None


def outer_function(node: Node) -> Node | None:
    """The named function holding `node`, lambdas seen through."""
    for a in node.ancestors():
        if a.kind in FUNCTION_KINDS and a.kind != K.LAMBDA_EXPR:
            return a
    return None


def innermost_function(node: Node) -> Node | None:
    return next((a for a in node.ancestors() if a.kind in FUNCTION_KINDS), None)


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


_MODEL_BASES: dict[str, tuple[str, ...]] = {}
"""Bases of the Qt model's classes: the model is the same for every file of the process."""
_TU_BASES: weakref.WeakKeyDictionary[ci.TranslationUnit, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def bases_of(cls: ci.Cursor) -> tuple[str, ...]:
    """Every base class name, transitively, cached: reading the children of QObject or QThread
    costs a thousand libclang visits, and every rule asks about the same few classes."""
    usr = str(cls.get_usr())
    loc = cls.location.file
    in_model = loc is not None and loc.name == MODEL_PATH
    cache = _MODEL_BASES if in_model else _TU_BASES.setdefault(cls.translation_unit, {})
    found = cache.get(usr)
    if found is not None:
        return found
    cache[usr] = ()  # a cycle in broken code must not recurse for ever
    out: list[str] = []
    for c in cls.get_children():
        if c.kind != K.CXX_BASE_SPECIFIER:
            continue
        ref = c.referenced
        name = str(ref.spelling if ref is not None else c.type.spelling)
        if name not in out:
            out.append(name)
        if ref is not None:
            out.extend(b for b in bases_of(ref.get_definition() or ref) if b not in out)
    cache[usr] = tuple(out)
    return cache[usr]


def derives_from(cls: ci.Cursor | None, names: Iterable[str]) -> str:
    """The first of `names` that `cls` is or derives from, or ''."""
    if cls is None:
        return ""
    wanted = frozenset(names)
    if cls.spelling in wanted:
        return str(cls.spelling)
    definition = cls.get_definition() or cls
    return next((b for b in bases_of(definition) if b in wanted), "")


def type_class(t: ci.Type) -> ci.Cursor | None:
    """The class declaration behind a (pointer/reference/typedef/auto) type."""
    t = t.get_canonical()
    while t.kind in (ci.TypeKind.POINTER, ci.TypeKind.LVALUEREFERENCE, ci.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee().get_canonical()
    decl = t.get_declaration()
    if decl is None or decl.kind == K.NO_DECL_FOUND:
        return None
    return decl


def object_class(node: Node | None) -> ci.Cursor | None:
    """The class of the object an expression denotes, smart pointers seen through."""
    if node is None:
        return None
    n = unwrap(node)
    while n.kind == K.CALL_EXPR and n.spelling in _POINTER_GETTERS and n.children:
        inner = receiver(n) or unwrap(n.children[0])
        if inner is n:
            break
        n = inner
        cls = type_class(n.cursor.type)
        if cls is not None and cls.spelling not in ("unique_ptr", "shared_ptr", "QPointer"):
            return cls
    return type_class(n.cursor.type)


def is_a(node: Node | None, names: Iterable[str]) -> str:
    """Which of `names` the object of `node` is or derives from ('' when unknown or none)."""
    if node is None:
        return ""
    cls = object_class(node)
    if cls is None:
        name = base_type_name(unwrap(node).cursor.type)
        return name if name in frozenset(names) else ""
    return derives_from(cls, names)


def initializer(unit: Unit, decl: ci.Cursor) -> Node | None:
    """The initializer expression of a variable declared in this file."""
    node = decl_nodes(unit).get(decl)
    if node is None:
        return None
    exprs = [
        c
        for c in node.children
        if c.kind not in (K.TYPE_REF, K.NAMESPACE_REF, K.TEMPLATE_REF, K.ANNOTATE_ATTR)
    ]
    return exprs[-1] if exprs else None


_LITERAL = re.compile(
    r"""^\s*(?:(?:QStringLiteral|QLatin1String|QLatin1StringView|QString|QStringView|"""
    r"""QString::fromLatin1|QString::fromUtf8|QByteArrayLiteral)\s*\(\s*)?"""
    r"""(?:u8|u|L)?"((?:[^"\\]|\\.)*)"\s*\)?\s*(?:_L1|_s|_qs)?\s*$"""
)


def literal_value(text: str) -> str | None:
    """The value of a string literal, bare or wrapped in QStringLiteral/QLatin1String/..."""
    m = _LITERAL.match(text)
    return m.group(1) if m else None


def resolved_literal(unit: Unit, node: Node) -> tuple[str, int] | None:
    """(value, line) when `node` is a string literal or a variable initialized with one."""
    value = literal_value(unit.text_of(node))
    if value is not None:
        return value, node.line
    decl = target_decl(node)
    if decl is None or decl.kind not in (K.VAR_DECL, K.FIELD_DECL):
        return None
    init = initializer(unit, decl)
    if init is None:
        return None
    value = literal_value(unit.text_of(init))
    if value is None:
        return None
    # A variable assigned again elsewhere may hold anything: only trust a single definition.
    for ref in unit.references(decl):
        p = ref.parent
        if p is not None and p.kind == K.BINARY_OPERATOR and p.children and p.children[0] is ref:
            return None
    return value, init.line


def calls_named(unit: Unit, names: Iterable[str]) -> Iterator[Node]:
    wanted = frozenset(names)
    return (c for c in unit.calls if c.spelling in wanted)


def args_of(call: Node) -> list[Node]:
    return call_args(call)


def replace_once(line: str, old: str, new: str) -> str | None:
    """`line` with the single occurrence of the word `old` replaced, or None when ambiguous."""
    hits = list(re.finditer(rf"(?<![\w:]){re.escape(old)}\b", line))
    if len(hits) != 1:
        hits = list(re.finditer(rf"\b{re.escape(old)}\b", line))
        if len(hits) != 1:
            return None
    m = hits[0]
    return line[: m.start()] + new + line[m.end() :]


def mentions(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None
