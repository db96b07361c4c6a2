"""local-server-access: a QLocalServer that other local users can reach or pre-empt."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checks.findings import Fix, Related, Replacement, Severity
from checks.helpers.calls import call_args, callee_class, receiver
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import named_function, statement_of
from checks.helpers.objects import receiver_key, receiver_name, target_decl
from checks.helpers.values import resolved_string
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="local-server-access",
    title="Local server reachable or squattable by other users",
    cwe=("CWE-732", "CWE-377"),
    severity=Severity.WARNING,
    summary=(
        "QLocalServer::listen() with WorldAccessOption/OtherAccessOption, without a restrictive "
        "setSocketOptions(UserAccessOption) before it, or on a bare fixed name that lands in the "
        "shared temp directory where another user can create it first."
    ),
    confidence=(
        "0.9 when World/OtherAccessOption is set; 0.75 for default permissions on a predictable "
        "name in the shared temp directory; 0.6 for a predictable name with restrictive options; "
        "0.55 for default permissions alone. Tests, examples and benchmarks: 0.3 less (0.25 less "
        "for default permissions alone), so only an explicit world-access option stays visible."
    ),
)

_SHARED_TMP = ("/tmp/", "/var/tmp/", "/dev/shm/")  # noqa: S108 - paths we look for, not use
_PER_USER = re.compile(
    r"QUuid|createUuid|applicationPid|userName|getuid|geteuid|RuntimeLocation|"
    r"AppLocalDataLocation|AppDataLocation|GenericDataLocation|HomeLocation|homePath|"
    r"qgetenv|qEnvironmentVariable|getenv|sessionId|QSysInfo::machineUniqueId"
)
_TEMP_DIR = re.compile(r"\btempPath\b|TempLocation|\"/tmp/|\"/var/tmp/")


@dataclass
class Options:
    line: int
    text: str
    call: Node


def check(unit: Unit) -> Iterator[Hit]:
    options: dict[tuple[str, str], list[Options]] = {}
    listens: list[Node] = []
    for call in unit.calls:
        if call.spelling == "setSocketOptions" and callee_class(call) == "QLocalServer":
            args = call_args(call)
            if args:
                opts = Options(call.line, unit.text_of(args[0]), call)
                options.setdefault(receiver_key(unit, call), []).append(opts)
        elif call.spelling == "listen" and callee_class(call) == "QLocalServer":
            listens.append(call)
    for call in listens:
        args = call_args(call)
        if len(args) != 1 or "QString" not in args[0].cursor.type.spelling:
            continue  # listen(qintptr) adopts a socket someone else created
        hit = _judge(unit, call, args[0], options.get(receiver_key(unit, call), []))
        if hit is not None:
            yield hit


def _judge(unit: Unit, call: Node, name_node: Node, opts: list[Options]) -> Hit | None:
    func = named_function(call)
    before = [
        o for o in opts if named_function(o.call) is not func or o.line < call.line or func is None
    ]
    server = receiver_name(unit, call)
    if server == "this":
        server = "this server"
    name_text = unit.text_of(name_node)
    related: list[Related] = []
    decl_line = _declared_at(unit, call)
    if decl_line is not None and decl_line != call.line:
        related.append(Related(decl_line, f"`{server}` is created here"))

    world = next((o for o in before if re.search(r"World|Other", o.text)), None)
    restrictive = next(
        (o for o in before if re.search(r"UserAccess|GroupAccess", o.text) and o is not world),
        None,
    )
    abstract = next((o for o in before if "AbstractNamespace" in o.text), None)
    unknown = next(
        (o for o in before if not re.search(r"AccessOption|NoOptions|AbstractNamespace", o.text)),
        None,
    )
    squat = _predictable(unit, name_node, name_text)

    exempt = unit.deployment_exempt
    parts: list[str] = []
    fix: Fix | None = None
    if world is not None:
        confidence = 0.9
        parts.append(
            f"`{server}` listens on `{name_text}` with `{world.text}` set on line {world.line}: "
            "every local user can connect to it and talk to this process"
        )
        related.append(Related(world.line, f"`{world.text}`: other users may connect"))
        fix = _world_fix(unit, world)
    elif abstract is not None:
        confidence = 0.55
        parts.append(
            f"`{server}` listens on `{name_text}` in the Linux abstract namespace "
            f"(`AbstractNamespaceOption`, line {abstract.line}): there is no socket file, so no "
            "permission applies and every local user can connect"
        )
        related.append(Related(abstract.line, "abstract namespace: no file permissions"))
    elif restrictive is None and unknown is None:
        confidence = 0.55
        parts.append(
            f"`{server}` listens on `{name_text}` with the default socket permissions: no "
            f"`setSocketOptions(QLocalServer::UserAccessOption)` is set on `{server}` before "
            "it, so who may connect depends on the umask on Unix and on the default pipe DACL "
            "on Windows (read access for Everyone)"
        )
        fix = _options_fix(unit, call)
    else:
        confidence = 0.0
        if restrictive is not None:
            related.append(Related(restrictive.line, f"`{restrictive.text}` set here"))
    if squat is not None:
        value, line = squat
        if abstract is not None:
            where = "abstract names are shared by every user of the host"
        elif value.startswith("/"):
            where = "it is a fixed path in a world-writable temp directory"
        else:
            where = (
                "it has no directory, so on Unix Qt puts the socket in the world-writable temp "
                "directory (and on Windows the pipe namespace is global)"
            )
        lead = "" if parts else f"`{server}` listens on `{name_text}`: "
        parts.append(
            f"{lead}the name `{value}` is predictable and {where}; another local user can "
            "create it first, so this server fails to start and its clients talk to the impostor"
        )
        if line != call.line:
            related.append(Related(line, f"the server name `{value}` is fixed here"))
        confidence = min(confidence + 0.2, 0.9) if confidence else 0.6
    if not parts:
        return None
    if exempt:
        confidence -= 0.3 if world is not None or squat is not None else 0.25
    message = "; ".join(parts) + "."
    if fix is None:
        fix = Fix(_DESCRIPTION)
    elif squat is not None:
        fix = Fix(fix.description + " " + _NAME_ADVICE, fix.replacement)
    return Hit(node=call, message=message, confidence=confidence, related=related, fix=fix)


_NAME_ADVICE = (
    "Put the socket in a per-user directory: "
    '`QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + "/app.sock"` '
    "($XDG_RUNTIME_DIR is 0700), or add a per-user/per-session part to the name."
)
_DESCRIPTION = (
    "Call `setSocketOptions(QLocalServer::UserAccessOption)` before `listen()` so only this "
    "user can connect. " + _NAME_ADVICE
)


def _predictable(unit: Unit, name_node: Node, name_text: str) -> tuple[str, int] | None:
    """(name, line) when the server name is fixed and lands in a directory all users share."""
    lit = resolved_string(unit, name_node)
    if lit is not None:
        value = lit[0]
        if not value:
            return None
        if "/" not in value and "\\" not in value:
            return lit
        if value.startswith(_SHARED_TMP):
            return lit
        return None
    if _TEMP_DIR.search(name_text) and not _PER_USER.search(name_text):
        return (name_text, name_node.line)
    return None


def _declared_at(unit: Unit, call: Node) -> int | None:
    decl = target_decl(receiver(call))
    if decl is None:
        return None
    node = unit.declaration(decl)
    return node.line if node is not None else None


def _options_fix(unit: Unit, call: Node) -> Fix:
    """Insert the options call on its own line before the statement holding listen()."""
    stmt = statement_of(call)
    text = unit.text_of(call)
    head = text[: text.rfind("listen")]
    if (
        stmt.parent is None
        or stmt.parent.kind != K.COMPOUND_STMT
        or stmt.line != call.line
        or "\n" in head
        or (head and not re.fullmatch(r"[\w.\->:\s]+", head))
    ):
        return Fix(_DESCRIPTION)
    line = unit.lines[stmt.line - 1]
    indent = line[: len(line) - len(line.lstrip())]
    new = f"{indent}{head}setSocketOptions(QLocalServer::UserAccessOption);\n{line}"
    return Fix(_DESCRIPTION, Replacement(stmt.line, stmt.line, new))


def _world_fix(unit: Unit, opts: Options) -> Fix:
    description = (
        "Restrict the socket to this user (`QLocalServer::UserAccessOption`) or to a group "
        "(`GroupAccessOption`); if other users must connect, authenticate them in the protocol."
    )
    arg = unwrap(call_args(opts.call)[0])
    if arg.kind != K.DECL_REF_EXPR or arg.line != arg.end_line:
        return Fix(description)
    line = unit.lines[arg.line - 1]
    new = re.sub(r"\b(WorldAccessOption|OtherAccessOption)\b", "UserAccessOption", line, count=1)
    if new == line or line.count("AccessOption") != 1:
        return Fix(description)
    return Fix(description, Replacement(arg.line, arg.line, new))
