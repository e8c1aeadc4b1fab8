"""The names patrolog needs that typer keeps private, here and nowhere else.

typer 0.28 vendors click as ``typer._click`` and exports only `typer.BadParameter` of its
usage errors, and names its parameter types its own way. The command line tells the others apart by type, to say each in the user's
language with what the exception carries (`option_name`, `param`, `ctx`), so their classes
are imported from there. typer is pinned below 0.29 (pyproject.toml), and
tests/test_typer_private.py fails the day typer moves, renames or stops raising them.
"""

from __future__ import annotations

from typer._click.exceptions import (  # noqa: F401 (the names this module exists for)
    BadOptionUsage,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)

# The `name` of typer's whole-number parameter types (click's own say "integer"), for
# "--limit must be a whole number" instead of click's English.
WHOLE_NUMBER_TYPES = ("int", "int range")
