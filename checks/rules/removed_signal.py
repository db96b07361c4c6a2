"""removed-signal: a string-based connect to a signal Qt 6 removed, so it never connects."""

from __future__ import annotations

import re
from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args, callee_class, receiver
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import enclosing_class, statement_of
from checks.helpers.qt_types import derives_from, is_a, object_class
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="removed-signal",
    title="String-based connection to a signal Qt 6 removed",
    cwe=("CWE-754",),
    severity=Severity.ERROR,
    summary=(
        "connect()/disconnect() with SIGNAL(error(...)) on a socket, QLocalSocket, QNetworkReply "
        "or QProcess: Qt 6 renamed the signal to errorOccurred, so the connection fails at run "
        "time with only a warning and the error handler is never called."
    ),
    confidence=(
        "0.9 when the sender's type is known and derives from a class in the table; 0.85 when it "
        "is unknown but the signal's parameter type names the class (QLocalSocket::"
        "LocalSocketError, QNetworkReply::NetworkError, QProcess::ProcessError); 0.45 for "
        "error(QAbstractSocket::SocketError) on an unknown sender, which QWebSocket still has."
    ),
)


# class -> {removed signal name: (replacement, parameter type that names the class)}
REMOVED: dict[str, dict[str, tuple[str, str]]] = {
    "QAbstractSocket": {"error": ("errorOccurred", "QAbstractSocket::SocketError")},
    "QLocalSocket": {"error": ("errorOccurred", "QLocalSocket::LocalSocketError")},
    "QNetworkReply": {"error": ("errorOccurred", "QNetworkReply::NetworkError")},
    "QProcess": {"error": ("errorOccurred", "QProcess::ProcessError")},
}
_UNIQUE_PARAM = {
    sig[1]: (cls, name, sig[0])
    for cls, table in REMOVED.items()
    for name, sig in table.items()
    if cls != "QAbstractSocket"
}
SINCE = {"QProcess": "5.6"}
"""Qt version that introduced the replacement, when not 5.15."""
_SIGNATURE = re.compile(r"^(\w+)\s*\((.*)\)\s*$", re.S)


