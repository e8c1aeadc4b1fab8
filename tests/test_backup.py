"""Backup and restore, and a -wal that is not the journal's (issue 17, README "Backups")."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import Journal


def _fill(j: Journal) -> None:
    j.ok("config", "set", "timezone", "Asia/Jakarta")
    j.add("contact", "--role", "warga", "--name", "Pak Rahmat", "--at", "hari ini 10:00")
    j.add("patrol", "--start", "hari ini 08:00", "--duration", "2j", "--area", "RW 05")


def _crash_left_wal(path: Path, name: str) -> None:
    """A process that commits a contact into the -wal and dies before any checkpoint."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute(\"INSERT INTO contacts(uid, met_at, name, role, created_at, updated_at) \"\n"
        "          \"VALUES (lower(hex(randomblob(16))), '2026-11-27T11:00:00+07:00', ?, \"\n"
        "          \"'resident', '2026-11-27T11:00:00+07:00', '2026-11-27T11:00:00+07:00')\","
        " (sys.argv[2],))\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path), name], check=True)
    assert os.path.getsize(f"{path}-wal") > 0


def test_backup_is_one_consistent_file_0600_and_restore_puts_it_back(journal: Journal,
                                                                     tmp_path: Path) -> None:
    _fill(journal)
    copy = tmp_path / "copy.db"
    res = journal.ok("backup", str(copy))
    assert res.stdout == ""
    assert copy.stat().st_mode & 0o777 == 0o600
    assert not Path(f"{copy}-wal").exists()
    journal.add("contact", "--role", "warga", "--name", "Bu Sri", "--at", "hari ini 11:00")
    other = Journal(tmp_path / "other" / "journal.db", journal.monkeypatch)
    res = other.ok("restore", str(copy))
    assert "1 contacts" in res.stdout or "1 kontak" in res.stdout
    assert other.sql("SELECT name FROM contacts") == [("Pak Rahmat",)]
    assert other.sql("PRAGMA journal_mode") == [("wal",)]
    # restore over a journal: its -wal (holding Bu Sri, never checkpointed) goes first
    _crash_left_wal(journal.path, "Bu Lastri")
    journal.ok("restore", str(copy))
    assert not Path(f"{journal.path}-wal").exists()
    assert journal.sql("SELECT name FROM contacts") == [("Pak Rahmat",)]
    assert journal.ok("check").exit_code == 0


def test_backup_and_restore_refuse_what_they_must(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    for target in (journal.path, f"{journal.path}-wal"):
        assert journal.run("backup", str(target)).exit_code == 2
    text = tmp_path / "notes.txt"
    text.write_text("not a journal\n")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    newer = tmp_path / "newer.db"
    journal.ok("backup", str(newer))
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = journal.snapshot()
    for bad in (text, other, newer, tmp_path / "missing.db", journal.path):
        res = journal.run("restore", str(bad))
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (bad, res.stderr)
    assert journal.snapshot() == before


def test_a_wal_from_another_database_is_never_replayed_by_a_read(journal: Journal,
                                                                 tmp_path: Path) -> None:
    """Before: a -wal from another database turned the journal into "not a patrolog
    journal" at the next `list`."""
    _fill(journal)
    other = tmp_path / "other.db"
    code = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode = WAL'); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "c.execute('CREATE TABLE z(a)'); c.execute('INSERT INTO z VALUES (1)')\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(other)], check=True)
    shutil.copy(f"{other}-wal", f"{journal.path}-wal")
    res = journal.ok("list")
    assert "Pak Rahmat" in res.stdout
    assert not Path(f"{journal.path}-wal").exists() or \
        os.path.getsize(f"{journal.path}-wal") == 0
    assert list(journal.path.parent.glob("journal.db-wal.set-aside-*"))
    assert journal.sql("PRAGMA integrity_check") == [("ok",)]
    assert journal.ok("check").exit_code == 0


def test_a_journal_put_back_beside_a_crash_left_wal_is_not_damaged(journal: Journal,
                                                                   tmp_path: Path) -> None:
    """Before: a journal restored from a copy (cp) beside the -wal a crash left was
    corrupt. The crash-left -wal of the journal itself is still replayed (nothing lost)."""
    _fill(journal)
    copy = tmp_path / "copy.db"
    journal.ok("backup", str(copy))
    _crash_left_wal(journal.path, "Bu Lastri")
    # a crash-left -wal of its own journal: replayed, the commit kept
    kept = tmp_path / "kept"
    kept.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{journal.path}{suffix}").exists():
            shutil.copy(f"{journal.path}{suffix}", kept / f"journal.db{suffix}")
    assert "Bu Lastri" in Journal(kept / "journal.db", journal.monkeypatch).ok("list").stdout
    # the copy put back by hand, an hour after the crash
    hour_ago = time.time() - 3600
    os.utime(f"{journal.path}-wal", (hour_ago, hour_ago))
    shutil.copyfile(copy, journal.path)
    res = journal.ok("list")
    assert "Pak Rahmat" in res.stdout and "Bu Lastri" not in res.stdout
    assert journal.sql("PRAGMA integrity_check") == [("ok",)]
