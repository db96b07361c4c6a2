"""A rule that raises on a pull request's file: the other findings are posted, the check run's
summary names the rule and the file, and the Prometheus counter counts it."""

from __future__ import annotations

import pytest

import checks
from tests.support.bot_flows import PATH, RULE, fixture, runs, settle
from tests.support.bot_harness import BotHarness
from tests.support.broken_rule import BROKEN, MESSAGE, add_broken_rule


async def test_the_review_goes_on_and_the_check_run_says_which_rule_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_broken_rule(monkeypatch)
    with checks.Analyzer(isolate=False) as in_process:  # the patched registry is this process's
        async with BotHarness(in_process) as h:
            await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
            await settle(h)
            (run,) = runs(h)
            assert [(a["path"], a["start_line"]) for a in run.annotations] == [(PATH, 16)]
            summary = run.output["summary"]
            assert "**Rule errors**" in summary
            assert f"| `{PATH}` | 16 | `{BROKEN.id}` | {MESSAGE} |" in summary
            assert "**Files**: 1 analyzed." in summary
            comments = [c for c in h.gh.review_comments if f"(`{RULE}`)" in c.body]
            assert [c.line for c in comments] == [16]
            counted = h.service.metrics.registry.get_sample_value(
                "qtreview_rule_errors_total", {"rule": BROKEN.id}
            )
            assert counted == 1
            assert h.gh.violations == []
