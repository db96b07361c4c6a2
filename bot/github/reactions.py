"""Reactions on a command comment: how a commenter sees at a glance what became of a command."""

from __future__ import annotations

import logging
from typing import Literal

import gidgethub

from bot.github.client import GitHubClient
from bot.github.types import Repo

log = logging.getLogger(__name__)

Reaction = Literal["eyes", "rocket", "confused"]


async def react(
    gh: GitHubClient, token: str, repo: Repo, comment_id: int, content: Reaction
) -> None:
    """Add a reaction; a failure only logs (a missing reaction must not stop the command)."""
    try:
        await gh.post(
            "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
            {"owner": repo.owner, "repo": repo.name, "comment_id": comment_id},
            data={"content": content},
            oauth_token=token,
        )
    except gidgethub.GitHubException as e:
        log.warning("reaction not added", extra={"comment": comment_id, "error": str(e)})
