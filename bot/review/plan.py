"""Decide what one review says: new findings only, ranked, the top ones on lines, the rest listed.

Pure (no I/O), so the rules of deduplication and ranking are tested without a GitHub.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.review.diff import Anchor, DiffLines
from checks import Finding


@dataclass(frozen=True)
class Planned:
    finding: Finding
    anchor: Anchor


@dataclass
class ReviewPlan:
    comments: list[Planned] = field(default_factory=list)
    outside_diff: list[Finding] = field(default_factory=list)
    over_limit: list[Finding] = field(default_factory=list)
    refused: list[Finding] = field(default_factory=list)
    """Findings GitHub would not take as line comments; they move to the body."""

    @property
    def empty(self) -> bool:
        return not (self.comments or self.outside_diff or self.over_limit or self.refused)

    def refuse(self, planned: Planned) -> None:
        self.comments.remove(planned)
        self.refused.append(planned.finding)

    def copy(self) -> ReviewPlan:
        return ReviewPlan(
            list(self.comments), list(self.outside_diff), list(self.over_limit), list(self.refused)
        )

    def findings(self) -> int:
        placed = (self.comments, self.outside_diff, self.over_limit, self.refused)
        return sum(len(p) for p in placed)


def plan_review(
    findings: Iterable[Finding],
    diffs: Mapping[str, DiffLines | None],
    already_posted: set[str],
    max_comments: int,
) -> ReviewPlan:
    """`diffs[path]` is None when GitHub omitted the file's patch (a large diff)."""
    plan = ReviewPlan()
    seen = set(already_posted)
    for f in sorted(findings, key=Finding.sort_key):
        if f.fingerprint in seen:
            continue  # said before, or the same header finding reached from another file
        seen.add(f.fingerprint)
        diff = diffs.get(f.path)
        anchor = diff.anchor(f.line, f.end_line) if diff is not None else None
        if anchor is None:
            plan.outside_diff.append(f)
        elif len(plan.comments) < max_comments:
            plan.comments.append(Planned(f, anchor))
        else:
            plan.over_limit.append(f)
    return plan
