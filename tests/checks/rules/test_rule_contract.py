"""The contract every rule keeps: its fixtures (true positives on the right line, look-alikes
silent), its metadata, its doc page with every section docs/writing-rules.md requires, and its row
in the README's rule table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.engine import analyze_text
from checks.registry import rule_table, rules
from tests.support.rule_fixtures import FIXTURES, THRESHOLD, expected, fixture_files

RULE_IDS = [r.meta.id for r in rules()]
ROOT = Path(__file__).resolve().parents[3]


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
    headings = set(re.findall(r"^## (.+?)\s*$", doc, re.MULTILINE))
    for section in REQUIRED_SECTIONS:
        assert section in headings, f"docs/rules/{rule_id}.md lacks '## {section}'"


def _required_sections() -> tuple[str, ...]:
    """The sections docs/writing-rules.md asks of every rule page, read from its text."""
    text = (ROOT / "docs" / "writing-rules.md").read_text()
    m = re.search(r"docs/rules/<id>\.md` \(sections: ([^)]*)\)", text)
    assert m, "docs/writing-rules.md no longer lists the sections a rule page needs"
    return tuple(s.strip() for s in m.group(1).split(","))


REQUIRED_SECTIONS = _required_sections()


def test_writing_rules_asks_for_the_core_sections() -> None:
    assert {"What", "Why", "Bad", "Good", "Fix"} <= set(REQUIRED_SECTIONS)


def test_readme_rule_table_matches_the_registry() -> None:
    """One row per rule, in order, with the severity, CWEs and title the metadata says."""
    readme = (ROOT / "README.md").read_text()
    rows = re.findall(
        r"^\| \[`([a-z0-9-]+)`\]\(docs/rules/([a-z0-9-]+)\.md\) \| (\w+) \| ([^|]+) \| ([^|]+) \|$",
        readme,
        re.MULTILINE,
    )
    got = [(rid, page, sev, cwe.strip(), title.strip()) for rid, page, sev, cwe, title in rows]
    want = [(m.id, m.id, m.severity.value, ", ".join(m.cwe), m.title) for m in rule_table()]
    assert got == want


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
