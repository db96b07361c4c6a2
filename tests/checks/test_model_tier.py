"""Which part of the model a file is parsed against (checks/model_tier.py): the core for a file
that names nothing only the GUI parts define, the whole model otherwise, headers included."""

from __future__ import annotations

import clang.cindex as ci
import pytest

from checks import frontend, model_tier


def _errors(text: str, headers: dict[str, str] | None = None) -> list[str]:
    tu = frontend.parse("src/tier.cpp", text, headers)
    return [d.spelling for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]


def test_parts_below_40_are_the_core_and_the_whole_model_has_every_part() -> None:
    assert model_tier.in_tier("30_qt_network.h", model_tier.CORE)
    assert model_tier.in_tier("20_qt_core.h", model_tier.CORE)
    assert not model_tier.in_tier("40_qt_gui.h", model_tier.CORE)
    assert not model_tier.in_tier("50_qt_widgets.h", model_tier.CORE)
    assert all(model_tier.in_tier(p, model_tier.FULL) for p in ("00_std.h", "50_qt_widgets.h"))
    core, full = frontend.model_text(model_tier.CORE), frontend.model_text(model_tier.FULL)
    assert "class QTcpSocket : public QAbstractSocket" in core
    assert "class QWidget : public QObject" not in core
    assert "class QWidget : public QObject" in full
    assert len(full) > 2 * len(core)


def test_gui_names_are_what_only_gui_parts_define() -> None:
    names = frontend.gui_names()
    assert names is not None
    # classes with a body there (the core only forward-declares QWidget), functions, typedefs
    assert {"QWidget", "QDialog", "QApplication", "QColor", "qRgb", "QRgb"} <= names
    # what a core part defines, even where a GUI part redefines it (the qApp macro)
    assert not {"QObject", "QTcpSocket", "QString", "QLocalServer", "qApp", "qDebug"} & names
    assert not any(n.startswith("operator") for n in names)


def test_choose_reads_the_file_and_its_headers() -> None:
    names = frozenset({"QWidget", "QDialog"})
    socket = "#include <QTcpSocket>\nvoid f(QTcpSocket *s) { s->abort(); }\n"
    assert model_tier.choose([socket], names) == model_tier.CORE
    assert model_tier.choose([socket, "class W : public QWidget {};\n"], names) == model_tier.FULL
    assert model_tier.choose(["class D : public QDialog {};\n"], names) == model_tier.FULL
    # a mention anywhere, a comment too: the whole model parses whatever the core does
    assert model_tier.choose(["// not a QWidget\nint x;\n"], names) == model_tier.FULL


def test_a_socket_file_parses_clean_against_the_core() -> None:
    text = (
        "#include <QLocalSocket>\n#include <QDataStream>\n"
        "void f(QLocalSocket *s) {\n"
        "    QDataStream in(s);\n    quint32 n = 0;\n    in >> n;\n"
        "    if (s->open(QIODevice::ReadWrite | QIODevice::Unbuffered)) qDebug() << n;\n}\n"
    )
    assert model_tier.choose([text], frontend.gui_names() or frozenset()) == model_tier.CORE
    assert _errors(text) == []


def test_a_gui_name_in_a_project_header_gets_the_whole_model() -> None:
    """The .cpp names only core classes; its header derives from QDialog. Against the core
    the class would lose its base and every member call on it would fail."""
    header = "#include <QDialog>\nclass Client : public QDialog {\npublic:\n    void go();\n};\n"
    text = '#include "client.h"\nvoid Client::go() { setWindowTitle(QString()); show(); }\n'
    assert _errors(text, {"src/client.h": header}) == []


def test_without_the_gui_names_every_file_gets_the_whole_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(frontend, "gui_names", lambda: None)
    assert frontend._tier_for(["void f(QTcpSocket *s);\n"]) == model_tier.FULL
