"""A push to a default branch that touches `.github/qtreview.yml` makes the cached config stale.

In the organization's `.github` repository it is the default of every repository of the owner.
GitHub lists at most 20 commits in a push payload (and none for some large pushes); when the list
may be incomplete the config is forgotten anyway: re-reading it costs two requests.
"""

from __future__ import annotations

import logging
from typing import Any

from gidgethub import routing, sansio

from bot.config import CONFIG_PATH, ORG_CONFIG_REPO
from bot.shared_parts import SharedParts
from bot.webhooks.delivery import Delivery

log = logging.getLogger(__name__)

LISTED_COMMITS = 20


def touches_config(data: dict[str, Any]) -> bool:
    commits = data.get("commits") or []
    if data.get("deleted"):
        return False
    if not commits or len(commits) >= LISTED_COMMITS:
        return True
    for commit in commits:
        for key in ("added", "modified", "removed"):
            if CONFIG_PATH in (commit.get(key) or []):
                return True
    return False


def make_router(features: SharedParts) -> routing.Router:
    router = routing.Router()

    @router.register("push")
    async def on_push(event: sansio.Event, delivery: Delivery) -> None:
        data: dict[str, Any] = event.data
        repository = data["repository"]
        default = repository.get("default_branch") or repository.get("master_branch")
        if data.get("ref") != f"refs/heads/{default}" or not touches_config(data):
            return
        owner = str(repository["owner"].get("login") or repository["owner"].get("name"))
        name = str(repository["name"])
        if name.lower() == ORG_CONFIG_REPO:
            await features.configs.changed(owner)
        else:
            await features.configs.changed(owner, name)
        log.info("config cache invalidated by a push", extra={"repo": f"{owner}/{name}"})

    return router
