"""A long `qtreview check` on a terminal shows files done, findings so far and the rate; through
a pipe, or in a machine-readable format, it prints nothing but its report."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checks.output.progress import Progress, wanted
from tests.checks.test_cli import BAD

ROOT = Path(__file__).resolve().parents[2]
FILES = 120


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_display_counts_files_findings_and_rate() -> None:
    stream = Terminal()
    bar = Progress(5, stream, enabled=True, delay_s=0)
    for _ in range(3):
        bar.step(2)
    bar._rich.refresh()
    shown = stream.getvalue()
    bar.close()
    assert "3/5" in shown
    assert "6 findings" in shown
    assert "files/s" in shown


def test_nothing_before_the_delay_nor_when_disabled() -> None:
    stream = Terminal()
    quick = Progress(5, stream, enabled=True, delay_s=60)
    off = Progress(5, stream, enabled=False, delay_s=0)
    for _ in range(4):
        quick.step(1)
        off.step(1)
    quick.close()
    off.close()
    assert stream.getvalue() == ""
    assert quick.findings == 4
    assert off.done == 4


def test_only_for_text_on_two_terminals() -> None:
    tty, pipe = Terminal(), io.StringIO()
    assert wanted("text", tty, tty)
    assert not wanted("text", pipe, tty)
    assert not wanted("text", tty, pipe)
    for fmt in ("json", "sarif", "github", "gitlab"):
        assert not wanted(fmt, tty, tty)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough files for a run of more than a second, one worker at a time."""
    root = tmp_path_factory.mktemp("long-run")
    body = BAD + "\n".join(f"int filler_{i} = {i};" for i in range(300)) + "\n"
    for i in range(FILES):
        (root / f"f{i:03d}.cpp").write_text(body)
    return root


def _command(tree: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", "check", "--jobs", "1", *extra, str(tree)]


def _under_a_pty(argv: list[str]) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal, as in a person's shell."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the other side closed: the command ended
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(leader)
    return proc.wait(timeout=60), b"".join(chunks).decode(errors="replace")


def test_a_long_run_on_a_terminal_shows_progress(tree: Path) -> None:
    code, screen = _under_a_pty(_command(tree))
    assert code == 1
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    shown = re.findall(rf"(\d+)/{FILES} files, (\d+) findings?, (\d+) files/s", plain)
    assert shown, plain[:500]
    assert max(int(done) for done, _, _ in shown) > 0
    assert f"in {FILES} analyzed file(s)" in screen  # the report follows


def test_through_a_pipe_there_is_only_the_report(tree: Path) -> None:
    proc = subprocess.run(
        _command(tree), cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert "files/s" not in proc.stdout
    assert f"in {FILES} analyzed file(s)" in proc.stdout


def test_a_machine_readable_format_on_a_terminal_shows_none(tree: Path) -> None:
    code, screen = _under_a_pty(_command(tree, "--format", "json"))
    assert code == 1
    assert "files/s" not in screen
    assert screen.lstrip().startswith("{")
