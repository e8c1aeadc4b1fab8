"""`report`: periods, every number of the digest (JSON), redaction, officers, output file.

One journal is built through the CLI once for the module (CLI calls are the slow
part) around the fixed week 2026-W46 (Mon 9 – Sun 15 November 2026), with records
before it, after it, deleted and edited; the report only reads, so tests share it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from patrolog.core import clock
from conftest import Journal

from patrolog.digest.compute import HONORIFICS, PERSON_INDEX_DDL, person_key, person_sql
from patrolog.privacy.redact import initials
from patrolog.core.i18n import t
from patrolog.digest.periods import grade

JAKARTA = ZoneInfo("Asia/Jakarta")
TAFSIPUL, WAYAN = "Aiptu Tafsipul", "Bripka Wayan"
PHONE = "0812-3456-7890"


def today() -> date:
    return clock.now(JAKARTA).date()


def late(due: str) -> int:
    return (today() - date.fromisoformat(due)).days


def patrol(j: Journal, start: str, *args: str) -> str:
    return j.add("patrol", "--start", start, *args)


def contact(j: Journal, at: str, role: str, *args: str) -> str:
    return j.add("contact", "--at", at, "--role", role, *args)


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - (Journal, ids)
    """The busy week 2026-W46, the week before it (W45), older records and one after."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Jakarta")
        mp.setenv("LANG", "C.UTF-8")
        for var in ("PATROLOG_LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "PATROLOG_DB"):
            mp.delenv(var, raising=False)
        j = Journal(tmp_path_factory.mktemp("report") / "journal.db", mp)
        j.ok("config", "set", "timezone", "Asia/Jakarta")
        j.ok("config", "set", "officer", TAFSIPUL)
        j.ok("config", "set", "unit", "Polsek Metro Menteng")
        ids: dict[str, str] = {}

        # Stale places and areas for W46: the 4-week window is 19 Oct – 15 Nov, the
        # look-back the 8 weeks before it, 24 Aug – 18 Oct.
        patrol(j, "2026-08-23 08:00", "--duration", "2h", "--area", "RW 99",
               "--place", "other:Gudang Lama")                       # before the look-back
        patrol(j, "2026-08-24 08:00", "--duration", "2h", "--area", "RW 98",
               "--place", "office:Kantor Lurah")                     # its first day: stale
        patrol(j, "2026-10-05 08:00", "--duration", "2h", "--area", "RW 08",
               "--place", "business:Toko Makmur", "--place", "market:Pasar Boplo")
        gone = patrol(j, "2026-10-06 08:00", "--duration", "2h", "--area", "RW 13",
                      "--place", "school:SMP 5")
        j.ok("delete", gone, "--yes")
        patrol(j, "2026-10-18 23:30", "--duration", "1h", "--area", "RW 11",
               "--place", "public_space:Lapangan Banteng")           # last day before the window
        patrol(j, "2026-10-19 00:30", "--duration", "1h", "--area", "RW 12")  # window day 1
        patrol(j, "2026-10-20 08:00", "--duration", "1h", "--area", "RW 10",
               "--place", "health:Puskesmas Menteng")
        contact(j, "2026-10-01 09:00", "ketua rw", "--name", "Pak Rahmat")
        siti_before = contact(j, "2026-10-02 09:00", "pedagang", "--name", "Ibu Siti Aminah")
        j.ok("delete", siti_before, "--yes")  # a deleted meeting is no earlier meeting

        # W45, the previous week.
        patrol(j, "2026-11-03 10:00", "--duration", "2h", "--area", "RW 05",
               "--place", "market:Pasar Boplo")
        patrol(j, "2026-11-05 10:00", "--duration", "1h", "--kind", "sambang", "--area", "RW 05")
        j.add("incident", "--at", "2026-11-04 10:00", "--kind", "cekcok")
        ids["joni"] = contact(j, "2026-11-04 09:00", "ojek", "--name", "Bang Joni",
                              "--follow-up", "cek lampu", "--due", "2026-11-06")
        contact(j, "2026-11-04 10:00", "warga")
        ids["slamet"] = contact(j, "2026-11-05 09:00", "warga", "--name", "Pak Slamet",
                                "--follow-up", "antar surat", "--due", "2026-11-08")

        # W46.
        patrol(j, "2026-11-09 08:00", "--duration", "3h", "--area", "RW 05",
               "--place", "market:pasar boplo", "--place", "school:SDN 01 Menteng")
        patrol(j, "2026-11-09 19:00", "--end", "2026-11-09 21:30", "--kind", "sambang",
               "--area", "rw 05", "--place", "market:Pasar Boplo")
        patrol(j, "2026-11-11 09:00", "--duration", "1h30m", "--kind", "dialogis",
               "--area", "RW 05", "--place", "worship:Masjid Al-Ikhlas")
        patrol(j, "2026-11-15 22:00", "--duration", "3h", "--kind", "rutin", "--area", "RW 07")
        gone = patrol(j, "2026-11-10 08:00", "--duration", "2h", "--area", "RW 05",
                      "--place", "market:Pasar Boplo")
        j.ok("delete", gone, "--yes")
        ids["laka"] = j.add("incident", "--at", "2026-11-10 14:10", "--kind", "laka",
                            "--location", "Jl. Cikini Raya", "--severity", "ringan",
                            "--injured", "1", "--action", "pertolongan pertama bersama warga")
        j.ok("edit", ids["laka"], "--status", "dilimpahkan", "--referred-to", "Unit Laka Polres")
        ids["theft"] = j.add("incident", "--at", "2026-11-13 21:00", "--kind", "pencurian",
                             "--location", "Pasar Boplo", "--severity", "sedang")
        gone = j.add("incident", "--at", "2026-11-11 12:00", "--kind", "pencurian")
        j.ok("delete", gone, "--yes")
        ids["rahmat"] = contact(j, "2026-11-09 09:00", "ketua rw", "--name", "rahmat",
                                "--place", "Pos RW 05", "--concern", "lampu jalan mati",
                                "--follow-up", "lapor ke kelurahan", "--due", "2026-11-20")
        ids["siti"] = contact(j, "2026-11-09 10:00", "pedagang", "--name", "Bu Siti Aminah",
                              "--place", "Pasar Boplo", "--phone", PHONE,
                              "--concern", "parkir liar; Bu Siti Aminah (Siti) minta "
                              "dihubungi di 0812 3456 7890", "--follow-up", "cek CCTV",
                              "--due", "2026-11-12")
        ids["anon"] = contact(j, "2026-11-11 10:00", "warga", "--concern", "pencurian helm")
        ids["dedi"] = contact(j, "2026-11-11 11:00", "pelajar", "--name", "Dedi",
                              "--follow-up", "kirim jadwal", "--due", "2099-01-01")
        contact(j, "2026-11-14 08:00", "pedagang", "--name", "bu siti aminah")
        contact(j, "2026-11-13 09:00", "ojek", "--name", "Mas Joni")
        contact(j, "2026-11-13 10:00", "warga", "--name", "Pak")  # no name, only a title
        ids["bejo"] = contact(j, "2026-11-10 09:00", "warga", "--name", "Mas Bejo",
                              "--follow-up", "x", "--due", "2026-11-11")
        j.ok("delete", ids["bejo"], "--yes")

        # Another officer of the unit, with records in the same week.
        j.ok("config", "set", "officer", WAYAN)
        j.ok("config", "set", "unit", "Polsek Menteng")
        patrol(j, "2026-11-12 10:00", "--duration", "2h", "--area", "RW 09",
               "--place", "market:Pasar Boplo")
        ids["fire"] = j.add("incident", "--at", "2026-11-14 02:00", "--kind", "kebakaran",
                            "--severity", "berat", "--injured", "2", "--dead", "1",
                            "--status", "selesai")
        contact(j, "2026-11-12 11:00", "tokoh agama", "--name", "Ustadz H.Abdul Somad")
        contact(j, "2026-11-12 12:00", "ketua rw", "--name", "Pak Rahmat")  # new to Wayan only
        j.ok("config", "set", "officer", TAFSIPUL)
        j.ok("config", "set", "unit", "Polsek Metro Menteng")

        # W47: back at RW 08 and Toko Makmur.
        patrol(j, "2026-11-17 10:00", "--duration", "1h", "--area", "RW 08",
               "--place", "business:Toko Makmur")

        # Follow-ups kept in the past week: `followups --done` stamps the current time,
        # so the done times inside W46 are written directly (Mas Bejo's: done, then deleted).
        conn = sqlite3.connect(j.path)
        with conn:
            for ref, when in (("rahmat", "2026-11-12T10:00:00+07:00"),
                              ("slamet", "2026-11-10T09:00:00+07:00"),
                              ("bejo", "2026-11-11T09:00:00+07:00")):
                conn.execute("UPDATE contacts SET done_at = ? WHERE id = ?",
                             (when, int(ids[ref][1:])))
        conn.close()
        yield j, ids


def report(j: Journal, *args: str) -> dict:
    return j.ok("report", *args, "--format", "json").json()


@pytest.fixture(scope="module")
def w46(week) -> dict:  # noqa: ANN001
    """The digest of the known week, read by several tests."""
    return report(week[0], "--week", "2026-W46")


W46 = {"from": "2026-11-09", "to": "2026-11-15", "days": 7, "label": "2026-W46",
       "complete": True, "through": "2026-11-15"}
W45 = {"from": "2026-11-02", "to": "2026-11-08", "days": 7, "label": "2026-W45",
       "complete": True, "through": "2026-11-08"}


# -- the known week, number by number -----------------------------------------------------
def test_header(w46):
    d = w46
    assert d["period"] == W46
    assert d["timezone"] == "Asia/Jakarta"
    # Two officers logged W46: a unit's digest, graded officer by officer (tests/test_unit.py).
    assert d["officer"] is None and d["unit"] == "Polsek Metro Menteng"
    assert d["officers"] == [TAFSIPUL, WAYAN]
    assert d["redacted"] is False
    assert d["grade"] is None and d["grades"] == {"AKTIF": 1, "CUKUP": 1, "KURANG": 0}
    assert [(row["officer"], row["grade"]) for row in d["by_officer"]] == [
        (WAYAN, "CUKUP"), (TAFSIPUL, "AKTIF")]
    assert datetime.fromisoformat(d["generated_at"]).utcoffset().total_seconds() == 7 * 3600


def test_patrols(w46):
    p = w46["patrols"]
    assert p == {
        "count": 5, "hours": 12.0, "days_active": 4,
        "by_kind": {"dialogic": 3, "routine": 1, "sambang": 1},
        "per_day": {"2026-11-09": 2, "2026-11-10": 0, "2026-11-11": 1, "2026-11-12": 1,
                    "2026-11-13": 0, "2026-11-14": 0, "2026-11-15": 1},
        # A patrol counts on the day it starts: Sunday 22:00 + 3h stays on Sunday.
        "hours_per_day": {"2026-11-09": 5.5, "2026-11-10": 0.0, "2026-11-11": 1.5,
                          "2026-11-12": 2.0, "2026-11-13": 0.0, "2026-11-14": 0.0,
                          "2026-11-15": 3.0},
    }
    assert list(p["by_kind"]) == ["dialogic", "routine", "sambang"]  # most first, then code


def test_coverage_and_stale_places(w46):
    c = w46["coverage"]
    assert c["visits"] == 5
    assert c["by_place_type"] == {"market": 3, "school": 1, "worship": 1}
    # Case-insensitive; shown as last written.
    assert c["places"] == [{"name": "Pasar Boplo", "type": "market", "visits": 3},
                           {"name": "Masjid Al-Ikhlas", "type": "worship", "visits": 1},
                           {"name": "SDN 01 Menteng", "type": "school", "visits": 1}]
    assert c["areas"] == [{"name": "RW 05", "patrols": 3}, {"name": "RW 07", "patrols": 1},
                          {"name": "RW 09", "patrols": 1}]
    # Not stale: Gudang Lama / RW 99 (before the 8-week look-back), SMP 5 / RW 13
    # (deleted patrol), RW 12 (first day of the window), Pasar Boplo (seen since).
    # RW 08 and Toko Makmur are visited again in W47, after this period: still stale.
    assert c["stale_detail"] == [
        {"name": "Kantor Lurah", "what": "place", "type": "office", "last": "2026-08-24"},
        {"name": "Toko Makmur", "what": "place", "type": "business", "last": "2026-10-05"},
        {"name": "Lapangan Banteng", "what": "place", "type": "public_space",
         "last": "2026-10-18"},
        {"name": "RW 98", "what": "area", "type": None, "last": "2026-08-24"},
        {"name": "RW 08", "what": "area", "type": None, "last": "2026-10-05"},
        {"name": "RW 11", "what": "area", "type": None, "last": "2026-10-18"},
    ]
    assert c["stale"] == ["Kantor Lurah", "Toko Makmur", "Lapangan Banteng",
                          "RW 98", "RW 08", "RW 11"]


def test_stale_moves_with_the_period(week):
    j, _ = week
    # W47: window 26 Oct – 22 Nov, look-back from 31 Aug. Kantor Lurah / RW 98 fall out
    # of the look-back; Toko Makmur / RW 08 were visited on 17 Nov.
    c = report(j, "--week", "2026-W47")["coverage"]
    assert c["stale"] == ["Lapangan Banteng", "Puskesmas Menteng", "RW 11", "RW 12", "RW 10"]


def test_stale_over_a_period_longer_than_the_look_back(week):
    j, _ = week
    # 1 Oct – 30 Nov: the window is 3–30 Nov, "before" the 8 weeks before 1 Oct. A place
    # visited in the period (Toko Makmur, Lapangan Banteng in October) is never stale.
    c = report(j, "--from", "2026-10-01", "--to", "2026-11-30")["coverage"]
    assert {p["name"]: p["visits"] for p in c["places"]}["Lapangan Banteng"] == 1
    assert c["stale"] == ["Gudang Lama", "Kantor Lurah", "RW 99", "RW 98"]


def test_a_running_period_looks_back_from_today(week):
    j, _ = week
    # On Fri 27 Nov the month of November is reported so far: through 27 Nov.
    d = report(j, "--month", "2026-11")
    assert d["period"]["complete"] is False and d["period"]["through"] == "2026-11-27"
    done = report(j, "--month", "2026-10")["period"]
    assert (done["complete"], done["through"]) == (True, "2026-10-31")


def test_contacts_and_first_time(w46, week):
    _, ids = week
    c = w46["contacts"]
    assert c["count"] == 9
    assert c["by_role"] == {"resident": 2, "rt_rw_head": 2, "trader": 2, "driver": 1,
                            "religious_leader": 1, "student": 1}
    # "rahmat" is Pak Rahmat met in October; "Mas Joni" is Bang Joni of W45; Siti Aminah's
    # October meeting was deleted, and she is met twice this week; the anonymous, and
    # "Pak" with no name, never count.
    assert c["first_time"] == 3
    assert c["first_time_names"] == ["Bu Siti Aminah", "Dedi", "Ustadz H.Abdul Somad"]
    assert c["concerns"] == [
        {"id": ids["rahmat"], "met_at": "2026-11-09T09:00:00+07:00", "name": "rahmat",
         "role": "rt_rw_head", "place": "Pos RW 05", "concern": "lampu jalan mati",
         "field": None, "officer": TAFSIPUL},
        {"id": ids["siti"], "met_at": "2026-11-09T10:00:00+07:00", "name": "Bu Siti Aminah",
         "role": "trader", "place": "Pasar Boplo",
         "concern": "parkir liar; Bu Siti Aminah (Siti) minta dihubungi di 0812 3456 7890",
         "field": None, "officer": TAFSIPUL},
        {"id": ids["anon"], "met_at": "2026-11-11T10:00:00+07:00", "name": None,
         "role": "resident", "place": None, "concern": "pencurian helm",
         "field": None, "officer": TAFSIPUL},
    ]
    assert (c["concerns_count"], c["hopes_count"], c["hopes"]) == (3, 0, [])


def test_incidents_counted_as_they_are_now(w46, week):
    _, ids = week
    i = w46["incidents"]
    assert {k: v for k, v in i.items() if k != "items"} == {
        "count": 3,
        "by_kind": {"fire": 1, "theft": 1, "traffic_accident": 1},
        "by_status": {"open": 1, "referred": 1, "resolved": 1},   # the accident was edited
        "by_severity": {"high": 1, "low": 1, "medium": 1},
        "injured": 3, "dead": 1,
        "problem_solving": {"count": 0, "items": []},  # no dispute, no parties or outcome
    }
    assert i["items"] == [
        {"id": ids["laka"], "occurred_at": "2026-11-10T14:10:00+07:00",
         "kind": "traffic_accident", "location": "Jl. Cikini Raya", "severity": "low",
         "status": "referred", "injured": 1, "dead": 0,
         "action": "pertolongan pertama bersama warga", "referred_to": "Unit Laka Polres"},
        {"id": ids["theft"], "occurred_at": "2026-11-13T21:00:00+07:00", "kind": "theft",
         "location": "Pasar Boplo", "severity": "medium", "status": "open", "injured": 0,
         "dead": 0, "action": None, "referred_to": None},
        {"id": ids["fire"], "occurred_at": "2026-11-14T02:00:00+07:00", "kind": "fire",
         "location": None, "severity": "high", "status": "resolved", "injured": 2, "dead": 1,
         "action": None, "referred_to": None},
    ]


def test_followups(w46, week):
    _, ids = week
    f = dict(w46["followups"])
    promised = f.pop("opened_items")
    # The promises made in the week, in the order made, done or not.
    assert [p["id"] for p in promised] == [ids["rahmat"], ids["siti"], ids["dedi"]]
    assert [bool(p["done_at"]) for p in promised] == [True, False, False]
    # Opened: rahmat, siti, dedi (by contact time). Done in the week: rahmat, and Pak
    # Slamet's promise of W45 (Mas Bejo's was deleted). Overdue now: Bang Joni's and
    # Siti's; Dedi's is due in 2099.
    assert f == {
        "opened": 3, "done": 2, "overdue": 2,
        "overdue_items": [
            {"id": ids["joni"], "name": "Bang Joni", "role": "driver", "follow_up": "cek lampu",
             "due": "2026-11-06", "days_late": late("2026-11-06"), "officer": TAFSIPUL},
            {"id": ids["siti"], "name": "Bu Siti Aminah", "role": "trader",
             "follow_up": "cek CCTV",
             "due": "2026-11-12", "days_late": late("2026-11-12"), "officer": TAFSIPUL},
        ],
    }


def test_previous_week_and_change(w46):
    d = w46
    assert d["previous"] == {
        "period": W45,
        # The unit's officers of W46 in W45: Tafsipul 2 patrols, Wayan none.
        "grade": None, "grades": {"AKTIF": 0, "CUKUP": 1, "KURANG": 1},
        "patrols": {"count": 2, "hours": 3.0, "days_active": 2,
                    "by_kind": {"dialogic": 1, "sambang": 1}},
        "coverage": {"visits": 1, "by_place_type": {"market": 1}},
        "contacts": {"count": 3, "by_role": {"resident": 2, "driver": 1}, "first_time": 2,
                     "concerns_count": 0, "hopes_count": 0},
        "incidents": {"count": 1, "by_kind": {"dispute": 1}, "by_status": {"open": 1},
                      "by_severity": {}, "injured": 0, "dead": 0},  # no severity given
        "followups": {"opened": 2, "done": 0},
    }
    assert d["change"] == {"patrols": 3, "hours": 9.0, "days_active": 2, "visits": 4,
                           "contacts": 6, "first_time": 1, "incidents": 2,
                           "followups_opened": 1, "followups_done": 2}


# -- periods ------------------------------------------------------------------------
def _same_records(a: dict, b: dict) -> None:
    for key in ("grade", "patrols", "coverage", "contacts", "incidents", "followups"):
        assert a[key] == b[key], key


def test_week_month_and_range_agree(week):
    j, _ = week
    by_week = report(j, "--week", "2026-w46")
    by_range = report(j, "--from", "09/11/2026", "--to", "2026-11-15")
    assert by_range["period"] == {**W46, "label": "2026-11-09..2026-11-15"}
    _same_records(by_week, by_range)
    assert by_range["previous"]["period"] == {**W45, "label": "2026-11-02..2026-11-08"}
    assert {k: v for k, v in by_range["previous"].items() if k != "period"} == \
        {k: v for k, v in by_week["previous"].items() if k != "period"}
    assert by_range["change"] == by_week["change"]

    month = report(j, "--month", "2026-11")
    _same_records(month, report(j, "--from", "2026-11-01", "--to", "30/11/2026"))
    assert month["period"] == {"from": "2026-11-01", "to": "2026-11-30", "days": 30,
                               "label": "2026-11", "complete": False, "through": "2026-11-27"}
    # November, so far (27 days on Fri 27 Nov): 2 + 5 + 1 patrols. Tafsipul's 7 per 27
    # days are 1.8 a week, so CUKUP; Wayan's 1 is 0.3 a week, KURANG.
    assert month["patrols"]["count"] == 8 and month["grade"] is None
    assert [(row["officer"], row["grade"], row["patrols"]["count"])
            for row in month["by_officer"]] == [(WAYAN, "KURANG", 1), (TAFSIPUL, "CUKUP", 7)]
    for key in ("grades", "by_officer"):
        assert month[key] == report(j, "--from", "2026-11-01", "--to", "30/11/2026")[key]
    assert month["patrols"]["days_active"] == 7
    assert sum(month["patrols"]["per_day"].values()) == 8 and len(month["patrols"]["per_day"]) == 30
    # The month before is the calendar month, 31 days; its deleted patrol does not count.
    assert month["previous"]["period"] == {"from": "2026-10-01", "to": "2026-10-31",
                                           "days": 31, "label": "2026-10", "complete": True,
                                           "through": "2026-10-31"}
    assert month["previous"]["patrols"]["count"] == 4


@pytest.mark.parametrize("words", [[], ["--week", "this"], ["--week", "ini"],
                                   ["--week", "Minggu Ini"]])
def test_default_is_this_iso_week(journal, words):
    d = journal.ok("report", *words, "--json").json()
    monday = date.fromordinal(today().toordinal() - today().weekday())
    year, number, _ = monday.isocalendar()
    assert d["period"]["from"] == monday.isoformat()
    assert d["period"]["label"] == f"{year}-W{number:02d}"
    assert d["patrols"]["count"] == 0 and d["grade"] == "KURANG"
    assert not journal.path.exists()  # a report never creates the journal


@pytest.mark.parametrize("word", ["last", "lalu"])
def test_last_week(journal, word):
    d = journal.ok("report", "--week", word, "--json").json()
    monday = date.fromordinal(today().toordinal() - today().weekday() - 7)
    assert d["period"]["from"] == monday.isoformat() and d["period"]["days"] == 7


# -- grades -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def grades(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    """Weeks of 0 (W40), 1 (W41), 3 (W42) and 4 (W43) patrols, October 2026."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Jakarta")
        mp.delenv("PATROLOG_LANG", raising=False)
        j = Journal(tmp_path_factory.mktemp("grades") / "journal.db", mp)
        j.ok("config", "set", "timezone", "Asia/Jakarta")
        for hour, day in enumerate(("05", "12", "14", "16", "19", "19", "20", "25"), 8):
            # two on the 19th: at two hours, as the same patrol twice is refused
            patrol(j, f"2026-10-{day} {hour:02d}:00", "--duration", "1h")
        yield j


@pytest.mark.parametrize("args, expected", [
    (["--week", "2026-W40"], "KURANG"),
    (["--week", "2026-W41"], "CUKUP"),
    (["--week", "2026-W42"], "CUKUP"),
    (["--week", "2026-W43"], "AKTIF"),
    (["--from", "2026-09-21", "--to", "2026-10-04"], "KURANG"),   # 0 in 14 days
    (["--from", "2026-09-28", "--to", "2026-10-11"], "CUKUP"),    # 0.5 a week rounds up
    (["--from", "2026-10-05", "--to", "2026-10-18"], "CUKUP"),    # 2 a week
    (["--from", "2026-10-12", "--to", "2026-10-25"], "AKTIF"),    # 3.5 a week rounds up
    (["--from", "2026-10-19", "--to", "2026-10-21"], "CUKUP"),    # 3 in 3 days: not scaled up
    (["--month", "2026-10"], "CUKUP"),                             # 8 in 31 days: 1.8 a week
])
def test_grade(grades, args, expected):
    assert report(grades, *args)["grade"] == expected


@pytest.mark.parametrize("patrols, days, expected", [
    (0, 7, "KURANG"), (1, 7, "CUKUP"), (3, 7, "CUKUP"), (4, 7, "AKTIF"), (9, 7, "AKTIF"),
    (1, 15, "KURANG"), (2, 28, "CUKUP"), (13, 26, "AKTIF"), (12, 28, "CUKUP"),
    (2, 3, "CUKUP"), (0, 1, "KURANG"),
])
def test_grade_rule(patrols, days, expected):
    assert grade(patrols, days) == expected


# -- refusals -----------------------------------------------------------------------
BAD_PERIODS = [
    (["--week", "2026-W60"], "err.report_bad_week", {"value": "2026-W60"}),
    (["--week", "2027-W53"], "err.report_bad_week", {"value": "2027-W53"}),
    (["--week", "next"], "err.report_bad_week", {"value": "next"}),
    (["--month", "2026-13"], "err.report_bad_month", {"value": "2026-13"}),
    (["--month", "2026-00"], "err.report_bad_month", {"value": "2026-00"}),
    (["--from", "2026-11-15", "--to", "2026-11-09"], "err.report_from_after_to",
     {"start": "2026-11-15", "end": "2026-11-09"}),
    (["--week", "2026-W46", "--month", "2026-11"], "err.report_two_periods",
     {"options": "--week, --month"}),
    (["--month", "2026-11", "--from", "2026-11-01", "--to", "2026-11-02"],
     "err.report_two_periods", {"options": "--month, --from/--to"}),
    (["--from", "2026-11-09"], "err.report_from_without_to", {}),
    (["--to", "2026-11-09"], "err.report_to_without_from", {}),
    (["--from", "31/02/2026", "--to", "2026-11-09"], "err.no_such_day",
     {"value": "31/02/2026", "month": "February", "days": 28}),
    (["--from", "2000-01-01", "--to", "2026-11-09"], "err.report_too_long",
     {"days": 9810, "limit": 3660}),
    (["--format", "docx"], "err.report_bad_format",
     {"value": "docx", "choices": "table, markdown, text, json, html, pdf, png, svg"}),
    (["--json", "--format", "md"], "err.report_json_and_format", {"value": "md"}),
    (["--officer", "Bripka Nobody"], "err.unknown_officer",
     {"officer": "Bripka Nobody", "choices": f"{TAFSIPUL}, {WAYAN}"}),
]


def _files(j: Journal) -> dict[str, bytes]:
    """The journal's bytes, WAL included: cheaper than a dump, and stricter."""
    return {p.name: p.read_bytes() for p in j.path.parent.glob(j.path.name + "*")}


def _refused(j: Journal, folder: Path, lang: str, args: list[str], key: str,
             params: dict) -> None:
    target = folder / "out.json"
    before = _files(j)
    res = j.run("--lang", lang, "report", *args, "--output", str(target))
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr == f"patrolog: {t(key, lang=lang, **params)}\n"
    assert os.listdir(folder) == []
    assert _files(j) == before


@pytest.mark.parametrize("args, key, params", BAD_PERIODS)
def test_refusals_exit_2_with_one_line_and_write_nothing(week, tmp_path, args, key, params):
    _refused(week[0], tmp_path, "en", args, key, params)


@pytest.mark.parametrize("args, key, params", [BAD_PERIODS[i] for i in (0, 3, 5, 6, 8, 14)])
def test_refusals_in_indonesian(week, tmp_path, args, key, params):
    _refused(week[0], tmp_path, "id", args, key, params)


def test_refusals_are_in_both_languages():
    for key in ("err.report_bad_week", "err.report_bad_month", "err.report_two_periods",
                "err.report_from_without_to", "err.report_to_without_from",
                "err.report_from_after_to", "err.unknown_officer"):
        english, indonesian = t(key, lang="en"), t(key, lang="id")
        assert english != indonesian and english != key
    assert t("err.report_from_without_to", lang="id") == \
        "--from perlu --to: berikan juga hari terakhir periode"


# -- officers, redaction, output ------------------------------------------------------
def test_officer_narrows_the_report(week):
    j, _ = week
    wayan = report(j, "--week", "2026-W46", "--officer", "bripka WAYAN")
    assert wayan["officer"] == WAYAN and wayan["unit"] == "Polsek Menteng"
    assert wayan["officers"] == [WAYAN]
    assert (wayan["grade"], wayan["patrols"]["count"], wayan["patrols"]["hours"]) == \
        ("CUKUP", 1, 2.0)
    assert wayan["coverage"]["places"] == [{"name": "Pasar Boplo", "type": "market",
                                            "visits": 1}]
    assert wayan["coverage"]["stale"] == []
    # Pak Rahmat was met before, but by Tafsipul: for Wayan he is new.
    assert (wayan["contacts"]["count"], wayan["contacts"]["first_time_names"]) == \
        (2, ["Ustadz H.Abdul Somad", "Pak Rahmat"])
    assert wayan["incidents"]["by_kind"] == {"fire": 1}
    assert (wayan["followups"]["overdue"], wayan["followups"]["overdue_items"]) == (0, [])
    assert wayan["previous"]["patrols"]["count"] == 0

    mine = report(j, "--week", "2026-W46", "--officer", TAFSIPUL)
    assert mine["officers"] == [TAFSIPUL] and mine["unit"] == "Polsek Metro Menteng"
    assert (mine["grade"], mine["patrols"]["count"], mine["patrols"]["hours"]) == \
        ("AKTIF", 4, 10.0)
    assert mine["contacts"]["first_time_names"] == ["Bu Siti Aminah", "Dedi"]
    assert mine["incidents"]["count"] == 2 and mine["followups"]["overdue"] == 2


def test_redact_shows_initials_and_no_phone(week):
    j, ids = week
    res = j.ok("report", "--week", "2026-W46", "--json", "--redact")
    d = res.json()
    assert d["redacted"] is True
    assert d["contacts"]["first_time_names"] == ["SA", "D", "AS"]
    assert [c["name"] for c in d["contacts"]["concerns"]] == ["R", "SA", None]
    assert d["contacts"]["concerns"][1]["concern"] == \
        "parkir liar; SA (S) minta dihubungi di […]"
    assert [o["name"] for o in d["followups"]["overdue_items"]] == ["J", "SA"]
    for text in ("Siti", "Aminah", "Rahmat", "rahmat", "Joni", "Somad", "3456", "7890"):
        assert text not in res.stdout
    assert d["officers"] == [TAFSIPUL, WAYAN]  # officers are not residents
    # The counts do not change.
    plain = report(j, "--week", "2026-W46")
    for key in ("patrols", "incidents"):
        assert {k: v for k, v in d[key].items() if k != "items"} == \
            {k: v for k, v in plain[key].items() if k != "items"}
    assert d["contacts"]["first_time"] == 3 and d["followups"]["overdue"] == 2


@pytest.mark.parametrize("fmt", ["table", "markdown", "md", "text", "txt", "teks", "html", "svg"])
def test_redact_in_every_format(week, fmt):
    j, _ = week
    res = j.ok("report", "--week", "2026-W46", "--format", fmt, "--redact")
    assert res.stdout.strip()
    for text in ("Siti", "Rahmat", "Joni", "Somad", "3456"):
        assert text not in res.stdout


def test_output_file_is_private_and_stdout_empty(week, tmp_path):
    j, _ = week
    target = tmp_path / "digest.json"
    target.write_text("old")
    target.chmod(0o644)
    res = j.ok("report", "--week", "2026-W46", "--json", "--output", str(target))
    assert res.stdout == ""
    assert res.stderr == ""  # success is silent off a terminal: cron mails only news
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    written = json.loads(target.read_text(encoding="utf-8"))
    shown = report(j, "--week", "2026-W46")
    written.pop("generated_at"), shown.pop("generated_at")
    assert written == shown
    assert os.listdir(tmp_path) == ["digest.json"]  # no temporary file left

    html = tmp_path / "digest.html"
    assert j.ok("report", "--week", "2026-W46", "-f", "html", "-o", str(html)).stdout == ""
    assert stat.S_IMODE(html.stat().st_mode) == 0o600 and "<html" in html.read_text()


def test_output_to_a_missing_folder_is_refused(week, tmp_path):
    j, _ = week
    res = j.run("report", "--json", "--output", str(tmp_path / "nope" / "d.json"))
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.startswith("patrolog: cannot write ") and res.stderr.count("\n") == 1
    assert "does not exist" in res.stderr


def test_output_never_overwrites_the_journal(week):
    j, _ = week
    before = _files(j)
    res = j.run("report", "--json", "--output", str(j.path))
    assert res.exit_code == 2 and res.stdout == ""
    message = t("err.output_is_journal", lang="en", path=str(j.path))
    assert res.stderr == f"patrolog: {message}\n"
    assert _files(j) == before


def test_followup_done_with_the_command_counts_this_week(tafsipul):
    j = tafsipul
    ref = j.add("contact", "--role", "warga", "--name", "Pak Budi", "--follow-up", "cek pos",
                "--due", "+3d")
    j.ok("followups", "--done", ref)
    f = report(j, "--week", "this")["followups"]
    assert (f["opened"], f["done"], f["overdue"]) == (1, 1, 0)


# -- people ---------------------------------------------------------------------------
NAMES = ["Pak Rahmat", "rahmat", "  Bapak   H.  Rahmat ", "H.Rahmat", "Hj. Siti Aminah",
         "Sdri. Ani", "USTADZ Abdul Somad", "Pak", "Mas Pak Joni", "pak pak Joni", "Rahmat H.",
         "Ibu Ketut Ayu", "Kak-Ros", "Ruslan Pakpahan", "Bu. Ani", "É Bu Ádam"]


def test_person_key_is_the_sql_expression_step_for_step():
    conn = sqlite3.connect(":memory:")
    sql = f"SELECT {person_sql('?1')}"
    for name in NAMES:
        assert person_key(name) == conn.execute(sql, (name,)).fetchone()[0], name
    assert person_key("  Bapak   H.  Rahmat ") == person_key("Pak Rahmat") == "rahmat"
    assert person_key("Pak") == "" and person_key("Ruslan Pakpahan") == "ruslan pakpahan"
    assert "pak" in HONORIFICS


def test_initials():
    assert initials("Pak Rahmat") == "R"
    assert initials("Bu Siti Aminah") == "SA"
    assert initials("Ustadz H.Abdul Somad") == "AS"
    assert initials("Pak") is None and initials(None) is None


# -- scale: every query reads through an index -----------------------------------------
def test_every_query_uses_an_index(week, tmp_path):
    """On a million-record journal a full scan is seconds: none may creep in.

    `contacts_person` is the index the first-time probe needs (PERSON_INDEX_DDL); it
    is made here when the journal's migrations do not make it yet.
    """
    from patrolog.digest import compute as digest
    from patrolog.digest import periods
    from patrolog.journal.store import Store

    j, _ = week
    path = tmp_path / "copy.db"
    shutil.copy(j.path, path)
    with Store.open(path) as store:
        found = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'contacts_person'").fetchone()
        if found is None:
            store.conn.execute(PERSON_INDEX_DDL)
        else:
            assert " ".join(found[0].split()) == " ".join(PERSON_INDEX_DDL.split())
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        digest.compute(store, periods.choose(date(2026, 11, 28), week="2026-W46"))
        store.conn.set_trace_callback(None)
        plans = {sql: [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
                 for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))}
    assert len(plans) >= 15
    for sql, plan in plans.items():
        for step in plan:
            table = step.split()[1] if step.startswith("SCAN ") else None
            if table == "seen" or table and table.startswith("(subquery-"):
                continue  # the rows a window query already read by index (coverage)
            assert table in (None, "j", "config"), f"{step}\n{sql}"
    assert any("USING INDEX contacts_person" in step
               for plan in plans.values() for step in plan)


def test_person_index_migration_matches_the_digest_expression(journal):
    """m002 holds a frozen copy of the expression; the digest must still use that one."""
    from patrolog.journal.migrations import m002_person_index
    import inspect

    journal.add("contact", "--role", "warga", "--name", "Pak Rahmat")
    stored = journal.sql("SELECT sql FROM sqlite_master WHERE name = 'contacts_person'")[0][0]
    assert " ".join(stored.split()) == " ".join(PERSON_INDEX_DDL.split())
    assert "contacts_person" in inspect.getsource(m002_person_index)
