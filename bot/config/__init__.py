"""Repository and organization configuration (`.github/qtreview.yml`): load, validate, merge.

Usage from the pipeline: fetch the org file (`<org>/.github`) and the repo file, then
`load_layers(DEFAULTS, org, repo)`; `.to_policy()` feeds the engine, `.errors` the check run.
Names are imported on first use: `qtreview check` finds the file without loading the validator.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.config.errors import ConfigError
    from bot.config.loader import MAX_CONFIG_BYTES, Source, load_layers, merge, validate_file
    from bot.config.model import (
        CONFIG_PATH,
        DEFAULTS,
        ORG_CONFIG_REPO,
        CommandsConfig,
        EffectiveConfig,
        PathsConfig,
        ReviewConfig,
        RuleSetting,
        source_label,
    )
    from bot.config.schema import SCHEMA, render_schema

_HOME = {
    "ConfigError": "bot.config.errors",
    **dict.fromkeys(
        ("MAX_CONFIG_BYTES", "Source", "load_layers", "merge", "validate_file"), "bot.config.loader"
    ),
    **dict.fromkeys(
        (
            "CONFIG_PATH",
            "DEFAULTS",
            "ORG_CONFIG_REPO",
            "CommandsConfig",
            "EffectiveConfig",
            "PathsConfig",
            "ReviewConfig",
            "RuleSetting",
            "source_label",
        ),
        "bot.config.model",
    ),
    **dict.fromkeys(("SCHEMA", "render_schema"), "bot.config.schema"),
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot.config' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "CONFIG_PATH",
    "DEFAULTS",
    "MAX_CONFIG_BYTES",
    "ORG_CONFIG_REPO",
    "SCHEMA",
    "CommandsConfig",
    "ConfigError",
    "EffectiveConfig",
    "PathsConfig",
    "ReviewConfig",
    "RuleSetting",
    "Source",
    "load_layers",
    "merge",
    "render_schema",
    "source_label",
    "validate_file",
]
