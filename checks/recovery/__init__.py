"""Recovery for names no header defines: declare them in memory and parse again, a few rounds.

A pull request never carries its third-party headers, its generated ones (`*_export.h`, `ui_*.h`,
moc output) or the system's; often not even the project's own. One unknown name then costs far
more than itself: `class FOO_EXPORT Bar` or an unknown base makes `Bar` invalid, and libclang
drops every `Bar::f() { ... }` body, so the rules see nothing of the file.

As psychec (Melo et al., POPL 2018) infers the declarations that make a partial C program
type-check, and as CodeQL's build-mode none accepts what it cannot resolve, this reads the first
parse's errors (and a token scan of the text, see `learn`) and writes a header of its own
(`synth`): empty definitions for unknown macros in declaration position, stand-in types (one
`__QtrAny` that accepts any use, see stand_in.h), the class of out-of-line member definitions
(`classes`), free functions and variables. Then it parses again, at most MAX_EXTRA_PARSES times.
A file that parses clean is parsed once, as before.

A stand-in is never a Qt class: rules know nothing of it. A rebuilt class is a Qt class only where
the file shows it (an initializer list naming a Qt base; `this` as the sender of a Qt signal);
findings that rest on that say so and carry a lower confidence (`inference`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import clang.cindex as ci

from checks.findings import Recovered
from checks.recovery import known
from checks.recovery.context import Context
from checks.recovery.learn import learn
from checks.recovery.modelinfo import Info
from checks.recovery.plan import Plan
from checks.recovery.synth import prelude
from checks.recovery.tokens import Scan

PRELUDE_PATH = "/qtreview-virtual/recovered/prelude.h"
MAX_EXTRA_PARSES = 2
"""Issue 7's budget: a file with unknown names costs at most two parses more than a clean one."""


@dataclass(frozen=True)
class Recovery:
    tu: ci.TranslationUnit
    parses: int
    recovered: tuple[Recovered, ...] = ()
    inferred_classes: Mapping[str, str] = field(default_factory=dict)
    """Rebuilt class -> why the file shows it is a Qt class."""
    inferred_fields: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(class, field) -> the Qt class the file assigns to it."""
    prelude: str = ""
    inferred_types: Mapping[str, str] = field(default_factory=dict)
    """Stand-in rebuilt on a Qt class -> why the file shows it is one."""


def errors(tu: ci.TranslationUnit) -> int:
    return sum(1 for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error)


def parse_recovering(
    parse: Callable[[str | None], ci.TranslationUnit],
    main: str,
    text: str,
    headers: Mapping[str, str],
    model: known.ModelNames,
    model_path: str,
    model_classes: Callable[[], Mapping[str, Info]],
) -> Recovery:
    """`parse(prelude)` parses the file with that recovery header (None: without one).

    `main` and `headers` are libclang's names of the file and of its project headers, with the
    text each is parsed from; `model` is what the model (at `model_path`) declares;
    `model_classes` gives the model's classes (asked only when a rebuilt class names a Qt class).
    """
    tu = parse(None)
    if errors(tu) == 0:
        return Recovery(tu, 1)
    ctx = _context(tu, main, text, headers, model, model_path, model_classes)
    plan = Plan(members=set(model.macro_members))
    parses, header = 1, ""
    for _ in range(MAX_EXTRA_PARSES):
        ctx.tu = tu
        learn(plan, ctx)
        qobjects = {
            name
            for name, cls in plan.classes.items()
            if any(ctx.qt.derives(b, "QObject") for b in cls.bases)
        }
        before, header = (
            header,
            prelude(plan, ctx.scans.values(), ctx.namespaces, ctx.defined, qobjects),
        )
        if header == before:
            break  # nothing new to declare: another parse would give the same errors
        tu = parse(header)
        parses += 1
        if errors(tu) == 0:
            break
    return Recovery(
        tu,
        parses,
        listing(plan),
        dict(plan.inferred),
        {(c.name, f): q for c in plan.classes.values() for f, q in c.inferred_fields.items()},
        header,
        {n: why for n, (_, why) in plan.rebased.items()},
    )


def _context(
    tu: ci.TranslationUnit,
    main: str,
    text: str,
    headers: Mapping[str, str],
    model: known.ModelNames,
    model_path: str,
    model_classes: Callable[[], Mapping[str, Info]],
) -> Context:
    scans = {main: Scan(text.encode("utf-8"))}
    scans.update({name: Scan(t.encode("utf-8")) for name, t in headers.items()})
    texts = [text, *headers.values()]
    names = set(model.names)
    macros = set(model.macros)
    namespaces = set(model.namespaces)
    defined: dict[str, str] = {}
    for scan in scans.values():
        names |= known.scope_names(scan)
    for t in texts:
        names |= known.declared_names(t)
        defined.update(known.defined_classes(t))
        macros |= known.macros(t)
        namespaces |= known.namespaces(t)
    return Context(
        tu,
        main,
        PRELUDE_PATH,
        scans,
        names,
        macros,
        defined,
        namespaces,
        model_path,
        model_classes,
        model.names,
    )


def listing(plan: Plan) -> tuple[Recovered, ...]:
    """What was declared, by name, for the file status: which header is missing shows here."""
    out: list[Recovered] = [Recovered(n, "macro") for n in sorted(plan.macros)]
    out += [Recovered(n, "namespace") for n in sorted(plan.namespaces)]
    out += [
        Recovered(n, "type", plan.rebased[n][1] if n in plan.rebased else "")
        for n in sorted(set(plan.types) - set(plan.classes) - set(plan.macros))
    ]
    for ns, names in sorted(plan.scoped_types.items()):
        out += [Recovered(f"{ns}::{n.rstrip('<>')}", "type") for n in sorted(names)]
    for n, cls in sorted(plan.classes.items()):
        out.append(Recovered(n, "class", plan.inferred.get(n, "")))
        for f, q in sorted(cls.inferred_fields.items()):
            out.append(
                Recovered(
                    f"{n}::{f}",
                    "member",
                    f"`{n}::{f}` is taken to be a {q} *: {cls.field_evidence.get(f, '')}",
                )
            )
    out += [Recovered(n, "function") for n in sorted(plan.functions | plan.templates)]
    out += [Recovered(n, "variable") for n in sorted(plan.variables)]
    for ns, names in sorted(plan.scoped.items()):
        out += [Recovered(f"{ns}::{n.rstrip('()')}", "value") for n in sorted(names)]
    return tuple(r for r in out if r.name.split("::")[-1] not in plan.dropped)
