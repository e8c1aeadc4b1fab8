"""Privacy (docs/privacy.md): `--redact` on every report format and on export, `erase`, `purge`,
retention. Real journals through the CLI; the clock is fixed with PATROLOG_NOW."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Journal, exported, spawn

from patrolog.privacy.redact import MASK, Redactor, initials

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
    assert initials("Pak Rahmat Hidayat") == "RH"
    assert initials("Ustadz H.Abdul Somad") == "AS"
    assert initials("Hj. Siti") == "S"
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
        "rumah JS … pelaku diduga anak K"
    assert r.text("joko susilo datang, Siti juga") == "JS datang, S juga"
    assert r.text("Ustadz H.Abdul Somad dan Hj. Maemunah") == "AS dan M"
    # Roles after an honorific stay, and so does a word that only looks like a name.
    assert r.text("lapor ke Pak RT dan Bu Lurah; warga rahmat sekali") == \
        "lapor ke Pak RT dan Bu Lurah; warga rahmat sekali"
    assert r.text("Pak RT Joko") == "Pak RT J"
    assert r.text("pindah ke Ibu Kota") == "pindah ke Ibu Kota"
    assert r.text("PAK KARTO marah") == "K marah"
    # The officer stays, with or without an honorific.
    assert r.text("Aiptu Tafsipul dan Pak Tafsipul") == "Aiptu Tafsipul dan Pak Tafsipul"


# -- report --------------------------------------------------------------------------------
def test_report_json_redacts_the_issue_example(town: Journal) -> None:
    d = town.ok("report", "--json", "--redact").json()
    assert d["redacted"] is True and d["officer"] == OFFICER
    concerns = d["contacts"]["concerns"]
    assert [c["name"] for c in concerns] == ["JS", "SA"]
    assert concerns[0]["concern"] == (f"motor hilang di depan rumah JS, pelaku diduga anak K; "
                                      f"hubungi {MASK} atau {MASK}, NIK {MASK}")
    assert concerns[1]["concern"] == "parkir liar, kata S"
    assert d["contacts"]["first_time_names"] == ["JS", "SA"]
    item = d["incidents"]["items"][0]
    assert item["location"] == "depan rumah JS"
    assert item["action"] == "Aiptu Tafsipul memediasi JS dan keluarga K"
    assert {p["name"] for p in d["coverage"]["places"]} == {"Rumah JS", "Pasar Boplo"}
    overdue = d["followups"]["overdue_items"][0]
    assert (overdue["name"], overdue["follow_up"]) == ("JS", f"kabari J lewat {MASK}")
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


def test_report_pdf_is_redacted(town: Journal, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")

    def text_of(path: Path) -> str:
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)

    plain, redacted = tmp_path / "plain.pdf", tmp_path / "redacted.pdf"
    town.ok("report", "--output", str(plain))
    town.ok("report", "--redact", "--output", str(redacted))
    assert "Joko" in text_of(plain)  # the test can fail: pypdf reads the names
    text = text_of(redacted)
    assert "JS" in text and "Tafsipul" in text
    for secret in SECRETS:
        assert secret not in text, secret


def test_report_file_is_redacted(town: Journal, tmp_path: Path) -> None:
    target = tmp_path / "laporan.html"
    town.ok("report", "--format", "html", "--redact", "--output", str(target))
    text = target.read_text(encoding="utf-8")
    assert "JS" in text
    for secret in SECRETS:
        assert secret not in text


# -- export --------------------------------------------------------------------------------
def test_export_redact_jsonl(town: Journal) -> None:
    plain = town.ok("export").stdout
    assert "Joko" in plain and "0812-3456-7890" in plain
    out = town.ok("export", "--redact").stdout
    recs = exported(out)
    # every field but the uids, which are random hex and may hold "3456" by chance
    shown = json.dumps([{k: v for k, v in r.items() if not k.endswith("uid")} for r in recs],
                       ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in shown, secret
    assert len(recs) == 4
    patrol, incident, joko, siti = recs
    assert patrol["places"][0] == {"type": "other", "name": "Rumah JS"}
    assert patrol["summary"] == f"sambang ke SA, nomor {MASK}"
    assert incident["description"] == "pelaku diduga anak K"
    assert (joko["name"], joko["phone"]) == ("JS", None)
    assert siti["topic"] == "keamanan pasar; W ikut"
    assert {r["officer"] for r in recs} == {OFFICER}
    # uids and times stay, so a redacted export is still a faithful count of the work
    assert [r["uid"] for r in recs] == [r["uid"] for r in exported(plain)]


def test_export_redact_csv_to_a_file(town: Journal, tmp_path: Path) -> None:
    target = tmp_path / "kontak.csv"
    town.ok("export", "contacts", "--format", "csv", "--redact", "--output", str(target))
    text = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    # every field but the uids, which are random hex and may hold "3456" by chance
    shown = "\n".join(v or "" for r in rows for k, v in r.items() if not k.endswith("uid"))
    for secret in SECRETS:
        assert secret not in shown, secret
    assert [r["name"] for r in rows] == ["JS", "SA"]
    assert all(r["phone"] == "" for r in rows)


# -- erase ---------------------------------------------------------------------------------
def _side_files(j: Journal) -> list[Path]:
    return [p for p in (j.path, Path(f"{j.path}-wal"), Path(f"{j.path}-shm")) if p.exists()]


def _grep(j: Journal, *words: str) -> list[str]:
    """What `grep -a -i` finds of `words` in the journal and its side files."""
    found = []
    for word in words:
        res = subprocess.run(["grep", "-a", "-i", "-l", "-F", word, *map(str, _side_files(j))],
                             capture_output=True, text=True)
        found += [f"{word} in {line}" for line in res.stdout.splitlines()]
    return found


JOKO = ("Joko", "Susilo", "0812-3456-7890", "81234567890", "812 3456 7890")


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_erase_leaves_nothing_for_grep(town: Journal) -> None:
    j = town
    # An earlier version that names him, and a deleted record that does.
    j.ok("edit", "C1", "--concern", "motor hilang, sudah lapor")
    gone = j.add("incident", "--at", "2026-11-25 09:00", "--kind", "perselisihan",
                 "--description", "Joko Susilo ribut dengan tetangga, telp 0812 3456 7890")
    j.ok("delete", gone, "--yes")
    before = j.ok("info", "--json").json()["counts"]
    assert _grep(j, *JOKO)  # the test can fail: the name is in the file now

    res = j.ok("erase", "--name", "joko susilo", "--yes")
    assert res.stdout.startswith("erased joko susilo: 1 contacts made anonymous")

    assert _grep(j, *JOKO) == []
    assert j.ok("info", "--json").json()["counts"] == before  # the contact stays, anonymous
    joko = j.ok("show", "C1", "--json").json()
    assert (joko["name"], joko["phone"]) == (None, None)
    # the erased version is the newest, for a merge: after the edit's (stamped a second
    # after the version it replaced, the clock standing still)
    assert joko["updated_at"] > NOW
    assert json.dumps(joko["history"], ensure_ascii=False).count("Joko") == 0
    assert "[dihapus]" in joko["follow_up"]
    incident = j.ok("show", "I1", "--json").json()
    assert incident["location"] == "depan rumah [dihapus]"
    assert incident["action"].startswith("Aiptu Tafsipul memediasi [dihapus]")  # officer stays
    assert j.ok("search", "joko").stdout.strip() in ("", "no records", "tidak ada catatan") \
        or "Joko" not in j.ok("search", "joko").stdout
    assert j.ok("search", "dihapus", "--json").json()
    # Other residents are untouched, and the officer is still in the file.
    assert j.ok("show", "C2", "--json").json()["name"] == "Siti Aminah"
    assert b"Tafsipul" in j.path.read_bytes()
    wal = Path(f"{j.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_erase_asks_off_a_terminal_only_with_yes(town: Journal) -> None:
    snapshot = town.snapshot()
    res = town.run("erase", "--name", "Pak Joko Susilo")
    assert res.exit_code == 2 and res.stdout.count("\n") <= 12
    assert res.stderr == "patrolog: not erasing without --yes (no terminal to ask on)\n"
    assert "C1" in res.stdout and "erase Pak Joko Susilo" in res.stdout  # what it would change
    assert town.snapshot() == snapshot


def test_erase_by_contact_and_its_counts(town: Journal) -> None:
    res = town.ok("erase", "--contact", "C2", "--yes", "--json").json()
    assert res["erased"] == "Siti Aminah" and res["contacts_anonymous"] == 1
    assert res["changed"] == ["P1", "C2"] and res["history"] == 0
    assert town.ok("show", "C2", "--json").json()["name"] is None
    assert town.ok("show", "P1", "--json").json()["summary"].startswith("sambang ke [dihapus]")
    assert b"Siti" not in town.path.read_bytes() and b"Aminah" not in town.path.read_bytes()


def test_erase_refusals(town: Journal) -> None:
    for args, code, words in (
        ((), 2, "--name"), (("--name", "X", "--contact", "C1"), 2, "--name"),
        (("--name", "Aiptu Tafsipul", "--yes"), 2, "officer"),
        (("--name", "Pak", "--yes"), 2, "honorific"),
        (("--contact", "P1", "--yes"), 2, "not a contact"),
        (("--contact", "C99", "--yes"), 2, "C99"),
    ):
        res = town.run("erase", *args)
        assert res.exit_code == code and words in res.stderr, (args, res.stderr)
        assert res.stderr.count("\n") == 1
    res = town.ok("erase", "--name", "Pak Budi Santoso", "--yes")
    assert res.stdout == "nothing in the journal names Pak Budi Santoso; nothing changed\n"


def test_erase_tells_of_backups_and_deletes_them_on_request(town: Journal) -> None:
    backup = town.path.with_name(town.path.name + ".v2-20261101-080000.bak")
    shutil.copyfile(town.path, backup)
    res = town.ok("erase", "--name", "Pak Karto", "--yes")
    assert "1 backups from before a migration still hold" in res.stdout
    assert str(backup) in res.stdout and backup.exists()
    res = town.ok("erase", "--name", "Siti Aminah", "--yes", "--delete-backups")
    assert "deleted 1 backups" in res.stdout and not backup.exists()


def test_erase_speaks_indonesian(town: Journal) -> None:
    res = town.run("--lang", "id", "erase", "--name", "Joko")
    assert res.stderr == "patrolog: tidak menghapus tanpa --yes (tidak ada terminal untuk " \
                         "bertanya)\n"
    assert res.stdout.startswith("hapus Joko: ")


# -- purge and retention ---------------------------------------------------------------------
@pytest.fixture
def old_and_new(town: Journal) -> Journal:
    """Town, plus records of 2024: a patrol with an incident and a contact on it, edited."""
    j = town
    j.add("patrol", "--start", "2024-05-01 08:00", "--duration", "2h",
          "--place", "other:Warung Bu Darmi")                                  # P2
    j.add("incident", "--at", "2024-05-01 09:00", "--kind", "laka", "--status", "resolved",
          "--description", "tabrakan di depan warung Bu Darmi")               # I2, on P2
    j.add("contact", "--at", "2024-05-01 09:30", "--role", "warga", "--name", "Bu Darmi",
          "--phone", "0813 1111 2222")                                       # C3, on P2
    j.ok("edit", "C3", "--concern", "minta lampu jalan")
    # A 2025 contact linked by hand to the old patrol: it stays and loses the link.
    j.add("contact", "--at", "2025-06-01 09:30", "--role", "warga", "--patrol", "P2",
          "--topic", "ronda")                                                 # C4
    return j


def test_purge_removes_old_records_for_good(old_and_new: Journal) -> None:
    j = old_and_new
    assert _grep(j, "Darmi", "1111 2222")
    res = j.ok("purge", "--before", "2025-01-01", "--yes")
    assert res.stdout == ("removed 1 patrols, 1 incidents, 1 contacts before 2025-01-01 and "
                          "1 earlier versions; free space wiped\n")
    assert _grep(j, "Darmi", "1111 2222") == []
    counts = j.ok("info", "--json").json()["counts"]
    assert counts == {"patrols": 1, "incidents": 1, "contacts": 3}
    assert j.ok("show", "C4", "--json").json()["patrol"] is None
    assert j.sql("SELECT count(*) FROM history")[0][0] == 0
    assert j.sql("SELECT count(*) FROM visits")[0][0] == 2
    assert j.run("show", "P2").exit_code == 2
    assert j.ok("search", "lampu", "--json").json() == []
    # again: nothing left to purge
    assert j.ok("purge", "--before", "2025-01-01").stdout == \
        "no records before 2025-01-01; nothing changed\n"


def test_purge_refusals_change_nothing(old_and_new: Journal) -> None:
    j = old_and_new
    snapshot = j.snapshot()
    res = j.run("purge", "--before", "2025-01-01")
    assert res.exit_code == 2 and "--yes" in res.stderr
    assert res.stdout.startswith("before 2025-01-01: 1 patrols, 1 incidents, 1 contacts")
    assert j.run("purge", "--before", "2027-01-01", "--yes").exit_code == 2
    assert j.run("purge", "--before", "kapan-kapan", "--yes").exit_code == 2
    assert j.run("purge", "--yes").exit_code == 2
    assert j.snapshot() == snapshot


@pytest.mark.parametrize("given, stored", [("2y", "2 years"), ("18 bulan", "18 months"),
                                           ("6 months", "6 months"), ("90 hari", "90 days"),
                                           ("3 Tahun", "3 years"), ("12 minggu", "12 weeks")])
def test_retention_is_validated_and_normalised(journal: Journal, given: str, stored: str) -> None:
    assert journal.ok("config", "set", "retention", given).stdout == f"retention = {stored}\n"
    assert journal.ok("config", "get", "retention").stdout == f"{stored}\n"


@pytest.mark.parametrize("bad", ["18", "abc", "0 hari", "2 jam", "1.5y", "999 tahun"])
def test_retention_refuses_what_is_not_a_period(journal: Journal, bad: str) -> None:
    res = journal.run("config", "set", "retention", bad)
    assert res.exit_code == 2 and "retention" in res.stderr and res.stderr.count("\n") == 1


def test_due_reports_records_past_retention(old_and_new: Journal) -> None:
    j = old_and_new
    j.ok("followups", "--done", "C1")  # only the retention line is left to report
    j.add("patrol", "--start", "2026-11-26 08:00", "--duration", "2h")
    assert j.run("due").exit_code == 0
    j.ok("config", "set", "retention", "18 bulan")  # first day kept: 2025-05-27
    res = j.run("due")
    assert res.exit_code == 1
    assert res.stdout == ("3 records are past the retention of 18 months (before 2025-05-27: "
                          "1 patrols, 1 incidents, 1 contacts): "
                          "patrolog purge --before 2025-05-27\n")
    item = j.run("due", "--json").json()[0]
    assert (item["reason"], item["due"], item["counts"]["contacts"]) == \
        ("retention", "2025-05-27", 1)
    assert "18 bulan" in j.run("--lang", "id", "due").stdout
    j.ok("purge", "--before", "2025-05-27", "--yes")
    assert j.run("due").exit_code == 0


# -- the fields of disputes and hopes ---------------------------------------------------------
def test_parties_resolution_and_hope_are_redacted_and_erased(town: Journal) -> None:
    j = town
    j.add("incident", "--at", "2026-11-26 09:00", "--kind", "perselisihan",
          "--party", "Joko Susilo", "--party", "keluarga Pak Karto",
          "--resolution", "damai; Joko ganti rugi ke Bu Siti Aminah")
    j.add("contact", "--at", "2026-11-26 10:00", "--role", "warga",
          "--hope", "Pak Joko Susilo minta ronda tiap malam, hubungi 0812 3456 7890")
    recs = exported(j.ok("export", "--redact").stdout)
    dispute = next(r for r in recs if r["id"] == "I2")
    assert dispute["parties"] == ["JS", "keluarga K"]
    assert dispute["resolution"] == "damai; J ganti rugi ke SA"
    hope = next(r for r in recs if r["id"] == "C3")["hope"]
    assert hope == f"JS minta ronda tiap malam, hubungi {MASK}"
    case = j.ok("report", "--json", "--redact").json()["incidents"]["problem_solving"]["items"]
    assert [(c["parties"], c["resolution"]) for c in case] == \
        [(["JS", "keluarga K"], "damai; J ganti rugi ke SA")]
    for fmt in ("text", "html", "markdown"):
        out = j.ok("report", "--format", fmt, "--redact").stdout
        assert "keluarga K" in out and "Joko" not in out and "Karto" not in out, fmt

    j.ok("erase", "--name", "Pak Joko Susilo", "--yes")
    dispute = j.ok("show", "I2", "--json").json()
    assert dispute["parties"] == ["[dihapus]", "keluarga Pak Karto"]
    assert dispute["resolution"] == "damai; [dihapus] ganti rugi ke Bu Siti Aminah"
    assert j.ok("show", "C3", "--json").json()["hope"] == \
        "[dihapus] minta ronda tiap malam, hubungi [dihapus]"


# -- on a terminal: it lists, then asks --------------------------------------------------------
def test_erase_on_a_terminal_lists_then_asks(town: Journal) -> None:
    import os

    import pexpect

    env = {k: v for k, v in os.environ.items() if k not in ("PATROLOG_LANG", "LC_ALL")}
    env.update(LANG="C.UTF-8", TERM="dumb", PATROLOG_NOW=NOW)
    child = spawn("--db", town.path, "erase", "--name", "Siti Aminah", env=env, timeout=20,
                  dimensions=(40, 120))
    child.expect_exact("erase Siti Aminah: 1 contacts become anonymous")
    child.expect_exact("C2  concern, name")
    child.expect_exact("Erase Siti Aminah for good? This cannot be undone. [y/N]")
    child.sendline("n")
    child.expect_exact("cancelled; nothing changed")
    child.expect(pexpect.EOF)
    assert town.ok("show", "C2", "--json").json()["name"] == "Siti Aminah"

    child = spawn("--db", town.path, "erase", "--name", "Siti Aminah", env=env, timeout=20,
                  dimensions=(40, 120))
    child.expect_exact("[y/N]")
    child.sendline("y")
    child.expect_exact("erased Siti Aminah: 1 contacts made anonymous")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert town.ok("show", "C2", "--json").json()["name"] is None
