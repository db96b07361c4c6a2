"""action.yml run step by step as the Actions runner would (tests/distribution/composite.py), in a
throw-away repository with a base and a head commit: qtreview is installed from this checkout,
only the pull request's changed lines are reported, SARIF goes to the upload step or
annotations to the log, and the job fails on findings at or above the level."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.distribution.composite import StepResult, run_steps
from tests.distribution.repos import BAD, git, project

ROOT = Path(__file__).resolve().parents[2]
ACTION = ROOT / "action.yml"
SARIF_SCHEMA = json.loads(
    (ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text()
)
OLD_DEFECT = BAD.replace("Reader::onReadyRead", "Reader::legacy")


@pytest.fixture(scope="module")
def pull_request(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """base: reader.h and legacy.cpp (an old defect nobody touches); head: adds src/bad.cpp."""
    tmp = tmp_path_factory.mktemp("action")
    repo = project(tmp / "repo")
    (repo / "src" / "legacy.cpp").write_text(OLD_DEFECT)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    base = git(repo, "rev-parse", "HEAD")
    (repo / "src" / "bad.cpp").write_text(BAD)
    (repo / "README").write_text("not C++\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "head")
    runner_temp = tmp / "runner-temp"
    runner_temp.mkdir()
    env = {
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]),
        "HOME": os.environ.get("HOME", str(tmp)),
        "CI": "true",
        "GITHUB_ACTIONS": "true",
    }
    for name in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_CONFIG_FILE", "PIP_FIND_LINKS"):
        if name in os.environ:
            env[name] = os.environ[name]
    github = {
        "event_name": "pull_request",
        "event": {"pull_request": {"base": {"sha": base}}, "before": ""},
    }
    return {"repo": repo, "base": base, "temp": runner_temp, "env": env, "github": github}


def _run(pr: dict[str, Any], first_step: int, **inputs: str) -> tuple[list[StepResult], Any]:
    return run_steps(
        ACTION, inputs, pr["github"], pr["repo"], pr["temp"], pr["env"], first_step=first_step
    )


def _by_name(results: list[StepResult]) -> dict[str, StepResult]:
    return {r.name.split()[0].lower(): r for r in results}


@pytest.fixture(scope="module")
def installed(pull_request: dict[str, Any]) -> dict[str, Any]:
    """The whole action once, with its defaults (format sarif, level error)."""
    results, context = _run(pull_request, 0)
    return {"results": results, "context": context}


def test_installs_then_uploads_sarif_of_the_changed_lines_only(
    installed: dict[str, Any], pull_request: dict[str, Any]
) -> None:
    steps = _by_name(installed["results"])
    assert steps["install"].code == 0, steps["install"].output
    venv_qtreview = pull_request["temp"] / "qtreview-venv" / "bin" / "qtreview"
    assert venv_qtreview.is_file()
    check = steps["check"]
    assert check.code == 0, check.output  # findings are reported after the upload, not here
    assert installed["context"]["steps"]["check"]["outputs"]["exit-code"] == "1"
    upload = steps["upload"]
    assert upload.ran
    assert upload.uses == "github/codeql-action/upload-sarif@v3"
    sarif = json.loads(Path(upload.with_["sarif_file"]).read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    results = sarif["runs"][0]["results"]
    where = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert where == {"src/bad.cpp"}  # legacy.cpp's defect is on no changed line
    assert {r["ruleId"] for r in results} == {"read-overflow"}
    assert upload.with_["category"] == "qtreview"
    fail = steps["fail"]
    assert fail.ran
    assert fail.code == 1
    assert "::error::qtreview found defects at or above 'error'" in fail.output


def test_github_format_annotates_the_changed_lines(
    installed: dict[str, Any], pull_request: dict[str, Any]
) -> None:
    steps = _by_name(_run(pull_request, 1, format="github")[0])
    check = steps["check"]
    assert check.code == 0, check.output
    assert "::error file=src/bad.cpp,line=5," in check.output
    assert "legacy.cpp" not in check.output
    assert not steps["upload"].ran
    assert steps["fail"].code == 1


def test_a_level_above_the_findings_passes(
    installed: dict[str, Any], pull_request: dict[str, Any]
) -> None:
    steps = _by_name(_run(pull_request, 1, format="github", level="never")[0])
    assert steps["check"].code == 0
    assert "::error file=src/bad.cpp" in steps["check"].output  # still reported
    assert not steps["fail"].ran


def test_no_changed_cpp_file_uploads_an_empty_run(
    installed: dict[str, Any], pull_request: dict[str, Any]
) -> None:
    head = git(pull_request["repo"], "rev-parse", "HEAD")
    steps = _by_name(_run(pull_request, 1, base=head)[0])
    assert steps["check"].code == 0, steps["check"].output
    assert "no C/C++ file changed" in steps["check"].output
    sarif = json.loads(Path(steps["upload"].with_["sarif_file"]).read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    assert sarif["runs"][0]["results"] == []
    assert not steps["fail"].ran


def test_a_bad_input_fails_with_a_message(
    installed: dict[str, Any], pull_request: dict[str, Any]
) -> None:
    steps = _by_name(_run(pull_request, 1, format="xml")[0])
    assert steps["check"].code == 2
    assert "format must be sarif or github" in steps["check"].output
    assert not steps["upload"].ran  # always(), but there is no SARIF file
    assert not steps["fail"].ran
