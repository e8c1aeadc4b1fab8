"""The digest renderers, from hand-built digests (docs/report-json.md): a busy week, an empty
week, a month. Markdown and text are compared with golden files in tests/golden/;
`UPDATE_GOLDEN=1 pytest tests/test_render_report.py` rewrites them (then read the diff).
"""

from __future__ import annotations

import copy
import json
import os
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest

from patrolog.core.i18n import get_lang, set_lang
from patrolog.render.report import RENDERERS, render

GOLDEN = Path(__file__).parent / "golden"
ANSI = re.compile(r"\x1b\[")


def _week(start: str, counts: list[int], hours: list[float]) -> tuple[dict, dict]:
    first = date.fromisoformat(start)
    days = [(first + timedelta(days=i)).isoformat() for i in range(len(counts))]
    return dict(zip(days, counts)), dict(zip(days, hours))


def busy_week() -> dict:
    per_day, hours_per_day = _week("2026-11-23", [1, 2, 0, 1, 1, 0, 0],
                                   [3.0, 4.5, 0.0, 2.0, 5.0, 0.0, 0.0])
    return {
        "period": {"from": "2026-11-23", "to": "2026-11-29", "days": 7, "label": "2026-W48"},
        "generated_at": "2026-11-28T14:00:00+07:00",
        "timezone": "Asia/Jakarta",
        "officer": "Aiptu Tafsipul",
        "unit": "Polsek Metro Menteng",
        "officers": ["Aiptu Tafsipul"],
        "redacted": False,
        "grade": "AKTIF",
        "patrols": {"count": 5, "hours": 14.5, "days_active": 4,
                    "by_kind": {"dialogic": 3, "sambang": 1, "counselling": 1},
                    "per_day": per_day, "hours_per_day": hours_per_day},
        "coverage": {
            "visits": 7,
            "by_place_type": {"market": 2, "school": 2, "worship": 1, "poskamling": 1,
                              "residential": 1},
            "places": [{"name": "Pasar Boplo", "type": "market", "visits": 2},
                       {"name": "SDN Menteng 01", "type": "school", "visits": 2},
                       {"name": "Masjid Sunda Kelapa", "type": "worship", "visits": 1},
                       {"name": "Pos Ronda RW 05", "type": "poskamling", "visits": 1},
                       {"name": "Gang Sentiong RT 03", "type": "residential", "visits": 1}],
            "areas": [{"name": "RW 05", "patrols": 3}, {"name": "RW 03", "patrols": 1},
                      {"name": "RW 01", "patrols": 1}],
            "stale": ["Stasiun Cikini", "RW 07"],
            "stale_detail": [
                {"name": "Stasiun Cikini", "what": "place", "type": "transport",
                 "last": "2026-10-20"},
                {"name": "RW 07", "what": "area", "type": None, "last": "2026-10-01"}]},
        "contacts": {
            "count": 6,
            "by_role": {"trader": 2, "rt_rw_head": 1, "religious_leader": 1, "resident": 1,
                        "student": 1},
            "first_time": 3, "first_time_names": ["Pak Rahmat", "Bu Siti Aminah", "Dedi"],
            "concerns": [
                {"id": "C5", "met_at": "2026-11-23T09:30:00+07:00", "name": "Pak Rahmat",
                 "role": "rt_rw_head", "place": "Pos Ronda RW 05",
                 "concern": "lampu jalan di Gang Sentiong mati sejak seminggu, rawan jambret "
                            "malam hari"},
                {"id": "C7", "met_at": "2026-11-24T10:15:00+07:00", "name": "Bu Siti Aminah",
                 "role": "trader", "place": "Pasar Boplo",
                 "concern": "parkir liar di depan pasar bikin macet pagi"},
                {"id": "C9", "met_at": "2026-11-26T19:40:00+07:00", "name": None,
                 "role": "resident", "place": None,
                 "concern": "balapan liar tiap malam Minggu di Jl. Latuharhari"}],
            "hopes": [
                {"id": "C6", "met_at": "2026-11-24T11:00:00+07:00", "name": "Ustadz Hasan",
                 "role": "religious_leader", "place": "Musala Al-Hidayah",
                 "hope": "patroli malam ditambah menjelang hari raya", "field": "security"}]},
        "incidents": {
            "count": 2, "by_kind": {"traffic_accident": 1, "dispute": 1},
            "by_status": {"referred": 1, "resolved": 1},
            "by_severity": {"medium": 1, "low": 1}, "injured": 1, "dead": 0,
            "items": [
                {"id": "I3", "occurred_at": "2026-11-24T14:10:00+07:00",
                 "kind": "traffic_accident", "location": "Jl. Cikini Raya", "severity": "medium",
                 "status": "referred", "injured": 1, "dead": 0,
                 "action": "pertolongan pertama bersama warga, korban dibawa ke RSCM",
                 "referred_to": "Unit Laka Lantas"},
                {"id": "I4", "occurred_at": "2026-11-27T20:30:00+07:00", "kind": "dispute",
                 "location": "Gang Sentiong RT 03", "severity": "low", "status": "resolved",
                 "injured": 0, "dead": 0,
                 "action": "mediasi kedua pihak, sepakat damai secara tertulis",
                 "referred_to": None}]},
        "followups": {
            "opened": 3, "done": 2, "overdue": 2,
            "overdue_items": [
                {"id": "C2", "name": "Pak Joko", "follow_up": "cek CCTV minimarket Jl. Raden Saleh",
                 "due": "2026-11-20", "days_late": 8},
                {"id": "C4", "name": None, "follow_up": "koordinasi dengan lurah soal lampu jalan",
                 "due": "2026-11-27", "days_late": 1}]},
        "previous": {
            "period": {"from": "2026-11-16", "to": "2026-11-22", "days": 7, "label": "2026-W47"},
            "grade": "CUKUP",
            "patrols": {"count": 3, "hours": 10.0, "days_active": 3,
                        "by_kind": {"dialogic": 2, "routine": 1}},
            "coverage": {"visits": 4, "by_place_type": {"market": 2, "school": 2}},
            "contacts": {"count": 7, "by_role": {"resident": 7}, "first_time": 2},
            "incidents": {"count": 0, "by_kind": {}, "by_status": {}, "by_severity": {},
                          "injured": 0, "dead": 0},
            "followups": {"opened": 1, "done": 1}},
        "change": {"patrols": 2, "hours": 4.5, "days_active": 1, "visits": 3, "contacts": -1,
                   "first_time": 1, "incidents": 2, "followups_opened": 2, "followups_done": 1},
    }


