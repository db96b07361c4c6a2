"""Tests of `bot/commands/`."""
