"""Every hidden marker qtreview writes into GitHub, and how it recognises its own comments.

A marker is an HTML comment, invisible on GitHub: reading them back is how a later push knows what
was already said (a finding's fingerprint), answered (a fixed finding) or reported (config errors).
"""

from __future__ import annotations

import re
from typing import Any

_FINGERPRINT = "<!-- qtreview:fingerprint={} -->"
_FINGERPRINT_RE = re.compile(r"<!-- qtreview:fingerprint=([^\s>]+) -->")
_FIXED = "<!-- qtreview:fixed={} -->"
_FIXED_RE = re.compile(r"<!-- qtreview:fixed=([^\s>]+) -->")
_CONFIG_ERRORS = "<!-- qtreview:config-errors={} -->"
_CONFIG_ERRORS_RE = re.compile(r"<!-- qtreview:config-errors=([0-9a-f]+) -->")


def is_ours(user: Any, bot_login: str | None) -> bool:
    """Only the App's own markers count: a human quoting a comment must not silence a finding."""
    if not isinstance(user, dict):
        return False
    if bot_login is not None:
        return bool(user.get("login") == bot_login)
    return user.get("type") == "Bot"


def fingerprint_marker(fingerprint: str) -> str:
    """Ends every finding qtreview posts, in a line comment or the review body."""
    return _FINGERPRINT.format(fingerprint)


def posted_fingerprints(body: str | None) -> set[str]:
    return set(_FINGERPRINT_RE.findall(body or ""))


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
