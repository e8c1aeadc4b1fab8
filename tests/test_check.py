"""`patrolog check` (docs/faults.md#what-is-checked-when) and what a journal found damaged stops: exit 0 sound, 3 damaged
naming what, the file untouched either way; writes refused until a check finds it sound."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import file_digest


@pytest.fixture
def demo(journal):
    journal.ok("demo")
    journal.ok("list")  # closed and checkpointed: the file alone holds every record
    return journal


def _overwrite_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    middle = pages // 2 * 4096
    data[middle:middle + 4096] = (b"\xde\xad\xbe\xef" * 1024)
    path.write_bytes(bytes(data))


def _one_line(res, code: int) -> str:  # noqa: ANN001
    assert res.exit_code == code, (res.exit_code, res.stdout, res.stderr)
    assert res.stderr.count("\n") == (1 if code else 0), res.stderr
    return res.stderr


def test_sound_journal_is_exit_0_and_untouched(demo):
    before = file_digest(demo.path)
    res = demo.run("check")
    _one_line(res, 0)
    assert "sound" in res.stdout
    assert file_digest(demo.path) == before
    assert "utuh" in demo.ok("--lang", "id", "check").stdout


def test_records_waiting_in_the_wal_are_not_checkpointed_by_check(demo):
    """A writer that died left committed records in the -wal: `check` leaves them there
    (moving them into the file is the next write's business)."""
    script = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
              "c.execute('PRAGMA wal_autocheckpoint = 0'); "
              "c.execute(\"INSERT INTO config VALUES ('note', 'in the wal')\"); c.commit(); "
              "os._exit(0)")
    subprocess.run([sys.executable, "-c", script, str(demo.path)], check=True)
    assert Path(f"{demo.path}-wal").stat().st_size > 0
    before = file_digest(demo.path)
    _one_line(demo.run("check"), 0)
    assert file_digest(demo.path) == before
    assert Path(f"{demo.path}-wal").stat().st_size > 0


def test_page_overwritten_in_the_middle_is_found_and_stops_writes(demo, tmp_path):
    good = tmp_path / "good.db"
    shutil.copy(demo.path, good)
    _overwrite_middle_page(demo.path)
    before = file_digest(demo.path)
    err = _one_line(demo.run("check"), 3)
    assert "damaged" in err and "integrity" in err
    assert file_digest(demo.path) == before
    assert "rusak" in demo.run("--lang", "id", "check").stderr
    # a write is refused, in words, until the journal is restored and checked sound
    err = _one_line(demo.run("add", "incident", "--kind", "laka"), 3)
    assert "found damaged" in err and "patrolog check" in err
    assert file_digest(demo.path) == before
    shutil.copy(good, demo.path)
    _one_line(demo.run("check"), 0)
    demo.add("incident", "--kind", "laka")


def test_due_checks_daily_and_marks_the_journal(demo):
    _overwrite_middle_page(demo.path)
    err = _one_line(demo.run("due"), 3)
    assert "damaged" in err and "patrolog check" in err
    _one_line(demo.run("add", "incident", "--kind", "laka"), 3)


def test_a_dropped_index_is_named(demo):
    conn = sqlite3.connect(demo.path)
    conn.execute("DROP INDEX contacts_person")
    conn.commit()
    conn.close()
    err = _one_line(demo.run("check"), 3)
    assert "'contacts_person'" in err and "missing" in err


def test_a_changed_table_is_named(demo):
    conn = sqlite3.connect(demo.path)
    conn.execute("ALTER TABLE incidents ADD COLUMN weather TEXT")
    conn.commit()
    conn.close()
    err = _one_line(demo.run("check"), 3)
    assert "'incidents'" in err and "not as patrolog made it" in err


def test_search_index_out_of_step_with_the_records(demo):
    """Another tool edited a record and left the index behind."""
    conn = sqlite3.connect(demo.path)
    conn.execute("UPDATE incidents SET description = 'ditulis di Datasette' WHERE id = 1")
    conn.execute("DELETE FROM search_index WHERE ref = 'C2'")
    conn.commit()
    conn.close()
    err = _one_line(demo.run("check"), 3)
    assert "full-text index is out of step" in err and "and 1 more" in err


def test_fts5_structure_damage(demo):
    conn = sqlite3.connect(demo.path)
    conn.execute("UPDATE search_index_data SET block = zeroblob(length(block)) WHERE id > 10")
    conn.commit()
    conn.close()
    err = _one_line(demo.run("check"), 3)
    assert "full-text index" in err


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: None, "no journal"),
    (lambda p: p.write_bytes(b""), "0 bytes"),
    (lambda p: p.write_bytes(b"not a database\n" * 400), "cannot be read as a database"),
])
def test_check_on_what_is_not_a_journal(journal, make, words):
    make(journal.path)
    assert words in _one_line(journal.run("check"), 3)


@pytest.mark.parametrize("content", [b"not a database\n" * 400, b"\x89PNG\r\n\x1a\n" + bytes(5000)])
def test_a_file_that_is_not_a_database_gets_no_damaged_mark(journal, content):
    """Someone's text file or photo named by mistake: said plainly, exit 3, left as it was,
    and no `.damaged` mark littering its folder (a later write refused for a 'journal' that
    never was one)."""
    journal.path.write_bytes(content)
    err = _one_line(journal.run("check"), 3)
    assert "is not a patrolog journal" in err and "cannot be read as a database" in err
    assert "bukan jurnal patrolog" in journal.run("--lang", "id", "check").stderr
    assert journal.path.read_bytes() == content
    assert sorted(p.name for p in journal.path.parent.iterdir()) == [journal.path.name]


def test_a_journal_whose_header_page_is_destroyed_is_still_marked(demo):
    """A real journal (SQLite's own first bytes) that SQLite cannot read on: that is damage,
    and the mark stops writes until it is restored and checked sound."""
    data = bytearray(demo.path.read_bytes())
    data[16:4096] = b"\xff" * (4096 - 16)
    demo.path.write_bytes(bytes(data))
    assert "damaged" in _one_line(demo.run("check"), 3)
    assert demo.path.with_name(demo.path.name + ".damaged").exists()


@pytest.mark.parametrize("command", [("list",), ("due",), ("add", "patrol", "--start",
                                                             "kemarin 08:00", "--duration", "2j")])
def test_every_command_says_a_file_that_is_not_a_database_is_not_a_journal(journal, command):
    """Named by mistake with --db, someone's text file gets the line `check` gives it, not
    'damaged; restore it from a backup' (there is nothing to restore); left as it was."""
    content = b"catatan rapat RW\n" * 300
    journal.path.write_bytes(content)
    err = _one_line(journal.run(*command), 3)
    assert "is not a patrolog journal" in err and "restore" not in err
    assert journal.path.read_bytes() == content
    assert sorted(p.name for p in journal.path.parent.iterdir()) == [journal.path.name]


def test_merge_says_a_file_that_is_not_a_database_is_not_a_journal(journal, tmp_path):
    other = tmp_path / "foto.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + bytes(8000))
    journal.add("patrol", "--start", "kemarin 08:00", "--duration", "2j")
    before = journal.snapshot()
    res = journal.run("--lang", "id", "merge", str(other))
    assert res.exit_code == 3 and "bukan jurnal patrolog" in res.stderr
    assert "cadangan" not in res.stderr and res.stderr.count("\n") == 1
    assert journal.snapshot() == before
