"""JSON objects in GitHub's shapes, built from real payloads and the spec's own examples.

Field values not modelled by the emulator (avatars, timestamps of the repository, merge state)
come from the Codertocat webhook payload and GitHub's OpenAPI examples; the rest is filled from
state. API URLs point at the emulator, so a client following `url` fields or `Link` headers stays
on it; `html_url`s stay on github.com as on GitHub.
"""

from __future__ import annotations

import base64
import copy
import functools
import hashlib
import json
from typing import Any

from . import spec
from .state import (
    App,
    CheckRun,
    IssueComment,
    Pull,
    PullFile,
    Reaction,
    Repo,
    Review,
    ReviewComment,
    node_id,
)

API = "https://api.github.com"
WEB = "https://github.com"
_TEMPLATE_REPO = "Codertocat/Hello-World"


@functools.cache
def _payload(name: str) -> dict[str, Any]:
    path = spec.DATA_DIR / "payloads" / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def user_id(login: str) -> int:
    """A stable id for a login (the same user always gets the same id)."""
    return 10_000_000 + int(hashlib.sha256(login.lower().encode()).hexdigest()[:7], 16)


def b64_lines(content: bytes) -> str:
    """Base64 as GitHub sends it for contents and blobs: wrapped every 60 characters."""
    text = base64.b64encode(content).decode()
    return "".join(text[i : i + 60] + "\n" for i in range(0, len(text), 60))


