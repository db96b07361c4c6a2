"""The App learns who it is from `GET /app` and counts only its own markers (issue 8, item 7)."""

from __future__ import annotations

import checks
from checks import SourceFile
from tests.support.bot_flows import PATH, fixture, settle
from tests.support.bot_harness import OWNER, REPO, BotHarness
from tests.support.github_emulator.state import Review


def app_requests(h: BotHarness) -> list[str]:
    return [r.path for r in h.gh.requests if r.path == "/app"]


async def test_another_apps_copy_of_our_marker_does_not_silence_a_finding(
    analyzer: checks.Analyzer,
) -> None:
    content = fixture("echo_v1.cpp")
    (found,) = analyzer.analyze([SourceFile(PATH, content.encode())]).findings
    async with BotHarness(analyzer) as h:
        assert h.settings.bot_login is None
        pull = h.gh.add_pull(OWNER, REPO, 1, files={PATH: content})
        quoting = f"Another bot quoting qtreview: <!-- qtreview:fingerprint={found.fingerprint} -->"
        h.gh.reviews.append(
            Review(h.gh.ids.next("review"), pull, "copycat[bot]", quoting, "COMMENTED",
                   pull.head_sha, "2026-01-01T00:00:00Z")
        )  # fmt: skip
        status, _, _ = await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
        assert status == 202
        await settle(h)
        ours = [r for r in h.gh.reviews if r.user == h.gh.bot_login]
        assert len(ours) == 1
        assert [(c.path, c.line) for c in h.gh.review_comments] == [(PATH, 16)]
        await h.push(1, {PATH: content})
        await settle(h)
        assert len([r for r in h.gh.reviews if r.user == h.gh.bot_login]) == 1  # ours count
        assert app_requests(h) == ["/app"]  # asked once per process
        assert h.gh.violations == []


async def test_qtreview_bot_login_overrides_get_app(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer, bot_login="qtreview[bot]") as h:
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert app_requests(h) == []
        assert h.gh.violations == []
