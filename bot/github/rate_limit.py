"""What a 403 or 429 from GitHub says about its rate limits, and how long it asks us to wait.

GitHub's rules (REST docs, "Rate limits for the REST API"), as octokit's throttling plugin reads
them too:
- `Retry-After` present: wait that many seconds;
- `x-ratelimit-remaining: 0`: the primary quota is used up; wait until `x-ratelimit-reset` (+1 s);
- a "secondary rate limit" message without either: wait at least a minute, and longer (doubling)
  each time it happens again;
- any other 403 is a permission problem, never retried.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

SECONDARY_MIN_WAIT_S = 60.0
"""GitHub: "If the retry-after header is not present, wait at least one minute"."""


class Limit(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


@dataclass(frozen=True)
class RateLimited:
    limit: Limit
    wait_s: float | None
    """What GitHub asks for (`Retry-After`), or None: a secondary limit that named no time."""
    reset_at: float | None
    """Epoch seconds the primary quota resets at."""

    def seconds(self, *, now: float, times: int) -> float:
        """The wait before trying again, the `times`-th time in a row this limit was hit."""
        if self.wait_s is not None:
            return self.wait_s
        if self.reset_at is not None:
            return max(0.0, self.reset_at - now) + 1.0
        return float(SECONDARY_MIN_WAIT_S * 2 ** max(0, times - 1))


def rate_limited(status: int, headers: Mapping[str, str], message: str) -> RateLimited | None:
    """The rate limit this answer (status, headers, GitHub's `message`) reports, or None."""
    if status not in (403, 429):
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    retry_after = _number(lowered.get("retry-after"))
    if lowered.get("x-ratelimit-remaining") == "0":
        reset = _number(lowered.get("x-ratelimit-reset"))
        return RateLimited(Limit.PRIMARY, retry_after, reset)
    if retry_after is not None or "secondary rate limit" in message.lower():
        return RateLimited(Limit.SECONDARY, retry_after, None)
    if status == 429:  # too many requests, whatever the body says
        return RateLimited(Limit.SECONDARY, None, None)
    return None


def quota(headers: Mapping[str, str]) -> tuple[int, int, float] | None:
    """(remaining, limit, reset epoch) from an answer's `x-ratelimit-*` headers, when all there."""
    lowered = {k.lower(): v for k, v in headers.items()}
    remaining = _number(lowered.get("x-ratelimit-remaining"))
    limit = _number(lowered.get("x-ratelimit-limit"))
    reset = _number(lowered.get("x-ratelimit-reset"))
    if remaining is None or limit is None or reset is None:
        return None
    return int(remaining), int(limit), reset


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def message_of(body: bytes) -> str:
    """GitHub's `message` in an error body."""
    try:
        data = json.loads(body)
    except ValueError:
        return body[:500].decode("utf-8", "replace")
    return str(data.get("message", "")) if isinstance(data, dict) else ""
