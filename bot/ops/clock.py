"""Time as the service sees it: real, except that waits the service chooses can be scaled down.

GitHub asks for waits of a minute and more (a secondary rate limit without `Retry-After`), and a
failed review is tried again minutes later. Tests and benchmarks shrink every such wait by `scale`
so the same code runs in milliseconds; production leaves it at 1. A wait until a moment GitHub
names (a rate-limit reset, an epoch second) is never scaled: that moment is real.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass
class Clock:
    scale: float = 1.0

    def __post_init__(self) -> None:
        if not 0 < self.scale <= 1:
            raise ValueError(f"the wait scale must be within (0, 1], not {self.scale}")

    @staticmethod
    def now() -> float:
        """Epoch seconds, as GitHub's `x-ratelimit-reset` counts them."""
        return time.time()

    @staticmethod
    def monotonic() -> float:
        return time.monotonic()

    def real(self, seconds: float) -> float:
        """How long a wait of `seconds` the service chose really lasts."""
        return max(0.0, seconds) * self.scale

    async def pause(self, seconds: float) -> None:
        """A wait the service chose (backoff, GitHub's minute after a secondary limit)."""
        if seconds > 0:
            await asyncio.sleep(self.real(seconds))

    async def until(self, epoch: float) -> None:
        """A wait until a moment GitHub named: never scaled."""
        delay = epoch - time.time()
        if delay > 0:
            await asyncio.sleep(delay)
