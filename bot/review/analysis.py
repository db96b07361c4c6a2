"""Runs the engine off the event loop and remembers each file's result by content and place.

The key is the installation and repository, the file's path, its blob SHA, the SHAs of the includes
it was analyzed with, the include directories, and `checks.RULES_VERSION`: unchanged content under
unchanged rules at the same path is never parsed twice. A result names its path (and its headers'
paths) in findings and evidence, so it is never served to another repository (one repository's
paths must not appear in another's review) nor to a renamed copy (which would be reported under the
old name, or not at all). Results are cached policy-free, so a policy change needs no re-analysis.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cachetools import LRUCache

import checks
from bot.ops.metrics import Metrics
from bot.review.sources import Blob
from checks import FileStatus, Finding, SourceFile


@dataclass(frozen=True)
class FileResult:
    findings: tuple[Finding, ...]
    status: FileStatus


CacheKey = tuple[str, str, str, str, tuple[tuple[str, str], ...], tuple[str, ...]]


@dataclass(frozen=True)
class ToAnalyze:
    path: str
    blob: Blob
    includes: Mapping[str, Blob]
    """The project headers this file reaches (`checks.include_set`), by repository path."""
    scope: str
    """Whose file this is: installation and repository (`bot.review.analysis.scope`)."""
    include_dirs: tuple[str, ...] = ()
    """Searched for its includes: with other directories the same text may mean other headers."""

    def key(self) -> CacheKey:
        deps = tuple(sorted((p, b.sha) for p, b in self.includes.items()))
        return (checks.RULES_VERSION, self.scope, self.path, self.blob.sha, deps, self.include_dirs)


def scope(installation_id: int, repo_full_name: str) -> str:
    """The part of a cache key that keeps one repository's results its own."""
    return f"{installation_id}:{repo_full_name.lower()}"


class CachedAnalyzer:
    """One per process around one `checks.Analyzer` (a worker pool, thread-safe)."""

    def __init__(
        self, analyzer: checks.Analyzer, *, entries: int = 20_000, metrics: Metrics | None = None
    ) -> None:
        self._analyzer = analyzer
        self._metrics = metrics
        self._results: LRUCache[CacheKey, FileResult] = LRUCache(maxsize=entries)
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
        """One engine call per set of include directories (a pull request has one)."""
        out: dict[str, FileResult] = {}
        for dirs in dict.fromkeys(f.include_dirs for f in files):
            out.update(self._run_with(dirs, [f for f in files if f.include_dirs == dirs]))
        return out

    def _run_with(
        self, include_dirs: tuple[str, ...], files: Sequence[ToAnalyze]
    ) -> dict[str, FileResult]:
        includes = {p: b.content for f in files for p, b in f.includes.items()}
        report = self._analyzer.analyze(
            [SourceFile(f.path, f.blob.content) for f in files], includes, None, include_dirs
        )
        self.analyzed += len(files)
        if self._metrics is not None:  # counted when analyzed, not again for a cached result
            for st in report.files:
                for e in st.rule_errors:
                    self._metrics.rule_errors.labels(e.rule).inc()
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
