"""What `import` and `merge` must not undo (docs/trust.md): a purge, and an erase.

- Purge marks: `purge --before DATE` leaves a mark (table `purge_marks`); a record the
  journal does not hold whose own time is before the newest mark is skipped and counted.

- Retention: with `config set retention` set, a record the journal does not hold whose
  own time is before the first day still kept (`retention.cutoff`, the day `due` reminds of)
  is not taken in: it is skipped and counted, so a merge from the unit does not bring back
  what a purge removed. A record the journal still holds (not purged yet) takes newer
  versions as any other does: one may be an erasure. Tombstones pass (they hold nothing
  personal, and keep an older copy from returning).
- Erasure: `erase` stamps what it changed as new, so its version wins everywhere. When
  such a version replaces a local one, the local version (which still names the person)
  is not kept in the record's history, the record's earlier versions are dropped, and
  the import ends with the same wipe as `erase` (`erase.wipe`): no tool reading the
  receiving journal's file finds the name either. A deleted record travels as a tombstone,
  without content: one stamped after its deletion was erased, and the receiving journal
  keeps its copy of that record deleted and empty (`blank`).

The applier in `exchange.py` calls these at two points; everything else is here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from patrolog.core.kinds import Kind
from patrolog.core.retention import retention_bound
from patrolog.journal.records import Context
from patrolog.privacy.erase import MARKER, optimise_index, text_columns, wipe

ERASED = "_erased"  # the counts' key for versions that erased something (never shown)


# -- retention -------------------------------------------------------------------------------
def past_retention(conn: sqlite3.Connection, ctx: Context
                   ) -> Callable[[Kind, dict[str, Any], bool], bool] | None:
    """A test for checked records past the journal's retention, or None when none is set."""

    row = conn.execute("SELECT value FROM config WHERE key = 'retention'").fetchone()
    bound = retention_bound(row[0] if row else None, ctx.now)
    # the newest `purge --before`: what it removed does not come back either
    mark = conn.execute("SELECT before FROM purge_marks ORDER BY before DESC LIMIT 1").fetchone()
    if mark is not None and (bound is None or mark[0] > bound):
        bound = mark[0]
    if bound is None:
        return None

    def past(kind: Kind, values: dict[str, Any], tomb: bool) -> bool:
        # Stored times are in the journal's zone, as `bound` is: compared as text, as
        # `purge` and `due` compare them, so "past" means what a purge would remove.
        return not tomb and values[kind.time] < bound

    return past


# -- erasure ---------------------------------------------------------------------------------
def _marks(rec: dict[str, Any]) -> int:
    """How many erased words (`erase.MARKER`) a record's texts hold."""

    found = 0
    for value in rec.values():
        if type(value) is str:
            found += value.count(MARKER)
        elif type(value) is list:
            for item in value:
                if type(item) is str:
                    found += item.count(MARKER)
                elif type(item) is dict:  # a place
                    found += sum(v.count(MARKER) for v in item.values() if type(v) is str)
    return found


def erases(local: dict[str, Any], incoming: dict[str, Any]) -> bool:
    """Does the incoming version erase what the local one holds: a contact's name or phone
    gone, or more erased words (`[dihapus]`) in its texts than the local version has?"""
    for personal in ("name", "phone"):
        if local.get(personal) and not incoming.get(personal):
            return True
    marks = _marks(incoming)
    return bool(marks) and marks > _marks(local)


def forget_history(conn: sqlite3.Connection, uid: str, counts: dict[str, int]) -> None:
    """Drop a record's earlier versions: they hold what an incoming erasure removed.

    `secure_delete` from here on, so what this transaction frees is zeroed; counted in
    `counts`, so the import ends with the wipe (`before_commit`, `after_commit`)."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("DELETE FROM history WHERE record_uid = ?", (uid,))
    counts[ERASED] = counts.get(ERASED, 0) + 1


def erased_after_delete(tombstone: dict[str, Any]) -> bool:
    """Was the record changed after it was deleted? `delete` stamps both times alike and
    a tombstone travels with both unchanged; only `erase` rewrites a deleted record (its
    text, for good) and stamps it anew."""
    from datetime import datetime

    updated, deleted = tombstone["updated_at"], tombstone["deleted_at"]
    return updated != deleted and datetime.fromisoformat(updated) > datetime.fromisoformat(
        deleted)


def blank(conn: sqlite3.Connection, kind: Kind, number: int, uid: str,
          counts: dict[str, int]) -> None:
    """A record deleted and then erased elsewhere: a tombstone carries no content, so what
    was erased cannot be known here. The local copy keeps none: every text it holds
    (places too) and its earlier versions go; it stays as the deleted record it is."""

    forget_history(conn, uid, counts)
    info = {r[1]: (r[3], r[4]) for r in conn.execute(f"PRAGMA table_info({kind.table})")}
    sets = {}
    for column in text_columns(conn, kind.table):
        not_null, default = info[column]
        sets[column] = None if not not_null else (default or "''").strip("'")
    if sets:
        conn.execute(f"UPDATE {kind.table} SET {', '.join(f'{c} = ?' for c in sets)} "
                     "WHERE id = ?", (*sets.values(), number))
    if kind.table == "patrols":
        conn.execute("DELETE FROM visits WHERE patrol_id = ?", (number,))


def before_commit(conn: sqlite3.Connection, counts: dict[str, int]) -> None:
    """Inside the import's transaction: the search index loses the erased words' old tokens."""
    if counts.get(ERASED):
        optimise_index(conn)


def after_commit(store: Any, counts: dict[str, int]) -> dict[str, int]:
    """After the import's transaction: the erase's wipe when an erasure came in; the counts
    to show (without the internal key)."""
    if counts.pop(ERASED, 0):
        wipe(store)
    return counts
