"""connect-without-context: a 3-argument connect whose lambda captures other QObjects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import written_args
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import body_of, enclosing_class, function_scope
from checks.helpers.objects import referenced_decl
from checks.helpers.qt_types import bases_of, derives_from, is_qobject_class, pointee_class
from checks.helpers.signals import Connection, connections
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="connect-without-context",
    title="Lambda connection without a context object",
    cwe=("CWE-416",),
    severity=Severity.WARNING,
    summary=(
        "`connect(sender, &Signal, lambda)` (no context object) whose lambda captures `this` or "
        "pointers to other QObjects: the connection outlives them, and the lambda runs in the "
        "sender's thread."
    ),
    confidence=(
        "0.6: the defect is real only if a captured object can be destroyed before the sender, "
        "which the file rarely proves; 0.4 (silent) when the sender is owned by the captured "
        "`this` (a child created with `new X(this)`, a member object, or a widget put in a layout "
        "of this widget or made by setupUi(this)), or when the sender is "
        "`this` and every captured object its child; 0.3 (silent) inside "
        "QThread::run(), where the QThread object lives in another thread and is no valid context."
    ),
)

_PARENTED = re.compile(r"\bnew\s+[\w:]+\s*\(\s*this\s*[,)]")


@dataclass
class _Capture:
    name: str
    line: int
    cls: str
    decl: ci.Cursor | None = None


def check(unit: Unit) -> Iterator[Hit]:
    for conn in connections(unit):
        if conn.context is not None or conn.lambda_ is None:
            continue
        hit = _judge(unit, conn, conn.lambda_)
        if hit is not None:
            yield hit


def _judge(unit: Unit, conn: Connection, lam: Node) -> Hit | None:
    captured = _captured_objects(unit, conn, lam)
    if not captured:
        return None
    confidence = 0.6
    note = ""
    owner = enclosing_class(lam)
    outer = function_scope(lam)
    names = [c.name for c in captured]
    in_thread_run = False
    in_run = outer is not None and outer.spelling == "run" and "this" in names
    if owner is not None and in_run and "QThread" in bases_of(owner):
        confidence, in_thread_run = 0.3, True
        note = " (inside QThread::run(): the QThread object lives in the thread that made it)"
    if names == ["this"] and _owned_by_this(unit, conn):
        confidence = 0.4
        note = " (the sender is owned by `this`, so it normally dies with it)"
    if unwrap(conn.sender).kind == K.CXX_THIS_EXPR and all(
        c.decl is not None and _created_by_this(unit, c.decl) for c in captured
    ):
        confidence = 0.4
        note = " (the captured objects are children of the sender, so they die with it)"
    stext = unit.text_of(conn.sender)
    sig = unit.text_of(written_args(unit, conn.call)[1])
    ctx = names[0]
    listed = ", ".join(f"`{c.name}` ({c.cls})" for c in captured)
    message = (
        f"`connect({stext}, {sig}, <lambda>)` has no context object, but the lambda "
        f"captures {listed}. If a captured object can be destroyed before `{stext}`, the next "
        f"`{conn.signal}` runs the lambda on a dangling pointer; the lambda also always runs in "
        f"`{stext}`'s thread."
    )
    if in_thread_run:
        message += f" Here `{ctx}` is no valid context{note}."
    else:
        message += (
            f" Pass `{ctx}` as the context object so Qt disconnects it when `{ctx}` is "
            f"destroyed{note}."
        )
    if len(captured) > 1:
        rest = ", ".join(f"`{c.name}`" for c in captured[1:])
        message += f" A context guards one object only: hold {rest} in a QPointer and check it."
    related = [Related(c.line, f"`{c.name}` captured here") for c in captured if c.line]
    return Hit(
        node=conn.call,
        message=message,
        confidence=confidence,
        related=related,
        fix=_thread_fix(ctx) if in_thread_run else _fix(unit, conn, lam, ctx),
    )


def _thread_fix(ctx: str) -> Fix:
    return Fix(
        f"`{ctx}` is a QThread object living in the thread that created it: passing it as the "
        "context would queue the lambda to that thread. Use an object created inside run() as "
        "the context (e.g. the server), or keep the connection as is if the captured objects "
        "outlive the sender."
    )


def _captured_objects(unit: Unit, conn: Connection, lam: Node) -> list[_Capture]:
    """`this` (of a QObject) and pointers to QObjects the lambda captures, the sender excepted."""
    out: list[_Capture] = []
    items = _capture_items(unit, lam)
    if "this" in items or (items & {"=", "&"} and _uses_this(lam)):
        owner = enclosing_class(lam)
        sender = unwrap(conn.sender)
        if is_qobject_class(owner) and sender.kind != K.CXX_THIS_EXPR and owner is not None:
            out.append(_Capture("this", lam.line, str(owner.spelling)))
    seen: set[str] = set()
    for child in lam.children:
        if child.kind != K.DECL_REF_EXPR:
            continue
        decl = child.referenced
        if decl is None or decl.spelling in seen:
            continue
        if conn.sender_decl is not None and decl == conn.sender_decl:
            continue
        if _is_sender_alias(unit, decl, conn):
            continue
        cls = pointee_class(decl.type)
        if cls is not None and is_qobject_class(cls):
            seen.add(decl.spelling)
            out.append(_Capture(str(decl.spelling), decl.location.line, str(cls.spelling), decl))
    return out


def _capture_items(unit: Unit, lam: Node) -> set[str]:
    text = unit.text_of(lam)
    if not text.startswith("["):
        return set()
    end = text.find("]")
    return {p.strip() for p in text[1:end].split(",") if p.strip()}


def _uses_this(lam: Node) -> bool:
    body = body_of(lam)
    if body is None:
        return False
    for n in body.walk():
        if n.kind == K.CXX_THIS_EXPR:
            return True
        if n.kind == K.MEMBER_REF_EXPR and not n.children:
            ref = n.referenced
            if ref is not None and ref.kind in (K.FIELD_DECL, K.CXX_METHOD):
                return True
    return False


def _is_sender_alias(unit: Unit, decl: ci.Cursor, conn: Connection) -> bool:
    return conn.sender_decl is None and decl.spelling == unit.text_of(conn.sender)


def _owned_by_this(unit: Unit, conn: Connection) -> bool:
    """The sender is a member object of `this`, or was created with `this` as its parent."""
    sender = unwrap(conn.sender)
    if sender.kind == K.UNARY_OPERATOR:  # &m_socket: a member object dies with `this`
        inner = referenced_decl(sender.children[0]) if sender.children else None
        return inner is not None and inner.kind == K.FIELD_DECL
    if _from_setup_ui(unit, sender):
        return True
    decl = conn.sender_decl
    return decl is not None and (_created_by_this(unit, decl) or _laid_out_in_this(unit, decl))


def _from_setup_ui(unit: Unit, sender: Node) -> bool:
    """`m_ui->sendButton` where the file calls `m_ui->setupUi(this)`: uic creates every widget
    of the form as a child of `this`. By the text: the generated form class is rarely given."""
    m = _FORM_MEMBER.match(unit.text_of(sender))
    if m is None:
        return False
    setup = re.compile(
        rf"(?<![\w.>]){re.escape(m.group(1))}\s*(?:->|\.)\s*setupUi\s*\(\s*this\s*\)"
    )
    return setup.search(unit.text) is not None


_FORM_MEMBER = re.compile(r"^\s*((?:this\s*->\s*)?\w+)\s*(?:->|\.)\s*\w+\s*$")


LAYOUT_ADDS = frozenset(
    {
        "addWidget",
        "addRow",
        "insertWidget",
        "insertRow",
        "setCentralWidget",
        "setWidget",
        "addTab",
        "insertTab",
        "addPermanentWidget",
        "setCornerWidget",
    }
)


def _laid_out_in_this(unit: Unit, decl: ci.Cursor) -> bool:
    """A widget the file puts into a layout (or a container) inside a widget class: the layout's
    widget becomes its parent, as in every Qt dialog (`formLayout->addRow(label, editor)`)."""
    for ref in unit.references(decl):
        call = next((a for a in ref.ancestors() if a.kind == K.CALL_EXPR), None)
        if call is None or call.spelling not in LAYOUT_ADDS:
            continue
        owner = enclosing_class(call)
        if owner is not None and derives_from(owner, ("QWidget",)):
            return True
    return False


def _created_by_this(unit: Unit, decl: ci.Cursor) -> bool:
    """The variable is initialized or assigned `new X(this, ...)`: a child of `this`."""
    for ref in unit.references(decl):
        stmt = ref.parent
        while stmt is not None and stmt.kind in (K.UNEXPOSED_EXPR, K.MEMBER_REF_EXPR):
            stmt = stmt.parent
        is_assign = stmt is not None and stmt.kind == K.BINARY_OPERATOR
        if is_assign and stmt is not None and _PARENTED.search(unit.text_of(stmt)):
            return True
    return bool(_PARENTED.search(_decl_text(unit, decl)))


def _decl_text(unit: Unit, decl: ci.Cursor) -> str:
    ext = decl.extent
    start, end = ext.start.offset, ext.end.offset
    if ext.start.file is None or not (0 <= start < end <= len(unit.data)):
        return ""
    if not str(ext.start.file.name).endswith(unit.path):
        return ""
    return unit.data[start:end].decode("utf-8", errors="replace")


def _fix(unit: Unit, conn: Connection, lam: Node, ctx: str) -> Fix:
    args = written_args(unit, conn.call)
    description = (
        f"Use the four-argument form with a context object: `connect({unit.text_of(conn.sender)}, "
        f"<signal>, {ctx}, <lambda>)`; Qt then disconnects when `{ctx}` is destroyed and runs "
        f"the lambda in `{ctx}`'s thread."
    )
    if len(args) < 3:
        return Fix(description)
    signal = args[1]
    span = Unit.span(signal)
    sl_end_line, sl_end_col = span.end_line, span.end_column
    if not (conn.call.line == sl_end_line == lam.line):
        return Fix(description)
    raw = unit.lines[sl_end_line - 1].encode("utf-8")
    cut = sl_end_col - 1
    new = (raw[:cut] + f", {ctx}".encode() + raw[cut:]).decode("utf-8", errors="replace")
    return Fix(description, Replacement(sl_end_line, sl_end_line, new))
