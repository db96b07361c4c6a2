"""Progress of a long `qtreview check` on a terminal: files done, findings so far, files per second.

Drawn with rich on stderr, and only when a person is watching: text format, stdout and stderr
both terminals, and the run already a second old with files left (so a quick run, a pipe, a
pre-commit hook or a CI log gets nothing extra). rich is imported only then: it costs more to
import than a short run takes.
"""

from __future__ import annotations

import time
from typing import Any, TextIO

DELAY_S = 1.0


class Progress:
    def __init__(self, total: int, stream: TextIO, enabled: bool, delay_s: float = DELAY_S) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 1
        self.delay_s = delay_s
        self.done = 0
        self.findings = 0
        self._start = time.monotonic()
        self._rich: Any = None
        self._task: Any = None

    def step(self, findings: int) -> None:
        self.done += 1
        self.findings += findings
        if not self.enabled or self.done >= self.total:
            return
        if self._rich is None:
            if time.monotonic() - self._start < self.delay_s:
                return
            self._open()
        self._rich.update(self._task, completed=self.done, **self._fields())

    def _fields(self) -> dict[str, str]:
        elapsed = max(time.monotonic() - self._start, 1e-6)
        n = self.findings
        return {
            "findings": f"{n} finding{'s' if n != 1 else ''}",
            "rate": f"{self.done / elapsed:.0f}",
        }

    def _open(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self._rich = RichProgress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files, {task.fields[findings]}, {task.fields[rate]} files/s"),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            transient=True,
        )
        self._task = self._rich.add_task("check", total=self.total, **self._fields())
        self._rich.start()

    def close(self) -> None:
        """Erase the display (it is transient); safe to call when none was drawn."""
        if self._rich is not None:
            self._rich.stop()
            self._rich = None


def wanted(fmt: str, stdout: Any, stderr: Any) -> bool:
    """Only for a person: text output, and both streams on a terminal."""
    return fmt == "text" and all(getattr(s, "isatty", lambda: False)() for s in (stdout, stderr))
