"""The App under GitHub's faults: many pull requests pushed to again and again while a seeded share
of GitHub's answers fail (5xx before and after acting, resets, hangs, secondary and primary rate
limits, 422s). Prints what went wrong on GitHub's side of things and how fast webhooks were
acknowledged; asserts nothing.

    python bench/faults.py                     # both loads of issue 8, fixed seeds
    python bench/faults.py --prs 5 --heads 10 --rate 0.25 --seed 1

The service runs as its own process (`qtreview serve`) against the emulator running here; the
load and the counts (duplicate comments, double reviews, check runs left in_progress, last heads
unreviewed, findings lost) are the soak test's, `tests/support/fault_load.py`. The service's waits
are scaled (`--wait-scale`) and its writes spaced less than GitHub's second (`--write-spacing`),
so that a run takes minutes rather than hours; the order and the rules stay the same.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checks  # noqa: E402
from tests.support.bot_harness import (  # noqa: E402
    APP_ID,
    INSTALLATION,
    OWNER,
    REPO,
    SECRET,
    keypair,
    pull_request_payload,
)
from tests.support.fault_load import Outcome, outcome, push_heads, wanted_findings  # noqa: E402
from tests.support.github_emulator import GitHubEmulator  # noqa: E402
from tests.support.github_emulator.faults import FaultPlan  # noqa: E402
from tests.support.github_emulator.webhooks import delivery  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from service import (  # noqa: E402
    free_port,
    percentile,
    service_env,
    start_service,
    stop_service,
    wait_ready,
)

LOADS = ((20, 15, 0.25, 8), (20, 40, 0.30, 9))
"""(pull requests, heads each, fault rate, seed): the loads issue 8 measured."""
SETTLE_S = 900.0
QUIET_S = 3.0


@dataclass
class Figures:
    outcome: Outcome
    acks: list[float]
    statuses: Counter[int]
    requests: int
    injected: Counter[str]
    seconds: float
    peak_mib: float


def peak_rss_mib(pid: int) -> float:
    """The service process's own peak resident set (VmHWM), read before it is stopped."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def quiescent(session: aiohttp.ClientSession, url: str, gh: GitHubEmulator) -> None:
    """Until the service has nothing queued, running or waiting to retry, and GitHub heard nothing
    from it for QUIET_S; bounded by SETTLE_S."""
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        async with session.get(f"{url}/metrics") as r:
            text = await r.text()
        busy = 0.0
        for line in text.splitlines():
            name = line.split(" ")[0]
            if name in (
                "qtreview_queue_depth",
                "qtreview_jobs_running",
                "qtreview_jobs_retrying",
                "qtreview_jobs_reporting",
            ):
                busy += float(line.split(" ")[1])
        last = max((r.answered for r in gh.requests), default=0.0)
        if busy == 0 and time.monotonic() - last > QUIET_S:
            return
    print(f"  (still busy after {SETTLE_S:.0f} s; counted as it stands)")