def empty_week() -> dict:
    per_day, hours_per_day = _week("2026-11-30", [0] * 7, [0.0] * 7)
    return {
        "period": {"from": "2026-11-30", "to": "2026-12-06", "days": 7, "label": "2026-W49"},
        "generated_at": "2026-12-07T07:30:00+07:00",
        "timezone": "Asia/Jakarta",
        "officer": "Aiptu Tafsipul",
        "unit": "Polsek Metro Menteng",
        "officers": [],
        "redacted": True,
        "grade": "KURANG",
        "patrols": {"count": 0, "hours": 0.0, "days_active": 0, "by_kind": {},
                    "per_day": per_day, "hours_per_day": hours_per_day},
        "coverage": {"visits": 0, "by_place_type": {}, "places": [], "areas": [],
                     "stale": ["Stasiun Cikini"],
                     "stale_detail": [{"name": "Stasiun Cikini", "what": "place",
                                       "type": "transport", "last": "2026-10-20"}]},
        "contacts": {"count": 0, "by_role": {}, "first_time": 0, "first_time_names": [],
                     "concerns": []},
        "incidents": {"count": 0, "by_kind": {}, "by_status": {}, "by_severity": {},
                      "injured": 0, "dead": 0, "items": []},
        "followups": {"opened": 0, "done": 0, "overdue": 0, "overdue_items": []},
        "previous": {
            "period": {"from": "2026-11-23", "to": "2026-11-29", "days": 7, "label": "2026-W48"},
            "grade": "AKTIF",
            "patrols": {"count": 5, "hours": 14.5, "days_active": 4, "by_kind": {}},
            "coverage": {"visits": 7, "by_place_type": {}},
            "contacts": {"count": 6, "by_role": {}, "first_time": 3},
            "incidents": {"count": 2, "by_kind": {}, "by_status": {}, "by_severity": {},
                          "injured": 1, "dead": 0},
            "followups": {"opened": 3, "done": 2}},
        "change": {"patrols": -5, "hours": -14.5, "days_active": -4, "visits": -7,
                   "contacts": -6, "first_time": -3, "incidents": -2, "followups_opened": -3,
                   "followups_done": -2},
    }


