"""Project headers as a compiler sees them, from memory: transitive, in place, bounded.

`tests/fixtures/includes/layered/` is a small project of our own: `src/server.cpp` reaches the
buffer it reads into two headers away (`server.h` -> `tcpclientsocket.h`), whose size is a macro
of `include/wire/frame.h`, included with angle brackets; `common/protocol.h` is included twice under
two spellings (`#pragma once`) and `tcpclientsocket.h` three times (its include guard).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from checks import Limits, include_set
from checks.cli import main
from checks.engine import analyze_source
from checks.includes import served_by_model

LAYERED = Path(__file__).resolve().parents[1] / "fixtures" / "includes" / "layered"
SERVER = "src/server.cpp"
READ_LINE = 8  # client->read(client->frame, client->bytesAvailable());


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture project outside any git checkout, as the working directory."""
    root = tmp_path / "layered"
    shutil.copytree(LAYERED, root)
    monkeypatch.chdir(root)
    return root


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    main(["check", "--format", "json", "--jobs", "1", *argv])
    out, _ = capsys.readouterr()
    doc: dict[str, Any] = json.loads(out)
    return doc


def headers_of(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*.h") if p.is_file()}


# --- through the CLI -----------------------------------------------------------------------


def test_a_member_two_headers_away_sized_by_a_macro_of_an_angle_include(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    doc = check_json(capsys, SERVER)
    (f,) = doc["files"]
    assert (f["status"], f["reason"], f["rule_errors"]) == ("analyzed", "", [])  # parses clean
    (hit,) = doc["findings"]  # line 15 is bounded by FRAME_SIZE: silent
    assert (hit["rule"], hit["line"]) == ("read-overflow", READ_LINE)
    assert "`64`" in hit["message"]
    related = [r for r in hit["related"] if r["message"].startswith("in src/tcpclientsocket.h: ")]
    assert [r["line"] for r in related] == [11]


def test_without_the_angle_included_header_the_macro_is_unknown(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    (project / "include" / "wire" / "frame.h").unlink()
    doc = check_json(capsys, SERVER)
    (f,) = doc["files"]
    assert "parse errors" in f["reason"]
    assert [h for h in doc["findings"] if "`64`" in h["message"]] == []


def test_an_include_directory_given_with_dash_i(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    (project / "third" / "wire").mkdir(parents=True)
    shutil.move(project / "include" / "wire" / "frame.h", project / "third" / "wire" / "frame.h")
    assert "parse errors" in check_json(capsys, SERVER)["files"][0]["reason"]  # not guessed
    doc = check_json(capsys, "-I", "third", SERVER)
    assert doc["files"][0]["reason"] == ""
    assert [h["line"] for h in doc["findings"]] == [READ_LINE]


def test_an_include_directory_outside_the_root_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    code = main(["check", "-I", str(tmp_path), SERVER])
    _, err = capsys.readouterr()
    assert code == 2
    assert "-I" in err
    assert "not inside" in err


def test_bom_and_crlf_change_nothing(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    before = check_json(capsys, SERVER)
    for path in project.rglob("*"):
        if path.is_file():
            data = path.read_bytes().replace(b"\n", b"\r\n")
            path.write_bytes(b"\xef\xbb\xbf" + data)  # a BOM before the first #include too
    after = check_json(capsys, SERVER)
    assert after["files"][0]["reason"] == ""

    def essentials(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(h["rule"], h["line"], h["column"], h["message"]) for h in doc["findings"]]

    assert essentials(after) == essentials(before)
    (hit,) = after["findings"]
    assert "\r" not in hit["fix"]["replacement"]["text"]


# --- in place, as in a build ---------------------------------------------------------------

FLAGS = "#pragma once\n#define BIG_FRAMES 1\n"
FRAMES = (
    "#pragma once\n"
    "#ifdef BIG_FRAMES\n"
    "struct Frames { char data[4096]; };\n"
    "#else\n"
    "struct Frames { char data[16]; };\n"
    "#endif\n"
)


def _reader(first: str, second: str) -> str:
    return (
        f'#include "{first}"\n#include "{second}"\n'
        "void onReadyRead(QTcpSocket *socket, Frames *f)\n"
        "{\n    socket->read(f->data, socket->bytesAvailable());\n}\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "size"), [("flags.h", "frames.h", "4096"), ("frames.h", "flags.h", "16")]
)
def test_a_macro_counts_only_after_the_include_that_defines_it(
    first: str, second: str, size: str
) -> None:
    headers = {"src/flags.h": FLAGS, "src/frames.h": FRAMES}
    a = analyze_source("src/reader.cpp", _reader(first, second), headers)
    assert a.parse_errors == 0
    (hit,) = [f for f in a.findings if f.rule == "read-overflow"]
    assert f"`{size}`" in hit.message


def test_a_header_without_guard_included_twice_is_seen_twice() -> None:
    """The control for the guard tests: content really lands at each #include."""
    twice = '#include "frames.h"\n#include "frames.h"\n'
    unguarded = {"src/frames.h": FRAMES.replace("#pragma once\n", "")}
    assert analyze_source("src/a.cpp", twice, unguarded).parse_errors == 1  # redefinition
    assert analyze_source("src/a.cpp", twice, {"src/frames.h": FRAMES}).parse_errors == 0


def test_the_layered_project_parses_clean_and_each_header_once() -> None:
    headers = headers_of(LAYERED)
    a = analyze_source(SERVER, (LAYERED / SERVER).read_text(), headers, include_dirs=("include",))
    assert (a.parse_errors, a.include_cut) == (0, "")
    assert [f.line for f in a.findings if f.confidence >= 0.5] == [READ_LINE]


# --- bounded ---------------------------------------------------------------------------------


def _chain(n: int) -> dict[str, str]:
    """h1.h includes h2.h ... includes hN.h, which defines LAST."""
    out = {f"src/h{i}.h": f'#pragma once\n#include "h{i + 1}.h"\n' for i in range(1, n)}
    out[f"src/h{n}.h"] = "#pragma once\n#define LAST 1\n"
    return out


def test_nesting_beyond_the_depth_limit_is_cut_and_said() -> None:
    text = '#include "h1.h"\nint last = LAST;\n'
    deep = analyze_source("src/a.cpp", text, _chain(Limits().depth + 1))
    assert deep.include_cut == f"includes nested deeper than {Limits().depth} levels"
    # LAST is beyond the cut: unknown, so recovery declares it and the status lists it
    assert [(r.name, r.kind) for r in deep.recovered] == [("LAST", "variable")]
    assert "project includes cut: includes nested deeper than" in deep.reason
    within = analyze_source("src/a.cpp", text, _chain(Limits().depth))
    assert (within.include_cut, within.parse_errors) == ("", 0)


def test_count_and_bytes_limits_cut_the_set() -> None:
    sources = {"src/a.cpp": b'#include "h1.h"\n'}
    chain = {p: t.encode() for p, t in _chain(5).items()}
    few = include_set(sources, chain, (), limits=Limits(files=2), final=True)
    assert sorted(few.files) == ["src/h1.h", "src/h2.h"]
    assert few.cuts == {"src/a.cpp": "more than 2 project headers"}
    small = include_set(sources, chain, (), limits=Limits(bytes=60), final=True)
    assert len(small.files) < 5
    assert small.cuts["src/a.cpp"] == "project headers over 60 bytes"


def test_lookups_are_bounded_while_the_set_is_not_final() -> None:
    many = "".join(f'#include "missing{i}.h"\n' for i in range(50))
    step = include_set({"src/a.cpp": many.encode()}, {}, (), limits=Limits(lookups=10))
    assert len(step.wanted) == 10
    assert step.cuts == {"src/a.cpp": "more than 10 include lookups"}


# --- the one function that decides, round by round ------------------------------------------


def test_rounds_follow_the_compiler_search_order() -> None:
    sources = {"src/a.cpp": b'#include "x.h"\n'}
    found: dict[str, bytes | None] = {}
    asked = []
    while True:
        step = include_set(sources, found, ["include"])
        if not step.wanted:
            break
        asked.append(step.wanted)
        for p in step.wanted:
            found[p] = b'#include "y.h"\n' if p == "include/x.h" else None
    # beside the file, the root, the include directory; then y.h beside x.h, the root, include/
    assert asked == [("src/x.h",), ("x.h",), ("include/x.h",), ("include/y.h",), ("y.h",)]
    assert list(step.files) == ["include/x.h"]
    assert step.include_dirs == ("include",)


def test_guessed_include_directories() -> None:
    step = include_set({"lib/net/a.cpp": b"", "app/b.cpp": b""}, {}, None)
    assert step.include_dirs == ("include", "src", "lib/net", "app")


@pytest.mark.parametrize(
    "directive",
    [
        "#include <QTcpSocket>",
        '#include "QTcpSocket"',
        "#include <QtNetwork/QTcpSocket>",
        "#include <QtCore/qobject.h>",
        "#include <qmath.h>",
        "#include <vector>",
        "#include <sys/socket.h>",
        "#include <unistd.h>",
        '#include "../../outside.h"',
        '#include "/etc/passwd"',
    ],
)
def test_model_headers_and_paths_outside_the_repository_are_never_looked_up(
    directive: str,
) -> None:
    step = include_set({"src/a.cpp": f"{directive}\n".encode()}, {}, ["include"])
    assert step.wanted == ()


def test_a_repository_header_in_angle_brackets_is_looked_up() -> None:
    assert not served_by_model("kio/job.h", angled=True)
    step = include_set({"src/a.cpp": b"#include <kio/job.h>\n"}, {}, ["include"])
    assert step.wanted == ("kio/job.h",)  # never beside the file: the root first


def test_every_file_libclang_enters_is_in_memory() -> None:
    from checks import frontend

    text = (LAYERED / SERVER).read_text()
    tu = frontend.parse(SERVER, text, headers_of(LAYERED), include_dirs=("include",))
    entered = {i.include.name for i in tu.get_includes()}
    root = frontend.SOURCE_ROOT
    assert entered == {
        f"{root}/src/server.h",
        f"{root}/src/tcpclientsocket.h",
        f"{root}/include/wire/frame.h",
        f"{root}/common/protocol.h",
        f"{root}/src/../common/protocol.h",  # the stand-ins for the `..` spellings
        f"{root}/common/../src/tcpclientsocket.h",
    }
