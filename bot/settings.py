"""The service's configuration, read once from the environment: every module gets one typed view."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_GITHUB_URL = "https://api.github.com"
DEFAULT_DOCS_URL = "https://github.com/qtreview/qtreview/blob/main/"
MAX_WEBHOOK_BYTES = 25 * 1024 * 1024

ENVIRONMENT_HELP = """\
configuration (environment):
  GITHUB_APP_ID              the GitHub App's numeric id (required)
  GITHUB_PRIVATE_KEY         the App's PEM private key, inline (or:)
  GITHUB_PRIVATE_KEY_PATH    a file holding the App's PEM private key
  GITHUB_WEBHOOK_SECRET      the App's webhook secret (required: unsigned deliveries are refused)
  QTREVIEW_GITHUB_URL        REST API base URL (default https://api.github.com;
                             GitHub Enterprise Server: https://HOST/api/v3)
  QTREVIEW_BOT_LOGIN         overrides the App's bot login, e.g. qtreview[bot] (optional: by
                             default it is learnt from GET /app; only its comments' markers count)
  QTREVIEW_HOST, QTREVIEW_PORT   where to listen (default 0.0.0.0:8080)
  QTREVIEW_CONCURRENCY       reviews run at once (default 4)
  QTREVIEW_MAX_COMMENTS      line comments per review; the rest go in the body (default 10)
  QTREVIEW_DOCS_URL          base URL the rule docs (docs/rules/<id>.md) are linked under
  QTREVIEW_MAX_RATE_LIMIT_WAIT   longest wait (s) for GitHub's rate limit to reset (default 300)
  QTREVIEW_GITHUB_TIMEOUT    seconds before an unanswered GitHub call counts as failed (default 30)
  QTREVIEW_WRITE_SPACING     seconds between two writes of one installation (default 1, as GitHub
                             asks; writes of one installation never overlap)
  QTREVIEW_WAIT_SCALE        multiplies every wait qtreview chooses (backoffs, the minute after a
                             secondary rate limit); default 1. For tests and benchmarks only
  QTREVIEW_SHUTDOWN_GRACE    seconds to finish reviews in flight on shutdown (default 25); what
                             is not finished by then stays in the journal for the next start
  QTREVIEW_STATE_DIR         where the journal of acknowledged reviews lives (SQLite), so that a
                             restart resumes them (default $XDG_STATE_HOME/qtreview, that is
                             ~/.local/state/qtreview; /var/lib/qtreview in the image)
  QTREVIEW_REDIS_URL         redis://HOST:PORT/DB: the queue, delivery ids and per-pull-request
                             leases live in Redis; `serve` replicas only enqueue and `qtreview
                             worker` processes run the reviews (default: none, one process)
  QTREVIEW_JOB_TIMEOUT       with Redis: seconds a review may take before arq gives it to
                             another worker (a worker that died); default 600
  QTREVIEW_LOG_LEVEL         DEBUG, INFO (default), WARNING
"""


class SettingsError(ValueError):
    """The environment cannot run the service; the message says what to set."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one GitHub call again, and how to pace calls (`bot.github.client`)."""

    attempts: int = 4
    backoff_s: float = 0.5
    backoff_cap_s: float = 8.0
    max_rate_limit_wait_s: float = 300.0
    request_timeout_s: float = 30.0
    """Real seconds: a call GitHub has not answered by then counts as a timeout."""
    write_spacing_s: float = 1.0
    """Real seconds between two writes of one installation (GitHub: at least one second)."""


@dataclass(frozen=True)
class JobRetryPolicy:
    """How hard to try a whole review again after a transient failure (`bot.review.retry`)."""

    attempts: int = 5
    """Tries of one review in all, the first included."""
    backoff_s: float = 15.0
    backoff_cap_s: float = 600.0
    within_s: float = 3600.0
    """No try starts once the waits between tries add up to more than this."""


@dataclass(frozen=True)
class Settings:
    app_id: str
    private_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    github_url: str = DEFAULT_GITHUB_URL
    bot_login: str | None = None
    host: str = "0.0.0.0"  # noqa: S104  # a container listens on all of its interfaces
    port: int = 8080
    concurrency: int = 4
    max_comments: int = 10
    docs_url: str = DEFAULT_DOCS_URL
    shutdown_grace_s: float = 25.0
    max_webhook_bytes: int = MAX_WEBHOOK_BYTES
    delivery_ttl_s: float = 3600.0
    max_include_files: int = 256
    """Include lookups (contents requests at the head) for one pull request, all rounds together."""
    max_include_bytes: int = 4 * 1024 * 1024
    analyzer_jobs: int | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    job_retry: JobRetryPolicy = field(default_factory=JobRetryPolicy)
    redis_url: str | None = None
    """With it, the queue is on Redis (`bot.review.redis_queue`) and reviews run in workers."""
    job_timeout_s: float = 600.0
    state_dir: Path | None = None
    """Where the journal lives (`bot.review.journal`); None keeps the queue in memory only (tests
    that need no restart). `from_env` always sets one."""
    wait_scale: float = 1.0
    """Every wait the service chooses (backoffs, GitHub's minute after a secondary rate limit)
    is multiplied by this: 1 in production, smaller in tests and benchmarks (`bot.ops.clock`)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Fail with a message naming the variable, never a traceback about a missing key."""
        env = os.environ if env is None else env
        secret = env.get("GITHUB_WEBHOOK_SECRET", "")
        if not secret:
            raise SettingsError(
                "GITHUB_WEBHOOK_SECRET is not set: qtreview refuses to accept unsigned webhooks. "
                "Set it to the webhook secret configured in the GitHub App's settings."
            )
        app_id = env.get("GITHUB_APP_ID", "").strip()
        if not app_id:
            raise SettingsError("GITHUB_APP_ID is not set: it is the numeric id of the GitHub App.")
        key = env.get("GITHUB_PRIVATE_KEY", "")
        key_path = env.get("GITHUB_PRIVATE_KEY_PATH", "")
        if not key and key_path:
            try:
                key = Path(key_path).read_text()
            except OSError as e:
                raise SettingsError(
                    f"GITHUB_PRIVATE_KEY_PATH={key_path!r} cannot be read: {e.strerror}"
                ) from None
        if "PRIVATE KEY" not in key:
            raise SettingsError(
                "Set GITHUB_PRIVATE_KEY (the PEM text) or GITHUB_PRIVATE_KEY_PATH (a file holding "
                "it) to the GitHub App's private key."
            )
        slug_login = env.get("QTREVIEW_BOT_LOGIN") or None
        retry = RetryPolicy(
            max_rate_limit_wait_s=_number(env, "QTREVIEW_MAX_RATE_LIMIT_WAIT", 300.0),
            request_timeout_s=_number(env, "QTREVIEW_GITHUB_TIMEOUT", 30.0),
            write_spacing_s=_number(env, "QTREVIEW_WRITE_SPACING", 1.0),
        )
        wait_scale = _number(env, "QTREVIEW_WAIT_SCALE", 1.0)
        if not 0 < wait_scale <= 1:
            raise SettingsError(f"QTREVIEW_WAIT_SCALE={wait_scale} must be within (0, 1]")
        return cls(
            app_id=app_id,
            private_key=key,
            webhook_secret=secret,
            github_url=env.get("QTREVIEW_GITHUB_URL") or DEFAULT_GITHUB_URL,
            bot_login=slug_login,
            host=env.get("QTREVIEW_HOST") or cls.host,
            port=int(_number(env, "QTREVIEW_PORT", 8080)),
            concurrency=max(1, int(_number(env, "QTREVIEW_CONCURRENCY", 4))),
            max_comments=max(0, int(_number(env, "QTREVIEW_MAX_COMMENTS", 10))),
            docs_url=env.get("QTREVIEW_DOCS_URL") or DEFAULT_DOCS_URL,
            shutdown_grace_s=_number(env, "QTREVIEW_SHUTDOWN_GRACE", 25.0),
            retry=retry,
            wait_scale=wait_scale,
            state_dir=_state_dir(env),
            redis_url=env.get("QTREVIEW_REDIS_URL") or None,
            job_timeout_s=_number(env, "QTREVIEW_JOB_TIMEOUT", 600.0),
        )


def _state_dir(env: Mapping[str, str]) -> Path:
    if env.get("QTREVIEW_STATE_DIR"):
        return Path(env["QTREVIEW_STATE_DIR"])
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "qtreview"


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number") from None
