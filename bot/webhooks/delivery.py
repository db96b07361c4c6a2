"""What a webhook handler gets besides the event: where to queue work, and a place to say what
it did with the delivery (for the response code and the metrics)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cachetools import TTLCache

from bot.review.queue import ReviewQueue


class Deliveries(Protocol):
    """Delivery ids already taken: in this process (`SeenHere`) or in Redis for every replica
    (`bot.review.redis_queue.RedisDeliveries`)."""

    async def claim(self, delivery: str) -> bool:
        """True the first time `delivery` is seen."""
        ...

    async def forget(self, delivery: str) -> None:
        """`delivery` was not accepted after all: a redelivery under its id must still run."""
        ...


class SeenHere:
    def __init__(self, ttl_s: float) -> None:
        self._seen: TTLCache[str, bool] = TTLCache(maxsize=100_000, ttl=ttl_s)

    async def claim(self, delivery: str) -> bool:
        if delivery in self._seen:
            return False
        self._seen[delivery] = True
        return True

    async def forget(self, delivery: str) -> None:
        self._seen.pop(delivery, None)


@dataclass
class Delivery:
    queue: ReviewQueue
    outcome: str = "ignored"
    """"queued" when a job was queued; "refused" when shutting down; else "ignored"."""
