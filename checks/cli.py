"""`qtreview check` and `qtreview rules`: the engine on local files, with no GitHub involved.

`bot/cli.py` mounts these commands with `add_parsers(subparsers, policy_loader=...,
find_config=...)`; `main()` runs them standalone (`python -m checks.cli check src/`), so the
engine works without the bot. Exit codes: 0 nothing at or above the --fail-on level, 1 findings,
2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checks.findings import Severity
from checks.policy import Policy

if TYPE_CHECKING:  # the rest is imported when a command runs: `--help` stays fast
    from checks.findings import Report
    from checks.sources import Checkout

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

PolicyLoader = Callable[[str], Policy]
"""Reads a config file into a Policy; raises ValueError (or OSError) with a message if it can't."""
ConfigFinder = Callable[[Path], "Path | None"]
"""The config file a checkout root holds, if any (the caller knows where its format lives)."""

FORMATS = ("text", "json", "sarif", "github", "gitlab")
_FAIL_ON: dict[str, Severity | None] = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "note": Severity.NOTE,
    "never": None,
}
MAX_BYTES = 1_000_000
IN_PROCESS_MAX = 8
"""Up to this many files (and no --jobs) are analyzed in this process. A pool costs about 0.3 s
of CPU to start (forkserver, workers) and halves the time per file on 2 cores, so it pays from
about two dozen files; below that, a short run (a pre-commit hook) is what matters, above it the
workers' per-file time and memory limits."""


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


def add_parsers(
    subparsers: Subparsers,
    policy_loader: PolicyLoader | None = None,
    find_config: ConfigFinder | None = None,
) -> None:
    """Register `check` and `rules`; each sets `func(args) -> exit code`.

    With `find_config`, `check` applies the config file the checkout holds (through
    `policy_loader`) unless given `--config FILE` or `--no-config`.
    """
    check = subparsers.add_parser(
        "check",
        help="analyze C++/Qt files and directories",
        description=(
            "Analyze C/C++ files and directories (hidden and build directories are skipped). "
            "Exit status: 0 no findings at or above the --fail-on level, 1 findings, "
            "2 usage error."
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
        "--fail-on",
        choices=tuple(_FAIL_ON),
        help="exit 1 on findings of this severity or worse (default: the config's, else note)",
    )
    check.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help=f"worker processes, each file isolated (default: in this process up to "
        f"{IN_PROCESS_MAX} files, else a pool)",
    )
    config = check.add_mutually_exclusive_group()
    config.add_argument(
        "--config", metavar="FILE", help="a .github/qtreview.yml to take rules and paths from"
    )
    if find_config is not None:
        config.add_argument(
            "--no-config",
            action="store_true",
            help="ignore the checkout's .github/qtreview.yml",
        )
    check.set_defaults(
        func=partial(run_check, policy_loader=policy_loader, find_config=find_config),
        no_config=False,
    )
    rules = subparsers.add_parser("rules", help="list the rules", description="List the rules.")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(func=run_rules)


def run_rules(args: argparse.Namespace) -> int:
    from checks.output import text
    from checks.registry import rule_table

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


def run_check(
    args: argparse.Namespace,
    policy_loader: PolicyLoader | None = None,
    find_config: ConfigFinder | None = None,
) -> int:
    from checks.diffbase import changed_lines, on_changed_lines
    from checks.output import progress
    from checks.sources import UsageError, choose_root, collect, existing

    try:
        root = choose_root(existing(args.paths))
        policy = _policy(args, root, policy_loader, find_config)
        checkout = collect(args.paths, MAX_BYTES, args.include_dirs, policy.include_dirs)
        changed = changed_lines(checkout.root, args.diff_base) if args.diff_base else None
    except UsageError as e:
        print(f"qtreview check: {e}", file=sys.stderr)
        return 2
    show = progress.wanted(args.format, sys.stdout, sys.stderr)
    report = analyze(checkout, policy, args.jobs, show)
    if changed is not None:
        report = replace(report, findings=tuple(on_changed_lines(report.findings, changed)))
    sys.stdout.write(render(report, args.format, checkout))
    return 1 if policy.fails(report.findings) else 0


def _policy(
    args: argparse.Namespace,
    root: Path,
    loader: PolicyLoader | None,
    find_config: ConfigFinder | None,
) -> Policy:
    """--config FILE, else the checkout's own config file (unless --no-config), else defaults."""
    from checks.sources import UsageError

    policy = Policy()
    path = args.config
    if path is None and not args.no_config and find_config is not None:
        found = find_config(root)
        path = str(found) if found is not None else None
    if path is not None:
        if loader is None:
            raise UsageError(
                "--config is not available from this entry point: it has no config loader "
                "(the config format belongs to the GitHub App, whose `qtreview` command passes one)"
            )
        try:
            policy = loader(path)
        except (ValueError, OSError) as e:
            raise UsageError(f"config {path}: {e}") from None
    if args.min_confidence is not None:
        policy = replace(policy, min_confidence=args.min_confidence)
    if args.fail_on is not None:
        policy = replace(policy, fail_on=_FAIL_ON[args.fail_on])
    return policy


def analyze(checkout: Checkout, policy: Policy, jobs: int | None, show_progress: bool) -> Report:
    """Each file on its own, so progress can move; a worker pool only when it pays."""
    from checks.findings import Finding, Report
    from checks.output.progress import Progress
    from checks.workers import Analyzer, reap_helper_processes

    files = [f for f in checkout.files if policy.wants_path(f.path)]
    in_process = jobs is None and len(files) <= IN_PROCESS_MAX
    bar = Progress(len(files), sys.stderr, show_progress)
    results: list[Report | None] = [None] * len(files)
    analyzer = Analyzer(jobs=jobs, max_bytes=MAX_BYTES, isolate=not in_process)
    try:
        with analyzer:
            done = (
                (
                    (i, analyzer.analyze([f], checkout.includes, None, checkout.include_dirs))
                    for i, f in enumerate(files)
                )
                if in_process
                else _pooled(analyzer, files, checkout)
            )
            for i, result in done:
                results[i] = result
                bar.step(len(policy.apply(result.findings)))
    finally:
        bar.close()
        if not in_process:
            reap_helper_processes()
    findings: list[Finding] = [f for r in results if r for f in r.findings]
    statuses = tuple(s for r in results if r for s in r.files)
    return Report(tuple(policy.apply(findings)), statuses)


def _pooled(analyzer: Any, files: list[Any], checkout: Checkout) -> Any:
    """(index, report) per file in the order they finish, `analyzer.jobs` at a time."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    with ThreadPoolExecutor(max_workers=analyzer.jobs) as pool:
        futures = {
            pool.submit(analyzer.analyze, [f], checkout.includes, None, checkout.include_dirs): i
            for i, f in enumerate(files)
        }
        for fut in as_completed(futures):
            yield futures[fut], fut.result()


def render(report: Report, fmt: str, checkout: Checkout) -> str:
    from checks.output import github, gitlab, json_format, sarif, text
    from checks.registry import rule_table

    if fmt == "json":
        return json_format.render(report)
    if fmt == "sarif":
        return sarif.render(report, rule_table(), checkout.root, _version())
    if fmt == "github":
        return github.render(report)
    if fmt == "gitlab":
        return gitlab.render(report)
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
