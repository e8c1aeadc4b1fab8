"""`report --grades` on SQLite journals (docs/report-json.md "The grades alone"): each
officer's grade and numbers, units kept apart, every format walking one model.

Three officers keep their own journals; two of Polsek Metro Menteng, one of Polsek Gambir
who has the name of one of Menteng's. A Kanit merges Menteng's two (`menteng.db`), a Polres
all three (`polres.db`). The clock: Friday 27 November 2026, 20:00 WIB, in week 2026-W48.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Journal

MENTENG, GAMBIR = "Polsek Metro Menteng", "Polsek Gambir"
TAFSIPUL, WAYAN = "Aiptu Tafsipul", "Bripka Wayan"
KEYS = ["report", "period", "generated_at", "timezone", "unit", "units", "grades", "by_unit",
        "by_officer"]


def _officer(tmp: Path, mp: pytest.MonkeyPatch, name: str, unit: str, patrols: list[str],
             contacts: list[str] = ()) -> Path:
    j = Journal(tmp / f"{unit}-{name}.db".replace(" ", "_"), mp)
    j.ok("config", "set", "officer", name)
    j.ok("config", "set", "unit", unit)
    for start in patrols:
        j.add("patrol", "--start", start, "--duration", "2h", "--kind", "sambang",
              "--place", "pasar:Pasar Baru")
    for at in contacts:
        j.add("contact", "--role", "warga", "--name", "Pak Darto", "--at", at)
    return j.path


@pytest.fixture
def journals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Journal]:
    menteng = [
        _officer(tmp_path, monkeypatch, TAFSIPUL, MENTENG,
                 ["2026-11-23 08:00", "2026-11-24 08:00", "2026-11-25 08:00",
                  "2026-11-26 08:00"]),
        # nothing this week, a contact two weeks ago: on the roster, KURANG
        _officer(tmp_path, monkeypatch, WAYAN, MENTENG, [], ["2026-11-12 10:00"])]
    gambir = _officer(tmp_path, monkeypatch, TAFSIPUL, GAMBIR, ["2026-11-24 19:00"])
    out = {}
    for name, sources in (("menteng", menteng), ("polres", [*menteng, gambir])):
        j = Journal(tmp_path / f"{name}.db", monkeypatch)
        for source in sources:
            j.ok("merge", str(source))
        out[name] = j
    out["menteng"].ok("config", "set", "unit", MENTENG)
    return out


def test_a_units_grades_are_its_digests_rows(journals) -> None:
    j = journals["menteng"]
    data = j.ok("report", "--grades", "--json").json()
    assert list(data) == KEYS and data["report"] == "grades"
    assert data["unit"] == MENTENG and data["units"] == [MENTENG]
    assert [(r["unit"], r["officer"], r["grade"]) for r in data["by_officer"]] == [
        (MENTENG, WAYAN, "KURANG"), (MENTENG, TAFSIPUL, "AKTIF")]
    assert data["grades"] == {"AKTIF": 1, "CUKUP": 0, "KURANG": 1}
    assert data["by_unit"] == [{"unit": MENTENG, "officers": 2, "grades": data["grades"]}]
    digest = j.ok("report", "--json").json()
    assert [{k: v for k, v in r.items() if k != "unit"} for r in data["by_officer"]] \
        == digest["by_officer"]
    assert data["period"] == digest["period"]
    # --redact hides residents; the grades name officers only: the same
    assert j.ok("report", "--grades", "--json", "--redact").stdout == \
        j.ok("report", "--grades", "--json").stdout


def test_many_units_keep_officers_of_one_name_apart(journals) -> None:
    data = journals["polres"].ok("report", "--grades", "--json").json()
    assert data["unit"] is None and data["units"] == [GAMBIR, MENTENG]
    assert [(r["unit"], r["officer"], r["grade"], r["patrols"]["count"])
            for r in data["by_officer"]] == [
        (MENTENG, WAYAN, "KURANG", 0), (GAMBIR, TAFSIPUL, "CUKUP", 1),
        (MENTENG, TAFSIPUL, "AKTIF", 4)]
    assert data["by_unit"] == [
        {"unit": GAMBIR, "officers": 1, "grades": {"AKTIF": 0, "CUKUP": 1, "KURANG": 0}},
        {"unit": MENTENG, "officers": 2, "grades": {"AKTIF": 1, "CUKUP": 0, "KURANG": 1}}]
    assert data["grades"] == {"AKTIF": 1, "CUKUP": 1, "KURANG": 1}


def test_every_format_shows_the_grades(journals, tmp_path) -> None:
    j = journals["polres"]
    table = j.ok("report", "--grades").stdout
    for word in ("GRADES OF THE WEEK", "Grades by unit", "By officer", GAMBIR, MENTENG,
                 "KURANG", "CUKUP", "AKTIF", "AKTIF 1 · CUKUP 1 · KURANG 1"):
        assert word in table, word
    # KURANG first: Wayan's line before both Tafsipuls'
    assert table.index(WAYAN) < table.index(TAFSIPUL)
    text = j.ok("report", "--grades", "-f", "text").stdout
    assert f"1. *{WAYAN}* – KURANG: {MENTENG};" in text
    assert f"2. *{TAFSIPUL}* – CUKUP: {GAMBIR};" in text
    assert f"*{GAMBIR}* – AKTIF 0 · CUKUP 1 · KURANG 0: 1 officer" in text
    markdown = j.ok("report", "--grades", "-f", "markdown").stdout
    assert f"| {TAFSIPUL} | CUKUP | {GAMBIR} | 1 |" in markdown
    assert f"| {GAMBIR} | AKTIF 0 · CUKUP 1 · KURANG 0 | 1 |" in markdown
    html = j.ok("report", "--grades", "-f", "html").stdout
    assert '<span class="grade KURANG">KURANG</span>' in html and "<footer" not in html
    assert html.count("<tr>") == 2 + 3 + 2   # two tables' heads, two units, three officers
    pdf = tmp_path / "grades.pdf"
    j.ok("report", "--grades", "-o", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert j.ok("--lang", "id", "report", "--grades", "-f", "markdown").stdout.startswith(
        "# Rekap Kategori Mingguan Bhabinkamtibmas\n\n- **Kesatuan:** 2 kesatuan\n"
        "- **Personel:** 3 orang\n")


@pytest.mark.parametrize("args, says", [
    (["-f", "png", "-o", "g.png"], "--grades has no png card"),
    (["-o", "g.svg"], "--grades has no svg card"),
    (["--officer", TAFSIPUL], "leave out --officer")])
def test_what_the_grades_have_not_is_refused(journals, tmp_path, monkeypatch, args,
                                             says) -> None:
    monkeypatch.chdir(tmp_path)
    res = journals["polres"].run("report", "--grades", *args)
    assert res.exit_code == 2 and says in res.stderr and res.stderr.count("\n") == 1
    assert not (tmp_path / "g.png").exists() and not (tmp_path / "g.svg").exists()


def test_a_journal_with_no_officers_has_no_grades(journal) -> None:
    data = journal.ok("report", "--grades", "--json").json()
    assert data["by_officer"] == [] and data["by_unit"] == [] and data["units"] == []
    assert data["grades"] == {"AKTIF": 0, "CUKUP": 0, "KURANG": 0}
    assert "No officer has records" in journal.ok("report", "--grades", "-f", "text").stdout


def test_records_naming_no_unit_come_last(tmp_path, monkeypatch) -> None:
    """Over several units, an officer whose records name no unit is counted under none
    (null), after every named unit, in the units and in the officers alike."""
    merged = Journal(tmp_path / "merged.db", monkeypatch)
    for name, unit in (("Bripka A", "Polsek Z"), ("Bripka B", "Polsek Y"), ("Bripka C", None)):
        j = Journal(tmp_path / f"{name}.db", monkeypatch)
        j.ok("config", "set", "officer", name)
        if unit:
            j.ok("config", "set", "unit", unit)
        j.add("patrol", "--start", "2026-11-24 08:00", "--duration", "2h")
        merged.ok("merge", str(j.path))
    data = merged.ok("report", "--grades", "--json").json()
    assert data["units"] == ["Polsek Y", "Polsek Z", None]
    assert [u["unit"] for u in data["by_unit"]] == data["units"]
    assert [(r["unit"], r["officer"]) for r in data["by_officer"]] == [
        ("Polsek Y", "Bripka B"), ("Polsek Z", "Bripka A"), (None, "Bripka C")]
    assert "*–* – AKTIF 0 · CUKUP 1 · KURANG 0: 1 officer" in merged.ok(
        "report", "--grades", "-f", "text").stdout
