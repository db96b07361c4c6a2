"""Soak: 5 pull requests x 10 heads while a quarter of GitHub's answers fail, bounded in time.

Nothing may be doubled, stuck or lost: every write once, every check run completed, every last
head reviewed with all of its findings (`tests/support/fault_load.py` counts it). The waits the
service chooses (GitHub's minute after a secondary limit, backoffs) run at a thousandth of their
length; hangs are real, past a short client timeout.
"""

from __future__ import annotations

from dataclasses import replace

import checks
from tests.support.bot_flows import settle
from tests.support.bot_harness import FAST_RETRY, OWNER, REPO, BotHarness
from tests.support.fault_load import Outcome, outcome, push_heads, wanted_findings
from tests.support.github_emulator.faults import FaultPlan

PRS, HEADS, RATE, SEED = 5, 10, 0.25, 20261201


async def test_soak_under_a_quarter_of_faults(analyzer: checks.Analyzer) -> None:
    retry = replace(FAST_RETRY, request_timeout_s=0.5)
    async with BotHarness(analyzer, retry=retry, concurrency=4) as h:
        plan = FaultPlan(seed=SEED, rate=RATE, hang_s=1.0, max_hangs=2)
        h.gh.faults = plan

        async def deliver(action: str, number: int, sha: str) -> None:
            status, _, _ = await h.deliver("pull_request", h.payload(action, number, sha))
            assert status == 202

        final = await push_heads(
            h.gh, OWNER, REPO, deliver, prs=PRS, heads=HEADS, seed=SEED, pause_s=(0.3, 1.2)
        )
        await settle(h, limit_s=120)
        h.gh.faults = None
        got = outcome(h.gh, OWNER, REPO, final, wanted_findings(h.gh, OWNER, REPO, final, analyzer))
        assert got == Outcome(
            duplicate_comments=0,
            double_reviews=0,
            stuck_check_runs=0,
            final_unreviewed=0,
            findings_lost=0,
            reviews=got.reviews,
        )
        assert got.reviews >= PRS
        # the faults were real and of many kinds (each kind has its own test besides:
        # tests/bot/github/test_writes_once.py, test_rate_limits.py, test_emulator_faults.py)
        assert sum(plan.injected.values()) >= 30
        assert len(plan.injected) >= 5
        assert h.gh.violations == []
