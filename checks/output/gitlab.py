"""`--format gitlab`: a GitLab Code Quality report, for `artifacts:reports:codequality`.

GitLab shows these in the merge request's widget and diff. Each issue needs `description`,
`check_name`, `fingerprint` (unique: GitLab drops repeats), `severity` (info, minor, major,
critical, blocker) and `location.path` / `location.lines.begin`.
"""

from __future__ import annotations

import json
from typing import Any

from checks.findings import Finding, Report, Severity

SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.NOTE: "minor"}


def issue(f: Finding) -> dict[str, Any]:
    return {
        "type": "issue",
        "check_name": f.rule,
        "description": f"{f.title}: {f.message}",
        "categories": ["Security", "Bug Risk"],
        "severity": SEVERITY[f.severity],
        "fingerprint": f.fingerprint,
        "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}},
    }


def render(report: Report) -> str:
    return json.dumps([issue(f) for f in report.findings], indent=2) + "\n"
