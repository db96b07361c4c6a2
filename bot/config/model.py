"""The effective configuration as typed, frozen values, and its mapping onto the engine's Policy."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, cast

from bot.config.errors import ConfigError

if TYPE_CHECKING:
    from checks import Policy

SeverityName = Literal["error", "warning", "note"]
FailOn = Literal["error", "warning", "never"]
ReviewEvent = Literal["COMMENT", "REQUEST_CHANGES"]
Permission = Literal["read", "triage", "write", "maintain", "admin"]

CONFIG_PATH = ".github/qtreview.yml"
ORG_CONFIG_REPO = ".github"
"""Probot's convention: an organization's defaults live in its `.github` repository."""

DEFAULTS: Mapping[str, Any] = MappingProxyType(
    {
        "enabled": True,
        "inherit": True,
        "paths": {"include": [], "exclude": []},
        "min_confidence": 0.5,
        "max_comments": 10,
        "fail_on": "error",
        "review": {"event": "COMMENT"},
        "commands": {"min_permission": "write", "cooldown_seconds": 30},
        "rules": {},
    }
)
"""Built-in defaults, the bottom layer; they must validate against the schema themselves."""


def source_label(owner: str, repo: str, path: str = CONFIG_PATH) -> str:
    """How errors and summaries name a config file: `acme/.github:.github/qtreview.yml`."""
    return f"{owner}/{repo}:{path}"


@dataclass(frozen=True)
class RuleSetting:
    enabled: bool = True
    severity: SeverityName | None = None
    min_confidence: float | None = None


@dataclass(frozen=True)
class PathsConfig:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReviewConfig:
    event: ReviewEvent = "COMMENT"


@dataclass(frozen=True)
class CommandsConfig:
    min_permission: Permission = "write"
    cooldown_seconds: int = 30


@dataclass(frozen=True)
class EffectiveConfig:
    """What the bot obeys for one repository; `errors` lists files that were skipped and why."""

    enabled: bool = True
    inherit: bool = True
    paths: PathsConfig = PathsConfig()
    min_confidence: float = 0.5
    max_comments: int = 10
    fail_on: FailOn = "error"
    review: ReviewConfig = ReviewConfig()
    commands: CommandsConfig = CommandsConfig()
    rules: Mapping[str, RuleSetting] = field(default_factory=lambda: MappingProxyType({}))
    include_dirs: tuple[str, ...] | None = None
    """Where project headers are searched (after beside the file and the root); None: guessed."""
    errors: tuple[ConfigError, ...] = ()
    sources: tuple[str, ...] = ()
    """Labels of the files that were applied, lowest layer first."""

    def to_policy(self) -> Policy:
        """The engine-side view: thresholds, rule overrides and path globs."""
        from checks import Policy, RuleOverride, Severity

        return Policy(
            min_confidence=self.min_confidence,
            rules={
                rule_id: RuleOverride(
                    enabled=s.enabled,
                    severity=Severity(s.severity) if s.severity is not None else None,
                    min_confidence=s.min_confidence,
                )
                for rule_id, s in self.rules.items()
            },
            include=self.paths.include,
            exclude=self.paths.exclude,
            include_dirs=self.include_dirs,
            fail_on=None if self.fail_on == "never" else Severity(self.fail_on),
        )


def from_data(
    data: Mapping[str, Any], errors: tuple[ConfigError, ...], sources: tuple[str, ...]
) -> EffectiveConfig:
    """Build typed values from merged data that has already been validated layer by layer."""
    paths = data.get("paths", {})
    review = data.get("review", {})
    commands = data.get("commands", {})
    return EffectiveConfig(
        enabled=bool(data.get("enabled", True)),
        inherit=bool(data.get("inherit", True)),
        paths=PathsConfig(
            include=tuple(paths.get("include", ())), exclude=tuple(paths.get("exclude", ()))
        ),
        min_confidence=float(data.get("min_confidence", 0.5)),
        max_comments=int(data.get("max_comments", 10)),
        fail_on=cast(FailOn, data.get("fail_on", "error")),
        review=ReviewConfig(event=cast(ReviewEvent, review.get("event", "COMMENT"))),
        commands=CommandsConfig(
            min_permission=cast(Permission, commands.get("min_permission", "write")),
            cooldown_seconds=int(commands.get("cooldown_seconds", 30)),
        ),
        rules=MappingProxyType(
            {rule_id: _rule(value) for rule_id, value in data.get("rules", {}).items()}
        ),
        include_dirs=tuple(data["include_dirs"]) if "include_dirs" in data else None,
        errors=errors,
        sources=sources,
    )


def _rule(value: Any) -> RuleSetting:
    if value is False or value == "off":
        return RuleSetting(enabled=False)
    if value is True or value == "on":
        return RuleSetting()
    conf = value.get("min_confidence")
    return RuleSetting(
        enabled=bool(value.get("enabled", True)),
        severity=value.get("severity"),
        min_confidence=float(conf) if conf is not None else None,
    )
