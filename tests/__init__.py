"""Tests for qtreview; the GitHub emulator lives in `tests.support.github_emulator`."""
