"""Webhook deliveries for tests: real payloads from tests/data/github/payloads, adapted by field
and signed exactly as GitHub signs them (`X-Hub-Signature-256: sha256=<hex hmac of the body>`)."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import uuid
from typing import Any

from .keys import KeyPair, app_jwt, generate_keypair
from .spec import DATA_DIR

__all__ = [
    "KeyPair",
    "adapt",
    "app_jwt",
    "delivery",
    "generate_keypair",
    "load_payload",
    "sign",
    "webhook",
]

PAYLOAD_DIR = DATA_DIR / "payloads"


def load_payload(name: str) -> dict[str, Any]:
    """A fresh copy of `payloads/<name>.json` (name with or without `.json`)."""
    path = PAYLOAD_DIR / (name if name.endswith(".json") else f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _retarget(obj: Any, old: str, new: str) -> Any:
    """Replace `old` full name (owner/repo) in every string, so URLs follow the new repo."""
    if isinstance(obj, dict):
        return {k: _retarget(v, old, new) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_retarget(v, old, new) for v in obj]
    if isinstance(obj, str) and old:
        return obj.replace(old, new)
    return obj


def adapt(
    payload: dict[str, Any],
    *,
    owner: str | None = None,
    repo: str | None = None,
    repo_id: int | None = None,
    number: int | None = None,
    head_sha: str | None = None,
    base_sha: str | None = None,
    head_ref: str | None = None,
    installation_id: int | None = None,
    action: str | None = None,
    author: str | None = None,
    draft: bool | None = None,
    comment_id: int | None = None,
    comment_body: str | None = None,
    commenter: str | None = None,
    commenter_type: str | None = None,
    sender: str | None = None,
    sender_type: str | None = None,
) -> dict[str, Any]:
    """A copy of `payload` with the named fields changed wherever the event carries them:
    `repository` (and the PR's head/base repos), `pull_request`/`number`, `issue`, `comment`,
    `installation`, `sender`, `action`; `before`/`after` of a synchronize follow `head_sha`."""
    out = copy.deepcopy(payload)
    old_full = out.get("repository", {}).get("full_name", "")
    if owner is not None or repo is not None:
        o, _, n = old_full.partition("/")
        new_full = f"{owner or o}/{repo or n}"
        out = _retarget(out, old_full, new_full)
        repos = [out.get("repository")]
        pr = out.get("pull_request")
        if pr:
            repos += [pr["base"].get("repo"), pr["head"].get("repo")]
        for r in repos:
            if r:
                r["full_name"] = new_full
                r["name"] = repo or n
                r["owner"]["login"] = owner or o
        if pr:
            for side in ("base", "head"):
                pr[side]["user"]["login"] = owner or o
                pr[side]["label"] = f"{owner or o}:{pr[side]['ref']}"
    if repo_id is not None and "repository" in out:
        out["repository"]["id"] = repo_id
    if action is not None:
        out["action"] = action
    if installation_id is not None:
        out.setdefault("installation", {})["id"] = installation_id
    pr = out.get("pull_request")
    if number is not None:
        if "number" in out:
            out["number"] = number
        for obj in (pr, out.get("issue")):
            if obj:
                old = obj["number"]
                obj["number"] = number
                for key, value in list(obj.items()):
                    if isinstance(value, str):
                        obj[key] = value.replace(f"/pull/{old}", f"/pull/{number}")
                        obj[key] = obj[key].replace(f"/pulls/{old}", f"/pulls/{number}")
                        obj[key] = obj[key].replace(f"/issues/{old}", f"/issues/{number}")
        if out.get("comment") and "issue_url" in out["comment"]:
            url = out["comment"]["issue_url"]
            out["comment"]["issue_url"] = url.rsplit("/", 1)[0] + f"/{number}"
    if pr:
        if head_sha is not None:
            pr["head"]["sha"] = head_sha
            if "after" in out:
                out["after"] = head_sha
        if base_sha is not None:
            pr["base"]["sha"] = base_sha
        if head_ref is not None:
            pr["head"]["ref"] = head_ref
        if author is not None:
            pr["user"]["login"] = author
        if draft is not None:
            pr["draft"] = draft
    comment = out.get("comment")
    if comment:
        if comment_id is not None:
            comment["id"] = comment_id
        if comment_body is not None:
            comment["body"] = comment_body
        if commenter is not None:
            comment["user"]["login"] = commenter
        if commenter_type is not None:
            comment["user"]["type"] = commenter_type
    if sender is not None or (commenter is not None and sender is None):
        out["sender"]["login"] = sender if sender is not None else commenter
    if sender_type is not None:
        out["sender"]["type"] = sender_type
    elif commenter_type is not None and sender is None:
        out["sender"]["type"] = commenter_type
    return out


def sign(body: bytes, secret: str | bytes) -> str:
    key = secret.encode() if isinstance(secret, str) else secret
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def delivery(
    event: str, payload: dict[str, Any], secret: str | bytes
) -> tuple[dict[str, str], bytes]:
    """(headers, body) of a delivery as GitHub POSTs it to the app's webhook URL."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "GitHub-Hookshot/5a4b3c2",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": str(uuid.uuid4()),
        "X-GitHub-Hook-ID": "109948940",
        "X-Hub-Signature-256": sign(body, secret),
    }
    if "installation" in payload:
        headers["X-GitHub-Hook-Installation-Target-Type"] = "integration"
    return headers, body


def webhook(name: str, secret: str | bytes, **overrides: Any) -> tuple[dict[str, str], bytes]:
    """Load payload `name` (e.g. "pull_request.opened"), `adapt` it with `overrides`, and sign
    it; the event header is the part of the name before the first dot."""
    event = name.removesuffix(".json").split(".", 1)[0]
    return delivery(event, adapt(load_payload(name), **overrides), secret)
