"""Tests for qtreview; the GitHub emulator lives in `tests.github_emulator`."""
