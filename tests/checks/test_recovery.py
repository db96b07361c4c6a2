"""Recovery for names no header defines: bodies reach the rules, what was declared is listed,
nothing is taken for a Qt class unless the file shows it, and a clean file is parsed once.

Fixtures are ours (tests/fixtures/recovery/), one per pattern met on real code: an export macro
from a generated header, an unknown base, an unknown d-pointer macro, out-of-line members of a
class whose header is withheld, unknown free functions, a Qt base inferred from an initializer
list or from `this` as a signal's sender, and a look-alike where nothing Qt may be inferred.
`// expect: <rule>` marks a finding's line; `(inferred)` after it marks one resting on an
inference.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from checks import SourceFile, analyze, frontend
from checks.engine import Analysis, analyze_source
from checks.findings import Recovered
from checks.helpers.qt_types import base_type_name
from checks.helpers.signals import connections
from checks.output import json_format, sarif, text
from checks.recovery import MAX_EXTRA_PARSES, Recovery, inference
from checks.registry import rule_table, rules
from checks.unit import Unit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "recovery"
ALONE = sorted(p.name for p in FIXTURES.glob("*.cpp") if p.name != "generated_ui.cpp")
"""Fixtures analyzed on their own; generated_ui.cpp comes with its header (see its test)."""
SARIF_SCHEMA = json.loads(
    (FIXTURES.parents[1] / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text()
)
EXPECT = re.compile(r"// expect: ([\w-]+)( \(inferred\))?")


def expected(path: Path) -> list[tuple[int, str, bool]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = EXPECT.search(line)
        if m:
            out.append((n, m.group(1), bool(m.group(2))))
    return out


def run(name: str) -> tuple[list[tuple[int, str, bool]], list[Recovered], str, list[str]]:
    path = FIXTURES / name
    a = analyze_source(name, path.read_text(encoding="utf-8"), strict=True)
    got = [(f.line, f.rule, "rests on an inference" in f.message) for f in a.findings]
    return got, list(a.recovered), a.reason, [f.message for f in a.findings]


def names(recovered: list[Recovered], kind: str) -> set[str]:
    return {r.name for r in recovered if r.kind == kind}


@pytest.mark.parametrize("name", ALONE)
def test_every_marked_finding_is_reported_and_nothing_else(name: str) -> None:
    got, _, _, _ = run(name)
    assert sorted(got) == sorted(expected(FIXTURES / name))


@pytest.mark.parametrize(
    ("name", "kind", "recovered"),
    [
        ("export_macro.cpp", "macro", {"READER_EXPORT"}),
        ("unknown_base.cpp", "type", {"QConsoleDialog", "ConsolePaintEvent"}),
        ("private_macro.cpp", "macro", {"FRAMEWORK_DECLARE_PRIVATE", "FRAMEWORK_D"}),
        ("out_of_line.cpp", "class", {"Peer"}),
        ("out_of_line.cpp", "type", {"Registry"}),
        ("free_function.cpp", "function", {"frame_length"}),
        ("free_function.cpp", "variable", {"lastStatus"}),
        ("free_function.cpp", "type", {"FrameContext"}),
        ("lookalike_not_qt.cpp", "type", {"Base", "QFramedSocket", "Transport"}),
        ("standin_signals.cpp", "type", {"QFrameLink", "QFrameLink::LinkError"}),
        ("standin_signals.cpp", "class", {"Relay"}),
        ("template_names.cpp", "function", {"registerUncreatable"}),
        ("inherited_names.cpp", "type", {"Converter", "Direction", "Peer"}),
        ("plain_stand_ins.cpp", "type", {"Connection", "DragWidget", "Ticket"}),
        (
            "nested_scopes.cpp",
            "type",
            {"Panel", "QLink", "QOAuthClient", "QLink::LinkState", "QOAuthClient::Status"},
        ),
        ("generated_names.cpp", "namespace", {"channel", "org", "org::example", "telemetry"}),
        (
            "generated_names.cpp",
            "type",
            {"Codec", "QCodecFlags", "TransitionBase", "TransportBase", "org::example::Relay"},
        ),
        ("template_names.cpp", "variable", {"frameLimit"}),
        ("template_names.cpp", "type", {"QRemoteMeta", "RemoteNode", "StatusReplica"}),
        ("standin_returns.cpp", "type", {"QPeerAddress", "QPeerForm", "QPeerInfo"}),
    ],
)
def test_the_status_lists_what_was_recovered(name: str, kind: str, recovered: set[str]) -> None:
    _, listing, note, _ = run(name)
    assert names(listing, kind) == recovered
    assert "were recovered" in note
    assert "parse errors" not in note  # the recovered parse is clean


def hit_lines(name: str, recover: bool) -> set[int]:
    text_ = (FIXTURES / name).read_text(encoding="utf-8")
    unit = Unit(name, text_, frontend.parse_recovering(name, text_, recover=recover).tu)
    return {hit.line or hit.node.line for rule in rules() for hit in rule.check(unit)}


@pytest.mark.parametrize(
    "name",
    [
        "export_macro.cpp",
        "private_macro.cpp",
        "out_of_line.cpp",
        "inferred_initializer.cpp",
        "inferred_sender.cpp",
    ],
)
def test_without_recovery_the_rules_never_see_those_bodies(name: str) -> None:
    """The fixtures exercise recovery: without it libclang drops the bodies the rules need."""
    wanted = {line for line, _, _ in expected(FIXTURES / name)}
    assert wanted
    assert not wanted & hit_lines(name, recover=False)
    assert wanted <= hit_lines(name, recover=True)


@pytest.mark.parametrize(
    ("name", "owner", "evidence"),
    [
        ("inferred_initializer.cpp", "Client", "initializer list names QTcpSocket"),
        ("inferred_sender.cpp", "Link", "sender of QLocalSocket::readyRead"),
    ],
)
def test_a_qt_base_is_inferred_only_from_the_file_and_the_finding_says_so(
    name: str, owner: str, evidence: str
) -> None:
    got, listing, note, messages = run(name)
    (cls,) = [r for r in listing if r.kind == "class"]
    assert cls.name == owner
    assert evidence in cls.inferred
    assert "1 inferred" in note
    assert all(inferred for _, _, inferred in got)
    assert evidence in messages[0]


def test_an_inferred_finding_has_a_lower_confidence_than_with_the_header() -> None:
    source = (FIXTURES / "inferred_initializer.cpp").read_bytes()
    header = b"#include <QTcpSocket>\nclass Client : public QTcpSocket\n{\npublic:\n"
    header += b"    explicit Client(QObject *parent);\n    void onReadyRead();\n};\n"
    with_header = analyze(
        [SourceFile("inferred_initializer.cpp", source)],
        includes={"client.h": header},
        isolate=False,
    )
    without = analyze([SourceFile("inferred_initializer.cpp", source)], isolate=False)
    (known,) = with_header.findings
    (guessed,) = without.findings
    assert (known.rule, known.line) == (guessed.rule, guessed.line)
    assert guessed.confidence == pytest.approx(known.confidence - inference.PENALTY)
    assert "rests on an inference" not in known.message
    assert with_header.files[0].recovered == ()


def test_the_look_alike_infers_nothing_qt() -> None:
    got, listing, _, _ = run("lookalike_not_qt.cpp")
    assert got == []
    assert [r.inferred for r in listing] == [""] * len(listing)
    assert "Channel" in names(listing, "class")


def test_a_clean_file_is_parsed_once_and_recovers_nothing() -> None:
    clean = (FIXTURES.parent / "rules" / "read-overflow" / "bad_echo.cpp").read_text()
    parsed = frontend.parse_recovering("bad_echo.cpp", clean)
    assert parsed.parses == 1
    assert parsed.recovered == ()
    assert parsed.prelude == ""


@pytest.mark.parametrize("name", ALONE)
def test_unknown_names_cost_at_most_two_extra_parses(name: str) -> None:
    parsed = frontend.parse_recovering(name, (FIXTURES / name).read_text())
    assert 2 <= parsed.parses <= 1 + MAX_EXTRA_PARSES


def test_outputs_carry_the_listing() -> None:
    path = FIXTURES / "inferred_sender.cpp"
    report = analyze([SourceFile(path.name, path.read_bytes())], isolate=False)
    (status,) = report.files
    doc = json.loads(json_format.render(report))
    assert doc["files"][0]["recovered"] == [
        {"name": r.name, "kind": r.kind, "inferred": r.inferred} for r in status.recovered
    ]
    assert "recovered inferred_sender.cpp: no header given declares Link (class)" in text.render(
        report
    )
    doc = json.loads(sarif.render(report, rule_table()))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    notes = doc["runs"][0]["invocations"][0]
    (note,) = notes["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "file-recovered"
    assert note["properties"]["recovered"][0]["name"] == "Link"


PANEL_H = b"""#pragma once
#include <QLocalSocket>
namespace Ui {
class Panel;
}
class Panel : public QObject
{
public:
    explicit Panel(QWidget *parent);
    void send();

private:
    Ui::Panel *ui;
    QLocalSocket *socket = nullptr;
};
"""


def test_a_generated_ui_class_only_forward_declared_gets_a_stand_in() -> None:
    """`Ui::Panel` comes from uic's ui_panel.h, never in a pull request; the header beside the
    file only forward-declares it."""
    path = FIXTURES / "generated_ui.cpp"
    a = analyze_source(path.name, path.read_text(), {"panel.h": PANEL_H.decode()}, strict=True)
    assert [(f.line, f.rule) for f in a.findings] == [
        (line, rule) for line, rule, _ in expected(path)
    ]
    assert a.parse_errors == 0
    assert [(r.name, r.kind, r.inferred) for r in a.recovered] == [("Ui::Panel", "type", "")]


def test_this_as_a_parent_shows_a_qobject_and_nothing_more() -> None:
    source = (
        '#include "worker.h"\n'
        "Worker::Worker() : m_count(0) {}\n"
        "void Worker::start()\n"
        "{\n"
        "    m_timer = new QTimer(this);\n"
        "    m_count = m_count + 1;\n"
        "}\n"
    )
    a = analyze_source("worker.cpp", source, strict=True)
    assert a.parse_errors == 0
    (worker,) = [r for r in a.recovered if r.kind == "class"]
    assert worker.inferred == (
        "`Worker` is taken to be a QObject: `this` is passed as the parent of a new QTimer"
    )


UIC = FIXTURES / "uic_base"


def test_a_uic_form_as_a_base_gets_the_widgets_the_bodies_use_and_no_more() -> None:
    """`class Console : public QDialog, public Ui::Console` (uic's ui_console.h is generated,
    never in a pull request): the form's widgets are members of Console, inside its bodies and
    through a Console; `show()` stays QDialog's (a stand-in with every member would clash)."""
    source = (UIC / "console.cpp").read_text()
    a = analyze_source("console.cpp", source, {"console.h": (UIC / "console.h").read_text()})
    assert a.parse_errors == 0
    assert [(f.line, f.rule) for f in a.findings] == [
        (line, rule) for line, rule, _ in expected(UIC / "console.cpp")
    ]
    assert ("Ui::Console", "type", "") in [(r.name, r.kind, r.inferred) for r in a.recovered]
    assert all(not r.inferred for r in a.recovered)


