"""The bot on loopback against the GitHub emulator, with helpers to open PRs and deliver webhooks.

Shared by the bot's integration tests, `tests/demo.py` and `bench/service.py`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any

import aiohttp
from aiohttp import web

import checks
from bot.app import SERVICE, Service, make_app
from bot.ops.clock import Clock
from bot.settings import RetryPolicy, Settings
from tests.support.github_emulator import GitHubEmulator, KeyPair, generate_keypair
from tests.support.github_emulator.state import FileSpec
from tests.support.github_emulator.webhooks import adapt, delivery, load_payload

APP_ID = 4242
INSTALLATION = 77
OWNER, REPO = "acme", "net"
SECRET = "webhook-secret-for-tests"
FAST_RETRY = RetryPolicy(
    attempts=4,
    backoff_s=0.01,
    backoff_cap_s=0.05,
    max_rate_limit_wait_s=300.0,
    request_timeout_s=5,
    write_spacing_s=0.005,
)
WAIT_SCALE = 0.001
"""Tests wait a thousandth of what the service chooses: GitHub's minute becomes 60 ms."""


@dataclass
class RecordingClock(Clock):
    """Scaled down, and remembering every wait the service chose (in its own, unscaled seconds)."""

    scale: float = WAIT_SCALE
    pauses: list[float] = field(default_factory=list)

    async def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)
        await super().pause(seconds)


_keys: KeyPair | None = None


def keypair() -> KeyPair:
    """RSA generation is slow; one key serves every test in the process."""
    global _keys
    if _keys is None:
        _keys = generate_keypair()
    return _keys


def pull_request_payload(action: str, number: int, head_sha: str, **fields: Any) -> dict[str, Any]:
    """A real pull_request payload, adapted to the harness's repo, this PR and head."""
    name = "pull_request.synchronize" if action == "synchronize" else "pull_request.opened"
    return adapt(
        load_payload(name),
        owner=OWNER,
        repo=REPO,
        number=number,
        head_sha=head_sha,
        installation_id=INSTALLATION,
        action=action,
        **fields,
    )


class BotHarness:
    """`async with BotHarness(analyzer) as h:` an emulator with one app, installation and repo,
    and the bot listening on 127.0.0.1 pointed at it."""

    def __init__(self, analyzer: checks.Analyzer, **settings: Any) -> None:
        self.analyzer = analyzer
        self.overrides = settings
        self.clock = RecordingClock()
        self.gh = GitHubEmulator()
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> BotHarness:
        await self.gh.start()
        keys = keypair()
        self.gh.register_app(APP_ID, "qtreview", keys.public_pem)
        self.gh.add_installation(INSTALLATION, OWNER)
        self.gh.add_repo(OWNER, REPO, INSTALLATION)
        settings = Settings(
            app_id=str(APP_ID),
            private_key=keys.private_pem.decode(),
            webhook_secret=SECRET,
            github_url=self.gh.url,
            host="127.0.0.1",
            port=0,
            concurrency=2,
            retry=FAST_RETRY,
            shutdown_grace_s=5,
        )
        self.settings = replace(settings, **self.overrides)
        self.app = make_app(self.settings, analyzer=self.analyzer, clock=self.clock)
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        self._client = aiohttp.ClientSession()
        return self

    async def __aexit__(
        self,
        et: type[BaseException] | None,
        ev: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()
        await self.gh.close()

    @property
    def service(self) -> Service:
        return self.app[SERVICE]

    @property
    def client(self) -> aiohttp.ClientSession:
        assert self._client is not None
        return self._client

    def payload(self, action: str, number: int, head_sha: str, **fields: Any) -> dict[str, Any]:
        return pull_request_payload(action, number, head_sha, **fields)

    async def deliver(
        self,
        event: str,
        payload: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Sign and POST like GitHub; returns (status, JSON answer, the headers sent)."""
        sent, body = delivery(event, dict(payload), SECRET)
        sent.update(headers or {})
        status, answer = await self.post_raw(body, sent)
        return status, answer, sent

    async def post_raw(self, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        async with self.client.post(f"{self.url}/webhook", data=body, headers=headers) as r:
            text = await r.text()
            return r.status, (json.loads(text) if text else {})

    async def open_pull(
        self, number: int, files: Mapping[str, FileSpec], **pull: Any
    ) -> tuple[int, str]:
        """Create the PR on the emulator and deliver its `opened` webhook; returns (status, sha)."""
        draft = bool(pull.get("draft", False))
        created = self.gh.add_pull(OWNER, REPO, number, files=files, **pull)
        status, _answer, _ = await self.deliver(
            "pull_request", self.payload("opened", number, created.head_sha, draft=draft)
        )
        return status, created.head_sha

    async def push(self, number: int, files: Mapping[str, FileSpec], **kw: Any) -> str:
        """A new head on the emulator and its `synchronize` webhook; returns the new head SHA."""
        pull = self.gh.push(OWNER, REPO, number, files=files, **kw)
        status, _, _ = await self.deliver(
            "pull_request", self.payload("synchronize", number, pull.head_sha)
        )
        assert status == 202, status
        return pull.head_sha

    async def settle(self, limit_s: float = 30.0) -> None:
        """Wait (bounded) until the bot's queue has nothing pending or running."""
        async with asyncio.timeout(limit_s):
            await self.service.queue.join()

    def review_requests(self) -> list[Any]:
        return [r for r in self.gh.requests if r.method == "POST" and r.path.endswith("/reviews")]
