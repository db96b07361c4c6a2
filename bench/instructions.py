"""Instructions a clean file costs the engine, counted by valgrind, against a reference revision.

Times on a shared machine move by a third from one run to the next; instruction counts do not.
The files are bench/engine.py's 20 generated 200-line socket files. For each tree (this checkout,
and with --before REV a temporary git worktree of that revision) a child process is run under
callgrind three times, once without touching the files, once parsing each (`frontend.parse`) and
once analysing each (`check_file`: parse, rules, everything); a file's figure is the difference
over the first, per file, in millions of instructions. libclang runs in the calling thread
(`LIBCLANG_NOTHREADS=1`) so that callgrind counts it. Each tree's PCH is built before, outside
valgrind.

    python bench/instructions.py [--before ada031b] [--files 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.engine import generate  # noqa: E402

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from checks import frontend
from checks.engine import check_file
from checks import SourceFile
(getattr(frontend, "model_pch", None) or frontend._model_pch)()
check_file(SourceFile("warm.cpp", b"int x;\\n"), {}, 1_000_000)
files = sorted(Path(sys.argv[3]).glob("*.cpp"))
for f in files:
    if sys.argv[2] == "parse":
        frontend.parse(f.name, f.read_text())
    elif sys.argv[2] == "check":
        check_file(SourceFile(f.name, f.read_bytes()), {}, 1_000_000)
"""


def count(tree: Path, mode: str, folder: Path) -> float:
    """Millions of instructions of one child run (the whole process)."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "LIBCLANG_NOTHREADS": "1"}
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    out = subprocess.run(
        [*cmd, sys.executable, "-c", CHILD, str(tree), mode, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=900,
    ).stderr
    for line in out.splitlines():
        if "Collected :" in line:
            return int(line.split()[-1]) / 1e6
    raise RuntimeError(f"callgrind printed no count for {tree} {mode}")


def measure(tree: Path, folder: Path, n: int) -> dict[str, float]:
    subprocess.run([sys.executable, "-c", CHILD, str(tree), "none", str(folder)], check=True)
    base = count(tree, "none", folder)
    return {mode: (count(tree, mode, folder) - base) / n for mode in ("parse", "check")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", metavar="REV", help="also count this revision")
    parser.add_argument("--files", type=int, default=20)
    opts = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is missing (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        generate(folder, opts.files, 200, seed=20240602, prefix="c200_")
        trees = [("this checkout", ROOT)]
        before = Path(tmp) / "before"
        if opts.before:
            add = ["worktree", "add", "--detach", "-q", str(before), opts.before]
            subprocess.run(["git", "-C", str(ROOT), *add], check=True)
            trees.insert(0, (opts.before, before))
        try:
            figures = {label: measure(tree, folder, opts.files) for label, tree in trees}
        finally:
            if opts.before:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)],
                    check=False,
                )
    print(f"{opts.files} generated 200-line files, millions of instructions per file")
    for label, f in figures.items():
        print(f"  {label:<20} parse {f['parse']:7.1f}   whole analysis {f['check']:7.1f}")
    if opts.before:
        old, new = figures[opts.before], figures["this checkout"]
        print(
            f"  this checkout / {opts.before}: parse {new['parse'] / old['parse']:.2f}x, "
            f"whole analysis {new['check'] / old['check']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
