"""`qtreview`: the single entry point. `serve` runs the GitHub App; `check` and `rules` run the
engine on local files; `config` validates a repository's .github/qtreview.yml.

Imports are deferred to the command that needs them: `qtreview check` loads neither the App's
web stack nor the config validator (unless there is a config file to read).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checks import Policy


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qtreview",
        description="Reviews pull requests touching Qt networking C++ code.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = _service_command(
        commands,
        "serve",
        help="run the GitHub App (webhook receiver and reviewer)",
        description=(
            "Run the GitHub App: receives pull_request webhooks on POST /webhook and posts one "
            "review per push. Also serves GET /healthz, /readyz and /metrics. SIGTERM/SIGINT "
            "stop it gracefully: reviews in flight finish (within QTREVIEW_SHUTDOWN_GRACE "
            "seconds); the rest stay in the journal (QTREVIEW_STATE_DIR) and the next start "
            "resumes them."
        ),
    )
    serve.add_argument(
        "--max-comments", type=int, help="line comments per review (QTREVIEW_MAX_COMMENTS)"
    )
    serve.set_defaults(func=run_serve, role="serve")
    worker = _service_command(
        commands,
        "worker",
        help="run reviews queued on Redis by `serve` replicas (needs QTREVIEW_REDIS_URL)",
        description=(
            "Run reviews that `qtreview serve` replicas queued on Redis (QTREVIEW_REDIS_URL): "
            "one pull request at a time per worker fleet, the newest head first. Serves GET "
            "/healthz, /readyz and /metrics. SIGTERM stops taking jobs and lets running ones "
            "finish within QTREVIEW_SHUTDOWN_GRACE seconds; Redis keeps the rest."
        ),
    )
    worker.set_defaults(func=run_serve, role="worker", max_comments=None)
    _engine_commands(commands)
    return parser


def _service_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,  # argparse's own name
    description: str,
) -> argparse.ArgumentParser:
    """`serve` and `worker`: a long-running process with health endpoints and the same knobs."""
    command = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=_environment_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--host", help="listen address (overrides QTREVIEW_HOST)")
    command.add_argument("--port", type=int, help="listen port (overrides QTREVIEW_PORT)")
    command.add_argument(
        "--concurrency", type=int, help="reviews run at once (overrides QTREVIEW_CONCURRENCY)"
    )
    return command


def _engine_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`check`/`rules` come from the engine's CLI and `config` from bot.config."""
    from bot.config.cli import add_parser as add_config_parser
    from checks import add_cli_parsers

    add_config_parser(commands)
    add_cli_parsers(commands, policy_loader=load_policy, find_config=find_config)


def _environment_help() -> str:
    from bot.settings import ENVIRONMENT_HELP

    return ENVIRONMENT_HELP


def find_config(root: Path) -> Path | None:
    """The checkout's own `.github/qtreview.yml`, the file the App reads from the repository.

    The App also layers the organization's file (`<org>/.github`) under it; a local checkout
    cannot see that one (docs/ci.md)."""
    from bot.config.model import CONFIG_PATH

    path = root / CONFIG_PATH
    return path if path.is_file() else None


def load_policy(path: str) -> Policy:
    """`qtreview check --config FILE`: the file as a repository's config, over the defaults."""
    from bot.config import DEFAULTS, Source, load_layers, validate_file

    errors = validate_file(path)
    if errors:
        raise ValueError("; ".join(str(e) for e in errors))
    text = Path(path).read_text(encoding="utf-8")
    return load_layers(DEFAULTS, repo=Source(path, text)).to_policy()


def run_serve(args: argparse.Namespace) -> int:
    import os
    from dataclasses import replace

    from bot.ops import logs
    from bot.settings import Settings, SettingsError

    logs.configure(os.environ.get("QTREVIEW_LOG_LEVEL", "INFO"))
    try:
        settings = Settings.from_env()
    except SettingsError as e:
        print(f"qtreview {args.role}: {e}", file=sys.stderr)
        return 2
    if args.role == "worker" and settings.redis_url is None:
        print(
            "qtreview worker: QTREVIEW_REDIS_URL is not set: a worker takes its jobs from Redis "
            "(without Redis, `qtreview serve` runs the reviews itself)",
            file=sys.stderr,
        )
        return 2
    overrides = {
        "host": args.host,
        "port": args.port,
        "concurrency": args.concurrency,
        "max_comments": args.max_comments,
    }
    settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    from bot.server import serve

    serve(settings, role=args.role)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code = args.func(args)
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
