"""The model's PCH is built once per user and model and reused only from a private cache: a
tampered file is rebuilt, a directory others could write (or that is not ours) is not used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checks import frontend, pch_cache

ROOT = Path(__file__).resolve().parents[2]
KEY = "testkey"

PROBE = """
import json, sys
from checks import frontend
built = frontend.model_pch()
tu = frontend.parse("src/probe.cpp", sys.stdin.read())
print(json.dumps({"pch": built[0] if built else None,
                  "names": [c.spelling for c in tu.cursor.get_children()]}))
"""

HAS_INCLUDE = (
    '#if __has_include("/etc/passwd")\nint leaked = 1;\n#endif\nclass QTcpSocket;\nint kept = 1;\n'
)


class Builds:
    """The real PCH build, counted."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, path: str) -> None:
        self.count += 1
        frontend._save_model_pch(path)


def cached(build: Builds) -> tuple[str, str] | None:
    return pch_cache.cached_pch(KEY, build, frontend._overlay)


def probe(cache_home: Path, text: str = HAS_INCLUDE) -> dict[str, object]:
    """A fresh process parsing `text` with the cache under `cache_home`."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "qtreview"


def test_built_once_into_a_0700_directory_then_reused(home: Path) -> None:
    build = Builds()
    first = cached(build)
    assert first is not None
    assert build.count == 1
    assert oct(home.stat().st_mode & 0o777) == "0o700"
    pch, overlay = map(Path, first)
    assert pch.parent == home
    assert oct(pch.stat().st_mode & 0o777) == "0o600"
    assert json.loads(overlay.read_text()) == frontend._overlay(str(pch))
    assert cached(build) == first
    assert build.count == 1


def test_a_tampered_pch_is_rebuilt(home: Path) -> None:
    build = Builds()
    pch = Path(cached(build)[0])  # type: ignore[index]
    good = pch.read_bytes()
    pch.write_bytes(good[:1000] + b"\xff" * 64 + good[1064:])
    assert cached(build) is not None
    assert build.count == 2
    assert pch.read_bytes() == good
    pch.write_bytes(good[: len(good) // 2])  # truncated
    cached(build)
    assert build.count == 3
    assert pch.read_bytes() == good


def test_a_pch_others_may_write_is_rebuilt(home: Path) -> None:
    build = Builds()
    pch = Path(cached(build)[0])  # type: ignore[index]
    pch.chmod(0o666)
    cached(build)
    assert build.count == 2
    assert oct(pch.stat().st_mode & 0o777) == "0o600"


def test_a_tampered_overlay_is_rewritten_and_parses_stay_hermetic(home: Path) -> None:
    first = probe(home.parent)  # builds the cache with the engine's own key
    overlay = next(home.glob("vfs-*.json"))
    data = json.loads(overlay.read_text())
    data["fallthrough"] = True  # what an attacker would want: the real disk behind the overlay
    overlay.write_text(json.dumps(data))
    again = probe(home.parent)
    assert again["pch"] == first["pch"]
    assert Path(str(first["pch"])).parent == home
    assert "kept" in again["names"]  # type: ignore[operator]
    assert "leaked" not in again["names"]  # type: ignore[operator]
    assert json.loads(overlay.read_text())["fallthrough"] is False


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o755])
def test_a_directory_others_can_use_is_not_trusted(home: Path, mode: int) -> None:
    home.mkdir(mode=0o700)
    home.chmod(mode)
    assert pch_cache.cache_dir() is None
    assert cached(Builds()) is None
    assert list(home.iterdir()) == []
    # the engine still works, from a per-process private directory
    result = probe(home.parent)
    assert result["pch"] is not None
    assert not str(result["pch"]).startswith(str(home))
    assert "kept" in result["names"]  # type: ignore[operator]
    assert list(home.iterdir()) == []


def test_a_directory_of_another_user_is_not_trusted(home: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a directory to another user needs root")
    home.mkdir(mode=0o700)
    os.chown(home, 65534, 65534)
    assert pch_cache.cache_dir() is None
    assert cached(Builds()) is None


def test_a_symlinked_directory_is_not_trusted(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    home.symlink_to(elsewhere)
    assert pch_cache.cache_dir() is None


def test_a_symlinked_pch_is_not_followed(home: Path, tmp_path: Path) -> None:
    build = Builds()
    pch = Path(cached(build)[0])  # type: ignore[index]
    decoy = tmp_path / "decoy.pch"
    decoy.write_bytes(pch.read_bytes())
    pch.unlink()
    pch.symlink_to(decoy)
    cached(build)
    assert build.count == 2
    assert not pch.is_symlink()


def test_the_key_follows_model_arguments_and_libclang(tmp_path: Path) -> None:
    lib = tmp_path / "libclang.so"
    lib.write_bytes(b"one")
    base = pch_cache.key("model", ("-x",), str(lib))
    assert pch_cache.key("model", ("-x",), str(lib)) == base
    assert pch_cache.key("model2", ("-x",), str(lib)) != base
    assert pch_cache.key("model", ("-y",), str(lib)) != base
    lib.write_bytes(b"other build")
    assert pch_cache.key("model", ("-x",), str(lib)) != base


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")
    found = pch_cache.cache_dir()
    assert found is None or found == os.path.join(os.path.expanduser("~"), ".cache", "qtreview")


def test_old_pchs_beyond_the_newest_few_are_pruned(home: Path) -> None:
    home.mkdir(mode=0o700)
    day = 24 * 3600
    for i in range(pch_cache.KEEP + 3):
        for name in (f"model-old{i}.pch", f"model-old{i}.pch.sha256", f"vfs-old{i}.json"):
            (home / name).write_text("x")
            os.utime(home / name, (0, 1_000_000 + i * day))  # old0 is the oldest
    cached(Builds())
    left = sorted(p.name for p in home.glob("model-*.pch"))
    assert len(left) == pch_cache.KEEP
    assert f"model-{KEY}.pch" in left
    assert "model-old0.pch" not in left
    assert not (home / "model-old0.pch.sha256").exists()
    assert not (home / "vfs-old0.json").exists()
    assert f"model-old{pch_cache.KEEP + 2}.pch" in left  # the newest old ones stay
