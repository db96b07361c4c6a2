"""A rule that raises costs its own findings on that file, nothing else: the other rules' findings
stay, the file is still analyzed, and every output format says which rule failed and where."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import checks.engine
from checks import FileState, Report, SourceFile, analyze, rule_table
from checks.output import github, json_format, sarif, text
from tests.checks.test_cli import BAD, READ_LINE
from tests.support.broken_rule import BROKEN, MESSAGE, add_broken_rule

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text()
)
SOURCE = BAD.encode()


@pytest.fixture
def broken_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    add_broken_rule(monkeypatch)


def _report() -> Report:
    return analyze([SourceFile("src/echo.cpp", SOURCE)], isolate=False)


@pytest.mark.usefixtures("broken_rule")
def test_the_other_rules_still_report_and_the_file_is_analyzed() -> None:
    report = _report()
    assert [f.line for f in report.findings if f.rule == "read-overflow"] == [READ_LINE]
    assert not [f for f in report.findings if f.rule == BROKEN.id]  # its partial output is lost
    (status,) = report.files
    assert status.status is FileState.ANALYZED
    (error,) = status.rule_errors
    assert (error.rule, error.line) == (BROKEN.id, READ_LINE)
    assert error.error == MESSAGE
    assert status.reason == "1 rule error: always-raises failed, its findings here are missing"
    assert "parse" not in status.reason  # a rule failure is not a parse failure


def test_without_the_broken_rule_there_is_no_rule_error() -> None:
    (status,) = _report().files
    assert status.rule_errors == ()
    assert status.reason == ""


@pytest.mark.usefixtures("broken_rule")
def test_json_lists_the_rule_errors_of_each_file() -> None:
    doc = json.loads(json_format.render(_report()))
    (f,) = doc["files"]
    assert f["status"] == "analyzed"
    assert f["rule_errors"] == [{"rule": BROKEN.id, "error": MESSAGE, "line": READ_LINE}]
    assert [x["rule"] for x in doc["findings"]].count("read-overflow") == 1


@pytest.mark.usefixtures("broken_rule")
def test_sarif_reports_it_as_a_tool_notification_and_validates() -> None:
    table = [*rule_table(), BROKEN]
    doc = json.loads(sarif.render(_report(), table))
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    (run,) = doc["runs"]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["descriptor"] == {"id": "rule-error"}
    assert note["associatedRule"] == {"id": BROKEN.id, "index": len(table) - 1}
    assert note["locations"][0]["physicalLocation"]["region"] == {"startLine": READ_LINE}
    assert "rule always-raises failed" in note["message"]["text"]
    assert "read-overflow" in {r["ruleId"] for r in run["results"]}


@pytest.mark.usefixtures("broken_rule")
def test_text_and_github_name_the_rule_and_the_line() -> None:
    report = _report()
    out = text.render(report)
    assert f"rule error src/echo.cpp:{READ_LINE}: always-raises failed" in out
    assert out.rstrip().endswith("0 skipped, 0 failed; 1 rule error")
    assert "read-overflow" in out
    lines = github.render(report).splitlines()
    assert f"::warning file=src/echo.cpp,line={READ_LINE}::qtreview rule always-raises failed" in (
        "\n".join(lines)
    )


def test_a_libclang_failure_is_told_apart_from_a_rule_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import clang.cindex as ci

    def refuse(*_: object, **__: object) -> None:
        raise ci.TranslationUnitLoadError("Error parsing translation unit.")

    monkeypatch.setattr(checks.engine.frontend, "parse_recovering", refuse)
    (status,) = _report().files
    assert status.status is FileState.FAILED
    assert status.reason.startswith("libclang could not parse it")
    assert status.rule_errors == ()
