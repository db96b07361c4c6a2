"""Compiler arguments that parse a file against the real Qt 6 headers instead of our model.

Used by fidelity tests: the same snippet must parse cleanly, and resolve calls to the same
declaring classes, with the bundled model and with Debian's `qt6-base-dev`,
`qt6-websockets-dev`, `qt6-networkauth-dev` and `libqt6opengl6-dev` headers. Pass
`real_qt_pch_args()` (or, slower, `real_qt_args()`) as `extra_args` to
`checks.frontend.parse(path, text, use_model=False, extra_args=...)`.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import clang.cindex as ci

from checks import frontend

QT_INCLUDE = Path("/usr/include/x86_64-linux-gnu/qt6")
GCC_VERSION = "12"
"""Debian bookworm's libstdc++ and GCC builtin headers (stddef.h and friends) come with GCC 12."""

_SYSTEM_DIRS = (
    QT_INCLUDE,
    QT_INCLUDE / "QtCore",
    QT_INCLUDE / "QtNetwork",
    QT_INCLUDE / "QtTest",
    QT_INCLUDE / "QtGui",
    QT_INCLUDE / "QtWidgets",
    QT_INCLUDE / "QtWebSockets",
    QT_INCLUDE / "QtOpenGL",
    QT_INCLUDE / "QtOpenGLWidgets",
    QT_INCLUDE / "QtConcurrent",
    QT_INCLUDE / "QtSql",
    QT_INCLUDE / "QtDBus",
    QT_INCLUDE / "QtNetworkAuth",
    Path(f"/usr/include/c++/{GCC_VERSION}"),
    Path(f"/usr/include/x86_64-linux-gnu/c++/{GCC_VERSION}"),
    Path(f"/usr/include/c++/{GCC_VERSION}/backward"),
    Path(f"/usr/lib/gcc/x86_64-linux-gnu/{GCC_VERSION}/include"),
    Path("/usr/include/x86_64-linux-gnu"),
    Path("/usr/include"),
)

_SIMD_MACROS = ("__SSE__", "__SSE2__", "__SSE_MATH__", "__SSE2_MATH__", "__MMX__")

_FORCE_INCLUDED = (
    "QtCore/QtCore",
    "QtNetwork/QtNetwork",
    "QtTest/QtTest",
    "QtGui/QtGui",
    "QtWidgets/QtWidgets",
    "QtWebSockets/QtWebSockets",
    "QtOpenGL/QtOpenGL",
    "QtOpenGLWidgets/QtOpenGLWidgets",
    "QtConcurrent/QtConcurrent",
    # Qt keeps its Vulkan classes out of the QtGui module header (`qt_no_master_include`).
    "QtGui/QVulkanWindow",
    "QtGui/QVulkanFunctions",
    "QtSql/QtSql",
    "QtDBus/QtDBus",
    "QtNetworkAuth/QtNetworkAuth",
    # The C library names the model declares (01_libc.h), from the real headers.
    "unistd.h",
    "time.h",
    "cstdio",
    "cstdlib",
    "cstring",
    "cmath",
    "climits",
)


def have_real_qt() -> bool:
    """True when the Qt 6 development headers and the C++ standard library headers are installed."""
    needed = (
        QT_INCLUDE / "QtNetwork" / "QtNetwork",
        QT_INCLUDE / "QtTest" / "QtTest",
        QT_INCLUDE / "QtWidgets" / "QtWidgets",
        QT_INCLUDE / "QtWebSockets" / "QtWebSockets",
        QT_INCLUDE / "QtOpenGL" / "QtOpenGL",
        QT_INCLUDE / "QtNetworkAuth" / "QtNetworkAuth",
        Path(f"/usr/include/c++/{GCC_VERSION}/vector"),
        Path(f"/usr/lib/gcc/x86_64-linux-gnu/{GCC_VERSION}/include/stddef.h"),
    )
    return all(p.is_file() for p in needed)


def real_qt_args() -> tuple[str, ...]:
    """`extra_args` that force-include the Qt modules the model covers from the system headers.

    The front end passes `-nostdinc -nostdinc++`, so every directory a real build would search
    implicitly is listed here explicitly, in the order GCC searches them. `-fPIC` because Qt
    refuses to compile without position-independent code (`reduce_relocations`). The x86 SIMD
    feature macros are undefined so that Qt does not include GCC's intrinsics headers, which call
    GCC-only builtins that clang rejects; no API the rules look at depends on them.
    """
    args: list[str] = ["-fPIC", "-DQT_CORE_LIB", "-DQT_NETWORK_LIB", "-DQT_TESTLIB_LIB"]
    args += ["-DQT_GUI_LIB", "-DQT_WIDGETS_LIB", "-DQT_WEBSOCKETS_LIB"]
    args += ["-DQT_OPENGL_LIB", "-DQT_OPENGLWIDGETS_LIB"]
    args += ["-DQT_CONCURRENT_LIB", "-DQT_SQL_LIB", "-DQT_DBUS_LIB", "-DQT_NETWORKAUTH_LIB"]
    # Qt's hook for clang-based tools: `slots:`/`signals:` become annotated access specifiers,
    # as in our model, so rules can tell a slot from a plain method (clazy does the same).
    args.append("-DQT_ANNOTATE_ACCESS_SPECIFIER(x)=__attribute__((annotate(#x)))")
    args += [f"-U{m}" for m in _SIMD_MACROS]
    for d in _SYSTEM_DIRS:
        args += ["-isystem", os.fspath(d)]
    for header in _FORCE_INCLUDED:
        args += ["-include", header]
    return tuple(args)


@cache
def real_qt_pch_args() -> tuple[str, ...]:
    """`real_qt_args()` with the force-included headers precompiled once per process, so that a
    fixture parses in milliseconds instead of re-reading QtWidgets; the PCH lives in a private
    temporary directory removed at exit."""
    args = real_qt_args()
    folder = tempfile.mkdtemp(prefix="qtreview-real-qt-")
    atexit.register(shutil.rmtree, folder, True)
    header = os.path.join(folder, "real_qt.h")
    tu = ci.Index.create().parse(
        header,
        args=["-x", "c++-header", *frontend.ARGS[2:], *args],
        unsaved_files=[(header, "")],
        options=ci.TranslationUnit.PARSE_INCOMPLETE,
    )
    errors = [d.spelling for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    if errors:
        raise RuntimeError(f"the real Qt headers do not parse: {errors[:3]}")
    pch = os.path.join(folder, "real_qt.pch")
    tu.save(pch)
    kept: list[str] = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a == "-include":
            skip = True
        else:
            kept.append(a)
    return (*kept, "-include-pch", pch)
