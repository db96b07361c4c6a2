"""`--format json`: a stable machine-readable shape (version 1) that scripts can rely on.

`fix` is null when the rule has no advice, else {"description": str, "replacement": null |
{"line": int, "end_line": int, "text": str}}: replace lines [line, end_line] with `text`.
Related evidence in another file (a project header) says so in its message: "in src/x.h: ...".
Each file's `rule_errors` lists rules that raised on it ({"rule", "error", "line": int | null}):
their findings there are missing, every other rule's are in. Its `recovered` lists the names no
header given declared, which the engine declared to parse it ({"name", "kind", "inferred"}).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from checks.findings import Finding, Fix, Related, Report

VERSION = 1


def fix_dict(fix: Fix | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    r = fix.replacement
    return {
        "description": fix.description,
        "replacement": None
        if r is None
        else {"line": r.line, "end_line": r.end_line, "text": r.text},
    }


def related_message(r: Related) -> str:
    """Evidence in another file (a project header) names it, keeping the shape two keys wide."""
    return r.message if r.path is None else f"in {r.path}: {r.message}"


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "cwe": list(f.cwe),
        "severity": f.severity.value,
        "confidence": f.confidence,
        "path": f.path,
        "line": f.line,
        "end_line": f.end_line,
        "column": f.column,
        "message": f.message,
        "related": [{"line": r.line, "message": related_message(r)} for r in f.related],
        "fix": fix_dict(f.fix),
        "fingerprint": f.fingerprint,
    }


def render(report: Report) -> str:
    doc = {
        "version": VERSION,
        "findings": [finding_dict(f) for f in report.findings],
        "files": [
            {
                "path": s.path,
                "status": s.status.value,
                "reason": s.reason,
                "ms": s.ms,
                "recovered": [asdict(r) for r in s.recovered],
                "rule_errors": [
                    {"rule": e.rule, "error": e.error, "line": e.line} for e in s.rule_errors
                ],
            }
            for s in report.files
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
