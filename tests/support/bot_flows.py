"""Helpers for the config, command, check-run and fixed-finding flows (issue 4) on `BotHarness`.

Webhooks are the real payloads in tests/data/github/payloads, adapted by field and signed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from tests.support.bot_harness import INSTALLATION, OWNER, REPO, BotHarness
from tests.support.github_emulator.state import IssueComment
from tests.support.github_emulator.webhooks import adapt, load_payload

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bot"
CONFIG = ".github/qtreview.yml"
PATH = "src/echo.cpp"
RULE = "read-overflow"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text()


def many_defects(count: int) -> str:
    """`count` functions with one read-overflow each (distinct functions: distinct findings)."""
    body = "".join(
        f"void drain{i}(QTcpSocket *s)\n{{\n    char b[8];\n"
        "    s->read(b, s->bytesAvailable());\n}\n"
        for i in range(count)
    )
    return "#include <QTcpSocket>\n" + body


async def settle(h: BotHarness, limit_s: float = 60.0) -> None:
    """Until no command runs in the background and no review is queued or running."""
    features = h.service.features

    async def idle() -> None:
        for _ in range(20):
            await features.background.join()
            await h.settle(limit_s)
            if not len(features.background) and h.service.queue.depth() == 0:
                return

    await asyncio.wait_for(idle(), limit_s)


def set_org_config(h: BotHarness, text: str | None) -> None:
    if ".github" not in {r.name for r in h.gh.repos.values()}:
        h.gh.add_repo(OWNER, ".github", INSTALLATION)
    h.gh.set_contents(OWNER, ".github", CONFIG, text)


def set_repo_config(h: BotHarness, text: str | None) -> None:
    h.gh.set_contents(OWNER, REPO, CONFIG, text)


async def comment(
    h: BotHarness,
    number: int,
    body: str,
    *,
    user: str = "octocat",
    user_type: str = "User",
    action: str = "created",
) -> tuple[int, IssueComment]:
    """A person (or bot) comments on the PR: the comment exists on GitHub, then its webhook."""
    created = h.gh.add_issue_comment(OWNER, REPO, number, body, user=user, user_type=user_type)
    payload = adapt(
        load_payload("issue_comment.created"),
        owner=OWNER,
        repo=REPO,
        number=number,
        installation_id=INSTALLATION,
        action=action,
        comment_id=created.id,
        comment_body=body,
        commenter=user,
        commenter_type=user_type,
    )
    status, _, _ = await h.deliver("issue_comment", payload)
    return status, created


def reactions(h: BotHarness, comment_id: int) -> list[str]:
    return [r.content for r in h.gh.reactions if r.comment_id == comment_id]


def bot_comments(h: BotHarness) -> list[str]:
    return [c.body for c in h.gh.issue_comments if c.user == h.gh.bot_login]


def runs(h: BotHarness, sha: str | None = None) -> list[Any]:
    return [r for r in h.gh.check_runs if sha is None or r.head_sha == sha]


def check_run_rerequested(h: BotHarness, number: int, sha: str, name: str = "qtreview") -> Any:
    payload = adapt(load_payload("check_run.rerequested"), owner=OWNER, repo=REPO)
    payload["installation"]["id"] = INSTALLATION
    run = payload["check_run"]
    run["name"] = name
    run["head_sha"] = sha
    run["pull_requests"] = [{"number": number, "head": {"sha": sha, "ref": "feature"}}]
    return payload


def check_suite_rerequested(h: BotHarness, number: int, sha: str) -> Any:
    payload = adapt(load_payload("check_suite.rerequested"), owner=OWNER, repo=REPO)
    payload["installation"]["id"] = INSTALLATION
    suite = payload["check_suite"]
    suite["head_sha"] = suite["after"] = sha
    suite["pull_requests"][0]["number"] = number
    suite["pull_requests"][0]["head"]["sha"] = sha
    return payload


def push_payload(repo: str, files: list[str], ref: str = "refs/heads/main") -> Any:
    """The real push payload (a tag deletion) turned into a push of one commit to `ref`."""
    payload = adapt(load_payload("push"), owner=OWNER, repo=repo)
    payload.update(ref=ref, deleted=False, created=False, after="1" * 40)
    payload["repository"]["default_branch"] = "main"
    payload["installation"] = {"id": INSTALLATION}
    payload["commits"] = [
        {"id": "1" * 40, "message": "config", "added": [], "removed": [], "modified": files}
    ]
    return payload
