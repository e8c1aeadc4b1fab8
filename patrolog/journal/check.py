"""`patrolog check`, and the mark a damaged journal carries until it is checked sound.

What is checked when (docs/faults.md#what-is-checked-when):

- every connection turns on ``PRAGMA cell_size_check``: SQLite then refuses a malformed
  page as it reads it (SQLITE_CORRUPT, exit 3) instead of reading garbage on;
- any command that meets SQLITE_CORRUPT, `due` (cron, daily) with ``PRAGMA quick_check``
  and `check` leave a mark beside the journal (``journal.db.damaged``);
- every write first looks for that mark (one stat) and refuses while it is there, so
  writes never go on silently on a journal SQLite has found damaged;
- `check` runs the full ``PRAGMA integrity_check``, FTS5's own integrity check, compares the
  full-text index with the records and the schema with what the migrations make; it
  removes the mark when all is sound (after a restore from a backup).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from patrolog.core.errors import JournalError, Words
from patrolog.core.kinds import KINDS
from patrolog.journal import migrations
from patrolog.journal.search_index import index_rows_sql
from patrolog.journal.store import (
    is_sqlite_file,
    mark_damaged,
    refuse_not_a_file,
    ro_uri,
    wal_has_frames,
)


def quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick check (every page's structure, without cross-checking indexes with
    their tables): None when sound, else how many problems it found ("?" when it stopped
    at a page it could not read)."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(100)")]
    except sqlite3.DatabaseError:
        return "?"
    return None if rows == ["ok"] else str(len(rows))


def refuse_if_damaged(conn: sqlite3.Connection, path: Path) -> None:
    """`due`'s daily check: a damaged journal is exit 3 (cron mails it) and marked, so the
    next write is refused instead of going on silently."""
    found = quick_check(conn)
    if found is not None:
        key = "check.integrity_stopped" if found == "?" else "check.integrity"
        mark_damaged(path, key)
        raise JournalError("err.damaged_found", path=str(path), what=Words(key, count=found))


def check(path: Path) -> list[tuple[str, dict[str, str]]]:
    """Everything `patrolog check` verifies; the problems as (message key, params), an empty
    list when the journal is sound. The journal is opened read-only, except for FTS5's own
    check, which SQLite runs only as a write: it runs inside a transaction that is always
    rolled back, so the file is left byte for byte as it was."""

    if not os.path.lexists(path):
        raise JournalError("err.journal_missing", path=str(path))
    refuse_not_a_file(path)
    if not is_sqlite_file(path):
        # Not damage: someone's text file or photo. No `.damaged` mark beside it either: the
        # mark stops writes SQLite would let through, and SQLite opens no such file at all.
        raise JournalError("err.not_a_database", path=str(path))
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True, isolation_level=None)
    except sqlite3.DatabaseError:
        return [("check.not_database", {})]
    try:
        problems = _check(conn, path)
    except sqlite3.DatabaseError:
        return [("check.not_database", {})]
    finally:
        conn.close()
    if not problems and _fts_integrity(path) is not None:
        problems.append(("check.fts", {}))
    return problems


def _check(conn: sqlite3.Connection, path: Path) -> list[tuple[str, dict[str, str]]]:
    if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
        raise JournalError("err.not_journal", path=str(path))
    problems: list[tuple[str, dict[str, str]]] = []
    try:
        found = [r[0] for r in conn.execute("PRAGMA integrity_check(100)")]
    except sqlite3.DatabaseError:  # a page so damaged SQLite stops reading at it
        found = ["?"]
    if found == ["?"]:
        return [("check.integrity_stopped", {})]
    if found != ["ok"]:
        problems.append(("check.integrity", {"count": str(len(found))}))
        return problems  # what follows would read the damaged pages again
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != migrations.LATEST:
        if version > migrations.LATEST or version < 1:
            problems.append(("check.version", {"version": str(version),
                                               "supported": str(migrations.LATEST)}))
        return problems  # an older journal is upgraded by the next write, then checkable
    problems.extend(_schema(conn))
    problems.extend(_values(conn))
    if not any(key == "check.missing" and p["name"] == "search_index" for key, p in problems):
        problems.extend(_search_index(conn, path))
    return problems


def expected_schema() -> dict[tuple[str, str], str]:
    """(type, name) -> SQL of every table, index and trigger the migrations make."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in migrations.MIGRATIONS:
            migration(conn)
        return _objects(conn)
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): " ".join((r[2] or "").split()) for r in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def _schema(conn: sqlite3.Connection) -> list[tuple[str, dict[str, str]]]:
    """Each table, index and trigger as the migrations left it. Objects someone added (an
    index made in Datasette) are the owner's business and not reported."""
    have = _objects(conn)
    problems = []
    for (kind, name), sql in sorted(expected_schema().items()):
        if (kind, name) not in have:
            problems.append(("check.missing", {"kind": kind, "name": name}))
        elif have[(kind, name)] != sql:
            problems.append(("check.changed", {"kind": kind, "name": name}))
    return problems


