"""Rule metadata and discovery: every module in `checks/rules/` with a META and a check()."""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING

from checks.findings import Fix, Related, Severity

if TYPE_CHECKING:
    from checks.unit import Node, Unit

ENGINE_VERSION = "1"


@dataclass(frozen=True)
class RuleMeta:
    id: str
    title: str
    cwe: tuple[str, ...]
    severity: Severity
    summary: str
    confidence: str
    """How the rule computes its confidence: shown in `qtreview rules` and the doc."""
    cause: str = ""
    """Rules with the same cause that fire on one statement merge into one finding."""

    @property
    def doc(self) -> str:
        return f"docs/rules/{self.id}.md"


@dataclass
class Hit:
    """What a rule reports; the engine turns it into a Finding (fingerprint, suppression)."""

    node: Node
    message: str
    confidence: float
    related: list[Related] = field(default_factory=list)
    fix: Fix | None = None
    line: int | None = None
    end_line: int | None = None


CheckFn = Callable[["Unit"], Iterator[Hit]]


@dataclass(frozen=True)
class Rule:
    meta: RuleMeta
    check: CheckFn


def _is_rule(module: ModuleType) -> bool:
    return isinstance(getattr(module, "META", None), RuleMeta) and callable(
        getattr(module, "check", None)
    )


@cache
def rules() -> tuple[Rule, ...]:
    import checks.rules as pkg

    found: list[Rule] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"checks.rules.{info.name}")
        if _is_rule(module):
            found.append(Rule(module.META, module.check))
    return tuple(found)


def rule_table() -> list[RuleMeta]:
    return [r.meta for r in rules()]


@cache
def _rules_version() -> str:
    """A digest of the rule code and the Qt model: results cached under another are stale."""
    h = hashlib.sha256(ENGINE_VERSION.encode())
    for pkg in ("checks", "checks.helpers", "checks.rules", "checks.model"):
        for entry in sorted(resources.files(pkg).iterdir(), key=lambda e: e.name):
            if entry.name.endswith((".py", ".h")):
                h.update(entry.name.encode())
                h.update(entry.read_bytes())
    return h.hexdigest()[:16]


RULES_VERSION = _rules_version()
