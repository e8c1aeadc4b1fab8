"""The one catalogue of user-facing text, English and Indonesian side by side.

Each module of this package holds ``MESSAGES = {key: (english, indonesian)}`` for
one area of the product, named for what it holds (`journal`, `entry`, `report`,
`sharing`, …); vocabulary labels (kinds, roles, place types) live in
`patrolog.core.vocab`. A new area is a new module here: nothing lists them.

Only `core` is imported up front. The other areas are found (the package's
modules) and load together the first time a key is missing from core: most runs
(an `add`, a `list`, a TAB press) never need them, and every module imported is
start-up time on every run.
"""

from __future__ import annotations

from patrolog.messages.core import MESSAGES as CORE

# Modules of this package that are not areas of the catalogue: `examples` holds each
# command's help examples (read by `--help` alone, keyed by command, not by message).
NOT_AREAS = frozenset({"examples"})
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


def area_names() -> list[str]:
    """The areas: every module of this package but `NOT_AREAS`, sorted."""
    import pkgutil

    return sorted(info.name for info in pkgutil.iter_modules(__path__)
                  if not info.ispkg and info.name not in NOT_AREAS)


def areas() -> dict[str, dict[str, tuple[str, str]]]:
    """Each area's own table, by module name (tests check no key is in two areas)."""
    import importlib

    return {name: importlib.import_module(f"{__name__}.{name}").MESSAGES
            for name in area_names()}
