"""A rule with a bug, added to the engine's rules in this process: for the rule-error tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import checks.engine
from checks import Severity
from checks.registry import Hit, Rule, RuleMeta, rules
from checks.unit import Unit

BROKEN = RuleMeta(
    id="always-raises",
    title="A rule with a bug",
    cwe=("CWE-0",),
    severity=Severity.ERROR,
    summary="Raises on every file once it reaches a read call.",
    confidence="never reports",
)
MESSAGE = "LookupError: no answer for read"


def _raising(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        if call.spelling == "read":
            yield Hit(node=call, message="found before the bug: must not be reported", confidence=1)
            raise LookupError(f"no answer for {call.spelling}")


def add_broken_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry's rules plus BROKEN, for analyses in this process (`isolate=False`)."""
    everything = (*rules(), Rule(BROKEN, _raising))
    monkeypatch.setattr(checks.engine, "rules", lambda: everything)
