"""Every rule against its fixtures: true positives on the right line, look-alikes silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import analyze_text
from checks.registry import rules
from tests.rule_fixtures import FIXTURES, THRESHOLD, expected, fixture_files

RULE_IDS = [r.meta.id for r in rules()]
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture(path: Path) -> None:
    rule = path.parent.name
    assert rule in RULE_IDS, f"fixture folder {rule} names no rule"
    text = path.read_text()
    findings, _ = analyze_text(f"src/{path.name}", text)
    got = {
        f.line for f in findings if f.confidence >= THRESHOLD and (f.rule == rule or rule in f.also)
    }
    want = expected(text, rule)
    if path.name.startswith("bad_"):
        assert want, f"{path.name} marks no expected finding"
    else:
        assert not want, f"{path.name} is a clean look-alike but marks findings"
    assert got == want, (
        f"missing on lines {sorted(want - got)}, unexpected on lines {sorted(got - want)}: "
        + "; ".join(f"{f.line}: {f.message}" for f in findings if f.rule == rule)
    )


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_has_fixtures_both_ways_and_a_doc(rule_id: str) -> None:
    folder = FIXTURES / rule_id
    assert list(folder.glob("bad_*")), f"{rule_id} has no true-positive fixture"
    assert list(folder.glob("good_*")), f"{rule_id} has no clean look-alike fixture"
    doc = (ROOT / "docs" / "rules" / f"{rule_id}.md").read_text()
    for heading in ("## What", "## Why", "## Bad", "## Good", "## Fix"):
        assert heading in doc, f"docs/rules/{rule_id}.md lacks '{heading}'"


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.meta.id)
def test_rule_metadata(rule: object) -> None:
    meta = rule.meta  # type: ignore[attr-defined]
    assert meta.cwe
    assert all(c.startswith("CWE-") and c[4:].isdigit() for c in meta.cwe)
    assert meta.title
    assert meta.summary
    assert meta.confidence
    module_name = meta.id.replace("-", "_")
    assert (ROOT / "checks" / "rules" / f"{module_name}.py").exists(), "one module per rule"
