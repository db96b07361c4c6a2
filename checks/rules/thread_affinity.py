"""thread-affinity: QObjects in a QThread subclass created or used in the wrong thread."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args, receiver
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import enclosing_function
from checks.helpers.objects import receiver_key, target_decl
from checks.helpers.qt_types import derives_from, is_qobject_class, type_class
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="thread-affinity",
    title="QObject created or used in the wrong thread of a QThread subclass",
    cwe=("CWE-662",),
    severity=Severity.ERROR,
    summary=(
        "In a QThread subclass: a QObject created in run() with `this` (the QThread object, which "
        "lives in the creating thread) as parent; a QObject member created with the thread object "
        "and used in run(); or one created in run() and used in a slot of the thread object."
    ),
    confidence=(
        "0.95 for `new X(this)`/`X x(this)`/`setParent(this)` directly in run(), 0.8 inside a "
        "lambda in run() not bound to `this`; 0.85 for a member created in the constructor (or "
        "with the object) and used in run(); 0.7 for a member created in run() and used in a "
        "slot. Silent when the object (or the thread object itself) is moved with moveToThread."
    ),
)

_THREAD_SAFE = frozenset(
    {"deleteLater", "moveToThread", "thread", "metaObject", "objectName", "inherits", "parent"}
)
_WITH_BODY = frozenset({K.CXX_METHOD, K.CONSTRUCTOR})


@dataclass
class ThreadClass:
    cursor: ci.Cursor
    runs: list[Node] = field(default_factory=list)
    ctors: list[Node] = field(default_factory=list)
    slots: list[Node] = field(default_factory=list)


def check(unit: Unit) -> Iterator[Hit]:
    classes = _thread_classes(unit)
    if not classes:
        return
    moved: set[tuple[str, str]] = set()
    for call in unit.calls:
        if call.spelling == "moveToThread":
            moved.add(receiver_key(unit, call))
    for tc in classes.values():
        if ("this", str(tc.cursor.get_usr())) in moved:
            continue  # moveToThread(this): the thread object lives in its own thread
        yield from _check_class(unit, tc, moved)


def _thread_classes(unit: Unit) -> dict[str, ThreadClass]:
    out: dict[str, ThreadClass] = {}
    verdict: dict[str, bool] = {}
    for n in unit.nodes:
        if n.kind not in _WITH_BODY or not any(c.kind == K.COMPOUND_STMT for c in n.children):
            continue
        cls = n.cursor.semantic_parent
        if cls is None or cls.kind not in (K.CLASS_DECL, K.STRUCT_DECL):
            continue
        usr = str(cls.get_usr())
        if usr not in verdict:
            verdict[usr] = bool(derives_from(cls, ("QThread",))) and cls.spelling != "QThread"
        if not verdict[usr]:
            continue
        tc = out.setdefault(usr, ThreadClass(cls))
        if n.kind == K.CONSTRUCTOR:
            tc.ctors.append(n)
        elif n.spelling == "run" and not list(n.cursor.get_arguments()):
            tc.runs.append(n)
        elif _is_slot(n.cursor):
            tc.slots.append(n)
    return out


def _is_slot(method: ci.Cursor) -> bool:
    decl = method.canonical
    return any(
        c.kind == K.ANNOTATE_ATTR and c.spelling == "qt_slot"
        for d in (decl, method)
        for c in d.get_children()
    )


def _check_class(unit: Unit, tc: ThreadClass, moved: set[tuple[str, str]]) -> Iterator[Hit]:
    cls = tc.cursor
    # Members: where they are created (construction / run), where they are used.
    created_with_object: dict[ci.Cursor, tuple[int, str]] = {}
    for c in cls.get_children():
        if c.kind == K.FIELD_DECL and is_qobject_class(type_class(c.type)):
            is_pointer = c.type.get_canonical().kind == ci.TypeKind.POINTER
            if not is_pointer:
                created_with_object[c] = (c.location.line, "as a member of the thread object")
            elif any(k.kind == K.CXX_NEW_EXPR for k in c.walk_preorder()):
                created_with_object[c] = (c.location.line, "by its default member initializer")
    for ctor in tc.ctors:
        for n in ctor.walk():
            assigned = _assigned_new(unit, n)
            if assigned is not None and assigned[0].semantic_parent == cls:
                created_with_object[assigned[0]] = (n.line, "in the constructor")
    for run in tc.runs:
        created_in_run: dict[ci.Cursor, int] = {}
        used_in_run: dict[ci.Cursor, Node] = {}
        for n in run.walk():
            if n.kind == K.CALL_EXPR:
                hit = _this_parent(unit, n, run, cls)
                if hit is not None:
                    yield hit
                    continue
                decl = target_decl(receiver(n))
                if (
                    decl is not None
                    and decl.kind == K.FIELD_DECL
                    and decl.semantic_parent == cls
                    and n.spelling not in _THREAD_SAFE
                    and decl not in used_in_run
                ):
                    used_in_run[decl] = n
            assigned = _assigned_new(unit, n)
            if assigned is not None and assigned[0].semantic_parent == cls:
                created_in_run.setdefault(assigned[0], n.line)
        for decl, use in used_in_run.items():
            if decl in created_in_run and created_in_run[decl] <= use.line:
                continue
            origin = created_with_object.get(decl)
            if origin is None or _moved(decl, moved):
                continue
            yield _member_hit(unit, cls, decl, origin, use)
        for decl, line in created_in_run.items():
            if decl in created_with_object or _moved(decl, moved):
                continue
            slot_use = _use_in(tc.slots, decl)
            if slot_use is not None:
                yield _slot_hit(unit, cls, decl, line, slot_use)


def _moved(decl: ci.Cursor, moved: set[tuple[str, str]]) -> bool:
    return ("decl", str(decl.get_usr() or f"{decl.spelling}@{decl.location.offset}")) in moved


def _assigned_new(unit: Unit, n: Node) -> tuple[ci.Cursor, Node] | None:
    """`m_x = new X(...)` or a constructor's `m_x(new X(...))`: (field, new-expression)."""
    if n.kind == K.BINARY_OPERATOR and len(n.children) == 2:
        lhs, rhs = n.children
        if not re.match(r"^[^=]*[^=!<>]=[^=]", unit.text_of(n)):
            return None
    elif n.kind == K.MEMBER_REF and n.parent is not None and n.parent.kind == K.CONSTRUCTOR:
        siblings = n.parent.children
        i = next(i for i, c in enumerate(siblings) if c is n)
        if i + 1 >= len(siblings):
            return None
        rhs = siblings[i + 1]
        ref = n.referenced
        new = next((c for c in rhs.walk() if c.kind == K.CXX_NEW_EXPR), None)
        return (ref, new) if ref is not None and new is not None else None
    else:
        return None
    decl = target_decl(lhs)
    new = next((c for c in rhs.walk() if c.kind == K.CXX_NEW_EXPR), None)
    if decl is None or decl.kind != K.FIELD_DECL or new is None:
        return None
    return decl, new


