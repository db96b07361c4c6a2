"""`qtreview config validate FILE` and `qtreview config schema`: check a config before pushing it.

`add_parser` plugs into the main `qtreview` parser; each command sets `func(args) -> exit code`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection, Sequence
from typing import Any


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    """Register `config` with its subcommands on a parent parser's subparsers."""
    config = subparsers.add_parser("config", help="work with .github/qtreview.yml files")
    commands = config.add_subparsers(dest="config_command", metavar="COMMAND", required=True)
    validate = commands.add_parser(
        "validate", help="check a config file; prints FILE:LINE:COL: key: message per problem"
    )
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(func=run_validate)
    schema = commands.add_parser("schema", help="print the JSON Schema of the config file")
    schema.set_defaults(func=run_schema)
    parser: argparse.ArgumentParser = config
    return parser


def run_validate(args: argparse.Namespace, known_rules: Collection[str] | None = None) -> int:
    """Exit 1 when the file has problems, so the command can gate a CI job."""
    from bot.config.loader import validate_file

    errors = validate_file(args.file, known_rules=known_rules)
    for error in errors:
        print(error)
    if errors:
        return 1
    print(f"{args.file}: valid")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from bot.config.schema import render_schema

    sys.stdout.write(render_schema())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Standalone entry (`python -m bot.config.cli config validate FILE`)."""
    parser = argparse.ArgumentParser(prog="qtreview")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
