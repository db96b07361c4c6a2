"""Runs the app until SIGTERM/SIGINT; aiohttp then calls on_shutdown, where the queue drains."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.app import make_app
from bot.settings import Settings

log = logging.getLogger(__name__)


def serve(settings: Settings, role: str = "serve") -> None:
    """`role` "worker": health endpoints only, and the reviews queued on Redis."""
    app = make_app(settings, role=role)
    log.info("listening", extra={"host": settings.host, "port": settings.port, "role": role})
    web.run_app(
        app,
        host=settings.host,
        port=settings.port,
        access_log=None,
        print=None,
        shutdown_timeout=settings.shutdown_grace_s + 5,
        handle_signals=True,
    )
