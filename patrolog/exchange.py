"""Records out (JSON Lines, CSV) and in (import, merge), idempotent by `uid`.

An exported line is a record's JSON plus `type` (patrol, incident, contact) and
`patrol_uid`, so links survive the trip into a journal where ids differ.
Importing a record whose uid is already in the journal skips it; deletions are
not carried over (a merge only ever adds).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from patrolog import vocab
from patrolog.errors import InputError, JournalError
from patrolog.kinds import KINDS, PATROL, Kind
from patrolog.records import Context, _columns, _records, _write_places, reindex
from patrolog.store import Store
from patrolog.timeparse import iso

_VOCAB_FIELDS = {"patrol": {"kind": "patrol_kind"},
                 "incident": {"kind": "incident_kind", "severity": "severity",
                              "status": "status"},
                 "contact": {"role": "role"}}
_TIME_FIELDS = {"started_at", "ended_at", "occurred_at", "met_at", "done_at", "created_at",
                "updated_at"}


# -- out -----------------------------------------------------------------------
def iter_export(conn: sqlite3.Connection, kinds: Iterable[Kind]) -> Iterator[dict]:
    """Live records, patrols first so that an import can link the others to them."""
    uids = {r[0]: r[1] for r in conn.execute("SELECT id, uid FROM patrols")}
    for kind in kinds:
        cur = conn.execute(f"SELECT * FROM {kind.table} WHERE deleted_at IS NULL "
                           f"ORDER BY {kind.time}, id")
        while rows := cur.fetchmany(1000):
            for rec in _records(conn, kind, rows):
                rec = {"type": kind.name, **rec}
                if kind is not PATROL:
                    number = int(rec["patrol"][1:]) if rec.get("patrol") else None
                    rec["patrol_uid"] = uids.get(number) if number else None
                yield rec


def to_jsonl(records: Iterable[dict]) -> Iterator[str]:
    for rec in records:
        yield json.dumps(rec, ensure_ascii=False) + "\n"


def csv_columns() -> list[str]:
    columns = ["type", "id", "uid"]
    for kind in KINDS.values():
        columns += [f for f in kind.fields if f not in columns]
    return [*columns, "patrol_uid", "officer", "unit", "created_at", "updated_at"]


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
            elif col == "tags":
                value = "; ".join(value or [])
            row.append("" if value is None else value)
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


# -- in ------------------------------------------------------------------------
def read_file(path: Path) -> list[dict]:
    """Records from a JSON Lines or CSV export (told apart by the first character)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InputError("err.import_unreadable", path=str(path)) from None
    if text.lstrip().startswith("{"):
        out = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                raise InputError("err.import_bad_line", line=number,
                                 reason="not JSON") from None
        return out
    return [_from_csv_row(row) for row in csv.DictReader(io.StringIO(text))]


def _from_csv_row(row: dict[str, str]) -> dict:
    rec: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items() if k}
    rec["tags"] = [t.strip() for t in (row.get("tags") or "").split(";") if t.strip()]
    places = []
    for item in (row.get("places") or "").split(";"):
        if item.strip():
            kind, _, name = item.strip().partition(":")
            places.append({"type": kind, "name": name})
    rec["places"] = places
    for count in ("injured", "dead"):
        if rec.get(count) is not None:
            rec[count] = int(rec[count]) if str(rec[count]).isdigit() else rec[count]
    return rec


