"""What a caller wants reported: rules switched off, severities and thresholds overridden, paths.

Analysis itself is policy-free (so its results can be cached by content); a Policy is applied
to the findings afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase

from checks.findings import Finding, Severity


@dataclass(frozen=True)
class RuleOverride:
    enabled: bool = True
    severity: Severity | None = None
    min_confidence: float | None = None


@dataclass(frozen=True)
class Policy:
    min_confidence: float = 0.5
    rules: Mapping[str, RuleOverride] = field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    include_dirs: tuple[str, ...] | None = None
    """Repository directories searched for project headers (the config's `include_dirs`);
    None: guessed. Read before the analysis, not a filter of its results."""
    fail_on: Severity | None = Severity.NOTE
    """The least severe finding that fails a run (the CLI's exit code); None: never fail."""

    def fails(self, findings: Iterable[Finding]) -> bool:
        if self.fail_on is None:
            return False
        return any(f.severity.rank <= self.fail_on.rank for f in findings)

    def wants_path(self, path: str) -> bool:
        """Globs match the repository-relative path; `**/` also matches at the top level."""
        if self.include and not any(_glob(path, g) for g in self.include):
            return False
        return not any(_glob(path, g) for g in self.exclude)

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        kept: list[Finding] = []
        for f in findings:
            override = self.rules.get(f.rule, RuleOverride())
            if not override.enabled or not self.wants_path(f.path):
                continue
            threshold = (
                override.min_confidence
                if override.min_confidence is not None
                else self.min_confidence
            )
            if f.confidence < threshold:
                continue
            if override.severity is not None:
                f = replace(f, severity=override.severity)
            kept.append(f)
        return sorted(kept, key=Finding.sort_key)


def _glob(path: str, pattern: str) -> bool:
    if fnmatchcase(path, pattern):
        return True
    if pattern.startswith("**/") and fnmatchcase(path, pattern[3:]):
        return True
    return pattern.endswith("/**") and path.startswith(pattern[:-2])
