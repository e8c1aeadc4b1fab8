"""Numbered schema migrations, tracked by ``PRAGMA user_version``.

Migration N brings a journal from version N-1 to N. They run in order, all in
one transaction taken by `Store` under a write lock, with foreign keys off and
checked before the commit (docs/architecture.md, "Migrations"). Never edit a
released migration: add the next one.

A migration is frozen: it imports nothing of patrolog (a test reads this file's
imports), so what it does never changes when the application does. It writes
its SQL out, or uses sqlite-utils' schema primitives (below) for what SQLite's
ALTER TABLE cannot do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

# 'PTLG': marks a file as a patrolog journal for `PRAGMA application_id`.
APPLICATION_ID = 0x50544C47


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def schema(conn: sqlite3.Connection) -> Any:
    """sqlite-utils' view of the journal being migrated, for its schema primitives
    (`create_table_sql`, `transform_sql`, `add_column`, `create_index`, `columns_dict`...).
    Imported here, when a migration runs: never on the way of `add` or `--help`.

    Only what runs inside the open transaction may be used: the `*_sql` forms, whose
    statements the migration executes itself (`transform` below), and the methods that
    execute one statement (`add_column`, `create_index`). Never `create_table`,
    `transform` or `enable_fts`, which may commit on their own half-way through."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def transform(conn: sqlite3.Connection, table: str, **changes: Any) -> None:
    """Change what ALTER TABLE cannot (a column's type, a constraint, drop or rename a
    column, the primary key): sqlite-utils' `transform_sql` (copy into a new table, drop
    the old, rename) run inside the migration's own transaction. Foreign keys are off
    while migrations run, so dropping the old table cascades nowhere; they are checked
    before the commit."""
    for statement in schema(conn)[table].transform_sql(**changes):
        conn.execute(statement)


