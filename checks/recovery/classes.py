"""A class no header declares, rebuilt from the file's out-of-line definitions of its members.

Without it libclang drops every `Bar::f() { ... }` body and the rules see nothing of them. Its
members are the definitions' own declarations; its base is what a constructor's initializer
list names; what the bodies use and nothing declares becomes a member of unknown type. The
class is a Qt class only when the file shows it: an initializer list naming a Qt base, or `this`
passed as the sender of a Qt class's signal. Both are recorded as inferences.
"""

from __future__ import annotations

from checks.recovery.context import Context, add_type, macro_like, qt_like, type_position
from checks.recovery.plan import ClassPlan, Plan
from checks.recovery.shapes import (
    TYPE_KEYWORDS,
    Definition,
    param_names,
    param_types,
    split_commas,
    template_call,
)
from checks.recovery.tokens import IDENT, KEYWORDS, NUMBER, Scan, Token

NOT_LOCAL_BEFORE = frozenset({"return", "case", "delete", "new", "throw", "else", "emit", "goto"})


def synthesize(plan: Plan, ctx: Context, scan: Scan, owner: str, defs: list[Definition]) -> None:
    if owner in plan.classes or owner in ctx.defined or owner in plan.dropped:
        return
    plan.types.pop(owner, None)
    cls = ClassPlan(owner)
    plan.classes[owner] = cls
    mine = [d for d in defs if d.owner == owner]
    _bases_from_initializers(plan, ctx, cls, mine)
    if not cls.bases:
        _base_from_sender(plan, ctx, scan, cls, mine)
    if not cls.bases:
        _qobject_from_parent(plan, ctx, scan, cls, mine)
    inherited: set[str] = set()
    for base in cls.bases:
        inherited |= ctx.qt.members(base)
    declared = _declarations(plan, ctx, scan, cls, mine)
    for d in mine:
        _uses(plan, ctx, scan, cls, d, declared | inherited)
    _qualified_uses(scan, cls, declared)
    for n in declared:
        cls.fields.pop(n, None)
        cls.functions.discard(n)


def _bases_from_initializers(
    plan: Plan, ctx: Context, cls: ClassPlan, mine: list[Definition]
) -> None:
    for d in mine:
        if not d.is_ctor:
            continue
        for init, _, _ in d.inits:
            base = init.replace(" ", "")
            typeish = base in ctx.qt or base in ctx.defined or base[:1].isupper()
            if not typeish or base in cls.bases or base == cls.name or base.startswith("m_"):
                continue
            cls.bases.append(base)
            if base in ctx.qt and base not in ctx.defined:
                cls.inferred_base = base
                plan.inferred[cls.name] = (
                    f"`{cls.name}` is taken to derive from {base}: its constructor's initializer "
                    f"list names {base}"
                )
            else:
                add_type(plan, ctx, base)


def _base_from_sender(
    plan: Plan, ctx: Context, scan: Scan, cls: ClassPlan, mine: list[Definition]
) -> None:
    """`connect(this, &QTcpSocket::readyRead, ...)`: this class is a QTcpSocket."""
    for d in mine:
        for k in range(d.body, scan.match.get(d.body, d.body)):
            if not (
                scan.text(k) == "connect"
                and [scan.text(k + j) for j in (1, 2, 3, 4)] == ["(", "this", ",", "&"]
                and scan.text(k + 6) == "::"
            ):
                continue
            q, signal = scan.text(k + 5), scan.text(k + 7)
            if q in ctx.qt and q not in ctx.defined and signal in ctx.qt.members(q):
                cls.bases.append(q)
                cls.inferred_base = q
                plan.inferred[cls.name] = (
                    f"`{cls.name}` is taken to be a {q}: `this` is passed as the sender of "
                    f"{q}::{signal}"
                )
                return


def _qobject_from_parent(
    plan: Plan, ctx: Context, scan: Scan, cls: ClassPlan, mine: list[Definition]
) -> None:
    """`new QTimer(this)`: this class is a QObject (a parent), nothing more is inferred;
    `new QMenu(this)`: a QWidget (a widget's parent is a widget)."""
    for d in mine:
        for k in range(d.body, scan.match.get(d.body, d.body)):
            if scan.text(k) != "new" or scan.text(k + 2) != "(":
                continue
            q, close = scan.text(k + 1), scan.match.get(k + 2, -1)
            if scan.text(close - 1) != "this" or scan.text(close - 2) not in ("(", ","):
                continue
            if q in ctx.qt and q not in ctx.defined and ctx.qt.derives(q, "QObject"):
                # a widget's or a layout's parent is a widget
                widget = ctx.qt.derives(q, "QWidget") or ctx.qt.derives(q, "QLayout")
                base = "QWidget" if widget and "QWidget" in ctx.qt else "QObject"
                cls.bases.append(base)
                cls.inferred_base = base
                plan.inferred[cls.name] = (
                    f"`{cls.name}` is taken to be a {base}: `this` is passed as the parent of "
                    f"a new {q}"
                )
                return


