"""leaked-object: a parentless socket or server in a raw local pointer that is never freed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args
from checks.helpers.expressions import operands, operator, outer_expr, unary_operator, unwrap
from checks.helpers.navigation import (
    FUNCTION_KINDS,
    body_nodes,
    enclosing_function,
    index_in_parent,
    statement_of,
)
from checks.helpers.qt_types import SERVERS, SOCKETS, base_type_name, bases_of
from checks.helpers.source_text import TEST_MACROS, macro_at
from checks.helpers.values import is_null
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="leaked-object",
    title="Socket or server without parent leaked",
    cwe=("CWE-401",),
    severity=Severity.WARNING,
    summary=(
        "new QTcpServer/QLocalServer/QTcpSocket/QLocalSocket/QUdpSocket/QSslSocket with no "
        "parent, held in a raw local pointer, whose delete an early return skips or that is "
        "never deleted, stored, returned, parented or deleteLater()'d."
    ),
    confidence=(
        "0.8 when an explicit return between new and delete skips the delete; 0.75 when the "
        "object is never deleted nor handed anywhere; 0.6 when the delete follows the exec() "
        "of a local QEventLoop nothing quits; 0.45 (silent) when the skipping return is a "
        "failing QVERIFY/QCOMPARE, or the delete follows a QThread/application exec() and "
        "nothing in the file calls quit()/exit() (the owner usually does, elsewhere); 0.4 in "
        "main(), where the object lives until the process exits."
    ),
    cause="leaked-object",
)

CLASSES = frozenset(SERVERS | SOCKETS)
NON_OWNING = frozenset(
    {
        "connect",
        "disconnect",
        "QDataStream",
        "QTextStream",
        "QSignalSpy",
        "qobject_cast",
        "qDebug",
        "qWarning",
        "qInfo",
        "operator<<",
        "moveToThread",
    }
)
_QUIT = re.compile(r"\b(quit|exit)\b")


@dataclass
class Uses:
    deletes: list[Node] = field(default_factory=list)
    """`delete var` in the allocating function."""
    disposed: str = ""
    """How it is freed or owned elsewhere: deleteLater, a parent, stored, returned..."""


def check(unit: Unit) -> Iterator[Hit]:
    for new in unit.nodes:
        if new.kind != K.CXX_NEW_EXPR:
            continue
        cls = _watched_class(new)
        if not cls:
            continue
        ctor = next((c for c in new.children if c.kind == K.CALL_EXPR), None)
        if ctor is not None and not all(_no_parent(unit, a) for a in call_args(ctor)):
            continue  # given a parent (or, for a subclass, arguments we cannot judge)
        var = _local_holder(unit, new)
        func = enclosing_function(new)
        if var is None or func is None:
            continue
        uses = _uses(unit, var, func)
        if uses.disposed:
            continue
        hit = judge(unit, new, cls, var, func, uses)
        if hit is not None:
            yield hit


def _no_parent(unit: Unit, arg: Node) -> bool:
    """A null argument, or a default one (not written: Qt's parents default to nullptr)."""
    return not unit.text_of(arg).strip() or is_null(unit, arg)


def _watched_class(new: Node) -> str:
    name = base_type_name(new.cursor.type)
    if name in CLASSES:
        return name
    t = new.cursor.type.get_canonical()
    if t.kind == ci.TypeKind.POINTER:
        decl = t.get_pointee().get_canonical().get_declaration()
        if decl is not None and any(b in CLASSES for b in bases_of(decl)):
            return name
    return ""


def _local_holder(unit: Unit, new: Node) -> ci.Cursor | None:
    """The raw local pointer the new object is put in, or None (member, smart pointer...)."""
    expr = outer_expr(new)
    holder = expr.parent
    if holder is None:
        return None
    if holder.kind == K.VAR_DECL:
        var = holder.cursor
    elif holder.kind == K.BINARY_OPERATOR and operator(unit, holder) == "=":
        pair = operands(holder)
        lhs = unwrap(pair[0]) if pair is not None else None
        if lhs is None or lhs.kind != K.DECL_REF_EXPR or lhs.referenced is None:
            return None
        var = lhs.referenced
    else:
        return None
    if var.kind != K.VAR_DECL or var.type.get_canonical().kind != ci.TypeKind.POINTER:
        return None
    parent = var.semantic_parent
    if parent is None or parent.kind not in FUNCTION_KINDS | {K.LAMBDA_EXPR}:
        return None  # a global or static member
    if var.storage_class == ci.StorageClass.STATIC:
        return None
    return var


def _uses(unit: Unit, var: ci.Cursor, func: Node) -> Uses:
    out = Uses()
    for ref in unit.references(var):
        expr = outer_expr(ref)
        parent = expr.parent
        if parent is None:
            continue
        kind = parent.kind
        if kind == K.CXX_DELETE_EXPR:
            if enclosing_function(ref) is func:
                out.deletes.append(parent)
            else:
                out.disposed = "deleted in another function"
        elif kind == K.MEMBER_REF_EXPR:
            if parent.spelling == "deleteLater":
                out.disposed = "deleteLater()"
            elif parent.spelling == "setParent":
                call = parent.parent
                args = call_args(call) if call is not None and call.kind == K.CALL_EXPR else []
                if args and not is_null(unit, args[0]):
                    out.disposed = "setParent()"
        elif kind in (K.CALL_EXPR, K.CXX_NEW_EXPR):
            call = parent
            if call.spelling == "connect":
                if "deleteLater" in unit.text_of(call):
                    out.disposed = "connected to deleteLater()"
            elif call.spelling not in NON_OWNING and not call.spelling.startswith("q"):
                out.disposed = f"passed to `{call.spelling or 'a call'}`"
        elif kind == K.BINARY_OPERATOR:
            op = operator(unit, parent)
            if op == "=" and index_in_parent(expr) != _lhs_index(parent):
                out.disposed = "stored"
        elif kind in (K.RETURN_STMT, K.VAR_DECL, K.CONDITIONAL_OPERATOR, K.INIT_LIST_EXPR):
            out.disposed = "stored or returned"
        elif kind == K.UNARY_OPERATOR and unary_operator(unit, parent) == "&":
            out.disposed = "its address is taken"
    return out


def _lhs_index(binop: Node) -> int:
    pair = operands(binop)
    if pair is None:
        return -1
    return next((i for i, c in enumerate(binop.children) if c is pair[0]), -1)


def judge(unit: Unit, new: Node, cls: str, var: ci.Cursor, func: Node, uses: Uses) -> Hit | None:
    name = var.spelling
    what = "listening socket" if cls in SERVERS else "connection and buffers"
    head = f"`{name}` = `{unit.text_of(new)}` (line {new.line}) has no parent"
    fix_text = (
        f"Give it a parent (`new {cls}(this)`), hold it in a `std::unique_ptr` / "
        f"`QScopedPointer`, or `{name}->deleteLater()` / `delete {name}` on every path out."
    )
    if func.spelling == "run":
        fix_text = (
            f"Make it a local object of run() (`{cls} {name};`) or hold it in a "
            "`std::unique_ptr`, so it is destroyed however run() ends (a parent living in "
            "another thread is not allowed)."
        )
    base = 0.4 if func.kind != K.LAMBDA_EXPR and func.spelling == "main" else 1.0
    if not uses.deletes:
        message = (
            f"{head} and is never deleted, deleteLater()'d, given a parent, stored or returned: "
            f"it leaks (with its {what}) when `{name}` goes out of scope."
        )
        return Hit(
            node=new,
            message=message,
            confidence=min(base, 0.75),
            fix=_fix(unit, new, func, cls, fix_text),
        )
    first_delete = min(uses.deletes, key=lambda n: n.start)
    skip = _early_return(unit, new, first_delete, func, uses.deletes)
    related = [Related(first_delete.line, f"the only `delete {name}`")]
    if skip is not None:
        ret, in_macro = skip
        related.insert(0, Related(ret.line, "returns without deleting it"))
        how = f"a failing `{in_macro}`" if in_macro else "the `return`"
        message = (
            f"{head} and is deleted only on line {first_delete.line}; {how} on line "
            f"{ret.line} leaves before that and leaks it (with its {what})."
        )
        confidence = 0.45 if in_macro else 0.8
        return Hit(
            node=new,
            message=message,
            confidence=min(base, confidence),
            related=related,
            fix=_fix(unit, new, func, cls, fix_text),
        )
    loop = _exec_before(unit, new, first_delete, func)
    if loop is None:
        return None
    exec_call, local_loop = loop
    if local_loop is not None:
        if _QUIT.search(unit.text) and _quits(unit, local_loop):
            return None
        confidence = 0.6
        why = (
            f"`{unit.text_of(exec_call)}` (line {exec_call.line}), which never returns: nothing "
            "quits that local event loop"
        )
    else:
        if _QUIT.search(_code(unit)):
            return None
        confidence = 0.45
        why = (
            f"`{unit.text_of(exec_call)}` (line {exec_call.line}) returns, which happens only "
            "when someone calls quit()/exit(); nothing in this file does"
        )
    related.insert(0, Related(exec_call.line, "the event loop the delete waits for"))
    message = f"{head} and is deleted on line {first_delete.line} only after {why}."
    return Hit(
        node=new,
        message=message,
        confidence=min(base, confidence),
        related=related,
        fix=Fix(fix_text),
    )


def _early_return(
    unit: Unit, new: Node, delete: Node, func: Node, deletes: list[Node]
) -> tuple[Node, str] | None:
    lo, hi = new.end, delete.start
    for n in body_nodes(func):
        if n.kind != K.RETURN_STMT or not lo < n.start < hi:
            continue
        block = n.parent
        if block is not None and any(
            d.start < n.start and d.is_inside(block) for d in deletes if block is not None
        ):
            continue  # `{ delete server; return; }`
        return n, macro_at(unit, n, TEST_MACROS)
    return None


def _exec_before(
    unit: Unit, new: Node, delete: Node, func: Node
) -> tuple[Node, ci.Cursor | None] | None:
    lo, hi = new.end, delete.start
    for n in body_nodes(func):
        if n.kind == K.CALL_EXPR and n.spelling == "exec" and lo < n.start < hi:
            recv = next((c for c in n.children if c.kind == K.MEMBER_REF_EXPR), None)
            obj = recv.children[0] if recv is not None and recv.children else None
            ref = unwrap(obj).referenced if obj is not None else None
            local = ref is not None and ref.kind == K.VAR_DECL
            if local and ref is not None and base_type_name(ref.type) == "QEventLoop":
                return n, ref
            return n, None
    return None


def _quits(unit: Unit, loop: ci.Cursor) -> bool:
    return any(_QUIT.search(unit.text_of(statement_of(ref))) for ref in unit.references(loop))


def _code(unit: Unit) -> str:
    """The file's text without comments, for a cheap quit()/exit() search."""
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", unit.text, flags=re.S)


def _fix(unit: Unit, new: Node, func: Node, cls: str, description: str) -> Fix:
    """`new X()` -> `new X(this)` in a QObject member function (not a thread's run())."""
    if func.kind != K.CXX_METHOD or func.cursor.is_static_method() or func.spelling == "run":
        return Fix(description)
    owner = func.cursor.semantic_parent
    if owner is None or "QObject" not in [owner.spelling, *bases_of(owner)]:
        return Fix(description)
    if "QThread" in bases_of(owner):
        return Fix(description)
    line = new.line
    if new.end_line != line:
        return Fix(description)
    raw = unit.lines[line - 1]
    text = unit.text_of(new)
    if raw.count(text) != 1:
        return Fix(description)
    m = re.fullmatch(r"new\s+([\w:]+)\s*(\(\s*(nullptr|NULL|0|Q_NULLPTR)?\s*\))?", text)
    if m is None:
        return Fix(description)
    return Fix(
        description,
        Replacement(line, line, raw.replace(text, f"new {m.group(1)}(this)")),
    )
