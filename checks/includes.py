"""Which project headers a file includes, found as a compiler finds them, read only from memory.

A quoted include is looked up beside the including file, then at the repository root, then in
the include directories; an angle-bracket include at the root and in the include directories,
unless it names a header our Qt model serves (`<QTcpSocket>`, `<QtCore/qobject.h>`, `<vector>`,
`<unistd.h>`, ...). The search is transitive and bounded (`Limits`). Callers that cannot list
the repository (the bot reads GitHub one path at a time) call `include_set` in rounds: it names
the paths it needs to know next (`wanted`) until it needs none. The front end then keeps exactly
the directives resolved here (libclang, given the same search path, finds the same files among
the in-memory ones) and blanks the rest.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import threading
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

BOM = "\ufeff"

_DIRECTIVE = re.compile(
    r"[ \t]*(?:#|%:|\?\?=)[ \t]*(include|include_next|import|embed|pragma)\b(.*)", re.DOTALL
)
_NAME = re.compile(r'[ \t]*(?:"([^"\n]+)"|<([^>\n]+)>)')

_QT_MODULE_DIR = re.compile(r"Qt[A-Z]\w*$")
_QT_CLASS_HEADER = re.compile(r"Q[A-Z]\w*$")
_QT_LOWER_HEADER = re.compile(r"q[a-z0-9_]*\.h$")
_SYSTEM_DIRS = frozenset(
    {"sys", "netinet", "netinet6", "arpa", "net", "linux", "bits", "asm", "mach", "gnu", "private"}
)
_SYSTEM_HEADERS = frozenset(  # C and POSIX/Windows system headers, one word each
    """assert.h complex.h ctype.h errno.h fenv.h float.h inttypes.h iso646.h limits.h locale.h
    math.h setjmp.h signal.h stdalign.h stdarg.h stdatomic.h stdbool.h stddef.h stdint.h stdio.h
    stdlib.h stdnoreturn.h string.h tgmath.h threads.h time.h uchar.h wchar.h wctype.h unistd.h
    fcntl.h poll.h pthread.h dlfcn.h netdb.h pwd.h grp.h termios.h syslog.h ifaddrs.h sched.h
    semaphore.h spawn.h strings.h dirent.h getopt.h malloc.h memory.h alloca.h endian.h byteswap.h
    execinfo.h libgen.h glob.h fnmatch.h regex.h utime.h ucontext.h windows.h winsock2.h
    ws2tcpip.h winsock.h io.h process.h direct.h conio.h tchar.h""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Limits:
    """How far the search goes for one analyzed file; `docs/engine.md` explains the figures."""

    depth: int = 16
    """Include nesting below the analyzed file (its own includes are depth 1)."""
    files: int = 200
    """Project headers in one translation unit."""
    bytes: int = 4_000_000
    """Their total size."""
    lookups: int = 1_000
    """Paths looked up for one file while its set is not final (each one a fetch for the bot)."""
    guessed_dirs: int = 16
    """Include directories guessed when none are configured."""


LIMITS = Limits()


@dataclass(frozen=True)
class Directive:
    line: int
    """1-based line the directive starts on."""
    end_line: int
    name: str
    angled: bool


def logical_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(first line, last line, joined text) of each logical line: backslash-newline joins lines,
    as in translation phase 2. Lines are 1-based; a CR before the newline counts as the newline,
    and a byte-order mark before the first line is not text."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start = i
        logical = lines[i].removesuffix("\r")
        if i == 0:
            logical = logical.removeprefix(BOM)
        while logical.endswith("\\") and i + 1 < len(lines):
            i += 1
            logical = logical[:-1] + lines[i].removesuffix("\r")
        yield start + 1, i + 1, logical
        i += 1