def busy_month() -> dict:
    """November 2026 for a unit of two officers, no --officer given."""
    d = busy_week()
    first = date(2026, 11, 1)
    days = [first + timedelta(days=i) for i in range(30)]
    d["period"] = {"from": "2026-11-01", "to": "2026-11-30", "days": 30, "label": "2026-11"}
    d["officer"] = None
    d["officers"] = ["Aiptu Tafsipul", "Bripka Sari Wulandari"]
    d["patrols"]["per_day"] = {x.isoformat(): (x.day * 7) % 4 for x in days}
    d["patrols"]["hours_per_day"] = {x.isoformat(): 2.5 * ((x.day * 7) % 4) for x in days}
    d["patrols"]["count"] = sum(d["patrols"]["per_day"].values())
    d["patrols"]["hours"] = sum(d["patrols"]["hours_per_day"].values())
    d["patrols"]["days_active"] = sum(1 for n in d["patrols"]["per_day"].values() if n)
    d["previous"]["period"] = {"from": "2026-10-01", "to": "2026-10-31", "days": 31,
                               "label": "2026-10"}
    return d


def long_range() -> dict:
    """120 days across a new year: the per-day strip becomes one bar per month."""
    d = busy_week()
    first = date(2026, 9, 20)
    days = [first + timedelta(days=i) for i in range(120)]
    d["period"] = {"from": days[0].isoformat(), "to": days[-1].isoformat(), "days": 120,
                   "label": f"{days[0]}..{days[-1]}"}
    d["patrols"]["per_day"] = {x.isoformat(): x.day % 3 for x in days}
    d["patrols"]["hours_per_day"] = {x.isoformat(): 1.5 * (x.day % 3) for x in days}
    return d


DIGESTS = {"busy": busy_week, "empty": empty_week}


@pytest.fixture(params=["id", "en"])
def lang(request: pytest.FixtureRequest):  # noqa: ANN201
    before = get_lang()
    set_lang(request.param)
    yield request.param
    set_lang(before)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden {path}: run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


# -- golden files: markdown and text ----------------------------------------------------

@pytest.mark.parametrize("which", DIGESTS)
@pytest.mark.parametrize("fmt,ext", [("markdown", "md"), ("text", "txt")])
def test_golden(lang: str, which: str, fmt: str, ext: str) -> None:
    out = render(DIGESTS[which](), fmt, colour=False)
    _golden(f"report-{which}-{lang}.{ext}", out)


# -- text for WhatsApp ----------------------------------------------------------------

@pytest.mark.parametrize("make", [busy_week, empty_week, busy_month, long_range])
def test_text_is_one_paragraph_per_line_bold_and_plain(lang: str, make) -> None:  # noqa: ANN001
    d = make()
    out = render(d, "text", colour=False)
    lines = out.splitlines()
    assert re.fullmatch(r"\*(LAPORAN \w+ BHABINKAMTIBMAS|BHABINKAMTIBMAS \w+ REPORT)\*",
                        lines[2])
    assert not re.search(r"[│─┌┐└┘╭╮╰╯┃━|]", out), "no table art in a chat message"
    assert not ANSI.search(out)
    headings = [x for x in lines if re.fullmatch(r"\S*\s?\*[^*]+\*", x)]
    assert len(headings) >= 7  # title + six sections
    # no line breaks inside a sentence: each concern is whole on one line
    for concern in d["contacts"]["concerns"]:
        assert any(concern["concern"] in line for line in lines), concern["concern"]
    # a line that continues a sentence would start in lower case
    assert not [x for x in lines if x[:1].islower()]


