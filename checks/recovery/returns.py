"""What a stand-in's member gives where the file wants one type: psychec's inference from use.

`__QtrAny` converts to anything, so where overloads compete it converts to all of them:
`remoteName = address.toString()` (QString has operator= for QString, QChar, QLatin1String,
...), `QString("%1").arg(info.name())`, `QString::number(info.rssi(), 16)`. The diagnostic names
the type on the other side (`'QString' and '__QtrAny'`), or its candidates do (the parameter
at that argument's position); the member called (`toString`, `name`) is then declared to give
a value converting to that one type only (`__QtrOnly<T>` in stand_in.h), never to be a T: the
rules still know nothing of it. One decision per member and file; uses that disagree leave it
as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import clang.cindex as ci

from checks.recovery.plan import Plan
from checks.recovery.shapes import TYPE_KEYWORDS, split_commas
from checks.recovery.tokens import IDENT, KEYWORDS, Scan

ASSIGN = re.compile(
    r"^use of overloaded operator '=' is ambiguous \(with operand types '(.+)' and '__QtrAny'\)"
)
CALL = re.compile(r"^call to (?:member function )?'(\w+)' is ambiguous")
PREFERRED = ("QString", "QByteArray", "int", "double", "bool")
"""Among the candidates' parameter types, the one taken (else the first candidate's)."""
_WORD = re.compile(r"[A-Za-z_]\w*")


def learn_returns(
    plan: Plan,
    tu: ci.TranslationUnit,
    scan: Scan,
    i: int,
    message: str,
    diag: ci.Diagnostic,
    writable: set[str],
) -> None:
    """One ambiguity at token i (the `=`, or the called name): decide the member's type."""
    m = ASSIGN.match(message)
    if m is not None and scan.text(i) == "=":
        _decide(plan, _rhs_member(scan, i), m.group(1), writable)
        return
    m = CALL.match(message)
    while m is not None and scan.text(i + 1) == "::":  # `QString::number(...)` is at `QString`
        i += 2
    if m is None or scan.text(i) != m.group(1):
        return
    open_ = _after_template_args(scan, i + 1)  # qobject_cast<QVBoxLayout *>(...)
    close = scan.match.get(open_) if scan.text(open_) == "(" else None
    if close is None:
        return
    candidates = [_candidate(tu, c.location) for c in diag.children]
    for pos, (s, e) in enumerate(split_commas(scan, open_ + 1, close)):
        member = _ending_member(scan, s, e)
        if member:
            types = [t for c in candidates if c is not None and (t := _param_type(c, pos))]
            chosen = next((p for p in PREFERRED if p in types), types[0] if types else "")
            _decide(plan, member, chosen, writable)


def declared_uses(plan: Plan, scans: Iterable[Scan]) -> None:
    """`QByteArray a = c.value();` beside `name = d.value()` (a QString): the uses disagree,
    so `value` is left as it was rather than made to break the declaration."""
    if not plan.returns:
        return
    for scan in scans:
        for k, t in enumerate(scan.tokens):
            if t.text != "=" or k < 2 or scan.tokens[k - 1].kind != IDENT:
                continue
            type_ = scan.tokens[k - 2]
            if type_.kind != IDENT or (type_.text in KEYWORDS and type_.text not in TYPE_KEYWORDS):
                continue
            member = _rhs_member(scan, k)
            if member in plan.returns and type_.text != "auto":
                plan.returns[member].add(type_.text)


def _after_template_args(scan: Scan, k: int) -> int:
    """The token after `<...>` at k (k itself when no `<` is there)."""
    if scan.text(k) != "<":
        return k
    depth = 0
    for j in range(k, min(k + 40, len(scan.tokens))):
        s = scan.text(j)
        depth += (s == "<") - (s == ">") - 2 * (s == ">>")
        if depth <= 0:
            return j + 1
        if s in (";", "{", "}"):
            break
    return k


def _decide(plan: Plan, member: str, type_: str, writable: set[str]) -> None:
    if not member or not type_ or "__Qtr" in type_:
        return
    if not set(_WORD.findall(type_)) - KEYWORDS <= writable:
        return
    seen = plan.returns.setdefault(member, set())
    seen.add(type_)


def _rhs_member(scan: Scan, eq: int) -> str:
    """`x = a.b().name();`: `name`, the member whose call gives the right-hand side."""
    end = eq + 1
    while end < len(scan.tokens) and scan.text(end) not in (";", ",", "}", "{"):
        if scan.text(end) in ("(", "[") and end in scan.match:
            end = scan.match[end]
        end += 1
    return _ending_member(scan, eq + 1, end)


def _ending_member(scan: Scan, start: int, end: int) -> str:
    """The member called last in [start, end) when the call ends the range: `x.f(...)`."""
    last = end - 1
    if last <= start or scan.text(last) != ")" or last not in scan.match:
        return ""
    name = scan.match[last] - 1
    if (
        name <= start
        or scan.tokens[name].kind != IDENT
        or scan.text(name - 1) not in (".", "->", "::")
    ):
        return ""
    return scan.text(name)


def _candidate(tu: ci.TranslationUnit, loc: ci.SourceLocation) -> ci.Cursor | None:
    """The function a "candidate function" note points at."""
    if loc.file is None:
        return None
    cursor = ci.Cursor.from_location(tu, loc)
    kinds = (
        ci.CursorKind.CXX_METHOD,
        ci.CursorKind.FUNCTION_DECL,
        ci.CursorKind.CONSTRUCTOR,
        ci.CursorKind.FUNCTION_TEMPLATE,
    )
    return cursor if cursor is not None and cursor.kind in kinds else None


def _param_type(function: ci.Cursor, pos: int) -> str:
    """The type of parameter `pos`, without reference or const ('' for none)."""
    params = list(function.get_arguments())
    if pos >= len(params):
        return ""
    t = params[pos].type
    if t.kind in (ci.TypeKind.LVALUEREFERENCE, ci.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee()
    return str(t.spelling).replace("const ", "").strip()