class Renderer:
    """Turns state objects into response JSON for an emulator at `base_url`."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    def _api(self, text: str) -> str:
        return text.replace(API, self.base)

    def user(self, login: str, user_type: str | None = None) -> dict[str, Any]:
        kind = user_type or ("Bot" if login.endswith("[bot]") else "User")
        template = copy.deepcopy(_payload("pull_request.opened")["sender"])
        raw = json.dumps(template).replace("/Codertocat", "/" + login.replace("[bot]", "%5Bbot%5D"))
        out: dict[str, Any] = json.loads(self._api(raw))
        uid = user_id(login)
        out.update(
            login=login,
            id=uid,
            node_id=node_id("BOT" if kind == "Bot" else "U", uid),
            type=kind,
            avatar_url=f"https://avatars.githubusercontent.com/u/{uid}?v=4",
        )
        if kind == "Bot":
            out["html_url"] = f"{WEB}/apps/{login.removesuffix('[bot]')}"
        return out

    def repository(self, repo: Repo) -> dict[str, Any]:
        template = _payload("pull_request.opened")["repository"]
        raw = json.dumps(template).replace(_TEMPLATE_REPO, repo.full_name)
        out: dict[str, Any] = json.loads(self._api(raw))
        out.update(
            id=repo.id,
            node_id=node_id("R", repo.id),
            name=repo.name,
            full_name=repo.full_name,
            private=repo.private,
            owner=self.user(repo.owner, repo.owner_type),
            default_branch=repo.default_branch,
            visibility="private" if repo.private else "public",
        )
        return out

    def pull(self, pull: Pull) -> dict[str, Any]:
        template = _payload("pull_request.opened")["pull_request"]
        raw = (
            json.dumps({k: v for k, v in template.items() if k not in ("head", "base", "user")})
            .replace(_TEMPLATE_REPO, pull.repo.full_name)
            .replace("/pulls/2", f"/pulls/{pull.number}")
            .replace("/pull/2", f"/pull/{pull.number}")
            .replace("/issues/2", f"/issues/{pull.number}")
            .replace("ec26c3e57ca3a959ca5aad62de7213c562f8c821", pull.head_sha)
        )
        out: dict[str, Any] = json.loads(self._api(raw))
        repo_json = self.repository(pull.repo)
        files = pull.files.values()
        out.update(
            id=pull.id,
            node_id=node_id("PR", pull.id),
            number=pull.number,
            state=pull.state,
            title=pull.title,
            body=pull.body,
            draft=pull.draft,
            user=self.user(pull.author),
            assignee=None,
            assignees=[],
            requested_reviewers=[],
            requested_teams=[],
            labels=[],
            changed_files=len(pull.files),
            merged=pull.merged,
            merged_at=out.get("updated_at") if pull.merged else None,
            closed_at=out.get("updated_at") if pull.state == "closed" else None,
            additions=sum(f.additions for f in files),
            deletions=sum(f.deletions for f in files),
            head={
                "label": f"{pull.repo.owner}:{pull.head_ref}",
                "ref": pull.head_ref,
                "sha": pull.head_sha,
                "user": self.user(pull.repo.owner, pull.repo.owner_type),
                "repo": repo_json,
            },
            base={
                "label": f"{pull.repo.owner}:{pull.base_ref}",
                "ref": pull.base_ref,
                "sha": pull.base_sha,
                "user": self.user(pull.repo.owner, pull.repo.owner_type),
                "repo": repo_json,
            },
        )
        return out

    def pull_minimal(self, pull: Pull) -> dict[str, Any]:
        repo = {"id": pull.repo.id, "url": f"{self.base}/repos/{pull.repo.full_name}"}
        repo["name"] = pull.repo.name
        return {
            "id": pull.id,
            "number": pull.number,
            "url": f"{self.base}/repos/{pull.repo.full_name}/pulls/{pull.number}",
            "head": {"ref": pull.head_ref, "sha": pull.head_sha, "repo": repo},
            "base": {"ref": pull.base_ref, "sha": pull.base_sha, "repo": repo},
        }

    def diff_entry(self, repo: Repo, f: PullFile, head_sha: str) -> dict[str, Any]:
        web = f"{WEB}/{repo.full_name}"
        out: dict[str, Any] = {
            "sha": f.sha,
            "filename": f.filename,
            "status": f.status,
            "additions": f.additions,
            "deletions": f.deletions,
            "changes": f.additions + f.deletions,
            "blob_url": f"{web}/blob/{head_sha}/{f.filename}",
            "raw_url": f"{web}/raw/{head_sha}/{f.filename}",
            "contents_url": f"{self.base}/repos/{repo.full_name}/contents/{f.filename}"
            f"?ref={head_sha}",
        }
        if f.patch is not None:
            out["patch"] = f.patch
        if f.previous_filename is not None:
            out["previous_filename"] = f.previous_filename
        return out

    def review(self, review: Review) -> dict[str, Any]:
        out: dict[str, Any] = spec.example("pull-request-review")
        pull = review.pull
        api = f"{self.base}/repos/{pull.repo.full_name}/pulls/{pull.number}"
        html = f"{WEB}/{pull.repo.full_name}/pull/{pull.number}#pullrequestreview-{review.id}"
        out.update(
            id=review.id,
            node_id=node_id("PRR", review.id),
            user=self.user(review.user),
            body=review.body,
            state=review.state,
            html_url=html,
            pull_request_url=api,
            _links={"html": {"href": html}, "pull_request": {"href": api}},
            commit_id=review.commit_id,
            author_association="NONE",
        )
        if review.state == "PENDING":
            out.pop("submitted_at", None)
        else:
            out["submitted_at"] = review.submitted_at
        return out

    def review_comment(self, c: ReviewComment) -> dict[str, Any]:
        out: dict[str, Any] = spec.example("pull-request-review-comment")
        repo = c.pull.repo.full_name
        url = f"{self.base}/repos/{repo}/pulls/comments/{c.id}"
        html = f"{WEB}/{repo}/pull/{c.pull.number}#discussion_r{c.id}"
        pr_url = f"{self.base}/repos/{repo}/pulls/{c.pull.number}"
        out.update(
            url=url,
            id=c.id,
            node_id=node_id("PRRC", c.id),
            pull_request_review_id=c.review_id,
            diff_hunk=c.diff_hunk,
            path=c.path,
            position=c.position,
            original_position=c.original_position,
            commit_id=c.commit_id,
            original_commit_id=c.original_commit_id,
            user=self.user(c.user),
            body=c.body,
            created_at=c.created_at,
            updated_at=c.updated_at,
            html_url=html,
            pull_request_url=pr_url,
            author_association="NONE",
            _links={
                "self": {"href": url},
                "html": {"href": html},
                "pull_request": {"href": pr_url},
            },
            start_line=c.start_line,
            original_start_line=c.start_line,
            start_side=c.start_side,
            line=c.line,
            original_line=c.original_line,
            side=c.side,
            subject_type="line",
        )
        out.pop("reactions", None)
        if c.in_reply_to_id is None:
            out.pop("in_reply_to_id", None)
        else:
            out["in_reply_to_id"] = c.in_reply_to_id
        # An outdated comment has no current line/position. GitHub sends null, but the spec
        # types both as non-nullable (and not required), so the emulator omits them: clients
        # must read them with .get() either way.
        for key in ("position", "line"):
            if out[key] is None:
                out.pop(key)
        return out

    def review_comment_of_review(self, c: ReviewComment) -> dict[str, Any]:
        """The `review-comment` shape of `GET .../reviews/{id}/comments` (position may be null)."""
        out = self.review_comment(c)
        out["position"] = c.position
        return out

    def issue_comment(self, c: IssueComment) -> dict[str, Any]:
        out: dict[str, Any] = spec.example("issue-comment")
        repo = c.repo.full_name
        out.update(
            id=c.id,
            node_id=node_id("IC", c.id),
            url=f"{self.base}/repos/{repo}/issues/comments/{c.id}",
            html_url=f"{WEB}/{repo}/pull/{c.issue_number}#issuecomment-{c.id}",
            body=c.body,
            user=self.user(c.user, c.user_type),
            created_at=c.created_at,
            updated_at=c.updated_at,
            issue_url=f"{self.base}/repos/{repo}/issues/{c.issue_number}",
            author_association="NONE",
        )
        return out

    def reaction(self, r: Reaction) -> dict[str, Any]:
        out: dict[str, Any] = spec.example("reaction")
        out.update(
            id=r.id,
            node_id=node_id("REA", r.id),
            user=self.user(r.user),
            content=r.content,
            created_at=r.created_at,
        )
        return out

    def app(self, app: App, installations: int) -> dict[str, Any]:
        """GET /app: GitHub's example integration, with this App's id, slug and name."""
        out: dict[str, Any] = spec.example("integration")
        out.update(
            id=app.id,
            slug=app.slug,
            name=app.name,
            node_id=node_id("A", app.id),
            html_url=f"{WEB}/apps/{app.slug}",
            installations_count=installations,
        )
        return out

    def check_run(self, run: CheckRun, app: App, pulls: list[Pull]) -> dict[str, Any]:
        out: dict[str, Any] = spec.example("check-run")
        repo = run.repo.full_name
        url = f"{self.base}/repos/{repo}/check-runs/{run.id}"
        output = {
            "title": run.output.get("title"),
            "summary": run.output.get("summary"),
            "text": run.output.get("text"),
            "annotations_count": len(run.annotations),
            "annotations_url": f"{url}/annotations",
        }
        out["app"].update(id=app.id, slug=app.slug, name=app.name, node_id=node_id("A", app.id))
        out["app"]["owner"] = self.user(run.repo.owner, run.repo.owner_type)
        out.update(
            id=run.id,
            node_id=node_id("CR", run.id),
            head_sha=run.head_sha,
            external_id=run.external_id or "",
            url=url,
            html_url=f"{WEB}/{repo}/runs/{run.id}",
            details_url=run.details_url or f"{WEB}/apps/{app.slug}",
            status=run.status,
            conclusion=run.conclusion,
            started_at=run.started_at,
            completed_at=run.completed_at,
            output=output,
            name=run.name,
            check_suite={"id": 10_000_000 + run.id % 1_000_000},
            pull_requests=[self.pull_minimal(p) for p in pulls],
        )
        return out

    def content_file(self, repo: Repo, path: str, ref: str, content: bytes) -> dict[str, Any]:
        from .state import blob_sha

        sha = blob_sha(content)
        url = f"{self.base}/repos/{repo.full_name}/contents/{path}?ref={ref}"
        git_url = f"{self.base}/repos/{repo.full_name}/git/blobs/{sha}"
        html = f"{WEB}/{repo.full_name}/blob/{ref}/{path}"
        return {
            "type": "file",
            "encoding": "base64",
            "size": len(content),
            "name": path.rsplit("/", 1)[-1],
            "path": path,
            "content": b64_lines(content),
            "sha": sha,
            "url": url,
            "git_url": git_url,
            "html_url": html,
            "download_url": f"https://raw.githubusercontent.com/{repo.full_name}/{ref}/{path}",
            "_links": {"self": url, "git": git_url, "html": html},
        }

    def blob(self, repo: Repo, sha: str, content: bytes) -> dict[str, Any]:
        return {
            "sha": sha,
            "node_id": node_id("B", int(sha[:12], 16)),
            "size": len(content),
            "url": f"{self.base}/repos/{repo.full_name}/git/blobs/{sha}",
            "content": b64_lines(content),
            "encoding": "base64",
        }

    def permission(self, login: str, role: str) -> dict[str, Any]:
        legacy = {"maintain": "write", "triage": "read"}.get(role, role)
        user = self.user(login)
        levels = ["read", "triage", "write", "maintain", "admin"]
        rank = levels.index(role) if role in levels else -1
        user["permissions"] = {
            "pull": rank >= 0,
            "triage": rank >= 1,
            "push": rank >= 2,
            "maintain": rank >= 3,
            "admin": rank >= 4,
        }
        user["role_name"] = role
        return {"permission": legacy, "role_name": role, "user": user}