def test_a_uic_form_base_parse_fails_without_its_stand_in() -> None:
    """The fixture exercises the recovery: the form base alone leaves the header invalid."""
    source = (UIC / "console.cpp").read_text()
    parsed = frontend.parse_recovering(
        "console.cpp", source, {"console.h": (UIC / "console.h").read_text()}, recover=False
    )
    assert any(d.spelling == "expected class name" for d in parsed.tu.diagnostics)


def test_a_member_assigned_a_typed_parameter_is_inferred_from_it() -> None:
    """Header withheld: `socket = peer;` with `QLocalSocket *peer` shows the member's class; the
    finding through it says it rests on that and loses confidence."""
    a = analyze_source("console.cpp", (UIC / "console.cpp").read_text(), strict=True)
    assert a.parse_errors == 0
    ((line, rule, _),) = expected(UIC / "console.cpp")
    (finding,) = a.findings
    assert (finding.line, finding.rule) == (line, rule)
    assert "`Console::socket` is taken to be a QLocalSocket *" in finding.message
    (member,) = [r for r in a.recovered if r.kind == "member"]
    assert member.inferred == (
        "`Console::socket` is taken to be a QLocalSocket *: the file assigns it `peer`, a "
        "QLocalSocket * parameter"
    )


QOBJECT = FIXTURES / "qobject_base"


