"""Bad import files (issue 8): each refuses the whole file with one line naming the line
and the field, exit 2, and leaves the journal as it was."""

from __future__ import annotations

import json

import pytest

from conftest import Journal

GOOD = {"type": "incident", "uid": "g" * 32, "kind": "laka",
        "occurred_at": "2026-11-20T09:00:00+07:00"}


@pytest.fixture
def kept(journal: Journal) -> Journal:
    journal.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    return journal


def refused(j: Journal, tmp_path, second_line: str, *words: str) -> str:
    """Import GOOD then `second_line`: refused, naming line 2, journal unchanged."""
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + second_line + "\n", encoding="utf-8")
    before = j.snapshot()
    res = j.run("import", str(path))
    assert res.exit_code == 2, res
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert "line 2" in res.stderr
    for word in words:
        assert word in res.stderr
    assert j.snapshot() == before
    return res.stderr


@pytest.mark.parametrize("line", ["[1, 2]", '"text"', "null", "42", "true"])
def test_import_refuses_lines_that_are_not_objects(kept, tmp_path, line):
    refused(kept, tmp_path, line, "'record'")


def test_a_first_line_that_is_not_an_object_is_still_json_lines(kept, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("[1, 2]\n" + json.dumps(GOOD) + "\n")
    res = kept.run("import", str(path))
    assert res.exit_code == 2 and "line 1" in res.stderr and "'record'" in res.stderr


@pytest.mark.parametrize("field, value", [
    ("tags", 5), ("name", {}), ("tags", [1, 2]), ("injured", True), ("injured", "3"),
    ("injured", -1), ("injured", 99999999999999999999), ("places", "pasar"),
    ("occurred_at", 20261120), ("kind", ["laka"]), ("officer", 7), ("patrol_uid", 3),
    ("uid", 12345678901), ("type", None), ("parties", "Pak Joko"), ("resolution", 5),
])
def test_import_refuses_fields_of_the_wrong_type(kept, tmp_path, field, value):
    rec = {**GOOD, "uid": "h" * 32, field: value}
    if field == "name":
        rec.update(type="contact", role="warga", met_at=GOOD["occurred_at"])
    elif field == "places":
        rec.update(type="patrol", kind="dialogic", started_at=GOOD["occurred_at"],
                   ended_at="2026-11-20T10:00:00+07:00")
    refused(kept, tmp_path, json.dumps(rec), f"'{field}'")


def test_import_refuses_deep_nesting_in_one_line(kept, tmp_path):
    deep = "[" * 200_000 + "]" * 200_000
    refused(kept, tmp_path, deep)
    nested = '{"type": "incident", "tags": ' + "[" * 200_000 + "]" * 200_000 + "}"
    refused(kept, tmp_path, nested)


def test_import_refuses_tags_given_as_one_string(kept, tmp_path):
    refused(kept, tmp_path, json.dumps(dict(GOOD, uid="t" * 32, tags="urgent")), "'tags'")
    assert kept.sql("SELECT count(*) FROM incidents") == [(0,)]


@pytest.mark.parametrize("rec, field", [
    ({"type": "patrol", "started_at": "2026-07-01T08:00:00+07:00",
      "ended_at": "2026-10-30T08:00:00+07:00"}, "ended_at"),            # a 121-day patrol
    ({"type": "patrol", "started_at": "2026-11-20T10:00:00+07:00",
      "ended_at": "2026-11-20T08:00:00+07:00"}, "ended_at"),            # ends before it starts
    ({"type": "incident", "kind": "laka", "occurred_at": "9999-12-31T08:00:00+07:00"},
     "occurred_at"),
    ({"type": "incident", "kind": "laka", "occurred_at": "1899-12-31T08:00:00+07:00"},
     "occurred_at"),
    ({"type": "contact", "role": "warga", "met_at": "2026-11-20T08:00:00+07:00",
      "due": "9999-01-01"}, "due"),
    ({"type": "contact", "role": "warga", "met_at": "2026-11-20T08:00:00+07:00",
      "phone": "3171234567890123"}, "phone"),                           # a NIK, not a phone
    ({"type": "incident", "kind": "volcano", "occurred_at": "2026-11-20T08:00:00+07:00"},
     "kind"),
])
def test_import_refuses_what_add_refuses(kept, tmp_path, rec, field):
    refused(kept, tmp_path, json.dumps(dict(rec, uid="x" * 32)), f"'{field}'")


def test_import_takes_a_time_later_than_now_which_is_the_senders_business(journal, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("PATROLOG_NOW", "2026-11-20T08:00:00+07:00")
    path = tmp_path / "ahead.jsonl"
    path.write_text(json.dumps(dict(GOOD, occurred_at="2026-11-22T09:00:00+07:00")) + "\n")
    assert journal.ok("import", str(path), "--json").json()["added"] == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_import_reads_files_with_a_byte_order_mark(tmp_path, monkeypatch, journal, fmt):
    sender = Journal(tmp_path / "sender.db", monkeypatch)
    sender.add("incident", "--kind", "laka", "--at", "2026-11-20 09:00", "--tag", "pagi")
    sender.add("contact", "--role", "warga", "--name", "Bu Sri", "--at", "2026-11-20 10:00")
    text = sender.ok("export", "--format", fmt).stdout
    path = tmp_path / f"excel.{fmt}"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # Excel's "CSV UTF-8"
    assert journal.ok("import", str(path), "--json").json()["added"] == 2
    assert journal.ok("show", "I1", "--json").json()["tags"] == ["pagi"]
    assert journal.ok("show", "C1", "--json").json()["name"] == "Bu Sri"


def test_a_csv_row_with_a_bad_count_names_its_line(kept, tmp_path, monkeypatch):
    sender = Journal(tmp_path / "sender.db", monkeypatch)
    sender.add("incident", "--kind", "laka", "--at", "2026-11-20 09:00", "--injured", "2")
    text = sender.ok("export", "--format", "csv").stdout.replace(",2,0,", ",-2,0,")
    path = tmp_path / "bad.csv"
    path.write_text(text)
    before = kept.snapshot()
    res = kept.run("import", str(path))
    assert res.exit_code == 2 and "line 2" in res.stderr and "'injured'" in res.stderr
    assert kept.snapshot() == before


def test_messages_name_the_line_in_indonesian_too(kept, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(dict(GOOD, tags="urgent")) + "\n")
    res = kept.run("--lang", "id", "import", str(path))
    assert res.exit_code == 2 and "baris 1" in res.stderr and "'tags'" in res.stderr


@pytest.mark.parametrize("written", ["2026-W49-2T19:00:00+07:00", "2026-12-01T19:00+07:00:00",
                                     "2026-12-01T19:00:00.50+07", "2026-12-01T190000.5+07:00"])
def test_a_time_in_another_iso_form_of_the_same_length_is_stored_as_the_journal_writes(
        journal, tmp_path, written):
    """Every stored time reads `2026-12-01T19:00:00+07:00`: lists sort, digests and purge
    compare stored times as text. A week date or a time without seconds is 25 characters
    long too, and in the journal's offset: it must not be kept as it came."""
    journal.ok("config", "set", "timezone", "Asia/Jakarta")
    path = tmp_path / "other-form.jsonl"
    path.write_text(json.dumps(dict(GOOD, occurred_at=written)) + "\n")
    journal.ok("import", str(path))
    assert journal.sql("SELECT occurred_at FROM incidents") == [("2026-12-01T19:00:00+07:00",)]
