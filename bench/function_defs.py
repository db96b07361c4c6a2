"""Function definitions in C++ text, found by a token scan that knows nothing of libclang.

The wild-corpus benchmark measures how many function bodies reach the rules; counting the
bodies with libclang itself would hide exactly what it drops (a method of a class it judged
invalid), so the text side is counted here, from tokens alone: a `{` at namespace or class scope
that follows a parameter list (with its qualifiers, trailing return type or constructor
initializer list) opens a function body. Preprocessor lines are dropped, `#if 0` blocks skipped;
every other conditional branch counts, as a reader of the text would count it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<nl>\n)
  | (?P<space>[ \t\r\f\v]+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<raw>\b(?:u8|[LuU])?R"(?P<delim>[^(\s]{0,16})\(.*?\)(?P=delim)")
  | (?P<string>(?:u8|[uUL])?"(?:\\.|[^"\\\n])*"?)
  | (?P<char>(?:u8|[uUL])?'(?:\\.|[^'\\\n])*'?)
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<number>\.?\d(?:[\w.']|[eEpP][+-])*)
  | (?P<punct>\.\.\.|->\*|<<=|>>=|::|->|&&|\|\||<<|>>|[=!<>+\-*/%&|^]=|\+\+|--|\.\*|[^\w\s])
    """,
    re.DOTALL | re.VERBOSE,
)
_CLASS_KEYS = frozenset({"class", "struct", "union"})
_ACCESS = frozenset(
    {"public", "private", "protected", "signals", "slots", "Q_SIGNALS", "Q_SLOTS", "Q_SLOT"}
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    line: int
    column: int
    """1-based byte column, as libclang counts."""


def _without_preprocessor(text: str) -> str:
    """Blank directive lines (with continuations) and whole `#if 0` blocks, keeping offsets."""
    lines = text.split("\n")
    out: list[str] = []
    depth_off = 0  # > 0 while inside an `#if 0` block (counting nested conditionals)
    i = 0
    while i < len(lines):
        first = i
        logical = lines[i]
        while logical.endswith("\\") and i + 1 < len(lines):
            i += 1
            logical = logical[:-1] + lines[i]
        stripped = logical.lstrip()
        directive = re.match(r"#\s*(\w+)\s*(.*)", stripped) if stripped.startswith("#") else None
        if directive:
            word, rest = directive.group(1), directive.group(2).strip()
            if depth_off:
                if word.startswith("if"):
                    depth_off += 1
                elif word == "endif" or (depth_off == 1 and word in ("else", "elif")):
                    depth_off -= 1
            elif word == "if" and re.fullmatch(r"0+\s*(?://.*|/\*.*)?", rest):
                depth_off = 1
        keep = not directive and not depth_off
        for j in range(first, i + 1):
            out.append(lines[j] if keep else " " * len(lines[j]))
        i += 1
    return "\n".join(out)


def tokens(text: str) -> list[Token]:
    """Identifiers, literals (as placeholders) and punctuation, with line and byte column."""
    src = _without_preprocessor(text)
    out: list[Token] = []
    line, line_start = 1, 0
    for m in _TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "nl":
            line, line_start = line + 1, m.end()
            continue
        column = len(src[line_start : m.start()].encode("utf-8")) + 1
        value = m.group()
        if kind in ("comment", "raw", "string"):
            if kind != "comment":
                out.append(Token('""', line, column))
            newlines = value.count("\n")
            if newlines:
                line += newlines
                line_start = m.start() + value.rindex("\n") + 1
            continue
        if kind == "space":
            continue
        out.append(Token("''" if kind == "char" else value, line, column))
    return out


def _skip_balanced(toks: list[Token], i: int) -> int:
    """Index just past the bracket group that opens at toks[i]."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[toks[i].text]]
    i += 1
    while i < len(toks) and stack:
        t = toks[i].text
        if t in pairs:
            stack.append(pairs[t])
        elif t == stack[-1]:
            stack.pop()
        elif t in (")", "]", "}"):  # unbalanced text: close what we can
            while stack and stack[-1] != t:
                stack.pop()
            if stack:
                stack.pop()
        i += 1
    return i


def _without_template_heads(decl: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(decl):
        if decl[i] == "template" and i + 1 < len(decl) and decl[i + 1] == "<":
            depth, i = 0, i + 1
            while i < len(decl):
                depth += {"<": 1, ">": -1, ">>": -2}.get(decl[i], 0)
                i += 1
                if depth <= 0:
                    break
            continue
        out.append(decl[i])
        i += 1
    return out


def _kind_of_brace(decl: list[str]) -> str:
    """What a `{` at namespace/class scope opens, from the tokens since the last declaration."""
    words = _without_template_heads(decl)
    if not words:
        return "block"
    depth, last_close, assigns = 0, -1, False
    for j, w in enumerate(words):
        if w in ("(", "[", "{"):
            depth += 1
        elif w in (")", "]", "}"):
            depth -= 1
            if depth == 0 and w == ")":
                last_close = j
        elif w == "=" and depth == 0 and (j == 0 or words[j - 1] != "operator"):
            assigns = True
    tail = words[last_close + 1 :]
    if "namespace" in tail or (words[0] == "extern" and last_close < 0):
        return "scope"
    if "enum" in tail:
        return "enum"
    if _CLASS_KEYS & set(tail) and "=" not in tail:
        return "scope"
    if last_close < 0 or assigns:
        return "block"  # an initializer: `int x{1}`, `T t = {...}`, `auto f = [] (...) {...}`
    return "function"


def function_definitions(text: str) -> list[Token]:
    """The opening brace of every function body at namespace or class scope, in text order."""
    toks = tokens(text)
    found: list[Token] = []
    scopes: list[str] = []  # "scope" (namespace, class, extern block) or "enum"
    decl: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i].text
        if t == "}":
            if scopes:
                scopes.pop()
            decl = []
        elif t == ";" or (t == ":" and len(decl) >= 1 and decl[-1] in _ACCESS and "(" not in decl):
            decl = []
        elif t == "(" or t == "[":
            end = _skip_balanced(toks, i)
            decl += [x.text for x in toks[i:end]]
            i = end
            continue
        elif t == "{":
            kind = _kind_of_brace(decl)
            if kind == "function" and _is_member_init_brace(decl):
                end = _skip_balanced(toks, i)  # `Ctor() : member{x} {`: still the initializers
                decl += ["{", "}"]
                i = end
                continue
            if kind == "function":
                found.append(toks[i])
            if kind in ("function", "block"):
                i = _skip_balanced(toks, i)
                decl = [] if kind == "function" else [*decl, "{", "}"]
                continue
            scopes.append(kind)
            decl = []
        else:
            decl.append(t)
        i += 1
    return found


def _is_member_init_brace(decl: list[str]) -> bool:
    """True for the `{` of `member{...}` inside a constructor's initializer list."""
    if not decl or not (decl[-1][:1].isalpha() or decl[-1][:1] == "_" or decl[-1] == ">"):
        return False
    if decl[-1] in ("const", "override", "final", "noexcept", "mutable", "volatile", "try"):
        return False
    # a `:` after the parameter list's closing parenthesis, at bracket depth 0
    depth = 0
    closed = False
    for j, t in enumerate(decl):
        if t in ("(", "[", "{"):
            depth += 1
        elif t in (")", "]", "}"):
            depth -= 1
            if depth == 0 and t == ")":
                closed = True
        elif t == ":" and depth == 0 and closed:
            return j < len(decl) - 1
        elif t == "->" and depth == 0 and closed:
            return False
    return False
