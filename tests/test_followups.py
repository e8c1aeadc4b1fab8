"""`followups` and `due`: open promises, overdue first; what needs attention today."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from patrolog.core import clock
from conftest import Journal

JAKARTA = ZoneInfo("Asia/Jakarta")


def today() -> date:
    return clock.now(JAKARTA).date()


def day(offset: int) -> str:
    return (today() + timedelta(days=offset)).isoformat()


_MOMENT = itertools.count()  # records of one test at distinct minutes: the same twice is refused


def promise(j, what: str, due: int | None, *extra: str) -> str:  # noqa: ANN001
    args = ["--role", "warga", "--at", f"{day(-10)} 09:{next(_MOMENT) % 60:02d}",
            "--follow-up", what, *extra]
    if due is not None:
        args += ["--due", day(due)]
    return j.add("contact", *args)


def incident(j, days_ago: int, *extra: str) -> str:  # noqa: ANN001
    # 00:01 / 23:59 keep "8 days" and "6 days" on the right side of now - 7 days all day long.
    step = next(_MOMENT) % 9
    clock = f"00:0{1 + step}" if days_ago > 7 else f"23:5{9 - step}"
    return j.add("incident", "--kind", "laka", "--at", f"{day(-days_ago)} {clock}", *extra)


def patrol_on(j, offset: int) -> str:  # noqa: ANN001
    return j.add("patrol", "--start", f"{day(offset)} 08:00", "--duration", "2h")


def ids(res) -> list[str]:  # noqa: ANN001
    return [r["id"] for r in res.json()]


# -- due -------------------------------------------------------------------------------
def test_due_on_a_missing_journal_is_exit_3_naming_it(journal):
    """docs/commands.md#exit-codes-and-errors: a mistyped PATROLOG_DB in cron is not "no patrol logged yesterday"."""
    for lang, words in (("en", "there is no journal at"), ("id", "tidak ada jurnal di")):
        res = journal.run("--lang", lang, "due", "--json")
        assert res.exit_code == 3 and res.stdout == ""
        assert res.stderr == f"patrolog: {words} {journal.path}" + (
            "; check --db or PATROLOG_DB\n" if lang == "en" else "; periksa --db atau PATROLOG_DB\n")
    assert not journal.path.exists()


def test_due_nothing_due_exits_0_silently(tafsipul):
    j = tafsipul
    patrol_on(j, -1)
    promise(j, "due today", 0)
    promise(j, "no date", None)
    incident(j, 6)
    incident(j, 9, "--status", "resolved")
    incident(j, 9, "--status", "referred")
    j.ok("delete", incident(j, 9), "--yes")
    j.ok("delete", promise(j, "deleted", -5), "--yes")
    j.ok("followups", "--done", promise(j, "kept", -5))
    res = j.run("due")
    assert (res.exit_code, res.stdout, res.stderr) == (0, "", "")
    res = j.run("due", "--json")
    assert (res.exit_code, res.json()) == (0, [])


def test_due_lists_each_reason_with_its_id(tafsipul):
    j = tafsipul
    patrol_on(j, -3)
    c_one = promise(j, "one day late", -1)
    c_late = promise(j, "cek lampu jalan", -3, "--name", "Pak Rahmat")
    i_old = incident(j, 8, "--location", "Jl. Cikini Raya")
    incident(j, 6)
    res = j.run("due", "--json")
    assert res.exit_code == 1
    assert res.json() == [
        {"id": None, "reason": "no_patrol_yesterday",
         "message": f"no patrol logged yesterday ({day(-1)}); the last one started {day(-3)}",
         "due": None, "days": 3, "officer": None},
        {"id": c_late, "reason": "followup_overdue",
         "message": f"{c_late}  follow-up 3 days late: cek lampu jalan (Pak Rahmat)",
         "due": day(-3), "days": 3, "officer": "Aiptu Tafsipul"},
        {"id": c_one, "reason": "followup_overdue",
         "message": f"{c_one}  follow-up 1 day late: one day late (resident)",
         "due": day(-1), "days": 1, "officer": "Aiptu Tafsipul"},
        {"id": i_old, "reason": "incident_open",
         "message": f"{i_old}  incident open for 8 days: traffic accident, Jl. Cikini Raya",
         "due": None, "days": 8, "officer": "Aiptu Tafsipul"},
    ]


