"""Tests of the GitHub App (`bot/`), one folder per package."""
