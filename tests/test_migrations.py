"""Migrations are frozen (issue 16 point 2): they import nothing of patrolog, a journal of the
first release upgrades to exactly the schema of a new one, a migration that fails leaves the
file as it was, and a failed upgrade tried again writes no second backup (issue 17)."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from conftest import Journal, write_first_release_journal

from patrolog.journal import migrations
from patrolog.journal.store import Store

MIGRATIONS_FILE = Path(migrations.__file__)


def _schema(path: Path) -> dict[str, tuple[str, str, str]]:
    """sqlite_master, normalised: each object's type, table and SQL with its whitespace
    collapsed, by name; plus the version and the application id."""
    conn = sqlite3.connect(path)
    try:
        objects = {r[1]: (r[0], r[2], " ".join((r[3] or "").split())) for r in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master")}
        objects["user_version"] = ("pragma", "", str(conn.execute(
            "PRAGMA user_version").fetchone()[0]))
        objects["application_id"] = ("pragma", "", str(conn.execute(
            "PRAGMA application_id").fetchone()[0]))
        return objects
    finally:
        conn.close()


def _add_migration(monkeypatch: pytest.MonkeyPatch, migration) -> None:  # noqa: ANN001
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)


def _files(path: Path) -> dict[str, bytes]:
    """The journal and its side files, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())
            if p.name.startswith(path.name) and not p.name.endswith(".bak")}


def test_migrations_import_nothing_of_patrolog():
    tree = ast.parse(MIGRATIONS_FILE.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):  # function-level imports included
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add("." * node.level + (node.module or ""))
    ours = sorted(name for name in imported if name.startswith((".", "patrolog")))
    assert not ours, ours
    assert imported <= {"__future__", "sqlite3", "collections.abc", "typing", "sqlite_utils"}, \
        imported


def test_a_first_release_journal_upgrades_to_exactly_the_schema_of_a_new_one(journal, tmp_path):
    write_first_release_journal(journal.path)
    journal.ok("list")  # the upgrade
    new = tmp_path / "new.db"
    Store.open(new, create=True).close()
    upgraded, made = _schema(journal.path), _schema(new)
    assert upgraded == made, {name: (upgraded.get(name), made.get(name))
                              for name in upgraded.keys() | made.keys()
                              if upgraded.get(name) != made.get(name)}
    # m003's frozen rebuild of the search index found the first release's contact
    assert [r["id"] for r in journal.ok("search", "Rahmat", "--json").json()] == ["C1"]
    # and `check` finds it sound (its index rows were made before m005 added text columns)
    assert journal.ok("check").exit_code == 0


def _records(journal: Journal) -> None:
    journal.ok("config", "set", "officer", "Bripka Ani")
    journal.add("patrol", "--start", "-3h", "--end", "now", "--place", "pasar:Pasar Boplo",
                "--place", "masjid:Al Ikhlas")
    journal.add("incident", "--kind", "laka", "--at", "-1h")
    journal.add("contact", "--role", "warga", "--name", "Pak Rahmat", "--at", "-2h")


def _rebuild_patrols(conn: sqlite3.Connection) -> None:
    """A change ALTER TABLE cannot make (the columns' order), through sqlite-utils'
    transform_sql: patrols are copied into a new table and the old one dropped, while
    visits (ON DELETE CASCADE), incidents and contacts refer to it."""
    migrations.transform(conn, "patrols", column_order=["id", "uid", "officer"])


def test_a_transform_in_a_migration_keeps_the_rows_that_refer_to_the_table(journal, monkeypatch):
    _records(journal)
    before = journal.sql("SELECT count(*), group_concat(name) FROM visits")
    linked = journal.sql("SELECT patrol_id FROM incidents UNION ALL SELECT patrol_id FROM contacts")
    _add_migration(monkeypatch, _rebuild_patrols)
    journal.ok("list")
    assert [r[1] for r in journal.sql("PRAGMA table_info(patrols)")][:3] == \
        ["id", "uid", "officer"]
    # dropping the old table cascaded nowhere: foreign keys are off while migrations run
    assert journal.sql("SELECT count(*), group_concat(name) FROM visits") == before
    assert journal.sql(
        "SELECT patrol_id FROM incidents UNION ALL SELECT patrol_id FROM contacts") == linked
    assert journal.sql("PRAGMA foreign_key_check") == []
    assert journal.ok("check").exit_code == 0


def test_a_failed_migration_leaves_the_file_byte_identical(journal, monkeypatch):
    _records(journal)
    before = _files(journal.path)
    done: list[str] = []

    def m_fails_after_a_transform(conn: sqlite3.Connection) -> None:
        _rebuild_patrols(conn)
        conn.execute("DELETE FROM visits")
        done.append("transformed")
        raise sqlite3.OperationalError("simulated failure half-way")

    _add_migration(monkeypatch, m_fails_after_a_transform)
    for args in (("list",), ("add", "incident", "--kind", "fire")):
        res = journal.run(*args)
        assert res.exit_code == 3 and res.stderr.count("\n") == 1, res
        assert _files(journal.path) == before
    assert done == ["transformed", "transformed"]


def test_a_migration_breaking_a_foreign_key_is_refused(journal, monkeypatch):
    _records(journal)
    before = _files(journal.path)

    def m_orphans(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM patrols")  # foreign keys are off: nothing cascades

    _add_migration(monkeypatch, m_orphans)
    assert journal.run("list").exit_code == 3
    assert _files(journal.path) == before


def test_a_failed_upgrade_tried_again_writes_one_backup(journal, monkeypatch):
    """Issue 17: the backup's fingerprint took repr() of sqlite3.Row objects (an address that
    differs each run) as soon as the profile had a row: a cron job failing every day wrote a
    full copy of every resident's name every day."""
    _records(journal)  # the profile has a row: config set officer

    def m_broken(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("simulated failure")

    _add_migration(monkeypatch, m_broken)
    for day in (28, 29, 30):  # the daily cron job, one failed attempt a day
        assert journal.run("due", env={"PATROLOG_NOW": f"2026-11-{day}T06:00:00+07:00"}
                           ).exit_code == 3
    backups = list(journal.path.parent.glob("journal.db.v*.bak"))
    assert len(backups) == 1, backups


def test_sqlite_utils_writes_the_schema_text_check_expects():
    """`patrolog check` compares a journal's schema text with what the migrations make
    today, and a migration's transform leaves sqlite-utils' text. The day sqlite-utils writes
    it differently this fails: journals migrated before would read as changed."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT)")
    conn.execute("CREATE INDEX t_a ON t(a)")
    conn.execute("BEGIN")
    migrations.transform(conn, "t", drop={"b"}, types={"a": int})
    conn.execute("COMMIT")
    assert conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall() == [
        ("table", "t", 'CREATE TABLE "t" (\n   "id" INTEGER PRIMARY KEY,\n   "a" INTEGER NOT NULL\n)'),
        ("index", "t_a", "CREATE INDEX t_a ON t(a)"),
    ]