def m001_initial(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE config (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE patrols (
            id         INTEGER PRIMARY KEY,
            uid        TEXT NOT NULL UNIQUE,
            started_at TEXT NOT NULL,
            ended_at   TEXT NOT NULL,
            kind       TEXT NOT NULL DEFAULT 'dialogic',
            area       TEXT,
            summary    TEXT,
            tags       TEXT NOT NULL DEFAULT '[]',
            officer    TEXT,
            unit       TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE visits (
            id        INTEGER PRIMARY KEY,
            patrol_id INTEGER NOT NULL REFERENCES patrols(id) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            type      TEXT NOT NULL,
            name      TEXT NOT NULL
        );
        CREATE TABLE incidents (
            id          INTEGER PRIMARY KEY,
            uid         TEXT NOT NULL UNIQUE,
            occurred_at TEXT NOT NULL,
            kind        TEXT NOT NULL,
            location    TEXT,
            description TEXT,
            action      TEXT,
            injured     INTEGER NOT NULL DEFAULT 0 CHECK (injured >= 0),
            dead        INTEGER NOT NULL DEFAULT 0 CHECK (dead >= 0),
            severity    TEXT,
            status      TEXT NOT NULL DEFAULT 'open',
            referred_to TEXT,
            patrol_id   INTEGER REFERENCES patrols(id),
            tags        TEXT NOT NULL DEFAULT '[]',
            officer     TEXT,
            unit        TEXT,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            deleted_at  TEXT
        );
        CREATE TABLE contacts (
            id           INTEGER PRIMARY KEY,
            uid          TEXT NOT NULL UNIQUE,
            met_at       TEXT NOT NULL,
            name         TEXT,
            role         TEXT NOT NULL,
            organisation TEXT,
            place        TEXT,
            phone        TEXT,
            topic        TEXT,
            concern      TEXT,
            follow_up    TEXT,
            due          TEXT,
            done_at      TEXT,
            patrol_id    INTEGER REFERENCES patrols(id),
            tags         TEXT NOT NULL DEFAULT '[]',
            officer      TEXT,
            unit         TEXT,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            deleted_at   TEXT
        );
        -- Earlier versions of edited and deleted records, as the JSON they had.
        CREATE TABLE history (
            id         INTEGER PRIMARY KEY,
            record_uid TEXT NOT NULL,
            ref        TEXT NOT NULL,
            action     TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            record     TEXT NOT NULL
        );
        CREATE INDEX patrols_started ON patrols(started_at);
        CREATE INDEX patrols_ended ON patrols(ended_at);
        CREATE INDEX visits_patrol ON visits(patrol_id);
        CREATE INDEX incidents_occurred ON incidents(occurred_at);
        CREATE INDEX incidents_patrol ON incidents(patrol_id);
        CREATE INDEX incidents_status ON incidents(status) WHERE deleted_at IS NULL;
        CREATE INDEX contacts_met ON contacts(met_at);
        CREATE INDEX contacts_patrol ON contacts(patrol_id);
        CREATE INDEX contacts_open_followups ON contacts(due)
            WHERE follow_up IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL;
        CREATE INDEX contacts_done ON contacts(done_at) WHERE done_at IS NOT NULL;
        CREATE INDEX history_uid ON history(record_uid);
        -- One row per live record: `ref` is its short id (P12, I3, C40).
        CREATE VIRTUAL TABLE search_index USING fts5(
            ref UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def m002_person_index(conn: sqlite3.Connection) -> None:
    """Index contacts by person (name without honorifics) for the digest's first-time count.

    The expression must stay identical to `digest.person_sql('name')`: SQLite uses an
    expression index only for the very same expression. Changing the honorifics
    therefore needs a new migration that recreates this index.
    """
    conn.execute(
        "CREATE INDEX contacts_person ON contacts(trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(' ' || replace(lower(name), '.', '. ') || ' ', '  ', ' '), '  ', ' '), '  ', ' '), ' pak ', ' '), ' bapak ', ' '), ' bu ', ' '), ' ibu ', ' '), ' mas ', ' '), ' mbak ', ' '), ' bang ', ' '), ' kak ', ' '), ' h. ', ' '), ' hj. ', ' '), ' ustaz ', ' '), ' ustad ', ' '), ' ustadz ', ' '), ' haji ', ' '), ' hajjah ', ' '), ' sdr. ', ' '), ' sdri. ', ' ')), met_at) WHERE name IS NOT NULL AND deleted_at IS NULL"
    )


def m003_search_rowids(conn: sqlite3.Connection) -> None:
    """Rebuild the search index with rowids derived from record ids (id * 3 + 0, 1, 2 for
    patrols, incidents, contacts), so that keeping one record in step is a rowid lookup
    instead of a scan of the index. Rebuilding from the records is always safe: the index
    holds nothing else. The statements are frozen as they were at version 3 (the text
    columns of m001): a migration never calls today's application code."""
    _run_script(
        conn,
        """
        DELETE FROM search_index;
        INSERT INTO search_index(rowid, ref, body)
            SELECT id * 3 + 0, 'P' || id,
                   coalesce(area, '') || ' ' || coalesce(summary, '') || ' ' ||
                   coalesce((SELECT group_concat(name, ' ') FROM visits
                             WHERE visits.patrol_id = patrols.id), '') || ' ' ||
                   replace(replace(replace(coalesce(tags, ''), '[', ''), ']', ''), '"', '')
            FROM patrols WHERE deleted_at IS NULL;
        INSERT INTO search_index(rowid, ref, body)
            SELECT id * 3 + 1, 'I' || id,
                   coalesce(location, '') || ' ' || coalesce(description, '') || ' ' ||
                   coalesce(action, '') || ' ' || coalesce(referred_to, '') || ' ' ||
                   replace(replace(replace(coalesce(tags, ''), '[', ''), ']', ''), '"', '')
            FROM incidents WHERE deleted_at IS NULL;
        INSERT INTO search_index(rowid, ref, body)
            SELECT id * 3 + 2, 'C' || id,
                   coalesce(name, '') || ' ' || coalesce(organisation, '') || ' ' ||
                   coalesce(place, '') || ' ' || coalesce(topic, '') || ' ' ||
                   coalesce(concern, '') || ' ' || coalesce(follow_up, '') || ' ' ||
                   replace(replace(replace(coalesce(tags, ''), '[', ''), ']', ''), '"', '')
            FROM contacts WHERE deleted_at IS NULL;
        """,
    )


def m004_open_promises_by_officer(conn: sqlite3.Connection) -> None:
    """Add the officer to the open follow-ups index, so a unit's digest counts each
    officer's overdue promises from the index alone (one GROUP BY, no table reads:
    on a unit's journal of a million records, 1 ms instead of about 30)."""
    conn.execute("DROP INDEX IF EXISTS contacts_open_followups")
    conn.execute("CREATE INDEX contacts_open_followups ON contacts(due, officer) "
                 "WHERE follow_up IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL")


def m005_giat_fields(conn: sqlite3.Connection) -> None:
    """The fields the upward reports count: a dispute's `parties` (a JSON list, as
    `tags`) and its `resolution`; a contact's `hope` and the `field` (bidang) of its concern
    or hope. Records logged before have none, so the search index needs no rebuild: it
    takes the new text as each record is written (`search_index.reindex`)."""
    _run_script(
        conn,
        """
        ALTER TABLE incidents ADD COLUMN parties TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE incidents ADD COLUMN resolution TEXT;
        ALTER TABLE contacts ADD COLUMN hope TEXT;
        ALTER TABLE contacts ADD COLUMN field TEXT;
        """
    )


def m006_kept_unlinked(conn: sqlite3.Connection) -> None:
    """Mark incidents and contacts logged with `--patrol none`, so a patrol logged after
    them links the others it covers but never these."""
    _run_script(
        conn,
        """
        ALTER TABLE incidents ADD COLUMN unlinked INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contacts ADD COLUMN unlinked INTEGER NOT NULL DEFAULT 0;
        """
    )


def m007_tombstones(conn: sqlite3.Connection) -> None:
    """Deletions heard of for records this journal never had (docs/architecture.md): kept, so that an
    older copy of the record arriving later cannot bring it back. No personal data."""
    conn.execute(
        "CREATE TABLE tombstones ("
        " uid TEXT PRIMARY KEY, type TEXT NOT NULL, officer TEXT,"
        " updated_at TEXT NOT NULL, deleted_at TEXT NOT NULL)"
    )


def m008_trust(conn: sqlite3.Connection) -> None:
    """Who may change what, and what must not come back (docs/trust.md):
    - `officer_keys`: the signing key (its fingerprint) each officer's files are signed
      with, pinned the first time this journal sees that officer's signed records;
    - `purge_marks`: the bound of each `purge --before`, so that imports and merges skip
      records older than the newest one instead of bringing them back."""
    conn.execute(
        "CREATE TABLE officer_keys ("
        " officer TEXT PRIMARY KEY COLLATE NOCASE, fingerprint TEXT NOT NULL,"
        " pinned_at TEXT NOT NULL)"
    )
    conn.execute("CREATE TABLE purge_marks (before TEXT NOT NULL, made_at TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial, m002_person_index, m003_search_rowids, m004_open_promises_by_officer,
    m005_giat_fields, m006_kept_unlinked, m007_tombstones, m008_trust,
]
LATEST = len(MIGRATIONS)

# The tables the migrations leave, checked each time a journal is opened (a journal missing
# one is damaged). A migration that adds or drops a table updates this; a test compares it
# with what the migrations create.
# The columns the migrations leave in the tables of records, checked with the tables (a
# journal missing one is damaged: a command would fail half-way). A test compares them.
COLUMNS = {
    "patrols": ("id", "uid", "started_at", "ended_at", "kind", "area", "summary", "tags",
                "officer", "unit", "created_at", "updated_at", "deleted_at"),
    "visits": ("id", "patrol_id", "position", "type", "name"),
    "incidents": ("id", "uid", "occurred_at", "kind", "location", "description", "action",
                  "injured", "dead", "severity", "status", "referred_to", "patrol_id", "tags",
                  "officer", "unit", "created_at", "updated_at", "deleted_at", "parties",
                  "resolution", "unlinked"),
    "contacts": ("id", "uid", "met_at", "name", "role", "organisation", "place", "phone",
                 "topic", "concern", "follow_up", "due", "done_at", "patrol_id", "tags",
                 "officer", "unit", "created_at", "updated_at", "deleted_at", "hope", "field",
                 "unlinked"),
    "history": ("id", "record_uid", "ref", "action", "changed_at", "record"),
    "tombstones": ("uid", "type", "officer", "updated_at", "deleted_at"),
    "config": ("key", "value"),
}

TABLES = ("config", "patrols", "visits", "incidents", "contacts", "history", "search_index",
          "tombstones", "officer_keys", "purge_marks")
