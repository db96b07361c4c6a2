"""Seeded faults: GitHub failing the way it does, reproducible from a seed.

A `FaultPlan` decides, for every request, whether it fails and how. The decision depends only on
the seed, the request's method, path and query, and how many times that same request was made
before: concurrent requests interleave differently from run to run, but each request's own fate
stays the same, so a failing run can be replayed.

What GitHub does, and what the plan can do:
- `5xx-before`: 500/502/503 before acting (nothing happened);
- `5xx-after`: GitHub acted (a review exists), then the answer was lost in a 502;
- `reset-before`, `reset-after`: the connection is closed without an answer, before or after acting;
- `hang`: GitHub acts at once but answers only after `hang_s`, past the client's timeout;
- `hang-before`: no answer for `hang_s`, then a 504 without acting;
- `secondary`: 403 "secondary rate limit" with `Retry-After`;
- `secondary-bare`: the same without `Retry-After` (GitHub then asks for at least a minute);
- `primary`: the installation's quota is used up until `reset_in_s` from now (403 with
  `x-ratelimit-remaining: 0`; every request of the installation gets it until the reset);
- `422`: "Line could not be resolved" on creating a review with line comments (other requests
  draw `5xx-before` instead).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Fault(StrEnum):
    ERROR_BEFORE = "5xx-before"
    ERROR_AFTER = "5xx-after"
    RESET_BEFORE = "reset-before"
    RESET_AFTER = "reset-after"
    HANG = "hang"
    HANG_BEFORE = "hang-before"
    SECONDARY = "secondary"
    SECONDARY_BARE = "secondary-bare"
    PRIMARY = "primary"
    UNPROCESSABLE = "422"

    @property
    def acts(self) -> bool:
        """GitHub carries the request out before the fault hides its answer."""
        return self in (Fault.ERROR_AFTER, Fault.RESET_AFTER, Fault.HANG)


DEFAULT_MIX: Mapping[Fault, float] = {
    Fault.ERROR_BEFORE: 20,
    Fault.ERROR_AFTER: 20,
    Fault.RESET_BEFORE: 8,
    Fault.RESET_AFTER: 10,
    Fault.HANG: 3,
    Fault.HANG_BEFORE: 2,
    Fault.SECONDARY: 10,
    Fault.SECONDARY_BARE: 10,
    Fault.PRIMARY: 2,
    Fault.UNPROCESSABLE: 15,
}
"""Weights among faults once a request is chosen to fail."""

_STATUS: Mapping[Fault, int] = {
    Fault.ERROR_BEFORE: 0,
    Fault.ERROR_AFTER: 502,
    Fault.RESET_BEFORE: 0,
    Fault.RESET_AFTER: 0,
    Fault.HANG: 0,
    Fault.HANG_BEFORE: 504,
    Fault.SECONDARY: 403,
    Fault.SECONDARY_BARE: 403,
    Fault.PRIMARY: 403,
    Fault.UNPROCESSABLE: 422,
}
"""The status each fault answers with; 0: no answer (a reset), or the real one, late (a hang).
`5xx-before` draws 500, 502 or 503 per request."""
_REVIEW_CREATE = re.compile(r"^/repos/[^/]+/[^/]+/pulls/\d+/reviews$")


@dataclass
class FaultPlan:
    """`rate` of the requests matching `path` (re.search; "" matches all) and `methods` fail."""

    seed: int
    rate: float
    mix: Mapping[Fault, float] = field(default_factory=lambda: dict(DEFAULT_MIX))
    path: str = ""
    methods: frozenset[str] | None = None
    hang_s: float = 2.0
    """How long a hang holds its answer: longer than the client's timeout."""
    retry_after_s: int = 1
    """The `Retry-After` value a secondary limit asks for (GitHub's are 60 and more)."""
    reset_in_s: float = 1.0
    """How far ahead a used-up primary quota resets."""
    max_hangs: int | None = None
    """At most this many hangs in the run (they cost wall time); later draws become 5xx."""
    injected: Counter[Fault] = field(default_factory=Counter)
    """What was injected so far, by kind."""
    _seen: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    _pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"rate must be within 0..1, not {self.rate}")
        self._pattern = re.compile(self.path)

    def draw(self, method: str, path: str, query: str, body: object) -> tuple[Fault, int] | None:
        """The fault for this request and the status it answers with, or None; counts it."""
        if self.methods is not None and method not in self.methods:
            return None
        if not self._pattern.search(path):
            return None
        key = (method, path, query)
        nth = self._seen[key]
        self._seen[key] += 1
        rng = random.Random(f"{self.seed}|{method}|{path}|{query}|{nth}")
        if rng.random() >= self.rate:
            return None
        kinds = list(self.mix)
        fault = rng.choices(kinds, weights=[self.mix[k] for k in kinds])[0]
        if fault is Fault.UNPROCESSABLE and not (
            method == "POST" and _REVIEW_CREATE.match(path) and _has_comments(body)
        ):
            fault = Fault.ERROR_BEFORE
        if fault in (Fault.HANG, Fault.HANG_BEFORE) and self.max_hangs is not None:
            hangs = self.injected[Fault.HANG] + self.injected[Fault.HANG_BEFORE]
            if hangs >= self.max_hangs:
                fault = Fault.ERROR_AFTER if fault is Fault.HANG else Fault.ERROR_BEFORE
        self.injected[fault] += 1
        status = rng.choice((500, 502, 503)) if fault is Fault.ERROR_BEFORE else _STATUS[fault]
        return fault, status


def _has_comments(body: object) -> bool:
    return isinstance(body, dict) and bool(body.get("comments"))
