"""GitHub's requests to an integration, kept per caller (one installation token, or the App JWT).

- Mutating requests (POST, PATCH, PUT, DELETE, and GraphQL, which may mutate) go one at a time,
  at least `write_spacing_s` apart ("wait at least one second between each request" that creates
  content, GitHub's best practices; octokit's throttling plugin does the same).
- A secondary rate limit pauses every request of that caller until the wait GitHub asked for ends.
- Near the end of the primary quota, requests are spread over the time left until its reset, so
  the quota is not used up; when it is, requests wait for the reset (or fail at once, when that is
  further away than `max_wait_s`: the review is then tried again later).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import gidgethub
from cachetools import LRUCache

from bot.ops.clock import Clock

log = logging.getLogger(__name__)

RESERVE_FRACTION = 0.1
"""Below this share of the primary quota left, requests are spread until the reset."""


class QuotaExhausted(gidgethub.GitHubException):
    """The primary quota is used up and resets later than the service waits; `wait_s` says when."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"GitHub's rate limit resets in {wait_s:.0f} s")
        self.wait_s = wait_s


@dataclass
class _Caller:
    writes: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_write: float = float("-inf")
    """Monotonic time the last write was answered."""
    paused_until: float = 0.0
    """Monotonic time a secondary rate limit lifts."""
    remaining: int | None = None
    limit: int | None = None
    reset_at: float = 0.0
    next_slot: float = 0.0
    """Monotonic time the next request may start while the quota is spread."""


def caller_of(authorization: str | None) -> str:
    """A key for the credentials (never the token itself, which must not linger in logs)."""
    return hashlib.sha256((authorization or "").encode()).hexdigest()[:16]


class Throttle:
    def __init__(
        self, clock: Clock, *, write_spacing_s: float = 1.0, max_wait_s: float = 300.0
    ) -> None:
        self._clock = clock
        self._spacing = write_spacing_s
        self._max_wait = max_wait_s
        self._callers: LRUCache[str, _Caller] = LRUCache(maxsize=4096)

    def _caller(self, key: str) -> _Caller:
        caller = self._callers.get(key)
        if caller is None:
            caller = self._callers[key] = _Caller()
        return caller

    @asynccontextmanager
    async def turn(self, key: str, *, write: bool) -> AsyncIterator[None]:
        """Wait for this caller's turn; a write holds it until its answer is in."""
        caller = self._caller(key)
        if not write:
            await self._ready(caller, spaced=False)
            yield
            return
        async with caller.writes:
            await self._ready(caller, spaced=True)
            try:
                yield
            finally:
                caller.last_write = self._clock.monotonic()

    async def _ready(self, caller: _Caller, *, spaced: bool) -> None:
        """Past the quota's pacing, any pause, and (for a write) the spacing after the last one;
        a pause that starts while waiting is waited for too."""
        await self._pace(caller)
        while True:
            now = self._clock.monotonic()
            wait = caller.paused_until - now
            if spaced:
                wait = max(wait, caller.last_write + self._spacing - now)
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    def pause(self, key: str, seconds: float) -> None:
        """A secondary rate limit: nothing of this caller is sent for `seconds` (scaled)."""
        caller = self._caller(key)
        until = self._clock.monotonic() + self._clock.real(seconds)
        caller.paused_until = max(caller.paused_until, until)

    def observe(self, key: str, remaining: int, limit: int, reset_at: float) -> None:
        """The quota an answer reported."""
        caller = self._caller(key)
        if reset_at != caller.reset_at or caller.remaining is None or remaining < caller.remaining:
            caller.remaining, caller.limit, caller.reset_at = remaining, limit, reset_at

    async def _pace(self, caller: _Caller) -> None:
        if caller.remaining is None or caller.limit is None:
            return
        left = caller.reset_at - self._clock.now()
        if left <= 0:
            caller.remaining = None  # a new window: nothing known until the next answer
            return
        if caller.remaining <= 0:
            if left + 1 > self._max_wait:
                raise QuotaExhausted(left + 1)
            log.warning("GitHub quota used up; waiting for its reset", extra={"wait_s": left + 1})
            await self._clock.until(caller.reset_at)
            await self._clock.pause(1.0)  # GitHub: retry after the reset, not at it
            return
        if caller.remaining > caller.limit * RESERVE_FRACTION:
            return
        # Spread what is left evenly over the time left: the quota then lasts until the reset.
        interval = left / caller.remaining
        now = self._clock.monotonic()
        start = max(now, caller.next_slot)
        caller.next_slot = start + interval
        caller.remaining -= 1
        if start - now > self._max_wait:
            raise QuotaExhausted(start - now)
        if start > now:
            await asyncio.sleep(start - now)
