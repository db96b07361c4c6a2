"""The cursor tree the rules walk is exactly libclang's own child structure.

`Unit` builds it in one recursive visit for speed, patching over parents libclang re-makes; this
compares it with the slow, obvious construction (get_children() per node) on every fixture.
"""

from __future__ import annotations

from pathlib import Path

import clang.cindex as ci
import pytest

from checks import frontend
from checks.unit import Node, Unit
from tests.support.rule_fixtures import fixture_files

ROOT = Path(__file__).resolve().parents[2]
FILES = fixture_files() + sorted((ROOT / "examples").glob("*.cpp"))
Shape = list[tuple[int, str, int, int]]


def _reference(tu: ci.TranslationUnit) -> Shape:
    out: Shape = []

    def rec(c: ci.Cursor, depth: int) -> None:
        out.append((depth, c.kind.name, c.extent.start.offset, c.extent.end.offset))
        for child in c.get_children():
            rec(child, depth + 1)

    for top in tu.cursor.get_children():
        if ci.conf.lib.clang_Location_isFromMainFile(top.location):
            rec(top, 0)
    return out


def _built(unit: Unit) -> Shape:
    out: Shape = []

    def rec(n: Node, depth: int) -> None:
        ext = n.cursor.extent
        out.append((depth, n.kind.name, ext.start.offset, ext.end.offset))
        for child in n.children:
            rec(child, depth + 1)

    for root in unit.roots:
        rec(root, 0)
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_tree_matches_libclang(path: Path) -> None:
    text = path.read_text()
    tu = frontend.parse(f"src/{path.name}", text)
    unit = Unit(f"src/{path.name}", text, tu)
    shape = _built(unit)
    assert shape == _reference(tu)
    assert len(unit.nodes) == len(shape)
