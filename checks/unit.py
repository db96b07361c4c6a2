"""The parsed file as rules see it: a tree of the main file's cursors with parent links.

libclang gives no parent pointers for expressions, and every rule needs them (which statement,
which function, which loop), so the tree is built once per file, skipping the Qt model. The
questions rules ask of the tree are answered in `checks/helpers/`.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import NamedTuple, TypeVar

import clang.cindex as ci

from checks.findings import Related
from checks.frontend import SOURCE_ROOT

K = ci.CursorKind

_uint = ctypes.c_uint
_spelling_location = ci.conf.lib.clang_getSpellingLocation
_spelling_location.argtypes = [
    ci.SourceLocation,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(_uint),
    ctypes.POINTER(_uint),
    ctypes.POINTER(_uint),
]
_spelling_location.restype = None
_equal = ci.conf.lib.clang_equalCursors
_location = ci.conf.lib.clang_getCursorLocation
_from_main_file = ci.conf.lib.clang_Location_isFromMainFile
_kind = ci.CursorKind.from_id


def _depth_of(stack: list[Node], parent: ci.Cursor, cursor: ci.Cursor) -> int:
    """How much of the stack `cursor` hangs below: up to and including its parent.

    libclang sometimes names a parent it never visited itself (the implicit expression around
    a lambda capture) or re-makes one with other private data (inside a closure class), so
    equalCursors can fail: then same kind and range, and at last the innermost node whose
    range holds the cursor, decide. An empty answer means a top-level declaration.
    """
    for i in range(len(stack) - 1, -1, -1):
        if _equal(stack[i].cursor, parent):
            return i + 1
    if parent.kind == K.TRANSLATION_UNIT:
        return 0
    pext = parent.extent
    for i in range(len(stack) - 1, -1, -1):
        c = stack[i].cursor
        if c._kind_id == parent._kind_id and c.extent == pext:
            return i + 1
    start, end = cursor.extent.start.offset, cursor.extent.end.offset
    for i in range(len(stack) - 1, -1, -1):
        ext = stack[i].cursor.extent
        lo, hi = ext.start.offset, ext.end.offset
        if lo <= start and end <= hi and (lo, hi) != (start, end):
            return i + 1
    return 0


def _spelled(loc: ci.SourceLocation) -> tuple[int, int, int, int | None]:
    """(line, column, byte offset, file handle) where the text is written, macros seen through."""
    f, line, col, off = ctypes.c_void_p(), _uint(), _uint(), _uint()
    _spelling_location(
        loc, ctypes.byref(f), ctypes.byref(line), ctypes.byref(col), ctypes.byref(off)
    )
    return line.value, col.value, off.value, f.value


REF_KINDS = frozenset({K.DECL_REF_EXPR, K.MEMBER_REF_EXPR})
DEPLOYMENT_EXEMPT_DIRS = ("test", "tests", "examples", "example", "benchmarks", "bench", "demo")


class Span(NamedTuple):
    """Where a node's text is in the analyzed file (1-based lines and columns, byte offsets)."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


@dataclass(eq=False, slots=True)
class Node:
    cursor: ci.Cursor
    kind: ci.CursorKind
    parent: Node | None
    main: int | None
    """libclang's handle of the analyzed file, to tell its text from the model's."""
    children: list[Node] = field(default_factory=list)

    @property
    def spelling(self) -> str:
        memo = self._memo()
        name = memo.get("spelling")
        if name is None:
            name = memo["spelling"] = str(self.cursor.spelling)
        return name  # type: ignore[return-value]

    span: Span | None = None
    """Set by Unit.span(): read it through that, or through line/column/start/end."""
    memo: dict[str, object] | None = None
    """Per-node answers that cost a libclang round trip (referenced, arguments, range)."""

    def _memo(self) -> dict[str, object]:
        if self.memo is None:
            self.memo = {}
        return self.memo

    @property
    def extent(self) -> ci.SourceRange:
        """libclang's raw range: inside macro arguments it still tells apart what the
        expansion location would lump together."""
        memo = self._memo()
        ext = memo.get("extent")
        if ext is None:
            ext = memo["extent"] = self.cursor.extent
        return ext

    @property
    def line(self) -> int:
        return Unit.span(self).line

    @property
    def end_line(self) -> int:
        return Unit.span(self).end_line

    @property
    def column(self) -> int:
        return Unit.span(self).column

    @property
    def start(self) -> int:
        """Byte offset of the node's text in the file."""
        return Unit.span(self).start

    @property
    def end(self) -> int:
        """Byte offset just past the node's text."""
        return Unit.span(self).end

    @property
    def referenced(self) -> ci.Cursor | None:
        memo = self._memo()
        if "ref" not in memo:
            ref = self.cursor.referenced
            memo["ref"] = ref if ref is not None and not ref.kind.is_invalid() else None
        return memo["ref"]

    def ancestors(self) -> Iterator[Node]:
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def walk(self) -> Iterator[Node]:
        """Pre-order, self included."""
        stack = [self]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(reversed(n.children))

    def is_inside(self, other: Node) -> bool:
        return any(a is other for a in self.ancestors())


