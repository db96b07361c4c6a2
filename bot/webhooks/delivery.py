"""What a webhook handler gets besides the event: where to queue work, and a place to say what
it did with the delivery (for the response code and the metrics)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.review.queue import JobQueue


@dataclass
class Delivery:
    queue: JobQueue
    outcome: str = "ignored"
    """"queued" when a job was queued; "refused" when shutting down; else "ignored"."""
