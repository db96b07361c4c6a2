"""The bundled Qt model must parse real-world Qt code cleanly and resolve calls like real Qt does.

Rules decide what a call is by the class that declares the callee (`socket->read(...)` is
`QIODevice::read`), so the model's class hierarchy and overload sets have to match Qt's. Each
snippet under `fixtures/model/` is parsed through the front end with the model and, separately,
with the real Qt 6 headers; both must be error-free and agree on every call's declaring class.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import clang.cindex as ci
import pytest

from checks import frontend, model_tier
from tests.support.real_qt import have_real_qt, real_qt_pch_args

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "model"
FIXTURE_NAMES = sorted(p.name for p in FIXTURES.glob("*.cpp"))
# Qt 5 spellings that Qt 6 removed (`// fidelity: qt5-only` on the first line) parse with the
# model only: the real Qt 6 headers cannot compile them.
QT6_FIXTURE_NAMES = [
    name
    for name in FIXTURE_NAMES
    if not (FIXTURES / name).read_text(encoding="utf-8").startswith("// fidelity: qt5-only")
]

_CALLABLE_KINDS = {
    ci.CursorKind.CXX_METHOD,
    ci.CursorKind.FUNCTION_DECL,
    ci.CursorKind.FUNCTION_TEMPLATE,
}


@dataclass(frozen=True)
class Call:
    line: int
    column: int
    callee: str
    declared_in: str


# (fixture, callee) -> every class (or namespace) that declares a callee of that name there.
RESOLUTION: dict[tuple[str, str], set[str]] = {
    ("local_echo_server.cpp", "read"): {"QIODevice"},
    ("local_echo_server.cpp", "write"): {"QIODevice"},
    ("local_echo_server.cpp", "readAll"): {"QIODevice"},
    ("local_echo_server.cpp", "readLine"): {"QIODevice"},
    ("local_echo_server.cpp", "peek"): {"QIODevice"},
    ("local_echo_server.cpp", "errorString"): {"QIODevice", "QLocalServer"},
    ("local_echo_server.cpp", "bytesAvailable"): {"QLocalSocket"},
    ("local_echo_server.cpp", "listen"): {"QLocalServer"},
    ("local_echo_server.cpp", "removeServer"): {"QLocalServer"},
    ("local_echo_server.cpp", "nextPendingConnection"): {"QLocalServer"},
    ("local_echo_server.cpp", "setSocketOptions"): {"QLocalServer"},
    ("local_echo_server.cpp", "connectToServer"): {"QLocalSocket"},
    ("local_echo_server.cpp", "waitForConnected"): {"QLocalSocket"},
    ("local_echo_server.cpp", "waitForReadyRead"): {"QLocalSocket"},
    ("local_echo_server.cpp", "waitForBytesWritten"): {"QLocalSocket"},
    ("local_echo_server.cpp", "flush"): {"QLocalSocket"},
    ("local_echo_server.cpp", "connect"): {"QObject"},
    ("local_echo_server.cpp", "exec"): {"QThread"},
    ("local_echo_server.cpp", "debug"): {"QMessageLogger"},
    ("tcp_server.cpp", "listen"): {"QTcpServer"},
    ("tcp_server.cpp", "addPendingConnection"): {"QTcpServer"},
    ("tcp_server.cpp", "pauseAccepting"): {"QTcpServer"},
    ("tcp_server.cpp", "setSocketDescriptor"): {"QAbstractSocket"},
    ("tcp_server.cpp", "setSocketOption"): {"QAbstractSocket"},
    ("tcp_server.cpp", "connectToHost"): {"QAbstractSocket"},
    ("tcp_server.cpp", "waitForConnected"): {"QAbstractSocket"},
    ("tcp_server.cpp", "waitForReadyRead"): {"QAbstractSocket"},
    ("tcp_server.cpp", "abort"): {"QAbstractSocket"},
    ("tcp_server.cpp", "readLine"): {"QIODevice"},
    ("tcp_server.cpp", "canReadLine"): {"QIODevice"},
    ("tcp_server.cpp", "connect"): {"QObject"},
    ("tcp_server.cpp", "disconnect"): {"QObject"},
    ("tcp_server.cpp", "singleShot"): {"QTimer"},
    ("ssl_client.cpp", "ignoreSslErrors"): {"QSslSocket"},
    ("ssl_client.cpp", "connectToHostEncrypted"): {"QSslSocket"},
    ("ssl_client.cpp", "connectToHost"): {"QSslSocket"},
    ("ssl_client.cpp", "waitForEncrypted"): {"QSslSocket"},
    ("ssl_client.cpp", "waitForReadyRead"): {"QSslSocket"},
    ("ssl_client.cpp", "setSocketDescriptor"): {"QSslSocket"},
    ("ssl_client.cpp", "startServerEncryption"): {"QSslSocket"},
    ("ssl_client.cpp", "setPeerVerifyMode"): {"QSslSocket", "QSslConfiguration"},
    ("ssl_client.cpp", "defaultConfiguration"): {"QSslConfiguration"},
    ("ssl_client.cpp", "setDefaultConfiguration"): {"QSslConfiguration"},
    ("ssl_client.cpp", "fromPath"): {"QSslCertificate"},
    ("ssl_client.cpp", "error"): {"QSslError"},
    ("ssl_client.cpp", "connect"): {"QObject"},
    ("udp_reader.cpp", "bind"): {"QUdpSocket", "QAbstractSocket"},
    ("udp_reader.cpp", "hasPendingDatagrams"): {"QUdpSocket"},
    ("udp_reader.cpp", "pendingDatagramSize"): {"QUdpSocket"},
    ("udp_reader.cpp", "readDatagram"): {"QUdpSocket"},
    ("udp_reader.cpp", "receiveDatagram"): {"QUdpSocket"},
    ("udp_reader.cpp", "writeDatagram"): {"QUdpSocket"},
    ("udp_reader.cpp", "joinMulticastGroup"): {"QUdpSocket"},
    ("udp_reader.cpp", "isLoopback"): {"QHostAddress"},
    ("udp_reader.cpp", "makeReply"): {"QNetworkDatagram"},
    ("framed_protocol.cpp", "startTransaction"): {"QDataStream"},
    ("framed_protocol.cpp", "commitTransaction"): {"QDataStream"},
    ("framed_protocol.cpp", "abortTransaction"): {"QDataStream"},
    ("framed_protocol.cpp", "readRawData"): {"QDataStream"},
    ("framed_protocol.cpp", "readBytes"): {"QDataStream"},
    ("framed_protocol.cpp", "setVersion"): {"QDataStream"},
    ("framed_protocol.cpp", "seek"): {"QIODevice"},
    ("qtest_socket.cpp", "qCompare"): {"QTest"},
    ("qtest_socket.cpp", "qVerify"): {"QTest"},
    ("qtest_socket.cpp", "addColumn"): {"QTest"},
    ("qtest_socket.cpp", "newRow"): {"QTest"},
    ("qtest_socket.cpp", "qWait"): {"QTest"},
    ("qtest_socket.cpp", "qExec"): {"QTest"},
    ("qtest_socket.cpp", "wait"): {"QSignalSpy"},
    ("qtest_socket.cpp", "takeFirst"): {"QList"},
    ("qtest_socket.cpp", "connectToServer"): {"QLocalSocket"},
    ("qtest_socket.cpp", "connect"): {"QObject"},
    ("core_usage.cpp", "connect"): {"QObject"},
    ("core_usage.cpp", "singleShot"): {"QTimer"},
    ("core_usage.cpp", "moveToThread"): {"QObject"},
    ("core_usage.cpp", "invokeMethod"): {"QMetaObject"},
    ("core_usage.cpp", "start"): {"QThread", "QTimer", "QElapsedTimer"},
    ("core_usage.cpp", "hasExpired"): {"QDeadlineTimer", "QElapsedTimer"},
    ("core_usage.cpp", "tryAcquire"): {"QSemaphore"},
    ("core_usage.cpp", "exec"): {"QEventLoop", "QCoreApplication"},
    ("core_usage.cpp", "processEvents"): {"QEventLoop", "QCoreApplication"},
    ("core_usage.cpp", "removeAll"): {"QList"},
    ("core_usage.cpp", "arg"): {"QString"},
    ("core_usage.cpp", "number"): {"QString", "QByteArray"},
    ("core_usage.cpp", "fromRawData"): {"QByteArray"},
    ("core_usage.cpp", "testFlag"): {"QFlags"},
    ("core_usage.cpp", "warning"): {"QMessageLogger"},
    ("core_usage.cpp", "make_unique"): {"std"},
    ("core_io.cpp", "writableLocation"): {"QStandardPaths"},
    ("core_io.cpp", "mkpath"): {"QDir"},
    ("core_io.cpp", "filePath"): {"QDir"},
    ("core_io.cpp", "setKey"): {"QSharedMemory"},
    ("core_io.cpp", "create"): {"QSharedMemory"},
    ("core_io.cpp", "lock"): {"QSharedMemory"},
    ("core_io.cpp", "acquire"): {"QSystemSemaphore"},
    ("core_io.cpp", "tryLock"): {"QLockFile"},
    ("core_io.cpp", "setStaleLockTime"): {"QLockFile"},
    ("core_io.cpp", "open"): {"QFile"},
    ("core_io.cpp", "fileName"): {"QFile"},
    ("core_io.cpp", "hash"): {"QCryptographicHash"},
    ("core_io.cpp", "toJson"): {"QJsonDocument"},
    ("core_io.cpp", "fromJson"): {"QJsonDocument"},
    ("core_io.cpp", "value"): {"QSettings", "QCommandLineParser"},
    ("core_io.cpp", "waitForFinished"): {"QProcess"},
    ("core_io.cpp", "fromUserInput"): {"QUrl"},
    ("network_http.cpp", "get"): {"QNetworkAccessManager"},
    ("network_http.cpp", "setHeader"): {"QNetworkRequest"},
    ("network_http.cpp", "setTransferTimeout"): {"QNetworkRequest"},
    ("network_http.cpp", "attribute"): {"QNetworkReply"},
    ("network_http.cpp", "error"): {"QNetworkReply"},
    ("network_http.cpp", "readAll"): {"QIODevice"},
    ("network_http.cpp", "abort"): {"QNetworkReply"},
    ("network_http.cpp", "localDomainName"): {"QHostInfo"},
    ("network_http.cpp", "allInterfaces"): {"QNetworkInterface"},
    ("network_http.cpp", "doHandshake"): {"QDtls"},
    ("network_http.cpp", "defaultDtlsConfiguration"): {"QSslConfiguration"},
    ("websockets.cpp", "listen"): {"QWebSocketServer"},
    ("websockets.cpp", "nextPendingConnection"): {"QWebSocketServer"},
    ("websockets.cpp", "sendTextMessage"): {"QWebSocket"},
    ("websockets.cpp", "sendBinaryMessage"): {"QWebSocket"},
    ("websockets.cpp", "open"): {"QWebSocket"},
    ("websockets.cpp", "close"): {"QWebSocketServer", "QWebSocket"},
    ("websockets.cpp", "of"): {"QNonConstOverload"},
    ("widgets_client.cpp", "setWindowFlags"): {"QWidget"},
    ("widgets_client.cpp", "addItem"): {"QComboBox"},
    ("widgets_client.cpp", "setValidator"): {"QLineEdit"},
    ("widgets_client.cpp", "addButton"): {"QDialogButtonBox"},
    ("widgets_client.cpp", "addWidget"): {"QGridLayout"},
    ("widgets_client.cpp", "information"): {"QMessageBox"},
    ("widgets_client.cpp", "addAction"): {"QWidget"},
    ("widgets_client.cpp", "showMessage"): {"QStatusBar"},
    ("widgets_client.cpp", "drawRect"): {"QPainter"},
    ("widgets_client.cpp", "exec"): {"QApplication"},
    ("widgets_client.cpp", "connectToHost"): {"QAbstractSocket"},
    ("graphics_animation.cpp", "addItem"): {"QGraphicsScene"},
    ("graphics_animation.cpp", "setColorAt"): {"QGradient"},
    ("graphics_animation.cpp", "itemChange"): {"QGraphicsItem"},
    ("graphics_animation.cpp", "setEndValue"): {"QVariantAnimation"},
    ("graphics_animation.cpp", "addAnimation"): {"QAnimationGroup"},
    ("graphics_animation.cpp", "addPause"): {"QSequentialAnimationGroup"},
    ("graphics_animation.cpp", "rotate"): {"QMatrix4x4"},
    ("graphics_animation.cpp", "fromAxisAndAngle"): {"QQuaternion"},
    ("graphics_animation.cpp", "setSourceModel"): {"QSortFilterProxyModel"},
    ("graphics_animation.cpp", "setRenderHint"): {"QGraphicsView"},
    ("opengl_widgets.cpp", "initializeOpenGLFunctions"): {"QOpenGLFunctions"},
    ("opengl_widgets.cpp", "glClear"): {"QOpenGLFunctions"},
    ("opengl_widgets.cpp", "glDrawArrays"): {"QOpenGLFunctions"},
    ("opengl_widgets.cpp", "addShaderFromSourceCode"): {"QOpenGLShaderProgram"},
    ("opengl_widgets.cpp", "setUniformValue"): {"QOpenGLShaderProgram"},
    ("opengl_widgets.cpp", "allocate"): {"QOpenGLBuffer"},
    ("opengl_widgets.cpp", "setWrapMode"): {"QOpenGLTexture"},
    ("opengl_widgets.cpp", "normalMatrix"): {"QMatrix4x4"},
    ("opengl_widgets.cpp", "touchPoints"): {"QTouchEvent"},
    ("opengl_widgets.cpp", "drawStaticText"): {"QPainter"},
    ("opengl_widgets.cpp", "makeCurrent"): {"QOpenGLWidget", "QOpenGLContext"},
    ("opengl_widgets.cpp", "extraFunctions"): {"QOpenGLContext"},
    ("opengl_widgets.cpp", "toImage"): {"QOpenGLFramebufferObject"},
    ("opengl_widgets.cpp", "takeTexture"): {"QOpenGLFramebufferObject"},
    ("opengl_widgets.cpp", "documentLayout"): {"QTextDocument"},
    ("opengl_widgets.cpp", "draw"): {"QAbstractTextDocumentLayout"},
    ("opengl_legacy_qt5.cpp", "qglClearColor"): {"QGLWidget"},
    ("opengl_legacy_qt5.cpp", "glNewList"): {"QOpenGLFunctions_1_1"},
    ("opengl_legacy_qt5.cpp", "setUniformValue"): {"QGLShaderProgram"},
    ("opengl_legacy_qt5.cpp", "desktop"): {"QApplication"},
    ("opengl_legacy_qt5.cpp", "delta"): {"QWheelEvent"},
    ("opengl_legacy_qt5.cpp", "width"): {"QFontMetrics"},
    ("graphics_layouts.cpp", "addWidget"): {"QGraphicsScene"},
    ("graphics_layouts.cpp", "setWidget"): {"QGraphicsProxyWidget"},
    ("graphics_layouts.cpp", "itemChange"): {"QGraphicsProxyWidget"},
    ("graphics_layouts.cpp", "setLayout"): {"QGraphicsWidget"},
    ("graphics_layouts.cpp", "addStretch"): {"QGraphicsLinearLayout"},
    ("graphics_layouts.cpp", "setRowStretchFactor"): {"QGraphicsGridLayout"},
    ("graphics_layouts.cpp", "addAnchor"): {"QGraphicsAnchorLayout"},
    ("graphics_layouts.cpp", "addCornerAnchors"): {"QGraphicsAnchorLayout"},
    ("graphics_layouts.cpp", "setColor"): {"QGraphicsColorizeEffect"},
    ("graphics_layouts.cpp", "setBlurRadius"): {"QGraphicsBlurEffect"},
    ("graphics_layouts.cpp", "setStops"): {"QGradient"},
    ("core_types_cbor.cpp", "fromType"): {"QMetaEnum"},
    ("core_types_cbor.cpp", "valueToKey"): {"QMetaEnum"},
    ("core_types_cbor.cpp", "readString"): {"QCborStreamReader"},
    ("core_types_cbor.cpp", "toTag"): {"QCborStreamReader"},
    ("core_types_cbor.cpp", "fromCbor"): {"QCborValue"},
    ("core_types_cbor.cpp", "setSecsSinceEpoch"): {"QDateTime"},
    ("core_types_cbor.cpp", "fromString"): {"QDateTime"},
    ("core_types_cbor.cpp", "mapped"): {"QtConcurrent"},
    ("core_types_cbor.cpp", "run"): {"QtConcurrent"},
    ("core_types_cbor.cpp", "setFuture"): {"QFutureWatcher"},
    ("core_types_cbor.cpp", "cancel"): {"QFutureWatcherBase"},
    ("core_types_cbor.cpp", "waitForFinished"): {"QFuture"},
    ("gui_statemachine_qt5.cpp", "eventTest"): {"QSignalTransition", "QKeyEventTransition"},
    ("gui_statemachine_qt5.cpp", "arguments"): {"SignalEvent"},
    ("gui_statemachine_qt5.cpp", "object"): {"WrappedEvent"},
    ("gui_statemachine_qt5.cpp", "assignProperty"): {"QState"},
    ("gui_statemachine_qt5.cpp", "addTransition"): {"QState"},
    ("gui_statemachine_qt5.cpp", "setTargetState"): {"QAbstractTransition"},
    ("gui_statemachine_qt5.cpp", "setDefaultState"): {"QHistoryState"},
    ("gui_statemachine_qt5.cpp", "addState"): {"QStateMachine"},
    ("gui_statemachine_qt5.cpp", "setInitialState"): {"QState"},
    ("gui_statemachine_qt5.cpp", "addDefaultAnimation"): {"QStateMachine"},
    ("gui_vulkan.cpp", "deviceFunctions"): {"QVulkanInstance"},
    ("gui_vulkan.cpp", "physicalDeviceProperties"): {"QVulkanWindow"},
    ("gui_vulkan.cpp", "vkCreateBuffer"): {"QVulkanDeviceFunctions"},
    ("gui_vulkan.cpp", "vkCmdBeginRenderPass"): {"QVulkanDeviceFunctions"},
    ("gui_vulkan.cpp", "vkGetPhysicalDeviceProperties"): {"QVulkanFunctions"},
    ("gui_vulkan.cpp", "supportedLayers"): {"QVulkanInstance"},
    ("gui_vulkan.cpp", "setVulkanInstance"): {"QWindow"},
    ("gui_vulkan.cpp", "frameReady"): {"QVulkanWindow"},
    ("sql_models.cpp", "addDatabase"): {"QSqlDatabase"},
    ("sql_models.cpp", "tables"): {"QSqlDatabase"},
    ("sql_models.cpp", "contains"): {"QListSpecialMethods"},
    ("sql_models.cpp", "prepare"): {"QSqlQuery"},
    ("sql_models.cpp", "addBindValue"): {"QSqlQuery"},
    ("sql_models.cpp", "lastError"): {"QSqlQuery", "QSqlQueryModel", "QSqlDatabase"},
    ("sql_models.cpp", "field"): {"QSqlRecord"},
    ("sql_models.cpp", "fieldIndex"): {"QSqlTableModel"},
    ("sql_models.cpp", "setRelation"): {"QSqlRelationalTableModel"},
    ("sql_models.cpp", "relationModel"): {"QSqlRelationalTableModel"},
    ("sql_models.cpp", "select"): {"QSqlRelationalTableModel"},
    ("sql_models.cpp", "setHeaderData"): {"QSqlQueryModel"},
    ("sql_models.cpp", "setQuery"): {"QSqlQueryModel"},
    ("sql_models.cpp", "submitAll"): {"QSqlTableModel"},
    ("core_strings_regex.cpp", "globalMatch"): {"QRegularExpression"},
    ("core_strings_regex.cpp", "hasNext"): {"QRegularExpressionMatchIterator"},
    ("core_strings_regex.cpp", "split"): {"QString"},
    ("core_strings_regex.cpp", "localeAwareCompare"): {"QString"},
    ("core_strings_regex.cpp", "category"): {"QChar"},
    ("core_strings_regex.cpp", "keyBegin"): {"QHash", "QMap"},
    ("core_strings_regex.cpp", "crbegin"): {"QList"},
    ("core_strings_regex.cpp", "entryInfoList"): {"QDir"},
    ("core_strings_regex.cpp", "indexOfEnumerator"): {"QMetaObject"},
    ("core_statemachine.cpp", "addTransition"): {"QState"},
    ("core_statemachine.cpp", "addState"): {"QStateMachine"},
    ("core_statemachine.cpp", "arguments"): {"SignalEvent"},
    ("core_statemachine.cpp", "setDefaultState"): {"QHistoryState"},
    ("core_qt5_spellings.cpp", "splitRef"): {"QString"},
    ("core_qt5_spellings.cpp", "midRef"): {"QString"},
    ("core_qt5_spellings.cpp", "typeName"): {"QMetaType"},
    ("core_qt5_spellings.cpp", "registerDebugStreamOperator"): {"QMetaType"},
    ("core_qt5_spellings.cpp", "mappedReduced"): {"QtConcurrent"},
    ("core_qt5_spellings.cpp", "connectToHost"): {"QAbstractSocket"},
    ("dbus_service.cpp", "setAutoRelaySignals"): {"QDBusAbstractAdaptor"},
    ("dbus_service.cpp", "sessionBus"): {"QDBusConnection"},
    ("dbus_service.cpp", "registerObject"): {"QDBusConnection"},
    ("dbus_service.cpp", "call"): {"QDBusAbstractInterface"},
    ("dbus_service.cpp", "isValid"): {"QDBusReply", "QDBusAbstractInterface"},
    ("dbus_service.cpp", "createSignal"): {"QDBusMessage"},
    ("dbus_service.cpp", "send"): {"QDBusConnection"},
    ("dbus_service.cpp", "isServiceRegistered"): {"QDBusConnectionInterface"},
    ("network_oauth.cpp", "setReplyHandler"): {"QAbstractOAuth"},
    ("network_oauth.cpp", "setAccessTokenUrl"): {"QOAuth2AuthorizationCodeFlow"},
    ("network_oauth.cpp", "setScope"): {"QAbstractOAuth2"},
    ("network_oauth.cpp", "setModifyParametersFunction"): {"QAbstractOAuth"},
    ("network_oauth.cpp", "grant"): {"QOAuth1", "QOAuth2AuthorizationCodeFlow"},
    ("network_oauth.cpp", "get"): {"QAbstractOAuth2"},
    ("network_oauth.cpp", "setCallbackPath"): {"QOAuthHttpServerReplyHandler"},
    ("network_oauth.cpp", "setTemporaryCredentialsUrl"): {"QOAuth1"},
}


def _source(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@cache
def _parse_with_model(name: str) -> ci.TranslationUnit:
    return frontend.parse(f"src/{name}", _source(name))


@cache
def _parse_with_real_qt(name: str) -> ci.TranslationUnit:
    return frontend.parse(
        f"src/{name}", _source(name), use_model=False, extra_args=real_qt_pch_args()
    )


def _errors(tu: ci.TranslationUnit) -> list[str]:
    return [
        f"{d.location.file}:{d.location.line}: {d.spelling}"
        for d in tu.diagnostics
        if d.severity >= ci.Diagnostic.Error
    ]


def _calls(tu: ci.TranslationUnit) -> Iterator[Call]:
    """Every resolved call to a function or method whose expansion lies in the snippet itself."""
    main_file = tu.spelling
    for cursor in tu.cursor.walk_preorder():
        if cursor.kind != ci.CursorKind.CALL_EXPR:
            continue
        where = cursor.extent.start
        if where.file is None or where.file.name != main_file:
            continue
        callee = cursor.referenced
        if callee is None or callee.kind not in _CALLABLE_KINDS:
            continue
        parent = callee.semantic_parent
        yield Call(where.line, where.column, callee.spelling, parent.spelling if parent else "")


@cache
def _declaring_classes(name: str, real_qt: bool) -> dict[str, set[str]]:
    """callee -> every class declaring it in fixture `name`: one walk of the translation unit
    per fixture and header set (the real-Qt one holds all of QtCore, QtNetwork and QtTest)."""
    tu = _parse_with_real_qt(name) if real_qt else _parse_with_model(name)
    out: dict[str, set[str]] = {}
    for c in _calls(tu):
        out.setdefault(c.callee, set()).add(c.declared_in)
    return out


def _require_real_qt() -> None:
    if have_real_qt():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("Qt 6 headers missing under CI: `make system-deps` installs qt6-base-dev")
    pytest.skip("real Qt 6 headers not installed (apt-get install qt6-base-dev)")


def test_fixtures_present() -> None:
    assert len(FIXTURE_NAMES) >= 12
    assert {name for name, _ in RESOLUTION} <= set(FIXTURE_NAMES)


def test_model_is_self_contained() -> None:
    """The model must not make the preprocessor open anything: no directive survives blanking."""
    text = frontend.model_text()
    assert frontend.blank_directives(text).count("\n") == text.count("\n")
    assert "#include" not in text
    assert "#pragma" not in text


@pytest.mark.parametrize("tier", model_tier.TIERS)
def test_the_precompiled_header_has_no_errors(tier: str) -> None:
    """clang saves a PCH from a header with errors and later parses use it without a word: a
    declaration it could not parse (an unknown type, an enumerator out of its enum's range, an
    enum declared twice) is silently missing from the model. So the PCH's source must be clean,
    the core's (no GUI part) as well as the whole model's."""
    tu = ci.Index.create().parse(
        frontend.PCH_SOURCE_PATH,
        args=["-x", "c++-header", *frontend.ARGS[2:]],
        unsaved_files=frontend.pch_sources(tier),
        options=ci.TranslationUnit.PARSE_INCOMPLETE,
    )
    assert _errors(tu)[:5] == []


def test_model_alone_parses_cleanly() -> None:
    tu = frontend.parse("src/empty.cpp", "int main() { return 0; }\n")
    assert _errors(tu) == []


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_parses_with_model(name: str) -> None:
    assert _errors(_parse_with_model(name)) == []


@pytest.mark.parametrize(("name", "callee"), sorted(RESOLUTION))
def test_calls_resolve_to_declaring_class(name: str, callee: str) -> None:
    assert _declaring_classes(name, real_qt=False).get(callee, set()) == RESOLUTION[(name, callee)]


def test_verification_macros_call_qtest_inside_lambdas() -> None:
    """Rules find QCOMPARE/QVERIFY in lambdas by their QTest call, so the expansion must keep it."""
    tu = _parse_with_model("qtest_socket.cpp")
    in_lambda: list[str] = []
    for lam in tu.cursor.walk_preorder():
        if lam.kind != ci.CursorKind.LAMBDA_EXPR:
            continue
        for c in lam.walk_preorder():
            if c.kind == ci.CursorKind.CALL_EXPR and c.referenced is not None:
                in_lambda.append(c.referenced.spelling)
    assert "qCompare" in in_lambda
    assert "qVerify" in in_lambda


@pytest.mark.parametrize("name", QT6_FIXTURE_NAMES)
def test_fixture_parses_with_real_qt(name: str) -> None:
    _require_real_qt()
    assert _errors(_parse_with_real_qt(name)) == []


@pytest.mark.parametrize(
    ("name", "callee"), sorted(k for k in RESOLUTION if k[0] in QT6_FIXTURE_NAMES)
)
def test_real_qt_agrees_on_declaring_class(name: str, callee: str) -> None:
    _require_real_qt()
    assert _declaring_classes(name, real_qt=True).get(callee, set()) == RESOLUTION[(name, callee)]


@cache
def _model_macros() -> frozenset[str]:
    return frozenset(re.findall(r"^#define (\w+)", frontend.model_text(), re.MULTILINE))


def _call_table(tu: ci.TranslationUnit) -> set[tuple[int, int, str, str]]:
    """Calls written in the fixture itself: a call that starts inside a macro's expansion
    (QStringLiteral, qCDebug, Q_OBJECT) is the macro's business, and those differ on purpose."""
    lines = _source(Path(tu.spelling).name).split("\n")
    out = set()
    for cursor in tu.cursor.walk_preorder():
        if cursor.kind != ci.CursorKind.CALL_EXPR or cursor.referenced is None:
            continue
        start = cursor.extent.start
        if start.file is None or start.file.name != tu.spelling:
            continue
        word = re.match(r"\w*", lines[start.line - 1][start.column - 1 :])
        if word is None or word.group() in _model_macros():
            continue
        callee = cursor.referenced
        if callee.kind in _CALLABLE_KINDS:
            parent = callee.semantic_parent
            out.add((start.line, start.column, callee.spelling, parent.spelling if parent else ""))
    return out