def ticker(headers: bool) -> Analysis:
    source = (QOBJECT / "ticker.cpp").read_text()
    given = {"ticker.h": (QOBJECT / "ticker.h").read_text()} if headers else {}
    return analyze_source("ticker.cpp", source, given, strict=True)


def test_a_q_object_class_on_an_unknown_base_is_a_qobject_and_findings_say_so() -> None:
    """`class Ticker : public TickerSimpleSource { Q_OBJECT ... ~Ticker() override; }` (repc
    generates the base): the base is rebuilt on QObject, so `new QTimer(this)`, the override
    and the destructor parse; Scope paints on itself, so its base is rebuilt on QWidget."""
    a = ticker(headers=True)
    assert a.parse_errors == 0
    got = sorted((f.line, f.rule, "rests on an inference" in f.message) for f in a.findings)
    assert got == sorted(expected(QOBJECT / "ticker.cpp"))
    why = {r.name: r.inferred for r in a.recovered}
    assert why["TickerSimpleSource"].startswith(
        "`TickerSimpleSource` is taken to derive from QObject"
    )
    assert "its class has Q_OBJECT" in why["TickerSimpleSource"]
    assert why["QGLScope"].startswith("`QGLScope` is taken to derive from QWidget")
    assert "QPaintDevice *" in why["QGLScope"]
    assert why["MeterSimpleSource"] == ""  # no Q_OBJECT, nothing passed: it stays unknown
    (inferred,) = [f for f in a.findings if "rests on an inference" in f.message]
    assert "`Ticker` is taken to be a QObject" in inferred.message


