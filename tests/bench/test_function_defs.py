"""The token scan that counts function definitions for the wild-corpus coverage figure.

It must agree with what a reader sees in the text, independently of libclang: every construct
below is one a real Qt file has (constructor initializer lists with braces, one-line methods,
`#if 0`, lambdas and arrays at namespace scope, macros without a semicolon before a class).
"""

from __future__ import annotations

import clang.cindex as ci

from bench.function_defs import function_definitions, tokens
from bench.wild import reached_bodies
from checks import frontend
from checks.unit import Unit

SOURCE = """\
#include "x.h"
QT_FORWARD_DECLARE_CLASS(QFoo)
class Foo : public QObject {
    Q_OBJECT
public:
    Foo(QObject *p = nullptr) : QObject(p), m{1} { }
    int a() const { return 1; } int b() { return 2; }
    void c(); Foo(int);
    Foo &operator=(const Foo &) { return *this; }
    bool operator==(const Foo &) const noexcept;
    int m{0};
    enum E { A = 1, B };
    struct In { void d() {} };
signals:
    void s();
public slots:
    void t() { auto l = [this]() { c(); }; }
};
#if 0
void dead() {}
#endif
auto lam = [](int x) { return x; };
static const int arr[] = { 1, 2, 3 };
namespace { void anon() {} }
extern "C" { int cf(void) { return 0; } }
template <class T> T tf(T t) { return t; }
void Foo::c()
{
    const char *s = "}{";
    /* { */ if (s) { }
}
auto tr() -> int { return {}; }
Foo::Foo(int) : QObject(nullptr)
  , m{2}
{
}
Q_LOGGING_CATEGORY(lc, "x")
int main(int argc, char **argv) { return 0; }
"""

EXPECTED = [
    (6, 50), (7, 19), (7, 41), (9, 33), (13, 26), (17, 14), (24, 25), (25, 27),
    (26, 30), (28, 1), (32, 18), (35, 1), (38, 33),
]  # fmt: skip


def test_every_definition_is_found_at_its_body_brace() -> None:
    found = [(t.line, t.column) for t in function_definitions(SOURCE)]
    assert found == EXPECTED


def test_the_braces_found_are_body_braces() -> None:
    lines = SOURCE.split("\n")
    for line, column in EXPECTED:
        assert lines[line - 1][column - 1] == "{"


def test_declarations_initializers_and_dead_code_are_not_definitions() -> None:
    text = "void f();\nint x{1};\nauto g = [] { return 1; };\n#if 0\nvoid h() {}\n#endif\n"
    assert function_definitions(text) == []


def test_strings_comments_and_raw_strings_hide_their_braces() -> None:
    text = 'const char *a = "{"; // {\nconst char *b = R"x({)x"; /* } */\nvoid f() { }\n'
    assert [(t.line, t.column) for t in function_definitions(text)] == [(3, 10)]
    assert all(t.text != "{" for t in tokens(text)[:8])


def test_columns_are_byte_columns_like_libclang() -> None:
    text = "// é\nint f() /* ü */ { return 0; }\n"
    (brace,) = function_definitions(text)
    assert (brace.line, brace.column) == (2, 18)


def test_libclang_reaches_every_body_of_a_clean_file() -> None:
    """On a file the model parses clean, both counts agree: the scan finds what the rules see."""
    text = SOURCE.replace('#include "x.h"\n', "\n").replace("QT_FORWARD_DECLARE_CLASS(QFoo)", "")
    text = text.replace('Q_LOGGING_CATEGORY(lc, "x")', "")
    tu = frontend.parse("src/scan.cpp", text)
    assert not [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    wanted = {(t.line, t.column) for t in function_definitions(text)}
    assert wanted <= reached_bodies(Unit("src/scan.cpp", text, tu))
