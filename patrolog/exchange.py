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
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from patrolog import fields, vocab
from patrolog.errors import InputError, JournalError
from patrolog.kinds import KINDS, PATROL, Kind
from patrolog.output import Progress
from patrolog.records import Context, _columns, _records, _write_places, reindex
from patrolog.store import Store, ro_uri
from patrolog.timeparse import iso

_VOCAB_FIELDS = {kind: fields.coded(kind) for kind in KINDS}
_LIST_FIELDS = frozenset(c for kind in KINDS.values() for c in kind.lists)
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
            elif col in _LIST_FIELDS:
                value = "; ".join(value or [])
            row.append("" if value is None else value)
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


# -- in ------------------------------------------------------------------------
class FileSource:
    """The records of a JSON Lines or CSV export (told apart by the first character), read
    from the file on each pass instead of held in memory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with path.open(encoding="utf-8") as fh:
                head = fh.read(4096)
        except (OSError, UnicodeDecodeError):
            raise InputError("err.import_unreadable", path=str(path)) from None
        self.jsonl = head.lstrip().startswith("{")

    def count(self) -> int:
        """About how many records (lines): enough for a progress bar."""
        with self.path.open("rb") as fh:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        return max(lines - (0 if self.jsonl else 1), 0)

    def __iter__(self) -> Iterator[dict]:
        try:
            with self.path.open(encoding="utf-8", newline="") as fh:
                if not self.jsonl:
                    yield from (_from_csv_row(row) for row in csv.DictReader(fh))
                    return
                for number, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError:
                        raise InputError("err.import_bad_line", line=number,
                                         reason="not JSON") from None
        except (OSError, UnicodeDecodeError):
            raise InputError("err.import_unreadable", path=str(self.path)) from None


class JournalSource:
    """The live records of another journal, read-only, exported afresh on each pass."""

    def __init__(self, path: Path) -> None:
        from patrolog import migrations

        self.path = path
        if not path.is_file():
            raise InputError("err.import_unreadable", path=str(path))
        with self._open() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
                raise JournalError("err.not_journal", path=str(path))
            if version != migrations.LATEST:
                raise JournalError("err.merge_version", path=str(path), version=version,
                                   supported=migrations.LATEST)

    @contextmanager
    def _open(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(ro_uri(self.path), uri=True)
        except sqlite3.DatabaseError:
            raise JournalError("err.corrupt", path=str(self.path)) from None
        conn.row_factory = sqlite3.Row
        try:
            yield conn
        except sqlite3.DatabaseError:
            raise JournalError("err.corrupt", path=str(self.path)) from None
        finally:
            conn.close()

    def count(self) -> int:
        with self._open() as conn:
            return sum(conn.execute(f"SELECT count(*) FROM {k.table} WHERE deleted_at IS NULL"
                                    ).fetchone()[0] for k in KINDS.values())

    def __iter__(self) -> Iterator[dict]:
        with self._open() as conn:
            yield from iter_export(conn, KINDS.values())


def _from_csv_row(row: dict[str, str]) -> dict:
    rec: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items() if k}
    for name in _LIST_FIELDS:
        rec[name] = [t.strip() for t in (row.get(name) or "").split(";") if t.strip()]
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
                value = [{"type": vocab.lookup("place_type", p["type"]),
                          "name": p["name"].strip()} for p in value]
            except (InputError, KeyError, TypeError, AttributeError):
                raise bad(name) from None
            if not all(p["name"] for p in value):
                raise bad(name)
        elif name in _LIST_FIELDS:
            if not isinstance(value, (list, type(None))):
                raise bad(name)
            value = [str(t).strip() for t in value or [] if str(t).strip()]
        elif isinstance(value, str):
            # Blank text is stored as NULL, as `add` does: queries rely on it
            # (an open promise is a non-NULL follow_up, read from a partial index).
            value = value.strip() or None
        values[name] = value
    if kind.name == "incident" and values.get("status") is None:
        values["status"] = "open"  # as `add` does; the column may not be NULL
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


def _ticker(progress: Progress | None, phase: str, total: int) -> Callable[[int], None]:
    """Report `phase` about a hundred times over `total` items (every 500 if unknown, 0).
    A total that was only an estimate grows to what was done."""
    step = max(1, total // 100) if total else 500

    def tick(done: int) -> None:
        if progress and (done % step == 0 or done == total):
            progress(phase, done, max(total, done))

    return tick


def import_records(store: Store, records: Iterable[dict],
                   progress: Progress | None = None, total: int | None = None,
                   ) -> dict[str, int]:
    """Add the records whose uid is new, all in one transaction; return counts.

    Records are checked and written one by one as they are read, so a unit's ten years
    import in little memory; a bad one rolls the whole transaction back, so the journal
    is unchanged. A journal that does not exist yet is created only after a first pass
    has checked everything (`records` is then read twice: pass a re-readable source).
    A link to a patrol that comes later in the input is set at the end.
    `progress(phase, done, total)` hears of "check" (that first pass) and "write"."""
    ctx = Context(store)
    if not store.exists:
        tick = _ticker(progress, "check", total or 0)
        seen = 0
        for seen, rec in enumerate(records, 1):
            _check(rec, seen, ctx)
            tick(seen)
        if not seen:
            return {**{k.plural: 0 for k in KINDS.values()}, "skipped": 0}
        store.make_writable()
    added = {k.plural: 0 for k in KINDS.values()}
    skipped = 0
    later: list[tuple[Kind, int, str]] = []  # links to patrols not yet written
    tick = _ticker(progress, "write", total or 0)
    with store.write() as conn:
        for n, rec in enumerate(records, 1):
            kind, values = _check(rec, n, ctx)
            tick(n)
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
            elif patrol_uid and values["patrol_id"] is None:
                later.append((kind, cur.lastrowid, patrol_uid))
            reindex(conn, kind, cur.lastrowid)
            added[kind.plural] += 1
        for kind, number, patrol_uid in later:
            conn.execute(f"UPDATE {kind.table} SET patrol_id = "
                         "(SELECT id FROM patrols WHERE uid = ?) WHERE id = ?",
                         (patrol_uid, number))
    return {**added, "skipped": skipped}


def merge(store: Store, other: Path, progress: Progress | None = None) -> dict[str, int]:
    """Add another journal's records (read-only on the other file)."""
    if other.is_file() and other.resolve() == store.path.resolve():
        raise InputError("err.merge_self")
    source = JournalSource(other)
    return import_records(store, source, progress, source.count() if progress else None)
