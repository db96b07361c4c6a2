"""qtreview's rule engine: C++/Qt source in, findings out. It knows nothing of GitHub.

This module is the whole public API; callers (the CLI, the GitHub App) import only from here.
"""

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
