"""Every hidden marker qtreview writes into GitHub, and how it recognises its own comments.

A marker is an HTML comment, invisible on GitHub: reading them back is how a later push knows what
was already said (a finding's fingerprint), answered (a fixed finding) or reported (config errors),
and how a write whose answer was lost is found again (a review, a reply to a command).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_FINGERPRINT = "<!-- qtreview:fingerprint={} -->"
_FINGERPRINT_RE = re.compile(r"<!-- qtreview:fingerprint=([^\s>]+) -->")
_SUMMARIZED = "<!-- qtreview:fingerprints={} -->"
_SUMMARIZED_RE = re.compile(r"<!-- qtreview:fingerprints=([^\s>]+) -->")
_FIXED = "<!-- qtreview:fixed={} -->"
_FIXED_RE = re.compile(r"<!-- qtreview:fixed=([^\s>]+) -->")
_REVIEW = "<!-- qtreview:review={} -->"
_REPLY = "<!-- qtreview:reply={} -->"
_CONFIG_ERRORS = "<!-- qtreview:config-errors={} -->"
_CONFIG_ERRORS_RE = re.compile(r"<!-- qtreview:config-errors=([0-9a-f]+) -->")


def is_ours(user: Any, bot_login: str) -> bool:
    """Only the App's own markers count: a human quoting a comment, or another App, must not
    silence a finding (`bot_login` comes from `bot.github.identity`)."""
    return isinstance(user, dict) and user.get("login") == bot_login


def fingerprint_marker(fingerprint: str) -> str:
    """Ends every finding qtreview posts, in a line comment or the review body."""
    return _FINGERPRINT.format(fingerprint)


def summarized_marker(fingerprints: Iterable[str]) -> str:
    """One marker for many findings a review body only counts (they did not fit in it)."""
    return _SUMMARIZED.format(",".join(fingerprints))


def posted_fingerprints(body: str | None) -> set[str]:
    """Fingerprints said in `body`: one marker per finding, or one marker for many."""
    found = set(_FINGERPRINT_RE.findall(body or ""))
    for many in _SUMMARIZED_RE.findall(body or ""):
        found.update(fp for fp in many.split(",") if fp)
    return found


def fixed_marker(fingerprint: str) -> str:
    """Ends the one reply that says a finding is fixed."""
    return _FIXED.format(fingerprint)


def fixed_fingerprints(body: str | None) -> list[str]:
    return list(_FIXED_RE.findall(body or ""))


def config_errors_marker(errors_fingerprint: str) -> str:
    """Ends the pull-request comment about a broken config file."""
    return _CONFIG_ERRORS.format(errors_fingerprint)


def config_errors_fingerprints(body: str | None) -> list[str]:
    return list(_CONFIG_ERRORS_RE.findall(body or ""))


def review_marker(key: str) -> str:
    """Ends a review's body: this plan's review at this head, found again after a lost answer."""
    return _REVIEW.format(key)


def has_review_marker(body: str | None, key: str) -> bool:
    return review_marker(key) in (body or "")


def reply_marker(key: str) -> str:
    """Ends a reply to a command comment, found again after a lost answer."""
    return _REPLY.format(key)


def has_reply_marker(body: str | None, key: str) -> bool:
    return reply_marker(key) in (body or "")