def test_text_month_and_long_range_in_indonesian() -> None:
    set_lang("id")
    try:
        month = render(busy_month(), "text", colour=False)
        long = render(long_range(), "text", colour=False)
    finally:
        set_lang("en")
    assert "\n*LAPORAN BULANAN BHABINKAMTIBMAS*\nPersonel: Aiptu Tafsipul, " \
           "Bripka Sari Wulandari\n" in month
    assert "Periode: Bulan November 2026" in month
    assert "(rata-rata 11 patroli per 7 hari)" in month  # 47 patrols in 30 days
    assert "- Per minggu: 1 Nov 3, 2–8 Nov 9, " in month and ", 30 Nov 2\n" in month
    assert "Periode: 20 Sep 2026 – 17 Jan 2027" in long
    assert ", Januari 2027 18\n" in long


def test_text_opens_to_the_addressee_and_is_signed() -> None:
    d = busy_week()
    d["sender"] = {"name": "Aiptu Tafsipul", "nrp": "85010123", "addressee": "Kapolsek Menteng"}
    set_lang("id")
    try:
        out = render(d, "text", colour=False)
    finally:
        set_lang("en")
    english = render(d, "text", colour=False)
    assert out.startswith("Kepada Yth. Kapolsek Menteng,\nIzin melaporkan kegiatan "
                          "Bhabinkamtibmas periode 23–29 Nov 2026.\n")
    assert out.endswith("\n\nDemikian dilaporkan.\nAiptu Tafsipul\nNRP 85010123\n")
    assert english.startswith("To Kapolsek Menteng,\nReporting the Bhabinkamtibmas activities")
    assert english.endswith("Respectfully reported.\nAiptu Tafsipul\nNRP 85010123\n")


def test_words_follow_the_period() -> None:
    """A report of last week never says "this week"; one of an older week names it."""
    last = empty_week()          # W49, made on Monday of W50
    older = empty_week()
    older["generated_at"] = "2026-12-30T08:00:00+07:00"
    this = empty_week()
    this["generated_at"] = "2026-12-02T08:00:00+07:00"
    set_lang("id")
    try:
        outs = {name: {fmt: render(d, fmt, colour=False) for fmt in ("text", "markdown",
                                                                      "table", "html")}
                for name, d in (("last", last), ("older", older), ("this", this))}
    finally:
        set_lang("en")
    for fmt, out in outs["last"].items():
        assert "minggu ini" not in out.lower(), fmt
        assert "Tidak ada patroli minggu lalu." in out, fmt
        assert "dibanding minggu sebelumnya" in out.lower(), fmt
    for fmt, out in outs["older"].items():
        assert "minggu ini" not in out.lower() and "minggu lalu" not in out.lower(), fmt
        assert "Tidak ada patroli pada minggu 30 Nov – 6 Des 2026." in out, fmt
    for fmt, out in outs["this"].items():
        assert "Tidak ada patroli minggu ini." in out, fmt
        assert "dibanding minggu lalu" in out.lower(), fmt


def test_most_visited_promises_and_resolved_incidents() -> None:
    d = busy_week()
    d["incidents"]["items"][0]["status"] = "resolved"   # referred earlier, resolved since
    d["followups"]["opened_items"] = [
        {"id": "C5", "name": "Pak Rahmat", "role": "rt_rw_head",
         "follow_up": "koordinasi lampu jalan dengan kelurahan", "due": "2026-12-01",
         "done_at": None}]
    for fmt in ("text", "markdown", "table", "html"):
        out = render(d, fmt, colour=False)
        assert "Pasar Boplo" in out and "Masjid Sunda Kelapa" not in out, fmt  # visited once
        assert "handed over to Unit Laka Lantas" not in out, fmt
        assert "Promised this week" in out and "oordinasi lampu jalan dengan kelurahan" in out, fmt
        assert "due 1 Dec" in out, fmt


