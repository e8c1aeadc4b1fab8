"""Copies of the journal (README "Backups"): `backup`, `restore`, and a `-wal` that is not
the journal's, which must never be replayed into it.

SQLite keeps recent commits in `journal.db-wal` until they are copied into the file. When
a journal is opened and a `-wal` lies beside it that nobody has open, SQLite replays it
into the file, whatever database wrote it. `store.foreign_wal` tells such a file apart,
and `Store.open` sets it aside (renamed `journal.db-wal.set-aside-<time>`, never deleted):
- its page size is not the journal's, or its copy of the first page is not a patrolog
  journal's: another database's (always safe to say, even while another process writes);
- the journal file is newer than it by more than a minute while nobody has the journal
  open: the journal was put back from a copy beside a `-wal` a crash left (only judged
  where the system lists its file locks, /proc/locks; elsewhere such a `-wal` is left to
  SQLite as before).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from patrolog.core.errors import InputError, JournalError
from patrolog.core.output import output_error, output_path, written_whole
from patrolog.journal import migrations
from patrolog.journal.store import in_use, is_sqlite_file, mark_path, ro_uri, side_file


# -- backup and restore ----------------------------------------------------------------
def backup(conn: sqlite3.Connection, journal: Path, target: Path) -> int:
    """A consistent copy of the journal in one file (SQLite's online backup: the commits
    still in the -wal included), 0600 from its first byte, put in place whole (a copy cut
    short by a full disk leaves the old one as it was). Returns its size."""
    path = output_path(target, journal)  # never the journal itself, its link or side files
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.",
                                   suffix=".tmp")
        os.close(fd)
        copy = sqlite3.connect(tmp)
        try:
            conn.backup(copy)  # the journal's pages, WAL mode flag and all, in one file
        finally:
            copy.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise output_error(exc, os.fspath(target)) from None
    except sqlite3.DatabaseError as exc:
        raise output_error(OSError(28 if "full" in str(exc) else 5, str(exc)),
                           os.fspath(target)) from None
    finally:
        if tmp is not None:
            for leftover in (tmp, tmp + "-journal"):
                try:
                    os.unlink(leftover)
                except OSError:
                    pass
    return path.stat().st_size


def check_copy(source: Path) -> int:
    """The schema version of a journal copy fit to be restored; refused (exit 2) if it is
    not one, is damaged, or comes from a newer patrolog."""

    if not source.is_file():
        raise InputError("err.import_unreadable", path=str(source))
    if not is_sqlite_file(source):
        raise InputError("err.restore_not_journal", path=str(source))
    try:
        conn = sqlite3.connect(ro_uri(source) + "&immutable=1", uri=True)
        try:
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise InputError("err.restore_damaged", path=str(source)) from None
    if app != migrations.APPLICATION_ID or version < 1:
        raise InputError("err.restore_not_journal", path=str(source))
    if version > migrations.LATEST:
        raise InputError("err.restore_newer", path=str(source), version=version,
                         supported=migrations.LATEST)
    if not sound:
        raise InputError("err.restore_damaged", path=str(source))
    return version


def restore(journal: Path, source: Path) -> int:
    """Put a copy back as the journal: checked first, copied beside the journal (0600),
    the journal's -wal and -shm removed, then renamed into place. Refused while another
    process has the journal open. Returns the copy's schema version."""

    version = check_copy(source)
    if source.resolve() == journal.resolve() if journal.exists() else False:
        raise InputError("err.restore_self", path=str(source))
    if journal.exists() and in_use(journal):
        raise JournalError("err.locked", path=str(journal))
    journal.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    def drop_side_files() -> None:  # the journal's old -wal must not meet the copy
        for side in ("-wal", "-shm"):
            try:
                side_file(journal, side).unlink()
            except FileNotFoundError:
                pass

    try:
        with written_whole(journal, prefix=f".{journal.name}.", suffix=".restore",
                           before_replace=drop_side_files) as out, open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
    except OSError as exc:
        import errno

        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise JournalError("err.disk_full", path=str(journal)) from None
        raise JournalError("err.cannot_create", path=str(journal)) from None
    try:
        conn = sqlite3.connect(journal)
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # a copy made another way may not be
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise JournalError("err.corrupt", path=str(journal)) from None
    try:
        mark_path(journal).unlink()  # the copy was checked: writes may go on
    except FileNotFoundError:
        pass
    return version