def test_due_text_in_both_languages(tafsipul):
    j = tafsipul
    patrol_on(j, -1)
    c = promise(j, "cek lampu jalan", -3, "--name", "Pak Rahmat")
    res = j.run("--lang", "id", "due")
    assert (res.exit_code, res.stdout) == (
        1, f"{c}  tindak lanjut terlambat 3 hari: cek lampu jalan (Pak Rahmat)\n")
    res = j.run("--lang", "en", "due")
    assert (res.exit_code, res.stdout) == (
        1, f"{c}  follow-up 3 days late: cek lampu jalan (Pak Rahmat)\n")


def test_due_patrol_yesterday_clears_only_that_reason(tafsipul):
    j = tafsipul
    c = promise(j, "late", -2)
    assert [i["reason"] for i in j.run("due", "--json").json()] == [
        "no_patrol_yesterday", "followup_overdue"]
    patrol_on(j, -1)
    res = j.run("due", "--json")
    assert res.exit_code == 1
    assert [(i["id"], i["reason"]) for i in res.json()] == [(c, "followup_overdue")]


# -- followups -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """One journal built once for the module (CLI calls are the slow part), copied per test.

    Promises and incidents are added out of order, with records that must never be
    listed (no promise, kept, resolved, deleted) and the targets of the refusal tests.
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Jakarta")
        mp.setenv("LANG", "C.UTF-8")
        for var in ("PATROLOG_LANG", "LC_ALL", "LC_MESSAGES"):
            mp.delenv(var, raising=False)
        j = Journal(tmp_path_factory.mktemp("template") / "journal.db", mp)
        j.ok("config", "set", "timezone", "Asia/Jakarta")
        refs = {
            "ahead_2": promise(j, "ahead 2", 5),
            "late_2": promise(j, "late 2", -1),
            "undated": promise(j, "undated", None),
            "incident_new": incident(j, 2),
            "late_1": promise(j, "late 1", -4),
            "ahead_1": promise(j, "ahead 1", 0),
            "incident_old": incident(j, 9),
            "no_promise": j.add("contact", "--role", "warga", "--topic", "pasar"),
            "resolved": incident(j, 3, "--status", "resolved"),
            "done": promise(j, "kept", -1),
            "deleted": promise(j, "gone", -9),
            "patrol": patrol_on(j, -1),
        }
        j.ok("followups", "--done", refs["done"])
        j.ok("delete", refs["deleted"], "--yes")
    return j.path, refs


@pytest.fixture
def mixed(journal, template):  # noqa: ANN001, ANN201
    path, refs = template
    src, dst = sqlite3.connect(path), sqlite3.connect(journal.path)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    journal.refs = refs
    return journal


def test_followups_order_overdue_first(mixed):
    r = mixed.refs
    res = mixed.ok("followups", "--json")
    assert ids(res) == [r["late_1"], r["late_2"], r["ahead_1"], r["ahead_2"], r["undated"],
                        r["incident_old"], r["incident_new"]]
    got = {rec["id"]: (rec["overdue"], rec["days_late"]) for rec in res.json()}
    assert got[r["late_1"]] == (True, 4)
    assert got[r["late_2"]] == (True, 1)
    assert got[r["ahead_1"]] == (False, None)
    assert got[r["incident_old"]] == (False, None)
    first = res.json()[0]
    assert first["follow_up"] == "late 1" and first["due"] == day(-4)
    assert first["done_at"] is None and first["role"] == "resident"


def test_followups_overdue_only(mixed):
    r = mixed.refs
    assert ids(mixed.ok("followups", "--overdue", "--json")) == [r["late_1"], r["late_2"]]


