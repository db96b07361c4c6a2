"""qtreview's rule engine: C++/Qt source in, findings out. It knows nothing of GitHub.

This module is the whole public API; callers (the CLI, the GitHub App) import only from here.
"""

from checks.engine import Analyzer, analyze
from checks.findings import (
    FileState,
    FileStatus,
    Finding,
    Fix,
    Related,
    Replacement,
    Report,
    Severity,
    SourceFile,
)
from checks.policy import Policy, RuleOverride
from checks.registry import RULES_VERSION, RuleMeta, rule_table

SOURCE_SUFFIXES = (".cpp", ".cc", ".cxx", ".c++", ".c", ".h", ".hh", ".hpp", ".hxx", ".h++", ".ipp")
"""File endings the engine analyzes; anything else is not C/C++ to it."""

__all__ = [
    "RULES_VERSION",
    "SOURCE_SUFFIXES",
    "Analyzer",
    "FileState",
    "FileStatus",
    "Finding",
    "Fix",
    "Policy",
    "Related",
    "Replacement",
    "Report",
    "RuleMeta",
    "RuleOverride",
    "Severity",
    "SourceFile",
    "analyze",
    "rule_table",
]
