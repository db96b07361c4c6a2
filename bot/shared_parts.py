"""What the webhook routers and the reviewer share: config cache, commands, background tasks.

The process-wide parts of configuration, commands and check runs, wired once at startup: `make_app`
creates one `SharedParts`; the webhook routers (`bot.webhooks.router`) and the Reviewer's
`ReviewExtras` share its config cache, so a push that changes the config is seen by the
next review and the next command alike.
"""

from __future__ import annotations

from bot.commands.runner import CommandRunner
from bot.config import DEFAULTS, merge
from bot.config.source import ConfigSource
from bot.github.auth import InstallationTokens
from bot.github.client import GitHubClient
from bot.github.identity import AppIdentity
from bot.review.queue import ReviewQueue
from bot.review.session import ReviewExtras
from bot.settings import Settings
from bot.webhooks.background import Background


class SharedParts:
    def __init__(self, settings: Settings, queue: ReviewQueue) -> None:
        self.settings = settings
        self.queue = queue
        self.background = Background()
        self._configs: ConfigSource | None = None
        self._commands: CommandRunner | None = None
        self._extras: ReviewExtras | None = None

    def start(self, gh: GitHubClient, tokens: InstallationTokens, identity: AppIdentity) -> None:
        # The operator's QTREVIEW_MAX_COMMENTS is the built-in default a config file may change.
        defaults = merge(DEFAULTS, {"max_comments": self.settings.max_comments})
        self._configs = ConfigSource(
            gh, defaults=defaults, retry_wait_s=self.settings.retry.backoff_cap_s
        )
        self._extras = ReviewExtras(gh, self._configs, identity)
        self._commands = CommandRunner(gh, tokens, self._configs, self.queue, identity=identity)

    async def stop(self, grace_s: float) -> None:
        await self.background.close(grace_s)

    @property
    def configs(self) -> ConfigSource:
        assert self._configs is not None, "used only after start()"
        return self._configs

    @property
    def commands(self) -> CommandRunner:
        assert self._commands is not None, "used only after start()"
        return self._commands

    @property
    def extras(self) -> ReviewExtras:
        assert self._extras is not None, "used only after start()"
        return self._extras
