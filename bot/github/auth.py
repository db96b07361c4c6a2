"""GitHub App auth: a short-lived App JWT, and installation tokens reused until near expiry.

Tokens are opaque strings (their length and format change without notice); only `expires_at`
decides when one is refreshed: five minutes before it, so a job never starts with a dying token.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import jwt
from cachetools import TTLCache

from bot.github.client import GitHubClient
from bot.ops.logs import register_secret

log = logging.getLogger(__name__)

JWT_BACKDATE_S = 60
"""GitHub rejects an `iat` in its future; backdating absorbs clock skew."""
JWT_LIFETIME_S = 9 * 60
"""Under GitHub's 10-minute cap even with the backdating, or it says "exp too far in the future"."""
REFRESH_MARGIN_S = 5 * 60


def mint_app_jwt(app_id: str, private_key: str, *, now: float | None = None) -> str:
    issued = int(time.time() if now is None else now) - JWT_BACKDATE_S
    payload = {"iat": issued, "exp": issued + JWT_LIFETIME_S, "iss": app_id}
    return jwt.encode(payload, private_key, algorithm="RS256")


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float
    """Wall-clock time after which the token is fetched again."""


class InstallationTokens:
    """Installation id -> token, fetched once and shared by every job of that installation."""

    def __init__(
        self,
        gh: GitHubClient,
        app_id: str,
        private_key: str,
        *,
        clock: Callable[[], float] = time.time,
        max_installations: int = 4096,
    ) -> None:
        self._gh = gh
        self._app_id = app_id
        self._private_key = private_key
        self._clock = clock
        # The TTL bounds memory for installations gone quiet; `refresh_at` bounds each token.
        self._cache: TTLCache[int, _Token] = TTLCache(maxsize=max_installations, ttl=3600)
        self._locks: dict[int, asyncio.Lock] = {}
        self.fetches = 0

    async def token(self, installation_id: int) -> str:
        cached = self._cache.get(installation_id)
        if cached is not None and self._clock() < cached.refresh_at:
            return cached.value
        lock = self._locks.setdefault(installation_id, asyncio.Lock())
        async with lock:  # concurrent jobs of one installation share one fetch
            cached = self._cache.get(installation_id)
            if cached is not None and self._clock() < cached.refresh_at:
                return cached.value
            fresh = await self._fetch(installation_id)
            self._cache[installation_id] = fresh
            return fresh.value

    def forget(self, installation_id: int) -> None:
        """Drop a token GitHub refused (revoked, or the installation changed)."""
        self._cache.pop(installation_id, None)

    async def _fetch(self, installation_id: int) -> _Token:
        answer = await self._gh.post(
            "/app/installations/{installation_id}/access_tokens",
            {"installation_id": installation_id},
            data={},
            jwt=mint_app_jwt(self._app_id, self._private_key, now=self._clock()),
        )
        value = str(answer["token"])
        register_secret(value)
        expires = parse_github_time(str(answer["expires_at"]))
        self.fetches += 1
        log.info(
            "installation token fetched",
            extra={"installation": installation_id, "expires_at": answer["expires_at"]},
        )
        return _Token(value, expires - REFRESH_MARGIN_S)


def parse_github_time(text: str) -> float:
    """GitHub's ISO 8601 timestamps ("2016-07-11T22:14:10Z", or with an offset) as epoch seconds."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
