"""One pull-request comment about a broken config file, not one per push.

The comment carries a hidden marker with a fingerprint of the errors; before posting, the pull
request's comments are read (every page) and nothing is posted when this App already said the same;
the same reading tells, after a lost answer, whether the comment was posted. A different set of
errors (the file was edited, still broken) gets a new comment.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from typing import Any

from bot.config import ConfigError
from bot.github.client import GitHubClient
from bot.github.markers import config_errors_fingerprints, config_errors_marker, is_ours
from bot.github.types import Repo
from bot.github.write_once import write_once

log = logging.getLogger(__name__)


def errors_fingerprint(errors: Sequence[ConfigError]) -> str:
    text = "\n".join(sorted(str(e) for e in errors))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def notice_body(errors: Sequence[ConfigError]) -> str:
    lines = [
        "**qtreview could not use its configuration.** A file with problems is ignored as a "
        "whole; the other levels (built-in defaults, the organization's file) still apply.",
        "",
    ]
    for e in errors:
        key = f" `{e.key_path}`" if e.key_path else ""
        lines.append(f"- `{_where(e)}`{key}: {e.message}")
    lines += [
        "",
        "<sub>Check a file locally with `qtreview config validate .github/qtreview.yml`. "
        "Configuration is read from the default branch only.</sub>",
        config_errors_marker(errors_fingerprint(errors)),
    ]
    return "\n".join(lines)


def _where(e: ConfigError) -> str:
    if e.line is None:
        return e.source
    return f"{e.source}:{e.line}" + (f":{e.column}" if e.column is not None else "")


async def notify_config_errors(
    gh: GitHubClient,
    token: str,
    repo: Repo,
    number: int,
    errors: Sequence[ConfigError],
    bot_login: str,
) -> bool:
    """Post the notice unless this App already posted it for these errors; True when posted."""
    if not errors:
        return False
    wanted = errors_fingerprint(errors)
    ids: dict[str, str | int] = {
        "owner": repo.owner,
        "repo": repo.name,
        "issue_number": number,
        "per_page": 100,
    }

    async def posted() -> dict[str, Any] | None:
        async for comment in gh.getiter(
            "/repos/{owner}/{repo}/issues/{issue_number}/comments{?per_page}",
            ids,
            oauth_token=token,
        ):
            if is_ours(comment.get("user"), bot_login) and wanted in config_errors_fingerprints(
                comment.get("body")
            ):
                found: dict[str, Any] = comment
                return found
        return None

    async def send() -> dict[str, Any]:
        answer: dict[str, Any] = await gh.post(
            "/repos/{owner}/{repo}/issues/{issue_number}/comments",
            {"owner": repo.owner, "repo": repo.name, "issue_number": number},
            data={"body": notice_body(errors)},
            oauth_token=token,
        )
        return answer

    if await posted() is not None:
        return False
    await write_once(gh, send, posted, what="config notice")
    log.info("config problems reported on the pull request", extra={"pr": number})
    return True
