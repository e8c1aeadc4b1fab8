"""Who the officers of a journal are: one name as the journal writes it, and whether
the journal is a unit's (several officers), for `--officer` on every command.

Names are matched case-insensitively (SQLite's NOCASE: ASCII letters, as officers'
names and ranks are written). Refusals list the names the journal has, on one line
even for a unit of a hundred officers.
"""

from __future__ import annotations

import sqlite3

from patrolog.core.errors import InputError
from patrolog.core.kinds import KINDS
from patrolog.journal.store import Store

SHOWN_IN_REFUSAL = 10  # names listed when a name is unknown; "…" says there are more

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def key(name: str) -> str:
    """The name as NOCASE compares it, for grouping in Python what SQL grouped."""
    return name.strip().translate(ASCII_LOWER)


def every_officer_sql(*, live: bool = False, within: bool = False, extra: str = "",
                      columns: str = "officer", distinct: bool = False) -> str:
    """`SELECT officer` over every kind's table, UNIONed: the one description of "the
    officers with records". `live` leaves deleted records out; `within` keeps records whose
    own time is in [:lo, :hi); `extra` is more SQL for each table's WHERE (`AND ...`);
    `columns` what is selected (`unit, officer`: each officer of each unit); `distinct`
    each table's names made distinct first (many records per officer: small sets to join,
    rather than one large sort)."""
    parts = []
    for kind in KINDS.values():
        where = "officer IS NOT NULL"
        if within:
            where += f" AND {kind.time} >= :lo AND {kind.time} < :hi"
        if live:
            where += " AND deleted_at IS NULL"
        parts.append(f"SELECT {'DISTINCT ' if distinct else ''}{columns} FROM {kind.table} "
                     f"WHERE {where}{extra}")
    return " UNION ".join(parts)


def named(conn: sqlite3.Connection, *, records: bool = True) -> set[str]:
    """Every officer the journal names, on records (deleted ones too) or as its profile
    (only the profile without `records`): officers are not residents, so privacy work
    leaves these names alone."""
    names = {r[0] for r in conn.execute(every_officer_sql())} if records else set()
    profile = conn.execute("SELECT value FROM config WHERE key = 'officer'").fetchone()
    if profile and profile[0]:
        names.add(profile[0])
    return names


def known(store: Store) -> list[str]:
    """Every officer with records in the journal (deleted ones too: they were there), by name.

    Reads whole tables: used to explain a refusal, never on a report's path.
    """
    names: dict[str, str] = {}
    for row in store.query(f"SELECT officer FROM ({every_officer_sql()}) AS o "
                           "ORDER BY officer COLLATE NOCASE"):
        names.setdefault(key(row[0]), row[0])
    return list(names.values())


def resolve(store: Store, name: str) -> str:
    """The officer's name as the journal writes it; a name with no records is refused.

    The profile's officer is known even before their first record, so `--officer`
    with one's own name never fails on a new journal.
    """
    wanted = name.strip()
    # Officers patrol: their name is found at once in patrols. Anything else needs the
    # list of names, which a refusal shows anyway, so the tables are read once.
    rows = store.query("SELECT officer FROM patrols WHERE officer = ? COLLATE NOCASE LIMIT 1",
                       (wanted,)) if wanted else []
    if rows:
        return rows[0][0]
    names = known(store)
    for known_name in names:
        if wanted and key(known_name) == key(wanted):
            return known_name
    profile = store.config().get("officer")
    if wanted and profile and key(profile) == key(wanted):
        return profile
    shown = ", ".join(names[:SHOWN_IN_REFUSAL]) + (", …" if len(names) > SHOWN_IN_REFUSAL
                                                   else "")
    raise InputError("err.unknown_officer", officer=wanted, choices=shown or "-")


def maybe_resolve(store: Store, name: str | None) -> str | None:
    return None if name is None else resolve(store, name)


def several(store: Store) -> bool:
    """Does the journal hold records of more than one officer (a unit's journal)?

    Stops at the second name found: instant on a unit's journal, and a scan of
    one officer's own journal, which is small.
    """
    first = None
    for table in (kind.table for kind in KINDS.values()):
        rows = store.query(f"SELECT officer FROM {table} WHERE officer IS NOT NULL "
                           "AND deleted_at IS NULL LIMIT 1")
        if rows:
            first = rows[0][0]
            break
    if first is None:
        return False
    return any(store.query(f"SELECT 1 FROM {table} WHERE officer IS NOT NULL "
                           "AND deleted_at IS NULL AND officer <> ? COLLATE NOCASE LIMIT 1",
                           (first,)) for table in (kind.table for kind in KINDS.values()))
