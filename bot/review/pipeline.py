"""One review, start to end: files at the head SHA -> findings -> what is new -> one review.

Every step that can be cached is: tokens, blobs, includes, per-file analysis. A job whose head SHA
is no longer the pull request's head when its results are ready posts nothing: the newer push gets
(or got) its own review.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import gidgethub

import checks
from bot.config.source import ConfigUnavailable
from bot.github.auth import InstallationTokens
from bot.github.client import GitHubClient
from bot.github.identity import AppIdentity
from bot.github.our_comments import list_our_comments
from bot.github.types import Repo
from bot.ops.metrics import Metrics
from bot.review.analysis import CachedAnalyzer, ToAnalyze, scope
from bot.review.comments import RepoLinks, comment_body, review_body
from bot.review.diff import DiffLines, parse_patch
from bot.review.plan import ReviewPlan, plan_review
from bot.review.post import post_review
from bot.review.queue import JobKey, ReviewJob
from bot.review.session import PlainSession, ReviewExtras, Session
from bot.review.sources import Blob, SourceStore, list_pull_files
from bot.settings import Settings
from checks import FileState, Policy

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class Reviewer:
    settings: Settings
    gh: GitHubClient
    tokens: InstallationTokens
    identity: AppIdentity
    store: SourceStore
    analyzer: CachedAnalyzer
    metrics: Metrics
    latest_sha: Callable[[JobKey], Awaitable[str | None]]
    policy: Policy = field(default_factory=Policy)
    extras: ReviewExtras | None = None
    """Config, check run and fixed-finding threads (`bot.review.session`); None: none of it."""

    async def run(self, job: ReviewJob) -> str:
        """The queue's runner: returns the outcome; GitHub's 404 or a dead token never raise."""
        extra = {"repo": job.repo_full_name, "pr": job.number, "sha": job.head_sha}
        for attempt in (1, 2):
            try:
                outcome = await self._review(job, again=attempt > 1)
            except ConfigUnavailable:
                log.warning("configuration could not be read; not reviewed", extra=extra)
                return "config-unreadable"
            except gidgethub.BadRequest as e:
                status = int(e.status_code)
                if status == 401 and attempt == 1:
                    log.warning("installation token refused; fetching a new one", extra=extra)
                    self.tokens.forget(job.installation_id)
                    continue
                if status == 404:
                    log.warning(
                        "pull request, repository or installation is gone; review dropped",
                        extra=extra,
                    )
                    with contextlib.suppress(gidgethub.GitHubException):
                        await self.give_up(job, "The pull request or repository is gone")
                    return "gone"
                raise
            log.info("review finished", extra={**extra, "outcome": outcome})
            return outcome
        return "unauthorized"

    async def give_up(self, job: ReviewJob, reason: str) -> None:
        """The queue's report of a job it will not try again (`bot.review.queue`)."""
        if self.extras is None:
            return
        token = await self.tokens.token(job.installation_id)
        await self.extras.give_up(token, Repo(job.owner, job.repo), job, reason)

    async def _review(self, job: ReviewJob, *, again: bool) -> str:
        """One try; what raises is the queue's to try again or give up on (`give_up`)."""
        token = await self.tokens.token(job.installation_id)
        repo = Repo(job.owner, job.repo)
        pull = await self._pull(token, repo, job.number)
        why_not = await self._not_reviewable(job, pull)
        if why_not is not None:
            return why_not  # before the config is read or a check run is started
        session: Session
        if self.extras is not None:
            session = await self.extras.begin(token, repo, job, again=again)
        else:
            session = PlainSession(self.policy, self.settings.max_comments)
        outcome = await self._review_with(job, token, repo, session, pull)
        await session.close(outcome)
        return outcome

    async def _review_with(
        self, job: ReviewJob, token: str, repo: Repo, session: Session, pull: dict[str, Any]
    ) -> str:
        """`session` carries the effective config and hears about findings (check run, fixes)."""
        if not session.enabled:
            return "disabled"
        policy = session.policy
        listed = await list_pull_files(self.gh, token, repo, job.number)
        notes = _listing_cap_notes(int(pull.get("changed_files") or 0), len(listed))
        files = [
            f
            for f in listed
            if f.status != "removed"
            and f.sha
            and f.path.lower().endswith(checks.SOURCE_SUFFIXES)
            and policy.wants_path(f.path)
        ]
        if not files:
            await session.analyzed([], [], (), notes)
            return "no-sources"
        blobs = await self.store.blobs(token, repo, [f.sha for f in files])
        sources = {f.path: b for f, b in zip(files, blobs, strict=True)}
        includes, dirs = await self._includes(
            token, repo, job.head_sha, sources, policy.include_dirs
        )
        where = scope(job.installation_id, job.repo_full_name)
        results = await self.analyzer.analyze(
            [ToAnalyze(path, blob, includes[path], where, dirs) for path, blob in sources.items()],
            refresh=job.fresh,
        )
        raw = [f for r in results.values() for f in r.findings]
        findings = policy.apply(raw)
        statuses = [r.status for r in results.values()]
        unanalyzed = [s for s in statuses if s.status != FileState.ANALYZED]
        await session.analyzed(findings, statuses, sources.keys(), notes)

        if not await self._still_head(job, token, repo):
            return "stale"
        bot_login = await self.identity.login()
        ours = await list_our_comments(self.gh, token, repo, job.number, bot_login)
        analyzed = {s.path for s in statuses if s.status == FileState.ANALYZED}
        await session.at_head(raw, analyzed, ours)
        diffs: dict[str, DiffLines | None] = {
            f.path: parse_patch(f.patch) if f.patch is not None else None for f in files
        }
        plan = plan_review(findings, diffs, ours.fingerprints, session.max_comments)
        if plan.empty:
            return "nothing-new"
        links = RepoLinks(job.html_url, job.head_sha, self.settings.docs_url)
        await post_review(
            self.gh,
            token,
            repo,
            job.number,
            job.head_sha,
            plan,
            lambda c: comment_body(c.finding, c.anchor, links),
            lambda p: _body(p, unanalyzed, links, session.check_run_url, notes),
            event=session.review_event,
            bot_login=bot_login,
        )
        self.metrics.reviews_posted.inc()
        self.metrics.findings_posted.labels("comment").inc(len(plan.comments))
        self.metrics.findings_posted.labels("body").inc(plan.findings() - len(plan.comments))
        return "posted"

    async def _pull(self, token: str, repo: Repo, number: int) -> dict[str, Any]:
        pull = await self.gh.getitem(
            "/repos/{owner}/{repo}/pulls/{pull_number}",
            {"owner": repo.owner, "repo": repo.name, "pull_number": number},
            oauth_token=token,
        )
        return pull if isinstance(pull, dict) else {}

    async def _not_reviewable(self, job: ReviewJob, pull: dict[str, Any]) -> str | None:
        """ "closed" (or merged) by now, "stale" when the head moved on; None: review it."""
        extra = {"pr": job.number, "sha": job.head_sha}
        if pull.get("state") != "open":
            log.info("pull request closed or merged; not reviewed", extra=extra)
            return "closed"
        newer = await self.latest_sha(job.key)
        head = (pull.get("head") or {}).get("sha")
        if (newer is not None and newer != job.head_sha) or head != job.head_sha:
            log.info("head moved; results dropped", extra={**extra, "head": head})
            return "stale"
        return None

    async def _still_head(self, job: ReviewJob, token: str, repo: Repo) -> bool:
        """Checked after analysis, right before posting: a newer push, or the pull request being
        closed meanwhile, makes these results stale."""
        newer = await self.latest_sha(job.key)
        if newer is not None and newer != job.head_sha:
            return False
        return await self._not_reviewable(job, await self._pull(token, repo, job.number)) is None

    async def _includes(
        self,
        token: str,
        repo: Repo,
        commit: str,
        sources: dict[str, Blob],
        include_dirs: Sequence[str] | None,
    ) -> tuple[dict[str, dict[str, Blob]], tuple[str, ...]]:
        """The project headers each source reaches, and the include directories searched.

        `checks.include_set` decides; it can only see a header's includes once it has the
        header, so it is asked round by round which paths to look up next. A changed file is
        taken from the PR itself, the others are read at the head commit (cached by commit and
        blob SHA; many at once in GraphQL batches, `SourceStore.files_at`), within the
        settings' bounds for the whole pull request; a path that does not exist is normal
        (candidates are the compiler's search path).
        """
        contents = {path: blob.content for path, blob in sources.items()}
        found: dict[str, Blob | None] = {}
        lookups, budget = self.settings.max_include_files, self.settings.max_include_bytes
        while True:
            known = {p: (b.content if b is not None else None) for p, b in found.items()}
            step = checks.include_set(contents, known, include_dirs)
            wanted = [p for p in step.wanted if p not in sources][: max(0, lookups)]
            if not wanted:
                break
            if len(wanted) < len(step.wanted):
                log.info("include lookups capped", extra={"cap": self.settings.max_include_files})
            lookups -= len(wanted)
            fetched = await self.store.files_at(token, repo, wanted, commit)
            for path, blob in zip(wanted, fetched, strict=True):
                if blob is not None and len(blob.content) > budget:
                    blob = None  # over the pull request's byte budget: as if absent
                budget -= len(blob.content) if blob is not None else 0
                found[path] = blob
        available: dict[str, Blob] = {
            **{p: b for p, b in found.items() if b is not None},
            **sources,
        }
        known = {p: b.content for p, b in available.items()}
        per_file = {
            path: {
                p: available[p]
                for p in checks.include_set(
                    {path: blob.content}, known, step.include_dirs, final=True
                ).files
            }
            for path, blob in sources.items()
        }
        return per_file, step.include_dirs


def _body(
    plan: ReviewPlan,
    unanalyzed: list[checks.FileStatus],
    links: RepoLinks,
    check_run_url: str | None,
    notes: list[str],
) -> str:
    return review_body(
        check_run_url=check_run_url,
        notes=notes,
        commented=len(plan.comments),
        outside_diff=plan.outside_diff,
        over_limit=plan.over_limit,
        refused=plan.refused,
        unanalyzed=unanalyzed,
        links=links,
    )


LISTED_FILES_CAP = 3000
"""GitHub lists at most this many files of a pull request (pulls/list-files)."""


def _listing_cap_notes(changed_files: int, listed: int) -> list[str]:
    """What to say when GitHub's file listing stopped short of the pull request."""
    if changed_files > listed and listed >= LISTED_FILES_CAP:
        return [
            f"This pull request changes {changed_files:,} files; GitHub lists only the first "
            f"{LISTED_FILES_CAP:,}, so the other {changed_files - listed:,} were not reviewed."
        ]
    if listed >= LISTED_FILES_CAP and changed_files == 0:
        return [
            f"GitHub lists at most {LISTED_FILES_CAP:,} files; any past them were not reviewed."
        ]
    return []
