"""Shapes read from tokens: class heads, out-of-line definitions, initializer lists, parameters."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from checks.recovery.tokens import IDENT, KEYWORDS, Scan

BASE_WORDS = frozenset({"public", "private", "protected", "virtual"})
ACCESS = frozenset({"public", "private", "protected", "signals", "slots", "Q_SIGNALS", "Q_SLOTS"})
TYPE_KEYWORDS = frozenset(
    [
        "void",
        "bool",
        "char",
        "int",
        "long",
        "short",
        "signed",
        "unsigned",
        "float",
        "double",
        "auto",
        "wchar_t",
        "char16_t",
        "char32_t",
        "char8_t",
    ]
)
_MACRO_LIKE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z0-9_]*(?:EXPORT|API)$")
_QT_LIKE = re.compile(r"^Q[A-Z][A-Za-z0-9]+$")


def macro_like(name: str) -> bool:
    return bool(_MACRO_LIKE.match(name)) and len(name) >= 3


def qt_like(name: str) -> bool:
    return bool(_QT_LIKE.match(name))


def join(scan: Scan, start: int, end: int) -> str:
    """Token text of [start, end) with a space between words."""
    out: list[str] = []
    prev = ""
    for i in range(start, end):
        s = scan.text(i)
        if (
            out and (prev[-1:].isalnum() or prev[-1:] == "_") and (s[:1].isalnum() or s[:1] == "_")
        ) or (
            out and s not in ("::", ",", ")", "]", ">") and prev not in ("::", "(", "[", "<", "~")
        ):
            out.append(" ")
        out.append(s)
        prev = s
    return "".join(out)


def split_commas(scan: Scan, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) split at top-level commas (angle brackets counted loosely)."""
    parts: list[tuple[int, int]] = []
    angle, s = 0, start
    i = start
    while i < end:
        t = scan.text(i)
        if t in ("(", "[", "{") and i in scan.match:
            i = scan.match[i] + 1
            continue
        if t == "<":
            angle += 1
        elif t == ">" and angle:
            angle -= 1
        elif t == ">>" and angle:
            angle = max(0, angle - 2)
        elif t == "," and angle == 0:
            parts.append((s, i))
            s = i + 1
        i += 1
    if s < end:
        parts.append((s, end))
    return parts


def decl_start(scan: Scan, i: int) -> int:
    """Index of the first token of the declaration holding token i (declaration scope)."""
    j = i - 1
    while j >= 0:
        s = scan.text(j)
        if s in (";", "{", "}"):
            return j + 1
        if s == ":" and scan.text(j - 1) in ACCESS:
            return j + 1
        if s == ")" and j in scan.match:
            j = scan.match[j] - 1
            continue
        j -= 1
    return 0


def is_decl_start(scan: Scan, i: int, macros: set[str]) -> bool:
    j = i - 1
    if j < 0:
        return True
    s = scan.text(j)
    if s in (";", "{", "}"):
        return True
    if s == ":" and scan.text(j - 1) in ACCESS:
        return True
    if s in macros or s in ("Q_OBJECT", "Q_GADGET"):
        return True
    if s == ")" and j in scan.match:
        k = scan.match[j] - 1
        return scan.text(k) in macros or macro_like(scan.text(k))
    return False


@dataclass
class Definition:
    """An out-of-line member definition `Ret Owner::name(params) const : inits { ... }`."""

    owner: str
    name: str
    ret: str
    params: str
    trailing: str
    params_range: tuple[int, int]
    ret_range: tuple[int, int]
    body: int
    inits: list[tuple[str, int, int]] = field(default_factory=list)  # (name, args start, args end)
    is_template: bool = False

    @property
    def is_ctor(self) -> bool:
        return self.name == self.owner

    def declaration(self) -> str:
        if self.name in (self.owner, "~" + self.owner):
            return f"{self.name}({self.params}){self.trailing};"
        return f"{self.ret} {self.name}({self.params}){self.trailing};"


