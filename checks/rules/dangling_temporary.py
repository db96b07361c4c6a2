"""dangling-temporary: a pointer into a temporary QByteArray/QString/std::string kept past its
full expression (`const char *p = socket->readAll().constData();`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import receiver
from checks.helpers.expressions import operator, unwrap
from checks.helpers.navigation import enclosing_function
from checks.helpers.objects import referenced_decl
from checks.helpers.source_text import indent_of
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="dangling-temporary",
    title="Pointer into a destroyed temporary",
    cwe=("CWE-416",),
    severity=Severity.ERROR,
    summary=(
        "A pointer from `data()`/`constData()`/`c_str()` of a temporary (readAll(), read(n), "
        "toUtf8(), a constructed QByteArray...) stored in a variable or member, or returned, "
        "and used after the temporary was destroyed at the end of its statement."
    ),
    confidence=(
        "0.9 for `data()`/`c_str()` on any temporary (data() detaches, so the bytes always "
        "belong to the temporary) and for `constData()` on a temporary that is freshly "
        "allocated (readAll, read, readLine, peek, toUtf8, toLatin1, toLocal8Bit, toStdString, "
        "constructors...); 0.45 (silent) for `constData()` on another by-value result, which "
        "implicit sharing may keep alive."
    ),
)

POINTER_CALLS = frozenset({"data", "constData", "c_str", "utf16", "unicode", "constBegin"})
DETACHING = frozenset({"data", "c_str"})
FRESH = frozenset(
    {
        "readAll",
        "read",
        "readLine",
        "peek",
        "toUtf8",
        "toLatin1",
        "toLocal8Bit",
        "toStdString",
        "toHex",
        "toBase64",
        "toPercentEncoding",
        "number",
        "arg",
        "fromUtf8",
        "fromLatin1",
        "fromLocal8Bit",
        "fromStdString",
        "fromBase64",
        "fromHex",
        "repeated",
    }
)
OWNING = ("QByteArray", "QString", "basic_string", "string", "vector", "QList", "QVector")
_IDENT = re.compile(r"^[A-Za-z_]\w*$")


def check(unit: Unit) -> Iterator[Hit]:
    for node in unit.nodes:
        if node.kind == K.VAR_DECL:
            if _is_pointer(node.cursor.type) and node.children:
                value = node.children[-1]
                hit = _judge(unit, node, node.cursor, value, "declared")
                if hit is not None:
                    yield hit
        elif node.kind == K.BINARY_OPERATOR and len(node.children) == 2:
            lhs, rhs = node.children
            decl = referenced_decl(lhs)
            if decl is None or not _is_pointer(decl.type):
                continue
            if operator(unit, node) != "=":
                continue
            hit = _judge(unit, node, decl, rhs, "assigned")
            if hit is not None:
                yield hit
        elif node.kind == K.RETURN_STMT and node.children:
            func = enclosing_function(node)
            if func is None or func.kind == K.LAMBDA_EXPR:
                continue
            if func.cursor.result_type.get_canonical().kind != ci.TypeKind.POINTER:
                continue
            hit = _judge(unit, node, None, node.children[0], "returned")
            if hit is not None:
                yield hit


def _is_pointer(t: ci.Type) -> bool:
    return bool(t.get_canonical().kind == ci.TypeKind.POINTER)


def _temporary(value: Node) -> tuple[Node, Node] | None:
    """(pointer call, temporary) when `value` is `<temporary>.data()` and the like."""
    call = unwrap(value)
    if call.kind != K.CALL_EXPR or call.spelling not in POINTER_CALLS:
        return None
    obj = receiver(call)
    if obj is None:
        return None
    obj = unwrap(obj)
    if obj.kind in (K.CXX_FUNCTIONAL_CAST_EXPR, K.CXX_STATIC_CAST_EXPR):
        return (call, obj) if _owning(obj.cursor.type) else None
    if obj.kind != K.CALL_EXPR or not _owning(obj.cursor.type):
        return None
    ref = obj.referenced
    if ref is None:
        return None
    if ref.kind == K.CONSTRUCTOR:
        return call, obj
    result = ref.result_type.get_canonical()
    if result.kind in (ci.TypeKind.LVALUEREFERENCE, ci.TypeKind.RVALUEREFERENCE):
        return None
    if result.kind == ci.TypeKind.POINTER:
        return None
    return call, obj


def _owning(t: ci.Type) -> bool:
    c = t.get_canonical()
    if c.kind != ci.TypeKind.RECORD:
        return False
    decl = c.get_declaration()
    return decl is not None and str(decl.spelling) in OWNING


def _judge(unit: Unit, node: Node, decl: ci.Cursor | None, value: Node, how: str) -> Hit | None:
    found = _temporary(value)
    if found is None:
        return None
    call, temp = found
    temp_text = unit.text_of(temp)
    if temp.spelling in ("fromRawData",):
        return None
    fresh = temp.spelling in FRESH or (
        temp.referenced is not None and temp.referenced.kind == K.CONSTRUCTOR
    )
    fresh = fresh or temp.kind == K.CXX_FUNCTIONAL_CAST_EXPR
    confidence = 0.9 if (call.spelling in DETACHING or fresh) else 0.45
    ttype = _type_name(temp.cursor.type)
    related: list[Related] = []
    if decl is not None:
        later = [r for r in unit.references(decl) if r.line > node.line or _elsewhere(r, node)]
        later = [r for r in later if not _is_assigned_to(r) and not _voided(r)]
        if not later:
            return None
        name = str(decl.spelling)
        use = min(later, key=lambda r: r.line)
        kept = f"`{name}` is {how} as `{unit.text_of(call)}`"
        tail = f"`{name}` is used on line {use.line}"
        related.append(Related(use.line, f"`{name}` used after its bytes were freed"))
    else:
        name = ""
        kept = f"this returns `{unit.text_of(call)}`"
        tail = "the caller receives a dangling pointer"
    message = (
        f"{kept}, a pointer into the temporary {ttype} `{temp_text}`, which is destroyed at the "
        f"end of the statement on line {node.line}; {tail} (use after free)."
    )
    if temp_text == unit.text_of(call):
        message = message.replace(
            f"temporary {ttype} `{temp_text}`", f"temporary {ttype} that `{temp_text}` creates"
        )
    if confidence < 0.5:
        message += (
            f" (`constData()` of a by-value result: safe only if `{temp_text}` shares its bytes "
            "with an object that lives on.)"
        )
    return Hit(
        node=node,
        message=message,
        confidence=confidence,
        related=related,
        fix=_fix(unit, node, decl, call, temp, ttype, name),
    )


def _elsewhere(ref: Node, node: Node) -> bool:
    return enclosing_function(ref) is not enclosing_function(node)


def _is_assigned_to(ref: Node) -> bool:
    parent = ref.parent
    return (
        parent is not None
        and parent.kind == K.BINARY_OPERATOR
        and bool(parent.children)
        and parent.children[0] is ref
    )


def _voided(ref: Node) -> bool:
    """`Q_UNUSED(p)`, i.e. `(void)p`: no use."""
    for a in ref.ancestors():
        if a.kind == K.CSTYLE_CAST_EXPR:
            return bool(a.cursor.type.get_canonical().kind == ci.TypeKind.VOID)
        if a.kind not in (K.UNEXPOSED_EXPR, K.PAREN_EXPR):
            return False
    return False


def _type_name(t: ci.Type) -> str:
    spelled = str(t.spelling).replace("const ", "").strip()
    if spelled in ("string", "std::string") or spelled.startswith("std::basic_string<char"):
        return "std::string"
    return spelled


def _fix(
    unit: Unit,
    node: Node,
    decl: ci.Cursor | None,
    call: Node,
    temp: Node,
    ttype: str,
    name: str,
) -> Fix:
    description = (
        f"Keep the {ttype} in a named variable that lives as long as the pointer "
        f"(`const {ttype} bytes = {unit.text_of(temp)};` then `bytes.{call.spelling}()`), or "
        "use the expression directly where the pointer is needed, within one statement."
    )
    if decl is None or node.kind != K.VAR_DECL or node.line != node.end_line:
        return Fix(description)
    if unit.text_of(temp) == unit.text_of(call):  # a macro such as qPrintable(s)
        return Fix(description)
    holder = f"{name}Bytes"
    if not _IDENT.match(ttype.replace("std::", "").replace("::", "_")) or holder in unit.text:
        return Fix(description)
    line = unit.lines[node.line - 1]
    code, sep, comment = line.partition("//")
    decl_text = unit.text_of(node)
    if code.strip() != decl_text + ";":
        return Fix(description)
    const = "" if call.spelling == "data" else "const "
    first = f"{indent_of(line)}{const}{ttype} {holder} = {unit.text_of(temp)};"
    pointer_text = unit.text_of(call)
    second_decl = decl_text.replace(pointer_text, f"{holder}.{call.spelling}()")
    second = f"{indent_of(line)}{second_decl};" + (f" //{comment}" if sep else "")
    return Fix(description, Replacement(node.line, node.line, f"{first}\n{second}"))
