"""Webhooks in: receive and verify (`receive`), route (`router`), one module per event, and the
one place a payload becomes a `ReviewJob` (`payload`)."""