def definitions(scan: Scan) -> list[Definition]:
    """Every out-of-line member definition at declaration scope: with a body, or `= default`."""
    out: list[Definition] = []
    candidates: list[tuple[int, int]] = []
    for b in scan.bodies:
        open_ = scan.body_declarator(b)
        if open_ is not None:
            candidates.append((open_, b))
    for k, t in enumerate(scan.tokens):
        defaulted = t.text == "=" and scan.text(k + 1) in ("default", "delete")
        at_file = scan.scopes[k][1] in ("file", "namespace")
        if defaulted and at_file and scan.text(k - 1) == ")" and (k - 1) in scan.match:
            candidates.append((scan.match[k - 1], k))
    for open_, b in candidates:
        d = _definition(scan, open_, b)
        if d is not None:
            out.append(d)
    return out


def _definition(scan: Scan, open_: int, b: int) -> Definition | None:
    """The definition whose declarator's `(` is at open_; its body's `{` (or `=`) is at b."""
    close = scan.match.get(open_, -1)
    n = open_ - 1
    if scan.text(n - 1) == "operator":
        name_start = n - 1
    elif scan.tokens[n].kind != IDENT and scan.text(n - 1) != "operator":
        k = n
        while k >= 0 and scan.text(k) != "operator" and n - k < 3:
            k -= 1
        if scan.text(k) != "operator":
            return None
        name_start = k
    else:
        name_start = n - 1 if scan.text(n - 1) == "~" else n
    if scan.text(name_start - 1) != "::" or scan.tokens[name_start - 2].kind != IDENT:
        return None
    owner_i = name_start - 2
    if scan.text(owner_i - 1) == "::":
        return None  # A::B::f: nested, not recovered
    start = decl_start(scan, owner_i)
    is_template = scan.text(start) == "template"
    if is_template:
        start = _after_template_head(scan, start, owner_i)
    ret_start = start
    while scan.text(ret_start) in ("inline", "Q_INVOKABLE", "constexpr"):
        ret_start += 1
    name = "".join(scan.text(k) for k in range(name_start, open_))
    trail: list[str] = []
    k = close + 1
    while k < b and scan.text(k) != ":":
        s = scan.text(k)
        if s in ("const", "volatile", "&", "&&", "noexcept"):
            trail.append(s)
        k += 1
    d = Definition(
        owner=scan.text(owner_i),
        name=name,
        ret=join(scan, ret_start, owner_i),
        params=join(scan, open_ + 1, close),
        trailing=(" " + " ".join(trail)) if trail else "",
        params_range=(open_ + 1, close),
        ret_range=(ret_start, owner_i),
        body=b if scan.text(b) == "{" else -1,
        is_template=is_template,
    )
    if scan.text(k) == ":":
        k += 1
        while k < b:
            e = k
            while e < b and scan.text(e) not in ("(", "{"):
                e += 1
            if e >= b or e not in scan.match:
                break
            d.inits.append((join(scan, k, e), e + 1, scan.match[e]))
            k = scan.match[e] + 1
            if scan.text(k) == "...":
                k += 1
            if scan.text(k) == ",":
                k += 1
            else:
                break
    return d
    return None


def _after_template_head(scan: Scan, start: int, limit: int) -> int:
    """The first token after `template <...>`."""
    depth, k = 0, start + 1
    while k < limit:
        s = scan.text(k)
        depth += s == "<"
        depth -= s == ">"
        if depth == 0:
            break
        k += 1
    return k + 1


def param_types(scan: Scan, start: int, end: int) -> list[tuple[str, bool]]:
    """Unqualified names used as types in a parameter list or return type: (name, template?)."""
    out: list[tuple[str, bool]] = []
    for s, e in split_commas(scan, start, end):
        stop = e
        for k in range(s, e):
            if scan.text(k) == "=":
                stop = k
                break
        idents = [
            k
            for k in range(s, stop)
            if scan.tokens[k].kind == IDENT and scan.text(k) not in KEYWORDS
        ]
        if not idents:
            continue
        last = idents[-1]
        named = (
            (len(idents) > 1 or any(scan.text(k) in TYPE_KEYWORDS for k in range(s, stop)))
            and scan.text(last + 1) not in ("::", "<")
            and scan.text(last - 1) != "::"
        )
        for k in idents:
            if named and k == last:
                continue
            if scan.text(k - 1) == "::":
                continue
            out.append((scan.text(k), scan.text(k + 1) == "<"))
    return out


