"""`qtreview check` / `qtreview rules` end to end through `checks.cli.main`, on real files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from checks import Policy, RuleOverride, rule_table
from checks.cli import main
from checks.output import github

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text()
)

BAD = """\
class Echo : public QObject
{
public:
    void onReadyRead(QLocalSocket *socket)
    {
        char buffer[64];
        const qint64 available = socket->bytesAvailable();
        socket->read(buffer, available);
    }
};
"""
CLEAN = """\
class Echo : public QObject
{
public:
    void onReadyRead(QLocalSocket *socket)
    {
        const QByteArray data = socket->readAll();
        Q_UNUSED(data);
    }
};
"""
READ_LINE = 8


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, "check", "--format", "json", "--jobs", "1", *argv)
    return code, json.loads(out)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "echo.cpp").write_text(BAD)
    (tmp_path / "src" / "clean.cpp").write_text(CLEAN)
    (tmp_path / "src" / "notes.txt").write_text("not C++")
    for skipped in (".hidden", "build", "cmake-build-debug"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "generated.cpp").write_text(BAD)
    return tmp_path


# --- json ----------------------------------------------------------------------------------

FINDING_KEYS = {
    "rule",
    "cwe",
    "severity",
    "confidence",
    "path",
    "line",
    "end_line",
    "column",
    "message",
    "related",
    "fix",
    "fingerprint",
}


def test_json_has_exactly_the_documented_shape(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    code, doc = check_json(capsys, str(tree))
    assert code == 1
    assert set(doc) == {"version", "findings", "files"}
    assert doc["version"] == 1
    assert sorted(f["path"] for f in doc["files"]) == ["src/clean.cpp", "src/echo.cpp"]
    for f in doc["files"]:
        assert set(f) == {"path", "status", "reason", "ms", "rule_errors", "recovered"}
        assert f["rule_errors"] == []
        assert f["recovered"] == []
        assert f["status"] == "analyzed"
        assert isinstance(f["ms"], float)
    (finding,) = [f for f in doc["findings"] if f["rule"] == "read-overflow"]
    assert set(finding) == FINDING_KEYS
    assert finding["path"] == "src/echo.cpp"
    assert finding["line"] == READ_LINE
    assert finding["cwe"] == ["CWE-787", "CWE-120"]
    assert finding["severity"] == "error"
    assert 0.5 <= finding["confidence"] <= 1
    assert all(set(r) == {"line", "message"} for r in finding["related"])
    assert len(finding["fingerprint"]) == 24
    fix = finding["fix"]
    assert set(fix) == {"description", "replacement"}
    assert set(fix["replacement"]) == {"line", "end_line", "text"}


def test_a_file_given_explicitly_is_reported_even_when_skipped(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    code, doc = check_json(capsys, str(tree / "src" / "notes.txt"), str(tree / "src" / "clean.cpp"))
    assert code == 0
    # outside a git checkout and the working directory, paths are relative to their common folder
    statuses = {f["path"]: (f["status"], f["reason"]) for f in doc["files"]}
    assert statuses["notes.txt"] == ("skipped", "not a C/C++ source or header")
    assert statuses["clean.cpp"][0] == "analyzed"


def test_project_headers_are_read_from_the_checkout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "echo.h").write_text(
        "class Echo : public QObject\n{\n    void onReadyRead();\n"
        "    QLocalSocket *socket;\n    char buffer[64];\n};\n"
    )
    cpp = (
        '#include "echo.h"\n\nvoid Echo::onReadyRead()\n{\n'
        "    const qint64 n = socket->bytesAvailable();\n    socket->read(buffer, n);\n}\n"
    )
    (tmp_path / "echo.cpp").write_text(cpp)
    code, doc = check_json(capsys, str(tmp_path / "echo.cpp"))
    assert code == 1
    assert [(f["rule"], f["line"]) for f in doc["findings"]] == [("read-overflow", 6)]


# --- exit codes and thresholds ---------------------------------------------------------------


def test_exit_0_when_clean(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    code, out, _ = run(capsys, "check", str(tree / "src" / "clean.cpp"))
    assert code == 0
    assert "0 findings" in out


def test_min_confidence_raises_the_bar(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    _, doc = check_json(capsys, str(tree / "src" / "echo.cpp"))
    top = max(f["confidence"] for f in doc["findings"])
    code, doc = check_json(capsys, "--min-confidence", str(min(1.0, top + 0.01)), str(tree))
    assert code == 0
    assert doc["findings"] == []
    code, doc = check_json(capsys, "--min-confidence", "0", str(tree))
    assert code == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "/nonexistent/qtreview/x.cpp"], "no such file or directory"),
        (["check", "--min-confidence", "1.5", "."], "outside [0, 1]"),
        (["check", "--min-confidence", "high", "."], "is not a number"),
        (["check", "--format", "xml", "."], "invalid choice"),
        (["check", "--jobs", "0", "."], "at least 1"),
        (["check"], "required"),
        (["check", "--config", "qtreview.yml", "."], "no config loader"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert out == ""


def test_config_goes_through_the_callers_loader(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    seen: list[str] = []

    def loader(path: str) -> Policy:
        seen.append(path)
        return Policy(rules={"read-overflow": RuleOverride(enabled=False)})

    code = main(["check", "--format", "json", "--config", "cfg.yml", str(tree)], loader)
    doc = json.loads(capsys.readouterr().out)
    assert seen == ["cfg.yml"]
    assert not [f for f in doc["findings"] if f["rule"] == "read-overflow"]
    assert code == (1 if doc["findings"] else 0)

    def broken(path: str) -> Policy:
        raise ValueError("cfg.yml:3:5: rules.nope: unknown rule")

    assert main(["check", "--config", "cfg.yml", str(tree)], broken) == 2
    assert "cfg.yml:3:5: rules.nope: unknown rule" in capsys.readouterr().err


# --- --diff-base ---------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    cmd = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-C", str(repo)]
    return subprocess.run([*cmd, *args], check=True, capture_output=True, text=True).stdout


def test_diff_base_keeps_only_changed_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "old.cpp").write_text(BAD)
    git(tmp_path, "add", "old.cpp")
    git(tmp_path, "commit", "-q", "-m", "old")
    # a second, new read further down the old file, and an untracked file
    changed = BAD.replace(
        "};\n",
        "    void more(QLocalSocket *s)\n    {\n        char b[8];\n"
        "        s->read(b, s->bytesAvailable());\n    }\n};\n",
    )
    (tmp_path / "old.cpp").write_text(changed)
    (tmp_path / "new.cpp").write_text(BAD)
    new_read = changed.split("\n").index("        s->read(b, s->bytesAvailable());") + 1

    code, doc = check_json(capsys, str(tmp_path))
    assert code == 1
    everything = {(f["path"], f["line"]) for f in doc["findings"] if f["rule"] == "read-overflow"}
    assert everything == {("old.cpp", READ_LINE), ("old.cpp", new_read), ("new.cpp", READ_LINE)}

    code, doc = check_json(capsys, "--diff-base", "HEAD", str(tmp_path))
    assert code == 1
    kept = {(f["path"], f["line"]) for f in doc["findings"] if f["rule"] == "read-overflow"}
    assert kept == {("old.cpp", new_read), ("new.cpp", READ_LINE)}

    code, _, err = run(capsys, "check", "--diff-base", "no-such-rev", str(tmp_path))
    assert code == 2
    assert "unknown git revision 'no-such-rev'" in err


def test_diff_base_outside_git_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.cpp").write_text(CLEAN)
    code, _, err = run(capsys, "check", "--diff-base", "HEAD", str(tmp_path / "a.cpp"))
    assert code == 2
    assert "--diff-base" in err


# --- sarif ---------------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    (tree / "src" / "binary.cpp").write_bytes(b"\0\1")
    code, out, _ = run(capsys, "check", "--format", "sarif", str(tree))
    assert code == 1
    doc = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    assert doc["version"] == "2.1.0"
    (sarif_run,) = doc["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [m.id for m in rule_table()]
    ro = next(r for r in rules if r["id"] == "read-overflow")
    assert ro["helpUri"] == "docs/rules/read-overflow.md"
    assert ro["defaultConfiguration"] == {"level": "error"}
    assert "CWE-787" in ro["properties"]["tags"]
    result = next(r for r in sarif_run["results"] if r["ruleId"] == "read-overflow")
    assert rules[result["ruleIndex"]]["id"] == "read-overflow"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "src/echo.cpp"
    assert location["region"]["startLine"] == READ_LINE
    assert len(result["partialFingerprints"]["qtreview/v1"]) == 24
    assert result["relatedLocations"]
    assert result["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"] == {
        "startLine": READ_LINE,
        "endLine": READ_LINE,
    }
    (note,) = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "file-skipped"
    assert "binary file" in note["message"]["text"]


def test_sarif_of_a_clean_run_validates(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    code, out, _ = run(capsys, "check", "--format", "sarif", str(tree / "src" / "clean.cpp"))
    assert code == 0
    doc = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    assert doc["runs"][0]["results"] == []


def test_the_schema_rejects_a_broken_log() -> None:
    """The validator is not vacuous: a result without a message fails."""
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(broken)


# --- github --------------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert github.escape_data("100% sure\r\nreally") == "100%25 sure%0D%0Areally"
    assert github.escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    line = github.command("error", {"file": "src/a,b.cpp", "line": 3}, "x: y, z")
    assert line == "::error file=src/a%2Cb.cpp,line=3::x: y, z"


def test_github_annotations(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    (tree / "src" / "odd,name.cpp").write_text(BAD)
    code, out, _ = run(capsys, "check", "--format", "github", str(tree))
    assert code == 1
    lines = out.splitlines()
    echo = next(line for line in lines if "file=src/echo.cpp," in line)
    assert echo.startswith(f"::error file=src/echo.cpp,line={READ_LINE},col=")
    props, message = echo[len("::error ") :].split("::", 1)
    assert "title=read-overflow (CWE-787%2C CWE-120%2C confidence" in props
    assert "\n" not in message
    assert "%0A" in message  # related lines and the fix follow the message
    assert any(line.startswith("::error file=src/odd%2Cname.cpp,") for line in lines)


# --- text and rules ------------------------------------------------------------------------


def test_text_is_grouped_by_file_and_plain_when_not_a_tty(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    code, out, err = run(capsys, "check", str(tree))
    assert code == 1
    assert "\033[" not in out
    assert "\033[" not in err  # no progress bar either
    lines = out.splitlines()
    assert lines[0] == "src/echo.cpp"
    assert lines[1].strip().startswith(f"{READ_LINE}:")
    assert "read-overflow" in lines[1]
    assert lines[-1].startswith("1 finding") or lines[-1].split()[0].isdigit()
    assert "2 analyzed file(s)" in lines[-1]


def test_text_color_only_on_a_tty_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from checks.cli import use_color

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())
    monkeypatch.delenv("NO_COLOR")
    assert not use_color(object())


def test_rules_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split()[:3] == ["ID", "SEVERITY", "CWE"]
    assert [r.split()[0] for r in rows] == [m.id for m in rule_table()]
    code, out, _ = run(capsys, "rules", "--format", "json")
    table = json.loads(out)
    ro = next(r for r in table if r["id"] == "read-overflow")
    assert ro["cwe"] == ["CWE-787", "CWE-120"]
    assert ro["severity"] == "error"
    assert ro["doc"] == "docs/rules/read-overflow.md"
