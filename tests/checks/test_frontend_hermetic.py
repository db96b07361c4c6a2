"""A pull request cannot make the analyzer open a file: every path a source names is blanked or
meets a virtual file system that holds only our precompiled model."""

from __future__ import annotations

import pytest

from checks import frontend
from checks.engine import analyze_text

ATTEMPTS = {
    "quoted include": '#include "/etc/passwd"',
    "angled include": "#include </etc/hostname>",
    "include_next": '#include_next "/etc/group"',
    "import": '#import "/etc/passwd"',
    "pragma dependency": '#pragma GCC dependency "/etc/passwd"',
    "embed": 'const char data[] = {\n#embed "/etc/passwd"\n};',
    "continued directive": '#\\\ninclude "/etc/passwd"',
    "digraph": '%:include "/etc/passwd"',
    "computed include": '#define P "/etc/passwd"\n#include P',
    "indented": '   #   include "/etc/passwd"',
}


def _virtual_only(tu: object) -> list[str]:
    return [
        i.include.name  # type: ignore[attr-defined]
        for i in tu.get_includes()  # type: ignore[attr-defined]
        if not i.include.name.startswith(frontend.VIRTUAL_ROOT)
    ]


@pytest.mark.parametrize("name", list(ATTEMPTS))
def test_directive_opens_nothing(name: str) -> None:
    text = f"{ATTEMPTS[name]}\nint after_it = 1;\n"
    tu = frontend.parse("src/evil.cpp", text)
    assert _virtual_only(tu) == [], "libclang opened a file outside our virtual tree"
    assert not [d.spelling for d in tu.diagnostics if "/etc" in d.spelling]
    names = [c.spelling for c in tu.cursor.get_children()]
    assert "after_it" in names, "the rest of the file is still parsed"
    assert "root" not in names  # nothing of /etc/passwd became code


def test_blanking_keeps_line_numbers_and_byte_offsets() -> None:
    text = '#include "/etc/passwd"\n#\\\ninclude <x>\nint x;\n'
    blanked = frontend.blank_directives(text)
    assert blanked.count("\n") == text.count("\n")
    assert len(blanked.encode()) == len(text.encode())
    assert "passwd" not in blanked
    assert blanked.splitlines()[3] == "int x;"


def test_has_include_cannot_see_the_disk() -> None:
    text = (
        '#if __has_include("/etc/passwd") || __has_include(</etc/hostname>)\n'
        "int leaked = 1;\n"
        "#endif\n"
        "int kept = 1;\n"
    )
    tu = frontend.parse("src/probe.cpp", text)
    names = [c.spelling for c in tu.cursor.get_children()]
    assert "kept" in names
    assert "leaked" not in names, "the VFS overlay must hide every real file"


def test_pragma_operator_cannot_reach_the_disk() -> None:
    # _Pragma is not a directive, so blanking cannot see it; the overlay answers "not found"
    text = '_Pragma("GCC dependency \\"/etc/passwd\\"")\nint x;\n'
    tu = frontend.parse("src/probe.cpp", text)
    assert _virtual_only(tu) == []
    assert all("not found" in d.spelling for d in tu.diagnostics if "/etc" in d.spelling)


def test_project_includes_come_from_memory_and_are_blanked_too() -> None:
    header = '#include "/etc/passwd"\nstruct Proto { int size; };\n'
    text = '#include "proto.h"\nint use(Proto p) { return p.size; }\n'
    tu = frontend.parse("src/use.cpp", text, {"src/proto.h": header})
    assert _virtual_only(tu) == []
    assert not [d for d in tu.diagnostics if d.severity >= 3]


def test_the_engine_reports_an_evil_file_as_an_ordinary_one() -> None:
    text = "\n".join(ATTEMPTS.values()) + "\nint x;\n"
    findings, note = analyze_text("src/evil.cpp", text)
    assert findings == []
    assert "/etc" not in note
