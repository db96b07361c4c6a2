"""`qtreview check` and `qtreview rules`: the engine on local files, with no GitHub involved.

`bot/cli.py` mounts these commands with `add_parsers(subparsers, policy_loader=...)`; `main()`
runs them standalone (`python -m checks.cli check src/`), so the engine works without the bot.
Exit codes: 0 nothing at or above the threshold, 1 findings, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from checks.diffbase import changed_lines, on_changed_lines
from checks.findings import Finding, Report
from checks.output import github, json_format, sarif, text
from checks.policy import Policy
from checks.registry import rule_table
from checks.sources import Checkout, UsageError, collect
from checks.workers import Analyzer

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

PolicyLoader = Callable[[str], Policy]
"""Reads a config file into a Policy; raises ValueError (or OSError) with a message if it can't."""

FORMATS = ("text", "json", "sarif", "github")
MAX_BYTES = 1_000_000


def _confidence(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside [0, 1]")
    return x


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def add_parsers(subparsers: Subparsers, policy_loader: PolicyLoader | None = None) -> None:
    """Register `check` and `rules`; each sets `func(args) -> exit code`."""
    check = subparsers.add_parser(
        "check",
        help="analyze C++/Qt files and directories",
        description=(
            "Analyze C/C++ files and directories (hidden and build directories are skipped). "
            "Exit status: 0 no findings at or above the threshold, 1 findings, 2 usage error."
        ),
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    check.add_argument("--format", choices=FORMATS, default="text", help="output format")
    check.add_argument(
        "--min-confidence",
        type=_confidence,
        metavar="X",
        help="report findings with confidence >= X, in [0, 1] (default 0.5 or the config's)",
    )
    check.add_argument(
        "--diff-base", metavar="REV", help="report only lines changed since git revision REV"
    )
    check.add_argument("--jobs", type=_jobs, metavar="N", help="worker processes")
    check.add_argument(
        "-I",
        "--include-dir",
        dest="include_dirs",
        action="append",
        metavar="DIR",
        help=(
            "search DIR for project headers (repeatable; default: the config's include_dirs, "
            "else include/, src/ and the directories of the analyzed files)"
        ),
    )
    check.add_argument(
        "--config", metavar="FILE", help="a .github/qtreview.yml to take rules and paths from"
    )
    check.set_defaults(func=partial(run_check, policy_loader=policy_loader))
    rules = subparsers.add_parser("rules", help="list the rules", description="List the rules.")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(func=run_rules)


def run_rules(args: argparse.Namespace) -> int:
    table = rule_table()
    if args.format == "json":
        rows = [
            {
                "id": m.id,
                "severity": m.severity.value,
                "cwe": list(m.cwe),
                "title": m.title,
                "summary": m.summary,
                "confidence": m.confidence,
                "doc": m.doc,
            }
            for m in table
        ]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    else:
        sys.stdout.write(text.rules_table(table))
    return 0


def run_check(args: argparse.Namespace, policy_loader: PolicyLoader | None = None) -> int:
    try:
        policy = _policy(args, policy_loader)
        checkout = collect(args.paths, MAX_BYTES, args.include_dirs, policy.include_dirs)
        changed = changed_lines(checkout.root, args.diff_base) if args.diff_base else None
    except UsageError as e:
        print(f"qtreview check: {e}", file=sys.stderr)
        return 2
    report = analyze(checkout, policy, args.jobs, progress=args.format == "text")
    if changed is not None:
        report = replace(report, findings=tuple(on_changed_lines(report.findings, changed)))
    sys.stdout.write(render(report, args.format, checkout))
    return 1 if report.findings else 0


def _policy(args: argparse.Namespace, loader: PolicyLoader | None) -> Policy:
    policy = Policy()
    if args.config is not None:
        if loader is None:
            raise UsageError(
                "--config is not available from this entry point: it has no config loader "
                "(the config format belongs to the GitHub App, whose `qtreview` command passes one)"
            )
        try:
            policy = loader(args.config)
        except (ValueError, OSError) as e:
            raise UsageError(f"--config {args.config}: {e}") from None
    if args.min_confidence is not None:
        policy = replace(policy, min_confidence=args.min_confidence)
    return policy


def analyze(checkout: Checkout, policy: Policy, jobs: int | None, progress: bool) -> Report:
    """Run the files through the worker pool one by one, so the progress bar can move."""
    files = [f for f in checkout.files if policy.wants_path(f.path)]
    bar = text.Progress(len(files) if progress else 0)
    results: list[Report | None] = [None] * len(files)
    analyzer = Analyzer(jobs=jobs, max_bytes=MAX_BYTES)
    with analyzer, ThreadPoolExecutor(max_workers=analyzer.jobs) as pool:
        futures = {
            pool.submit(analyzer.analyze, [f], checkout.includes, None, checkout.include_dirs): i
            for i, f in enumerate(files)
        }
        for fut in as_completed(futures):
            i = futures[fut]
            results[i] = fut.result()
            bar.step(files[i].path)
    bar.finish()
    findings: list[Finding] = [f for r in results if r for f in r.findings]
    statuses = tuple(s for r in results if r for s in r.files)
    return Report(tuple(policy.apply(findings)), statuses)


def render(report: Report, fmt: str, checkout: Checkout) -> str:
    if fmt == "json":
        return json_format.render(report)
    if fmt == "sarif":
        return sarif.render(report, rule_table(), checkout.root, _version())
    if fmt == "github":
        return github.render(report)
    return text.render(report, color=use_color(sys.stdout))


def use_color(stream: Any) -> bool:
    """Color only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and bool(getattr(stream, "isatty", lambda: False)())


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qtreview")
    except PackageNotFoundError:
        return "0.1.0"


def build_parser(policy_loader: PolicyLoader | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qtreview", description="qtreview's rule engine")
    add_parsers(parser.add_subparsers(dest="command", required=True), policy_loader)
    return parser


def main(argv: Sequence[str] | None = None, policy_loader: PolicyLoader | None = None) -> int:
    """Standalone entry; argparse's exits (usage errors: 2, --help: 0) become return codes."""
    try:
        args = build_parser(policy_loader).parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 2
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
