"""The service's figures on loopback: webhook ack latency under load, review end-to-end time for a
10-file pull request, and the service's peak memory. Prints numbers; asserts nothing.

The bot runs as its own process (`qtreview serve`, exactly as deployed) against the GitHub
emulator running here, so the figures are the service's, not the emulator's.
"""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import socket
import statistics
import sys
import time
from asyncio.subprocess import Process
from pathlib import Path
from typing import IO

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.bot_harness import APP_ID, INSTALLATION, OWNER, REPO, SECRET, keypair  # noqa: E402
from tests.support.github_emulator import GitHubEmulator, KeyPair  # noqa: E402
from tests.support.github_emulator.webhooks import adapt, delivery, load_payload  # noqa: E402

RATE_PER_S = 200
DELIVERIES = 2000
E2E_RUNS = 7
E2E_FILES = 10
WAIT_S = 60.0

CPP = """\
// Bench file {n} (run {run}): a handler reading from a socket.
#include <QTcpSocket>

class Handler{n} : public QObject
{{
public:
    void onReadyRead();

private:
    QTcpSocket *socket = nullptr;
}};

void Handler{n}::onReadyRead()
{{
    char buf[64];
    const qint64 got = socket->read(buf, socket->bytesAvailable());
    if (got > 0)
        socket->write(buf, got);
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def wait_ready(session: aiohttp.ClientSession, url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            async with session.get(f"{url}/readyz") as r:
                if r.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("the service did not become ready within 30 s")


def opened(number: int, sha: str) -> dict[str, object]:
    return adapt(
        load_payload("pull_request.opened"),
        owner=OWNER,
        repo=REPO,
        number=number,
        head_sha=sha,
        installation_id=INSTALLATION,
        action="opened",
    )


async def post(session: aiohttp.ClientSession, url: str, payload: dict[str, object]) -> int:
    headers, body = delivery("pull_request", payload, SECRET)
    async with session.post(f"{url}/webhook", data=body, headers=headers) as r:
        await r.read()
        return r.status


async def end_to_end(gh: GitHubEmulator, session: aiohttp.ClientSession, url: str) -> list[float]:
    """Delivery to review posted, fresh content each run (no cache helps)."""
    times = []
    for run in range(E2E_RUNS):
        number = 100 + run
        files = {f"src/handler{n}.cpp": CPP.format(n=n, run=run) for n in range(E2E_FILES)}
        pull = gh.add_pull(OWNER, REPO, number, files=files)
        before = len(gh.reviews)
        start = time.perf_counter()
        status = await post(session, url, opened(number, pull.head_sha))
        assert status == 202, status
        deadline = time.monotonic() + WAIT_S
        # the emulator's state has no event to wait on: poll it, bounded
        while len(gh.reviews) == before and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.002)
        if len(gh.reviews) == before:
            raise RuntimeError(f"no review within {WAIT_S} s")
        times.append(time.perf_counter() - start)
    return times


async def ack_latency(gh: GitHubEmulator, session: aiohttp.ClientSession, url: str) -> list[float]:
    """Open loop at RATE_PER_S: request i is sent at t0 + i/rate whatever the earlier ones do."""
    prs = []
    for i in range(20):
        pull = gh.add_pull(OWNER, REPO, 1000 + i, files={"src/a.cpp": CPP.format(n=0, run=-1)})
        prs.append((1000 + i, pull.head_sha))
    latencies: list[float] = []
    statuses: dict[int, int] = {}

    async def one(i: int) -> None:
        number, sha = prs[i % len(prs)]
        headers, body = delivery("pull_request", opened(number, sha), SECRET)
        start = time.perf_counter()
        async with session.post(f"{url}/webhook", data=body, headers=headers) as r:
            await r.read()
            statuses[r.status] = statuses.get(r.status, 0) + 1
        latencies.append(time.perf_counter() - start)

    t0 = time.perf_counter()
    tasks = []
    for i in range(DELIVERIES):
        delay = t0 + i / RATE_PER_S - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=120)
    print(f"  statuses: {statuses}")
    return latencies


def service_env(gh: GitHubEmulator, keys: KeyPair, **settings: str) -> dict[str, str]:
    """The environment of `qtreview serve` against this emulator; `settings`: more variables."""
    return dict(
        os.environ,
        GITHUB_APP_ID=str(APP_ID),
        GITHUB_PRIVATE_KEY=keys.private_pem.decode(),
        GITHUB_WEBHOOK_SECRET=SECRET,
        QTREVIEW_GITHUB_URL=gh.url,
        QTREVIEW_BOT_LOGIN=gh.bot_login,
        QTREVIEW_LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
        **settings,
    )


async def start_service(env: dict[str, str], port: int, log: IO[bytes]) -> Process:
    """`qtreview serve` as its own process, exactly as deployed, logging to `log`."""
    return await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1"),
        *("--port", str(port)),
        env=env,
        stdout=log,
        stderr=log,
        cwd=ROOT,
    )


async def stop_service(service: Process, grace_s: float = 40.0) -> None:
    """SIGTERM, as a deployment stops it; killed if it does not exit within `grace_s`."""
    service.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(service.wait(), timeout=grace_s)
    except TimeoutError:
        service.kill()
        await service.wait()


async def main() -> None:
    keys = keypair()
    async with GitHubEmulator(validate_responses=False) as gh:
        gh.register_app(APP_ID, "qtreview", keys.public_pem)
        gh.add_installation(INSTALLATION, OWNER)
        gh.add_repo(OWNER, REPO, INSTALLATION)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        log_dir = ROOT / ".bench"
        log_dir.mkdir(exist_ok=True)
        with (log_dir / "service.log").open("wb") as log:
            service = await start_service(service_env(gh, keys), port, log)
            try:
                connector = aiohttp.TCPConnector(limit=256)
                async with aiohttp.ClientSession(connector=connector) as session:
                    await wait_ready(session, url)
                    print(f"end to end, {E2E_FILES}-file pull request, {E2E_RUNS} runs:")
                    e2e = await end_to_end(gh, session, url)
                    print(
                        f"  delivery -> review posted: median {statistics.median(e2e) * 1e3:.0f} "
                        f"ms (min {min(e2e) * 1e3:.0f}, max {max(e2e) * 1e3:.0f})"
                    )
                    print(f"webhook acknowledgement, {DELIVERIES} deliveries at {RATE_PER_S}/s:")
                    acks = await ack_latency(gh, session, url)
                    print(
                        f"  p50 {percentile(acks, 50) * 1e3:.1f} ms, "
                        f"p99 {percentile(acks, 99) * 1e3:.1f} ms, "
                        f"max {max(acks) * 1e3:.1f} ms"
                    )
            finally:
                await stop_service(service)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"service peak memory (max RSS of the service process): {peak_kib / 1024:.0f} MiB")
    print(f"service exit code after SIGTERM: {service.returncode}")


if __name__ == "__main__":
    asyncio.run(main())
