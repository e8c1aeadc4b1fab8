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

from patrolog.core.clock import now
from patrolog.core.errors import JournalError, Words
from patrolog.core.people import INDEX_WORDS
from patrolog.journal import migrations

# Transactions committed by this process: Ctrl-C after one is reported as saved (cli).
COMMITS = [0]


def busy_timeout_ms() -> int:
    """How long a writer waits for another to finish (env override for tests and scripts)."""
    try:
        return int(os.environ.get("PATROLOG_BUSY_TIMEOUT_MS", "10000"))
    except ValueError:
        return 10000


class Store:
    # The honorifics the `contacts_person` index drops (core/people.py, frozen with m002).
    person_index_words = INDEX_WORDS

    def __init__(self, path: Path, conn: sqlite3.Connection, exists: bool) -> None:
        self.path = path
        self.conn = conn
        self.exists = exists  # False: an empty in-memory stand-in for a journal not yet created
        # True: opened for reading a journal this user cannot write (or a copy of it upgraded
        # in memory); a write reopens it for writing, which says why it cannot.
        self.read_only = False
        self._config: dict[str, str] | None = None

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, create: bool = False) -> Store:
        """Open the journal at `path`.

        Readers pass ``create=False``: a journal that does not exist yet reads
        as empty and nothing is created on disk; a journal this user cannot write
        (a read-only file or folder) is read without writing anything, an older
        one upgraded in memory only. Writers pass ``create=True``.
        """
        if not os.path.lexists(path):
            if not create:
                conn = _connect(":memory:")
                _migrate(conn, path, new=True)
                return cls(path, conn, exists=False)
            _create_journal(path)
        refuse_not_a_file(path)
        # a -wal another database wrote, or one older than a journal put back from a copy:
        # renamed out of the way, never replayed into the journal (`foreign_wal`)
        set_aside_foreign_wal(path)
        read_only = not create and not _writable(path)
        conn: sqlite3.Connection | None = None
        try:
            try:
                if read_only:
                    conn = _open_read_only(path)
                else:
                    conn = _connect(str(path))
                    _migrate(conn, path)
            except sqlite3.DatabaseError as exc:
                if conn is not None:
                    conn.close()
                if create or journal_error(exc, path).key != "err.disk_full" \
                        or wal_has_frames(path):
                    raise
                # A full disk has no room for the -shm a reader needs; with no -wal the file
                # holds every record, and nobody can be writing it: read it as it stands.
                conn, read_only = _open_read_only(path, immutable=True), True
            _check_tables(conn, path)
        except sqlite3.DatabaseError as exc:
            raise journal_error(exc, path) from None
        store = cls(path, conn, exists=True)
        store.read_only = read_only
        return store

    def make_writable(self) -> None:
        """Create the journal on disk if this was the empty stand-in for a missing one, or
        reopen for writing one that was opened read-only."""
        if self.exists and not self.read_only:
            return
        real = Store.open(self.path, create=True)
        self.conn.close()
        self.conn, self.exists, self.read_only, self._config = real.conn, True, False, None

    def close(self) -> None:
        self.conn.close()
        if self.exists:
            _writable_side_files(self.path)

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
        if self.read_only:
            self.make_writable()
        refuse_if_marked(self.path)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise journal_error(exc, self.path) from None
        try:
            yield self.conn
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise journal_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise journal_error(exc, self.path) from None
        COMMITS[0] += 1
        self._config = None

    def _rollback(self) -> None:
        """Undo the open transaction. SQLite has already rolled it back itself after some
        failures (a full disk, an I/O error): rolling back again would replace the real
        cause with "cannot rollback - no transaction is active"."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass

    def query_cursor(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        """A cursor to read a large result in chunks (`fetchmany`)."""
        try:
            return self.conn.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise journal_error(exc, self.path) from None

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "fts5" in str(exc):
                raise
            raise journal_error(exc, self.path) from None

    # -- profile (config table) ------------------------------------------------
    def config(self) -> dict[str, str]:
        if self._config is None:
            self._config = dict(self.conn.execute("SELECT key, value FROM config").fetchall())
        return self._config

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    timeout = busy_timeout_ms()
    conn = sqlite3.connect(target, timeout=timeout / 1000, isolation_level=None, uri=uri)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {timeout}")
    conn.execute("PRAGMA foreign_keys = ON")
    # SQLite checks each cell's size as it reads a page: a page overwritten with garbage is
    # refused as damaged (exit 3) instead of being read, or written to, as if sound.
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def _create_journal(path: Path) -> None:
    """Create the folder (0700) and a complete, empty journal (0600): it holds residents'
    names. The journal is built in a temporary file and linked into place whole, so no
    process ever sees a half-made journal: a 0-byte file at the journal's path is never
    patrolog's own doing and is refused rather than taken for a new journal."""
    import tempfile

    missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    for folder in reversed(missing):  # each folder patrolog creates is 0700, not just the last
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        except OSError:
            raise JournalError("err.cannot_create", path=str(path)) from None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    except OSError as exc:
        raise _os_error(exc, path) from None
    os.close(fd)
    try:
        conn = _connect(tmp)
        try:
            _migrate(conn, Path(tmp), new=True)
        finally:
            conn.close()
        try:
            os.link(tmp, path)  # fails if another process created the journal first: use it
        except FileExistsError:
            pass
        except OSError:  # a filesystem without hard links (FAT on a USB stick)
            if not os.path.lexists(path):
                os.rename(tmp, path)
    except sqlite3.DatabaseError as exc:
        raise journal_error(exc, path) from None
    except OSError as exc:
        raise _os_error(exc, path) from None
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
            try:
                os.unlink(leftover)
            except OSError:
                pass


