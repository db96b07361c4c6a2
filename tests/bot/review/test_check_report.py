"""Check-run conclusion, title, summary and annotations; bodies validated against GitHub's spec."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from bot.config import ConfigError
from bot.review.check_report import (
    MAX_SUMMARY_CHARS,
    annotations,
    batches,
    conclusion,
    in_progress_body,
    repo_relative,
    request_bodies,
    summary_markdown,
    title,
    truncate_markdown,
    update_bodies,
)
from checks import FileState, FileStatus, Finding, Fix, Related, Severity

SPEC = Path(__file__).resolve().parents[2] / "data" / "github" / "openapi-subset.json"


def finding(
    severity: Severity = Severity.WARNING,
    *,
    rule: str = "read-overflow",
    path: str = "src/net/socket.cpp",
    line: int = 10,
    end_line: int = 10,
    column: int = 5,
    message: str = "read may run past the buffer",
) -> Finding:
    return Finding(
        rule=rule,
        title="Read past the end of a buffer",
        cwe=("CWE-125",),
        severity=severity,
        confidence=0.875,
        path=path,
        line=line,
        end_line=end_line,
        column=column,
        message=message,
        fingerprint="fp-" + rule + str(line),
        related=(Related(4, "buffer sized here"),),
        fix=Fix("check the length first"),
        also=("signed-length",),
    )


def request_schema(method: str, path: str) -> dict[str, Any]:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    body = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    schema: dict[str, Any] = copy.deepcopy(body)
    # GitHub's description names a discriminator without a mapping, which would point at
    # components that do not exist; the oneOf it decorates still enforces the same rule.
    schema.pop("discriminator", None)
    return schema


CREATE = OAS30Validator(request_schema("post", "/repos/{owner}/{repo}/check-runs"))
UPDATE = OAS30Validator(request_schema("patch", "/repos/{owner}/{repo}/check-runs/{check_run_id}"))


def errors(validator: OAS30Validator, body: dict[str, Any]) -> list[str]:
    return [e.message for e in validator.iter_errors(body)]


@pytest.mark.parametrize(
    ("severities", "fail_on", "expected"),
    [
        ([], "error", "success"),
        ([], "never", "success"),
        ([Severity.ERROR], "error", "failure"),
        ([Severity.WARNING], "error", "neutral"),
        ([Severity.NOTE, Severity.WARNING], "warning", "failure"),
        ([Severity.NOTE], "warning", "neutral"),
        ([Severity.ERROR], "warning", "failure"),
        ([Severity.ERROR, Severity.WARNING], "never", "neutral"),
    ],
)
def test_conclusion_for_each_fail_on(
    severities: list[Severity], fail_on: str, expected: str
) -> None:
    assert conclusion([finding(s) for s in severities], fail_on) == expected


def test_conclusion_rejects_an_unknown_fail_on() -> None:
    with pytest.raises(ValueError, match="'sometimes'"):
        conclusion([], "sometimes")


def test_title_counts_by_severity() -> None:
    assert title([]) == "No findings"
    assert title([finding(Severity.NOTE)]) == "1 finding: 1 note"
    found = [finding(Severity.WARNING), finding(Severity.ERROR), finding(Severity.WARNING)]
    assert title(found) == "3 findings: 1 error, 2 warnings"


def test_annotation_shape_on_one_line() -> None:
    [note] = annotations([finding(Severity.ERROR, column=7)])
    assert note == {
        "path": "src/net/socket.cpp",
        "start_line": 10,
        "end_line": 10,
        "start_column": 7,
        "end_column": 7,
        "annotation_level": "failure",
        "message": "read may run past the buffer\n\nFix: check the length first",
        "title": "Read past the end of a buffer [read-overflow]",
        "raw_details": "rule: read-overflow\nconfidence: 0.88\ncwe: CWE-125\n"
        "line 4: buffer sized here\nalso reported by: signed-length\n"
        "fingerprint: fp-read-overflow10",
    }


def test_multi_line_annotations_have_no_columns_and_levels_map() -> None:
    notes = annotations(
        [
            finding(Severity.WARNING, line=3, end_line=6),
            finding(Severity.NOTE, line=8, end_line=2),
        ]
    )
    assert "start_column" not in notes[0]
    assert "end_column" not in notes[0]
    assert (notes[0]["start_line"], notes[0]["end_line"]) == (3, 6)
    assert [n["annotation_level"] for n in notes] == ["warning", "notice"]
    assert (notes[1]["start_line"], notes[1]["end_line"]) == (8, 8)


def test_annotation_paths_are_repo_relative() -> None:
    paths = ["./src/a.cpp", "/src/a.cpp", "/tmp/checkout/src/a.cpp", "src\\a.cpp"]
    notes = annotations([finding(path=p) for p in paths], root="/tmp/checkout")
    assert [n["path"] for n in notes] == ["src/a.cpp"] * 4
    assert repo_relative("/tmp/checkoutx/a.cpp", "/tmp/checkout") == "tmp/checkoutx/a.cpp"


def test_oversized_annotation_fields_are_capped() -> None:
    [note] = annotations([finding(message="é" * 40000)])
    assert len(note["message"].encode("utf-8")) <= 64 * 1024 - 1
    assert note["message"].endswith("…")


def test_120_findings_make_3_batches() -> None:
    notes = annotations([finding(line=i + 1) for i in range(120)])
    chunks = batches(notes)
    assert [len(c) for c in chunks] == [50, 50, 20]
    assert [n["start_line"] for c in chunks for n in c] == list(range(1, 121))
    assert [len(c) for c in batches(notes, size=7)][-1] == 120 % 7
    with pytest.raises(ValueError, match=r"1\.\.50"):
        batches(notes, size=51)


def test_summary_has_table_files_config_errors_and_sources() -> None:
    found = [
        finding(Severity.ERROR),
        finding(Severity.ERROR, line=20),
        finding(Severity.NOTE, rule="signed-length"),
    ]
    files = [
        FileStatus("src/net/socket.cpp", FileState.ANALYZED),
        FileStatus("src/big|file.cpp", FileState.SKIPPED, "larger than 1000000 bytes"),
        FileStatus("src/hang.cpp", FileState.FAILED, "timed out after 10 s"),
    ]
    config_errors = [
        ConfigError(
            "acme/widgets:.github/qtreview.yml",
            "rules.read-overflow.severity",
            "'fatal' is not one of 'error', 'warning', 'note'",
            4,
            15,
        )
    ]
    text = summary_markdown(found, files, config_errors, ["acme/.github:.github/qtreview.yml"])
    assert text.startswith("### 3 findings: 2 errors, 1 note\n")
    assert "| error | `read-overflow` | Read past the end of a buffer | 2 |" in text
    assert "| note | `signed-length` | Read past the end of a buffer | 1 |" in text
    assert text.index("| error |") < text.index("| note |")
    assert "**Files**: 1 analyzed, 1 failed, 1 skipped." in text
    assert "| `src/big\\|file.cpp` | skipped | larger than 1000000 bytes |" in text
    assert "| `src/hang.cpp` | failed | timed out after 10 s |" in text
    assert "src/net/socket.cpp" not in text  # analyzed files are not listed one by one
    assert (
        "- `acme/widgets:.github/qtreview.yml:4:15` `rules.read-overflow.severity`: "
        "'fatal' is not one of 'error', 'warning', 'note'"
    ) in text
    assert "`acme/.github:.github/qtreview.yml`" in text


def test_summary_truncates_gracefully_at_the_limit() -> None:
    files = [
        FileStatus(f"src/generated/file{i:05}.cpp", FileState.SKIPPED, "not C++ the engine reads")
        for i in range(3000)
    ]
    text = summary_markdown([finding()], files)
    assert len(text) <= MAX_SUMMARY_CHARS
    assert "| warning | `read-overflow` |" in text  # the important part comes first
    assert "_Truncated: " in text
    assert "more lines not shown" in text
    assert summary_markdown([finding()], files[:10]).count("_Truncated") == 0


def test_truncate_markdown_counts_the_omitted_lines() -> None:
    text = "\n".join(f"line {i}" for i in range(100))
    cut = truncate_markdown(text, 300)
    assert len(cut) <= 300
    kept = cut.split("\n\n_Truncated")[0].split("\n")
    omitted = int(cut.split("_Truncated: ")[1].split(" ")[0])
    assert len(kept) + omitted == 100
    assert truncate_markdown(text, len(text)) == text
    one_long_line = truncate_markdown("x" * 1000, 200)
    assert len(one_long_line) <= 200
    assert one_long_line.startswith("x")


def test_completed_run_bodies_validate_against_github_spec() -> None:
    found = [finding(Severity.ERROR, line=i + 1) for i in range(120)]
    files = [FileStatus("src/net/socket.cpp", FileState.ANALYZED)]
    create, updates = request_bodies("a" * 40, found, files, fail_on="error")
    assert errors(CREATE, create) == []
    assert create["conclusion"] == "failure"
    assert len(create["output"]["annotations"]) == 50
    assert [len(u["output"]["annotations"]) for u in updates] == [50, 20]
    for body in updates:
        assert errors(UPDATE, body) == []
        assert body["output"]["summary"] == create["output"]["summary"]


def test_clean_run_and_in_progress_bodies_validate() -> None:
    create, updates = request_bodies("b" * 40, [], [], fail_on="warning")
    assert errors(CREATE, create) == []
    assert create["conclusion"] == "success"
    assert create["output"]["annotations"] == []
    assert updates == []
    assert errors(CREATE, in_progress_body("c" * 40)) == []
    [patch] = update_bodies([finding(Severity.NOTE)], [], fail_on="error")
    assert errors(UPDATE, patch) == []
    assert patch["conclusion"] == "neutral"


def test_the_spec_check_is_live() -> None:
    create, _ = request_bodies("a" * 40, [finding()], [], fail_on="error")
    broken = copy.deepcopy(create)
    broken["output"]["annotations"][0]["annotation_level"] = "warn"
    assert errors(CREATE, broken) == ["'warn' is not one of ['notice', 'warning', 'failure']"]
    too_many = copy.deepcopy(create)
    too_many["output"]["annotations"] *= 51
    assert errors(CREATE, too_many) != []
    del too_many["conclusion"]
    assert errors(CREATE, too_many) != []


def test_annotations_past_the_cap_are_counted_in_the_summary() -> None:
    found = [finding(line=i + 1) for i in range(30)]
    bodies = update_bodies(found, [], fail_on="error", max_annotations=20)
    assert sum(len(b["output"]["annotations"]) for b in bodies) == 20
    assert "_10 more findings not annotated._" in bodies[0]["output"]["summary"]
    text = bodies[0]["output"]["text"]
    assert text.startswith("Not annotated:")
    assert text.count("\n- ") == 10  # every finding is in the check run, annotated or listed
