"""The engine on real Qt code nobody here wrote: Debian's Qt 5 example packages.

`make wild-corpus` unpacks qtbase5-examples, qtwebsockets5-examples, qtremoteobjects5-examples,
qtconnectivity5-examples, qtserialbus5-examples and qtnetworkauth5-examples outside the
repository (never into it). Every file is analyzed twice: with the project headers beside it
(as `qtreview check` reads them) and with every project header withheld (a pull request that
touches one `.cpp`). Figures per pass: files, failed files, rule errors, share that parses clean,
function-body coverage (function definitions whose bodies reach the rules, over those a token
scan of the text finds, see `bench/function_defs.py`), findings >= 0.5 per rule, per-file median
and p95 time.

    python bench/wild.py [--root DIR] [--files N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import clang.cindex as ci  # noqa: E402

from bench.function_defs import function_definitions  # noqa: E402
from checks import frontend  # noqa: E402
from checks.engine import check_file  # noqa: E402
from checks.findings import FileState, SourceFile  # noqa: E402
from checks.helpers.navigation import FUNCTION_KINDS  # noqa: E402
from checks.sources import collect  # noqa: E402
from checks.unit import Unit  # noqa: E402

PACKAGES = (
    "qtbase5-examples",
    "qtwebsockets5-examples",
    "qtremoteobjects5-examples",
    "qtconnectivity5-examples",
    "qtserialbus5-examples",
    "qtnetworkauth5-examples",
)
EXAMPLES = Path("usr/lib/x86_64-linux-gnu/qt5/examples")
THRESHOLD = 0.5
MAX_BYTES = 1_000_000
GOALS = {"clean_share": 0.95, "coverage with headers": 0.99, "coverage headers withheld": 0.95}
"""Issue 7's goals for this corpus (after recovery), printed beside the figures."""


def corpus_dir() -> Path:
    """Where `make wild-corpus` unpacks the packages: $QTREVIEW_WILD, else the user's cache."""
    explicit = os.environ.get("QTREVIEW_WILD")
    if explicit:
        return Path(explicit)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "qtreview-wild"


def examples_root(base: Path | None = None) -> Path:
    return (base or corpus_dir()) / EXAMPLES


@dataclass
class FileFigures:
    path: str
    status: str
    reason: str
    ms: float
    clean: bool
    definitions: int
    covered: int
    rule_errors: int
    cpu_ms: float = 0.0
    """CPU time of the analysis (libclang runs in this process): less skewed by other load."""
    parses: int = 0
    """libclang parses the file took (1 when it parses clean; recovery adds at most two)."""
    findings: list[tuple[str, float, int]] = field(default_factory=list)
    """(rule, confidence, line) of every finding."""


@dataclass
class Summary:
    label: str
    files: int
    failed: int
    rule_errors: int
    clean: int
    definitions: int
    covered: int
    median_ms: float
    p95_ms: float
    findings: dict[str, int]
    median_cpu_ms: float = 0.0
    parses: dict[int, int] = field(default_factory=dict)
    """Files by how many parses they took."""
    """Findings >= THRESHOLD per rule."""

    @property
    def clean_share(self) -> float:
        return self.clean / self.files if self.files else 0.0

    @property
    def coverage(self) -> float:
        return self.covered / self.definitions if self.definitions else 1.0


def reached_bodies(unit: Unit) -> set[tuple[int, int]]:
    """(line, column) of the `{` of every function body in the tree the rules walk."""
    out: set[tuple[int, int]] = set()
    for node in unit.nodes:
        if node.kind not in FUNCTION_KINDS or node.kind == ci.CursorKind.LAMBDA_EXPR:
            continue
        for child in node.children:
            if child.kind == ci.CursorKind.COMPOUND_STMT:
                out.add((child.line, child.column))
    return out


