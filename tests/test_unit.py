"""A unit's journal: the digest by officer (docs/digest.md#a-units-digest) and `--officer` everywhere (docs/commands.md#whose-record).

The unit is built as a Kanit builds it: four officers keep their own journals
(`config set officer`), two send an export that the unit imports, two send their
journal file that the unit merges. What each officer logged is written down once in
`PLAN`; every expected number is counted from `PLAN`, never copied from an output.
The clock is fixed: Friday 27 November 2026, 20:00 WIB, in week 2026-W48 (23–29 Nov).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import Journal

from patrolog.core.i18n import t
from patrolog.digest.periods import grade

NOW = "2026-11-27T20:00:00+07:00"
TODAY = "2026-11-27"
WEEK = ("2026-11-23", "2026-11-30")          # W48, end excluded
PREV = ("2026-11-16", "2026-11-23")          # W47
ROSTER_FROM = "2026-10-26"                   # 4 weeks before W48
UNIT = "Polsek Metro Menteng"
TAFSIPUL, WAYAN, AYU, LAMA = "Aiptu Tafsipul", "Bripka Wayan", "Brigadir Ayu", "Bripda Lama"
KANIT = "Iptu Kanit Binmas"


class P(NamedTuple):
    start: str
    minutes: int
    kind: str
    places: tuple[str, ...] = ()


class C(NamedTuple):
    at: str
    due: str | None = None
    done: bool = False        # marked done with `followups --done` (now, inside W48)
    concern: str | None = None
    field: str | None = None  # bidang of the concern or hope
    hope: str | None = None


# What each officer logs in their own journal.
PLAN: dict[str, dict] = {
    TAFSIPUL: {  # five patrols in W48: AKTIF
        "patrols": [P("2026-11-23 08:00", 120, "dialogic", ("market:Pasar Boplo",
                                                             "school:SDN 01 Menteng")),
                    P("2026-11-24 08:00", 180, "sambang", ("market:Pasar Boplo",)),
                    P("2026-11-24 19:00", 90, "dialogic"),
                    P("2026-11-26 09:00", 120, "routine", ("worship:Masjid Al-Ikhlas",)),
                    P("2026-11-27 07:00", 60, "dialogic"),
                    P("2026-11-17 08:00", 120, "dialogic")],            # W47
        "contacts": [C("2026-11-23 09:00", due="2026-11-25", concern="lampu jalan mati",
                       field="security", hope="lampu dipasang"),
                     C("2026-11-24 10:00", due="2026-12-05"),
                     C("2026-11-25 10:00", due="2026-11-26", done=True),
                     C("2026-11-26 11:00", field="economy", hope="pasar tertib"),
                     C("2026-11-18 09:00", due="2026-11-20")],           # W47, overdue
        "incidents": ["2026-11-24 14:10"],
    },
    WAYAN: {  # one patrol in W48: CUKUP
        "patrols": [P("2026-11-25 10:00", 90, "sambang", ("market:Pasar Boplo",)),
                    P("2026-11-19 10:00", 60, "dialogic")],
        "contacts": [C("2026-11-25 11:00", due="2026-11-26", concern="parkir liar",
                       field="security")],
        "incidents": ["2026-11-25 21:00", "2026-11-26 02:00"],
    },
    AYU: {  # records two weeks before W48, none in it: KURANG, not absent
        "patrols": [P("2026-11-10 08:00", 60, "dialogic")],
        "contacts": [C("2026-11-10 09:00", due="2026-11-20")],
        "incidents": ["2026-11-11 10:00"],
    },
    LAMA: {  # last seen in September: not one of the unit's officers this week
        "patrols": [P("2026-09-01 08:00", 60, "dialogic")],
        "contacts": [C("2026-09-01 09:00", due="2026-09-05")],
        "incidents": [],
    },
}


def _in(ts: str, span: tuple[str, str]) -> bool:
    return span[0] <= ts[:10] < span[1]


def expected_row(officer: str) -> dict:
    """The `by_officer` row of W48 for `officer`, counted from PLAN."""
    plan = PLAN[officer]
    patrols = [p for p in plan["patrols"] if _in(p.start, WEEK)]
    contacts = [c for c in plan["contacts"] if _in(c.at, WEEK)]
    return {
        "officer": officer,
        "grade": grade(len(patrols), 7),
        "patrols": {"count": len(patrols),
                    "hours": round(sum(p.minutes for p in patrols) / 60, 2),
                    "days_active": len({p.start[:10] for p in patrols}),
                    "by_kind": dict(Counter(p.kind for p in patrols))},
        "place_visits": sum(len(p.places) for p in patrols),
        "contacts": len(contacts),
        "incidents": sum(1 for i in plan["incidents"] if _in(i, WEEK)),
        "followups": {"opened": sum(1 for c in contacts if c.due),
                      "done": sum(1 for c in plan["contacts"] if c.done),
                      "overdue": sum(1 for c in plan["contacts"]
                                     if c.due and not c.done and c.due < TODAY)},
    }


def roster() -> list[str]:
    """Officers with records in W48 or the 4 weeks before it."""
    return [o for o, plan in PLAN.items()
            if any(_in(ts, (ROSTER_FROM, WEEK[1]))
                   for ts in [p.start for p in plan["patrols"]]
                   + [c.at for c in plan["contacts"]] + plan["incidents"])]


def _own_journal(path: Path, officer: str, mp: pytest.MonkeyPatch) -> Journal:
    j = Journal(path, mp)
    j.ok("config", "set", "timezone", "Asia/Jakarta")
    j.ok("config", "set", "officer", officer)
    j.ok("config", "set", "unit", UNIT)
    plan = PLAN[officer]
    for p in plan["patrols"]:
        places = [arg for place in p.places for arg in ("--place", place)]
        j.add("patrol", "--start", p.start, "--duration", f"{p.minutes}m", "--kind", p.kind,
              "--area", "RW 05", *places)
    for c in plan["contacts"]:
        args = ["--at", c.at, "--role", "warga", "--name", f"Warga {c.at[-5:]}"]
        if c.due:
            args += ["--follow-up", "janji dicek", "--due", c.due]
        if c.concern:
            args += ["--concern", c.concern]
        if c.field:
            args += ["--field", c.field]
        if c.hope:
            args += ["--hope", c.hope]
        ref = j.add("contact", *args)
        if c.done:
            j.ok("followups", "--done", ref)
    for at in plan["incidents"]:
        j.add("incident", "--at", at, "--kind", "laka", "--location", "Jl. Cikini Raya")
    return j


@pytest.fixture(scope="module")
def unit(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - (unit, own journals)
    """The unit's journal, built from its officers' journals through the CLI."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Jakarta")
        mp.setenv("LANG", "C.UTF-8")
        mp.setenv("PATROLOG_NOW", NOW)
        for var in ("PATROLOG_LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "PATROLOG_DB"):
            mp.delenv(var, raising=False)
        root = tmp_path_factory.mktemp("unit")
        mp.setenv("XDG_CONFIG_HOME", str(root / "config"))
        own = {o: _own_journal(root / f"officer{i}.db", o, mp) for i, o in enumerate(PLAN)}
        u = Journal(root / "unit.db", mp)
        u.ok("config", "set", "timezone", "Asia/Jakarta")
        u.ok("config", "set", "officer", KANIT)
        u.ok("config", "set", "unit", UNIT)
        for i, officer in enumerate(PLAN):
            if i % 2 == 0:   # sends an export file
                sent = root / f"officer{i}.jsonl"
                own[officer].ok("export", "-o", str(sent))
                u.ok("import", str(sent))
            else:            # sends the journal itself
                u.ok("merge", str(own[officer].path))
        yield u, own


def report(j: Journal, *args: str) -> dict:
    return j.ok("report", "--week", "2026-W48", *args, "--format", "json").json()


@pytest.fixture(scope="module")
def digest(unit) -> dict:  # noqa: ANN001
    return report(unit[0])


# -- the unit's digest -------------------------------------------------------------------
def test_the_unit_is_every_officers_records(unit):
    u, own = unit
    for table in ("patrols", "contacts", "incidents"):
        assert u.sql(f"SELECT count(*) FROM {table}")[0][0] == sum(
            len(PLAN[o][table]) for o in PLAN)
        for officer in PLAN:
            assert u.sql(f"SELECT count(*) FROM {table} WHERE officer = ?", (officer,))[0][0] \
                == len(PLAN[officer][table])


def test_unit_digest_json_keys(digest):
    assert digest["officer"] is None and digest["grade"] is None
    assert digest["unit"] == UNIT
    assert set(digest["grades"]) == {"AKTIF", "CUKUP", "KURANG"}
    keys = list(digest)
    assert keys.index("grade") < keys.index("grades") < keys.index("by_officer")
    for row in digest["by_officer"]:
        assert set(row) == {"officer", "grade", "patrols", "place_visits", "contacts",
                            "incidents", "followups"}
        assert set(row["patrols"]) == {"count", "hours", "days_active", "by_kind"}
        assert set(row["followups"]) == {"opened", "done", "overdue"}
    assert digest["previous"]["grade"] is None and "grades" in digest["previous"]


def test_unit_digest_officer_by_officer(digest):
    rows = {row["officer"]: row for row in digest["by_officer"]}
    assert set(rows) == set(roster())
    for officer in roster():
        assert rows[officer] == expected_row(officer), officer
    # The unit's totals are the officers' sums (every record has an officer here).
    assert digest["patrols"]["count"] == sum(r["patrols"]["count"] for r in rows.values())
    assert digest["contacts"]["count"] == sum(r["contacts"] for r in rows.values())
    assert digest["followups"]["overdue"] == sum(
        expected_row(o)["followups"]["overdue"] for o in PLAN)  # Lama's too: still owed


def test_grades_counted_and_kurang_first(digest):
    want = Counter(expected_row(o)["grade"] for o in roster())
    assert digest["grades"] == {g: want.get(g, 0) for g in ("AKTIF", "CUKUP", "KURANG")}
    order = {"KURANG": 0, "CUKUP": 1, "AKTIF": 2}
    names = [row["officer"] for row in digest["by_officer"]]
    assert names == sorted(roster(), key=lambda o: (order[expected_row(o)["grade"]], o.lower()))
    assert names[0] == AYU


def test_an_officer_absent_this_week_is_kurang_not_missing(digest):
    ayu = next(row for row in digest["by_officer"] if row["officer"] == AYU)
    assert ayu["grade"] == "KURANG" and ayu["patrols"]["count"] == 0
    assert ayu["followups"]["overdue"] == 1      # her promise is still owed
    assert AYU not in digest["officers"]         # no records in the week itself
    assert LAMA not in [row["officer"] for row in digest["by_officer"]]


def test_previous_week_grades_of_the_same_officers(digest):
    want = Counter(grade(sum(1 for p in PLAN[o]["patrols"] if _in(p.start, PREV)), 7)
                   for o in roster())
    assert digest["previous"]["grades"] == {g: want.get(g, 0)
                                            for g in ("AKTIF", "CUKUP", "KURANG")}


def test_one_officers_own_journal_is_unchanged(unit):
    _, own = unit
    d = report(own[WAYAN])
    assert d["officer"] == WAYAN and d["grade"] == expected_row(WAYAN)["grade"]
    assert "by_officer" not in d and "grades" not in d


def test_month_recap_has_each_officers_activities(unit):
    d = unit[0].ok("report", "--month", "2026-11", "--format", "json").json()
    rows = {row["officer"]: row for row in d["by_officer"]}
    for officer in (TAFSIPUL, WAYAN, AYU):
        kinds = Counter(p.kind for p in PLAN[officer]["patrols"] if p.start.startswith("2026-11"))
        assert rows[officer]["patrols"]["by_kind"] == dict(kinds)
        # November so far: 27 days on Fri 27 Nov, a running month graded on those
        assert rows[officer]["grade"] == grade(sum(kinds.values()), 27)


def test_concerns_and_hopes_by_field(unit):
    d = unit[0].ok("report", "--month", "2026-11", "--format", "json").json()
    met = [c for plan in PLAN.values() for c in plan["contacts"]
           if c.at.startswith("2026-11") and c.field]
    concerns = Counter(c.field for c in met if c.concern)
    hopes = Counter(c.field for c in met if c.hope)
    assert d["contacts"]["concerns_by_field"] == dict(concerns)
    assert d["contacts"]["hopes_by_field"] == dict(hopes)
    assert d["contacts"]["by_field"] == dict(concerns + hopes)
    assert report(unit[0], "--officer", WAYAN)["contacts"]["by_field"] == {"security": 1}
    out = unit[0].ok("--lang", "id", "report", "--month", "2026-11", "--format", "text").stdout
    assert "Keluhan dan harapan per bidang: keamanan" in out


# -- the unit's digest rendered --------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["table", "text", "markdown", "html", "svg"])
def test_every_format_shows_the_unit_header_and_each_officer(unit, digest, fmt):
    u, _ = unit
    out = u.ok("report", "--week", "2026-W48", "--format", fmt).stdout
    if fmt == "svg":  # text in an SVG is split into runs of characters
        out = re.sub(r"<[^>]+>", "", out).replace("&#160;", " ")
    if fmt in ("html", "svg"):
        out = out.replace("&#x27;", "'")
    assert t("unit.title.week").upper() in out.upper()
    assert UNIT in out
    for row in digest["by_officer"]:
        assert row["officer"].split()[-1] in out
    # KURANG first: Ayu's row comes before Tafsipul's.
    assert out.index(AYU.split()[-1]) < out.index(TAFSIPUL.split()[-1])


def test_text_digest_reads_in_indonesian(unit):
    out = unit[0].ok("--lang", "id", "report", "--week", "2026-W48", "--format", "text").stdout
    assert "Laporan Mingguan Bhabinkamtibmas Kesatuan".upper() in out
    assert f"Personel: {len(roster())} orang" in out
    assert "*PER PETUGAS*" in out
    row = expected_row(TAFSIPUL)
    assert f"{row['patrols']['count']} patroli" in out


# -- --officer everywhere -----------------------------------------------------------------
def _open_items(officer: str) -> int:
    plan = PLAN[officer]
    return sum(1 for c in plan["contacts"] if c.due and not c.done) + len(plan["incidents"])


def test_list_narrows_to_one_officer_case_insensitively(unit):
    u, _ = unit
    for officer in PLAN:
        recs = u.ok("list", "--officer", officer.upper(), "--json").json()
        assert {r["officer"] for r in recs} == {officer}
        assert len(recs) == sum(len(PLAN[officer][k]) for k in ("patrols", "contacts",
                                                                 "incidents"))
    patrols = u.ok("list", "patrols", "--officer", "bripka wayan", "--json").json()
    assert len(patrols) == len(PLAN[WAYAN]["patrols"])
    csv_rows = u.ok("list", "--officer", WAYAN, "--csv").stdout.splitlines()
    officer_col = csv_rows[0].split(",").index("officer")
    assert all(row.split(",")[officer_col] == WAYAN for row in csv_rows[1:])


def test_a_units_list_shows_whose_each_record_is(unit):
    u, own = unit
    out = u.ok("list", "incidents").stdout.splitlines()
    assert t("col.officer") in out[0].split()
    for officer in PLAN:
        n = len(PLAN[officer]["incidents"])
        assert sum(1 for line in out[2:] if officer in line) == n
    mine = own[TAFSIPUL].ok("list").stdout.splitlines()
    assert t("col.officer") not in mine[0].split()
    # Narrowed to one officer, the column would say the same name on every line.
    assert t("col.officer") not in u.ok("list", "--officer", WAYAN).stdout.splitlines()[0]


def test_search_narrows_to_one_officer(unit):
    u, _ = unit
    every = u.ok("search", "Cikini", "--json").json()
    assert len(every) == sum(len(PLAN[o]["incidents"]) for o in PLAN)
    for officer in PLAN:
        found = u.ok("search", "Cikini", "--officer", officer.lower(), "--json").json()
        assert [r["officer"] for r in found] == [officer] * len(PLAN[officer]["incidents"])
    # The limit counts the officer's matches, not everyone's.
    assert len(u.ok("search", "Cikini", "--officer", WAYAN, "--limit", "2", "--json").json()) \
        == min(2, len(PLAN[WAYAN]["incidents"]))


def test_followups_by_officer(unit):
    u, _ = unit
    for officer in PLAN:
        items = u.ok("followups", "--officer", officer, "--json").json()
        assert {i["officer"] for i in items} <= {officer}
        assert len(items) == _open_items(officer)
    overdue = u.ok("followups", "--overdue", "--officer", AYU, "--json").json()
    assert len(overdue) == expected_row(AYU)["followups"]["overdue"]
    table = u.ok("followups").stdout.splitlines()
    assert t("col.officer") in table[0]
    for officer in PLAN:
        assert sum(1 for line in table[2:] if officer in line) == _open_items(officer)


def test_due_names_the_officer_in_a_unit(unit):
    u, own = unit
    res = u.run("due")
    assert res.exit_code == 1
    lines = [line for line in res.stdout.splitlines() if re.match(r"[CI]\d+ ", line)]
    assert lines and all(any(f"{o}: " in line for o in PLAN) for line in lines)
    items = u.run("due", "--json").stdout
    for item in __import__("json").loads(items):
        if item["id"]:
            assert item["officer"] in PLAN and item["officer"] in item["message"]
    # An officer's own journal: no name in the lines.
    own_lines = own[WAYAN].run("due").stdout
    assert WAYAN not in own_lines


def test_due_for_one_officer(unit):
    import json

    u, _ = unit
    for officer in PLAN:
        res = u.run("due", "--officer", officer, "--json")
        items = json.loads(res.stdout)
        assert {i["officer"] for i in items} <= {officer}
        reasons = Counter(i["reason"] for i in items)
        assert reasons["followup_overdue"] == expected_row(officer)["followups"]["overdue"]
        assert reasons["incident_open"] == sum(1 for at in PLAN[officer]["incidents"]
                                               if at < "2026-11-20T20:00")
        patrolled = any(p.start.startswith("2026-11-26") for p in PLAN[officer]["patrols"])
        assert reasons["no_patrol_yesterday"] == (0 if patrolled else 1)


def test_report_for_one_officer_of_the_unit(unit):
    d = report(unit[0], "--officer", "BRIPKA WAYAN")
    row = expected_row(WAYAN)
    assert d["officer"] == WAYAN and d["grade"] == row["grade"]
    assert "by_officer" not in d
    assert d["patrols"]["count"] == row["patrols"]["count"]
    assert d["followups"]["overdue"] == row["followups"]["overdue"]


@pytest.mark.parametrize("command", [["list"], ["search", "Cikini"], ["followups"], ["due"],
                                     ["report"]])
def test_an_unknown_officer_is_refused_listing_the_names(unit, command):
    u, _ = unit
    before = u.snapshot()
    res = u.run(*command, "--officer", "Bripka Nobody")
    assert res.exit_code == 2 and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Bripka Nobody" in res.stderr
    assert all(officer in res.stderr for officer in PLAN)
    assert u.snapshot() == before
    res = u.run("--lang", "id", *command, "--officer", "Bripka Nobody")
    assert "tidak ada petugas bernama 'Bripka Nobody'" in res.stderr


def test_a_journal_holding_one_other_officers_records_reports_them(unit, tmp_path,
                                                                   monkeypatch):
    """The Kanit's journal with only Wayan's records merged: Wayan's digest, not the Kanit's."""
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    _, own = unit
    k = Journal(tmp_path / "kanit.db", monkeypatch)
    k.ok("config", "set", "timezone", "Asia/Jakarta")
    k.ok("config", "set", "officer", KANIT)
    k.ok("merge", str(own[WAYAN].path))
    d = report(k)
    assert d["officer"] == WAYAN and d["grade"] == expected_row(WAYAN)["grade"]
    assert d["unit"] == UNIT and "by_officer" not in d
    assert t("col.officer") not in k.ok("list").stdout.splitlines()[0].split()


def test_an_officers_name_cannot_drive_the_terminal(tmp_path, monkeypatch):
    """A merged file may carry any officer name: the unit's Officer column shows it escaped."""
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    j = Journal(tmp_path / "j.db", monkeypatch)
    j.ok("config", "set", "officer", "Bripka \x1b[31mMerah")
    j.add("patrol", "--start", "2026-11-26 08:00", "--duration", "1h")
    j.ok("config", "set", "officer", WAYAN)
    j.add("patrol", "--start", "2026-11-26 10:00", "--duration", "1h")
    for command in (["list"], ["report", "--format", "text"]):
        out = j.ok(*command).stdout
        assert "\x1b" not in out and "Merah" in out


# -- `--officer` never silently ignored ------------------------------------------------------
def _copy_of_unit(unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:  # noqa: ANN001
    """The unit's journal copied, for a test that changes it (the module's stays as built)."""
    import shutil

    monkeypatch.setenv("PATROLOG_NOW", NOW)
    copy = Journal(tmp_path / "unit-copy.db", monkeypatch)
    shutil.copy(unit[0].path, copy.path)
    return copy


def _open_promise(u: Journal, officer: str) -> dict:
    return next(i for i in u.ok("followups", "--officer", officer, "--json").json()
                if i["id"].startswith("C"))


def test_done_refuses_another_officers_promise(unit, tmp_path, monkeypatch):
    u = _copy_of_unit(unit, tmp_path, monkeypatch)
    ayus = _open_promise(u, AYU)
    ayus_incident = next(i for i in u.ok("followups", "--officer", AYU, "--json").json()
                         if i["id"].startswith("I"))
    before = u.snapshot()
    for ref in (ayus["id"], ayus["uid"][:8], ayus_incident["id"]):
        res = u.run("followups", "--done", ref, "--officer", "bripka wayan")
        assert res.exit_code == 2 and res.stdout == ""
        assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
        assert AYU in res.stderr and WAYAN in res.stderr
        assert u.snapshot() == before, "nothing stamped"
    res = u.run("--lang", "id", "followups", "--done", ayus["id"], "--officer", WAYAN)
    assert res.stderr == (f"patrolog: {ayus['id']} milik {AYU}, bukan milik {WAYAN}; "
                          "tidak ada yang ditandai selesai\n")
    res = u.run("followups", "--done", ayus["id"], "--officer", "Bripka Nobody")
    assert res.exit_code == 2 and "Bripka Nobody" in res.stderr and u.snapshot() == before
    # Her own name (any case) marks it done, as --done alone does.
    done = u.ok("followups", "--done", ayus["id"], "--officer", AYU.upper(), "--json").json()
    assert done["id"] == ayus["id"] and done["done_at"] == NOW


def test_done_refuses_a_record_without_officer_when_one_is_named(journal, monkeypatch):
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    ref = journal.add("contact", "--role", "warga", "--at", "2026-11-26 10:00",
                      "--follow-up", "cek lampu", "--due", "2026-11-30")
    journal.ok("config", "set", "officer", WAYAN)
    before = journal.snapshot()
    res = journal.run("followups", "--done", ref, "--officer", WAYAN)
    assert res.exit_code == 2
    assert res.stderr == (f"patrolog: {ref} names no officer, so it is not {WAYAN}'s; "
                          "nothing marked done\n")
    assert journal.snapshot() == before


# -- due: one line per officer of the unit without a patrol yesterday -------------------------
YESTERDAY = "2026-11-26"


def _expected_missing() -> dict[str, str]:
    """Officer of the unit (records on yesterday or the 4 weeks before) -> day of their last
    patrol, for those with no patrol yesterday; counted from PLAN."""
    first = "2026-10-29"  # 28 days before yesterday
    out = {}
    for officer, plan in PLAN.items():
        times = [p.start for p in plan["patrols"]] + [c.at for c in plan["contacts"]] \
            + plan["incidents"]
        if not any(first <= ts[:10] <= YESTERDAY for ts in times):
            continue
        days = sorted(p.start[:10] for p in plan["patrols"] if p.start[:10] <= YESTERDAY)
        if days[-1] != YESTERDAY:
            out[officer] = days[-1]
    return out


def test_due_names_each_officer_who_logged_no_patrol_yesterday(unit):
    import json

    u, _ = unit
    expected = _expected_missing()
    assert set(expected) == {WAYAN, AYU}  # the plan is what this test is about
    res = u.run("due")
    assert res.exit_code == 1
    lines = [line for line in res.stdout.splitlines() if "no patrol logged yesterday" in line]
    assert lines == [f"{officer}: no patrol logged yesterday ({YESTERDAY}); the last one "
                     f"started {expected[officer]}" for officer in sorted(expected)]
    items = [i for i in json.loads(u.run("due", "--json").stdout)
             if i["reason"] == "no_patrol_yesterday"]
    assert [(i["id"], i["officer"]) for i in items] == [(None, o) for o in sorted(expected)]
    for item in items:
        assert item["days"] == (date.fromisoformat("2026-11-27")
                                - date.fromisoformat(expected[item["officer"]])).days
    indonesian = u.run("--lang", "id", "due").stdout
    assert f"{WAYAN}: tidak ada patroli tercatat kemarin ({YESTERDAY})" in indonesian
    # --officer narrows to that one; one who patrolled yesterday has no such line.
    only = json.loads(u.run("due", "--officer", "brigadir ayu", "--json").stdout)
    assert [i["officer"] for i in only if i["reason"] == "no_patrol_yesterday"] == [AYU]
    assert not [i for i in json.loads(u.run("due", "--officer", TAFSIPUL, "--json").stdout)
                if i["reason"] == "no_patrol_yesterday"]


def test_an_officers_own_journal_keeps_its_one_line(unit):
    import json

    _, own = unit
    res = own[WAYAN].run("due")
    line = f"no patrol logged yesterday ({YESTERDAY}); the last one started 2026-11-25"
    assert line in res.stdout.splitlines()
    item = next(i for i in json.loads(own[WAYAN].run("due", "--json").stdout)
                if i["reason"] == "no_patrol_yesterday")
    assert (item["id"], item["officer"], item["message"]) == (None, None, line)


def test_due_names_an_officer_of_the_unit_who_never_patrolled(unit, tmp_path, monkeypatch):
    u = _copy_of_unit(unit, tmp_path, monkeypatch)
    u.add("contact", "--role", "warga", "--at", f"{YESTERDAY} 10:00")  # the Kanit's own
    lines = u.run("due").stdout.splitlines()
    assert f"{KANIT}: no patrol logged yesterday ({YESTERDAY}); no patrol of theirs in the " \
        "journal yet" in lines


def test_a_unit_nobody_logged_in_for_weeks_gets_the_journals_one_line(unit, tmp_path,
                                                                      monkeypatch):
    import json

    u = _copy_of_unit(unit, tmp_path, monkeypatch)
    monkeypatch.setenv("PATROLOG_NOW", "2027-02-01T08:00:00+07:00")
    items = [i for i in json.loads(u.run("due", "--json").stdout)
             if i["reason"] == "no_patrol_yesterday"]
    assert [(i["officer"], i["message"]) for i in items] == [
        (None, "no patrol logged yesterday (2027-01-31); the last one started 2026-11-27")]


def test_the_retention_reminder_is_the_journals_not_an_officers(unit, tmp_path, monkeypatch):
    import json

    u = _copy_of_unit(unit, tmp_path, monkeypatch)
    u.ok("config", "set", "retention", "2 bulan")  # Lama's September records are past it
    assert "retention" in [i["reason"] for i in json.loads(u.run("due", "--json").stdout)]
    for officer in (LAMA, WAYAN):
        reasons = [i["reason"] for i in json.loads(u.run("due", "--officer", officer,
                                                         "--json").stdout)]
        assert "retention" not in reasons
