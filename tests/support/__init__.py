"""Shared test helpers: rule fixture conventions, the real Qt headers, harnesses."""
