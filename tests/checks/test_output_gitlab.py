"""`--format gitlab`: a Code Quality report GitLab accepts: the documented fields, unique
fingerprints, repository-relative paths, severities GitLab knows."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from checks.cli import main
from tests.checks.test_cli import BAD as ONE_READ

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[1] / "data" / "gitlab" / "codequality-report.schema.json"
    ).read_text()
)
READ = "        socket->read(buffer, available);\n"
BAD = ONE_READ.replace(READ, READ + READ)


def test_a_report_gitlab_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "echo.cpp").write_text(BAD)
    (tmp_path / "src" / "copy.cpp").write_text(BAD)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "gitlab", "src"]) == 1
    report = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    assert len(report) == 4  # two reads in each of two files
    assert len({i["fingerprint"] for i in report}) == 4
    assert {i["location"]["path"] for i in report} == {"src/echo.cpp", "src/copy.cpp"}
    assert {i["location"]["lines"]["begin"] for i in report} == {8, 9}
    assert {i["check_name"] for i in report} == {"read-overflow"}
    assert {i["severity"] for i in report} == {"critical"}


def test_a_clean_run_is_an_empty_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.cpp").write_text("int x = 1;\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "gitlab", "ok.cpp"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_schema_rejects_what_gitlab_would() -> None:
    good = {
        "description": "d",
        "check_name": "c",
        "fingerprint": "f",
        "severity": "major",
        "location": {"path": "a.cpp", "lines": {"begin": 1}},
    }
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert validator.is_valid([good])
    assert not validator.is_valid([{**good, "severity": "error"}])
    assert not validator.is_valid(
        [{**good, "location": {"path": "./a.cpp", "lines": {"begin": 1}}}]
    )
    assert not validator.is_valid([{k: v for k, v in good.items() if k != "fingerprint"}])
