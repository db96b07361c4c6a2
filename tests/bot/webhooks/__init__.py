"""Tests of `bot/webhooks/`."""
