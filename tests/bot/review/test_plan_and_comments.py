"""Ranking, deduplication and placement of findings, and how they read; no GitHub needed."""

from __future__ import annotations

from bot.github.markers import posted_fingerprints
from bot.review.comments import RepoLinks, comment_body, review_body
from bot.review.diff import Anchor, parse_patch
from bot.review.plan import plan_review
from checks import Finding, Fix, Related, Replacement, Severity

LINKS = RepoLinks("https://github.com/o/r", "abc123", "https://example.test/qtreview/")


def finding(
    line: int,
    *,
    fp: str | None = None,
    severity: Severity = Severity.WARNING,
    confidence: float = 0.9,
    path: str = "src/a.cpp",
    end_line: int | None = None,
    fix: Fix | None = None,
) -> Finding:
    return Finding(
        rule="read-overflow",
        title="Read past the end of a buffer",
        cwe=("CWE-120",),
        severity=severity,
        confidence=confidence,
        path=path,
        line=line,
        end_line=end_line or line,
        column=1,
        message="reads up to bytesAvailable() bytes into a 64-byte buffer",
        fingerprint=fp or f"fp{line}",
        related=(Related(3, "buffer declared here"),),
        fix=fix,
    )


DIFFS = {"src/a.cpp": parse_patch("@@ -1,2 +1,10 @@\n" + "+x\n" * 10), "big.cpp": None}


def test_ranked_by_severity_then_confidence_and_capped() -> None:
    fs = [
        finding(2, confidence=0.6),
        finding(3, severity=Severity.ERROR, confidence=0.7),
        finding(4, confidence=0.95),
    ]
    plan = plan_review(fs, DIFFS, set(), max_comments=2)
    assert [c.finding.line for c in plan.comments] == [3, 4]
    assert [f.line for f in plan.over_limit] == [2]


def test_already_posted_and_repeated_fingerprints_are_skipped() -> None:
    fs = [finding(2, fp="same"), finding(5, fp="same", path="src/b.h"), finding(6, fp="old")]
    plan = plan_review(fs, DIFFS, {"old"}, max_comments=10)
    assert [c.finding.fingerprint for c in plan.comments] == ["same"]
    assert plan.outside_diff == []


def test_outside_the_diff_or_without_a_patch_goes_to_the_body() -> None:
    fs = [finding(40), finding(1, path="big.cpp"), finding(2, path="unknown.cpp")]
    plan = plan_review(fs, DIFFS, set(), max_comments=10)
    assert plan.comments == []
    assert len(plan.outside_diff) == 3


def test_nothing_new_is_an_empty_plan() -> None:
    plan = plan_review([finding(2)], DIFFS, {"fp2"}, max_comments=10)
    assert plan.empty


def test_comment_reads_like_a_reviewer() -> None:
    fix = Fix("read at most sizeof(buf)", Replacement(2, 2, "socket->read(buf, sizeof(buf));\n"))
    body = comment_body(finding(2, fix=fix), Anchor(line=2), LINKS)
    assert "Warning: Read past the end of a buffer" in body
    assert "(`read-overflow`)" in body
    assert "[line 3](https://github.com/o/r/blob/abc123/src/a.cpp#L3): buffer declared here" in body
    assert "[CWE-120](https://cwe.mitre.org/data/definitions/120.html)" in body
    assert "https://example.test/qtreview/docs/rules/read-overflow.md" in body
    assert "```suggestion\nsocket->read(buf, sizeof(buf));\n```" in body
    assert "// qtreview: ignore[read-overflow]" in body
    assert posted_fingerprints(body) == {"fp2"}


def test_suggestion_only_when_it_replaces_exactly_the_commented_lines() -> None:
    fix = Fix("rewrite", Replacement(2, 3, "x\n"))
    assert "suggestion" not in comment_body(finding(2, fix=fix), Anchor(line=2), LINKS)
    ranged = comment_body(finding(2, end_line=3, fix=fix), Anchor(line=3, start_line=2), LINKS)
    assert "```suggestion\nx\n```" in ranged


def test_body_lists_every_finding_with_its_marker() -> None:
    body = review_body(
        commented=1,
        outside_diff=[finding(40)],
        over_limit=[finding(5)],
        refused=[finding(6)],
        unanalyzed=[],
        links=LINKS,
    )
    assert "found 4 new issues" in body
    assert "src/a.cpp:40" in body
    assert posted_fingerprints(body) == {"fp40", "fp5", "fp6"}


def test_a_comment_past_githubs_limit_is_cut_and_keeps_its_marker() -> None:
    from dataclasses import replace

    from bot.review.comments import MAX_BODY_CHARS

    huge = replace(finding(7, fp="fpbig"), message="m" * 70_000)
    body = comment_body(huge, Anchor(7), LINKS)
    assert len(body) <= MAX_BODY_CHARS
    assert body.endswith("<!-- qtreview:fingerprint=fpbig -->")
    assert "cut: GitHub limits" in body
    small = comment_body(finding(7, fp="fpsmall"), Anchor(7), LINKS)
    assert "cut: GitHub limits" not in small


def test_a_review_body_lists_the_top_findings_that_fit_and_counts_the_rest() -> None:
    many = [finding(i, fp=f"fp{i:04d}") for i in range(1, 2001)]
    body = review_body(
        commented=0,
        outside_diff=many,
        over_limit=[],
        refused=[],
        unanalyzed=[],
        links=LINKS,
        check_run_url="https://github.com/o/r/runs/9",
        limit=20_000,
    )
    assert len(body) <= 20_000
    listed = [f for f in many if f"src/a.cpp:{f.line}`" in body]
    assert listed == many[: len(listed)]  # in rank order, the first ones
    assert 0 < len(listed) < 2000
    assert f"{2000 - len(listed)} more findings" in body
    assert "[`qtreview` check run](https://github.com/o/r/runs/9)" in body
    assert posted_fingerprints(body) <= {f.fingerprint for f in many}
    assert {f.fingerprint for f in listed} <= posted_fingerprints(body)
