"""Project headers fetched as a compiler would look for them: transitively, at the head commit,
round by round as `checks.include_set` asks, within the settings' bounds.

The project is tests/fixtures/includes/layered (see tests/checks/test_includes.py): only
`src/server.cpp` is in the pull request; its headers are in the repository at the head commit.
"""

from __future__ import annotations

from pathlib import Path

import checks
from tests.support.bot_flows import runs, set_repo_config, settle
from tests.support.bot_harness import OWNER, REPO, BotHarness

LAYERED = Path(__file__).resolve().parents[2] / "fixtures" / "includes" / "layered"
SERVER = "src/server.cpp"
HEAD = "d" * 40


def _headers() -> dict[str, str]:
    return {p.relative_to(LAYERED).as_posix(): p.read_text() for p in LAYERED.rglob("*.h")}


async def _open(h: BotHarness, headers: dict[str, str]) -> None:
    pull = h.gh.add_pull(
        OWNER, REPO, 1, files={SERVER: (LAYERED / SERVER).read_text()}, head_sha=HEAD
    )
    for path, text in headers.items():
        h.gh.set_contents(OWNER, REPO, path, text, ref=pull.head_sha)
    status, _, _ = await h.deliver("pull_request", h.payload("opened", 1, pull.head_sha))
    assert status == 202
    await settle(h)


def _reads(h: BotHarness) -> list[str]:
    """Paths read through the contents API, the config files excepted."""
    return [
        r.path.rsplit("/contents/", 1)[1]
        for r in h.gh.requests
        if "/contents/" in r.path and not r.path.endswith("/.github/qtreview.yml")
    ]


def _lines(h: BotHarness) -> list[tuple[str, int | None]]:
    return [(c.path, c.line) for c in h.gh.review_comments]


async def test_headers_two_levels_away_are_fetched_at_the_head(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer) as h:
        await _open(h, _headers())
        assert _lines(h) == [(SERVER, 8)]
        assert "`64`" in h.gh.review_comments[0].body  # FRAME_SIZE, from include/wire/frame.h
        # beside the file, then <wire/frame.h> at the root (absent), then in include/
        assert sorted(_reads(h)) == [
            "common/protocol.h",
            "include/wire/frame.h",
            "src/server.h",
            "src/tcpclientsocket.h",
            "wire/frame.h",
        ]
        assert all(f"ref={HEAD}" in r.query for r in h.gh.requests if "/contents/src/" in r.path)
        assert h.gh.violations == []


async def test_the_config_names_the_include_directories(analyzer: checks.Analyzer) -> None:
    headers = _headers()
    headers["third/wire/frame.h"] = headers.pop("include/wire/frame.h")
    async with BotHarness(analyzer) as h:
        set_repo_config(h, "include_dirs: [third]\n")
        await _open(h, headers)
        assert _lines(h) == [(SERVER, 8)]
        assert "third/wire/frame.h" in _reads(h)
        assert "include/wire/frame.h" not in _reads(h)  # configured: nothing guessed
        assert h.gh.violations == []


async def test_lookups_stop_at_the_settings_bound(analyzer: checks.Analyzer) -> None:
    async with BotHarness(analyzer, max_include_files=2) as h:
        await _open(h, _headers())
        assert _reads(h) == ["src/server.h", "src/tcpclientsocket.h"]  # the first two asked for
        assert _lines(h) == []  # FRAME_SIZE never arrived: the buffer's size is unknown
        (run,) = runs(h)
        assert run.conclusion == "success"  # the review went on with what arrived
        assert h.gh.violations == []
