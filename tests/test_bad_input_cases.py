"""The bad-input cases of issue 8, one named test each (the generated suites are in
test_bad_input_options.py and test_bad_input_import.py).

Every case: exit 2 (bad input) or 3 (an unusable journal), one line on stderr without a
traceback, the journal unchanged.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import exported

NOW = "2026-11-27T20:00:00+07:00"


@pytest.fixture
def j(tafsipul, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201 - conftest Journal
    """A journal with a patrol P1, an incident I1 and a contact C1 (fixed clock)."""
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    tafsipul.add("patrol", "--start", "hari ini 08:00", "--duration", "3j", "--kind",
                 "dialogis", "--area", "RW 05")
    tafsipul.add("incident", "--kind", "laka", "--at", "hari ini 09:00", "--location",
                 "Jl. Cikini Raya")
    tafsipul.add("contact", "--role", "ketua rw", "--name", "Pak Rahmat", "--at",
                 "hari ini 10:00", "--follow-up", "lapor", "--due", "jumat")
    return tafsipul


def refused(journal, *args: str, code: int = 2, **kw) -> str:  # noqa: ANN001, ANN003
    """Run `args`; assert the contract's refusal; return the one line."""
    before = journal.snapshot()
    res = journal.run(*args, **kw)
    assert res.exit_code == code, f"{args}: exit {res.exit_code}\n{res.stderr}"
    assert res.stderr.endswith("\n") and res.stderr.count("\n") == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert journal.snapshot() == before
    return res.stderr


# -- numbers too big for SQLite, digits that are not 0-9 -------------------------
@pytest.mark.parametrize("args", [
    ("show", "P99999999999999999999"),
    ("delete", "I99999999999999999999", "--yes"),
    ("edit", "C99999999999999999999", "--name", "x"),
    ("add", "incident", "--kind", "laka", "--location", "x", "--patrol",
     "P99999999999999999999"),
], ids=["show", "delete", "edit", "add-patrol-link"])
def test_a_huge_id_is_an_unknown_id(j, args) -> None:  # noqa: ANN001
    refused(j, *args)


def test_an_id_in_superscript_digits_is_an_unknown_id(j) -> None:  # noqa: ANN001
    refused(j, "show", "P²")


@pytest.mark.parametrize("option", ["--injured", "--dead"])
def test_a_huge_count_is_refused(j, option: str) -> None:  # noqa: ANN001
    refused(j, "add", "incident", "--kind", "laka", "--location", "x", option,
            "99999999999999999999")
    refused(j, "edit", "I1", option, "99999999999999999999")


@pytest.mark.parametrize("command", [("list",), ("search", "pasar")], ids=["list", "search"])
def test_a_huge_limit_is_refused_or_means_everything(j, command) -> None:  # noqa: ANN001
    res = j.run(*command, "--limit", "99999999999999999999")
    assert res.exit_code in (0, 2), res.stderr
    assert res.stderr.count("\n") <= 1


# -- dates at the ends of the calendar -----------------------------------------
@pytest.mark.parametrize("args", [
    ("list", "--until", "31/12/9999"),
    ("list", "--since", "9999-12-31", "--until", "9999-12-31"),
], ids=["until", "since-until"])
def test_a_list_bounded_at_year_9999_does_not_overflow(j, args) -> None:  # noqa: ANN001
    res = j.run(*args)
    assert res.exit_code in (0, 2), res.stderr
    assert res.stderr.count("\n") <= 1 and "unexpected" not in res.stderr


@pytest.mark.parametrize("args", [
    ("add", "patrol", "--start", "01/01/0001", "--duration", "1j"),
    ("add", "patrol", "--start", "9999-12-31 23:00", "--duration", "3j"),
    ("add", "incident", "--kind", "laka", "--at", "0001-01-01 00:00", "--location", "x"),
    ("edit", "P1", "--start", "31/12/9999 23:59"),
    ("report", "--from", "01/01/0001", "--to", "02/01/0001"),
    ("report", "--week", "9999-W52"),
    ("report", "--month", "0001-01"),
], ids=["patrol-year-1", "patrol-year-9999", "incident-year-1", "edit-year-9999",
        "report-year-1", "report-week-9999", "report-month-1"])
def test_a_date_at_the_calendars_end_is_refused(j, args) -> None:  # noqa: ANN001
    refused(j, *args)


