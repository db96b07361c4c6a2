"""Types every part of the bot names when it talks about GitHub."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Repo:
    owner: str
    name: str

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def key(self) -> str:
        """GitHub compares owner and name case-insensitively; caches must too."""
        return self.full_name.lower()
