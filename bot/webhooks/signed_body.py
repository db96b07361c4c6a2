"""Reading a webhook body before its signature is known, with the memory it may hold bounded.

The HMAC is computed as the body streams in, and nothing is parsed before it matches. Bytes held by
requests not yet verified come from one budget shared by all of them: each request may hold a
small share (GitHub's deliveries are mostly a few KB) taken from a common pool, and only one at a
time may grow past its share, up to GitHub's 25 MiB. So however many unsigned bodies arrive at
once, they hold at most `pool + max_bytes` between them. A request that cannot get its share in
time is answered 503 (the sender may try again); one that does not finish sending in time, 408.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import mmap
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from aiohttp import web

_HEADER = re.compile(r"sha256=[0-9a-f]{64}")
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Refused:
    """Why a body was not accepted: the HTTP status, a message for the sender, a metrics label."""

    status: int
    message: str
    outcome: str


class Busy(Exception):
    """No room in the budget within its wait."""


class UnverifiedBudget:
    """What all requests whose signature is not yet checked may hold at once.

    Nothing waits for room: a request that would wait keeps its connection's buffers filled, and
    40 such waiting senders cost more than the budget itself (measured: bench/webhook_memory.py).
    """

    def __init__(
        self, *, max_bytes: int, share: int = 128 * 1024, pool: int = 4 * 1024 * 1024
    ) -> None:
        self.max_bytes = max_bytes
        self.share = share
        self._free = pool
        self._large_taken = False
        self._region: mmap.mmap | None = None
        self.held = 0
        """Bytes unverified bodies hold right now; `peak` is the most they ever held."""
        self.peak = 0

    def hold(self, size: int) -> None:
        self.held += size
        self.peak = max(self.peak, self.held)

    @contextmanager
    def small(self, size: int) -> Iterator[None]:
        """`size` bytes (at most one share) from the common pool, or Busy."""
        if self._free < size:
            raise Busy
        self._free -= size
        try:
            yield
        finally:
            self._free += size

    @contextmanager
    def large(self) -> Iterator[mmap.mmap]:
        """The one place for a body past its share, or Busy: an anonymous mapping of
        `max_bytes` whose pages go back to the system after each body (RSS falls back)."""
        if self._large_taken:
            raise Busy
        self._large_taken = True
        try:
            if self._region is None:
                self._region = mmap.mmap(-1, self.max_bytes)
            yield self._region
        finally:
            self._region.madvise(mmap.MADV_DONTNEED)  # type: ignore[union-attr]
            self._large_taken = False


async def read_signed(
    request: web.Request, secret: bytes, budget: UnverifiedBudget, *, read_s: float = 30.0
) -> bytes | Refused:
    """The body once its `X-Hub-Signature-256` matches, else why not."""
    header = request.headers.get("X-Hub-Signature-256", "")
    if not _HEADER.fullmatch(header):
        return Refused(401, "signature missing or wrong", "bad-signature")
    declared = request.content_length
    if declared is not None and declared > budget.max_bytes:
        return Refused(413, "payload larger than 25 MiB", "too-large")
    share = budget.share if declared is None else min(budget.share, declared)
    body = _Body(budget, hmac.new(secret, digestmod=hashlib.sha256))
    try:
        with budget.small(share):
            async with asyncio.timeout(read_s):
                return await _read(request, body, share, budget, header)
    except Busy:
        return Refused(503, "too many deliveries arriving at once; redeliver later", "busy")
    except TimeoutError:
        return Refused(408, "the body did not arrive in time", "timeout")
    finally:
        body.drop()


async def _read(
    request: web.Request, body: _Body, share: int, budget: UnverifiedBudget, header: str
) -> bytes | Refused:
    stream = request.content.iter_chunked(CHUNK)
    async for chunk in stream:  # within the share
        body.add(chunk)
        if body.size > share:
            break
    else:
        return body.verified(header)
    with budget.large() as region:
        body.spill(region)
        async for chunk in stream:
            if body.size + len(chunk) > budget.max_bytes:
                body.drop()
                return Refused(413, "payload larger than 25 MiB", "too-large")
            body.add(chunk)
        return body.verified(header)


class _Body:
    """The bytes read so far (chunks, or the large region), their running HMAC, their count."""

    def __init__(self, budget: UnverifiedBudget, mac: hmac.HMAC) -> None:
        self._budget = budget
        self._mac = mac
        self._chunks: list[bytes] = []
        self._region: mmap.mmap | None = None
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self._mac.update(chunk)
        if self._region is not None:
            self._region[self.size : self.size + len(chunk)] = chunk
        else:
            self._chunks.append(chunk)
        self.size += len(chunk)
        self._budget.hold(len(chunk))

    def spill(self, region: mmap.mmap) -> None:
        """From here on the bytes go to `region` (the chunks so far first)."""
        at = 0
        for chunk in self._chunks:
            region[at : at + len(chunk)] = chunk
            at += len(chunk)
        self._chunks.clear()
        self._region = region

    def drop(self) -> None:
        """Let go of every byte (before the budget is released, not after)."""
        self._budget.hold(-self.size)
        self._chunks.clear()
        self._region = None
        self.size = 0

    def verified(self, header: str) -> bytes | Refused:
        """The whole body if the signature matches; the bytes are let go either way."""
        ok = hmac.compare_digest("sha256=" + self._mac.hexdigest(), header)
        data = b""
        if ok:
            data = self._region[: self.size] if self._region is not None else b"".join(self._chunks)
        self.drop()
        if not ok:
            return Refused(401, "signature missing or wrong", "bad-signature")
        return data
