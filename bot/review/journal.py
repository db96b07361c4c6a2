"""Acknowledged reviews on disk, so that a killed process loses none of them.

GitHub never redelivers a webhook it got a 2xx for. A job is therefore written here before its
delivery is answered 202, and leaves only once its review and check run are done (or it was
reported as superseded or failed). On the next start the queue resumes what is left: the newest
head of each pull request runs again, older heads are reported as superseded.

SQLite from the standard library, in WAL mode with `synchronous=FULL`: every acknowledged job is
on disk before the answer, whether the process is killed or the machine loses power. One process
owns one journal; a second `serve` needs its own state directory (or Redis, `docs/deploying.md`).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any

from bot.review.queue import JobKey, ReviewJob

log = logging.getLogger(__name__)

FILE_NAME = "journal.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    repo TEXT NOT NULL,
    number INTEGER NOT NULL,
    job TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_by_pull ON jobs (repo, number, id);
"""


class Journal:
    """The jobs acknowledged and not yet done, one row each, in the order they arrived."""

    def __init__(self, state_dir: Path) -> None:
        state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = state_dir / FILE_NAME
        self._db = sqlite3.connect(self.path, isolation_level=None)
        os.chmod(self.path, 0o600)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def add(self, job: ReviewJob) -> ReviewJob:
        """Write `job`; the copy returned carries its row id (`journal_id`)."""
        row = self._db.execute(
            "INSERT INTO jobs (repo, number, job) VALUES (?, ?, ?)",
            (job.repo_full_name, job.number, _encode(job)),
        )
        assert row.lastrowid is not None
        return replace(job, journal_id=row.lastrowid)

    def done(self, job: ReviewJob) -> None:
        """`job` and every older job of its pull request are finished with."""
        if job.journal_id is None:
            return
        self._db.execute(
            "DELETE FROM jobs WHERE repo = ? AND number = ? AND id <= ?",
            (job.repo_full_name, job.number, job.journal_id),
        )

    def unfinished(self) -> dict[JobKey, list[ReviewJob]]:
        """What a killed or stopped process left, by pull request, oldest first."""
        left: dict[JobKey, list[ReviewJob]] = {}
        for row_id, text in self._db.execute("SELECT id, job FROM jobs ORDER BY id"):
            try:
                job = replace(_decode(text), journal_id=row_id)
            except (ValueError, TypeError, KeyError) as e:
                log.error("journal row unreadable; dropped", extra={"row": row_id, "error": str(e)})
                self._db.execute("DELETE FROM jobs WHERE id = ?", (row_id,))
                continue
            left.setdefault(job.key, []).append(job)
        return left

    def __len__(self) -> int:
        (count,) = self._db.execute("SELECT COUNT(*) FROM jobs").fetchone()
        return int(count)

    def close(self) -> None:
        self._db.close()


def _encode(job: ReviewJob) -> str:
    data = asdict(job)
    data.pop("journal_id")
    return json.dumps(data, sort_keys=True)


def _decode(text: str) -> ReviewJob:
    data: dict[str, Any] = json.loads(text)
    known = {f.name for f in fields(ReviewJob)}
    data = {k: v for k, v in data.items() if k in known}
    data["acknowledge"] = tuple(data.get("acknowledge", ()))
    return ReviewJob(**data)
