"""The plan written out as C++: the in-memory header parsed before the file and its headers."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from importlib import resources

from checks.recovery import addresses
from checks.recovery.addresses import arity
from checks.recovery.plan import ClassPlan, Plan
from checks.recovery.shapes import template_call
from checks.recovery.tokens import IDENT, KEYWORDS, Scan

_STAND_IN_TEXT = resources.files("checks.recovery").joinpath("stand_in.h").read_text("utf-8")
_PER_FILE = "// ---- per file:"
PRECOMPILED = _STAND_IN_TEXT[: _STAND_IN_TEXT.index(_PER_FILE)]
"""stand_in.h above its per-file line: the same for every file, so precompiled with the model
(declaring operator templates beside the model's hundreds of overloads costs a parse ~15 ms)."""
STAND_IN = _STAND_IN_TEXT[len(PRECOMPILED) :]
"""The rest, after each file's `__QtrMembers`."""


def member_names(scans: Collection[Scan]) -> set[str]:
    """Every name the texts use after `.` or `->`: a stand-in answers to all of them."""
    out: set[str] = set()
    for scan in scans:
        toks = scan.tokens
        for k in range(1, len(toks)):
            t = toks[k]
            if toks[k - 1].text in (".", "->") and t.kind == IDENT and t.text not in KEYWORDS:
                out.add(t.text)
    return out


def member_templates(scans: Collection[Scan]) -> set[str]:
    """Members called with template arguments (`node.acquire<Replica>()`, `Stub::fromType<E>()`)
    and never used as data: every stand-in has them as function templates."""
    called: set[str] = set()
    data: set[str] = set()
    for scan in scans:
        toks = scan.tokens
        for k in range(1, len(toks)):
            if toks[k - 1].text not in (".", "->", "::") or toks[k].kind != IDENT:
                continue
            nxt = scan.text(k + 1)
            if nxt == "<" and template_call(scan, k):
                called.add(toks[k].text)
            elif nxt != "(" and toks[k - 1].text != "::":
                data.add(toks[k].text)
    return called - data


def case_labels(scans: Collection[Scan]) -> set[str]:
    """`case Name:` and `case X::Name:`: names that must be constants, so enumerators."""
    out: set[str] = set()
    for scan in scans:
        for k, t in enumerate(scan.tokens):
            if t.text != "case":
                continue
            j = k + 1
            while scan.text(j + 1) == "::":
                j += 2
            if j < len(scan.tokens) and scan.tokens[j].kind == IDENT and scan.text(j + 1) == ":":
                out.add(scan.text(j))
    return out


def _values(
    names: Iterable[str],
    constants: set[str],
    indent: str = "  ",
    returns: dict[str, str] | None = None,
) -> list[str]:
    """Static stand-in values; those used as case labels as enumerators; a member whose call
    must give one type (`returns`) as a __QtrCall of it."""
    names = sorted(names)
    enum = [n for n in names if n in constants]
    out = [f"{indent}enum : int {{ {', '.join(enum)} }};"] if enum else []
    kinds = {n: f"__QtrCall<{returns[n]}> " for n in names if returns and n in returns}
    return out + [
        f"{indent}static {kinds.get(n) or _member_type(n)}{n};" for n in names if n not in constants
    ]


D_POINTERS = frozenset({"d_ptr"})
"""Qt's d-pointer, which Q_DECLARE_PRIVATE hands to qGetPtrHelper() and reinterpret_cast: a
pointer, as in Qt (`q_ptr` stays a value: Q_DECLARE_PUBLIC static_casts it, which the stand-in's
conversion does)."""


def _member_type(name: str) -> str:
    return "__QtrAny *" if name in D_POINTERS else "__QtrAny "


def decided_returns(plan: Plan) -> dict[str, str]:
    """Members whose wanted type the file's uses agree on."""
    return {n: next(iter(ts)) for n, ts in plan.returns.items() if len(ts) == 1}


def without_defaults(decl: str) -> str:
    """`f(int a = Default, Q b = Q())` -> `f(int a, Q b)`: a default may name what is unknown."""
    out: list[str] = []
    depth, skipping = 0, False
    for ch in decl:
        if ch in "(<[{":
            depth += 1
        elif ch in ")>]}":
            depth -= 1
            if skipping and depth == 0 and ch == ")":
                skipping = False
        elif ch == "," and depth == 1:
            skipping = False
        elif ch == "=" and depth == 1:
            skipping = True
        if not skipping:
            out.append(ch)
    return "".join(out).replace(" ,", ",").replace(" )", ")")


def _type_decl(name: str, template: bool, indent: str = "", mixin: set[str] | None = None) -> str:
    head = "template <class...> " if template else ""
    if mixin is not None:
        return f"{indent}{head}class {name} {{ public: {_mixin_members(mixin)}}};"
    return f"{indent}{head}class {name} : public __QtrAny {{ public: using __QtrAny::__QtrAny; }};"


def _mixin_members(names: set[str]) -> str:
    """A stand-in base beside a known base has only what the derived bodies take from it."""
    return "".join(f"static {_member_type(n)}{n}; " for n in sorted(names))


def _stand_in(
    plan: Plan, name: str, template: bool, nested: set[str], scans: Collection[Scan]
) -> str:
    """A stand-in type; one the file shows to be a QObject derives from its Qt class instead,
    and one beside a known base (or rebuilt so) has only the members its derived bodies take."""
    head = "template <class...> " if template else ""
    members = plan.mixins.get(name)
    rebased = plan.rebased.get(name)
    if rebased is not None or members is not None:
        base = f" : public {rebased[0]}" if rebased is not None else ""
        body = [f"{head}class {name}{base} {{", " public:", f"  {name}();"]
        body.append(f"  template <class... A> {name}(A &&...);")
    else:
        body = [
            f"{head}class {name} : public __QtrAny {{",
            " public:",
            "  using __QtrAny::__QtrAny;",
        ]
    body += [
        _type_decl(t.rstrip("<>"), t.endswith("<>"), "  ", plan.mixins.get(f"{name}::{t}"))
        for t in sorted(nested)
    ]
    # members declared below as functions, or above as nested types, are not values too
    taken = set(plan.addressed.get(name, {})) | {t.rstrip("<>") for t in nested}
    if members and members - taken:
        body.append(f"  {_mixin_members(members - taken)}")
    body += [f"  virtual {without_defaults(d)};" for d in plan.virtuals.get(name, {}).values()]
    body += _addressed(plan, name, scans, set())
    return "\n".join([*body, "};"])


def _addressed(plan: Plan, owner: str, scans: Collection[Scan], declared: set[str]) -> list[str]:
    """Member functions for the names whose address the file takes (`&Owner::signal`)."""
    out: list[str] = []
    for member, lists in sorted(plan.addressed.get(owner, {}).items()):
        if member not in declared and member not in plan.dropped:
            out += [f"  {d}" for d in addresses.declarations(member, lists, arity(scans, member))]
    return out


def _declared_names(cls: ClassPlan) -> set[str]:
    """Names of the member functions the file defines (their declarations are in `methods`)."""
    return {m.group(1) for d in cls.methods for m in [re.search(r"(~?\w+)\s*\(", d)] if m}


def _class(cls: ClassPlan, qobject: bool, plan: Plan, scans: Collection[Scan]) -> str:
    bases = ", ".join(f"public {b}" for b in cls.bases)
    out = [f"class {cls.name}{' : ' + bases if bases else ''} {{"]
    if qobject:
        out.append("  Q_OBJECT")
    out.append(" public:")
    if cls.enumerators:
        out.append(f"  enum __QtrEnum : int {{ {', '.join(sorted(cls.enumerators))} }};")
    for t in sorted(cls.types):
        if cls.enumerators and t not in cls.pointed:
            out.append(f"  typedef __QtrEnum {t};")
        else:
            out.append(_type_decl(t, False, "  "))
    declared = _declared_names(cls)
    addressed = set(plan.addressed.get(cls.name, {})) - declared
    taken = cls.enumerators | set(cls.fields) | cls.functions | cls.templates | addressed
    out += [f"  static __QtrAny {f};" for f in sorted(cls.statics - taken)]
    out += [f"  {decl}" for decl in cls.methods.values()]
    out += _addressed(plan, cls.name, scans, declared)
    functions = cls.functions - addressed
    out += [f"  template <class... A> static __QtrAny {f}(A &&...);" for f in sorted(functions)]
    out += [
        f"  template <class... T, class... A> static __QtrAny {f}(A &&...);"
        for f in sorted(cls.templates - cls.functions - addressed)
    ]
    out += [f"  {t} {f};" for f, t in sorted(cls.fields.items()) if f not in addressed]
    return "\n".join([*out, "};"])


def _namespace(ns: str, lines: list[str]) -> list[str]:
    parts = ns.split("::")
    return [" ".join(f"namespace {p} {{" for p in parts), *lines, "}" * len(parts)]


def prelude(
    plan: Plan,
    scans: Collection[Scan],
    namespaces: set[str],
    defined: dict[str, str],
    qobjects: set[str],
) -> str:
    """The recovery header: macros, the stand-in, stand-in types, rebuilt classes, functions."""
    out = ["// qtreview recovery: declarations for names no header defined (see checks/recovery)"]
    out += sorted(plan.macros.values())
    types = set(plan.types) | set(plan.classes) | set(defined) | set(plan.macros)
    members = (plan.members | member_names(scans)) - plan.dropped - types
    templated = member_templates(scans) & members
    constants = case_labels(scans)
    returns = {n: t for n, t in decided_returns(plan).items() if n in members}
    named = {w for t in returns.values() for w in re.findall(r"\w+", t)}
    out += [
        ("template <class...> " if plan.types[n] else "") + f"class {n};"
        for n in sorted(named & set(plan.types))
    ]
    out += ["struct __QtrAny;", "template <class T> struct __QtrCall;", "struct __QtrMembers {"]
    out += _values(members - templated, constants, returns=returns)
    out += [
        f"  template <class... T, class... A> static __QtrAny {n}(A &&...);"
        for n in sorted(templated)
    ]
    out += ["};", STAND_IN]
    skip = plan.dropped | set(plan.classes) | set(plan.macros)
    stubs = {n: t for n, t in plan.types.items() if n not in skip}
    # forward declarations first, so stand-ins and classes may name each other in any order
    out += [("template <class...> " if t else "") + f"class {n};" for n, t in sorted(stubs.items())]
    out += [f"class {n};" for n in sorted(plan.classes)]
    used: set[str] = set()
    for cls in plan.classes.values():
        for text in [*cls.methods.values(), *cls.fields.values(), *cls.bases]:
            used |= set(re.findall(r"\w+", text))
    out += [f"{defined[n]} {n};" for n in sorted(used & set(defined)) if n not in stubs]
    out += [line for ns in sorted(plan.namespaces) for line in _namespace(ns, [])]
    namespaces = namespaces | {ns.split("::")[0] for ns in plan.namespaces}
    nested: dict[str, set[str]] = {}
    for ns, names in sorted(plan.scoped_types.items()):
        if ns in stubs:
            nested.setdefault(ns, set()).update(names)
        elif ns in plan.classes:
            plan.classes[ns].types.update(n.rstrip("<>") for n in names)
        elif ns.split("::")[0] in namespaces or ("::" not in ns and ns not in defined):
            lines = [
                _type_decl(n.rstrip("<>"), n.endswith("<>"), "  ", plan.mixins.get(f"{ns}::{n}"))
                for n in sorted(names)
            ]
            out += _namespace(ns, lines)
    for ns, names in sorted(plan.scoped.items()):
        if ns in stubs or ns in plan.classes or ns.split("::")[0] not in namespaces:
            continue
        values = {n for n in names if not n.endswith("()")}
        enum = sorted(values & constants)
        lines = [f"  enum : int {{ {', '.join(enum)} }};"] if enum else []
        lines += [
            f"  template <class... T, class... A> __QtrAny {n[:-2]}(A &&...);"
            for n in sorted(names - values)
        ]
        lines += [f"  extern __QtrAny {n};" for n in sorted(values - constants)]
        out += _namespace(ns, lines)
    # stand-ins with virtual functions last: their signatures may name the others' members
    order = sorted(stubs.items(), key=lambda item: (item[0] in plan.virtuals, item[0]))
    out += [_stand_in(plan, n, t, nested.get(n, set()), scans) for n, t in order]
    for n, cls in plan.classes.items():
        cls.bases = [b for b in cls.bases if b not in defined]
        out.append(_class(cls, n in qobjects, plan, scans))
    out += [
        f"template <class... A> __QtrAny {f}(A &&...);"
        for f in sorted(plan.functions - plan.dropped)
    ]
    out += [
        f"template <class... T, class... A> __QtrAny {f}(A &&...);"
        for f in sorted(plan.templates - plan.dropped - plan.functions)
    ]
    out += [f"extern {t} {v};" for v, t in sorted(plan.variables.items()) if v not in plan.dropped]
    return "\n".join(out) + "\n"