def refuse_not_a_file(path: Path) -> None:
    """A folder or a 0-byte file is not a journal: a truncated journal must never read as a
    new, empty one ("no records", exit 0) while its records are lost."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _os_error(exc, path) from None
    import stat

    if stat.S_ISDIR(info.st_mode):
        raise JournalError("err.journal_is_folder", path=str(path))
    if info.st_size == 0:
        raise JournalError("err.journal_zero_bytes", path=str(path))


def wal_has_frames(path: Path) -> bool:
    """Records may be waiting in the -wal: an empty or missing one holds none."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def _writable(path: Path) -> bool:
    """Can this user write the journal (and its folder, for the -wal and -shm files)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _open_read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """A journal this user cannot write: read it without writing anything. An older schema
    is upgraded in a copy in memory (the file stays as it is, no backup is written)."""
    try:
        conn = _connect(ro_uri(path) + ("&immutable=1" if immutable else ""), uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        # A read-only folder where no -shm exists: nobody can be writing it, since a writer
        # would have to create the -wal there; read the file as it stands.
        conn = _connect(ro_uri(path) + "&immutable=1", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == migrations.LATEST:
        _migrate_once(conn, path)  # checks only: application id, version, not someone else's
        return conn
    memory = _connect(":memory:")
    conn.backup(memory)
    conn.close()
    _migrate(memory, path, backup=False)
    return memory


def _writable_side_files(path: Path) -> None:
    """SQLite gives a new -wal/-shm the journal's mode: reading a journal that was 0400
    leaves 0400 side files that block every later write once the journal is writable
    again. Owner read-write is what they need; nobody else gets anything."""
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            info = side.stat()
            if info.st_uid == os.getuid() and not info.st_mode & 0o200:
                os.chmod(side, 0o600)
        except OSError:
            pass


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    """The tables every command relies on are there: a journal missing one is damaged (a
    command would fail half-way with "no such table", or write on regardless)."""
    present = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in migrations.TABLES:
        if table not in present:
            raise JournalError("err.damaged_table", path=str(path), table=table)
    have: dict[str, set[str]] = {}
    for table, column in conn.execute(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table'"):
        have.setdefault(table, set()).add(column)
    for table, columns in migrations.COLUMNS.items():
        for column in columns:
            if column not in have.get(table, ()):
                raise JournalError("err.damaged_columns", path=str(path), table=table,
                                   column=column)


def _migrate(conn: sqlite3.Connection, path: Path, *, new: bool = False,
             backup: bool = True) -> None:
    """Bring the schema up to date, waiting out other processes doing the same.

    Switching to WAL and the first moments of a new file can answer "busy" at once,
    without SQLite's busy handler, when several processes start together: retry
    those until the busy timeout, as a write would wait."""
    deadline = time.monotonic() + busy_timeout_ms() / 1000
    while True:
        try:
            _migrate_once(conn, path, new=new, backup=backup)
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            time.sleep(0.02)


def _migrate_once(conn: sqlite3.Connection, path: Path, *, new: bool = False,
                  backup: bool = True) -> None:
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
    if version == 0 and not new:
        # An empty SQLite file: patrolog creates journals whole, so this is not one of them
        # (or one wiped); reading it must not turn it into a journal.
        raise JournalError("err.journal_empty_db", path=str(path))
    if version < 0:
        raise JournalError("err.damaged", path=str(path), what=f"user_version {version}")
    if version == migrations.LATEST:
        _check_application_id(conn, path)
        return
    if version > migrations.LATEST:
        raise JournalError("err.newer_schema", path=str(path), version=version,
                           supported=migrations.LATEST)
    if version > 0:
        _check_application_id(conn, path)
        if backup:
            _backup(conn, path, version)
    # WAL is set before the migration's transaction: it cannot change inside one, nor can
    # foreign keys, which are off while the migrations rebuild tables (SQLite's own recipe
    # for schema changes: dropping a table others refer to must not cascade) and checked
    # before the commit.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
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
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
            conn.execute(f"PRAGMA user_version = {migrations.LATEST}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


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
            # a rollback journal, not WAL: reading the backup later (the fingerprint above)
            # leaves no -wal and -shm beside it
            dest.execute("PRAGMA journal_mode = DELETE")
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
        # plain tuples: the journal's rows are sqlite3.Row, whose repr is an address that
        # differs every run (a new backup on every failed attempt)
        parts.extend(tuple(row) for row in conn.execute(
            "SELECT key, value FROM config ORDER BY key"))
    parts.append(conn.execute("PRAGMA user_version").fetchone()[0])
    return repr(parts)


def ro_uri(path: Path | str) -> str:
    """A read-only SQLite URI for a file path. Every character is escaped: a user's path may
    hold `#`, `?` or `%`, which a URI would read as its own syntax (another file, or none)."""
    from urllib.parse import quote

    return "file:" + quote(os.path.abspath(os.fspath(path)), safe="/") + "?mode=ro"


# -- the mark of a damaged journal --------------------------------------------------------
def mark_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".damaged")


def mark_damaged(journal: Path, what: str) -> None:
    """Remember that `journal` was found damaged, so that no later write goes on silently;
    best effort (a read-only folder keeps no mark, and the next reader meets the damage)."""

    try:
        fd = os.open(mark_path(journal), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{now().isoformat(timespec='seconds')} {what}\n")
    except OSError:
        pass


def refuse_if_marked(journal: Path) -> None:
    """A write on a journal found damaged is refused until `patrolog check` finds it sound
    (after a restore from a backup)."""
    try:
        text = mark_path(journal).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return
    except OSError:
        text = ""
    when, _, what = text.partition(" ")
    shown: str | Words = what or "?"
    if what.startswith("check."):  # a key of `patrolog check`'s findings: in the user's words
        shown = Words(what, count="?", kind="?", name="?", version="?", supported="?",
                      missing="?", extra="?", ids="?", column="?")
    raise JournalError("err.marked_damaged", path=str(journal), when=when[:10] or "?",
                       what=shown)


SQLITE_MAGIC = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    """Does the file begin as every SQLite database does? A journal whose first page is
    damaged beyond that is still one (and is marked); a file without it never was one."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return True  # unreadable: let SQLite say why, as before


