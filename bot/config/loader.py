"""Load, validate and merge the config layers: defaults, then the org file, then the repo file.

Loading never raises: a file that is not valid YAML, or not valid against the schema, is skipped
as a whole (half a config is worse than none) and reported as ConfigErrors; other layers apply.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import jsonschema
import yaml

from bot.config.errors import ConfigError, PathPart, format_key_path, locate
from bot.config.model import DEFAULTS, EffectiveConfig, from_data
from bot.config.schema import SCHEMA

MAX_CONFIG_BYTES = 64 * 1024
"""Config files are small; a larger one is a mistake or an attack on the parser."""

_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


class Source(NamedTuple):
    """A config file's text and the label errors name it by (see `source_label`)."""

    label: str
    text: str


def load_layers(
    defaults: Mapping[str, Any] = DEFAULTS,
    org: Source | None = None,
    repo: Source | None = None,
    *,
    known_rules: Collection[str] | None = None,
) -> EffectiveConfig:
    """The effective config for one repository; `org`/`repo` are None where no file exists.

    `known_rules` defaults to the engine's rule ids (`checks.rule_table()`).
    """
    rules = _known_rules(known_rules)
    errors: list[ConfigError] = []
    repo_data: dict[str, Any] | None = None
    if repo is not None:
        repo_data, repo_errors = parse_source(repo, rules)
        errors += repo_errors
    org_data: dict[str, Any] | None = None
    if org is not None and not (repo_data is not None and repo_data.get("inherit") is False):
        org_data, org_errors = parse_source(org, rules)
        errors = org_errors + errors

    merged: dict[str, Any] = merge({}, defaults)
    sources: list[str] = []
    for src, data in ((org, org_data), (repo, repo_data)):
        if src is not None and data is not None:
            merged = merge(merged, data)
            sources.append(src.label)
    return from_data(merged, tuple(errors), tuple(sources))


