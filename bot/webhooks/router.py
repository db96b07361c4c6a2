"""The one place where feature routers are combined into the router the webhook dispatches to."""

from __future__ import annotations

from gidgethub import routing

from bot.shared_parts import SharedParts
from bot.webhooks import check_rerun, issue_comment, pull_request, push


def webhook_router(features: SharedParts | None = None) -> routing.Router:
    """Without `features` only pull requests are reviewed (no commands, re-runs or config)."""
    if features is None:
        return routing.Router(pull_request.router)
    return routing.Router(
        pull_request.router,
        issue_comment.make_router(features),
        check_rerun.make_router(features),
        push.make_router(features),
    )