def test_a_rebuilt_base_has_the_derived_class_s_virtuals_and_no_catch_all_members() -> None:
    source = (QOBJECT / "ticker.cpp").read_text()
    parsed = frontend.parse_recovering(
        "ticker.cpp", source, {"ticker.h": (QOBJECT / "ticker.h").read_text()}
    )
    assert "class TickerSimpleSource : public QObject {" in parsed.prelude
    assert "virtual ~TickerSimpleSource();" in parsed.prelude
    assert "class QGLScope : public QWidget {" in parsed.prelude
    assert "class MeterSimpleSource : public __QtrAny {" in parsed.prelude
    assert parsed.parses <= 1 + MAX_EXTRA_PARSES


def test_with_the_header_withheld_only_what_the_cpp_shows_is_inferred() -> None:
    """Without ticker.h there is no Q_OBJECT to see: Ticker is a QObject because `this` is
    passed where a QObject * is expected (a QTimer's parent); nothing in the .cpp shows Scope
    is a widget, so its `QPainter painter(this)` stays the one error and its base unknown."""
    a = ticker(headers=False)
    why = {r.name: r.inferred for r in a.recovered}
    assert why["Ticker"].startswith("`Ticker` is taken to be a QObject")
    assert why["QGLScope"] == why["MeterSimpleSource"] == why["Scope"] == ""
    assert a.parse_errors == 1
    assert sorted((f.line, f.rule) for f in a.findings) == sorted(
        (line, rule) for line, rule, _ in expected(QOBJECT / "ticker.cpp")
    )


def _stand_in_unit(headers: dict[str, str] | None = None) -> tuple[Unit, str]:
    path = FIXTURES / "standin_signals.cpp"
    text_ = path.read_text()
    parsed = frontend.parse_recovering(path.name, text_, headers or {})
    assert not [d for d in parsed.tu.diagnostics if d.severity >= 3]
    return Unit(path.name, text_, parsed.tu), parsed.prelude


def test_a_stand_in_signal_is_a_member_function_of_the_overload_the_file_picks() -> None:
    """`&QFrameLink::frameReady` must be a pointer to member for connect() to match; the
    overload is the one QOverload<...>::of or static_cast<...> names, the getter stays callable."""
    unit, prelude = _stand_in_unit()
    assert "__QtrAny error(QFrameLink::LinkError);" in prelude
    assert "__QtrAny error();" in prelude  # m_link->error() is called too
    assert "void progress(int, int);" in prelude
    assert "__QtrAny finished(__QtrAny = __QtrAny());" in prelude  # Relay's signal, emitted with 1
    resolved = [c.line for c in unit.calls if c.spelling == "connect" and c.referenced is not None]
    assert resolved == [12, 13, 14, 16, 38, 39]


def test_connect_on_a_stand_in_sender_is_not_a_connection_the_rules_see() -> None:
    """The look-alike at line 38 parses into a QObject::connect call like the real one at 39,
    but nothing shows QFrameLink is a QObject: only known senders are taken apart."""
    unit, _ = _stand_in_unit()
    got = sorted((c.call.line, c.signal) for c in connections(unit))
    assert got == [(16, "finished"), (39, "disconnected")]


