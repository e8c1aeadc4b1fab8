"""Times that do not surprise (issue 15, docs/commands.md#times): due days counted from the contact, a
flag-mode end that belongs to its start, impossible dates that say why, month names for
`--month`, `add` in Indonesian words, the line `add` prints on a terminal, and a
duplicate that is the same record typed twice, never a second real one.

The clock is fixed per test: Monday 7 December 2026, 10:00 WIB, unless said otherwise."""

from __future__ import annotations

import os

import pytest
from conftest import PATROLOG, Journal, cli_env, spawn

NOW = {"PATROLOG_NOW": "2026-12-07T10:00:00+07:00"}


def _fails(j: Journal, *args: str, lang: str = "en") -> str:
    before = j.snapshot()
    res = j.run("--lang", lang, *args, env=NOW)
    assert res.exit_code == 2 and res.stdout == "", (args, res.stdout, res.stderr)
    assert len(res.stderr.splitlines()) == 1 and "Traceback" not in res.stderr
    assert j.snapshot() == before
    return res.stderr


def _contact(j: Journal, *args: str) -> dict:
    return j.ok("add", "contact", "--role", "ketua rw", "--json", *args, env=NOW).json()


# -- due days --------------------------------------------------------------------------------
def test_a_yearless_due_day_that_would_be_next_year_is_refused_naming_it(
        tafsipul: Journal) -> None:
    err = _fails(tafsipul, "add", "contact", "--role", "warga", "--follow-up", "lapor",
                 "--due", "01/12")
    assert "Wed 1 Dec 2027" in err and "01/12/2027" in err
    err = _fails(tafsipul, "add", "contact", "--role", "warga", "--follow-up", "lapor",
                 "--due", "01/12", lang="id")
    assert "Rab 1 Des 2027" in err and "enam bulan" in err


def test_a_due_day_before_the_contact_is_refused(tafsipul: Journal) -> None:
    err = _fails(tafsipul, "add", "contact", "--role", "warga", "--follow-up", "lapor",
                 "--due", "jumat kemarin", lang="id")
    assert "tenggat Jum 4 Des lebih awal dari kontaknya (Sen 7 Des)" in err
    # counted from the contact's own day: a contact of 1 December promised for 3 December
    rec = _contact(tafsipul, "--at", "01/12 09.00", "--follow-up", "lapor", "--due", "03/12")
    assert rec["due"] == "2026-12-03"
    _fails(tafsipul, "add", "contact", "--role", "warga", "--at", "03/12 09.00",
           "--follow-up", "lapor", "--due", "2026-12-02")


def test_due_days_ahead_are_read_as_the_next_such_day(tafsipul: Journal) -> None:
    assert _contact(tafsipul, "--follow-up", "a", "--due", "09/12")["due"] == "2026-12-09"
    assert _contact(tafsipul, "--follow-up", "b", "--due", "jumat")["due"] == "2026-12-11"
    assert _contact(tafsipul, "--follow-up", "c", "--due", "5 Jan")["due"] == "2027-01-05"
    # a written year may be anywhere ahead
    assert _contact(tafsipul, "--follow-up", "d", "--due", "2027-09-01")["due"] == "2027-09-01"


# -- a flag-mode end belongs to its start ------------------------------------------------------
@pytest.mark.parametrize(("end", "expected"), [
    ("22.00", "2026-12-05T22:00:00+07:00"),     # that evening, as guided entry reads it
    ("00.30", "2026-12-06T00:30:00+07:00"),     # the night after
])
def test_an_end_without_a_date_belongs_to_the_start(tafsipul: Journal, end: str,
                                                    expected: str) -> None:
    rec = tafsipul.ok("add", "patrol", "--start", "sabtu 19.00", "--end", end, "--json",
                      env=NOW).json()
    assert rec["started_at"] == "2026-12-05T19:00:00+07:00" and rec["ended_at"] == expected


# -- impossible dates say why ------------------------------------------------------------------
@pytest.mark.parametrize(("args", "en", "id_"), [
    (("add", "incident", "--kind", "laka", "--at", "31/11 10.00"),
     "November has 30 days", "bulan November hanya 30 hari"),
    (("add", "incident", "--kind", "laka", "--at", "29/02/2026"),
     "February has 28 days", "bulan Februari hanya 28 hari"),
    (("add", "contact", "--role", "warga", "--follow-up", "x", "--due", "31/11"),
     "November has 30 days", "bulan November hanya 30 hari"),
    (("report", "--from", "31/04/2026", "--to", "2026-05-10"),
     "April has 30 days", "bulan April hanya 30 hari"),
])
def test_an_impossible_date_says_why(tafsipul: Journal, args: tuple, en: str,
                                     id_: str) -> None:
    assert en in _fails(tafsipul, *args)
    assert id_ in _fails(tafsipul, *args, lang="id")


# -- month names for --month -------------------------------------------------------------------
@pytest.mark.parametrize("word", ["desember", "December", "des 2026", "Desember 2026",
                                  "2026 december"])
def test_month_names_in_both_languages(tafsipul: Journal, word: str) -> None:
    period = tafsipul.ok("report", "--month", word, "--json", env=NOW).json()["period"]
    assert (period["from"], period["to"]) == ("2026-12-01", "2026-12-31")


