"""Just enough of GitHub's GraphQL API for review threads (list them, resolve/unresolve one) and
for reading many files at once (`repository { alias: object(oid: $v | expression: $v) { ... on
Blob { oid byteSize isBinary isTruncated text } } }`, arguments as variables).

No GraphQL parser: the operation is recognised by keyword (`resolveReviewThread`,
`unresolveReviewThread`, `reviewThreads`) and its arguments are taken from `variables` or from
inline literals. The answer always carries the full fixed selection below (extra fields a query
did not ask for are included), in one page (`hasNextPage` false). Like GitHub, a Bot's GraphQL
`login` has no `[bot]` suffix, and errors come back with status 200 in `errors`.

Thread fields: id, isResolved, isOutdated, path, line, resolvedBy{login},
comments{totalCount, pageInfo, nodes{id, databaseId, author{login}, body, path, url, createdAt}}.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from .state import Repo

if TYPE_CHECKING:
    from .emulator import GitHubEmulator
    from .state import Thread, Token


def _argument(query: str, variables: dict[str, Any], name: str) -> Any:
    """The value of `name: "literal"`, `name: 123` or `name: $var` in the query text."""
    m = re.search(rf"\b{name}\s*:\s*(?:\"((?:[^\"\\]|\\.)*)\"|(\d+)|\$(\w+))", query)
    if m is None:
        return variables.get(name)
    if m.group(1) is not None:
        return m.group(1)
    if m.group(2) is not None:
        return int(m.group(2))
    return variables.get(m.group(3))


def _login(login: str) -> str:
    return login.removesuffix("[bot]")


def thread_json(gh: GitHubEmulator, thread: Thread) -> dict[str, Any]:
    comments = [c for c in gh.review_comments if c.id in thread.comment_ids]
    top = comments[0] if comments else None
    return {
        "id": thread.id,
        "isResolved": thread.is_resolved,
        "isOutdated": top is not None and top.line is None,
        "path": top.path if top else None,
        "line": top.line if top else None,
        "resolvedBy": {"login": _login(thread.resolved_by)} if thread.resolved_by else None,
        "comments": {
            "totalCount": len(comments),
            "pageInfo": {"hasNextPage": False, "endCursor": None},
            "nodes": [
                {
                    "id": f"PRRC_{c.id}",
                    "databaseId": c.id,
                    "author": {"login": _login(c.user)},
                    "body": c.body,
                    "path": c.path,
                    "url": f"https://github.com/{c.pull.repo.full_name}/pull/"
                    f"{c.pull.number}#discussion_r{c.id}",
                    "createdAt": c.created_at,
                }
                for c in comments
            ],
        },
    }


def _error(message: str, kind: str = "NOT_FOUND", path: list[str] | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"type": kind, "message": message, "locations": []}
    if path:
        err["path"] = path
    return err


def execute(gh: GitHubEmulator, token: Token, raw: bytes) -> dict[str, Any]:
    try:
        request = json.loads(raw or b"null")
    except ValueError:
        gh.violations.append("POST /graphql: body is not JSON")
        return {"errors": [{"message": "Problems parsing JSON"}]}
    if (
        not isinstance(request, dict)
        or not isinstance(request.get("query"), str)
        or not isinstance(request.get("variables", {}) or {}, dict)
    ):
        gh.violations.append("POST /graphql: body must be {query: string, variables?: object}")
        return {
            "errors": [{"message": "A query attribute must be specified and must be a string."}]
        }
    query: str = request["query"]
    variables: dict[str, Any] = request.get("variables") or {}
    for mutation, resolved in (("unresolveReviewThread", False), ("resolveReviewThread", True)):
        if re.search(rf"\b{mutation}\b", query):
            return _resolve(gh, token, query, variables, mutation, resolved)
    if "reviewThreads" in query:
        return _threads(gh, token, query, variables)
    if re.search(r"\bobject\s*\(", query):
        return _objects(gh, token, query, variables)
    gh.violations.append("POST /graphql: operation not supported by the emulator")
    return {"errors": [_error("The emulator supports only review thread operations", "INTERNAL")]}


def _resolve(
    gh: GitHubEmulator,
    token: Token,
    query: str,
    variables: dict[str, Any],
    mutation: str,
    resolved: bool,
) -> dict[str, Any]:
    thread_id = _argument(query, variables, "threadId")
    if thread_id is None and isinstance(variables.get("input"), dict):
        thread_id = variables["input"].get("threadId")
    thread = gh.threads.get(str(thread_id))
    repo = thread.pull.repo if thread else None
    if (
        thread is None
        or repo is None
        or repo.installation_id != token.installation_id
        or (token.repositories is not None and repo.full_name.lower() not in token.repositories)
    ):
        return {
            "data": {mutation: None},
            "errors": [
                _error(
                    f"Could not resolve to a node with the global id of '{thread_id}'.",
                    path=[mutation],
                )
            ],
        }
    thread.is_resolved = resolved
    thread.resolved_by = gh.bot_login if resolved else None
    return {"data": {mutation: {"thread": thread_json(gh, thread)}}}


def _repository(
    gh: GitHubEmulator, token: Token, query: str, variables: dict[str, Any]
) -> Repo | dict[str, Any]:
    """`repository(owner:, name:)` as this token may see it, or GitHub's answer when it may not."""
    owner = _argument(query, variables, "owner")
    name = _argument(query, variables, "name")
    repo = gh.repos.get(f"{owner}/{name}".lower())
    if (
        repo is None
        or repo.installation_id != token.installation_id
        or (token.repositories is not None and repo.full_name.lower() not in token.repositories)
    ):
        return {
            "data": {"repository": None},
            "errors": [
                _error(
                    f"Could not resolve to a Repository with the name '{owner}/{name}'.",
                    path=["repository"],
                )
            ],
        }
    return repo


