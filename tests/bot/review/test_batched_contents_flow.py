"""Many changed files cost few requests: contents in GraphQL batches, REST where an answer is not
exactly the file's bytes or the batch fails (issue 8, item 7: 300 files cost 376 requests)."""

from __future__ import annotations

import checks
from tests.support.bot_flows import fixture, settle
from tests.support.bot_harness import OWNER, REPO, BotHarness


def by_kind(h: BotHarness) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for r in h.gh.requests:
        kind = "blob" if "/git/blobs/" in r.path else "graphql" if r.path == "/graphql" else "x"
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def sources(count: int) -> dict[str, str]:
    text = fixture("echo_v1.cpp")
    return {f"src/m{i:03d}/echo.cpp": text.replace("Echo", f"Echo{i}") for i in range(count)}


async def test_a_300_file_pull_request_costs_a_few_dozen_requests(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        _, sha = await h.open_pull(1, sources(300))
        await settle(h, 240)
        (review,) = h.gh.reviews
        assert len(h.gh.review_comments) == 10
        (run,) = [r for r in h.gh.check_runs if r.head_sha == sha]
        assert len(run.annotations) == 300  # every file analyzed from the batched contents
        kinds = by_kind(h)
        assert kinds.get("blob", 0) == 0
        assert kinds["graphql"] == 6  # 300 blobs, 50 a query
        assert len(h.gh.requests) <= 40, len(h.gh.requests)
        assert review.body
        assert h.gh.violations == []


async def test_a_file_graphql_cannot_give_exactly_is_read_over_rest(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        files: dict[str, str | bytes] = dict(sources(12))
        latin1 = fixture("echo_v1.cpp").replace("// ", "// caf\xe9 ", 1).encode("latin-1")
        files["src/latin1.cpp"] = latin1
        await h.open_pull(1, files)
        await settle(h)
        kinds = by_kind(h)
        assert (kinds["graphql"], kinds.get("blob", 0)) == (1, 1)
        blob_get = [r for r in h.gh.requests if "/git/blobs/" in r.path]
        assert len(blob_get) == 1
        assert len(h.gh.reviews) == 1
        assert h.gh.violations == []


async def test_a_failing_graphql_falls_back_to_one_request_per_file(
    analyzer: checks.Analyzer,
) -> None:
    async with BotHarness(analyzer) as h:
        h.gh.fail("POST", r"^/graphql$", 502, times=None)
        await h.open_pull(1, sources(12))
        await settle(h)
        assert by_kind(h).get("blob", 0) == 12
        assert len(h.gh.reviews) == 1
        assert len(h.gh.review_comments) == 10


async def test_many_project_headers_are_looked_up_in_one_batch(analyzer: checks.Analyzer) -> None:
    """12 readers, each with its own header beside it at the head commit, and each also asking
    for a header nobody has (a miss must cost nothing more either)."""
    async with BotHarness(analyzer) as h:
        reader = fixture("reader.cpp")
        files = {
            f"src/r{i:02d}/reader.cpp": f"// reader {i}\n"
            + reader.replace('"reader.h"', '"reader.h"\n#include "gone.h"')
            for i in range(12)
        }  # fmt: skip
        pull = h.gh.add_pull(OWNER, REPO, 1, files=files, head_sha="c" * 40)
        for i in range(12):
            h.gh.set_contents(
                OWNER, REPO, f"src/r{i:02d}/reader.h", fixture("reader.h"), ref=pull.head_sha
            )
        status, _, _ = await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
        assert status == 202
        await settle(h)
        (run,) = h.gh.check_runs
        assert sorted({a["path"] for a in run.annotations}) == sorted(files)
        include_reads = [
            r for r in h.gh.requests if "/contents/src/" in r.path or "/git/blobs/" in r.path
        ]
        # 24 lookups beside the files went through GraphQL; what is left (a miss looked up once
        # more at the root, below the batching threshold) is read over REST
        assert len(include_reads) <= 2, include_reads
        assert by_kind(h)["graphql"] <= 3
        assert h.gh.violations == []
