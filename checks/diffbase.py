"""`--diff-base REV`: the lines changed since a git revision, so a CLI run reports only new code.

`git diff --unified=0 REV` (working tree against REV) gives the added lines of each hunk; files
git does not track yet count as changed throughout.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from checks.findings import Finding
from checks.sources import UsageError

ALL_LINES = frozenset({0})
"""Marks a file whose every line counts as changed (an untracked file)."""

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def hunk_header(line: str) -> tuple[int, int] | None:
    """(start, count) of the new side in a unified diff's `@@ -a,b +c,d @@` line; else None."""
    m = _HUNK.match(line)
    return (int(m.group(1)), int(m.group(2) or "1")) if m else None


def _git(root: Path, *args: str) -> str:
    cmd = ["git", "-c", "core.quotepath=off", "-C", str(root), *args]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise UsageError(f"--diff-base: could not run git: {e}") from e
    if out.returncode != 0:
        raise UsageError(f"--diff-base: git {args[0]} failed: {out.stderr.strip()}")
    return out.stdout


def _unquote(path: str) -> str:
    """git quotes paths with unusual characters ("a\\tb"); undo its C-style escaping."""
    if len(path) >= 2 and path[0] == path[-1] == '"':
        raw = path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        return raw.encode("latin-1").decode("utf-8", errors="replace")
    return path


def parse_diff(diff: str) -> dict[str, set[int]]:
    """Added line numbers per new-side path from `git diff --unified=0` output."""
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = _unquote(line[4:].rstrip("\t"))
            if target == "/dev/null":
                current = None
                continue
            current = changed.setdefault(target[2:] if target.startswith("b/") else target, set())
        elif line.startswith("@@") and current is not None:
            header = hunk_header(line)
            if header:
                start, count = header
                current.update(range(start, start + count))
    return changed


def changed_lines(root: Path, rev: str) -> dict[str, frozenset[int]]:
    """Changed lines per repository-relative path; raises UsageError for a bad revision."""
    if rev.startswith("-"):
        raise UsageError(f"--diff-base: {rev!r} is not a git revision")
    if not (root / ".git").exists() and not _inside_work_tree(root):
        raise UsageError(f"--diff-base: {root} is not in a git repository")
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except UsageError:
        raise UsageError(f"--diff-base: unknown git revision {rev!r}") from None
    diff = _git(root, "diff", "--unified=0", "--no-color", "--no-ext-diff", rev, "--")
    out = {p: frozenset(lines) for p, lines in parse_diff(diff).items()}
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z")
    for path in filter(None, untracked.split("\0")):
        out[path] = ALL_LINES
    return out


def _inside_work_tree(root: Path) -> bool:
    try:
        return _git(root, "rev-parse", "--is-inside-work-tree").strip() == "true"
    except UsageError:
        return False


def on_changed_lines(
    findings: Iterable[Finding], changed: dict[str, frozenset[int]]
) -> list[Finding]:
    """Findings whose span [line, end_line] touches an added line."""
    kept = []
    for f in findings:
        lines = changed.get(f.path)
        if lines is None:
            continue
        if lines is ALL_LINES or any(n in lines for n in range(f.line, f.end_line + 1)):
            kept.append(f)
    return kept
