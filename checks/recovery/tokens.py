"""A C++ token scan of the text: what recovery reads where libclang's diagnostics are not enough
(the shape of a declaration, an initializer list, the macro in front of a class name).

Directive lines are skipped and comments dropped; positions are 1-based lines and byte columns,
as in libclang's diagnostics, so a diagnostic points at its token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_TOKEN = re.compile(
    rb"""
     (?P<ws>(?:[ \t\r\f\v]|\\\r?\n)+)
    |(?P<nl>\n)
    |(?P<comment>//(?:[^\n\\]|\\.)*|/\*.*?(?:\*/|\Z))
    |(?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^()\\\s"]{0,16})\(.*?\)(?P=delim)")
    |(?P<str>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*"?|(?:u8|u|U|L)?'(?:\\.|[^'\\\n])*'?)
    |(?P<ident>[A-Za-z_$\x80-\xff][A-Za-z0-9_$\x80-\xff]*)
    |(?P<num>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.']|)*)
    |(?P<punct>::|->\*?|\.\.\.|<<=|>>=|<=>|[-+*/%&|^!=<>]=|&&|\|\||<<|\+\+|--|\#\#|.)
    """,
    re.S | re.X,
)

IDENT, NUMBER, STRING, PUNCT = "ident", "num", "str", "punct"

KEYWORDS = frozenset(
    [
        "alignas",
        "alignof",
        "and",
        "asm",
        "auto",
        "bool",
        "break",
        "case",
        "catch",
        "char",
        "char16_t",
        "char32_t",
        "char8_t",
        "class",
        "const",
        "consteval",
        "constexpr",
        "constinit",
        "const_cast",
        "continue",
        "co_await",
        "co_return",
        "co_yield",
        "decltype",
        "default",
        "delete",
        "do",
        "double",
        "dynamic_cast",
        "else",
        "enum",
        "explicit",
        "export",
        "extern",
        "false",
        "float",
        "for",
        "friend",
        "goto",
        "if",
        "inline",
        "int",
        "long",
        "mutable",
        "namespace",
        "new",
        "noexcept",
        "not",
        "nullptr",
        "operator",
        "or",
        "private",
        "protected",
        "public",
        "register",
        "reinterpret_cast",
        "requires",
        "return",
        "short",
        "signed",
        "sizeof",
        "static",
        "static_assert",
        "static_cast",
        "struct",
        "switch",
        "template",
        "this",
        "thread_local",
        "throw",
        "true",
        "try",
        "typedef",
        "typeid",
        "typename",
        "union",
        "unsigned",
        "using",
        "virtual",
        "void",
        "volatile",
        "wchar_t",
        "while",
        "final",
        "override",
        "__attribute__",
        "__declspec",
    ]
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    line: int
    column: int
    offset: int
    first_on_line: bool


def tokenize(data: bytes) -> list[Token]:
    """Tokens of the text outside directives and comments."""
    out: list[Token] = []
    line, line_start, pos, first = 1, 0, 0, True
    in_directive = False
    n = len(data)
    while pos < n:
        m = _TOKEN.match(data, pos)
        if m is None:  # the last alternative matches any byte
            break
        kind = m.lastgroup or ""
        end = m.end()
        chunk = data[pos:end]
        if kind == "delim":
            kind = "raw"
        if kind == "nl":
            line, line_start, first, in_directive = line + 1, end, True, False
            pos = end
            continue
        if kind not in ("ws", "comment"):
            if first and chunk == b"#":
                in_directive = True
            if not in_directive:
                tk = STRING if kind in ("raw", "str") else kind
                out.append(
                    Token(
                        tk, chunk.decode("utf-8", "replace"), line, pos - line_start + 1, pos, first
                    )
                )
            first = False
        nls = chunk.count(b"\n")
        if nls:
            line += nls
            line_start = pos + chunk.rindex(b"\n") + 1
        pos = end
    return out


class Scan:
    """Tokens with their bracket structure: which `{` opens a body, a class, a namespace."""

    def __init__(self, data: bytes) -> None:
        self.tokens = tokenize(data)
        toks = self.tokens
        self.match: dict[int, int] = {}
        stack: list[int] = []
        opener = {")": "(", "]": "[", "}": "{"}
        for i, t in enumerate(toks):
            s = t.text
            if s in ("(", "[", "{"):
                stack.append(i)
            elif s in opener:
                while stack and toks[stack[-1]].text != opener[s]:
                    stack.pop()
                if stack:
                    j = stack.pop()
                    self.match[i] = j
                    self.match[j] = i
        self.at: dict[tuple[int, int], int] = {(t.line, t.column): i for i, t in enumerate(toks)}

    @cached_property
    def where(self) -> dict[str, list[int]]:
        """Identifier -> the indexes of its tokens, in order."""
        out: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            if t.kind == IDENT:
                out.setdefault(t.text, []).append(i)
        return out

    def uses(self, name: str) -> list[int]:
        return self.where.get(name, [])

    def text(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def index(self, line: int, column: int) -> int | None:
        return self.at.get((line, column))

    @cached_property
    def scopes(self) -> list[tuple[int, str]]:
        """For every token, (index of the innermost enclosing `{`, its kind); (-1, 'file') at top.

        Kinds: 'namespace', 'class', 'extern', 'body' (a function), 'enum', 'other'.
        """
        out: list[tuple[int, str]] = []
        stack: list[tuple[int, str]] = [(-1, "file")]
        for i, t in enumerate(self.tokens):
            out.append(stack[-1])
            if t.text == "{":
                stack.append((i, self.brace_kind(i, stack[-1][1])))
            elif t.text == "}" and len(stack) > 1 and self.match.get(i) == stack[-1][0]:
                stack.pop()
        return out

    def brace_kind(self, i: int, outer: str) -> str:
        if outer not in DECL_SCOPES:
            return "other"
        if self.body_declarator(i) is not None:
            return "body"
        j = i - 1
        while j >= 0 and self.text(j) not in (";", "{", "}"):
            s = self.text(j)
            if s == ")" and j in self.match:
                j = self.match[j] - 1
                continue
            if s in ("namespace",):
                return "namespace"
            if s in ("class", "struct", "union"):
                return "class"
            if s == "enum":
                return "enum"
            if s == "extern" and self.text(j + 1).startswith('"'):
                return "extern"
            j -= 1
        return "other"

    def body_declarator(self, brace: int) -> int | None:
        """For a `{` that opens a function body, the index of the declarator's `(`; else None."""
        j = brace - 1
        while j >= 0:
            s = self.text(j)
            if s in TRAILING:
                j -= 1
            elif (
                s == ")"
                and j in self.match
                and self.text(self.match[j] - 1) in ("noexcept", "throw")
            ):
                j = self.match[j] - 2
            else:
                break
        if self.text(j) == "}" and j in self.match:  # `: m{x} {`
            j = self.match[j]
            k = j - 1
            if self.tokens[k].kind == IDENT and (init := self._init_list_start(k)) is not None:
                return init
            return None
        if self.text(j) != ")" or j not in self.match:
            return None
        open_ = self.match[j]
        k = open_ - 1
        name = self.text(k)
        if k >= 0 and self.tokens[k].kind == IDENT and name not in NOT_FUNCTIONS:
            init = self._init_list_start(k)
            return init if init is not None else open_
        if name == ">" or self.text(k - 1) == "operator" or name == "operator":
            return open_
        return None

    def _init_list_start(self, k: int) -> int | None:
        """If token k names a member in a constructor's initializer list, the declarator's `(`."""
        j = k - 1
        while j >= 0 and (self.text(j) == "::" or self.tokens[j].kind == IDENT):
            j -= 1
        if self.text(j) == ",":
            # walk back over earlier initializers to the ':'
            while j >= 0 and self.text(j) != ":":
                s = self.text(j)
                if s in (")", "}") and j in self.match:
                    j = self.match[j]
                elif s in (";", "{", "}"):
                    return None
                j -= 1
        if self.text(j) == ":" and self.text(j - 1) == ")" and (j - 1) in self.match:
            return self.match[j - 1]
        if self.text(j) == ":" and self.text(j - 1) in TRAILING:
            m = j - 1
            while self.text(m) in TRAILING:
                m -= 1
            if self.text(m) == ")" and m in self.match:
                return self.match[m]
        return None

    @cached_property
    def bodies(self) -> list[int]:
        """Indexes of every `{` that opens a function body at declaration scope (not lambdas)."""
        scopes, n = self.scopes, len(self.tokens)
        return [
            i
            for i, t in enumerate(self.tokens)
            if t.text == "{" and i + 1 < n and scopes[i + 1] == (i, "body")
        ]


DECL_SCOPES = frozenset({"file", "namespace", "class", "extern"})
TRAILING = frozenset({"const", "override", "final", "noexcept", "volatile", "&", "&&", "mutable"})
NOT_FUNCTIONS = frozenset(
    {
        "if",
        "for",
        "while",
        "switch",
        "catch",
        "return",
        "sizeof",
        "decltype",
        "alignof",
        "noexcept",
        "throw",
        "static_assert",
        "alignas",
        "__attribute__",
        "__declspec",
    }
)
