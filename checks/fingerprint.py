"""Fingerprints that survive line shifts and whitespace changes.

fingerprint = sha256(rule, path, enclosing function, normalized statement text, occurrence)[:24]

- normalized statement text: the full statement holding the finding, comments stripped and all
  whitespace removed, so re-indenting or re-wrapping it does not change the fingerprint;
- enclosing function: `Class::method`, `Class::method/<lambda>`, or `<file>`;
- occurrence: the index among findings of this rule with the same function and text, in source
  order, so two identical statements in one function get two fingerprints.
No line number goes in, so code moving up or down keeps its fingerprint.
"""

from __future__ import annotations

import hashlib
import re

_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_SPACE = re.compile(r"\s+")


def normalize(statement: str) -> str:
    return _SPACE.sub("", _COMMENT.sub("", statement))


def fingerprint(rule: str, path: str, function: str, statement: str, occurrence: int) -> str:
    key = "\x1f".join((rule, path, function, normalize(statement), str(occurrence)))
    return hashlib.sha256(key.encode()).hexdigest()[:24]
