"""What this App already said on a pull request: read once per review, every page.

The review plan needs the fingerprints already posted (in review comments and review bodies); the
fixed-finding replies need our review comments themselves. One listing serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.github.client import GitHubClient
from bot.github.markers import is_ours, posted_fingerprints
from bot.github.types import Repo


@dataclass(frozen=True)
class OurComments:
    review_comments: list[dict[str, Any]]
    """This App's review comments (line comments and replies in their threads)."""
    fingerprints: set[str]
    """Fingerprints in this App's review comments and review bodies."""


async def list_our_comments(
    gh: GitHubClient, token: str, repo: Repo, number: int, bot_login: str
) -> OurComments:
    ids: dict[str, str | int] = {
        "owner": repo.owner,
        "repo": repo.name,
        "pull_number": number,
        "per_page": 100,
    }
    comments = [
        c
        async for c in gh.getiter(
            "/repos/{owner}/{repo}/pulls/{pull_number}/comments{?per_page}", ids, oauth_token=token
        )
        if is_ours(c.get("user"), bot_login)
    ]
    found: set[str] = set()
    for c in comments:
        found |= posted_fingerprints(c.get("body"))
    async for review in gh.getiter(
        "/repos/{owner}/{repo}/pulls/{pull_number}/reviews{?per_page}", ids, oauth_token=token
    ):
        if is_ours(review.get("user"), bot_login):
            found |= posted_fingerprints(review.get("body"))
    return OurComments(comments, found)
