"""The seed reviews of examples/localsocket_echo_bench.cpp: every real defect they found is
reported on its exact line, and nothing they invented is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import Finding
from checks.engine import analyze_text

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "localsocket_echo_bench.cpp"
TEXT = EXAMPLE.read_text()
LINES = TEXT.split("\n")
THRESHOLD = 0.5


def line_of(needle: str) -> int:
    hits = [n for n, line in enumerate(LINES, start=1) if needle in line]
    assert len(hits) == 1, f"{needle!r} is on lines {hits}: the example changed"
    return hits[0]


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    found, note = analyze_text("examples/localsocket_echo_bench.cpp", TEXT)
    assert "parse errors" not in note, note
    return found


def reported(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.confidence >= THRESHOLD and (f.rule == rule or rule in f.also)]


def test_read_into_the_chunk_sized_buffer(findings: list[Finding]) -> None:
    line = line_of("socket->read(buffer.data(), available)")
    assert [f.line for f in reported(findings, "read-overflow")] == [line]


def test_unbounded_connect_retry_loop(findings: list[Finding]) -> None:
    start = line_of("do {")
    end = line_of("} while (socket->state() != QLocalSocket::ConnectedState);")
    assert line_of('socket->connectToServer("echo");') == start + 1
    loops = reported(findings, "connect-retry-loop")
    assert len(loops) == 1
    assert start <= loops[0].line <= end


def test_listen_result_ignored(findings: list[Finding]) -> None:
    line = line_of('server->listen("echo");')
    assert line in [f.line for f in reported(findings, "unchecked-result")]


@pytest.mark.parametrize("invented", ["stack", "called twice", "start()", "exception"])
def test_nothing_the_seed_reviews_invented(findings: list[Finding], invented: str) -> None:
    """A stack-allocated buffer, start() called twice, exceptions: none of it is in the code."""
    said = [
        f"{f.rule} line {f.line}: {f.message}"
        for f in findings
        if invented in f.message.lower()
        or (f.fix is not None and invented in f.fix.description.lower())
        or any(invented in r.message.lower() for r in f.related)
    ]
    assert said == []


def test_seed_example_findings() -> None:
    """The benchmark example: exactly the real defects the control-flow rules find, at >= 0.5."""
    text = TEXT
    findings, _ = analyze_text("examples/localsocket_echo_bench.cpp", text)
    mine = {
        "connect-retry-loop",
        "unchecked-result",
        "unbounded-wait",
        "exact-remaining-exit",
        "pending-connection-null",
        "qtest-in-lambda",
        "leaked-object",
    }
    got = sorted(
        (f.line, f.rule)
        for f in findings
        if f.confidence >= 0.5 and (f.rule in mine or mine & set(f.also))
    )
    assert got == [
        (29, "qtest-in-lambda"),
        (30, "qtest-in-lambda"),
        (34, "unchecked-result"),
        (65, "exact-remaining-exit"),
        (71, "connect-retry-loop"),
    ]
