"""Runs the engine off the event loop and remembers each file's result by content.

The key is the blob SHA, the SHAs of the includes the file was analyzed with, and
`checks.RULES_VERSION`: unchanged content under unchanged rules is never parsed twice. Results are
cached policy-free, so a policy change needs no re-analysis.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cachetools import LRUCache

import checks
from bot.review.sources import Blob
from checks import FileStatus, Finding, SourceFile


@dataclass(frozen=True)
class FileResult:
    findings: tuple[Finding, ...]
    status: FileStatus


@dataclass(frozen=True)
class ToAnalyze:
    path: str
    blob: Blob
    includes: Mapping[str, Blob]
    """The quoted includes found for this file, by repository path."""

    def key(self) -> tuple[str, str, tuple[tuple[str, str], ...]]:
        deps = tuple(sorted((p, b.sha) for p, b in self.includes.items()))
        return (checks.RULES_VERSION, self.blob.sha, deps)


class CachedAnalyzer:
    """One per process around one `checks.Analyzer` (a worker pool, thread-safe)."""

    def __init__(self, analyzer: checks.Analyzer, *, entries: int = 20_000) -> None:
        self._analyzer = analyzer
        self._results: LRUCache[tuple[str, str, tuple[tuple[str, str], ...]], FileResult] = (
            LRUCache(maxsize=entries)
        )
        self.analyzed = 0

    async def analyze(
        self, files: Sequence[ToAnalyze], *, refresh: bool = False
    ) -> dict[str, FileResult]:
        """`refresh` analyzes every file again (a recheck) and caches the new results."""
        out: dict[str, FileResult] = {}
        todo: list[ToAnalyze] = []
        for f in files:
            hit = None if refresh else self._results.get(f.key())
            if hit is not None:
                out[f.path] = hit
            else:
                todo.append(f)
        if todo:
            fresh = await asyncio.to_thread(self._run, todo)
            for f in todo:
                self._results[f.key()] = fresh[f.path]
                out[f.path] = fresh[f.path]
        return out

    def _run(self, files: Sequence[ToAnalyze]) -> dict[str, FileResult]:
        includes = {p: b.content for f in files for p, b in f.includes.items()}
        report = self._analyzer.analyze(
            [SourceFile(f.path, f.blob.content) for f in files], includes, None
        )
        self.analyzed += len(files)
        by_path: dict[str, list[Finding]] = {f.path: [] for f in files}
        for finding in report.findings:
            by_path.setdefault(finding.path, []).append(finding)
        statuses = {s.path: s for s in report.files}
        return {
            f.path: FileResult(
                tuple(by_path[f.path]),
                statuses.get(f.path, FileStatus(f.path, checks.FileState.FAILED, "no result")),
            )
            for f in files
        }
