"""`/qtreview` commands in new pull-request comments.

Only `created` counts: editing an old comment into a command must not run it again. Comments on
plain issues and comments by bots (qtreview's own replies included) are dropped here, before any
GitHub call; the rest runs in the background (`bot.commands.runner`).
"""

from __future__ import annotations

import logging
from typing import Any

from gidgethub import routing, sansio

from bot.commands.parse import is_bot, parse_commands
from bot.commands.runner import CommandComment
from bot.shared_parts import SharedParts
from bot.webhooks.delivery import Delivery
from bot.webhooks.payload import PayloadRepo, installation_id

log = logging.getLogger(__name__)


def make_router(features: SharedParts) -> routing.Router:
    router = routing.Router()

    @router.register("issue_comment", action="created")
    async def on_comment(event: sansio.Event, delivery: Delivery) -> None:
        data: dict[str, Any] = event.data
        issue = data.get("issue") or {}
        comment = data.get("comment") or {}
        user = comment.get("user") or {}
        if not issue.get("pull_request"):
            return  # a plain issue
        if is_bot(str(user.get("login", "")), user.get("type")):
            return
        commands = parse_commands(str(comment.get("body") or ""))
        installation = installation_id(data)
        if not commands or installation is None:
            return
        repo = PayloadRepo.of(data)
        request = CommandComment(
            owner=repo.owner,
            repo=repo.name,
            number=int(issue["number"]),
            installation_id=installation,
            html_url=repo.html_url,
            comment_id=int(comment["id"]),
            commenter=str(user["login"]),
            commenter_type=user.get("type"),
            commands=tuple(commands),
            delivery=event.delivery_id,
        )
        features.background.spawn(features.commands.run(request), f"command-{request.comment_id}")
        delivery.outcome = "queued"
        log.info(
            "command received",
            extra={"pr": request.number, "commands": [c.name for c in commands]},
        )

    return router
