"""An in-process queue of reviews, one slot per pull request, run with bounded concurrency.

A pull request has at most one pending job: a newer head SHA replaces an older one that has not
started (reviewing a superseded commit is wasted work). A job never runs twice at once for one pull
request; one queued behind a running job starts when that one ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from bot.ops.logs import delivery_id
from bot.ops.metrics import Metrics

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

    @property
    def key(self) -> JobKey:
        return (self.repo_full_name, self.number)


Runner = Callable[[ReviewJob], Awaitable[str]]
"""Runs one job; returns its outcome for the metrics ("posted", "nothing-new", "stale", ...)."""


class JobQueue:
    def __init__(self, runner: Runner, *, concurrency: int, metrics: Metrics) -> None:
        self._runner = runner
        self._concurrency = concurrency
        self._metrics = metrics
        self._pending: dict[JobKey, ReviewJob] = {}
        self._running: dict[JobKey, ReviewJob] = {}
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

    def submit(self, job: ReviewJob) -> bool:
        """Queue `job`; False when shutting down (the delivery is then not acknowledged)."""
        if not self._accepting:
            return False
        replaced = self._pending.get(job.key)
        if replaced is not None:
            job = replace(
                job,
                fresh=job.fresh or replaced.fresh,
                acknowledge=replaced.acknowledge + job.acknowledge,
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
        """Wait until nothing is pending or running (tests and benchmarks use it)."""
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
            except asyncio.CancelledError:
                outcome = "cancelled"
                raise
            except Exception:
                log.exception("review failed", extra={"repo": job.repo_full_name, "pr": job.number})
            finally:
                self._metrics.job_seconds.labels(outcome).observe(time.perf_counter() - start)
                self._metrics.jobs_running.dec()
                delivery_id.reset(token)
                del self._running[key]
                if key in self._pending:
                    self._ready.put_nowait(key)
                if not self._pending and not self._running:
                    self._idle.set()

    async def stop(self, grace_s: float) -> list[ReviewJob]:
        """Stop taking jobs, let running ones finish within `grace_s`, cancel the rest.

        Returns the jobs handed back (never started, or cancelled): their deliveries can be
        redelivered from the App's settings page, and each is logged with its delivery id.
        """
        self._accepting = False
        handed_back = list(self._pending.values())
        self._pending.clear()
        self._metrics.queue_depth.set(0)
        if self._running:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout=grace_s)
        handed_back += list(self._running.values())
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []
        for job in handed_back:
            log.warning(
                "review handed back unfinished at shutdown; redeliver to run it",
                extra={
                    "repo": job.repo_full_name,
                    "pr": job.number,
                    "sha": job.head_sha,
                    "delivery": job.delivery,
                },
            )
        self._idle.set()
        return handed_back
