"""The effective `.github/qtreview.yml` of a repository, read from GitHub and cached.

Both files (the organization's `<owner>/.github` repository and the repository itself) are read
through the contents API without a `ref`, i.e. from the default branch only: a pull request must
not be able to reconfigure the review of itself. Results are cached per repository until a push
to the default branch touches either file (`invalidate`) or the TTL runs out.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Protocol

import gidgethub
from cachetools import TTLCache

from bot.config import (
    CONFIG_PATH,
    DEFAULTS,
    MAX_CONFIG_BYTES,
    ORG_CONFIG_REPO,
    ConfigError,
    EffectiveConfig,
    Source,
    load_layers,
    source_label,
)
from bot.github.client import GitHubClient

log = logging.getLogger(__name__)


class ConfigUnavailable(Exception):
    """GitHub would not hand over a config file that may exist, after a retry: nothing may run on
    defaults then (the file may say `enabled: false`). Never cached."""


class _Transient(Exception):
    """One failed read of a config file (GitHub's answer, not the file's content)."""


class _Broken(Exception):
    """GitHub answered, and what it holds is no config file: reported like a parse error."""


class ConfigVersions(Protocol):
    async def current(self, owner: str, repo: str) -> str: ...

    async def bump(self, owner: str, repo: str | None) -> None: ...


class ConfigSource:
    """One per process; `effective()` costs two contents calls per repository per TTL."""

    def __init__(
        self,
        gh: GitHubClient,
        *,
        defaults: Mapping[str, Any] = DEFAULTS,
        ttl_s: float = 600.0,
        maxsize: int = 4096,
        attempts: int = 2,
        retry_wait_s: float = 8.0,
    ) -> None:
        self._gh = gh
        self._attempts = attempts
        self._retry_wait_s = retry_wait_s
        self._defaults = defaults
        self._cache: TTLCache[str, tuple[str, EffectiveConfig]] = TTLCache(maxsize, ttl_s)
        self.fetches = 0
        self.versions: ConfigVersions | None = None
        """Set with Redis: a push seen by any replica invalidates every process's copy."""

    async def changed(self, owner: str, repo: str | None = None) -> None:
        """A push changed a config file: forget it here and, with Redis, everywhere."""
        self.invalidate(owner, repo)
        if self.versions is not None:
            await self.versions.bump(owner, repo)

    def invalidate(self, owner: str, repo: str | None = None) -> None:
        """Forget one repository's config, or with `repo=None` every repository of `owner`
        (a push to the organization's `.github` repository changes them all)."""
        prefix = f"{owner.lower()}/"
        if repo is not None:
            self._cache.pop(prefix + repo.lower(), None)
            return
        for key in [k for k in self._cache if k.startswith(prefix)]:
            self._cache.pop(key, None)

    async def effective(self, token: str, owner: str, repo: str) -> EffectiveConfig:
        """The layered config; raises `ConfigUnavailable` when a file could not be read."""
        key = f"{owner}/{repo}".lower()
        version = await self.versions.current(owner, repo) if self.versions is not None else ""
        cached = self._cache.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        labels = {repo: source_label(owner, repo)}
        if repo.lower() != ORG_CONFIG_REPO:
            labels[ORG_CONFIG_REPO] = source_label(owner, ORG_CONFIG_REPO)
        sources: dict[str, Source | None] = {}
        broken: list[ConfigError] = []
        for name, label in labels.items():
            try:
                sources[name] = await self._read_retrying(token, owner, name, label)
            except _Broken as e:
                broken.append(ConfigError(label, "", str(e)))
        config = load_layers(self._defaults, sources.get(ORG_CONFIG_REPO), sources.get(repo))
        if broken:
            config = replace(config, errors=tuple(broken) + config.errors)
        self._cache[key] = (version, config)
        return config

    async def _read_retrying(self, token: str, owner: str, repo: str, label: str) -> Source | None:
        """GitHub's client retries each call already; a failure that outlasts that is tried
        once more after a pause before the review is given up."""
        for attempt in range(1, self._attempts + 1):
            try:
                return await self._read(token, owner, repo, label)
            except _Transient as e:
                if attempt == self._attempts:
                    raise ConfigUnavailable(f"{label}: {e}") from None
                log.warning("config file not read; trying again", extra={"source": label})
                await asyncio.sleep(self._retry_wait_s)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _read(self, token: str, owner: str, repo: str, label: str) -> Source | None:
        """The file's text at the default branch, None when there is none (the usual case)."""
        self.fetches += 1
        try:
            answer = await self._gh.getitem(
                "/repos/{owner}/{repo}/contents/{+path}",
                {"owner": owner, "repo": repo, "path": CONFIG_PATH},
                oauth_token=token,
            )
        except gidgethub.BadRequest as e:
            status = int(e.status_code)
            if status == 404:
                return None  # no file, or (org repo) not visible to this installation
            raise _Transient(f"GitHub answered {status} ({e})") from None
        except gidgethub.HTTPException as e:
            raise _Transient(f"GitHub answered {int(e.status_code)} ({e})") from None
        except gidgethub.GitHubException as e:
            raise _Transient(f"no answer from GitHub ({e})") from None
        if not isinstance(answer, dict) or answer.get("type") != "file":
            raise _Broken(f"{CONFIG_PATH} is not a regular file")
        size = int(answer.get("size") or 0)
        if size > MAX_CONFIG_BYTES:
            # parse_source reports the size in its own words; give it text of that size.
            return Source(label, " " * size)
        try:
            text = base64.b64decode(str(answer.get("content", ""))).decode("utf-8")
        except (binascii.Error, ValueError):
            raise _Broken("the file is not UTF-8 text") from None
        return Source(label, text)
