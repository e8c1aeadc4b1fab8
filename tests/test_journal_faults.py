"""Journals that are not what they seem: 0-byte and empty files, damaged schemas, odd paths,
read-only files and folders, SQLite's faults in the user's language (issue 8)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import PATROLOG, REPO, cli_env, file_digest, write_first_release_journal
from patrolog.journal import migrations

def _one_line(res, code: int) -> str:  # noqa: ANN001
    assert res.exit_code == code, (res.exit_code, res.stdout, res.stderr)
    assert res.stderr.startswith("patrolog: ") and res.stderr.count("\n") == 1, res.stderr
    return res.stderr


@pytest.mark.parametrize("args", [("list",), ("info",), ("report",), ("due",),
                                  ("add", "incident", "--kind", "laka")])
def test_zero_byte_journal_is_reported_not_taken_for_new(journal, args):
    """`export -o j.db` used to truncate the journal; the next command said "no records"."""
    journal.path.write_bytes(b"")
    err = _one_line(journal.run(*args), 3)
    assert "0 bytes" in err and str(journal.path) in err
    assert journal.path.stat().st_size == 0
    assert not Path(str(journal.path) + "-wal").exists()
    assert "0 bita" in journal.run("--lang", "id", *args).stderr


@pytest.mark.parametrize("args", [("list",), ("info",), ("add", "incident", "--kind", "laka")])
def test_empty_sqlite_file_is_not_turned_into_a_journal(journal, args):
    conn = sqlite3.connect(journal.path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    before = file_digest(journal.path)
    err = _one_line(journal.run(*args), 3)
    assert "empty SQLite database" in err
    assert file_digest(journal.path) == before


def test_a_new_journal_appears_whole(journal):
    """The first write builds the journal beside it and links it into place: no 0-byte
    moment another process could see, no temporary file left."""
    journal.add("incident", "--kind", "laka")
    assert sorted(p.name for p in journal.path.parent.iterdir()
                  if not p.name.startswith("journal.db-")) == ["journal.db"]
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600


def test_journal_path_that_is_a_folder(journal, tmp_path):
    folder = tmp_path / "adir"
    folder.mkdir()
    journal.path = folder
    assert "is a folder" in _one_line(journal.run("list"), 3)
    assert "is a folder" in _one_line(journal.run("add", "incident", "--kind", "laka"), 3)


def test_negative_schema_version_is_damaged(journal):
    journal.add("incident", "--kind", "laka")
    conn = sqlite3.connect(journal.path)
    conn.execute("PRAGMA user_version = -3")
    conn.close()
    before = file_digest(journal.path)
    for args in (("list",), ("add", "incident", "--kind", "fire")):
        assert "damaged" in _one_line(journal.run(*args), 3)
    assert file_digest(journal.path) == before


@pytest.mark.parametrize("table", ["history", "visits", "search_index", "config"])
def test_dropped_table_is_damage_named_not_no_such_table(journal, table):
    ref = journal.add("incident", "--kind", "laka")
    conn = sqlite3.connect(journal.path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    before = journal.snapshot()
    for args in (("list",), ("show", ref), ("search", "laka"), ("report",),
                 ("add", "incident", "--kind", "fire"), ("edit", ref, "--injured", "2")):
        err = _one_line(journal.run(*args), 3)
        assert f"'{table}'" in err and "damaged" in err and "no such table" not in err, err
        assert "rusak" in journal.run("--lang", "id", *args).stderr
    assert journal.snapshot() == before


def test_tables_list_matches_the_migrations():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for migration in migrations.MIGRATIONS:
        migration(conn)
    made = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'search_index_%'")}
    assert made == set(migrations.TABLES)


@pytest.mark.parametrize("folder", ["odd#dir", "what?dir", "per%41cent", "sp ace%"])
def test_paths_with_uri_characters(tmp_path, journal, folder):
    """`merge "odd#dir/o.db"` opened the wrong file; `%` made a good journal read as
    damaged."""
    other_dir = tmp_path / folder
    other_dir.mkdir()
    other = other_dir / "o.db"
    env = {"PATROLOG_DB": str(other)}
    journal.add("incident", "--kind", "laka")
    journal.run("add", "contact", "--role", "warga", "--name", "Pak Rahmat", env=env, db=False)
    before = sorted(os.listdir(tmp_path))
    journal.ok("--lang", "en", "merge", str(other))
    assert [r["name"] for r in journal.ok("list", "contacts", "--json").json()] == ["Pak Rahmat"]
    assert sorted(os.listdir(tmp_path)) == before  # no stray file made from half the path
    res = journal.run("info", env=env, db=False)
    assert res.exit_code == 0 and "contacts: 1" in res.stdout, res.stdout


def test_read_only_journal_leaves_no_read_only_side_files(journal):
    """SQLite gives a new -wal/-shm the journal's mode; a 0400 journal left 0400 side files
    that blocked every later write."""
    journal.add("incident", "--kind", "laka")
    journal.path.chmod(0o400)
    for side in ("-wal", "-shm"):
        Path(str(journal.path) + side).unlink(missing_ok=True)
    assert journal.ok("list", "--json").json()
    for side in ("-wal", "-shm"):
        p = Path(str(journal.path) + side)
        if p.exists():
            assert stat.S_IMODE(p.stat().st_mode) & 0o600 == 0o600, (side, oct(p.stat().st_mode))
    journal.path.chmod(0o600)
    journal.add("incident", "--kind", "fire")


# -- as an ordinary user (root ignores file modes) ----------------------------------------
def _as_nobody() -> list[str] | None:
    if os.getuid() != 0:
        return []
    if not shutil.which("setpriv"):
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _unreachable_for(prefix: list[str]) -> str | None:
    """Why the user of `prefix` cannot run this checkout's patrolog, or None when they can:
    a checkout or interpreter under a folder closed to others (a root `mktemp -d` is 0700)."""
    probe = subprocess.run([*prefix, *PATROLOG, "--version"], capture_output=True, text=True,
                           env=cli_env({"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}),
                           timeout=60)
    if probe.returncode == 0:
        return None
    for target in (Path(sys.executable), REPO / "patrolog" / "__init__.py"):
        for folder in reversed(target.parents):
            st = folder.stat()
            bit = (stat.S_IXUSR if st.st_uid == 65534 else
                   stat.S_IXGRP if st.st_gid == 65534 else stat.S_IXOTH)
            if not st.st_mode & bit:
                return (f"user 65534 cannot reach {target}: {folder} is "
                        f"{stat.filemode(st.st_mode)} (owner uid {st.st_uid})")
    return f"user 65534 cannot run {' '.join(PATROLOG)}: {probe.stderr.strip()[-300:]}"


@pytest.fixture
def nobody_dir():  # noqa: ANN201
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: file modes cannot be tried")
    why = _unreachable_for(prefix) if prefix else None
    if why:
        pytest.skip(f"file modes are tried as another user, who cannot run this checkout: {why}")
    base = Path(tempfile.mkdtemp(prefix="patrolog-ro-", dir="/tmp"))
    base.chmod(0o755)
    if prefix:
        os.chown(base, 65534, 65534)
    yield base, prefix
    for p in [base, *base.rglob("*")]:
        try:
            p.chmod(0o700 if p.is_dir() else 0o600)
        except OSError:
            pass
    shutil.rmtree(base, ignore_errors=True)


def _run(prefix: list[str], db: Path, *args: str) -> subprocess.CompletedProcess:
    env = cli_env({"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "HOME": str(db.parent),
                   "PATROLOG_DB": str(db), "TZ": "Asia/Jakarta"})
    return subprocess.run([*prefix, *PATROLOG, *args], env=env, capture_output=True,
                          text=True, timeout=60)


def test_old_journal_in_a_read_only_folder_can_be_read(nobody_dir):
    base, prefix = nobody_dir
    folder = base / "ro"
    folder.mkdir()
    db = folder / "journal.db"
    write_first_release_journal(db)
    if prefix:
        os.chown(folder, 65534, 65534)
        os.chown(db, 65534, 65534)
    folder.chmod(0o555)
    before = file_digest(db)
    res = _run(prefix, db, "list", "--json")
    assert res.returncode == 0, res.stderr
    assert '"C1"' in res.stdout
    assert file_digest(db) == before and sorted(os.listdir(folder)) == ["journal.db"]
    res = _run(prefix, db, "add", "incident", "--kind", "laka")
    assert res.returncode == 3 and res.stderr.count("\n") == 1, res.stderr
    assert "Traceback" not in res.stderr


def test_read_only_journal_file_then_writable_again(nobody_dir):
    base, prefix = nobody_dir
    db = base / "journal.db"
    assert _run(prefix, db, "add", "incident", "--kind", "laka").returncode == 0
    db.chmod(0o400)
    res = _run(prefix, db, "list", "--json")
    assert res.returncode == 0 and '"I1"' in res.stdout, res.stderr
    res = _run(prefix, db, "add", "incident", "--kind", "fire")
    assert res.returncode == 3 and "read-only" in res.stderr, res.stderr
    res = _run(prefix, db, "--lang", "id", "add", "incident", "--kind", "fire")
    assert "readonly" not in res.stderr and "hanya-baca" in res.stderr, res.stderr
    db.chmod(0o600)
    res = _run(prefix, db, "add", "incident", "--kind", "fire")
    assert res.returncode == 0, res.stderr
