"""Guided entry that forgives (issue 10 point 2), in a real pseudo-terminal on a fixed clock:
the times of the shift being logged ("kemarin"), going back, changing an answer at the
summary, and only an explicit "batal" throwing the shift away (conftest's `guided_shift`:
Wednesday morning, logging Tuesday night's shift)."""

from __future__ import annotations

from pathlib import Path

from conftest import answer, finish, guided_shift, shift_records


def test_kemarin_clock_times_belong_to_the_shift(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_shift(db, "id")
    answer(child, "Mulai patroli [", "kemarin 19.00")
    answer(child, "Selesai patroli", "00.30")          # the night after, not this evening
    answer(child, "Jenis patroli [patroli dialogis]", "ronda")
    answer(child, "Wilayah", "RW 05")
    answer(child, "Tempat 1", "warung:Warung Bu Siti")
    answer(child, "Tempat 2", "")
    answer(child, "Ringkasan kegiatan", "Ronda malam bersama warga")
    answer(child, "Label", "")
    answer(child, "Ada insiden selama patroli ini? [y/T]", "y")
    answer(child, "Jenis insiden", "laka")
    answer(child, "Waktu kejadian", "23.40")           # within the patrol: yesterday 23:40
    for prompt in ("Lokasi", "Uraian kejadian", "Tindakan yang diambil", "Korban luka",
                   "Korban meninggal", "Tingkat keparahan", "Status"):
        answer(child, prompt, "")
    answer(child, "Ada insiden lain? [y/T]", "")
    answer(child, "Ada warga atau tokoh yang ditemui", "y")
    answer(child, "Peran", "pak rw")
    answer(child, "Nama", "")
    answer(child, "Organisasi", "")
    answer(child, "Waktu bertemu", "00.10")            # after midnight: still the shift
    for prompt in ("Tempat bertemu", "Nomor HP", "Topik", "Keluhan", "Harapan",
                   "Tindak lanjut"):
        answer(child, prompt, "")
    answer(child, "Ada kontak lain? [y/T]", "")
    child.expect_exact("(5 jam 30 menit)")
    answer(child, "Simpan? [Y/t]", "")
    child.expect_exact("Tersimpan P1, I1, C1")
    assert finish(child) == 0
    patrol, = shift_records(db, "patrols")
    assert (patrol["started_at"], patrol["ended_at"]) == ("2026-12-01T19:00:00+07:00",
                                                          "2026-12-02T00:30:00+07:00")
    assert patrol["kind"] == "night_watch" and patrol["places"][0]["type"] == "food"
    assert shift_records(db, "incidents")[0]["occurred_at"] == "2026-12-01T23:40:00+07:00"
    contact, = shift_records(db, "contacts")
    assert contact["met_at"] == "2026-12-02T00:10:00+07:00" and contact["role"] == "rt_rw_head"


def test_back_returns_to_the_previous_question(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_shift(db, "en")
    answer(child, "Patrol started [", "<")
    child.expect_exact("This is the first question")
    answer(child, "Patrol started [", "yesterday 19:00")
    answer(child, "Patrol ended", "22:00")
    answer(child, "Kind of patrol [dialogic patrol]", "sambang")
    answer(child, "Area", "RW 5")                       # a typo, noticed at the next question
    answer(child, "Place 1", "back")
    answer(child, "Area (kelurahan, RW or route) [RW 5]", "RW 05")
    answer(child, "Place 1", "pasar:Pasar Boplo")
    answer(child, "Place 2", "kembali")                 # Indonesian works in English too
    answer(child, "Place 1 [pasar:Pasar Boplo]", "")    # the old answer is offered
    answer(child, "Place 2", "")
    answer(child, "What was done", "")
    answer(child, "Tags", "")
    answer(child, "Any incident on this shift? [y/N]", "")
    answer(child, "Did you meet anyone", "")
    answer(child, "Save? [Y/n]", "y")
    child.expect_exact("Saved P1")
    assert finish(child) == 0
    patrol, = shift_records(db, "patrols")
    assert patrol["area"] == "RW 05" and patrol["kind"] == "sambang"
    assert patrol["places"] == [{"type": "market", "name": "Pasar Boplo"}]
    assert patrol["ended_at"] == "2026-12-01T22:00:00+07:00"


def test_a_field_is_changed_at_the_summary_and_no_is_not_discard(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_shift(db, "id")
    answer(child, "Mulai patroli [", "kemarin 19.00")
    answer(child, "Selesai patroli", "22.00")
    answer(child, "Jenis patroli [patroli dialogis]", "")
    answer(child, "Wilayah", "RW 05")
    answer(child, "Tempat 1", "pasar:Pasar Bopl")       # mistyped
    answer(child, "Tempat 2", "")
    answer(child, "Ringkasan kegiatan", "Sambang pedagang")
    answer(child, "Label", "")
    answer(child, "Ada insiden selama patroli ini? [y/T]", "")
    answer(child, "Ada warga atau tokoh yang ditemui", "")
    child.expect_exact("Jawaban Anda:")
    child.expect_exact("5. Tempat 1: pasar:Pasar Bopl")
    answer(child, "Simpan? [Y/t]", "t")                 # "no" does not throw the shift away
    child.expect_exact("ketik nomor 1–10 untuk mengubah jawaban, atau 'batal'")
    answer(child, "Simpan? [Y/t]", "5")
    answer(child, "Tempat 1 [pasar:Pasar Bopl]", "pasar:Pasar Boplo")
    child.expect_exact("Periksa sebelum disimpan")        # the rest kept, summary again
    child.expect_exact("Ringkasan kegiatan: Sambang pedagang")
    answer(child, "Simpan? [Y/t]", "")
    child.expect_exact("Tersimpan P1")
    assert finish(child) == 0
    patrol, = shift_records(db, "patrols")
    assert patrol["places"] == [{"type": "market", "name": "Pasar Boplo"}]
    assert patrol["area"] == "RW 05" and patrol["summary"] == "Sambang pedagang"


def test_only_batal_discards(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_shift(db, "id")
    for prompt in ("Mulai patroli [", "Selesai patroli", "Jenis patroli", "Wilayah", "Tempat 1",
                   "Ringkasan kegiatan", "Label", "Ada insiden selama patroli ini? [y/T]",
                   "Ada warga atau tokoh yang ditemui"):
        answer(child, prompt, "")
    answer(child, "Simpan? [Y/t]", "tidak")
    child.expect_exact("'batal'")
    answer(child, "Simpan? [Y/t]", "batal")
    child.expect_exact("Tidak ada yang disimpan.")
    assert finish(child) == 0
    assert not db.exists()