_TIMES = ("started_at", "ended_at", "occurred_at", "met_at", "done_at", "created_at",
          "updated_at", "deleted_at")
_SHOWN = 5  # record ids named per finding


def _values(conn: sqlite3.Connection) -> list[tuple[str, dict[str, str]]]:
    """Values patrolog never writes, put there by another tool: text in a number column, a
    time or day that is not one, a list that is not JSON, a link to a patrol that is not
    there. Each would stop a command that reads the record (exit 3 naming it)."""
    problems = []
    for kind in KINDS.values():
        info = {r[1]: (r[2] or "").upper() for r in conn.execute(
            f"PRAGMA table_info({kind.table})")}
        tests = []
        for column, declared in info.items():
            if declared == "INTEGER" and column != "id":
                tests.append(("check.bad_number", column,
                              f"typeof({column}) NOT IN ('integer', 'null')"))
            elif column in _TIMES:
                tests.append(("check.bad_time", column,
                              f"{column} IS NOT NULL AND (typeof({column}) <> 'text' OR "
                              f"julianday({column}) IS NULL OR {column} NOT GLOB "
                              "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:*')"))
            elif column == "due":
                tests.append(("check.bad_time", column,
                              f"{column} IS NOT NULL AND julianday({column}) IS NULL"))
            elif column in kind.lists:
                tests.append(("check.bad_list", column,
                              f"{column} IS NOT NULL AND (json_valid({column}) = 0 OR "
                              f"json_type({column}) <> 'array')"))
        if "patrol_id" in info:
            tests.append(("check.dangling_patrol", "patrol_id",
                          "patrol_id IS NOT NULL AND NOT EXISTS "
                          "(SELECT 1 FROM patrols p WHERE p.id = t.patrol_id)"))
        for key, column, where in tests:
            ids = [r[0] for r in conn.execute(
                f"SELECT id FROM {kind.table} t WHERE {where} ORDER BY id LIMIT {_SHOWN + 1}")]
            if ids:
                shown = ", ".join(f"{kind.prefix}{i}" for i in ids[:_SHOWN])
                problems.append((key, {"ids": shown + (", …" if len(ids) > _SHOWN else ""),
                                       "column": column}))
    return problems


def _search_index(conn: sqlite3.Connection, path: Path) -> list[tuple[str, dict[str, str]]]:
    # Bodies are compared word by word: the search reads words, and a record indexed before
    # a migration added a text column has one separator fewer than today's SQL gives it
    # (a journal upgraded from the first release is sound).
    conn.create_function("words", 1, _words, deterministic=True)
    problems = []
    for kind in KINDS.values():
        rows = index_rows_sql(kind)
        slot = rows.split(" + ", 1)[1].split(",", 1)[0]
        expected = "SELECT r, ref, words(body) FROM expected"
        indexed = f"SELECT rowid, ref, words(body) FROM search_index WHERE rowid % 3 = {slot}"
        counts = [conn.execute(f"WITH expected(r, ref, body) AS ({rows}) "
                               f"SELECT count(*) FROM ({one} EXCEPT {other})").fetchone()[0]
                  for one, other in ((expected, indexed), (indexed, expected))]
        missing, extra = counts
        if missing or extra:
            problems.append(("check.index_out_of_step",
                             {"kind": kind.name, "missing": str(missing), "extra": str(extra)}))
    return problems


def _words(text: str | None) -> str | None:
    return " ".join(text.split()) if isinstance(text, str) else text


def _fts_integrity(path: Path) -> str | None:
    """FTS5's own check of its index structure; None when sound or when it cannot run
    (a journal this user cannot write: the comparison with the records still runs)."""

    if not os.access(path, os.W_OK):
        return None
    # Closing the last connection checkpoints the -wal into the file: while records wait
    # there, a second (read-only) connection stays open so that this one is not the last.
    guard = sqlite3.connect(ro_uri(path), uri=True) if wal_has_frames(path) else None
    if guard is not None:
        guard.execute("SELECT count(*) FROM sqlite_master").fetchone()  # now it holds the -wal
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    except sqlite3.DatabaseError:
        if guard is not None:
            guard.close()
        return None
    try:
        conn.execute("BEGIN")
        try:
            conn.execute("INSERT INTO search_index(search_index, rank) "
                         "VALUES ('integrity-check', 0)")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "corrupt" in text or "malformed" in text:
            return text
        return None
    finally:
        conn.close()
        if guard is not None:
            guard.close()
    return None
