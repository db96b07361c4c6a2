"""GitHub's size limits (issue 8, item 5): a review body, a comment and a check run that fit."""

from __future__ import annotations

import checks
from bot.github.markers import posted_fingerprints
from bot.review.comments import MAX_BODY_CHARS
from tests.support.bot_flows import PATH, fixture, many_defects, runs, settle
from tests.support.bot_harness import BotHarness

DRAIN = "src/drain.cpp"


async def test_400_findings_without_a_patch_still_give_one_review_within_the_limit(
    analyzer: checks.Analyzer,
) -> None:
    """The issue's case: 400 findings in a file whose patch GitHub omits made a 397,005-char
    body; GitHub refused it twice and the valid line comment was lost with it."""
    async with BotHarness(analyzer) as h:
        files = {DRAIN: (many_defects(400), None), PATH: fixture("echo_v1.cpp")}
        _, sha = await h.open_pull(1, files)
        await settle(h)
        (review,) = h.gh.reviews
        assert len(review.body) <= MAX_BODY_CHARS
        assert [(c.path, c.line) for c in h.gh.review_comments] == [(PATH, 16)]
        (run,) = runs(h, sha)
        assert run.conclusion == "failure"
        assert len(run.annotations) == 401  # every finding, in batches of 50
        assert f"/runs/{h.gh.check_runs[0].id}" in review.body
        assert "not listed here" in review.body
        said = posted_fingerprints(review.body)
        assert len(said) == 400  # listed or counted: all of them marked as said
        assert [r.status for r in h.review_requests()] == [200]
        await h.push(1, files)  # the same content again: nothing new to say
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []
