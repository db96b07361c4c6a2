"""`check_run.rerequested` / `check_suite.rerequested`: "Re-run" in GitHub's UI reruns qtreview.

The rerun analyzes afresh. Only pull requests whose head is still the check's SHA are rerun: the
check of an older commit is superseded by the newer head's own run.
"""

from __future__ import annotations

import logging
from typing import Any

from gidgethub import routing, sansio

from bot.review.check_report import CHECK_NAME
from bot.shared_parts import SharedParts
from bot.webhooks.delivery import Delivery
from bot.webhooks.payload import PayloadRepo, installation_id, review_job

log = logging.getLogger(__name__)


def make_router(features: SharedParts) -> routing.Router:
    router = routing.Router()

    @router.register("check_run", action="rerequested")
    async def on_check_run(event: sansio.Event, delivery: Delivery) -> None:
        run = event.data["check_run"]
        if run.get("name") != CHECK_NAME:
            return
        await _rerun(event, delivery, str(run["head_sha"]), run.get("pull_requests") or [])

    @router.register("check_suite", action="rerequested")
    async def on_check_suite(event: sansio.Event, delivery: Delivery) -> None:
        suite = event.data["check_suite"]
        await _rerun(event, delivery, str(suite["head_sha"]), suite.get("pull_requests") or [])

    return router


async def _rerun(event: sansio.Event, delivery: Delivery, sha: str, pulls: list[Any]) -> None:
    data: dict[str, Any] = event.data
    installation = installation_id(data)
    if installation is None:
        return
    if not pulls:
        log.info("re-run requested for a commit with no pull request here", extra={"sha": sha})
        return
    for pull in pulls:
        if (pull.get("head") or {}).get("sha") != sha:
            continue
        job = review_job(
            PayloadRepo.of(data),
            number=int(pull["number"]),
            head_sha=sha,
            installation=installation,
            delivery=event.delivery_id,
            fresh=True,
        )
        if not await delivery.queue.enqueue(job):
            delivery.outcome = "refused"
            return
        delivery.outcome = "queued"
        log.info("re-run queued", extra={"pr": job.number, "sha": sha})
