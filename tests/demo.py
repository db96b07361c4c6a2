"""`make demo`: one pull request through the whole App, on loopback, in one command.

Starts the GitHub emulator and the bot, opens a pull request adding the Qt files under
`examples/`, delivers a signed `pull_request.opened` webhook, waits (bounded) for the review and
prints it as a reviewer sees it on GitHub. Then stops both.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import time
from pathlib import Path

import checks
from bot.ops import logs
from tests.support.bot_flows import comment, reactions, settle
from tests.support.bot_harness import OWNER, REPO, BotHarness

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
WAIT_S = 60.0


def example_files() -> dict[str, str]:
    return {
        str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
        for p in sorted(EXAMPLES.rglob("*"))
        if p.is_file() and p.name.lower().endswith(checks.SOURCE_SUFFIXES)
    }


def readable(markdown: str) -> str:
    """The comment as GitHub renders it, roughly: no hidden markers, links as their text."""
    text = re.sub(r"<!--.*?-->", "", markdown)
    text = re.sub(r"</?sub>", "", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", text)
    return text.replace("**", "").strip()


def indent(text: str, by: str = "    ") -> str:
    return "\n".join(by + line if line else "" for line in text.splitlines())


async def demo() -> int:
    files = example_files()
    if not files:
        print(f"no C++ files under {EXAMPLES}; nothing to review", file=sys.stderr)
        return 1
    with checks.Analyzer() as analyzer:
        async with BotHarness(analyzer, concurrency=1) as h:
            print(f"GitHub emulator at {h.gh.url}; qtreview listening at {h.url}")
            print(f"opening {OWNER}/{REPO}#1 adding: {', '.join(files)}")
            start = time.perf_counter()
            status, sha = await h.open_pull(1, files, title="Add the local socket benchmark")
            print(f"signed pull_request.opened delivered: HTTP {status}")
            await h.settle(WAIT_S)
            elapsed = time.perf_counter() - start
            if not h.gh.reviews:
                print(f"no review after {elapsed:.2f} s: nothing new to say", file=sys.stderr)
                return 1
            review = h.gh.reviews[0]
            comments = [c for c in h.gh.review_comments if c.review_id == review.id]
            print(
                f"\nreview by {review.user} on {sha[:7]} ({review.state}), "
                f"{len(comments)} line comment(s), posted {elapsed:.2f} s after the webhook\n"
            )
            print(indent(readable(review.body)))
            for c in comments:
                span = f"{c.start_line}-{c.line}" if c.start_line else f"{c.line}"
                print(f"\n── {c.path}:{span}")
                print(indent(readable(c.body)))
            await show_recheck_and_check_run(h)
            if h.gh.violations:
                print(f"\nAPI violations: {h.gh.violations}", file=sys.stderr)
                return 1
    return 0


async def show_recheck_and_check_run(h: BotHarness) -> None:
    """The author asks for a recheck in a comment; then the check run GitHub shows on the PR."""
    print(f"\n{'═' * 72}\nthe author comments on {OWNER}/{REPO}#1: /qtreview recheck")
    status, command = await comment(h, 1, "Rebased on main.\n/qtreview recheck\n")
    await settle(h, WAIT_S)
    print(f"signed issue_comment.created delivered: HTTP {status}")
    print(f"reactions on the comment: {', '.join(reactions(h, command.id)) or 'none'}")
    print(f"reviews now: {len(h.gh.reviews)} (a recheck posts only what is new)")
    run = h.gh.check_runs[-1]
    print(
        f"\ncheck run {run.name!r} on {run.head_sha[:7]}: {run.status}, "
        f"conclusion {run.conclusion}, {len(run.annotations)} annotation(s), "
        f"{len(h.gh.check_runs)} run(s) in all\n"
    )
    print(indent(readable(run.output["summary"] or "")))


def main() -> int:
    logs.configure("WARNING")
    logging.getLogger("bot").setLevel(logging.ERROR)
    return asyncio.run(demo())


if __name__ == "__main__":
    sys.exit(main())
