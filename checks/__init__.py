"""qtreview's rule engine: C++/Qt source in, findings out. It knows nothing of GitHub.

This module is the whole public API; callers (the CLI, the GitHub App) import only from here.
Names are imported on first use, so `qtreview --help` or a policy does not load libclang and
every rule.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checks.cli import add_parsers as add_cli_parsers
    from checks.diffbase import hunk_header
    from checks.engine import SOURCE_SUFFIXES
    from checks.findings import (
        FileState,
        FileStatus,
        Finding,
        Fix,
        Related,
        Replacement,
        Report,
        RuleError,
        Severity,
        SourceFile,
    )
    from checks.includes import IncludeSet, Limits, include_set
    from checks.policy import Policy, RuleOverride
    from checks.registry import RULES_VERSION, RuleMeta, rule_table
    from checks.workers import Analyzer, analyze

_HOME = {
    "add_cli_parsers": ("checks.cli", "add_parsers"),
    "hunk_header": ("checks.diffbase", "hunk_header"),
    "SOURCE_SUFFIXES": ("checks.engine", "SOURCE_SUFFIXES"),
    **{
        name: ("checks.findings", name)
        for name in (
            "FileState",
            "FileStatus",
            "Finding",
            "Fix",
            "Related",
            "Replacement",
            "Report",
            "RuleError",
            "Severity",
            "SourceFile",
        )
    },
    **{name: ("checks.includes", name) for name in ("IncludeSet", "Limits", "include_set")},
    "Policy": ("checks.policy", "Policy"),
    "RuleOverride": ("checks.policy", "RuleOverride"),
    "RULES_VERSION": ("checks.registry", "RULES_VERSION"),
    "RuleMeta": ("checks.registry", "RuleMeta"),
    "rule_table": ("checks.registry", "rule_table"),
    "Analyzer": ("checks.workers", "Analyzer"),
    "analyze": ("checks.workers", "analyze"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attr = _HOME[name]
    except KeyError:
        raise AttributeError(f"module 'checks' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


__all__ = [
    "RULES_VERSION",
    "SOURCE_SUFFIXES",
    "Analyzer",
    "FileState",
    "FileStatus",
    "Finding",
    "Fix",
    "IncludeSet",
    "Limits",
    "Policy",
    "Related",
    "Replacement",
    "Report",
    "RuleError",
    "RuleMeta",
    "RuleOverride",
    "Severity",
    "SourceFile",
    "add_cli_parsers",
    "analyze",
    "hunk_header",
    "include_set",
    "rule_table",
]