RELAY_H = """#pragma once
#include <QObject>
#include <QFrameLink>
class Relay : public QObject
{
    Q_OBJECT
public:
    explicit Relay(QObject *parent = nullptr);
    void start();
signals:
    void finished(int code);
private slots:
    void onFrame();
    void onError(QFrameLink::LinkError error);
    void onProgress(int done, int total);
    void stop();
private:
    QFrameLink *m_link;
};
"""


def test_with_the_class_header_stand_in_signals_parse_and_the_known_sender_is_found() -> None:
    path = FIXTURES / "standin_signals.cpp"
    a = analyze_source(path.name, path.read_text(), {"relay.h": RELAY_H}, strict=True)
    assert a.parse_errors == 0
    assert [(f.line, f.rule) for f in a.findings] == [(39, "connect-without-context")]


def test_names_called_with_template_arguments_are_declared_templates() -> None:
    """`registerUncreatable<T>(...)`, `node.acquire<T>()`, `QRemoteMeta::fromType<T>()`: function
    templates (free, and members every stand-in has); `node.pending < frameLimit` is data."""
    name = "template_names.cpp"
    parsed = frontend.parse_recovering(name, (FIXTURES / name).read_text())
    assert errors(parsed) == []
    head = "template <class... T, class... A>"
    assert f"{head} __QtrAny registerUncreatable(A &&...);" in parsed.prelude
    for member in ("acquire", "fromType"):
        assert f"{head} static __QtrAny {member}(A &&...);" in parsed.prelude
    assert "static __QtrAny pending;" in parsed.prelude
    assert "extern __QtrAny frameLimit;" in parsed.prelude


def errors(parsed: Recovery) -> list[str]:
    return [str(d.spelling) for d in parsed.tu.diagnostics if d.severity >= 3]


def test_a_virtual_two_classes_override_is_declared_once_and_d_ptr_is_a_pointer() -> None:
    """`eventTest(QEvent *event)` and `eventTest(QEvent *)` override one virtual of the same
    stand-in base; Q_DECLARE_PRIVATE's expansion hands d_ptr to qGetPtrHelper (a pointer)."""
    name = "generated_names.cpp"
    parsed = frontend.parse_recovering(name, (FIXTURES / name).read_text())
    assert errors(parsed) == []
    assert parsed.prelude.count("virtual bool eventTest") == 1
    assert "static __QtrAny *d_ptr;" in parsed.prelude


def test_members_known_by_their_uses_are_values_and_a_widget_parent_is_a_widget() -> None:
    """`m_action = menu->addAction(...)`, `layout->addWidget(m_status)` with Window's header
    withheld: the members are stand-in values (a `__QtrAny *` took neither); `delete m_previous`
    makes that one a pointer; `new QMenu(this)` shows Window is a QWidget."""
    name = "member_values.cpp"
    a = analyze_source(name, (FIXTURES / name).read_text(), strict=True)
    assert a.parse_errors == 0
    (window,) = [r for r in a.recovered if r.kind == "class"]
    assert window.inferred == (
        "`Window` is taken to be a QWidget: `this` is passed as the parent of a new QMenu"
    )
    prelude = frontend.parse_recovering(name, (FIXTURES / name).read_text()).prelude
    assert "  __QtrAny m_action;" in prelude
    assert "  __QtrAny m_status;" in prelude
    assert re.search(r"__QtrAny \* ?m_previous;", prelude)


def test_a_member_called_where_one_type_is_wanted_gives_a_value_converting_to_it_only() -> None:
    """`remoteName = address.toString()` with a QString remoteName was ambiguous (__QtrAny
    converts to QString, QChar, QLatin1String...): the member now gives a __QtrOnly<QString>,
    which converts to a QString but is none, so rules still see no Qt type there."""
    path = FIXTURES / "standin_returns.cpp"
    text_ = path.read_text()
    parsed = frontend.parse_recovering(path.name, text_)
    assert not [d.spelling for d in parsed.tu.diagnostics if d.severity >= 3]
    assert parsed.parses == 1 + MAX_EXTRA_PARSES  # the ambiguity shows once the stand-ins exist
    wants = [("toString", "QString"), ("name", "QString"), ("channel", "int")]
    for member, wanted in [*wants, ("layout", "QObject *")]:  # qobject_cast's parameter
        assert f"static __QtrCall<{wanted}> {member};" in parsed.prelude
    assert "static __QtrAny Visible;" in parsed.prelude  # `flags & QPeerInfo::Visible`: no address
    unit = Unit(path.name, text_, parsed.tu)
    (call,) = [c for c in unit.calls if c.spelling == "operator()" and c.line == 11]
    assert call.cursor.type.spelling == "__QtrOnly<QString>"
    assert base_type_name(call.cursor.type) == "__QtrOnly"


