"""From one parse's errors (and a token scan where they are not enough) to the plan's next round.

Each libclang error names what is missing (`unknown type name 'QDialog'`, `use of undeclared
identifier 'Server'`, `no member named 'x' in 'QLabel'`); the token at its location says how the
name is used (a qualifier, a call, a type, a macro in declaration position). A scan of the text
adds what an error would only reveal a round later: the export macro in `class FOO_EXPORT Bar`,
the classes whose members are defined out of line, the Qt-style names nothing declares.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import clang.cindex as ci

from checks.recovery import rebase
from checks.recovery.addresses import learn_addresses
from checks.recovery.classes import field_type, synthesize
from checks.recovery.context import (
    Context,
    add_type,
    macro_like,
    model_only,
    qt_like,
    type_position,
)
from checks.recovery.plan import ClassPlan, Plan
from checks.recovery.returns import ASSIGN, CALL, declared_uses, learn_returns
from checks.recovery.shapes import (
    BASE_WORDS,
    Definition,
    body_owner,
    class_bases,
    class_head,
    enclosing_brace,
    is_decl_start,
    join,
    template_call,
)
from checks.recovery.tokens import IDENT, KEYWORDS, Scan

Match = re.Match[str]
_MESSAGES = [
    ("ambiguous", ASSIGN),
    ("ambiguous", CALL),
    ("unknown_type", re.compile(r"^unknown type name '([\w:]+)'")),
    ("undeclared", re.compile(r"^use of undeclared identifier '(\w+)'")),
    ("expected_class", re.compile(r"^expected class name")),
    ("no_template", re.compile(r"^no template named '(\w+)'(?: in namespace '([\w:]+)')?")),
    ("ns_member", re.compile(r"^no member named '(\w+)' in namespace '([\w:]+)'")),
    ("ns_type", re.compile(r"^no type named '(\w+)' in namespace '([\w:]+)'")),
    ("class_member", re.compile(r"^no member named '(\w+)' in '(?:class |struct )?([\w:]+)'")),
    ("class_type", re.compile(r"^no type named '(\w+)' in '(?:class |struct )?([\w:]+)'")),
    ("incomplete", re.compile(r"incomplete (?:result )?type '(?:class |struct )?([\w:]+)'")),
    ("override", re.compile(r"^only virtual member functions can be marked '(?:override|final)'")),
    (
        "not_scope",
        re.compile(
            r"^'(\w+)' (?:is not a class, namespace, or enumeration|cannot appear before '::')"
        ),
    ),
    ("not_template", re.compile(r"^'(\w+)' does not name a template but is followed by")),
    ("not_value", re.compile(r"^'(\w+)' does not refer to a value|^unexpected type name '(\w+)'")),
    (
        "redefinition",
        re.compile(r"^(?:redefinition of|definition of type) '(?:class |struct )?(\w[\w:]*)'"),
    ),
]


def learn(plan: Plan, ctx: Context) -> None:
    """Add to `plan` what this parse's errors and the text call for."""
    main = ctx.scans[ctx.main]
    defs = ctx.definitions
    owners = {d.owner for d in defs}
    for scan in ctx.scans.values():
        _export_macros(plan, ctx, scan)
        _using_namespaces(plan, ctx, scan)
    for owner in sorted(owners):
        if owner not in ctx.known and owner not in ctx.defined:
            synthesize(plan, ctx, main, owner, defs)
    for scan in ctx.scans.values():
        _qt_like_names(plan, ctx, scan)
    _inherited_calls(plan, ctx, main, defs)
    learn_addresses(plan, ctx.scans.values(), ctx.model_names)
    for diag in ctx.tu.diagnostics:
        if diag.severity < 3:
            continue
        kind, m = _classify(str(diag.spelling))
        loc = diag.location
        fname = str(loc.file.name) if loc.file is not None else ""
        if kind == "ambiguous":
            _ambiguous(plan, ctx, fname, diag)
        if m is None or kind == "ambiguous":
            continue
        if kind == "redefinition":
            plan.dropped.add(m.group(1).split("::")[-1])
            continue
        if fname == ctx.prelude:
            if kind == "unknown_type":
                add_type(plan, ctx, m.group(1))
            elif kind == "no_template":
                add_type(plan, ctx, m.group(1), template=True)
            continue
        found = ctx.scans.get(fname)
        i = found.index(loc.line, loc.column) if found is not None else None
        if found is None or i is None:
            continue
        scan = found
        _HANDLERS[kind](plan, ctx, scan, i, m, defs if scan is main else [])
    declared_uses(plan, ctx.scans.values())
    for name in plan.dropped:
        plan.classes.pop(name, None)
        plan.types.pop(name, None)
    _inherited_scopes(plan, ctx)
    rebase.needs(plan, ctx.tu.diagnostics)
    rebase.rebase(plan, ctx)


