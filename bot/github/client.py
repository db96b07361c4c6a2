"""gidgethub's aiohttp client, taught GitHub's manners: what to retry, rate limits, pacing.

Every request takes its caller's turn first (`bot.github.throttle`: writes one at a time and spaced,
pauses after a secondary rate limit, the primary quota spread). Then:
- a rate-limit answer (any method: GitHub refused before acting) waits as GitHub asks
  (`bot.github.rate_limit`) and is sent again, while the wait is within `max_rate_limit_wait_s`;
- a request that never reached GitHub (connection refused) is sent again, whatever its method;
- a read (GET, HEAD) or a write GitHub makes safe to repeat (`REPEATABLE_WRITES`) is sent again
  after a 5xx, a reset or a timeout, with exponential backoff and jitter;
- any other write is never sent twice here: after a 5xx, a reset or a timeout GitHub may have
  carried it out and only the answer was lost. It raises (`gidgethub.GitHubBroken`, or `NoAnswer`
  with `sent=True`), and the caller looks before writing again (`bot.github.write_once`).
Other 4xx answers are the caller's to handle.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
import gidgethub
import gidgethub.aiohttp
from cachetools import LRUCache

from bot.github.rate_limit import Limit, message_of, quota, rate_limited
from bot.github.throttle import Throttle, caller_of
from bot.ops.clock import Clock
from bot.ops.metrics import Metrics
from bot.settings import RetryPolicy

log = logging.getLogger(__name__)

USER_AGENT = "qtreview"
READS = frozenset({"GET", "HEAD"})
REPEATABLE_WRITES = (
    re.compile(r"/app/installations/\d+/access_tokens$"),  # a second token; the first expires
    re.compile(r"/reactions$"),  # GitHub answers 200 with the reaction that is already there
    # our queries read; resolveReviewThread on a resolved thread is a no-op
    re.compile(r"/graphql$"),
)
"""Writes GitHub carries out at most once in effect, however often they are sent."""
_AUTH = re.compile(r"/app/installations/\d+/access_tokens$")


def is_write(method: str, path: str, body: bytes) -> bool:
    """What is spaced as a write: not reads, token requests or GraphQL queries (a batch of file
    contents is a read; a GraphQL mutation is a write)."""
    if method in READS or _AUTH.search(path):
        return False
    if path.endswith("/graphql"):
        try:
            query = json.loads(body).get("query", "")
        except (ValueError, AttributeError):
            return True
        return not (isinstance(query, str) and query.lstrip().startswith(("query", "{")))
    return True


class NoAnswer(gidgethub.GitHubException):
    """GitHub did not answer: a timeout or a reset. `sent`: the request may have reached it."""

    def __init__(self, method: str, path: str, *, sent: bool) -> None:
        super().__init__(f"{method} {path}: no answer from GitHub")
        self.sent = sent


@dataclass(frozen=True)
class _Unanswered:
    sent: bool


class GitHubClient(gidgethub.aiohttp.GitHubAPI):
    """One per process: shares the aiohttp session, the ETag cache and the throttle.

    Credentials are passed per call (`oauth_token=` / `jwt=`), never stored on the instance.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        base_url: str,
        retry: RetryPolicy,
        metrics: Metrics,
        clock: Clock | None = None,
        cache_entries: int = 2048,
    ) -> None:
        super().__init__(
            session, USER_AGENT, cache=LRUCache(maxsize=cache_entries), base_url=base_url
        )
        self.retry = retry
        self.metrics = metrics
        self.clock = clock or Clock()
        self.throttle = Throttle(
            self.clock,
            write_spacing_s=retry.write_spacing_s,
            max_wait_s=retry.max_rate_limit_wait_s,
        )

    async def sleep(self, seconds: float) -> None:
        await self.clock.pause(seconds)

    async def _request(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes = b""
    ) -> tuple[int, Mapping[str, str], bytes]:
        path = _path(url)
        caller = caller_of(headers.get("authorization") or headers.get("Authorization"))
        write = is_write(method, path, body)
        repeatable = method in READS or any(p.search(path) for p in REPEATABLE_WRITES)
        failures = limited = 0
        while True:
            async with self.throttle.turn(caller, write=write):
                answer = await self._send(method, url, headers, body)
            if isinstance(answer, _Unanswered):
                failures += 1
                if (repeatable or not answer.sent) and failures < self.retry.attempts:
                    await self._back_off(method, path, failures, "no answer")
                    continue
                raise NoAnswer(method, path, sent=answer.sent)
            status, answer_headers, data = answer
            seen = quota(answer_headers)
            if seen is not None:
                self.throttle.observe(caller, *seen)
                self.metrics.rate_limit_remaining.set(seen[0])
            limit = (
                rate_limited(status, answer_headers, message_of(data))
                if status in (403, 429)
                else None
            )
            if limit is not None:
                limited += 1
                wait = limit.seconds(now=self.clock.now(), times=limited)
                if limited >= self.retry.attempts or wait > self.retry.max_rate_limit_wait_s:
                    log.warning(
                        "GitHub rate limit: giving up on this request",
                        extra={"path": path, "limit": limit.limit.value, "wait_s": round(wait, 1)},
                    )
                    return answer
                log.warning(
                    "GitHub rate limit: waiting before sending again",
                    extra={
                        "method": method,
                        "path": path,
                        "limit": limit.limit.value,
                        "wait_s": round(wait, 1),
                    },
                )
                if limit.limit is Limit.SECONDARY or limit.wait_s is not None:
                    self.throttle.pause(caller, wait)  # the installation's other requests too
                    await self.clock.pause(wait)
                continue  # a used-up quota: the throttle waits for its reset
            if status >= 500 and repeatable:
                failures += 1
                if failures < self.retry.attempts:
                    await self._back_off(method, path, failures, str(status))
                    continue
            return answer

    async def _send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, Mapping[str, str], bytes] | _Unanswered:
        timeout = aiohttp.ClientTimeout(total=self.retry.request_timeout_s)
        start = time.perf_counter()
        try:
            async with self._session.request(
                method, url, headers=headers, data=body, timeout=timeout
            ) as response:
                data = await response.read()
        except aiohttp.ClientConnectorError:
            self.metrics.github_errors.labels("unreachable").inc()
            return _Unanswered(sent=False)
        except (TimeoutError, aiohttp.ClientConnectionError, aiohttp.ClientPayloadError):
            self.metrics.github_errors.labels("timeout").inc()
            return _Unanswered(sent=True)
        self.metrics.github_seconds.labels(method, str(response.status)).observe(
            time.perf_counter() - start
        )
        if response.status >= 400:
            self.metrics.github_errors.labels(str(response.status)).inc()
        return response.status, response.headers, data

    async def _back_off(self, method: str, path: str, attempt: int, why: str) -> None:
        delay = backoff(attempt, self.retry.backoff_s, self.retry.backoff_cap_s)
        log.warning(
            "GitHub call failed; sending it again",
            extra={
                "method": method,
                "path": path,
                "why": why,
                "attempt": attempt,
                "wait_s": round(delay, 3),
            },
        )
        await self.clock.pause(delay)


def backoff(attempt: int, base_s: float, cap_s: float) -> float:
    """Exponential, capped, with jitter (uniform in the upper half): retries never stampede."""
    ceiling = min(cap_s, base_s * 2 ** (attempt - 1))
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311  # jitter, not cryptography


def _path(url: str) -> str:
    """The URL without host or query: what a log line needs, and nothing a token could hide in."""
    return urlsplit(url).path


def graphql_url(rest_base_url: str) -> str:
    """api.github.com -> /graphql; GitHub Enterprise Server's /api/v3 -> /api/graphql."""
    base = rest_base_url.rstrip("/")
    if base.endswith("/api/v3"):
        return base[: -len("/v3")] + "/graphql"
    return base + "/graphql"
