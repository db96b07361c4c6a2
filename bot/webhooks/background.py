"""Work a webhook starts but must not wait for (GitHub wants its answer within 10 s).

Tasks are kept referenced (asyncio only holds weak references), their errors are logged, and
`join` lets shutdown and tests wait for them, bounded by the caller.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class Background:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        """Run `work`; the task copies the context, so its log lines keep the delivery id."""
        task = asyncio.create_task(self._guarded(work, name), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _guarded(self, work: Coroutine[Any, Any, None], name: str) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("background work failed", extra={"task": name})

    async def join(self) -> None:
        """Until nothing runs; work started meanwhile is waited for too."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def close(self, grace_s: float) -> None:
        try:
            await asyncio.wait_for(self.join(), grace_s)
        except TimeoutError:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