def test_a_stale_spot_named_as_place_and_area_is_listed_once() -> None:
    d = busy_week()
    d["coverage"]["stale_detail"].append({"name": "rw 07", "what": "place",
                                          "type": "residential", "last": "2026-10-09"})
    for fmt in ("table", "markdown", "text"):
        out = render(d, fmt, colour=False)
        assert out.lower().count("rw 07") == 1, fmt
        assert "9 Oct 2026" in out and "1 Oct 2026" not in out, fmt


def test_markdown_keeps_journal_text_literal() -> None:
    d = busy_week()
    d["contacts"]["concerns"][0]["concern"] = "pagar *rusak* | gang_3"
    out = render(d, "markdown", colour=False)
    assert r"pagar \*rusak\* \| gang\_3" in out


def test_text_reads_as_a_laphar_in_indonesian() -> None:
    set_lang("id")
    try:
        out = render(busy_week(), "text", colour=False)
        empty = render(empty_week(), "text", colour=False)
    finally:
        set_lang("en")
    assert "2026-W48" not in out and "23–29 Nov 2026" in out
    assert "14,5 jam" in out and "14.5" not in out
    assert "Kategori: *AKTIF*" in out
    assert "Tidak ada insiden minggu lalu." in empty
    assert "Nama warga ditulis dengan inisial." in empty
    assert "Demikian dilaporkan." in out


# -- the terminal page ------------------------------------------------------------------

@pytest.mark.parametrize("make", [busy_week, empty_week, busy_month, long_range])
def test_table_fits_80_columns_without_ansi(lang: str, make) -> None:  # noqa: ANN001
    out = render(make(), "table", colour=False)
    assert not ANSI.search(out)
    widths = [len(line) for line in out.splitlines()]
    assert max(widths) <= 80
    assert "Aiptu Tafsipul" in out
    assert ("Patroli" if lang == "id" else "Patrols") in out


def test_table_shows_the_week_at_a_glance() -> None:
    set_lang("id")
    try:
        out = render(busy_week(), "table", colour=False, width=None)
        empty = render(empty_week(), "table", colour=False)
    finally:
        set_lang("en")
    for word in ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min", "AKTIF",
                 "23–29 Nov 2026", "5 patroli", "14,5 jam",
                 "berpatroli 4 dari 7 hari", "Stasiun Cikini", "terakhir 20 Okt 2026",
                 "terlambat 8 hari", "Unit Laka Lantas", "▲ 2", "▼ 1"):
        assert word in out, word
    assert "Tidak ada insiden minggu lalu." in empty
    assert "Tidak ada patroli minggu lalu." in empty


def test_table_colours_grade_and_changes_but_not_incidents() -> None:
    out = render(busy_week(), "table", colour=True)
    assert ANSI.search(out)
    green, red = "\x1b[32m", "\x1b[31m"
    line = next(x for x in out.splitlines() if "Incidents" in x and "▲" in x)
    assert green not in line and red not in line  # more incidents is neither good nor bad
    line = next(x for x in out.splitlines() if "Contacts" in x and "▼" in x)
    assert red in line
    assert "\x1b[1;30;42m AKTIF " in out  # badge: black on green


def test_table_width_follows_the_console_up_to_100() -> None:
    out = render(busy_week(), "table", colour=False, width=100)
    assert max(len(x) for x in out.splitlines()) == 100
    out = render(busy_week(), "table", colour=False, width=160)
    assert max(len(x) for x in out.splitlines()) == 100