def param_names(scan: Scan, start: int, end: int) -> set[str]:
    names: set[str] = set()
    for s, e in split_commas(scan, start, end):
        stop = e
        for k in range(s, e):
            if scan.text(k) == "=":
                stop = k
                break
        idents = [
            k
            for k in range(s, stop)
            if scan.tokens[k].kind == IDENT and scan.text(k) not in KEYWORDS
        ]
        if idents and (
            len(idents) > 1 or any(scan.text(k) in TYPE_KEYWORDS for k in range(s, stop))
        ):
            names.add(scan.text(idents[-1]))
    return names


@dataclass
class ClassHead:
    name: str
    bases: list[str]
    brace: int


def class_head(scan: Scan, brace: int) -> ClassHead | None:
    """`class [MACRO] Name [final] [: bases] {`, read back from its `{`."""
    j = brace - 1
    while j >= 0 and scan.text(j) not in ("class", "struct", "union", ";", "{", "}"):
        j -= 1
    if scan.text(j) not in ("class", "struct", "union"):
        return None
    k = j + 1
    colon = next(
        (m for m in range(k, brace) if scan.text(m) == ":" and scan.text(m - 1) != ":"), brace
    )
    names = [
        m
        for m in range(k, colon)
        if scan.tokens[m].kind == IDENT and scan.text(m) not in ("final",)
    ]
    if not names:
        return None
    bases: list[str] = []
    for s, e in split_commas(scan, colon + 1, brace) if colon < brace else []:
        words = [m for m in range(s, e) if scan.text(m) not in BASE_WORDS]
        if words:
            bases.append(join(scan, words[0], e))
    return ClassHead(scan.text(names[-1]), bases, brace)


def enclosing_brace(scan: Scan, i: int, kinds: tuple[str, ...]) -> int | None:
    """The innermost enclosing `{` of one of `kinds` around token i."""
    b, kind = scan.scopes[i] if i < len(scan.scopes) else (-1, "file")
    while b >= 0:
        if kind in kinds:
            return b
        b, kind = scan.scopes[b]
    return None


def body_owner(scan: Scan, i: int) -> str:
    """The class whose member function body holds token i ('' for a free function or none)."""
    b = enclosing_brace(scan, i, ("body",))
    while b is not None:
        outer = scan.scopes[b]
        if outer[1] == "class":
            head = class_head(scan, outer[0])
            return head.name if head else ""
        if outer[1] in ("file", "namespace", "extern"):
            open_ = scan.body_declarator(b)
            if open_ is None:
                return ""
            n = open_ - 1
            k = n - 1 if scan.text(n - 1) in ("~", "operator") else n
            if scan.text(k - 1) == "::" and scan.tokens[k - 2].kind == IDENT:
                return scan.text(k - 2)
            return ""
        b = enclosing_brace(scan, outer[0], ("body",)) if outer[0] >= 0 else None
    return ""


def class_bases(scans: Iterable[Scan], name: str) -> list[str]:
    """The bases a class the texts define is written with."""
    for scan in scans:
        for k in scan.uses(name):
            if scan.text(k - 1) in ("class", "struct") or macro_like(scan.text(k - 1)):
                brace = k + 1
                while brace < len(scan.tokens) and scan.text(brace) not in ("{", ";"):
                    brace += 1
                head = class_head(scan, brace) if scan.text(brace) == "{" else None
                if head is not None and head.name == name:
                    return head.bases
    return []


def template_call(scan: Scan, k: int) -> bool:
    """`name<...>(`: a call of a function template."""
    depth = 0
    for j in range(k + 1, min(k + 40, len(scan.tokens))):
        s = scan.text(j)
        if s in (";", "{", "}"):
            return False
        depth += (s == "<") - (s == ">") - 2 * (s == ">>")
        if depth <= 0:
            return scan.text(j + 1) == "("
    return False