def test_followups_table_both_languages(mixed):
    r = mixed.refs
    en = mixed.ok("followups").stdout
    row = next(line for line in en.splitlines() if line.startswith(r["late_1"] + " "))
    assert day(-4) in row and "late 1" in row and "4 days late" in row
    ind = mixed.ok("--lang", "id", "followups", "--overdue").stdout
    row = next(line for line in ind.splitlines() if line.startswith(r["late_2"] + " "))
    assert "1 hari terlambat" in row and "warga" in row
    assert r["ahead_1"] not in ind


def test_followups_nothing_open(journal):
    assert journal.ok("followups").stdout == (
        "Nothing open: every promise is kept and no incident is open.\n")
    assert journal.ok("--lang", "id", "followups", "--overdue").stdout == (
        "Tidak ada tindak lanjut yang terlambat.\n")
    assert journal.ok("followups", "--json").json() == []


def test_done_on_a_promise_stamps_it_and_keeps_history(mixed):
    ref = mixed.refs["late_1"]
    res = mixed.ok("followups", "--done", ref)
    assert res.stdout == f"{ref}: follow-up marked done (late 1)\n"
    shown = mixed.ok("show", ref, "--json").json()
    assert shown["done_at"].startswith(today().isoformat() + "T")
    assert shown["done_at"].endswith("+07:00")
    assert len(shown["history"]) == 1 and shown["history"][0]["done_at"] is None
    assert ref not in ids(mixed.ok("followups", "--json"))
    assert ref not in [i["id"] for i in mixed.run("due", "--json").json()]


def test_done_on_an_incident_resolves_it(mixed):
    ref = mixed.refs["incident_old"]
    rec = mixed.ok("followups", "--done", ref, "--json").json()
    assert (rec["id"], rec["status"]) == (ref, "resolved")
    assert mixed.ok("--lang", "id", "followups", "--done", mixed.refs["incident_new"]).stdout \
        == f"{mixed.refs['incident_new']}: insiden ditandai selesai (kecelakaan lalu lintas)\n"
    assert len(mixed.ok("show", ref, "--json").json()["history"]) == 1
    assert ref not in ids(mixed.ok("followups", "--json"))


@pytest.mark.parametrize("target, message", [
    ("done", "the follow-up of {ref} was already marked done on "),
    ("no_promise", "{ref} has no promised follow-up to mark done"),
    ("resolved", "incident {ref} is already resolved"),
    ("deleted", "there is no record {ref} in this journal"),
    ("patrol", "{ref} is not a contact or an incident"),
    ("unknown", "there is no record {ref} in this journal"),
    ("garbage", "'{ref}' is not a record id"),
])
def test_done_refusals_change_nothing(mixed, target, message):
    ref = {"unknown": "C99", "garbage": "X1"}.get(target) or mixed.refs[target]
    before = mixed.snapshot()
    res = mixed.run("followups", "--done", ref)
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr.startswith("patrolog: " + message.format(ref=ref))
    assert res.stderr.count("\n") == 1
    assert mixed.snapshot() == before


def test_done_on_a_missing_journal_creates_nothing(journal):
    res = journal.run("followups", "--done", "C1")
    assert (res.exit_code, res.stderr) == (2, "patrolog: there is no record C1 in this journal\n")
    assert not journal.path.exists()


def test_done_with_overdue_is_a_usage_error(mixed):
    before = mixed.snapshot()
    res = mixed.run("--lang", "id", "followups", "--overdue", "--done", mixed.refs["late_1"])
    assert (res.exit_code, res.stderr) == (
        2, "patrolog: --done tidak dapat digabung dengan --overdue\n")
    assert mixed.snapshot() == before


def test_help_has_examples_in_both_languages(journal):
    assert "patrolog followups --done C14" in journal.ok("followups", "--help").stdout
    ind = journal.ok("--lang", "id", "due", "--help").stdout
    assert "Contoh" in ind and "patrolog due" in ind
