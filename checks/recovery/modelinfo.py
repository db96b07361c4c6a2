"""Member names and bases of the model's classes, read from the model's PCH once per model.

A class rebuilt from a file that derives from a Qt class must not redeclare what that base has
(it would hide QIODevice::read from the rules). The file's own parse does not list the model's
declarations (the index skips the PCH's), so `read` walks the PCH loaded as an AST of its own,
once per model: the front end keeps the table beside the PCH (`frontend.model_classes`), so a
process neither loads that second translation unit nor holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

import clang.cindex as ci

K = ci.CursorKind
_CLASS_KINDS = (K.CLASS_DECL, K.STRUCT_DECL, K.CLASS_TEMPLATE)

Info = tuple[list[str], list[str], list[str]]
"""One class: its member names, its direct bases, its pure virtual functions (plain lists, so
the table is JSON as it is)."""


class Table:
    """The model's classes by qualified name."""

    def __init__(self, classes: Mapping[str, Info]) -> None:
        self._classes = classes
        self._read: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        self._pure: dict[str, frozenset[str]] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._classes

    def _of(self, name: str) -> tuple[frozenset[str], tuple[str, ...]]:
        if name not in self._read:
            names, bases, pure = self._classes[name]
            self._read[name] = (frozenset(names), tuple(bases))
            self._pure[name] = frozenset(pure)
        return self._read[name]

    def abstract(self, name: str) -> bool:
        """Whether a model class has a pure virtual function none of its chain defines."""
        chain = self.chain(name)
        for i, c in enumerate(chain):
            self._of(c)
            defined_below = {m for d in chain[:i] for m in self._of(d)[0]}
            if self._pure[c] - defined_below:
                return True
        return False

    def chain(self, name: str) -> list[str]:
        """The class and its bases, transitively, as far as the model has them."""
        out: list[str] = []
        todo = [name]
        while todo:
            n = todo.pop()
            if n in out or n not in self._classes:
                continue
            out.append(n)
            todo.extend(self._of(n)[1])
        return out

    def members(self, name: str) -> set[str]:
        """Every member name of a model class and of its bases."""
        return {m for c in self.chain(name) for m in self._of(c)[0]}

    def derives(self, name: str, base: str) -> bool:
        return base in self.chain(name)


def read(ast: ci.TranslationUnit, model_path: str) -> dict[str, Info]:
    """Every class the model defines, member by member."""
    out: dict[str, Info] = {}
    for name, cls in _index(ast, model_path).items():
        names: set[str] = set()
        bases: list[str] = []
        pure: set[str] = set()
        for m in cls.get_children():
            if m.kind == K.CXX_BASE_SPECIFIER:
                ref = m.referenced
                bases.append(str(ref.spelling if ref is not None else m.type.spelling))
            elif m.spelling:
                names.add(str(m.spelling))
                if m.kind == K.CXX_METHOD and m.is_pure_virtual_method():
                    pure.add(str(m.spelling))
        out[name] = (sorted(names), bases, sorted(pure))
    return out


def _index(ast: ci.TranslationUnit, model_path: str) -> dict[str, ci.Cursor]:
    out: dict[str, ci.Cursor] = {}

    def visit(cursor: ci.Cursor, prefix: str) -> None:
        for c in cursor.get_children():
            loc = c.location.file
            if loc is None or loc.name != model_path:
                continue
            if c.kind == K.NAMESPACE:
                visit(c, f"{prefix}{c.spelling}::")
            elif c.kind in _CLASS_KINDS and c.is_definition():
                out[f"{prefix}{c.spelling}"] = c

    visit(ast.cursor, "")
    return out


@cache
def qt_classes(load: Callable[[], Mapping[str, Info]]) -> Table:
    """The model's classes (the same in every parse of this process, so read once)."""
    return Table(load())
