"""Where the journal lives: `--db`, then `PATROLOG_DB`, then the user data dir."""

from __future__ import annotations

import os
from pathlib import Path


def journal_path(db: str | None = None) -> Path:
    if db:
        return Path(db).expanduser()
    env = os.environ.get("PATROLOG_DB")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return Path(data_home) / "patrolog" / "journal.db"
