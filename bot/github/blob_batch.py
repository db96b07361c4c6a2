"""Many files' contents in one GraphQL request: `object(oid:)` for blobs, `object(expression:
"<commit>:<path>")` for a path at a commit (null when there is no such file).

The REST API has no batch read: a 300-file pull request cost one `git/blobs` GET per file. An
answer is used only when it is exactly the file's bytes (text, not truncated, its UTF-8 length the
blob's size); for anything else the caller falls back to REST for that file.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import gidgethub

from bot.github.client import GitHubClient, graphql_url
from bot.github.types import Repo

log = logging.getLogger(__name__)

BATCH = 50
"""Objects per query: a bounded answer size (GitHub times a query out after 10 s)."""
AT_ONCE = 4
_FIELDS = "... on Blob { oid byteSize isBinary isTruncated text }"


@dataclass(frozen=True)
class Lookup:
    """`oid` (a blob SHA) or `expression` (`<commit>:<path>`)."""

    kind: str
    value: str

    @classmethod
    def blob(cls, sha: str) -> Lookup:
        return cls("oid", sha)

    @classmethod
    def path_at(cls, commit: str, path: str) -> Lookup:
        return cls("expression", f"{commit}:{path}")


@dataclass(frozen=True)
class Answer:
    """`found` False: no such object. `content` None: found, but not usable as bytes here."""

    found: bool
    oid: str | None = None
    size: int = 0
    content: bytes | None = None


async def fetch_objects(
    gh: GitHubClient, token: str, repo: Repo, lookups: Sequence[Lookup]
) -> list[Answer | None]:
    """One answer per lookup, None where a whole batch failed (the caller uses REST); up to
    AT_ONCE batches in flight."""
    gate = asyncio.Semaphore(AT_ONCE)

    async def one(part: Sequence[Lookup]) -> list[Answer | None]:
        async with gate:
            return await _batch(gh, token, repo, part)

    parts = [lookups[i : i + BATCH] for i in range(0, len(lookups), BATCH)]
    return [a for answers in await asyncio.gather(*(one(p) for p in parts)) for a in answers]


def query_for(lookups: Sequence[Lookup]) -> str:
    types = {"oid": "GitObjectID!", "expression": "String!"}
    params = "".join(f", $k{i}: {types[x.kind]}" for i, x in enumerate(lookups))
    fields = " ".join(
        f"f{i}: object({x.kind}: $k{i}) {{ {_FIELDS} }}" for i, x in enumerate(lookups)
    )
    return (
        f"query($owner: String!, $name: String!{params}) "
        f"{{ repository(owner: $owner, name: $name) {{ {fields} }} }}"
    )


async def _batch(
    gh: GitHubClient, token: str, repo: Repo, lookups: Sequence[Lookup]
) -> list[Answer | None]:
    variables: dict[str, Any] = {"owner": repo.owner, "name": repo.name}
    variables.update({f"k{i}": x.value for i, x in enumerate(lookups)})
    try:
        answer = await gh.post(
            graphql_url(str(gh.base_url)),
            data={"query": query_for(lookups), "variables": variables},
            oauth_token=token,
        )
    except gidgethub.GitHubException as e:
        log.warning("batched contents failed; reading file by file", extra={"error": str(e)})
        return [None] * len(lookups)
    found = (
        ((answer or {}).get("data") or {}).get("repository") if isinstance(answer, dict) else None
    )
    if not isinstance(found, dict):
        log.warning("batched contents answered no repository; reading file by file")
        return [None] * len(lookups)
    return [_answer(found.get(f"f{i}", ...)) for i in range(len(lookups))]


def _answer(node: Any) -> Answer | None:
    if node is ...:
        return None  # the field is missing: not answered
    if node is None:
        return Answer(found=False)
    if not isinstance(node, dict):
        return None
    oid, size, text = node.get("oid"), node.get("byteSize"), node.get("text")
    if not isinstance(oid, str) or not isinstance(size, int):
        return Answer(found=True)  # e.g. a tree: not a file
    usable = (
        isinstance(text, str)
        and not node.get("isBinary")
        and not node.get("isTruncated")
        and "\ufffd" not in text
    )
    content = text.encode("utf-8") if usable and isinstance(text, str) else None
    if content is not None and len(content) != size:
        content = None
    return Answer(found=True, oid=oid, size=size, content=content)
