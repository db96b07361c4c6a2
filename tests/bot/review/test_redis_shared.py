"""What replicas and workers share through Redis besides the queue: delivery ids, recheck
cooldowns and the config cache's invalidation after a push. A real `redis-server`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import checks
from bot.review.redis_queue import RedisConfigVersions, RedisCooldowns, RedisDeliveries, RedisQueue
from tests.support.bot_harness import INSTALLATION, OWNER, REPO, BotHarness
from tests.support.redis_server import redis_server


@pytest.fixture
async def redis_url(tmp_path: Path) -> AsyncIterator[str]:
    with redis_server(tmp_path) as url:
        yield url


@pytest.fixture
async def replicas(redis_url: str) -> AsyncIterator[tuple[RedisQueue, RedisQueue]]:
    """Two connections, as two replicas on two machines have."""
    a, b = RedisQueue(redis_url), RedisQueue(redis_url)
    await a.open()
    await b.open()
    yield a, b
    await a.stop(1)
    await b.stop(1)


async def test_a_delivery_is_taken_once_across_replicas(
    replicas: tuple[RedisQueue, RedisQueue],
) -> None:
    a, b = (RedisDeliveries(q, ttl_s=60) for q in replicas)
    assert await a.claim("d-1") is True
    assert await b.claim("d-1") is False
    await b.forget("d-1")  # refused after all: a redelivery must run
    assert await a.claim("d-1") is True


async def test_a_recheck_cooldown_holds_across_replicas(
    replicas: tuple[RedisQueue, RedisQueue],
) -> None:
    a, b = (RedisCooldowns(q) for q in replicas)
    assert await a.try_acquire(30, "o/r#1") is True
    left = await b.try_acquire(30, "o/r#1")
    assert left is not True
    assert 0 < left <= 30
    assert await b.try_acquire(30, "o/r#2") is True  # another pull request
    assert await a.try_acquire(0, "o/r#1") is True  # no cooldown configured


async def test_a_config_push_seen_by_one_replica_invalidates_every_cache(
    redis_url: str, analyzer: checks.Analyzer
) -> None:
    async with BotHarness(analyzer, redis_url=redis_url) as h:
        h.gh.set_contents(OWNER, REPO, ".github/qtreview.yml", "min_confidence: 0.7\n")
        configs = h.service.features.configs
        token = await h.service.tokens.token(INSTALLATION)
        first = await configs.effective(token, OWNER, REPO)
        assert configs.fetches > 0
        fetched = configs.fetches
        await configs.effective(token, OWNER, REPO)
        assert configs.fetches == fetched  # cached while nothing changed

        other = RedisQueue(redis_url)  # another replica took the push webhook
        await other.open()
        await RedisConfigVersions(other).bump(OWNER, REPO)
        await other.stop(1)
        h.gh.set_contents(OWNER, REPO, ".github/qtreview.yml", "min_confidence: 0.9\n")
        second = await configs.effective(token, OWNER, REPO)
        assert configs.fetches > fetched
        assert (first.min_confidence, second.min_confidence) == (0.7, 0.9)
