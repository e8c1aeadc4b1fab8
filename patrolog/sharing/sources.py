"""Records in, as they are read: a file (JSON Lines or CSV, told by content and name, read
once, lines bounded) or another journal's rows as stored (`merge`). Each record then
passes sharing/checks.py before sharing/apply.py applies it."""


from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from patrolog.core.errors import InputError, JournalError
from patrolog.core.kinds import KINDS, PATROL
from patrolog.journal import migrations
from patrolog.journal.records import (
    places_for,
)
from patrolog.journal.store import is_sqlite_file, ro_uri
from patrolog.sharing import signing
from patrolog.sharing.export import (
    BATCH,
    COUNT_FIELDS,
    LIST_FIELDS,
    TOMBSTONE,
    rows_sql,
)

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
    for name in LIST_FIELDS:
        rec[name] = [t.strip() for t in (row.get(name) or "").split(";") if t.strip()]
    places = []
    for item in (row.get("places") or "").split(";"):
        if item.strip():
            kind, _, name = item.strip().partition(":")
            places.append({"type": kind, "name": name})
    rec["places"] = places
    for count in COUNT_FIELDS:
        if rec.get(count) is not None:
            text = str(rec[count])  # "²" is a digit to Python, not a number to int()
            rec[count] = int(text) if text.isascii() and text.isdigit() else rec[count]
    return rec


class StoreSource:
    """Another open store's records as `merge` takes another journal's: every record
    (tombstones too) by kind and id, checked as an import's lines. It is how
    `merge --server URL --unit UNIT` copies a unit from its server (docs/server.md): the
    server's store answers the journal's SQL, so this needs nothing of the server's code."""

    where = "err.merge_bad_field"

    def __init__(self, store: Any) -> None:
        self.store = store

    def __iter__(self) -> Iterator[tuple[int, dict]]:
        for number, rec in enumerate(JournalSource.stored_records(self.store.conn), 1):
            rec.pop("id", None)  # the other store's numbers; the journal numbers its own
            yield number, rec
