"""Privacy (SPEC §7): `--redact` on every report format and on export, `erase`, `purge`,
retention. Real journals through the CLI; the clock is fixed with PATROLOG_NOW."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import Journal

from patrolog.redact import MASK, Redactor, initials

NOW = "2026-11-27T20:00:00+07:00"      # Friday of 2026-W48
OFFICER = "Aiptu Tafsipul"
CONCERN = ("motor hilang di depan rumah Pak Joko Susilo, pelaku diduga anak Pak Karto; "
           "hubungi +62 812 3456 7891 atau 021-3456789, NIK 3171012345670001")
# What must never show once redacted (the contact's own phone is 0812-3456-7890).
SECRETS = ("Joko", "Susilo", "Karto", "Siti", "Aminah", "Wulan", "3456", "3171012345670001",
           "3171 0123")


@pytest.fixture
def town(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> Journal:
    """One week of an officer's records that name residents everywhere free text goes."""
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    j = journal
    j.ok("config", "set", "officer", OFFICER)
    j.ok("config", "set", "unit", "Polsek Metro Menteng")
    j.ok("config", "set", "timezone", "Asia/Jakarta")
    j.add("patrol", "--start", "2026-11-24 08:00", "--duration", "3h", "--area", "RW 05",
          "--place", "other:Rumah Pak Joko Susilo", "--place", "market:Pasar Boplo",
          "--summary", "sambang ke Bu Siti Aminah, nomor 0812 3456 7893")
    j.add("incident", "--at", "2026-11-24 09:00", "--kind", "pencurian",
          "--location", "depan rumah Pak Joko Susilo",
          "--description", "pelaku diduga anak Pak Karto",
          "--action", "Aiptu Tafsipul memediasi Joko Susilo dan keluarga Karto")
    j.add("contact", "--at", "2026-11-24 10:00", "--role", "warga", "--name", "Pak Joko Susilo",
          "--phone", "0812-3456-7890", "--concern", CONCERN,
          "--follow-up", "kabari Joko lewat +6281234567892", "--due", "2026-11-25")
    j.add("contact", "--at", "2026-11-24 10:30", "--role", "pedagang", "--name", "Siti Aminah",
          "--topic", "keamanan pasar; Mbak Wulan ikut", "--concern", "parkir liar, kata Siti")
    return j


# -- the text itself ---------------------------------------------------------------------
def test_initials_drop_honorifics() -> None:
    assert initials("Pak Rahmat Hidayat") == "R.H."
    assert initials("Ustadz H.Abdul Somad") == "A.S."
    assert initials("Hj. Siti") == "S."
    assert initials(None) is None and initials("Pak") is None


@pytest.mark.parametrize("phone", ["0812-3456-7890", "0812 3456 7890", "081234567890",
                                   "+62 812 3456 7890", "+62-812-3456-7890", "+6281234567890",
                                   "6281234567890", "(021) 3456789", "021-3456789",
                                   "0812.3456.7890"])
def test_phones_in_every_form_are_dropped(phone: str) -> None:
    assert Redactor().text(f"hubungi {phone} malam ini") == f"hubungi {MASK} malam ini"


@pytest.mark.parametrize("text", ["tanggal 05-12-2026 jam 08.30", "Rp 1.250.000", "RT 05 RW 03",
                                  "2026-11-27T08:00:00+07:00", "3 orang luka, 2 motor"])
def test_dates_times_and_amounts_are_not_phones(text: str) -> None:
    assert Redactor().text(text) == text


def test_nik_with_or_without_spaces_is_dropped() -> None:
    r = Redactor()
    assert r.text("NIK 3171012345670001.") == f"NIK {MASK}."
    assert r.text("KTP 3171 0123 4567 0001 hilang") == f"KTP {MASK} hilang"


def test_names_in_free_text() -> None:
    r = Redactor(residents=["Pak Joko Susilo", "Siti Aminah", "rahmat"], officers=[OFFICER])
    assert r.text("rumah Pak Joko Susilo … pelaku diduga anak Pak Karto") == \
        "rumah J.S. … pelaku diduga anak K."
    assert r.text("joko susilo datang, Siti juga") == "J.S. datang, S. juga"
    assert r.text("Ustadz H.Abdul Somad dan Hj. Maemunah") == "A.S. dan M."
    # Roles after an honorific stay, and so does a word that only looks like a name.
    assert r.text("lapor ke Pak RT dan Bu Lurah; warga rahmat sekali") == \
        "lapor ke Pak RT dan Bu Lurah; warga rahmat sekali"
    assert r.text("Pak RT Joko") == "Pak RT J."
    # The officer stays, with or without an honorific.
    assert r.text("Aiptu Tafsipul dan Pak Tafsipul") == "Aiptu Tafsipul dan Pak Tafsipul"