def _threads(
    gh: GitHubEmulator, token: Token, query: str, variables: dict[str, Any]
) -> dict[str, Any]:
    repo = _repository(gh, token, query, variables)
    if not isinstance(repo, Repo):
        return repo
    number = _argument(query, variables, "number")
    pull = gh.pulls.get((repo.full_name.lower(), int(number) if number is not None else -1))
    if pull is None:
        return {
            "data": {"repository": {"pullRequest": None}},
            "errors": [
                _error(
                    f"Could not resolve to a PullRequest with the number of {number}.",
                    path=["repository", "pullRequest"],
                )
            ],
        }
    nodes = [thread_json(gh, t) for t in gh.threads.values() if t.pull is pull]
    return {
        "data": {
            "repository": {
                "pullRequest": {
                    "reviewThreads": {
                        "totalCount": len(nodes),
                        "pageInfo": {"hasNextPage": False, "endCursor": None},
                        "nodes": nodes,
                    }
                }
            }
        }
    }


_OBJECT = re.compile(r"(\w+)\s*:\s*object\(\s*(oid|expression)\s*:\s*\$(\w+)\s*\)")


def _objects(
    gh: GitHubEmulator, token: Token, query: str, variables: dict[str, Any]
) -> dict[str, Any]:
    """Blobs by oid, and `<commit>:<path>` at a commit (null: no such file), like GitHub."""
    repo = _repository(gh, token, query, variables)
    if not isinstance(repo, Repo):
        return repo
    found: dict[str, Any] = {}
    for alias, kind, var in _OBJECT.findall(query):
        value = str(variables.get(var, ""))
        if kind == "oid":
            content = repo.blobs.get(value)
        else:
            commit, _, path = value.partition(":")
            content = repo.contents.get((path, commit))
        found[alias] = None if content is None else _blob(content)
    return {"data": {"repository": found}}


def _blob(content: bytes) -> dict[str, Any]:
    from .state import blob_sha

    binary = b"\0" in content[:8000]  # git's own test for binary content
    return {
        "oid": blob_sha(content),
        "byteSize": len(content),
        "isBinary": binary,
        "isTruncated": False,
        "text": None if binary else content.decode("utf-8", "replace"),
    }