def _this_parent(unit: Unit, call: Node, run: Node, cls: ci.Cursor) -> Hit | None:
    """`new X(this)`, `X x(this)` or `x->setParent(this)` with `this` the thread object."""
    ref = call.referenced
    if call.spelling == "setParent":
        args = call_args(call)
        if len(args) != 1 or not _is_this(args[0], cls):
            return None
        what = f"`{unit.text_of(call)}`"
        obj = receiver(call)
        made_cls = type_class(unwrap(obj).cursor.type) if obj is not None else None
    elif ref is not None and ref.kind == K.CONSTRUCTOR:
        if not any(_is_this(c, cls) for c in call.children):
            return None
        made_cls = ref.semantic_parent
        parent = call.parent
        what = f"`{unit.text_of(parent if parent and parent.kind == K.CXX_NEW_EXPR else call)}`"
    else:
        return None
    if not is_qobject_class(made_cls) or made_cls is None:
        return None
    func = enclosing_function(call)
    confidence = 0.95
    on_stack = call.parent is not None and call.parent.kind == K.VAR_DECL
    if on_stack:
        confidence = 0.45  # refused parent, but scope ends its life anyway: only a warning
    if func is not run and func is not None:
        if _bound_to_this(unit, func):
            return None  # runs in the thread object's own thread: parent is right there
        confidence = min(confidence, 0.8)
    kind = made_cls.spelling
    fate = (
        "it is destroyed at the end of its scope anyway, so only the warning shows the mistake"
        if on_stack
        else "it is never deleted with the thread object, and anything relying on that parent "
        "is wrong"
    )
    message = (
        f"{what} in `{cls.spelling}::run()`: `this` is the {cls.spelling} object, which lives in "
        f"the thread that created it, not in the thread run() executes in. Qt refuses the parent "
        f'("QObject: Cannot create children for a parent that is in a different thread"), so '
        f"the {kind} has no parent: {fate}."
    )
    return Hit(node=call, message=message, confidence=confidence, fix=_parent_fix(unit, call, kind))


