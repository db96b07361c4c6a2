"""Run a composite action's steps the way the GitHub Actions runner does, for what action.yml uses.

Each `run:` step goes to `bash -e {0}` (the runner's `shell: bash`) with the step's `env`, the
`GITHUB_*` variables, and the files the runner reads back after each step (`GITHUB_OUTPUT`
becomes `steps.<id>.outputs`, `GITHUB_PATH` is put in front of PATH). `${{ }}` expressions are
evaluated for the forms action.yml uses: context paths, string literals, `==`, `!=`, `&&`, `||`
and `always()`, with GitHub's rules (`||` gives the first truthy operand, `&&` the first falsy
one); after a failed step only steps whose `if` has `always()` run. A `uses:` step cannot run
here; it is returned with its evaluated `with:` inputs.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


@dataclass
class StepResult:
    name: str
    ran: bool
    code: int = 0
    output: str = ""
    uses: str | None = None
    with_: dict[str, str] = field(default_factory=dict)


def _lookup(context: dict[str, Any], path: str) -> Any:
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return ""
        value = value[part]
    return value


def _operand(context: dict[str, Any], text: str) -> Any:
    text = text.strip()
    if text == "always()":
        return True
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    for op in ("==", "!="):
        if op in text:
            left, right = (_operand(context, t) for t in text.split(op, 1))
            return (str(left) == str(right)) == (op == "==")
    return _lookup(context, text)


def evaluate(context: dict[str, Any], expr: str) -> Any:
    value: Any = ""
    for alternative in expr.split("||"):
        value = True
        for term in alternative.split("&&"):
            value = _operand(context, term)
            if not value:
                break
        if value:
            return value
    return value


def substitute(context: dict[str, Any], text: str) -> str:
    return _EXPR.sub(lambda m: str(evaluate(context, m.group(1))), text)


def _condition(context: dict[str, Any], cond: str | None) -> bool:
    if cond is None:
        return True
    m = _EXPR.fullmatch(cond.strip())
    return bool(evaluate(context, m.group(1) if m else cond))


def run_steps(
    action: Path,
    inputs: dict[str, str],
    github: dict[str, Any],
    workspace: Path,
    runner_temp: Path,
    env: dict[str, str],
    first_step: int = 0,
) -> tuple[list[StepResult], dict[str, Any]]:
    """Run action.yml's steps from `first_step`; return each step's result and the contexts."""
    spec = yaml.safe_load(action.read_text())
    defaults = {k: str(v.get("default", "")) for k, v in spec.get("inputs", {}).items()}
    context: dict[str, Any] = {
        "inputs": {**defaults, **inputs},
        "github": {**github, "action_path": str(action.parent)},
        "runner": {"temp": str(runner_temp)},
        "steps": {},
    }
    base_env = {
        **env,
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_ACTION_PATH": str(action.parent),
        "RUNNER_TEMP": str(runner_temp),
        "GITHUB_EVENT_NAME": str(github.get("event_name", "pull_request")),
    }
    path_file = runner_temp / "github_path"
    results = []
    failed = False
    for index, step in enumerate(spec["runs"]["steps"]):
        if index < first_step:
            continue
        name = step.get("name", f"step {index}")
        after_failure = "always()" in str(step.get("if", ""))  # else a failure skips the step
        if (failed and not after_failure) or not _condition(context, step.get("if")):
            results.append(StepResult(name, ran=False))
            continue
        if "uses" in step:
            with_ = {k: substitute(context, str(v)) for k, v in step.get("with", {}).items()}
            results.append(StepResult(name, ran=True, uses=step["uses"], with_=with_))
            continue
        output_file = runner_temp / f"output_{index}"
        output_file.write_text("")
        path_file.touch()
        extra_path = [p for p in reversed(path_file.read_text().splitlines()) if p]
        step_env = {
            **base_env,
            **{k: substitute(context, str(v)) for k, v in step.get("env", {}).items()},
            "GITHUB_OUTPUT": str(output_file),
            "GITHUB_PATH": str(path_file),
            "PATH": os.pathsep.join([*extra_path, base_env["PATH"]]),
        }
        script = runner_temp / f"step_{index}.sh"
        script.write_text(substitute(context, step["run"]))
        assert step.get("shell") == "bash", f"{name}: only `shell: bash` is supported here"
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=workspace,
            env=step_env,
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        outputs = dict(
            line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line
        )
        if "id" in step:
            context["steps"][step["id"]] = {"outputs": outputs}
        results.append(StepResult(name, True, proc.returncode, proc.stdout + proc.stderr))
        failed = failed or proc.returncode != 0
    return results, context
