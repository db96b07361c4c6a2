"""More than one machine: `serve` replicas and `qtreview worker`s sharing a real Redis.

Two replicas verify, dedupe and enqueue; two workers run the reviews, one pull request at a time,
while a quarter of GitHub's answers fail: nothing is doubled, stuck or lost. A worker killed with
SIGKILL mid-review leaves the job to the other, which does it once. Every process is a real
`qtreview` process, as deployed; Redis is Debian's `redis-server` on a free loopback port.
"""

from __future__ import annotations

import asyncio
import itertools
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import aiohttp
import pytest
import redis.asyncio as aioredis

import checks
from bot.review.redis_queue import QUEUE_NAME
from tests.support.bot_harness import APP_ID, INSTALLATION, OWNER, REPO, SECRET, keypair
from tests.support.fault_load import Outcome, outcome, push_heads, wanted_findings
from tests.support.github_emulator import GitHubEmulator
from tests.support.github_emulator.faults import FaultPlan
from tests.support.github_emulator.webhooks import adapt, delivery, load_payload
from tests.support.redis_server import redis_server
from tests.support.service_process import ServiceProcess

SEED = 20261202


def payload(action: str, number: int, sha: str) -> dict[str, object]:
    return adapt(
        load_payload(f"pull_request.{action}"),
        owner=OWNER,
        repo=REPO,
        number=number,
        head_sha=sha,
        installation_id=INSTALLATION,
        action=action,
    )


async def post(
    session: aiohttp.ClientSession, url: str, headers: dict[str, str], body: bytes
) -> int:
    async with session.post(f"{url}/webhook", data=body, headers=headers) as r:
        await r.read()
        return r.status


async def drained(url: str, limit_s: float) -> None:
    """Wait (bounded) until arq's queue is empty and no job is in progress, for a second."""
    r = aioredis.from_url(url)
    try:
        deadline = time.monotonic() + limit_s
        quiet_since: float | None = None
        while time.monotonic() < deadline:
            busy = await r.zcard(QUEUE_NAME) + len(await r.keys("arq:in-progress:*"))
            now = time.monotonic()
            if busy:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = now
            elif now - quiet_since > 1.0:
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"the Redis queue did not drain within {limit_s} s")
    finally:
        await r.aclose()


async def emulator() -> GitHubEmulator:
    gh = GitHubEmulator()
    await gh.start()
    gh.register_app(APP_ID, "qtreview", keypair().public_pem)
    gh.add_installation(INSTALLATION, OWNER)
    gh.add_repo(OWNER, REPO, INSTALLATION)
    return gh


@pytest.fixture
async def redis_url(tmp_path: Path) -> AsyncIterator[str]:
    with redis_server(tmp_path) as url:
        yield url


async def test_two_replicas_and_two_workers_under_faults(
    tmp_path: Path, redis_url: str, analyzer: checks.Analyzer
) -> None:
    env = {
        "QTREVIEW_REDIS_URL": redis_url,
        "QTREVIEW_GITHUB_TIMEOUT": "0.5",
        "QTREVIEW_CONCURRENCY": "2",
        "QTREVIEW_JOB_TIMEOUT": "20",
    }
    gh = await emulator()
    async with AsyncExitStack() as stack:
        stack.push_async_callback(gh.close)
        log = stack.enter_context((tmp_path / "services.log").open("wb"))
        session = await stack.enter_async_context(aiohttp.ClientSession())
        serves = [ServiceProcess(gh, log, env=env) for _ in range(2)]
        workers = [ServiceProcess(gh, log, command="worker", env=env) for _ in range(2)]
        for p in [*serves, *workers]:
            await p.start()
            stack.push_async_callback(p.stop, signal.SIGTERM)
        for p in [*serves, *workers]:
            await p.wait_ready(session)
        plan = FaultPlan(seed=SEED, rate=0.25, hang_s=1.0, max_hangs=2)
        gh.faults = plan
        replicas = itertools.cycle(serves)
        duplicates: Counter[int] = Counter()

        async def deliver(action: str, number: int, sha: str) -> None:
            headers, body = delivery("pull_request", payload(action, number, sha), SECRET)
            first, second = next(replicas), next(replicas)
            assert await post(session, first.url, headers, body) == 202
            # GitHub's redelivery, answered by the other replica: already taken, shared by Redis
            duplicates[await post(session, second.url, headers, body)] += 1

        final = await push_heads(
            gh, OWNER, REPO, deliver, prs=4, heads=6, seed=SEED, pause_s=(0.3, 1.0)
        )
        await drained(redis_url, limit_s=120)
        gh.faults = None
        log.flush()
    got = outcome(gh, OWNER, REPO, final, wanted_findings(gh, OWNER, REPO, final, analyzer))
    text = (tmp_path / "services.log").read_text(errors="replace")[-3000:]
    assert got == Outcome(0, 0, 0, 0, 0, reviews=got.reviews), text
    assert got.reviews >= 4
    assert duplicates == Counter({200: 24})
    assert sum(plan.injected.values()) >= 10
    assert gh.violations == []


async def test_a_worker_killed_mid_review_leaves_the_job_to_another(
    tmp_path: Path, redis_url: str
) -> None:
    # arq hands a dead worker's job on after the job timeout plus 10 s
    env = {"QTREVIEW_REDIS_URL": redis_url, "QTREVIEW_JOB_TIMEOUT": "10"}
    gh = await emulator()
    async with AsyncExitStack() as stack:
        stack.push_async_callback(gh.close)
        log = stack.enter_context((tmp_path / "services.log").open("wb"))
        session = await stack.enter_async_context(aiohttp.ClientSession())
        serve = ServiceProcess(gh, log, env=env)
        doomed = ServiceProcess(gh, log, command="worker", env=env)
        heir = ServiceProcess(gh, log, command="worker", env=env)
        for p in (serve, doomed):
            await p.start()
            stack.push_async_callback(p.stop, signal.SIGTERM)
            await p.wait_ready(session)
        pull = gh.add_pull(
            OWNER,
            REPO,
            1,
            files={"src/a.cpp": "void f(QTcpSocket *s) { s->waitForReadyRead(-1); }\n"},
        )
        gh.delay(r"/pulls/1/files$", 30.0, times=1)  # the first worker is stuck there
        headers, body = delivery("pull_request", payload("opened", 1, pull.head_sha), SECRET)
        assert await post(session, serve.url, headers, body) == 202
        deadline = time.monotonic() + 30
        while not gh.check_runs and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        assert [r.status for r in gh.check_runs] == ["in_progress"]
        await doomed.stop(signal.SIGKILL)
        await heir.start()
        stack.push_async_callback(heir.stop, signal.SIGTERM)
        await heir.wait_ready(session)
        deadline = time.monotonic() + 60
        while not gh.reviews and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        await drained(redis_url, limit_s=30)
    text = (tmp_path / "services.log").read_text(errors="replace")[-3000:]
    assert [r.user for r in gh.reviews] == [gh.bot_login], text
    assert [(r.head_sha, r.status) for r in gh.check_runs] == [(pull.head_sha, "completed")]
    assert gh.violations == []
