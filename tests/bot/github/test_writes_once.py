"""Every write happens once, even when GitHub carried it out and only its answer was lost.

The emulator acts and then loses the answer (a 502, a reset, or a hang past the client's timeout)
on every request of one kind; the bot must find what it wrote instead of writing it again.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import checks
from tests.support.bot_flows import (
    PATH,
    bot_comments,
    comment,
    fixture,
    many_defects,
    runs,
    set_repo_config,
    settle,
)
from tests.support.bot_harness import FAST_RETRY, BotHarness
from tests.support.github_emulator.faults import Fault, FaultPlan

LOST = (Fault.ERROR_AFTER, Fault.RESET_AFTER)


def lost_answers(fault: Fault, method: str, path: str) -> FaultPlan:
    """Every `method` request on `path` is carried out, and its answer lost."""
    return FaultPlan(seed=1, rate=1.0, mix={fault: 1.0}, path=path, methods=frozenset({method}))


def sent(h: BotHarness, method: str, path: str) -> int:
    return sum(1 for r in h.gh.requests if r.method == method and r.path.endswith(path))


@pytest.mark.parametrize("fault", LOST)
async def test_a_review_whose_answer_is_lost_is_found_not_posted_again(
    analyzer: checks.Analyzer, fault: Fault
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.faults = lost_answers(fault, "POST", r"/pulls/1/reviews$")
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert [r.commit_id for r in h.gh.reviews] == [sha]
        assert len(h.gh.review_comments) == 1
        assert sent(h, "POST", "/pulls/1/reviews") == 1  # looked, found, not sent again
        assert h.gh.violations == []


async def test_a_review_that_timed_out_after_github_created_it_is_not_doubled(
    analyzer: checks.Analyzer,
) -> None:
    quick = replace(FAST_RETRY, request_timeout_s=0.3)
    async with BotHarness(analyzer, retry=quick) as h:
        plan = lost_answers(Fault.HANG, "POST", r"/pulls/1/reviews$")
        plan.hang_s = 0.6
        h.gh.faults = plan
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


@pytest.mark.parametrize("fault", LOST)
async def test_a_check_run_whose_creation_answer_is_lost_is_not_created_twice(
    analyzer: checks.Analyzer, fault: Fault
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.faults = lost_answers(fault, "POST", r"/check-runs$")
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        (run,) = runs(h, sha)
        assert (run.status, run.conclusion) == ("completed", "failure")
        assert len(run.annotations) == 1
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_check_run_updates_whose_answers_are_lost_append_each_annotation_once(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.faults = lost_answers(Fault.ERROR_AFTER, "PATCH", r"/check-runs/\d+$")
        _, sha = await h.open_pull(1, {"src/many.cpp": many_defects(70)})
        await settle(h)
        (run,) = runs(h, sha)
        assert run.status == "completed"
        assert len(run.annotations) == 70  # two PATCHes (50 + 20), neither applied twice
        assert len({(a["path"], a["start_line"]) for a in run.annotations}) == 70
        assert sent(h, "PATCH", f"/check-runs/{run.id}") == 2
        assert h.gh.violations == []


async def test_a_config_notice_whose_answer_is_lost_is_posted_once(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        set_repo_config(h, "max_coments: 3\n")
        h.gh.faults = lost_answers(Fault.RESET_AFTER, "POST", r"/issues/1/comments$")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        (notice,) = bot_comments(h)
        assert "max_coments" in notice
        assert h.gh.violations == []


async def test_a_command_reply_whose_answer_is_lost_is_posted_once(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, author="alice")
        await settle(h)
        h.gh.faults = lost_answers(Fault.ERROR_AFTER, "POST", r"/issues/1/comments$")
        await comment(h, 1, "/qtreview help", user="alice")
        await settle(h)
        (reply,) = bot_comments(h)
        assert reply.startswith("@alice ")
        assert "/qtreview recheck" in reply
        assert h.gh.violations == []


async def test_a_fixed_reply_whose_answer_is_lost_is_posted_once(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        (top,) = h.gh.review_comments
        h.gh.faults = lost_answers(Fault.ERROR_AFTER, "POST", r"/comments/\d+/replies$")
        await h.push(1, {PATH: fixture("echo_v1.cpp").replace("bytesAvailable()", "8")})
        await settle(h)
        replies = [c for c in h.gh.review_comments if c.in_reply_to_id == top.id]
        assert len(replies) == 1
        assert "Fixed in" in replies[0].body
        assert h.gh.violations == []


async def test_reads_are_sent_again_after_5xx_and_resets(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.faults = FaultPlan(
            seed=5,
            rate=0.5,
            mix={Fault.ERROR_BEFORE: 1.0, Fault.RESET_BEFORE: 1.0, Fault.RESET_AFTER: 1.0},
            methods=frozenset({"GET"}),
        )
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert sum(h.gh.faults.injected.values()) >= 3
        assert h.gh.violations == []