def check(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        if call.spelling not in ("connect", "disconnect") or callee_class(call) != "QObject":
            continue
        args = call_args(call)
        for i, arg in enumerate(args):
            literal = _string(arg, unit)
            if literal is None or not literal.startswith("2"):
                continue
            m = _SIGNATURE.match(literal[1:])
            if m is None:
                continue
            sender = args[i - 1] if i > 0 else receiver(call)
            hit = _judge(unit, call, args, i, sender, m.group(1), m.group(2))
            if hit is not None:
                yield hit
            break


_MACRO = re.compile(r"^\s*(SIGNAL|SLOT)\s*\((.*)\)\s*$", re.DOTALL)


def _string(node: Node, unit: Unit | None = None) -> str | None:
    """The method string of SIGNAL(...)/SLOT(...) as moc encodes it ("2sig(args)", "1slot()").

    Read from the macro call's text when there is one: real Qt wraps the literal in
    qFlagLocation() with the file and line appended, our model does not.
    """
    if unit is not None:
        m = _MACRO.match(unit.text_of(node))
        if m:
            return ("2" if m.group(1) == "SIGNAL" else "1") + re.sub(r"\s+", " ", m.group(2))
    n = unwrap(node)
    if n.kind != K.STRING_LITERAL:
        return None
    s = n.spelling
    return s[1:-1] if s.startswith('"') and s.endswith('"') else None


def _judge(
    unit: Unit,
    call: Node,
    args: list[Node],
    index: int,
    sender: Node | None,
    name: str,
    params: str,
) -> Hit | None:
    params = re.sub(r"\s+", "", params)
    if sender is None:
        cls_name = derives_from(enclosing_class(call), REMOVED)
        sender_text = "this"
    else:
        cls_name = is_a(sender, REMOVED)
        sender_text = unit.text_of(sender)
    confidence = 0.9
    if cls_name:
        entry = REMOVED[cls_name].get(name)
        if entry is None:
            return None
        family = cls_name
    else:
        known = object_class(sender) if sender is not None else None
        if known is not None and known.kind != K.NO_DECL_FOUND and _resolved(known):
            return None  # a class we know, outside the table: its `error` may well exist
        unique = _UNIQUE_PARAM.get(params)
        if unique is not None and unique[1] == name:
            family, entry = unique[0], (unique[2], params)
            confidence = 0.85
        elif name == "error" and params == "QAbstractSocket::SocketError":
            family, entry = "QAbstractSocket", REMOVED["QAbstractSocket"]["error"]
            confidence = 0.45
        else:
            return None
    new_name = entry[0]
    signal = f"{name}({params})"
    verb = "connect" if call.spelling == "connect" else "disconnect"
    message = (
        f"`SIGNAL({signal})` on `{sender_text}` ({family}): Qt 6 removed this signal (it is "
        f"`{new_name}` since Qt {SINCE.get(family, '5.15')}), so this string-based {verb} "
        "fails at run time with only a "
        f'"No such signal" warning'
    )
    if verb == "connect":
        message += " and the error handler is never called: errors go unnoticed."
    else:
        message += "."
    return Hit(
        node=call,
        message=message,
        confidence=confidence,
        related=[Related(args[index].line, f"`{signal}` does not exist in Qt 6")]
        if args[index].line != call.line
        else [],
        fix=_fix(unit, call, args, index, family, name, new_name),
    )


def _resolved(cls: ci.Cursor) -> bool:
    return cls.get_definition() is not None


def _fix(
    unit: Unit, call: Node, args: list[Node], index: int, family: str, name: str, new_name: str
) -> Fix:
    description = (
        f"Connect to `&{family}::{new_name}` with the pointer-to-member syntax, which the "
        f"compiler checks: `connect(socket, &{family}::{new_name}, this, &Class::onError)`."
    )
    if call.line == call.end_line:
        line = unit.lines[call.line - 1]
        call_text = unit.text_of(call)
        pointer = _pointer_form(unit, call, args, index, family, new_name, call_text)
        if pointer is not None and line.count(call_text) == 1:
            new = line.replace(call_text, pointer)
            return Fix(description, Replacement(call.line, call.line, new))
    # Otherwise rename the signal inside SIGNAL(): as mechanical, and valid on Qt 5.15 too.
    at = args[index].line
    line = unit.lines[at - 1]
    new, count = re.subn(rf"\bSIGNAL\(\s*{name}\s*\(", f"SIGNAL({new_name}(", line)
    if count != 1:
        return Fix(description)
    return Fix(description, Replacement(at, at, new))


def _pointer_form(
    unit: Unit,
    call: Node,
    args: list[Node],
    index: int,
    family: str,
    new_name: str,
    call_text: str,
) -> str | None:
    """`connect(s, &QAbstractSocket::errorOccurred, this, &Self::slot)` when that compiles:
    the receiver is this class, and the slot is one non-overloaded method of it."""
    if call.spelling != "connect" or index != 1 or len(args) < 4:
        return None
    if unwrap(args[2]).kind != K.CXX_THIS_EXPR or statement_of(call).kind == K.RETURN_STMT:
        return None
    slot = _string(args[3], unit)
    if slot is None or slot[:1] not in ("1", "2"):
        return None
    m = _SIGNATURE.match(slot[1:])
    cls = enclosing_class(call)
    if m is None or cls is None:
        return None
    methods = [c for c in cls.get_children() if c.kind == K.CXX_METHOD and c.spelling == m.group(1)]
    if len(methods) != 1:
        return None
    head = call_text[: call_text.index("(") + 1]
    rest = [unit.text_of(a) for a in args[4:] if a.line > 0 and unit.text_of(a)]
    parts = [
        unit.text_of(args[0]),
        f"&{family}::{new_name}",
        "this",
        f"&{cls.spelling}::{m.group(1)}",
        *rest,
    ]
    return head + ", ".join(parts) + ")"
