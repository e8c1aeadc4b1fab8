"""Clean refusals and honest answers (issue 17): Ctrl-C tells the truth, every exit 70 the
hostile tester found is a clean refusal, input is read once, `--json` lets no stored text
drive the terminal, `check` finds what other tools wrote, `export` writes `deleted_at`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import PATROLOG, Journal, cli_env, exported

from patrolog.privacy import erase, incoming

NOW = "2026-11-27T20:00:00+07:00"


def _run(j: Journal, *args: str, stdin=None, env=None, timeout=60):  # noqa: ANN001, ANN202
    full = cli_env(PATROLOG_NOW=NOW, PATROLOG_LANG="en", **(env or {}))
    return subprocess.run([*PATROLOG, "--db", str(j.path), *args], input=stdin,
                          capture_output=True, env=full, timeout=timeout)


@pytest.fixture
def filled(tafsipul: Journal) -> Journal:
    tafsipul.add("patrol", "--start", "hari ini 08:00", "--duration", "2j", "--area", "RW 05",
                 "--tag", "pasar")
    tafsipul.add("incident", "--kind", "laka", "--at", "hari ini 09:00", "--location", "Jl. X")
    tafsipul.add("contact", "--role", "warga", "--name", "Pak Joko Susilo", "--at",
                 "hari ini 10:00", "--phone", "081234567890")
    return tafsipul


# -- Ctrl-C ------------------------------------------------------------------------------
def _interrupt(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
    raise KeyboardInterrupt


def test_ctrl_c_after_the_commit_says_the_work_was_saved(filled: Journal, tmp_path: Path,
                                                         monkeypatch) -> None:
    """Before: purge, erase, merge and import said "interrupted; nothing was saved" (130)
    when Ctrl-C came after the commit, during the file's clean-up."""
    monkeypatch.setattr(erase, "wipe", _interrupt)
    res = filled.run("erase", "--name", "Joko Susilo", "--yes")
    assert res.exit_code == 0 and "saved" in res.stderr and "nothing" not in res.stderr
    assert filled.sql("SELECT name FROM contacts") == [(None,)]
    other = Journal(tmp_path / "other.db", filled.monkeypatch)
    other.add("contact", "--role", "warga", "--name", "Bu Sri", "--at", "hari ini 10:00")
    monkeypatch.setattr(incoming, "after_commit", _interrupt)
    res = filled.run("merge", str(other.path))
    assert res.exit_code == 0 and "saved" in res.stderr
    assert filled.sql("SELECT name FROM contacts ORDER BY id") == [(None,), ("Bu Sri",)]
    res = filled.run("purge", "--before", "2026-11-28", "--yes",
                     env={"PATROLOG_NOW": "2027-02-01T10:00:00+07:00"})
    assert res.exit_code == 0 and "saved" in res.stderr
    assert filled.sql("SELECT count(*) FROM contacts") == [(0,)]


def test_ctrl_c_before_the_commit_says_nothing_was_saved(filled: Journal, tmp_path: Path,
                                                        monkeypatch) -> None:
    other = Journal(tmp_path / "other.db", filled.monkeypatch)
    other.add("contact", "--role", "warga", "--name", "Bu Sri", "--at", "hari ini 10:00")
    before = filled.snapshot()
    monkeypatch.setattr(incoming, "before_commit", _interrupt)
    res = filled.run("merge", str(other.path))
    assert res.exit_code == 130 and "nothing was saved" in res.stderr
    assert filled.snapshot() == before


# -- the exits 70 ------------------------------------------------------------------------
def test_a_csv_count_that_python_calls_a_digit_is_a_bad_field(filled: Journal,
                                                              tmp_path: Path) -> None:
    csv_file = tmp_path / "in.csv"
    filled.ok("export", "--format", "csv", "-o", str(csv_file))
    lines = csv_file.read_text().splitlines()
    header = lines[0].split(",")
    row = next(x for x in lines[1:] if x.startswith("incident")).split(",")
    row[header.index("injured")] = "²"
    row[header.index("uid")] = "f" * 32
    row[header.index("officer")] = "Bripka Uji"
    csv_file.write_text(lines[0] + "\n" + ",".join(row) + "\n")
    res = filled.run("import", str(csv_file))
    assert res.exit_code == 2 and "injured" in res.stderr


@pytest.mark.parametrize("args", [("list",), ("show", "C1"), ("edit", "C1", "--concern", "x"),
                                  ("export",), ("report",), ("search", "pasar"), ("due",),
                                  ("add", "contact", "--role", "warga", "--name", "X")])
def test_a_journal_missing_a_column_is_refused_naming_it(filled: Journal, args) -> None:
    conn = sqlite3.connect(filled.path)
    conn.execute("ALTER TABLE contacts DROP COLUMN hope")
    conn.close()
    res = filled.run(*args)
    assert res.exit_code == 3 and "hope" in res.stderr and res.stderr.count("\n") == 1


