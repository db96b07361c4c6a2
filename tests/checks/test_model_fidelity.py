"""Fidelity: every rule fixture gives the same findings against the real Qt 6 headers (Debian's
qt6-base-dev) as against our bundled model, so the model cannot make a rule see what real Qt
code would not give it, or miss what it would.

The real headers are precompiled once (a PCH of the Qt modules the model covers) so that the 40-odd
fixtures take seconds, not minutes. A fixture whose first line says `// fidelity: qt5-only`
uses API that Qt 6 removed (QSsl::SslV3): the real Qt 6 headers cannot compile it, so it is
left out here, and only there.
"""

from __future__ import annotations

import os
from pathlib import Path

import clang.cindex as ci
import pytest

from checks import frontend
from checks.engine import analyze_text
from tests.support.real_qt import have_real_qt, real_qt_pch_args
from tests.support.rule_fixtures import THRESHOLD, fixture_files

QT6_FIXTURES = [p for p in fixture_files() if not p.read_text().startswith("// fidelity: qt5-only")]


def _require_real_qt() -> None:
    if have_real_qt():
        return
    message = "the real Qt 6 headers are missing: `make system-deps` installs qt6-base-dev"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def real_qt() -> tuple[str, ...]:
    """extra_args parsing against a PCH of the real headers (same -isystem dirs and defines)."""
    _require_real_qt()
    return real_qt_pch_args()


def findings_of(path: Path, **options: object) -> set[tuple[str, int]]:
    found, _ = analyze_text(f"src/{path.name}", path.read_text(), **options)  # type: ignore[arg-type]
    return {(f.rule, f.line) for f in found if f.confidence >= THRESHOLD}


@pytest.mark.parametrize("path", QT6_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_findings_with_real_qt(path: Path, real_qt: tuple[str, ...]) -> None:
    text = path.read_text()
    tu = frontend.parse(f"src/{path.name}", text, use_model=False, extra_args=real_qt)
    errors = [
        f"{d.location.line}: {d.spelling}"
        for d in tu.diagnostics
        if d.severity >= ci.Diagnostic.Error
    ]
    assert not errors, f"the fixture does not compile against real Qt 6: {errors[:5]}"
    model = findings_of(path)
    real = findings_of(path, use_model=False, extra_args=real_qt)
    assert model == real, (
        f"only with the model: {sorted(model - real)}; only with real Qt: {sorted(real - model)}"
    )


def test_the_fixture_set_is_not_empty() -> None:
    assert len(fixture_files()) >= 10
