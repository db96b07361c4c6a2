"""The JSON Schema of `.github/qtreview.yml`, kept here only.

`docs/qtreview.schema.json` is generated from `SCHEMA` (`qtreview config schema`) so that
editors can validate the file too; a test keeps the two in sync. Rule ids are not listed here:
they come from the engine at load time, so the schema does not go stale when a rule is added.
"""

from __future__ import annotations

import json
from typing import Any

SEVERITIES = ("error", "warning", "note")
FAIL_ON = ("error", "warning", "never")
REVIEW_EVENTS = ("COMMENT", "REQUEST_CHANGES")
PERMISSIONS = ("read", "triage", "write", "maintain", "admin")
RULE_SWITCHES = ("off", "on", False, True)
"""`off` and `on` are also YAML 1.1 booleans, so PyYAML may hand over False/True for them."""

_GLOBS: dict[str, Any] = {
    "type": "array",
    "items": {"type": "string", "minLength": 1},
}

_CONFIDENCE: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 1}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:qtreview:config",
    "title": "qtreview configuration (.github/qtreview.yml)",
    "description": (
        "Read from the repository and from the organization's `.github` repository; "
        "the repository's file overrides the organization's key by key (lists replace)."
    ),
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "enabled": {"type": "boolean", "description": "Review pull requests at all."},
        "inherit": {
            "type": "boolean",
            "description": "In a repository's file: false ignores the organization's file.",
        },
        "paths": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "include": {
                    **_GLOBS,
                    "description": "Only review files matching one of these globs (empty: all).",
                },
                "exclude": {**_GLOBS, "description": "Never review files matching these globs."},
            },
        },
        "include_dirs": {
            "type": "array",
            "items": {
                "type": "string",
                "pattern": r"^(?!/)(?!.*(^|/)\.\.(/|$)).+$",
                "description": "a directory of the repository (relative, without `..`)",
            },
            "description": (
                "Repository directories searched for project headers, in order, after the "
                "including file's directory and the repository root (like -I). Unset: "
                "include/, src/ and the directories of the changed files."
            ),
        },
        "min_confidence": {
            **_CONFIDENCE,
            "description": "Findings below this confidence are not reported.",
        },
        "max_comments": {
            "type": "integer",
            "minimum": 0,
            "description": "At most this many inline review comments per review.",
        },
        "fail_on": {
            "enum": list(FAIL_ON),
            "description": "The lowest severity that makes the check run fail.",
        },
        "review": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "event": {
                    "enum": list(REVIEW_EVENTS),
                    "description": "The review event used when there are findings.",
                },
            },
        },
        "commands": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "min_permission": {
                    "enum": list(PERMISSIONS),
                    "description": "Who may use /qtreview commands besides the PR's author.",
                },
                "cooldown_seconds": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 86400,
                    "description": "Minimum time between two rechecks of one pull request.",
                },
            },
        },
        "rules": {
            "type": "object",
            "description": "Per rule id: `off`, `on`, or a mapping of overrides.",
            "additionalProperties": {"$ref": "#/$defs/rule"},
        },
    },
    "$defs": {
        "rule": {
            "if": {"type": "object"},
            "then": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "enabled": {"type": "boolean"},
                    "severity": {"enum": list(SEVERITIES)},
                    "min_confidence": _CONFIDENCE,
                },
            },
            "else": {"enum": list(RULE_SWITCHES)},
        },
    },
}


def render_schema() -> str:
    """The exact text of docs/qtreview.schema.json."""
    return json.dumps(SCHEMA, indent=2, sort_keys=False) + "\n"
