"""Records out: JSON Lines (signed, see sharing/signing.py) and CSV.

An exported line is a record's JSON plus `type` (patrol, incident, contact) and
`patrol_uid`, so links survive the trip into a journal where ids differ. A deleted
record goes out as a tombstone (`type`, `uid`, `officer`, `updated_at`, `deleted_at`,
nothing personal). docs/sharing.md#the-rules says how they are applied coming in.
"""


from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator

from patrolog.core.kinds import COMMON_TAIL, KINDS, PATROL, Kind
from patrolog.core.output import json_safe
from patrolog.journal.records import (
    records_from_rows,
)

BATCH = 1000
TOMBSTONE = ("type", "uid", "officer", "updated_at", "deleted_at")
LIST_FIELDS = frozenset(c for kind in KINDS.values() for c in kind.lists)
COUNT_FIELDS = frozenset({"injured", "dead"})


# -- out -----------------------------------------------------------------------
def rows_sql(kind: Kind, rest: str) -> str:
    """A kind's rows (as `t`) with, beside an incident's or contact's, its patrol's uid:
    links travel by uid. By a join: a dict of every patrol would grow with the journal."""
    if kind is PATROL:
        return f"SELECT t.* FROM patrols t {rest}"
    return (f"SELECT t.*, p.uid AS patrol_uid FROM {kind.table} t "
            f"LEFT JOIN patrols p ON p.id = t.patrol_id {rest}")


def iter_export(conn: sqlite3.Connection, kinds: Iterable[Kind], *, since: str | None = None,
                officer: str | None = None) -> Iterator[dict]:
    """Every record of `kinds`, live ones whole and deleted ones as tombstones, patrols
    first so that an import meets a patrol before what links to it; then the tombstones
    of records this journal never had. `since` (a date or time) keeps the records changed
    since then; `officer` (as the journal writes it) one officer's."""
    def where(table: str = "") -> str:
        parts = [f"{table}updated_at >= ?"] if since else []
        if officer:
            parts.append(f"{table}officer = ? COLLATE NOCASE")
        return " AND ".join(parts) or "1 = 1"

    params = [p for p in (since, officer) if p]
    kinds = list(kinds)
    for kind in kinds:
        cur = conn.execute(rows_sql(kind, f"WHERE {where('t.')} ORDER BY t.{kind.time}, t.id"),
                           params)
        while rows := cur.fetchmany(BATCH):
            live = [r for r in rows if r["deleted_at"] is None]
            whole = iter(records_from_rows(conn, kind, live))
            for row in rows:
                if row["deleted_at"] is not None:
                    yield {"type": kind.name, "uid": row["uid"], "officer": row["officer"],
                           "updated_at": row["updated_at"], "deleted_at": row["deleted_at"]}
                    continue
                rec = {"type": kind.name, **next(whole)}
                if kind is not PATROL:
                    rec["patrol_uid"] = row["patrol_uid"]
                rec["deleted_at"] = None  # a live record, as a tombstone names its deletion
                yield rec
    names = tuple(k.name for k in kinds)
    cur = conn.execute(
        f"SELECT type, uid, officer, updated_at, deleted_at FROM tombstones WHERE {where()} "
        f"AND type IN ({','.join('?' * len(names))}) ORDER BY updated_at, uid",
        (*params, *names))
    for row in cur:
        yield dict(zip(TOMBSTONE, row))


