"""Findings that rest on what recovery inferred say so, and carry a lower confidence.

Recovery takes a rebuilt class to be a Qt class only where the file shows it (an initializer
list naming a Qt base; `this` as the sender of a Qt signal), and a member to be a QFoo * only
where the file assigns `new QFoo` to it. A finding whose lines use that (a call that reaches Qt
through the inferred base, `this` handed on as that Qt object, the inferred member) is still
reported, but a reader must know it stands on an inference and not on a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

import clang.cindex as ci

from checks.findings import Finding
from checks.recovery import PRELUDE_PATH, Recovery
from checks.unit import Node, Unit

K = ci.CursorKind
PENALTY = 0.15
"""Confidence taken off a finding that rests on an inference."""
_FUNCTIONS = frozenset({K.CXX_METHOD, K.CONSTRUCTOR, K.DESTRUCTOR, K.CONVERSION_FUNCTION})
_USES = frozenset({K.CALL_EXPR, K.MEMBER_REF_EXPR, K.DECL_REF_EXPR})
_TYPED = frozenset({*_USES, K.VAR_DECL, K.FIELD_DECL, K.PARM_DECL, K.CXX_NEW_EXPR})
"""Nodes whose type shows a value of a stand-in rebuilt on a Qt class."""


def mark(unit: Unit, parsed: Recovery, findings: list[Finding], model_path: str) -> list[Finding]:
    if not findings or not (
        parsed.inferred_classes or parsed.inferred_fields or parsed.inferred_types
    ):
        return findings
    lines = inferred_lines(unit, parsed, model_path)
    out: list[Finding] = []
    for f in findings:
        reasons = sorted({lines[n] for n in range(f.line, f.end_line + 1) if n in lines})
        if reasons:
            f = replace(
                f,
                confidence=round(max(0.0, f.confidence - PENALTY), 2),
                message=f"{f.message} This rests on an inference, no header given declares it: "
                f"{'; '.join(reasons)}.",
            )
        out.append(f)
    return out


def inferred_lines(unit: Unit, parsed: Recovery, model_path: str) -> dict[int, str]:
    """Line -> the inference a use on it rests on."""
    out: dict[int, str] = {}
    words = {n: re.compile(rf"\b{re.escape(n)}\b") for n in parsed.inferred_types}
    for node in unit.nodes:
        if words and node.kind in _TYPED:
            spelled = str(node.cursor.type.spelling)
            for name, word in words.items():
                if word.search(spelled):
                    out.setdefault(node.line, parsed.inferred_types[name])
        if node.kind in _USES:
            ref = node.referenced
            if ref is not None and _file(ref) == PRELUDE_PATH:
                key = (_owner(ref), str(ref.spelling))
                why = parsed.inferred_fields.get(key)
                if why:
                    out.setdefault(node.line, f"`{key[0]}::{key[1]}` is taken to be a {why} *")
        if node.kind in _FUNCTIONS:
            cls = _owner(node.cursor)
            why = parsed.inferred_classes.get(cls)
            if why:
                for line in _through_base(node.walk(), model_path):
                    out.setdefault(line, why)
    return out


def _through_base(nodes: Iterable[Node], model_path: str) -> Iterable[int]:
    """Lines where a member body uses `this` or reaches a Qt member through the base (an
    implicit `this->`)."""
    for n in nodes:
        if n.kind == K.CXX_THIS_EXPR:
            yield n.line
        elif n.kind == K.MEMBER_REF_EXPR and not n.children:
            ref = n.referenced
            if ref is not None and _file(ref) == model_path:
                yield n.line
        elif n.kind == K.DECL_REF_EXPR and not n.children:
            # `connect(...)` unqualified: a static member reached through the base
            ref = n.referenced
            static = ref is not None and ref.kind == K.CXX_METHOD
            if static and _file(ref) == model_path and not n.spelling.startswith("operator"):
                yield n.line


def _file(cursor: ci.Cursor) -> str:
    f = cursor.location.file
    return str(f.name) if f is not None else ""


def _owner(cursor: ci.Cursor) -> str:
    parent = cursor.semantic_parent
    if parent is None or parent.kind not in (K.CLASS_DECL, K.STRUCT_DECL, K.CLASS_TEMPLATE):
        return ""
    return str(parent.spelling)
