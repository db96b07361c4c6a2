"""Slash-command parsing as GitHub renders comments, permissions, authorisation and cooldown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.commands.parse import (
    Command,
    Cooldown,
    authorize,
    effective_permission,
    help_markdown,
    parse_commands,
    permission_allows,
)

PAYLOADS = Path(__file__).resolve().parents[2] / "data" / "github" / "payloads"


def names(body: str) -> list[str]:
    return [c.name for c in parse_commands(body)]


def test_a_command_on_its_own_line() -> None:
    assert parse_commands("/qtreview recheck") == [Command("recheck", (), 1, True)]
    assert parse_commands("Thanks!\n\n   /qtreview   recheck  \n") == [
        Command("recheck", (), 3, True)
    ]


def test_help_bare_prefix_and_case() -> None:
    assert names("/qtreview help") == ["help"]
    assert names("/qtreview") == ["help"]
    assert names("/QTReview ReCheck") == ["recheck"]


def test_unknown_subcommand_is_flagged_not_dropped() -> None:
    [command] = parse_commands("/qtreview frobnicate now")
    assert command == Command("frobnicate", ("now",), 1, known=False)


def test_several_commands_and_crlf_line_numbers() -> None:
    commands = parse_commands("/qtreview help\r\ntext\r\n/qtreview recheck\r\n")
    assert [(c.name, c.line) for c in commands] == [("help", 1), ("recheck", 3)]


@pytest.mark.parametrize(
    "body",
    [
        "please /qtreview recheck",
        "/qtreviewer recheck",
        "- /qtreview recheck",
        "`/qtreview recheck`",
        "Run `/qtreview recheck` to try again.",
        "```\n/qtreview recheck\n```",
        "~~~text\n/qtreview recheck\n~~~",
        "  ```sh\n/qtreview recheck\n  ```",
        "````\n```\n/qtreview recheck\n````",
        "```\nunclosed fence\n/qtreview recheck\n",
        "> /qtreview recheck",
        ">/qtreview recheck",
        "> quoted text\n/qtreview recheck",
        ">> nested\n> /qtreview recheck",
        "    /qtreview recheck",
        "text\n\n    /qtreview recheck",
        "\t/qtreview recheck",
        "<!-- /qtreview recheck -->",
        "<!--\n/qtreview recheck\n-->",
    ],
)
def test_not_a_command(body: str) -> None:
    assert parse_commands(body) == []


def test_commands_after_code_blocks_and_quotes_still_count() -> None:
    body = (
        "> /qtreview help\n\n"
        "```\n/qtreview help\n```\n"
        "~~~\n~~~\n"
        "    /qtreview help\n\n"
        "/qtreview recheck\n"
    )
    assert [(c.name, c.line) for c in parse_commands(body)] == [("recheck", 10)]


def test_backtick_fence_with_backticks_in_info_is_not_a_fence() -> None:
    assert names("``` not `a` fence\n/qtreview recheck") == ["recheck"]


def test_real_issue_comment_payload_body() -> None:
    payload = json.loads((PAYLOADS / "issue_comment.created.json").read_text(encoding="utf-8"))
    body = payload["comment"]["body"]
    assert parse_commands(body) == []
    assert names(body + "\n/qtreview recheck\n") == ["recheck"]


@pytest.mark.parametrize(
    ("actual", "minimum", "allowed"),
    [
        ("admin", "write", True),
        ("maintain", "write", True),
        ("write", "write", True),
        ("triage", "write", False),
        ("read", "triage", False),
        ("triage", "triage", True),
        ("none", "read", False),
        ("read", "read", True),
        ("custom-role", "read", False),
        ("WRITE", "maintain", False),
        ("admin", "admin", True),
    ],
)
def test_permission_allows(actual: str, minimum: str, allowed: bool) -> None:
    assert permission_allows(actual, minimum) is allowed


def test_permission_allows_rejects_an_unknown_minimum() -> None:
    with pytest.raises(ValueError, match="unknown permission level 'owner'"):
        permission_allows("admin", "owner")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"permission": "admin", "role_name": "admin"}, "admin"),
        ({"permission": "read", "role_name": "triage"}, "triage"),
        ({"permission": "write", "role_name": "maintain"}, "maintain"),
        ({"permission": "write", "role_name": "security-reviewer"}, "write"),
        ({"permission": "none", "role_name": ""}, "none"),
        ({"permission": "read"}, "read"),
        ({}, "none"),
    ],
)
def test_effective_permission_reads_both_fields(payload: dict[str, str], expected: str) -> None:
    assert effective_permission(payload) == expected


def test_triage_role_passes_a_triage_minimum_only_via_role_name() -> None:
    triager = {"permission": "read", "role_name": "triage", "user": None}
    assert authorize("tri", "User", "author", triager, "triage").allowed
    assert not authorize("tri", "User", "author", {"permission": "read"}, "triage").allowed
    maintainer = {"permission": "write", "role_name": "maintain"}
    assert authorize("m", "User", "author", maintainer, "maintain").allowed
    assert not authorize("m", "User", "author", maintainer, "admin").allowed


def test_bots_are_ignored_without_reply() -> None:
    for login, kind in [("qtreview[bot]", "Bot"), ("dependabot[bot]", None), ("ci", "Bot")]:
        decision = authorize(login, kind, login, {"permission": "admin"}, "read")
        assert decision.ignored
        assert not decision.allowed


def test_author_is_allowed_without_permission() -> None:
    decision = authorize("Octocat", "User", "octocat", None, "admin")
    assert decision.allowed
    assert not decision.ignored


def test_others_need_the_minimum_permission() -> None:
    assert authorize("dev", "User", "author", {"permission": "write"}, "write").allowed
    denied = authorize("visitor", "User", "author", {"permission": "read"}, "write")
    assert not denied.allowed
    assert not denied.ignored
    assert "`read`" in denied.reason
    assert "`write`" in denied.reason
    unknown = authorize("visitor", "User", "author", None, "write")
    assert not unknown.allowed
    assert "@visitor" in unknown.reason


def test_help_mentions_the_configured_values() -> None:
    text = help_markdown("maintain", 90)
    assert "`maintain`" in text
    assert "90 seconds" in text
    assert "/qtreview recheck" in text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_cooldown_blocks_then_frees_a_key() -> None:
    clock = FakeClock()
    cooldown = Cooldown(30, clock=clock)
    assert cooldown.try_acquire("acme/widgets#1") is True
    clock.now += 10
    assert cooldown.try_acquire("acme/widgets#1") == pytest.approx(20)
    assert cooldown.try_acquire("acme/widgets#2") is True  # other PRs are independent
    clock.now += 19.5
    assert cooldown.try_acquire("acme/widgets#1") == pytest.approx(0.5)
    clock.now += 0.5
    assert cooldown.try_acquire("acme/widgets#1") is True
    assert cooldown.try_acquire("acme/widgets#1") == pytest.approx(30)


def test_cooldown_refusal_does_not_extend_the_wait() -> None:
    clock = FakeClock()
    cooldown = Cooldown(10, clock=clock)
    assert cooldown.try_acquire("k") is True
    for _ in range(5):
        clock.now += 1
        cooldown.try_acquire("k")
    clock.now += 5
    assert cooldown.try_acquire("k") is True


def test_cooldown_memory_is_bounded_and_expires() -> None:
    clock = FakeClock()
    cooldown = Cooldown(30, clock=clock, maxsize=100)
    for i in range(1000):
        assert cooldown.try_acquire(f"pr{i}") is True
    assert len(cooldown) == 100
    clock.now += 31
    assert len(cooldown) == 0


def test_zero_cooldown_always_allows_and_negative_is_rejected() -> None:
    cooldown = Cooldown(0, clock=FakeClock())
    assert cooldown.try_acquire("k") is True
    assert cooldown.try_acquire("k") is True
    with pytest.raises(ValueError, match=">= 0"):
        Cooldown(-1)