def test_narrow_terminal_keeps_every_day() -> None:
    week = render(busy_week(), "table", colour=False, width=50)
    month = render(busy_month(), "table", colour=False, width=50)
    assert max(len(x) for x in (week + month).splitlines()) == 50
    assert "Sun" in week and "Mon" in week
    assert re.search(r"│ 30 Nov +█+ +2 ", month)  # the last (part) week and its count


def test_user_text_is_not_markup() -> None:
    d = busy_week()
    d["coverage"]["places"][0]["name"] = "[bold]Pasar[/bold] <b>&"
    d["officer"] = "Aiptu <Tafsipul>"
    assert "[bold]Pasar[/bold] <b>&" in render(d, "table", colour=False)
    page = render(d, "html", colour=True)
    assert "[bold]Pasar[/bold] &lt;b&gt;&amp;" in page and "<b>&" not in page
    assert "<title>Laporan Mingguan Bhabinkamtibmas · Aiptu &lt;Tafsipul&gt;" in page \
        or "<title>Bhabinkamtibmas Weekly Report · Aiptu &lt;Tafsipul&gt;" in page
    ET.fromstring(render(d, "svg", colour=True))


# -- files ------------------------------------------------------------------------------

def test_html_is_a_page(lang: str) -> None:
    out = render(busy_week(), "html", colour=False)
    assert out.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in out
    assert '<meta charset="utf-8">' in out
    assert re.search(r"<title>[^<]*Aiptu Tafsipul · 23–29 Nov 2026</title>", out)
    heading = "Laporan Mingguan Bhabinkamtibmas" if lang == "id" else "Bhabinkamtibmas Weekly"
    assert f"<h1>{heading}" in out
    body = re.search(r"<body>.*</body>", out, re.S).group(0)
    ET.fromstring(body)  # balanced tags


def test_svg_card_parses(lang: str) -> None:
    out = render(busy_week(), "svg", colour=False)
    root = ET.fromstring(out)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == "1080"
    text = " ".join(root.itertext())
    assert "Aiptu Tafsipul" in text and "AKTIF" in text
    assert "http:" not in out.replace("http://www.w3.org/2000/svg", "")  # opens offline


# -- json -------------------------------------------------------------------------------

@pytest.mark.parametrize("make", [busy_week, empty_week])
def test_json_round_trips(make) -> None:  # noqa: ANN001
    d = make()
    out = render(d, "json", colour=True)
    assert json.loads(out) == d
    assert "Pertama" not in out and out.endswith("}\n")
    d2 = copy.deepcopy(d)
    d2["unit"] = "Polsek Menteng — Unit Binmas"
    assert "— Unit Binmas" in render(d2, "json", colour=False)  # ensure_ascii=False


def test_registry_lists_every_format() -> None:
    assert set(RENDERERS) == {"table", "markdown", "text", "html", "svg", "json", "pdf", "png"}


def test_hours_round_half_up_and_the_change_matches_the_figures_shown() -> None:
    from patrolog.render.words import change_rows, delta_text, half_up, number

    assert [half_up(v) for v in (15.75, 19.25, 2.25, -3.45, 0.04)] == [15.8, 19.3, 2.3, -3.5, 0.0]
    # Exact change 3.52 would show as 3.5 beside 15.7 and 19.3, which a reader makes 3.6.
    digest = {"patrols": {"hours": 15.74}, "previous": {"patrols": {"hours": 19.26}},
              "change": {"hours": -3.52}}
    (row,) = [r for r in change_rows(digest) if r[0] == "hours"]
    _, now, before, delta = row
    shown_now, shown_before = float(number(now)), float(number(before))
    assert (shown_now, shown_before) == (15.7, 19.3)
    assert delta_text("hours", delta) == f"▼ {number(shown_before - shown_now)}" == "▼ 3.6"


