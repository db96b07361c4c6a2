"""The journal's promises: what was acknowledged is on disk until done, and a new process
resumes it (newest head per pull request; older heads reported as superseded)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import checks
from bot.ops.metrics import Metrics
from bot.review.journal import FILE_NAME, Journal
from bot.review.queue import JobQueue, ReviewJob
from tests.support.bot_flows import settle
from tests.support.bot_harness import OWNER, REPO, BotHarness
from tests.support.fault_load import head_files


def job(number: int, sha: str) -> ReviewJob:
    return ReviewJob("o/r", "o", "r", number, sha, 1, "https://github.com/o/r", f"d-{sha}", 0.0)


def rows(state: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(state / FILE_NAME) as db:
        return [(n, text) for n, text in db.execute("SELECT number, job FROM jobs ORDER BY id")]


def test_a_job_is_on_disk_before_submit_returns_and_survives_reopening(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    written = journal.add(job(7, "abc"))
    assert written.journal_id is not None
    # another connection (another process) sees it at once: nothing waits in a buffer
    assert [n for n, _ in rows(tmp_path)] == [7]
    journal.close()
    again = Journal(tmp_path)
    assert again.unfinished() == {("o/r", 7): [written]}
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o077 == 0
    again.close()


def test_done_removes_the_job_and_older_heads_of_its_pull_request_only(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    old = journal.add(job(1, "a"))
    other = journal.add(job(2, "x"))
    new = journal.add(job(1, "b"))
    journal.done(new)
    assert journal.unfinished() == {("o/r", 2): [other]}
    assert old.journal_id is not None
    assert new.journal_id is not None
    assert old.journal_id < new.journal_id
    journal.close()


def test_an_unreadable_row_is_dropped_with_the_rest_resumed(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    kept = journal.add(job(3, "c"))
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("INSERT INTO jobs (repo, number, job) VALUES ('o/r', 4, '{not json')")
    assert journal.unfinished() == {("o/r", 3): [kept]}
    assert len(journal) == 1
    journal.close()


async def test_a_queue_with_a_journal_resumes_what_a_stopped_one_left(tmp_path: Path) -> None:
    gate = asyncio.Event()
    ran: list[str] = []

    async def stuck(j: ReviewJob) -> str:
        await gate.wait()
        return "posted"

    first = JobQueue(stuck, concurrency=1, metrics=Metrics(), journal=Journal(tmp_path))
    first.start()
    assert first.submit(job(1, "a"))
    await asyncio.sleep(0.01)  # "a" is running
    assert first.submit(job(1, "b"))  # pending behind it
    assert first.submit(job(1, "c"))  # supersedes "b"
    assert first.submit(job(2, "x"))
    handed_back = await first.stop(grace_s=0.05)
    assert sorted(j.head_sha for j in handed_back) == ["a", "c", "x"]
    assert [n for n, _ in rows(tmp_path)] == [1, 1, 1, 2]  # a, b (superseded in memory), c, x

    reported: list[tuple[str, str]] = []

    async def runner(j: ReviewJob) -> str:
        ran.append(f"{j.head_sha}@{j.attempt}")
        return "posted"

    async def give_up(j: ReviewJob, reason: str) -> None:
        reported.append((j.head_sha, reason))

    journal = Journal(tmp_path)
    second = JobQueue(runner, concurrency=1, metrics=Metrics(), give_up=give_up, journal=journal)
    second.start()
    async with asyncio.timeout(5):
        await second.join()
    # the newest head of each pull request runs, as another try (its check run is looked up)
    assert sorted(ran) == ["c@2", "x@2"]
    assert sorted(sha for sha, _ in reported) == ["a", "b"]
    assert all("superseded" in why for _, why in reported)
    assert len(journal) == 0
    await second.stop(1)
    journal.close()


async def test_a_failed_job_stays_in_the_journal_until_reported(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    release = asyncio.Event()

    async def failing(j: ReviewJob) -> str:
        raise RuntimeError("a bug, not GitHub")

    async def give_up(j: ReviewJob, reason: str) -> None:
        await release.wait()

    q = JobQueue(failing, concurrency=1, metrics=Metrics(), give_up=give_up, journal=journal)
    q.start()
    q.submit(job(5, "e"))
    await asyncio.sleep(0.05)
    assert len(journal) == 1  # failed, its report not done yet: a crash now would resume it
    release.set()
    async with asyncio.timeout(5):
        await q.join()
    assert len(journal) == 0
    await q.stop(1)
    journal.close()


async def test_a_delivery_the_journal_cannot_store_is_refused_and_its_redelivery_runs(
    tmp_path: Path, analyzer: checks.Analyzer
) -> None:
    """Nothing is acknowledged that is not on disk: a failing journal gives 503, not 202, and
    the delivery id is given back so that GitHub's redelivery is reviewed."""
    async with BotHarness(analyzer, state_dir=tmp_path / "state") as h:
        sha = h.gh.add_pull(OWNER, REPO, 1, files=head_files(1, 0)).head_sha
        journal = h.service.journal
        assert journal is not None
        journal.close()  # the disk goes away under the service
        status, _, sent = await h.deliver("pull_request", h.payload("opened", 1, sha))
        assert status == 503
        journal.__init__(tmp_path / "state")  # type: ignore[misc]  # the disk is back
        again = {"X-GitHub-Delivery": sent["X-GitHub-Delivery"]}
        status, _, _ = await h.deliver("pull_request", h.payload("opened", 1, sha), headers=again)
        assert status == 202
        await settle(h, limit_s=60)
    assert [r.commit_id for r in h.gh.reviews] == [sha]
    assert len(Journal(tmp_path / "state")) == 0
