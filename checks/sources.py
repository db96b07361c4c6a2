"""Local files for `qtreview check`: walk the given paths, read them, and their project includes.

The engine analyzes bytes in memory; this is the one place the CLI touches the disk. Paths are
made relative to a root (the git checkout, else the working directory) because rules, includes,
fingerprints and reports all speak repository-relative paths.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checks.engine import SOURCE_SUFFIXES
from checks.findings import SourceFile
from checks.includes import LIMITS, IncludeSet, Limits, include_set

BUILD_DIRS = frozenset({"build", "_build", "out", "node_modules", "__pycache__", "CMakeFiles"})
BUILD_PREFIXES = ("build-", "cmake-build-")


class UsageError(Exception):
    """Bad input from the person running the CLI: printed as is, exit code 2."""


@dataclass(frozen=True)
class Checkout:
    root: Path
    """Every reported path is relative to this directory."""
    files: tuple[SourceFile, ...]
    includes: Mapping[str, bytes]
    include_dirs: tuple[str, ...]
    """Searched for includes (as given, or guessed): the analysis searches the same."""


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


def existing(raw_paths: list[str]) -> list[Path]:
    """The paths, resolved; a UsageError names the first that does not exist."""
    paths: list[Path] = []
    for raw in raw_paths:
        p = Path(raw)
        if not p.exists():
            raise UsageError(f"{raw}: no such file or directory")
        paths.append(p.resolve())
    return paths


def collect(
    raw_paths: list[str],
    max_bytes: int,
    include_dirs: Sequence[str] | None = None,
    repo_include_dirs: Sequence[str] | None = None,
) -> Checkout:
    """Read every file to analyze and the project headers they include.

    Headers are searched in `include_dirs` (`-I`: relative to the working directory), else in
    `repo_include_dirs` (the config's: relative to the root), else in guessed directories."""
    paths = existing(raw_paths)
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
    dirs = repo_include_dirs
    if include_dirs is not None:
        dirs = [_in_checkout(d, root) for d in include_dirs]
    found = read_includes(files, root, max_bytes, dirs)
    return Checkout(root, tuple(files), found.files, found.include_dirs)


def _in_checkout(raw: str, root: Path) -> str:
    path = Path(raw).resolve()
    if path != root and root not in path.parents:
        raise UsageError(f"-I {raw}: not inside {root}, the root the paths are reported from")
    return path.relative_to(root).as_posix()


def read_includes(
    files: list[SourceFile],
    root: Path,
    max_bytes: int,
    include_dirs: Sequence[str] | None,
    limits: Limits = LIMITS,
) -> IncludeSet:
    """The project headers the files include, read from the checkout in rounds as the engine
    asks for them; never outside the checkout (symlinks are resolved first)."""
    sources = {f.path: f.content for f in files}
    found: dict[str, bytes | None] = {}
    while True:
        wanted = include_set(sources, found, include_dirs, limits=limits)
        if not wanted.wanted:
            return wanted
        for rel in wanted.wanted:
            target = (root / rel).resolve()
            content = read_limited(target, max_bytes) if root in target.parents else None
            found[rel] = content if content is not None and len(content) <= max_bytes else None
