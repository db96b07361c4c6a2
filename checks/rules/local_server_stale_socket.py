"""local-server-stale-socket: a local server that cannot restart after a crash, or that deletes
a running instance's socket."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.findings import Fix, Related, Severity
from checks.helpers.calls import call_args, callee_class
from checks.helpers.expressions import unwrap
from checks.helpers.navigation import LOOP_KINDS, branch_between, named_function
from checks.helpers.objects import receiver_name, target_decl
from checks.helpers.values import resolved_string
from checks.registry import Hit, RuleMeta
from checks.unit import K, Node, Unit

META = RuleMeta(
    id="local-server-stale-socket",
    title="Local server without the stale-socket idiom",
    cwe=("CWE-754", "CWE-459"),
    severity=Severity.WARNING,
    summary=(
        "A checked QLocalServer::listen(name) whose failure path gives up with no removeServer() "
        "anywhere (after a crash the stale socket blocks every restart), or an unconditional "
        "removeServer(name) right before listen(name), which deletes a running instance's "
        "socket and takes over its clients."
    ),
    confidence=(
        "0.6 for a checked listen with no recovery, 0.7 for an unconditional removeServer before "
        "listen on the same name; 0.45 (silent) for removeServer after a failed listen without a "
        "probe. Tests, examples and benchmarks: 0.3 less. Silent for per-process names, the "
        "abstract namespace, listen results handled elsewhere, and single-instance guards."
    ),
)

_UNIQUE = re.compile(r"QUuid|createUuid|applicationPid|getpid|randomString|QRandomGenerator")
_GUARDS = re.compile(
    r"\b[A-Z]\w*Lock(?:ed)?File\b|\bQSharedMemory\b|\bQSystemSemaphore\b|\bflock\b|\blockf\b"
)
_GUARD_CLASS = re.compile(r"Lock(ed)?File$|^QSharedMemory$|^QSystemSemaphore$")
"""Classes whose use proves a single instance: QLockFile and lock-file classes of libraries
(QtLockedFile, KLockFile, LockFile), shared memory or a named semaphore owned by the primary."""
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)


def check(unit: Unit) -> Iterator[Hit]:
    listens: list[Node] = []
    removes: list[Node] = []
    probes: list[Node] = []
    handled: set[int] = set()  # functions that look at serverError()/AddressInUseError
    abstract = False
    for call in unit.calls:
        cls = callee_class(call)
        if cls == "QLocalServer":
            if call.spelling == "listen":
                args = call_args(call)
                if len(args) == 1 and "QString" in args[0].cursor.type.spelling:
                    listens.append(call)
            elif call.spelling == "removeServer":
                removes.append(call)
            elif call.spelling == "serverError":
                handled.add(id(named_function(call)))
            elif call.spelling == "setSocketOptions" and "AbstractNamespace" in unit.text_of(call):
                abstract = True
        elif cls == "QLocalSocket" and call.spelling in ("connectToServer", "waitForConnected"):
            probes.append(call)
    if abstract:
        return  # no socket file: nothing goes stale (Linux), and squatting is another rule's
    guarded = _single_instance_guard(unit)
    drop = 0.3 if unit.deployment_exempt else 0.0
    for remove in removes:
        hit = _unconditional_remove(unit, remove, listens, probes, guarded)
        if hit is not None:
            hit.confidence -= drop
            yield hit
    if removes:
        return
    for listen in listens:
        if id(named_function(listen)) in handled:
            continue
        hit = _gives_up(unit, listen)
        if hit is not None:
            hit.confidence -= drop
            yield hit


def _single_instance_guard(unit: Unit) -> bool:
    """The file takes a lock that only one instance can hold: a lock-file class, QSharedMemory
    or QSystemSemaphore used in code (members declared in a header count), or flock()/lockf()."""
    if _GUARDS.search(_COMMENT.sub("", unit.text)):
        return True
    for call in unit.calls:
        if call.spelling in ("flock", "lockf") or _GUARD_CLASS.search(callee_class(call)):
            return True
    return False


def _name_key(unit: Unit, node: Node) -> str:
    lit = resolved_string(unit, node)
    if lit is not None:
        return "lit:" + lit[0]
    decl = target_decl(node)
    if decl is not None:
        return "decl:" + str(decl.get_usr() or decl.spelling)
    return "text:" + re.sub(r"\s+", "", unit.text_of(node))


def _unconditional_remove(
    unit: Unit, remove: Node, listens: list[Node], probes: list[Node], guarded: bool
) -> Hit | None:
    args = call_args(remove)
    if not args or _UNIQUE.search(unit.text_of(args[0])):
        return None
    func = named_function(remove)
    key = _name_key(unit, args[0])
    listen = next(
        (
            c
            for c in listens
            if named_function(c) is func
            and c.line > remove.line
            and _name_key(unit, call_args(c)[0]) == key
        ),
        None,
    )
    if listen is None or guarded:
        return None
    if any(named_function(p) is func and p.line < remove.line for p in probes):
        return None  # a live instance was probed for first: the right idiom
    branch = branch_between(remove, func)
    name = unit.text_of(args[0])
    server = receiver_name(unit, listen)
    related = [Related(listen.line, f"`{server}` listens on `{name}` here")]
    if branch is not None:
        if not _after_failed_listen(unit, branch, listens):
            return None
        confidence = 0.45
        message = (
            f"`QLocalServer::removeServer({name})` after a failed listen, without first checking "
            f"that no running instance answers on `{name}`: if the failure was a live server, "
            "its socket is deleted and this process takes over its clients."
        )
    else:
        confidence = 0.7
        message = (
            f"`QLocalServer::removeServer({name})` runs unconditionally right before "
            f"`{server}` listens on `{name}` (line {listen.line}): if another instance is "
            "running, its socket file is deleted and this process silently takes over its "
            "clients; the old instance keeps running unreachable."
        )
    fix = Fix(
        "Only remove a stale socket: try `QLocalSocket probe; probe.connectToServer(name); "
        "if (probe.waitForConnected(500)) { /* another instance runs */ return; }` first, or "
        "call removeServer only after `listen()` failed with AddressInUseError and the probe "
        "found nobody; a QLockFile also proves no instance is running."
    )
    return Hit(node=remove, message=message, confidence=confidence, related=related, fix=fix)


def _after_failed_listen(unit: Unit, branch: Node, listens: list[Node]) -> bool:
    if branch.kind != K.IF_STMT or not branch.children:
        return False
    cond = branch.children[0]
    return any(c.is_inside(cond) for c in listens if c.line == cond.line)


def _gives_up(unit: Unit, listen: Node) -> Hit | None:
    name_node = call_args(listen)[0]
    name = unit.text_of(name_node)
    if _UNIQUE.search(name):
        return None
    cond = _checked_by(unit, listen)
    if cond is None:
        return None  # unchecked (another rule's) or passed to the caller
    if any(a.kind in LOOP_KINDS for a in listen.ancestors()):
        return None  # retried
    related = (
        [] if cond.line == listen.line else [Related(cond.line, "the failure is handled here")]
    )
    shown = unit.text_of(listen) if listen.line == listen.end_line else f"listen({name})"
    message = (
        f"When `{shown}` fails the code gives up, and nothing in this file ever "
        f"calls `QLocalServer::removeServer`: on Unix a crashed or killed instance leaves its "
        f"socket file behind, so every later start fails with AddressInUseError until someone "
        "deletes the file by hand."
    )
    fix = Fix(
        "On AddressInUseError, probe with a QLocalSocket (`connectToServer(name)` + "
        "`waitForConnected()`); if nobody answers the socket is stale: "
        "`QLocalServer::removeServer(name)` and `listen(name)` again."
    )
    return Hit(node=listen, message=message, confidence=0.6, related=related, fix=fix)


def _checked_by(unit: Unit, listen: Node) -> Node | None:
    """The `if` whose condition holds the listen result, directly or through a bool variable."""
    child = listen
    for a in listen.ancestors():
        if a.kind == K.IF_STMT:
            return a if a.children and child is a.children[0] else None
        if a.kind == K.VAR_DECL:
            for ref in unit.references(a.cursor):
                for b in ref.ancestors():
                    if b.kind == K.IF_STMT:
                        if ref.is_inside(b.children[0]):
                            return b
                        break
            return None
        if a.kind not in (K.UNEXPOSED_EXPR, K.UNARY_OPERATOR, K.PAREN_EXPR, K.CALL_EXPR):
            return None
        if a.kind == K.CALL_EXPR and unwrap(a) is not a:
            return None
        child = a
    return None
