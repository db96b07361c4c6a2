"""A review that fails on something transient is tried again as a whole, bounded; one that cannot
finish completes its check run, so none stays `in_progress`."""

from __future__ import annotations

import asyncio

import gidgethub
import pytest

import checks
from bot.github.client import NoAnswer
from bot.github.throttle import QuotaExhausted
from bot.ops.metrics import Metrics
from bot.review.queue import JobQueue, ReviewJob
from bot.review.retry import next_try, transient
from bot.settings import JobRetryPolicy
from tests.support.bot_flows import PATH, comment, fixture, reactions, runs, settle
from tests.support.bot_harness import BotHarness, RecordingClock

POLICY = JobRetryPolicy(attempts=4, backoff_s=10.0, backoff_cap_s=100.0, within_s=200.0)


def broken() -> gidgethub.GitHubBroken:
    return gidgethub.GitHubBroken(502, "Bad Gateway")


def test_transient_failures_and_what_github_asked_for() -> None:
    assert transient(broken()) == 0.0
    assert transient(NoAnswer("POST", "/x", sent=True)) == 0.0
    assert transient(QuotaExhausted(900.0)) == 900.0
    secondary = gidgethub.BadRequest(403, "You have exceeded a secondary rate limit.")
    assert transient(secondary) == 60.0
    assert transient(gidgethub.BadRequest(422, "Validation Failed")) is None
    assert transient(gidgethub.BadRequest(403, "Resource not accessible by integration")) is None
    assert transient(ValueError("a bug")) is None


def test_next_try_backs_off_and_is_bounded_in_count_and_time() -> None:
    for attempt, low, high in ((1, 5, 10), (2, 10, 20), (3, 20, 40)):
        wait = next_try(POLICY, attempt, 0.0, broken())
        assert wait is not None
        assert low <= wait <= high  # exponential, with jitter in the upper half
    assert next_try(POLICY, 4, 0.0, broken()) is None  # the fourth try was the last
    assert next_try(POLICY, 1, 195.0, broken()) is None  # would wait past within_s
    assert next_try(POLICY, 1, 0.0, QuotaExhausted(150.0)) == 150.0  # GitHub's wait wins
    assert next_try(POLICY, 1, 0.0, QuotaExhausted(500.0)) is None
    assert next_try(POLICY, 1, 0.0, ValueError("a bug")) is None


def job(sha: str, delivery: str = "") -> ReviewJob:
    return ReviewJob("o/r", "o", "r", 1, sha, 1, "https://github.com/o/r", delivery or sha, 0.0)


async def test_a_waiting_retry_is_superseded_by_a_newer_head_and_reported() -> None:
    ran: list[tuple[str, int]] = []
    reported: list[tuple[str, str]] = []

    async def runner(j: ReviewJob) -> str:
        ran.append((j.head_sha, j.attempt))
        if j.head_sha == "a":
            raise broken()
        return "posted"

    async def give_up(j: ReviewJob, reason: str) -> None:
        reported.append((j.head_sha, reason))

    clock = RecordingClock(scale=0.01)
    q = JobQueue(
        runner, concurrency=1, metrics=Metrics(), retry=POLICY, give_up=give_up, clock=clock
    )
    q.start()
    q.submit(job("a"))
    await asyncio.sleep(0.02)  # "a" failed and waits 5-10 s (50-100 ms here)
    assert ran == [("a", 1)]
    q.submit(job("b"))
    async with asyncio.timeout(5):
        await q.join()
    assert ran == [("a", 1), ("b", 1)]
    assert reported == [("a", "superseded by a newer review of this pull request")]
    await q.stop(1)


async def test_a_job_failing_every_time_is_tried_as_often_as_allowed_then_reported() -> None:
    ran: list[int] = []
    reported: list[str] = []
    metrics = Metrics()

    async def runner(j: ReviewJob) -> str:
        ran.append(j.attempt)
        raise broken()

    async def give_up(j: ReviewJob, reason: str) -> None:
        reported.append(reason)

    clock = RecordingClock(scale=0.001)
    q = JobQueue(runner, concurrency=1, metrics=metrics, retry=POLICY, give_up=give_up, clock=clock)
    q.start()
    q.submit(job("a"))
    async with asyncio.timeout(5):
        await q.join()
    assert ran == [1, 2, 3, 4]
    assert len(clock.pauses) == 3
    assert clock.pauses == sorted(clock.pauses)  # each wait longer than the one before
    (reason,) = reported
    assert reason.startswith("GitHub kept failing")
    assert (
        metrics.registry.get_sample_value("qtreview_jobs_failed_total", {"error": "GitHubBroken"})
        == 1
    )
    await q.stop(1)


async def test_a_failed_report_is_tried_again_while_github_fails() -> None:
    tries: list[int] = []

    async def runner(j: ReviewJob) -> str:
        raise ValueError("a bug: final at once")

    async def give_up(j: ReviewJob, reason: str) -> None:
        tries.append(len(tries))
        if len(tries) < 3:
            raise broken()

    q = JobQueue(
        runner,
        concurrency=1,
        metrics=Metrics(),
        retry=POLICY,
        give_up=give_up,
        clock=RecordingClock(scale=0.001),
    )
    q.start()
    q.submit(job("a"))
    async with asyncio.timeout(5):
        await q.join()
    assert tries == [0, 1, 2]
    await q.stop(1)


async def test_a_review_whose_listing_fails_past_the_client_s_tries_is_retried_as_a_job(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("GET", r"/pulls/1/files$", 502, times=5)  # the client tries 4 times
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        (run,) = runs(h, sha)  # the second try found the first try's run again
        assert (run.status, run.conclusion) == ("completed", "failure")
        assert len(run.annotations) == 1
        assert h.gh.violations == []


async def test_a_review_that_cannot_finish_completes_its_check_run_with_the_reason(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("GET", r"/pulls/1/files$", 503, times=None)
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, author="alice")
        await settle(h)
        h.gh.clear_switches()
        assert h.gh.reviews == []
        (run,) = runs(h, sha)
        assert (run.status, run.conclusion) == ("completed", "neutral")
        assert run.output["title"] == "Review not finished"
        assert "GitHub kept failing" in run.output["summary"]
        attempts = h.settings.job_retry.attempts
        listings = [r for r in h.gh.requests if r.path.endswith("/pulls/1/files")]
        assert len(listings) == attempts * h.settings.retry.attempts
        assert (
            h.service.metrics.registry.get_sample_value(
                "qtreview_jobs_failed_total", {"error": "GitHubBroken"}
            )
            == 1
        )
        assert h.gh.violations == []


@pytest.mark.parametrize("fails", [True, False])
async def test_a_recheck_is_answered_whether_or_not_its_review_finishes(
    analyzer: checks.Analyzer, fails: bool
) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, author="alice")
        await settle(h)
        if fails:
            h.gh.fail("GET", r"/pulls/1/files$", 503, times=None)
        _, cmd = await comment(h, 1, "/qtreview recheck", user="alice")
        await settle(h)
        h.gh.clear_switches()
        assert reactions(h, cmd.id) == ["eyes", "confused" if fails else "rocket"]
        assert all(r.status == "completed" for r in runs(h))
        assert h.gh.violations == []