# -- report --------------------------------------------------------------------------------
def test_report_json_redacts_the_issue_example(town: Journal) -> None:
    d = town.ok("report", "--json", "--redact").json()
    assert d["redacted"] is True and d["officer"] == OFFICER
    concerns = d["contacts"]["concerns"]
    assert [c["name"] for c in concerns] == ["J.S.", "S.A."]
    assert concerns[0]["concern"] == (f"motor hilang di depan rumah J.S., pelaku diduga anak K.; "
                                      f"hubungi {MASK} atau {MASK}, NIK {MASK}")
    assert concerns[1]["concern"] == "parkir liar, kata S."
    assert d["contacts"]["first_time_names"] == ["J.S.", "S.A."]
    item = d["incidents"]["items"][0]
    assert item["location"] == "depan rumah J.S."
    assert item["action"] == "Aiptu Tafsipul memediasi J.S. dan keluarga K."
    assert {p["name"] for p in d["coverage"]["places"]} == {"Rumah J.S.", "Pasar Boplo"}
    overdue = d["followups"]["overdue_items"][0]
    assert (overdue["name"], overdue["follow_up"]) == ("J.S.", f"kabari J. lewat {MASK}")
    # Counts stay what they were.
    plain = town.ok("report", "--json").json()
    for key in ("patrols", "incidents"):
        assert {k: v for k, v in d[key].items() if k != "items"} == \
            {k: v for k, v in plain[key].items() if k != "items"}
    assert d["contacts"]["count"] == plain["contacts"]["count"] == 2


@pytest.mark.parametrize("fmt", ["table", "text", "markdown", "json", "html", "svg"])
def test_report_redacts_every_format(town: Journal, fmt: str) -> None:
    plain = town.ok("report", "--format", fmt).stdout
    assert "Joko" in plain or fmt == "svg"  # the test can fail: names are there unredacted
    out = town.ok("report", "--format", fmt, "--redact").stdout
    assert out.strip()
    for secret in SECRETS:
        assert secret not in out, (fmt, secret)
    if fmt != "svg":
        assert "Tafsipul" in out


def test_report_file_is_redacted(town: Journal, tmp_path: Path) -> None:
    target = tmp_path / "laporan.html"
    town.ok("report", "--format", "html", "--redact", "--output", str(target))
    text = target.read_text(encoding="utf-8")
    assert "J.S." in text
    for secret in SECRETS:
        assert secret not in text


# -- export --------------------------------------------------------------------------------
def test_export_redact_jsonl(town: Journal) -> None:
    plain = town.ok("export").stdout
    assert "Joko" in plain and "0812-3456-7890" in plain
    out = town.ok("export", "--redact").stdout
    for secret in SECRETS:
        assert secret not in out, secret
    recs = [json.loads(line) for line in out.splitlines()]
    assert len(recs) == 4
    patrol, incident, joko, siti = recs
    assert patrol["places"][0] == {"type": "other", "name": "Rumah J.S."}
    assert patrol["summary"] == f"sambang ke S.A., nomor {MASK}"
    assert incident["description"] == "pelaku diduga anak K."
    assert (joko["name"], joko["phone"]) == ("J.S.", None)
    assert siti["topic"] == "keamanan pasar; W. ikut"
    assert {r["officer"] for r in recs} == {OFFICER}
    # uids and times stay, so a redacted export is still a faithful count of the work
    assert [r["uid"] for r in recs] == [json.loads(line)["uid"] for line in plain.splitlines()]


def test_export_redact_csv_to_a_file(town: Journal, tmp_path: Path) -> None:
    target = tmp_path / "kontak.csv"
    town.ok("export", "contacts", "--format", "csv", "--redact", "--output", str(target))
    text = target.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text, secret
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["name"] for r in rows] == ["J.S.", "S.A."]
    assert all(r["phone"] == "" for r in rows)
