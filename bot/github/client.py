"""gidgethub's aiohttp client, taught to be patient with GitHub: retries, rate limits, metrics.

5xx answers and timeouts are retried a bounded number of times with exponential backoff and full
jitter; 403/429 rate-limit answers wait as `Retry-After` or `x-ratelimit-reset` say (capped). Other
4xx answers are the caller's to handle: they are never retried.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Mapping
from urllib.parse import urlsplit

import aiohttp
import gidgethub
import gidgethub.aiohttp
from cachetools import LRUCache

from bot.ops.metrics import Metrics
from bot.settings import RetryPolicy

log = logging.getLogger(__name__)

USER_AGENT = "qtreview"


class GitHubTimeout(gidgethub.GitHubException):
    """GitHub did not answer in time, on every attempt."""


class GitHubClient(gidgethub.aiohttp.GitHubAPI):
    """One per process: shares the aiohttp session and the ETag cache across installations.

    Credentials are passed per call (`oauth_token=` / `jwt=`), never stored on the instance.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        base_url: str,
        retry: RetryPolicy,
        metrics: Metrics,
        cache_entries: int = 2048,
    ) -> None:
        super().__init__(
            session,
            USER_AGENT,
            cache=LRUCache(maxsize=cache_entries),
            base_url=base_url,
        )
        self.retry = retry
        self.metrics = metrics

    async def _request(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes = b""
    ) -> tuple[int, Mapping[str, str], bytes]:
        timeout = aiohttp.ClientTimeout(total=self.retry.request_timeout_s)
        for attempt in range(1, self.retry.attempts + 1):
            start = time.perf_counter()
            try:
                async with self._session.request(
                    method, url, headers=headers, data=body, timeout=timeout
                ) as response:
                    data = await response.read()
            except (TimeoutError, aiohttp.ServerTimeoutError, aiohttp.ClientConnectionError):
                self.metrics.github_errors.labels("timeout").inc()
                if attempt == self.retry.attempts:
                    raise GitHubTimeout(f"{method} {_path(url)}: no answer") from None
                delay = self._backoff(attempt)
                log.warning(
                    "GitHub call timed out; retrying",
                    extra={"method": method, "path": _path(url), "wait_s": round(delay, 3)},
                )
                await self.sleep(delay)
                continue
            self.metrics.github_seconds.labels(method, str(response.status)).observe(
                time.perf_counter() - start
            )
            if response.status >= 400:
                self.metrics.github_errors.labels(str(response.status)).inc()
            remaining = response.headers.get("x-ratelimit-remaining")
            if remaining is not None and remaining.isdigit():
                self.metrics.rate_limit_remaining.set(int(remaining))
            return response.status, response.headers, data
        raise AssertionError("unreachable")  # pragma: no cover

    async def handle_rate_limit_error(
        self,
        *,
        method: str,
        url: str,
        exception: gidgethub.HTTPException,
        attempt: int,
    ) -> bool:
        """Return True (after waiting) when the failed call deserves another try."""
        if attempt >= self.retry.attempts:
            return False
        status = int(exception.status_code)
        if status >= 500:
            delay = self._backoff(attempt)
        elif status in (403, 429):
            wait = rate_limit_wait(exception.headers, now=time.time())
            if wait is None:
                return False  # a permission problem, not a rate limit
            if wait > self.retry.max_rate_limit_wait_s:
                log.warning(
                    "GitHub rate limit resets too far ahead; giving up",
                    extra={"path": _path(url), "wait_s": round(wait, 1)},
                )
                return False
            delay = wait
        else:
            return False
        log.warning(
            "GitHub call failed; retrying",
            extra={
                "method": method,
                "path": _path(url),
                "status": status,
                "attempt": attempt,
                "wait_s": round(delay, 3),
            },
        )
        await self.sleep(delay)
        return True

    def _backoff(self, attempt: int) -> float:
        """Exponential, capped, with jitter (uniform in the upper half): retries never stampede."""
        ceiling = min(self.retry.backoff_cap_s, self.retry.backoff_s * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311  # jitter, not cryptography


def rate_limit_wait(headers: Mapping[str, str], *, now: float) -> float | None:
    """Seconds GitHub asks us to wait, or None when the answer is not about rate limiting."""
    lowered = {k.lower(): v for k, v in headers.items()}
    retry_after = lowered.get("retry-after")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            return None
    if lowered.get("x-ratelimit-remaining") == "0":
        try:
            return max(0.0, float(lowered.get("x-ratelimit-reset", "")) - now) + 1.0
        except ValueError:
            return None
    return None


def _path(url: str) -> str:
    """The URL without host or query: what a log line needs, and nothing a token could hide in."""
    return urlsplit(url).path


def graphql_url(rest_base_url: str) -> str:
    """api.github.com -> /graphql; GitHub Enterprise Server's /api/v3 -> /api/graphql."""
    base = rest_base_url.rstrip("/")
    if base.endswith("/api/v3"):
        return base[: -len("/v3")] + "/graphql"
    return base + "/graphql"
