"""Hermetic parsing: the file's text goes to libclang from memory, never from disk.

Every directive that can make the preprocessor open a file (#include, #include_next, #import,
#embed, #pragma) is blanked first, keeping line numbers and byte offsets, except `#pragma once`
and the includes `checks.includes` resolved to project headers the caller gave in memory (those
are in-memory files too); the Qt API comes from our bundled, declaration-only model,
force-included; the standard include paths are switched off. What the
blanking cannot see (`__has_include("/etc/passwd")`, `_Pragma("GCC dependency ...")`, names built
by macros) meets a virtual file system that has nothing but our precompiled model: libclang is
given `-ivfsoverlay` with `fallthrough: false`, so no path a file names reaches the disk. So a pull
request cannot make the analyzer read anything but our own headers.

Speed: the model is precompiled into a PCH, which makes a parse several times faster than
re-parsing the model for every file. The PCH is kept in a private per-user cache
(`checks/pch_cache.py`), or, where there is none we can trust, built once per process in a
private (0700) directory of our own.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import TypeGuard

import clang.cindex as ci

from checks import includes, model_tier, pch_cache, recovery
from checks.recovery import Recovery, known, modelinfo
from checks.recovery.synth import PRECOMPILED

VIRTUAL_ROOT = "/qtreview-virtual"
"""Every path handed to libclang lives under this root, which exists on no disk."""

MODEL_PATH = f"{VIRTUAL_ROOT}/model/qtreview_model.h"
STAND_IN_PATH = f"{VIRTUAL_ROOT}/recovered/stand_in.h"
"""Recovery's fixed declarations (stand_in.h above its per-file part), precompiled too."""
PCH_SOURCE_PATH = f"{VIRTUAL_ROOT}/model/qtreview_pch.h"
"""What the PCH is built from: the model, then recovery's fixed part, each at its own path."""
PCH_PATH = f"{VIRTUAL_ROOT}/model/qtreview_model.pch"
SOURCE_ROOT = f"{VIRTUAL_ROOT}/src"


_ONCE = re.compile(r"[ \t]+once[ \t]*(?://.*|/\*.*)?")
"""`#pragma once` opens nothing and must stay: headers included twice then behave as in a build."""

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


def blank_directives(text: str, keep: Collection[int] = ()) -> str:
    """Blank file-opening directives (and their continuation lines) with spaces, except
    `#pragma once` and the include directives starting on a line in `keep` (those resolved to
    in-memory project headers)."""
    lines = text.split("\n")
    for start, end, keyword, rest in includes.file_directives(text):
        if start in keep or (keyword == "pragma" and _ONCE.fullmatch(rest)):
            continue
        for j in range(start - 1, end):
            lines[j] = " " * len(lines[j].encode("utf-8"))  # keep byte offsets too
    return "\n".join(lines)


@cache
def model_text(tier: str = model_tier.FULL) -> str:
    """The bundled Qt model: every `checks/model/*.h` of `tier`, concatenated in name order."""
    parts = []
    for entry in sorted(resources.files("checks.model").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".h") and model_tier.in_tier(entry.name, tier):
            parts.append(f"// ---- {entry.name}\n{entry.read_text(encoding='utf-8')}")
    return "\n".join(parts)


_TRUSTED_PCH = ("-Xclang", "-fno-validate-pch")
"""A parse does not check the PCH against its sources: `pch_cache` keys it by them, libclang
and the arguments, and trusts only a private file whose SHA-256 matches."""


def pch_sources(tier: str = model_tier.FULL) -> list[tuple[str, str]]:
    """The in-memory files the PCH is built from: the model, recovery's fixed part, and what
    includes both (given to a parse only where there is no PCH)."""
    wrapper = f'#include "{MODEL_PATH}"\n#include "{STAND_IN_PATH}"\n'
    return [
        (PCH_SOURCE_PATH, wrapper),
        (MODEL_PATH, model_text(tier)),
        (STAND_IN_PATH, PRECOMPILED),
    ]


