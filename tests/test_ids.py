"""Ids across journals (docs/commands.md#ids-across-journals): a record's uid, or a unique uid prefix of 8+ characters,
works wherever a short id does."""

from __future__ import annotations

import json

import pytest

from conftest import Journal


def _uid(j: Journal, ref: str) -> str:
    return j.ok("show", ref, "--json").json()["uid"]


@pytest.fixture
def shift(journal: Journal) -> Journal:
    journal.add("patrol", "--start", "2026-11-20 08:00", "--end", "2026-11-20 11:00")
    journal.add("incident", "--kind", "laka", "--at", "2026-11-20 09:00")
    journal.add("contact", "--role", "ketua rw", "--at", "2026-11-20 10:00",
                "--follow-up", "lapor kelurahan", "--due", "2026-12-01")
    return journal


def test_show_prints_the_uid_and_takes_it_whole_or_as_a_prefix(shift):
    uid = _uid(shift, "C1")
    assert f"uid {uid}" in shift.ok("show", "C1").stdout
    for ref in (uid, uid[:8], uid[:12].upper()):
        assert shift.ok("show", ref, "--json").json()["id"] == "C1"


def test_edit_delete_done_and_patrol_take_uids(shift):
    incident, contact, patrol = _uid(shift, "I1"), _uid(shift, "C1"), _uid(shift, "P1")
    assert shift.ok("edit", incident[:8], "--injured", "2").stdout.strip() == "I1"
    assert shift.ok("show", "I1", "--json").json()["injured"] == 2
    shift.ok("followups", "--done", contact[:10])
    assert shift.ok("show", "C1", "--json").json()["done_at"]
    new = shift.add("contact", "--role", "warga", "--at", "2026-11-20 12:00",
                    "--patrol", patrol[:9])
    assert shift.ok("show", new, "--json").json()["patrol"] == "P1"
    shift.ok("edit", new, "--patrol", patrol)
    shift.ok("delete", _uid(shift, new), "--yes")
    assert shift.ok("show", new, "--json").json()["deleted_at"]


def test_unknown_short_and_ambiguous_uids_are_refused(journal, tmp_path):
    lines = [{"type": "incident", "uid": f"abcdef12{n}" + "0" * 23, "kind": "laka",
              "occurred_at": f"2026-11-20T09:0{n}:00+07:00"} for n in range(3)]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    journal.ok("import", str(path))
    before = journal.snapshot()
    res = journal.run("show", "abcdef12")
    assert res.exit_code == 2
    assert "I1 (abcdef120" in res.stderr and "I3 (abcdef122" in res.stderr
    assert res.stderr.count("\n") == 1
    assert journal.run("delete", "abcdef12", "--yes").exit_code == 2
    assert journal.ok("show", "abcdef121", "--json").json()["id"] == "I2"
    res = journal.run("show", "ffffffff")
    assert res.exit_code == 2 and "ffffffff" in res.stderr
    res = journal.run("show", "abcdef1")  # too short to be a uid prefix
    assert res.exit_code == 2 and "8" in res.stderr
    assert journal.run("edit", "abcdef12", "--injured", "1").exit_code == 2
    assert journal.snapshot() == before


def test_a_patrol_uid_must_name_a_patrol(shift):
    res = shift.run("add", "contact", "--role", "warga", "--patrol", _uid(shift, "I1"))
    assert res.exit_code == 2


def test_the_officers_uid_names_the_same_record_in_the_units_journal(shift, tmp_path,
                                                                      monkeypatch):
    unit = Journal(tmp_path / "unit.db", monkeypatch)
    unit.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    unit.add("contact", "--role", "warga", "--at", "2026-11-19 08:30")
    unit.ok("merge", str(shift.path))
    uid = _uid(shift, "C1")
    assert unit.ok("show", uid[:8], "--json").json()["id"] == "C2"
    assert unit.ok("show", "C2", "--json").json()["uid"] == uid
