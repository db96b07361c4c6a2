"""`qtreview check` starts fast: it loads none of the App's web stack, analyzes a handful of files
in its own process, and a run that did start workers leaves no process behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAD_READ = """
void f(QIODevice *dev)
{
    char line[8];
    dev->readLine(line, 64);
}
"""

PROBE = """
import json, sys
from bot.cli import main
code = main(sys.argv[1:])
names = ("aiohttp", "gidgethub", "jwt", "prometheus_client", "jsonschema", "yaml",
         "multiprocessing", "rich")
print(json.dumps({"code": code, "loaded": [n for n in names if n in sys.modules]}),
      file=sys.stderr)
"""


def _run_probe(*argv: str, cwd: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    result: dict[str, object] = json.loads(proc.stderr.strip().splitlines()[-1])
    return result


def test_check_loads_only_what_checking_needs(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"f{i}.cpp").write_text(BAD_READ)
    result = _run_probe("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert result["code"] == 1  # the findings were found
    assert result["loaded"] == []  # no web stack, no validator, no worker pool, no progress


def test_a_config_file_loads_the_validator_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "a.cpp").write_text(BAD_READ)
    (tmp_path / "qtreview.yml").write_text("rules:\n  read-overflow: off\n")
    result = _run_probe("check", "--config", "qtreview.yml", "a.cpp", cwd=tmp_path)
    assert result["code"] == 0
    assert set(result["loaded"]) == {"jsonschema", "yaml"}  # type: ignore[arg-type]


def test_many_files_go_to_a_pool(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"f{i}.cpp").write_text(BAD_READ)
    result = _run_probe("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert result["code"] == 1
    assert result["loaded"] == ["multiprocessing"]


def _processes_in_group(pgid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid:  # field 5 of /proc/PID/stat: the process group
            found.append(int(entry.name))
    return found


def test_no_process_outlives_a_pooled_run(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"f{i}.cpp").write_text(BAD_READ)
    for _ in range(3):  # the race it guards against is short: look more than once
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "check", "--jobs", "2", str(tmp_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, which its children inherit
        )
        out, _ = proc.communicate(timeout=120)
        left = _processes_in_group(proc.pid)
        assert proc.returncode == 1
        assert b"6 analyzed file(s)" in out
        assert left == [], f"processes left behind: {left}"
