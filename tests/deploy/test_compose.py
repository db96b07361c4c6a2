"""deploy/docker-compose.yml parses and is consistent: Redis, two `serve` and two `worker`
replicas running commands the CLI has, the state volume where the image keeps its state, every
setting the App reads taken from the environment."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
import yaml

from tests.deploy.app_facts import (
    DEPLOY,
    HOW_TO_ADD,
    NOT_IN_MANIFESTS,
    ROOT,
    app_settings,
    cli_commands,
    dockerfile_state_dir,
    documented,
    missing_settings,
)

APP_SERVICES = ("serve", "worker")
INTERPOLATION = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)")
SCHEMA = ROOT / "tests" / "data" / "compose" / "compose-spec.json"
# What an operator exports before `docker compose up` (docs/deploying.md).
OPERATOR_ENV = {
    "GITHUB_APP_ID": "12345",
    "GITHUB_WEBHOOK_SECRET": "s3cret",
    "GITHUB_PRIVATE_KEY_FILE": "./app.pem",
}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default}, ${VAR:?message}; a missing required one fails."""

    def value(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2) or "", m.group(3) or ""
        if env.get(name):
            return env[name]
        assert op != ":?", f"{name} required: {arg}"
        return arg if op == ":-" else ""

    return re.sub(r"\$\{(\w+)(?:(:-|:\?)([^}]*))?\}", value, text)


def named_volumes(service: dict[str, Any]) -> dict[str, str]:
    """Named volume -> mount path (bind mounts, which start with . or /, are not volumes)."""
    out = {}
    for entry in service.get("volumes", []):
        source, target = (
            entry.split(":")[:2] if isinstance(entry, str) else (entry["source"], entry["target"])
        )
        if not source.startswith((".", "/", "~")):
            out[source] = target
    return out


def test_file_validates_against_the_compose_specification() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    validator = jsonschema.Draft7Validator(schema)
    for data in (yaml.safe_load(text), yaml.safe_load(interpolate(text, OPERATOR_ENV))):
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == []


def test_required_settings_stop_compose_with_a_message() -> None:
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    for name in OPERATOR_ENV:
        env = {k: v for k, v in OPERATOR_ENV.items() if k != name}
        with pytest.raises(AssertionError, match=f"{name} required: set {name}"):
            interpolate(text, env)


def test_redis_and_two_replicas_of_serve_and_worker(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert "redis" in services
    for name in APP_SERVICES:
        assert services[name]["deploy"]["replicas"] == 2, name


@pytest.mark.parametrize("name", ["serve", "worker"])
def test_commands_exist_in_the_cli(compose: dict[str, Any], name: str) -> None:
    command = compose["services"][name]["command"]
    assert command[0] == "qtreview"
    assert command[1] == name
    assert command[1] in cli_commands(), f"`qtreview {command[1]}` is not a CLI command"


def test_volumes_secrets_and_dependencies_are_defined(compose: dict[str, Any]) -> None:
    volumes, secrets = set(compose["volumes"]), set(compose["secrets"])
    services = compose["services"]
    for name, service in services.items():
        assert set(named_volumes(service)) <= volumes, name
        assert set(service.get("secrets", [])) <= secrets, name
        assert set(service.get("depends_on", {})) <= set(services) - {name}, name
    for secret in compose["secrets"].values():
        assert secret["file"], secret


@pytest.mark.parametrize("name", APP_SERVICES)
def test_state_volume_is_where_the_image_keeps_state(compose: dict[str, Any], name: str) -> None:
    state_dir, image_volumes = dockerfile_state_dir()
    service = compose["services"][name]
    assert service["environment"]["QTREVIEW_STATE_DIR"] == state_dir
    assert state_dir in image_volumes
    assert state_dir in named_volumes(service).values()


@pytest.mark.parametrize("name", APP_SERVICES)
def test_every_setting_comes_from_the_environment(compose: dict[str, Any], name: str) -> None:
    env = compose["services"][name]["environment"]
    assert missing_settings(set(env)) == [], HOW_TO_ADD
    assert set(env) <= app_settings(), "the App reads no such setting"
    for omitted in NOT_IN_MANIFESTS:
        assert documented(omitted), f"{omitted}: say in docs/deploying.md why it is left out"
    secret_path = env["GITHUB_PRIVATE_KEY_PATH"]
    assert secret_path.removeprefix("/run/secrets/") in compose["services"][name]["secrets"]


def test_every_interpolated_variable_is_documented(compose: dict[str, Any]) -> None:
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    names = set(INTERPOLATION.findall(text))
    assert {"GITHUB_APP_ID", "GITHUB_WEBHOOK_SECRET", "GITHUB_PRIVATE_KEY_FILE"} <= names
    assert [n for n in sorted(names) if not documented(n)] == []