def _json_sql(kind: Kind) -> str:
    """SQL writing one record of `kind` (as `t`, its patrol as `p`) as its export line, as
    `iter_export` shapes it: live whole, deleted as a tombstone."""
    parts = [f"'type', '{kind.name}'", f"'id', '{kind.prefix}' || t.id", "'uid', t.uid"]
    for name in kind.fields:
        if name == "places":
            parts.append("'places', (SELECT json_group_array(json_object('type', v.type, "
                         "'name', v.name)) FROM (SELECT type, name FROM visits "
                         "WHERE patrol_id = t.id ORDER BY position) v)")
        elif name == "patrol":
            parts.append("'patrol', CASE WHEN t.patrol_id IS NULL THEN NULL "
                         "ELSE 'P' || t.patrol_id END")
        elif name in kind.lists:
            parts.append(f"'{name}', json(CASE WHEN t.{name} IS NULL OR t.{name} = '' "
                         f"THEN '[]' ELSE t.{name} END)")
        else:
            parts.append(f"'{name}', t.{name}")
    parts += [f"'{name}', t.{name}" for name in COMMON_TAIL]
    if kind is not PATROL:
        parts.append("'patrol_uid', p.uid")
    parts.append("'deleted_at', NULL")
    tomb = (f"json_object('type', '{kind.name}', 'uid', t.uid, 'officer', t.officer, "
            "'updated_at', t.updated_at, 'deleted_at', t.deleted_at)")
    return (f"CASE WHEN t.deleted_at IS NULL THEN json_object({', '.join(parts)}) "
            f"ELSE {tomb} END")


def export_jsonl(conn: sqlite3.Connection, kinds: Iterable[Kind], *, since: str | None = None,
                 officer: str | None = None) -> Iterator[str]:
    """`iter_export` as JSON Lines, written by SQLite: each line is made where the row is
    read (json_object), so a unit's export runs near the speed of `sqlite3 -json` over the
    same tables (benchmarks/bench_export.py). Yields chunks of many lines. A list column
    that is not JSON (written by another tool) is named as `iter_export` names it."""
    kinds = list(kinds)
    params = [p for p in (since, officer) if p]

    def where(table: str = "") -> str:
        parts = [f"{table}updated_at >= ?"] if since else []
        if officer:
            parts.append(f"{table}officer = ? COLLATE NOCASE")
        return " AND ".join(parts) or "1"

    try:
        for kind in kinds:
            join = "" if kind is PATROL else " LEFT JOIN patrols p ON p.id = t.patrol_id"
            cur = conn.execute(
                f"SELECT {_json_sql(kind)} FROM {kind.table} t{join} WHERE {where('t.')} "
                f"ORDER BY t.{kind.time}, t.id", params)
            while rows := cur.fetchmany(BATCH):
                text = "\n".join([r[0] for r in rows]) + "\n"
                yield text if text.isascii() else json_safe(text)
        names = tuple(k.name for k in kinds)
        cur = conn.execute(
            "SELECT json_object('type', type, 'uid', uid, 'officer', officer, 'updated_at', "
            f"updated_at, 'deleted_at', deleted_at) FROM tombstones WHERE {where()} "
            f"AND type IN ({','.join('?' * len(names))}) ORDER BY updated_at, uid",
            (*params, *names))
        while rows := cur.fetchmany(BATCH):
            text = "\n".join([r[0] for r in rows]) + "\n"
            yield text if text.isascii() else json_safe(text)
    except sqlite3.OperationalError as exc:
        if "JSON" not in str(exc):
            raise
        for _ in iter_export(conn, kinds, since=since, officer=officer):
            pass  # names the record (exit 3)
        raise


def to_jsonl(records: Iterable[dict]) -> Iterator[str]:
    """One line per record; a character a terminal would act on (a C1 control, a
    bidirectional override from an imported file) is written as a \\u escape."""
    dumps = json.dumps
    for rec in records:
        # compact, as SQLite's json_object writes (`export_jsonl`): the two ways write the
        # same bytes, so a unit's export reads the same from its journal and its server
        line = dumps(rec, ensure_ascii=False, separators=(",", ":"))
        yield (line if line.isascii() else json_safe(line)) + "\n"


def csv_columns() -> list[str]:
    columns = ["type", "id", "uid"]
    for kind in KINDS.values():
        columns += [f for f in kind.fields if f not in columns]
    return [*columns, "patrol_uid", "officer", "unit", "created_at", "updated_at", "deleted_at"]


def to_csv(records: Iterable[dict]) -> Iterator[str]:
    columns = csv_columns()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for rec in records:
        row = []
        for col in columns:
            value = rec.get(col)
            if col == "places":
                value = "; ".join(f"{p['type']}:{p['name']}" for p in value or [])
            elif col in LIST_FIELDS:
                value = "; ".join(value or [])
            row.append("" if value is None else value)
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()
