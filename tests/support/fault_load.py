"""Pull requests pushed to again and again under seeded GitHub faults, and what became of them.

Shared by the soak test (tests/bot/test_soak.py) and bench/faults.py: the same load, the same
counts. Every head brings one more file with one more finding, so every last head needs a review.
Counted on the emulator's state, after the service settled:
- duplicate comments: line comments of the App repeating a fingerprint another one already has;
- double reviews: heads with more than one review of the App;
- stuck check runs: check runs not `completed`;
- final heads unreviewed: pull requests whose last head got no review of the App;
- findings lost: findings of the last heads (from the engine, `wanted`) that no comment or review
  body of the App carries.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

import checks
from bot.config import DEFAULTS, load_layers
from bot.github.markers import posted_fingerprints
from tests.support.github_emulator import GitHubEmulator

CPP = """\
// Pull request {p}, file {j}: a handler reading from a socket.
#include <QTcpSocket>

class Handler{p}x{j} : public QObject
{{
public:
    void onReadyRead();

private:
    QTcpSocket *socket = nullptr;
}};

void Handler{p}x{j}::onReadyRead()
{{
    char buf[{size}];
    const qint64 got = socket->read(buf, socket->bytesAvailable());
    if (got > 0)
        socket->write(buf, got);
}}
"""


def head_files(p: int, k: int) -> dict[str, str]:
    """Head `k` of pull request `p`: one more file, and so one more finding, than head k-1."""
    return {f"src/p{p}/h{j}.cpp": CPP.format(p=p, j=j, size=64 + j) for j in range(k + 1)}


Deliver = Callable[[str, int, str], Awaitable[None]]
"""(action, pull request number, head SHA): send the pull_request webhook."""


async def push_heads(
    gh: GitHubEmulator,
    owner: str,
    repo: str,
    deliver: Deliver,
    *,
    prs: int,
    heads: int,
    seed: int,
    pause_s: tuple[float, float] = (0.1, 0.6),
) -> dict[int, str]:
    """Open `prs` pull requests and push `heads` heads to each, round by round with seeded pauses
    of `pause_s` (some reviews finish, some are superseded, some go stale); returns each last
    head SHA."""
    rng = random.Random(seed)
    final: dict[int, str] = {}
    for k in range(heads):
        for p in range(1, prs + 1):
            if k == 0:
                sha = gh.add_pull(owner, repo, p, files=head_files(p, 0)).head_sha
                await deliver("opened", p, sha)
            else:
                sha = gh.push(owner, repo, p, files=head_files(p, k)).head_sha
                await deliver("synchronize", p, sha)
            final[p] = sha
            await asyncio.sleep(rng.uniform(0, 0.02))
        await asyncio.sleep(rng.uniform(*pause_s))
    return final


def wanted_findings(
    gh: GitHubEmulator, owner: str, repo: str, final: Mapping[int, str], analyzer: checks.Analyzer
) -> dict[int, set[str]]:
    """Fingerprints each last head must carry, as the default configuration reports them."""
    policy = load_layers(DEFAULTS, None, None).to_policy()
    out: dict[int, set[str]] = {}
    for p, sha in final.items():
        files = [
            checks.SourceFile(path, f.content or b"")
            for path, f in gh.pull(owner, repo, p).snapshots[sha].items()
        ]
        report = analyzer.analyze(files)
        out[p] = {f.fingerprint for f in policy.apply(list(report.findings))}
    return out


@dataclass(frozen=True)
class Outcome:
    duplicate_comments: int
    double_reviews: int
    stuck_check_runs: int
    final_unreviewed: int
    findings_lost: int
    reviews: int


def outcome(
    gh: GitHubEmulator,
    owner: str,
    repo: str,
    final: Mapping[int, str],
    wanted: Mapping[int, set[str]],
) -> Outcome:
    bot = gh.bot_login
    duplicates = doubles = unreviewed = lost = reviews = 0
    for p, last in final.items():
        pull = gh.pull(owner, repo, p)
        lines: Counter[str] = Counter()
        posted: set[str] = set()
        for c in gh.review_comments:
            if c.pull is pull and c.user == bot:
                said = posted_fingerprints(c.body)
                posted |= said
                if c.in_reply_to_id is None:
                    lines.update(said)
        duplicates += sum(n - 1 for n in lines.values() if n > 1)
        per_head: Counter[str] = Counter()
        for r in gh.reviews:
            if r.pull is pull and r.user == bot and r.body:
                per_head[r.commit_id] += 1
                posted |= posted_fingerprints(r.body)
        reviews += sum(per_head.values())
        doubles += sum(1 for n in per_head.values() if n > 1)
        unreviewed += per_head[last] == 0
        lost += len(wanted[p] - posted)
    stuck = sum(1 for run in gh.check_runs if run.status != "completed")
    return Outcome(duplicates, doubles, stuck, unreviewed, lost, reviews)
