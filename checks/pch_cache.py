"""The model's PCH, built once per libclang and model and kept in a private per-user cache.

Building the PCH costs about 0.15 s, more than analyzing a file; a short `qtreview check` would
pay it on every run. So it is kept in `$XDG_CACHE_HOME/qtreview` (default `~/.cache/qtreview`),
named by a key over the model's text, the parse arguments and the libclang library file, so a
new model or libclang gets a new PCH.

libclang trusts what it loads, so the cache is trusted only when it is private: the directory
must be a real directory (no symlink) owned by us with no group or other permission bits, each
file a regular file owned by us and not writable by others, and the PCH must match the SHA-256
written beside it. Anything else and the PCH is rebuilt (a bad file) or the cache is not used at
all (a bad directory: the caller then builds in a per-process private directory). The VFS
overlay that keeps parses hermetic is compared with what it must say and rewritten if it differs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable

_SUFFIX = ".sha256"
KEEP = 8
"""PCHs kept per user (about 5 MB each): one per model and libclang in use, so a few venvs."""
STALE_S = 3600
"""Only a PCH untouched this long is pruned, so one a running process just chose stays."""


def cache_dir() -> str | None:
    """Our private cache directory, created 0700 if missing; None if it isn't private."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec says to ignore a relative path
        base = os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "qtreview")
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None
    return path if stat.S_ISDIR(st.st_mode) and _ours(st, 0o077) else None


def key(model: str, args: Iterable[str], library: str) -> str:
    """What the PCH depends on: the model, the parse arguments, the libclang file."""
    h = hashlib.sha256(model.encode())
    h.update("\0".join(args).encode())
    try:
        st = os.stat(library)
        h.update(f"{os.path.realpath(library)}:{st.st_size}:{st.st_mtime_ns}".encode())
    except OSError:
        h.update(library.encode())
    return h.hexdigest()[:20]


def cached_pch(
    cache_key: str, build: Callable[[str], None], overlay: Callable[[str], dict[str, object]]
) -> tuple[str, str] | None:
    """(PCH, VFS overlay) from the cache, built with `build(path)` when missing or not trusted.

    None when there is no private cache directory. `build` may raise; nothing is left behind.
    """
    folder = cache_dir()
    if folder is None:
        return None
    pch = os.path.join(folder, f"model-{cache_key}.pch")
    if not _intact(pch):
        tmp = f"{pch}.{os.getpid()}.tmp"
        try:
            build(tmp)
            os.chmod(tmp, 0o600)
            _write(pch + _SUFFIX, _digest(tmp))
            os.replace(tmp, pch)
        finally:
            if os.path.lexists(tmp):
                os.unlink(tmp)
        _prune(folder)
    vfs = os.path.join(folder, f"vfs-{cache_key}.json")
    wanted = json.dumps(overlay(pch), sort_keys=True)
    if _read_private(vfs) != wanted.encode():
        _write(vfs, wanted)
    return pch, vfs


def derived(pch: str, suffix: str, make: Callable[[], str], *, fresh: bool = False) -> str:
    """What `make()` derives from the PCH, kept beside it (`model-<key><suffix>`) so that it is
    made once per model, not once per process: read back only from a regular file of ours that
    no one else may write, else (or when `fresh`: the caller found it unusable) made and
    written (atomically, 0600)."""
    path = pch.removesuffix(".pch") + suffix
    data = None if fresh else _read_private(path)
    if data is not None:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8")
    text = make()
    _write(path, text)
    return text


def _prune(folder: str) -> None:
    """Beyond the KEEP newest, remove PCHs (and what goes with them) of models gone stale."""
    import time

    found = []
    for name in os.listdir(folder):
        if name.startswith("model-") and name.endswith(".pch"):
            with contextlib.suppress(OSError):
                found.append((os.lstat(os.path.join(folder, name)).st_mtime, name))
    found.sort(reverse=True)
    for mtime, name in found[KEEP:]:
        if time.time() - mtime < STALE_S:
            continue
        key = name[len("model-") : -len(".pch")]
        beside = [n for n in os.listdir(folder) if n.startswith(name.removesuffix("pch"))]
        for old in {name, name + _SUFFIX, f"vfs-{key}.json", *beside}:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, old))


def _ours(st: os.stat_result, forbidden: int) -> bool:
    return st.st_uid == os.geteuid() and not st.st_mode & forbidden


def _read_private(path: str) -> bytes | None:
    """The file's bytes if it is a regular file of ours that no one else may write; else None."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or not _ours(st, 0o022):
            return None
        return fh.read()


def _intact(pch: str) -> bool:
    data, digest = _read_private(pch), _read_private(pch + _SUFFIX)
    return data is not None and digest == hashlib.sha256(data).hexdigest().encode()


def _digest(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _write(path: str, text: str) -> None:
    """Atomically: a reader sees the old file or the new one, never half of one."""
    tmp = f"{path}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
