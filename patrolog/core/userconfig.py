"""The person's own settings, beside the journals they open: `$XDG_CONFIG_HOME/patrolog/config`.

The language is the person's, not the journal's (docs/commands.md#language): a demo journal, a unit's merged
journal or a mistyped `--db` answer in it too. The file is a few `key = value` lines, read
on every start (one small read, no parser to import): `lang` and `server`.
"""

from __future__ import annotations

import os
from pathlib import Path

from patrolog.core.errors import InputError

KEYS = ("lang", "server")  # server: the unit's server (docs/server.md), never a password


def config_path() -> Path:
    home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(home) / "patrolog" / "config"


def read() -> dict[str, str]:
    """The settings; an absent or unreadable file is no settings (never an error at start)."""
    try:
        text = config_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and not key.strip().startswith("#"):
            values[key.strip()] = value.strip()
    return values


def get(key: str) -> str | None:
    return read().get(key) or None


def set_value(key: str, value: str | None) -> Path:
    """Store (or with an empty value, remove) one setting; written whole, then renamed."""
    values = read()
    if value:
        values[key] = value
    else:
        values.pop(key, None)
    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(f"{k} = {v}\n" for k, v in values.items()), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        raise InputError("err.config_unwritable", path=str(path)) from None
    return path
