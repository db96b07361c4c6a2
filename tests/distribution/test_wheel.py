"""A wheel built from this checkout installs into a fresh virtual environment and `qtreview check`
works there: the model headers come from inside the wheel, libclang from its own wheel, and
nothing from this source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.distribution.repos import BAD, HEADER

ROOT = Path(__file__).resolve().parents[2]


def _run(argv: list[str], cwd: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        argv, cwd=cwd, capture_output=True, text=True, env=env, timeout=1200, **kwargs
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        cwd=dist,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (found,) = dist.glob("qtreview-*.whl")
    return found


@pytest.fixture(scope="module")
def env_bin(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("venv") / "v"
    venv.create(target, with_pip=True)
    installed = _run(
        [str(target / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        cwd=target,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    return target / "bin"


def test_the_wheel_holds_the_engine_its_model_and_no_tests(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "checks/model/00_std.h" in names
    assert "checks/model/10_qt.h" in names
    assert "checks/py.typed" in names
    assert any(n.startswith("checks/rules/") and n.endswith(".py") for n in names)
    assert not [n for n in names if n.startswith("tests/")]
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "qtreview = bot.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_check_works_from_the_installed_wheel(env_bin: Path, tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "reader.h").write_text(HEADER)
    (tmp_path / "src" / "bad.cpp").write_text(BAD)
    where = _run(
        [
            str(env_bin / "python"),
            "-c",
            "import json, checks.frontend as f, clang.cindex as ci;"
            "print(json.dumps([f.__file__, ci.conf.get_filename(), len(f.model_text())]))",
        ],
        cwd=tmp_path,
        check=True,
    )
    engine, libclang, model_chars = json.loads(where.stdout)
    site = str(env_bin.parent / "lib")
    assert engine.startswith(site)  # not this checkout
    assert libclang.startswith(site)
    assert model_chars > 10_000
    out = _run(
        [str(env_bin / "qtreview"), "check", "--format", "json", "src"],
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    (finding,) = report["findings"]
    assert finding["rule"] == "read-overflow"
    assert finding["path"] == "src/bad.cpp"
    assert finding["line"] == 5
    rules = _run([str(env_bin / "qtreview"), "rules"], cwd=tmp_path, check=True)
    assert "read-overflow" in rules.stdout
