"""JSON-lines logging that carries the delivery id, so one webhook's story can be grepped whole.

Secrets never reach a log line: messages are built from ids and counts only, and as a second line
of defence every registered secret (webhook secret, key, installation tokens) is masked.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import time
from typing import Any

delivery_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "delivery_id", default=None
)

_secrets: set[str] = set()
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def register_secret(value: str) -> None:
    """Mask `value` wherever it would appear in a log line (short values would mask noise)."""
    if len(value) >= 8:
        _secrets.add(value)


def _mask(text: str) -> str:
    for s in _secrets:
        if s in text:
            text = text.replace(s, "***")
    return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, delivery and any `extra=` fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        current = delivery_id.get()
        if current is not None:
            out["delivery"] = current
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return _mask(json.dumps(out, default=str))


def configure(level: str = "INFO") -> None:
    """Route the root logger to stderr as JSON lines; idempotent so tests may call it again."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