class Unit:
    """One analyzed file: its text, its tree, and lookups the rules share."""

    def __init__(self, path: str, text: str, tu: ci.TranslationUnit) -> None:
        self.path = path
        self.text = text
        self.lines = [line.removesuffix("\r") for line in text.split("\n")]  # CRLF files too
        self.data = text.encode("utf-8")
        self.tu = tu
        self.roots: list[Node] = []
        self.nodes: list[Node] = []
        self.cache: dict[object, object] = {}
        """Answers computed once per file by `per_unit` helpers."""
        self._build()

    @staticmethod
    def span(node: Node) -> Span:
        """Where the node's text is in this file: its spelling inside macro arguments (the
        QCOMPARE(socket->read(...)) case), else where the macro was expanded."""
        if node.span is None:
            ext = node.cursor.extent
            sl, sc, so, sf = _spelled(ext.start)
            el, ec, eo, ef = _spelled(ext.end)
            if sf != node.main or ef != node.main or eo < so:
                a, b = ext.start, ext.end
                sl, sc, so = a.line, a.column, a.offset
                el, ec, eo = b.line, b.column, b.offset
                if (b.file is None or a.file is None) or eo < so:
                    el, ec, eo = sl, sc, so
            node.span = Span(sl, sc, el, ec, so, eo)
        return node.span

    def _build(self) -> None:
        """One recursive clang_visitChildren pass over the file's own declarations.

        Cheaper than get_children() per node (a Python list and a callback round trip each);
        pre-order, so `nodes` is in source order. The parent of each visited cursor is on the
        stack: pop until it is on top.
        """
        tu = self.tu
        handle = ctypes.cast(tu.get_file(tu.spelling).obj, ctypes.c_void_p).value
        stack: list[Node] = []
        roots, nodes = self.roots, self.nodes

        def visit(cursor: ci.Cursor, parent: ci.Cursor, _: object) -> int:
            if not stack:
                # Top level: declarations written in this file (not those of the model, nor
                # those a model macro such as Q_DECLARE_METATYPE writes into it).
                if not _from_main_file(_location(cursor)):
                    return 1  # CXChildVisit_Continue: a declaration of the model or a header
                up: Node | None = None
            elif _equal(stack[-1].cursor, parent):
                up = stack[-1]  # first child: the common case, one comparison
            else:
                del stack[_depth_of(stack, parent, cursor) :]
                if not stack and not _from_main_file(_location(cursor)):
                    return 1
                up = stack[-1] if stack else None
            cursor._tu = tu
            node = Node(cursor, _kind(cursor._kind_id), up, handle)
            if up is None:
                roots.append(node)
            else:
                up.children.append(node)
            nodes.append(node)
            stack.append(node)
            return 2  # CXChildVisit_Recurse

        ci.conf.lib.clang_visitChildren(tu.cursor, ci.callbacks["cursor_visit"](visit), None)

    # ---- lookups -------------------------------------------------------------------------

    def of_kind(self, *kinds: ci.CursorKind) -> Iterator[Node]:
        ks = set(kinds)
        return (n for n in self.nodes if n.kind in ks)

    @cached_property
    def calls(self) -> list[Node]:
        return [n for n in self.nodes if n.kind == K.CALL_EXPR]

    @cached_property
    def _refs(self) -> dict[ci.Cursor, list[Node]]:
        index: dict[ci.Cursor, list[Node]] = {}
        for n in self.nodes:
            if n.kind in REF_KINDS:
                ref = n.referenced
                if ref is not None:
                    index.setdefault(ref, []).append(n)
        return index

    @cached_property
    def _decls(self) -> dict[ci.Cursor, Node]:
        kinds = (K.VAR_DECL, K.FIELD_DECL, K.PARM_DECL)
        return {n.cursor: n for n in self.nodes if n.kind in kinds}

    def declaration(self, decl: ci.Cursor) -> Node | None:
        """The node declaring a variable, field or parameter in this file, if it is here.

        By hash first; libclang hashes some cursors (locals of lambdas) differently from the
        visited ones while equalCursors agrees, so fall back to comparing declarations.
        """
        found = self._decls.get(decl)
        if found is None:
            found = next((n for c, n in self._decls.items() if c == decl), None)
        return found

    def references(self, decl: ci.Cursor) -> list[Node]:
        """Every use of `decl` in this file (by libclang's resolution, not by name)."""
        return self._refs.get(decl, [])

    def text_of(self, node: Node) -> str:
        span = Unit.span(node)
        return self.data[span.start : span.end].decode("utf-8", errors="replace")

    def related(self, cursor: ci.Cursor, message: str) -> Related | None:
        """Evidence at a declaration, in this file or a project header; None in the Qt model."""
        loc = cursor.location
        if loc.file is None:
            return None
        name = str(loc.file.name)
        if name == self.tu.spelling:
            return Related(int(loc.line), message)
        prefix = SOURCE_ROOT + "/"
        if name.startswith(prefix):
            return Related(int(loc.line), message, name[len(prefix) :])
        return None

    @cached_property
    def deployment_exempt(self) -> bool:
        """Test, example and benchmark code: deployment rules may weigh this; memory rules never."""
        parts = self.path.lower().split("/")
        return any(p in DEPLOYMENT_EXEMPT_DIRS for p in parts[:-1]) or parts[-1].startswith(
            ("tst_", "test_")
        )


T = TypeVar("T")


def per_unit(build: Callable[[Unit], T]) -> Callable[[Unit], T]:
    """Compute `build(unit)` once per analyzed file: the one cache for per-file indexes that
    several rules ask for (signal handlers, connections, declarations by name)."""

    @wraps(build)
    def cached(unit: Unit) -> T:
        if build not in unit.cache:
            unit.cache[build] = build(unit)
        return unit.cache[build]  # type: ignore[return-value]

    return cached
