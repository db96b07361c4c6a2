"""From a signed pull_request webhook to one review on the emulated GitHub, over real HTTP.

The C++ fixtures are our own (tests/fixtures/bot/); assertions name rule ids and lines, never a
rule's wording, since rules evolve.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import checks
from bot.github.markers import posted_fingerprints
from tests.support.bot_harness import OWNER, REPO, BotHarness

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "bot"
PATH = "src/echo.cpp"
RULE = "read-overflow"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text()


def comments_of(h: BotHarness, review_index: int = -1) -> list[tuple[str, int | None, str]]:
    review = h.gh.reviews[review_index]
    return [
        (c.path, c.line, _rule_of(c.body)) for c in h.gh.review_comments if c.review_id == review.id
    ]


def _rule_of(body: str) -> str:
    start = body.index("(`") + 2
    return body[start : body.index("`)", start)]


async def test_opened_posts_one_review_on_the_defect_line(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        status, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        assert status == 202
        await h.settle()
        assert len(h.gh.reviews) == 1
        review = h.gh.reviews[0]
        assert review.commit_id == sha
        assert review.state == "COMMENTED"
        assert review.user == h.gh.bot_login
        assert comments_of(h) == [(PATH, 16, RULE)]
        body = h.gh.review_comments[0].body
        assert f"https://github.com/{OWNER}/{REPO}/blob/{sha}/{PATH}#L" in body
        assert "cwe.mitre.org/data/definitions/" in body
        assert f"docs/rules/{RULE}.md" in body
        assert f"// qtreview: ignore[{RULE}]" in body
        assert len(posted_fingerprints(body)) == 1
        assert h.gh.violations == []


async def test_push_keeping_the_same_defects_posts_nothing(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        assert len(h.gh.reviews) == 1
        await h.push(1, {PATH: fixture("echo_v2.cpp")})  # the defect moved down a line
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_push_adding_a_defect_posts_only_that_comment(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        sha = await h.push(1, {PATH: fixture("echo_v3.cpp")})
        await h.settle()
        assert len(h.gh.reviews) == 2
        assert h.gh.reviews[1].commit_id == sha
        assert comments_of(h, 1) == [(PATH, 27, RULE)]
        assert h.gh.violations == []


async def test_findings_outside_the_diff_are_listed_in_the_body(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        base = {PATH: fixture("echo_v1.cpp"), "src/big.cpp": "int x;\n"}
        files = {
            PATH: fixture("echo_tail.cpp"),  # changes only lines 20-27; the defect is on 16
            "src/big.cpp": (fixture("echo_v1.cpp"), None),  # GitHub omitted the patch
        }
        await h.open_pull(1, files, base_files=base)
        await h.settle()
        assert len(h.gh.reviews) == 1
        review = h.gh.reviews[0]
        assert comments_of(h) == []
        assert f"{PATH}:16" in review.body
        assert "src/big.cpp:16" in review.body
        assert len(posted_fingerprints(review.body)) == 2
        # the next push changes nothing there: already reported, so nothing new
        await h.push(1, files, base_files=base)
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_comments_beyond_the_limit_go_to_the_body(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer, max_comments=1) as h:
        await h.open_pull(1, {PATH: fixture("echo_v3.cpp")})
        await h.settle()
        review = h.gh.reviews[0]
        assert len(comments_of(h)) == 1
        assert len(posted_fingerprints(review.body)) == 1
        assert h.gh.violations == []


async def test_same_delivery_twice_reviews_once(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={PATH: fixture("echo_v1.cpp")})
        payload = h.payload("opened", 1, pull.head_sha)
        first, _, sent = await h.deliver("pull_request", payload)
        again, answer, _ = await h.deliver(
            "pull_request", payload, headers={"X-GitHub-Delivery": sent["X-GitHub-Delivery"]}
        )
        assert (first, again) == (202, 200)
        assert "already" in answer["message"]
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_server_error_then_success_posts_once(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("POST", r"/pulls/1/reviews$", 500, times=1)
        h.gh.fail("GET", r"/pulls/1/files$", 502, times=1)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert [r.status for r in h.review_requests()] == [500, 200]
        assert h.gh.violations == []


async def test_rate_limited_then_posted(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("POST", r"/pulls/1/reviews$", 429, headers={"Retry-After": "0.2"})
        h.gh.fail("GET", r"/pulls/1/files$", 403, headers={"Retry-After": "0.1"})
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_a_refused_line_moves_to_the_body_and_the_rest_is_posted(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.reject_line(PATH, 18)
        await h.open_pull(1, {PATH: fixture("echo_v3.cpp")})
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert comments_of(h) == [(PATH, 27, RULE)]
        assert f"{PATH}:18" in h.gh.reviews[0].body
        assert [r.status for r in h.review_requests()][-1] == 200
        assert h.gh.violations == []


async def test_result_for_a_superseded_head_is_not_posted(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.delay(r"/git/blobs/", 0.5)
        _, old = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await asyncio.sleep(0.2)  # the first review is running, waiting for its blob
        new = await h.push(1, {PATH: fixture("echo_v3.cpp")})
        await h.settle()
        assert [r.commit_id for r in h.gh.reviews] == [new]
        assert old != new
        assert h.gh.violations == []


async def test_head_moved_without_a_webhook_drops_the_result(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.delay(r"/git/blobs/", 0.3)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await asyncio.sleep(0.1)
        h.gh.push(OWNER, REPO, 1, files={PATH: fixture("echo_v3.cpp")})
        await h.settle()
        assert h.gh.reviews == []
        assert h.gh.violations == []


async def test_pull_request_gone_drops_the_job(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("GET", r"/pulls/1/files$", 404)
        status, _ = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        assert status == 202
        await h.settle()
        assert h.gh.reviews == []
        assert h.gh.violations == []


async def test_drafts_wait_until_ready_for_review(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        status, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")}, draft=True)
        assert status == 200
        await h.settle()
        assert h.gh.reviews == []
        status, _, _ = await h.deliver(
            "pull_request", h.payload("ready_for_review", 1, sha, draft=False)
        )
        assert status == 202
        await h.settle()
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_recheck_costs_no_second_fetch_or_parse(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        blobs = [r for r in h.gh.requests if "/git/blobs/" in r.path]
        analyzed = h.service.analyzer.analyzed
        status, _, _ = await h.deliver("pull_request", h.payload("reopened", 1, sha))
        assert status == 202
        await h.settle()
        assert [r for r in h.gh.requests if "/git/blobs/" in r.path] == blobs
        assert h.service.analyzer.analyzed == analyzed
        assert len(h.gh.reviews) == 1
        # the PR's file list did not change: GitHub's ETag answers 304, free of rate limit
        files = [r.status for r in h.gh.requests if r.path.endswith("/pulls/1/files")]
        assert files == [200, 304]
        assert h.gh.violations == []


async def test_token_is_reused_then_refreshed_after_expiry(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        await h.open_pull(2, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        assert h.service.tokens.fetches == 1
        h.gh.expire_tokens()  # revoked early: GitHub answers 401, the bot fetches a new one
        await h.open_pull(3, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        assert h.service.tokens.fetches == 2
        assert len(h.gh.reviews) == 3
        assert h.gh.violations == []


async def test_token_refreshed_before_it_expires(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.token_lifetime = 300.4  # refreshed five minutes before expiry: 0.4 s from now
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        await asyncio.sleep(0.5)
        await h.open_pull(2, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        token_calls = [r for r in h.gh.requests if r.path.endswith("/access_tokens")]
        assert [r.status for r in token_calls] == [201, 201]
        assert not any(r.status == 401 for r in h.gh.requests)
        assert len(h.gh.reviews) == 2
        assert h.gh.violations == []


async def test_quoted_includes_are_fetched_at_the_head(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(
            OWNER, REPO, 1, files={"src/reader.cpp": fixture("reader.cpp")}, head_sha="c" * 40
        )
        h.gh.set_contents(OWNER, REPO, "src/reader.h", fixture("reader.h"), ref=pull.head_sha)
        status, _, _ = await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
        assert status == 202
        await h.settle()
        assert comments_of(h) == [("src/reader.cpp", 6, RULE)]
        reads = [
            r
            for r in h.gh.requests
            if "/contents/" in r.path and not r.path.endswith("/.github/qtreview.yml")
        ]  # the config files are read too, from the default branch (test_bot_config_flow.py)
        assert {r.path.rsplit("/contents/", 1)[1] for r in reads} == {"src/reader.h"}  # found first
        assert all(f"ref={pull.head_sha}" in r.query for r in reads)
        assert h.gh.violations == []


async def test_a_timed_out_call_is_retried(analyzer: checks.Analyzer) -> None:
    from bot.settings import RetryPolicy

    quick = RetryPolicy(attempts=3, backoff_s=0.01, backoff_cap_s=0.02, request_timeout_s=0.3)
    async with BotHarness(analyzer, retry=quick) as h:
        h.gh.delay(r"/pulls/1/files$", 1.0)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await h.settle()
        assert len(h.gh.reviews) == 1
        timeouts = h.service.metrics.registry.get_sample_value(
            "qtreview_github_errors_total", {"status": "timeout"}
        )
        assert timeouts == 1
        assert h.gh.violations == []
