"""POST /webhook: authenticate, parse, deduplicate, queue, answer, in that order and fast.

The signature is checked over the raw bytes before anything is parsed, so an unauthenticated
sender cannot make the service parse (or log) its input. GitHub waits 10 s for an answer; the
review itself runs later, from the queue.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from aiohttp import web
from cachetools import TTLCache
from gidgethub import routing, sansio

from bot.ops.logs import delivery_id
from bot.ops.metrics import Metrics
from bot.review.queue import JobQueue
from bot.webhooks.delivery import Delivery

log = logging.getLogger(__name__)


def signature_ok(secret: bytes, body: bytes, header: str | None) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.encode())


class WebhookHandler:
    def __init__(
        self,
        *,
        secret: str,
        router: routing.Router,
        queue: JobQueue,
        metrics: Metrics,
        max_bytes: int,
        delivery_ttl_s: float,
    ) -> None:
        self._secret = secret.encode()
        self._router = router
        self._queue = queue
        self._metrics = metrics
        self._max_bytes = max_bytes
        self._seen: TTLCache[str, bool] = TTLCache(maxsize=100_000, ttl=delivery_ttl_s)

    async def handle(self, request: web.Request) -> web.Response:
        event_name = request.headers.get("X-GitHub-Event", "unknown")
        delivery = request.headers.get("X-GitHub-Delivery", "")
        token = delivery_id.set(delivery or None)
        try:
            response, outcome = await self._handle(request, event_name, delivery)
        finally:
            delivery_id.reset(token)
        self._metrics.deliveries.labels(event_name, outcome).inc()
        return response

    async def _handle(
        self, request: web.Request, event_name: str, delivery: str
    ) -> tuple[web.Response, str]:
        if request.content_length is not None and request.content_length > self._max_bytes:
            return _answer(413, "payload larger than 25 MiB"), "too-large"
        body = await self._read(request)
        if body is None:
            return _answer(413, "payload larger than 25 MiB"), "too-large"
        if not signature_ok(self._secret, body, request.headers.get("X-Hub-Signature-256")):
            log.warning("webhook signature missing or wrong; delivery refused")
            return _answer(401, "signature missing or wrong"), "bad-signature"
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            return _answer(400, f"malformed JSON: {e}"), "malformed"
        if not isinstance(data, dict):
            return _answer(400, "malformed payload: expected a JSON object"), "malformed"
        if not delivery:
            return _answer(400, "X-GitHub-Delivery header missing"), "malformed"
        if delivery in self._seen:
            return _answer(200, "delivery already received"), "duplicate"
        if event_name == "ping":
            self._seen[delivery] = True
            return _answer(200, "pong"), "ping"
        context = Delivery(self._queue)
        self._seen[delivery] = True
        try:
            await self._router.dispatch(
                sansio.Event(data, event=event_name, delivery_id=delivery), context
            )
        except (KeyError, TypeError, ValueError) as e:
            del self._seen[delivery]
            log.warning("webhook payload lacks expected fields", extra={"error": repr(e)})
            return _answer(400, f"payload lacks an expected field: {e}"), "malformed"
        if context.outcome == "refused":
            del self._seen[delivery]  # a redelivery after restart must still run
            return _answer(503, "shutting down; redeliver later"), "refused"
        if context.outcome == "queued":
            return _answer(202, "review queued"), "queued"
        return _answer(200, "nothing to do for this event"), "ignored"

    async def _read(self, request: web.Request) -> bytes | None:
        """The body, or None once it exceeds the limit (a lying or absent Content-Length)."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.content.iter_chunked(256 * 1024):
            size += len(chunk)
            if size > self._max_bytes:
                return None
            chunks.append(chunk)
        return b"".join(chunks)


def _answer(status: int, message: str) -> web.Response:
    return web.json_response({"message": message}, status=status)
