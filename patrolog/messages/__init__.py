"""The one catalogue of user-facing text, English and Indonesian side by side.

Each module holds ``key: (english, indonesian)`` for one area of the product;
vocabulary labels (kinds, roles, place types) live in `patrolog.core.vocab`.

Only `core` is imported up front. The other areas load together the first
time a key is missing from core: most runs (an `add`, a `list`, a TAB press)
never need them, and every module imported is start-up time on every run.
"""

from __future__ import annotations

from patrolog.messages.core import MESSAGES as CORE

AREAS = ("core", "guided", "followups", "report", "report_cli", "demo", "exchange",
         "sharing", "unit", "times",
         "faults", "privacy", "fields", "words",
         "documents", "forgive", "input", "officer_scope", "sharing_privacy",
         "leftovers")
_everything: dict[str, tuple[str, str]] | None = None


def lookup(key: str) -> tuple[str, str] | None:
    """The (english, indonesian) pair for `key`, or None."""
    pair = CORE.get(key)
    return pair if pair is not None else everything().get(key)


def everything() -> dict[str, tuple[str, str]]:
    """The whole catalogue, every area merged."""
    global _everything
    if _everything is None:
        merged: dict[str, tuple[str, str]] = {}
        for table in areas().values():
            merged.update(table)
        _everything = merged
    return _everything


def areas() -> dict[str, dict[str, tuple[str, str]]]:
    """Each area's own table, by module name (tests check no key is in two areas)."""
    import importlib

    return {name: importlib.import_module(f"patrolog.messages.{name}").MESSAGES
            for name in AREAS}

