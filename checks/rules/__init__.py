"""One rule per module. Each defines `META: RuleMeta` and `check(unit) -> Iterator[Hit]`."""
