"""Redis mode on this machine: reviews per second with 1, 2 and 4 `qtreview worker`s, and the
webhook acknowledgement latency of two `serve` replicas at 200 deliveries/s. Prints; asserts
nothing.

Every process is a real `qtreview` process; Redis is Debian's `redis-server` on a free loopback
port; GitHub is the tests' emulator, here in this process. Each worker runs one review at a time
(QTREVIEW_CONCURRENCY=1), so the figures show what another process adds. The machine has 2 cores:
past two workers, expect the rate to stop growing.

    python bench/scale.py [--pulls 40]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import redis.asyncio as aioredis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.service import CPP, opened, percentile  # noqa: E402
from tests.support.bot_harness import APP_ID, INSTALLATION, OWNER, REPO, SECRET, keypair  # noqa: E402
from tests.support.github_emulator import GitHubEmulator  # noqa: E402
from tests.support.github_emulator.webhooks import delivery  # noqa: E402
from tests.support.redis_server import redis_server  # noqa: E402
from tests.support.service_process import ServiceProcess  # noqa: E402

RATE_PER_S = 200
DELIVERIES = 2000
RUNS = 3


async def post(session: aiohttp.ClientSession, url: str, number: int, sha: str) -> int:
    headers, body = delivery("pull_request", opened(number, sha), SECRET)
    async with session.post(f"{url}/webhook", data=body, headers=headers) as r:
        await r.read()
        return r.status


async def throughput(
    gh: GitHubEmulator, session: aiohttp.ClientSession, serve: ServiceProcess, pulls: int, base: int
) -> float:
    """Reviews per second: `pulls` fresh pull requests delivered at once, until all are reviewed."""
    heads = []
    for i in range(pulls):
        files = {f"src/h{n}.cpp": CPP.format(n=n, run=base + i) for n in range(3)}
        heads.append((base + i, gh.add_pull(OWNER, REPO, base + i, files=files).head_sha))
    before = len(gh.reviews)
    start = time.perf_counter()
    for number, sha in heads:
        assert await post(session, serve.url, number, sha) == 202
    deadline = time.monotonic() + 300
    while len(gh.reviews) - before < pulls and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    done = len(gh.reviews) - before
    return done / (time.perf_counter() - start)


async def ack_latency(
    session: aiohttp.ClientSession, serves: list[ServiceProcess], gh: GitHubEmulator
) -> list[float]:
    """Open loop at RATE_PER_S over the replicas in turn (a load balancer's round robin)."""
    prs = [
        (5000 + i, gh.add_pull(OWNER, REPO, 5000 + i, files={"a.cpp": "int x;"}).head_sha)
        for i in range(20)
    ]
    latencies: list[float] = []
    replicas = itertools.cycle(serves)

    async def one(i: int, url: str) -> None:
        number, sha = prs[i % len(prs)]
        start = time.perf_counter()
        await post(session, url, number, sha)
        latencies.append(time.perf_counter() - start)

    t0 = time.perf_counter()
    tasks = []
    for i in range(DELIVERIES):
        delay = t0 + i / RATE_PER_S - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, next(replicas).url)))
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=120)
    return latencies


async def main(pulls: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as url:
        env = {
            "QTREVIEW_REDIS_URL": url,
            "QTREVIEW_CONCURRENCY": "1",
            "QTREVIEW_WRITE_SPACING": "0",
        }
        async with GitHubEmulator(validate_responses=False) as gh:
            gh.register_app(APP_ID, "qtreview", keypair().public_pem)
            gh.add_installation(INSTALLATION, OWNER)
            gh.add_repo(OWNER, REPO, INSTALLATION)
            with (Path(tmp) / "services.log").open("wb") as log:
                connector = aiohttp.TCPConnector(limit=256)
                async with aiohttp.ClientSession(connector=connector) as session:
                    serves = [ServiceProcess(gh, log, env=env) for _ in range(2)]
                    for s in serves:
                        await s.start()
                        await s.wait_ready(session)
                    print(
                        f"reviews per second, {pulls} pull requests of 3 files, median of {RUNS}:"
                    )
                    base = 100
                    for n in (1, 2, 4):
                        workers = [
                            ServiceProcess(gh, log, command="worker", env=env) for _ in range(n)
                        ]
                        for w in workers:
                            await w.start()
                        for w in workers:
                            await w.wait_ready(session)
                        await throughput(gh, session, serves[0], 4, base)  # warm the workers
                        base += 4
                        rates = []
                        for _ in range(RUNS):
                            rates.append(await throughput(gh, session, serves[0], pulls, base))
                            base += pulls
                        runs = ", ".join(f"{r:.1f}" for r in rates)
                        median = statistics.median(rates)
                        print(f"  {n} worker(s): {median:.1f} reviews/s (runs: {runs})")
                        for w in workers:
                            await w.stop(signal.SIGTERM)
                    r = aioredis.from_url(url)
                    await r.flushall()
                    await r.aclose()
                    print(f"webhook acks, {DELIVERIES} at {RATE_PER_S}/s over 2 replicas:")
                    acks = await ack_latency(session, serves, gh)
                    print(
                        f"  p50 {percentile(acks, 50) * 1e3:.1f} ms, "
                        f"p99 {percentile(acks, 99) * 1e3:.1f} ms, max {max(acks) * 1e3:.1f} ms"
                    )
                    for s in serves:
                        await s.stop(signal.SIGTERM)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pulls", type=int, default=40)
    asyncio.run(main(parser.parse_args().pulls))
