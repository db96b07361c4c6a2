"""Calls: finding them by name and class, their arguments, their receiver."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from checks.helpers.expressions import unwrap
from checks.unit import K, Node, Unit


def calls(unit: Unit, names: Iterable[str], classes: Iterable[str] | None = None) -> Iterator[Node]:
    """Calls to methods named `names`, declared in one of `classes` (any class when None)."""
    wanted = frozenset(names)
    owners = frozenset(classes) if classes is not None else None
    for call in unit.calls:
        if call.spelling in wanted and (owners is None or callee_class(call) in owners):
            yield call


def is_call_to(node: Node, names: Iterable[str], classes: Iterable[str] | None = None) -> bool:
    """Whether `node`, casts seen through, calls one of `names` (declared in `classes`)."""
    n = unwrap(node)
    if n.kind != K.CALL_EXPR or n.spelling not in frozenset(names):
        return False
    return classes is None or callee_class(n) in frozenset(classes)


def call_args(call: Node) -> list[Node]:
    """Argument nodes of a call, skipping the callee expression; defaulted arguments included."""
    memo = call._memo()
    cached = memo.get("args")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[Node] = []
    for a in call.cursor.get_arguments():
        # Cursors from get_arguments() carry another parent than the visited ones, so they
        # never compare equal: match by source range, direct children first, then outermost.
        ext = a.extent
        match = next((c for c in call.children if c.extent == ext), None)
        if match is None:
            match = next((n for n in call.walk() if n is not call and n.extent == ext), None)
        if match is not None:
            out.append(match)
    memo["args"] = out
    return out


def written_args(unit: Unit, call: Node) -> list[Node]:
    """Arguments as written: defaulted arguments (which have no text) dropped."""
    return [a for a in call_args(call) if unit.text_of(a).strip()]


def callee_class(call: Node) -> str:
    """The class that declares the called method (QIODevice for socket->read), or ''."""
    memo = call._memo()
    cached = memo.get("class")
    if cached is None:
        cached = memo["class"] = _declaring_class(call)
    return cached  # type: ignore[return-value]


def _declaring_class(call: Node) -> str:
    ref = call.referenced
    if ref is None:
        return ""
    parent = ref.semantic_parent
    return str(parent.spelling) if parent is not None else ""


def receiver(call: Node) -> Node | None:
    """For `obj->m(...)` / `obj.m(...)`, the node of `obj`; None for free calls."""
    for child in call.children:
        if child.kind == K.MEMBER_REF_EXPR:
            return unwrap(child.children[0]) if child.children else None
        if child.kind == K.UNEXPOSED_EXPR and child.children:
            inner = child.children[0]
            if inner.kind == K.MEMBER_REF_EXPR:
                return unwrap(inner.children[0]) if inner.children else None
        break
    return None
