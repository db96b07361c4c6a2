"""`qtreview serve` as its own process against the emulator, as deployed: for tests that kill it.

Loopback only; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import IO

import aiohttp

from tests.support.bot_harness import APP_ID, SECRET, keypair
from tests.support.github_emulator import GitHubEmulator

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class ServiceProcess:
    """One `qtreview <command>` process; `env` adds to the App's settings for `gh`."""

    def __init__(
        self,
        gh: GitHubEmulator,
        log: IO[bytes],
        *,
        command: str = "serve",
        env: dict[str, str] | None = None,
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._gh = gh
        self._log = log
        self._command = command
        self._env = env or {}
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {
            **os.environ,
            **dict(
                GITHUB_APP_ID=str(APP_ID),
                GITHUB_PRIVATE_KEY=keypair().private_pem.decode(),
                GITHUB_WEBHOOK_SECRET=SECRET,
                QTREVIEW_GITHUB_URL=self._gh.url,
                QTREVIEW_HOST="127.0.0.1",
                QTREVIEW_PORT=str(self.port),
                QTREVIEW_LOG_LEVEL="WARNING",
                QTREVIEW_WRITE_SPACING="0.01",
                QTREVIEW_WAIT_SCALE="0.01",
                PYTHONPATH=str(ROOT),
            ),
            **self._env,
        }
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            self._command,
            env=env,
            stdout=self._log,
            stderr=self._log,
            cwd=ROOT,
        )

    async def wait_ready(self, session: aiohttp.ClientSession, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.returncode is not None:
                raise RuntimeError(f"qtreview {self._command} exited {self.proc.returncode}")
            try:
                async with session.get(f"{self.url}/readyz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
        raise RuntimeError(f"qtreview {self._command} not ready within {timeout_s} s")

    async def stop(self, sig: signal.Signals, timeout_s: float = 40) -> int:
        """Send `sig` and wait (bounded) for the exit; SIGKILL if it does not come."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout=timeout_s)
        except TimeoutError:
            self.proc.kill()
            return await self.proc.wait()