def test_uses_that_disagree_leave_the_member_as_it_was() -> None:
    source = (
        "#include <QUrl>\n#include <QPeerInfo>\n"
        "void f(const QPeerInfo &p)\n{\n    QString s;\n    QUrl u;\n"
        "    s = p.label();\n    u = p.label();\n"
        "    s = p.title();\n    QByteArray b = p.title();\n}\n"
    )
    parsed = frontend.parse_recovering("disagree.cpp", source)
    assert "__QtrCall" not in parsed.prelude.split("struct __QtrMembers {")[1].split("};")[0]
    assert [d.location.line for d in parsed.tu.diagnostics if d.severity >= 3] == [7, 8, 9]


def test_a_member_of_a_rebuilt_base_whose_address_is_taken_is_declared_once() -> None:
    """Scope calls `refresh()` (inherited) and connects `&QGLScope::refresh`: the rebuilt base
    declares it as a member function only, never also as a stand-in value."""
    source = (QOBJECT / "ticker.cpp").read_text()
    parsed = frontend.parse_recovering(
        "ticker.cpp", source, {"ticker.h": (QOBJECT / "ticker.h").read_text()}
    )
    assert errors(parsed) == []
    assert parsed.parses == 2  # no round spent on a redefinition
    block = parsed.prelude.split("class QGLScope : public QWidget {", 1)[1].split("};", 1)[0]
    assert re.findall(r"\brefresh\b", block) == ["refresh"]
    assert "setOverlay" in block


def test_a_stand_in_passed_where_qt_wants_a_class_is_rebuilt_on_it_as_an_inference() -> None:
    """`layout->addWidget(new DragWidget)`, `track(connection)` with a QTcpSocket * parameter:
    those stand-ins derive from QWidget and QTcpSocket, each recorded with its line; Ticket, which
    goes nowhere Qt wants anything, stays unknown."""
    _, listing, note, _ = run("plain_stand_ins.cpp")
    why = {r.name: r.inferred for r in listing}
    assert why["DragWidget"].startswith("`DragWidget` is taken to derive from QWidget")
    assert why["Connection"].endswith("is passed where a QTcpSocket * is expected (line 17)")
    assert why["Ticket"] == ""
    assert "2 inferred" in note


def test_connect_on_a_stand_in_parses_in_every_form_and_no_rule_reads_it() -> None:
    """SIGNAL()/SLOT() with a stand-in sender or receiver, and a Qt signal on a member of
    unknown type (`&m_retry`), reach the model's recovery hook on QObject::connect; the
    connect() parser still takes apart only the known senders' connects."""
    path = FIXTURES / "standin_string_connect.cpp"
    text_ = path.read_text()
    parsed = frontend.parse_recovering(path.name, text_)
    assert errors(parsed) == []
    unit = Unit(path.name, text_, parsed.tu)
    resolved = [c.line for c in unit.calls if c.spelling == "connect" and c.referenced is not None]
    assert resolved == [11, 12, 13, 22, 23, 24, 25]
    assert sorted((c.call.line, c.signal) for c in connections(unit)) == [
        (12, "stopped"),  # `this` is known (a QObject); only the receiver is a stand-in
        (24, "error"),
        (25, "disconnected"),
    ]


def test_without_recovery_the_connect_hook_drops_out() -> None:
    """The hook takes a pointer to recovery's stand-in, which no Qt pointer converts to: a
    clean file's connect() resolves to the string-based overload as before."""
    source = (
        "#include <QLocalSocket>\nvoid f(QLocalSocket *s, QObject *o)\n{\n"
        "    QObject::connect(s, SIGNAL(readyRead()), o, SLOT(deleteLater()));\n}\n"
    )
    parsed = frontend.parse_recovering("clean.cpp", source)
    assert parsed.parses == 1
    assert errors(parsed) == []
    (call,) = [c for c in Unit("clean.cpp", source, parsed.tu).calls if c.spelling == "connect"]
    assert [a.type.spelling for a in call.referenced.get_arguments()][:2] == [
        "const QObject *",
        "const char *",
    ]
