"""Config errors that point at the exact key, line and column a user has to fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: finding the config file should not load a YAML parser
    import yaml

PathPart = str | int


@dataclass(frozen=True)
class ConfigError:
    """One problem in one config file; `line`/`column` are 1-based, None when unknown."""

    source: str
    key_path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        key = f" {self.key_path}:" if self.key_path else ""
        return f"{where}:{key} {self.message}"


def format_key_path(path: Sequence[PathPart]) -> str:
    """`rules.read-overflow.severity`, with list items as `paths.include[2]`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def locate(
    root: yaml.Node | None, path: Sequence[PathPart], *, key: bool = False
) -> tuple[int, int] | None:
    """1-based (line, column) of the node at `path`: its key with `key=True`, else its value.

    A path that leaves the document (a missing key) resolves to the deepest node that exists.
    """
    import yaml

    node = root
    found: tuple[int, int] | None = _mark(root)
    for i, part in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, yaml.MappingNode):
            match = None
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(part):
                    match = (k, v)
            if match is None:
                return found
            node = match[0] if (last and key) else match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return found
            node = node.value[part]
        else:
            return found
        found = _mark(node)
    return found


def _mark(node: yaml.Node | None) -> tuple[int, int] | None:
    if node is None:
        return None
    return node.start_mark.line + 1, node.start_mark.column + 1
