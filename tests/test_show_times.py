"""`show` writes a record's times as the officer reads them everywhere else
(`Kam 26 Nov 19.00`, in the user's language); JSON keeps ISO 8601, and `list`'s table keeps
its sortable `2026-11-26 19:00` column (docs/commands.md#times)."""

from __future__ import annotations

import re

import pytest

ISO_ISH = re.compile(r"\d{4}-\d\d-\d\d")


@pytest.fixture
def shift(journal):
    journal.ok("config", "set", "timezone", "Asia/Jakarta")
    journal.add("patrol", "--start", "kemarin 19.00", "--end", "23.30", "--kind", "ronda",
                "--area", "RW 05")
    journal.add("contact", "--role", "pak rw", "--name", "Pak Rahmat", "--at", "kemarin 21.10",
                "--patrol", "P1", "--follow-up", "lapor ke kelurahan", "--due", "+7 hari")
    journal.add("incident", "--kind", "laka", "--at", "27/11/2025 14.10")  # a year ago
    return journal


@pytest.mark.parametrize(("lang", "start", "end", "met", "due", "last_year"), [
    ("id", "mulai Kam 26 Nov 19.00", "selesai Kam 26 Nov 23.30", "Kam 26 Nov 21.10",
     "Jum 4 Des", "Kam 27 Nov 2025 14.10"),
    ("en", "started Thu 26 Nov 19:00", "ended Thu 26 Nov 23:30", "Thu 26 Nov 21:10",
     "Fri 4 Dec", "Thu 27 Nov 2025 14:10"),
])
def test_show_writes_times_as_people_read_them(shift, lang, start, end, met, due, last_year):
    patrol = shift.ok("--lang", lang, "show", "P1").stdout
    lines = [" ".join(line.split()) for line in patrol.splitlines()]
    assert start in lines and end in lines
    assert f"C1  {met}" in patrol                      # the linked records too
    contact = shift.ok("--lang", lang, "show", "C1").stdout
    assert met in contact and due in contact
    assert last_year in shift.ok("--lang", lang, "show", "I1").stdout  # the year when not this one
    for out in (patrol, contact):
        assert not ISO_ISH.search(out.split("uid", 1)[1].split("\n", 1)[1]), out


def test_history_and_fields_read_alike(shift):
    shift.ok("edit", "C1", "--due", "+10 hari")
    out = shift.ok("--lang", "id", "show", "C1").stdout
    assert "tenggat Sen 7 Des" in [" ".join(line.split()) for line in out.splitlines()]
    assert "tenggat: Jum 4 Des → Sen 7 Des" in out        # the history's change, same words
    assert "Jum 27 Nov 20.00  dibuat" in out


def test_json_keeps_iso_and_the_list_table_its_sortable_column(shift):
    rec = shift.ok("show", "C1", "--json").json()
    assert rec["met_at"] == "2026-11-26T21:10:00+07:00" and rec["due"] == "2026-12-04"
    table = shift.ok("--lang", "id", "list").stdout
    assert "2026-11-26 21:10" in table and "2025-11-27 14:10" in table


def test_a_promise_kept_reads_as_such_in_the_history(shift):
    """`followups --done` stamps `done_at`: the history says so, not "no field changed"."""
    shift.ok("followups", "--done", "C1")
    out = shift.ok("--lang", "id", "show", "C1").stdout
    assert "selesai pada: — → Jum 27 Nov 20.00" in out, out
    assert "tanpa perubahan" not in out
    assert "done: — → Fri 27 Nov 20:00" in shift.ok("--lang", "en", "show", "C1").stdout
