"""From one file's text to ranked findings; and the Analyzer that does it for many files."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import TracebackType

import clang.cindex as ci

from checks import frontend
from checks.findings import (
    FileState,
    FileStatus,
    Finding,
    Recovered,
    Report,
    RuleError,
    SourceFile,
)
from checks.fingerprint import fingerprint
from checks.helpers.navigation import enclosing_function, function_name, statement_of
from checks.includes import plan as plan_includes
from checks.policy import Policy
from checks.recovery import inference
from checks.registry import Hit, RuleMeta, rules
from checks.suppress import is_suppressed, suppressions
from checks.unit import Node, Unit

SOURCE_SUFFIXES = (".cpp", ".cc", ".cxx", ".c++", ".c", ".h", ".hh", ".hpp", ".hxx", ".h++", ".ipp")


@dataclass(frozen=True)
class Analysis:
    """One file's outcome: findings, and what the status says about how it went."""

    findings: list[Finding]
    parse_errors: int = 0
    rule_errors: tuple[RuleError, ...] = ()
    include_cut: str = ""
    recovered: tuple[Recovered, ...] = ()
    """Names recovery declared to parse the file (checks/recovery)."""

    @property
    def reason(self) -> str:
        """Parse errors, include limits and rule failures: each named as what it is."""
        parts = []
        if self.parse_errors:
            parts.append(
                f"{self.parse_errors} parse errors (names from headers not given are unknown)"
            )
        if self.include_cut:
            parts.append(f"project includes cut: {self.include_cut}")
        if self.rule_errors:
            failed = sorted({e.rule for e in self.rule_errors})
            n = len(self.rule_errors)
            their = "its" if len(failed) == 1 else "their"
            parts.append(
                f"{n} rule error{'s' if n != 1 else ''}: {', '.join(failed)} failed, "
                f"{their} findings here are missing"
            )
        if self.recovered:
            inferred = sum(1 for r in self.recovered if r.inferred)
            also = f", {inferred} inferred" if inferred else ""
            parts.append(
                f"{len(self.recovered)} names no header given declares were recovered{also}"
            )
        return "; ".join(parts)


def analyze_source(
    path: str,
    text: str,
    headers: Mapping[str, str] | None = None,
    *,
    include_dirs: Sequence[str] = (),
    use_model: bool = True,
    extra_args: tuple[str, ...] = (),
    strict: bool = False,
) -> Analysis:
    """Parse and run every rule; a rule that raises costs its own findings on this file only
    (`strict`: it raises, for tests and tools that must see a rule's bug).

    `use_model=False` with `extra_args` (real Qt include paths) is only for the fidelity test,
    which checks that the bundled model and the real Qt headers give the same findings.
    """
    plan = plan_includes(path, text, headers or {}, include_dirs)
    parsed = frontend.parse_recovering(
        path, text, plan=plan, use_model=use_model, extra_args=extra_args
    )
    try:
        errors = sum(1 for d in parsed.tu.diagnostics if d.severity >= 3)
        unit = Unit(path, text, parsed.tu)
        findings, rule_errors = run_rules(unit, strict=strict)
        findings = inference.mark(unit, parsed, findings, frontend.MODEL_PATH)
    finally:
        frontend.dispose(parsed.tu)  # findings are plain data; the tree dies with the parse
    return Analysis(merge(findings), errors, tuple(rule_errors), plan.cut, parsed.recovered)


def analyze_text(
    path: str,
    text: str,
    headers: Mapping[str, str] | None = None,
    *,
    use_model: bool = True,
    extra_args: tuple[str, ...] = (),
) -> tuple[list[Finding], str]:
    """Findings and the status note, for tests and tools: a rule that raises raises here."""
    a = analyze_source(path, text, headers, use_model=use_model, extra_args=extra_args, strict=True)
    return a.findings, a.reason


def run_rules(unit: Unit, *, strict: bool = False) -> tuple[list[Finding], list[RuleError]]:
    """Every rule on the unit; one that raises is reported and the others still run."""
    table = suppressions(unit.lines)
    findings: list[Finding] = []
    failures: list[RuleError] = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for rule in rules():
        try:
            hits = sorted(rule.check(unit), key=lambda h: (h.line or h.node.line, h.node.column))
            mine = [_finding(rule.meta, unit, hit, seen) for hit in hits]
        except MemoryError:
            raise  # the worker's memory limit: the file fails as a whole
        except Exception as e:  # a bug in one rule must not cost the other rules' findings
            if strict:
                raise
            failures.append(rule_error(rule.meta.id, e))
            continue
        findings += [f for f in mine if not is_suppressed(table, f.rule, f.line, f.end_line)]
    return findings, failures


def rule_error(rule_id: str, exc: BaseException) -> RuleError:
    """The exception and, when a frame of the traceback holds a tree node, its line."""
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return RuleError(rule_id, message[:500], _node_line(exc.__traceback__))


def _node_line(tb: TracebackType | None) -> int | None:
    """The line of the node the innermost frame that has one was looking at (its latest)."""
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for frame in reversed(frames):
        nodes = [v for v in frame.f_locals.values() if isinstance(v, Node)]
        if nodes:
            return int(nodes[-1].line)
    return None


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
    file: SourceFile,
    includes: Mapping[str, bytes],
    max_bytes: int,
    include_dirs: Sequence[str] = (),
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
        a = analyze_source(file.path, text, inc, include_dirs=include_dirs)
    except MemoryError:  # the worker's address-space limit, hit in Python or in libclang
        return [], status(FileState.FAILED, "exceeded the memory limit")
    except (ci.TranslationUnitLoadError, ci.LibclangError) as e:
        return [], status(FileState.FAILED, f"libclang could not parse it: {e or type(e).__name__}")
    except Exception as e:  # reading the tree failed (not a rule: those fail one by one)
        return [], status(FileState.FAILED, f"internal error before the rules ran: {_name(e)}")
    st = status(FileState.ANALYZED, a.reason)
    return a.findings, replace(st, rule_errors=a.rule_errors, recovered=a.recovered)


def _name(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def build_report(
    results: Sequence[tuple[list[Finding], FileStatus]], policy: Policy | None
) -> Report:
    findings = [f for fs, _ in results for f in fs]
    ranked = policy.apply(findings) if policy else sorted(findings, key=Finding.sort_key)
    return Report(tuple(ranked), tuple(st for _, st in results))
