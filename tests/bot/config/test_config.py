"""Config layering, validation messages with lines, the schema file, the CLI and to_policy."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from bot.config import (
    DEFAULTS,
    SCHEMA,
    ConfigError,
    EffectiveConfig,
    RuleSetting,
    Source,
    load_layers,
    merge,
    render_schema,
    source_label,
    validate_file,
)
from bot.config.cli import main as config_main
from checks import Policy, RuleOverride, Severity

ROOT = Path(__file__).resolve().parents[3]
RULES = frozenset({"read-overflow", "signed-length", "unchecked-read"})
ORG = source_label("acme", ".github")
REPO = source_label("acme", "widgets")


def load(org: str | None = None, repo: str | None = None) -> EffectiveConfig:
    return load_layers(
        DEFAULTS,
        Source(ORG, org) if org is not None else None,
        Source(REPO, repo) if repo is not None else None,
        known_rules=RULES,
    )


def only_error(config: EffectiveConfig) -> ConfigError:
    assert len(config.errors) == 1, config.errors
    return config.errors[0]


def test_no_files_gives_the_builtin_defaults() -> None:
    config = load()
    assert config.errors == ()
    assert config.sources == ()
    assert config.max_comments == 10
    assert config.fail_on == "error"
    assert config.review.event == "COMMENT"
    assert config.commands.min_permission == "write"
    assert config.commands.cooldown_seconds == 30


def test_org_file_only_applies() -> None:
    config = load(org="max_comments: 3\nfail_on: warning\n")
    assert config.errors == ()
    assert config.sources == (ORG,)
    assert (config.max_comments, config.fail_on) == (3, "warning")
    assert config.min_confidence == 0.5  # untouched keys keep the default


def test_repo_overrides_org_key_by_key() -> None:
    config = load(
        org="max_comments: 3\ncommands:\n  min_permission: admin\n  cooldown_seconds: 5\n",
        repo="commands:\n  cooldown_seconds: 60\n",
    )
    assert config.sources == (ORG, REPO)
    assert config.max_comments == 3
    assert config.commands.min_permission == "admin"  # from org: mappings merge
    assert config.commands.cooldown_seconds == 60  # repo wins


def test_inherit_false_ignores_the_org_file() -> None:
    config = load(org="max_comments: 3\nenabled: false\n", repo="inherit: false\nfail_on: never\n")
    assert config.sources == (REPO,)
    assert config.max_comments == 10
    assert config.enabled is True
    assert config.fail_on == "never"


def test_inherit_false_also_skips_errors_in_the_org_file() -> None:
    config = load(org="max_coments: 3\n", repo="inherit: false\n")
    assert config.errors == ()


def test_broken_repo_file_is_skipped_and_org_still_applies() -> None:
    repo = "max_comments: 20\nrules:\n  read-overflow:\n    severity: fatal\n"
    config = load(org="max_comments: 4\n", repo=repo)
    assert config.sources == (ORG,)
    assert config.max_comments == 4  # the repo's valid key is not half-applied
    error = only_error(config)
    assert error.source == REPO
    assert error.key_path == "rules.read-overflow.severity"
    assert (error.line, error.column) == (4, 15)
    assert error.message == "'fatal' is not one of 'error', 'warning', 'note'"
    assert str(error) == (
        f"{REPO}:4:15: rules.read-overflow.severity: "
        "'fatal' is not one of 'error', 'warning', 'note'"
    )


def test_broken_org_file_is_skipped_and_repo_still_applies() -> None:
    config = load(org="fail_on: sometimes\n", repo="max_comments: 2\n")
    assert config.sources == (REPO,)
    assert config.max_comments == 2
    assert config.fail_on == "error"
    assert only_error(config).source == ORG


def test_bad_yaml_reports_the_syntax_error_line() -> None:
    config = load(repo="enabled: true\nmax_comments: 3\n  fail_on: never\n")
    error = only_error(config)
    assert error.line == 3
    assert error.key_path == ""
    assert error.message.startswith("invalid YAML: mapping values are not allowed here")
    assert config.sources == ()


def test_unclosed_flow_mapping_is_a_yaml_error_with_a_line() -> None:
    error = only_error(load(repo="paths: {include: [a\n\nenabled: true\n"))
    assert error.message.startswith("invalid YAML")
    assert error.line is not None
    assert error.line >= 1


def test_unknown_key_suggests_the_closest_known_key() -> None:
    error = only_error(load(repo="enabled: true\n\nmax_coments: 3\n"))
    assert error.key_path == "max_coments"
    assert (error.line, error.column) == (3, 1)
    assert error.message == "unknown key 'max_coments' (did you mean 'max_comments'?)"


def test_unknown_nested_key_without_a_close_match_lists_the_known_keys() -> None:
    error = only_error(load(repo="review:\n  colour: blue\n"))
    assert error.key_path == "review.colour"
    assert (error.line, error.column) == (2, 3)
    assert error.message == "unknown key 'colour' (known keys: event)"


def test_unknown_rule_id_is_an_error_with_a_suggestion() -> None:
    error = only_error(load(repo="rules:\n  read-overflw: off\n"))
    assert error.key_path == "rules.read-overflw"
    assert error.line == 2
    assert error.message == "unknown rule id 'read-overflw' (did you mean 'read-overflow'?)"


def test_wrong_type_names_what_was_expected_and_found() -> None:
    error = only_error(load(repo="max_comments: ten\n"))
    assert error.key_path == "max_comments"
    assert (error.line, error.column) == (1, 15)
    assert error.message == "expected a whole number, got text ('ten')"


def test_out_of_range_and_negative_numbers() -> None:
    config = load(repo="min_confidence: 1.5\nmax_comments: -1\n")
    messages = {e.key_path: e.message for e in config.errors}
    assert messages == {
        "min_confidence": "must be at most 1, got 1.5",
        "max_comments": "must be at least 0, got -1",
    }
    assert [e.line for e in config.errors] == [1, 2]


def test_boolean_is_not_a_number() -> None:
    error = only_error(load(repo="max_comments: true\n"))
    assert error.message == "expected a whole number, got a boolean (true)"


def test_list_item_error_points_at_the_item() -> None:
    error = only_error(load(repo="paths:\n  include:\n    - 'src/**'\n    - ''\n"))
    assert error.key_path == "paths.include[1]"
    assert error.line == 4
    assert error.message == "must not be empty"


def test_non_mapping_file_and_non_text_keys() -> None:
    assert only_error(load(repo="- a\n- b\n")).message == (
        "the file must be a mapping of keys to values, got a list"
    )
    error = only_error(load(repo="enabled: true\n1: 2\n"))
    assert (error.key_path, error.line, error.message) == ("1", 2, "keys must be text, got 1")


def test_empty_file_is_valid_and_applied() -> None:
    config = load(org="max_comments: 1\n", repo="# nothing yet\n")
    assert config.errors == ()
    assert config.sources == (ORG, REPO)
    assert config.max_comments == 1


def test_oversized_file_is_rejected_without_parsing() -> None:
    error = only_error(load(repo="# x\n" * 20000))
    assert "at most 65536 bytes" in error.message


def test_lists_replace_rather_than_append() -> None:
    config = load(
        org="paths:\n  include: ['src/**', 'lib/**']\n  exclude: ['**/test/**']\n",
        repo="paths:\n  include: ['net/**']\n",
    )
    assert config.paths.include == ("net/**",)
    assert config.paths.exclude == ("**/test/**",)


def test_rules_off_on_and_overrides() -> None:
    config = load(
        org="rules:\n  signed-length: {severity: note}\n  unchecked-read: off\n",
        repo="rules:\n  read-overflow: 'off'\n  signed-length: {min_confidence: 0.9}\n"
        "  unchecked-read: on\n",
    )
    assert config.errors == ()
    assert config.rules["read-overflow"] == RuleSetting(enabled=False)
    assert config.rules["signed-length"] == RuleSetting(severity="note", min_confidence=0.9)
    assert config.rules["unchecked-read"] == RuleSetting(enabled=True)


def test_a_rule_value_that_is_neither_switch_nor_mapping() -> None:
    error = only_error(load(repo="rules:\n  read-overflow: 3\n"))
    assert error.key_path == "rules.read-overflow"
    assert error.message.startswith("3 is not one of 'off', 'on', false, true")


def test_to_policy_maps_thresholds_rules_and_paths() -> None:
    config = load(
        repo="min_confidence: 0.7\npaths: {include: ['src/**'], exclude: ['src/3rdparty/**']}\n"
        "rules:\n  read-overflow: off\n  signed-length: {severity: error, min_confidence: 0.2}\n"
    )
    policy = config.to_policy()
    assert isinstance(policy, Policy)
    assert policy.min_confidence == 0.7
    assert policy.include == ("src/**",)
    assert policy.exclude == ("src/3rdparty/**",)
    assert policy.rules["read-overflow"] == RuleOverride(enabled=False)
    assert policy.rules["signed-length"] == RuleOverride(
        enabled=True, severity=Severity.ERROR, min_confidence=0.2
    )
    assert policy.wants_path("src/net/socket.cpp")
    assert not policy.wants_path("src/3rdparty/zlib.c")


def test_merge_does_not_mutate_its_inputs() -> None:
    base = {"paths": {"include": ["a"]}, "rules": {"x": {"severity": "note"}}}
    merged = merge(base, {"paths": {"exclude": ["b"]}, "rules": {"x": "off"}})
    assert merged == {"paths": {"include": ["a"], "exclude": ["b"]}, "rules": {"x": "off"}}
    assert base == {"paths": {"include": ["a"]}, "rules": {"x": {"severity": "note"}}}


def test_defaults_are_valid_against_the_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(merge({}, DEFAULTS))


def test_schema_file_is_in_sync() -> None:
    path = ROOT / "docs" / "qtreview.schema.json"
    assert path.read_text(encoding="utf-8") == render_schema(), (
        "regenerate with: python -m bot.config.cli config schema > docs/qtreview.schema.json"
    )
    assert json.loads(path.read_text(encoding="utf-8")) == SCHEMA


def test_validate_file_and_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.yml"
    good.write_text("fail_on: warning\n", encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text("fail_on: warning\nreview:\n  event: APPROVE\n", encoding="utf-8")

    assert validate_file(good, known_rules=RULES) == []
    errors = validate_file(bad, known_rules=RULES)
    assert [(e.source, e.line, e.key_path) for e in errors] == [(str(bad), 3, "review.event")]

    assert config_main(["config", "validate", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: valid\n"
    assert config_main(["config", "validate", str(bad)]) == 1
    assert capsys.readouterr().out == (
        f"{bad}:3:10: review.event: 'APPROVE' is not one of 'COMMENT', 'REQUEST_CHANGES'\n"
    )


def test_validate_file_reports_unreadable_and_non_utf8(tmp_path: Path) -> None:
    missing = validate_file(tmp_path / "nope.yml", known_rules=RULES)
    assert len(missing) == 1
    assert missing[0].message.startswith("cannot read the file")
    latin = tmp_path / "latin.yml"
    latin.write_bytes(b"# caf\xe9\n")
    assert (
        validate_file(latin, known_rules=RULES)[0].message == "the file is not UTF-8 text (byte 5)"
    )


def test_engine_rule_ids_are_the_default_known_rules() -> None:
    from checks import rule_table

    ids = [meta.id for meta in rule_table()]
    config = load_layers(DEFAULTS, None, Source(REPO, "rules:\n  no-such-rule-xyz: off\n"))
    assert [e.key_path for e in config.errors] == ["rules.no-such-rule-xyz"]
    assert ids, "the engine has no rules"
    ok = load_layers(DEFAULTS, None, Source(REPO, f"rules:\n  {ids[0]}: off\n"))
    assert ok.errors == ()
    assert ok.rules[ids[0]].enabled is False


def test_include_dirs_reach_the_policy_and_are_unset_by_default() -> None:
    assert load().to_policy().include_dirs is None  # the engine guesses
    config = load(org="include_dirs: [include]\n", repo="include_dirs: [src/lib, third/kio]\n")
    assert config.errors == ()
    assert config.to_policy().include_dirs == ("src/lib", "third/kio")  # lists replace


@pytest.mark.parametrize("bad", ["/usr/include", "../outside", "src/../../x", ""])
def test_include_dirs_stay_inside_the_repository(bad: str) -> None:
    error = only_error(load(repo=f'include_dirs: ["ok", "{bad}"]\n'))
    assert error.key_path == "include_dirs[1]"
    assert error.message == f"'{bad}' is not a directory of the repository (relative, without `..`)"
    assert load(repo=f'include_dirs: ["ok", "{bad}"]\n').to_policy().include_dirs is None
