"""Words (issue 15): the period named in dates, one name per measure in each language, no
English placeholder in an Indonesian message, a bare `config` that shows its help, import
counts of what it changed, and redacted initials that never end a sentence twice.

The clock is the suite's: Friday 27 November 2026, 20:00 WIB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Journal

from patrolog.core.i18n import get_lang, set_lang
from patrolog.render.report import render


@pytest.fixture
def week(tafsipul: Journal) -> Journal:
    tafsipul.ok("config", "set", "addressee", "Kapolsek Metro Menteng")
    tafsipul.add("patrol", "--start", "2026-11-17 08:00", "--duration", "2j",
                 "--place", "pasar:Pasar Boplo")
    tafsipul.add("patrol", "--start", "2026-11-18 08:00", "--duration", "2j")
    return tafsipul


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize(("lang", "span", "days_out", "not_names"), [
    ("id", "16–22 Nov 2026", "hari berpatroli", ("hari aktif", "hari keluar", "aktif 2 dari")),
    ("en", "16–22 Nov 2026", "days out", ("days active", "h, on 2 of 7 days")),
])
def test_the_period_in_dates_and_one_name_for_days_out(week: Journal, tmp_path: Path,
                                                      lang: str, span: str, days_out: str,
                                                      not_names: tuple) -> None:
    outs = {fmt: week.ok("--lang", lang, "report", "--week", "last", "--format", fmt).stdout
            for fmt in ("text", "markdown", "html", "table", "svg")}
    pdf = tmp_path / "r.pdf"
    week.ok("--lang", lang, "report", "--week", "last", "--output", str(pdf))
    outs["pdf"] = _pdf_text(pdf)
    for fmt, out in outs.items():
        assert "2026-W4" not in out, fmt          # never the ISO week code
        assert span in out, fmt
        assert days_out in out.lower(), fmt
        for other in not_names:
            assert other not in out.lower(), (fmt, other)
    letter = outs["text"].splitlines()
    assert span in letter[1]                     # "Izin melaporkan … periode 16–22 Nov 2026."
    # a unit's officer table names the measure the same way
    week.ok("config", "set", "officer", "Bripka Sari")
    week.add("patrol", "--start", "2026-11-19 08:00", "--duration", "1j")
    unit = week.ok("--lang", lang, "report", "--week", "last", "--format", "markdown").stdout
    assert days_out in unit.lower()
    assert all(other not in unit.lower() for other in not_names)


def test_no_stale_places_is_one_sentence(week: Journal) -> None:
    out = week.ok("--lang", "id", "report", "--week", "last", "--format", "text").stdout
    assert "Semua tempat dan wilayah yang pernah dikunjungi, dikunjungi lagi" in out
    assert "): tidak ada:" not in out


def test_search_without_text_names_it_in_indonesian(week: Journal) -> None:
    res = week.run("--lang", "id", "search")
    assert res.exit_code == 2
    assert res.stderr == "patrolog: Kata yang dicari belum diberikan; lihat --help\n"
    res = week.run("--lang", "en", "show")
    assert res.stderr == "patrolog: missing: the record's id (e.g. P12); see --help\n"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_bare_config_shows_its_help_with_exit_0(week: Journal, lang: str) -> None:
    res = week.run("--lang", lang, "config")
    assert res.exit_code == 0 and res.stderr == ""
    assert res.stdout.startswith(("Usage: patrolog config", "Penggunaan: patrolog config"))
    assert "\\n" not in res.stdout and "patrolog config list" in res.stdout


def test_import_counts_only_what_it_changed(week: Journal, tmp_path: Path) -> None:
    # Another officer's file: three records they deleted, which this journal never had.
    other = Journal(tmp_path / "other.db", week.monkeypatch)
    other.ok("config", "set", "officer", "Bripka Sari")
    for hour in ("08", "09", "10"):
        other.add("incident", "--kind", "laka", "--at", f"2026-11-20 {hour}:00")
    keep = other.add("incident", "--kind", "cekcok", "--at", "2026-11-20 11:00")
    for ref in ("I1", "I2", "I3"):
        other.ok("delete", ref, "--yes")
    out = tmp_path / "sari.jsonl"
    other.ok("export", "-o", str(out))
    counts = week.ok("import", str(out), "--json").json()
    assert counts == {"added": 1, "updated": 0, "deleted": 0, "unchanged": 3}
    text = week.ok("--lang", "id", "import", str(out)).stdout + \
        week.ok("--lang", "id", "import", str(out)).stderr
    assert "dihapus 3" not in text
    # deleting the one it had is a deletion here, once
    other.ok("delete", keep, "--yes")
    other.ok("export", "-o", str(out))
    assert week.ok("import", str(out), "--json").json()["deleted"] == 1
    assert week.ok("import", str(out), "--json").json()["deleted"] == 0


def test_redacted_initials_never_end_a_sentence_twice(tafsipul: Journal) -> None:
    tafsipul.add("contact", "--role", "pedagang", "--name", "Bu Siti Rahma", "--at",
                 "2026-11-25 09:00", "--concern", "parkir liar, kata Siti Rahma.",
                 "--follow-up", "temui Siti Rahma")
    for lang in ("id", "en"):
        for fmt in ("text", "markdown", "html", "json"):
            out = tafsipul.ok("--lang", lang, "report", "--redact", "--format", fmt).stdout
            assert "Siti" not in out and "Rahma" not in out, fmt
            assert "SR" in out, fmt
            assert "S.R." not in out and "SR.." not in out and ".." not in out.replace(
                "...", ""), fmt
    names = tafsipul.ok("report", "--redact", "--json").json()["contacts"]["first_time_names"]
    assert names == ["SR"]
