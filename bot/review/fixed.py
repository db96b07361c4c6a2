"""Close the loop on a finding that is gone: reply once in its thread, then resolve the thread.

A finding is "fixed" at a head only when the file its comment is on was analyzed at that head and
the engine no longer reports its fingerprint (before any policy: a rule switched off in the config
is silenced, not fixed). The reply carries a hidden marker, so a later push never replies again.
Threads are resolved through GraphQL (`resolveReviewThread`, there is no REST endpoint); where the
App may not, the reply stands alone. qtreview never deletes a thread or a comment.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

import gidgethub

from bot.github.client import GitHubClient, graphql_url
from bot.github.markers import fixed_fingerprints, fixed_marker, is_ours, posted_fingerprints
from bot.github.types import Repo
from bot.github.write_once import write_once

log = logging.getLogger(__name__)

MAX_THREAD_PAGES = 20

THREADS_QUERY = """
query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}
"""

RESOLVE_MUTATION = """
mutation($threadId: ID!) {
  resolveReviewThread(input: {threadId: $threadId}) { thread { id isResolved } }
}
"""


@dataclass(frozen=True)
class Fixed:
    comment_id: int
    fingerprint: str
    path: str


def fixed_comments(
    comments: Iterable[dict[str, Any]],
    still_found: Collection[str],
    analyzed_paths: Collection[str],
    bot_login: str,
) -> list[Fixed]:
    """Top-level comments of this App whose finding is gone and not yet announced as fixed."""
    comments = list(comments)
    announced = {
        (c.get("in_reply_to_id"), fp)
        for c in comments
        if is_ours(c.get("user"), bot_login)
        for fp in fixed_fingerprints(c.get("body"))
    }
    out = []
    for c in comments:
        if c.get("in_reply_to_id") is not None or not is_ours(c.get("user"), bot_login):
            continue
        path = str(c.get("path") or "")
        if path not in analyzed_paths:
            continue
        for fp in sorted(posted_fingerprints(c.get("body"))):
            if fp not in still_found and (c["id"], fp) not in announced:
                out.append(Fixed(int(c["id"]), fp, path))
    return out


def fixed_reply(fingerprint: str, head_sha: str, html_url: str) -> str:
    return (
        f"✅ Fixed in [{head_sha[:7]}]({html_url}/commit/{head_sha}): qtreview no longer "
        f"finds this.\n{fixed_marker(fingerprint)}"
    )


async def close_fixed(
    gh: GitHubClient,
    token: str,
    repo: Repo,
    number: int,
    *,
    comments: Iterable[dict[str, Any]],
    head_sha: str,
    html_url: str,
    still_found: Collection[str],
    analyzed_paths: Collection[str],
    bot_login: str,
) -> list[Fixed]:
    """Reply to and resolve the threads of findings gone at `head_sha`; returns what was fixed.

    `comments` are this App's review comments on the pull request (`bot.github.our_comments`)."""
    fixed = fixed_comments(comments, still_found, analyzed_paths, bot_login)
    if not fixed:
        return []
    for item in fixed:
        await write_once(
            gh,
            partial(
                _send_reply,
                gh,
                token,
                repo,
                number,
                item,
                fixed_reply(item.fingerprint, head_sha, html_url),
            ),
            partial(_posted_reply, gh, token, repo, number, item, bot_login),
            what="fixed reply",
        )
    log.info("fixed findings answered", extra={"pr": number, "fixed": len(fixed)})
    await _resolve(gh, token, repo, number, {f.comment_id for f in fixed})
    return fixed


async def _send_reply(
    gh: GitHubClient, token: str, repo: Repo, number: int, item: Fixed, body: str
) -> dict[str, Any]:
    answer: dict[str, Any] = await gh.post(
        "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
        {
            "owner": repo.owner,
            "repo": repo.name,
            "pull_number": number,
            "comment_id": item.comment_id,
        },
        data={"body": body},
        oauth_token=token,
    )
    return answer


async def _posted_reply(
    gh: GitHubClient, token: str, repo: Repo, number: int, item: Fixed, bot_login: str
) -> dict[str, Any] | None:
    """Our reply announcing this fix in this thread, if GitHub has it (after a lost answer)."""
    ids: dict[str, str | int] = {
        "owner": repo.owner,
        "repo": repo.name,
        "pull_number": number,
        "per_page": 100,
    }
    async for c in gh.getiter(
        "/repos/{owner}/{repo}/pulls/{pull_number}/comments{?per_page}", ids, oauth_token=token
    ):
        if (
            c.get("in_reply_to_id") == item.comment_id
            and is_ours(c.get("user"), bot_login)
            and item.fingerprint in fixed_fingerprints(c.get("body"))
        ):
            found: dict[str, Any] = c
            return found
    return None


async def _resolve(
    gh: GitHubClient, token: str, repo: Repo, number: int, comment_ids: set[int]
) -> None:
    """Resolve the unresolved threads that start with these comments; failures only log."""
    url = graphql_url(str(gh.base_url))
    try:
        threads = await _threads(gh, token, url, repo, number)
        for thread_id, resolved, first in threads:
            if first in comment_ids and not resolved:
                answer = await gh.post(
                    url,
                    data={"query": RESOLVE_MUTATION, "variables": {"threadId": thread_id}},
                    oauth_token=token,
                )
                if answer.get("errors"):
                    log.warning(
                        "thread not resolved", extra={"errors": str(answer["errors"])[:300]}
                    )
    except gidgethub.GitHubException as e:
        log.warning("threads not resolved", extra={"error": str(e)})


async def _threads(
    gh: GitHubClient, token: str, url: str, repo: Repo, number: int
) -> list[tuple[str, bool, int | None]]:
    """(thread id, resolved, first comment's REST id) for every thread, bounded in pages."""
    out: list[tuple[str, bool, int | None]] = []
    cursor: str | None = None
    for _ in range(MAX_THREAD_PAGES):
        variables = {"owner": repo.owner, "name": repo.name, "number": number, "cursor": cursor}
        answer = await gh.post(
            url, data={"query": THREADS_QUERY, "variables": variables}, oauth_token=token
        )
        if answer.get("errors"):
            log.warning("review threads not listed", extra={"errors": str(answer["errors"])[:300]})
            return out
        page = answer["data"]["repository"]["pullRequest"]["reviewThreads"]
        for node in page["nodes"]:
            first = (node.get("comments") or {}).get("nodes") or [{}]
            out.append((str(node["id"]), bool(node["isResolved"]), first[0].get("databaseId")))
        if not page["pageInfo"]["hasNextPage"]:
            break
        cursor = page["pageInfo"]["endCursor"]
    return out
