"""Slash commands in pull-request comments (`/qtreview recheck`), who may use them, and how often.

Everything here is pure: the pipeline fetches the comment, the commenter's permission and the PR
author, and acts on the decisions. Commands are recognised the way GitHub renders the comment, so
quoting someone's command or showing one in a code block never triggers it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from cachetools import TTLCache

PREFIX = "/qtreview"
KNOWN_COMMANDS = ("recheck", "help")
PERMISSION_LEVELS = ("none", "read", "triage", "write", "maintain", "admin")
"""GitHub's repository roles, weakest first."""


@dataclass(frozen=True)
class Command:
    """One command line. `known` is False for a subcommand we do not have: reply with help."""

    name: str
    args: tuple[str, ...] = ()
    line: int = 1
    known: bool = True


_COMMAND = re.compile(r"/qtreview(?:[ \t]+(?P<rest>.*?))?[ \t]*", re.IGNORECASE)
_FENCE = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)")
_QUOTE = re.compile(r" {0,3}>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def parse_commands(body: str) -> list[Command]:
    """Commands in a comment body, in order; each must be a line of its own.

    Not commands: lines in fenced (``` or ~~~) or indented code blocks, block quotes (including
    their lazy continuation lines), HTML comments, or inside inline code.
    """
    body = _HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), body)
    commands: list[Command] = []
    fence: str | None = None
    previous: Literal["blank", "text", "code", "quote"] = "blank"
    for number, raw in enumerate(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = raw.expandtabs(4)
        if fence is not None:
            if re.fullmatch(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*", line):
                fence = None
            continue
        opening = _FENCE.match(line)
        if opening and not (opening["fence"][0] == "`" and "`" in opening["info"]):
            fence = opening["fence"]
            previous = "code"
            continue
        if not line.strip():
            previous = "blank"
            continue
        if _QUOTE.match(line) or previous == "quote":
            previous = "quote"  # a non-blank line after a quote continues it (lazily)
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent >= 4 and previous in ("blank", "code"):
            previous = "code"
            continue
        previous = "text"
        match = _COMMAND.fullmatch(line.strip())
        if match is None:
            continue
        words = (match["rest"] or "").split()
        name = words[0].lower() if words else "help"
        commands.append(Command(name, tuple(words[1:]), number, name in KNOWN_COMMANDS))
    return commands


def help_markdown(min_permission: str = "write", cooldown_seconds: int = 30) -> str:
    """The reply to `/qtreview help` or to an unknown command."""
    return (
        "**qtreview commands** (a line of their own in a pull-request comment):\n\n"
        "| command | what it does |\n|---|---|\n"
        "| `/qtreview recheck` | review the pull request's latest commit again |\n"
        "| `/qtreview help` | show this help |\n\n"
        f"The pull request's author and anyone with `{min_permission}` access or more may use "
        f"them; a pull request is rechecked at most once every {cooldown_seconds} seconds."
    )


def level(permission: str | None) -> int:
    """Rank of a permission name; unknown names (custom roles) rank as `none`."""
    name = (permission or "none").lower()
    return PERMISSION_LEVELS.index(name) if name in PERMISSION_LEVELS else 0


def permission_allows(actual: str, minimum: str) -> bool:
    """True when `actual` is at least `minimum`, e.g. maintain >= write."""
    if minimum.lower() not in PERMISSION_LEVELS:
        raise ValueError(f"unknown permission level {minimum!r}")
    return level(actual) >= level(minimum)


def effective_permission(payload: Mapping[str, Any]) -> str:
    """The strongest role in a `GET .../collaborators/{user}/permission` response.

    `permission` only says admin/write/read/none (triage reads as read, maintain as write);
    `role_name` says triage/maintain, or a custom role's name, which we cannot rank.
    """
    names = [payload.get("permission"), payload.get("role_name")]
    known = [n.lower() for n in names if isinstance(n, str) and n.lower() in PERMISSION_LEVELS]
    return max(known, key=level, default="none")


@dataclass(frozen=True)
class Decision:
    """`ignored` means say nothing at all (bots, including ourselves); else reply with `reason`."""

    allowed: bool
    reason: str
    ignored: bool = False


def is_bot(login: str, user_type: str | None) -> bool:
    return user_type == "Bot" or login.lower().endswith("[bot]")


def authorize(
    commenter_login: str,
    commenter_type: str | None,
    pr_author_login: str | None,
    permission_payload: Mapping[str, Any] | None,
    min_permission: str,
) -> Decision:
    """May this commenter run a command on this pull request?

    `permission_payload` is the collaborator-permission response, or None when it could not be
    had (not a collaborator, or the request failed): then only the author is allowed.
    """
    if is_bot(commenter_login, commenter_type):
        return Decision(False, "comments by bots are ignored", ignored=True)
    if pr_author_login is not None and commenter_login.lower() == pr_author_login.lower():
        return Decision(True, "the pull request's author")
    if permission_payload is None:
        return Decision(
            False,
            f"@{commenter_login} is not the pull request's author and has no known access "
            f"to this repository; `{min_permission}` access is needed",
        )
    actual = effective_permission(permission_payload)
    if permission_allows(actual, min_permission):
        return Decision(True, f"{actual} access")
    return Decision(
        False,
        f"@{commenter_login} has `{actual}` access; `{min_permission}` or more is needed "
        "(or be the pull request's author)",
    )


class Cooldown:
    """At most one recheck per key (one pull request) per `seconds`, in bounded memory.

    Keys that are not used again expire after `seconds`; past `maxsize` live keys the least
    recently used one is forgotten, which errs on the side of allowing a recheck.
    """

    def __init__(
        self,
        seconds: float,
        clock: Callable[[], float] = time.monotonic,
        maxsize: int = 10_000,
    ) -> None:
        if seconds < 0:
            raise ValueError("cooldown seconds must be >= 0")
        self.seconds = seconds
        self._clock = clock
        self._last: TTLCache[str, float] | None = (
            TTLCache(maxsize=maxsize, ttl=seconds, timer=clock) if seconds > 0 else None
        )

    def try_acquire(self, key: str) -> Literal[True] | float:
        """True and start the cooldown, or the seconds left (> 0) until the key is free again."""
        if self._last is None:
            return True
        now = self._clock()
        started = self._last.get(key)
        if started is not None:
            remaining = self.seconds - (now - started)
            if remaining > 0:
                return remaining
        self._last[key] = now
        return True

    def __len__(self) -> int:
        """Keys currently cooling down (for metrics and tests of the memory bound)."""
        if self._last is None:
            return 0
        self._last.expire()
        return len(self._last)
