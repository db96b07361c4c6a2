"""The emulator's seeded faults: what each does to GitHub's state and to its answer, over HTTP."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.support.github_emulator import GitHubEmulator, app_jwt, generate_keypair
from tests.support.github_emulator.faults import Fault, FaultPlan

KEYS = generate_keypair()
HEAD = "int a;\nint b;\nint c;\n"


class Caller:
    """Talks to the emulator with an installation token, as the bot does."""

    def __init__(self, gh: GitHubEmulator, session: aiohttp.ClientSession) -> None:
        self.gh, self.session, self.token = gh, session, ""

    async def call(
        self, method: str, path: str, body: Any = None, *, limit_s: float = 10.0
    ) -> tuple[int, Any, Any]:
        async with self.session.request(
            method,
            self.gh.url + path,
            json=body,
            headers={"Authorization": f"token {self.token}"},
            timeout=aiohttp.ClientTimeout(total=limit_s),
        ) as resp:
            text = await resp.text()
            return resp.status, (json.loads(text) if text else None), resp.headers


@pytest.fixture
async def gh() -> AsyncIterator[GitHubEmulator]:
    async with GitHubEmulator() as emulator:
        emulator.register_app(42, "qtreview", KEYS.public_pem)
        emulator.add_installation(7, "acme")
        emulator.add_repo("acme", "net", 7)
        emulator.add_pull("acme", "net", 5, head_sha="a" * 40, files={"src/conn.cpp": HEAD})
        yield emulator
        assert emulator.violations == []
        assert emulator.response_violations == []


@pytest.fixture
async def caller(gh: GitHubEmulator) -> AsyncIterator[Caller]:
    async with aiohttp.ClientSession() as session:
        c = Caller(gh, session)
        async with session.post(
            f"{gh.url}/app/installations/7/access_tokens",
            headers={"Authorization": f"Bearer {app_jwt(42, KEYS.private_pem)}"},
        ) as resp:
            assert resp.status == 201
            c.token = (await resp.json())["token"]
        yield c


def only(fault: Fault, **options: Any) -> FaultPlan:
    """Every matching request gets `fault`."""
    return FaultPlan(seed=1, rate=1.0, mix={fault: 1.0}, **options)


REVIEW = {
    "commit_id": "a" * 40,
    "event": "COMMENT",
    "body": "qtreview",
    "comments": [{"path": "src/conn.cpp", "line": 2, "side": "RIGHT", "body": "why"}],
}
REVIEWS = "/repos/acme/net/pulls/5/reviews"


def test_a_plan_is_a_function_of_its_seed_and_each_request_s_history() -> None:
    requests = [("GET", f"/repos/acme/net/pulls/{n % 7}", "", None) for n in range(400)]

    def fates(seed: int, order: list[tuple[str, str, str, None]]) -> dict[tuple[str, int], Any]:
        plan = FaultPlan(seed=seed, rate=0.25)
        seen: dict[str, int] = {}
        out = {}
        for method, path, query, body in order:
            nth = seen[path] = seen.get(path, -1) + 1
            out[(path, nth)] = plan.draw(method, path, query, body)
        return out

    first = fates(3, requests)
    assert fates(3, list(reversed(requests))) == first  # interleaving does not matter
    assert fates(4, requests) != first
    failed = sum(v is not None for v in first.values())
    assert 60 < failed < 140  # about a quarter of 400
    assert len({v[0] for v in first.values() if v is not None}) > 5  # a mix of kinds


def test_unprocessable_is_drawn_only_for_a_review_with_line_comments() -> None:
    plan = only(Fault.UNPROCESSABLE)
    assert plan.draw("POST", REVIEWS, "", REVIEW) == (Fault.UNPROCESSABLE, 422)
    no_comments = {**REVIEW, "comments": []}
    for method, body in (("POST", no_comments), ("GET", None)):
        drawn = plan.draw(method, REVIEWS, "", body)
        assert drawn is not None
        assert drawn[0] is Fault.ERROR_BEFORE


async def test_5xx_before_acting_changes_nothing(gh: GitHubEmulator, caller: Caller) -> None:
    gh.faults = only(Fault.ERROR_BEFORE, path="/reviews$")
    status, body, _ = await caller.call("POST", REVIEWS, REVIEW)
    assert status in (500, 502, 503)
    assert "message" in body
    assert gh.reviews == []
    assert gh.requests[-1].fault == "5xx-before"


async def test_5xx_after_acting_loses_only_the_answer(gh: GitHubEmulator, caller: Caller) -> None:
    gh.faults = only(Fault.ERROR_AFTER, path="/reviews$")
    status, _, _ = await caller.call("POST", REVIEWS, REVIEW)
    assert status == 502
    assert len(gh.reviews) == 1
    assert len(gh.review_comments) == 1
    gh.faults = None
    status, listed, _ = await caller.call("GET", REVIEWS)
    assert (status, [r["id"] for r in listed]) == (200, [gh.reviews[0].id])


@pytest.mark.parametrize(("fault", "acted"), [(Fault.RESET_BEFORE, 0), (Fault.RESET_AFTER, 1)])
async def test_a_reset_gives_no_answer(
    gh: GitHubEmulator, caller: Caller, fault: Fault, acted: int
) -> None:
    gh.faults = only(fault, path="/reviews$")
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await caller.call("POST", REVIEWS, REVIEW)
    assert len(gh.reviews) == acted
    assert (gh.requests[-1].status, gh.requests[-1].fault) == (0, fault.value)
    gh.faults = None
    assert (await caller.call("GET", "/repos/acme/net/pulls/5"))[0] == 200


async def test_a_hang_acts_at_once_and_answers_after_the_caller_gave_up(
    gh: GitHubEmulator, caller: Caller
) -> None:
    gh.faults = only(Fault.HANG, path="/reviews$", hang_s=0.6)
    with pytest.raises(asyncio.TimeoutError):
        await caller.call("POST", REVIEWS, REVIEW, limit_s=0.2)
    assert len(gh.reviews) == 1  # created although the caller saw nothing


async def test_a_hang_before_acting_ends_in_a_504(gh: GitHubEmulator, caller: Caller) -> None:
    gh.faults = only(Fault.HANG_BEFORE, path="/reviews$", hang_s=0.2)
    status, _, _ = await caller.call("POST", REVIEWS, REVIEW)
    assert status == 504
    assert gh.reviews == []


@pytest.mark.parametrize(
    ("fault", "retry_after"), [(Fault.SECONDARY, "9"), (Fault.SECONDARY_BARE, None)]
)
async def test_secondary_rate_limit_with_and_without_retry_after(
    gh: GitHubEmulator, caller: Caller, fault: Fault, retry_after: str | None
) -> None:
    gh.faults = only(fault, path="/reviews$", retry_after_s=9)
    status, body, headers = await caller.call("POST", REVIEWS, REVIEW)
    assert status == 403
    assert "secondary rate limit" in body["message"]
    assert headers.get("Retry-After") == retry_after
    assert gh.reviews == []


async def test_primary_quota_used_up_until_its_reset(gh: GitHubEmulator, caller: Caller) -> None:
    gh.faults = only(Fault.PRIMARY, path="/pulls/5$", reset_in_s=0.8)
    status, body, headers = await caller.call("GET", "/repos/acme/net/pulls/5")
    gh.faults = None
    assert (status, headers["X-RateLimit-Remaining"]) == (403, "0")
    assert "rate limit exceeded" in body["message"]
    # every request of the installation is refused until the reset, then a new window starts
    assert (await caller.call("GET", "/repos/acme/net/pulls/5/files"))[0] == 403
    await asyncio.sleep(1.0)
    status, _, headers = await caller.call("GET", "/repos/acme/net/pulls/5/files")
    assert (status, headers["X-RateLimit-Remaining"]) == (200, "4999")


async def test_422_refuses_the_review(gh: GitHubEmulator, caller: Caller) -> None:
    gh.faults = only(Fault.UNPROCESSABLE, path="/reviews$")
    status, body, _ = await caller.call("POST", REVIEWS, REVIEW)
    assert (status, body["errors"]) == (422, ["Line could not be resolved"])
    assert gh.reviews == []


async def test_max_hangs_bounds_the_time_faults_cost(gh: GitHubEmulator, caller: Caller) -> None:
    gh.faults = only(Fault.HANG_BEFORE, path="/pulls/5$", hang_s=0.1, max_hangs=1)
    statuses = [(await caller.call("GET", "/repos/acme/net/pulls/5"))[0] for _ in range(3)]
    assert statuses[0] == 504
    assert all(s in (500, 502, 503) for s in statuses[1:])
    assert gh.faults.injected == {Fault.HANG_BEFORE: 1, Fault.ERROR_BEFORE: 2}


async def test_check_runs_are_found_by_head_sha_name_and_external_id(
    gh: GitHubEmulator, caller: Caller
) -> None:
    made = []
    for external_id in ("job-1", "job-2"):
        status, run, _ = await caller.call(
            "POST",
            "/repos/acme/net/check-runs",
            {"name": "qtreview", "head_sha": "a" * 40, "external_id": external_id},
        )
        assert status == 201
        made.append(run["id"])
    base = "/repos/acme/net/commits/" + "a" * 40 + "/check-runs"
    status, latest, _ = await caller.call("GET", base + "?check_name=qtreview")
    assert (status, [r["id"] for r in latest["check_runs"]]) == (200, [made[1]])
    _, every, _ = await caller.call("GET", base + "?check_name=qtreview&filter=all")
    assert [(r["id"], r["external_id"]) for r in every["check_runs"]] == [
        (made[1], "job-2"),
        (made[0], "job-1"),
    ]
    status, one, _ = await caller.call("GET", f"/repos/acme/net/check-runs/{made[0]}")
    assert (status, one["external_id"], one["output"]["annotations_count"]) == (200, "job-1", 0)


async def test_issue_comments_are_listed_per_pull_request(
    gh: GitHubEmulator, caller: Caller
) -> None:
    gh.add_issue_comment("acme", "net", 5, "/qtreview help")
    status, _, _ = await caller.call("POST", "/repos/acme/net/issues/5/comments", {"body": "hi"})
    assert status == 201
    status, listed, _ = await caller.call("GET", "/repos/acme/net/issues/5/comments?per_page=1")
    assert (status, [c["body"] for c in listed]) == (200, ["/qtreview help"])
