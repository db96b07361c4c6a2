"""`qtreview worker`: runs the reviews `serve` replicas put on Redis (`bot.review.redis_queue`).

One pull request is reviewed by one worker at a time (a lease in Redis); a job whose head is no
longer the newest is reported as superseded; a transient failure comes back later as a new job,
as `JobRetryPolicy` says, exactly as in the embedded queue (`bot.review.queue`). A worker that
dies mid-job leaves its job to arq, which hands it to another worker once the job timeout has
passed; that redo is another try, so its check run is looked up rather than created twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections.abc import Awaitable
from dataclasses import replace
from typing import Any, cast

from arq import Worker, func

from bot.ops.clock import Clock
from bot.ops.logs import delivery_id
from bot.ops.metrics import Metrics
from bot.review.queue import GiveUp, ReviewJob, Runner, reason_for
from bot.review.redis_queue import QUEUE_NAME, REVIEW_FUNCTION, RedisQueue, job_from_data, lease_key
from bot.review.retry import next_try
from bot.settings import JobRetryPolicy

log = logging.getLogger(__name__)

LEASE_BUSY_WAIT_S = 0.25
"""How soon a job whose pull request another worker is reviewing comes back (real seconds)."""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


class ReviewWorker:
    """The review side of a worker process: `run` and `give_up` come from the `Reviewer`."""

    def __init__(
        self,
        queue: RedisQueue,
        *,
        run: Runner,
        give_up: GiveUp,
        retry: JobRetryPolicy,
        metrics: Metrics,
        clock: Clock,
        job_timeout_s: float,
        concurrency: int,
    ) -> None:
        self._queue = queue
        self._run = run
        self._give_up = give_up
        self._retry = retry
        self._metrics = metrics
        self._clock = clock
        self._lease_ms = int(job_timeout_s * 1000)
        self._arq = Worker(
            functions=[func(self._job, name=REVIEW_FUNCTION, max_tries=3)],
            redis_pool=queue.redis,
            queue_name=QUEUE_NAME,
            max_jobs=concurrency,
            job_timeout=job_timeout_s,
            keep_result=0,
            poll_delay=0.05,
            handle_signals=False,
        )
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._arq.async_run(), name="arq-worker")

    async def stop(self, grace_s: float) -> None:
        """Take no new job; let running ones finish within `grace_s`; arq requeues the rest."""
        self._arq.allow_pick_jobs = False
        running = [t for t in self._arq.tasks.values() if not t.done()]
        if running:
            await asyncio.wait(running, timeout=grace_s)
        with contextlib.suppress(Exception):
            await self._arq.close()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _job(self, ctx: dict[str, Any], payload: str) -> str:
        job = job_from_data(json.loads(payload))
        # arq's own tries count only a worker that died holding the job: each is another try
        job = replace(job, attempt=job.attempt + int(ctx.get("job_try", 1)) - 1)
        token = delivery_id.set(job.delivery)
        start = time.perf_counter()
        outcome = "error"
        try:
            outcome = await self._one(job)
            return outcome
        finally:
            self._metrics.job_seconds.labels(outcome).observe(time.perf_counter() - start)
            delivery_id.reset(token)

    async def _one(self, job: ReviewJob) -> str:
        newest = await self._queue.newest_sha(job.key)
        if newest is not None and newest != job.head_sha:
            await self._report(job, "superseded by a newer review of this pull request")
            return "superseded"
        lease = lease_key(job.key)
        holder = uuid.uuid4().hex
        redis = self._queue.redis
        if not await redis.set(lease, holder, nx=True, px=self._lease_ms):
            await self._queue.requeue(job, LEASE_BUSY_WAIT_S)
            return "deferred"
        self._metrics.jobs_running.inc()
        try:
            return await self._run(job)
        except Exception as e:
            return await self._failed(job, e)
        finally:
            self._metrics.jobs_running.dec()
            await cast(Awaitable[Any], redis.eval(_RELEASE, 1, lease, holder))

    async def _failed(self, job: ReviewJob, error: Exception) -> str:
        extra = {"repo": job.repo_full_name, "pr": job.number, "attempt": job.attempt}
        wait = next_try(self._retry, job.attempt, job.waited_s, error)
        if wait is None:
            log.error("review failed", extra={**extra, "error": str(error)[:300]})
            self._metrics.jobs_failed.labels(type(error).__name__).inc()
            await self._report(job, reason_for(error))
            return "failed"
        log.warning("review failed; trying again later", extra={**extra, "wait_s": round(wait, 1)})
        again = replace(job, attempt=job.attempt + 1, waited_s=job.waited_s + wait)
        await self._queue.requeue(again, self._clock.real(wait))
        return "retrying"

    async def _report(self, job: ReviewJob, reason: str) -> None:
        try:
            await self._give_up(job, reason)
        except Exception as e:
            log.error(
                "review failure not reported", extra={"pr": job.number, "error": str(e)[:300]}
            )
