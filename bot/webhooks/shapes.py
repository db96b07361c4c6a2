"""Webhook payload shapes, checked before any work: a string where an object belongs is a 400.

Only the fields the handlers read are checked, each for its JSON type. A shape is a dict of
fields (a name ending in `?` may be absent; when present it must still fit), a one-item list (a
list whose every item fits), or a `Kind`. Events no handler reads need only be a JSON object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

_SHA = re.compile(r"[0-9a-f]{40}")


@dataclass(frozen=True)
class Kind:
    expected: str
    fits: Callable[[Any], bool]


Shape = Kind | Mapping[str, "Shape"] | list["Shape"]

STRING = Kind("a string", lambda v: isinstance(v, str))
TEXT = Kind("a string or null", lambda v: v is None or isinstance(v, str))
INTEGER = Kind("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
BOOLEAN = Kind("true or false", lambda v: isinstance(v, bool))
SHA = Kind("a 40-character hex SHA", lambda v: isinstance(v, str) and bool(_SHA.fullmatch(v)))
ANY_OBJECT: dict[str, Shape] = {}


_INSTALLATION: dict[str, Shape] = {"id": INTEGER}
_REPOSITORY: dict[str, Shape] = {
    "full_name": STRING,
    "name": STRING,
    "owner": {"login?": STRING, "name?": STRING},
    "html_url?": STRING,
    "default_branch?": STRING,
}
_CHECK: dict[str, Shape] = {
    "head_sha": SHA,
    "name?": STRING,
    "pull_requests?": [{"number": INTEGER, "head?": {"sha?": STRING}}],
}

SHAPES: Mapping[str, Mapping[str, Shape]] = {
    "pull_request": {
        "action": STRING,
        "pull_request": {
            "number": INTEGER,
            "state?": STRING,
            "draft?": BOOLEAN,
            "head": {"sha": SHA},
            "base?": {"ref?": STRING},
        },
        "changes?": ANY_OBJECT,
        "repository": {**_REPOSITORY, "owner": {"login": STRING}},
        "installation?": _INSTALLATION,
    },
    "issue_comment": {
        "action": STRING,
        "issue": {"number": INTEGER, "pull_request?": ANY_OBJECT},
        "comment": {"id": INTEGER, "body?": TEXT, "user": {"login": STRING, "type?": STRING}},
        "repository": {**_REPOSITORY, "owner": {"login": STRING}},
        "installation?": _INSTALLATION,
    },
    "check_run": {
        "action": STRING,
        "check_run": _CHECK,
        "repository": {**_REPOSITORY, "owner": {"login": STRING}},
        "installation?": _INSTALLATION,
    },
    "check_suite": {
        "action": STRING,
        "check_suite": _CHECK,
        "repository": {**_REPOSITORY, "owner": {"login": STRING}},
        "installation?": _INSTALLATION,
    },
    "push": {
        "ref?": STRING,
        "deleted?": BOOLEAN,
        "commits?": [{"added?": [STRING], "modified?": [STRING], "removed?": [STRING]}],
        "repository": _REPOSITORY,
    },
}


def problems(event: str, data: Any) -> list[str]:
    """What does not fit the event's shape, one precise line each (empty: it fits)."""
    if not isinstance(data, dict):
        return [f"the payload is {_describe(data)}, not a JSON object"]
    return list(_walk(SHAPES.get(event, ANY_OBJECT), data, ""))


def _walk(shape: Shape, value: Any, where: str) -> Iterator[str]:
    if isinstance(shape, Kind):
        if not shape.fits(value):
            yield f"{where}: expected {shape.expected}, got {_describe(value)}"
    elif isinstance(shape, list):
        if not isinstance(value, list):
            yield f"{where}: expected a list, got {_describe(value)}"
            return
        for i, item in enumerate(value):
            yield from _walk(shape[0], item, f"{where}[{i}]")
    else:
        if not isinstance(value, dict):
            yield f"{where or 'payload'}: expected an object, got {_describe(value)}"
            return
        for key, inner in shape.items():
            name = key.removesuffix("?")
            path = f"{where}.{name}" if where else name
            if name not in value:
                if not key.endswith("?"):
                    yield f"{path}: missing"
                continue
            yield from _walk(inner, value[name], path)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    if isinstance(value, int | float):
        return f"the number {value}"
    return type(value).__name__
