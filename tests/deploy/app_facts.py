"""What the deploy manifests must agree with, read from the code: the settings the App reads,
the CLI's commands, the image's state volume, and what docs/deploying.md documents."""

from __future__ import annotations

import argparse
import ast
import re
from functools import cache
from pathlib import Path

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
SETTING = re.compile(r"(GITHUB|QTREVIEW)_[A-Z0-9_]+")
# Settings the manifests leave out on purpose; docs/deploying.md says why. The key comes as a
# file (GITHUB_PRIVATE_KEY_PATH); the wait scale is for tests and benchmarks only.
NOT_IN_MANIFESTS = frozenset({"GITHUB_PRIVATE_KEY", "QTREVIEW_WAIT_SCALE"})
HOW_TO_ADD = (
    "settings the App reads but the manifests do not provide: add each to deploy/docker-compose.yml"
    " (x-qtreview environment), deploy/kubernetes/configmap.yaml and the table in"
    " docs/deploying.md, or to NOT_IN_MANIFESTS in tests/deploy/app_facts.py with the reason in"
    " docs/deploying.md"
)


@cache
def app_settings() -> frozenset[str]:
    """Every GITHUB_*/QTREVIEW_* name a string literal in bot/ spells out (env.get, ...)."""
    names: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and SETTING.fullmatch(str(node.value)):
                names.add(str(node.value))
    return frozenset(names)


@cache
def cli_commands() -> frozenset[str]:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def dockerfile_state_dir() -> tuple[str, list[str]]:
    """(QTREVIEW_STATE_DIR's value in the image, its VOLUME paths)."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    match = re.search(r"QTREVIEW_STATE_DIR=(\S+)", text)
    assert match, "the Dockerfile sets no QTREVIEW_STATE_DIR"
    volumes = re.findall(r'^VOLUME \["([^"]+)"\]', text, re.M)
    return match.group(1), volumes


def deploying_doc() -> str:
    return (ROOT / "docs" / "deploying.md").read_text(encoding="utf-8")


def documented(name: str) -> bool:
    """Named in docs/deploying.md as code (`NAME`), not merely as part of a longer word."""
    return re.search(rf"`{re.escape(name)}`", deploying_doc()) is not None


def missing_settings(provided: set[str]) -> list[str]:
    """Settings the App reads that `provided` lacks (beyond the documented omissions)."""
    return sorted(app_settings() - provided - NOT_IN_MANIFESTS)
