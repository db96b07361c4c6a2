"""`qtreview serve` configuration: documented in --help, refused without a webhook secret."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser, main
from bot.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"


def test_serve_help_documents_the_environment() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    ).stdout
    for name in (
        "GITHUB_APP_ID",
        "GITHUB_PRIVATE_KEY",
        "GITHUB_PRIVATE_KEY_PATH",
        "GITHUB_WEBHOOK_SECRET",
        "QTREVIEW_GITHUB_URL",
    ):
        assert name in out


def test_serve_refuses_to_start_without_a_webhook_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GITHUB_WEBHOOK_SECRET", raising=False)
    monkeypatch.setenv("GITHUB_APP_ID", "1")
    monkeypatch.setenv("GITHUB_PRIVATE_KEY", KEY)
    assert main(["serve"]) == 2
    assert "GITHUB_WEBHOOK_SECRET is not set" in capsys.readouterr().err


def test_settings_name_the_missing_or_bad_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="GITHUB_APP_ID"):
        Settings.from_env({"GITHUB_WEBHOOK_SECRET": "s"})
    with pytest.raises(SettingsError, match="GITHUB_PRIVATE_KEY_PATH"):
        Settings.from_env(
            {
                "GITHUB_WEBHOOK_SECRET": "s",
                "GITHUB_APP_ID": "1",
                "GITHUB_PRIVATE_KEY_PATH": str(tmp_path / "missing.pem"),
            }
        )
    with pytest.raises(SettingsError, match="QTREVIEW_PORT"):
        Settings.from_env(
            {
                "GITHUB_WEBHOOK_SECRET": "s",
                "GITHUB_APP_ID": "1",
                "GITHUB_PRIVATE_KEY": KEY,
                "QTREVIEW_PORT": "eighty",
            }
        )
    key = tmp_path / "app.pem"
    key.write_text(KEY)
    settings = Settings.from_env(
        {
            "GITHUB_WEBHOOK_SECRET": "s",
            "GITHUB_APP_ID": "1",
            "GITHUB_PRIVATE_KEY_PATH": str(key),
            "QTREVIEW_GITHUB_URL": "https://ghe.example/api/v3",
        }
    )
    assert settings.github_url == "https://ghe.example/api/v3"
    assert "MIIE" not in repr(settings)


def test_one_entry_point_for_every_command() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"serve", "config", "check", "rules"} <= set(commands)


BAD_READ = """
void f(QIODevice *dev)
{
    char line[8];
    dev->readLine(line, 64);
}
"""


def test_check_applies_a_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.cpp"
    source.write_text(BAD_READ)
    assert main(["check", str(source), "--format", "json"]) == 1
    config = tmp_path / "qtreview.yml"
    config.write_text("rules:\n  read-overflow: off\n")
    capsys.readouterr()
    assert main(["check", str(source), "--format", "json", "--config", str(config)]) == 0
    assert '"findings": []' in capsys.readouterr().out


def test_check_refuses_a_broken_config_file_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.cpp"
    source.write_text(BAD_READ)
    config = tmp_path / "qtreview.yml"
    config.write_text("max_comments: 3\nmin_confidense: 0.2\n")
    assert main(["check", str(source), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert f"{config}:2" in err
    assert "min_confidence" in err


def _git_checkout(root: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(root)], check=True, timeout=60)
    (root / "src").mkdir()
    (root / "src" / "a.cpp").write_text(BAD_READ)
    (root / ".github").mkdir()
    return root


def test_check_applies_the_checkouts_own_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _git_checkout(tmp_path / "repo")
    (repo / ".github" / "qtreview.yml").write_text("rules:\n  read-overflow: off\n")
    monkeypatch.chdir(repo / "src")  # anywhere inside the checkout
    assert main(["check", "a.cpp", "--format", "json"]) == 0
    assert '"findings": []' in capsys.readouterr().out
    assert main(["check", "a.cpp", "--format", "json", "--no-config"]) == 1
    assert '"rule": "read-overflow"' in capsys.readouterr().out
    other = tmp_path / "other.yml"
    other.write_text("rules:\n  read-overflow:\n    severity: warning\n")
    # the file given replaces the checkout's: the finding is back, as a warning, which the
    # config's default fail_on (error) lets pass
    assert main(["check", "a.cpp", "--format", "json", "--config", str(other)]) == 0
    assert '"severity": "warning"' in capsys.readouterr().out


def test_the_configs_fail_on_sets_the_exit_code_unless_overridden(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _git_checkout(tmp_path / "repo")
    (repo / ".github" / "qtreview.yml").write_text(
        "fail_on: never\nrules:\n  read-overflow:\n    severity: warning\n"
    )
    monkeypatch.chdir(repo)
    assert main(["check", "src/a.cpp", "--format", "json"]) == 0
    assert '"severity": "warning"' in capsys.readouterr().out  # reported, not failing
    assert main(["check", "src/a.cpp", "--fail-on", "warning"]) == 1
    assert main(["check", "src/a.cpp", "--fail-on", "error"]) == 0
    (repo / ".github" / "qtreview.yml").write_text("rules:\n  read-overflow:\n    severity: note\n")
    assert main(["check", "src/a.cpp"]) == 0  # the App's default fail_on is error


def test_a_broken_config_in_the_checkout_is_a_usage_error_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _git_checkout(tmp_path / "repo")
    (repo / ".github" / "qtreview.yml").write_text("fail_on: error\nmin_confidense: 0.2\n")
    monkeypatch.chdir(repo)
    assert main(["check", "src/a.cpp"]) == 2
    assert ".github/qtreview.yml:2" in capsys.readouterr().err
    assert main(["check", "src/a.cpp", "--no-config"]) == 1


def test_config_and_no_config_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["check", ".", "--config", "x.yml", "--no-config"])
    assert stop.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_check_searches_the_configs_include_dirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _git_checkout(tmp_path / "repo")
    (repo / "src" / "a.cpp").write_text(
        "#include <wire/echo.h>\n\nvoid Echo::onReadyRead()\n{\n"
        "    socket->read(buffer, socket->bytesAvailable());\n}\n"
    )
    (repo / "third" / "wire").mkdir(parents=True)
    (repo / "third" / "wire" / "echo.h").write_text(
        "#pragma once\n#include <QLocalSocket>\n"
        "class Echo : public QObject\n{\npublic:\n    void onReadyRead();\n"
        "    QLocalSocket *socket;\n    char buffer[64];\n};\n"
    )
    monkeypatch.chdir(repo)
    assert main(["check", "src/a.cpp", "--format", "json"]) == 0  # third/ is not guessed
    capsys.readouterr()
    (repo / ".github" / "qtreview.yml").write_text("include_dirs: [third]\n")
    assert main(["check", "src/a.cpp", "--format", "json"]) == 1
    assert '"rule": "read-overflow"' in capsys.readouterr().out