@cache
def _index(local_only: bool = True) -> ci.Index:
    """`local_only` (libclang's excludeDecls): a walk of the translation unit visits only the
    declarations parsed from the file and its headers, not the precompiled model's, so the
    rules' tree costs what the file holds, whatever the model's size."""
    return ci.Index.create(excludeDecls=local_only)


def _unterminated(tu: ci.TranslationUnit, text: str) -> bool:
    """An error at the file's end that a construct never closed: libclang then never hands that
    top-level declaration to the local-only walk, so the file is parsed again without it."""
    last = text.count("\n") + 1
    return any(
        d.severity >= ci.Diagnostic.Error
        and d.location.line >= last - 1
        and d.spelling.startswith(("expected '}'", "expected ';' after"))
        and d.location.file is not None
        and d.location.file.name == tu.spelling
        for d in tu.diagnostics
    )


_PRIVATE_PREFIX = "qtreview-engine-"
_pch_lock = threading.Lock()


def _sweep_stale_dirs(tmp: str) -> None:
    """Remove private dirs of our processes that died without cleaning up (a killed worker)."""
    for name in os.listdir(tmp):
        m = re.fullmatch(re.escape(_PRIVATE_PREFIX) + r"(\d+)-\w+", name)
        path = os.path.join(tmp, name)
        if not m or not os.path.isdir(path) or os.stat(path).st_uid != os.getuid():
            continue
        try:
            os.kill(int(m.group(1)), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue


@cache
def _private_dir() -> str:
    tmp = tempfile.gettempdir()
    with contextlib.suppress(OSError):
        _sweep_stale_dirs(tmp)
    path = tempfile.mkdtemp(prefix=f"{_PRIVATE_PREFIX}{os.getpid()}-")  # mode 0700, ours only
    atexit.register(shutil.rmtree, path, True)
    return path


def model_pch(tier: str = model_tier.FULL) -> tuple[str, str] | None:
    """(PCH file, VFS overlay file) of `tier` for this process, built on first use; None if it
    fails."""
    with _pch_lock:
        return _build_model_pch(tier)


def pch_key(tier: str = model_tier.FULL) -> str:
    """The cache key: everything the PCH is built from, the parse arguments and libclang."""
    text = "\0".join(f"{path}\0{t}" for path, t in pch_sources(tier))
    return pch_cache.key(text, ARGS, ci.conf.get_filename())


@cache
def _build_model_pch(tier: str) -> tuple[str, str] | None:
    def save(path: str) -> None:
        _save_model_pch(path, tier)

    try:
        cached = pch_cache.cached_pch(pch_key(tier), save, _overlay)
        if cached is not None:
            return cached
        folder = _private_dir()
        pch = os.path.join(folder, f"model-{tier}.pch")
        save(pch)
        overlay = os.path.join(folder, f"vfs-{tier}.json")
        with open(overlay, "w", encoding="utf-8") as fh:
            json.dump(_overlay(pch), fh)
    except (OSError, ci.TranslationUnitLoadError, ci.TranslationUnitSaveError):
        return None
    return pch, overlay


def _save_model_pch(path: str, tier: str = model_tier.FULL) -> None:
    """Refuses a model with errors: libclang would save it, and every parse against it would
    come back empty without a word; without a PCH each parse includes the model and says why."""
    tu = _index().parse(
        PCH_SOURCE_PATH,
        args=["-x", "c++-header", *ARGS[2:]],
        unsaved_files=pch_sources(tier),
        options=ci.TranslationUnit.PARSE_INCOMPLETE,
    )
    try:
        if any(d.severity >= ci.Diagnostic.Error for d in tu.diagnostics):
            raise ci.TranslationUnitSaveError(
                ci.TranslationUnitSaveError.ERROR_TRANSLATION_ERRORS, "the model has errors"
            )
        tu.save(path)
    finally:
        dispose(tu)


def _overlay(pch: str) -> dict[str, object]:
    """A file system holding only the PCH: every other path a source names is "not found"."""
    return {
        "version": 0,
        "case-sensitive": True,
        "fallthrough": False,
        "roots": [{"type": "file", "name": PCH_PATH, "external-contents": pch}],
    }


def parse(
    path: str,
    text: str,
    headers: Mapping[str, str] | None = None,
    *,
    include_dirs: Sequence[str] = (),
    plan: includes.Plan | None = None,
    use_model: bool = True,
    extra_args: tuple[str, ...] = (),
) -> ci.TranslationUnit:
    """Parse `text` as if it were at repository path `path`, recovering unknown names.

    `headers` maps repository paths to project headers; `plan` (else one made from `headers`
    and `include_dirs`) says which include directives resolve to which of them. Those stay in
    the text, so each header's content lands where its `#include` stands (macros, order, include
    guards and `#pragma once` work as in a build); libclang finds it among the in-memory files
    on the same search path (the including file's directory, the root, the include
    directories). Every other directive is blanked.
    `use_model=False` with `extra_args` is for our own fidelity test against real Qt headers.
    """
    return parse_recovering(
        path,
        text,
        headers,
        include_dirs=include_dirs,
        plan=plan,
        use_model=use_model,
        extra_args=extra_args,
    ).tu


def parse_recovering(
    path: str,
    text: str,
    headers: Mapping[str, str] | None = None,
    *,
    include_dirs: Sequence[str] = (),
    plan: includes.Plan | None = None,
    use_model: bool = True,
    extra_args: tuple[str, ...] = (),
    recover: bool = True,
) -> Recovery:
    """`parse`, with what recovery declared (checks/recovery): the one place it is hooked in.

    A file that parses clean is parsed once; one with errors at most MAX_EXTRA_PARSES times more.
    Without the model (the fidelity test against real Qt headers) nothing is recovered;
    `recover=False` parses once as before recovery existed (tests and benchmarks compare).
    """
    if plan is None:
        plan = includes.plan(path, text, headers or {}, include_dirs)
    vpath = f"{SOURCE_ROOT}/{path.lstrip('/')}"
    blanked = blank_directives(text, plan.keep.get(path, ()))
    heads = {
        f"{SOURCE_ROOT}/{rel}": blank_directives(htext, plan.keep.get(rel, ()))
        for rel, htext in plan.headers.items()
    }

    tier = _tier_for([text, *plan.headers.values()]) if use_model else ""

    def once(prelude: str | None) -> ci.TranslationUnit:
        return _parse_once(vpath, blanked, heads, plan, prelude, tier, extra_args)

    if not (use_model and recover):
        return Recovery(once(None), 1)
    return recovery.parse_recovering(
        once, vpath, blanked, heads, model_names(tier), MODEL_PATH, lambda: model_classes(tier)
    )


def dispose(tu: ci.TranslationUnit) -> None:
    """Free the translation unit now. Left to Python, it lives until the garbage collector
    breaks the rules' tree's cycles (parent and child links), and each one holds its own view of
    the PCH and what the parse read from it: a worker's memory would grow with the model times
    the files analyzed between collections. No cursor of it may be used after this."""
    ci.conf.lib.clang_disposeTranslationUnit(tu)
    tu._as_parameter_ = None  # cindex's __del__ then disposes NULL, which libclang ignores


@cache
def model_classes(tier: str = model_tier.FULL) -> dict[str, modelinfo.Info]:
    """The model's classes, members and bases, for recovery (the file's parse skips the model's
    declarations), read from the PCH loaded as an AST of its own: once per model, since the
    table is kept beside the PCH, so a process neither loads that second translation unit nor
    holds it."""

    def make(pch: str) -> object:
        ast = ci.TranslationUnit.from_ast_file(pch, ci.Index.create())
        try:
            return modelinfo.read(ast, MODEL_PATH)
        finally:
            dispose(ast)

    table = _beside_pch(".classes.json", make, _is_table, tier)
    return table if _is_table(table) else {}


@cache
def model_names(tier: str = model_tier.FULL) -> known.ModelNames:
    """What the model's text declares, for recovery: kept beside the PCH too (reading it from
    the text costs each process about 0.1 s, growing with the model)."""
    found = _beside_pch(
        ".names.json", lambda _: known.read_model(model_text(tier))._asdict(), _is_names, tier
    )
    if _is_names(found):
        return known.ModelNames(**{k: frozenset(v) for k, v in found.items()})
    return known.read_model(model_text(tier))


def _tier_for(texts: Sequence[str]) -> str:
    names = gui_names()
    return model_tier.FULL if names is None else model_tier.choose(texts, names)


@cache
def gui_names() -> frozenset[str] | None:
    """The names that make a file need the whole model (`model_tier`), read from its PCH once
    per model and kept beside it. None (so every file gets the whole model) without a PCH."""

    def make(pch: str) -> object:
        ast = ci.TranslationUnit.from_ast_file(pch, ci.Index.create())
        try:
            return model_tier.gui_names(ast, MODEL_PATH, model_text())
        finally:
            dispose(ast)

    found = _beside_pch(".gui.json", make, _is_name_list)
    return frozenset(found) if _is_name_list(found) else None


def _beside_pch(
    suffix: str,
    make: Callable[[str], object],
    valid: Callable[[object], bool],
    tier: str = model_tier.FULL,
) -> object:
    """JSON derived from `tier`'s PCH, made once per model (`pch_cache.derived`); made again
    if what is there does not pass `valid`. None without a PCH or when making fails."""
    built = model_pch(tier)
    if built is None:
        return None

    def text() -> str:
        return json.dumps(make(built[0]), sort_keys=True, default=sorted)

    try:
        found = json.loads(pch_cache.derived(built[0], suffix, text))
        if not valid(found):
            found = json.loads(pch_cache.derived(built[0], suffix, text, fresh=True))
    except (OSError, ValueError, ci.TranslationUnitLoadError):
        return None
    return found


def _is_table(table: object) -> TypeGuard[dict[str, modelinfo.Info]]:
    return isinstance(table, dict) and all(
        isinstance(v, list) and len(v) == 3 and all(isinstance(p, list) for p in v)
        for v in table.values()
    )


def _is_name_list(found: object) -> TypeGuard[list[str]]:
    return isinstance(found, list) and all(isinstance(n, str) for n in found)


def _is_names(found: object) -> TypeGuard[dict[str, list[str]]]:
    return (
        isinstance(found, dict)
        and set(found) == set(known.ModelNames._fields)
        and all(isinstance(v, list) and all(isinstance(n, str) for n in v) for v in found.values())
    )


def _parse_once(
    vpath: str,
    blanked: str,
    heads: Mapping[str, str],
    plan: includes.Plan,
    prelude: str | None,
    tier: str,
    extra_args: tuple[str, ...],
) -> ci.TranslationUnit:
    """One parse; `tier` names the model's part to use, "" for none (the fidelity test)."""
    unsaved = [(vpath, blanked)]
    args = list(ARGS)
    if tier:
        built = model_pch(tier)
        if built is None:
            unsaved += pch_sources(tier)
            args += ["-include", PCH_SOURCE_PATH]
        else:
            # the PCH holds its sources' text (they were in-memory files); checking them
            # against a copy again cost each parse 2.7M instructions, a twelfth of a clean
            # file's: the cache already proves the PCH is ours and built from this model
            args += ["-ivfsoverlay", built[1], "-include-pch", PCH_PATH, *_TRUSTED_PCH]
    if prelude is not None:  # recovery's declarations: before the file and every header
        unsaved.append((recovery.PRELUDE_PATH, prelude))
        args += ["-include", recovery.PRELUDE_PATH]
    unsaved += list(heads.items())
    for spelled, rel in plan.aliases.items():
        # a name with `..` in it: libclang does not fold it onto the in-memory file, so a
        # one-line stand-in at the spelled path includes the real one (one file: guards hold)
        unsaved.append((f"{SOURCE_ROOT}/{spelled}", f'#include "{SOURCE_ROOT}/{rel}"\n'))
    args += [f"-I{SOURCE_ROOT}", *(f"-I{SOURCE_ROOT}/{d}" for d in plan.include_dirs)]
    args += list(extra_args)
    options = ci.TranslationUnit.PARSE_INCOMPLETE
    tu = _index().parse(vpath, args=args, unsaved_files=unsaved, options=options)
    if _unterminated(tu, blanked):
        tu = _index(False).parse(vpath, args=args, unsaved_files=unsaved, options=options)
    return tu