def _ambiguous(plan: Plan, ctx: Context, fname: str, diag: ci.Diagnostic) -> None:
    scan = ctx.scans.get(fname)
    i = scan.index(diag.location.line, diag.location.column) if scan is not None else None
    if scan is None or i is None:
        return
    writable = set(ctx.model_names) | set(plan.types)
    learn_returns(plan, ctx.tu, scan, i, str(diag.spelling), diag, writable)


def _classify(message: str) -> tuple[str, Match | None]:
    for kind, rx in _MESSAGES:
        m = rx.search(message)
        if m:
            return kind, m
    return "", None


def _unknown_type(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    name = scan.text(i)
    if name != m.group(1) or _macro(plan, ctx, scan, i):
        return
    if scan.text(i + 1) == "::" and any(d.owner == name for d in defs):
        synthesize(plan, ctx, scan, name, defs)
    else:
        add_type(plan, ctx, name, template=scan.text(i + 1) == "<", unknown=True)


def _undeclared(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    name, nxt = scan.text(i), scan.text(i + 1)
    if name != m.group(1) and name in ctx.macros:
        _from_macro(plan, ctx, scan, i, m.group(1))
        return
    if name != m.group(1) or _macro(plan, ctx, scan, i):
        return
    if nxt == "::":
        if any(d.owner == name for d in defs):
            synthesize(plan, ctx, scan, name, defs)
        elif _namespace_like(ctx, name):
            _namespace_uses(plan, ctx, name)
        else:
            add_type(plan, ctx, name)
            _qualified_members(plan, scan, {name})
        return
    owner = body_owner(scan, i)
    if qt_like(name) or name in plan.types or scan.text(i - 1) == "new" or _template_arg(scan, i):
        add_type(plan, ctx, name)
    elif nxt == "<" and template_call(scan, i):
        plan.templates.add(name)  # qmlRegisterUncreatableType<T>(...)
    elif owner in plan.classes:
        _member(plan.classes[owner], scan, name, ctx)
    elif owner and _inherit(plan, ctx, owner, name):
        pass  # inherited from a stand-in base
    elif nxt == "(":
        plan.functions.add(name)
    else:
        pointer = any(scan.text(k - 1) == "delete" for k in scan.uses(name))
        plan.variables.setdefault(name, "__QtrAny *" if pointer else "__QtrAny")


def _from_macro(plan: Plan, ctx: Context, scan: Scan, i: int, name: str) -> None:
    """`Q_DECLARE_PRIVATE(Client)` in a class on a base no header declares: its expansion
    uses `d_ptr`, which that base has (QObject's, in Qt)."""
    b = enclosing_brace(scan, i, ("class",))
    head = class_head(scan, b) if b is not None else None
    if head is not None:
        _inherit(plan, ctx, head.name, name)


def _namespace_like(ctx: Context, name: str) -> bool:
    """`org::example::chat`, `QtConcurrent::run`: a name only ever used as a qualifier, not
    spelled as a class (QFoo) or a macro, is a namespace."""
    if qt_like(name) or macro_like(name) or name in ctx.defined:
        return False
    for scan in ctx.scans.values():
        for k in scan.uses(name):
            if scan.text(k + 1) != "::" and scan.text(k - 1) != "namespace":
                return False
            if scan.text(k - 1) == "&":
                return False  # `&SendFrameBox::sendFrame`: a member's address, so a class
    return True


def _using_namespaces(plan: Plan, ctx: Context, scan: Scan) -> None:
    """`using namespace QtConcurrent;` with nothing declaring it."""
    for k in scan.uses("namespace"):
        if scan.text(k - 1) != "using" or scan.tokens[k + 1].kind != IDENT:
            continue
        j = k + 1
        while scan.text(j + 1) == "::" and j + 2 < len(scan.tokens):
            j += 2
        name = "".join(scan.text(m) for m in range(k + 1, j + 1))
        if scan.text(j + 1) == ";" and name.split("::")[0] not in ctx.namespaces:
            _namespace_uses(plan, ctx, scan.text(k + 1))


def _namespace_uses(plan: Plan, ctx: Context, root: str) -> None:
    """Every `root::...::leaf` in the texts: the qualifiers are namespaces, the leaf a type,
    function or value of the innermost one, by how it is used."""
    plan.namespaces.add(root)
    plan.types.pop(root, None)
    for scan in ctx.scans.values():
        for k in scan.uses(root):
            parts, j = [root], k
            while scan.text(j + 1) == "::" and j + 2 < len(scan.tokens):
                if scan.tokens[j + 2].kind != IDENT:
                    break
                j += 2
                parts.append(scan.text(j))
            if len(parts) < 2:
                continue
            for n in range(1, len(parts)):
                plan.namespaces.add("::".join(parts[:n]))
            ns, leaf = "::".join(parts[:-1]), parts[-1]
            typeish = type_position(scan, j) or scan.text(k - 1) == "new" or _base_spec(scan, k)
            if scan.text(j + 1) == "<" and leaf[:1].islower() and template_call(scan, j):
                plan.scoped.setdefault(ns, set()).add(leaf + "()")  # `ns::make<T>(...)`
            elif scan.text(j + 1) == "<":
                plan.scoped_types.setdefault(ns, set()).add(leaf + "<>")
            elif typeish or scan.text(j + 1) in ("*", "&"):
                plan.scoped_types.setdefault(ns, set()).add(leaf)
            elif scan.text(j + 1) == "(" and leaf[:1].islower():
                plan.scoped.setdefault(ns, set()).add(leaf + "()")
            else:
                plan.scoped.setdefault(ns, set()).add(leaf)
    for ns in plan.namespaces:  # a qualifier is no leaf of its outer namespace
        outer, _, leaf = ns.rpartition("::")
        if outer:
            plan.scoped_types.get(outer, set()).discard(leaf)
            plan.scoped.get(outer, set()).discard(leaf)


def _template_arg(scan: Scan, i: int) -> bool:
    """`acquire<Replica>()`, `qobject_cast<Foo *>(x)`, `QMultiHash<QHostAddress, Connection *>`:
    a name in the template arguments of a call or of a Qt-style template."""
    if scan.text(i + 1) not in (">", ",", "*", "&", ">>") or scan.text(i - 1) not in ("<", ","):
        return False
    j, depth = i - 1, 0
    while j >= 0 and i - j < 40:
        t = scan.text(j)
        if t in (";", "{", "}", "(", ")"):
            return False
        depth += (t == ">") - (t == "<")
        if t == "<" and depth < 0:
            return template_call(scan, j - 1) or qt_like(scan.text(j - 1))
        j -= 1
    return False


def _expected_class(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    """`class ChatDialog : public QDialog, private Ui::ChatDialog`: uic's form class is a base."""
    if scan.tokens[i].kind != IDENT:
        return
    name, template = scan.text(i), scan.text(i + 1) == "<"
    if scan.text(i - 1) == "::" and scan.tokens[i - 2].kind == IDENT:
        scope = _qualifier(scan, i)
        plan.scoped_types.setdefault(scope, set()).add(name + ("<>" if template else ""))
    else:
        add_type(plan, ctx, name, template=template)


def _qualifier(scan: Scan, i: int) -> str:
    """`A::B::name` at token i -> 'A::B'."""
    parts: list[str] = []
    k = i - 1
    while scan.text(k) == "::" and k >= 1 and scan.tokens[k - 1].kind == IDENT:
        parts.insert(0, scan.text(k - 1))
        k -= 2
    return "::".join(parts)


def _no_template(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    if m.group(2):
        plan.scoped_types.setdefault(m.group(2), set()).add(m.group(1) + "<>")
    else:
        add_type(plan, ctx, m.group(1), template=True)


def _ns_member(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    member, ns = m.group(1), m.group(2)
    if scan.text(i + 1) == "<":
        plan.scoped_types.setdefault(ns, set()).add(member + "<>")
    elif type_position(scan, i):
        plan.scoped_types.setdefault(ns, set()).add(member)
    elif scan.text(i + 1) == "(" and member[:1].islower():
        plan.scoped.setdefault(ns, set()).add(member + "()")
    else:
        plan.scoped.setdefault(ns, set()).add(member)


def _ns_type(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    plan.scoped_types.setdefault(m.group(2), set()).add(m.group(1))


def _class_member(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    cls = m.group(2).split("::")[-1]
    if cls in plan.classes:
        _member(plan.classes[cls], scan, m.group(1), ctx)
    elif cls in plan.types or cls == "__QtrAny" or m.group(2) in _stand_ins(plan):
        plan.members.add(m.group(1))
    elif cls in ctx.defined:
        _inherit(plan, ctx, cls, m.group(1))  # `dialog.cancelButton`, from its uic form


def _class_type(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    owner = m.group(2)
    if owner.split("::")[-1] in plan.classes:
        plan.classes[owner.split("::")[-1]].types.add(m.group(1))
    elif owner in plan.types or owner in _stand_ins(plan):
        plan.scoped_types.setdefault(owner, set()).add(m.group(1))


def _not_value(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    """`FRAMEWORK_D(Session);`: a type handed to an unknown NAME(...) means NAME is a macro."""
    j = i - 1
    while j >= 0 and scan.text(j) != "(":
        j -= 1
    callee = scan.text(j - 1)
    if macro_like(callee) and callee not in ctx.macros:
        plan.macros[callee] = f"#define {callee}(...)"
        plan.functions.discard(callee)
        for cls in plan.classes.values():
            cls.functions.discard(callee)


def _not_template(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    """`qvariant_cast<T>(x)` with nothing declaring it: a function template."""
    name = m.group(1)
    if name not in ctx.known and scan.text(i - 1) not in (".", "->", "::"):
        plan.templates.add(name)
        plan.functions.discard(name)
        plan.variables.pop(name, None)


def _incomplete(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    """A class only ever forward-declared (`class QLabel;`, `namespace Ui { class Dialog; }`)."""
    full = m.group(1)
    if full in ctx.defined or full in plan.macros or full in ctx.macros or full in KEYWORDS:
        return
    if "::" in full:
        ns, _, leaf = full.rpartition("::")
        plan.scoped_types.setdefault(ns, set()).add(leaf)
    else:
        plan.types.setdefault(full, False)


def _override(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    """`void paintEvent(QPaintEvent *) override` in a class whose base is a stand-in: the
    stand-in gets that virtual function."""
    b = enclosing_brace(scan, i, ("class",))
    head = class_head(scan, b) if b is not None else None
    base = (
        next((n for n in head.bases if n in plan.types and not plan.types[n]), None)
        if head
        else None
    )
    if base is None:
        return
    start = i
    while start > 0 and scan.text(start - 1) not in (";", "{", "}", ":"):
        start -= 1
    decl = join(scan, start, i).replace("virtual ", "").strip()
    if decl.startswith("~"):
        decl = f"~{base}()"  # `~MinuteTimer() override`: the base's destructor is virtual
    if decl.endswith(")") or decl.endswith("const"):
        # keyed without parameter names: two derived classes' `onTransition(QEvent *e)` and
        # `onTransition(QEvent *)` are one virtual (declared twice it is an error)
        plan.virtuals.setdefault(base, {}).setdefault(_unnamed(decl), decl)


_QUALIFIERS = frozenset({"const", "volatile", "struct", "class", "enum", "typename"})


def _unnamed(decl: str) -> str:
    """`void f(const QString &text, int n = 0) const` -> `void f(const QString &,int) const`."""
    open_, close = decl.find("("), decl.rfind(")")
    if open_ < 0 or close < open_:
        return decl
    params = []
    for part in re.split(r",(?![^<]*>)", decl[open_ + 1 : close]):
        part = part.split("=")[0].strip()
        words = re.findall(r"\w+|[^\w\s]", part)
        typed = any(re.fullmatch(r"\w+", w) and w not in _QUALIFIERS for w in words[:-1])
        if typed and re.fullmatch(r"\w+", words[-1]) and words[-1] not in KEYWORDS:
            words = words[:-1]
        params.append(" ".join(words))
    return f"{decl[:open_]}({','.join(params)}){decl[close + 1 :]}"


def _inherited_scopes(plan: Plan, ctx: Context) -> None:
    """`Twitter::Status::Granted` where Twitter's base is a stand-in and nothing declares
    Status: a type nested in that base, learned a round before its error would say."""
    stand_ins = _stand_ins(plan)
    for owner, bases in ctx.heads.items():
        base = next((b for b in bases if b in stand_ins), None)
        if base is None:
            continue
        for scan in ctx.scans.values():
            for k in scan.uses(owner):
                if scan.text(k + 1) != "::" or scan.text(k + 3) != "::":
                    continue
                name = scan.text(k + 2)
                own = name in ctx.known and not model_only(ctx, name)
                if scan.tokens[k + 2].kind == IDENT and not own:
                    plan.scoped_types.setdefault(base, set()).add(name)
                    if scan.tokens[k + 4].kind == IDENT:
                        plan.members.add(scan.text(k + 4))


def _not_scope(
    plan: Plan, ctx: Context, scan: Scan, i: int, m: Match, defs: list[Definition]
) -> None:
    """`Twitter::Status::Granted` with Twitter on a stand-in base: Status is a type nested in
    that base (QAbstractOAuth::Status), not the value every stand-in has."""
    name = m.group(1)
    if scan.text(i) != name or scan.text(i - 1) != "::" or scan.text(i + 1) != "::":
        return
    owner = scan.text(i - 2)
    bases = class_bases(ctx.scans.values(), owner) if owner in ctx.defined else [owner]
    stand_ins = _stand_ins(plan)
    base = next((b for b in bases if b in stand_ins), None)
    if base is not None:
        plan.scoped_types.setdefault(base, set()).add(name)
        plan.members.add(scan.text(i + 2))


_HANDLERS: dict[str, Callable[[Plan, Context, Scan, int, Match, list[Definition]], None]] = {
    "unknown_type": _unknown_type,
    "undeclared": _undeclared,
    "expected_class": _expected_class,
    "no_template": _no_template,
    "ns_member": _ns_member,
    "ns_type": _ns_type,
    "class_member": _class_member,
    "class_type": _class_type,
    "incomplete": _incomplete,
    "not_value": _not_value,
    "not_template": _not_template,
    "not_scope": _not_scope,
    "override": _override,
}


def _stand_ins(plan: Plan) -> set[str]:
    out = set(plan.types)
    for ns, names in plan.scoped_types.items():
        out |= {f"{ns}::{n.rstrip('<>')}" for n in names}
    return out


def _member(cls: ClassPlan, scan: Scan, name: str, ctx: Context) -> None:
    if name in cls.fields or name in cls.functions or name in cls.types:
        return
    for k in scan.uses(name):
        if scan.text(k - 1) not in (".", "->", "::"):
            if scan.text(k + 1) == "(":
                cls.functions.add(name)
                return
            break
    cls.fields[name] = field_type(scan, name, cls, ctx)


def _macro(plan: Plan, ctx: Context, scan: Scan, i: int) -> bool:
    """An unknown ALL_CAPS name in declaration position is a macro we lack: define it away."""
    name = scan.text(i)
    if not macro_like(name) or name in ctx.macros:
        return False
    prev, nxt = scan.text(i - 1), scan.text(i + 1)
    call = nxt == "(" and (i + 1) in scan.match
    if not is_decl_start(scan, i, ctx.macros | set(plan.macros)):
        # a statement macro at the start of a statement in a body: NAME(...);
        if enclosing_brace(scan, i, ("body",)) is None or not call or prev not in (";", "{", "}"):
            return False
        plan.macros[name] = f"#define {name}(...)"
        return True
    if call:
        plan.macros[name] = f"#define {name}(...)"
        return True
    after = scan.tokens[i + 1] if i + 1 < len(scan.tokens) else None
    two = scan.tokens[i + 2] if i + 2 < len(scan.tokens) else None
    if (
        after is None
        or after.first_on_line
        or (after.text in KEYWORDS and after.text not in ("const", "volatile"))
        or (
            after.kind == IDENT
            and two is not None
            and (two.kind == IDENT or two.text in ("::", "*", "&", "<"))
        )
    ):
        plan.macros[name] = f"#define {name}"
        return True
    return False


def _export_macros(plan: Plan, ctx: Context, scan: Scan) -> None:
    """`class FOO_EXPORT Bar` (FOO_EXPORT comes from a generated *_export.h): define it away."""
    toks = scan.tokens
    for k in range(1, len(toks) - 2):
        if toks[k - 1].text not in ("class", "struct", "union") or toks[k].kind != IDENT:
            continue
        name = toks[k].text
        named = macro_like(name) and name not in ctx.macros and toks[k + 1].kind == IDENT
        if named and toks[k + 2].text in (":", "{", "final", ";"):
            plan.macros.setdefault(name, f"#define {name}")


def _qt_like_names(plan: Plan, ctx: Context, scan: Scan) -> None:
    """QFoo names nothing declares: stand-in types (never the Qt class), and their members."""
    toks = scan.tokens
    for k, t in enumerate(toks):
        n = t.text
        if t.kind != IDENT or not qt_like(n) or n in ctx.known or n in plan.classes:
            continue
        if scan.text(k - 1) not in (".", "->", "::"):
            add_type(plan, ctx, n, scan.text(k + 1) == "<")
    _qualified_members(plan, scan, set(plan.types))


def _qualified_members(plan: Plan, scan: Scan, stand_ins: set[str]) -> None:
    """`QSizePolicy::Ignored` on a stand-in: a member every stand-in has; `Ui::Dialog *`: a type."""
    toks = scan.tokens
    spots = sorted(k for name in stand_ins for k in scan.uses(name))
    for k in spots:
        if scan.text(k + 1) != "::" or k + 2 >= len(toks) or toks[k + 2].kind != IDENT:
            continue
        t, leaf = toks[k], k + 2
        if scan.text(leaf + 1) != "::" and (type_position(scan, leaf) or _base_spec(scan, k)):
            plan.scoped_types.setdefault(t.text, set()).add(scan.text(leaf))
        elif scan.text(leaf + 1) == "::" and scan.tokens[leaf + 2].kind == IDENT:
            # `QCanBusDevice::CanBusStatus::Good`: a nested scope (an enum class), a member in it
            plan.scoped_types.setdefault(t.text, set()).add(scan.text(leaf))
            plan.members.add(scan.text(leaf + 2))
        else:
            plan.members.add(scan.text(leaf))


def _base_spec(scan: Scan, k: int) -> bool:
    """`class X : public Ui::X {`: the qualified name at token k is a base, so a type."""
    prev, after = scan.text(k - 1), scan.text(k + 3)
    if prev in BASE_WORDS:
        return True
    return (
        prev in (":", ",") and after in ("{", ",") and enclosing_brace(scan, k, ("body",)) is None
    )


def _inherited_calls(plan: Plan, ctx: Context, scan: Scan, defs: list[Definition]) -> None:
    """`setWindowTitle(...)` in a member of a class whose base is a stand-in: every stand-in
    answers to it, so the call parses a round earlier than its error would say."""
    for d in defs:
        if d.owner not in ctx.defined or d.body < 0:
            continue
        if _inherit_into(plan, ctx, d.owner) != "":
            continue  # no stand-in base, or one beside a known base: its errors will say
        for k in range(d.body + 1, scan.match.get(d.body, d.body)):
            t = scan.tokens[k]
            if t.kind != IDENT or scan.text(k + 1) != "(" or scan.text(k - 1) in (".", "->", "::"):
                continue
            n = t.text
            if n in KEYWORDS or n in ctx.known or n in ctx.macros or qt_like(n) or macro_like(n):
                continue
            plan.members.add(n)


def _inherit_into(plan: Plan, ctx: Context, owner: str) -> str | None:
    """Where a name that a class the texts define inherits from a base nothing declares goes:
    '' for a member every stand-in has, when all its bases are stand-ins; the stand-in base
    itself when a known base stands beside it (`QDialog, private Ui::ChatDialog`) or it is
    rebuilt on a Qt class (see `rebase`), since a member every stand-in has would clash with
    the Qt base's; None without a stand-in base."""
    stand_ins = _stand_ins(plan)
    bases = class_bases(ctx.scans.values(), owner)
    unknown = [b for b in bases if b in stand_ins]
    if not unknown:
        return None
    alone = len(unknown) == len(bases) and owner not in ctx.q_objects
    if alone and unknown[0] not in plan.rebased:
        return ""
    for other in unknown[1:]:
        plan.mixins.setdefault(other, set())  # `protected QOpenGLFunctions` beside it: no clash
    return unknown[0]


def _inherit(plan: Plan, ctx: Context, owner: str, name: str) -> bool:
    where = _inherit_into(plan, ctx, owner)
    if where is None:
        return False
    if where:
        plan.mixins.setdefault(where, set()).add(name)
    else:
        plan.members.add(name)
    return True
