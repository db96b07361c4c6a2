"""Organization and repository `.github/qtreview.yml` applied to reviews, over real HTTP."""

from __future__ import annotations

import checks
from tests.support.bot_flows import (
    CONFIG,
    PATH,
    RULE,
    bot_comments,
    fixture,
    push_payload,
    runs,
    set_org_config,
    set_repo_config,
    settle,
)
from tests.support.bot_harness import OWNER, REPO, BotHarness


def config_reads(h: BotHarness) -> list[str]:
    return [r.path for r in h.gh.requests if r.path.endswith(f"/contents/{CONFIG}")]


async def test_org_file_only_applies(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, f"rules:\n  {RULE}: off\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert h.gh.reviews == []
        (run,) = runs(h)
        assert run.conclusion == "success"
        assert f"`{OWNER}/.github:{CONFIG}`" in run.output["summary"]
        # read from the default branch: no ref, whatever the PR's head is
        reads = [r for r in h.gh.requests if r.path.endswith(f"/contents/{CONFIG}")]
        assert {r.path for r in reads} == {
            f"/repos/{OWNER}/{REPO}/contents/{CONFIG}",
            f"/repos/{OWNER}/.github/contents/{CONFIG}",
        }
        assert all("ref=" not in r.query for r in reads)
        assert h.gh.violations == []


async def test_repo_file_overrides_org_key_by_key(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, f"fail_on: never\nrules:\n  {RULE}: off\n")
        set_repo_config(
            h, f"rules:\n  {RULE}:\n    severity: warning\nreview:\n  event: REQUEST_CHANGES\n"
        )
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        (review,) = h.gh.reviews
        assert review.state == "CHANGES_REQUESTED"
        assert "Warning" in h.gh.review_comments[0].body
        (run,) = runs(h)
        assert run.conclusion == "neutral"  # a warning, and the org's fail_on: never still applies
        assert run.annotations[0]["annotation_level"] == "warning"
        assert h.gh.violations == []


async def test_inherit_false_ignores_the_org_file(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, f"rules:\n  {RULE}: off\n")
        set_repo_config(h, "inherit: false\nmax_comments: 5\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        (run,) = runs(h)
        assert run.conclusion == "failure"
        assert f"{OWNER}/.github" not in run.output["summary"]
        assert h.gh.violations == []


async def test_paths_and_min_confidence_apply(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_repo_config(h, "paths:\n  exclude: ['src/**']\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp"), "lib/echo.cpp": fixture("echo_v1.cpp")})
        await settle(h)
        assert {c.path for c in h.gh.review_comments} == {"lib/echo.cpp"}
        set_repo_config(h, "min_confidence: 0.99\n")
        h.service.features.configs.invalidate(OWNER, REPO)
        await h.push(1, {"lib/echo2.cpp": fixture("echo_v1.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1  # the rule's confidence is below 0.99: nothing new
        assert runs(h)[-1].conclusion == "success"
        assert h.gh.violations == []


async def test_broken_repo_file_with_valid_org_file(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, f"rules:\n  {RULE}:\n    severity: note\n")
        set_repo_config(h, "enabled: true\nmax_coments: 3\n")
        _, sha = await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        # the org level still applies: the finding is a note
        assert len(h.gh.reviews) == 1
        assert "Note" in h.gh.review_comments[0].body
        (notice,) = bot_comments(h)
        label = f"{OWNER}/{REPO}:{CONFIG}:2:1"
        assert label in notice
        assert "`max_coments`" in notice
        assert "max_comments" in notice  # the suggestion
        (run,) = runs(h, sha)
        assert run.conclusion == "neutral"
        assert label in run.output["summary"]
        assert "max_coments" in run.output["summary"]

        await h.push(1, {PATH: fixture("echo_v2.cpp")})
        await settle(h)
        assert len(runs(h)) == 2
        assert "max_coments" in runs(h)[-1].output["summary"]
        assert len(bot_comments(h)) == 1  # not repeated on the next push
        assert h.gh.violations == []


async def test_push_to_default_branch_invalidates_the_cache(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_repo_config(h, f"rules:\n  {RULE}: off\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert h.gh.reviews == []
        reads = len(config_reads(h))

        set_repo_config(h, None)  # removed on main, but nobody told the bot yet
        await h.push(1, {PATH: fixture("echo_v2.cpp")})
        await settle(h)
        assert h.gh.reviews == []
        assert len(config_reads(h)) == reads  # served from the cache

        # a push to another branch, or one not touching the file, changes nothing
        for payload in (
            push_payload(REPO, [CONFIG], ref="refs/heads/feature"),
            push_payload(REPO, ["README.md"]),
        ):
            status, _, _ = await h.deliver("push", payload)
            assert status == 200
        await h.push(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert h.gh.reviews == []

        status, _, _ = await h.deliver("push", push_payload(REPO, [CONFIG]))
        assert status == 200
        await h.push(1, {PATH: fixture("echo_v2.cpp")})
        await settle(h)
        assert len(config_reads(h)) > reads
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_push_to_the_org_repo_invalidates_its_repositories(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        set_org_config(h, f"rules:\n  {RULE}: off\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        set_org_config(h, "max_comments: 3\n")
        status, _, _ = await h.deliver("push", push_payload(".github", [CONFIG]))
        assert status == 200
        await h.push(1, {PATH: fixture("echo_v2.cpp")})
        await settle(h)
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_disabled_repository_gets_nothing(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        set_repo_config(h, "enabled: false\n")
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert h.gh.reviews == []
        assert runs(h) == []
        assert bot_comments(h) == []
        assert h.gh.violations == []


async def test_a_config_file_github_will_not_hand_over_stops_the_review(
    analyzer: checks.Analyzer,
) -> None:
    """Fail closed: the file may say `enabled: false`, so nothing runs on defaults."""
    async with BotHarness(analyzer) as h:
        set_repo_config(h, "enabled: false\n")
        h.gh.fail("GET", rf"/repos/{OWNER}/{REPO}/contents/", 502, times=None)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert h.gh.reviews == []
        assert bot_comments(h) == []
        (run,) = runs(h)
        assert (run.status, run.conclusion) == ("completed", "neutral")
        assert run.output["title"] == "Configuration could not be read"
        assert "502" in run.output["summary"]
        per_call = h.settings.retry.attempts
        assert len(config_reads(h)) == 2 * per_call  # the client's retries, then one more round
        assert h.service.metrics.job_seconds.labels("config-unreadable")._sum.get() > 0
        h.gh.clear_switches()
        await h.push(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert len(runs(h)) == 1  # readable again: disabled, so nothing new
        assert h.gh.reviews == []


async def test_a_transient_config_failure_is_retried_and_the_file_applies(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        set_repo_config(h, "enabled: false\n")
        per_call = h.settings.retry.attempts
        h.gh.fail("GET", rf"/repos/{OWNER}/{REPO}/contents/", 503, times=per_call + 1)
        await h.open_pull(1, {PATH: fixture("echo_v1.cpp")})
        await settle(h)
        assert h.gh.reviews == []
        assert runs(h) == []
        assert bot_comments(h) == []
