"""A write to GitHub that happens once, even when GitHub's answer to it is lost.

After a 5xx, a reset or a timeout, GitHub may well have carried the write out (a review created, a
check run completed): sending it again blindly doubles it. So before each new try, `look` asks
GitHub whether the write is already there (by a hidden marker, a check run's `external_id`, an
annotation count) and, if it is, that is the answer. Bounded in tries; the last error is raised
(the review job is then tried again as a whole, `bot.review.retry`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import gidgethub

from bot.github.client import GitHubClient, NoAnswer, backoff

log = logging.getLogger(__name__)

T = TypeVar("T")


def may_have_acted(error: BaseException) -> bool:
    """GitHub may have carried out the write although it did not say so."""
    if isinstance(error, NoAnswer):
        return error.sent
    return isinstance(error, gidgethub.GitHubBroken)


async def write_once(
    gh: GitHubClient,
    send: Callable[[], Awaitable[T]],
    look: Callable[[], Awaitable[T | None]] | None,
    *,
    what: str,
) -> T:
    """`send()`; after a lost answer `look()` (None: the write is safe to repeat), then again."""
    attempts = gh.retry.attempts
    for attempt in range(1, attempts + 1):
        try:
            return await send()
        except gidgethub.GitHubException as e:
            if not may_have_acted(e) or attempt == attempts:
                raise
            log.warning(
                "GitHub may have carried out a write whose answer was lost; looking before "
                "writing again",
                extra={"write": what, "attempt": attempt, "error": str(e)[:200]},
            )
        await gh.clock.pause(backoff(attempt, gh.retry.backoff_s, gh.retry.backoff_cap_s))
        if look is not None:
            found = await look()
            if found is not None:
                log.info("the write had been carried out; not sent again", extra={"write": what})
                return found
    raise AssertionError("unreachable")  # pragma: no cover
