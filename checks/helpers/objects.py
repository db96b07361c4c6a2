"""Which variable or object an expression names, and which object a method is called on."""

from __future__ import annotations

import clang.cindex as ci

from checks.helpers.calls import receiver
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import enclosing_class
from checks.helpers.source_text import norm
from checks.unit import REF_KINDS, K, Node, Unit

POINTER_GETTERS = frozenset({"operator->", "operator*", "get", "data"})
"""Calls through which a smart pointer yields the object it holds."""


def referenced_decl(node: Node) -> ci.Cursor | None:
    """The declaration an expression names, looking through casts; None otherwise."""
    n = unwrap(node)
    if n.kind in REF_KINDS:
        return n.referenced
    return None


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
        if n.kind == K.CALL_EXPR and n.spelling in POINTER_GETTERS and n.children:
            n = receiver(n) or unwrap(n.children[0])
            continue
        if n.kind == K.UNARY_OPERATOR and n.children:
            n = unwrap(n.children[0])
            continue
        return None
    return None


def same_object(a: Node | None, b: Node | None, unit: Unit) -> bool:
    """Two expressions naming the same variable or member (`socket`, `this->m_socket`)."""
    if a is None or b is None:
        return False
    da, db = referenced_decl(a), referenced_decl(b)
    if da is not None and db is not None:
        return bool(da == db)
    return norm(unit.text_of(a)) == norm(unit.text_of(b)) and unit.text_of(a) != ""


def receiver_key(unit: Unit, call: Node) -> tuple[str, str]:
    """Identifies the object a method is called on: its declaration, or the class for `this`."""
    obj = receiver(call)
    decl = target_decl(obj)
    if decl is not None:
        return ("decl", str(decl.get_usr() or f"{decl.spelling}@{decl.location.offset}"))
    if obj is None or unwrap(obj).kind == K.CXX_THIS_EXPR:
        cls = enclosing_class(call)
        return ("this", str(cls.get_usr()) if cls is not None else "")
    return ("text", norm(unit.text_of(obj)))


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
