"""A class the file shows to be a QObject, whose every base is a name no header declares.

`class MinuteTimer : public MinuteTimerSimpleSource { Q_OBJECT ... }` (repc generates the base),
`class GLWidget : public QGLWidget { Q_OBJECT ... }` (a module the model lacks): with a plain
stand-in base, `~MinuteTimer() override`, `QTimer(this)` or `QPainter painter(this)` do not
parse, since the stand-in is no QObject, no QPaintDevice and has no virtual destructor. The file
shows more than that: Q_OBJECT is only ever written in a QObject; `this` handed where a
`QWidget *` is expected, or QWidget's own members called unqualified, show a QWidget. So that
stand-in base is rebuilt derived from the Qt class shown, with only the members the derived
bodies take from it (a stand-in's every member would clash with the Qt class's). It stays a
stand-in: the Qt class is recorded as an inference, and findings resting on it say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import clang.cindex as ci

from checks.recovery.context import Context
from checks.recovery.plan import Plan
from checks.recovery.shapes import class_bases
from checks.recovery.synth import member_names
from checks.recovery.tokens import Scan

_NEEDS = [
    re.compile(
        r"cannot initialize a (?:parameter|variable|member subobject) of type "
        r"'(?:const )?(?P<need>\w+) \*' with an? (?:[lr]value|expression) of type "
        r"'(?:const )?(?P<given>\w+) \*'"
    ),
    re.compile(
        r"no known conversion from '(?:const )?(?P<given>\w+) \*' to '(?:const )?(?P<need>\w+) \*'"
    ),
    re.compile(
        r"cannot initialize object parameter of type '(?:const )?(?P<need>\w+)' with an "
        r"expression of type '(?:const )?(?P<given>\w+)'"
    ),
]
_NO_MEMBER = re.compile(r"^no member named '(\w+)' in '(?:class |struct )?(\w+)'")
PAINT_DEVICE = {"QPaintDevice": "QWidget"}
"""A QObject that is a paint device: a QWidget (QPainter painter(this) in a widget)."""
_OTHER_VISUALS = ("QGraphicsObject", "QGraphicsWidget", "QWindow", "QQuickItem")


def needs(plan: Plan, diags: Iterable[ci.Diagnostic]) -> None:
    """Record `X *` given where a `QFoo *` is needed (errors, and the notes of failed calls)."""
    for d in diags:
        for msg, line in [(str(d.spelling), d.location.line)] + [
            (str(c.spelling), d.location.line) for c in d.children
        ]:
            for rx in _NEEDS:
                m = rx.search(msg)
                if m:
                    plan.needs.setdefault(m.group("given"), {}).setdefault(m.group("need"), line)
        m = _NO_MEMBER.search(str(d.spelling))
        if m:
            plan.used.setdefault(m.group(2), set()).add(m.group(1))


def rebase(plan: Plan, ctx: Context) -> None:
    """Give the stand-in base of each class the file shows to be a QObject its Qt class."""
    stand_ins = set(plan.types) - set(plan.classes)
    _mixins(plan, ctx)
    for name, bases in ctx.q_objects.items():
        if bases and all(b in stand_ins and not plan.types[b] for b in bases):
            _rebase_stand_in(plan, ctx, name, bases[0], True)
    for name in plan.needs:
        if name in ctx.defined and name not in ctx.q_objects:
            bases = class_bases(ctx.scans.values(), name)
            if bases and all(b in stand_ins and not plan.types[b] for b in bases):
                _rebase_stand_in(plan, ctx, name, bases[0], False)
    for name in plan.needs:
        # `layout->addWidget(new DragWidget)` with DragWidget's header withheld: a stand-in
        # passed where a QWidget * is wanted is rebuilt on QWidget
        plain = name in stand_ins and not plan.types[name] and name not in ctx.defined
        if plain and name not in plan.rebased and name not in plan.mixins:
            _rebase_stand_in(plan, ctx, name, name, False)
    for name, cls in plan.classes.items():
        if cls.inferred_base or name not in plan.needs:
            continue
        if cls.bases and cls.bases[0] in stand_ins and not plan.types[cls.bases[0]]:
            _rebase_stand_in(plan, ctx, name, cls.bases[0], False)
        elif not cls.bases:
            shown = _shown(ctx, plan, name, False)
            if shown is not None:
                q, why = shown
                cls.bases.append(q)
                cls.inferred_base = q
                plan.inferred[name] = f"`{name}` is taken to be a {q}: {why}"
                for n in ctx.qt.members(q):
                    cls.fields.pop(n, None)
                    cls.functions.discard(n)


def _mixins(plan: Plan, ctx: Context) -> None:
    """A stand-in base beside a known one (`QMainWindow, private Ui::MainWindow`) has only the
    members its derived class takes from it: one with every stand-in's members would make
    `window.show()` ambiguous between QMainWindow and it."""
    stand_ins = set(plan.types) - set(plan.classes)
    for ns, names in plan.scoped_types.items():
        stand_ins |= {f"{ns}::{n}" for n in names}
    for bases in ctx.heads.values():
        unknown = [b for b in bases if b in stand_ins]
        if unknown and len(unknown) < len(bases):
            for b in unknown:
                plan.mixins.setdefault(b, set())


def _rebase_stand_in(plan: Plan, ctx: Context, name: str, base: str, q_object: bool) -> None:
    shown = _shown(ctx, plan, name, q_object)
    if shown is None:
        return
    q, why = shown
    plan.rebased[base] = (q, f"`{base}` is taken to derive from {q}: {why}")
    plan.inferred[name] = f"`{name}` is taken to be a {q}: {why}"
    inherited = ctx.qt.members(q)
    # what the file asks of objects after `.` or `->` and the Qt class lacks: `twitter.get()`
    # on a Twitter is a member of its base (the class was invalid, so no error said so yet)
    # and the members written after a stand-in's `::` (`Agent::FullDiscovery`, `Boat::Right`)
    asked = (member_names(ctx.scans.values()) | plan.members) - inherited
    plan.mixins[base] = (plan.mixins.get(base, set()) | asked) - inherited
    for decl in list(plan.virtuals.get(base, {})):
        word = re.search(r"(~?\w+)\s*\(", decl)
        if word and word.group(1) in inherited:
            del plan.virtuals[base][decl]


def _shown(ctx: Context, plan: Plan, name: str, q_object: bool) -> tuple[str, str] | None:
    """The Qt class the file shows `name` to be, and what shows it."""
    needed = plan.needs.get(name, {})
    qt = [q for q in needed if q in ctx.qt and q not in ctx.defined]
    shown = [PAINT_DEVICE.get(q, q) for q in qt]
    usable = [
        q for q in shown if q in ctx.qt and ctx.qt.derives(q, "QObject") and not ctx.qt.abstract(q)
    ]
    usable = [q for q in usable if not any(o != q and ctx.qt.derives(o, q) for o in usable)]
    if usable and (q_object or not any(q in PAINT_DEVICE for q in qt)):
        q = usable[0]
        given = next(n for n in qt if PAINT_DEVICE.get(n, n) == q)
        return q, (
            f"`this` or a `{name} *` is passed where a {given} * is expected "
            f"(line {needed[given]})" + (" and its class has Q_OBJECT" if q_object else "")
        )
    if not q_object:
        return None
    calls = _widget_calls(ctx, plan, name)
    if calls:
        return "QWidget", (
            f"its class has Q_OBJECT and calls QWidget's {', '.join(sorted(calls)[:3])}()"
        )
    return "QObject", "its class has Q_OBJECT"


def _widget_calls(ctx: Context, plan: Plan, name: str) -> set[str]:
    """Members only QWidget has (not QObject, nor another visual QObject) that the class's
    bodies call unqualified or through `this->`, or the file asks of an object of it."""
    if "QWidget" not in ctx.qt:
        return set()
    only = ctx.qt.members("QWidget") - ctx.qt.members("QObject")
    for other in _OTHER_VISUALS:
        if other in ctx.qt:
            only -= ctx.qt.members(other)
    out = plan.used.get(name, set()) & only
    for d in ctx.definitions:
        if d.owner != name or d.body < 0:
            continue
        scan: Scan = ctx.scans[ctx.main]
        for k in range(d.body + 1, scan.match.get(d.body, d.body)):
            n = scan.text(k)
            if n in only and scan.text(k + 1) == "(":
                prev = scan.text(k - 1)
                if prev not in (".", "->", "::") or scan.text(k - 2) == "this":
                    out.add(n)
    return out