def measure_file(
    file: SourceFile, includes: Mapping[str, bytes], include_dirs: tuple[str, ...] = ()
) -> FileFigures:
    """One file through the engine (status, findings, time) and through the coverage count."""
    start = time.process_time()
    findings, status = check_file(file, includes, MAX_BYTES, include_dirs)
    cpu_ms = (time.process_time() - start) * 1e3
    text = file.content.decode("utf-8", errors="replace")
    wanted = {(t.line, t.column) for t in function_definitions(text)}
    clean, covered, parses = False, 0, 0
    if status.status == FileState.ANALYZED:
        inc = {p: c.decode("utf-8", errors="replace") for p, c in includes.items()}
        parsed = frontend.parse_recovering(file.path, text, inc, include_dirs=include_dirs)
        tu, parses = parsed.tu, parsed.parses
        clean = not any(d.severity >= ci.Diagnostic.Error for d in tu.diagnostics)
        covered = len(wanted & reached_bodies(Unit(file.path, text, tu)))
        frontend.dispose(tu)
    return FileFigures(
        path=file.path,
        status=str(status.status),
        reason=status.reason,
        ms=status.ms,
        clean=clean,
        definitions=len(wanted),
        covered=covered,
        rule_errors=len(getattr(status, "rule_errors", ())),
        cpu_ms=round(cpu_ms, 2),
        parses=parses,
        findings=[(f.rule, f.confidence, f.line) for f in findings],
    )


def measure(
    root: Path, *, headers: bool, limit: int | None = None
) -> tuple[Summary, list[FileFigures]]:
    """Every C/C++ file under root, with its project headers or with all of them withheld."""
    checkout = collect([str(root)], MAX_BYTES)
    files = checkout.files[:limit] if limit else checkout.files
    includes: Mapping[str, bytes] = checkout.includes if headers else {}
    dirs = checkout.include_dirs if headers else ()
    per_file = [measure_file(f, includes, dirs) for f in files]
    return summarize("with headers" if headers else "headers withheld", per_file), per_file


def summarize(label: str, per_file: Iterable[FileFigures]) -> Summary:
    figures = list(per_file)
    times = sorted(f.ms for f in figures) or [0.0]
    rules = Counter(rule for f in figures for rule, conf, _ in f.findings if conf >= THRESHOLD)
    return Summary(
        label=label,
        files=len(figures),
        failed=sum(f.status == FileState.FAILED for f in figures),
        rule_errors=sum(f.rule_errors for f in figures),
        clean=sum(f.clean for f in figures),
        definitions=sum(f.definitions for f in figures),
        covered=sum(f.covered for f in figures),
        median_ms=statistics.median(times),
        median_cpu_ms=statistics.median(f.cpu_ms for f in figures) if figures else 0.0,
        p95_ms=times[min(len(times) - 1, int(0.95 * len(times)))],
        findings=dict(rules.most_common()),
        parses=dict(sorted(Counter(f.parses for f in figures if f.parses).items())),
    )


def report(summary: Summary) -> str:
    goal = GOALS[f"coverage {summary.label}"]
    lines = [
        f"== {summary.label}",
        f"files                {summary.files}",
        f"failed files         {summary.failed}",
        f"rule errors          {summary.rule_errors}",
        f"parse clean          {summary.clean} ({summary.clean_share:.1%}; "
        f"goal {GOALS['clean_share']:.0%})",
        f"function bodies      {summary.covered} of {summary.definitions} reach the rules "
        f"({summary.coverage:.1%}; goal {goal:.0%})",
        f"per-file time        median {summary.median_ms:.1f} ms "
        f"(CPU {summary.median_cpu_ms:.1f} ms), p95 {summary.p95_ms:.1f} ms",
        "parses per file      " + ", ".join(f"{n}: {c} files" for n, c in summary.parses.items()),
        f"findings >= {THRESHOLD}      {sum(summary.findings.values())}",
    ]
    lines += [f"  {rule:<28} {n}" for rule, n in summary.findings.items()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=None, help="the examples directory")
    parser.add_argument("--files", type=int, default=None, help="only the first N files")
    parser.add_argument("--json", type=Path, default=None, help="write per-file figures here")
    args = parser.parse_args()
    root = args.root or examples_root()
    if not root.is_dir():
        print(f"no corpus at {root}: run `make wild-corpus`", file=sys.stderr)
        return 2
    out: dict[str, object] = {}
    start = time.perf_counter()
    for headers in (True, False):
        summary, per_file = measure(root, headers=headers, limit=args.files)
        print(report(summary), flush=True)
        out[summary.label] = {"summary": asdict(summary), "files": [asdict(f) for f in per_file]}
    print(f"({time.perf_counter() - start:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
