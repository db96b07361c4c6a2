"""GitHub's OpenAPI description (the subset in tests/data/github), used to judge the bot's requests.

The emulator does not trust itself to know GitHub's request shapes: every operation it serves is
looked up here, and request bodies and typed path/query parameters are validated against the
schemas GitHub publishes. Response bodies are checked against the response schema for their status
so the emulator cannot drift from the shapes GitHub describes.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "github"
SPEC_PATH = DATA_DIR / "openapi-subset.json"

_METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document, with two readings of GitHub's intent made explicit.

    - GitHub marks some inline `oneOf`s (check runs' `status`) with a discriminator that has no
      `mapping`; OpenAPI's implicit mapping would then name component schemas that do not exist,
      so a strict validator rejects bodies GitHub accepts. Those discriminators are dropped.
    - `nullable: true` with an `enum` (check run `conclusion`, comment `start_side`): GitHub sends
      null there, but OpenAPI 3.0.3 validators want null listed in the enum. It is added.
    """
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))

    def strip(node: Any) -> None:
        if isinstance(node, dict):
            disc = node.get("discriminator")
            if isinstance(disc, dict) and "mapping" not in disc:
                del node["discriminator"]
            enum = node.get("enum")
            if node.get("nullable") is True and isinstance(enum, list) and None not in enum:
                enum.append(None)
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)

    strip(spec)
    return spec


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (one level; schemas keep theirs for the validator)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    """One operation of the spec: method, path template and the schemas around it."""

    method: str
    template: str
    operation_id: str
    regex: re.Pattern[str]
    parameters: list[Parameter]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[int, dict[str, Any] | None] = field(default_factory=dict)

    def match(self, path: str) -> dict[str, str] | None:
        m = self.regex.fullmatch(path)
        return m.groupdict() if m else None


def _validator(schema: Mapping[str, Any]) -> OAS30Validator:
    root = {"allOf": [schema], "components": load_spec()["components"]}
    return OAS30Validator(root, format_checker=OAS30Validator.FORMAT_CHECKER)


@functools.cache
def _cached_validator(schema_json: str) -> OAS30Validator:
    return _validator(json.loads(schema_json))


def schema_errors(schema: Mapping[str, Any], instance: Any) -> list[str]:
    """Every way `instance` fails `schema` (refs resolve against the spec's components)."""
    validator = _cached_validator(json.dumps(schema, sort_keys=True))
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    out = []
    for err in errors:
        where = "/".join(str(p) for p in err.absolute_path)
        message = err.message if len(err.message) <= 300 else err.message[:300] + "..."
        out.append(f"{where or '(root)'}: {message}")
    return out


@functools.cache
def operations() -> tuple[Operation, ...]:
    spec = load_spec()
    ops: list[Operation] = []
    for template, item in spec["paths"].items():
        shared = [_resolve(spec, p) for p in item.get("parameters", [])]
        for method in _METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            params = [_resolve(spec, p) for p in [*shared, *raw.get("parameters", [])]]
            parameters = [
                Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
                for p in params
            ]
            multi = {p["name"] for p in params if p.get("x-multi-segment")}

            def group(m: re.Match[str], multi: set[str] = multi) -> str:
                name = m.group(1)
                return f"(?P<{name}>.+)" if name in multi else f"(?P<{name}>[^/]+)"

            regex = re.compile(re.sub(r"\{(\w+)\}", group, template))
            body = raw.get("requestBody")
            body_schema = None
            body_required = False
            if body is not None:
                body = _resolve(spec, body)
                body_schema = body["content"]["application/json"]["schema"]
                body_required = bool(body.get("required"))
            responses: dict[int, dict[str, Any] | None] = {}
            for status, resp in raw.get("responses", {}).items():
                resp = _resolve(spec, resp)
                content = resp.get("content") or {}
                media = content.get("application/json") or next(iter(content.values()), None)
                responses[int(status)] = media.get("schema") if media else None
            ops.append(
                Operation(
                    method=method.upper(),
                    template=template,
                    operation_id=raw["operationId"],
                    regex=regex,
                    parameters=parameters,
                    body_schema=body_schema,
                    body_required=body_required,
                    responses=responses,
                )
            )
    return tuple(ops)


def find_operation(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    """The spec operation serving `method path`, with the raw path parameters."""
    for op in operations():
        if op.method != method.upper():
            continue
        params = op.match(path)
        if params is not None:
            return op, params
    return None


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """Turn a path or query string into the JSON type its schema names (if it can)."""
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            return raw
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    return raw


def check_parameters(
    op: Operation, path_params: Mapping[str, str], query: Mapping[str, str]
) -> tuple[dict[str, Any], list[str]]:
    """Typed parameter values and the ways they break the spec (unknown query keys are ignored,
    as GitHub ignores them)."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for param in op.parameters:
        source = path_params if param.location == "path" else query
        if param.location not in ("path", "query"):
            continue
        if param.name not in source:
            if param.required:
                problems.append(f"{param.location} parameter {param.name!r} is required")
            elif "default" in param.schema:
                values[param.name] = param.schema["default"]
            continue
        value = _coerce(source[param.name], param.schema)
        for err in schema_errors(param.schema, value):
            problems.append(f"{param.location} parameter {param.name!r}: {err}")
        values[param.name] = value
    return values, problems


def check_body(op: Operation, body: Any, present: bool) -> list[str]:
    if op.body_schema is None:
        return []
    if not present:
        return ["request body is required"] if op.body_required else []
    return [f"body {e}" for e in schema_errors(op.body_schema, body)]


def check_response(op: Operation, status: int, body: Any) -> list[str]:
    """Schema errors of a response; statuses the spec does not describe are not judged."""
    schema = op.responses.get(status)
    if schema is None:
        return []
    return [f"response {status} {e}" for e in schema_errors(schema, body)]


def example(name: str) -> Any:
    """A deep copy of a named example from the spec's components (a template for responses)."""
    return copy.deepcopy(load_spec()["components"]["examples"][name]["value"])
