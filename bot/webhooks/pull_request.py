"""pull_request events that deserve a review: opened, reopened, ready_for_review, synchronize,
and `edited` when the base branch changed (`changes.base`): the diff, so what is new, changed.

Drafts are skipped: authors push half-finished work to drafts, and a review of every draft push is
noise. Marking the PR ready for review (`ready_for_review`) triggers the first review.
"""

from __future__ import annotations

import logging
from typing import Any

from gidgethub import routing, sansio

from bot.webhooks.delivery import Delivery
from bot.webhooks.payload import PayloadRepo, installation_id, review_job

log = logging.getLogger(__name__)

router = routing.Router()

REVIEWED_ACTIONS = ("opened", "reopened", "ready_for_review", "synchronize")


async def queue_review(event: sansio.Event, delivery: Delivery) -> None:
    data: dict[str, Any] = event.data
    pull = data.get("pull_request") or {}
    installation = installation_id(data)
    if installation is None:
        log.warning("pull_request delivery without an installation; ignored")
        return
    if pull.get("draft") and data.get("action") != "ready_for_review":
        log.info("draft pull request; reviewed once marked ready", extra={"pr": pull.get("number")})
        return
    if pull.get("state", "open") != "open":
        return
    job = review_job(
        PayloadRepo.of(data),
        number=int(pull["number"]),
        head_sha=str(pull["head"]["sha"]),
        installation=installation,
        delivery=event.delivery_id,
    )
    if await delivery.queue.enqueue(job):
        delivery.outcome = "queued"
        log.info(
            "review queued",
            extra={"repo": job.repo_full_name, "pr": job.number, "sha": job.head_sha},
        )
    else:
        delivery.outcome = "refused"


async def queue_on_new_base(event: sansio.Event, delivery: Delivery) -> None:
    """A title or body edit changes nothing to review; a new base branch does."""
    changes = event.data.get("changes") or {}
    if "base" in changes:
        await queue_review(event, delivery)


for _action in REVIEWED_ACTIONS:
    router.add(queue_review, "pull_request", action=_action)
router.add(queue_on_new_base, "pull_request", action="edited")
