"""Cached results never cross repositories or file names (issue 8, item 1).

The same file content reviewed in one installation's private repository and then in another's pull
request must be reported in the second under its own path, with its own line comment and a failing
check; a rename inside one repository likewise.
"""

from __future__ import annotations

import checks
from tests.support.bot_flows import PATH, RULE, fixture, runs, settle
from tests.support.bot_harness import OWNER, REPO, BotHarness
from tests.support.github_emulator.webhooks import adapt, load_payload

SECRET_OWNER, SECRET_REPO, SECRET_INSTALLATION = "hidden-corp", "secret-project", 88
SECRET_PATH = "internal_codename_x/echo.cpp"


async def test_same_content_in_another_installation_is_reported_under_its_own_path(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.add_installation(SECRET_INSTALLATION, SECRET_OWNER)
        h.gh.add_repo(SECRET_OWNER, SECRET_REPO, SECRET_INSTALLATION)
        content = fixture("echo_v1.cpp")
        secret = h.gh.add_pull(SECRET_OWNER, SECRET_REPO, 3, files={SECRET_PATH: content})
        payload = adapt(
            load_payload("pull_request.opened"),
            owner=SECRET_OWNER,
            repo=SECRET_REPO,
            number=3,
            head_sha=secret.head_sha,
            installation_id=SECRET_INSTALLATION,
        )
        status, _, _ = await h.deliver("pull_request", payload)
        assert status == 202
        await settle(h)
        assert [c.path for c in h.gh.review_comments] == [SECRET_PATH]

        _, sha = await h.open_pull(1, {PATH: content})
        await settle(h)
        ours = [r for r in h.gh.reviews if r.pull.repo.name == REPO]
        assert len(ours) == 1
        comments = [c for c in h.gh.review_comments if c.review_id == ours[0].id]
        assert [(c.path, c.line, f"`{RULE}`" in c.body) for c in comments] == [(PATH, 16, True)]
        (run,) = runs(h, sha)
        assert run.conclusion == "failure"
        assert [a["path"] for a in run.annotations] == [PATH]
        to_acme = [r for r in h.gh.requests if f"/repos/{OWNER}/{REPO}/" in r.path and r.body]
        assert to_acme
        assert not [r for r in to_acme if "internal_codename_x" in str(r.body)]
        assert not [r for r in to_acme if SECRET_REPO in str(r.body)]
        assert h.gh.violations == []


async def test_a_renamed_file_is_analyzed_again_under_its_new_path(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        content = fixture("echo_v1.cpp")
        _, first = await h.open_pull(1, {PATH: content})
        await settle(h)
        assert runs(h, first)[0].conclusion == "failure"
        renamed = "src/moved/echo_renamed.cpp"
        second = await h.push(1, {renamed: content})
        await settle(h)
        (run,) = runs(h, second)
        assert run.conclusion == "failure"
        assert [(a["path"], a["start_line"]) for a in run.annotations] == [(renamed, 16)]
        assert h.gh.violations == []
