"""Guided `patrolog add`: the command driven through a real pseudo-terminal."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pexpect
import pytest

from conftest import MINIMAL_EN, answer, finish, guided_add, run_cli
from patrolog.core import clock

JAKARTA = ZoneInfo("Asia/Jakarta")

MINIMAL_ID = ["Mulai patroli [", "Selesai patroli", "Jenis patroli [patroli dialogis]",
              "Wilayah", "Tempat 1", "Ringkasan kegiatan", "Label",
              "Ada insiden selama patroli ini? [y/T]", "Ada warga atau tokoh yang ditemui"]


def _interrupt(child: pexpect.spawn) -> None:
    """Ctrl-C once the prompt is waiting: a SIGINT that lands while readline is still
    setting up is only noticed at the next key, which no person could press that fast."""
    time.sleep(0.3)
    child.sendcontrol("c")


def _dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_full_shift_with_incident_and_contact(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    for key, value in (("officer", "Aiptu Tafsipul"), ("timezone", "Asia/Jakarta"),
                       ("area", "Kelurahan Menteng")):
        assert run_cli(db, "config", "set", key, value).returncode == 0
    today = clock.now(JAKARTA).date()
    yesterday = today - timedelta(days=1)

    child = guided_add(db, "--lang", "en", PATROLOG_LANG="id")
    child.expect_exact("times in Asia/Jakarta")
    answer(child, "Patrol started [", "+2d")
    child.expect_exact("is later than now")
    answer(child, "Patrol started [", "+1h")
    child.expect_exact("is later than now")
    answer(child, "Patrol started [", "yesterday 25:00")
    child.expect_exact("cannot read the time 'yesterday 25:00'")
    answer(child, "Patrol started [", "yesterday 08:00")
    answer(child, "Patrol ended", "yesterday 07:00")
    child.expect_exact("the patrol ends (")
    answer(child, "Patrol ended", "3h")
    answer(child, "Kind of patrol [dialogic patrol]", "xyz")
    child.expect_exact("unknown patrol kind 'xyz'; choose one of: a number 1–14")
    answer(child, "Kind of patrol [dialogic patrol]", "2")
    answer(child, "Area (kelurahan, RW or route) [Kelurahan Menteng]", "")
    answer(child, "Place 1", "1")
    answer(child, "Name (market)", "Pasar Boplo")
    answer(child, "Place 2", "masjid:Al-Ikhlas")
    child.expect_exact("+ place of worship: Al-Ikhlas")
    answer(child, "Place 3", "")
    answer(child, "What was done", "Dialogic patrol at the market")
    answer(child, "Tags", "night, #market")
    answer(child, "Any incident on this shift? [y/N]", "y")
    answer(child, "Kind of incident", "laka")
    answer(child, "Time [08:00]", "yesterday 09:15")
    answer(child, "Location", "Jl. Cikini Raya")
    answer(child, "What happened", "Motorbike skidded")
    answer(child, "Action taken", "First aid with residents")
    answer(child, "Injured (people) [0]", "x")
    child.expect_exact("injured must be a whole number of 0 or more, not 'x'")
    answer(child, "Injured (people) [0]", "1")
    answer(child, "Dead (people) [0]", "")
    answer(child, "Severity (1 low · 2 medium · 3 high)", "sedang")
    answer(child, "Status (1 open · 2 handed over · 3 resolved) [open]", "2")
    answer(child, "Handed over to", "Unit Laka Lantas")
    answer(child, "Another incident? [y/N]", "n")
    answer(child, "Did you meet anyone", "y")
    answer(child, "Who (role)", "ketua rw")
    answer(child, "Name (empty = anonymous)", "Pak Rahmat")
    answer(child, "Organisation", "")
    answer(child, "Time met [08:00]", "")
    answer(child, "Where you met", "Pos RW 05")
    answer(child, "Phone", "3173010101010001")
    child.expect_exact("looks like an identity number (NIK)")
    answer(child, "Phone", "0812-3456-7890")
    answer(child, "Topic discussed", "Night security")
    answer(child, "Concern raised", "Street lights out")
    answer(child, "Hope expressed", "")
    answer(child, "Field of the concern or hope", "keamanan")
    answer(child, "Follow-up you promised", "Report to the kelurahan")
    answer(child, "Follow-up due [", "+3d")
    answer(child, "Anyone else? [y/N]", "")
    child.expect_exact("Check before saving")
    child.expect_exact("handed over to Unit Laka Lantas")
    answer(child, "Save? [Y/n]", "y")
    child.expect_exact("Saved P1, I1, C1: routine patrol of 3h, 2 place(s), 1 incident(s), "
                       "1 contact(s).")
    assert finish(child) == 0

    listed = run_cli(db, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    recs = {r["id"]: r for r in json.loads(listed.stdout)}
    assert sorted(recs) == ["C1", "I1", "P1"]
    start = f"{yesterday}T08:00:00+07:00"
    patrol, incident, contact = recs["P1"], recs["I1"], recs["C1"]
    assert {k: patrol[k] for k in ("started_at", "ended_at", "kind", "area", "places",
                                   "summary", "tags", "officer")} == {
        "started_at": start, "ended_at": f"{yesterday}T11:00:00+07:00", "kind": "routine",
        "area": "Kelurahan Menteng",
        "places": [{"type": "market", "name": "Pasar Boplo"},
                   {"type": "worship", "name": "Al-Ikhlas"}],
        "summary": "Dialogic patrol at the market", "tags": ["night", "market"],
        "officer": "Aiptu Tafsipul"}
    assert {k: incident[k] for k in ("occurred_at", "kind", "location", "description",
                                     "action", "injured", "dead", "severity", "status",
                                     "referred_to", "patrol")} == {
        "occurred_at": f"{yesterday}T09:15:00+07:00", "kind": "traffic_accident",
        "location": "Jl. Cikini Raya", "description": "Motorbike skidded",
        "action": "First aid with residents", "injured": 1, "dead": 0, "severity": "medium",
        "status": "referred", "referred_to": "Unit Laka Lantas", "patrol": "P1"}
    assert {k: contact[k] for k in ("met_at", "role", "name", "organisation", "place", "phone",
                                    "topic", "concern", "hope", "field", "follow_up", "due",
                                    "patrol")} == {
        "met_at": start, "role": "rt_rw_head", "name": "Pak Rahmat", "organisation": None,
        "place": "Pos RW 05", "phone": "0812-3456-7890", "topic": "Night security",
        "concern": "Street lights out", "hope": None, "field": "security",
        "follow_up": "Report to the kelurahan",
        "due": (today + timedelta(days=3)).isoformat(), "patrol": "P1"}


def test_ctrl_c_mid_entry_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "en")
    answer(child, "Patrol started [", "yesterday 08:00")
    answer(child, "Patrol ended", "3h")
    child.expect_exact("Kind of patrol [dialogic patrol]: ")
    _interrupt(child)
    child.expect_exact("interrupted; nothing was saved")
    assert finish(child) == 130
    assert not db.exists()


def test_ctrl_c_at_confirmation_leaves_journal_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    assert run_cli(db, "config", "set", "officer", "Aiptu Tafsipul").returncode == 0
    before = _dump(db)
    child = guided_add(db, "--lang", "en")
    for prompt in MINIMAL_EN:
        answer(child, prompt, "")
    child.expect_exact("Save? [Y/n]")
    _interrupt(child)
    child.expect_exact("interrupted; nothing was saved")
    assert finish(child) == 130
    assert _dump(db) == before


def test_ctrl_d_mid_entry_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "en")
    answer(child, "Patrol started [", "")
    child.expect_exact("Patrol ended")
    child.sendeof()
    child.expect_exact("interrupted; nothing was saved")
    assert finish(child) == 130
    assert not db.exists()


def test_declining_writes_nothing_in_indonesian(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "id")
    for prompt in MINIMAL_ID:
        answer(child, prompt, "")
    child.expect_exact("Periksa sebelum disimpan")
    child.expect_exact("Patroli: ")
    child.expect_exact("(3 jam) · patroli dialogis")
    answer(child, "Simpan? [Y/t]", "batal")  # "t" alone asks again: a shift is not thrown
    child.expect_exact("Tidak ada yang disimpan.")  # away by one letter
    assert finish(child) == 0
    assert not db.exists()


@pytest.mark.parametrize(("args", "env", "texts"), [
    (["--lang", "id"], {"PATROLOG_LANG": "en"},
     ["Catat giat baru (waktu Asia/Jakarta).", "Mulai patroli [",
      "dibatalkan; tidak ada yang disimpan"]),
    (["--lang", "en"], {"PATROLOG_LANG": "id"},
     ["New shift entry (times in Asia/Jakarta).", "Patrol started [",
      "interrupted; nothing was saved"]),
])
def test_prompts_in_the_users_language(tmp_path: Path, args: list[str], env: dict[str, str],
                                       texts: list[str]) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, *args, **env)
    intro, prompt, cancelled = texts
    child.expect_exact(intro)
    child.expect_exact(prompt)
    child.expect_exact("]: ")
    _interrupt(child)
    child.expect_exact(cancelled)
    assert finish(child) == 130
    assert not db.exists()


def test_not_a_terminal_refuses_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    res = run_cli(db, "add")
    assert res.returncode == 2
    assert res.stdout == ""
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and "add patrol" in lines[0], res.stderr
    assert not db.exists()


def test_the_end_defaults_to_now_unless_the_shift_began_long_ago(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "en")
    answer(child, "Patrol started [", "yesterday 08:00")
    child.expect_exact("Patrol ended (or its length, e.g. 3h) [11:00]")
    _interrupt(child)
    assert finish(child) == 130 and not db.exists()

    child = guided_add(db, "--lang", "en")
    answer(child, "Patrol started [", "-2h")
    child.expect(r"Patrol ended \(or its length, e\.g\. 3h\) \[(\d\d:\d\d)\]")
    shown = datetime.strptime(child.match.group(1), "%H:%M").time()
    now = clock.now(JAKARTA)
    apart = ((now.hour * 60 + now.minute) - (shown.hour * 60 + shown.minute)) % 1440
    assert apart in (0, 1, 1439)  # now, give or take the minute turning
    _interrupt(child)
    assert finish(child) == 130


def test_a_patrol_longer_than_a_day_is_asked_again(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "en")
    answer(child, "Patrol started [", "-30h")
    answer(child, "Patrol ended", "now")
    child.expect_exact("is too long, at most 24")
    answer(child, "Patrol ended", "3h")
    child.expect_exact("Kind of patrol [dialogic patrol]")
    _interrupt(child)
    assert finish(child) == 130 and not db.exists()