def _declarations(
    plan: Plan, ctx: Context, scan: Scan, cls: ClassPlan, mine: list[Definition]
) -> set[str]:
    """One member declaration per definition; unknown types in them become stand-ins."""
    declared: set[str] = set()
    for d in mine:
        if d.is_template:
            continue
        for tname, template in param_types(scan, *d.params_range) + param_types(scan, *d.ret_range):
            if tname not in ctx.known and tname != cls.name:
                add_type(plan, ctx, tname, template)
        for k in range(d.ret_range[0], d.params_range[1]):
            qualified = scan.text(k) == cls.name and scan.text(k + 1) == "::"
            if qualified and scan.tokens[k + 2].kind == IDENT and scan.text(k + 3) != "(":
                cls.types.add(scan.text(k + 2))
        decl = d.declaration()
        cls.methods[decl] = decl
        declared.add(d.name)
    return declared


def _uses(
    plan: Plan, ctx: Context, scan: Scan, cls: ClassPlan, d: Definition, skip: set[str]
) -> None:
    """Names a member body uses that nothing declares: members, stand-in types, enumerators."""
    params = param_names(scan, *d.params_range)
    spans = [(d.body + 1, scan.match.get(d.body, d.body))] + [(s, e) for _, s, e in d.inits]
    for init, s, e in d.inits:
        member = init.replace(" ", "")
        if member not in cls.bases and "::" not in member and member not in skip:
            typed = field_type(scan, member, cls, ctx)
            if typed == "__QtrAny" and e - s == 1:
                typed = _literal_type(scan.tokens[s]) or typed
            cls.fields.setdefault(member, typed)
    for s, e in spans:
        local: set[str] = set()  # declared in this body: its later uses are no members
        for k in range(s, e):
            t = scan.tokens[k]
            n = t.text
            if t.kind != IDENT or n in KEYWORDS or n in params or n in skip or n == cls.name:
                continue
            if n in ctx.known or n in ctx.macros or n in plan.macros or n in local:
                continue
            prev, nxt = scan.text(k - 1), scan.text(k + 1)
            if prev in (".", "->", "::") or nxt == "::":
                continue
            if _local(scan, k):
                local.add(n)
                continue
            _use(plan, ctx, scan, cls, k, prev, nxt)


def _use(plan: Plan, ctx: Context, scan: Scan, cls: ClassPlan, k: int, prev: str, nxt: str) -> None:
    n = scan.text(k)
    if macro_like(n):
        if nxt == "(":
            cls.functions.add(n)
        else:
            plan.variables.setdefault(n, "__QtrAny")
    elif n[:1].isupper() and (nxt != "(" or qt_like(n) or prev == "new"):
        typeish = qt_like(n) or nxt in ("*", "&", "<", ">", ",", ")") or type_position(scan, k)
        if typeish or (prev in ("new", "<", "(") and nxt in (")", ">", "*")):
            add_type(plan, ctx, n, nxt == "<")
        else:
            cls.enumerators.add(n)
    elif nxt == "(":
        cls.functions.add(n)
    elif nxt == "<" and template_call(scan, k):
        cls.templates.add(n)
    elif n not in cls.fields:
        cls.fields[n] = field_type(scan, n, cls, ctx)


def _qualified_uses(scan: Scan, cls: ClassPlan, declared: set[str]) -> None:
    """`Owner::State s`, `Owner::Idle`, `Owner::instance`: nested types, enumerators, statics."""
    toks = scan.tokens
    for k in scan.uses(cls.name):
        if scan.text(k + 1) != "::" or k + 2 >= len(toks):
            continue
        leaf = toks[k + 2]
        if leaf.kind != IDENT or leaf.text in declared or scan.text(k + 3) in ("(", "::"):
            continue
        if scan.text(k + 3) in ("*", "&"):
            cls.pointed.add(leaf.text)
            cls.types.add(leaf.text)
        elif type_position(scan, k + 2):
            cls.types.add(leaf.text)
        elif leaf.text[:1].isupper() and leaf.text not in cls.types:
            cls.enumerators.add(leaf.text)
        else:
            cls.statics.add(leaf.text)
    cls.enumerators -= cls.types


