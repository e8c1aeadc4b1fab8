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
