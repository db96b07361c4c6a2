"""A GitHub emulator the bot's tests, benchmark and demo talk HTTP to (GitHub is not reachable).

    async with GitHubEmulator() as gh:            # aiohttp server on 127.0.0.1, free port
        keys = generate_keypair()
        gh.register_app(42, "qtreview", keys.public_pem)
        gh.add_installation(7, "acme")              # account_type="Organization"
        gh.add_repo("acme", "net", 7)                # default_branch="main", private=True
        pull = gh.add_pull("acme", "net", 5, files={"src/a.cpp": "int main() {}\\n"})
        ... point the bot at gh.url, deliver webhooks.webhook("pull_request.opened", secret, ...)
        assert gh.violations == []

State API (plain Python; all state objects are dataclasses from `state.py`):
- `register_app(app_id, slug, public_key_pem, name=None) -> App`; the bot user is
  `gh.bot_login == "<slug>[bot]"` (type Bot). `gh.app` is the single registered app.
- `add_installation(id, account, *, account_type="Organization", app_id=None, permissions=None)`
- `add_repo(owner, name, installation_id, default_branch="main", *, private=True) -> Repo`
- `add_pull(owner, repo, number, *, files, head_sha=None, base_sha=None, author="octocat",
  base_files=None, head_ref="feature", title=..., body="", draft=False, state="open") -> Pull`.
  `files` maps path -> new content (patch computed against `base_files`; "added" if absent
  there) | `(content, patch)` (explicit patch; `patch=None` emulates GitHub omitting it for a
  large diff; `content=None` is a removed file) | `PullFile`. Blob shas are git's. Head files are
  readable via contents at head sha and head ref, and as blobs.
- `push(owner, repo, number, *, files, head_sha=None, base_files=None) -> Pull`: a new head with
  its full file list; comments on changed files become outdated (`line` null).
- `set_contents(owner, repo, path, content, ref=None)` (alias `set_file_at_ref`): contents API
  (e.g. the org `.github` repo's config); ref None = default branch; content None removes.
- `set_permission(owner, repo, user, permission)`: admin|maintain|write|triage|read, None removes
  (non-collaborators get 404).
- `add_issue_comment(owner, repo, issue_number, body, user="octocat", user_type="User")`: a
  human's comment (reactions need an existing comment id). `add_reply(comment_id, body, user)`: a
  human reply in a review thread.
- Tokens: `gh.token_lifetime` (seconds, default 3600) for tokens issued afterwards;
  `expire_tokens()`; `set_rate_limit(remaining, reset_in=3600.0)`.
- Inspection: `reviews`, `review_comments`, `threads` (id -> Thread), `resolved_threads` (ids),
  `thread_of(comment_id)`, `issue_comments`, `reactions`, `check_runs` (with `.annotations` and
  `.requests`), `tokens`, `requests` (RequestRecord(method, path, query, status, body, fault,
  received, answered); status 0: no answer),
  `violations` (requests that broke the OpenAPI description or hit no known operation: strings),
  `response_violations` (the emulator's own responses that broke it; should stay empty).

GitHub's size limits, answered 422 like GitHub: review, review comment and issue comment bodies
over 65,536 characters ("body is too long"); check-run `output.summary`/`text` over 65,535
characters and more than 50 annotations per request (the OpenAPI description's `maxLength` and
`maxItems`, which also record a violation); at most 3,000 files listed per pull request.

Failure switches:
- `fail(method, path_regex, status, *, times=1, headers=None, body=None)`: method "*" matches
  any; `times=None` forever. E.g. 503; 404; 403 with {"Retry-After": "1"} (secondary rate
  limit message); 429/403 with {"x-ratelimit-remaining": "0", "x-ratelimit-reset": ...}.
- `delay(path_regex, seconds, *, times=1, method="*")`: the request hangs before its answer.
- `reject_line(path, line)`: review comments there get 422 "Line could not be resolved".
- `clear_switches()`.
- `faults = FaultPlan(seed, rate, mix=..., path=..., hang_s=..., max_hangs=...)`
  (`faults.py`): seeded faults on every matching request, as GitHub has them: 5xx before and
  after acting, resets before and after acting, hangs, secondary rate limits with and without
  `Retry-After`, a used-up primary quota, 422 on a review. Deterministic per seed and request;
  `faults.injected` counts them; `requests[i].fault` names the one a request got.

Helpers: `webhooks.load_payload/adapt/sign/delivery/webhook`, `keys.generate_keypair()`,
`keys.app_jwt(app_id, private_pem, iat=None, exp=None)`, `diff.make_patch(old, new)`.
"""

from .emulator import ApiError, GitHubEmulator
from .keys import KeyPair, app_jwt, generate_keypair
from .state import PullFile, blob_sha

__all__ = [
    "ApiError",
    "GitHubEmulator",
    "KeyPair",
    "PullFile",
    "app_jwt",
    "blob_sha",
    "generate_keypair",
]
