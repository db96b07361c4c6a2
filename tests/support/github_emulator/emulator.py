"""The GitHub emulator: an aiohttp server on 127.0.0.1 with state and failure switches.

See the package docstring (`tests/github_emulator/__init__.py`) for the API tests use.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import re
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import urlencode

import jwt
from aiohttp import web

from . import graphql, spec
from .diff import ParsedPatch
from .faults import Fault, FaultPlan
from .objects import Renderer
from .state import (
    App,
    CheckRun,
    FileSpec,
    Ids,
    Installation,
    IssueComment,
    Pull,
    PullFile,
    Reaction,
    Repo,
    RequestRecord,
    Review,
    ReviewComment,
    Thread,
    Token,
    as_bytes,
    blob_sha,
    make_file,
    node_id,
)

DOCS = "https://docs.github.com/rest"
JWT_MAX_LIFETIME_S = 600  # GitHub: exp no more than 10 minutes into the future
JWT_CLOCK_DRIFT_S = 60  # tolerated for iat in the future (GitHub suggests iat = now - 60)
MAX_BODY_CHARS = 65536  # GitHub: review, review comment and issue comment bodies
MAX_LISTED_FILES = 3000  # GitHub: "Responses include a maximum of 3000 files" (pulls/list-files)
_REASONS = {
    400: "Bad Request",
    401: "Bad credentials",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "We couldn't respond to your request in time. Sorry about that.",
}
SECONDARY_LIMIT_MESSAGE = (
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
    "If you reach out to GitHub Support for help, please include the request ID."
)
_DEFAULT_PERMISSIONS = {
    "checks": "write",
    "contents": "read",
    "issues": "write",
    "metadata": "read",
    "pull_requests": "write",
    "members": "read",
}


def now_iso(at: float | None = None) -> str:
    moment = datetime.fromtimestamp(time.time() if at is None else at, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _merge(headers: dict[str, str], extra: Mapping[str, str]) -> None:
    """`headers.update(extra)`, header names compared case-insensitively."""
    for name, value in extra.items():
        for old in [k for k in headers if k.lower() == name.lower()]:
            del headers[old]
        headers[name] = value


def _within_limit(resource: str, text: Any, *, simple: bool = False) -> None:
    """GitHub's 422 for a body longer than it stores; `simple`: the operation's documented 422
    carries plain strings in `errors` (create-review), else GitHub's error objects."""
    if isinstance(text, str) and len(text) > MAX_BODY_CHARS:
        said = f"body is too long (maximum is {MAX_BODY_CHARS} characters)"
        error: Any = (
            said
            if simple
            else {"resource": resource, "code": "custom", "field": "body", "message": said}
        )
        raise ApiError(422, "Validation Failed", errors=[error])


class ApiError(Exception):
    """An error response in GitHub's shape (`message`, `documentation_url`, optional `errors`)."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        *,
        errors: list[Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message or _REASONS.get(status, "Error"))
        self.status = status
        self.message = message or _REASONS.get(status, "Error")
        self.errors = errors
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message, "documentation_url": DOCS}
        if self.errors is not None:
            out["errors"] = self.errors
        out["status"] = str(self.status)
        return out


@dataclass
class _Failure:
    method: str
    pattern: re.Pattern[str]
    status: int
    times: int | None
    headers: dict[str, str]
    body: Any


@dataclass
class _Delay:
    method: str
    pattern: re.Pattern[str]
    seconds: float
    times: int | None


@dataclass
class _Context:
    """What a handler gets: the matched operation's typed parameters, body and caller."""

    request: web.Request
    params: dict[str, Any]
    query: Mapping[str, str]
    body: Any
    installation: Installation | None = None
    token: Token | None = None
    repo: Repo | None = None
    headers: dict[str, str] = field(default_factory=dict)


_Handler = Callable[[_Context], Awaitable[tuple[int, Any]]]