def validate_file(
    path: str | Path, *, known_rules: Collection[str] | None = None
) -> list[ConfigError]:
    """Everything wrong with one config file on disk (`qtreview config validate FILE`)."""
    label = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        return [ConfigError(label, "", f"cannot read the file: {e.strerror or e}")]
    if len(raw) > MAX_CONFIG_BYTES:
        return [ConfigError(label, "", _too_large(len(raw)))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [ConfigError(label, "", f"the file is not UTF-8 text (byte {e.start})")]
    _, errors = parse_source(Source(label, text), _known_rules(known_rules))
    return errors


def parse_source(
    source: Source, known_rules: Collection[str]
) -> tuple[dict[str, Any] | None, list[ConfigError]]:
    """The file's data, or None and the reasons it cannot be used."""
    label, text = source
    if len(text.encode("utf-8", "surrogatepass")) > MAX_CONFIG_BYTES:
        return None, [ConfigError(label, "", _too_large(len(text.encode("utf-8", "replace"))))]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "cannot be parsed"
        return None, [
            ConfigError(
                label,
                "",
                f"invalid YAML: {problem}",
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            )
        ]
    except yaml.YAMLError as e:
        return None, [ConfigError(label, "", f"invalid YAML: {e}")]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        where = locate(root, [])
        return None, [
            ConfigError(
                label,
                "",
                f"the file must be a mapping of keys to values, got {_kind(data)}",
                *(where or (None, None)),
            )
        ]
    errors = _check(label, root, data, known_rules)
    return (None, errors) if errors else (data, [])


def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Mappings merge key by key; lists and scalars from `over` replace; inputs are not changed."""
    out: dict[str, Any] = {k: _copy(v) for k, v in base.items()}
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = _copy(value)
    return out


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _known_rules(known: Collection[str] | None) -> Collection[str]:
    if known is not None:
        return known
    from checks import rule_table

    return frozenset(meta.id for meta in rule_table())


def _too_large(size: int) -> str:
    return f"the file is {size} bytes; config files may be at most {MAX_CONFIG_BYTES} bytes"


def _check(
    label: str, root: yaml.Node | None, data: dict[str, Any], known_rules: Collection[str]
) -> list[ConfigError]:
    found: list[tuple[Sequence[PathPart], bool, str]] = []
    bad_keys = list(_non_string_keys(data, []))
    found += [(path, True, f"keys must be text, got {_show(key)}") for path, key in bad_keys]
    if not bad_keys:
        for error in _VALIDATOR.iter_errors(data):
            found += _describe(error)
        rules = data.get("rules")
        if isinstance(rules, dict):
            for rule_id in rules:
                if rule_id not in known_rules:
                    hint = _suggest(str(rule_id), known_rules)
                    found.append((["rules", rule_id], True, f"unknown rule id {rule_id!r}{hint}"))

    errors = []
    for path, at_key, message in found:
        line_col = locate(root, path, key=at_key) or (None, None)
        errors.append(ConfigError(label, format_key_path(path), message, *line_col))
    return sorted(errors, key=lambda e: (e.line or 0, e.column or 0, e.key_path))


def _non_string_keys(value: Any, path: list[PathPart]) -> Iterator[tuple[list[PathPart], Any]]:
    """YAML allows `1:` or `[a, b]:` as keys; JSON Schema (and we) want text."""
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                yield [*path, _show(k)], k
            else:
                yield from _non_string_keys(v, [*path, k])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _non_string_keys(v, [*path, i])


def _describe(error: jsonschema.ValidationError) -> list[tuple[Sequence[PathPart], bool, str]]:
    """jsonschema's messages are for developers; these are for the person editing the file."""
    path: list[PathPart] = list(error.absolute_path)
    instance: Any = error.instance
    expected: Any = error.validator_value
    kind = error.validator
    schema: Any = error.schema
    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = [k for k in instance if k not in allowed]
        return [
            ([*path, k], True, f"unknown key {k!r}{_suggest(k, allowed, listing=True)}")
            for k in extra
        ]
    message: str
    if kind == "enum":
        message = f"{_show(instance)} is not one of {', '.join(_show(v) for v in expected)}"
        if path and path[0] == "rules" and len(path) == 2:
            message += ", or a mapping of overrides (enabled, severity, min_confidence)"
    elif kind == "type":
        message = f"expected {_TYPE_NAMES.get(expected, expected)}, got {_kind(instance)}"
    elif kind == "minimum":
        message = f"must be at least {expected}, got {_show(instance)}"
    elif kind == "maximum":
        message = f"must be at most {expected}, got {_show(instance)}"
    elif kind == "minLength":
        message = "must not be empty"
    elif kind == "pattern" and "description" in schema:
        message = f"{_show(instance)} is not {schema['description']}"
    else:
        message = error.message
    return [(path, False, message)]


_TYPE_NAMES = {
    "boolean": "true or false",
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "array": "a list",
    "object": "a mapping of keys to values",
}


def _suggest(word: str, choices: Collection[str], *, listing: bool = False) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    if listing and choices:
        return f" (known keys: {', '.join(sorted(choices))})"
    return ""


def _show(value: Any) -> str:
    """A value as the user wrote it in YAML, within reason."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return repr(value)
    return _kind(value)


def _kind(value: Any) -> str:
    for types, name in _KINDS:
        if isinstance(value, types):
            shown = f" ({_show(value)})" if isinstance(value, str | int | float) else ""
            return name + shown
    return type(value).__name__


_KINDS: list[tuple[type | tuple[type, ...], str]] = [
    (bool, "a boolean"),
    (int, "a whole number"),
    (float, "a number"),
    (str, "text"),
    (type(None), "an empty value"),
    (list, "a list"),
    (dict, "a mapping"),
    ((datetime.date, datetime.datetime), "a date"),
    (bytes, "binary data"),
]
