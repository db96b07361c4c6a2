"""Repository and organization configuration (`.github/qtreview.yml`): load, validate, merge.

Usage from the pipeline: fetch the org file (`<org>/.github`) and the repo file, then
`load_layers(DEFAULTS, org, repo)`; `.to_policy()` feeds the engine, `.errors` the check run.
"""

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
