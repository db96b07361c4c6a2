"""The queue on Redis, for more than one machine: `serve` replicas enqueue, `qtreview worker`s run.

arq (an asyncio job queue on Redis, by the author of pydantic) carries the jobs; what is ours is
what a review needs beyond a queue, in a few Redis keys:
- `qtreview:head:<repo>#<n>`: the newest head SHA delivered for a pull request. A job whose head
  is no longer the newest is reported as superseded instead of run.
- `qtreview:lease:<repo>#<n>`: held by the worker reviewing that pull request (SET NX with a TTL
  of the job timeout), so one pull request is reviewed by one worker at a time; a job that finds
  it taken comes back a moment later.
- `qtreview:delivery:<id>`: a delivery id seen (TTL), shared by every replica.

A job is in Redis before `enqueue` returns, so it survives the replica. arq runs a job again when
the worker that took it dies (after the job timeout); GitHub writes are idempotent
(`bot.github.write_once`), so the redo posts nothing twice.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, fields
from typing import Any, Literal

from arq import create_pool
from arq.connections import ArqRedis, RedisSettings

from bot.review.queue import JobKey, ReviewJob

PREFIX = "qtreview:"
QUEUE_NAME = "qtreview:reviews"
REVIEW_FUNCTION = "review"


def head_key(key: JobKey) -> str:
    return f"{PREFIX}head:{key[0]}#{key[1]}"


def lease_key(key: JobKey) -> str:
    return f"{PREFIX}lease:{key[0]}#{key[1]}"


def job_to_data(job: ReviewJob) -> dict[str, Any]:
    data = asdict(job)
    data.pop("journal_id")
    return data


def job_from_data(data: dict[str, Any]) -> ReviewJob:
    known = {f.name for f in fields(ReviewJob)}
    values = {k: v for k, v in data.items() if k in known}
    values["acknowledge"] = tuple(values.get("acknowledge", ()))
    return ReviewJob(**values)


async def connect(url: str) -> ArqRedis:
    return await create_pool(RedisSettings.from_dsn(url), default_queue_name=QUEUE_NAME)


class RedisQueue:
    """The `ReviewQueue` of a replica: enqueue on Redis; the reviews run in `qtreview worker`."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._redis: ArqRedis | None = None
        self._accepting = False

    @property
    def redis(self) -> ArqRedis:
        assert self._redis is not None, "open() first"
        return self._redis

    @property
    def accepting(self) -> bool:
        return self._accepting

    def depth(self) -> int:
        return 0  # the depth is Redis's (arq's queue); this process holds nothing

    async def open(self) -> None:
        if self._redis is None:
            self._redis = await connect(self._url)
        self._accepting = True

    async def enqueue(self, job: ReviewJob, *, defer_s: float | None = None) -> bool:
        if not self._accepting:
            return False
        await self.redis.set(head_key(job.key), job.head_sha)
        queued = await self.redis.enqueue_job(
            REVIEW_FUNCTION,
            json.dumps(job_to_data(job)),
            _job_id=f"{job.delivery}:{job.head_sha}:{job.attempt}",
            _defer_by=defer_s,
        )
        del queued  # None: that very job is queued already, which is as good
        return True

    async def requeue(self, job: ReviewJob, defer_s: float) -> None:
        """`job` again later, without claiming its head is the newest (a retry or a wait)."""
        await self.redis.enqueue_job(
            REVIEW_FUNCTION,
            json.dumps(job_to_data(job)),
            _job_id=uuid.uuid4().hex,  # the running job's own id is still taken
            _defer_by=defer_s,
        )

    async def newest_sha(self, key: JobKey) -> str | None:
        raw = await self.redis.get(head_key(key))
        return raw.decode() if isinstance(raw, bytes) else raw

    async def stop(self, grace_s: float) -> list[ReviewJob]:
        self._accepting = False
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None
        return []

    async def join(self) -> None:
        return None


class RedisDeliveries:
    """Delivery ids seen, shared by every replica (SET NX with a TTL)."""

    def __init__(self, queue: RedisQueue, ttl_s: float) -> None:
        self._queue = queue
        self._ttl_ms = max(1, int(ttl_s * 1000))

    async def claim(self, delivery: str) -> bool:
        """True the first time `delivery` is seen by any replica."""
        return bool(
            await self._queue.redis.set(f"{PREFIX}delivery:{delivery}", 1, nx=True, px=self._ttl_ms)
        )

    async def forget(self, delivery: str) -> None:
        await self._queue.redis.delete(f"{PREFIX}delivery:{delivery}")


class RedisCooldowns:
    """`/qtreview recheck` cooldowns shared by every replica (SET NX with the cooldown as TTL)."""

    def __init__(self, queue: RedisQueue) -> None:
        self._queue = queue

    async def try_acquire(self, seconds: float, key: str) -> Literal[True] | float:
        """True and start the cooldown, or the seconds left until `key` is free again."""
        if seconds <= 0:
            return True
        name = f"{PREFIX}cooldown:{key}"
        redis = self._queue.redis
        if await redis.set(name, 1, nx=True, px=int(seconds * 1000)):
            return True
        left_ms = await redis.pttl(name)
        return max(0.001, left_ms / 1000) if left_ms > 0 else 0.001


class RedisConfigVersions:
    """A version per organization and per repository, bumped by a push that changes a config
    file: every process's cached config of that repository is then read again."""

    def __init__(self, queue: RedisQueue) -> None:
        self._queue = queue

    async def current(self, owner: str, repo: str) -> str:
        org, own = await self._queue.redis.mget(
            f"{PREFIX}config:{owner.lower()}", f"{PREFIX}config:{owner.lower()}/{repo.lower()}"
        )
        return f"{_text(org)}:{_text(own)}"

    async def bump(self, owner: str, repo: str | None) -> None:
        name = owner.lower() if repo is None else f"{owner.lower()}/{repo.lower()}"
        await self._queue.redis.incr(f"{PREFIX}config:{name}")


def _text(raw: object) -> str:
    return raw.decode() if isinstance(raw, bytes) else str(raw or 0)
