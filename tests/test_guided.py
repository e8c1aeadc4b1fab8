"""Guided `patrolog add`: the installed console script driven through a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pexpect
import pytest

from patrolog.core import clock

_BESIDE = Path(sys.executable).parent / "patrolog"
EXE = str(_BESIDE) if _BESIDE.exists() else shutil.which("patrolog")
JAKARTA = ZoneInfo("Asia/Jakarta")

# Enter at every question of a shift with no places, incidents or contacts.
MINIMAL_EN = ["Patrol started [", "Patrol ended", "Kind of patrol [dialogic patrol]",
              "Area", "Place 1", "What was done", "Tags", "Any incident on this shift? [y/N]",
              "Did you meet anyone"]
MINIMAL_ID = ["Mulai patroli [", "Selesai patroli", "Jenis patroli [patroli dialogis]",
              "Wilayah", "Tempat 1", "Ringkasan kegiatan", "Label",
              "Ada insiden selama patroli ini? [y/T]", "Ada warga atau tokoh yang ditemui"]

pytestmark = pytest.mark.skipif(EXE is None, reason="the patrolog console script is not installed")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PATROLOG_DB", "PATROLOG_LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", TZ="Asia/Jakarta", TERM="dumb", **extra)
    return env


def _spawn(db: Path, *args: str, **env: str) -> pexpect.spawn:
    child = pexpect.spawn(EXE, ["--db", str(db), *args, "add"], env=_env(**env),
                          encoding="utf-8", timeout=10, dimensions=(40, 100))
    child.delaybeforesend = None  # answers typed ahead wait in the terminal, as a person's do
    return child


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, "--db", str(db), *args], capture_output=True, text=True,
                          env=_env(PATROLOG_LANG="en"), stdin=subprocess.DEVNULL, timeout=10)


def _answer(child: pexpect.spawn, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.sendline(text)


def _interrupt(child: pexpect.spawn) -> None:
    """Ctrl-C once the prompt is waiting: a SIGINT that lands while readline is still
    setting up is only noticed at the next key, which no person could press that fast."""
    time.sleep(0.3)
    child.sendcontrol("c")


def _finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


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
        assert _cli(db, "config", "set", key, value).returncode == 0
    today = clock.now(JAKARTA).date()
    yesterday = today - timedelta(days=1)

    child = _spawn(db, "--lang", "en", PATROLOG_LANG="id")
    child.expect_exact("times in Asia/Jakarta")
    _answer(child, "Patrol started [", "+2d")
    child.expect_exact("is later than now")
    _answer(child, "Patrol started [", "+1h")
    child.expect_exact("is later than now")
    _answer(child, "Patrol started [", "yesterday 25:00")
    child.expect_exact("cannot read the time 'yesterday 25:00'")
    _answer(child, "Patrol started [", "yesterday 08:00")
    _answer(child, "Patrol ended", "yesterday 07:00")
    child.expect_exact("the patrol ends (")
    _answer(child, "Patrol ended", "3h")
    _answer(child, "Kind of patrol [dialogic patrol]", "xyz")
    child.expect_exact("unknown patrol kind 'xyz'; choose one of: a number 1–14")
    _answer(child, "Kind of patrol [dialogic patrol]", "2")
    _answer(child, "Area (kelurahan, RW or route) [Kelurahan Menteng]", "")
    _answer(child, "Place 1", "1")
    _answer(child, "Name (market)", "Pasar Boplo")
    _answer(child, "Place 2", "masjid:Al-Ikhlas")
    child.expect_exact("+ place of worship: Al-Ikhlas")
    _answer(child, "Place 3", "")
    _answer(child, "What was done", "Dialogic patrol at the market")
    _answer(child, "Tags", "night, #market")
    _answer(child, "Any incident on this shift? [y/N]", "y")
    _answer(child, "Kind of incident", "laka")
    _answer(child, "Time [08:00]", "yesterday 09:15")
    _answer(child, "Location", "Jl. Cikini Raya")
    _answer(child, "What happened", "Motorbike skidded")
    _answer(child, "Action taken", "First aid with residents")
    _answer(child, "Injured (people) [0]", "x")
    child.expect_exact("injured must be a whole number of 0 or more, not 'x'")
    _answer(child, "Injured (people) [0]", "1")
    _answer(child, "Dead (people) [0]", "")
    _answer(child, "Severity (1 low · 2 medium · 3 high)", "sedang")
    _answer(child, "Status (1 open · 2 handed over · 3 resolved) [open]", "2")
    _answer(child, "Handed over to", "Unit Laka Lantas")
    _answer(child, "Another incident? [y/N]", "n")
    _answer(child, "Did you meet anyone", "y")
    _answer(child, "Who (role)", "ketua rw")
    _answer(child, "Name (empty = anonymous)", "Pak Rahmat")
    _answer(child, "Organisation", "")
    _answer(child, "Time met [08:00]", "")
    _answer(child, "Where you met", "Pos RW 05")
    _answer(child, "Phone", "3173010101010001")
    child.expect_exact("looks like an identity number (NIK)")
    _answer(child, "Phone", "0812-3456-7890")
    _answer(child, "Topic discussed", "Night security")
    _answer(child, "Concern raised", "Street lights out")
    _answer(child, "Hope expressed", "")
    _answer(child, "Field of the concern or hope", "keamanan")
    _answer(child, "Follow-up you promised", "Report to the kelurahan")
    _answer(child, "Follow-up due [", "+3d")
    _answer(child, "Anyone else? [y/N]", "")
    child.expect_exact("Check before saving")
    child.expect_exact("handed over to Unit Laka Lantas")
    _answer(child, "Save? [Y/n]", "y")
    child.expect_exact("Saved P1, I1, C1: routine patrol of 3h, 2 place(s), 1 incident(s), "
                       "1 contact(s).")
    assert _finish(child) == 0

    listed = _cli(db, "list", "--json")
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
    child = _spawn(db, "--lang", "en")
    _answer(child, "Patrol started [", "yesterday 08:00")
    _answer(child, "Patrol ended", "3h")
    child.expect_exact("Kind of patrol [dialogic patrol]: ")
    _interrupt(child)
    child.expect_exact("interrupted; nothing was saved")
    assert _finish(child) == 130
    assert not db.exists()


def test_ctrl_c_at_confirmation_leaves_journal_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    assert _cli(db, "config", "set", "officer", "Aiptu Tafsipul").returncode == 0
    before = _dump(db)
    child = _spawn(db, "--lang", "en")
    for prompt in MINIMAL_EN:
        _answer(child, prompt, "")
    child.expect_exact("Save? [Y/n]")
    _interrupt(child)
    child.expect_exact("interrupted; nothing was saved")
    assert _finish(child) == 130
    assert _dump(db) == before


def test_ctrl_d_mid_entry_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "--lang", "en")
    _answer(child, "Patrol started [", "")
    child.expect_exact("Patrol ended")
    child.sendeof()
    child.expect_exact("interrupted; nothing was saved")
    assert _finish(child) == 130
    assert not db.exists()


def test_declining_writes_nothing_in_indonesian(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "--lang", "id")
    for prompt in MINIMAL_ID:
        _answer(child, prompt, "")
    child.expect_exact("Periksa sebelum disimpan")
    child.expect_exact("Patroli: ")
    child.expect_exact("(3 jam) · patroli dialogis")
    _answer(child, "Simpan? [Y/t]", "batal")  # "t" alone asks again: a shift is not thrown
    child.expect_exact("Tidak ada yang disimpan.")  # away by one letter
    assert _finish(child) == 0
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
    child = _spawn(db, *args, **env)
    intro, prompt, cancelled = texts
    child.expect_exact(intro)
    child.expect_exact(prompt)
    child.expect_exact("]: ")
    _interrupt(child)
    child.expect_exact(cancelled)
    assert _finish(child) == 130
    assert not db.exists()


def test_not_a_terminal_refuses_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    res = _cli(db, "add")
    assert res.returncode == 2
    assert res.stdout == ""
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and "add patrol" in lines[0], res.stderr
    assert not db.exists()


def test_the_end_defaults_to_now_unless_the_shift_began_long_ago(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "--lang", "en")
    _answer(child, "Patrol started [", "yesterday 08:00")
    child.expect_exact("Patrol ended (or its length, e.g. 3h) [11:00]")
    _interrupt(child)
    assert _finish(child) == 130 and not db.exists()

    child = _spawn(db, "--lang", "en")
    _answer(child, "Patrol started [", "-2h")
    child.expect(r"Patrol ended \(or its length, e\.g\. 3h\) \[(\d\d:\d\d)\]")
    shown = datetime.strptime(child.match.group(1), "%H:%M").time()
    now = clock.now(JAKARTA)
    apart = ((now.hour * 60 + now.minute) - (shown.hour * 60 + shown.minute)) % 1440
    assert apart in (0, 1, 1439)  # now, give or take the minute turning
    _interrupt(child)
    assert _finish(child) == 130


def test_a_patrol_longer_than_a_day_is_asked_again(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = _spawn(db, "--lang", "en")
    _answer(child, "Patrol started [", "-30h")
    _answer(child, "Patrol ended", "now")
    child.expect_exact("is too long, at most 24")
    _answer(child, "Patrol ended", "3h")
    child.expect_exact("Kind of patrol [dialogic patrol]")
    _interrupt(child)
    assert _finish(child) == 130 and not db.exists()
