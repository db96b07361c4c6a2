"""GitHub's rate limits, as its docs ask integrations to treat them, over real HTTP.

Waits the service chooses are scaled down in tests (`RecordingClock`); the clock records them in
the service's own seconds, so "at least a minute" is checked without waiting a minute.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import checks
from bot.github.rate_limit import Limit, RateLimited, rate_limited
from tests.support.bot_flows import PATH, fixture, many_defects, settle
from tests.support.bot_harness import FAST_RETRY, BotHarness
from tests.support.github_emulator.emulator import SECONDARY_LIMIT_MESSAGE

SECONDARY = {"message": SECONDARY_LIMIT_MESSAGE, "documentation_url": "https://docs.github.com"}


def test_what_a_403_or_429_says() -> None:
    assert rate_limited(403, {"Retry-After": "30"}, "whatever") == RateLimited(
        Limit.SECONDARY, 30.0, None
    )
    assert rate_limited(403, {}, SECONDARY_LIMIT_MESSAGE) == RateLimited(
        Limit.SECONDARY, None, None
    )
    primary = rate_limited(403, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1000"}, "")
    assert primary == RateLimited(Limit.PRIMARY, None, 1000.0)
    assert primary.seconds(now=990.0, times=1) == 11.0  # until the reset, and a second more
    assert rate_limited(403, {"x-ratelimit-remaining": "12"}, "Resource not accessible") is None
    assert rate_limited(429, {}, "") == RateLimited(Limit.SECONDARY, None, None)
    bare = RateLimited(Limit.SECONDARY, None, None)
    assert [bare.seconds(now=0, times=n) for n in (1, 2, 3)] == [60.0, 120.0, 240.0]


async def test_a_secondary_limit_without_retry_after_waits_a_minute_then_longer(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("POST", r"/pulls/1/reviews$", 403, times=2, body=SECONDARY)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        posts = [r.status for r in h.review_requests()]
        assert posts == [403, 403, 200]
        pauses = h.clock.pauses
        assert 60.0 in pauses
        assert 120.0 in pauses  # GitHub: then back off exponentially
        assert pauses.index(60.0) < pauses.index(120.0)
        assert h.gh.violations == []


async def test_a_secondary_limit_with_retry_after_waits_what_github_asks(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("POST", r"/check-runs$", 403, headers={"Retry-After": "37"}, body=SECONDARY)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert 37.0 in h.clock.pauses
        assert len(h.gh.check_runs) == 1
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_a_secondary_limit_pauses_the_installation_s_other_requests(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("GET", r"/pulls/1/files$", 403, headers={"Retry-After": "120"}, body=SECONDARY)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.open_pull(2, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        limited = next(r for r in h.gh.requests if r.status == 403)
        pause = 120 * h.clock.scale  # 120 s, as the test clock scales it
        # Requests already on their way when GitHub answered may still arrive (10 ms); after
        # that nothing of the installation is sent until the pause is over.
        during = [
            r
            for r in h.gh.requests
            if limited.answered + 0.01 < r.received < limited.answered + pause * 0.9
        ]
        assert during == []
        assert any(r.received >= limited.answered + pause * 0.9 for r in h.gh.requests)
        assert len(h.gh.reviews) == 2
        assert h.gh.violations == []


async def test_writes_of_an_installation_go_one_at_a_time_and_spaced(
    analyzer: checks.Analyzer,
) -> None:
    spacing = 0.05
    async with BotHarness(analyzer, retry=replace(FAST_RETRY, write_spacing_s=spacing)) as h:
        for number in (1, 2, 3):  # reviews run two at a time: their writes would overlap
            await h.open_pull(number, {"src/many.cpp": many_defects(55 + number)})
        await settle(h)
        assert len(h.gh.reviews) == 3
        writes = sorted(
            (r for r in h.gh.requests if r.method != "GET" and "/access_tokens" not in r.path),
            key=lambda r: r.received,
        )
        assert len(writes) >= 12  # per review: a check run, two updates, the review
        gaps = [b.received - a.answered for a, b in itertools.pairwise(writes)]
        assert min(gaps) >= spacing * 0.95  # never overlapping, always spaced
        assert h.gh.violations == []


async def test_the_quota_is_spread_before_it_runs_out(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.set_rate_limit(4, reset_in=1.5)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        refused = [r for r in h.gh.requests if r.status == 403]
        assert refused == []  # slowed down instead of running into the limit
        assert h.gh.violations == []


async def test_a_used_up_quota_is_waited_for(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        h.gh.set_rate_limit(0, reset_in=1.0)
        sha = await h.push(1, {PATH: fixture("echo_v3.cpp")})
        await settle(h)
        assert [r.commit_id for r in h.gh.reviews][-1] == sha
        refused = [r for r in h.gh.requests if r.status == 403]
        assert len(refused) <= 1  # at most the one that told us
        assert h.gh.violations == []


def test_graphql_queries_are_reads_and_mutations_writes() -> None:
    """A batch of file contents (a query) is not spaced like a write; resolving a thread is."""
    import json

    from bot.github.blob_batch import Lookup, query_for
    from bot.github.client import is_write
    from bot.review.fixed import RESOLVE_MUTATION, THREADS_QUERY

    def body(query: str) -> bytes:
        return json.dumps({"query": query, "variables": {}}).encode()

    assert not is_write("POST", "/graphql", body(query_for([Lookup.blob("a" * 40)])))
    assert not is_write("POST", "/api/graphql", body(THREADS_QUERY))
    assert is_write("POST", "/graphql", body(RESOLVE_MUTATION))
    assert is_write("POST", "/graphql", b"not json")
    assert is_write("POST", "/repos/o/r/pulls/1/reviews", b"{}")
    assert not is_write("GET", "/repos/o/r/pulls/1", b"")
    assert not is_write("POST", "/app/installations/7/access_tokens", b"")
