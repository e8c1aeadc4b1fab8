"""Guided entry that forgives (issue 10 point 2), in a real pseudo-terminal on a fixed clock:
the times of the shift being logged ("kemarin"), going back, changing an answer at the
summary, and only an explicit "batal" throwing the shift away."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

_BESIDE = Path(sys.executable).parent / "patrolog"
EXE = str(_BESIDE) if _BESIDE.exists() else shutil.which("patrolog")
NOW = "2026-12-02T08:00:00+07:00"  # Wednesday morning, logging Tuesday night's shift

pytestmark = pytest.mark.skipif(EXE is None, reason="the patrolog console script is not installed")


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PATROLOG_DB", "PATROLOG_LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", TZ="Asia/Jakarta", TERM="dumb", PATROLOG_NOW=NOW,
               XDG_CONFIG_HOME=str(tmp / "cfg"))
    return env


def _spawn(db: Path, lang: str) -> pexpect.spawn:
    child = pexpect.spawn(EXE, ["--db", str(db), "--lang", lang, "add"], env=_env(db.parent),
                          encoding="utf-8", timeout=10, dimensions=(40, 120))
    child.delaybeforesend = None
    return child


def _answer(child: pexpect.spawn, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.sendline(text)


def _records(db: Path, what: str) -> list[dict]:
    out = subprocess.run([EXE, "--db", str(db), "list", what, "--json"], capture_output=True,
                         text=True, env=_env(db.parent), stdin=subprocess.DEVNULL, check=True)
    return json.loads(out.stdout)


def _finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_kemarin_clock_times_belong_to_the_shift(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "id")
    _answer(child, "Mulai patroli [", "kemarin 19.00")
    _answer(child, "Selesai patroli", "00.30")          # the night after, not this evening
    _answer(child, "Jenis patroli [patroli dialogis]", "ronda")
    _answer(child, "Wilayah", "RW 05")
    _answer(child, "Tempat 1", "warung:Warung Bu Siti")
    _answer(child, "Tempat 2", "")
    _answer(child, "Ringkasan kegiatan", "Ronda malam bersama warga")
    _answer(child, "Label", "")
    _answer(child, "Ada insiden selama patroli ini? [y/T]", "y")
    _answer(child, "Jenis insiden", "laka")
    _answer(child, "Waktu kejadian", "23.40")           # within the patrol: yesterday 23:40
    for prompt in ("Lokasi", "Uraian kejadian", "Tindakan yang diambil", "Korban luka",
                   "Korban meninggal", "Tingkat keparahan", "Status"):
        _answer(child, prompt, "")
    _answer(child, "Ada insiden lain? [y/T]", "")
    _answer(child, "Ada warga atau tokoh yang ditemui", "y")
    _answer(child, "Peran", "pak rw")
    _answer(child, "Nama", "")
    _answer(child, "Organisasi", "")
    _answer(child, "Waktu bertemu", "00.10")            # after midnight: still the shift
    for prompt in ("Tempat bertemu", "Nomor HP", "Topik", "Keluhan", "Harapan",
                   "Tindak lanjut"):
        _answer(child, prompt, "")
    _answer(child, "Ada kontak lain? [y/T]", "")
    child.expect_exact("(5 jam 30 menit)")
    _answer(child, "Simpan? [Y/t]", "")
    child.expect_exact("Tersimpan P1, I1, C1")
    assert _finish(child) == 0
    patrol, = _records(db, "patrols")
    assert (patrol["started_at"], patrol["ended_at"]) == ("2026-12-01T19:00:00+07:00",
                                                          "2026-12-02T00:30:00+07:00")
    assert patrol["kind"] == "night_watch" and patrol["places"][0]["type"] == "food"
    assert _records(db, "incidents")[0]["occurred_at"] == "2026-12-01T23:40:00+07:00"
    contact, = _records(db, "contacts")
    assert contact["met_at"] == "2026-12-02T00:10:00+07:00" and contact["role"] == "rt_rw_head"


def test_back_returns_to_the_previous_question(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "en")
    _answer(child, "Patrol started [", "<")
    child.expect_exact("This is the first question")
    _answer(child, "Patrol started [", "yesterday 19:00")
    _answer(child, "Patrol ended", "22:00")
    _answer(child, "Kind of patrol [dialogic patrol]", "sambang")
    _answer(child, "Area", "RW 5")                       # a typo, noticed at the next question
    _answer(child, "Place 1", "back")
    _answer(child, "Area (kelurahan, RW or route) [RW 5]", "RW 05")
    _answer(child, "Place 1", "pasar:Pasar Boplo")
    _answer(child, "Place 2", "kembali")                 # Indonesian works in English too
    _answer(child, "Place 1 [pasar:Pasar Boplo]", "")    # the old answer is offered
    _answer(child, "Place 2", "")
    _answer(child, "What was done", "")
    _answer(child, "Tags", "")
    _answer(child, "Any incident on this shift? [y/N]", "")
    _answer(child, "Did you meet anyone", "")
    _answer(child, "Save? [Y/n]", "y")
    child.expect_exact("Saved P1")
    assert _finish(child) == 0
    patrol, = _records(db, "patrols")
    assert patrol["area"] == "RW 05" and patrol["kind"] == "sambang"
    assert patrol["places"] == [{"type": "market", "name": "Pasar Boplo"}]
    assert patrol["ended_at"] == "2026-12-01T22:00:00+07:00"


def test_a_field_is_changed_at_the_summary_and_no_is_not_discard(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "id")
    _answer(child, "Mulai patroli [", "kemarin 19.00")
    _answer(child, "Selesai patroli", "22.00")
    _answer(child, "Jenis patroli [patroli dialogis]", "")
    _answer(child, "Wilayah", "RW 05")
    _answer(child, "Tempat 1", "pasar:Pasar Bopl")       # mistyped
    _answer(child, "Tempat 2", "")
    _answer(child, "Ringkasan kegiatan", "Sambang pedagang")
    _answer(child, "Label", "")
    _answer(child, "Ada insiden selama patroli ini? [y/T]", "")
    _answer(child, "Ada warga atau tokoh yang ditemui", "")
    child.expect_exact("Jawaban Anda:")
    child.expect_exact("5. Tempat 1: pasar:Pasar Bopl")
    _answer(child, "Simpan? [Y/t]", "t")                 # "no" does not throw the shift away
    child.expect_exact("ketik nomor 1–10 untuk mengubah jawaban, atau 'batal'")
    _answer(child, "Simpan? [Y/t]", "5")
    _answer(child, "Tempat 1 [pasar:Pasar Bopl]", "pasar:Pasar Boplo")
    child.expect_exact("Periksa sebelum disimpan")        # the rest kept, summary again
    child.expect_exact("Ringkasan kegiatan: Sambang pedagang")
    _answer(child, "Simpan? [Y/t]", "")
    child.expect_exact("Tersimpan P1")
    assert _finish(child) == 0
    patrol, = _records(db, "patrols")
    assert patrol["places"] == [{"type": "market", "name": "Pasar Boplo"}]
    assert patrol["area"] == "RW 05" and patrol["summary"] == "Sambang pedagang"


def test_only_batal_discards(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "id")
    for prompt in ("Mulai patroli [", "Selesai patroli", "Jenis patroli", "Wilayah", "Tempat 1",
                   "Ringkasan kegiatan", "Label", "Ada insiden selama patroli ini? [y/T]",
                   "Ada warga atau tokoh yang ditemui"):
        _answer(child, prompt, "")
    _answer(child, "Simpan? [Y/t]", "tidak")
    child.expect_exact("'batal'")
    _answer(child, "Simpan? [Y/t]", "batal")
    child.expect_exact("Tidak ada yang disimpan.")
    assert _finish(child) == 0
    assert not db.exists()
