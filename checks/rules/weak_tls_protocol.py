"""weak-tls-protocol: a TLS/DTLS protocol setting that allows SSL or TLS 1.0/1.1."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args, callee_class
from checks.helpers.objects import target_decl
from checks.helpers.values import initializer
from checks.registry import Hit, RuleMeta
from checks.unit import Node, Unit

META = RuleMeta(
    id="weak-tls-protocol",
    title="Obsolete SSL/TLS protocol version allowed",
    cwe=("CWE-327",),
    severity=Severity.ERROR,
    summary=(
        "setProtocol() on a QSslSocket or QSslConfiguration with SslV2, SslV3, TlsV1_0, TlsV1_1, "
        "their OrLater forms or DtlsV1_0: versions with known attacks, deprecated by RFC 8996."
    ),
    confidence=(
        "0.95 when the argument names a weak QSsl::SslProtocol value, directly or through a "
        "variable initialized with one; 0.45 (silent) for AnyProtocol, whose floor depends on "
        "the TLS backend."
    ),
)

WEAK = {
    "SslV2": "QSsl::TlsV1_2OrLater",
    "SslV3": "QSsl::TlsV1_2OrLater",
    "TlsV1SslV3": "QSsl::TlsV1_2OrLater",
    "TlsV1_0": "QSsl::TlsV1_2OrLater",
    "TlsV1": "QSsl::TlsV1_2OrLater",
    "TlsV1_1": "QSsl::TlsV1_2OrLater",
    "TlsV1_0OrLater": "QSsl::TlsV1_2OrLater",
    "TlsV1_1OrLater": "QSsl::TlsV1_2OrLater",
    "DtlsV1_0": "QSsl::DtlsV1_2OrLater",
    "DtlsV1_0OrLater": "QSsl::DtlsV1_2OrLater",
}
_NAMES = re.compile(r"\b(?:QSsl::)?(" + "|".join(sorted(WEAK, key=len, reverse=True)) + r")\b")
_OWNERS = frozenset({"QSslSocket", "QSslConfiguration", "QDtls"})


def check(unit: Unit) -> Iterator[Hit]:
    for call in unit.calls:
        if call.spelling != "setProtocol" or callee_class(call) not in _OWNERS:
            continue
        args = call_args(call)
        if len(args) != 1:
            continue
        arg = args[0]
        text = unit.text_of(arg)
        where = arg
        related: list[Related] = []
        m = _NAMES.search(text)
        if m is None:
            decl = target_decl(arg)
            init = initializer(unit, decl) if decl is not None else None
            if init is None or decl is None:
                if "AnyProtocol" in text:
                    yield _any(call)
                continue
            m = _NAMES.search(unit.text_of(init))
            if m is None:
                continue
            where = init
            related.append(Related(init.line, f"`{decl.spelling}` = `{unit.text_of(init)}`"))
        value = m.group(1)
        shown = unit.text_of(call) if call.line == call.end_line else f"setProtocol({text})"
        message = (
            f"`{shown}` allows `QSsl::{value}`: SSL 2/3 and TLS 1.0/1.1 "
            "(DTLS 1.0) have practical attacks (POODLE, BEAST, weak MD5/SHA-1 handshakes) and are "
            "deprecated by RFC 8996, so a network attacker can force the connection down to them."
        )
        yield Hit(
            node=call,
            message=message,
            confidence=0.95,
            related=related,
            fix=_fix(unit, where, value),
        )


def _fix(unit: Unit, node: Node, value: str) -> Fix:
    new_value = WEAK[value]
    description = (
        f"Use `{new_value}` (or leave the default, `QSsl::SecureProtocols`); if a legacy peer "
        "needs an old version, upgrade the peer rather than the whole client."
    )
    if node.line != node.end_line:
        return Fix(description)
    line = unit.lines[node.line - 1]
    new, count = re.subn(rf"(?:\bQSsl::|\b){re.escape(value)}\b", new_value, line)
    if count != 1:
        return Fix(description)
    return Fix(description, Replacement(node.line, node.line, new))


def _any(call: Node) -> Hit:
    return Hit(
        node=call,
        message=(
            "`setProtocol(QSsl::AnyProtocol)` lets the TLS backend pick any version it still "
            "supports, which may include TLS 1.0/1.1 on old backends."
        ),
        confidence=0.45,
        fix=Fix("Use `QSsl::TlsV1_2OrLater` or the default `QSsl::SecureProtocols`."),
    )
