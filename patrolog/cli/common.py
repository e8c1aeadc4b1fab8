"""Small pieces every command module shares."""

from __future__ import annotations

from typing import Any

import typer

from patrolog.i18n import t
from patrolog.paths import journal_path
from patrolog.store import Store


def open_store(ctx: typer.Context, *, create: bool = False) -> Store:
    """The journal named by `--db` / `PATROLOG_DB` / the data dir; created only by writers."""
    root = ctx.find_root()
    db = (root.obj or {}).get("db")
    return Store.open(journal_path(db), create=create)


_METAVARS = {"start": "TIME", "end": "TIME", "at": "TIME", "duration": "DURATION",
             "due": "DATE", "since": "DATE", "until": "DATE", "limit": "N"}


def opt(*names: str, key: str, **kwargs: Any) -> Any:
    """A typer option whose help comes from the catalogue."""
    kwargs.setdefault("metavar", _METAVARS.get(key, "TEXT"))
    return typer.Option(*names, help=t(f"opt.{key}"), **kwargs)