def _is_this(node: Node, cls: ci.Cursor) -> bool:
    n = unwrap(node)
    return n.kind == K.CXX_THIS_EXPR and bool(type_class(n.cursor.type) == cls)


def _bound_to_this(unit: Unit, lam: Node) -> bool:
    """A lambda connected with `this` (the thread object) as its context runs in its thread."""
    p = lam.parent
    while p is not None and p.kind == K.UNEXPOSED_EXPR:
        p = p.parent
    if p is None or p.kind != K.CALL_EXPR or p.spelling != "connect":
        return False
    args = call_args(p)
    return len(args) >= 4 and unwrap(args[2]).kind == K.CXX_THIS_EXPR


def _parent_fix(unit: Unit, call: Node, kind: str) -> Fix:
    description = (
        f"Create the {kind} without a parent inside run() (a local object, or `new {kind}` "
        "deleted before run() returns, e.g. with std::unique_ptr) — it then lives in the worker "
        "thread. Qt already ignores the parent today, so dropping it changes no lifetime."
    )
    line = unit.lines[call.line - 1]
    if call.line != call.end_line or call.spelling == "setParent":
        return Fix(description)
    new, count = re.subn(r"\(\s*this\s*\)", "()", line)
    if count != 1:
        return Fix(description)
    return Fix(description, Replacement(call.line, call.line, new))


def _use_in(slots: list[Node], decl: ci.Cursor) -> Node | None:
    for slot in slots:
        for n in slot.walk():
            if (
                n.kind == K.CALL_EXPR
                and n.spelling not in _THREAD_SAFE
                and target_decl(receiver(n)) == decl
            ):
                return n
    return None


def _member_hit(
    unit: Unit, cls: ci.Cursor, decl: ci.Cursor, origin: tuple[int, str], use: Node
) -> Hit:
    line, how = origin
    kind = type_class(decl.type)
    kind_name = kind.spelling if kind is not None else "QObject"
    message = (
        f"`{decl.spelling}` (a {kind_name}) is created {how} on line {line}, in the thread that "
        f"constructs the {cls.spelling}, but `{unit.text_of(use)}` uses it in run(), which "
        "executes in the new thread: a QObject may only be used from the thread it lives in, so "
        "its socket notifiers and timers belong to the wrong thread (Qt warns and events are "
        "lost) and both threads race on it."
    )
    related = [Related(line, f"`{decl.spelling}` is created here, in the creating thread")]
    fix = Fix(
        f"Create `{decl.spelling}` inside run() (without `this` as parent), or call "
        f"`{decl.spelling}->moveToThread(this)` in the constructor so it follows the new thread."
    )
    return Hit(node=use, message=message, confidence=0.85, related=related, fix=fix)


def _slot_hit(unit: Unit, cls: ci.Cursor, decl: ci.Cursor, line: int, use: Node) -> Hit:
    slot = enclosing_function(use)
    slot_name = slot.spelling if slot is not None else "a slot"
    message = (
        f"`{decl.spelling}` is created in `{cls.spelling}::run()` on line {line}, so it lives in "
        f"the worker thread, but the slot `{slot_name}` uses it (`{unit.text_of(use)}`); slots of "
        f"the {cls.spelling} object run in the thread that created it, so two threads use one "
        "QObject without synchronization."
    )
    related = [Related(line, f"`{decl.spelling}` is created here, in the worker thread")]
    fix = Fix(
        "Keep the object's use in its thread: move the work into a worker QObject that is "
        "moveToThread()ed to the thread, and talk to it through queued signals."
    )
    return Hit(node=use, message=message, confidence=0.7, related=related, fix=fix)
