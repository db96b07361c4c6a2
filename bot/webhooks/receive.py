"""POST /webhook: authenticate, parse, validate, deduplicate, queue, answer, in that order and fast.

The signature is checked over the raw bytes as they stream in (`bot.webhooks.signed_body`, which
also bounds the memory unverified bodies hold), so an unauthenticated sender cannot make the
service parse (or log) its input. The payload's shape is checked before any work
(`bot.webhooks.shapes`), and a delivery id is remembered only once its payload was accepted: a
corrected payload redelivered under the same id still runs. GitHub waits 10 s for an answer; the
review itself runs later, from the queue.
"""

from __future__ import annotations

import json
import logging

from aiohttp import web
from gidgethub import routing, sansio

from bot.ops.logs import delivery_id
from bot.ops.metrics import Metrics
from bot.review.queue import ReviewQueue
from bot.webhooks.delivery import Deliveries, Delivery, SeenHere
from bot.webhooks.shapes import problems
from bot.webhooks.signed_body import Refused, UnverifiedBudget, read_signed

log = logging.getLogger(__name__)


class WebhookHandler:
    def __init__(
        self,
        *,
        secret: str,
        router: routing.Router,
        queue: ReviewQueue,
        metrics: Metrics,
        max_bytes: int,
        delivery_ttl_s: float,
        deliveries: Deliveries | None = None,
    ) -> None:
        self._secret = secret.encode()
        self._router = router
        self._queue = queue
        self._metrics = metrics
        self.budget = UnverifiedBudget(max_bytes=max_bytes)
        self._seen = deliveries or SeenHere(delivery_ttl_s)

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
        body = await read_signed(request, self._secret, self.budget)
        if isinstance(body, Refused):
            if body.status == 401:
                log.warning("webhook signature missing or wrong; delivery refused")
            return _answer(body.status, body.message), body.outcome
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            return _answer(400, f"malformed JSON: {e}"), "malformed"
        wrong = problems(event_name, data)
        if wrong:
            log.warning("webhook payload of the wrong shape", extra={"problems": wrong[:5]})
            return _answer(400, "malformed payload: " + "; ".join(wrong[:5])), "malformed"
        if not delivery:
            return _answer(400, "X-GitHub-Delivery header missing"), "malformed"
        if not await self._seen.claim(delivery):  # taken back below unless accepted
            return _answer(200, "delivery already received"), "duplicate"
        if event_name == "ping":
            return _answer(200, "pong"), "ping"
        context = Delivery(self._queue)
        try:
            await self._router.dispatch(
                sansio.Event(data, event=event_name, delivery_id=delivery), context
            )
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            await self._seen.forget(delivery)
            log.warning("webhook payload lacks expected fields", extra={"error": repr(e)})
            return _answer(400, f"payload lacks an expected field: {e}"), "malformed"
        except Exception as e:
            # The job could not be stored (Redis unreachable, the journal's disk failing): not
            # acknowledged, and the id given back, so GitHub's redelivery still runs.
            await self._seen.forget(delivery)
            log.error("delivery not queued", extra={"error": repr(e)[:300]})
            return _answer(503, "could not queue the review; redeliver later"), "failed"
        if context.outcome == "refused":
            await self._seen.forget(delivery)  # a redelivery after restart must still run
            return _answer(503, "shutting down; redeliver later"), "refused"
        if context.outcome == "queued":
            return _answer(202, "review queued"), "queued"
        return _answer(200, "nothing to do for this event"), "ignored"


def _answer(status: int, message: str) -> web.Response:
    return web.json_response({"message": message}, status=status)
