"""Local files for `qtreview check`: walk the given paths, read them, and their project includes.

The engine analyzes bytes in memory; this is the one place the CLI touches the disk. Paths are
made relative to a root (the git checkout, else the working directory) because rules, includes,
fingerprints and reports all speak repository-relative paths.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checks.engine import SOURCE_SUFFIXES
from checks.findings import SourceFile
from checks.frontend import include_candidates

BUILD_DIRS = frozenset({"build", "_build", "out", "node_modules", "__pycache__", "CMakeFiles"})
BUILD_PREFIXES = ("build-", "cmake-build-")


class UsageError(Exception):
    """Bad input from the person running the CLI: printed as is, exit code 2."""


@dataclass(frozen=True)
class Checkout:
    root: Path
    """Every reported path is relative to this directory."""
    files: tuple[SourceFile, ...]
    includes: dict[str, bytes]


def git_root(where: Path) -> Path | None:
    """The top of the git work tree holding `where`, or None outside any."""
    start = where if where.is_dir() else where.parent
    try:
        out = subprocess.run(
            ["git", "-C", str(start), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (
        Path(out.stdout.strip()).resolve() if out.returncode == 0 and out.stdout.strip() else None
    )


def choose_root(paths: list[Path]) -> Path:
    """The git checkout holding all paths, else the working directory, else their common dir."""
    common = Path(os.path.commonpath([str(p) for p in paths]))
    repo = git_root(common)
    if repo is not None:
        return repo
    cwd = Path.cwd().resolve()
    if all(p == cwd or cwd in p.parents for p in paths):
        return cwd
    return common if common.is_dir() else common.parent


def is_skipped_dir(name: str) -> bool:
    return name.startswith(".") or name in BUILD_DIRS or name.startswith(BUILD_PREFIXES)


def walk(path: Path) -> Iterable[Path]:
    """A file as given; a directory's C/C++ files, skipping hidden and build directories."""
    if not path.is_dir():
        yield path
        return
    for here, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not is_skipped_dir(d))
        for name in sorted(names):
            if name.lower().endswith(SOURCE_SUFFIXES) and not name.startswith("."):
                yield Path(here) / name


def read_limited(path: Path, max_bytes: int) -> bytes | None:
    """At most max_bytes + 1 bytes (enough for the engine to say "too large"); None if no file."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or device would block or never end
            return None
        with path.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except OSError:
        return None


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def collect(raw_paths: list[str], max_bytes: int) -> Checkout:
    """Read every file to analyze and the project headers their quoted includes name."""
    paths: list[Path] = []
    for raw in raw_paths:
        p = Path(raw)
        if not p.exists():
            raise UsageError(f"{raw}: no such file or directory")
        paths.append(p.resolve())
    root = choose_root(paths)
    files: list[SourceFile] = []
    seen: set[str] = set()
    for p in paths:
        for f in walk(p):
            rel = relative(f, root)
            if rel in seen:
                continue
            seen.add(rel)
            content = read_limited(f, max_bytes)
            if content is None:
                if p == f:
                    raise UsageError(f"{f}: not a regular, readable file")
                continue
            files.append(SourceFile(rel, content))
    return Checkout(root, tuple(files), read_includes(files, root, max_bytes))


def read_includes(files: list[SourceFile], root: Path, max_bytes: int) -> dict[str, bytes]:
    """Quoted includes found in the checkout, never outside it (symlinks are resolved first)."""
    out: dict[str, bytes] = {}
    for f in files:
        for cand in include_candidates(f.path, f.content):
            if cand in out:
                continue
            target = (root / cand).resolve()
            if root not in target.parents:
                continue
            content = read_limited(target, max_bytes)
            if content is not None and len(content) <= max_bytes:
                out[cand] = content
    return out
