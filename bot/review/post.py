"""Posting one review.

GitHub creates a review with all of its comments or not at all: a single comment on a line it will
not resolve (422) fails the lot. So a refused review is retried without one comment at a time, and
the comment it could not take moves to the body, rather than losing the whole review.

Creating a review is not safe to repeat: when GitHub's answer is lost (5xx, reset, timeout), the
review may exist. Its body carries a marker naming the head and the findings planned, so the
reviews are read back before it is sent again (`bot.github.write_once`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from typing import Any

import gidgethub

from bot.github.client import GitHubClient
from bot.github.markers import has_review_marker, is_ours, review_marker
from bot.github.types import Repo
from bot.github.write_once import write_once
from bot.review.plan import Planned, ReviewPlan

log = logging.getLogger(__name__)


def comment_payload(planned: Planned, body: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": planned.finding.path,
        "line": planned.anchor.line,
        "side": "RIGHT",
        "body": body,
    }
    if planned.anchor.start_line is not None and planned.anchor.start_line != planned.anchor.line:
        out["start_line"] = planned.anchor.start_line
        out["start_side"] = "RIGHT"
    return out


async def post_review(
    gh: GitHubClient,
    token: str,
    repo: Repo,
    number: int,
    head_sha: str,
    plan: ReviewPlan,
    render_comment: Callable[[Planned], str],
    render_body: Callable[[ReviewPlan], str],
    event: str = "COMMENT",
    *,
    bot_login: str,
) -> dict[str, Any]:
    """Post the plan as one review (`event`: COMMENT, or REQUEST_CHANGES where configured).
    On a 422: drop the comment GitHub names, else try
    leaving out one comment at a time (lowest ranked first), else put every comment in the body.
    Whatever is left out is listed in the body. `plan` ends up describing what was posted."""
    url = "/repos/{owner}/{repo}/pulls/{pull_number}/reviews"
    ids: dict[str, str | int] = {"owner": repo.owner, "repo": repo.name, "pull_number": number}
    key = review_key(head_sha, plan)

    async def find() -> dict[str, Any] | None:
        listing = {**ids, "per_page": 100}
        async for review in gh.getiter(url + "{?per_page}", listing, oauth_token=token):
            if is_ours(review.get("user"), bot_login) and has_review_marker(
                review.get("body"), key
            ):
                found: dict[str, Any] = review
                return found
        return None

    async def attempt(trial: ReviewPlan) -> dict[str, Any] | Planned | None:
        """The created review; or on a 422 the comment GitHub named, or None if it named none."""
        data = {
            "commit_id": head_sha,
            "event": event,
            "body": f"{render_body(trial)}\n{review_marker(key)}",
            "comments": [comment_payload(c, render_comment(c)) for c in trial.comments],
        }

        async def send() -> dict[str, Any]:
            answer: dict[str, Any] = await gh.post(url, ids, data=data, oauth_token=token)
            return answer

        try:
            return await write_once(gh, send, find, what="review")
        except gidgethub.BadRequest as e:
            if int(e.status_code) != 422 or not trial.comments:
                raise
            log.warning("GitHub refused the review", extra={"github_says": _said(e)})
            return _named_comment(e, trial)

    while True:  # bounded: every round moves one comment out
        result = await attempt(plan)
        if isinstance(result, dict):
            return result
        if result is None:
            break
        _refuse(plan, result)
    for left_out in reversed(list(plan.comments)):
        trial = plan.copy()
        trial.refuse(left_out)
        result = await attempt(trial)
        if isinstance(result, dict):
            _refuse(plan, left_out)
            return result
    for planned in list(plan.comments):
        _refuse(plan, planned)
    result = await attempt(plan)
    if not isinstance(result, dict):
        raise RuntimeError("GitHub refused the review even without line comments")
    return result


def review_key(head_sha: str, plan: ReviewPlan) -> str:
    """Names the review of this plan at this head, whichever comments GitHub ends up taking."""
    planned = sorted(
        [c.finding.fingerprint for c in plan.comments]
        + [f.fingerprint for f in (*plan.outside_diff, *plan.over_limit, *plan.refused)]
    )
    digest = hashlib.sha256("\n".join([head_sha, *planned]).encode()).hexdigest()
    return f"{head_sha[:12]}-{digest[:12]}"


def _refuse(plan: ReviewPlan, planned: Planned) -> None:
    log.warning(
        "review comment moved to the review body",
        extra={
            "path": planned.finding.path,
            "line": planned.anchor.line,
            "rule": planned.finding.rule,
        },
    )
    plan.refuse(planned)


def _said(e: gidgethub.HTTPException) -> str:
    return f"{e} {getattr(e, 'errors', '') or ''}".strip()[:300]


def _named_comment(e: gidgethub.HTTPException, plan: ReviewPlan) -> Planned | None:
    """The comment GitHub's error names by path and line, when it names one (it often does not)."""
    text = f"{e} {getattr(e, 'errors', '') or ''}"
    for planned in plan.comments:
        path = re.escape(planned.finding.path)
        if re.search(rf"{path}\D{{1,20}}{planned.anchor.line}\b", text):
            return planned
    return None