def test_a_month_name_without_a_year_is_the_most_recent_such_month(tafsipul: Journal) -> None:
    period = tafsipul.ok("report", "--month", "februari", "--json", env=NOW).json()["period"]
    assert period["from"] == "2026-02-01"
    assert "not a month" in _fails(tafsipul, "report", "--month", "desembre")


# -- add in Indonesian words -------------------------------------------------------------------
@pytest.mark.parametrize(("word", "args", "prefix"), [
    ("patroli", ("--start", "hari ini 08:00", "--duration", "2j"), "P"),
    ("insiden", ("--kind", "laka"), "I"),
    ("kejadian", ("--kind", "laka", "--at", "-1j"), "I"),
    ("kontak", ("--role", "warga"), "C"),
])
def test_add_takes_the_kind_in_indonesian(tafsipul: Journal, word: str, args: tuple,
                                          prefix: str) -> None:
    assert tafsipul.add(word, *args).startswith(prefix)


def test_add_in_indonesian_from_the_real_command_line(tafsipul: Journal) -> None:
    import subprocess

    out = subprocess.run([*PATROLOG, "--db", str(tafsipul.path), "add", "kontak", "--role",
                          "warga"], capture_output=True, text=True, env=cli_env(**NOW),
                         check=False)
    assert out.returncode == 0 and out.stdout == "C1\n", out.stderr


# -- on a terminal, add says what it saved -----------------------------------------------------
def test_on_a_terminal_add_says_in_one_line_what_it_saved(tafsipul: Journal) -> None:
    import pexpect

    def run(*args: str) -> list[str]:
        child = spawn("--db", tafsipul.path, *args, env={**os.environ, **NOW}, timeout=60,
                      dimensions=(40, 200))
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0, child.before
        return child.before.replace("\r\n", "\n").splitlines()

    assert run("--lang", "id", "add", "patroli", "--start", "sabtu 19.00", "--end", "22.00",
               "--area", "RW 05") == [
        "P1", "Tersimpan P1: patroli dialogis, Sab 5 Des 19.00–22.00 (3j), RW 05"]
    assert run("--lang", "en", "add", "contact", "--role", "ketua rw", "--name", "Pak Rahmat",
               "--at", "09.00", "--follow-up", "lapor ke kelurahan", "--due", "09/12") == [
        "C1", "Saved C1: Pak Rahmat, RT/RW head, Mon 7 Dec 09:00; lapor ke kelurahan "
              "(due Wed 9 Dec)"]
    # not on a terminal: the id alone, for scripts
    assert tafsipul.ok("add", "incident", "--kind", "laka", env=NOW).stdout == "I1\n"


# -- a duplicate is the same record typed twice -------------------------------------------------
def test_two_thefts_at_the_same_time_in_two_streets_are_two_records(tafsipul: Journal) -> None:
    for street in ("Jl. Cikini Raya", "Jl. Raden Saleh"):
        tafsipul.ok("add", "incident", "--kind", "pencurian", "--at", "hari ini 08.00",
                    "--location", street, env=NOW)
    assert len(tafsipul.ok("list", "incidents", "--json", env=NOW).json()) == 2


def test_three_unnamed_traders_with_three_concerns_are_three_records(tafsipul: Journal) -> None:
    for concern in ("parkir liar", "copet", "sampah"):
        tafsipul.ok("add", "contact", "--role", "pedagang", "--at", "hari ini 09.00",
                    "--place", "Pasar Boplo", "--concern", concern, env=NOW)
    assert len(tafsipul.ok("list", "contacts", "--json", env=NOW).json()) == 3


def test_the_same_contact_typed_twice_is_refused(tafsipul: Journal) -> None:
    args = ("add", "contact", "--role", "pedagang", "--at", "hari ini 09.00", "--place",
            "Pasar Boplo", "--concern", "parkir liar", "--tag", "pasar,parkir")
    tafsipul.ok(*args, env=NOW)
    again = ("add", "contact", "--role", "trader", "--at", "07/12/2026 09:00", "--place",
             "pasar  boplo", "--concern", "Parkir liar", "--tag", "parkir", "--tag", "pasar")
    assert "already in the journal as C1" in _fails(tafsipul, *again)


@pytest.mark.parametrize(("at", "expected"), [
    ("21.30", "2026-12-05T21:30:00+07:00"),     # that evening's, within the patrol
    ("00.15", "2026-12-06T00:15:00+07:00"),     # after midnight, still the patrol's night
])
def test_a_clock_time_with_patrol_falls_within_that_patrol(tafsipul: Journal, at: str,
                                                           expected: str) -> None:
    tafsipul.ok("add", "patrol", "--start", "sabtu 19.00", "--end", "01.00", env=NOW)
    for kind, args in (("incident", ("--kind", "laka")), ("contact", ("--role", "warga"))):
        rec = tafsipul.ok("add", kind, *args, "--patrol", "P1", "--at", at, "--json",
                          env=NOW).json()
        assert rec["occurred_at" if kind == "incident" else "met_at"] == expected
        assert rec["patrol"] == "P1"
