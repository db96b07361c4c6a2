"""`--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

Paths are relative to `%SRCROOT%` (the checkout root); `partialFingerprints["qtreview/v1"]` is
the engine's line-independent fingerprint, so alerts follow code that moves. Skipped and failed
files, and rules that raised on a file, are toolExecutionNotifications of the one invocation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checks.findings import FileState, FileStatus, Finding, Report, RuleError, Severity
from checks.output.text import recovered_text
from checks.registry import RULES_VERSION, RuleMeta

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "qtreview/v1"
SRCROOT = "%SRCROOT%"
SECURITY_SEVERITY = {Severity.ERROR: "8.0", Severity.WARNING: "5.0", Severity.NOTE: "2.0"}
"""GitHub code scanning ranks security alerts by this property (high, medium, low)."""


def _pascal(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def rule_descriptor(meta: RuleMeta) -> dict[str, Any]:
    tags = ["security", *meta.cwe, *(f"external/cwe/{c.lower()}" for c in meta.cwe)]
    return {
        "id": meta.id,
        "name": _pascal(meta.id),
        "shortDescription": {"text": meta.title},
        "fullDescription": {"text": meta.summary},
        "help": {"text": f"{meta.summary}\n\nConfidence: {meta.confidence}"},
        "helpUri": meta.doc,
        "defaultConfiguration": {"level": meta.severity.value},
        "properties": {
            "tags": tags,
            "precision": "high",
            "security-severity": SECURITY_SEVERITY[meta.severity],
        },
    }


def _artifact(path: str, index: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {"uri": path, "uriBaseId": SRCROOT}
    if index is not None:
        loc["index"] = index
    return loc


def result(f: Finding, rule_index: int | None, artifact_index: int | None) -> dict[str, Any]:
    art = _artifact(f.path, artifact_index)
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "level": f.severity.value,
        "message": {"text": f.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": art,
                    "region": {
                        "startLine": f.line,
                        "endLine": f.end_line,
                        "startColumn": max(1, f.column),
                    },
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "rank": round(f.confidence * 100, 1),
        "properties": {"confidence": f.confidence, "cwe": list(f.cwe), "mergedRules": list(f.also)},
    }
    if rule_index is not None:
        out["ruleIndex"] = rule_index
    if f.related:
        out["relatedLocations"] = [
            {
                "id": i,
                "message": {"text": r.message},
                "physicalLocation": {
                    "artifactLocation": art if r.path is None else _artifact(r.path),
                    "region": {"startLine": r.line},
                },
            }
            for i, r in enumerate(f.related, start=1)
        ]
    if f.fix is not None and f.fix.replacement is not None:
        rep = f.fix.replacement
        out["fixes"] = [
            {
                "description": {"text": f.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": art,
                        "replacements": [
                            {
                                # a region without columns spans whole lines, newline excluded
                                "deletedRegion": {"startLine": rep.line, "endLine": rep.end_line},
                                "insertedContent": {"text": rep.text.removesuffix("\n")},
                            }
                        ],
                    }
                ],
            }
        ]
    return out


def _notification(path: str, status: FileState, reason: str) -> dict[str, Any]:
    return {
        "level": "error" if status is FileState.FAILED else "note",
        "message": {"text": f"{path}: {status.value}: {reason}"},
        "descriptor": {"id": f"file-{status.value}"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(path)}}],
    }


def _rule_notification(
    path: str, e: RuleError, rule_index: int | None, artifact_index: int | None
) -> dict[str, Any]:
    """A rule that raised on a file: an error of the tool, not a result about the code."""
    region = {"region": {"startLine": e.line}} if e.line else {}
    rule: dict[str, Any] = {"id": e.rule}
    if rule_index is not None:
        rule["index"] = rule_index
    return {
        "level": "error",
        "message": {
            "text": f"{path}: rule {e.rule} failed (its findings on this file are missing; "
            f"the other rules ran): {e.error}"
        },
        "descriptor": {"id": "rule-error"},
        "associatedRule": rule,
        "locations": [
            {"physicalLocation": {"artifactLocation": _artifact(path, artifact_index), **region}}
        ],
    }


def _recovered(status: FileStatus) -> dict[str, Any]:
    """What recovery declared for a file (checks/recovery): which headers a user should add."""
    return {
        "level": "note",
        "message": {"text": f"{status.path}: {recovered_text(status)}"},
        "descriptor": {"id": "file-recovered"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(status.path)}}],
        "properties": {
            "recovered": [
                {"name": r.name, "kind": r.kind, "inferred": r.inferred} for r in status.recovered
            ]
        },
    }


def render(
    report: Report, rules: Sequence[RuleMeta], root: Path | None = None, version: str = "0.1.0"
) -> str:
    rule_index = {m.id: i for i, m in enumerate(rules)}
    artifact_index = {s.path: i for i, s in enumerate(report.files)}
    for f in report.findings:
        artifact_index.setdefault(f.path, len(artifact_index))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "qtreview",
                "version": version,
                "semanticVersion": version,
                "rules": [rule_descriptor(m) for m in rules],
                "properties": {"rulesVersion": RULES_VERSION},
            }
        },
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    _notification(s.path, s.status, s.reason)
                    for s in report.files
                    if s.status is not FileState.ANALYZED
                ]
                + [
                    _rule_notification(
                        s.path, e, rule_index.get(e.rule), artifact_index.get(s.path)
                    )
                    for s in report.files
                    for e in s.rule_errors
                ]
                + [_recovered(s) for s in report.files if s.recovered],
            }
        ],
        "artifacts": [{"location": _artifact(p)} for p in artifact_index],
        "results": [
            result(f, rule_index.get(f.rule), artifact_index[f.path]) for f in report.findings
        ],
        "columnKind": "utf16CodeUnits",
    }
    if root is not None:
        uri = root.as_uri()
        run["originalUriBaseIds"] = {SRCROOT: {"uri": uri if uri.endswith("/") else uri + "/"}}
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
