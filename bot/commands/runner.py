"""What happens after a `/qtreview` comment arrives: who asked, may they, and then do it.

The webhook handler only filters (created, on a pull request, not a bot, has a command) and hands
over; everything that needs GitHub runs here, in the background. Permission comes from the
collaborator-permission endpoint, never `author_association` (which hides private org members).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import gidgethub

from bot.commands.parse import Command, Cooldown, authorize, help_markdown
from bot.config import EffectiveConfig
from bot.config.source import ConfigSource, ConfigUnavailable
from bot.github.auth import InstallationTokens
from bot.github.client import GitHubClient
from bot.github.identity import AppIdentity
from bot.github.markers import has_reply_marker, is_ours, reply_marker
from bot.github.reactions import react
from bot.github.types import Repo
from bot.github.write_once import write_once
from bot.review.queue import ReviewQueue
from bot.webhooks.payload import PayloadRepo, review_job

log = logging.getLogger(__name__)


class SharedCooldowns(Protocol):
    async def try_acquire(self, seconds: float, key: str) -> Literal[True] | float: ...


@dataclass(frozen=True)
class CommandComment:
    """A new comment on a pull request holding at least one command line."""

    owner: str
    repo: str
    number: int
    installation_id: int
    html_url: str
    comment_id: int
    commenter: str
    commenter_type: str | None
    commands: tuple[Command, ...]
    delivery: str


class CommandRunner:
    def __init__(
        self,
        gh: GitHubClient,
        tokens: InstallationTokens,
        configs: ConfigSource,
        queue: ReviewQueue,
        identity: AppIdentity,
    ) -> None:
        self._gh = gh
        self._identity = identity
        self._tokens = tokens
        self._configs = configs
        self._queue = queue
        self._cooldowns: dict[int, Cooldown] = {}
        self.shared_cooldowns: SharedCooldowns | None = None
        """Set with Redis: cooldowns every replica sees (`bot.review.redis_queue`)."""

    def cooldown(self, seconds: int) -> Cooldown:
        """One Cooldown per configured length (repositories may configure different ones)."""
        if seconds not in self._cooldowns:
            self._cooldowns[seconds] = Cooldown(seconds)
        return self._cooldowns[seconds]

    async def run(self, c: CommandComment) -> None:
        token = await self._tokens.token(c.installation_id)
        repo = Repo(c.owner, c.repo)
        try:
            pull = await self._gh.getitem(
                "/repos/{owner}/{repo}/pulls/{pull_number}",
                {"owner": c.owner, "repo": c.repo, "pull_number": c.number},
                oauth_token=token,
            )
        except gidgethub.BadRequest as e:
            if int(e.status_code) == 404:
                log.info("command on a pull request that is gone", extra={"pr": c.number})
                return
            raise
        try:
            config = await self._configs.effective(token, c.owner, c.repo)
        except ConfigUnavailable:
            log.warning("command not run: configuration could not be read", extra={"pr": c.number})
            return
        author = (pull.get("user") or {}).get("login")
        permission = None
        if author is None or c.commenter.lower() != str(author).lower():
            permission = await self._permission(token, repo, c.commenter)
        decision = authorize(
            c.commenter, c.commenter_type, author, permission, config.commands.min_permission
        )
        if decision.ignored:
            return
        if not decision.allowed:
            log.info("command refused", extra={"pr": c.number, "user": c.commenter})
            await react(self._gh, token, repo, c.comment_id, "confused")
            await self._reply(token, repo, c, f"Not run: {decision.reason}.")
            return

        names = list(dict.fromkeys(cmd.name if cmd.known else "help" for cmd in c.commands))
        accepted: list[str] = []
        for name in names:
            if name == "recheck":
                if await self._recheck(token, repo, c, pull, config):
                    accepted.append(name)
            else:
                accepted.append(name)
        if not accepted:
            await react(self._gh, token, repo, c.comment_id, "confused")
            return
        await react(self._gh, token, repo, c.comment_id, "eyes")
        if "help" in accepted:
            await self._reply(token, repo, c, _help(config, c.commands))
        if "recheck" not in accepted:
            await react(self._gh, token, repo, c.comment_id, "rocket")
        # else: the review job adds the rocket once it is done (ReviewJob.acknowledge)

    async def _recheck(
        self,
        token: str,
        repo: Repo,
        c: CommandComment,
        pull: dict[str, Any],
        config: EffectiveConfig,
    ) -> bool:
        if pull.get("state") != "open":
            await self._reply(token, repo, c, "Not run: the pull request is closed.")
            return False
        key = f"{c.owner}/{c.repo}#{c.number}".lower()
        seconds = config.commands.cooldown_seconds
        if self.shared_cooldowns is not None:
            cooling = await self.shared_cooldowns.try_acquire(seconds, key)
        else:
            cooling = self.cooldown(seconds).try_acquire(key)
        if cooling is not True:
            await self._reply(
                token,
                repo,
                c,
                "Not run: this pull request was rechecked moments ago; try again in "
                f"{max(1, round(cooling))} s.",
            )
            return False
        job = review_job(
            PayloadRepo(c.owner, c.repo, c.html_url),
            number=c.number,
            head_sha=str(pull["head"]["sha"]),
            installation=c.installation_id,
            delivery=c.delivery,
            fresh=True,
            acknowledge=(c.comment_id,),
        )
        if not await self._queue.enqueue(job):
            log.warning("recheck not queued: shutting down", extra={"pr": c.number})
            return False
        log.info("recheck queued", extra={"pr": c.number, "sha": job.head_sha})
        return True

    async def _permission(self, token: str, repo: Repo, user: str) -> dict[str, Any] | None:
        """The permission response, or None for a non-collaborator (404)."""
        try:
            answer: dict[str, Any] = await self._gh.getitem(
                "/repos/{owner}/{repo}/collaborators/{username}/permission",
                {"owner": repo.owner, "repo": repo.name, "username": user},
                oauth_token=token,
            )
        except gidgethub.BadRequest as e:
            if int(e.status_code) in (403, 404):
                return None
            raise
        return answer

    async def _reply(self, token: str, repo: Repo, c: CommandComment, text: str) -> None:
        """One reply per command comment and text, also when GitHub's answer is lost."""
        key = f"{c.comment_id}-{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        ids: dict[str, str | int] = {
            "owner": repo.owner,
            "repo": repo.name,
            "issue_number": c.number,
        }

        async def send() -> dict[str, Any]:
            answer: dict[str, Any] = await self._gh.post(
                "/repos/{owner}/{repo}/issues/{issue_number}/comments",
                ids,
                data={"body": f"@{c.commenter} {text}\n{reply_marker(key)}"},
                oauth_token=token,
            )
            return answer

        async def posted() -> dict[str, Any] | None:
            bot_login = await self._identity.login()
            async for comment in self._gh.getiter(
                "/repos/{owner}/{repo}/issues/{issue_number}/comments{?per_page}",
                {**ids, "per_page": 100},
                oauth_token=token,
            ):
                if is_ours(comment.get("user"), bot_login) and has_reply_marker(
                    comment.get("body"), key
                ):
                    found: dict[str, Any] = comment
                    return found
            return None

        await write_once(self._gh, send, posted, what="command reply")


def _help(config: EffectiveConfig, commands: Sequence[Command]) -> str:
    unknown = [cmd.name for cmd in commands if not cmd.known]
    lines = []
    if unknown:
        lines += [f"`/qtreview {unknown[0]}` is not a qtreview command.", ""]
    lines.append(help_markdown(config.commands.min_permission, config.commands.cooldown_seconds))
    sources = ", ".join(f"`{s}`" for s in config.sources) or "none"
    lines += ["", f"**Configuration** (over the built-in defaults): {sources}."]
    if config.errors:
        lines.append("Ignored because of problems:")
        lines += [f"- `{e}`" for e in config.errors]
    return "\n".join(lines)
