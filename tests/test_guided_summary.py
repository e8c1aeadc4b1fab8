"""The summary at the end of the guided `add` (issue: too long for a laptop at 23:00), in a
real pseudo-terminal on a fixed clock: only what was answered is listed, numbered from 1;
the questions left empty (or answered no) are counted on one line, listed on 'kosong'/'empty',
and filled by their number, the rest of the shift kept."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect

from conftest import answer, finish, guided_shift, shift_records


def _night_shift(child: pexpect.spawn) -> None:
    """A full shift in Indonesian: a patrol with one place, an accident, a contact."""
    for prompt, text in [
        ("Mulai patroli [", "kemarin 19.00"), ("Selesai patroli", "23.30"),
        ("Jenis patroli [patroli dialogis]", "ronda"), ("Wilayah", "RW 05"),
        ("Tempat 1", "warung:Warung Bu Siti"), ("Tempat 2", ""),
        ("Ringkasan kegiatan", "Ronda malam"), ("Label", ""),
        ("Ada insiden selama patroli ini? [y/T]", "y"), ("Jenis insiden", "laka"),
        ("Waktu kejadian", "21.10"), ("Lokasi", "Jl. Cikini"), ("Uraian kejadian", ""),
        ("Tindakan yang diambil", "P3K"), ("Korban luka", "1"), ("Korban meninggal", ""),
        ("Tingkat keparahan", ""), ("Status", ""), ("Ada insiden lain? [y/T]", ""),
        ("Ada warga atau tokoh yang ditemui", "y"), ("Peran", "pak rw"),
        ("Nama", "Pak Rahmat"), ("Organisasi", ""), ("Waktu bertemu", ""),
        ("Tempat bertemu", ""), ("Nomor HP", ""), ("Topik", ""),
        ("Keluhan", "lampu jalan mati"), ("Harapan", ""), ("Bidang", ""),
        ("Tindak lanjut yang dijanjikan", "lapor ke kelurahan"), ("Tenggat", ""),
        ("Ada kontak lain? [y/T]", ""),
    ]:
        answer(child, prompt, text)


def _summary(child: pexpect.spawn, save: str) -> tuple[str, list[str]]:
    """The whole summary as shown (from after its heading to the save question), and the
    numbered lines of its list of answers."""
    child.expect_exact(save)
    shown = child.before.replace("\r\n", "\n")
    numbered = re.findall(r"^ +\d+\. .*$", shown, re.M)
    return shown, numbered


def test_only_answered_questions_are_listed(tmp_path: Path) -> None:
    child = guided_shift(tmp_path / "journal.db", "id")
    _night_shift(child)
    child.expect_exact("Periksa sebelum disimpan")
    shown, numbered = _summary(child, "Simpan? [Y/t]")
    # 33 questions were asked; the 21 answered are listed, 1 to 21, nothing empty among them
    assert [int(line.split(".")[0]) for line in numbered] == list(range(1, 22))
    assert not [line for line in numbered if line.endswith(": —")]
    assert "   5. Tempat 1: warung:Warung Bu Siti" in numbered
    assert "  22–33: 12 lainnya kosong atau dijawab tidak · ketik 'kosong' untuk melihatnya" \
        in shown
    assert "Tempat 2" not in shown and "Ada insiden lain" not in shown
    assert "1–33 = ubah jawaban itu" in shown
    # from the heading to the question, it fits a 40-line laptop terminal (it took 51)
    assert len(shown.splitlines()) < 40, shown
    child.sendline("")
    child.expect_exact("Tersimpan P1, I1, C1")
    assert finish(child) == 0


def test_a_question_left_empty_is_listed_and_filled_by_its_number(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_shift(db, "id")
    _night_shift(child)
    answer(child, "Simpan? [Y/t]", "kosong")
    child.expect_exact("  22. Tempat 2: —")            # listed with the numbers that follow
    child.expect_exact("  26. Ada insiden lain: n")
    child.expect_exact("  33. Ada kontak lain: n")
    answer(child, "Simpan? [Y/t]", "22")
    answer(child, "Tempat 2", "masjid:Al-Ikhlas")     # a second place, forgotten at 23:00
    answer(child, "Tempat 3", "")                     # a question the first entry never had
    child.expect_exact("Periksa sebelum disimpan")
    assert "Ringkasan" not in child.before and "Jenis insiden" not in child.before  # kept
    shown, numbered = _summary(child, "Simpan? [Y/t]")
    assert "tempat: warung: Warung Bu Siti; tempat ibadah: Al-Ikhlas" in shown
    assert "   6. Tempat 2: masjid:Al-Ikhlas" in numbered
    assert "keluhan: lampu jalan mati" in shown and "tindakan: P3K" in shown
    child.sendline("")
    child.expect_exact("Tersimpan P1, I1, C1")
    assert finish(child) == 0
    patrol, = shift_records(db, "patrols")
    assert [p["name"] for p in patrol["places"]] == ["Warung Bu Siti", "Al-Ikhlas"]
    contact, = shift_records(db, "contacts")
    assert contact["concern"] == "lampu jalan mati" and contact["patrol"] == "P1"


def test_no_incident_after_all_then_one_again_keeps_the_contact(tmp_path: Path) -> None:
    """A yes/no answer changed at the summary changes which questions follow: the incident's
    answers go with a "no", a new incident is asked for after a "yes", and the contact met
    later on the shift is kept both times."""
    db = tmp_path / "journal.db"
    child = guided_shift(db, "id")
    _night_shift(child)
    child.expect_exact("   7. Ada insiden selama patroli ini: y")
    answer(child, "Simpan? [Y/t]", "7")
    answer(child, "Ada insiden selama patroli ini? [Y/t]", "t")   # as asked the first time
    child.expect_exact("Periksa sebelum disimpan")
    shown, numbered = _summary(child, "Simpan? [Y/t]")
    assert "Insiden 1" not in shown and "Kontak 1: kemarin 19.00 · ketua RT/RW" in shown
    empty = re.search(r"(\d+)–\d+: \d+ lainnya kosong", shown)
    child.sendline("kosong")
    child.expect(r"(\d+)\. Ada insiden selama patroli ini: t")
    number = child.match.group(1)
    assert int(number) >= int(empty.group(1))
    answer(child, "Simpan? [Y/t]", number)
    answer(child, "Ada insiden selama patroli ini? [y/T]", "y")
    child.expect_exact("— Insiden 1 —")
    child.expect_exact("tawuran")                      # its list of kinds is shown
    answer(child, "Jenis insiden", "tawuran")
    answer(child, "Waktu kejadian", "22.00")
    for prompt in ("Lokasi", "Uraian kejadian", "Tindakan yang diambil", "Korban luka",
                   "Korban meninggal", "Tingkat keparahan", "Status", "Para pihak",
                   "Hasil kesepakatan", "Ada insiden lain? [y/T]"):
        answer(child, prompt, "")
    child.expect_exact("Periksa sebelum disimpan")
    shown, _ = _summary(child, "Simpan? [Y/t]")
    assert "Insiden 1: kemarin 22.00 · tawuran" in shown and "Kontak 1: kemarin 19.00" in shown
    child.sendline("")
    child.expect_exact("Tersimpan P1, I1, C1")
    assert finish(child) == 0
    incident, = shift_records(db, "incidents")
    assert incident["kind"] == "brawl" and incident["injured"] == 0


def test_in_english_the_line_says_how_to_reach_them(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_shift(db, "en")
    for prompt, text in [("Patrol started [", "yesterday 19:00"), ("Patrol ended", "22:00"),
                         ("Kind of patrol", ""), ("Area", ""), ("Place 1", "pasar:Pasar Boplo"),
                         ("Place 2", ""), ("What was done", ""), ("Tags", ""),
                         ("Any incident on this shift? [y/N]", ""), ("Did you meet anyone", "")]:
        answer(child, prompt, text)
    child.expect_exact("Check before saving")
    child.expect_exact("   4. Place 1: pasar:Pasar Boplo")
    child.expect_exact("  5–10: 6 more left empty or answered no · 'empty' lists them")
    child.expect_exact("Enter = save · 1–10 = change that answer · < = back · "
                       "discard = throw the shift away")
    answer(child, "Save? [Y/n]", "empty")
    child.expect_exact("   5. Area (kelurahan, RW or route): —")
    answer(child, "Save? [Y/n]", "5")
    answer(child, "Area (kelurahan, RW or route)", "RW 05")
    child.expect_exact("Check before saving")
    child.expect_exact("   4. Area (kelurahan, RW or route): RW 05")
    answer(child, "Save? [Y/n]", "y")
    child.expect_exact("Saved P1")
    assert finish(child) == 0
    patrol, = shift_records(db, "patrols")
    assert patrol["area"] == "RW 05" and patrol["places"][0]["name"] == "Pasar Boplo"


def test_a_yes_no_question_asked_again_offers_its_answer_as_the_first_time(
        tmp_path: Path) -> None:
    """Changed at the summary or reached by '<', a yes/no question keeps its two letters, the
    answer given being the capital one that Enter takes: `[y/N]`, never a bare `[n]`."""
    db = tmp_path / "journal.db"
    child = guided_shift(db, "en")
    for prompt, text in [("Patrol started [", "yesterday 19:00"), ("Patrol ended", "22:00"),
                         ("Kind of patrol", ""), ("Area", "RW 05"), ("Place 1", ""),
                         ("What was done", ""), ("Tags", ""),
                         ("Any incident on this shift? [y/N]", ""),
                         ("Did you meet anyone", "<")]:
        answer(child, prompt, text)
    answer(child, "Any incident on this shift? [y/N] ", "")   # back: as the first time
    answer(child, "Did you meet anyone", "")
    child.expect_exact("Check before saving")
    answer(child, "Save? [Y/n]", "empty")
    child.expect(r"(\d+)\. Did you meet anyone[^:]*: n")
    answer(child, "Save? [Y/n]", child.match.group(1))
    child.expect(r"Did you meet anyone[^\[\n]*\[(.*?)\] ")
    assert child.match.group(1) == "y/N"
    child.sendline("y")
    answer(child, "Who (role)", "warga")
    for prompt in ("Name", "Organisation", "Time met", "Where you met", "Phone", "Topic",
                   "Concern", "Hope", "Follow-up you promised", "Anyone else? [y/N]"):
        answer(child, prompt, "")
    child.expect_exact("Check before saving")
    child.expect(r"(\d+)\. Did you meet anyone[^:]*: y")
    answer(child, "Save? [Y/n]", child.match.group(1))
    child.expect(r"Did you meet anyone[^\[\n]*\[(.*?)\] ")
    assert child.match.group(1) == "Y/n"
    child.sendline("")                                  # kept: the contact replays unseen
    child.expect_exact("Check before saving")
    answer(child, "Save? [Y/n]", "")
    child.expect_exact("Saved P1, C1")
    assert finish(child) == 0


def test_the_due_date_is_checked_as_the_officer_reads_it_elsewhere(tmp_path: Path) -> None:
    """The record part of the summary writes the promise's due day as `show` does (`Rab 9
    Des`): the weekday tells at a glance that 09/12 was read as 9 December. The list of
    answers keeps what was typed (or taken by Enter)."""
    child = guided_shift(tmp_path / "journal.db", "id")
    _night_shift(child)                                 # Enter at "Tenggat": a week ahead
    child.expect_exact("Periksa sebelum disimpan")
    shown, numbered = _summary(child, "Simpan? [Y/t]")
    assert "\n  tenggat: Rab 9 Des\n" in shown
    assert any(line.endswith("Tenggat tindak lanjut: 09/12/2026") for line in numbered)
    child.sendline("")
    child.expect_exact("Tersimpan P1, I1, C1")
    assert finish(child) == 0


def test_an_answer_no_longer_asked_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    """A dispute handed over, then at the summary not handed over after all: 'handed over to'
    is no longer asked, and the parties and the settlement typed after it are kept, not
    asked again empty (Enter would have lost them)."""
    db = tmp_path / "journal.db"
    child = guided_shift(db, "id")
    for prompt, text in [
        ("Mulai patroli [", "kemarin 19.00"), ("Selesai patroli", "23.30"),
        ("Jenis patroli", ""), ("Wilayah", ""), ("Tempat 1", ""), ("Ringkasan kegiatan", ""),
        ("Label", ""), ("Ada insiden selama patroli ini? [y/T]", "y"),
        ("Jenis insiden", "sengketa"), ("Waktu kejadian", "21.10"), ("Lokasi", ""),
        ("Uraian kejadian", ""), ("Tindakan yang diambil", ""), ("Korban luka", ""),
        ("Korban meninggal", ""), ("Tingkat keparahan", ""), ("Status", "2"),
        ("Dilimpahkan ke", "Polsek Menteng"), ("Para pihak", "Pak Ahmad; Bu Sri"),
        ("Hasil kesepakatan", "damai"), ("Ada insiden lain? [y/T]", ""),
        ("Ada warga atau tokoh yang ditemui", ""),
    ]:
        answer(child, prompt, text)
    child.expect(r"(\d+)\. Status[^:]*: 2")
    answer(child, "Simpan? [Y/t]", child.match.group(1))
    answer(child, "[2]: ", "1")
    child.expect_exact("Periksa sebelum disimpan")
    assert "Para pihak" not in child.before and "Hasil kesepakatan" not in child.before
    shown, _ = _summary(child, "Simpan? [Y/t]")
    assert "Dilimpahkan ke" not in shown
    child.sendline("")
    child.expect_exact("Tersimpan P1, I1")
    assert finish(child) == 0
    incident, = shift_records(db, "incidents")
    assert incident["status"] == "open" and incident["referred_to"] is None
    assert incident["parties"] == ["Pak Ahmad", "Bu Sri"] and incident["resolution"] == "damai"
