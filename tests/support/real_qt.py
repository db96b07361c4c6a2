"""Compiler arguments that parse a file against the real Qt 6 headers instead of our model.

Used by fidelity tests: the same snippet must parse cleanly, and resolve calls to the same
declaring classes, with the bundled model and with Debian's `qt6-base-dev` headers. Pass the
result as `extra_args` to `checks.frontend.parse(path, text, use_model=False, extra_args=...)`.
"""

from __future__ import annotations

import os
from pathlib import Path

QT_INCLUDE = Path("/usr/include/x86_64-linux-gnu/qt6")
GCC_VERSION = "12"
"""Debian bookworm's libstdc++ and GCC builtin headers (stddef.h and friends) come with GCC 12."""

_SYSTEM_DIRS = (
    QT_INCLUDE,
    QT_INCLUDE / "QtCore",
    QT_INCLUDE / "QtNetwork",
    QT_INCLUDE / "QtTest",
    Path(f"/usr/include/c++/{GCC_VERSION}"),
    Path(f"/usr/include/x86_64-linux-gnu/c++/{GCC_VERSION}"),
    Path(f"/usr/include/c++/{GCC_VERSION}/backward"),
    Path(f"/usr/lib/gcc/x86_64-linux-gnu/{GCC_VERSION}/include"),
    Path("/usr/include/x86_64-linux-gnu"),
    Path("/usr/include"),
)

_SIMD_MACROS = ("__SSE__", "__SSE2__", "__SSE_MATH__", "__SSE2_MATH__", "__MMX__")

_FORCE_INCLUDED = ("QtCore/QtCore", "QtNetwork/QtNetwork", "QtTest/QtTest")


def have_real_qt() -> bool:
    """True when the Qt 6 development headers and the C++ standard library headers are installed."""
    needed = (
        QT_INCLUDE / "QtNetwork" / "QtNetwork",
        QT_INCLUDE / "QtTest" / "QtTest",
        Path(f"/usr/include/c++/{GCC_VERSION}/vector"),
        Path(f"/usr/lib/gcc/x86_64-linux-gnu/{GCC_VERSION}/include/stddef.h"),
    )
    return all(p.is_file() for p in needed)


def real_qt_args() -> tuple[str, ...]:
    """`extra_args` that force-include QtCore, QtNetwork and QtTest from the system headers.

    The front end passes `-nostdinc -nostdinc++`, so every directory a real build would search
    implicitly is listed here explicitly, in the order GCC searches them. `-fPIC` because Qt
    refuses to compile without position-independent code (`reduce_relocations`). The x86 SIMD
    feature macros are undefined so that Qt does not include GCC's intrinsics headers, which call
    GCC-only builtins that clang rejects; no API the rules look at depends on them.
    """
    args: list[str] = ["-fPIC", "-DQT_CORE_LIB", "-DQT_NETWORK_LIB", "-DQT_TESTLIB_LIB"]
    # Qt's hook for clang-based tools: `slots:`/`signals:` become annotated access specifiers,
    # as in our model, so rules can tell a slot from a plain method (clazy does the same).
    args.append("-DQT_ANNOTATE_ACCESS_SPECIFIER(x)=__attribute__((annotate(#x)))")
    args += [f"-U{m}" for m in _SIMD_MACROS]
    for d in _SYSTEM_DIRS:
        args += ["-isystem", os.fspath(d)]
    for header in _FORCE_INCLUDED:
        args += ["-include", header]
    return tuple(args)
