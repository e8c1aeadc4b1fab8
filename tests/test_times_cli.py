"""Times through the flags (docs/commands.md#times), on a fixed clock: what an officer types the morning
after a night shift, in both languages, and what the refusals say."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cli_env
from patrolog.messages import everything

NOW = "2026-12-02T08:00:00+07:00"  # a Wednesday morning, after Tuesday's night shift


@pytest.fixture
def j(journal, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    journal.ok("config", "set", "timezone", "Asia/Jakarta")
    return journal


def _field(j, rid: str, name: str):  # noqa: ANN001, ANN202
    return j.ok("show", rid, "--json").json()[name]


@pytest.mark.parametrize(("typed", "stored"), [
    ("23:15", "2026-12-01T23:15:00+07:00"),       # last night, not tonight
    ("23.15", "2026-12-01T23:15:00+07:00"),
    ("07:50", "2026-12-02T07:50:00+07:00"),
    ("08:10", "2026-12-02T08:10:00+07:00"),       # within the 15 minutes of slack
    ("kemarin 21.30", "2026-12-01T21:30:00+07:00"),
    ("1/12 14:10", "2026-12-01T14:10:00+07:00"),  # day/month: the most recent 1 December
    ("minggu lalu", "2026-11-25T00:00:00+07:00"),
    ("senin lalu 09:00", "2026-11-30T09:00:00+07:00"),
    ("-2j", "2026-12-02T06:00:00+07:00"),
    ("-90 menit", "2026-12-02T06:30:00+07:00"),
    ("-1d", "2026-12-01T08:00:00+07:00"),
    ("-2 hari", "2026-11-30T08:00:00+07:00"),
    ("27 November 2026 2pm", "2026-11-27T14:00:00+07:00"),   # dateutil's long tail
    ("Friday, Nov 27 2026 at 2:30 PM", "2026-11-27T14:30:00+07:00"),
])
def test_record_times_as_typed(j, typed: str, stored: str) -> None:  # noqa: ANN001
    rid = j.add("incident", "--kind", "laka", "--at", typed)
    assert _field(j, rid, "occurred_at") == stored


@pytest.mark.parametrize(("args", "en", "id_"), [
    (("add", "patrol", "--start", "besok 08:00", "--duration", "3j"),
     "Thu 3 Dec 08:00 is later than now (Wed 2 Dec 08:00)",
     "Kam 3 Des 08.00 lebih lambat dari sekarang (Rab 2 Des 08.00)"),
    (("add", "patrol", "--start", "07:00", "--duration", "3 jam"),  # ends at 10:00: not yet
     "Wed 2 Dec 10:00 is later than now", "Rab 2 Des 10.00 lebih lambat dari sekarang"),
    (("add", "incident", "--kind", "laka", "--at", "+20m"),
     "Wed 2 Dec 08:20 is later than now", "Rab 2 Des 08.20 lebih lambat"),
    (("add", "contact", "--role", "warga", "--at", "hari ini 20:00"),
     "Wed 2 Dec 20:00 is later than now", "Rab 2 Des 20.00 lebih lambat"),
    (("add", "patrol", "--start", "kemarin 19.00", "--end", "kemarin 18.00"),
     "ends (Tue 1 Dec 18:00) before it starts (Tue 1 Dec 19:00)",
     "berakhir (Sel 1 Des 18.00) sebelum dimulai (Sel 1 Des 19.00)"),
    (("add", "contact", "--role", "warga", "--follow-up", "x", "--due", "+3h"),
     "'+3h' counts hours", "'+3h' dihitung dalam jam"),
    (("add", "incident", "--kind", "laka", "--at", "1/1/1850"), "cannot read the time",
     "tidak dapat dibaca"),
    (("add", "incident", "--kind", "laka", "--at", "2101-01-01"), "cannot read the time",
     "tidak dapat dibaca"),
])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_refusals_show_times_as_people_write_them(j, args, en: str, id_: str,  # noqa: ANN001
                                                  lang: str) -> None:
    before = j.snapshot()
    res = j.run("--lang", lang, *args)
    assert res.exit_code == 2, res.stdout + res.stderr
    assert (id_ if lang == "id" else en) in res.stderr
    assert not re.search(r"\d{4}-\d\d-\d\dT", res.stderr)  # never ISO text
    assert j.snapshot() == before


def test_slack_and_the_morning_after(j) -> None:  # noqa: ANN001
    assert j.run("add", "incident", "--kind", "laka", "--at", "+10m").exit_code == 0
    rid = j.add("patrol", "--start", "kemarin 19.00", "--end", "22.00")  # 22.00: yesterday's
    assert _field(j, rid, "ended_at") == "2026-12-01T22:00:00+07:00"


@pytest.mark.parametrize(("typed", "minutes"), [
    ("3j", 180), ("3 jam", 180), ("3 hours", 180), ("3h", 180), ("90m", 90), ("90 menit", 90),
    ("1j30m", 90), ("2h30m", 150), ("2 jam 30 menit", 150), ("1,5 jam", 90),
])
def test_durations_in_both_languages(j, typed: str, minutes: int) -> None:  # noqa: ANN001
    from datetime import datetime

    rid = j.add("patrol", "--start", "kemarin 19.00", "--duration", typed)
    rec = j.ok("show", rid, "--json").json()
    span = (datetime.fromisoformat(rec["ended_at"]) - datetime.fromisoformat(rec["started_at"]))
    assert span.total_seconds() == minutes * 60


@pytest.mark.parametrize(("typed", "due"), [
    ("+3d", "2026-12-05"), ("3 hari", "2026-12-05"), ("+3 hari", "2026-12-05"),
    ("2d", "2026-12-04"), ("jumat depan", "2026-12-04"), ("next friday", "2026-12-04"),
    ("jumat", "2026-12-04"), ("minggu depan", "2026-12-09"), ("1/1", "2027-01-01"),
    ("15/12", "2026-12-15"), ("+2 minggu", "2026-12-16"),
])
def test_due_dates_may_be_ahead(j, typed: str, due: str) -> None:  # noqa: ANN001
    rid = j.add("contact", "--role", "ketua rw", "--follow-up", "lapor", "--due", typed)
    assert _field(j, rid, "due") == due


def test_list_since_reads_the_new_words(j) -> None:  # noqa: ANN001
    j.add("incident", "--kind", "laka", "--at", "-10d")
    recent = j.add("incident", "--kind", "laka", "--at", "kemarin 21.00")
    found = [r["id"] for r in j.ok("list", "--since", "minggu lalu", "--json").json()]
    assert found == [recent]


def test_indonesian_text_never_writes_hours_as_h() -> None:
    """An Indonesian reads `2h` as two days (hari): hours are `j`/`jam` in every message."""
    hours_as_h = re.compile(r"(?a)(?<![\w'])[-+]?\d+(?:[.,]\d+)?h(?:\d+m)?\b")
    offenders = {key: pair[1] for key, pair in everything().items()
                 if hours_as_h.search(pair[1])}
    assert offenders == {}


@pytest.mark.parametrize("command", [["add", "patrol"], ["add", "incident"], ["add", "contact"],
                                     ["edit"], ["list"]])
def test_indonesian_help_never_writes_hours_as_h(journal, command) -> None:  # noqa: ANN001
    out = journal.ok("--lang", "id", *command, "--help").stdout
    assert not re.search(r"(?a)(?<![\w'])[-+]?\d+h(?:\d+m)?\b", out), out


def test_add_does_not_load_dateutil(tmp_path: Path) -> None:
    """The long tail is read by dateutil, imported only when a text needs it."""
    code = ("import atexit, sys\n"
            "atexit.register(lambda: sys.stderr.write('LOADED:' + str(any("
            "m.split('.')[0] == 'dateutil' for m in sys.modules)) + '\\n'))\n"
            "from patrolog.cli import main\n"
            "main(sys.argv[1:])\n")
    env = cli_env(PATROLOG_NOW=NOW, PATROLOG_DB=str(tmp_path / "j.db"))
    for at, loaded in (("kemarin 21.30", False), ("1/12 14:10", False),
                       ("27 November 2026 2pm", True)):
        out = subprocess.run([sys.executable, "-c", code, "add", "incident", "--kind", "laka",
                              "--at", at], capture_output=True, text=True, env=env)
        assert out.returncode == 0, out.stderr
        assert f"LOADED:{loaded}" in out.stderr, (at, out.stderr)
