"""`patrolog push`: this journal's changes onto the unit's server (docs/server.md "Push").

What is sent: every record (live or a tombstone) whose `updated_at` is at or after the
newest one the last successful push to this server sent (kept in the journal's config
under `push.<server id>`; `--all` sends everything). Each goes through the same checks as
an import (`sharing/checks.py`'s `Checker`) and is applied by uid with the same rules
(`apply.incoming_wins`, `tie_wins`, `sharing_privacy`): newer wins, ties by content,
tombstones delete, an erasure drops the record's history on the server.

One server transaction, under an advisory lock (two pushes of one officer take turns;
the owner's push of a whole unit journal takes every officer's turn). The journal's mark
moves only after the server committed: a push cut off anywhere leaves the server as it
was, or whole with the mark behind, and the next push sends the rest again (the server
counts what it already has as unchanged).

An officer's login pushes that officer's records only, filed under the unit of its grant;
a record of anyone else refuses the whole push, naming it. Row-level security enforces
the same on the server whatever the client does (schema.py). The database's owner may
push a journal of many officers, each record under its own unit (or `--unit`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from patrolog.core.errors import InputError, ServerError
from patrolog.core.kinds import KINDS, PATROL, Kind
from patrolog.core.times import iso
from patrolog.journal.officers import key as officer_key
from patrolog.journal.records import (
    Context,
    keep_history,
    records_from_rows,
    table_columns,
)
from patrolog.journal.store import Store
from patrolog.privacy import incoming as sharing_privacy
from patrolog.privacy.erase import text_columns
from patrolog.server import adapter, connect, rights, schema
from patrolog.sharing import apply, checks, export, sources

BATCH = 5000  # records per round of look-ups and inserts (a journal merge takes 1000)
LOCK_CLASS = 0x50544C47


def push(store: Store, url: str, *, unit: str | None = None, everything: bool = False
         ) -> dict[str, int]:
    pg = connect.connect(url)
    with pg, adapter.guard(url):
        schema.require(pg, url)
        me = rights.whoami(pg)
        if not me["owner"] and not me["officer"]:
            raise ServerError("err.push_cannot", login=me["login"], server=connect.shown(url))
        server_id = pg.execute("SELECT value FROM patrolog.meta WHERE key = 'server_id'"
                               ).fetchone()[0]
        mark = f"push.{server_id}"
        since = None if everything else store.config().get(mark)
        pg.execute(f"SET search_path = {schema.SEARCH_PATH}")
        ctx = Context(store)
        with pg.transaction():
            if me["owner"]:
                pg.execute("SELECT pg_advisory_xact_lock(%s, 0)", (LOCK_CLASS,))
            else:
                pg.execute("SELECT pg_advisory_xact_lock_shared(%s, 0)", (LOCK_CLASS,))
                pg.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
                           (LOCK_CLASS, officer_key(me["officer"])))
            applier = _ServerApplier(adapter.Conn(pg, url), checks.Checker(ctx), me, unit)
            newest = applier.run(_changed(store, since))
    if newest is not None and newest != since:
        with store.write() as conn:
            conn.execute("INSERT OR REPLACE INTO config(key, value) VALUES (?, ?)",
                         (mark, newest))
    return applier.counts


def _changed(store: Store, since: str | None) -> Any:
    """(ref, record as exported) for each record changed since `since`, by kind and id."""
    for rec in sources.JournalSource.stored_records(store.conn, since):
        number = rec.get("id")
        ref = f"{KINDS[rec['type']].prefix}{number}" if number is not None else rec["uid"]
        yield ref, rec


class _ServerApplier:
    """Applies checked records to the server inside the push's transaction."""

    def __init__(self, conn: Any, check: Any, me: dict[str, Any], unit: str | None) -> None:
        self.conn = conn
        self.check = check
        self.me = me
        self.unit = unit.strip() if unit else None
        self.stamp = iso(check.ctx.now)
        self.counts = {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0}
        self.later: list[tuple[Kind, int, str]] = []
        self.text_columns = _text_columns()
        self.staged: set[str] = set()

    def run(self, source: Any) -> str | None:
        newest: str | None = None
        batch: list[tuple[str, Kind, dict[str, Any], bool]] = []
        uids: set[str] = set()
        for ref, rec in source:
            try:
                kind, values, tomb = self.check(rec)
            except checks.BadField as bad:
                raise InputError("err.merge_bad_field", line=ref, column=bad.field) from None
            self._own(ref, values, tomb)
            updated = rec.get("updated_at")
            if updated and (newest is None or updated > newest):
                newest = updated
            if values["uid"] in uids or len(batch) >= BATCH:
                self.apply(batch)
                batch, uids = [], set()
            batch.append((ref, kind, values, tomb))
            uids.add(values["uid"])
        if batch:
            self.apply(batch)
        for kind, number, patrol_uid in self.later:
            self.conn.execute(f"UPDATE {kind.table} SET patrol_id = "
                              "(SELECT id FROM patrols WHERE uid = ?) WHERE id = ?",
                              (patrol_uid, number))
        return newest

    def _own(self, ref: str, values: dict[str, Any], tomb: bool) -> None:
        """Whose record: an officer's login pushes its officer's records only, under its
        unit; the owner's push keeps each record's unit (else --unit)."""
        me = self.me
        owner = values.get("officer")
        if not me["owner"]:
            if owner is None or officer_key(owner) != officer_key(me["officer"]):
                raise InputError("err.push_not_yours", id=ref, uid=values["uid"],
                                 owner=owner or "-", officer=me["officer"])
            values["unit"] = me["unit"]
            return
        unit = (None if tomb else values.get("unit")) or self.unit
        if unit is None and not tomb:
            raise InputError("err.push_no_unit", id=ref, uid=values["uid"])
        values["unit"] = unit

    # -- one batch ---------------------------------------------------------------------------
    # The batch's uids sent once, looked up in every table by one statement.
    _KNOWN_SQL = "WITH batch(uid) AS (SELECT unnest(?::text[])) " + " UNION ALL ".join(
        f"SELECT t.uid, '{kind.name}', t.id, t.updated_at, t.deleted_at, t.unit "
        f"FROM batch JOIN {kind.table} t ON t.uid = batch.uid" for kind in KINDS.values()) + (
        " UNION ALL SELECT t.uid, t.type, NULL, t.updated_at, t.deleted_at, t.unit "
        "FROM batch JOIN tombstones t ON t.uid = batch.uid")

    def apply(self, batch: list[tuple[str, Kind, dict[str, Any], bool]]) -> None:
        uids = [values["uid"] for _, _, values, _ in batch]
        known: dict[str, apply.Held] = {}
        units: dict[str, str | None] = {}
        for uid, kind_name, number, updated, deleted, unit in self.conn.execute(
                self._KNOWN_SQL, (uids,)).fetchall():
            if number is not None or uid not in known:
                known[uid] = apply.Held(uid, kind_name, number, updated, deleted)
                units[uid] = unit
        new: dict[Kind, list[dict[str, Any]]] = {k: [] for k in KINDS.values()}
        changed: list[tuple[Kind, dict[str, Any], bool, apply.Held]] = []
        for ref, kind, values, tomb in batch:
            have = known.get(values["uid"])
            if have is not None and have.kind != kind.name:
                raise InputError("err.import_type_clash", line=ref, uid=values["uid"],
                                 type=kind.name, local=have.kind)
            if tomb and values.get("unit") is None:
                values["unit"] = units.get(values["uid"])
            if have is None:
                if tomb:
                    self._tombstone(kind, values)
                    self.counts["deleted"] += 1
                else:
                    new[kind].append(values)
                continue
            wins = apply.incoming_wins(values, tomb, have.updated_at, have.deleted_at,
                                          have.number is not None,
                                          lambda: self._held_canonical(kind, have))
            if wins is None:
                wins = apply.tie_wins(self.check, values, self._held(kind, have.number))
            if wins:
                changed.append((kind, values, tomb, have))
            else:
                self.counts["unchanged"] += 1
        for kind in KINDS.values():  # patrols first: the others link to them
            if new[kind]:
                self._insert(kind, new[kind])
        for kind, values, tomb, have in changed:
            self._change(kind, values, tomb, have)

    def _held(self, kind: Kind, number: int) -> dict:
        """The server's record, as an export writes it."""
        rows = self.conn.execute(export.rows_sql(kind, "WHERE t.id = ?"), (number,)
                                 ).fetchall()
        rec = records_from_rows(self.conn, kind, rows)[0]
        rec["type"] = kind.name
        if kind is not PATROL:
            rec["patrol_uid"] = rows[0]["patrol_uid"]
        return rec

    def _held_canonical(self, kind: Kind, have: apply.Held) -> str:
        if have.number is None or have.deleted_at is not None:
            table = "tombstones" if have.number is None else kind.table
            column = "uid" if have.number is None else "id"
            row = self.conn.execute(f"SELECT officer FROM {table} WHERE {column} = ?",
                                    (have.uid if have.number is None else have.number,)
                                    ).fetchone()
            values = {"uid": have.uid, "officer": row[0] if row else None,
                      "deleted_at": have.deleted_at, "updated_at": have.updated_at}
            return checks.canonical(values, True)
        return apply.canonical_of(self.check, self._held(kind, have.number))

    def _patrol_ids(self, uids: set[str]) -> dict[str, int]:
        if not uids:
            return {}
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT uid, id FROM patrols WHERE uid = ANY(?)", (list(uids),))}

    def _insert(self, kind: Kind, rows: list[dict[str, Any]]) -> None:
        cols = list(table_columns(kind))
        numbers = sorted(r[0] for r in self.conn.execute(
            f"SELECT nextval(pg_get_serial_sequence('patrolog.{kind.table}', 'id')) "
            "FROM generate_series(1, ?)", (len(rows),)))
        links = (self._patrol_ids({v["patrol_uid"] for v in rows if v["patrol_uid"]})
                 if kind is not PATROL else {})
        params, visits = [], []
        for number, values in zip(numbers, rows):
            values = dict(values, id=number)
            for name in kind.lists:
                items = values[name]
                values[name] = json.dumps(items, ensure_ascii=False) if items else "[]"
            if kind is PATROL:
                visits += [(number, i, p["type"], p["name"], values["officer"], values["unit"])
                           for i, p in enumerate(values["places"])]
            else:
                patrol_uid = values["patrol_uid"]
                values["patrol_id"] = links.get(patrol_uid) if patrol_uid else None
                if patrol_uid and values["patrol_id"] is None:
                    self.later.append((kind, number, patrol_uid))
            params.append([values[c] for c in cols])
        self._insert_rows(kind.table, [*cols, "unit"] if "unit" not in cols else cols, params)
        if visits:
            self._insert_rows("visits", ["patrol_id", "position", "type", "name", "officer",
                                         "unit"], visits)
        self.counts["added"] += len(rows)

    def _insert_rows(self, table: str, cols: list[str], rows: list[Any]) -> None:
        """Many rows at once: COPY into a temporary table of the session (row-level security
        does not allow COPY into the tables themselves), then one INSERT ... SELECT, which
        row-level security checks row by row as any insert."""
        stage = f"_in_{table}"
        pg = self.conn.pg
        if table not in self.staged:
            pg.execute(f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS "
                       f"SELECT * FROM patrolog.{table} WITH NO DATA")  # no NOT NULL
            self.staged.add(table)
        names = ", ".join(cols)
        with pg.cursor() as cur:
            with cur.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage}")
            cur.execute(f"TRUNCATE {stage}")

    def _tombstone(self, kind: Kind, values: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO tombstones(uid, type, officer, unit, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
            "updated_at = excluded.updated_at, deleted_at = excluded.deleted_at",
            (values["uid"], kind.name, values.get("officer"), values.get("unit"),
             values["updated_at"], values["deleted_at"]))

    def _change(self, kind: Kind, values: dict[str, Any], tomb: bool,
                have: apply.Held) -> None:
        conn = self.conn
        if have.number is None:  # only a tombstone on the server so far
            if tomb:
                self._tombstone(kind, values)
                self.counts["deleted"] += 1
            else:
                conn.execute("DELETE FROM tombstones WHERE uid = ?", (values["uid"],))
                self._insert(kind, [values])
            return
        before = self._held(kind, have.number)
        before.pop("type", None)
        before.pop("patrol_uid", None)
        if tomb:
            if sharing_privacy.erased_after_delete(values):  # keep nothing of what it erased
                self._blank(kind, have.number, values["uid"])
            elif have.deleted_at is None:
                keep_history(conn, before, "delete", self.stamp)
            conn.execute(f"UPDATE {kind.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (values["deleted_at"], values["updated_at"], have.number))
            self.counts["deleted"] += 1
            return
        if sharing_privacy.erases(before, values):  # the person goes, with the history
            conn.execute("DELETE FROM history WHERE record_uid = ?", (before["uid"],))
        else:
            keep_history(conn, before, "push", self.stamp)
        apply.write_version(conn, kind, have.number, values,
                               lambda uid: self._patrol_ids({uid}).get(uid), self.later)
        self.counts["updated"] += 1

    def _blank(self, kind: Kind, number: int, uid: str) -> None:
        """`sharing_privacy.blank` on the server: a record deleted, then erased elsewhere,
        keeps no text and no history."""
        self.conn.execute("DELETE FROM history WHERE record_uid = ?", (uid,))
        sets = self.text_columns[kind.table]
        if sets:
            self.conn.execute(f"UPDATE {kind.table} SET "
                              f"{', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                              (*sets.values(), number))
        if kind is PATROL:
            self.conn.execute("DELETE FROM visits WHERE patrol_id = ?", (number,))


def _text_columns() -> dict[str, dict[str, Any]]:
    """Each record table's text columns that an erasure empties, with the empty value
    (NULL, or the column's default where it may not be NULL): as `sharing_privacy.blank`."""
    store = Store.open(Path("/nonexistent-patrolog-server/schema.db"))  # in memory only
    try:
        out = {}
        for kind in KINDS.values():
            info = {r[1]: (r[3], r[4]) for r in
                    store.conn.execute(f"PRAGMA table_info({kind.table})")}
            sets = {}
            for column in text_columns(store.conn, kind.table):
                not_null, default = info[column]
                sets[column] = None if not not_null else (default or "''").strip("'")
            out[kind.table] = sets
        return out
    finally:
        store.close()
