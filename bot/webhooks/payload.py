"""What the handlers read from a webhook payload, and the one place a `ReviewJob` is made.

A review is queued by a pull_request event, a re-run check and a `/qtreview recheck` comment; all
three build their job here, so a job's key and fields never depend on which event queued it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.review.queue import ReviewJob


@dataclass(frozen=True)
class PayloadRepo:
    """The payload's `repository`: who owns it, its name, and its web URL for links."""

    owner: str
    name: str
    html_url: str

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> PayloadRepo:
        repository = data["repository"]
        return cls(
            owner=str(repository["owner"]["login"]),
            name=str(repository["name"]),
            html_url=str(
                repository.get("html_url") or f"https://github.com/{repository['full_name']}"
            ),
        )


def installation_id(data: Mapping[str, Any]) -> int | None:
    """None for a delivery without an installation (nothing can be done for it)."""
    installation = (data.get("installation") or {}).get("id")
    return None if installation is None else int(installation)


def review_job(
    repo: PayloadRepo,
    *,
    number: int,
    head_sha: str,
    installation: int,
    delivery: str,
    fresh: bool = False,
    acknowledge: tuple[int, ...] = (),
) -> ReviewJob:
    return ReviewJob(
        repo_full_name=f"{repo.owner}/{repo.name}",
        owner=repo.owner,
        repo=repo.name,
        number=number,
        head_sha=head_sha,
        installation_id=installation,
        html_url=repo.html_url,
        delivery=delivery,
        queued_at=time.monotonic(),
        fresh=fresh,
        acknowledge=acknowledge,
    )