def journal_error(exc: sqlite3.DatabaseError, path: Path) -> JournalError:
    """SQLite's failure -> one keyed line in the user's language naming the cause (SQLite's
    own words are English only: they never reach the officer)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    where = str(path)
    if _is_busy(exc) or name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return JournalError("err.locked", path=where)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return JournalError("err.disk_full", path=where)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        mark_damaged(path, name or "SQLITE_CORRUPT")  # a journal: its later writes must stop
        return JournalError("err.corrupt", path=where)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text or "corrupt" in text:
        if not is_sqlite_file(path):  # someone's file named by mistake: nothing to restore
            return JournalError("err.not_a_database", path=where)
        return JournalError("err.corrupt", path=where)
    if "no such table" in text or "no such column" in text:
        return JournalError("err.damaged", path=where, what=text.split(":", 1)[-1].strip())
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return JournalError("err.journal_read_only", path=where)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        # SQLite says "I/O error" when the -wal or -shm cannot grow on a full disk
        return JournalError("err.disk_full" if _disk_nearly_full(path) else "err.journal_io",
                            path=where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return JournalError("err.journal_cannot_open", path=where)
    return JournalError("err.unusable", path=where, reason=name or type(exc).__name__)


def _disk_nearly_full(path: Path) -> bool:
    try:
        fs = os.statvfs(path.parent if path.parent.exists() else ".")
    except OSError:
        return False
    return fs.f_bavail * fs.f_frsize < 256 * 1024


def _os_error(exc: OSError, path: Path) -> JournalError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return JournalError("err.disk_full", path=str(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return JournalError("err.journal_read_only", path=str(path))
    return JournalError("err.cannot_create", path=str(path))


# -- a -wal that is not the journal's (journal/copies.py tells the story) -------------------
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_STALE = 60.0  # seconds the journal may be newer than its -wal (a checkpoint, a slow disk)


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def in_use(path: Path) -> bool | None:
    """Does a process hold a lock on the journal or its -shm (a connection open)? None when
    the system does not say (no /proc/locks)."""
    inodes = set()
    for file in (path, side_file(path, "-shm")):
        try:
            info = file.stat()
        except OSError:
            continue
        inodes.add(f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}")
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            text = fh.read()
    except OSError:
        return None
    for line in text.splitlines():
        parts = line.split()
        for part in parts:
            if part.count(":") == 2 and part in inodes:
                return True
    return False


def foreign_wal(path: Path) -> str | None:
    """Why the -wal beside `path` is not the journal's, or None (none there, or its own)."""
    wal = side_file(path, "-wal")
    try:
        size = wal.stat().st_size
    except OSError:
        return None
    if size < 32:
        return None
    busy = in_use(path)
    if busy:
        return None  # open in another process: the -wal is theirs, already taken
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
        with open(wal, "rb") as fh:
            reason = _wal_content(fh, size, head)
    except OSError:
        return None
    if reason:
        return reason
    if busy is False:
        try:
            if path.stat().st_mtime > wal.stat().st_mtime + _STALE:
                return "stale"
        except OSError:
            return None
    return None


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "big")


