"""When a failed review is worth trying again, and when: the job-level retry policy.

A review fails as a whole when one of its GitHub calls still fails after the client's own tries
(GitHub down for minutes, a long secondary rate limit, a used-up quota). Such a failure is
transient: the job is queued again after a backoff that grows with each try and honours any wait
GitHub asked for, bounded in tries and in total waiting. Anything else (a 422 GitHub keeps
refusing, a bug) is final at once. The queue (`bot.review.queue`) asks `next_try`; a final
failure is reported on the check run and in metrics (`Reviewer.give_up`).
"""

from __future__ import annotations

import aiohttp
import gidgethub

from bot.github.client import NoAnswer, backoff
from bot.github.rate_limit import rate_limited
from bot.github.throttle import QuotaExhausted
from bot.ops.clock import Clock
from bot.settings import JobRetryPolicy


def next_try(
    policy: JobRetryPolicy, attempt: int, waited_s: float, error: BaseException
) -> float | None:
    """Seconds (before the clock's scaling) until try `attempt + 1`, or None: give up.
    `waited_s`: the waits between the tries so far."""
    if attempt >= policy.attempts:
        return None
    hint = transient(error)
    if hint is None:
        return None
    wait = max(hint, backoff(attempt, policy.backoff_s, policy.backoff_cap_s))
    if waited_s + wait > policy.within_s:
        return None
    return wait


def transient(error: BaseException) -> float | None:
    """The least wait GitHub asked for (0 when it named none) if `error` may pass; else None."""
    if isinstance(error, QuotaExhausted):
        return error.wait_s
    if isinstance(error, gidgethub.RateLimitExceeded):
        reset = float(error.rate_limit.reset_datetime.timestamp())
        return max(0.0, reset - Clock.now()) + 1.0
    if isinstance(error, gidgethub.BadRequest):
        status = int(error.status_code)
        limit = rate_limited(status, getattr(error, "headers", None) or {}, str(error))
        return limit.seconds(now=Clock.now(), times=1) if limit is not None else None
    if isinstance(error, gidgethub.GitHubBroken | NoAnswer | aiohttp.ClientError | TimeoutError):
        return 0.0
    return None
