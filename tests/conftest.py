"""Suite-wide policy: under CI (CI=true) a skipped test is a failure, so nothing hides there."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

import checks


@pytest.fixture(scope="session")
def analyzer() -> Iterator[checks.Analyzer]:
    """One pool of analysis workers for every bot test, as one service process has."""
    with checks.Analyzer(jobs=2) as a:
        yield a


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped and os.environ.get("CI") == "true":
        terminalreporter.write_line(
            f"CI=true: {len(skipped)} test(s) skipped; under CI every test must run.", red=True
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped and os.environ.get("CI") == "true" and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
