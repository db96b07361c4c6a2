"""`qtreview serve` killed (SIGKILL) or stopped (SIGTERM) with 20 acknowledged reviews queued or
running, then started again on the same state directory: every one is reviewed, once, and no
check run is left `in_progress`. The service runs as its own process, as deployed."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

import aiohttp
import pytest

from bot.review.journal import FILE_NAME
from tests.support.bot_harness import APP_ID, INSTALLATION, OWNER, REPO, SECRET, keypair
from tests.support.fault_load import head_files
from tests.support.github_emulator import GitHubEmulator
from tests.support.github_emulator.webhooks import adapt, delivery, load_payload
from tests.support.service_process import ServiceProcess

PULLS = 20


def left_in_journal(state: Path) -> int:
    with sqlite3.connect(state / FILE_NAME) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM jobs").fetchone()
    return int(count)


async def deliver(session: aiohttp.ClientSession, url: str, number: int, sha: str) -> int:
    payload = adapt(
        load_payload("pull_request.opened"),
        owner=OWNER,
        repo=REPO,
        number=number,
        head_sha=sha,
        installation_id=INSTALLATION,
        action="opened",
    )
    headers, body = delivery("pull_request", payload, SECRET)
    async with session.post(f"{url}/webhook", data=body, headers=headers) as r:
        return r.status


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
async def test_every_acknowledged_review_is_done_once_after_a_restart(
    tmp_path: Path, how: signal.Signals
) -> None:
    state = tmp_path / "state"
    env = {
        "QTREVIEW_STATE_DIR": str(state),
        "QTREVIEW_CONCURRENCY": "2",
        "QTREVIEW_SHUTDOWN_GRACE": "0.3",
    }
    async with GitHubEmulator() as gh:
        gh.register_app(APP_ID, "qtreview", keypair().public_pem)
        gh.add_installation(INSTALLATION, OWNER)
        gh.add_repo(OWNER, REPO, INSTALLATION)
        pulls = [gh.add_pull(OWNER, REPO, n, files=head_files(n, 0)) for n in range(1, PULLS + 1)]
        # each review waits on GitHub a while, after its check run started: when the process
        # dies, reviews are running (check runs in progress) and queued
        gh.delay(r"/pulls/\d+/files$", 0.4, times=None)
        with (tmp_path / "service.log").open("wb") as log:
            async with aiohttp.ClientSession() as session:
                first = ServiceProcess(gh, log, env=env)
                await first.start()
                await first.wait_ready(session)
                statuses = [await deliver(session, first.url, p.number, p.head_sha) for p in pulls]
                assert statuses == [202] * PULLS
                await first.stop(how)
                unfinished = left_in_journal(state)
                assert unfinished >= PULLS // 2, "the restart must have work to do"
                stuck = [r for r in gh.check_runs if r.status == "in_progress"]
                if how is signal.SIGKILL:
                    assert stuck, "a killed process leaves check runs in progress"

                print(
                    f"\n{how.name}: {unfinished} of {PULLS} acknowledged reviews left in the "
                    f"journal, {len(stuck)} check runs in progress"
                )
                gh.clear_switches()
                second = ServiceProcess(gh, log, env=env)
                await second.start()
                await second.wait_ready(session)
                deadline = time.monotonic() + 60
                while left_in_journal(state) and time.monotonic() < deadline:  # noqa: ASYNC110
                    await asyncio.sleep(0.1)
                await second.stop(signal.SIGTERM)
        log_text = (tmp_path / "service.log").read_text(errors="replace")

    assert left_in_journal(state) == 0, log_text[-3000:]
    ours = Counter(r.pull.number for r in gh.reviews if r.user == gh.bot_login)
    assert ours == Counter({p.number: 1 for p in pulls}), log_text[-3000:]
    assert [r for r in gh.check_runs if r.status == "in_progress"] == []
    per_head = Counter(r.head_sha for r in gh.check_runs)
    assert max(per_head.values()) == 1, "a resumed review found its check run again"
    assert gh.violations == []