def field_type(scan: Scan, name: str, cls: ClassPlan, ctx: Context) -> str:
    """`name = new T(...)` or `name(new T(...))`: `T *`; `delete name`: a pointer; else a value."""
    pointer = False
    toks = scan.tokens
    spans = [
        (d.params_range[1], scan.match.get(d.body, d.params_range[1]))
        for d in ctx.definitions
        if d.owner == cls.name
    ]
    mine = scan is ctx.scans[ctx.main] and spans
    for k in scan.uses(name):
        if scan.text(k - 1) in (".", "->", "::"):
            continue
        if mine and not any(s < k < e for s, e in spans):
            continue  # another class's member of that name
        nxt = scan.text(k + 1)
        if nxt in ("=", "(") and scan.text(k + 2) == "new" and k + 3 < len(toks):
            j = k + 3
            parts = [scan.text(j)]
            while scan.text(j + 1) == "::" and j + 2 < len(toks):
                parts.append(scan.text(j + 2))
                j += 2
            if toks[k + 3].kind == IDENT and scan.text(j + 1) in ("(", ";", ",", ")", "{"):
                tname = "::".join(parts)
                if tname in ctx.qt and tname not in ctx.defined:
                    cls.inferred_fields[name] = tname
                    cls.field_evidence[name] = f"the file assigns `new {tname}` to it"
                return f"{tname} *"
        if nxt in ("=", "(") and scan.text(k + 3) in (";", ")"):
            tname = _pointer_param(scan, ctx, k, scan.text(k + 2))
            if tname:
                if tname in ctx.qt and tname not in ctx.defined:
                    cls.inferred_fields[name] = tname
                    cls.field_evidence[name] = (
                        f"the file assigns it `{scan.text(k + 2)}`, a {tname} * parameter"
                    )
                return f"{tname} *"
        pointer = pointer or scan.text(k - 1) == "delete"
    # a value, even where the file writes `name->`: the stand-in's operator-> answers that, and
    # a value takes `name = menu->addAction(...)` or goes where a `QWidget *` is wanted, which a
    # `__QtrAny *` does not; only `delete name` needs a pointer
    return "__QtrAny *" if pointer else "__QtrAny"


def _pointer_param(scan: Scan, ctx: Context, k: int, name: str) -> str:
    """`socket = peer;` in a member whose parameter is `QLocalSocket *peer`: 'QLocalSocket'."""
    if scan is not ctx.scans[ctx.main]:
        return ""
    for d in ctx.definitions:
        end = scan.match.get(d.body, d.body)
        if not (d.params_range[1] < k < end):
            continue
        for s, e in split_commas(scan, *d.params_range):
            idx = [j for j in range(s, e) if scan.text(j) != "const"]
            if len(idx) < 3 or scan.text(idx[-1]) != name or scan.text(idx[-2]) != "*":
                continue
            head = idx[:-2]
            if not all(scan.tokens[j].kind == IDENT or scan.text(j) == "::" for j in head):
                continue
            tname = "".join(scan.text(j) for j in head)
            if tname in ctx.qt or tname in ctx.defined:
                return tname
    return ""


def _literal_type(t: Token) -> str:
    """`m_count(0)`, `m_done(false)`: a member initialized from a literal has its type."""
    if t.text in ("true", "false"):
        return "bool"
    if t.kind == NUMBER:
        return "double" if any(c in t.text for c in ".eE") and "x" not in t.text else "int"
    return ""


def _local(scan: Scan, k: int) -> bool:
    """`Type name =`, `Type *name;`, `auto name(`: the declaration of a local, not a use."""
    prev = scan.tokens[k - 1]
    if scan.text(k + 1) not in ("=", ";", ",", "(", "{", "[", ":", ")"):
        return False
    if prev.text in ("*", "&", "&&"):
        p2 = scan.tokens[k - 2]
        return p2.kind == IDENT or p2.text == ">" or p2.text in TYPE_KEYWORDS
    if prev.kind == IDENT:
        return prev.text not in NOT_LOCAL_BEFORE and prev.text != "Q_EMIT"
    return prev.text == ">"