# -- export to a place that cannot hold the file -------------------------------
@pytest.mark.parametrize("target", ["missing/dir/x.jsonl", "."], ids=["missing-dir", "dir"])
def test_export_to_a_missing_folder_or_a_folder_is_refused(j, target: str, tmp_path: Path,
                                                           monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    refused(j, "export", "-o", target)
    assert not (tmp_path / "missing").exists()


# -- journals that are not what they say ----------------------------------------
def test_a_negative_schema_version_is_an_unusable_journal(j) -> None:  # noqa: ANN001
    conn = sqlite3.connect(j.path)
    conn.execute("PRAGMA user_version = -1")
    conn.close()
    for args in (("list",), ("add", "incident", "--kind", "laka", "--location", "x")):
        line = refused(j, *args, code=3)
        assert "already exists" not in line  # SQLite's words about a migration re-run


def test_a_journal_with_a_dropped_table_is_unusable(j) -> None:  # noqa: ANN001
    conn = sqlite3.connect(j.path)
    conn.execute("DROP TABLE history")
    conn.close()
    for args in (("list",), ("edit", "I1", "--status", "selesai"),
                 ("add", "incident", "--kind", "laka", "--location", "x")):
        refused(j, *args, code=3)


# -- import lines ---------------------------------------------------------------
def _line(j, **changes) -> str:  # noqa: ANN001, ANN003
    """A valid patrol line of this journal's own export, with a new uid and `changes`."""
    rec = exported(j.ok("export").stdout)[0]
    # another officer's: the journal's own officer takes records only from signed files
    rec.update(uid="f" * 32, officer="Bripka Uji", **changes)
    return json.dumps(rec)


def _import(j, tmp_path: Path, text: str | bytes, code: int = 2) -> str:  # noqa: ANN001
    file = tmp_path / "in.jsonl"
    file.write_bytes(text if isinstance(text, bytes) else text.encode())
    return refused(j, "import", str(file), code=code)


@pytest.mark.parametrize("line", ["[1, 2]", '"text"', "null"], ids=["array", "string", "null"])
def test_an_import_line_that_is_not_an_object_is_refused(j, tmp_path: Path, line: str
                                                         ) -> None:  # noqa: ANN001
    _import(j, tmp_path, _line(j) + "\n" + line + "\n")


@pytest.mark.parametrize("field,value", [
    ("tags", 5),
    ("area", {}),
    ("places", "pasar"),
    ("summary", [1]),
], ids=["tags", "area", "places", "summary"])
def test_an_import_field_of_the_wrong_type_is_refused(j, tmp_path: Path, field: str,
                                                      value) -> None:  # noqa: ANN001
    _import(j, tmp_path, _line(j, **{field: value}) + "\n")


def test_an_import_contact_name_that_is_an_object_is_refused(j, tmp_path: Path) -> None:  # noqa: ANN001
    rec = json.loads(j.ok("export", "contacts").stdout.splitlines()[0])
    rec.update(uid="e" * 32, name={})
    _import(j, tmp_path, json.dumps(rec) + "\n")


@pytest.mark.parametrize("text", ["[" * 200_000 + "]" * 200_000, '{"a":' * 200_000],
                         ids=["array", "object"])
def test_deeply_nested_import_is_refused(j, tmp_path: Path, text: str) -> None:  # noqa: ANN001
    _import(j, tmp_path, text + "\n")


def test_a_tag_given_as_text_is_not_split_into_letters(j, tmp_path: Path) -> None:  # noqa: ANN001
    file = tmp_path / "in.jsonl"
    file.write_text(_line(j, tags="urgent") + "\n", encoding="utf-8")
    res = j.run("import", str(file))
    assert res.exit_code in (0, 2), res.stderr
    if res.exit_code == 0:
        assert j.sql("SELECT tags FROM patrols WHERE uid = ?", ("f" * 32,)) == [('["urgent"]',)]


@pytest.mark.parametrize("changes", [
    {"started_at": "2026-01-01T08:00:00+07:00", "ended_at": "2026-05-01T08:00:00+07:00"},
    {"started_at": "9999-12-31T08:00:00+07:00", "ended_at": "9999-12-31T09:00:00+07:00"},
], ids=["121-day-patrol", "year-9999"])
def test_import_refuses_what_add_refuses(j, tmp_path: Path, changes: dict) -> None:  # noqa: ANN001
    _import(j, tmp_path, _line(j, **changes) + "\n")


def test_a_byte_order_mark_does_not_turn_jsonl_into_csv(j, tmp_path: Path) -> None:  # noqa: ANN001
    file = tmp_path / "in.jsonl"
    file.write_bytes(b"\xef\xbb\xbf" + _line(j).encode() + b"\n")
    res = j.run("import", str(file))
    assert res.exit_code == 0, res.stderr
    assert j.sql("SELECT count(*) FROM patrols WHERE uid = ?", ("f" * 32,)) == [(1,)]


@pytest.mark.parametrize("target", ["journal", "link"])
def test_export_onto_the_journal_is_refused(j, target: str) -> None:  # noqa: ANN001
    path = j.path
    if target == "link":
        path = j.path.with_name("link.db")
        path.symlink_to(j.path)
    refused(j, "export", "-o", str(path))
    assert j.sql("SELECT count(*) FROM patrols") == [(1,)]


# -- bytes that are not UTF-8 (a Latin-1 terminal): only a real argv carries them --------
@pytest.mark.parametrize("args", [
    [b"add", b"contact", b"--role", b"warga", b"--name", b"Pak \xff"],
    [b"add", b"incident", b"--kind", b"laka", b"--location", b"Jl. \xe9"],
    [b"search", b"\xff"],
    [b"edit", b"C1", b"--name", b"Bu \xff"],
], ids=["add-contact", "add-incident", "search", "edit"])
def test_bytes_that_are_not_utf8_are_bad_input(j, args) -> None:  # noqa: ANN001
    import subprocess

    from conftest import PATROLOG, cli_env

    before = j.snapshot()
    res = subprocess.run([*PATROLOG, "--db", str(j.path), "--lang", "en", *args],
                         capture_output=True, env=cli_env(PATROLOG_NOW=NOW))
    err = res.stderr.decode("utf-8", "replace")
    assert res.returncode == 2, err
    assert err.count("\n") == 1 and "not UTF-8" in err and "\\x" in err
    assert j.snapshot() == before


# -- control characters in a refused value ---------------------------------------------
@pytest.mark.parametrize("args", [
    ("list", "\n"),
    ("show", "\x1b[2J"),
    ("add", "incident", "--kind", "laka\r\nx", "--location", "x"),
    ("report", "--week", "2026-W4\u20287"),
], ids=["newline", "escape", "crlf", "line-separator"])
def test_control_characters_in_a_refused_value_stay_on_one_line(j, args) -> None:  # noqa: ANN001
    line = refused(j, *args)
    assert "\x1b" not in line and "\r" not in line and "\u2028" not in line
