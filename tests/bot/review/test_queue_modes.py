"""The queue's promises, held by both modes through one interface (`bot.review.queue.ReviewQueue`):
the embedded journal in one `qtreview serve`, and Redis with a replica and a `qtreview worker`.

A delivery answered 202 is reviewed; the same delivery again is answered 200 and reviewed no
second time; a newer head supersedes an older one, whose results are never posted. Real
processes, the tests' GitHub emulator, a real `redis-server` for the Redis mode.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import aiohttp
import pytest

from tests.support.bot_harness import APP_ID, INSTALLATION, OWNER, REPO, SECRET, keypair
from tests.support.fault_load import head_files
from tests.support.github_emulator import GitHubEmulator
from tests.support.github_emulator.webhooks import adapt, delivery, load_payload
from tests.support.redis_server import redis_server
from tests.support.service_process import ServiceProcess


@pytest.fixture(params=["embedded", "redis"])
async def mode(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[dict[str, str]]:
    """The settings of each mode; the Redis one with its own server."""
    if request.param == "embedded":
        yield {"QTREVIEW_STATE_DIR": str(tmp_path / "state")}
        return
    with redis_server(tmp_path) as url:
        yield {"QTREVIEW_REDIS_URL": url}


def opened(action: str, sha: str) -> dict[str, object]:
    return adapt(
        load_payload(f"pull_request.{action}"),
        owner=OWNER,
        repo=REPO,
        number=1,
        head_sha=sha,
        installation_id=INSTALLATION,
        action=action,
    )


async def test_one_review_per_delivery_and_the_newest_head_wins(
    tmp_path: Path, mode: dict[str, str]
) -> None:
    async with AsyncExitStack() as stack:
        gh = GitHubEmulator()
        await gh.start()
        stack.push_async_callback(gh.close)
        gh.register_app(APP_ID, "qtreview", keypair().public_pem)
        gh.add_installation(INSTALLATION, OWNER)
        gh.add_repo(OWNER, REPO, INSTALLATION)
        log = stack.enter_context((tmp_path / "services.log").open("wb"))
        session = await stack.enter_async_context(aiohttp.ClientSession())
        processes = [ServiceProcess(gh, log, env=mode)]
        if "QTREVIEW_REDIS_URL" in mode:
            processes.append(ServiceProcess(gh, log, command="worker", env=mode))
        for p in processes:
            await p.start()
            stack.push_async_callback(p.stop, signal.SIGTERM)
            await p.wait_ready(session)
        serve = processes[0]

        async def post(action: str, sha: str) -> tuple[int, tuple[dict[str, str], bytes]]:
            headers, body = delivery("pull_request", opened(action, sha), SECRET)
            async with session.post(f"{serve.url}/webhook", data=body, headers=headers) as r:
                return r.status, (headers, body)

        old = gh.add_pull(OWNER, REPO, 1, files=head_files(1, 0)).head_sha
        gh.delay(r"/pulls/1/files$", 1.0, times=1)  # the old head's review is still running...
        status, sent = await post("opened", old)
        assert status == 202
        async with session.post(f"{serve.url}/webhook", data=sent[1], headers=sent[0]) as r:
            assert r.status == 200  # GitHub's redelivery of the same delivery
        deadline = time.monotonic() + 20
        while not gh.check_runs and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        new = gh.push(OWNER, REPO, 1, files=head_files(1, 1)).head_sha
        status, _ = await post("synchronize", new)  # ...when the new head arrives
        assert status == 202
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (  # noqa: ASYNC110
            gh.reviews and all(r.status == "completed" for r in gh.check_runs)
        ):
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # nothing more arrives late
    text = (tmp_path / "services.log").read_text(errors="replace")[-3000:]
    assert [r.commit_id for r in gh.reviews] == [new], text
    runs = {r.head_sha: r for r in gh.check_runs}
    assert set(runs) == {old, new}
    assert runs[new].conclusion == "failure"  # the finding is an error
    assert runs[old].status == "completed"  # never left in progress
    assert gh.violations == []
