"""Hermetic parsing: the file's text goes to libclang from memory, never from disk.

Every directive that can make the preprocessor open a file (#include, #include_next, #import,
#embed, #pragma) is blanked first, keeping line numbers; the Qt API comes from our bundled,
declaration-only model, force-included; the standard include paths are switched off. So a pull
request cannot make the analyzer read anything but our own headers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import PurePosixPath

import clang.cindex as ci

VIRTUAL_ROOT = "/qtreview-virtual"
"""Every path handed to libclang lives under this root, which exists on no disk."""

MODEL_PATH = f"{VIRTUAL_ROOT}/model/qtreview_model.h"
SOURCE_ROOT = f"{VIRTUAL_ROOT}/src"

_DIRECTIVE = re.compile(
    r"^[ \t]*(?:#|%:|\?\?=)[ \t]*(include|include_next|import|embed|pragma)\b", re.MULTILINE
)
_QUOTED_INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*"([^"\n]+)"', re.MULTILINE)

ARGS = (
    "-x",
    "c++",
    "-std=c++17",
    "-nostdinc",
    "-nostdinc++",
    "-fsyntax-only",
    "-ferror-limit=0",
    "-Wno-everything",
    "-fno-delayed-template-parsing",
    "-D__qtreview__=1",
)


def blank_directives(text: str) -> str:
    """Blank file-opening directives (and their continuation lines) with spaces."""
    lines = text.split("\n")
    # Join continuations first so "#\\\ninclude" cannot slip through; blank each physical line.
    i = 0
    while i < len(lines):
        start = i
        logical = lines[i]
        while logical.endswith("\\") and i + 1 < len(lines):
            i += 1
            logical = logical[:-1] + lines[i]
        if _DIRECTIVE.match(logical):
            for j in range(start, i + 1):
                lines[j] = " " * len(lines[j].encode("utf-8"))  # keep byte offsets too
        i += 1
    return "\n".join(lines)


def quoted_includes(text: str) -> list[str]:
    return _QUOTED_INCLUDE.findall(text)


def include_candidates(path: str, content: bytes) -> list[str]:
    """Repository-relative paths the file's quoted includes may name (beside it, then the root)."""
    text = content.decode("utf-8", errors="replace")
    here = PurePosixPath(path).parent
    out: list[str] = []
    for name in quoted_includes(text):
        if name.startswith("/") or ".." in PurePosixPath(name).parts:
            continue
        for cand in (here / name, PurePosixPath(name)):
            s = str(cand)
            if s not in out and s != ".":
                out.append(s)
    return out


@cache
def model_text() -> str:
    """The bundled Qt model: every `checks/model/*.h`, concatenated in name order."""
    parts = []
    for entry in sorted(resources.files("checks.model").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".h"):
            parts.append(f"// ---- {entry.name}\n{entry.read_text(encoding='utf-8')}")
    return "\n".join(parts)


@cache
def _index() -> ci.Index:
    return ci.Index.create()


def parse(
    path: str,
    text: str,
    includes: Mapping[str, str] | None = None,
    *,
    use_model: bool = True,
    extra_args: tuple[str, ...] = (),
) -> ci.TranslationUnit:
    """Parse `text` as if it were at repository path `path`.

    `includes` maps repository paths to project headers: each quoted include of the file that
    names one of them is force-included (after the model), blanked like the file itself.
    `use_model=False` with `extra_args` is for our own fidelity test against real Qt headers.
    """
    vpath = f"{SOURCE_ROOT}/{path.lstrip('/')}"
    unsaved = [(vpath, blank_directives(text))]
    args = list(ARGS)
    if use_model:
        unsaved.append((MODEL_PATH, model_text()))
        args += ["-include", MODEL_PATH]
    for rel in _resolve_includes(path, text, includes or {}):
        vinc = f"{SOURCE_ROOT}/{rel}"
        unsaved.append((vinc, blank_directives((includes or {})[rel])))
        args += ["-include", vinc]
    args += list(extra_args)
    return _index().parse(
        vpath,
        args=args,
        unsaved_files=unsaved,
        options=ci.TranslationUnit.PARSE_INCOMPLETE,
    )


def _resolve_includes(path: str, text: str, includes: Mapping[str, str]) -> list[str]:
    found: list[str] = []
    here = PurePosixPath(path).parent
    for name in quoted_includes(text):
        for cand in (str(here / name), name):
            if cand in includes and cand != path:
                if cand not in found:
                    found.append(cand)
                break
    return found
