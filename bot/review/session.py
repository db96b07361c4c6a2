"""What a review does besides posting comments: config, check run, fixed threads, reactions.

The Reviewer (`bot.review.pipeline`) asks `ReviewExtras.begin` for a `ReviewSession` when a job
starts and reports to it as the job goes; without extras it uses a `PlainSession` (built-in
policy, no check run). Keeping these features here leaves the review pipeline itself small.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import gidgethub

from bot.config import EffectiveConfig
from bot.config.notice import notify_config_errors
from bot.config.source import ConfigSource, ConfigUnavailable
from bot.github.client import GitHubClient
from bot.github.identity import AppIdentity
from bot.github.our_comments import OurComments
from bot.github.reactions import react
from bot.github.types import Repo
from bot.review.check_run import CheckRun
from bot.review.fixed import close_fixed
from bot.review.queue import ReviewJob
from bot.review.retry import transient
from checks import FileStatus, Finding, Policy

log = logging.getLogger(__name__)


@dataclass
class PlainSession:
    """A review with the service's own defaults and nothing around it."""

    policy: Policy = field(default_factory=Policy)
    max_comments: int = 10
    review_event: str = "COMMENT"
    enabled: bool = True
    check_run_url: str | None = None

    async def analyzed(
        self,
        findings: Sequence[Finding],
        files: Sequence[FileStatus],
        changed: Collection[str],
        notes: Sequence[str] = (),
    ) -> None:
        """All findings in the pull request's changed files, after the policy; `notes` say what
        the review could not cover."""

    async def at_head(
        self, raw: Sequence[Finding], analyzed: Collection[str], ours: OurComments
    ) -> None:
        """Called only while the job's SHA is still the head: `raw` is every finding, no policy."""

    async def close(self, outcome: str) -> None:
        """Called last when the job ended with an outcome (a job that raised is the queue's:
        tried again, or handed to `ReviewExtras.give_up`)."""


@dataclass
class ReviewSession:
    """A review under a repository's effective config, with its check run."""

    gh: GitHubClient
    token: str
    repo: Repo
    job: ReviewJob
    config: EffectiveConfig
    bot_login: str
    check_run: CheckRun | None = None
    policy: Policy = field(init=False)

    def __post_init__(self) -> None:
        self.policy = self.config.to_policy()

    @property
    def max_comments(self) -> int:
        return self.config.max_comments

    @property
    def review_event(self) -> str:
        return self.config.review.event

    @property
    def enabled(self) -> bool:
        return self.config.enabled

    @property
    def check_run_url(self) -> str | None:
        return self.check_run.html_url if self.check_run is not None else None

    async def analyzed(
        self,
        findings: Sequence[Finding],
        files: Sequence[FileStatus],
        changed: Collection[str],
        notes: Sequence[str] = (),
    ) -> None:
        if self.check_run is not None:
            in_changed = [f for f in findings if f.path in changed]
            await self.check_run.complete(in_changed, files, self.config, notes)

    async def at_head(
        self, raw: Sequence[Finding], analyzed: Collection[str], ours: OurComments
    ) -> None:
        try:
            await close_fixed(
                self.gh,
                self.token,
                self.repo,
                self.job.number,
                comments=ours.review_comments,
                head_sha=self.job.head_sha,
                html_url=self.job.html_url,
                still_found={f.fingerprint for f in raw},
                analyzed_paths=analyzed,
                bot_login=self.bot_login,
            )
        except gidgethub.GitHubException as e:
            if transient(e) is not None:
                raise
            log.warning("fixed findings not answered", extra={"error": str(e)})

    async def close(self, outcome: str) -> None:
        if self.check_run is not None:
            await self.check_run.abandon(
                f"qtreview could not finish reviewing this commit ({outcome})"
            )
        for comment_id in self.job.acknowledge:
            await react(self.gh, self.token, self.repo, comment_id, "rocket")


Session = PlainSession | ReviewSession


@dataclass
class ReviewExtras:
    """One per process: shares the config cache with the command handlers."""

    gh: GitHubClient
    configs: ConfigSource
    identity: AppIdentity

    async def begin(
        self, token: str, repo: Repo, job: ReviewJob, *, again: bool = False
    ) -> ReviewSession:
        """Read the effective config; if enabled, start the check run and report config errors.
        `again`: an earlier try of this job may have started the check run already."""
        if job.fresh:
            self.configs.invalidate(repo.owner, repo.name)
        try:
            config = await self.configs.effective(token, repo.owner, repo.name)
        except ConfigUnavailable as e:
            # Fail closed: no review on defaults the file may forbid, no comment; the check
            # run says why (and a later push or `/qtreview recheck` tries again).
            run = CheckRun(self.gh, token, repo, job.head_sha, external_id=job.delivery)
            await run.start(look_first=again or job.attempt > 1)
            await run.abandon(
                f"qtreview did not review this commit: its configuration could not be read "
                f"from GitHub ({e}). A later push, or `/qtreview recheck` in a comment, tries "
                "again.",
                title="Configuration could not be read",
            )
            raise
        bot_login = await self.identity.login()
        session = ReviewSession(self.gh, token, repo, job, config, bot_login)
        if not config.enabled:
            return session
        session.check_run = CheckRun(self.gh, token, repo, job.head_sha, external_id=job.delivery)
        await session.check_run.start(look_first=again or job.attempt > 1)
        if config.errors:
            try:
                await notify_config_errors(
                    self.gh, token, repo, job.number, config.errors, bot_login
                )
            except gidgethub.GitHubException as e:
                if transient(e) is not None:
                    raise
                log.warning("config problems not reported on the PR", extra={"error": str(e)})
        return session

    async def give_up(self, token: str, repo: Repo, job: ReviewJob, reason: str) -> None:
        """A job that will not be tried again: its check run completed as not finished, and the
        commands that asked for it answered."""
        await CheckRun(self.gh, token, repo, job.head_sha, external_id=job.delivery).finish(reason)
        for comment_id in job.acknowledge:
            await react(self.gh, token, repo, comment_id, "confused")
