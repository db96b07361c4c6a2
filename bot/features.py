"""The process-wide parts of configuration, commands and check runs, wired once at startup.

`make_app` creates one `Features`; the webhook routers of these features (`bot.routes`) and the
Reviewer's `ReviewExtras` share its config cache, so a push that changes the config is seen by the
next review and the next command alike.
"""

from __future__ import annotations

from bot.app_auth import InstallationTokens
from bot.background import Background
from bot.command_runner import CommandRunner
from bot.config import DEFAULTS, merge
from bot.config_source import ConfigSource
from bot.github_client import GitHubClient
from bot.job_queue import JobQueue
from bot.review_extras import ReviewExtras
from bot.settings import Settings


class Features:
    def __init__(self, settings: Settings, queue: JobQueue) -> None:
        self.settings = settings
        self.queue = queue
        self.background = Background()
        self._configs: ConfigSource | None = None
        self._commands: CommandRunner | None = None
        self._extras: ReviewExtras | None = None

    def start(self, gh: GitHubClient, tokens: InstallationTokens) -> None:
        # The operator's QTREVIEW_MAX_COMMENTS is the built-in default a config file may change.
        defaults = merge(DEFAULTS, {"max_comments": self.settings.max_comments})
        self._configs = ConfigSource(gh, defaults=defaults)
        self._extras = ReviewExtras(gh, self._configs, self.settings.bot_login)
        self._commands = CommandRunner(gh, tokens, self._configs, self.queue)

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
