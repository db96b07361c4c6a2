"""Deployment paths beyond the fixture harness: tests and examples weigh less than production, and
every deployment rule's mechanical fix silences its finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import analyze_text
from checks.findings import Finding
from tests.support.rule_fixtures import FIXTURES, THRESHOLD

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "examples" / "localsocket_echo_bench.cpp"
DEPLOY_RULES = (
    "local-server-access",
    "local-server-stale-socket",
    "tls-verification-disabled",
    "weak-tls-protocol",
    "incoming-connection-int",
    "removed-signal",
    "thread-affinity",
)


def _of(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule or rule in f.also]


def test_bench_default_permissions_stay_below_threshold_in_examples() -> None:
    text = BENCH.read_text()
    findings, _ = analyze_text("examples/localsocket_echo_bench.cpp", text)
    access = _of(findings, "local-server-access")
    assert [f.line for f in access] == [34]
    assert access[0].confidence < THRESHOLD
    assert '"echo"' in access[0].message
    # The same code in production is reported.
    findings, _ = analyze_text("src/server/echo.cpp", text)
    assert [f.line for f in _of(findings, "local-server-access") if f.confidence >= THRESHOLD] == [
        34
    ]


def test_bench_has_no_other_deploy_findings() -> None:
    findings, _ = analyze_text("src/server/echo.cpp", BENCH.read_text())
    others = {f.rule for f in findings if f.confidence >= THRESHOLD} & set(DEPLOY_RULES)
    assert others == {"local-server-access"}


def test_world_access_survives_the_deployment_discount() -> None:
    text = (FIXTURES / "local-server-access" / "bad_default_permissions.cpp").read_text()
    findings, _ = analyze_text("tests/tst_control.cpp", text)
    shown = {f.line for f in _of(findings, "local-server-access") if f.confidence >= THRESHOLD}
    assert shown == {17, 36}  # the two explicit World/OtherAccessOption servers


def _fixes(rule: str) -> list[tuple[Path, Finding]]:
    out = []
    for path in sorted((FIXTURES / rule).glob("bad_*.cpp")):
        findings, _ = analyze_text(f"src/{path.name}", path.read_text())
        out += [(path, f) for f in _of(findings, rule) if f.fix and f.fix.replacement]
    return out


@pytest.mark.parametrize(
    "rule",
    [
        "weak-tls-protocol",
        "incoming-connection-int",
        "removed-signal",
        "tls-verification-disabled",
        "local-server-access",
        "thread-affinity",
    ],
)
def test_mechanical_fixes_silence_their_finding(rule: str) -> None:
    """Applying the replacement removes the finding; only a separate issue the replacement does
    not claim to fix (a predictable local-server name) may remain, at lower confidence."""
    fixes = _fixes(rule)
    assert fixes, f"{rule} offers no mechanical fix on its fixtures"
    for path, finding in fixes:
        rep = finding.fix.replacement  # type: ignore[union-attr]
        lines = path.read_text().split("\n")
        lines[rep.line - 1 : rep.end_line] = rep.text.split("\n")
        fixed = "\n".join(lines)
        after, _ = analyze_text(f"src/{path.name}", fixed)
        added = rep.text.count("\n")
        still = [
            f
            for f in _of(after, rule)
            if f.confidence >= min(THRESHOLD, finding.confidence)
            and rep.line <= f.line <= rep.end_line + added
            and not (f.confidence < finding.confidence and "predictable" in f.message)
        ]
        assert not still, f"{path.name}:{rep.line} still flagged after its fix: {still[0].message}"
