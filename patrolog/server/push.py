"""`patrolog push`: this journal's changes onto the unit's server (docs/server.md "Push").

What is sent: every record (live or a tombstone) whose `updated_at` is at or after the
newest one the last successful push to this server sent (kept in the journal's config
under `push.<server id>`; `--all` sends everything), as the journal stores it: every write
to a journal (add, edit, import, merge) checked its records, and `patrolog check`
verifies a journal, so a push does not check each again as an import would. The rows are
streamed with COPY into the session's staging tables (`_Staging`); the uids the server
does not hold go in by set, one INSERT ... SELECT per table; those it holds are applied
one by one with the rules of an import (`_ServerApplier`: `apply.incoming_wins`,
`tie_wins`, `sharing_privacy`): newer wins, ties by content, tombstones delete, an erasure
drops the record's history on the server. A first push is all of the first kind; an
officer's daily push mostly too.

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
SMALL = 5000  # rows of a staging table measured for the planner (a larger push: hash joins)


def push(store: Store, url: str, *, unit: str | None = None, everything: bool = False
         ) -> dict[str, int]:
    pg = connect.connect(url)
    with pg, adapter.guard(url):
        schema.require(pg, url)
        me = rights.whoami(pg)
        if not me["owner"] and not me["officer"]:
            raise ServerError("err.push_cannot", login=me["login"], server=connect.shown(url))
        # The server's id and the session's settings in one round trip (an officer pushes
        # over a phone's network, where each costs a tenth of a second or more):
        # - temp_buffers: the staging tables of a first push held in the session's memory,
        #   not spilled to files (settable only before the session's first temporary table);
        # - no JIT: the push's statements run once each, and compiling them (the planner's
        #   estimates for tables of a session reach JIT's costs) took a second of three.
        server_id = pg.execute(
            "SELECT (SELECT value FROM patrolog.meta WHERE key = 'server_id'), "
            "set_config('search_path', %s, false), set_config('temp_buffers', '128MB', false), "
            "set_config('jit', 'off', false)", (schema.SEARCH_PATH,)).fetchone()[0]
        mark = f"push.{server_id}"
        since = None if everything else store.config().get(mark)
        with pg.transaction():
            if me["owner"]:
                pg.execute("SELECT pg_advisory_xact_lock(%s, 0)", (LOCK_CLASS,))
            else:  # every officer's push beside the others, one at a time per officer
                pg.execute("SELECT pg_advisory_xact_lock_shared(%s, 0), "
                           "pg_advisory_xact_lock(%s, hashtext(%s))",
                           (LOCK_CLASS, LOCK_CLASS, officer_key(me["officer"])))
            staging = _Staging(pg, me, unit)
            newest = staging.load(store.conn, since)
            known = staging.known()
            counts = staging.insert_new()
            if known:  # uids the server holds: one by one, by the sharing rules
                applier = _ServerApplier(adapter.Conn(pg, url), checks.Checker(Context(store)),
                                         me, unit)
                applier.run((ref, rec) for ref, rec in _changed(store, since)
                            if rec["uid"] in known)
                staging.link_late()
                counts = {k: v + applier.counts[k] for k, v in counts.items()}
    if newest is not None and newest != since:
        with store.write() as conn:
            conn.execute("INSERT OR REPLACE INTO config(key, value) VALUES (?, ?)",
                         (mark, newest))
    return counts


class _Staging:
    """The push's rows as the journal stores them, streamed with COPY into temporary tables
    of the session (row-level security allows no COPY into the server's tables for an
    officer's login), then applied by set: the uids the server does not hold go in with one
    INSERT ... SELECT per table (the server numbers them; a record's patrol is found by its
    uid), which row-level security checks row by row as any insert. The uids it holds are
    `known()`, for the sharing rules one by one (`_ServerApplier`).

    Sent as stored, not through the import's checks: every write to a journal (add, edit,
    import, merge) checked its records, and `patrolog check` verifies a journal. Whose
    record is checked here, row by row, before anything is applied."""

    def __init__(self, pg: Any, me: dict[str, Any], unit: str | None) -> None:
        self.pg = pg
        self.me = me
        self.unit = unit.strip() if unit else None
        self.mine = None if me["owner"] else officer_key(me["officer"])
        self.twice: set[str] = set()
        self.held: set[str] = set()
        self.same: set[str] = set()
        self.columns = {k: _stage_columns(k) for k in KINDS.values()}
        # Each staging table's columns with the server table's types (as `server init`
        # makes them from the journal's schema, which `require` found the server at),
        # integers widened: COPY's binary form (twice as fast as text) would cut a larger
        # number to 32 bits without a word, where the insert's cast refuses it. Made in one
        # round trip.
        server = schema.column_types()
        stages = {**{k.table: cols for k, cols in self.columns.items()},
                  "visits": _VISIT_COLUMNS, "tombstones": _TOMB_COLUMNS}
        self.types: dict[str, list[str]] = {}
        made = []
        for table, cols in stages.items():
            types = ["text" if c == "patrol_uid" else server[table][c] for c in cols]
            types = ["bigint" if t in ("integer", "smallint") else t for t in types]
            self.types[table] = types
            made.append(f"CREATE TEMPORARY TABLE _push_{table} ("
                        f"{', '.join(f'{c} {t}' for c, t in zip(cols, types))}) ON COMMIT DROP")
        pg.execute(";\n".join(made))  # no parameters: one message, every statement
        self.small: list[str] = []  # staging tables to measure for the planner

    def load(self, conn: Any, since: str | None) -> str | None:
        """Stream every record changed since `since` (patrols, incidents, contacts, then
        deletions); refuse another officer's record or, for the owner, a record of no unit
        (--unit), naming it. The newest `updated_at` sent."""
        where, params = ("AND t.updated_at >= ? ", [since]) if since else ("", [])
        unit_sql, unit = ("coalesce(nullif(trim(t.unit), ''), ?)", self.unit) \
            if self.mine is None else ("?", self.me["unit"])
        newest = ""
        with self.pg.cursor() as cur:
            for kind, cols in self.columns.items():
                select = ", ".join("p.uid" if c == "patrol_uid" else unit_sql if c == "unit"
                                   else f"t.{c}" for c in cols)
                join = "" if kind is PATROL else " LEFT JOIN patrols p ON p.id = t.patrol_id"
                rows = conn.execute(f"SELECT {select} FROM {kind.table} t{join} WHERE "
                                    f"t.deleted_at IS NULL {where}ORDER BY t.id",
                                    [unit, *params])
                newest = self._copy(cur, kind.table, cols, rows, True, newest)
            rows = conn.execute(
                "SELECT t.uid, v.position, v.type, v.name, t.uid FROM visits v "
                f"JOIN patrols t ON t.id = v.patrol_id WHERE t.deleted_at IS NULL {where}",
                params)
            self._copy(cur, "visits", _VISIT_COLUMNS, rows, False, "")
            tomb_unit = self.unit if self.mine is None else self.me["unit"]
            deleted = " UNION ALL ".join(
                f"SELECT t.uid, '{kind.name}', t.officer, ?, t.updated_at, t.deleted_at, "
                f"'{kind.prefix}' || t.id FROM {kind.table} t WHERE t.deleted_at IS NOT NULL "
                f"{where}" for kind in KINDS.values())
            rows = conn.execute(
                f"{deleted} UNION ALL SELECT t.uid, t.type, t.officer, ?, t.updated_at, "
                f"t.deleted_at, t.uid FROM tombstones t WHERE 1 = 1 {where}",
                [x for _ in range(len(KINDS) + 1) for x in (tomb_unit, *params)])
            newest = self._copy(cur, "tombstones", _TOMB_COLUMNS, rows, True, newest)
            if self.small:
                # the planner's guess for a table of the session is hundreds of rows: a hash
                # of the unit's rows; known, a few probes of the uid indexes
                cur.execute(f"ANALYZE {', '.join(self.small)}")
        return newest or None

    def _copy(self, cur: Any, table: str, cols: tuple[str, ...], rows: Any,
              records: bool, newest: str) -> str:
        """COPY `rows` into `table`'s staging table: `cols`, then the record's name for a
        refusal (a record's staging keeps its number, `id`: the name is made from it). The
        records (`records`): whose each is, the newest `updated_at`."""
        kind = next((k for k in KINDS.values() if k.table == table), None)
        named = kind is None  # the last column names the record, and is not sent
        if records:
            at_uid, at_officer, at_unit, at_updated = (cols.index(c) for c in (
                "uid", "officer", "unit", "updated_at"))
        mine = self.mine
        row: Any = None
        with cur.copy(f"COPY _push_{table} ({', '.join(cols)}) FROM STDIN (FORMAT BINARY)"
                      ) as copy:
            copy.set_types(self.types[table])
            write = copy.write_row
            try:
                for row in rows:
                    if records:
                        if mine is not None:
                            owner = row[at_officer]
                            if owner is None or officer_key(owner) != mine:
                                raise InputError("err.push_not_yours", id=self._ref(kind, row),
                                                 uid=row[at_uid], owner=owner or "-",
                                                 officer=self.me["officer"])
                        elif row[at_unit] is None and kind is not None:
                            raise InputError("err.push_no_unit", id=self._ref(kind, row),
                                             uid=row[at_uid])
                        if row[at_updated] > newest:
                            newest = row[at_updated]
                    write(row[:-1] if named else row)
            except (TypeError, ValueError, OverflowError):
                # a value the journal's checks would not have stored (another tool wrote it)
                wanted = [int if t == "bigint" else str for t in self.types[table]]
                column = next((c for c, v, w in zip(cols, row, wanted)
                               if v is not None and type(v) is not w), "?")
                raise InputError("err.push_bad_field", id=self._ref(kind, row),
                                 column=column) from None
        if 0 <= cur.rowcount < SMALL:
            self.small.append(f"_push_{table}")  # measured once all are in (`load`)
        return newest

    @staticmethod
    def _ref(kind: Kind | None, row: Any) -> str:
        return row[-1] if kind is None else f"{kind.prefix}{row[0]}"

    def known(self) -> set[str]:
        """The uids of the push that the server holds (as a record or a deletion, as far as
        this login may see), and those sent twice."""
        tables = (*(k.table for k in KINDS.values()), "tombstones")
        staged = " UNION ALL ".join(f"SELECT uid FROM _push_{t}" for t in tables)
        # joins, not EXISTS: the planner probes the uid indexes for a small push, where a
        # hashed sub-plan would read every row of the unit an officer's login may see
        held = " UNION ALL ".join(f"SELECT s.uid, false FROM s JOIN {t} h ON h.uid = s.uid"
                                  for t in tables)
        # uids sent twice (a record and a deletion) found by the server, not in a set of every
        # uid sent: a million-record push kept 110 MiB of them
        found = self.pg.execute(f"WITH s AS MATERIALIZED ({staged}) SELECT uid, true FROM s "
                                f"GROUP BY uid HAVING count(*) > 1 UNION ALL {held}").fetchall()
        self.twice = {uid for uid, twice in found if twice}
        self.held = {uid for uid, _ in found}
        if not self.held:
            return set()
        self.pg.execute("CREATE TEMPORARY TABLE _push_known ON COMMIT DROP AS "
                        "SELECT DISTINCT unnest(%s::text[]) AS uid", (list(self.held),))
        self.same = self._same() - self.twice
        return self.held - self.same

    def _same(self) -> set[str]:
        """The held uids whose server copy is the version sent, column for column (places
        and patrol link too; a deletion: the same moment, deletion and officer): unchanged
        by the sharing rules, whatever they weigh (`push --all`, the last push's last
        moment sent again). Anything else goes through the rules one by one."""
        pg = self.pg
        pg.execute("CREATE INDEX ON _push_visits (patrol_uid)")
        same: set[str] = set()
        for kind, cols in self.columns.items():
            names = [c for c in cols if c not in ("id", "patrol_uid")]
            sql = (f"SELECT s.uid FROM _push_{kind.table} s JOIN {kind.table} h ON "
                   f"h.uid = s.uid AND h.deleted_at IS NULL AND "
                   f"({', '.join(f's.{c}' for c in names)}) IS NOT DISTINCT FROM "
                   f"({', '.join(f'h.{c}' for c in names)})")
            if kind is PATROL:
                sql += (" WHERE (SELECT array_agg(ARRAY[v.type, v.name] ORDER BY v.position) "
                        "FROM _push_visits v WHERE v.patrol_uid = s.uid) IS NOT DISTINCT FROM "
                        "(SELECT array_agg(ARRAY[v.type, v.name] ORDER BY v.position) "
                        "FROM visits v WHERE v.patrol_id = h.id)")
            else:
                sql += (" LEFT JOIN patrols p ON p.id = h.patrol_id "
                        "WHERE s.patrol_uid IS NOT DISTINCT FROM p.uid")
            same |= {r[0] for r in pg.execute(sql)}
        for table in (*(k.table for k in KINDS.values()), "tombstones"):
            kind, bare = (f"'{_KIND_OF[table]}'", "") if table != "tombstones" else (
                "h.type", "".join(f" AND NOT EXISTS (SELECT 1 FROM {k.table} r WHERE "
                                  "r.uid = s.uid)" for k in KINDS.values()))
            same |= {r[0] for r in pg.execute(
                f"SELECT s.uid FROM _push_tombstones s JOIN {table} h ON h.uid = s.uid "
                f"AND s.type = {kind} AND h.updated_at = s.updated_at "
                "AND h.deleted_at = s.deleted_at AND h.officer IS NOT DISTINCT FROM s.officer"
                + bare)}
        return same

    def _new(self, alias: str = "s") -> str:
        return (f" WHERE NOT EXISTS (SELECT 1 FROM _push_known k WHERE k.uid = {alias}.uid)"
                if self.held else "")

    def insert_new(self) -> dict[str, int]:
        """The records and deletions the server does not hold, one statement per table;
        patrols first, as the others link to them."""
        added = 0
        pg = self.pg
        for kind, cols in self.columns.items():
            names = [c for c in cols if c != "id"]
            into = ", ".join("patrol_id" if c == "patrol_uid" else c for c in names)
            select = ", ".join("p.id" if c == "patrol_uid" else f"s.{c}" for c in names)
            join = "" if kind is PATROL else " LEFT JOIN patrols p ON p.uid = s.patrol_uid"
            # in the journal's order: a first push numbers the records as the journal does
            added += pg.execute(f"INSERT INTO {kind.table} ({into}) SELECT {select} FROM "
                                f"_push_{kind.table} s{join}{self._new()} ORDER BY s.id"
                                ).rowcount
            if kind is PATROL:
                pg.execute("INSERT INTO visits (patrol_id, position, type, name, officer, unit)"
                           " SELECT p.id, v.position, v.type, v.name, p.officer, p.unit "
                           "FROM _push_visits v JOIN patrols p ON p.uid = v.patrol_uid"
                           + self._new("p"))
        cols = ", ".join(_TOMB_COLUMNS)
        deleted = pg.execute(f"INSERT INTO tombstones ({cols}) SELECT {cols} FROM "
                             f"_push_tombstones s{self._new()}").rowcount
        return {"added": added, "updated": 0, "deleted": deleted, "unchanged": len(self.same)}

    def link_late(self) -> None:
        """A new record's patrol that came back to the server only with the one-by-one
        rules (a patrol the server knew as deleted, sent again live)."""
        for kind in KINDS.values():
            if kind is not PATROL:
                self.pg.execute(
                    f"UPDATE {kind.table} t SET patrol_id = p.id FROM _push_{kind.table} s "
                    "JOIN patrols p ON p.uid = s.patrol_uid WHERE t.uid = s.uid "
                    "AND t.patrol_id IS NULL AND NOT EXISTS (SELECT 1 FROM _push_known k "
                    "WHERE k.uid = s.uid)")


_TOMB_COLUMNS = ("uid", "type", "officer", "unit", "updated_at", "deleted_at")
_VISIT_COLUMNS = ("patrol_uid", "position", "type", "name")
_KIND_OF = {k.table: k.name for k in KINDS.values()}


def _stage_columns(kind: Kind) -> tuple[str, ...]:
    """A kind's staging columns: the journal's number (naming a record), the insert's
    columns, its patrol by uid."""
    return tuple("patrol_uid" if c == "patrol_id" else c for c in table_columns(kind))


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
