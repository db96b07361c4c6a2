"""Literal values: integers, null pointers, strings, and the initializer of a variable.

Read from the source text: the binding exposes no evaluated constants, and rules only trust a
value the code spells out (a literal, or a const variable initialized with one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import clang.cindex as ci

from checks.helpers.expressions import unwrap
from checks.helpers.objects import target_decl
from checks.unit import K, Node, Unit


def int_value(unit: Unit, node: Node) -> int | None:
    """The integer an expression is, when written as a literal (`-1`, `(0)`) or a const
    variable initialized with one."""
    n = unwrap(node)
    text = unit.text_of(n).strip()
    text = text.strip("()").strip()
    m = re.fullmatch(r"([-+]?)\s*(0[xX][0-9a-fA-F]+|\d+)[uUlL]*", text)
    if m and n.kind in (K.INTEGER_LITERAL, K.UNARY_OPERATOR, K.PAREN_EXPR):
        value = int(m.group(2), 0)
        return -value if m.group(1) == "-" else value
    if n.kind == K.DECL_REF_EXPR:
        decl = n.referenced
        if decl is not None and decl.kind == K.VAR_DECL and decl.type.is_const_qualified():
            for tok in _init_tokens(decl):
                return tok
    return None


def _init_tokens(decl: ci.Cursor) -> Iterator[int]:
    toks = [t.spelling for t in decl.get_tokens()]
    if "=" in toks:
        rest = "".join(toks[toks.index("=") + 1 :]).rstrip(";")
        m = re.fullmatch(r"\(?([-+]?)(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\)?", rest)
        if m:
            value = int(m.group(2), 0)
            yield -value if m.group(1) == "-" else value


def is_null(unit: Unit, node: Node) -> bool:
    """Whether an expression is a null pointer as written: nullptr, NULL, 0, Q_NULLPTR."""
    n = unwrap(node)
    if n.kind in (K.CXX_NULL_PTR_LITERAL_EXPR, K.GNU_NULL_EXPR):
        return True
    return unit.text_of(n).strip() in ("nullptr", "NULL", "0", "Q_NULLPTR")


def initializer(unit: Unit, decl: ci.Cursor) -> Node | None:
    """The initializer expression of a variable declared in this file."""
    node = unit.declaration(decl)
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


def string_value(text: str) -> str | None:
    """The value of a string literal, bare or wrapped in QStringLiteral/QLatin1String/..."""
    m = _LITERAL.match(text)
    return m.group(1) if m else None


def resolved_string(unit: Unit, node: Node) -> tuple[str, int] | None:
    """(value, line) when `node` is a string literal or a variable initialized with one."""
    value = string_value(unit.text_of(node))
    if value is not None:
        return value, node.line
    decl = target_decl(node)
    if decl is None or decl.kind not in (K.VAR_DECL, K.FIELD_DECL):
        return None
    init = initializer(unit, decl)
    if init is None:
        return None
    value = string_value(unit.text_of(init))
    if value is None:
        return None
    # A variable assigned again elsewhere may hold anything: only trust a single definition.
    for ref in unit.references(decl):
        p = ref.parent
        if p is not None and p.kind == K.BINARY_OPERATOR and p.children and p.children[0] is ref:
            return None
    return value, init.line
