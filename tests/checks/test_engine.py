"""What the engine makes of rule hits: suppressions, fingerprints, merging, ranking, Policy."""

from __future__ import annotations

from dataclasses import replace

from checks import Finding, Policy, RuleOverride, Severity
from checks.engine import analyze_text, merge

ECHO = """\
class Echo : public QObject
{
public:
    void onReadyRead(QLocalSocket *socket)
    {
        char buffer[64];
        const qint64 available = socket->bytesAvailable();
        socket->read(buffer, available);
    }
};
"""
READ = "        socket->read(buffer, available);"


def overflows(text: str, path: str = "src/echo.cpp") -> list[Finding]:
    findings, _ = analyze_text(path, text)
    return [f for f in findings if f.rule == "read-overflow" or "read-overflow" in f.also]


def line_of(text: str, needle: str, nth: int = 0) -> int:
    lines = [n for n, line in enumerate(text.split("\n"), start=1) if needle in line]
    return lines[nth]


def test_the_sample_has_one_overflow_on_the_read() -> None:
    found = overflows(ECHO)
    assert [f.line for f in found] == [line_of(ECHO, "socket->read(")]


# --- suppression ---------------------------------------------------------------------------


def test_suppressed_on_the_same_line() -> None:
    text = ECHO.replace(READ, READ + "  // qtreview: ignore[read-overflow]")
    assert overflows(text) == []


def test_suppressed_from_the_line_above() -> None:
    text = ECHO.replace(READ, "        // qtreview: ignore[read-overflow]\n" + READ)
    assert overflows(text) == []


def test_several_ids_in_one_comment() -> None:
    text = ECHO.replace(READ, READ + " // qtreview: ignore[unchecked-result, read-overflow]")
    assert overflows(text) == []


def test_other_ids_do_not_suppress() -> None:
    text = ECHO.replace(READ, READ + "  // qtreview: ignore[unchecked-result]")
    assert [f.line for f in overflows(text)] == [line_of(text, "socket->read(")]


def test_a_comment_two_lines_above_does_not_suppress() -> None:
    text = ECHO.replace(READ, "        // qtreview: ignore[read-overflow]\n\n" + READ)
    assert len(overflows(text)) == 1


# --- fingerprints --------------------------------------------------------------------------


def test_fingerprint_survives_lines_added_above() -> None:
    (a,) = overflows(ECHO)
    (b,) = overflows("\n\n\n// a new comment\n\n" + ECHO)
    assert b.line == a.line + 5
    assert a.fingerprint == b.fingerprint


def test_fingerprint_survives_reindentation_and_rewrapping() -> None:
    (a,) = overflows(ECHO)
    text = ECHO.replace(READ, "  socket->read( buffer,\n\t\t\tavailable ) ;").replace(
        "    void onReadyRead", "\tvoid onReadyRead"
    )
    (b,) = overflows(text)
    assert a.fingerprint == b.fingerprint


def test_identical_statements_in_one_function_get_distinct_fingerprints() -> None:
    text = ECHO.replace(READ, READ + "\n" + READ)
    found = overflows(text)
    assert len(found) == 2
    assert found[0].fingerprint != found[1].fingerprint
    # and each keeps its own fingerprint when code moves above them
    moved = overflows("\n\n" + text)
    assert sorted(f.fingerprint for f in moved) == sorted(f.fingerprint for f in found)


def test_fingerprint_depends_on_path_and_function() -> None:
    (a,) = overflows(ECHO)
    (b,) = overflows(ECHO, path="src/other.cpp")
    (c,) = overflows(ECHO.replace("onReadyRead", "onData"))
    assert len({a.fingerprint, b.fingerprint, c.fingerprint}) == 3


# --- merging and ranking -------------------------------------------------------------------


def make(rule: str, line: int, confidence: float, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(
        rule=rule,
        title=f"title of {rule}",
        cwe=("CWE-787",),
        severity=severity,
        confidence=confidence,
        path="src/a.cpp",
        line=line,
        end_line=line,
        column=5,
        message=f"{rule} says so.",
        fingerprint=f"fp-{rule}-{line}",
    )


def test_rules_sharing_a_cause_on_one_statement_merge_with_the_most_confident_leading() -> None:
    # read-overflow and peer-length share the cause "unbounded-length"
    merged = merge([make("read-overflow", 10, 0.7), make("peer-length", 10, 0.9)])
    assert len(merged) == 1
    lead = merged[0]
    assert lead.rule == "peer-length"
    assert lead.also == ("read-overflow",)
    assert "Also: title of read-overflow (read-overflow)." in lead.message


def test_different_causes_or_lines_do_not_merge() -> None:
    found = merge(
        [
            make("read-overflow", 10, 0.9),
            make("unchecked-result", 10, 0.8, Severity.WARNING),
            make("peer-length", 11, 0.9),
        ]
    )
    assert sorted((f.rule, f.line) for f in found) == [
        ("peer-length", 11),
        ("read-overflow", 10),
        ("unchecked-result", 10),
    ]
    assert all(f.also == () for f in found)


def test_ranked_by_severity_then_confidence() -> None:
    found = merge(
        [
            make("unchecked-result", 1, 0.99, Severity.WARNING),
            make("read-overflow", 2, 0.6),
            make("unbounded-wait", 3, 0.8, Severity.WARNING),
            make("peer-length", 4, 0.95),
            make("qtest-in-lambda", 5, 0.9, Severity.NOTE),
        ]
    )
    assert [f.rule for f in found] == [
        "peer-length",
        "read-overflow",
        "unchecked-result",
        "unbounded-wait",
        "qtest-in-lambda",
    ]


# --- policy --------------------------------------------------------------------------------

SAMPLE = [
    make("read-overflow", 1, 0.9),
    make("unchecked-result", 2, 0.6, Severity.WARNING),
    make("unbounded-wait", 3, 0.4, Severity.WARNING),
    replace(make("peer-length", 4, 0.8), path="tests/test_echo.cpp"),
]


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def test_default_policy_keeps_what_is_at_or_above_half() -> None:
    assert rules_of(Policy().apply(SAMPLE)) == ["read-overflow", "peer-length", "unchecked-result"]


def test_rule_switched_off() -> None:
    policy = Policy(rules={"read-overflow": RuleOverride(enabled=False)})
    assert "read-overflow" not in rules_of(policy.apply(SAMPLE))


def test_severity_override_changes_rank() -> None:
    policy = Policy(rules={"unchecked-result": RuleOverride(severity=Severity.ERROR)})
    kept = policy.apply(SAMPLE)
    assert rules_of(kept)[:2] == ["read-overflow", "peer-length"]
    assert next(f for f in kept if f.rule == "unchecked-result").severity is Severity.ERROR


def test_per_rule_min_confidence() -> None:
    policy = Policy(
        rules={
            "unbounded-wait": RuleOverride(min_confidence=0.3),
            "unchecked-result": RuleOverride(min_confidence=0.7),
        }
    )
    kept = rules_of(policy.apply(SAMPLE))
    assert "unbounded-wait" in kept
    assert "unchecked-result" not in kept


def test_include_and_exclude_globs() -> None:
    only_src = Policy(include=("src/**",))
    assert "peer-length" not in rules_of(only_src.apply(SAMPLE))
    no_tests = Policy(exclude=("**/test_*.cpp",))
    assert "peer-length" not in rules_of(no_tests.apply(SAMPLE))
    assert no_tests.wants_path("src/a.cpp")
    assert not no_tests.wants_path("tests/test_echo.cpp")
