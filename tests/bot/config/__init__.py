"""Tests of `bot/config/`."""