def _check(rec: dict, number: int, ctx: Context) -> tuple[Kind, dict[str, Any]]:
    """A record from outside -> (kind, column values), or InputError naming the line."""
    def bad(reason: str) -> InputError:
        return InputError("err.import_bad_line", line=number, reason=reason)

    kind = KINDS.get(str(rec.get("type") or ""))
    if kind is None:
        raise bad("type")
    uid = rec.get("uid")
    if not isinstance(uid, str) or not uid.strip():
        raise bad("uid")
    values: dict[str, Any] = {"uid": uid.strip()}
    for name in (*kind.fields, "officer", "unit", "created_at", "updated_at"):
        if name in ("patrol",):
            continue
        value = rec.get(name)
        if name in _TIME_FIELDS and value is not None:
            try:
                value = iso(datetime.fromisoformat(value).astimezone(ctx.tz))
            except (TypeError, ValueError):
                raise bad(name) from None
        elif name in _VOCAB_FIELDS[kind.name] and value is not None:
            try:
                value = vocab.lookup(_VOCAB_FIELDS[kind.name][name], value)
            except InputError:
                raise bad(name) from None
        elif name in ("injured", "dead"):
            if value is None:
                value = 0
            if not isinstance(value, int) or value < 0:
                raise bad(name)
        elif name == "places":
            value = value or []
            try:
                value = [{"type": vocab.lookup("place_type", p["type"]), "name": p["name"]}
                         for p in value]
            except (InputError, KeyError, TypeError):
                raise bad(name) from None
        elif name == "tags":
            value = [str(t) for t in value or []]
        elif isinstance(value, str):
            # Blank text is stored as NULL, as `add` does: queries rely on it
            # (an open promise is a non-NULL follow_up, read from a partial index).
            value = value.strip() or None
        values[name] = value
    for required in (kind.time, kind.category):
        if values.get(required) is None:
            raise bad(required)
    if kind is PATROL and (values.get("ended_at") is None
                           or values["ended_at"] <= values["started_at"]):
        raise bad("ended_at")
    values["created_at"] = values.get("created_at") or iso(ctx.now)
    values["updated_at"] = values.get("updated_at") or values["created_at"]
    values["patrol_uid"] = rec.get("patrol_uid")
    return kind, values


Progress = Callable[[str, int, int], None]


def _ticker(progress: Progress | None, phase: str, total: int) -> Callable[[int], None]:
    """Report `phase` about a hundred times over `total` items (and at the end)."""
    step = max(1, total // 100)

    def tick(done: int) -> None:
        if progress and (done % step == 0 or done == total):
            progress(phase, done, total)

    return tick


def import_records(store: Store, records: list[dict],
                   progress: Progress | None = None) -> dict[str, int]:
    """Add the records whose uid is new, all in one transaction; return counts.

    `progress(phase, done, total)` hears of the two phases, "check" and "write"."""
    ctx = Context(store)
    tick = _ticker(progress, "check", len(records))
    checked = []
    for n, rec in enumerate(records, 1):
        checked.append(_check(rec, n, ctx))
        tick(n)
    checked.sort(key=lambda kv: kv[0] is not PATROL)  # patrols first, for the links
    added = {k.plural: 0 for k in KINDS.values()}
    skipped = 0
    if not checked:
        return {**added, "skipped": 0}
    store.make_writable()
    tick = _ticker(progress, "write", len(checked))
    with store.write() as conn:
        for done, (kind, values) in enumerate(checked, 1):
            tick(done)
            if conn.execute(f"SELECT 1 FROM {kind.table} WHERE uid = ?",
                            (values["uid"],)).fetchone():
                skipped += 1
                continue
            patrol_uid = values.pop("patrol_uid")
            places = values.pop("places", [])
            if kind is not PATROL:
                row = conn.execute("SELECT id FROM patrols WHERE uid = ?",
                                   (patrol_uid,)).fetchone() if patrol_uid else None
                values["patrol_id"] = row[0] if row else None
            cols = _columns(values)
            cur = conn.execute(
                f"INSERT INTO {kind.table} ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' * len(cols))})", tuple(cols.values()))
            if kind is PATROL:
                _write_places(conn, cur.lastrowid, places)
            reindex(conn, kind, cur.lastrowid)
            added[kind.plural] += 1
    return {**added, "skipped": skipped}


def merge(store: Store, other: Path, progress: Progress | None = None) -> dict[str, int]:
    """Add another journal's records (read-only on the other file)."""
    from patrolog import migrations

    if not other.is_file():
        raise InputError("err.import_unreadable", path=str(other))
    if other.resolve() == store.path.resolve():
        raise InputError("err.merge_self")
    conn = sqlite3.connect(f"file:{other}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
            raise JournalError("err.not_journal", path=str(other))
        if version != migrations.LATEST:
            raise JournalError("err.merge_version", path=str(other), version=version,
                               supported=migrations.LATEST)
        records = list(iter_export(conn, KINDS.values()))
    except sqlite3.DatabaseError:
        raise JournalError("err.corrupt", path=str(other)) from None
    finally:
        conn.close()
    return import_records(store, records, progress)
