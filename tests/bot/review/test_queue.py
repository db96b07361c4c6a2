"""The queue's promises: one pending job per pull request, newest head wins, graceful stop."""

from __future__ import annotations

import asyncio

from bot.ops.metrics import Metrics
from bot.review.queue import JobQueue, ReviewJob


def job(number: int, sha: str) -> ReviewJob:
    return ReviewJob("o/r", "o", "r", number, sha, 1, "https://github.com/o/r", f"d-{sha}", 0.0)


async def test_newer_head_supersedes_a_pending_one_and_runs_after_the_running_one() -> None:
    ran: list[str] = []
    gate = asyncio.Event()

    async def runner(j: ReviewJob) -> str:
        ran.append(j.head_sha)
        await gate.wait()
        return "done"

    q = JobQueue(runner, concurrency=2, metrics=Metrics())
    q.start()
    assert q.submit(job(1, "a"))
    await asyncio.sleep(0.01)  # "a" is running
    q.submit(job(1, "b"))
    q.submit(job(1, "c"))  # replaces "b" before it started
    q.submit(job(2, "x"))
    assert q.latest_sha(("o/r", 1)) == "c"
    await asyncio.sleep(0.01)
    assert sorted(ran) == ["a", "x"]  # never two jobs of one pull request at once
    gate.set()
    async with asyncio.timeout(5):
        await q.join()
    assert ran == ["a", "x", "c"]
    await q.stop(1)


async def test_stop_finishes_running_jobs_and_hands_back_pending_ones() -> None:
    finished: list[str] = []

    async def runner(j: ReviewJob) -> str:
        await asyncio.sleep(0.1)
        finished.append(j.head_sha)
        return "done"

    q = JobQueue(runner, concurrency=1, metrics=Metrics())
    q.start()
    q.submit(job(1, "a"))
    q.submit(job(2, "b"))
    await asyncio.sleep(0.02)
    handed_back = await q.stop(grace_s=2)
    assert finished == ["a"]
    assert [j.head_sha for j in handed_back] == ["b"]
    assert not q.submit(job(3, "c"))


async def test_stop_cancels_what_outlives_the_grace_period() -> None:
    async def runner(j: ReviewJob) -> str:
        await asyncio.sleep(30)
        return "done"

    q = JobQueue(runner, concurrency=1, metrics=Metrics())
    q.start()
    q.submit(job(1, "a"))
    await asyncio.sleep(0.01)
    handed_back = await q.stop(grace_s=0.05)
    assert [j.head_sha for j in handed_back] == ["a"]
