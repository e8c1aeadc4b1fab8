"""The journal's profile (`config set`): who keeps it, where, in which zone and language,
and for how long; and `info`, what the journal holds."""

from __future__ import annotations

from patrolog.core.errors import InputError
from patrolog.core.i18n import normalise_lang
from patrolog.core.kinds import KINDS
from patrolog.core.retention import parse_retention
from patrolog.core.times import journal_tz, zone_name
from patrolog.journal.records import Context
from patrolog.journal.store import Store

CONFIG_KEYS = ("officer", "unit", "area", "timezone", "lang", "retention", "nrp", "addressee",
               "server")


def set_config(store: Store, key: str, value: str) -> str:
    if key not in CONFIG_KEYS:
        raise InputError("err.bad_config_key", key=key, choices=", ".join(CONFIG_KEYS))
    value = value.strip()
    if key == "timezone":
        value = zone_name(journal_tz(value))
    elif key == "lang":
        code = normalise_lang(value)
        if code is None:
            raise InputError("err.bad_lang", value=value)
        value = code
    elif key == "retention" and value:
        value = parse_retention(value)
    with store.write() as conn:
        if value:
            conn.execute("INSERT INTO config(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
        else:
            conn.execute("DELETE FROM config WHERE key = ?", (key,))
    return value


def info(store: Store) -> dict:
    counts = {}
    for kind in KINDS.values():
        counts[kind.plural] = store.conn.execute(
            f"SELECT count(*) FROM {kind.table} WHERE deleted_at IS NULL").fetchone()[0]
    return {
        "journal": str(store.path),
        "exists": store.exists,
        "schema_version": store.schema_version(),
        "timezone": zone_name(Context(store).tz),
        "config": store.config(),
        "counts": counts,
    }
