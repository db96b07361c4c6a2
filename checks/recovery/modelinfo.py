"""Member names and bases of the model's classes, read once per process from a parse.

A class rebuilt from a file that derives from a Qt class must not redeclare what that base has
(it would hide QIODevice::read from the rules); stand-ins must not clash with QObject's members.
"""

from __future__ import annotations

import clang.cindex as ci

K = ci.CursorKind
_CLASS_KINDS = (K.CLASS_DECL, K.STRUCT_DECL, K.CLASS_TEMPLATE)
Table = dict[str, tuple[frozenset[str], tuple[str, ...]]]
_table: Table | None = None


def _build(tu: ci.TranslationUnit, model_path: str) -> Table:
    out: Table = {}

    def visit(cursor: ci.Cursor, prefix: str) -> None:
        for c in cursor.get_children():
            loc = c.location.file
            if loc is None or loc.name != model_path:
                continue
            if c.kind == K.NAMESPACE:
                visit(c, f"{prefix}{c.spelling}::")
            elif c.kind in _CLASS_KINDS and c.is_definition():
                names: set[str] = set()
                bases: list[str] = []
                for m in c.get_children():
                    if m.kind == K.CXX_BASE_SPECIFIER:
                        ref = m.referenced
                        bases.append(str(ref.spelling if ref is not None else m.type.spelling))
                    elif m.spelling:
                        names.add(str(m.spelling))
                out[f"{prefix}{c.spelling}"] = (frozenset(names), tuple(bases))

    visit(tu.cursor, "")
    return out


def qt_classes(tu: ci.TranslationUnit, model_path: str) -> Table:
    """The model's classes (the same in every parse of this process, so read once)."""
    global _table
    if _table is None:
        _table = _build(tu, model_path)
    return _table


def _chain(table: Table, name: str) -> list[str]:
    out: list[str] = []
    todo = [name]
    while todo:
        n = todo.pop()
        if n in out or n not in table:
            continue
        out.append(n)
        todo.extend(table[n][1])
    return out


def members(table: Table, name: str) -> set[str]:
    """Every member name of a model class and of its bases."""
    return {m for c in _chain(table, name) for m in table[c][0]}


def derives(table: Table, name: str, base: str) -> bool:
    return base in _chain(table, name)