def unit_week() -> dict:
    """The unit's digest of docs/digest.md#a-units-digest: no one officer, a grade per officer, KURANG first."""
    d = busy_week()
    d["officer"] = None
    d["grade"] = None
    d["officers"] = ["Aiptu Tafsipul", "Bripka Sari Wulandari", "Briptu Made"]
    d["grades"] = {"AKTIF": 1, "CUKUP": 1, "KURANG": 1}

    def row(name: str, grade: str, n: int, overdue: int) -> dict:
        return {"officer": name, "grade": grade,
                "patrols": {"count": n, "hours": 2.5 * n, "days_active": min(n, 7)},
                "place_visits": n, "contacts": n + 1, "incidents": 0,
                "followups": {"opened": 1, "done": 0, "overdue": overdue}}

    d["by_officer"] = [row("Briptu Made", "KURANG", 0, 2), row("Bripka Sari Wulandari",
                                                               "CUKUP", 2, 0),
                       row("Aiptu Tafsipul", "AKTIF", 5, 0)]
    return d


@pytest.mark.parametrize("fmt", ["table", "markdown", "text", "html", "svg"])
def test_a_unit_is_drawn_in_every_format(lang: str, fmt: str) -> None:
    import html

    out = html.unescape(render(unit_week(), fmt, colour=False))
    assert isinstance(out, str)
    for name in ("Briptu Made", "Bripka Sari Wulandari"):
        assert name in out or fmt == "svg", name
    assert "KURANG" in out and "AKTIF" in out
    if fmt != "svg":
        assert out.index("Briptu Made") < out.index("Bripka Sari Wulandari")  # KURANG first
        assert ("per petugas" if lang == "id" else "by officer") in out.lower()
        assert ("kesatuan" if lang == "id" else "of the unit") in out.lower()  # the title


def test_a_unit_in_pdf_and_png() -> None:
    pypdf = pytest.importorskip("pypdf")
    import io

    from PIL import Image

    data = render(unit_week(), "pdf")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "Briptu Made" in text and "By officer" in text and "KURANG" in text
    image = Image.open(io.BytesIO(render(unit_week(), "png")))
    assert image.width == 1080
    colours = dict((c, n) for n, c in image.convert("RGB").getcolors(1 << 16))
    assert {(31, 122, 77), (183, 121, 31), (197, 48, 48)} <= set(colours)  # three grade tiles


def test_an_anonymous_overdue_promise_reads_by_its_role(journal) -> None:  # noqa: ANN001
    """Many residents stay anonymous: their overdue promise is 'Warga (due …): …', not a blank."""
    journal.monkeypatch.setenv("PATROLOG_NOW", "2026-11-27T20:00:00+07:00")
    journal.ok("add", "contact", "--role", "warga", "--at", "2026-11-20 10:00",
               "--follow-up", "lapor ke kelurahan", "--due", "2026-11-22")
    text = journal.ok("--lang", "id", "report", "--format", "text").stdout
    line = next(x for x in text.splitlines() if "Lapor ke kelurahan" in x)
    assert "Warga (tenggat 22 Nov, terlambat 5 hari): Lapor ke kelurahan" in line
    assert journal.ok("report", "--format", "json").json()["followups"]["overdue_items"][0][
        "role"] == "resident"


def test_one_concern_and_one_hope_read_singular(journal) -> None:  # noqa: ANN001
    journal.monkeypatch.setenv("PATROLOG_NOW", "2026-11-27T20:00:00+07:00")
    journal.ok("add", "contact", "--role", "warga", "--at", "2026-11-25 10:00",
               "--concern", "lampu jalan mati", "--field", "keamanan")
    journal.ok("add", "contact", "--role", "pedagang", "--at", "2026-11-25 11:00",
               "--hope", "pasar tertib", "--field", "ekonomi")
    text = journal.ok("--lang", "en", "report", "--format", "text").stdout
    assert "security 1 (1 concern, 0 hopes)" in text and "economy 1 (0 concerns, 1 hope)" in text
    text = journal.ok("--lang", "id", "report", "--format", "text").stdout
    assert "keamanan 1 (1 keluhan, 0 harapan)" in text
