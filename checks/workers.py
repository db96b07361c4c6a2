"""Worker processes, so that one file can never take the caller down.

Each worker has an address-space limit; the parent gives each file a deadline. A hang is killed,
a crash (libclang aborting, the memory limit) is noticed, and both become a `failed` status for
that file while the other files go on in a fresh worker.
"""

from __future__ import annotations

import contextlib
import os
import queue
import resource
import signal
import threading
import time
import weakref
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import TYPE_CHECKING, Any

from checks import model_tier
from checks.engine import build_report, check_file
from checks.findings import FileState, FileStatus, Finding, Report, SourceFile
from checks.frontend import gui_names, model_pch
from checks.includes import include_dirs_for, include_set
from checks.policy import Policy

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

Result = tuple[list[Finding], FileStatus]
WARMUP_S = 60.0
"""At most this long for a new worker to build its model PCH before its first file."""
_READY = "ready"

_POOLS: weakref.WeakSet[Analyzer] = weakref.WeakSet()
"""Analyzers with workers, until closed: the forkserver is theirs while any is open."""


def _worker_main(conn: Connection, memory_mb: int) -> None:
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    for tier in model_tier.TIERS:  # once per worker, before any file: not a file's time
        model_pch(tier)
    gui_names()
    conn.send(_READY)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        file, includes, max_bytes, include_dirs = request
        try:
            conn.send(check_file(file, includes, max_bytes, include_dirs))
        except MemoryError:
            conn.send(([], FileStatus(file.path, FileState.FAILED, "exceeded the memory limit")))


class _Worker:
    def __init__(self, ctx: Any, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, memory_mb), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        """Wait (bounded) for the worker's model PCH, so a file's deadline counts the file only."""
        if not self.ready and self.conn.poll(WARMUP_S):
            self.ready = self.conn.recv() == _READY

    def stop(self, force: bool = False) -> None:
        if not force:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=2)
        self.conn.close()


class Analyzer:
    """A pool of analysis workers; thread-safe, so concurrent jobs may share one."""

    def __init__(
        self,
        jobs: int | None = None,
        timeout_s: float = 10.0,
        memory_mb: int = 1024,
        max_bytes: int = 1_000_000,
        isolate: bool = True,
    ) -> None:
        self.jobs = max(1, jobs if jobs is not None else min(os.cpu_count() or 1, 4))
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.max_bytes = max_bytes
        self.isolate = isolate
        self._ctx: Any = None
        if isolate:  # multiprocessing (and its import time) only when workers are used
            import multiprocessing

            self._ctx = multiprocessing.get_context("forkserver")
            _POOLS.add(self)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._threads = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="qtreview")
        self._closed = False

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def analyze(
        self,
        files: Sequence[SourceFile],
        includes: Mapping[str, bytes] | None = None,
        policy: Policy | None = None,
        include_dirs: Sequence[str] | None = None,
    ) -> Report:
        """`includes`: project headers by repository path (any superset of what the files
        include); `include_dirs` None guesses them from `files` (see `checks.include_set`)."""
        inc = includes or {}
        dirs = include_dirs_for([f.path for f in files], include_dirs)
        if not self.isolate:
            results = [check_file(f, _needed(f, inc, dirs), self.max_bytes, dirs) for f in files]
        else:
            results = list(
                self._threads.map(lambda f: self._run(f, _needed(f, inc, dirs), dirs), files)
            )
        return build_report(results, policy)

    def _run(
        self, file: SourceFile, includes: Mapping[str, bytes], dirs: tuple[str, ...]
    ) -> Result:
        worker = self._checkout()
        start = time.perf_counter()
        try:
            worker.wait_ready()
            start = time.perf_counter()
            worker.conn.send((file, dict(includes), self.max_bytes, dirs))
            if worker.conn.poll(self.timeout_s):
                result: Result = worker.conn.recv()
                self._idle.put(worker)
                return result
            reason = f"timed out after {self.timeout_s:g} s"
        except (EOFError, OSError):
            worker.proc.join(timeout=2)
            reason = f"analysis crashed ({_exit_reason(worker.proc.exitcode)})"
        self._replace(worker)
        ms = round((time.perf_counter() - start) * 1e3, 2)
        return [], FileStatus(file.path, FileState.FAILED, reason, ms)

    def _checkout(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RuntimeError("Analyzer is closed")
            if self._idle.empty() and len(self._all) < self.jobs:
                w = _Worker(self._ctx, self.memory_mb)
                self._all.append(w)
                return w
        return self._idle.get()

    def _replace(self, worker: _Worker) -> None:
        worker.stop(force=True)
        with self._lock:
            self._all.remove(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = self._all, []
            _POOLS.discard(self)
        self._threads.shutdown(wait=True)
        for w in workers:
            w.stop()


def analyze(
    files: Sequence[SourceFile],
    includes: Mapping[str, bytes] | None = None,
    policy: Policy | None = None,
    include_dirs: Sequence[str] | None = None,
    **pool_options: Any,
) -> Report:
    """One-shot analysis; keep an `Analyzer` instead when analyzing repeatedly."""
    with Analyzer(**pool_options) as analyzer:
        return analyzer.analyze(files, includes, policy, include_dirs)


def reap_helper_processes() -> bool:
    """Stop multiprocessing's forkserver and resource tracker and wait for them, so a command
    that used a pool leaves no process behind (they would otherwise outlive it for a moment).

    Not while another Analyzer of this process is open (its workers came from that forkserver,
    which would not exit): then nothing is stopped and False is returned."""
    import sys

    if any(not pool._closed for pool in list(_POOLS)):
        return False
    for name, attr in (
        ("multiprocessing.forkserver", "_forkserver"),
        ("multiprocessing.resource_tracker", "_resource_tracker"),
    ):
        helper = getattr(sys.modules.get(name), attr, None)
        stop = getattr(helper, "_stop", None)  # private, present since Python 3.9
        if stop is not None:
            with contextlib.suppress(OSError, ChildProcessError):
                stop()
    return True


def _needed(
    file: SourceFile, includes: Mapping[str, bytes], dirs: tuple[str, ...]
) -> Mapping[str, bytes]:
    """Only the headers this file reaches go to its worker."""
    if not includes:
        return {}
    return include_set({file.path: file.content}, includes, dirs, final=True).files


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"
