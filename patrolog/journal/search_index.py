"""The full-text index (`search_index`, FTS5): which text of a record is searched, and the
one row each live record has there, rewritten in the same transaction as the record."""

from __future__ import annotations

import sqlite3
from typing import Any

from patrolog.core.kinds import PATROL, Kind

# Search rows have rowid = id * 3 + slot, so one record's row is found by rowid
# (a lookup) rather than by `ref`, which FTS5 could only find by scanning.
_SLOT = {"P": 0, "I": 1, "C": 2}


def _index_sql(kind: Kind) -> str:
    """SQL that (re)builds search rows for live records of `kind` matching a WHERE."""
    return "INSERT INTO search_index(rowid, ref, body) " + index_rows_sql(kind)


def index_rows_sql(kind: Kind) -> str:
    """The search rows (rowid, ref, body) the live records of `kind` should have (`patrolog
    check` compares the index with them)."""
    parts = [f"coalesce({c}, '')" for c in kind.text]
    if kind is PATROL:
        parts.append("coalesce((SELECT group_concat(name, ' ') FROM visits "
                     "WHERE visits.patrol_id = patrols.id), '')")
    parts.extend(f"replace(replace(replace(coalesce({c}, ''), '[', ''), ']', ''), '\"', '')"
                 for c in kind.lists)
    body = " || ' ' || ".join(parts)
    return (f"SELECT id * 3 + {_SLOT[kind.prefix]}, '{kind.prefix}' || id, {body} "
            f"FROM {kind.table} WHERE deleted_at IS NULL")


def index_row(kind: Kind, number: int, values: dict[str, Any],
              place_names: list[str] | None = None) -> tuple[int, str, str]:
    """The search row `index_rows_sql` gives a record, made from the values being written
    (lists as their stored JSON text): a bulk import writes its rows without reading them
    back. `patrolog check` compares the index with the SQL, so the two must agree."""
    parts = [values.get(c) or "" for c in kind.text]
    if kind is PATROL:
        parts.append(" ".join(place_names or ()))
    parts.extend((values.get(c) or "").replace("[", "").replace("]", "").replace('"', "")
                 for c in kind.lists)
    return number * 3 + _SLOT[kind.prefix], f"{kind.prefix}{number}", " ".join(parts)


def reindex(conn: sqlite3.Connection, kind: Kind, number: int | None = None) -> None:
    """Bring the search index in step with one record (or, with no number, all of a kind)."""
    if number is None:
        conn.execute("DELETE FROM search_index WHERE ref LIKE ?", (kind.prefix + "%",))
        conn.execute(_index_sql(kind))
    else:
        conn.execute("DELETE FROM search_index WHERE rowid = ?",
                     (number * 3 + _SLOT[kind.prefix],))
        conn.execute(_index_sql(kind) + " AND id = ?", (number,))