def _wal_content(fh, size: int, head: bytes) -> str | None:  # noqa: ANN001 - a binary file
    header = fh.read(32)
    magic, page_size, salts = _u32(header, 0), _u32(header, 8), header[16:24]
    if magic not in _WAL_MAGIC or len(head) < 100:
        return None  # not a WAL SQLite would replay
    db_page = int.from_bytes(head[16:18], "big")
    db_page = 65536 if db_page == 1 else db_page
    if page_size != db_page:
        return "page size"
    frame = 24 + page_size
    offset = 32
    while offset + frame <= size:
        fh.seek(offset)
        top = fh.read(16)
        if top[8:16] != salts:
            break  # the valid frames end here
        if _u32(top, 0) == 1:
            fh.seek(offset + 24)
            page = fh.read(100)
            if page[:16] != SQLITE_MAGIC or _u32(page, 68) != migrations.APPLICATION_ID:
                return "another database"
        offset += frame
    return None


def set_aside_foreign_wal(path: Path) -> Path | None:
    """Rename a -wal that is not the journal's (and its -shm) out of SQLite's way."""
    reason = foreign_wal(path)
    if reason is None:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = side_file(path, f"-wal.set-aside-{stamp}")
    try:
        os.replace(side_file(path, "-wal"), aside)
        try:
            os.replace(side_file(path, "-shm"), side_file(path, f"-shm.set-aside-{stamp}"))
        except FileNotFoundError:
            pass
    except OSError:
        return None
    return aside