def test_stored_text_that_is_not_a_time_or_a_list_is_named(filled: Journal) -> None:
    conn = sqlite3.connect(filled.path)
    conn.execute("UPDATE contacts SET met_at = 'kemarin sore'")
    conn.execute("UPDATE patrols SET tags = 'pasar, malam'")
    conn.commit()
    conn.close()
    res = filled.run("edit", "C1", "--concern", "x")
    assert res.exit_code == 3 and "C1" in res.stderr and "met_at" in res.stderr
    for args in (("search", "pasar"), ("show", "P1"), ("export",)):
        res = filled.run(*args)
        assert res.exit_code == 3 and "P1" in res.stderr and "tags" in res.stderr, args
    res = filled.run("check")
    assert res.exit_code == 3


def test_a_stream_that_cannot_encode_a_character_gets_it_escaped(filled: Journal) -> None:
    filled.add("contact", "--role", "warga", "--name", "Bu Sütü", "--at", "hari ini 11:00")
    res = _run(filled, "list", env={"PYTHONIOENCODING": "ascii"})
    assert res.returncode == 0, res.stderr
    assert b"S\\xfct\\xfc" in res.stdout


def test_config_set_lang_with_a_config_folder_that_cannot_be_written(journal: Journal,
                                                                     tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    res = journal.run("config", "set", "lang", "id", env={"XDG_CONFIG_HOME": str(blocker)})
    assert res.exit_code == 2 and res.stderr.count("\n") == 1


# -- reading input -----------------------------------------------------------------------
def test_input_is_read_once_from_a_pipe_dash_or_dev_stdin(filled: Journal,
                                                          tmp_path: Path) -> None:
    """Before: `cat f.jsonl | patrolog import /dev/stdin` blamed the file."""
    data = filled.ok("export").stdout.encode()
    fresh = Journal(tmp_path / "fresh.db", filled.monkeypatch)
    for name in ("-", "/dev/stdin"):
        res = _run(fresh, "import", name, "--json", stdin=data)
        assert res.returncode == 0, res.stderr
    assert fresh.sql("SELECT count(*) FROM contacts") == [(1,)]


def test_a_jsonl_file_with_a_broken_line_is_refused_naming_it(filled: Journal,
                                                              tmp_path: Path) -> None:
    """Before: read as CSV, "added 0 … unchanged 0", exit 0."""
    bad = tmp_path / "week.jsonl"
    bad.write_text('{"type": "contact", "uid": "x"\n')
    res = filled.run("import", str(bad))
    assert res.exit_code == 2 and "line 1" in res.stderr and "JSON" in res.stderr


def test_an_endless_input_or_a_huge_line_ends_with_a_refusal(filled: Journal,
                                                             tmp_path: Path) -> None:
    res = _run(filled, "import", "/dev/zero", timeout=60)
    assert res.returncode == 2 and b"MiB" in res.stderr
    huge = tmp_path / "huge.jsonl"
    huge.write_text('{"type": "contact", "concern": "' + "x" * (1 << 20) + '"}\n')
    res = filled.run("import", str(huge))
    assert res.exit_code == 2 and "line 1" in res.stderr


# -- output ------------------------------------------------------------------------------
def test_json_escapes_controls_and_bidirectional_overrides(filled: Journal,
                                                           tmp_path: Path) -> None:
    """Before: `--json` printed raw U+202E and U+009B."""
    rec = exported(filled.ok("export").stdout)[-1]
    rec.update(uid="e" * 32, officer="Bripka Uji", concern="awas \u202egnalam\u202c \x9b2J")
    path = tmp_path / "evil.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n")
    filled.ok("import", str(path))
    for args in (("list", "--json"), ("show", "C2", "--json"), ("export",)):
        out = filled.ok(*args).stdout
        assert "\u202e" not in out and "\x9b" not in out, args
        assert "\\u202e" in out and "\\u009b" in out, args
    assert exported(filled.ok("export").stdout)[-1]["concern"] == rec["concern"]


def test_export_writes_deleted_at_null_for_a_live_record(filled: Journal) -> None:
    filled.ok("delete", "I1", "--yes")
    recs = {r["type"]: r for r in exported(filled.ok("export").stdout)}
    assert recs["contact"]["deleted_at"] is None and recs["patrol"]["deleted_at"] is None
    assert recs["incident"]["deleted_at"]


# -- check -------------------------------------------------------------------------------
def test_check_finds_text_in_a_number_a_malformed_time_and_a_link_to_nowhere(
        filled: Journal) -> None:
    assert filled.ok("check").exit_code == 0
    sound = filled.path.with_name("sound.db")
    filled.ok("backup", str(sound))
    for sql, word in (("UPDATE incidents SET injured = 'dua'", "injured"),
                      ("UPDATE contacts SET met_at = '2026-13-45T99:00'", "met_at"),
                      ("UPDATE incidents SET patrol_id = 99", "patrol"),
                      ("UPDATE patrols SET tags = 'pasar'", "tags")):
        filled.ok("restore", str(sound))
        conn = sqlite3.connect(filled.path)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(sql)
        conn.commit()
        conn.close()
        res = filled.run("check")
        assert res.exit_code == 3, sql
        assert word in res.stderr + res.stdout, (sql, res.stderr)
