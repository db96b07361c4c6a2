"""The `qtreview` check run on a head SHA: created in_progress, completed with every finding.

The bodies come from `bot.review.check_report` (pure); this module only sends them. A failure to
write the check run (an installation without `checks: write`, GitHub down) is logged and never stops
the review: the review comments still carry the findings.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import gidgethub

from bot.config import EffectiveConfig
from bot.github.client import GitHubClient
from bot.github.types import Repo
from bot.review import check_report
from checks import FileStatus, Finding

log = logging.getLogger(__name__)


@dataclass
class CheckRun:
    """A started run; `id` is None when GitHub refused to create it (then updates are skipped)."""

    gh: GitHubClient
    token: str
    repo: Repo
    head_sha: str
    id: int | None = None
    html_url: str | None = None
    completed: bool = False

    @property
    def _ids(self) -> dict[str, str | int]:
        return {"owner": self.repo.owner, "repo": self.repo.name, "check_run_id": self.id or 0}

    async def start(self) -> None:
        try:
            answer = await self.gh.post(
                "/repos/{owner}/{repo}/check-runs",
                {"owner": self.repo.owner, "repo": self.repo.name},
                data=check_report.in_progress_body(self.head_sha),
                oauth_token=self.token,
            )
        except gidgethub.GitHubException as e:
            log.warning("check run not created; reviewing without it", extra={"error": str(e)})
            return
        self.id = int(answer["id"])
        self.html_url = answer.get("html_url")

    async def complete(
        self,
        findings: Sequence[Finding],
        files: Sequence[FileStatus],
        config: EffectiveConfig,
        notes: Sequence[str] = (),
    ) -> None:
        """Conclusion and the first 50 annotations in one PATCH, then 50 more per PATCH."""
        if self.id is None or self.completed:
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
        """A review that could not finish still completes its run, so the PR is not left waiting."""
        if self.id is None or self.completed:
            return
        await self._send(
            [
                {
                    "status": "completed",
                    "conclusion": "neutral",
                    "output": {"title": title, "summary": summary},
                }
            ]
        )

    async def _send(self, bodies: Sequence[dict[str, object]]) -> None:
        self.completed = True
        try:
            for body in bodies:
                await self.gh.patch(
                    "/repos/{owner}/{repo}/check-runs/{check_run_id}",
                    self._ids,
                    data=body,
                    oauth_token=self.token,
                )
        except gidgethub.GitHubException as e:
            log.warning("check run not completed", extra={"error": str(e), "run": self.id})
