"""The pull request's C/C++ files and their quoted project includes, at the head SHA, fetched once.

Blobs are content-addressed, and includes are read at an immutable commit SHA, so both caches stay
valid forever: a recheck or an unchanged file never costs a second fetch. Many files at once are
read in GraphQL batches (`bot.github.blob_batch`), few with one REST call each.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import gidgethub
from cachetools import LRUCache

from bot.github.blob_batch import BATCH, Lookup, fetch_objects
from bot.github.client import GitHubClient
from bot.github.types import Repo

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class PullFile:
    """One entry of "list pull request files", reduced to what a review needs."""

    path: str
    sha: str
    status: str
    patch: str | None
    """None when GitHub omitted the diff (too large): findings then go to the review body."""

    @classmethod
    def from_api(cls, item: dict[str, Any]) -> PullFile:
        return cls(
            path=str(item["filename"]),
            sha=str(item.get("sha") or ""),
            status=str(item.get("status", "")),
            patch=item.get("patch"),
        )


@dataclass(frozen=True)
class Blob:
    sha: str
    content: bytes


async def list_pull_files(gh: GitHubClient, token: str, repo: Repo, number: int) -> list[PullFile]:
    """Every page: GitHub lists up to 3000 files, 100 per page at most."""
    files = []
    async for item in gh.getiter(
        "/repos/{owner}/{repo}/pulls/{pull_number}/files{?per_page}",
        {"owner": repo.owner, "repo": repo.name, "pull_number": number, "per_page": 100},
        oauth_token=token,
    ):
        files.append(PullFile.from_api(item))
    return files


def _bytes_size(value: Blob | None) -> int:
    return 64 + (len(value.content) if value is not None else 0)


class SourceStore:
    """Fetches file contents by blob SHA and includes by (repo, path, commit), caching both."""

    def __init__(self, gh: GitHubClient, *, max_bytes: int = 128 * 1024 * 1024) -> None:
        self._gh = gh
        # keyed by repository too: content one installation can read is never handed to another
        self._blobs: LRUCache[tuple[str, str], Blob | None] = LRUCache(
            max_bytes, getsizeof=_bytes_size
        )
        self._at_commit: LRUCache[tuple[str, str, str], Blob | None] = LRUCache(
            max_bytes // 4, getsizeof=_bytes_size
        )
        self.fetches = 0

    async def blob(self, token: str, repo: Repo, sha: str) -> Blob:
        cached = self._blobs.get((repo.key, sha))
        if cached is not None:
            return cached
        answer = await self._gh.getitem(
            "/repos/{owner}/{repo}/git/blobs/{file_sha}",
            {"owner": repo.owner, "repo": repo.name, "file_sha": sha},
            oauth_token=token,
        )
        self.fetches += 1
        blob = Blob(sha, _decode(answer))
        self._blobs[(repo.key, sha)] = blob
        return blob

    async def blobs(self, token: str, repo: Repo, shas: Sequence[str]) -> list[Blob]:
        """`blob` for each SHA; past BATCH_FROM uncached ones, in GraphQL batches (REST for a
        file whose answer is not exactly its bytes)."""
        missing = [sha for sha in dict.fromkeys(shas) if (repo.key, sha) not in self._blobs]
        if len(missing) >= BATCH_FROM:
            answers = await fetch_objects(self._gh, token, repo, [Lookup.blob(s) for s in missing])
            self.fetches += -(-len(missing) // BATCH)
            for sha, answer in zip(missing, answers, strict=True):
                if answer is not None and answer.content is not None and answer.oid == sha:
                    self._blobs[(repo.key, sha)] = Blob(sha, answer.content)
        unique = list(dict.fromkeys(shas))
        fetched = await _bounded([partial(self.blob, token, repo, sha) for sha in unique])
        by_sha = dict(zip(unique, fetched, strict=True))
        return [by_sha[sha] for sha in shas]

    async def files_at(
        self, token: str, repo: Repo, paths: Sequence[str], commit: str
    ) -> list[Blob | None]:
        """`file_at` for each path; past BATCH_FROM uncached ones, in GraphQL batches."""
        missing = [p for p in dict.fromkeys(paths) if (repo.key, p, commit) not in self._at_commit]
        if len(missing) >= BATCH_FROM:
            lookups = [Lookup.path_at(commit, p) for p in missing]
            answers = await fetch_objects(self._gh, token, repo, lookups)
            self.fetches += -(-len(missing) // BATCH)
            for path, answer in zip(missing, answers, strict=True):
                blob: Blob | None = None
                if answer is None:
                    continue  # the batch failed: REST below
                if answer.found and answer.oid is not None:
                    if answer.content is not None:
                        blob = Blob(answer.oid, answer.content)
                        self._blobs[(repo.key, answer.oid)] = blob
                    elif answer.size <= MAX_CONTENTS_BYTES:
                        continue  # binary, or not exactly its bytes: REST below
                self._at_commit[(repo.key, path, commit)] = blob  # None: absent, or too big
        unique = list(dict.fromkeys(paths))
        fetched = await _bounded([partial(self.file_at, token, repo, p, commit) for p in unique])
        by_path = dict(zip(unique, fetched, strict=True))
        return [by_path[p] for p in paths]

    async def file_at(self, token: str, repo: Repo, path: str, commit: str) -> Blob | None:
        """The file's content at `commit`, or None when it does not exist there (often the case:
        include candidates are guesses) or is not a regular file."""
        key = (repo.key, path, commit)
        if key in self._at_commit:
            return self._at_commit[key]
        try:
            answer = await self._gh.getitem(
                "/repos/{owner}/{repo}/contents/{+path}{?ref}",
                {"owner": repo.owner, "repo": repo.name, "path": path, "ref": commit},
                oauth_token=token,
            )
        except gidgethub.BadRequest as e:
            if int(e.status_code) != 404:
                raise
            answer = None
        self.fetches += 1
        blob: Blob | None = None
        # files over 1 MB come without content ("encoding": "none"): treated as absent
        if (
            isinstance(answer, dict)
            and answer.get("type") == "file"
            and answer.get("encoding", "base64") == "base64"
            and "content" in answer
        ):
            blob = Blob(str(answer.get("sha", "")), _decode(answer))
            if blob.sha:
                self._blobs[(repo.key, blob.sha)] = blob
        self._at_commit[key] = blob
        return blob


BATCH_FROM = 10
"""Fewer uncached files than this are read one REST call each (cheap, and ETag-cached)."""
MAX_CONTENTS_BYTES = 1_000_000
"""The contents API answers no content past 1 MB: such a header is treated as absent."""
FETCH_CONCURRENCY = 8


async def _bounded(calls: list[Callable[[], Awaitable[T]]]) -> list[T]:
    """Concurrent, but never more than FETCH_CONCURRENCY calls to GitHub at once."""
    gate = asyncio.Semaphore(FETCH_CONCURRENCY)

    async def one(call: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await call()

    return list(await asyncio.gather(*(one(c) for c in calls)))


def _decode(answer: Any) -> bytes:
    """Blobs and contents answer base64 (with line breaks); a bad answer is an empty file."""
    if not isinstance(answer, dict):
        return b""
    content = str(answer.get("content", ""))
    if answer.get("encoding", "base64") != "base64":
        return content.encode()
    try:
        return base64.b64decode(content, validate=False)
    except (binascii.Error, ValueError):
        log.warning("undecodable content from GitHub", extra={"sha": answer.get("sha")})
        return b""
