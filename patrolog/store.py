"""The one object that owns the journal's SQLite connection.

Every write goes through `Store.write()`: one ``BEGIN IMMEDIATE`` transaction,
so a writer takes the lock up front and waits (busy timeout) instead of
failing half-way. Migrations run the same way, re-checking the schema version
once the lock is held, so several processes opening a new file at once all
succeed and only one of them migrates.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from patrolog import migrations
from patrolog.errors import JournalError



def busy_timeout_ms() -> int:
    """How long a writer waits for another to finish (env override for tests and scripts)."""
    try:
        return int(os.environ.get("PATROLOG_BUSY_TIMEOUT_MS", "10000"))
    except ValueError:
        return 10000


class Store:
    def __init__(self, path: Path, conn: sqlite3.Connection, exists: bool) -> None:
        self.path = path
        self.conn = conn
        self.exists = exists  # False: an empty in-memory stand-in for a journal not yet created
        self._config: dict[str, str] | None = None

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, create: bool = False) -> Store:
        """Open the journal at `path`.

        Readers pass ``create=False``: a journal that does not exist yet reads
        as empty and nothing is created on disk. Writers pass ``create=True``.
        """
        if not path.exists():
            if not create:
                conn = _connect(":memory:")
                _migrate(conn, path)
                return cls(path, conn, exists=False)
            _create_file(path)
        try:
            conn = _connect(str(path))
            _migrate(conn, path)
        except sqlite3.DatabaseError as exc:
            raise _journal_error(exc, path) from None
        return cls(path, conn, exists=True)

    def make_writable(self) -> None:
        """Create the journal on disk if this was the empty stand-in for a missing one."""
        if self.exists:
            return
        real = Store.open(self.path, create=True)
        self.conn.close()
        self.conn, self.exists, self._config = real.conn, True, None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back on any exception, Ctrl-C included."""
        if not self.exists:
            raise RuntimeError("write on a journal opened without create=True")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _journal_error(exc, self.path) from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            raise _journal_error(exc, self.path) from None
        self._config = None

    def query_cursor(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        """A cursor to read a large result in chunks (`fetchmany`)."""
        try:
            return self.conn.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise _journal_error(exc, self.path) from None

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "fts5" in str(exc):
                raise
            raise _journal_error(exc, self.path) from None

    # -- profile (config table) ------------------------------------------------
    def config(self) -> dict[str, str]:
        if self._config is None:
            self._config = dict(self.conn.execute("SELECT key, value FROM config").fetchall())
        return self._config

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]


def _connect(target: str) -> sqlite3.Connection:
    timeout = busy_timeout_ms()
    conn = sqlite3.connect(target, timeout=timeout / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {timeout}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _create_file(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600): it holds residents' names."""
    missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    for folder in reversed(missing):  # each folder patrolog creates is 0700, not just the last
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        except OSError:
            raise JournalError("err.cannot_create", path=str(path)) from None
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError:
        raise JournalError("err.cannot_create", path=str(path)) from None


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date, waiting out other processes doing the same.

    Switching to WAL and the first moments of a new file can answer "busy" at once,
    without SQLite's busy handler, when several processes start together: retry
    those until the busy timeout, as a write would wait."""
    deadline = time.monotonic() + busy_timeout_ms() / 1000
    while True:
        try:
            _migrate_once(conn, path)
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            time.sleep(0.02)


def _migrate_once(conn: sqlite3.Connection, path: Path) -> None:
    # One read transaction, so version and tables come from the same moment even while
    # another process is creating the journal.
    conn.execute("BEGIN")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    if version == 0 and tables:
        raise JournalError("err.not_journal", path=str(path))  # untouched: checked before WAL
    if version == migrations.LATEST:
        _check_application_id(conn, path)
        return
    if version > migrations.LATEST:
        raise JournalError("err.newer_schema", path=str(path), version=version,
                           supported=migrations.LATEST)
    if version > 0:
        _check_application_id(conn, path)
        _backup(conn, path, version)
    # WAL is set before the migration's transaction: it cannot change inside one.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have migrated meanwhile.
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        if current == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            # tables but no version: some other program's database
            raise JournalError("err.not_journal", path=str(path))
        if current > migrations.LATEST:
            raise JournalError("err.newer_schema", path=str(path), version=current,
                               supported=migrations.LATEST)
        for number in range(current + 1, migrations.LATEST + 1):
            migrations.MIGRATIONS[number - 1](conn)
        conn.execute(f"PRAGMA user_version = {migrations.LATEST}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _check_application_id(conn: sqlite3.Connection, path: Path) -> None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
        raise JournalError("err.not_journal", path=str(path))


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Copy an older journal aside before upgrading it: 0600 from the first byte (it holds
    residents' names), written to a temporary file and renamed, so an interrupted copy never
    looks like a backup. One per version and content: when a migration fails and is tried
    again, the backup of the unchanged journal is already there and is not written again."""
    import glob
    import tempfile

    from patrolog.clock import now

    current = _fingerprint(conn)
    for old in path.parent.glob(f"{glob.escape(path.name)}.v{version}-*.bak"):
        try:
            other = sqlite3.connect(ro_uri(old), uri=True)
            try:
                if _fingerprint(other) == current:
                    return
            finally:
                other.close()
        except sqlite3.DatabaseError:
            continue
    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.v{version}.",
                               suffix=".tmp")
    os.close(fd)
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            try:
                os.unlink(leftover)
            except OSError:
                pass
        raise


def _fingerprint(conn: sqlite3.Connection) -> str:
    """What a journal holds, in brief: each table's row count and highest rowid, the latest
    `updated_at`, the profile. Any write patrolog makes changes one of them."""
    parts = []
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index%' ORDER BY name")]
    for name in names:
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        latest = ", max(updated_at)" if "updated_at" in columns else ""
        parts.append((name, *conn.execute(f'SELECT count(*), max(rowid){latest} FROM "{name}"'
                                          ).fetchone()))
    if "config" in names:
        parts.append(tuple(conn.execute("SELECT key, value FROM config ORDER BY key")))
    parts.append(conn.execute("PRAGMA user_version").fetchone()[0])
    return repr(parts)


def ro_uri(path: Path | str) -> str:
    """A read-only SQLite URI for a file path. Every character is escaped: a user's path may
    hold `#`, `?` or `%`, which a URI would read as its own syntax (another file, or none)."""
    from urllib.parse import quote

    return "file:" + quote(os.path.abspath(os.fspath(path)), safe="/") + "?mode=ro"


def _journal_error(exc: sqlite3.DatabaseError, path: Path) -> JournalError:
    text = str(exc).lower()
    if _is_busy(exc):
        return JournalError("err.locked", path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return JournalError("err.corrupt", path=str(path))
    return JournalError("err.unusable", path=str(path), reason=str(exc))

