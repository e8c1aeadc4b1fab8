"""Records out (JSON Lines, CSV) and in (import, merge), applied by `uid` (docs/sharing.md#the-rules).

An exported line is a record's JSON plus `type` (patrol, incident, contact) and
`patrol_uid`, so links survive the trip into a journal where ids differ. A deleted
record goes out as a tombstone (`type`, `uid`, `officer`, `updated_at`, `deleted_at`,
nothing personal). Coming in, each record is applied by its uid: new -> added; known
with a newer `updated_at` -> replaces the local one (kept in its history); a newer
tombstone -> deletes; older or equal -> unchanged. Equal times with different content
are settled by comparing the two versions' canonical JSON, the same way in every
journal, so journals that exchange files both ways end up equal.

Speed (a unit's journal is a million records): records are checked one by one as they
are read and written in batches of `BATCH` — one statement to learn which uids are
known, `executemany` for the new rows (ids assigned here, under the write lock) and for
their search rows, made from the values in hand. A new journal's secondary indexes are
built after its rows. `merge` reads the other journal's rows as stored and puts them
through the same checks as an import's lines. docs/speed.md "Import and merge at a unit's
scale" has the numbers against a plain `executemany` script.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from operator import itemgetter
from pathlib import Path
from typing import Any

from patrolog.core import fields, vocab
from patrolog.core.errors import InputError, JournalError
from patrolog.core.kinds import COMMON_TAIL, KINDS, PATROL, Kind
from patrolog.core.output import Progress, json_safe
from patrolog.core.times import SteadyZone, iso
from patrolog.entry import validate
from patrolog.journal import migrations
from patrolog.journal.records import (
    Context,
    check_patrol_span,
    keep_history,
    places_for,
    records_from_rows,
    stored_columns,
    write_places,
)
from patrolog.journal.search_index import index_row, reindex
from patrolog.journal.store import Store, is_sqlite_file, ro_uri
from patrolog.privacy import incoming as sharing_privacy
from patrolog.sharing import signing

BATCH = 1000
TOMBSTONE = ("type", "uid", "officer", "updated_at", "deleted_at")
_VOCAB_FIELDS = {kind: fields.coded(kind) for kind in KINDS}
_CODES = {name: frozenset(codes) for name, codes in vocab.VOCABULARIES.items()}
_LIST_FIELDS = frozenset(c for kind in KINDS.values() for c in kind.lists)
_COUNT_FIELDS = frozenset({"injured", "dead"})
_DATE_FIELDS = frozenset({"due"})
_TIME_FIELDS = frozenset({"started_at", "ended_at", "occurred_at", "met_at", "done_at",
                          "created_at", "updated_at", "deleted_at"})
YEARS = (1900, 2100)  # as `add` reads times: anything else is a mistyped year
COUNT_MAX = 100_000   # people hurt in one incident: more is a typing error, not a record
UID_LENGTH = (1, 64)  # patrolog writes 32 hex digits; other tools may write less


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
            elif col in _LIST_FIELDS:
                value = "; ".join(value or [])
            row.append("" if value is None else value)
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


# -- sources -------------------------------------------------------------------
LINE_MAX = 1 << 20  # bytes in one line of an import: a record is far smaller (docs/trust.md)


class FileSource:
    """The records of a JSON Lines or CSV export, read once, as they are used: a file, a
    pipe, `-` (standard input) or /dev/stdin alike. UTF-8 with or without a byte-order
    mark (Excel's "CSV UTF-8" writes one).

    The format comes from the name and the content together: a name ending in `.jsonl`
    or `.json` is JSON Lines (a line that is not JSON is refused naming it, never read as
    CSV), `.csv` is CSV; otherwise the first line decides (JSON, whatever JSON: `[1, 2]`
    is a bad record, not a CSV header). A line longer than `LINE_MAX` is refused, so an
    endless input (/dev/zero) ends.

    A signed export (`signing`) begins with a header naming its key: `signer` is that
    key's fingerprint (None for an unsigned file, CSV included); its lines are hashed as
    they are read, and the signature line at the end is checked before the caller's
    transaction commits. Yields (line number, record)."""

    where = "err.import_bad_field"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = "-" if str(path) == "-" else str(path)
        self.signer: str | None = None
        self.sender: str | None = None  # the officer a signed file's header names
        self._public = b""
        self._digest: Any = None
        self._number = 0
        try:
            if self.name == "-":
                self._fh = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
            else:
                self._fh = path.open("rb")
        except (OSError, ValueError):
            raise InputError("err.import_unreadable", path=self.name) from None
        self._pending: list[tuple[int, str]] = []
        suffix = path.suffix.lower() if self.name != "-" else ""
        first = ""
        while True:  # the first line with something on it
            line = self._line()
            if line is None:
                break
            self._pending.append((self._number, line))
            if line.strip():
                first = line
                break
        if suffix in (".jsonl", ".json", ".ndjson"):
            self.jsonl = True
        elif suffix in (".csv", ".tsv", ".txt"):
            self.jsonl = False
        else:
            self.jsonl = _is_json(first)
        if self.jsonl and first:
            try:
                head = json.loads(first)
            except (ValueError, RecursionError):
                head = None
            found = signing.read_header(head)
            if found is not None:
                self._public, self.sender = found
                self.signer = signing.fingerprint(self._public)
                self._digest = hashlib.sha512()
                for _, line in self._pending:
                    self._digest.update(line.encode("utf-8"))
                self._pending = []

    def _line(self) -> str | None:
        """The next line (None at the end), decoded; refused past `LINE_MAX` bytes."""
        try:
            raw = self._fh.readline(LINE_MAX + 1)
        except OSError:
            raise InputError("err.import_unreadable", path=self.name) from None
        if not raw:
            return None
        self._number += 1
        if len(raw) > LINE_MAX and not raw.endswith(b"\n"):
            raise InputError("err.import_line_too_long", line=self._number,
                             size=LINE_MAX // (1 << 20))
        if self._number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("err.import_not_utf8", line=self._number) from None

    def reopen(self) -> FileSource:
        """The same file from its start (a pipe cannot be read twice: it is refused)."""
        if self.name == "-" or not self.path.is_file():
            raise JournalError("err.locked", path=self.name)
        return FileSource(self.path)

    def count(self) -> int | None:
        """About how many records (lines) a regular file holds: enough for a progress bar
        (None for a pipe, which cannot be read twice)."""
        if self.name == "-" or not self.path.is_file():
            return None
        with self.path.open("rb") as fh:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        return max(lines - (0 if self.jsonl else 1) - (2 if self.signer else 0), 0)

    def _lines(self) -> Iterator[tuple[int, str]]:
        while self._pending:
            yield self._pending.pop(0)
        while (line := self._line()) is not None:
            yield self._number, line

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        try:
            if not self.jsonl:
                reader = csv.DictReader(line for _, line in self._lines())
                try:
                    for row in reader:
                        yield reader.line_num, _from_csv_row(row)
                except csv.Error:
                    raise InputError("err.import_unreadable", path=self.name) from None
                return
            yield from self._json_lines()
        finally:
            self._fh.close()

    def _json_lines(self) -> Iterator[tuple[int, Any]]:
        """The records of a JSON Lines file. A signed file may be several signed files one
        after the other (`cat week1.jsonl week2.jsonl`): each section is checked at its
        signature line; nothing unsigned may follow one."""
        loads = json.loads
        between = False  # after a section's signature line
        for number, line in self._lines():
            digest = self._digest
            if not line.strip():
                if digest is not None and not between:
                    digest.update(line.encode("utf-8"))
                continue
            try:
                rec = loads(line)
            except ValueError:
                raise InputError("err.import_not_json", line=number) from None
            except RecursionError:
                raise InputError("err.import_too_deep", line=number) from None
            if between:
                found = signing.read_header(rec)
                if found is None:  # something after the signature: not what was signed
                    raise InputError("err.signature_bad", officer=self.sender or "?",
                                     path=self.name)
                self._public, self.sender = found
                self.signer = signing.fingerprint(self._public)
                self._digest = hashlib.sha512(line.encode("utf-8"))
                between = False
                continue
            if digest is not None:
                if signing.is_signature(rec):
                    signature = rec[signing.SIGNATURE_KEY]
                    if not isinstance(signature, str) or not signing.verify(
                            self._public, digest.digest(), signature):
                        raise InputError("err.signature_bad", officer=self.sender or "?",
                                         path=self.name)
                    between = True
                    continue
                digest.update(line.encode("utf-8"))
            yield number, rec
        if self._digest is not None and not between:  # cut short: no signature line
            raise InputError("err.signature_bad", officer=self.sender or "?", path=self.name)


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    except RecursionError:
        return True
    return True


class JournalSource:
    """Every record of another journal (tombstones included), read-only."""

    where = "err.merge_bad_field"

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise InputError("err.import_unreadable", path=str(path))
        if not is_sqlite_file(path):
            raise JournalError("err.not_a_database", path=str(path))
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
            return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in (*(k.table for k in KINDS.values()), "tombstones"))

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        with self._open() as conn:
            conn.row_factory = None
            yield from enumerate(self.stored_records(conn), 1)

    @staticmethod
    def stored_records(conn: sqlite3.Connection, since: str | None = None) -> Iterator[dict]:
        """The other journal's rows as records, read as they are stored: the same
        journal schema, so a row becomes an export line by naming its columns (the export
        code builds each record field by field, for people to read; here it would double
        a merge's time). Every record then passes the same checks as an import's lines.
        In the file's order (by id): a scan, where the export's order by time would read
        the table through an index."""
        loads = json.loads
        where, params = ("WHERE t.updated_at >= ? ", (since,)) if since else ("", ())
        for kind in KINDS.values():
            cur = conn.execute(rows_sql(kind, f"{where}ORDER BY t.id"), params)
            names = [d[0] for d in cur.description]
            at_id = names.index("id")
            lists = kind.lists
            while rows := cur.fetchmany(BATCH):
                places = (places_for(conn, [r[at_id] for r in rows]) if kind is PATROL
                          else None)
                for row in rows:
                    rec = dict(zip(names, row))
                    rec["type"] = kind.name
                    for name in lists:
                        text = rec[name]
                        if not text or text == "[]":
                            rec[name] = []
                            continue
                        try:
                            rec[name] = loads(text)
                        except (ValueError, RecursionError):
                            pass  # not JSON (another tool wrote it): the checks name it
                    if places is not None:
                        rec["places"] = places[row[at_id]]
                    yield rec
        cur = conn.execute(f"SELECT {', '.join(TOMBSTONE)} FROM tombstones "
                           f"{where.replace('t.', '')}ORDER BY updated_at, uid", params)
        for row in cur:
            yield dict(zip(TOMBSTONE, row))


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
    for count in _COUNT_FIELDS:
        if rec.get(count) is not None:
            text = str(rec[count])  # "²" is a digit to Python, not a number to int()
            rec[count] = int(text) if text.isascii() and text.isdigit() else rec[count]
    return rec


# -- checking one record ---------------------------------------------------------
class BadField(Exception):
    """A record's field that cannot be taken; the caller names the line."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class Checker:
    """Incoming record -> (kind, column values, is a tombstone). The same checks as `add`,
    but for the "later than now" rule: the sender's clock is the sender's business."""

    # how each field is read, by kind: (name, how), in the record's JSON order
    TEXT, TIME, VOCAB, COUNT, PLACES, LIST, DATE, PHONE = range(8)

    def __init__(self, ctx: Context) -> None:
        from datetime import timezone as fixed_zone

        self.ctx = ctx
        self.tz = ctx.tz
        self.stamp = iso(ctx.now)
        # A zone whose offset is fixed (Indonesia's, since decades): times are moved into
        # it by arithmetic, without a tzinfo call per time (a unit's import has millions).
        self.fixed: tuple[Any, str, int] | None = None
        if isinstance(self.tz, SteadyZone):
            offset = self.tz.utcoffset(None)
            self.fixed = (offset, iso(datetime(2000, 1, 1, tzinfo=self.tz))[19:],
                          self.tz._since)
        elif isinstance(self.tz, fixed_zone):
            offset = self.tz.utcoffset(None)
            self.fixed = (offset, iso(datetime(2000, 1, 1, tzinfo=self.tz))[19:], 1)
        self.plan = {kind.name: [(name, self._how(kind, name)) for name in kind.fields
                                 if name != "patrol"] for kind in KINDS.values()}
        self._seen: dict[str, str] = {}

    @classmethod
    def _how(cls, kind: Kind, name: str) -> int:
        if name in _TIME_FIELDS:
            return cls.TIME
        if name in _VOCAB_FIELDS[kind.name]:
            return cls.VOCAB
        if name in _COUNT_FIELDS:
            return cls.COUNT
        if name == "places":
            return cls.PLACES
        if name in _LIST_FIELDS:
            return cls.LIST
        if name in _DATE_FIELDS:
            return cls.DATE
        if name == "phone":
            return cls.PHONE
        return cls.TEXT

    def time(self, name: str, value: Any) -> str:
        if type(value) is not str:
            raise BadField(name)
        # A record's times repeat (created_at is nearly always its updated_at; a shift's
        # records share its hours): each text is read and moved into the zone once.
        seen = self._seen.get(value)
        if seen is not None:
            return seen
        if len(self._seen) >= 4096:
            self._seen.clear()
        self._seen[value] = out = self._time(name, value)
        return out

    def _time(self, name: str, value: str) -> str:
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            raise BadField(name) from None
        if not YEARS[0] <= dt.year <= YEARS[1]:
            raise BadField(name)
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=self.tz)
        fixed = self.fixed
        if fixed is not None and dt.year > fixed[2]:
            offset = dt.utcoffset()
            # Already in the journal's zone and form, as most are. The form by its
            # separators: a week date or a time without seconds is 25 characters too.
            if offset == fixed[0] and len(value) == 25 and value[10] == "T" \
                    and value[4] == value[7] == "-" and value[19] in "+-" \
                    and value[13] == value[16] == value[22] == ":":
                return value
            return ((dt.replace(tzinfo=None) - offset + fixed[0]).isoformat(timespec="seconds")
                    + fixed[1])
        return iso(dt.astimezone(self.tz))

    def __call__(self, rec: Any) -> tuple[Kind, dict[str, Any], bool]:
        if type(rec) is not dict:
            raise BadField("record")
        kind = KINDS.get(rec.get("type")) if isinstance(rec.get("type"), str) else None
        if kind is None:
            raise BadField("type")
        uid = rec.get("uid")
        if type(uid) is not str or not UID_LENGTH[0] <= len(uid) <= UID_LENGTH[1] \
                or not uid.isprintable() or " " in uid:
            uid = uid.strip() if type(uid) is str else None
            if not uid or not UID_LENGTH[0] <= len(uid) <= UID_LENGTH[1] \
                    or not uid.isprintable() or " " in uid:
                raise BadField("uid")
        values: dict[str, Any] = {"uid": uid}
        if rec.get("deleted_at") is not None:
            return kind, self._tombstone(rec, values), True
        vocabs = _VOCAB_FIELDS[kind.name]
        TEXT, TIME, VOCAB, COUNT, PLACES, LIST = (self.TEXT, self.TIME, self.VOCAB,
                                                  self.COUNT, self.PLACES, self.LIST)
        get = rec.get
        for name, how in self.plan[kind.name]:
            value = get(name)
            if value is None:
                if how == LIST or how == PLACES:
                    value = []
                elif how == COUNT:
                    value = 0
            elif how == TEXT:
                if type(value) is not str:
                    raise BadField(name)
                # Blank text is stored as NULL, as `add` does: queries rely on it
                # (an open promise is a non-NULL follow_up, read from a partial index).
                value = value.strip() or None
            elif how == TIME:
                value = self.time(name, value)
            elif how == VOCAB:
                if type(value) is not str:
                    raise BadField(name)
                if value not in _CODES[vocabs[name]]:  # a code, as exports write them
                    try:
                        value = vocab.lookup(vocabs[name], value)
                    except InputError:
                        raise BadField(name) from None
            elif how == COUNT:
                if type(value) is not int or not 0 <= value <= COUNT_MAX:
                    raise BadField(name)
            elif how == PLACES:
                value = self._places(value)
            elif how == LIST:
                value = self._texts(name, value)
            elif how == self.DATE:
                value = self._date(name, value)
            else:
                value = self._phone(value)
            values[name] = value
        values["officer"] = self._text("officer", get("officer"))
        values["unit"] = self._text("unit", get("unit"))
        created = get("created_at")
        values["created_at"] = self.time("created_at", created) if created else self.stamp
        updated = get("updated_at")
        values["updated_at"] = (self.time("updated_at", updated) if updated
                                else values["created_at"])
        # as `add` does; the columns may not be NULL
        if kind.name == "incident" and values.get("status") is None:
            values["status"] = "open"
        elif kind is PATROL and values.get("kind") is None:
            values["kind"] = "dialogic"
        for required in (kind.time, kind.category):
            if values.get(required) is None:
                raise BadField(required)
        if kind is PATROL:
            if values.get("ended_at") is None:
                raise BadField("ended_at")
            try:
                check_patrol_span(values["started_at"], values["ended_at"])
            except InputError:
                raise BadField("ended_at") from None
        patrol_uid = get("patrol_uid")
        if patrol_uid is not None and type(patrol_uid) is not str:
            raise BadField("patrol_uid")
        values["patrol_uid"] = patrol_uid or None
        return kind, values, False

    def _tombstone(self, rec: dict, values: dict[str, Any]) -> dict[str, Any]:
        values["officer"] = self._text("officer", rec.get("officer"))
        values["deleted_at"] = self.time("deleted_at", rec["deleted_at"])
        updated = rec.get("updated_at")
        values["updated_at"] = (self.time("updated_at", updated) if updated
                                else values["deleted_at"])
        return values

    @staticmethod
    def _text(name: str, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise BadField(name)
        return value.strip() or None

    @staticmethod
    def _texts(name: str, value: Any) -> list[str]:
        # A string is refused, not read letter by letter ("urgent" is not six tags).
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise BadField(name)
        out: list[str] = []
        for item in value:
            item = item.strip()
            if item and item not in out:
                out.append(item)
        return out

    @staticmethod
    def _places(value: Any) -> list[dict[str, str]]:
        if not isinstance(value, list):
            raise BadField("places")
        out = []
        for place in value:
            if not isinstance(place, dict) or not isinstance(place.get("type"), str) \
                    or not isinstance(place.get("name"), str) or not place["name"].strip():
                raise BadField("places")
            kind = place["type"]
            if kind not in _CODES["place_type"]:
                try:
                    kind = vocab.lookup("place_type", kind)
                except InputError:
                    raise BadField("places") from None
            out.append({"type": kind, "name": place["name"].strip()})
        return out

    @staticmethod
    def _date(name: str, value: Any) -> str:
        from datetime import date

        if not isinstance(value, str):
            raise BadField(name)
        try:
            day = date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise BadField(name) from None
        if not YEARS[0] <= day.year <= YEARS[1]:
            raise BadField(name)
        return day.isoformat()

    @staticmethod
    def _phone(value: Any) -> str | None:
        if not isinstance(value, str):
            raise BadField("phone")
        try:
            return validate.phone(value)
        except InputError:
            raise BadField("phone") from None


def canonical(values: dict[str, Any], tomb: bool) -> str:
    """One text for a version's content, the same in every journal (times in UTC), to
    settle two versions with the same `updated_at`."""
    out = {}
    for key, value in values.items():
        if key in _TIME_FIELDS and value:
            value = datetime.fromisoformat(value).astimezone(timezone.utc).isoformat()
        out[key] = value
    return json.dumps([tomb, out], sort_keys=True, ensure_ascii=False)


# -- applying --------------------------------------------------------------------
# Who wins, in one place for a journal (`_Applier`) and the unit's server
# (patrolog/server/push.py): newer `updated_at` wins; at the same moment a deletion wins;
# two live versions of one moment are settled by their content.
def incoming_wins(values: dict[str, Any], tomb: bool, updated_at: str,
                  deleted_at: str | None, held: bool,
                  local_canonical: Callable[[], str]) -> bool | None:
    """Does the incoming version (`values`, a tombstone when `tomb`) replace the one held
    (`updated_at`, `deleted_at`; `held`: a record, not a bare tombstone)? None: two live
    versions of the same moment, for `tie_wins` to settle."""
    if values["updated_at"] != updated_at:
        mine = datetime.fromisoformat(values["updated_at"])
        theirs = datetime.fromisoformat(updated_at)
        if mine != theirs:
            return mine > theirs
    local_tomb = deleted_at is not None
    if tomb != local_tomb:
        return tomb  # at the same moment, a deletion is kept: it leaks nothing
    if not tomb and held:
        return None
    return canonical(values, tomb) > local_canonical()


def canonical_of(check: Callable[[Any], tuple[Kind, dict[str, Any], bool]], rec: dict) -> str:
    """The canonical text of a held record (as an export writes it)."""
    try:
        _, values, _ = check(rec)
    except BadField:
        return ""  # a local record that no longer passes the checks yields
    return canonical(values, False)


def tie_wins(check: Callable[[Any], tuple[Kind, dict[str, Any], bool]],
             values: dict[str, Any], held: dict) -> bool:
    """Two live versions of one moment: does the incoming one replace the held one (as an
    export writes it)? The same version again never does."""
    if all(held.get(k) == v for k, v in values.items()):
        return False
    return canonical(values, False) > canonical_of(check, held)


def write_version(conn: Any, kind: Kind, number: int, values: dict[str, Any],
                  patrol_id_of: Callable[[str], int | None],
                  later: list[tuple[Kind, int, str]]) -> None:
    """Replace the held record `number` by the incoming live version `values`, its patrol
    linked by uid (`patrol_id_of`); a patrol not held yet is linked at the end (`later`).
    For a journal (`_Applier`) and the unit's server (patrolog/server/push.py)."""
    cols = {k: v for k, v in values.items() if k not in ("uid", "patrol_uid", "places")}
    if kind is not PATROL:
        patrol_uid = values["patrol_uid"]
        cols["patrol_id"] = patrol_id_of(patrol_uid) if patrol_uid else None
        if patrol_uid and cols["patrol_id"] is None:
            later.append((kind, number, patrol_uid))
    cols = stored_columns(cols)
    cols["deleted_at"] = None
    conn.execute(f"UPDATE {kind.table} SET {', '.join(f'{k} = ?' for k in cols)} "
                 "WHERE id = ?", (*cols.values(), number))
    if kind is PATROL:
        write_places(conn, number, values["places"])


def insert_columns(kind: Kind) -> list[str]:
    """The columns a new record of `kind` is written with (its id given, as in a merge)."""
    cols = ["id", "uid", *(f for f in kind.fields if f not in ("places", "patrol"))]
    if kind is not PATROL:
        cols.append("patrol_id")
    return [*cols, "officer", "unit", "created_at", "updated_at"]


class Held:
    """What the journal holds for a uid: a record (number set) or a bare tombstone."""

    __slots__ = ("uid", "kind", "number", "updated_at", "deleted_at", "officer")

    def __init__(self, uid: str, kind: str, number: int | None, updated_at: str,
                 deleted_at: str | None, officer: str | None = None) -> None:
        self.uid, self.kind, self.number = uid, kind, number
        self.updated_at, self.deleted_at, self.officer = updated_at, deleted_at, officer


class _Applier:
    """Applies checked records to the journal inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, check: Checker, where: str) -> None:
        self.conn = conn
        self.check = check
        self.where = where  # the message naming a bad record's line (import) or number
        self.stamp = check.stamp
        self.counts = {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0}
        self.next_id = {k: (conn.execute(f"SELECT max(id) FROM {k.table}").fetchone()[0]
                            or 0) + 1 for k in KINDS.values()}
        self.later: list[tuple[Kind, int, str]] = []  # links to patrols not yet written
        self.columns = {k: insert_columns(k) for k in KINDS.values()}
        self.row_of = {k: itemgetter(*cols) for k, cols in self.columns.items()}
        self.past = sharing_privacy.past_retention(conn, check.ctx)  # None: no retention

    def _skip(self) -> None:
        self.counts["skipped"] = self.counts.get("skipped", 0) + 1

    def bad(self, number: int, field: str) -> InputError:
        return InputError(self.where, line=number, column=field)

    # one batch: (line, kind, values, tombstone), each uid once
    def apply(self, batch: list[tuple[int, Kind, dict[str, Any], bool]]) -> None:
        known = self._known([values["uid"] for _, _, values, _ in batch])
        new: dict[Kind, list[dict[str, Any]]] = {k: [] for k in KINDS.values()}
        changed: list[tuple[int, Kind, dict[str, Any], bool, Held]] = []
        ties: list[tuple[int, Kind, dict[str, Any], Held]] = []
        for number, kind, values, tomb in batch:
            have = known.get(values["uid"])
            if have is not None and have.kind != kind.name:
                raise InputError("err.import_type_clash", line=number, uid=values["uid"],
                                 type=kind.name, local=have.kind)
            if have is not None and not same_officer(have.officer, values.get("officer")):
                self._skip()  # a record's officer never changes through a file
                continue
            if (have is None or have.number is None) and self.past is not None \
                    and self.past(kind, values, tomb):  # a purge is not undone
                self._skip()
                continue
            if have is None:
                if tomb:  # kept, so a later copy is not brought back; nothing was deleted
                    self._keep_tombstone(kind, values, replace=False)
                    self.counts["unchanged"] += 1
                else:
                    new[kind].append(values)
            else:
                wins = self._wins(kind, values, tomb, have)
                if wins is None:
                    ties.append((number, kind, values, have))
                elif wins:
                    changed.append((number, kind, values, tomb, have))
                else:
                    self.counts["unchanged"] += 1
        if ties:
            # The same file applied again: every record ties with itself. Compare with the
            # local versions read in one query per kind, not three per record.
            local = self._exported_many(ties)
            for number, kind, values, have in ties:
                if tie_wins(self.check, values, local[kind.name, have.number]):
                    changed.append((number, kind, values, False, have))
                else:
                    self.counts["unchanged"] += 1
        for kind in KINDS.values():  # patrols first: the others link to them
            if new[kind]:
                rows = self._not_repeated(kind, new[kind])
                if rows:
                    self._insert(kind, rows)
        for number, kind, values, tomb, have in changed:
            self._change(kind, values, tomb, have)

    # The batch's uids go in as one JSON array, looked up in every table by one statement
    # (a third cheaper than four statements of a thousand parameters each).
    _KNOWN_SQL = ("WITH batch(uid) AS (SELECT value FROM json_each(?)) " + " UNION ALL ".join(
        f"SELECT t.uid, '{kind.name}', t.id, t.updated_at, t.deleted_at, t.officer "
        f"FROM batch JOIN {kind.table} t ON t.uid = batch.uid" for kind in KINDS.values())
        + " UNION ALL SELECT t.uid, t.type, NULL, t.updated_at, t.deleted_at, t.officer "
        "FROM batch JOIN tombstones t ON t.uid = batch.uid")

    def _known(self, uids: list[str]) -> dict[str, Held]:
        found: dict[str, Held] = {}
        for uid, kind, number, updated, deleted, officer in self.conn.execute(
                self._KNOWN_SQL, (json.dumps(uids),)):
            if number is not None or uid not in found:  # a record outranks a bare tombstone
                found[uid] = Held(uid, kind, number, updated, deleted, officer)
        return found

    def _wins(self, kind: Kind, values: dict[str, Any], tomb: bool,
              have: Held) -> bool | None:
        """Is the incoming version the one both journals keep? None: two live versions of
        the same moment, to be settled by content (`apply`)."""
        return incoming_wins(values, tomb, have.updated_at, have.deleted_at,
                             have.number is not None,
                             lambda: self._local_canonical(kind, have))

    @staticmethod
    def _content(kind: Kind, values: dict[str, Any]) -> str:
        """A record's content without its identity and stamps: what two devices logging
        the same contact write alike."""
        out = {f: values.get(f) for f in kind.fields if f != "patrol"}
        out["officer"] = (values.get("officer") or "").casefold()
        if kind is PATROL:
            out["places"] = sorted((p["type"], p["name"].casefold())
                                   for p in values.get("places") or [])
        return json.dumps(out, sort_keys=True, ensure_ascii=False, default=str)

    def _not_repeated(self, kind: Kind, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """New records without those equal, field for field, to a live record here under
        another uid, or to one before them in the batch (the same contact logged on two
        devices): skipped and counted, as `add` refuses them. One query per batch finds
        the local records of the same moments; only those are compared whole."""
        times = sorted({v[kind.time] for v in rows})
        local: dict[str, list[int]] = {}
        for number, when in self.conn.execute(
                f"SELECT id, {kind.time} FROM {kind.table} WHERE deleted_at IS NULL AND "
                f"{kind.time} IN (SELECT value FROM json_each(?))", (json.dumps(times),)):
            local.setdefault(when, []).append(number)
        seen: set[str] = set()
        if local:
            ids = [n for numbers in local.values() for n in numbers]
            for rec in self._local(kind, ids):
                try:
                    _, values, _ = self.check(rec)
                except BadField:
                    continue
                seen.add(self._content(kind, values))
        kept = []
        for values in rows:
            content = self._content(kind, values)
            if content in seen:
                self._skip()
                continue
            seen.add(content)
            kept.append(values)
        return kept

    def _exported_many(self, ties: list[tuple[int, Kind, dict[str, Any], Held]],
                       ) -> dict[tuple[str, int], dict]:
        found: dict[tuple[str, int], dict] = {}
        for kind in KINDS.values():
            ids = [have.number for _, k, _, have in ties if k is kind]
            if not ids:
                continue
            for rec in self._local(kind, ids):
                found[kind.name, int(rec["id"][1:])] = rec
        return found

    def _local(self, kind: Kind, ids: list[int]) -> list[dict]:
        """This journal's records of `kind` by number, as an export writes them."""
        rows = self.conn.execute(
            rows_sql(kind, f"WHERE t.id IN ({','.join('?' * len(ids))})"), ids).fetchall()
        recs = records_from_rows(self.conn, kind, rows)
        for row, rec in zip(rows, recs):
            rec["type"] = kind.name
            if kind is not PATROL:
                rec["patrol_uid"] = row["patrol_uid"]
        return recs

    def _canonical_of(self, rec: dict) -> str:
        return canonical_of(self.check, rec)

    def _local_canonical(self, kind: Kind, have: Held) -> str:
        if have.number is None or have.deleted_at is not None:
            if have.number is None:
                officer = self.conn.execute("SELECT officer FROM tombstones WHERE uid = ?",
                                            (have.uid,)).fetchone()
            else:
                officer = self.conn.execute(f"SELECT officer FROM {kind.table} WHERE id = ?",
                                            (have.number,)).fetchone()
            values = {"uid": have.uid, "officer": officer[0] if officer else None,
                      "deleted_at": have.deleted_at, "updated_at": have.updated_at}
            return canonical(values, True)
        return self._canonical_of(self._local(kind, [have.number])[0])

    def _patrol_ids(self, uids: set[str]) -> dict[str, int]:
        if not uids:
            return {}
        wanted = list(uids)
        return dict(self.conn.execute(
            f"SELECT uid, id FROM patrols WHERE uid IN ({','.join('?' * len(wanted))})",
            wanted).fetchall())

    def _insert(self, kind: Kind, rows: list[dict[str, Any]]) -> None:
        first = self.next_id[kind]
        cols = self.columns[kind]
        row_of = self.row_of[kind]
        if kind is not PATROL:
            links = self._patrol_ids({v["patrol_uid"] for v in rows if v["patrol_uid"]})
        visits = []
        params = []
        found = []
        for number, values in enumerate(rows, first):
            values["id"] = number
            for name in kind.lists:
                items = values[name]
                values[name] = json.dumps(items, ensure_ascii=False) if items else "[]"
            if kind is PATROL:
                places = values["places"]
                visits += [(number, i, p["type"], p["name"]) for i, p in enumerate(places)]
                found.append(index_row(kind, number, values, [p["name"] for p in places]))
            else:
                found.append(index_row(kind, number, values))
                patrol_uid = values["patrol_uid"]
                values["patrol_id"] = links.get(patrol_uid) if patrol_uid else None
                if patrol_uid and values["patrol_id"] is None:
                    self.later.append((kind, number, patrol_uid))
            params.append(row_of(values))
        self.next_id[kind] = first + len(rows)
        self.conn.executemany(
            f"INSERT INTO {kind.table} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})", params)
        if visits:
            self.conn.executemany(
                "INSERT INTO visits(patrol_id, position, type, name) VALUES (?, ?, ?, ?)",
                visits)
        self.conn.executemany("INSERT INTO search_index(rowid, ref, body) VALUES (?, ?, ?)",
                              found)
        self.counts["added"] += len(rows)

    def _keep_tombstone(self, kind: Kind, values: dict[str, Any], *, replace: bool) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO tombstones(uid, type, officer, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?)" if replace else
            "INSERT INTO tombstones(uid, type, officer, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (values["uid"], kind.name, values.get("officer"), values["updated_at"],
             values["deleted_at"]))

    def _change(self, kind: Kind, values: dict[str, Any], tomb: bool, have: Held) -> None:
        conn = self.conn
        if have.number is None:  # only a tombstone here so far
            if tomb:  # a newer tombstone of a record this journal never had: none deleted
                self._keep_tombstone(kind, values, replace=True)
                self.counts["unchanged"] += 1
            else:
                conn.execute("DELETE FROM tombstones WHERE uid = ?", (values["uid"],))
                self._insert(kind, [values])
            return
        row = conn.execute(f"SELECT * FROM {kind.table} WHERE id = ?",
                           (have.number,)).fetchone()
        before = records_from_rows(conn, kind, [row])[0]
        if tomb:
            if sharing_privacy.erased_after_delete(values):  # keep nothing of what it erased
                sharing_privacy.blank(conn, kind, have.number, values["uid"], self.counts)
            elif have.deleted_at is None:
                keep_history(conn, before, "delete", self.stamp)
            conn.execute(f"UPDATE {kind.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (values["deleted_at"], values["updated_at"], have.number))
            # counted as deleted only when it was live here: import counts what it changed
            self.counts["deleted" if have.deleted_at is None else "unchanged"] += 1
        else:
            if sharing_privacy.erases(before, values):  # keep nothing of what it erased
                sharing_privacy.forget_history(conn, before["uid"], self.counts)
            else:
                keep_history(conn, before, "import", self.stamp)
            write_version(conn, kind, have.number, values,
                          lambda uid: self._patrol_ids({uid}).get(uid), self.later)
            self.counts["updated"] += 1
        reindex(conn, kind, have.number)

    def finish(self) -> None:
        for kind, number, patrol_uid in self.later:
            self.conn.execute(f"UPDATE {kind.table} SET patrol_id = "
                              "(SELECT id FROM patrols WHERE uid = ?) WHERE id = ?",
                              (patrol_uid, number))


def _ticker(progress: Progress | None, phase: str, total: int) -> Callable[[int], None]:
    """Report `phase` about a hundred times over `total` items (every 500 if unknown, 0).
    A total that was only an estimate grows to what was done."""
    step = max(1, total // 100) if total else 500

    def tick(done: int) -> None:
        if progress and (done % step == 0 or done == total):
            progress(phase, done, max(total, done))

    return tick


# -- the rules of docs/trust.md, as functions other stores (the unit's server) call ------
def same_officer(stored: str | None, incoming: str | None) -> bool:
    """Is the incoming version's officer the record's own? A record belongs to the officer
    who logged it: no file changes that (names compared as `export --officer` does)."""
    return (stored or "").strip().casefold() == (incoming or "").strip().casefold()


AHEAD = timedelta(days=1)  # a version stamped further ahead is a wrong clock, not an edit


def ahead_bound(now: datetime) -> str:
    """The latest `updated_at` taken from another journal, in the form stored times have."""
    return iso(now + AHEAD)


def too_far_ahead(values: dict[str, Any], bound: str) -> str | None:
    """The field of a checked version stamped more than a day ahead of the receiver's
    clock (`bound`, from `ahead_bound`), or None. Checked times are in the journal's zone
    and form: compared as text, the offset aside."""
    for name in ("updated_at", "deleted_at"):
        value = values.get(name)
        if value and value[:19] > bound[:19]:
            return name
    return None


def _apply_all(conn: sqlite3.Connection, ctx: Context, source: Iterable[tuple[int, Any]],
               where: str, progress: Progress | None, total: int,
               officer: str | None = None) -> dict[str, int]:
    check = Checker(ctx)
    applier = _Applier(conn, check, where)
    speakers = None
    if isinstance(source, FileSource):  # a file: whose key speaks for each officer in it
        signing.pin_own(conn, signing.own_key(), check.stamp)
        speakers = signing.Speakers(conn, lambda: source.signer, check.stamp)
    bound = ahead_bound(ctx.now)
    tick = _ticker(progress, "write", total)
    batch: list[tuple[int, Kind, dict[str, Any], bool]] = []
    uids: set[str] = set()
    done = 0
    for number, rec in source:
        try:
            kind, values, tomb = check(rec)
        except BadField as bad:
            raise applier.bad(number, bad.field) from None
        if officer is not None and not same_officer(officer, values.get("officer")):
            continue  # `import --officer NAME`: only that officer's records
        ahead = too_far_ahead(values, bound)
        if ahead is not None:
            raise InputError("err.merge_ahead" if where == "err.merge_bad_field"
                             else "err.import_ahead", line=number, uid=values["uid"],
                             time=values[ahead])
        if speakers is not None:
            speakers.check(values.get("officer"))
        if values["uid"] in uids or len(batch) >= BATCH:  # a uid twice: the first goes first
            applier.apply(batch)
            batch, uids = [], set()
        batch.append((number, kind, values, tomb))
        uids.add(values["uid"])
        done += 1
        tick(done)
    if batch:
        applier.apply(batch)
    applier.finish()
    sharing_privacy.before_commit(conn, applier.counts)
    return applier.counts


def import_records(store: Store, source: Iterable[tuple[int, Any]],
                   progress: Progress | None = None, total: int | None = None,
                   where: str = "err.import_bad_field",
                   officer: str | None = None) -> dict[str, int]:
    """Apply (number, record) pairs by uid, all in one transaction; return the counts
    (added, updated, deleted, unchanged).

    A bad record rolls the whole transaction back, so the journal is unchanged. A journal
    that does not exist yet is built beside it under a temporary name and put in place
    only when everything passed: a bad file never creates it, and the input is read once.
    `progress(phase, done, total)` hears of the "write" phase."""
    where = getattr(source, "where", where)
    if store.exists:
        store.make_writable()  # a journal opened read-only for the reading part of a command
        with store.write() as conn:
            counts = _apply_all(conn, Context(store), source, where, progress, total or 0,
                                officer)
        return sharing_privacy.after_commit(store, counts)
    return _import_into_new(store, source, where, progress, total or 0, officer)


@contextmanager
def _indexes_after(conn: sqlite3.Connection) -> Iterator[None]:
    """A new journal's secondary indexes, built once its rows are in: one sort each, where
    kept during the load each row would walk every one of them (a unit's first merge is a
    million rows). The uid indexes stay, as do those by each record's own time (the load
    looks records up by uid, and for duplicates under another uid by time). On an error the
    transaction rolls back, and the indexes with it."""
    tables = [k.table for k in KINDS.values()]
    saved = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(tables))})", tables).fetchall()
        if not any(sql.endswith(f"({k.time})") for k in KINDS.values())]
    for name, _ in saved:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        conn.execute(sql)


