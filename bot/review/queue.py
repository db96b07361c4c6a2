"""An in-process queue of reviews, one slot per pull request, run with bounded concurrency.

A pull request has at most one pending job: a newer head SHA replaces an older one that has not
started (reviewing a superseded commit is wasted work). A job never runs twice at once for one pull
request; one queued behind a running job starts when that one ends.

A job that fails on something transient (GitHub down, rate limited) is tried again later, as
`JobRetryPolicy` says (`bot.review.retry`); a newer head for the pull request supersedes the waiting
retry. A job that fails for good, or is superseded while it waits, is handed to `give_up`, which
reports it (completes its check run) and is itself tried again while GitHub keeps failing.

With a `Journal` (`bot.review.journal`), every job is on disk before `submit` returns, and leaves
it only once its review, or its report, is done; `start` resumes what an earlier process left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from bot.ops.clock import Clock
from bot.ops.logs import delivery_id
from bot.ops.metrics import Metrics
from bot.review.retry import next_try, transient
from bot.settings import JobRetryPolicy

if TYPE_CHECKING:
    from bot.review.journal import Journal

log = logging.getLogger(__name__)

JobKey = tuple[str, int]
"""(repository full name, pull request number)."""


@dataclass(frozen=True)
class ReviewJob:
    repo_full_name: str
    owner: str
    repo: str
    number: int
    head_sha: str
    installation_id: int
    html_url: str
    delivery: str
    queued_at: float
    fresh: bool = False
    """Analyze again, ignoring cached results (a `/qtreview recheck` or a re-run check)."""
    acknowledge: tuple[int, ...] = ()
    """Issue comments (commands) that get a rocket reaction once the job is done."""
    attempt: int = 1
    """Which try of this job this is (`bot.review.retry`)."""
    waited_s: float = 0.0
    """Time spent waiting between its tries so far (before the clock's scaling)."""
    journal_id: int | None = None
    """Its row in the journal, once written there (`bot.review.journal`)."""

    @property
    def key(self) -> JobKey:
        return (self.repo_full_name, self.number)


class ReviewQueue(Protocol):
    """What the webhook side and the reviewer need of a queue: `JobQueue` here, in one process,
    or `bot.review.redis_queue.RedisQueue` for replicas and workers on several machines."""

    @property
    def accepting(self) -> bool: ...

    def depth(self) -> int: ...

    async def enqueue(self, job: ReviewJob) -> bool:
        """Queue `job` (durably: it is not lost once this returns True); False when stopping."""
        ...

    async def newest_sha(self, key: JobKey) -> str | None:
        """The newest head known for a pull request; None when unknown."""
        ...

    async def open(self) -> None: ...

    async def stop(self, grace_s: float) -> list[ReviewJob]: ...

    async def join(self) -> None: ...


Runner = Callable[[ReviewJob], Awaitable[str]]
"""Runs one job; returns its outcome for the metrics ("posted", "nothing-new", "stale", ...)."""
GiveUp = Callable[[ReviewJob, str], Awaitable[None]]
"""Reports a job that will not be tried again, with the reason (completes its check run)."""


class JobQueue:
    def __init__(
        self,
        runner: Runner,
        *,
        concurrency: int,
        metrics: Metrics,
        retry: JobRetryPolicy | None = None,
        give_up: GiveUp | None = None,
        clock: Clock | None = None,
        journal: Journal | None = None,
    ) -> None:
        self._runner = runner
        self._journal = journal
        self._concurrency = concurrency
        self._metrics = metrics
        self._retry = retry or JobRetryPolicy()
        self._give_up = give_up
        self._clock = clock or Clock()
        self._pending: dict[JobKey, ReviewJob] = {}
        self._running: dict[JobKey, ReviewJob] = {}
        self._waiting: dict[JobKey, tuple[ReviewJob, asyncio.Task[None]]] = {}
        self._reports: set[asyncio.Task[None]] = set()
        self._ready: asyncio.Queue[JobKey] = asyncio.Queue()
        self._workers: list[asyncio.Task[None]] = []
        self._accepting = False
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def accepting(self) -> bool:
        return self._accepting

    def depth(self) -> int:
        return len(self._pending)

    def start(self) -> None:
        self._accepting = True
        self._workers = [
            asyncio.create_task(self._work(), name=f"review-worker-{i}")
            for i in range(self._concurrency)
        ]
        self._resume()

    def _resume(self) -> None:
        """Run again what an earlier process acknowledged and did not finish: the newest head
        of each pull request (as another try, so its check run is looked up, not created
        twice); older heads are reported as superseded, as they would have been."""
        if self._journal is None:
            return
        left = self._journal.unfinished()
        for jobs in left.values():
            *older, newest = jobs
            for job in older:
                self._report(job, "superseded by a newer review of this pull request")
            self.submit(replace(newest, attempt=newest.attempt + 1))
        if left:
            log.info("resumed unfinished reviews from the journal", extra={"count": len(left)})

    async def open(self) -> None:
        self.start()

    async def enqueue(self, job: ReviewJob) -> bool:
        return self.submit(job)

    async def newest_sha(self, key: JobKey) -> str | None:
        return self.latest_sha(key)

    def submit(self, job: ReviewJob) -> bool:
        """Queue `job`; False when shutting down (the delivery is then not acknowledged)."""
        if not self._accepting:
            return False
        if self._journal is not None and job.journal_id is None:
            job = self._journal.add(job)
        waiting = self._waiting.pop(job.key, None)
        if waiting is not None:
            old, timer = waiting
            timer.cancel()
            self._metrics.jobs_retrying.set(len(self._waiting))
            self._report(old, "superseded by a newer review of this pull request")
        replaced = self._pending.get(job.key)
        if replaced is not None:
            job = replace(
                job,
                fresh=job.fresh or replaced.fresh,
                acknowledge=replaced.acknowledge + job.acknowledge,
                journal_id=max(job.journal_id or 0, replaced.journal_id or 0) or None,
            )
            log.info(
                "pending review superseded by a newer head",
                extra={"old_sha": replaced.head_sha, "new_sha": job.head_sha, "pr": job.number},
            )
        elif job.key not in self._running:
            self._ready.put_nowait(job.key)
        self._pending[job.key] = job
        self._idle.clear()
        self._metrics.queue_depth.set(len(self._pending))
        return True

    def latest_sha(self, key: JobKey) -> str | None:
        """The newest head SHA known for a pull request (pending wins over running)."""
        job = self._pending.get(key) or self._running.get(key)
        return job.head_sha if job is not None else None

    async def join(self) -> None:
        """Wait until nothing is pending, running, waiting to be retried or being reported."""
        await self._idle.wait()

    async def _work(self) -> None:
        while True:
            key = await self._ready.get()
            job = self._pending.pop(key, None)
            self._metrics.queue_depth.set(len(self._pending))
            if job is None:
                continue
            self._running[key] = job
            self._metrics.jobs_running.inc()
            token = delivery_id.set(job.delivery)
            start = time.perf_counter()
            outcome = "error"
            try:
                outcome = await self._runner(job)
                self._finished(job)
            except asyncio.CancelledError:
                outcome = "cancelled"
                raise
            except Exception as e:
                outcome = self._failed(job, e)
            finally:
                self._metrics.job_seconds.labels(outcome).observe(time.perf_counter() - start)
                self._metrics.jobs_running.dec()
                delivery_id.reset(token)
                del self._running[key]
                if key in self._pending:
                    self._ready.put_nowait(key)
                self._check_idle()

    def _failed(self, job: ReviewJob, error: Exception) -> str:
        """Try `job` again later, or report it; returns the outcome for the metrics."""
        extra = {"repo": job.repo_full_name, "pr": job.number, "attempt": job.attempt}
        if job.key in self._pending:
            log.warning(
                "review failed; a newer one is queued", extra={**extra, "error": str(error)}
            )
            self._report(job, "superseded by a newer review of this pull request")
            return "superseded"
        wait = next_try(self._retry, job.attempt, job.waited_s, error)
        if wait is None:
            if transient(error) is None:
                log.error("review failed", extra=extra, exc_info=error)
            else:
                log.error("review failed on every try", extra={**extra, "error": str(error)})
            self._metrics.jobs_failed.labels(type(error).__name__).inc()
            self._report(job, reason_for(error))
            return "failed"
        log.warning(
            "review failed; trying again later",
            extra={**extra, "wait_s": round(wait, 1), "error": str(error)[:300]},
        )
        again = replace(job, attempt=job.attempt + 1, waited_s=job.waited_s + wait)
        timer = asyncio.create_task(self._resubmit(again, wait), name=f"retry-{job.number}")
        self._waiting[job.key] = (again, timer)
        self._metrics.jobs_retrying.set(len(self._waiting))
        return "retrying"

    async def _resubmit(self, job: ReviewJob, wait: float) -> None:
        await self._clock.pause(wait)
        if self._waiting.get(job.key, (None,))[0] is not job:
            return
        del self._waiting[job.key]
        self._metrics.jobs_retrying.set(len(self._waiting))
        if not self.submit(job):
            self._check_idle()

    def _finished(self, job: ReviewJob) -> None:
        """`job` (and any older head of its pull request) leaves the journal."""
        if self._journal is not None:
            self._journal.done(job)

    def _report(self, job: ReviewJob, reason: str) -> None:
        """Hand `job` to `give_up`, in the background, tried again while GitHub keeps failing."""
        if self._give_up is None:
            self._finished(job)
            return
        task = asyncio.create_task(self._report_until_done(job, reason), name="give-up")
        self._reports.add(task)
        self._metrics.jobs_reporting.set(len(self._reports))
        self._idle.clear()

        def done(t: asyncio.Task[None]) -> None:
            self._reports.discard(t)
            self._metrics.jobs_reporting.set(len(self._reports))
            self._check_idle()

        task.add_done_callback(done)

    async def _report_until_done(self, job: ReviewJob, reason: str) -> None:
        assert self._give_up is not None
        token = delivery_id.set(job.delivery)
        try:
            for attempt in range(1, self._retry.attempts + 1):
                try:
                    await self._give_up(job, reason)
                    self._finished(job)
                    return
                except Exception as e:
                    wait = next_try(self._retry, attempt, 0.0, e)
                    if wait is None:
                        log.error(
                            "review failure not reported",
                            extra={"pr": job.number, "error": str(e)[:300]},
                        )
                        self._finished(job)
                        return
                    await self._clock.pause(wait)
        finally:
            delivery_id.reset(token)

    def _check_idle(self) -> None:
        if not (self._pending or self._running or self._waiting or self._reports):
            self._idle.set()

    async def stop(self, grace_s: float) -> list[ReviewJob]:
        """Stop taking jobs, let running ones finish within `grace_s`, cancel the rest.

        Returns the jobs handed back (never started, waiting to be retried, or cancelled). With
        a journal they stay in it and the next start resumes them; without one, their deliveries
        must be redelivered from the App's settings page (each is logged with its delivery id).
        """
        self._accepting = False
        handed_back = list(self._pending.values())
        self._pending.clear()
        self._metrics.queue_depth.set(0)
        for job, timer in self._waiting.values():
            timer.cancel()
            handed_back.append(job)
        self._waiting.clear()
        self._metrics.jobs_retrying.set(0)
        if self._running or self._reports:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout=grace_s)
        handed_back += list(self._running.values())
        for task in [*self._workers, *self._reports]:
            task.cancel()
        await asyncio.gather(*self._workers, *self._reports, return_exceptions=True)
        self._workers = []
        where = "left in the journal for the next start" if self._journal else "redeliver to run it"
        for job in handed_back:
            log.warning(
                f"review handed back unfinished at shutdown; {where}",
                extra={
                    "repo": job.repo_full_name,
                    "pr": job.number,
                    "sha": job.head_sha,
                    "delivery": job.delivery,
                },
            )
        self._idle.set()
        return handed_back


def reason_for(error: BaseException) -> str:
    """What the check run says about a review that could not finish."""
    if transient(error) is not None:
        return f"GitHub kept failing while qtreview reviewed this commit ({_short(error)})"
    return f"qtreview failed while reviewing this commit ({_short(error)})"


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
