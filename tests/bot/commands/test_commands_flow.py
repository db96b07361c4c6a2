"""`/qtreview recheck` and `/qtreview help` in pull-request comments, over real HTTP."""

from __future__ import annotations

import checks
from tests.support.bot_flows import (
    PATH,
    RULE,
    bot_comments,
    comment,
    fixture,
    reactions,
    set_org_config,
    set_repo_config,
    settle,
)
from tests.support.bot_harness import OWNER, REPO, BotHarness
from tests.support.github_emulator.webhooks import adapt, load_payload


async def opened_and_reviewed(h: BotHarness, author: str = "alice") -> str:
    """A PR whose finding is switched off by config, so a recheck after the config changes
    shows a review that was not there before."""
    set_repo_config(h, f"rules:\n  {RULE}: off\n")
    _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, author=author)
    await settle(h)
    assert h.gh.reviews == []
    set_repo_config(h, None)
    return sha


async def test_recheck_by_a_maintainer_analyzes_again_and_posts_what_is_new(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        await opened_and_reviewed(h)
        h.gh.set_permission(OWNER, REPO, "mia", "maintain")
        analyzed = h.service.analyzer.analyzed
        status, cmd = await comment(h, 1, "Please look again.\n/qtreview recheck\n", user="mia")
        assert status == 202
        await settle(h)
        assert h.service.analyzer.analyzed == analyzed + 1  # cached results were ignored
        assert len(h.gh.reviews) == 1  # config re-read: the finding is on now
        assert reactions(h, cmd.id) == ["eyes", "rocket"]
        assert bot_comments(h) == []
        perms = [r for r in h.gh.requests if r.path.endswith("/collaborators/mia/permission")]
        assert len(perms) == 1
        assert h.gh.violations == []


async def test_recheck_by_the_author_needs_no_permission(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await opened_and_reviewed(h, author="alice")
        _, cmd = await comment(h, 1, "/qtreview recheck", user="alice")
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert reactions(h, cmd.id) == ["eyes", "rocket"]
        assert not [r for r in h.gh.requests if "/collaborators/" in r.path]
        assert h.gh.violations == []


async def test_recheck_by_a_read_only_user_is_refused(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await opened_and_reviewed(h)
        h.gh.set_permission(OWNER, REPO, "rita", "read")
        _, cmd = await comment(h, 1, "/qtreview recheck", user="rita")
        _, stranger = await comment(h, 1, "/qtreview recheck", user="sam")  # not a collaborator
        await settle(h)
        assert h.gh.reviews == []
        assert reactions(h, cmd.id) == ["confused"]
        assert reactions(h, stranger.id) == ["confused"]
        refusals = bot_comments(h)
        assert len(refusals) == 2
        assert "@rita" in refusals[0]
        assert "`read`" in refusals[0]
        assert "`write`" in refusals[0]
        assert "@sam" in refusals[1]
        assert h.gh.violations == []


async def test_min_permission_is_configurable(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, "commands:\n  min_permission: triage\n")
        h.gh.set_permission(OWNER, REPO, "tia", "triage")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        _, cmd = await comment(h, 1, "/qtreview recheck", user="tia")
        await settle(h)
        assert reactions(h, cmd.id) == ["eyes", "rocket"]
        assert h.gh.violations == []


async def test_comments_by_bots_are_ignored(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await opened_and_reviewed(h)
        before = len(h.gh.requests)
        s1, own = await comment(h, 1, "/qtreview recheck", user=h.gh.bot_login, user_type="Bot")
        s2, other = await comment(h, 1, "/qtreview help", user="ci[bot]", user_type="Bot")
        await settle(h)
        assert (s1, s2) == (200, 200)
        assert len(h.gh.requests) == before  # not one call to GitHub
        assert reactions(h, own.id) == reactions(h, other.id) == []
        assert h.gh.violations == []


async def test_only_new_comments_on_pull_requests_count(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await opened_and_reviewed(h)
        status, _ = await comment(h, 1, "/qtreview recheck", user="alice", action="edited")
        assert status == 200
        on_issue = adapt(
            load_payload("issue_comment.created"),
            owner=OWNER,
            repo=REPO,
            number=2,
            installation_id=77,
            comment_body="/qtreview recheck",
            commenter="alice",
        )
        del on_issue["issue"]["pull_request"]
        status, _, _ = await h.deliver("issue_comment", on_issue)
        assert status == 200
        status, _ = await comment(h, 1, "> /qtreview recheck\n\n```\n/qtreview recheck\n```")
        assert status == 200
        await settle(h)
        assert h.gh.reviews == []
        assert h.gh.reactions == []


async def test_cooldown_stops_a_flood(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await opened_and_reviewed(h, author="alice")
        _, first = await comment(h, 1, "/qtreview recheck", user="alice")
        await settle(h)
        _, second = await comment(h, 1, "/qtreview recheck", user="alice")
        await settle(h)
        assert reactions(h, first.id) == ["eyes", "rocket"]
        assert reactions(h, second.id) == ["confused"]
        (reply,) = bot_comments(h)
        assert "try again in" in reply
        assert len(h.gh.check_runs) == 2  # opened + the first recheck only
        assert h.gh.violations == []


async def test_cooldown_zero_allows_every_recheck(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, "commands:\n  cooldown_seconds: 0\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, author="alice")
        await settle(h)
        for _ in range(2):
            await comment(h, 1, "/qtreview recheck", user="alice")
            await settle(h)
        assert len(h.gh.check_runs) == 3
        assert h.gh.violations == []


async def test_help_lists_commands_and_config_sources(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, "max_comments: 4\n")
        set_repo_config(h, "fail_on: warning\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, author="alice")
        await settle(h)
        _, cmd = await comment(h, 1, "/qtreview help", user="alice")
        _, unknown = await comment(h, 1, "/qtreview frobnicate", user="alice")
        await settle(h)
        help_reply, unknown_reply = bot_comments(h)
        assert "/qtreview recheck" in help_reply
        assert f"`{OWNER}/.github:.github/qtreview.yml`" in help_reply
        assert f"`{OWNER}/{REPO}:.github/qtreview.yml`" in help_reply
        assert "frobnicate" in unknown_reply
        assert "/qtreview recheck" in unknown_reply
        assert reactions(h, cmd.id) == ["eyes", "rocket"]
        assert reactions(h, unknown.id) == ["eyes", "rocket"]
        assert h.gh.violations == []
