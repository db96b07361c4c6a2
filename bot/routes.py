"""The one place where feature routers are combined into the router the webhook dispatches to."""

from __future__ import annotations

from gidgethub import routing

from bot.handlers import pull_request


def webhook_router() -> routing.Router:
    return routing.Router(pull_request.router)
