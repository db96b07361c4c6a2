"""What one recovery round reads: the parse, the token scans, and the names already declared."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

import clang.cindex as ci

from checks.recovery import modelinfo
from checks.recovery.modelinfo import Info, Table
from checks.recovery.plan import Plan
from checks.recovery.shapes import Definition, class_head, definitions
from checks.recovery.tokens import IDENT, KEYWORDS, Scan

_MACRO_LIKE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z0-9_]*(?:EXPORT|API)$")
_QT_LIKE = re.compile(r"^Q[A-Z][A-Za-z0-9]+$")


def macro_like(name: str) -> bool:
    """FOO_EXPORT, QT_FORWARD_DECLARE_CLASS, MYLIB_API: how macros are spelled."""
    return len(name) >= 3 and bool(_MACRO_LIKE.match(name))


def qt_like(name: str) -> bool:
    """QFoo: how Qt spells its classes (a stand-in, never taken for the real class)."""
    return bool(_QT_LIKE.match(name))


@dataclass
class Context:
    tu: ci.TranslationUnit
    main: str
    """libclang's name of the analyzed file."""
    prelude: str
    """libclang's name of the recovery header."""
    scans: dict[str, Scan]
    """Token scans of the file and of each project header, by libclang's file name."""
    known: set[str]
    """Names declared by the model, the file or its headers."""
    macros: set[str]
    defined: dict[str, str]
    """Classes the texts define -> class key."""
    namespaces: set[str]
    model_path: str
    model_classes: Callable[[], Mapping[str, Info]]
    model_names: frozenset[str] = frozenset()
    """Names the model declares: all the recovery header may name besides its own."""

    @cached_property
    def qt(self) -> Table:
        """The model's classes, members and bases: read once, when first needed."""
        return modelinfo.qt_classes(self.model_classes)

    @cached_property
    def q_objects(self) -> dict[str, list[str]]:
        """Classes the texts define with Q_OBJECT in their own body -> their bases: the file
        shows each is a QObject."""
        out: dict[str, list[str]] = {}
        for scan in self.scans.values():
            for k in scan.uses("Q_OBJECT"):
                brace, kind = scan.scopes[k]
                head = class_head(scan, brace) if kind == "class" else None
                if head is not None:
                    out.setdefault(head.name, head.bases)
        return out

    @cached_property
    def heads(self) -> dict[str, list[str]]:
        """Classes the texts define with bases -> their bases."""
        out: dict[str, list[str]] = {}
        for scan in self.scans.values():
            for k, t in enumerate(scan.tokens):
                if t.text != "{" or k + 1 >= len(scan.scopes) or scan.scopes[k + 1] != (k, "class"):
                    continue
                head = class_head(scan, k)
                if head is not None and head.bases:
                    out.setdefault(head.name, head.bases)
        return out

    @cached_property
    def definitions(self) -> list[Definition]:
        """The file's out-of-line member definitions (the same every round)."""
        return definitions(self.scans[self.main])


def type_position(scan: Scan, i: int) -> bool:
    """A name used as a type: `N *x`, `N &x`, `N x`, `new N`."""
    toks = scan.tokens
    if scan.text(i - 1) == "new" or scan.text(i - 2) == "new":
        return True
    nxt = scan.text(i + 1)
    if nxt in ("*", "&", "&&") and i + 2 < len(toks) and toks[i + 2].kind == IDENT:
        return True
    return i + 1 < len(toks) and toks[i + 1].kind == IDENT and nxt not in KEYWORDS


def add_type(
    plan: Plan, ctx: Context, name: str, template: bool = False, unknown: bool = False
) -> None:
    """A stand-in type, unless something declares the name. `unknown`: libclang said the type
    is unknown where it is used, so a name the model declares only inside a class
    (`QBoxLayout::Direction`) is no obstacle; one the texts declare still is."""
    known = name in ctx.known and not (unknown and model_only(ctx, name))
    if known or name in plan.classes or name in plan.dropped or name in KEYWORDS:
        return
    if name in plan.macros or name in ctx.defined or name in plan.namespaces:
        return
    plan.types[name] = template or plan.types.get(name, False)
    plan.variables.pop(name, None)
    plan.functions.discard(name)


_DECLARING = frozenset({"class", "struct", "union", "enum", "namespace", "typedef", "using"})


def model_only(ctx: Context, name: str) -> bool:
    """A name the model declares that no text declares (as far as a token scan sees)."""
    if name not in ctx.model_names:
        return False
    for scan in ctx.scans.values():
        for k in scan.uses(name):
            if scan.text(k - 1) in _DECLARING or (
                scan.text(k + 1) == ";" and "typedef" in (scan.text(k - j) for j in range(2, 12))
            ):
                return False
    return True