class GitHubEmulator:
    """GitHub's REST API (the operations in tests/data/github/openapi-subset.json) plus GraphQL
    review threads, with state tests set up and inspect. Use as `async with GitHubEmulator() as gh`.
    """

    def __init__(self, *, validate_responses: bool = True) -> None:
        self.validate_responses = validate_responses
        self.url = ""
        self.ids = Ids()
        self.apps: dict[int, App] = {}
        self.installations: dict[int, Installation] = {}
        self.repos: dict[str, Repo] = {}  # "owner/name" lower case
        self.pulls: dict[tuple[str, int], Pull] = {}
        self.tokens: dict[str, Token] = {}
        self.token_lifetime: float = 3600.0
        self.reviews: list[Review] = []
        self.review_comments: list[ReviewComment] = []
        self.threads: dict[str, Thread] = {}
        self.issue_comments: list[IssueComment] = []
        self.reactions: list[Reaction] = []
        self.check_runs: list[CheckRun] = []
        self.requests: list[RequestRecord] = []
        self.violations: list[str] = []
        self.response_violations: list[str] = []
        self.rate_limit = 5000
        self._rate_used: dict[int, int] = {}
        self._rate_reset = time.time() + 3600
        self._rate_resets: dict[int, float] = {}
        self.faults: FaultPlan | None = None
        self._closing = asyncio.Event()
        """Seeded faults for every request (`faults.FaultPlan`); None: none."""
        self._failures: list[_Failure] = []
        self._delays: list[_Delay] = []
        self._rejected_lines: set[tuple[str, int]] = set()
        self._runner: web.AppRunner | None = None
        self._render = Renderer("http://127.0.0.1")
        self._handlers: dict[str, _Handler] = {
            "apps/create-installation-access-token": self._create_token,
            "apps/get-authenticated": self._get_app,
            "pulls/get": self._get_pull,
            "pulls/list-files": self._list_files,
            "pulls/list-review-comments": self._list_review_comments,
            "pulls/create-review": self._create_review,
            "pulls/list-reviews": self._list_reviews,
            "pulls/list-comments-for-review": self._list_comments_for_review,
            "pulls/create-reply-for-review-comment": self._create_reply,
            "pulls/update-review-comment": self._update_review_comment,
            "pulls/delete-review-comment": self._delete_review_comment,
            "repos/get-content": self._get_content,
            "git/get-blob": self._get_blob,
            "checks/create": self._create_check_run,
            "checks/update": self._update_check_run,
            "checks/get": self._get_check_run,
            "checks/list-for-ref": self._list_check_runs_for_ref,
            "issues/list-comments": self._list_issue_comments,
            "issues/create-comment": self._create_issue_comment,
            "reactions/create-for-issue-comment": self._create_reaction,
            "repos/get-collaborator-permission-level": self._get_permission,
        }

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> GitHubEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        self._render = Renderer(self.url)

    async def close(self) -> None:
        self._closing.set()  # hangs end now: nothing is left pending after the test
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _hang(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # ------------------------------------------------------------------ state API

    def register_app(
        self, app_id: int, slug: str, public_key_pem: bytes | str, name: str | None = None
    ) -> App:
        app = App(app_id, slug, as_bytes(public_key_pem), name or slug)
        self.apps[app_id] = app
        return app

    @property
    def app(self) -> App:
        """The registered app (tests almost always have exactly one)."""
        if len(self.apps) != 1:
            raise RuntimeError(f"{len(self.apps)} apps registered; use gh.apps[id]")
        return next(iter(self.apps.values()))

    @property
    def bot_login(self) -> str:
        return self.app.bot_login

    def add_installation(
        self,
        installation_id: int,
        account: str,
        *,
        account_type: str = "Organization",
        app_id: int | None = None,
        permissions: Mapping[str, str] | None = None,
    ) -> Installation:
        inst = Installation(
            id=installation_id,
            account=account,
            account_type=account_type,
            app_id=app_id if app_id is not None else self.app.id,
            permissions=dict(permissions or _DEFAULT_PERMISSIONS),
        )
        self.installations[installation_id] = inst
        return inst

    def add_repo(
        self,
        owner: str,
        name: str,
        installation_id: int,
        default_branch: str = "main",
        *,
        private: bool = True,
    ) -> Repo:
        inst = self.installations[installation_id]
        repo = Repo(
            id=self.ids.next("repo"),
            owner=owner,
            name=name,
            installation_id=installation_id,
            default_branch=default_branch,
            private=private,
            owner_type=inst.account_type if inst.account.lower() == owner.lower() else "User",
        )
        self.repos[repo.full_name.lower()] = repo
        return repo

    def repo(self, owner: str, name: str) -> Repo:
        return self.repos[f"{owner}/{name}".lower()]

    def set_contents(
        self, owner: str, repo: str, path: str, content: str | bytes | None, ref: str | None = None
    ) -> None:
        """Make `GET contents/{path}?ref=` answer `content` (None: remove). ref None: default
        branch, which is also what a request without `ref` reads."""
        r = self.repo(owner, repo)
        key = (path, ref or r.default_branch)
        if content is None:
            r.contents.pop(key, None)
            return
        data = as_bytes(content)
        r.contents[key] = data
        r.blobs[blob_sha(data)] = data
        if ref is not None and re.fullmatch(r"[0-9a-f]{40}", ref):
            r.commits.add(ref)

    set_file_at_ref = set_contents

    def set_permission(self, owner: str, repo: str, user: str, permission: str | None) -> None:
        """admin, maintain, write, triage or read; None removes the collaborator (then 404)."""
        perms = self.repo(owner, repo).permissions
        if permission is None:
            perms.pop(user.lower(), None)
        else:
            perms[user.lower()] = permission

    def add_pull(
        self,
        owner: str,
        repo: str,
        number: int,
        *,
        files: Mapping[str, FileSpec],
        head_sha: str | None = None,
        base_sha: str | None = None,
        author: str = "octocat",
        base_files: Mapping[str, str | bytes] | None = None,
        head_ref: str = "feature",
        title: str = "Update networking code",
        body: str = "",
        draft: bool = False,
        state: str = "open",
    ) -> Pull:
        """A pull request. `files` maps path to: new content (patch computed against `base_files`,
        `added` if absent there); `(content, patch)` with an explicit patch, `patch=None`
        emulating GitHub omitting it for large diffs and `content=None` a removed file; or a
        `PullFile`. Head files become readable via contents at `head_sha`/`head_ref` and as
        blobs; `base_files` at `base_sha` and the default branch."""
        r = self.repo(owner, repo)
        base = {p: as_bytes(c) for p, c in (base_files or {}).items()}
        head_sha = head_sha or secrets.token_hex(20)
        base_sha = base_sha or secrets.token_hex(20)
        pull = Pull(
            id=self.ids.next("pull"),
            number=number,
            repo=r,
            head_sha=head_sha,
            base_sha=base_sha,
            head_ref=head_ref,
            base_ref=r.default_branch,
            author=author,
            title=title,
            body=body,
            state=state,
            draft=draft,
            files={},
        )
        for path, content in base.items():
            self.set_contents(owner, repo, path, content, base_sha)
            self.set_contents(owner, repo, path, content)
        r.commits.add(base_sha)
        r.issues.add(number)
        self.pulls[(r.full_name.lower(), number)] = pull
        self._set_head(pull, head_sha, {p: make_file(p, s, base.get(p)) for p, s in files.items()})
        return pull

    def pull(self, owner: str, repo: str, number: int) -> Pull:
        return self.pulls[(f"{owner}/{repo}".lower(), number)]

    def close_pull(self, owner: str, repo: str, number: int, *, merged: bool = False) -> Pull:
        """The pull request is closed (or merged, which closes it too)."""
        pull = self.pull(owner, repo, number)
        pull.state = "closed"
        pull.merged = merged
        return pull

    def push(
        self,
        owner: str,
        repo: str,
        number: int,
        *,
        files: Mapping[str, FileSpec],
        head_sha: str | None = None,
        base_files: Mapping[str, str | bytes] | None = None,
    ) -> Pull:
        """A new head for the pull request: `files` is its full new file list (as `add_pull`).
        Review comments on files whose content changed become outdated (`line` null, as GitHub
        does when it cannot carry a comment forward); the others keep their line."""
        pull = self.pull(owner, repo, number)
        base = {p: as_bytes(c) for p, c in (base_files or {}).items()}
        new_files = {p: make_file(p, s, base.get(p)) for p, s in files.items()}
        self._set_head(pull, head_sha or secrets.token_hex(20), new_files)
        for c in self.review_comments:
            if c.pull is not pull or c.line is None:
                continue
            f = new_files.get(c.path)
            parsed = f.parsed() if f is not None else None
            old = pull.snapshots[c.commit_id].get(c.path)
            if (
                f is None
                or old is None
                or f.sha != old.sha
                or parsed is None
                or parsed.hunk_for(c.line, c.side) is None
            ):
                c.line = None
                c.position = None
            else:
                c.position = parsed.position(c.line, c.side)
                c.commit_id = pull.head_sha
        return pull

    def _set_head(self, pull: Pull, head_sha: str, files: dict[str, PullFile]) -> None:
        r = pull.repo
        pull.head_sha = head_sha
        pull.files = files
        pull.snapshots[head_sha] = files
        r.commits.add(head_sha)
        for f in files.values():
            if f.content is not None:
                r.contents[(f.filename, head_sha)] = f.content
                r.contents[(f.filename, pull.head_ref)] = f.content
                r.blobs[f.sha] = f.content

    def add_issue_comment(
        self,
        owner: str,
        repo: str,
        issue_number: int,
        body: str,
        user: str = "octocat",
        user_type: str = "User",
    ) -> IssueComment:
        """A comment somebody else wrote (e.g. a command), so reactions to its id resolve."""
        r = self.repo(owner, repo)
        r.issues.add(issue_number)
        stamp = now_iso()
        c = IssueComment(
            self.ids.next("issue_comment"), r, issue_number, user, user_type, body, stamp, stamp
        )
        self.issue_comments.append(c)
        return c

    def add_reply(self, comment_id: int, body: str, user: str = "octocat") -> ReviewComment:
        """A human's reply in the thread of review comment `comment_id`."""
        top = self._review_comment(comment_id)
        return self._reply(top, body, user)

    def expire_tokens(self) -> None:
        """Every installation token issued so far expires now."""
        for tok in self.tokens.values():
            tok.expires_at = time.time() - 1

    def set_rate_limit(self, remaining: int, reset_in: float = 3600.0) -> None:
        """Every installation has `remaining` core requests left until `reset_in` seconds from
        now; at 0 requests get GitHub's 403 "API rate limit exceeded"."""
        self._rate_used = {i: self.rate_limit - remaining for i in self.installations}
        self._rate_default_used = self.rate_limit - remaining
        self._rate_reset = time.time() + reset_in
        self._rate_resets = dict.fromkeys(self.installations, self._rate_reset)

    _rate_default_used = 0

    # inspection helpers

    @property
    def resolved_threads(self) -> list[str]:
        return [t.id for t in self.threads.values() if t.is_resolved]

    def thread_of(self, comment_id: int) -> Thread:
        return self.threads[self._review_comment(comment_id).thread_id]

    # ------------------------------------------------------------------ failure switches

    def fail(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        times: int | None = 1,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
    ) -> None:
        """The next `times` requests (None: all) matching method ("*": any) and `path_regex`
        (re.search on the path) get `status` with GitHub's error body and `headers`."""
        self._failures.append(
            _Failure(
                method.upper(), re.compile(path_regex), status, times, dict(headers or {}), body
            )
        )

    def delay(
        self, path_regex: str, seconds: float, *, times: int | None = 1, method: str = "*"
    ) -> None:
        """The next `times` matching requests hang `seconds` before being answered."""
        self._delays.append(_Delay(method.upper(), re.compile(path_regex), seconds, times))

    def reject_line(self, path: str, line: int) -> None:
        """Review comments on `path`:`line` get 422 "Line could not be resolved"."""
        self._rejected_lines.add((path, line))

    def clear_switches(self) -> None:
        self._failures.clear()
        self._delays.clear()
        self._rejected_lines.clear()

    @staticmethod
    def _take(rules: list[Any], method: str, path: str) -> Any:
        for rule in rules:
            if rule.method not in ("*", method) or not rule.pattern.search(path):
                continue
            if rule.times is not None:
                rule.times -= 1
                if rule.times <= 0:
                    rules.remove(rule)
            return rule
        return None

    # ------------------------------------------------------------------ dispatch

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        method, path = request.method, request.path
        raw = await request.read()
        received = time.monotonic()
        delay = self._take(self._delays, method, path)
        if delay is not None:
            await asyncio.sleep(delay.seconds)
        drawn = (
            self.faults.draw(method, path, request.query_string, self._loggable(raw))
            if self.faults is not None
            else None
        )
        fault = drawn[0] if drawn is not None else None
        if drawn is not None and not drawn[0].acts:
            early = await self._fault_before(request, raw, drawn[0], drawn[1], received)
            if early is not None:
                return early
        status, payload, headers, op = await self._answer(request, raw)
        if op is not None and self.validate_responses and payload is not None:
            for problem in spec.check_response(op, status, payload):
                self.response_violations.append(f"{method} {path}: {problem}")
        text = json.dumps(payload) if payload is not None else None
        if method == "GET" and status == 200 and text is not None:
            etag = 'W/"' + hashlib.sha256(text.encode()).hexdigest() + '"'
            headers["ETag"] = etag
            wanted = {t.strip() for t in request.headers.get("If-None-Match", "").split(",")}
            if etag in wanted or etag.removeprefix("W/") in wanted:
                status, text = 304, None
        self._count_rate(status, headers)
        headers.setdefault("X-GitHub-Request-Id", uuid.uuid4().hex[:20].upper())
        headers.setdefault("X-GitHub-Media-Type", "github.v3; format=json")
        body_log = self._loggable(raw)
        if fault is Fault.ERROR_AFTER:
            headers.pop("ETag", None)
            status, text = 502, json.dumps(ApiError(502).body())
        elif fault is Fault.RESET_AFTER:
            status = 0
        elif fault is Fault.HANG:
            assert self.faults is not None
            await self._hang(self.faults.hang_s)
        self.requests.append(
            RequestRecord(
                method,
                path,
                request.query_string,
                status,
                body_log,
                fault=fault.value if fault is not None else None,
                received=received,
                answered=time.monotonic(),
            )
        )
        if status == 0:
            return self._reset(request)
        if text is None:
            return web.Response(status=status, headers=headers)
        return web.Response(
            status=status, text=text, content_type="application/json", headers=headers
        )

    async def _fault_before(
        self, request: web.Request, raw: bytes, fault: Fault, status: int, received: float
    ) -> web.StreamResponse | None:
        """Answer a fault that strikes before GitHub acts; None: go on (a used-up quota)."""
        assert self.faults is not None
        headers: dict[str, str] = {}
        message = None
        errors = None
        if fault is Fault.PRIMARY:
            tok = self.tokens.get(
                request.headers.get("Authorization", "").partition(" ")[2].strip()
            )
            if tok is not None:
                inst = tok.installation_id
                self._rate_used[inst] = self.rate_limit
                self._rate_resets[inst] = time.time() + self.faults.reset_in_s
                return None  # the rate check answers 403 until the reset
            status = 502
        elif fault is Fault.HANG_BEFORE:
            await self._hang(self.faults.hang_s)
        elif fault in (Fault.SECONDARY, Fault.SECONDARY_BARE):
            message = SECONDARY_LIMIT_MESSAGE
            if fault is Fault.SECONDARY:
                headers["Retry-After"] = str(self.faults.retry_after_s)
        elif fault is Fault.UNPROCESSABLE:
            message, errors = "Unprocessable Entity", ["Line could not be resolved"]
        self.requests.append(
            RequestRecord(
                request.method,
                request.path,
                request.query_string,
                status,
                self._loggable(raw),
                fault=fault.value,
                received=received,
                answered=time.monotonic(),
            )
        )
        if status == 0:
            return self._reset(request)
        error = ApiError(status, message, errors=errors)
        return web.json_response(error.body(), status=status, headers=headers)

    @staticmethod
    def _reset(request: web.Request) -> web.StreamResponse:
        """Close the connection without an answer (the client sees a reset)."""
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=502)  # never sent: the transport is gone

    @staticmethod
    def _loggable(raw: bytes) -> Any:
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    async def _answer(
        self, request: web.Request, raw: bytes
    ) -> tuple[int, Any, dict[str, str], spec.Operation | None]:
        method, path = request.method, request.path
        headers: dict[str, str] = {}
        try:
            self._rate_headers(request, headers)
        except ApiError as err:
            headers.update(err.headers)
            return err.status, err.body(), headers, None
        failure = self._take(self._failures, method, path)
        if failure is not None:
            headers.pop("_installation", None)  # injected answers are not counted
            _merge(headers, failure.headers)
            injected = ApiError(failure.status, self._failure_message(failure))
            return failure.status, failure.body or injected.body(), headers, None
        try:
            found = spec.find_operation(method, path)
            if found is None:
                status, payload = await self._extra(request, raw, headers)
                return status, payload, headers, None
            op, raw_params = found
            ctx = self._context(request, op, raw_params, raw)
            ctx.headers = headers
            self._authenticate(ctx, op)
            status, payload = await self._handlers[op.operation_id](ctx)
            return status, payload, headers, op
        except ApiError as err:
            _merge(headers, err.headers)
            return err.status, err.body(), headers, (found[0] if found else None)

    @staticmethod
    def _failure_message(failure: _Failure) -> str:
        if failure.status == 403 and any(k.lower() == "retry-after" for k in failure.headers):
            return (
                "You have exceeded a secondary rate limit. Please wait a few minutes before you "
                "try again."
            )
        if failure.status in (403, 429) and any(
            k.lower() == "x-ratelimit-remaining" for k in failure.headers
        ):
            return "API rate limit exceeded for installation."
        return _REASONS.get(failure.status, "Error")

    def _violation(self, request: web.Request, problems: list[str]) -> ApiError:
        for problem in problems:
            self.violations.append(f"{request.method} {request.path}: {problem}")
        return ApiError(422, "Invalid request.\n\n" + "\n".join(problems))

    def _context(
        self, request: web.Request, op: spec.Operation, raw_params: dict[str, str], raw: bytes
    ) -> _Context:
        params, problems = spec.check_parameters(op, raw_params, request.query)
        body: Any = None
        present = bool(raw.strip())
        if present:
            try:
                body = json.loads(raw)
            except ValueError as exc:
                self.violations.append(f"{request.method} {request.path}: body is not JSON")
                raise ApiError(400, "Problems parsing JSON") from exc
        elif op.body_schema is not None:
            body = {}
        problems += spec.check_body(op, body, present)
        if problems:
            raise self._violation(request, problems)
        return _Context(request=request, params=params, query=request.query, body=body)

    # ------------------------------------------------------------------ auth and rate limit

    def _authenticate(self, ctx: _Context, op: spec.Operation) -> None:
        if op.operation_id in ("apps/create-installation-access-token", "apps/get-authenticated"):
            return  # the handler checks the App JWT itself
        tok = self._installation_token(ctx.request)
        ctx.token = tok
        ctx.installation = self.installations.get(tok.installation_id)
        owner, name = ctx.params.get("owner"), ctx.params.get("repo")
        if owner is not None and name is not None:
            ctx.repo = self._accessible_repo(tok, str(owner), str(name))

    def _installation_token(self, request: web.Request) -> Token:
        auth = request.headers.get("Authorization", "")
        scheme, _, value = auth.partition(" ")
        if not auth:
            # GitHub answers 404 rather than revealing a private repository exists
            raise ApiError(404, "Not Found")
        if scheme.lower() not in ("token", "bearer"):
            raise ApiError(401, "Bad credentials")
        tok = self.tokens.get(value.strip())
        if tok is None or tok.expires_at <= time.time():
            raise ApiError(401, "Bad credentials")
        return tok

    def _accessible_repo(self, tok: Token, owner: str, name: str) -> Repo:
        key = f"{owner}/{name}".lower()
        repo = self.repos.get(key)
        if repo is None or repo.installation_id != tok.installation_id:
            raise ApiError(404, "Not Found")
        if tok.repositories is not None and key not in tok.repositories:
            raise ApiError(404, "Not Found")
        return repo

    def _rate_headers(self, request: web.Request, headers: dict[str, str]) -> None:
        tok = self.tokens.get(request.headers.get("Authorization", "").partition(" ")[2].strip())
        resource = "graphql" if request.path == "/graphql" else "core"
        reset = self._rate_reset
        if tok is None:
            limit, used = 60, 0
        else:
            limit = self.rate_limit
            reset = self._window(tok.installation_id)
            used = self._rate_used.get(tok.installation_id, self._rate_default_used)
        headers.update(
            {
                "X-RateLimit-Limit": str(limit),
                "X-RateLimit-Remaining": str(max(0, limit - used)),
                "X-RateLimit-Used": str(used),
                "X-RateLimit-Reset": str(math.ceil(reset)),
                "X-RateLimit-Resource": resource,
            }
        )
        if tok is not None and used >= limit and reset > time.time():
            raise_headers = dict(headers)
            raise ApiError(
                403,
                f"API rate limit exceeded for installation ID {tok.installation_id}.",
                headers=raise_headers,
            )
        if tok is not None:
            headers["_installation"] = str(tok.installation_id)

    def _window(self, installation_id: int) -> float:
        """When the installation's quota resets; a window that has passed starts afresh."""
        reset = self._rate_resets.get(installation_id, self._rate_reset)
        now = time.time()
        if reset <= now:
            self._rate_used[installation_id] = 0
            reset = self._rate_resets[installation_id] = now + 3600
        return reset

    def _count_rate(self, status: int, headers: dict[str, str]) -> None:
        inst = headers.pop("_installation", None)
        if inst is None or status == 304:  # conditional hits do not count, as on GitHub
            return
        used = self._rate_used.get(int(inst), self._rate_default_used) + 1
        self._rate_used[int(inst)] = used
        headers["X-RateLimit-Used"] = str(used)
        headers["X-RateLimit-Remaining"] = str(max(0, self.rate_limit - used))

    # ------------------------------------------------------------------ non-spec routes

    async def _extra(
        self, request: web.Request, raw: bytes, headers: dict[str, str]
    ) -> tuple[int, Any]:
        """GraphQL and rate_limit: used by the bot, not in the subset."""
        path, method = request.path, request.method
        if method == "POST" and path == "/graphql":
            tok = self._installation_token(request)
            return 200, graphql.execute(self, tok, raw)
        if method == "GET" and path == "/rate_limit":
            self._installation_token(request)
            core = {
                "limit": int(headers["X-RateLimit-Limit"]),
                "remaining": int(headers["X-RateLimit-Remaining"]),
                "reset": int(self._rate_reset),
                "used": int(headers["X-RateLimit-Used"]),
            }
            return 200, {"resources": {"core": core, "graphql": core}, "rate": core}
        self.violations.append(f"{method} {path}: no such operation in the OpenAPI subset")
        raise ApiError(404, "Not Found")

    # ------------------------------------------------------------------ helpers

    def _paginate(self, request: web.Request, items: list[Any], headers: dict[str, str]) -> Any:
        try:
            per_page = int(request.query.get("per_page", 30))
            page = int(request.query.get("page", 1))
        except ValueError:
            per_page, page = 30, 1
        per_page = min(max(per_page, 1), 100)
        page = max(page, 1)
        last = max(1, -(-len(items) // per_page))
        links = []

        def link(n: int, rel: str) -> str:
            query = dict(request.query)
            query.update(per_page=str(per_page), page=str(n))
            return f'<{self.url}{request.path}?{urlencode(query)}>; rel="{rel}"'

        if page > 1:
            links += [link(page - 1, "prev"), link(1, "first")]
        if page < last:
            links += [link(page + 1, "next"), link(last, "last")]
        if links:
            headers["Link"] = ", ".join(links)
        return items[(page - 1) * per_page : page * per_page]

    def _pull(self, ctx: _Context) -> Pull:
        assert ctx.repo is not None
        pull = self.pulls.get((ctx.repo.full_name.lower(), int(ctx.params["pull_number"])))
        if pull is None:
            raise ApiError(404, "Not Found")
        return pull

    def _review_comment(self, comment_id: int, repo: Repo | None = None) -> ReviewComment:
        for c in self.review_comments:
            if c.id == comment_id and (repo is None or c.pull.repo is repo):
                return c
        raise ApiError(404, "Not Found")

    # ------------------------------------------------------------------ handlers

    async def _get_app(self, ctx: _Context) -> tuple[int, Any]:
        app = self._verify_app_jwt(ctx.request)
        count = sum(1 for i in self.installations.values() if i.app_id == app.id)
        return 200, self._render.app(app, count)

    async def _create_token(self, ctx: _Context) -> tuple[int, Any]:
        app = self._verify_app_jwt(ctx.request)
        inst = self.installations.get(int(ctx.params["installation_id"]))
        if inst is None or inst.app_id != app.id:
            raise ApiError(404, "Not Found")
        repos: frozenset[str] | None = None
        names: list[str] = ctx.body.get("repositories") or []
        ids: list[int] = ctx.body.get("repository_ids") or []
        if names or ids:
            own = [r for r in self.repos.values() if r.installation_id == inst.id]
            by_name = {r.name.lower(): r for r in own}
            by_id = {r.id: r for r in own}
            if any(n.lower() not in by_name for n in names) or any(i not in by_id for i in ids):
                raise ApiError(
                    422,
                    "There is at least one repository that does not exist or is not accessible "
                    "to the parent installation.",
                )
            chosen = [by_name[n.lower()] for n in names] + [by_id[i] for i in ids]
            repos = frozenset(r.full_name.lower() for r in chosen)
        value = "ghs_" + secrets.token_urlsafe(secrets.choice(range(27, 60)))
        tok = Token(value, inst.id, time.time() + self.token_lifetime, repos)
        self.tokens[value] = tok
        out: dict[str, Any] = {
            "token": value,
            "expires_at": now_iso(tok.expires_at),
            "permissions": dict(inst.permissions),
            "repository_selection": "selected" if repos is not None else "all",
        }
        return 201, out

    def _verify_app_jwt(self, request: web.Request) -> App:
        undecodable = ApiError(401, "A JSON web token could not be decoded")
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not value:
            raise undecodable
        try:
            header = jwt.get_unverified_header(value)
            claims = jwt.decode(value, options={"verify_signature": False})
        except jwt.PyJWTError as exc:
            raise undecodable from exc
        try:
            app = self.apps[int(claims.get("iss", ""))]
        except (TypeError, ValueError, KeyError) as exc:
            raise ApiError(401, "'Issuer' claim ('iss') must be an Integer") from exc
        if header.get("alg") != "RS256":
            raise undecodable
        try:
            jwt.decode(
                value,
                app.public_key_pem,
                algorithms=["RS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError as exc:
            raise undecodable from exc
        iat, exp, now = claims.get("iat"), claims.get("exp"), time.time()
        if not isinstance(iat, int) or iat > now + JWT_CLOCK_DRIFT_S:
            raise ApiError(
                401,
                "'Issued at' claim ('iat') must be an Integer representing the time that the "
                "assertion was issued.",
            )
        if not isinstance(exp, int) or exp <= now:
            raise ApiError(
                401,
                "'Expiration time' claim ('exp') must be a numeric value representing the future "
                "time at which the assertion expires.",
            )
        if exp > now + JWT_MAX_LIFETIME_S + 1 or exp - iat > JWT_MAX_LIFETIME_S + JWT_CLOCK_DRIFT_S:
            raise ApiError(401, "'Expiration time' claim ('exp') is too far in the future.")
        return app

    async def _get_pull(self, ctx: _Context) -> tuple[int, Any]:
        return 200, self._render.pull(self._pull(ctx))

    async def _list_files(self, ctx: _Context) -> tuple[int, Any]:
        pull = self._pull(ctx)
        items = [
            self._render.diff_entry(pull.repo, f, pull.head_sha)
            for f in sorted(pull.files.values(), key=lambda f: f.filename)[:MAX_LISTED_FILES]
        ]
        return 200, self._paginate(ctx.request, items, ctx.headers)

    async def _list_review_comments(self, ctx: _Context) -> tuple[int, Any]:
        pull = self._pull(ctx)
        comments = [c for c in self.review_comments if c.pull is pull]
        since = ctx.query.get("since")
        if since:
            comments = [c for c in comments if c.updated_at >= since]
        if ctx.query.get("sort") == "updated":
            comments.sort(key=lambda c: (c.updated_at, c.id))
        if ctx.query.get("sort") and ctx.query.get("direction") == "desc":
            comments.reverse()
        items = [self._render.review_comment(c) for c in comments]
        return 200, self._paginate(ctx.request, items, ctx.headers)

    async def _list_reviews(self, ctx: _Context) -> tuple[int, Any]:
        pull = self._pull(ctx)
        items = [self._render.review(r) for r in self.reviews if r.pull is pull]
        return 200, self._paginate(ctx.request, items, ctx.headers)

    async def _list_comments_for_review(self, ctx: _Context) -> tuple[int, Any]:
        pull = self._pull(ctx)
        review = next(
            (r for r in self.reviews if r.pull is pull and r.id == ctx.params["review_id"]), None
        )
        if review is None:
            raise ApiError(404, "Not Found")
        comments = [c for c in self.review_comments if c.review_id == review.id]
        items = [self._render.review_comment_of_review(c) for c in comments]
        return 200, self._paginate(ctx.request, items, ctx.headers)

    async def _create_review(self, ctx: _Context) -> tuple[int, Any]:
        pull = self._pull(ctx)
        body: dict[str, Any] = ctx.body
        user = self.bot_login
        commit_id = body.get("commit_id") or pull.head_sha
        if commit_id not in pull.snapshots:
            raise ApiError(
                422, "Unprocessable Entity", errors=["Commit is not part of the pull request"]
            )
        event = body.get("event")
        text = body.get("body") or ""
        comments = body.get("comments") or []
        _within_limit("PullRequestReview", text, simple=True)
        for c in comments:
            _within_limit("PullRequestReviewComment", c.get("body"), simple=True)
        errors: list[str] = []
        if event == "REQUEST_CHANGES" and not text:
            errors.append("Body is required for REQUEST_CHANGES events")
        if event == "COMMENT" and not text and not comments:
            errors.append("Body is required for COMMENT events without comments")
        if event is None and any(
            r.pull is pull and r.user == user and r.state == "PENDING" for r in self.reviews
        ):
            errors.append("User can only have one pending review per pull request")
        files = pull.snapshots[commit_id]
        placed = [self._place(files, c, errors) for c in comments]
        if errors:
            raise ApiError(422, "Unprocessable Entity", errors=errors)
        state = {
            "APPROVE": "APPROVED",
            "REQUEST_CHANGES": "CHANGES_REQUESTED",
            "COMMENT": "COMMENTED",
            None: "PENDING",
        }[event]
        review = Review(self.ids.next("review"), pull, user, text, state, commit_id, now_iso())
        self.reviews.append(review)
        for spec_comment, where in zip(comments, placed, strict=True):
            assert where is not None
            c = self._new_comment(pull, review.id, user, spec_comment["body"], commit_id, **where)
            review.comment_ids.append(c.id)
        return 200, self._render.review(review)

    def _place(
        self, files: Mapping[str, PullFile], c: Mapping[str, Any], errors: list[str]
    ) -> dict[str, Any] | None:
        """Resolve a draft comment's location against the diff like GitHub, or add the error."""
        path = c["path"]
        f = files.get(path)
        if f is None:
            errors.append("Path could not be resolved")
            return None
        parsed: ParsedPatch | None = f.parsed()
        side = c.get("side", "RIGHT")
        line = c.get("line")
        if line is None and c.get("position") is not None and parsed is not None:
            line, side = self._line_of_position(parsed, int(c["position"]))
        if side not in ("LEFT", "RIGHT"):
            errors.append("Side must be LEFT or RIGHT")
            return None
        hunk = parsed.hunk_for(line, side) if parsed is not None and line is not None else None
        if parsed is None or line is None or hunk is None or (path, line) in self._rejected_lines:
            errors.append("Line could not be resolved")
            return None
        start_line = c.get("start_line")
        start_side = c.get("start_side", side) if start_line is not None else None
        if start_line is not None:
            assert start_side is not None
            if start_line >= line:
                errors.append("pull_request_review_thread.start_line must precede the end line.")
                return None
            if parsed.hunk_for(start_line, start_side) is not hunk:
                errors.append(
                    "pull_request_review_thread.start_line must be part of the same hunk as the "
                    "line."
                )
                return None
            if (path, start_line) in self._rejected_lines:
                errors.append("Start line could not be resolved")
                return None
        return {
            "path": path,
            "line": line,
            "side": side,
            "start_line": start_line,
            "start_side": start_side,
            "diff_hunk": parsed.diff_hunk(line, side),
            "position": parsed.position(line, side),
        }

    @staticmethod
    def _line_of_position(parsed: ParsedPatch, position: int) -> tuple[int | None, str]:
        index = parsed.hunks[0].first_patch_line + position if parsed.hunks else -1
        for hunk in parsed.hunks:
            for line, at in hunk.right.items():
                if at == index:
                    return line, "RIGHT"
            for line, at in hunk.left.items():
                if at == index:
                    return line, "LEFT"
        return None, "RIGHT"

    def _new_comment(
        self,
        pull: Pull,
        review_id: int,
        user: str,
        body: str,
        commit_id: str,
        *,
        path: str,
        line: int,
        side: str,
        start_line: int | None,
        start_side: str | None,
        diff_hunk: str,
        position: int | None,
        in_reply_to: ReviewComment | None = None,
    ) -> ReviewComment:
        cid = self.ids.next("review_comment")
        stamp = now_iso()
        if in_reply_to is None:
            thread = Thread(node_id("PRRT", self.ids.next("thread")), pull, [])
            self.threads[thread.id] = thread
        else:
            thread = self.threads[in_reply_to.thread_id]
        thread.comment_ids.append(cid)
        c = ReviewComment(
            id=cid,
            pull=pull,
            review_id=review_id,
            user=user,
            body=body,
            path=path,
            line=line,
            original_line=line,
            side=side,
            start_line=start_line,
            start_side=start_side,
            commit_id=commit_id,
            original_commit_id=commit_id,
            diff_hunk=diff_hunk,
            position=position,
            original_position=position or 1,
            in_reply_to_id=in_reply_to.id if in_reply_to else None,
            thread_id=thread.id,
            created_at=stamp,
            updated_at=stamp,
        )
        self.review_comments.append(c)
        return c

    def _reply(self, top: ReviewComment, body: str, user: str) -> ReviewComment:
        while top.in_reply_to_id is not None:  # GitHub attaches replies to the thread's top
            top = self._review_comment(top.in_reply_to_id)
        review = Review(
            self.ids.next("review"), top.pull, user, "", "COMMENTED", top.commit_id, now_iso()
        )
        self.reviews.append(review)
        c = self._new_comment(
            top.pull,
            review.id,
            user,
            body,
            top.commit_id,
            path=top.path,
            line=top.line if top.line is not None else top.original_line,
            side=top.side,
            start_line=top.start_line,
            start_side=top.start_side,
            diff_hunk=top.diff_hunk,
            position=top.position,
            in_reply_to=top,
        )
        c.line = top.line
        review.comment_ids.append(c.id)
        return c

    async def _create_reply(self, ctx: _Context) -> tuple[int, Any]:
        pull = self._pull(ctx)
        top = self._review_comment(int(ctx.params["comment_id"]), pull.repo)
        if top.pull is not pull:
            raise ApiError(404, "Not Found")
        _within_limit("PullRequestReviewComment", ctx.body["body"])
        c = self._reply(top, ctx.body["body"], self.bot_login)
        ctx.headers["Location"] = f"{self.url}/repos/{pull.repo.full_name}/pulls/comments/{c.id}"
        return 201, self._render.review_comment(c)

    async def _update_review_comment(self, ctx: _Context) -> tuple[int, Any]:
        assert ctx.repo is not None
        c = self._review_comment(int(ctx.params["comment_id"]), ctx.repo)
        if c.user != self.bot_login:
            raise ApiError(403, "Resource not accessible by integration")
        _within_limit("PullRequestReviewComment", ctx.body["body"])
        c.body = ctx.body["body"]
        c.updated_at = now_iso()
        return 200, self._render.review_comment(c)

    async def _delete_review_comment(self, ctx: _Context) -> tuple[int, Any]:
        assert ctx.repo is not None
        c = self._review_comment(int(ctx.params["comment_id"]), ctx.repo)
        self.review_comments.remove(c)
        thread = self.threads.get(c.thread_id)
        if thread is not None:
            thread.comment_ids.remove(c.id)
            if not thread.comment_ids:
                del self.threads[thread.id]
        return 204, None

    async def _get_content(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        assert repo is not None
        path = str(ctx.params["path"]).strip("/")
        ref = str(ctx.params.get("ref") or repo.default_branch)
        content = repo.contents.get((path, ref))
        if content is None:
            raise ApiError(404, "Not Found")
        return 200, self._render.content_file(repo, path, ref, content)

    async def _get_blob(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        assert repo is not None
        sha = str(ctx.params["file_sha"])
        if not re.fullmatch(r"[0-9a-f]{40}", sha):
            raise ApiError(
                422, "The sha parameter must be exactly 40 characters and contain only [0-9a-f]."
            )
        content = repo.blobs.get(sha)
        if content is None:
            raise ApiError(404, "Not Found")
        return 200, self._render.blob(repo, sha, content)

    def _check_run_json(self, run: CheckRun) -> dict[str, Any]:
        inst = self.installations[run.repo.installation_id]
        pulls = [
            p
            for p in self.pulls.values()
            if p.repo is run.repo and p.head_sha == run.head_sha and p.state == "open"
        ]
        return self._render.check_run(run, self.apps[inst.app_id], pulls)

    def _apply_check_fields(self, run: CheckRun, body: Mapping[str, Any]) -> None:
        if "completed_at" in body and "conclusion" not in body and run.conclusion is None:
            raise ApiError(
                422, "Invalid request.\n\nconclusion is required when completed_at is provided."
            )
        for key in ("name", "external_id", "details_url", "started_at", "completed_at"):
            if key in body:
                setattr(run, key, body[key])
        if "status" in body:
            run.status = body["status"]
        if "conclusion" in body:
            run.conclusion = body["conclusion"]
            run.status = "completed"
            run.completed_at = run.completed_at or now_iso()
        if run.status == "in_progress" and run.started_at is None:
            run.started_at = now_iso()
        output = body.get("output")
        if output:
            for key in ("title", "summary", "text"):
                if key in output:
                    run.output[key] = output[key]
            run.annotations.extend(output.get("annotations") or [])
        run.requests.append(dict(body))

    async def _create_check_run(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        assert repo is not None
        body: dict[str, Any] = ctx.body
        if body["head_sha"] not in repo.commits:
            raise ApiError(422, f"No commit found for SHA: {body['head_sha']}")
        run = CheckRun(
            id=self.ids.next("check_run"),
            repo=repo,
            name=body["name"],
            head_sha=body["head_sha"],
            status="queued",
            conclusion=None,
            started_at=now_iso(),
            completed_at=None,
            external_id=None,
            details_url=None,
            output={"title": None, "summary": None, "text": None},
        )
        self._apply_check_fields(run, body)
        self.check_runs.append(run)
        return 201, self._check_run_json(run)

    def _check_run(self, ctx: _Context) -> CheckRun:
        run = next(
            (
                r
                for r in self.check_runs
                if r.repo is ctx.repo and r.id == ctx.params["check_run_id"]
            ),
            None,
        )
        if run is None:
            raise ApiError(404, "Not Found")
        return run

    async def _get_check_run(self, ctx: _Context) -> tuple[int, Any]:
        return 200, self._check_run_json(self._check_run(ctx))

    async def _list_check_runs_for_ref(self, ctx: _Context) -> tuple[int, Any]:
        """By head SHA (a branch or tag name is not resolved here), newest first, as GitHub."""
        repo = ctx.repo
        assert repo is not None
        runs = [r for r in self.check_runs if r.repo is repo and r.head_sha == ctx.params["ref"]]
        name = ctx.query.get("check_name")
        if name is not None:
            runs = [r for r in runs if r.name == name]
        status = ctx.query.get("status")
        if status is not None:
            runs = [r for r in runs if r.status == status]
        app_id = ctx.query.get("app_id")
        if app_id is not None:
            runs = [
                r for r in runs if self.installations[repo.installation_id].app_id == int(app_id)
            ]
        runs.sort(key=lambda r: r.id, reverse=True)
        if ctx.query.get("filter", "latest") == "latest":
            latest: dict[str, CheckRun] = {}
            for r in runs:
                latest.setdefault(r.name, r)
            runs = list(latest.values())
        page = self._paginate(ctx.request, [self._check_run_json(r) for r in runs], ctx.headers)
        return 200, {"total_count": len(runs), "check_runs": page}

    async def _list_issue_comments(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        assert repo is not None
        number = int(ctx.params["issue_number"])
        if number not in repo.issues:
            raise ApiError(404, "Not Found")
        since = ctx.query.get("since")
        items = [
            self._render.issue_comment(c)
            for c in self.issue_comments
            if c.repo is repo and c.issue_number == number and (not since or c.updated_at >= since)
        ]
        return 200, self._paginate(ctx.request, items, ctx.headers)

    async def _update_check_run(self, ctx: _Context) -> tuple[int, Any]:
        run = self._check_run(ctx)
        self._apply_check_fields(run, ctx.body)
        return 200, self._check_run_json(run)

    async def _create_issue_comment(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        assert repo is not None
        number = int(ctx.params["issue_number"])
        if number not in repo.issues:
            raise ApiError(404, "Not Found")
        _within_limit("IssueComment", ctx.body["body"])
        stamp = now_iso()
        c = IssueComment(
            self.ids.next("issue_comment"),
            repo,
            number,
            self.bot_login,
            "Bot",
            ctx.body["body"],
            stamp,
            stamp,
        )
        self.issue_comments.append(c)
        ctx.headers["Location"] = f"{self.url}/repos/{repo.full_name}/issues/comments/{c.id}"
        return 201, self._render.issue_comment(c)

    async def _create_reaction(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        cid = int(ctx.params["comment_id"])
        if not any(c.id == cid and c.repo is repo for c in self.issue_comments):
            raise ApiError(404, "Not Found")
        content = ctx.body["content"]
        for r in self.reactions:
            if r.comment_id == cid and r.user == self.bot_login and r.content == content:
                return 200, self._render.reaction(r)
        r = Reaction(self.ids.next("reaction"), cid, self.bot_login, content, now_iso())
        self.reactions.append(r)
        return 201, self._render.reaction(r)

    async def _get_permission(self, ctx: _Context) -> tuple[int, Any]:
        repo = ctx.repo
        assert repo is not None
        login = str(ctx.params["username"])
        role = repo.permissions.get(login.lower())
        if role is None:
            raise ApiError(404, f"{login} is not a collaborator")
        return 200, self._render.permission(login, role)
