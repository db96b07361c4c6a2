"""Memory of `qtreview serve` while unsigned webhook bodies stream in (issue 8, item 6).

40 senders at once each POST a 30 MB chunked body (no Content-Length) with a well-formed but wrong
`X-Hub-Signature-256`. The service's RSS is sampled from /proc while they run; printed: RSS before,
peak, after, the peak's increase, and the answers the senders got. Asserts nothing.
Run: .venv/bin/python bench/webhook_memory.py [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import statistics
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.bot_harness import SECRET, keypair  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from service import free_port, wait_ready  # noqa: E402

SENDERS = 40
BODY_BYTES = 30 * 1000 * 1000
CHUNK = 256 * 1024
LIMIT_S = 120.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def body() -> AsyncIterator[bytes]:
    chunk = b"x" * CHUNK
    sent = 0
    while sent < BODY_BYTES:
        part = chunk[: min(CHUNK, BODY_BYTES - sent)]
        sent += len(part)
        yield part


async def one(session: aiohttp.ClientSession, url: str) -> str:
    headers = {
        "Content-Type": "application/json",
        "X-GitHub-Event": "pull_request",
        "X-GitHub-Delivery": os.urandom(8).hex(),
        "X-Hub-Signature-256": "sha256=" + "0" * 64,
    }
    try:
        async with session.post(url, data=body(), headers=headers) as r:
            await r.read()
            return str(r.status)
    except aiohttp.ClientError as e:
        return type(e).__name__


async def run_once() -> tuple[float, float, float, collections.Counter[str]]:

    port = free_port()
    env = dict(
        os.environ,
        GITHUB_APP_ID="1",
        GITHUB_PRIVATE_KEY=keypair().private_pem.decode(),
        GITHUB_WEBHOOK_SECRET=SECRET,
        QTREVIEW_GITHUB_URL="http://127.0.0.1:9",
        QTREVIEW_LOG_LEVEL="WARNING",
    )
    proc = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", str(port)),
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        timeout = aiohttp.ClientTimeout(total=LIMIT_S)
        connector = aiohttp.TCPConnector(limit=SENDERS)
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
            await wait_ready(session, base)
            await asyncio.sleep(1.0)
            before = rss_mb(proc.pid)
            peak = before
            senders = asyncio.gather(*(one(session, f"{base}/webhook") for _ in range(SENDERS)))
            while not senders.done():
                peak = max(peak, rss_mb(proc.pid))
                await asyncio.sleep(0.02)
            answers = collections.Counter(await senders)
            await asyncio.sleep(2.0)
            after = rss_mb(proc.pid)
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 30)
    return before, peak, after, answers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    rows = []
    for i in range(runs):
        before, peak, after, answers = asyncio.run(run_once())
        rows.append((before, peak, after))
        print(
            f"run {i + 1}: RSS before {before:.0f} MB, peak {peak:.0f} MB (+{peak - before:.0f}), "
            f"after {after:.0f} MB; answers {dict(answers)}"
        )
    added = statistics.median(p - b for b, p, _ in rows)
    print(
        f"{SENDERS} unsigned {BODY_BYTES // 1_000_000} MB chunked bodies at once, median of "
        f"{runs}: peak RSS +{added:.0f} MB over {statistics.median(b for b, _, _ in rows):.0f} MB, "
        f"after {statistics.median(a for _, _, a in rows):.0f} MB"
    )


if __name__ == "__main__":
    main()
