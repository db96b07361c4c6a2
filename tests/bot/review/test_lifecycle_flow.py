"""A pull request's life (issue 8, item 7): closed or merged before its job runs, a new base
branch, more files than GitHub lists."""

from __future__ import annotations

import pytest

import checks
from tests.support.bot_flows import PATH, fixture, runs, settle
from tests.support.bot_harness import INSTALLATION, OWNER, REPO, BotHarness
from tests.support.github_emulator.webhooks import adapt, load_payload


@pytest.mark.parametrize("merged", [False, True])
async def test_a_pull_request_closed_before_its_job_runs_is_not_reviewed(
    analyzer: checks.Analyzer, merged: bool
) -> None:
    async with BotHarness(analyzer) as h:
        pull = h.gh.add_pull(OWNER, REPO, 1, files={PATH: fixture("echo_v1.cpp")})
        h.gh.close_pull(OWNER, REPO, 1, merged=merged)
        # the delivery still says "open": it was queued before the pull request was closed
        status, _, _ = await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
        assert status == 202
        await settle(h)
        assert h.gh.reviews == []
        assert runs(h) == []
        assert not [r for r in h.gh.requests if "/contents/" in r.path or "/files" in r.path]
        assert h.gh.violations == []


def edited(number: int, head_sha: str, changes: dict[str, object]) -> dict[str, object]:
    payload = adapt(
        load_payload("pull_request.edited"),
        owner=OWNER,
        repo=REPO,
        number=number,
        head_sha=head_sha,
        installation_id=INSTALLATION,
    )
    payload["changes"] = changes
    return payload


async def test_a_new_base_branch_is_reviewed_again_an_edited_title_is_not(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(runs(h, sha)) == 1
        status, _, _ = await h.deliver(
            "pull_request", edited(1, sha, {"title": {"from": "an older title"}})
        )
        assert status == 200
        await settle(h)
        assert len(runs(h, sha)) == 1
        new_base = {"base": {"ref": {"from": "develop"}, "sha": {"from": "b" * 40}}}
        status, _, _ = await h.deliver("pull_request", edited(1, sha, new_base))
        assert status == 202
        await settle(h)
        assert len(runs(h, sha)) == 2
        assert runs(h, sha)[-1].conclusion == "failure"
        assert len(h.gh.reviews) == 1  # the same findings are not posted twice
        assert h.gh.violations == []


async def test_past_githubs_3000_file_listing_the_review_says_so(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        files = {f"docs/note{i:04d}.txt": f"note {i}\n" for i in range(3000)}
        files["a/echo.cpp"] = fixture("echo_v1.cpp")
        _, sha = await h.open_pull(1, files)
        await settle(h)
        said = "This pull request changes 3,001 files; GitHub lists only the first 3,000"
        (review,) = h.gh.reviews
        assert said in review.body
        assert [c.path for c in h.gh.review_comments] == ["a/echo.cpp"]
        (run,) = runs(h, sha)
        assert said in run.output["summary"]
        pages = [r for r in h.gh.requests if r.path.endswith("/pulls/1/files")]
        assert len(pages) == 30
        assert h.gh.violations == []
