"""`qtreview check` as a user meets it: whole-process wall time, cold and warm, against clang-tidy.

Figures, all measured in this one run:
- one 200-line file (bench/engine.py's generated corpus, seed 20240602): `qtreview check` cold
  (an empty PCH cache: what the first run on a machine costs) and warm (the cache filled), median
  of --runs runs each, the whole process from exec to exit;
- clang-tidy (`clang-analyzer-*,bugprone-*`, as bench/engine.py runs it) on the same file against
  the real Qt 6 headers: its first run and the median of --runs runs;
- the Qt 5 examples (1,207 files, --wild) checked in one command, --wild-runs runs;
- with --before REV, the same `qtreview check` figures for that revision of this repository (a
  temporary git worktree run with this interpreter), so before and after come from one run.

Python bytecode is compiled first, as a wheel install does (this machine sets
PYTHONDONTWRITEBYTECODE, under which every run would compile every module again).

    python bench/cli.py [--runs 7] [--before REV] [--wild DIR] [--wild-runs 1]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine import bench_clang_tidy, generate  # noqa: E402

from tests.support.real_qt import have_real_qt  # noqa: E402

WILD = Path("/work/wild/x/usr/lib/x86_64-linux-gnu/qt5/examples")


def _env(cache_home: Path, source: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(cache_home)
    env["PYTHONPATH"] = str(source)
    env.pop("NO_COLOR", None)
    return env


CPU: dict[str, list[float]] = {}
"""CPU seconds (user + system) of each measured process, by label: unlike wall time, hardly
changed by other load on the machine."""


def _wall(argv: list[str], cwd: Path, env: dict[str, str], label: str = "") -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv} exited {proc.returncode}")
    CPU.setdefault(label, []).append(usage.ru_utime + usage.ru_stime)
    return elapsed


def _median_ms(samples: list[float]) -> str:
    med, low = statistics.median(samples) * 1e3, min(samples) * 1e3
    return f"{med:7.0f} ms (min {low:.0f}, n={len(samples)})"


class Qtreview:
    """`python -m bot.cli check` of one source tree (this checkout or a worktree of a revision)."""

    def __init__(self, source: Path, label: str) -> None:
        self.source = source
        self.label = label
        compileall.compile_dir(str(source / "checks"), quiet=1)
        compileall.compile_dir(str(source / "bot"), quiet=1)

    def run(self, paths: list[Path], cache_home: Path, label: str = "") -> float:
        argv = [sys.executable, "-m", "bot.cli", "check", *map(str, paths)]
        return _wall(argv, self.source, _env(cache_home, self.source), label)

    def one_file(self, file: Path, runs: int, tmp: Path) -> tuple[list[float], list[float]]:
        cold: list[float] = []
        for i in range(runs):
            home = tmp / f"cold-{self.label}-{i}"
            cold.append(self.run([file], home, f"{self.label} cold"))
            shutil.rmtree(home, ignore_errors=True)
        warm_home = tmp / f"warm-{self.label}"
        self.run([file], warm_home)  # fills the cache
        warm = [self.run([file], warm_home, f"{self.label} warm") for _ in range(runs)]
        return cold, warm


def _worktree(rev: str, tmp: Path) -> Path:
    path = tmp / "before"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), rev], check=True
    )
    return path


def _timed(label: str, fn: Callable[[], list[float]]) -> list[float]:
    samples = fn()
    print(f"  {label:<44} {_median_ms(samples)}")
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", metavar="REV", help="also measure this revision")
    parser.add_argument("--wild", type=Path, default=WILD, help="the Qt 5 examples directory")
    parser.add_argument("--wild-runs", type=int, default=1)
    opts = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="qtreview-bench-cli-"))
    before_tree = None
    try:
        (file,) = generate(tmp, 1, 200, seed=20240602, prefix="corpus200_")
        lines = file.read_text().count("\n")
        trees = [Qtreview(ROOT, "after")]
        if opts.before:
            before_tree = _worktree(opts.before, tmp)
            trees.insert(0, Qtreview(before_tree, "before"))
        print(
            f"one file: {file.name}, {lines} lines; {opts.runs} runs each; whole process wall time"
        )
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start\n")
        medians: dict[str, float] = {}
        for tree in trees:
            print(f"qtreview check ({tree.label}: {tree.source})")
            cold, warm = tree.one_file(file, opts.runs, tmp)
            print(f"  {'cold (empty PCH cache: first run)':<44} {_median_ms(cold)}")
            print(f"  {'warm (PCH cache filled)':<44} {_median_ms(warm)}")
            for kind in ("cold", "warm"):
                print(f"  {'  CPU, ' + kind:<44} {_median_ms(CPU[f'{tree.label} {kind}'])}")
            medians[f"{tree.label} cold"] = statistics.median(cold)
            medians[f"{tree.label} warm"] = statistics.median(warm)
        if have_real_qt():
            print("clang-tidy (clang-analyzer-*,bugprone-*, real Qt 6 headers)")
            first, _ = bench_clang_tidy([file])
            print(f"  {'first run':<44} {first[0]:7.0f} ms")
            rest = _timed(
                "median of later runs",
                lambda: [t / 1e3 for t in bench_clang_tidy([file] * opts.runs)[0]],
            )
            medians["clang-tidy"] = statistics.median(rest)
            ratio = medians["clang-tidy"] / medians["after warm"]
            print(f"  {'clang-tidy / qtreview warm':<44} {ratio:7.1f}x")
        else:
            print("clang-tidy skipped: the real Qt 6 headers are missing (make system-deps)")
        if "before warm" in medians:
            for kind in ("cold", "warm"):
                r = medians[f"before {kind}"] / medians[f"after {kind}"]
                print(f"  {'before / after, ' + kind:<44} {r:7.1f}x")
        if opts.wild.is_dir():
            count = sum(1 for p in opts.wild.rglob("*") if p.suffix in (".cpp", ".h"))
            print(f"\nQt 5 examples: {opts.wild} ({count} .cpp/.h files), one command")
            for tree in trees:
                home = tmp / f"wild-{tree.label}"
                tree.run([file], home)  # the PCH cache warm, as after any earlier run
                _timed(
                    f"{tree.label}",
                    lambda t=tree, h=home: [t.run([opts.wild], h) for _ in range(opts.wild_runs)],
                )
        else:
            print(f"\nQt 5 examples skipped: {opts.wild} is missing")
        print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    finally:
        if before_tree is not None:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before_tree)],
                check=False,
            )
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