@pytest.mark.parametrize("name", QT6_FIXTURE_NAMES)
def test_every_call_resolves_as_with_real_qt(name: str) -> None:
    """Not only the calls listed above: every call written in every fixture, at its line and
    column, reaches a function of the same name declared in the same class as with real Qt."""
    _require_real_qt()
    model, real = _call_table(_parse_with_model(name)), _call_table(_parse_with_real_qt(name))
    assert model == real, (
        f"only with the model: {sorted(model - real)[:8]}; "
        f"only with real Qt: {sorted(real - model)[:8]}"
    )


def test_a_model_with_errors_is_never_saved_as_a_pch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libclang saves a PCH from a header with errors, and parses against it come back empty
    and silent. A model that does not compile must not become the PCH."""
    good = frontend.pch_sources()
    bad = "\nQNoSuchType broken;\n"
    broken = [(p, t + bad if p == frontend.MODEL_PATH else t) for p, t in good]
    monkeypatch.setattr(frontend, "pch_sources", lambda tier="full": broken)
    with pytest.raises(ci.TranslationUnitSaveError):
        frontend._save_model_pch(str(tmp_path / "model.pch"))
    assert not (tmp_path / "model.pch").exists()
    monkeypatch.setattr(frontend, "pch_sources", lambda tier="full": good)
    frontend._save_model_pch(str(tmp_path / "model.pch"))
    assert (tmp_path / "model.pch").stat().st_size > 1_000_000
