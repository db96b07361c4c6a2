"""Liveness, readiness and metrics endpoints for the orchestrator and Prometheus."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.ops.metrics import Metrics


async def healthz(request: web.Request) -> web.Response:
    """Alive means the event loop answers; nothing else is checked (restarts fix nothing else)."""
    return web.json_response({"status": "ok"})


def readyz(ready: Callable[[], bool]) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handler(request: web.Request) -> web.Response:
        if ready():
            return web.json_response({"status": "ready"})
        return web.json_response({"status": "not ready"}, status=503)

    return handler


def metrics_endpoint(metrics: Metrics) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    return handler
