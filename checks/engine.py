"""From one file's text to ranked findings; and the Analyzer that does it for many files."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from checks import frontend
from checks.findings import FileState, FileStatus, Finding, Report, SourceFile
from checks.fingerprint import fingerprint
from checks.helpers.navigation import enclosing_function, function_name, statement_of
from checks.policy import Policy
from checks.registry import Hit, RuleMeta, rules
from checks.suppress import is_suppressed, suppressions
from checks.unit import Unit

SOURCE_SUFFIXES = (".cpp", ".cc", ".cxx", ".c++", ".c", ".h", ".hh", ".hpp", ".hxx", ".h++", ".ipp")


def analyze_text(
    path: str,
    text: str,
    includes: Mapping[str, str] | None = None,
    *,
    use_model: bool = True,
    extra_args: tuple[str, ...] = (),
) -> tuple[list[Finding], str]:
    """Parse and run every rule; returns findings and a note for the file status.

    `use_model=False` with `extra_args` (real Qt include paths) is only for the fidelity test,
    which checks that the bundled model and the real Qt headers give the same findings.
    """
    tu = frontend.parse(path, text, includes, use_model=use_model, extra_args=extra_args)
    errors = sum(1 for d in tu.diagnostics if d.severity >= 3)
    unit = Unit(path, text, tu)
    table = suppressions(unit.lines)
    findings: list[Finding] = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for rule in rules():
        for hit in sorted(rule.check(unit), key=lambda h: (h.line or h.node.line, h.node.column)):
            f = _finding(rule.meta, unit, hit, seen)
            if not is_suppressed(table, f.rule, f.line, f.end_line):
                findings.append(f)
    note = f"{errors} parse errors (names from headers not given are unknown)" if errors else ""
    return merge(findings), note


def _finding(meta: RuleMeta, unit: Unit, hit: Hit, seen: Counter[tuple[str, str, str]]) -> Finding:
    stmt = statement_of(hit.node)
    func = function_name(enclosing_function(hit.node))
    text = unit.text_of(stmt)
    key = (meta.id, func, text)
    occurrence = seen[key]
    seen[key] += 1
    line = hit.line or hit.node.line
    return Finding(
        rule=meta.id,
        title=meta.title,
        cwe=meta.cwe,
        severity=meta.severity,
        confidence=round(max(0.0, min(1.0, hit.confidence)), 2),
        path=unit.path,
        line=line,
        end_line=max(line, hit.end_line or line),
        column=hit.node.column if hit.line is None else 1,
        message=hit.message,
        fingerprint=fingerprint(meta.id, unit.path, func, text, occurrence),
        related=tuple(hit.related),
        fix=hit.fix,
    )


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per (statement, cause): the most confident leads, the others are listed."""
    causes = {r.meta.id: (r.meta.cause or r.meta.id) for r in rules()}
    groups: dict[tuple[str, int, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.path, f.line, causes.get(f.rule, f.rule)), []).append(f)
    out: list[Finding] = []
    for group in groups.values():
        group.sort(key=Finding.sort_key)
        lead, rest = group[0], group[1:]
        if rest:
            extra = "; ".join(f"{f.title} ({f.rule})" for f in rest)
            lead = replace(
                lead,
                also=tuple(f.rule for f in rest),
                message=f"{lead.message} Also: {extra}.",
                related=lead.related + tuple(r for f in rest for r in f.related),
            )
        out.append(lead)
    return sorted(out, key=Finding.sort_key)


def check_file(
    file: SourceFile, includes: Mapping[str, bytes], max_bytes: int
) -> tuple[list[Finding], FileStatus]:
    """Analyze one file in this process; every input problem becomes a status, not a raise."""
    start = time.perf_counter()

    def status(state: FileState, reason: str = "") -> FileStatus:
        return FileStatus(file.path, state, reason, round((time.perf_counter() - start) * 1e3, 2))

    if not file.path.lower().endswith(SOURCE_SUFFIXES):
        return [], status(FileState.SKIPPED, "not a C/C++ source or header")
    if len(file.content) > max_bytes:
        return [], status(FileState.SKIPPED, f"larger than {max_bytes} bytes")
    if b"\0" in file.content:
        return [], status(FileState.SKIPPED, "binary file")
    try:
        text = file.content.decode("utf-8")
    except UnicodeDecodeError as e:
        return [], status(FileState.SKIPPED, f"not UTF-8 text (byte {e.start})")
    inc = {p: c.decode("utf-8", errors="replace") for p, c in includes.items()}
    try:
        findings, note = analyze_text(file.path, text, inc)
    except MemoryError:  # the worker's address-space limit, hit in Python or in libclang
        return [], status(FileState.FAILED, "exceeded the memory limit")
    except Exception as e:  # libclang load/parse failures must not take the caller down
        return [], status(FileState.FAILED, f"libclang could not parse it: {e or type(e).__name__}")
    return findings, status(FileState.ANALYZED, note)


def build_report(
    results: Sequence[tuple[list[Finding], FileStatus]], policy: Policy | None
) -> Report:
    findings = [f for fs, _ in results for f in fs]
    ranked = policy.apply(findings) if policy else sorted(findings, key=Finding.sort_key)
    return Report(tuple(ranked), tuple(st for _, st in results))
