"""The patch parser decides which lines may carry a comment: GitHub fails a review on a bad one."""

from __future__ import annotations

from bot.review.diff import Anchor, parse_patch

PATCH = """\
@@ -1,4 +1,5 @@
 #include <QTcpSocket>
-int a;
+int b;
+int c;
 void f()
 {
@@ -20,3 +21,4 @@ void g()
 {
+    socket->read(buf, n);
 }
\\ No newline at end of file"""


def test_hunks_cover_added_and_context_lines_on_the_right() -> None:
    diff = parse_patch(PATCH)
    assert diff.hunks == (range(1, 6), range(21, 24))


def test_lines_outside_hunks_have_no_anchor() -> None:
    diff = parse_patch(PATCH)
    assert diff.anchor(6, 6) is None
    assert diff.anchor(20, 20) is None
    assert diff.anchor(24, 24) is None
    assert diff.anchor(22, 22) == Anchor(line=22)


def test_a_range_in_one_hunk_anchors_with_a_start_line() -> None:
    diff = parse_patch(PATCH)
    assert diff.anchor(2, 4) == Anchor(line=4, start_line=2)


def test_a_range_crossing_hunks_keeps_only_its_first_line() -> None:
    diff = parse_patch(PATCH)
    assert diff.anchor(5, 21) == Anchor(line=5)


def test_new_file_and_single_line_hunk_headers() -> None:
    diff = parse_patch("@@ -0,0 +1 @@\n+only line")
    assert diff.hunks == (range(1, 2),)
    assert parse_patch("@@ -0,0 +1,2 @@\n+a\n+b\n").hunks == (range(1, 3),)


def test_deleted_lines_do_not_advance_the_right_side() -> None:
    diff = parse_patch("@@ -10,3 +10,1 @@\n-x\n-y\n z")
    assert diff.hunks == (range(10, 11),)


def test_empty_or_binary_patch_has_no_lines() -> None:
    assert parse_patch("").hunks == ()
    assert parse_patch("Binary files differ").hunks == ()


def test_truncated_last_hunk_counts_only_lines_present() -> None:
    diff = parse_patch("@@ -1,2 +1,50 @@\n+a\n+b\n+c")
    assert diff.hunks == (range(1, 4),)
