"""Throw-away git repositories for the distribution tests: a user's project, as git sees it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

HEADER = """#pragma once
#include <QLocalSocket>

class Reader : public QObject
{
public:
    void onReadyRead();

private:
    QLocalSocket *socket = nullptr;
    char frame[64];
};
"""
BAD = """#include "reader.h"

void Reader::onReadyRead()
{
    socket->read(frame, socket->bytesAvailable());
}
"""
"""A defect only the header explains: `frame` is a 64-byte member declared in reader.h."""
GOOD = """#include "reader.h"

void Reader::onReadyRead()
{
    socket->read(frame, qMin<qint64>(socket->bytesAvailable(), sizeof(frame)));
}
"""
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Dev",
    "GIT_AUTHOR_EMAIL": "dev@example.invalid",
    "GIT_COMMITTER_NAME": "Dev",
    "GIT_COMMITTER_EMAIL": "dev@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    out = subprocess.run(
        ["git", "-C", str(repo), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, **GIT_ENV},
    )
    return out.stdout.strip()


def project(root: Path) -> Path:
    """A git repository whose first commit holds src/reader.h."""
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (root / "src").mkdir()
    (root / "src" / "reader.h").write_text(HEADER)
    git(root, "add", "src/reader.h")
    git(root, "commit", "-q", "-m", "header")
    return root
