"""What keeps a parse's cost from growing with the model: recovery's fixed declarations come
precompiled (and the PCH's key covers them), and each analysis frees its translation unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clang import cindex as ci

from checks import frontend, model_tier, pch_cache
from checks.engine import analyze_source
from checks.recovery import Recovery, known
from checks.recovery.synth import PRECOMPILED, STAND_IN

UNKNOWN = """\
#include "widget.h"

int twice(const Widget &w)
{
    Widget copy = w;
    return (copy + 1) << 2;
}
"""
"""`Widget` comes from a header withheld, so recovery declares it a stand-in."""


def _operators(tu: ci.TranslationUnit) -> list[ci.Cursor]:
    """The overloaded operators the file's own code calls."""
    main = tu.spelling
    return [
        c.referenced
        for c in tu.cursor.walk_preorder()
        if c.kind == ci.CursorKind.CALL_EXPR
        and c.location.file is not None
        and c.location.file.name == main
        and c.referenced is not None
        and c.referenced.spelling.startswith("operator")
    ]


def test_the_pch_key_covers_the_model_and_recoverys_fixed_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = frontend.pch_key()
    assert frontend.pch_key() == base
    monkeypatch.setattr(frontend, "PRECOMPILED", PRECOMPILED + "struct __QtrMore;\n")
    assert frontend.pch_key() != base
    monkeypatch.undo()
    model = frontend.model_text()
    monkeypatch.setattr(frontend, "model_text", lambda tier="full": model + "\nclass QMore;\n")
    assert frontend.pch_key() != base
    monkeypatch.undo()
    assert frontend.pch_key(model_tier.CORE) not in (base, frontend.pch_key())


def test_stand_in_h_is_split_where_it_says_and_nothing_is_lost() -> None:
    assert "struct __QtrOps" in PRECOMPILED
    assert "__QtrMembers" not in PRECOMPILED
    assert STAND_IN.startswith("// ---- per file:")
    assert "struct __QtrAny : __QtrMembers" in STAND_IN


def test_a_recovery_parse_takes_the_stand_ins_operators_from_the_pch() -> None:
    parsed = frontend.parse_recovering("src/twice.cpp", UNKNOWN)
    assert parsed.parses == 2
    assert not [d for d in parsed.tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    # the prelude has only the per-file part: no binary operator is declared in it
    assert "struct __QtrOps" not in parsed.prelude
    assert "(L &&, R &&)" not in parsed.prelude
    binary = [c for c in _operators(parsed.tu) if c.spelling in ("operator+", "operator<<")]
    assert sorted(c.spelling for c in binary) == ["operator+", "operator<<"]
    assert {c.location.file.name for c in binary} == {frontend.STAND_IN_PATH}


def test_a_clean_file_never_meets_the_stand_ins_operators() -> None:
    tu = frontend.parse("src/join.cpp", "QString join(QString a) { return (a + a) + 'x'; }\n")
    used = _operators(tu)
    assert used
    assert all(c.location.file.name == frontend.MODEL_PATH for c in used)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[Recovery]:
    seen: list[Recovery] = []
    real = frontend.parse_recovering

    def spy(*args: object, **kwargs: object) -> Recovery:
        seen.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return seen[-1]

    monkeypatch.setattr(frontend, "parse_recovering", spy)
    return seen


def test_an_analysis_frees_its_translation_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy(monkeypatch)
    a = analyze_source("src/twice.cpp", UNKNOWN)
    assert a.recovered  # the findings and the status outlive the parse
    assert len(seen) == 1
    assert seen[0].tu._as_parameter_ is None


def test_a_rule_that_raises_still_frees_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy(monkeypatch)

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("rule bug")

    monkeypatch.setattr("checks.engine.run_rules", boom)
    with pytest.raises(RuntimeError):
        analyze_source("src/twice.cpp", UNKNOWN, strict=True)
    assert seen[0].tu._as_parameter_ is None


def test_the_models_classes_are_read_once_per_model_and_kept_beside_the_pch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frontend.model_classes.cache_clear()
    table = frontend.model_classes()
    assert "QObject" in table["QTcpSocket"][1] or "QAbstractSocket" in table["QTcpSocket"][1]
    assert "readAll" in table["QIODevice"][0]
    built = frontend.model_pch()
    assert built is not None
    kept = Path(built[0].removesuffix(".pch") + ".classes.json")
    assert kept.is_file()
    assert oct(kept.stat().st_mode & 0o777) == "0o600"

    def no_second_unit(*_: object) -> None:
        raise AssertionError("the model's PCH was loaded as an AST again")

    monkeypatch.setattr(ci.TranslationUnit, "from_ast_file", no_second_unit)
    frontend.model_classes.cache_clear()  # as a new process
    assert frontend.model_classes() == table


def test_a_table_beside_the_pch_that_is_not_one_is_made_again() -> None:
    built = frontend.model_pch()
    assert built is not None
    kept = Path(built[0].removesuffix(".pch") + ".classes.json")
    frontend.model_classes.cache_clear()
    good = frontend.model_classes()
    kept.write_text('{"QObject": "not members"}')
    frontend.model_classes.cache_clear()
    assert frontend.model_classes() == good
    assert json.loads(kept.read_text()) == good


def test_a_derived_file_is_made_once_and_trusted_only_when_private(tmp_path: Path) -> None:
    tmp_path.chmod(0o700)
    pch = str(tmp_path / "model-k.pch")
    made: list[int] = []

    def make() -> str:
        made.append(1)
        return "table"

    assert pch_cache.derived(pch, ".t", make) == "table"
    assert pch_cache.derived(pch, ".t", make) == "table"
    assert len(made) == 1
    kept = tmp_path / "model-k.t"
    kept.write_text("tampered")
    kept.chmod(0o666)  # others may write it: not trusted
    assert pch_cache.derived(pch, ".t", make) == "table"
    assert len(made) == 2
    assert pch_cache.derived(pch, ".t", make, fresh=True) == "table"
    assert len(made) == 3


def test_what_the_model_declares_is_read_once_per_model_and_kept_beside_the_pch() -> None:
    built = frontend.model_pch()
    assert built is not None
    kept = Path(built[0].removesuffix(".pch") + ".names.json")
    frontend.model_names.cache_clear()
    names = frontend.model_names()
    assert names == known.read_model(frontend.model_text())
    assert {"QTcpSocket", "Q_OBJECT"} <= names.names
    assert json.loads(kept.read_text())["macros"] == sorted(names.macros)
    kept.write_text('{"names": 1}')
    frontend.model_names.cache_clear()
    assert frontend.model_names() == names
    assert json.loads(kept.read_text())["names"] == sorted(names.names)