def file_directives(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(first line, last line, keyword, rest) of every directive that can open a file."""
    for start, end, logical in logical_lines(text):
        m = _DIRECTIVE.match(logical)
        if m:
            yield start, end, m.group(1), m.group(2)


def scan(text: str) -> tuple[Directive, ...]:
    """The `#include "x"` and `#include <x>` directives of a file (computed includes are not).

    Memoized by a digest of the text (never the text itself: a long-running App must not keep
    every file it saw), so a caller asking in rounds scans each file once."""
    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    with _SCANNED_LOCK:
        found = _SCANNED.get(key)
    if found is None:
        found = _scan(text)
        with _SCANNED_LOCK:
            _SCANNED[key] = found
            if len(_SCANNED) > _SCANNED_MAX:
                del _SCANNED[next(iter(_SCANNED))]  # the oldest
    return found


_SCANNED: dict[bytes, tuple[Directive, ...]] = {}
_SCANNED_MAX = 8192
_SCANNED_LOCK = threading.Lock()


def _scan(text: str) -> tuple[Directive, ...]:
    out = []
    for start, end, keyword, rest in file_directives(text):
        if keyword != "include":
            continue
        m = _NAME.match(rest)
        if m:
            quoted, angled = m.groups()
            out.append(Directive(start, end, quoted or angled, quoted is None))
    return tuple(out)


def served_by_model(name: str, angled: bool) -> bool:
    """Qt, C++ and system headers: the bundled model stands for them, the repository never."""
    parts = name.split("/")
    if len(parts) > 1 and (parts[0] in _SYSTEM_DIRS or _QT_MODULE_DIR.match(parts[0])):
        return True
    base = parts[-1]
    if _QT_CLASS_HEADER.match(base) and len(parts) == 1:
        return True  # <QTcpSocket>, also written "QTcpSocket"
    if not angled:
        return False
    return "." not in base or name in _SYSTEM_HEADERS or bool(_QT_LOWER_HEADER.match(name))


def search_bases(includer: str, angled: bool, include_dirs: Sequence[str]) -> list[str]:
    """Where a directive is looked up, in order ("" is the repository root)."""
    here = [posixpath.dirname(includer)] if not angled else []
    return [*here, "", *include_dirs]


@lru_cache(maxsize=16384)
def candidates(
    includer: str, name: str, angled: bool, include_dirs: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    """(search base, repository path) for each place an include may name, in search order;
    nothing for model headers, absolute names and names that leave the repository."""
    if served_by_model(name, angled) or name.startswith("/") or "\\" in name:
        return ()
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for base in search_bases(includer, angled, include_dirs):
        path = posixpath.normpath(posixpath.join(base, name))
        if path == ".." or path.startswith("../") or path in seen:
            continue
        seen.add(path)
        out.append((base, path))
    return tuple(out)


def guess_include_dirs(paths: Sequence[str], limit: int = LIMITS.guessed_dirs) -> tuple[str, ...]:
    """`include/`, `src/` and the directories of the analyzed files, when none are configured."""
    out: list[str] = ["include", "src"]
    for p in paths:
        d = posixpath.dirname(p)
        if d and d not in out:
            out.append(d)
    return tuple(out[:limit])


def include_dirs_for(
    paths: Sequence[str], configured: Sequence[str] | None, limits: Limits = LIMITS
) -> tuple[str, ...]:
    """The configured include directories, cleaned; guessed from `paths` when None."""
    if configured is None:
        return guess_include_dirs(paths, limits.guessed_dirs)
    return clean_dirs(configured)


def clean_dirs(dirs: Sequence[str]) -> tuple[str, ...]:
    """Repository-relative, normalized, inside the repository, each once."""
    out: list[str] = []
    for d in dirs:
        n = posixpath.normpath(d.strip().strip("/")) if d.strip().strip("/") else ""
        if n in ("", ".") or n == ".." or n.startswith("../") or n in out:
            continue
        out.append(n)
    return tuple(out)


@dataclass
class Plan:
    """What one translation unit sees: the headers, and in each file the directives to keep."""

    include_dirs: tuple[str, ...]
    headers: dict[str, str] = field(default_factory=dict)
    keep: dict[str, set[int]] = field(default_factory=dict)
    """File path -> first lines of the include directives that resolve (the others are blanked)."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Spelled path (search base + name, with `..`) -> repository path it stands for."""
    cut: str = ""
    """Why some headers were left out: a limit was reached."""
    wanted: list[str] = field(default_factory=list)
    """Paths whose existence is unknown yet (only while the set is not final)."""


def plan(
    path: str,
    text: str,
    found: Mapping[str, str | bytes | None],
    include_dirs: Sequence[str],
    limits: Limits = LIMITS,
    *,
    final: bool = True,
) -> Plan:
    """Breadth-first from the analyzed file, as a compiler would enter the headers.

    `found` maps repository paths to content, or None for a path known to be absent. With
    `final`, a path not in `found` is absent; otherwise it is wanted, and the directive it would
    decide stays unresolved for now.
    """
    result = Plan(tuple(include_dirs))
    depth_of: dict[str, int] = {path: 0}
    size = 0
    queue: deque[tuple[str, str]] = deque([(path, text)])
    while queue:
        here, body = queue.popleft()
        for d in scan(body):
            target = _resolve(here, d, found, result, path, limits, final)
            if target is None:
                continue
            base, rel = target
            if rel not in depth_of:
                content = found[rel]
                assert content is not None
                htext = content if isinstance(content, str) else content.decode("utf-8", "replace")
                hsize = len(htext.encode("utf-8"))
                reason = _over_limit(depth_of[here] + 1, len(result.headers), size + hsize, limits)
                if reason:
                    result.cut = result.cut or reason
                    continue
                depth_of[rel] = depth_of[here] + 1
                size += hsize
                result.headers[rel] = htext
                queue.append((rel, htext))
            result.keep.setdefault(here, set()).add(d.line)
            spelled = posixpath.join(base, d.name)
            if spelled != rel:
                result.aliases[spelled] = rel
    return result


def _resolve(
    here: str,
    d: Directive,
    found: Mapping[str, str | bytes | None],
    result: Plan,
    main: str,
    limits: Limits,
    final: bool,
) -> tuple[str, str] | None:
    for base, rel in candidates(here, d.name, d.angled, result.include_dirs):
        if rel == main:
            return None
        if rel in found:
            if found[rel] is not None:
                return base, rel
            continue
        if final:
            continue
        if len(result.wanted) >= limits.lookups:
            result.cut = result.cut or f"more than {limits.lookups} include lookups"
        elif rel not in result.wanted:
            result.wanted.append(rel)
        return None  # decided once this path is known
    return None


def _over_limit(depth: int, count: int, size: int, limits: Limits) -> str:
    if depth > limits.depth:
        return f"includes nested deeper than {limits.depth} levels"
    if count >= limits.files:
        return f"more than {limits.files} project headers"
    if size > limits.bytes:
        return f"project headers over {limits.bytes} bytes"
    return ""


@dataclass(frozen=True)
class IncludeSet:
    """The project headers some sources include, and what is still to be looked up."""

    files: Mapping[str, bytes]
    """Every header reachable from the sources within the limits, by repository path."""
    wanted: tuple[str, ...]
    """Paths to look up before the set is final: read or fetch them, call again with them."""
    include_dirs: tuple[str, ...]
    """The include directories searched (as given, or guessed): pass them on to the analysis."""
    cuts: Mapping[str, str]
    """Source path -> the limit that left headers out of its set."""


def include_set(
    sources: Mapping[str, bytes],
    found: Mapping[str, bytes | None],
    include_dirs: Sequence[str] | None = None,
    *,
    limits: Limits = LIMITS,
    final: bool = False,
) -> IncludeSet:
    """The one place that decides which project headers the analysis of `sources` gets.

    `found` holds what is known so far: content, or None for a path that does not exist (the
    sources themselves count as found). `include_dirs` None guesses them. Call it, look up
    `wanted`, add the answers to `found`, call again: once `wanted` is empty, `files` is the set.
    """
    dirs = include_dirs_for(list(sources), include_dirs, limits)
    known: dict[str, bytes | None] = {**sources, **found}
    files: dict[str, bytes] = {}
    wanted: list[str] = []
    cuts: dict[str, str] = {}
    for path, content in sources.items():
        p = plan(path, content.decode("utf-8", "replace"), known, dirs, limits, final=final)
        for rel in p.headers:
            blob = known[rel]
            if blob is not None:
                files[rel] = blob
        wanted += [w for w in p.wanted if w not in wanted]
        if p.cut:
            cuts[path] = p.cut
    return IncludeSet(files, tuple(wanted), dirs, cuts)
