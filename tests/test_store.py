"""The journal file: creation, modes, WAL, migrations, refusal of files it cannot use, locking."""

from __future__ import annotations

import sqlite3
import stat
import subprocess

import pytest

from conftest import PATROLOG, cli_env, file_digest, write_first_release_journal
from patrolog.journal import migrations
from patrolog.core.paths import journal_path
from patrolog.journal.store import Store



def test_created_on_first_write_with_private_modes(tmp_path, journal):
    journal.path = tmp_path / "new" / "deeper" / "journal.db"
    assert journal.run("list").exit_code == 0
    assert not journal.path.exists(), "a read must not create the journal"
    journal.add("patrol", "--start", "-3h", "--end", "now")
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal.path.parent.parent.stat().st_mode) == 0o700


def test_schema_wal_version_and_marker(journal):
    journal.add("patrol", "--start", "-3h", "--end", "now")
    assert journal.sql("PRAGMA journal_mode") == [("wal",)]
    assert journal.sql("PRAGMA user_version") == [(migrations.LATEST,)]
    assert journal.sql("PRAGMA application_id") == [(migrations.APPLICATION_ID,)]
    tables = {r[0] for r in journal.sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"patrols", "incidents", "contacts", "visits", "history", "config"} <= tables


def test_path_resolution_order(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("PATROLOG_DB", raising=False)
    assert journal_path(None) == tmp_path / "data" / "patrolog" / "journal.db"
    monkeypatch.setenv("PATROLOG_DB", str(tmp_path / "env.db"))
    assert journal_path(None) == tmp_path / "env.db"
    assert journal_path(str(tmp_path / "flag.db")) == tmp_path / "flag.db"


def test_env_and_xdg_journals_are_used(tmp_path, journal, monkeypatch):
    res = journal.run("add", "patrol", "--start", "-2h", "--end", "now", db=False)
    assert res.exit_code == 0
    assert (tmp_path / "xdg" / "patrolog" / "journal.db").exists()
    other = tmp_path / "via-env.db"
    res = journal.run("add", "patrol", "--start", "-2h", "--end", "now", db=False,
                      env={"PATROLOG_DB": str(other)})
    assert res.exit_code == 0 and other.exists()


def test_newer_schema_is_refused_untouched(journal):
    journal.add("patrol", "--start", "-3h", "--end", "now")
    conn = sqlite3.connect(journal.path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.close()
    before = file_digest(journal.path)
    for args in (("list",), ("add", "incident", "--kind", "laka")):
        res = journal.run(*args)
        assert res.exit_code == 3
        assert "newer" in res.stderr and len(res.stderr.strip().splitlines()) == 1
        assert "Traceback" not in res.stderr
    assert file_digest(journal.path) == before


def test_corrupt_file_is_refused_untouched(journal):
    journal.path.write_bytes(b"this is not a database at all\n" * 100)
    before = file_digest(journal.path)
    res = journal.run("add", "incident", "--kind", "laka")
    assert res.exit_code == 3
    assert len(res.stderr.strip().splitlines()) == 1
    assert file_digest(journal.path) == before


def test_damaged_journal_is_refused(journal):
    journal.add("patrol", "--start", "-3h", "--end", "now")
    data = bytearray(journal.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page
    journal.path.write_bytes(bytes(data))
    res = journal.run("list")
    assert res.exit_code == 3
    assert len(res.stderr.strip().splitlines()) == 1


def test_other_programs_database_is_refused(journal):
    conn = sqlite3.connect(journal.path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = file_digest(journal.path)
    res = journal.run("add", "patrol", "--start", "-1h", "--end", "now")
    assert res.exit_code == 3 and "not a patrolog journal" in res.stderr
    assert file_digest(journal.path) == before


def test_older_journal_is_migrated_after_a_backup(journal, monkeypatch):
    journal.add("patrol", "--start", "-3h", "--end", "now")

    def m002_example(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE patrols ADD COLUMN weather TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m002_example])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with Store.open(journal.path, create=True) as store:
        assert store.schema_version() == migrations.LATEST
    current = migrations.LATEST - 1
    backups = list(journal.path.parent.glob(f"journal.db.v{current}-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    assert old.execute("SELECT count(*) FROM patrols").fetchone()[0] == 1
    old.close()
    cols = [r[1] for r in journal.sql("PRAGMA table_info(patrols)")]
    assert "weather" in cols


def test_failed_migration_leaves_the_journal_as_it_was(journal, monkeypatch):
    journal.add("patrol", "--start", "-3h", "--end", "now")
    before = journal.snapshot()

    def m002_broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE patrols ADD COLUMN weather TEXT")
        raise sqlite3.OperationalError("simulated failure half-way")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m002_broken])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    res = journal.run("list")
    assert res.exit_code == 3
    assert journal.snapshot() == before
    assert journal.sql("PRAGMA user_version") == [(migrations.LATEST - 1,)]


def test_busy_journal_times_out_with_exit_3(journal):
    journal.add("patrol", "--start", "-3h", "--end", "now")
    blocker = sqlite3.connect(journal.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        res = journal.run("add", "incident", "--kind", "fire",
                          env={"PATROLOG_BUSY_TIMEOUT_MS": "200"})
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert res.exit_code == 3
    assert "busy" in res.stderr
    assert journal.sql("SELECT count(*) FROM incidents") == [(0,)]


@pytest.mark.parametrize("fresh", [True, False])
def test_concurrent_writers_all_succeed(tmp_path, fresh):
    """Several processes adding at once, on a new file (racing to migrate) or an existing one."""
    db = tmp_path / "shared.db"
    env = cli_env(PATROLOG_DB=str(db), PATROLOG_BUSY_TIMEOUT_MS="30000")
    if not fresh:
        subprocess.run([*PATROLOG, "config", "set", "officer", "Bripka Ani"], env=env,
                       check=True, capture_output=True)
    n = 8
    procs = [
        subprocess.Popen([*PATROLOG, "add", "incident", "--kind", "dispute",
                          "--at", f"-{i + 1}m",  # one moment each: the same twice is refused
                          "--description", f"writer {i}"],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(n)
    ]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert all(code == 0 for _, _, code in results), results
    ids = sorted(out.strip() for out, _, _ in results)
    assert len(set(ids)) == n
    conn = sqlite3.connect(db)
    descriptions = {r[0] for r in conn.execute("SELECT description FROM incidents")}
    conn.close()
    assert descriptions == {f"writer {i}" for i in range(n)}


def test_version_1_journal_is_upgraded_in_place(journal):
    """A journal written by the first release gains the person index, data intact."""
    write_first_release_journal(journal.path)
    assert [r["id"] for r in journal.ok("list", "--json").json()] == ["C1"]
    assert journal.sql("PRAGMA user_version") == [(migrations.LATEST,)]
    assert journal.sql("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_person'") == \
        [(1,)]
    assert len(list(journal.path.parent.glob("journal.db.v1-*.bak"))) == 1
