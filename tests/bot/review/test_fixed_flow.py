"""A finding qtreview commented on that is gone at a new head: one reply, thread resolved."""

from __future__ import annotations

import checks
from tests.support.bot_flows import PATH, RULE, fixture, set_repo_config, settle
from tests.support.bot_harness import BotHarness

FIXED = fixture("echo_v1.cpp").replace(
    "socket->read(buf, socket->bytesAvailable())", "socket->read(buf, sizeof buf)"
)


def replies_by_bot(h: BotHarness) -> list[str]:
    return [
        c.body
        for c in h.gh.review_comments
        if c.in_reply_to_id is not None and c.user == h.gh.bot_login
    ]


async def opened_with_one_comment(h: BotHarness) -> int:
    await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
    await settle(h)
    (top,) = h.gh.review_comments
    return top.id


async def test_fixed_finding_gets_one_reply_and_its_thread_resolved(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        top = await opened_with_one_comment(h)
        h.gh.add_reply(top, "Good catch, fixing.", user="alice")
        sha = await h.push(1, {PATH: FIXED})
        await settle(h)
        (reply,) = replies_by_bot(h)
        assert f"Fixed in [{sha[:7]}]" in reply
        assert f"/commit/{sha}" in reply
        thread = h.gh.thread_of(top)
        assert thread.is_resolved
        assert len(thread.comment_ids) == 3  # the person's reply is still there
        assert not [r for r in h.gh.requests if r.method == "DELETE"]
        assert runs_conclusion(h) == "success"

        await h.push(1, {PATH: FIXED + "\n// another push\n"})
        await settle(h)
        assert len(replies_by_bot(h)) == 1  # never again
        assert h.gh.violations == []


def runs_conclusion(h: BotHarness) -> str | None:
    return h.gh.check_runs[-1].conclusion


async def test_a_finding_still_there_or_switched_off_is_not_fixed(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        top = await opened_with_one_comment(h)
        await h.push(1, {PATH: "// moved down\n" + fixture("echo_v1.cpp")})
        await settle(h)
        set_repo_config(h, f"rules:\n  {RULE}: off\n")
        h.service.features.configs.invalidate("acme", "net")
        await h.push(1, {PATH: "// moved again\n" + fixture("echo_v1.cpp")})
        await settle(h)
        assert replies_by_bot(h) == []
        assert not h.gh.thread_of(top).is_resolved
        assert h.gh.violations == []


async def test_reply_stands_where_the_thread_cannot_be_resolved(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        top = await opened_with_one_comment(h)
        h.gh.fail("POST", r"^/graphql$", 403, times=None)
        await h.push(1, {PATH: FIXED})
        await settle(h)
        assert len(replies_by_bot(h)) == 1
        assert not h.gh.thread_of(top).is_resolved
        assert h.gh.check_runs[-1].conclusion == "success"
        assert h.gh.violations == []
