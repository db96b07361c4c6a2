"""Tests of `bot/review/`."""
