"""The one place where feature routers are combined into the router the webhook dispatches to."""

from __future__ import annotations

from gidgethub import routing

from bot.features import Features
from bot.handlers import checks, issue_comment, pull_request, push


def webhook_router(features: Features | None = None) -> routing.Router:
    """Without `features` only pull requests are reviewed (no commands, re-runs or config)."""
    if features is None:
        return routing.Router(pull_request.router)
    return routing.Router(
        pull_request.router,
        issue_comment.make_router(features),
        checks.make_router(features),
        push.make_router(features),
    )
