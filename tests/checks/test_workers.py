"""One file can never take the caller down: real hangs, crashes and memory blow-ups, and bad
inputs, each become a status on that file while the other files are still analyzed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from checks import Analyzer, FileState, FileStatus, Report, SourceFile

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "examples" / "localsocket_echo_bench.cpp").read_bytes()

# libclang evaluates each static_assert's constexpr loop to its step limit: about 0.7 s each,
# a hundred of them is a minute of honest work in libclang, with little memory.
SLOW = b"""constexpr int spin(int n)
{ int x = 0; for (int i = 0; i < n; ++i) x += i % 7; return x; }
#define S1 static_assert(spin(200000) >= 0, "");
#define S10 S1 S1 S1 S1 S1 S1 S1 S1 S1 S1
S10 S10 S10 S10 S10 S10 S10 S10 S10 S10
"""


def macro_bomb(levels: int) -> bytes:
    """Each level squares the expansion: 5 levels give 65536 `1+`, 6 give 2**32 of them."""
    lines = ["#define E0(a) a a"]
    lines += [f"#define E{i}(a) E{i - 1}(E{i - 1}(a))" for i in range(1, levels)]
    lines.append(f"int x = E{levels - 1}(1+) 0;")
    return ("\n".join(lines) + "\n").encode()


def statuses(report: Report) -> dict[str, FileStatus]:
    return {s.path: s for s in report.files}


def assert_others_analyzed(report: Report, bad: str) -> None:
    by_path = statuses(report)
    assert set(by_path) == {"src/a.cpp", bad, "src/b.cpp"}
    for path in ("src/a.cpp", "src/b.cpp"):
        assert by_path[path].status is FileState.ANALYZED, by_path[path]
        assert any(f.path == path and f.rule == "read-overflow" for f in report.findings)


def run(bad: SourceFile, **options: float) -> Report:
    files = [SourceFile("src/a.cpp", GOOD), bad, SourceFile("src/b.cpp", GOOD)]
    with Analyzer(jobs=1, **options) as analyzer:  # type: ignore[arg-type]
        return analyzer.analyze(files)


def test_a_hang_is_killed_at_the_deadline_and_the_others_go_on() -> None:
    report = run(SourceFile("src/slow.cpp", SLOW), timeout_s=2.0)
    slow = statuses(report)["src/slow.cpp"]
    assert slow.status is FileState.FAILED
    assert slow.reason == "timed out after 2 s"
    assert 1900 <= slow.ms < 30_000
    assert_others_analyzed(report, "src/slow.cpp")


def test_a_tiny_timeout_fails_the_file_with_a_reason() -> None:
    with Analyzer(jobs=1, timeout_s=0.001) as analyzer:
        report = analyzer.analyze([SourceFile("src/slow.cpp", SLOW)])
    assert report.files[0].status is FileState.FAILED
    assert report.files[0].reason == "timed out after 0.001 s"


def test_a_libclang_crash_is_contained() -> None:
    # 65536 chained `1+` make libclang overflow its stack: a real SIGSEGV in the worker
    report = run(SourceFile("src/crash.cpp", macro_bomb(5)), timeout_s=30.0)
    crash = statuses(report)["src/crash.cpp"]
    assert crash.status is FileState.FAILED
    assert crash.reason.startswith(("analysis crashed", "libclang could not parse it"))
    assert_others_analyzed(report, "src/crash.cpp")


def test_a_memory_blow_up_hits_the_limit_not_the_machine() -> None:
    # 2**32 tokens of macro expansion: stopped by the address-space limit long before the timeout
    report = run(SourceFile("src/bomb.cpp", macro_bomb(6)), timeout_s=60.0, memory_mb=400)
    bomb = statuses(report)["src/bomb.cpp"]
    assert bomb.status is FileState.FAILED
    assert bomb.reason
    assert "timed out" not in bomb.reason
    assert_others_analyzed(report, "src/bomb.cpp")


def test_a_memory_limit_too_small_for_libclang_fails_every_file_with_a_reason() -> None:
    files = [SourceFile("src/a.cpp", GOOD), SourceFile("src/b.cpp", GOOD)]
    with Analyzer(jobs=1, memory_mb=24) as analyzer:
        report = analyzer.analyze(files)
    assert [s.status for s in report.files] == [FileState.FAILED, FileState.FAILED]
    for s in report.files:
        assert s.reason in ("exceeded the memory limit",) or s.reason.startswith(
            "analysis crashed"
        ), s.reason
    assert report.findings == ()


def test_bad_inputs_are_skipped_with_reasons_and_the_rest_analyzed() -> None:
    files = [
        SourceFile("src/binary.cpp", b"int x;\0\x01\x02"),
        SourceFile("src/latin1.cpp", "// caf\xe9\nint x;\n".encode("latin-1")),
        SourceFile("src/huge.cpp", b"int x;\n" * 400),
        SourceFile("README.md", b"# not C++\n"),
        SourceFile("src/a.cpp", GOOD),
        SourceFile("src/broken.cpp", b"class { int main( @@@ ;;; \n" + GOOD),
    ]
    with Analyzer(jobs=2, max_bytes=len(GOOD) + 100) as analyzer:
        report = analyzer.analyze(files)
    by_path = statuses(report)
    assert [s.path for s in report.files] == [f.path for f in files], (
        "one status per file, in order"
    )
    assert by_path["src/binary.cpp"].status is FileState.SKIPPED
    assert by_path["src/binary.cpp"].reason == "binary file"
    assert by_path["src/latin1.cpp"].status is FileState.SKIPPED
    assert by_path["src/latin1.cpp"].reason == "not UTF-8 text (byte 6)"
    assert by_path["src/huge.cpp"].status is FileState.SKIPPED
    assert by_path["src/huge.cpp"].reason == f"larger than {len(GOOD) + 100} bytes"
    assert by_path["README.md"].status is FileState.SKIPPED
    assert by_path["README.md"].reason == "not a C/C++ source or header"
    assert by_path["src/a.cpp"].status is FileState.ANALYZED
    broken = by_path["src/broken.cpp"]
    assert broken.status is FileState.ANALYZED
    assert "parse errors" in broken.reason
    assert {f.path for f in report.findings} == {"src/a.cpp", "src/broken.cpp"}


def test_in_process_mode_gives_the_same_report() -> None:
    files = [SourceFile("src/a.cpp", GOOD), SourceFile("src/b.bin", b"\0")]
    with Analyzer(jobs=1) as pooled:
        a = pooled.analyze(files)
    with Analyzer(isolate=False) as inline:
        b = inline.analyze(files)
    assert a.findings == b.findings
    assert [(s.path, s.status, s.reason) for s in a.files] == [
        (s.path, s.status, s.reason) for s in b.files
    ]


REAP_SCENARIO = """
from checks import Analyzer, SourceFile
from checks.workers import reap_helper_processes

def main():
    ok = SourceFile("ok.cpp", b"int x = 1;\\n")
    seen = []
    with Analyzer(jobs=1) as first:
        seen.append(first.analyze([ok]).files[0].status.value)
        with Analyzer(jobs=1) as second:
            second.analyze([ok])
        seen.append(reap_helper_processes())  # `first` is open: its forkserver stays
        seen.append(first.analyze([ok]).files[0].status.value)
    seen.append(reap_helper_processes())
    with Analyzer(jobs=1) as again:  # a later pool starts a new forkserver
        seen.append(again.analyze([ok]).files[0].status.value)
    print(seen)

if __name__ == "__main__":
    main()
"""


def test_helpers_are_reaped_only_when_no_pool_is_open(tmp_path: Path) -> None:
    """A service's long-lived pool keeps its forkserver; a CLI run with none open stops it.
    (In a fresh process: this suite keeps a pool open for the bot tests.)"""
    script = tmp_path / "scenario.py"
    script.write_text(REAP_SCENARIO)
    out = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert out.strip() == "['analyzed', False, 'analyzed', True, 'analyzed']"
