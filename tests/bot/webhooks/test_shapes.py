"""Payload shapes (`bot.webhooks.shapes`): every real payload fits; a wrong type is named."""

from __future__ import annotations

from typing import Any

import pytest

from bot.webhooks.shapes import problems
from tests.support.github_emulator.webhooks import PAYLOAD_DIR, load_payload


@pytest.mark.parametrize("name", sorted(p.stem for p in PAYLOAD_DIR.glob("*.json")))
def test_every_real_payload_fits(name: str) -> None:
    assert problems(name.split(".", 1)[0], load_payload(name)) == []


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    node[last] = value
    return data


PR = ("pull_request", "pull_request.opened")
HEX = "a 40-character hex SHA"
WRONG = [
    (*PR, "pull_request", "x", "pull_request: expected an object, got the string 'x'"),
    (*PR, "pull_request", [1], "pull_request: expected an object, got a list"),
    (*PR, "installation", 7, "installation: expected an object, got the number 7"),
    (*PR, "pull_request.head.sha", None, f"pull_request.head.sha: expected {HEX}, got null"),
    (*PR, "pull_request.number", "5",
     "pull_request.number: expected an integer, got the string '5'"),
    (*PR, "repository.owner", "acme",
     "repository.owner: expected an object, got the string 'acme'"),
    ("issue_comment", "issue_comment.created", "comment.user", None,
     "comment.user: expected an object, got null"),
    ("check_run", "check_run.rerequested", "check_run.pull_requests", {},
     "check_run.pull_requests: expected a list, got an object"),
    ("check_suite", "check_suite.rerequested", "check_suite.head_sha", 12,
     f"check_suite.head_sha: expected {HEX}, got the number 12"),
    ("push", "push", "commits", [{"added": "a.cpp"}],
     "commits[0].added: expected a list, got the string 'a.cpp'"),
]  # fmt: skip


@pytest.mark.parametrize(("event", "payload", "path", "value", "said"), WRONG)
def test_a_wrong_type_is_named_by_its_path(
    event: str, payload: str, path: str, value: Any, said: str
) -> None:
    assert problems(event, _set(load_payload(payload), path, value)) == [said]


def test_a_missing_field_and_a_non_object_payload() -> None:
    data = load_payload("pull_request.opened")
    del data["pull_request"]["head"]
    assert problems("pull_request", data) == ["pull_request.head: missing"]
    assert problems("pull_request", [1, 2]) == ["the payload is a list, not a JSON object"]
    assert problems("installation", {"anything": 1}) == []
