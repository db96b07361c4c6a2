"""The pull request's C/C++ files and their quoted project includes, at the head SHA, fetched once.

Blobs are content-addressed, and includes are read at an immutable commit SHA, so both caches stay
valid forever: a recheck or an unchanged file never costs a second fetch.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass
from typing import Any

import gidgethub
from cachetools import LRUCache

from bot.github.client import GitHubClient
from bot.github.types import Repo

log = logging.getLogger(__name__)


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
