"""The engine's output types: plain, frozen data so that callers never depend on libclang."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """Ordered from most to least important; the bot and the CLI rank by it."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "note": 2}[self.value]


@dataclass(frozen=True)
class Related:
    """Evidence: where a buffer was sized, where a length came from."""

    line: int
    message: str
    path: str | None = None
    """Repository path when the evidence is in another file (a project header); None: same file."""


@dataclass(frozen=True)
class Replacement:
    """A mechanical fix: replace lines [line, end_line] with `text` (a whole-line suggestion)."""

    line: int
    end_line: int
    text: str


@dataclass(frozen=True)
class Fix:
    description: str
    replacement: Replacement | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    title: str
    cwe: tuple[str, ...]
    severity: Severity
    confidence: float
    path: str
    line: int
    end_line: int
    column: int
    message: str
    fingerprint: str
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    also: tuple[str, ...] = field(default=())
    """Rules whose findings on the same statement were merged into this one."""

    def sort_key(self) -> tuple[int, float, str, int, str]:
        return (self.severity.rank, -self.confidence, self.path, self.line, self.rule)


class FileState(StrEnum):
    ANALYZED = "analyzed"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class RuleError:
    """A rule that raised on a file: its findings there are lost, every other rule's stay."""

    rule: str
    error: str
    """The exception, as `Type: message`."""
    line: int | None = None
    """The line of the file the rule was looking at, when the traceback tells."""


@dataclass(frozen=True)
class Recovered:
    """A name no header given declared, which the engine declared itself to parse the file."""

    name: str
    kind: str
    """macro, type, class, member, function, variable or value."""
    inferred: str = ""
    """For a class or member taken to be a Qt class: what in the file shows it."""


@dataclass(frozen=True)
class FileStatus:
    path: str
    status: FileState
    reason: str = ""
    ms: float = 0.0
    rule_errors: tuple[RuleError, ...] = ()
    recovered: tuple[Recovered, ...] = ()
    """Names recovery declared (see checks/recovery): the include directories to add show here."""


@dataclass(frozen=True)
class SourceFile:
    """A file to analyze, held in memory: the engine never opens the path."""

    path: str
    content: bytes


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    files: tuple[FileStatus, ...]
