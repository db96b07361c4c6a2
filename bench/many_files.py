"""What a 300-file pull request costs in GitHub requests, contents read in GraphQL batches against
one REST call per file (the way before issue 8), in the same run. Prints figures; asserts nothing.

Run: .venv/bin/python bench/many_files.py [--files 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.review.sources as sources  # noqa: E402
import checks  # noqa: E402
from tests.support.bot_harness import FAST_RETRY, BotHarness  # noqa: E402

ECHO = (ROOT / "tests" / "fixtures" / "bot" / "echo_v1.cpp").read_text()


def kind(path: str) -> str:
    if "/git/blobs/" in path:
        return "git/blobs"
    if path == "/graphql":
        return "graphql"
    return "other"


async def one(analyzer: checks.Analyzer, files: int) -> tuple[int, Counter[str], float]:
    # writes spaced 1 s apart, as the service does by default (the harness shortens it for tests)
    async with BotHarness(analyzer, retry=replace(FAST_RETRY, write_spacing_s=1.0)) as h:
        tree = {f"src/m{i:03d}/echo.cpp": ECHO.replace("Echo", f"Echo{i}") for i in range(files)}
        start = time.perf_counter()
        await h.open_pull(1, tree)
        await h.settle(600)
        seconds = time.perf_counter() - start
        return len(h.gh.requests), Counter(kind(r.path) for r in h.gh.requests), seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    batched_from = sources.BATCH_FROM
    with checks.Analyzer() as analyzer:
        for label, threshold in (
            ("GraphQL batches", batched_from),
            ("one REST call per file", 10**9),
        ):
            sources.BATCH_FROM = threshold
            rows = [asyncio.run(one(analyzer, args.files)) for _ in range(args.runs)]
            total, kinds, _ = rows[0]
            median_s = statistics.median(s for _, _, s in rows)
            print(
                f"{args.files} files, {label}: {total} requests ({dict(kinds)}), "
                f"delivery to review median {median_s:.2f} s over {args.runs} runs"
            )
    sources.BATCH_FROM = batched_from


if __name__ == "__main__":
    main()
