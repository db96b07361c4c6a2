"""tls-verification-disabled: certificate checks switched off on the client side of TLS."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args, callee_class, receiver
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import (
    FUNCTION_KINDS,
    branch_between,
    enclosing_class,
    enclosing_function,
    named_function,
)
from checks.helpers.objects import receiver_key, receiver_name, target_decl
from checks.helpers.qt_types import derives_from, is_a, type_class
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="tls-verification-disabled",
    title="TLS certificate verification disabled",
    cwe=("CWE-295",),
    severity=Severity.ERROR,
    summary=(
        "ignoreSslErrors() without a list, unconditionally in an sslErrors handler or where the "
        "connection is set up, or setPeerVerifyMode(VerifyNone/QueryPeer) on a client socket or "
        "a configuration used by clients: any certificate is accepted, so anyone in the path can "
        "impersonate the server."
    ),
    confidence=(
        "0.9 for an unconditional ignoreSslErrors() in an sslErrors handler (lambda or slot) or "
        "in the function that starts the connection; 0.9 for VerifyNone/QueryPeer on a socket "
        "that connects as a client, 0.85 on a configuration handed to a client socket or made "
        "the default; 0.45 (silent) when the side or the context is unknown. Silent under a "
        "condition, for a specific error list, and on the server side."
    ),
)

_SOCKETS = ("QSslSocket", "QNetworkReply")
_CLIENT_CALLS = frozenset({"connectToHostEncrypted", "startClientEncryption", "setPeerVerifyName"})
_SERVER_CALLS = frozenset({"startServerEncryption"})
_NULL_CHECK = re.compile(r"^\s*!?\s*[\w.\->:]+\s*(?:[!=]=\s*(?:nullptr|NULL|0)\s*)?$")
_EXITS = frozenset({K.RETURN_STMT, K.BREAK_STMT, K.CONTINUE_STMT})


def check(unit: Unit) -> Iterator[Hit]:
    ignores: list[Node] = []
    modes: list[Node] = []
    client: dict[tuple[str, str], Node] = {}
    server: dict[tuple[str, str], Node] = {}
    handlers: dict[str, Node] = {}  # slot name -> connect call
    handler_lambdas: dict[int, Node] = {}
    configs: list[Node] = []
    for call in unit.calls:
        name = call.spelling
        if name == "ignoreSslErrors" and callee_class(call) in _SOCKETS:
            if not call_args(call):
                ignores.append(call)
        elif name == "setPeerVerifyMode" and callee_class(call) in (
            "QSslSocket",
            "QSslConfiguration",
        ):
            modes.append(call)
        elif name in _CLIENT_CALLS and callee_class(call) == "QSslSocket":
            client.setdefault(receiver_key(unit, call), call)
        elif name in _SERVER_CALLS and callee_class(call) == "QSslSocket":
            server.setdefault(receiver_key(unit, call), call)
        elif name in ("setSslConfiguration", "setDefaultConfiguration"):
            configs.append(call)
        elif name == "connect" and callee_class(call) == "QObject":
            _note_handler(unit, call, handlers, handler_lambdas)
    for call in ignores:
        hit = _ignore(unit, call, handlers, handler_lambdas, client)
        if hit is not None:
            yield hit
    for call in modes:
        hit = _mode(unit, call, client, server, configs)
        if hit is not None:
            yield hit


def _note_handler(
    unit: Unit, call: Node, handlers: dict[str, Node], lambdas: dict[int, Node]
) -> None:
    args = call_args(call)
    if len(args) < 2 or "sslErrors" not in unit.text_of(args[1]):
        return
    for slot in args[2:]:
        n = unwrap(slot)
        if n.kind == K.LAMBDA_EXPR:
            lambdas[id(n)] = call
        else:
            m = re.search(r"&\s*[\w:]*::(\w+)\s*$|SLOT\(\s*(\w+)", unit.text_of(slot))
            if m:
                handlers[m.group(1) or m.group(2)] = call


def _ignore(
    unit: Unit,
    call: Node,
    handlers: dict[str, Node],
    lambdas: dict[int, Node],
    client: dict[tuple[str, str], Node],
) -> Hit | None:
    func = enclosing_function(call)
    if func is None or branch_between(call, func) is not None or _decided_before(unit, call, func):
        return None
    target = receiver_name(unit, call)
    related: list[Related] = []
    where = ""
    connect = lambdas.get(id(func))
    if connect is None and func.kind != K.LAMBDA_EXPR:
        connect = handlers.get(func.spelling)
        if connect is None and _takes_error_list(func):
            where = f"in `{func.spelling}`, which receives the certificate errors"
    if connect is not None:
        where = "in the handler of `sslErrors`"
        related.append(Related(connect.line, "the handler is connected to sslErrors here"))
    if not where:
        start = client.get(receiver_key(unit, call))
        if start is not None and named_function(start) is named_function(call):
            where = f"where the connection is started (`{start.spelling}` on line {start.line})"
            related.append(Related(start.line, "the TLS connection starts here"))
    if not where:
        decl = target_decl(receiver(call))
        made = unit.declaration(decl) if decl is not None else None
        if (
            made is not None
            and made.kind == K.VAR_DECL
            and named_function(made) is named_function(call)
            and len(made.children) > 1
        ):
            where = f"right after `{made.spelling}` is created on line {made.line}"
            related.append(Related(made.line, f"`{made.spelling}` is created here"))
    confidence = 0.9 if where else 0.45
    shown = unit.text_of(call) if call.line == call.end_line else f"{target}->ignoreSslErrors()"
    message = (
        f"`{shown}` with no list accepts every certificate error, "
        f"unconditionally {where or 'in this function'}: an expired, self-signed or forged "
        "certificate for any host passes, so anyone on the network path can impersonate the "
        "server and read or change the traffic."
    )
    fix = Fix(
        "Fix the trust instead (`QSslConfiguration::addCaCertificate` for a private CA), or "
        "ignore only the errors you expect for a certificate you pinned: "
        "`socket->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, pinnedCert)})`; "
        "or ask the user and call `ignoreSslErrors()` only after they accept."
    )
    return Hit(node=call, message=message, confidence=confidence, related=related, fix=fix)


def _takes_error_list(func: Node) -> bool:
    return any(
        c.kind == K.PARM_DECL and "QSslError" in c.cursor.type.spelling for c in func.children
    )


def _decided_before(unit: Unit, call: Node, func: Node) -> bool:
    """An earlier `if (...) return;` in the function that is more than a null check: the code
    looked at the errors or asked the user before accepting."""
    body = next((c for c in func.children if c.kind == K.COMPOUND_STMT), None)
    if body is None:
        return False
    for n in body.walk():
        if n.kind in FUNCTION_KINDS and n is not func:
            continue
        if n.kind != K.IF_STMT or n.line >= call.line or call.is_inside(n):
            continue
        if not n.children or not any(c.kind in _EXITS for c in n.walk()):
            continue
        if not _NULL_CHECK.match(unit.text_of(n.children[0])):
            return True
    return False


def _mode(
    unit: Unit,
    call: Node,
    client: dict[tuple[str, str], Node],
    server: dict[tuple[str, str], Node],
    configs: list[Node],
) -> Hit | None:
    args = call_args(call)
    if len(args) != 1:
        return None
    m = re.search(r"\b(VerifyNone|QueryPeer)\b", unit.text_of(args[0]))
    if m is None:
        return None
    mode = m.group(1)
    target = receiver_name(unit, call)
    related: list[Related] = []
    if callee_class(call) == "QSslSocket":
        key = receiver_key(unit, call)
        if key in server or _in_server_context(call):
            return None
        start = client.get(key)
        if start is not None:
            confidence, side = 0.9, f"`{target}` connects as a client"
            related.append(Related(start.line, f"`{start.spelling}`: the client side"))
        else:
            confidence, side = 0.45, f"`{target}` looks like a client socket"
    else:
        use = _config_use(unit, call, client, server, configs)
        if use is None:
            confidence, side = 0.45, f"`{target}` may be used by clients"
        else:
            confidence, side, line, what = use
            if confidence == 0.0:
                return None
            related.append(Related(line, what))
    meaning = (
        "verifies nothing"
        if mode == "VerifyNone"
        else "asks for the certificate but does not require it to be valid"
    )
    message = (
        f"`setPeerVerifyMode(QSslSocket::{mode})` on `{target}` {meaning}, and {side}: the "
        "server's certificate is not checked, so anyone on the network path can impersonate the "
        "server and read or change the traffic."
    )
    return Hit(
        node=call,
        message=message,
        confidence=confidence,
        related=related,
        fix=_mode_fix(unit, args[0], mode),
    )


def _in_server_context(call: Node) -> bool:
    func = named_function(call)
    if func is not None and func.spelling == "incomingConnection":
        return True
    return bool(derives_from(enclosing_class(call), ("QTcpServer", "QSslServer")))


def _config_use(
    unit: Unit,
    call: Node,
    client: dict[tuple[str, str], Node],
    server: dict[tuple[str, str], Node],
    configs: list[Node],
) -> tuple[float, str, int, str] | None:
    """Who uses the configuration: (confidence, side, line, evidence); 0.0 means a server."""
    decl = target_decl(receiver(call))
    if decl is None:
        return None
    best: tuple[float, str, int, str] | None = None
    for use in configs:
        args = call_args(use)
        if not args or target_decl(args[0]) != decl:
            continue
        if use.spelling == "setDefaultConfiguration":
            best = (
                0.85,
                "it becomes the default of every client socket",
                use.line,
                f"`{decl.spelling}` becomes the default configuration here",
            )
            continue
        obj = receiver(use)
        owner = is_a(obj, ("QSslServer", "QSslSocket", "QNetworkReply"))
        if owner == "QSslServer" or (owner == "" and obj is not None and _is_server(obj)):
            return (0.0, "", use.line, "")
        if owner == "QSslSocket":
            key = receiver_key(unit, use)
            if key in server or _in_server_context(use):
                return (0.0, "", use.line, "")
            start = client.get(key)
            if start is not None:
                name = receiver_name(unit, use)
                best = (
                    0.85,
                    f"it is set on `{name}`, a client socket",
                    use.line,
                    f"`{decl.spelling}` is set on the client socket `{name}` here",
                )
        elif owner == "QNetworkReply":
            best = (0.85, "it is set on a network reply", use.line, "set on the reply here")
    return best


def _is_server(obj: Node) -> bool:
    cls = type_class(unwrap(obj).cursor.type)
    return bool(derives_from(cls, ("QSslServer", "QTcpServer")))


def _mode_fix(unit: Unit, arg: Node, mode: str) -> Fix:
    description = (
        "Verify the peer (`QSslSocket::VerifyPeer`, the client default); for a private CA add "
        "it with `addCaCertificate`, for a self-signed server pin its certificate."
    )
    if arg.line != arg.end_line:
        return Fix(description)
    line = unit.lines[arg.line - 1]
    new, count = re.subn(rf"\b{mode}\b", "VerifyPeer", line)
    if count != 1:
        return Fix(description)
    return Fix(description, Replacement(arg.line, arg.line, new))
