"""Members whose address the file takes: `&QBluetoothSocket::readyRead`, `&Client::connected`.

These are signals handed to connect(). A stand-in answers every member name with a static
`__QtrAny`, whose address is no pointer to member, so connect() matches no overload and the
call is lost. Such a name becomes a member function: one per parameter list the file spells
(`QOverload<L>::of(&S::f)`, `qOverload<L>(&S::f)`, `static_cast<R (S::*)(L)>(&S::f)`), else
one taking as many `__QtrAny` as any call of it passes, all defaulted. Only non-template
declarations: the address of a template cannot be deduced.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from checks.recovery.plan import Pick, Plan
from checks.recovery.shapes import join, split_commas
from checks.recovery.tokens import IDENT, KEYWORDS, NUMBER, STRING, Scan

ANY = Pick("__QtrAny", "...")
"""No list spelled: the defaulted form, of as many `__QtrAny` as the calls pass."""
MAX_ARITY = 8
_OVERLOADS = frozenset({"QOverload", "QConstOverload", "QNonConstOverload"})
_OVERLOAD_VARS = frozenset({"qOverload", "qConstOverload", "qNonConstOverload"})
_WORD = re.compile(r"[A-Za-z_]\w*")


def _operand_before(scan: Scan, k: int) -> bool:
    prev = scan.tokens[k - 1] if k > 0 else None
    if prev is None:
        return False
    if prev.text in (")", "]"):
        return True
    return prev.kind in (IDENT, NUMBER, STRING) and prev.text not in KEYWORDS


def learn_addresses(plan: Plan, scans: Iterable[Scan], model_names: Collection[str]) -> None:
    """Record every `&Owner::name` whose owner is a stand-in or a rebuilt class; a parameter
    list naming what only the file declares (after the recovery header) is not kept."""
    owners = {n for n, template in plan.types.items() if not template} | set(plan.classes)
    writable = owners | set(model_names) | {ANY.ret}
    for scan in scans:
        for k, t in enumerate(scan.tokens):
            if t.text != "&" or scan.text(k + 2) != "::" or scan.text(k + 4) in ("::", "<", "("):
                continue
            if _operand_before(scan, k):
                continue  # `flags & Owner::Value`: a binary and, no address
            owner, name = scan.text(k + 1), scan.text(k + 3)
            if owner not in owners or scan.tokens[k + 3].kind != IDENT or name in KEYWORDS:
                continue
            spelled = _spelled_list(scan, k, owner)
            lists = plan.addressed.setdefault(owner, {}).setdefault(name, set())
            text = f"{spelled.ret} {spelled.params}" if spelled is not None else ""
            nested = _nested_types(plan, text)
            words = set(_WORD.findall(text)) - nested - KEYWORDS
            if spelled is None or not words <= writable:
                lists.add(ANY)
            else:
                lists.add(spelled)


def arity(scans: Iterable[Scan], name: str) -> int:
    """The most arguments any call `name(...)` in the texts passes (bounded); -1: no call."""
    most = -1
    for scan in scans:
        for k in scan.uses(name):
            if scan.text(k + 1) == "(" and (k + 1) in scan.match and scan.text(k - 1) != "&":
                most = max(most, len(split_commas(scan, k + 2, scan.match[k + 1])))
    return min(most, MAX_ARITY)


def declarations(name: str, picks: set[Pick], calls: int) -> list[str]:
    """The member functions for one addressed name; `calls`: what `arity` says of it."""
    spelled = sorted(p for p in picks if p != ANY)
    out = [f"{p.ret} {name}({p.params}){' const' if p.const else ''};" for p in spelled]
    if ANY in picks or calls >= 0:
        n = max(calls, 0)
        if n > 0 or all(p.params for p in spelled):
            out.append(f"__QtrAny {name}({', '.join(['__QtrAny = __QtrAny()'] * n)});")
    return out


def _spelled_list(scan: Scan, amp: int, owner: str) -> Pick | None:
    """The overload the file picks for `&Owner::name` at token `amp`; None when it picks none
    (a plain `&Owner::name`)."""
    if scan.text(amp - 1) != "(":
        return None
    before = amp - 2
    if scan.text(before) == "of" and scan.text(before - 1) == "::":
        before -= 2
    if scan.text(before) == ">":
        start = _open_angle(scan, before)
        if start is None:
            return None
        head = scan.text(start - 1)
        if head in _OVERLOADS or head in _OVERLOAD_VARS:
            return Pick("__QtrAny", join(scan, start + 1, before), "Const" in head)
        if head == "static_cast":
            return _cast_list(scan, start + 1, before, owner)
    return None


def _cast_list(scan: Scan, start: int, end: int, owner: str) -> Pick | None:
    """`R (Owner::*)(L) const` between the angle brackets of a static_cast."""
    for k in range(start + 1, end - 3):
        if [scan.text(k + j) for j in range(-1, 4)] == ["(", owner, "::", "*", ")"]:
            open_ = k + 4
            if scan.text(open_) != "(" or open_ not in scan.match:
                return None
            close = scan.match[open_]
            ret = join(scan, start, k - 1)
            return Pick(ret, join(scan, open_ + 1, close), scan.text(close + 1) == "const")
    return None


def _open_angle(scan: Scan, close: int) -> int | None:
    depth = 0
    for k in range(close, max(close - 60, -1), -1):
        s = scan.text(k)
        if s == ">":
            depth += 1
        elif s == ">>":
            depth += 2
        elif s == "<":
            depth -= 1
            if depth == 0:
                return k
        elif s in (";", "{", "}"):
            return None
    return None


def _nested_types(plan: Plan, spelled: str) -> set[str]:
    """`QOverload<QBluetoothSocket::SocketError>`: SocketError is a type of the stand-in."""
    out: set[str] = set()
    for m in re.finditer(r"\b(\w+)::(\w+)\b", spelled):
        outer, inner = m.group(1), m.group(2)
        if outer in plan.classes:
            plan.classes[outer].types.add(inner)
        elif outer in plan.types and not plan.types[outer]:
            plan.scoped_types.setdefault(outer, set()).add(inner)
        else:
            continue
        out.add(inner)
    return out
