"""incoming-connection-int: an incomingConnection() that does not override the server's virtual."""

from __future__ import annotations

import re
from collections.abc import Iterator

import clang.cindex as ci

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.qt_types import INTEGER_KINDS, bases_of
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="incoming-connection-int",
    title="incomingConnection() with the wrong parameter type never overrides",
    cwe=("CWE-573",),
    severity=Severity.ERROR,
    summary=(
        "A QTcpServer/QSslServer subclass declaring incomingConnection(int) (or another type "
        "than qintptr), or a QLocalServer subclass not taking quintptr: it hides the virtual "
        "instead of overriding it, so Qt never calls it."
    ),
    confidence=(
        "0.95 when the class derives from the server and the single parameter's type differs "
        "from the virtual's; silent when the declaration says `override` (it does not compile) "
        "or the class also declares the right overload."
    ),
)

EXPECTED = {
    "QTcpServer": "qintptr",
    "QSslServer": "qintptr",
    "QLocalServer": "quintptr",
}


def check(unit: Unit) -> Iterator[Hit]:
    for node in unit.nodes:
        if node.kind != K.CXX_METHOD or node.spelling != "incomingConnection":
            continue
        cls = node.cursor.semantic_parent
        if cls is None or cls.kind not in (K.CLASS_DECL, K.STRUCT_DECL):
            continue
        if node.cursor.lexical_parent != cls:
            continue  # an out-of-line definition: the declaration in the class is reported
        bases = bases_of(cls)
        server = next((b for b in ("QSslServer", "QTcpServer", "QLocalServer") if b in bases), "")
        if not server:
            continue
        params = [c for c in node.children if c.kind == K.PARM_DECL]
        if len(params) != 1 or any(c.kind == K.CXX_OVERRIDE_ATTR for c in node.children):
            continue
        ptype = params[0].cursor.type
        if ptype.get_canonical().kind not in INTEGER_KINDS:
            continue
        want = _virtual_param(cls, server)
        if want is None or ptype.get_canonical() == want.get_canonical():
            continue
        if _has_right_overload(cls, node, want):
            continue
        yield _hit(unit, node, params[0], server, cls)


def _virtual_param(cls: ci.Cursor, server: str) -> ci.Type | None:
    """The parameter type of the server's own incomingConnection, from the model."""
    stack = [cls]
    seen: set[str] = set()
    while stack:
        d = stack.pop()
        for c in d.get_children():
            if c.kind == K.CXX_BASE_SPECIFIER and c.referenced is not None:
                base = c.referenced
                if base.spelling in seen:
                    continue
                seen.add(base.spelling)
                if base.spelling == server:
                    for m in base.get_children():
                        if m.kind == K.CXX_METHOD and m.spelling == "incomingConnection":
                            args = list(m.get_arguments())
                            if len(args) == 1:
                                return args[0].type
                    return None
                stack.append(base)
    return None


def _has_right_overload(cls: ci.Cursor, node: Node, want: ci.Type) -> bool:
    for m in cls.get_children():
        if m.kind == K.CXX_METHOD and m.spelling == "incomingConnection" and m != node.cursor:
            args = list(m.get_arguments())
            if len(args) == 1 and args[0].type.get_canonical() == want.get_canonical():
                return True
    return False


def _hit(unit: Unit, node: Node, param: Node, server: str, cls: ci.Cursor) -> Hit:
    want = EXPECTED[server]
    given = param.cursor.type.spelling
    canonical = param.cursor.type.get_canonical().spelling
    if canonical != given:
        given = f"{given} = {canonical}"
    name = param.spelling or "socketDescriptor"
    message = (
        f"`{cls.spelling}::incomingConnection({given})` does not override "
        f"`{server}::incomingConnection({want})`: the parameter type differs, so it only hides "
        f"the virtual. Qt keeps calling the base version, which queues the connection as a plain "
        f"socket; this function never runs, and whatever it sets up (TLS, a worker thread, "
        f"per-connection state) never happens."
    )
    description = (
        f"Declare it as `incomingConnection({want} {name}) override`; `override` makes the "
        "compiler catch the next signature change."
    )
    related: list[Related] = []
    definition = node.cursor.get_definition()
    if definition is not None and definition != node.cursor and definition.location.file:
        line = definition.location.line
        if line != node.line and definition.location.file.name == unit.tu.spelling:
            related.append(Related(line, "the definition: change its parameter type too"))
            description += f" Change the out-of-line definition on line {line} too."
    text = unit.lines[node.line - 1]
    pattern = re.compile(r"\bincomingConnection\s*\(\s*([^()]*)\)(\s*)")
    m = pattern.search(text)
    if m is None or node.line != param.line:
        return Hit(
            node=node, message=message, confidence=0.95, related=related, fix=Fix(description)
        )
    new = text[: m.start()] + f"incomingConnection({want} {name}) override" + m.group(2)
    new += text[m.end() :]
    return Hit(
        node=node,
        message=message,
        confidence=0.95,
        related=related,
        fix=Fix(description, Replacement(node.line, node.line, new)),
    )
