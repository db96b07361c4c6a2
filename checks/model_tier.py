"""Which part of the Qt model a file needs: the core (no GUI) or all of it.

A clean file's parse grows with what the precompiled model holds, even where the file uses none
of it: libclang loads every specialization of a class template (QList, QFlags) the first time
the file completes one, and the GUI and widgets parts hold half of them. A file that names
nothing only those parts define is parsed against a PCH of the core parts, as a compiler given
only QtCore and QtNetwork would parse it; any other file gets the whole model.

The names come from the whole model's declarations (`gui_names`): classes with a body, enums and
their enumerators, functions, variables, typedefs and macros that only a GUI part defines (a
core part that only forward-declares `class QWidget;` does not count). A file that names one,
anywhere, even in a comment, gets the whole model; so the choice errs towards the whole model,
which parses everything the core does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import clang.cindex as ci

FULL = "full"
CORE = "core"
TIERS = (CORE, FULL)

FIRST_GUI_PART = 40
"""Parts are named NN_what.h; those from 40 on (QtGui, QtWidgets, QtOpenGL, QtSql, ...) are
left out of the core."""

_PART = re.compile(r"(\d+)_")
_MARKER = re.compile(r"^// ---- (\S+\.h)$", re.M)
_MACRO = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)", re.M)
_IDENT = re.compile(r"[A-Za-z_]\w*")

_NAMED = {
    ci.CursorKind.FUNCTION_DECL,
    ci.CursorKind.FUNCTION_TEMPLATE,
    ci.CursorKind.VAR_DECL,
    ci.CursorKind.TYPEDEF_DECL,
    ci.CursorKind.TYPE_ALIAS_DECL,
    ci.CursorKind.TYPE_ALIAS_TEMPLATE_DECL,
    ci.CursorKind.ENUM_CONSTANT_DECL,
}
_CLASSES = {
    ci.CursorKind.CLASS_DECL,
    ci.CursorKind.STRUCT_DECL,
    ci.CursorKind.UNION_DECL,
    ci.CursorKind.CLASS_TEMPLATE,
    ci.CursorKind.ENUM_DECL,
}


def in_tier(part: str, tier: str) -> bool:
    """Whether model part `part` (a file name such as `30_qt_network.h`) is in `tier`."""
    if tier == FULL:
        return True
    m = _PART.match(part)
    return m is not None and int(m.group(1)) < FIRST_GUI_PART


def gui_names(model: ci.TranslationUnit, model_path: str, model_text: str) -> set[str]:
    """Names the whole model's parts outside the core define and its core parts do not.

    `model` is the whole model's translation unit (its PCH loaded as an AST), `model_text` the
    text at `model_path` it was built from (its parts opened by `// ---- NAME.h` markers)."""
    markers = list(_MARKER.finditer(model_text))
    starts = [(model_text.count("\n", 0, m.start()) + 1, m.group(1)) for m in markers]

    def part_at(line: int) -> str:
        name = ""
        for start, part in starts:
            if start > line:
                break
            name = part
        return name

    core: set[str] = set()
    gui: set[str] = set()
    for name, line in _definitions(model.cursor, model_path):
        (core if in_tier(part_at(line), CORE) else gui).add(name)
    for m, after in zip(markers, [*markers[1:], None], strict=True):
        body = model_text[m.end() : after.start() if after else len(model_text)]
        (core if in_tier(m.group(1), CORE) else gui).update(_MACRO.findall(body))
    return gui - core


def _definitions(parent: ci.Cursor, model_path: str) -> Iterable[tuple[str, int]]:
    """(name, line) of every namespace-scope definition in the model, namespaces entered."""
    for cursor in parent.get_children():
        loc = cursor.location
        if loc.file is None or loc.file.name != model_path:
            continue
        kind = cursor.kind
        if kind == ci.CursorKind.NAMESPACE:
            yield from _definitions(cursor, model_path)
        elif kind in _CLASSES:
            if cursor.is_definition() and cursor.spelling:
                yield cursor.spelling, loc.line
            if kind == ci.CursorKind.ENUM_DECL:
                for constant in cursor.get_children():  # unscoped: visible where the enum is
                    yield constant.spelling, loc.line
        elif kind in _NAMED and cursor.spelling and not cursor.spelling.startswith("operator"):
            yield cursor.spelling, loc.line


def choose(texts: Iterable[str], gui: frozenset[str] | set[str]) -> str:
    """The tier for a file whose text and project headers are `texts`."""
    for text in texts:
        if not gui.isdisjoint(_IDENT.findall(text)):
            return FULL
    return CORE