def _import_into_new(store: Store, source: Iterable[tuple[int, Any]], where: str,
                     progress: Progress | None, total: int,
                     officer: str | None = None) -> dict[str, int]:
    path = store.path
    created = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    temp = path.with_name(f".{path.name}.import-{os.getpid()}")
    counts: dict[str, int] | None = None
    try:
        with Store.open(temp, create=True) as fresh:
            with fresh.write() as conn, _indexes_after(conn):
                # The profile of the journal to be (none yet): its clock is the system's.
                counts = _apply_all(conn, Context(store), source, where, progress, total,
                                    officer)
            # a file holding a record before and after its erasure: erase's wipe here too
            counts = sharing_privacy.after_commit(fresh, counts)
        if not any(counts.values()):
            return counts  # an empty file creates no journal
        try:
            os.link(temp, path)  # never over a journal another process created meanwhile
        except FileExistsError:
            counts = None
        except OSError:
            os.replace(temp, path)  # a file system without hard links (a FAT stick)
    finally:
        for side in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            try:
                side.unlink()
            except FileNotFoundError:
                pass
        if counts is None or not path.exists():
            for folder in created:  # folders made for a journal that was not created
                try:
                    folder.rmdir()
                except OSError:
                    pass
    if counts is None:  # someone created the journal meanwhile: apply to theirs
        store.make_writable()
        again = source.reopen() if isinstance(source, FileSource) else source
        return import_records(store, again, progress, total, where, officer)
    store.make_writable()
    return counts


def merge(store: Store, other: Path, progress: Progress | None = None) -> dict[str, int]:
    """Apply another journal's records (read-only on the other file)."""
    if other.is_file() and store.path.exists() and other.resolve() == store.path.resolve():
        raise InputError("err.merge_self")
    source = JournalSource(other)
    return import_records(store, source, progress, source.count() if progress else None)
