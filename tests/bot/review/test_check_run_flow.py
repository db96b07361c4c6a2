"""The `qtreview` check run: in progress, completed per `fail_on`, annotations in batches of 50."""

from __future__ import annotations

import pytest

import checks
from tests.support.bot_flows import (
    PATH,
    check_run_rerequested,
    check_suite_rerequested,
    fixture,
    many_defects,
    runs,
    set_repo_config,
    settle,
)
from tests.support.bot_harness import BotHarness


async def test_check_run_goes_in_progress_then_completed(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        (run,) = runs(h)
        assert run.name == "qtreview"
        assert run.head_sha == sha
        assert run.requests[0]["status"] == "in_progress"
        assert run.status == "completed"
        assert run.conclusion == "failure"  # an error, and fail_on defaults to error
        assert run.output["title"] == "1 finding: 1 error"
        assert "| error | `read-overflow` |" in run.output["summary"]
        (note,) = run.annotations
        assert (note["path"], note["start_line"], note["annotation_level"]) == (
            PATH,
            16,
            "failure",
        )
        assert h.gh.violations == []


async def test_annotations_cover_lines_outside_the_diff(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        old = fixture("echo_v1.cpp")
        new = old + "\n// a trailing comment: the only changed line\n"
        await h.open_pull(1, {PATH: new}, base_files={PATH: old})
        await settle(h)
        assert h.gh.review_comments == []  # line 16 is not in the diff
        (run,) = runs(h)
        assert [(a["path"], a["start_line"]) for a in run.annotations] == [(PATH, 16)]
        assert h.gh.violations == []


async def test_120_findings_are_annotated_in_three_patches(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {"src/drain.cpp": many_defects(120)})
        await settle(h)
        (run,) = runs(h)
        patches = [r for r in h.gh.requests if r.method == "PATCH" and "/check-runs/" in r.path]
        assert [len(p.body["output"]["annotations"]) for p in patches] == [50, 50, 20]
        assert patches[0].body["conclusion"] == "failure"
        assert "conclusion" not in patches[1].body
        assert len(run.annotations) == 120
        assert len({(a["path"], a["start_line"]) for a in run.annotations}) == 120
        assert run.output["title"] == "120 findings: 120 errors"
        assert h.gh.violations == []


@pytest.mark.parametrize(
    ("config", "conclusion"),
    [
        ("fail_on: error\n", "failure"),
        ("fail_on: never\n", "neutral"),
        ("fail_on: warning\nrules:\n  read-overflow:\n    severity: warning\n", "failure"),
        ("fail_on: error\nrules:\n  read-overflow:\n    severity: warning\n", "neutral"),
        ("rules:\n  read-overflow: off\n", "success"),
    ],
)
async def test_conclusion_follows_fail_on(
    analyzer: checks.Analyzer, config: str, conclusion: str
) -> None:
    async with BotHarness(analyzer) as h:
        set_repo_config(h, config)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        (run,) = runs(h)
        assert run.conclusion == conclusion
        assert h.gh.violations == []


async def test_check_run_rerequested_reruns_the_analysis(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        analyzed = h.service.analyzer.analyzed
        status, _, _ = await h.deliver("check_run", check_run_rerequested(h, 1, sha))
        assert status == 202
        await settle(h)
        assert h.service.analyzer.analyzed == analyzed + 1
        assert [r.conclusion for r in runs(h, sha)] == ["failure", "failure"]
        assert len(h.gh.reviews) == 1  # nothing new to say
        # another app's check run, or an older head, is not ours to rerun
        other = check_run_rerequested(h, 1, sha, name="ci")
        stale = check_run_rerequested(h, 1, "f" * 40)
        stale["check_run"]["pull_requests"][0]["head"]["sha"] = sha
        for payload in (other, stale):
            status, _, _ = await h.deliver("check_run", payload)
            assert status == 200
        assert h.gh.violations == []


async def test_check_suite_rerequested_reruns_the_analysis(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        status, _, _ = await h.deliver("check_suite", check_suite_rerequested(h, 1, sha))
        assert status == 202
        await settle(h)
        assert len(runs(h, sha)) == 2
        assert runs(h, sha)[-1].status == "completed"
        assert h.gh.violations == []


async def test_a_failed_check_run_does_not_stop_the_review(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("POST", r"/check-runs$", 403)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert runs(h) == []
        assert h.gh.violations == []
