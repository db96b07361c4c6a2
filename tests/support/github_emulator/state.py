"""The emulator's world: apps, installations, repositories, pull requests and what the bot wrote.

Plain dataclasses, mutated by the test-facing API on `GitHubEmulator` and by the HTTP handlers.
Ids come from one counter per kind so they look like GitHub's (large, increasing integers).
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from dataclasses import dataclass, field
from typing import Any

from .diff import ParsedPatch, make_patch, parse_patch


def blob_sha(content: bytes) -> str:
    """Git's blob id: sha1 of `blob <len>\\0<content>`."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def node_id(prefix: str, number: int) -> str:
    """An opaque GraphQL-style global id (GitHub's look: `PRRC_kwDO...`)."""
    raw = hashlib.sha256(f"{prefix}:{number}".encode()).digest()[:12]
    return f"{prefix}_kwDO" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


class Ids:
    """Per-kind id counters, starting where real GitHub ids of that kind roughly are."""

    def __init__(self) -> None:
        self._counters = {
            "repo": itertools.count(700_000_001),
            "pull": itertools.count(1_800_000_001),
            "review": itertools.count(2_100_000_001),
            "review_comment": itertools.count(1_500_000_001),
            "issue_comment": itertools.count(2_300_000_001),
            "reaction": itertools.count(250_000_001),
            "check_run": itertools.count(27_000_000_001),
            "thread": itertools.count(1),
        }

    def next(self, kind: str) -> int:
        return next(self._counters[kind])


@dataclass
class App:
    id: int
    slug: str
    public_key_pem: bytes
    name: str

    @property
    def bot_login(self) -> str:
        return f"{self.slug}[bot]"


@dataclass
class Installation:
    id: int
    account: str
    account_type: str
    app_id: int
    permissions: dict[str, str]


@dataclass
class Token:
    token: str
    installation_id: int
    expires_at: float  # epoch seconds
    repositories: frozenset[str] | None  # "owner/name" (lower case), None: all of the installation


@dataclass
class Repo:
    id: int
    owner: str
    name: str
    installation_id: int
    default_branch: str
    private: bool
    owner_type: str
    # (path, ref) -> content; refs are branch names or commit shas
    contents: dict[tuple[str, str], bytes] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    permissions: dict[str, str] = field(default_factory=dict)  # login (lower) -> role
    commits: set[str] = field(default_factory=set)  # shas check runs may name
    issues: set[int] = field(default_factory=set)  # issue/PR numbers that exist

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"


@dataclass
class PullFile:
    """A file of a pull request at one head commit. `patch` None emulates GitHub omitting it."""

    filename: str
    status: str  # added, modified, removed, renamed
    content: bytes | None  # None for removed files
    patch: str | None
    previous_filename: str | None = None
    additions: int = 0
    deletions: int = 0

    @property
    def sha(self) -> str:
        return blob_sha(self.content or b"")

    def parsed(self) -> ParsedPatch | None:
        return parse_patch(self.patch) if self.patch is not None else None


FileSpec = str | bytes | tuple[str | bytes | None, str | None] | PullFile


def make_file(path: str, spec: FileSpec, base: bytes | None = None) -> PullFile:
    """Build a `PullFile` from the short forms tests use (see `GitHubEmulator.add_pull`)."""
    if isinstance(spec, PullFile):
        return spec
    patch: str | None
    if isinstance(spec, tuple):
        raw, patch = spec
        content = as_bytes(raw) if raw is not None else None
        explicit = True
    else:
        content = as_bytes(spec)
        patch = None
        explicit = False
    if content is None:
        status = "removed"
    elif base is None:
        status = "added"
    else:
        status = "modified"
    if not explicit:
        patch = make_patch(
            base.decode("utf-8", "replace") if base is not None else None,
            content.decode("utf-8", "replace") if content is not None else None,
        )
    pf = PullFile(filename=path, status=status, content=content, patch=patch)
    parsed = pf.parsed()
    if parsed is not None:
        pf.additions, pf.deletions = parsed.additions, parsed.deletions
    elif content is not None and status == "added":
        pf.additions = len(content.splitlines())
    return pf


@dataclass
class Pull:
    id: int
    number: int
    repo: Repo
    head_sha: str
    base_sha: str
    head_ref: str
    base_ref: str
    author: str
    title: str
    body: str
    state: str
    draft: bool
    files: dict[str, PullFile]
    # every head the PR has had, oldest first, with its files: review comments may name any
    snapshots: dict[str, dict[str, PullFile]] = field(default_factory=dict)
    merged: bool = False


@dataclass
class Review:
    id: int
    pull: Pull
    user: str
    body: str
    state: str
    commit_id: str
    submitted_at: str
    comment_ids: list[int] = field(default_factory=list)


@dataclass
class ReviewComment:
    id: int
    pull: Pull
    review_id: int
    user: str
    body: str
    path: str
    line: int | None
    original_line: int
    side: str
    start_line: int | None
    start_side: str | None
    commit_id: str
    original_commit_id: str
    diff_hunk: str
    position: int | None
    original_position: int
    in_reply_to_id: int | None
    thread_id: str
    created_at: str
    updated_at: str


@dataclass
class Thread:
    """A review thread (GraphQL `PullRequestReviewThread`): a top comment and its replies."""

    id: str
    pull: Pull
    comment_ids: list[int]
    is_resolved: bool = False
    resolved_by: str | None = None


@dataclass
class IssueComment:
    id: int
    repo: Repo
    issue_number: int
    user: str
    user_type: str
    body: str
    created_at: str
    updated_at: str


@dataclass
class Reaction:
    id: int
    comment_id: int
    user: str
    content: str
    created_at: str


@dataclass
class CheckRun:
    id: int
    repo: Repo
    name: str
    head_sha: str
    status: str
    conclusion: str | None
    started_at: str | None
    completed_at: str | None
    external_id: str | None
    details_url: str | None
    output: dict[str, Any]  # title, summary, text
    annotations: list[dict[str, Any]] = field(default_factory=list)
    # every request body that created or updated the run, in order
    requests: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class RequestRecord:
    """One HTTP request the emulator answered (the log tests read as `gh.requests`)."""

    method: str
    path: str
    query: str
    status: int
    """0: no answer (the connection was reset)."""
    body: Any
    fault: str | None = None
    """The injected fault (`faults.Fault` value), if any."""
    received: float = 0.0
    answered: float = 0.0
    """time.monotonic() when the request arrived and when its answer left."""
