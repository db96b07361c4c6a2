"""Names some declaration already gives: the model's, and those the file and its headers write.

Recovery declares only what nothing declares; a name declared later in the text (or in a way the
parse did not get to) must not be declared twice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checks.recovery.shapes import TYPE_KEYWORDS
from checks.recovery.tokens import IDENT, KEYWORDS, Scan

_DECLARED = re.compile(
    r"\b(?:class|struct|union|enum(?:\s+class|\s+struct)?|namespace)\s+(?:\[\[[^\]]*\]\]\s*)?"
    r"([A-Za-z_]\w*)"
    r"|\btypedef\b[^;{]*?\b([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*;"
    r"|\busing\s+([A-Za-z_]\w*)\s*="
    r"|^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)",
    re.M,
)
_DEFINED_CLASS = re.compile(
    r"\b(class|struct|union)\s+(?:[A-Z][A-Z0-9_]+\s+)?([A-Za-z_]\w*)\s*(?:final\s*)?[:{]"
)
_MACRO = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)", re.M)
_NAMESPACE = re.compile(
    r"(?<!using )\bnamespace\s+([A-Za-z_]\w*)"
)  # `using namespace X;` declares none


def declared_names(text: str) -> set[str]:
    """Types, namespaces, typedefs, aliases and macros the text declares."""
    out: set[str] = set()
    for m in _DECLARED.finditer(text):
        out.update(g for g in m.groups() if g)
    return out


def defined_classes(text: str) -> dict[str, str]:
    """Class name -> its key (class, struct, union) for every class the text gives a body."""
    return {m.group(2): m.group(1) for m in _DEFINED_CLASS.finditer(text)}


def macros(text: str) -> set[str]:
    return set(_MACRO.findall(text))


def namespaces(text: str) -> set[str]:
    return set(_NAMESPACE.findall(text))


class ModelNames(NamedTuple):
    """What the model's text declares, for recovery not to declare it again: read once per
    model (the front end keeps it beside the PCH), not once per process."""

    names: frozenset[str]
    macros: frozenset[str]
    namespaces: frozenset[str]
    macro_members: frozenset[str]
    """Names the model's macros use as members of their arguments (qPrintable(x) calls
    x.toLocal8Bit().constData()): a stand-in handed to such a macro must answer to them."""


def read_model(model: str) -> ModelNames:
    members: set[str] = set()
    for line in re.findall(r"^[ \t]*#[ \t]*define[^\n]*(?:\\\n[^\n]*)*", model, re.M):
        members |= set(re.findall(r"(?:\.|->)\s*([A-Za-z_]\w*)", line))
    return ModelNames(
        frozenset(declared_names(model)),
        frozenset(macros(model)),
        frozenset(namespaces(model)),
        frozenset(members),
    )


def scope_names(scan: Scan) -> set[str]:
    """Variables and functions declared at file or namespace scope, and every enumerator."""
    out: set[str] = set()
    toks = scan.tokens
    scopes = scan.scopes
    for k, t in enumerate(toks):
        if t.kind != IDENT or t.text in KEYWORDS or k == 0:
            continue
        kind = scopes[k][1]
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        prev = toks[k - 1]
        if kind == "enum" and nxt in (",", "=", "}") and prev.text in ("{", ","):
            out.add(t.text)
        elif kind in ("file", "namespace", "extern") and nxt in ("=", ";", "[", "("):
            typed = prev.kind == IDENT and (prev.text not in KEYWORDS or prev.text in TYPE_KEYWORDS)
            if typed or prev.text in ("*", "&", ">"):
                out.add(t.text)
    return out
