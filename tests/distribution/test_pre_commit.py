"""Our `.pre-commit-hooks.yaml`, run by pre-commit itself (`pre-commit try-repo` of this checkout,
which installs qtreview into pre-commit's own environment): the staged C/C++ files are checked
with their headers from the checkout, and a finding refuses the commit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.distribution.repos import BAD, GIT_ENV, GOOD, git, project

ROOT = Path(__file__).resolve().parents[2]


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
        check=False,
    )


def test_the_hook_is_declared_for_c_and_cpp_files() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "qtreview"
    assert hook["entry"] == "qtreview check"
    assert set(hook["types_or"]) == {"c", "c++"}
    assert hook["language"] == "python"


def test_pre_commit_runs_the_hook_on_staged_files(tmp_path: Path) -> None:
    home = tmp_path / "pre-commit-home"
    repo = project(tmp_path / "project")

    (repo / "src" / "good.cpp").write_text(GOOD)
    (repo / "src" / "bad.cpp").write_text(BAD)  # not staged: not checked
    git(repo, "add", "src/good.cpp")
    good = pre_commit(repo, home, "try-repo", str(ROOT), "qtreview")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    git(repo, "commit", "-q", "-m", "good")
    git(repo, "add", "src/bad.cpp")
    bad = pre_commit(repo, home, "try-repo", str(ROOT), "qtreview")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "src/bad.cpp" in bad.stdout
    assert "read-overflow" in bad.stdout
    assert "src/reader.h line 11" in bad.stdout  # the header came from the checkout
    assert "good.cpp" not in bad.stdout  # committed, so no longer staged

    # the project's config (as the App reads it) sets the level: warnings don't block
    (repo / ".github").mkdir()
    (repo / ".github" / "qtreview.yml").write_text(
        "rules:\n  read-overflow:\n    severity: warning\n"
    )
    relaxed = pre_commit(repo, home, "try-repo", str(ROOT), "qtreview")
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    assert "read-overflow" not in relaxed.stdout  # pre-commit shows output only on failure


def test_three_lines_add_it_to_a_project() -> None:
    """The snippet the docs give is what a project pastes under `repos:`."""
    doc = (ROOT / "docs" / "ci.md").read_text()
    start = doc.index("repos:\n") + len("repos:\n")
    snippet = doc[start : doc.index("```", start)].rstrip("\n").split("\n")
    assert len(snippet) == 3
    (entry,) = yaml.safe_load("\n".join(snippet))
    assert entry["hooks"] == [{"id": "qtreview"}]