async def run_load(
    prs: int, heads: int, rate: float, seed: int, args: argparse.Namespace
) -> Figures:
    keys = keypair()
    async with GitHubEmulator(validate_responses=False) as gh:
        gh.register_app(APP_ID, "qtreview", keys.public_pem)
        gh.add_installation(INSTALLATION, OWNER)
        gh.add_repo(OWNER, REPO, INSTALLATION)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = service_env(
            gh,
            keys,
            QTREVIEW_WAIT_SCALE=str(args.wait_scale),
            QTREVIEW_WRITE_SPACING=str(args.write_spacing),
            QTREVIEW_GITHUB_TIMEOUT=str(args.timeout),
        )
        log_dir = ROOT / ".bench"
        log_dir.mkdir(exist_ok=True)
        acks: list[float] = []
        statuses: Counter[int] = Counter()
        final: dict[int, str] = {}
        plan = FaultPlan(seed=seed, rate=rate, hang_s=args.timeout + 1.0, max_hangs=1)
        with (log_dir / f"faults-{prs}x{heads}.log").open("wb") as log:
            service = await start_service(env, port, log)
            start = time.perf_counter()
            try:
                async with aiohttp.ClientSession() as session:
                    await wait_ready(session, url)
                    gh.faults = plan

                    async def send(action: str, number: int, sha: str) -> None:
                        payload = pull_request_payload(action, number, sha)
                        headers, body = delivery("pull_request", payload, SECRET)
                        t0 = time.perf_counter()
                        async with session.post(f"{url}/webhook", data=body, headers=headers) as r:
                            await r.read()
                            statuses[r.status] += 1
                        acks.append(time.perf_counter() - t0)

                    final = await push_heads(gh, OWNER, REPO, send, prs=prs, heads=heads, seed=seed)
                    await quiescent(session, url, gh)
            finally:
                seconds = time.perf_counter() - start
                gh.faults = None
                peak_mib = peak_rss_mib(service.pid)
                await stop_service(service, grace_s=60)
        for run in gh.check_runs:
            if run.status != "completed":  # say what happened to it, to find out why
                trail = [
                    (r.method, r.path, r.status, r.fault)
                    for r in gh.requests
                    if f"/check-runs/{run.id}" in r.path or run.head_sha in r.path
                ]
                print(f"  in_progress: run {run.id} at {run.head_sha[:8]} ({run.external_id})")
                print(f"    {trail}")
                print(f"    bodies {[b.get('status') for b in run.requests]}")
        with checks.Analyzer(jobs=1) as analyzer:
            wanted = wanted_findings(gh, OWNER, REPO, final, analyzer)
        return Figures(
            outcome=outcome(gh, OWNER, REPO, final, wanted),
            acks=acks,
            statuses=statuses,
            requests=len(gh.requests),
            injected=Counter({str(k): v for k, v in plan.injected.items()}),
            seconds=seconds,
            peak_mib=peak_mib,
        )


def report(prs: int, heads: int, rate: float, seed: int, f: Figures) -> None:
    print(f"{prs} PRs x {heads} heads, {rate:.0%} faults, seed {seed} ({f.seconds:.0f} s):")
    o = f.outcome
    print(f"  duplicate comments      {o.duplicate_comments}")
    print(f"  double reviews          {o.double_reviews}")
    print(f"  check runs in_progress  {o.stuck_check_runs}")
    print(f"  final heads unreviewed  {o.final_unreviewed}")
    print(f"  findings lost           {o.findings_lost}")
    print(
        f"  reviews posted {o.reviews}; GitHub requests {f.requests}; injected {dict(f.injected)}"
    )
    print(
        f"  webhook ack: p50 {percentile(f.acks, 50) * 1e3:.1f} ms, "
        f"p99 {percentile(f.acks, 99) * 1e3:.1f} ms, "
        f"median {statistics.median(f.acks) * 1e3:.1f} ms; statuses {dict(f.statuses)}"
    )
    print(f"  service peak RSS {f.peak_mib:.0f} MiB")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prs", type=int)
    parser.add_argument("--heads", type=int)
    parser.add_argument("--rate", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=2.0, help="the service's GitHub timeout")
    parser.add_argument(
        "--wait-scale", type=float, default=0.01, help="QTREVIEW_WAIT_SCALE for the service"
    )
    parser.add_argument(
        "--write-spacing", type=float, default=0.05, help="QTREVIEW_WRITE_SPACING (s)"
    )
    args = parser.parse_args()
    loads = LOADS if args.prs is None else ((args.prs, args.heads or 10, args.rate, args.seed),)
    print(
        f"service: GitHub timeout {args.timeout} s, waits scaled by {args.wait_scale}, "
        f"{args.write_spacing} s between writes"
    )
    for prs, heads, rate, seed in loads:
        figures = await run_load(prs, heads, rate, seed, args)
        report(prs, heads, rate, seed, figures)


if __name__ == "__main__":
    asyncio.run(main())
