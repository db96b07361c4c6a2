"""The `qtreview` check run on a head SHA: created in_progress, completed with every finding.

The bodies come from `bot.review.check_report` (pure); this module only sends them, each at most
once in effect. The run carries the job's `external_id`, so that after a lost answer, or on the
job's next try, it is found again by head SHA, name and `external_id` rather than created twice.
A PATCH whose answer was lost is checked against the run itself (completed, and the annotation
count it should have reached) before it is sent again: GitHub appends annotations.

An installation without `checks: write` (403, 404) reviews without a check run. A transient failure
(GitHub down, rate limited) is raised: the job is tried again, and one that cannot finish completes
its run as not finished (`finish`), so no run stays `in_progress`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import gidgethub

from bot.config import EffectiveConfig
from bot.github.client import GitHubClient
from bot.github.types import Repo
from bot.github.write_once import write_once
from bot.review import check_report
from bot.review.retry import transient
from checks import FileStatus, Finding

log = logging.getLogger(__name__)


@dataclass
class CheckRun:
    """This job's run; `id` is None until it exists (or when GitHub refused to create it)."""

    gh: GitHubClient
    token: str
    repo: Repo
    head_sha: str
    external_id: str
    """The job's identity (its delivery id): every try of the job finds its own run."""
    id: int | None = None
    html_url: str | None = None
    status: str | None = None
    annotations: int = 0
    """Annotations the run holds, as GitHub last said."""

    @property
    def completed(self) -> bool:
        return self.status == "completed"

    @property
    def _ids(self) -> dict[str, str | int]:
        return {"owner": self.repo.owner, "repo": self.repo.name, "check_run_id": self.id or 0}

    async def start(self, *, look_first: bool = False) -> None:
        """Create the run in_progress; `look_first`: an earlier try of this job may have."""
        found = await self.find() if look_first else None
        if found is None:
            try:
                found = await write_once(self.gh, self._create, self.find, what="check run")
            except gidgethub.BadRequest as e:
                if transient(e) is not None:
                    raise
                log.warning("check run not created; reviewing without it", extra={"error": str(e)})
                return
        self._adopt(found)

    async def complete(
        self,
        findings: Sequence[Finding],
        files: Sequence[FileStatus],
        config: EffectiveConfig,
        notes: Sequence[str] = (),
    ) -> None:
        """Conclusion and the first 50 annotations in one PATCH, then 50 more per PATCH."""
        if self.id is None:
            return
        bodies = check_report.update_bodies(
            findings,
            files,
            fail_on=config.fail_on,
            config_errors=config.errors,
            sources=config.sources,
            notes=notes,
        )
        await self._send(bodies)

    async def abandon(self, summary: str, title: str = "Review not finished") -> None:
        """A review that stopped early still completes its run, so the PR is not left waiting."""
        if self.id is None or self.completed:
            return
        await self._send([check_report.unfinished_body(summary, title)])

    async def finish(self, reason: str) -> None:
        """A job that will not be tried again: complete its run, if it has one in progress."""
        found = await self.find()
        if found is None:
            return
        self._adopt(found)
        await self.abandon(reason)

    async def find(self) -> dict[str, Any] | None:
        """This job's run at the head SHA, or None."""
        ids: dict[str, str | int] = {
            "owner": self.repo.owner,
            "repo": self.repo.name,
            "ref": self.head_sha,
            "check_name": check_report.CHECK_NAME,
            "filter": "all",
            "per_page": 100,
        }
        async for run in self.gh.getiter(
            "/repos/{owner}/{repo}/commits/{ref}/check-runs{?check_name,filter,per_page}",
            ids,
            oauth_token=self.token,
            iterable_key="check_runs",
        ):
            if run.get("external_id") == self.external_id:
                found: dict[str, Any] = run
                return found
        return None

    async def _create(self) -> dict[str, Any]:
        answer: dict[str, Any] = await self.gh.post(
            "/repos/{owner}/{repo}/check-runs",
            {"owner": self.repo.owner, "repo": self.repo.name},
            data=check_report.in_progress_body(self.head_sha, external_id=self.external_id),
            oauth_token=self.token,
        )
        return answer

    def _adopt(self, run: dict[str, Any]) -> None:
        self.id = int(run["id"])
        self.html_url = run.get("html_url") or self.html_url
        self.status = str(run.get("status"))
        self.annotations = int((run.get("output") or {}).get("annotations_count") or 0)

    async def _send(self, bodies: Sequence[dict[str, Any]]) -> None:
        """Each body once: one an earlier try already applied (the run says so) is skipped."""
        total = 0
        for body in bodies:
            total += len((body.get("output") or {}).get("annotations") or [])
            if self.completed and self.annotations >= total:
                continue
            try:
                run = await write_once(
                    self.gh,
                    partial(self._patch, body),
                    partial(self._applied, total),
                    what="check run update",
                )
            except gidgethub.BadRequest as e:
                if transient(e) is not None:
                    raise
                log.warning("check run not completed", extra={"error": str(e), "run": self.id})
                return
            self._adopt(run)
            self.annotations = max(self.annotations, total)

    async def _patch(self, body: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = await self.gh.patch(
            "/repos/{owner}/{repo}/check-runs/{check_run_id}",
            self._ids,
            data=body,
            oauth_token=self.token,
        )
        return answer

    async def _applied(self, total: int) -> dict[str, Any] | None:
        """The run, if it shows the PATCH that was to bring it to `total` annotations."""
        run: dict[str, Any] = await self.gh.getitem(
            "/repos/{owner}/{repo}/check-runs/{check_run_id}", self._ids, oauth_token=self.token
        )
        count = int((run.get("output") or {}).get("annotations_count") or 0)
        return run if run.get("status") == "completed" and count >= total else None
