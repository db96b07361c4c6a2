"""The GitHub emulator behaves like GitHub where the bot depends on it (tested over HTTP)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.support.github_emulator import GitHubEmulator, app_jwt, blob_sha, generate_keypair
from tests.support.github_emulator.keys import KeyPair
from tests.support.github_emulator.webhooks import adapt, load_payload, webhook

TIMEOUT = aiohttp.ClientTimeout(total=10)
KEYS = generate_keypair()
BASE = "int a;\nint b;\nint c;\nint d;\nint e;\nint f;\nint g;\nint h;\nint i;\nint j;\n"
HEAD = BASE.replace("int e;", "int E;") + "int k;\n"


class Client:
    """A tiny GitHub client: the emulator is only ever reached over HTTP."""

    def __init__(self, gh: GitHubEmulator, session: aiohttp.ClientSession) -> None:
        self.gh, self.session, self.token = gh, session, ""

    async def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        auth: bool = True,
    ) -> tuple[int, Any, Any]:
        hdrs = {"Authorization": f"token {self.token}"} if auth else {}
        hdrs.update(headers or {})
        url = path if path.startswith("http") else self.gh.url + path
        async with self.session.request(
            method, url, json=body, headers=hdrs, timeout=TIMEOUT
        ) as resp:
            text = await resp.text()
            return resp.status, (json.loads(text) if text else None), resp.headers


async def new_token(c: Client, keys: KeyPair = KEYS, installation: int = 7) -> tuple[int, Any]:
    jwt = app_jwt(42, keys.private_pem)
    status, body, _ = await c.call(
        "POST",
        f"/app/installations/{installation}/access_tokens",
        headers={"Authorization": f"Bearer {jwt}"},
        auth=False,
    )
    return status, body


@pytest.fixture
async def gh() -> AsyncIterator[GitHubEmulator]:
    async with GitHubEmulator() as emulator:
        emulator.register_app(42, "qtreview", KEYS.public_pem)
        emulator.add_installation(7, "acme")
        emulator.add_repo("acme", "net", 7)
        emulator.add_pull(
            "acme",
            "net",
            5,
            head_sha="a" * 40,
            base_sha="b" * 40,
            files={"src/conn.cpp": HEAD, "src/new.h": "#pragma once\nint x;\n"},
            base_files={"src/conn.cpp": BASE},
        )
        yield emulator
        assert emulator.response_violations == []


@pytest.fixture
async def client(gh: GitHubEmulator) -> AsyncIterator[Client]:
    async with aiohttp.ClientSession() as session:
        c = Client(gh, session)
        status, body = await new_token(c)
        assert status == 201
        c.token = body["token"]
        yield c


def review(line: int, **extra: Any) -> dict[str, Any]:
    comment = {"path": "src/conn.cpp", "line": line, "side": "RIGHT", "body": "why"}
    comment.update(extra)
    return {"commit_id": "a" * 40, "event": "COMMENT", "body": "qtreview", "comments": [comment]}


# ---------------------------------------------------------------- tokens


async def test_token_flow_issues_opaque_tokens_with_expiry(gh: GitHubEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        c = Client(gh, session)
        tokens = [await new_token(c) for _ in range(6)]
    assert all(status == 201 for status, _ in tokens)
    values = [body["token"] for _, body in tokens]
    assert len(set(values)) == 6
    assert len({len(v) for v in values}) > 1  # clients must not assume a token length
    assert tokens[0][1]["expires_at"].endswith("Z")


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        ({"exp": -5, "iat": -300}, "'Expiration time'"),
        ({"exp": 1200}, "too far in the future"),
        ({"iat": 600, "exp": 590}, "'Issued at'"),
    ],
)
async def test_token_rejects_bad_jwt_claims(
    gh: GitHubEmulator, claims: dict[str, int], message: str
) -> None:
    """`claims` are seconds from now, taken when the test runs (not when it is collected: a long
    suite would otherwise turn "too far in the future" into the past)."""
    now = int(time.time())
    at = {k: now + v for k, v in claims.items()}
    async with aiohttp.ClientSession() as session:
        c = Client(gh, session)
        jwt = app_jwt(42, KEYS.private_pem, iat=at.get("iat"), exp=at.get("exp"))
        status, body, _ = await c.call(
            "POST",
            "/app/installations/7/access_tokens",
            headers={"Authorization": f"Bearer {jwt}"},
            auth=False,
        )
    assert status == 401
    assert message in body["message"]
    assert gh.tokens == {}


async def test_get_app_tells_the_app_its_slug_with_its_jwt_only(gh: GitHubEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        c = Client(gh, session)
        jwt = app_jwt(42, KEYS.private_pem)
        status, body, _ = await c.call(
            "GET", "/app", headers={"Authorization": f"Bearer {jwt}"}, auth=False
        )
        assert status == 200
        assert (body["id"], body["slug"], body["installations_count"]) == (42, "qtreview", 1)
        _, token = await new_token(c)
        c.token = token["token"]
        status, _, _ = await c.call("GET", "/app")  # an installation token is not the App
        assert status == 401
        status, _, _ = await c.call("GET", "/app", auth=False)
        assert status == 401
    assert gh.violations == []


async def test_token_rejects_jwt_signed_with_another_key(gh: GitHubEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        c = Client(gh, session)
        status, body = await new_token(c, keys=generate_keypair())
        assert status == 401
        assert body["message"] == "A JSON web token could not be decoded"
        status, _, _ = await c.call(
            "POST", "/app/installations/7/access_tokens", auth=False, headers={}
        )
        assert status == 401
        status, _ = await new_token(c, installation=999)
        assert status == 404


async def test_expired_or_unknown_token_is_401_and_foreign_repo_404(
    gh: GitHubEmulator, client: Client
) -> None:
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 200
    gh.add_installation(8, "other")
    gh.add_repo("other", "lib", 8)
    assert (await client.call("GET", "/repos/other/lib/pulls/1"))[0] == 404
    assert (await client.call("GET", "/repos/acme/net/pulls/5", auth=False))[0] == 404
    gh.expire_tokens()
    status, body, _ = await client.call("GET", "/repos/acme/net/pulls/5")
    assert (status, body["message"]) == (401, "Bad credentials")


async def test_token_lifetime_is_settable(gh: GitHubEmulator, client: Client) -> None:
    gh.token_lifetime = 0.3
    status, body = await new_token(client)
    assert status == 201
    client.token = body["token"]
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 200
    await asyncio.sleep(0.4)
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 401


# ---------------------------------------------------------------- pulls, files, pagination


async def test_pull_and_files_shapes(gh: GitHubEmulator, client: Client) -> None:
    status, pull, _ = await client.call("GET", "/repos/acme/net/pulls/5")
    assert status == 200
    assert pull["head"]["sha"] == "a" * 40
    assert pull["base"]["repo"]["full_name"] == "acme/net"
    status, files, _ = await client.call("GET", "/repos/acme/net/pulls/5/files")
    by_name = {f["filename"]: f for f in files}
    assert by_name["src/conn.cpp"]["status"] == "modified"
    assert by_name["src/conn.cpp"]["sha"] == blob_sha(HEAD.encode())
    assert by_name["src/new.h"]["status"] == "added"
    assert "+int k;" in by_name["src/conn.cpp"]["patch"]
    assert (await client.call("GET", "/repos/acme/net/pulls/6"))[0] == 404


async def test_files_pagination_follows_link_header(gh: GitHubEmulator, client: Client) -> None:
    files = {f"src/f{i:02}.cpp": f"int v{i};\n" for i in range(7)}
    files["big.cpp"] = ("int big;\n", None)  # type: ignore[assignment]
    gh.add_pull("acme", "net", 9, files=files)
    seen: list[str] = []
    url: str | None = "/repos/acme/net/pulls/9/files?per_page=3"
    for _ in range(10):
        if url is None:
            break
        status, page, headers = await client.call("GET", url)
        assert status == 200
        assert len(page) <= 3
        seen += [f["filename"] for f in page]
        links = {
            part.split(";")[1].strip(): part.split(";")[0].strip(" <>")
            for part in headers.get("Link", "").split(",")
            if part
        }
        url = links.get('rel="next"')
    assert sorted(seen) == sorted(files)
    status, page, headers = await client.call("GET", "/repos/acme/net/pulls/9/files?per_page=3")
    assert 'rel="last"' in headers["Link"]
    assert "page=3" in headers["Link"]
    big = next(f for f in page if f["filename"] == "big.cpp")
    assert "patch" not in big


async def test_etag_gives_304_and_rate_limit_headers(client: Client) -> None:
    status, _, headers = await client.call("GET", "/repos/acme/net/pulls/5")
    assert status == 200
    for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
        assert name in headers
    remaining = int(headers["X-RateLimit-Remaining"])
    status, body, again = await client.call(
        "GET", "/repos/acme/net/pulls/5", headers={"If-None-Match": headers["ETag"]}
    )
    assert (status, body) == (304, None)
    assert int(again["X-RateLimit-Remaining"]) == remaining  # conditional hits are free
    status, _, _ = await client.call(
        "GET", "/repos/acme/net/pulls/5", headers={"If-None-Match": 'W/"stale"'}
    )
    assert status == 200


# ---------------------------------------------------------------- reviews


async def test_review_on_diff_lines_is_stored_with_github_fields(
    gh: GitHubEmulator, client: Client
) -> None:
    status, body, _ = await client.call(
        "POST", "/repos/acme/net/pulls/5/reviews", review(11, start_line=9, start_side="RIGHT")
    )
    assert status == 200, body
    assert body["state"] == "COMMENTED"
    (comment,) = gh.review_comments
    assert (comment.path, comment.line, comment.start_line) == ("src/conn.cpp", 11, 9)
    status, listed, _ = await client.call("GET", "/repos/acme/net/pulls/5/comments")
    (c,) = listed
    assert c["user"]["login"] == "qtreview[bot]"
    assert c["user"]["type"] == "Bot"
    assert c["line"] == c["original_line"] == 11
    assert c["commit_id"] == "a" * 40
    assert c["pull_request_review_id"] == body["id"]
    assert c["diff_hunk"].endswith("+int k;")
    status, of_review, _ = await client.call(
        "GET", f"/repos/acme/net/pulls/5/reviews/{body['id']}/comments"
    )
    assert [x["id"] for x in of_review] == [c["id"]]
    assert gh.violations == []


@pytest.mark.parametrize(
    "bad",
    [
        review(1),  # unchanged line far from any hunk
        review(2, side="LEFT") | {"comments": [{"path": "nope.cpp", "line": 1, "body": "x"}]},
        review(11, start_line=1),  # start outside the hunk
    ],
)
async def test_review_with_unresolvable_line_is_422_and_nothing_stored(
    gh: GitHubEmulator, client: Client, bad: dict[str, Any]
) -> None:
    status, body, _ = await client.call("POST", "/repos/acme/net/pulls/5/reviews", bad)
    assert status == 422
    assert body["message"] == "Unprocessable Entity"
    assert isinstance(body["errors"], list)
    assert isinstance(body["errors"][0], str)
    assert gh.reviews == []
    assert gh.review_comments == []
    assert gh.violations == []  # schema-valid, just not placeable


async def test_bodies_past_githubs_limit_are_422(gh: GitHubEmulator, client: Client) -> None:
    long = "x" * 65537
    status, body, _ = await client.call(
        "POST", "/repos/acme/net/pulls/5/reviews", review(11) | {"body": long}
    )
    assert status == 422
    assert body["errors"] == ["body is too long (maximum is 65536 characters)"]
    too_long_comment = review(11)
    too_long_comment["comments"][0]["body"] = long
    assert (await client.call("POST", "/repos/acme/net/pulls/5/reviews", too_long_comment))[
        0
    ] == 422
    status, _, _ = await client.call("POST", "/repos/acme/net/issues/5/comments", {"body": long})
    assert status == 422
    assert gh.reviews == []
    assert gh.issue_comments == []
    fits = review(11) | {"body": "x" * 65536}
    assert (await client.call("POST", "/repos/acme/net/pulls/5/reviews", fits))[0] == 200
    assert gh.violations == []


async def test_reject_line_switch(gh: GitHubEmulator, client: Client) -> None:
    gh.reject_line("src/conn.cpp", 5)
    status, body, _ = await client.call("POST", "/repos/acme/net/pulls/5/reviews", review(5))
    assert (status, body["errors"]) == (422, ["Line could not be resolved"])
    assert (await client.call("POST", "/repos/acme/net/pulls/5/reviews", review(6)))[0] == 200


async def test_replies_edits_deletes_and_threads(gh: GitHubEmulator, client: Client) -> None:
    await client.call("POST", "/repos/acme/net/pulls/5/reviews", review(5))
    top = gh.review_comments[0]
    status, reply, headers = await client.call(
        "POST", f"/repos/acme/net/pulls/5/comments/{top.id}/replies", {"body": "fixed?"}
    )
    assert status == 201
    assert reply["in_reply_to_id"] == top.id
    assert headers["Location"].endswith(f"/pulls/comments/{reply['id']}")
    status, edited, _ = await client.call(
        "PATCH", f"/repos/acme/net/pulls/comments/{top.id}", {"body": "edited"}
    )
    assert (status, edited["body"]) == (200, "edited")
    human = gh.add_reply(top.id, "done", user="alice")
    status, _, _ = await client.call(
        "PATCH", f"/repos/acme/net/pulls/comments/{human.id}", {"body": "mine now"}
    )
    assert status == 403
    assert len(gh.thread_of(top.id).comment_ids) == 3
    status, _, _ = await client.call("DELETE", f"/repos/acme/net/pulls/comments/{reply['id']}")
    assert status == 204
    assert (await client.call("DELETE", f"/repos/acme/net/pulls/comments/{reply['id']}"))[0] == 404


async def test_graphql_lists_and_resolves_threads(gh: GitHubEmulator, client: Client) -> None:
    await client.call("POST", "/repos/acme/net/pulls/5/reviews", review(5))
    query = """query($owner: String!, $name: String!, $number: Int!) {
      repository(owner: $owner, name: $name) { pullRequest(number: $number) {
        reviewThreads(first: 100) { nodes { id isResolved
          comments(first: 50) { nodes { databaseId author { login } body } } } } } } }"""
    variables = {"owner": "acme", "name": "net", "number": 5}
    status, body, _ = await client.call(
        "POST", "/graphql", {"query": query, "variables": variables}
    )
    (thread,) = body["data"]["repository"]["pullRequest"]["reviewThreads"]["nodes"]
    assert thread["isResolved"] is False
    assert thread["comments"]["nodes"][0]["author"]["login"] == "qtreview"  # no [bot] in GraphQL
    mutation = """mutation($id: ID!) { resolveReviewThread(input: {threadId: $id}) {
      thread { id isResolved } } }"""
    status, body, _ = await client.call(
        "POST", "/graphql", {"query": mutation, "variables": {"id": thread["id"]}}
    )
    assert body["data"]["resolveReviewThread"]["thread"]["isResolved"] is True
    assert gh.resolved_threads == [thread["id"]]
    status, body, _ = await client.call(
        "POST", "/graphql", {"query": mutation, "variables": {"id": "PRRT_nope"}}
    )
    assert status == 200
    assert body["errors"][0]["type"] == "NOT_FOUND"


async def test_push_outdates_comments_on_changed_files(gh: GitHubEmulator, client: Client) -> None:
    await client.call("POST", "/repos/acme/net/pulls/5/reviews", review(5))
    gh.push(
        "acme",
        "net",
        5,
        head_sha="c" * 40,
        files={"src/conn.cpp": HEAD + "int z;\n"},
        base_files={"src/conn.cpp": BASE},
    )
    _, listed, _ = await client.call("GET", "/repos/acme/net/pulls/5/comments")
    assert listed[0].get("line") is None
    assert listed[0]["original_line"] == 5
    _, pull, _ = await client.call("GET", "/repos/acme/net/pulls/5")
    assert pull["head"]["sha"] == "c" * 40


# ---------------------------------------------------------------- schema validation


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/repos/acme/net/pulls/5/reviews", {"event": "SHOUT", "body": "x"}),
        ("POST", "/repos/acme/net/pulls/5/reviews", {"comments": [{"path": "a", "line": 1}]}),
        ("POST", "/repos/acme/net/issues/5/comments", {"text": "no body field"}),
        ("POST", "/repos/acme/net/issues/comments/1/reactions", {"content": "thumbsup"}),
        ("POST", "/repos/acme/net/check-runs", {"name": "qt"}),
        ("GET", "/repos/acme/net/pulls/five", None),
        ("GET", "/repos/acme/net/pulls/5/files?per_page=many", None),
    ],
)
async def test_requests_breaking_the_spec_are_422_and_recorded(
    gh: GitHubEmulator, client: Client, method: str, path: str, body: Any
) -> None:
    status, answer, _ = await client.call(method, path, body)
    assert status == 422
    assert answer["message"].startswith("Invalid request.")
    assert len(gh.violations) >= 1
    assert path.split("?")[0] in gh.violations[0]
    assert gh.reviews == []
    assert gh.issue_comments == []
    assert gh.check_runs == []


async def test_unknown_operation_is_404_and_recorded(gh: GitHubEmulator, client: Client) -> None:
    status, _, _ = await client.call("POST", "/repos/acme/net/pulls/5/merge", {})
    assert status == 404
    assert "no such operation" in gh.violations[0]


async def test_check_runs_annotations_limit_and_append(gh: GitHubEmulator, client: Client) -> None:
    def ann(n: int) -> list[dict[str, Any]]:
        return [
            {
                "path": "src/conn.cpp",
                "start_line": 1,
                "end_line": 1,
                "annotation_level": "warning",
                "message": f"m{i}",
            }
            for i in range(n)
        ]

    output = {"title": "qtreview", "summary": "s", "annotations": ann(51)}
    created = {"name": "qtreview", "head_sha": "a" * 40, "output": output}
    status, _, _ = await client.call("POST", "/repos/acme/net/check-runs", created)
    assert status == 422
    assert gh.check_runs == []
    gh.violations.clear()
    created["output"] = {"title": "qtreview", "summary": "s", "annotations": ann(50)}
    status, run, _ = await client.call("POST", "/repos/acme/net/check-runs", created)
    assert status == 201
    assert run["pull_requests"][0]["number"] == 5
    update = {
        "conclusion": "neutral",
        "output": {"title": "t", "summary": "s", "annotations": ann(3)},
    }
    status, run, _ = await client.call("PATCH", f"/repos/acme/net/check-runs/{run['id']}", update)
    assert (status, run["status"], run["output"]["annotations_count"]) == (200, "completed", 53)
    unknown = {"name": "qtreview", "head_sha": "f" * 40}
    assert (await client.call("POST", "/repos/acme/net/check-runs", unknown))[0] == 422
    assert gh.violations == []


# ---------------------------------------------------------------- contents, blobs, permissions


async def test_contents_and_blobs(gh: GitHubEmulator, client: Client) -> None:
    gh.add_repo("acme", ".github", 7)
    gh.set_contents("acme", ".github", ".github/qtreview.yml", "min_confidence: 0.5\n")
    status, body, _ = await client.call("GET", "/repos/acme/.github/contents/.github/qtreview.yml")
    assert status == 200
    assert base64.b64decode(body["content"]) == b"min_confidence: 0.5\n"
    status, _, _ = await client.call("GET", "/repos/acme/net/contents/.github/qtreview.yml")
    assert status == 404
    status, body, _ = await client.call(
        "GET", f"/repos/acme/net/contents/src/conn.cpp?ref={'a' * 40}"
    )
    assert base64.b64decode(body["content"]).decode() == HEAD
    sha = blob_sha(HEAD.encode())
    assert sha == hashlib.sha1(b"blob %d\0" % len(HEAD) + HEAD.encode()).hexdigest()
    status, blob, _ = await client.call("GET", f"/repos/acme/net/git/blobs/{sha}")
    assert status == 200
    assert base64.b64decode(blob["content"]).decode() == HEAD
    assert (await client.call("GET", f"/repos/acme/net/git/blobs/{'0' * 40}"))[0] == 404


async def test_permissions_and_non_collaborators(gh: GitHubEmulator, client: Client) -> None:
    gh.set_permission("acme", "net", "alice", "maintain")
    status, body, _ = await client.call("GET", "/repos/acme/net/collaborators/alice/permission")
    assert (status, body["permission"], body["role_name"]) == (200, "write", "maintain")
    status, _, _ = await client.call("GET", "/repos/acme/net/collaborators/mallory/permission")
    assert status == 404


async def test_issue_comments_and_reactions(gh: GitHubEmulator, client: Client) -> None:
    human = gh.add_issue_comment("acme", "net", 5, "@qtreview recheck", user="alice")
    path = f"/repos/acme/net/issues/comments/{human.id}/reactions"
    assert (await client.call("POST", path, {"content": "eyes"}))[0] == 201
    assert (await client.call("POST", path, {"content": "eyes"}))[0] == 200
    assert len(gh.reactions) == 1
    status, _, _ = await client.call("POST", "/repos/acme/net/issues/5/comments", {"body": "hi"})
    assert status == 201
    status, listed, _ = await client.call("GET", "/repos/acme/net/issues/5/comments")
    assert [c["body"] for c in listed] == ["@qtreview recheck", "hi"]
    assert (await client.call("POST", "/repos/acme/net/issues/99/comments", {"body": "x"}))[
        0
    ] == 404


# ---------------------------------------------------------------- failure injection


async def test_fail_switch_serves_status_and_headers_then_recovers(
    gh: GitHubEmulator, client: Client
) -> None:
    gh.fail("GET", r"/pulls/5$", 503, times=2)
    gh.fail("POST", r"/reviews$", 403, headers={"Retry-After": "7"})
    reset = str(int(time.time()) + 30)
    gh.fail(
        "*", r"/files$", 429, headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}
    )
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 503
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 503
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 200
    status, body, headers = await client.call("POST", "/repos/acme/net/pulls/5/reviews", review(5))
    assert (status, headers["Retry-After"]) == (403, "7")
    assert "secondary rate" in body["message"]
    status, _, headers = await client.call("GET", "/repos/acme/net/pulls/5/files")
    assert (status, headers["X-RateLimit-Remaining"], headers["X-RateLimit-Reset"]) == (
        429,
        "0",
        reset,
    )
    assert gh.reviews == []
    assert [r.status for r in gh.requests[-5:]] == [503, 503, 200, 403, 429]


async def test_delay_switch_makes_a_request_hang(gh: GitHubEmulator, client: Client) -> None:
    gh.delay(r"/pulls/5$", 2.0)
    with pytest.raises(asyncio.TimeoutError):
        async with client.session.get(
            f"{gh.url}/repos/acme/net/pulls/5",
            headers={"Authorization": f"token {client.token}"},
            timeout=aiohttp.ClientTimeout(total=0.3),
        ):
            pass
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 200


async def test_rate_limit_exhaustion(gh: GitHubEmulator, client: Client) -> None:
    gh.set_rate_limit(1, reset_in=60)
    assert (await client.call("GET", "/repos/acme/net/pulls/5"))[0] == 200
    status, body, headers = await client.call("GET", "/repos/acme/net/pulls/5")
    assert (status, headers["X-RateLimit-Remaining"]) == (403, "0")
    assert "rate limit exceeded" in body["message"]


# ---------------------------------------------------------------- webhooks


def test_webhook_is_adapted_and_signed_like_github() -> None:
    headers, body = webhook(
        "issue_comment.created",
        "s3cret",
        owner="acme",
        repo="net",
        number=5,
        installation_id=7,
        comment_id=123,
        comment_body="@qtreview recheck",
        commenter="alice",
    )
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert headers["X-Hub-Signature-256"] == expected
    assert headers["X-GitHub-Event"] == "issue_comment"
    assert len(headers["X-GitHub-Delivery"]) == 36
    payload = json.loads(body)
    assert payload["repository"]["full_name"] == "acme/net"
    assert payload["issue"]["number"] == 5
    assert "pull_request" in payload["issue"]
    assert payload["comment"]["user"]["login"] == payload["sender"]["login"] == "alice"
    assert payload["installation"]["id"] == 7
    assert "acme/net" in payload["issue"]["pull_request"]["url"]


def test_adapt_pull_request_fields_leave_the_original_alone() -> None:
    original = load_payload("pull_request.synchronize")
    adapted = adapt(original, owner="acme", repo="net", number=5, head_sha="a" * 40)
    pr = adapted["pull_request"]
    assert (adapted["number"], pr["number"], pr["head"]["sha"]) == (5, 5, "a" * 40)
    assert adapted["after"] == "a" * 40
    assert pr["base"]["repo"]["full_name"] == "acme/net"
    assert pr["url"].endswith("/acme/net/pulls/5")
    assert original["pull_request"]["number"] == 2
