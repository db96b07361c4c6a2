"""The engine on Debian's Qt 5 examples (about 1,200 files of real Qt code nobody here wrote).

`make test` unpacks the packages outside the repository (`make wild-corpus`); under CI a missing
corpus fails this test instead of skipping it. Every file is analyzed with its project headers
and with all of them withheld, through the same measurement `bench/wild.py` prints: no file may
fail, no rule may raise, function bodies must reach the rules as issue 7 asks, and the share of
files that parse clean must not fall back (the issue's 95% goal is printed by the benchmark).
"""

from __future__ import annotations

import os

import pytest

from bench.wild import Summary, examples_root, measure

COVERAGE_FLOOR = {"with headers": 0.99, "headers withheld": 0.99}
"""Share of function bodies that must reach the rules: raise these as the engine improves."""
CLEAN_FLOOR = {"with headers": 0.95, "headers withheld": 0.75}
"""Share of files that parse without an error: issue 7's 95% with the project headers (97.8%
measured); headers withheld (77.2% measured) stays below it, a floor against regressions."""


@pytest.fixture(scope="module", params=[True, False], ids=["with headers", "headers withheld"])
def summary(request: pytest.FixtureRequest) -> Summary:
    root = examples_root()
    if not root.is_dir():
        message = f"the Qt 5 example corpus is missing at {root}: run `make wild-corpus`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    result, _ = measure(root, headers=request.param)
    return result


def test_the_whole_corpus_is_there(summary: Summary) -> None:
    assert summary.files >= 1_150
    assert summary.definitions >= 4_000


def test_no_file_fails(summary: Summary) -> None:
    assert summary.failed == 0


def test_no_rule_raises(summary: Summary) -> None:
    assert summary.rule_errors == 0


def test_files_parse_clean(summary: Summary) -> None:
    assert summary.clean_share >= CLEAN_FLOOR[summary.label], f"{summary.clean} files parse clean"


def test_function_bodies_reach_the_rules(summary: Summary) -> None:
    assert summary.coverage >= COVERAGE_FLOOR[summary.label], (
        f"{summary.covered} of {summary.definitions} bodies reach the rules"
    )
