"""The week as the Kapolsek reads it (issue 15): what the officer logged reaches every
format of the report, and a unit's digest says whose each listed item is.

The clock is the suite's: Friday 27 November 2026, 20:00 WIB, in week 2026-W48."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Journal

HOPE = "Patroli malam ditambah menjelang hari raya"
HOPE_NO_FIELD = "Pos ronda dicat ulang"
CONCERN = "Lampu jalan di gang RT 05 mati"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def voiced(tafsipul: Journal) -> Journal:
    j = tafsipul
    j.add("patrol", "--start", "2026-11-25 08:00", "--duration", "2j")
    j.add("contact", "--role", "ustadz", "--name", "Ustadz Hasan", "--at", "2026-11-25 09:00",
          "--hope", HOPE, "--field", "keamanan")
    j.add("contact", "--role", "warga", "--at", "2026-11-25 09:30", "--hope", HOPE_NO_FIELD)
    j.add("contact", "--role", "ketua rw", "--name", "Pak Rahmat", "--at", "2026-11-25 10:00",
          "--concern", CONCERN, "--field", "keamanan")
    return j


@pytest.mark.parametrize("lang", ["id", "en"])
def test_hopes_are_listed_beside_concerns_in_every_format(voiced: Journal, lang: str,
                                                          tmp_path: Path) -> None:
    data = voiced.ok("report", "--json").json()["contacts"]
    assert [h["hope"] for h in data["hopes"]] == [HOPE, HOPE_NO_FIELD]
    assert data["hopes"][0]["name"] == "Ustadz Hasan"
    assert data["hopes"][0]["field"] == "security" and data["hopes"][1]["field"] is None
    assert [c["concern"] for c in data["concerns"]] == [CONCERN]
    assert (data["concerns_count"], data["hopes_count"]) == (1, 2)
    for fmt in ("text", "markdown", "html", "table"):
        out = voiced.ok("--lang", lang, "report", "--format", fmt,
                        env={"COLUMNS": "200"}).stdout
        for text in (HOPE, HOPE_NO_FIELD, CONCERN):
            assert text in out, (fmt, text)
        assert ("Harapan warga" if lang == "id" else "Hopes voiced") in out, fmt
    pdf = tmp_path / f"r-{lang}.pdf"
    voiced.ok("--lang", lang, "report", "--output", str(pdf))
    text = " ".join(_pdf_text(pdf).split())
    for phrase in (HOPE, HOPE_NO_FIELD, CONCERN):
        assert phrase in text, phrase


def test_no_concern_no_hope_says_both(tafsipul: Journal) -> None:
    tafsipul.add("contact", "--role", "warga", "--at", "2026-11-25 09:30", "--topic", "sapa")
    out = tafsipul.ok("--lang", "id", "report", "--format", "text").stdout
    assert "Tidak ada keluhan atau harapan yang disampaikan." in out


def _unit(j: Journal) -> Journal:
    """Two officers in one journal, each with a concern, a hope and promises."""
    for officer, street in (("Aiptu Tafsipul", "Jl. Cikini"), ("Bripka Sari", "Jl. Kramat")):
        j.ok("config", "set", "officer", officer)
        j.add("patrol", "--start", "2026-11-24 08:00", "--duration", "2j")
        j.add("contact", "--role", "warga", "--at", "2026-11-24 09:00",
              "--concern", f"Parkir liar di {street}", "--hope", f"Parkir ditata di {street}",
              "--follow-up", f"Koordinasi parkir {street}", "--due", "2026-11-26")
    return j


def test_a_units_digest_names_the_officer_of_every_listed_item(tafsipul: Journal) -> None:
    j = _unit(tafsipul)
    data = j.ok("report", "--json").json()
    assert data["officer"] is None
    for key in ("concerns", "hopes"):
        assert {i["officer"] for i in data["contacts"][key]} == {"Aiptu Tafsipul", "Bripka Sari"}
    out = j.ok("--lang", "id", "report", "--format", "text").stdout
    lines = [ln for ln in out.splitlines() if "Jl. Cikini" in ln or "Jl. Kramat" in ln]
    # concern, hope, promise and overdue, for each of the two officers
    assert len(lines) == 8, lines
    for line in lines:
        who = "Aiptu Tafsipul" if "Cikini" in line else "Bripka Sari"
        assert f"petugas {who}" in line, line
    en = j.ok("--lang", "en", "report", "--format", "markdown").stdout
    assert en.count("officer Bripka Sari") == 4


def test_one_officers_digest_does_not_repeat_the_name_on_each_item(voiced: Journal) -> None:
    out = voiced.ok("--lang", "id", "report", "--format", "text").stdout
    assert "petugas Aiptu Tafsipul" not in out


def test_the_demo_logs_hopes_as_hopes(journal: Journal) -> None:
    journal.ok("demo", "--weeks", "4")
    conn = sqlite3.connect(journal.path)
    hopes_only = conn.execute("SELECT count(*) FROM contacts WHERE coalesce(concern, '') = '' "
                              "AND coalesce(hope, '') <> ''").fetchone()[0]
    hoped_as_concern = conn.execute(
        "SELECT count(*) FROM contacts WHERE concern LIKE '%berharap%' "
        "OR concern LIKE 'Patroli malam ditambah%' OR concern LIKE 'Situasi aman%'").fetchone()[0]
    conn.close()
    assert hopes_only > 0 and hoped_as_concern == 0


# -- a running period is "so far" ----------------------------------------------------------
@pytest.fixture
def running(tafsipul: Journal) -> Journal:
    """Patrols on Mon 23 and Wed 25 Nov; today is Fri 27 Nov, so W48 runs to Sun 29."""
    tafsipul.add("patrol", "--start", "2026-11-23 08:00", "--duration", "2j")
    tafsipul.add("patrol", "--start", "2026-11-25 08:00", "--duration", "2j")
    return tafsipul


def test_a_running_period_says_complete_false_and_through_today(running: Journal) -> None:
    d = running.ok("report", "--json").json()
    assert d["period"]["complete"] is False and d["period"]["through"] == "2026-11-27"
    assert d["previous"]["period"]["complete"] is True
    last = running.ok("report", "--week", "last", "--json").json()["period"]
    assert (last["complete"], last["through"]) == (True, "2026-11-22")


@pytest.mark.parametrize("lang, so_far, provisional", [
    ("id", "sementara, s.d. Jum 27 Nov", "ategori sementara"),
    ("en", "so far, up to Fri 27 Nov", "rovisional grade")])
def test_the_provisional_grade_is_marked_in_every_format(running: Journal, tmp_path: Path,
                                                         lang: str, so_far: str,
                                                         provisional: str) -> None:
    for fmt in ("text", "markdown", "html", "table", "svg"):
        out = running.ok("--lang", lang, "report", "--format", fmt,
                         env={"COLUMNS": "120"}).stdout
        assert so_far in out or fmt == "svg", fmt
        assert provisional in out, fmt
    pdf = tmp_path / "r.pdf"
    running.ok("--lang", lang, "report", "--output", str(pdf))
    text = " ".join(_pdf_text(pdf).split())
    assert so_far in text and provisional in text
    # A week that is over is no longer provisional.
    out = running.ok("--lang", lang, "report", "--week", "last", "--format", "text").stdout
    assert so_far.split(",")[0] not in out and provisional not in out


def _bars(svg: str) -> int:
    """Bars of the card's chart: a rect in the bar colour or the empty day's."""
    import re

    from patrolog.render import drawing

    fills = re.findall(r'<rect [^>]*fill="(#[0-9a-f]+)"', svg)
    return sum(1 for fill in fills if fill in (drawing.BAR, drawing.BAR_EMPTY))


def test_days_not_yet_come_are_not_drawn_as_empty_days(running: Journal) -> None:
    # Mon to Fri have come: five bars (two patrols, three empty days), not seven.
    assert _bars(running.ok("report", "--format", "svg").stdout) == 5
    assert _bars(running.ok("report", "--week", "last", "--format", "svg").stdout) == 7
    text = running.ok("--lang", "en", "report", "--format", "text").stdout
    assert "Mon 1 · Tue – · Wed 1 · Thu – · Fri –\n" in text
    assert "out on 2 of 5 days" in text
    card = running.ok("--lang", "id", "report", "--format", "svg").stdout
    assert ">2/5<" in card and "hari berpatroli" in card
    # A month in progress counts the days it has had: 27 on 27 November, not 30.
    month = running.ok("--lang", "id", "report", "--month", "2026-11", "--format", "text").stdout
    assert "berpatroli 2 dari 27 hari" in month


def test_look_backs_count_from_today_and_never_call_a_visited_place_unvisited(
        tafsipul: Journal) -> None:
    j = tafsipul
    j.add("patrol", "--start", "2026-09-20 08:00", "--duration", "1j",
          "--place", "terminal:Stasiun Cikini", "--place", "pasar:Pasar Boplo")
    j.add("patrol", "--start", "2026-10-01 08:00", "--duration", "1j",
          "--place", "terminal:Stasiun Cikini")
    j.add("patrol", "--start", "2026-11-01 08:00", "--duration", "1j",
          "--place", "pasar:Pasar Boplo")
    # This week, on Fri 27 Nov: the 4 weeks end today (31 Oct – 27 Nov), not on Sunday
    # 29 Nov, so Pasar Boplo (1 Nov) was visited within them.
    stale = j.ok("report", "--json").json()["coverage"]["stale"]
    assert stale == ["Stasiun Cikini"]
    # October: Stasiun Cikini, visited on 1 Oct, is in the month and so never "not visited",
    # though the 4 weeks ending on 31 October begin on 4 October.
    stale = j.ok("report", "--month", "2026-10", "--json").json()["coverage"]["stale"]
    assert "Stasiun Cikini" not in stale and stale == ["Pasar Boplo"]


@pytest.mark.parametrize("now", ["2026-12-07T09:00:00+07:00", "2026-12-07T00:05:00+07:00",
                                 "2026-12-09T21:00:00+07:00"])
def test_the_demo_ends_just_before_today_so_this_week_is_never_empty(journal: Journal,
                                                                    now: str) -> None:
    env = {"PATROLOG_NOW": now}
    journal.ok("demo", "--weeks", "3", env=env)
    d = journal.ok("report", "--json", env=env).json()
    assert d["patrols"]["count"] + d["contacts"]["count"] > 0
    today = now[:10]
    days = {r[0] for r in journal.sql("SELECT substr(started_at, 1, 10) FROM patrols")}
    from datetime import date, timedelta

    day = date.fromisoformat(today)
    assert {(day - timedelta(days=n)).isoformat() for n in (1, 2)} <= days
