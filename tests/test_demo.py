"""`patrolog demo`: a realistic sample journal, shaped like what `add` writes."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from patrolog.core import clock

from conftest import Journal
from patrolog.demo import writer as demo
from patrolog.core import vocab
from patrolog.cli import commands_demo

JAKARTA = ZoneInfo("Asia/Jakarta")
RANKS = ("Bripda", "Briptu", "Brigpol", "Bripka", "Aipda", "Aiptu", "Ipda", "Iptu", "AKP")
HONORIFIC = re.compile(r"^(Pak|Bapak|Bu|Ibu|Mas|Mbak|Bang|H\.|Hj\.|Ustaz|Pendeta|Ser\w+|Pelda) ")
TIMES = {"patrols": "started_at", "incidents": "occurred_at", "contacts": "met_at"}


def now_jakarta() -> datetime:
    return clock.now(JAKARTA)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_day(weeks: int) -> date:
    return monday(now_jakarta().date()) - timedelta(weeks=weeks - 1)


def grade(patrols: int) -> str:
    return "KURANG" if patrols == 0 else "CUKUP" if patrols <= 3 else "AKTIF"


def total_records(j: Journal) -> int:
    return sum(j.sql(f"SELECT count(*) FROM {t}")[0][0] for t in TIMES)


@pytest.fixture
def sample(journal: Journal) -> Journal:
    journal.ok("demo")
    return journal


# -- the default sample -------------------------------------------------------------------
def test_summary_line_names_counts_and_path(journal: Journal) -> None:
    res = journal.ok("demo")
    counts = {t: journal.sql(f"SELECT count(*) FROM {t}")[0][0] for t in TIMES}
    first, *hint = res.stdout.splitlines()
    assert str(journal.path) in first
    for table, label in (("patrols", "patrols"), ("incidents", "incidents"),
                         ("contacts", "contacts")):
        assert f"{counts[table]} {label}" in first
    assert f"1 officer, {first_day(8)} to {now_jakarta().date()}" in first
    # the commands to try next, one a line, so each can be copied as it is
    assert f"  patrolog --db {journal.path} report" in hint
    assert all(line.startswith("  patrolog --db ") for line in hint[1:]) and len(hint) == 5
    assert res.stderr == ""  # no progress bar when stderr is not a terminal


def test_profile_is_set_when_missing(sample: Journal) -> None:
    config = sample.ok("config", "list", "--json").json()
    assert config == {"officer": "Aiptu Tafsipul", "unit": "Polsek Metro Menteng",
                      "area": "Gondangdia", "timezone": "Asia/Jakarta", "lang": None,
                      "retention": None, "nrp": None, "addressee": None, "server": None}


def test_profile_already_set_is_kept(journal: Journal) -> None:
    journal.ok("config", "set", "officer", "Bripka Joko")
    journal.ok("demo")
    config = journal.ok("config", "list", "--json").json()
    assert config["officer"] == "Bripka Joko"
    assert config["unit"] == "Polsek Metro Menteng"


def test_weeks_grade_differently_with_15_to_30_records_in_an_active_week(
        sample: Journal) -> None:
    first = first_day(8)
    patrols: Counter[date] = Counter()
    records: Counter[date] = Counter()
    for table, column in TIMES.items():
        for (when,) in sample.sql(f"SELECT {column} FROM {table}"):
            week = monday(date.fromisoformat(when[:10]))
            records[week] += 1
            if table == "patrols":
                patrols[week] += 1
    full_weeks = [first + timedelta(weeks=n) for n in range(7)]  # this week is still running
    assert [grade(patrols[w]) for w in full_weeks] == [
        "AKTIF", "AKTIF", "CUKUP", "AKTIF", "KURANG", "CUKUP", "AKTIF"]
    for week in full_weeks:
        if grade(patrols[week]) == "AKTIF":
            assert 15 <= records[week] <= 30, (week, records[week])
    assert min(records) >= first


def test_opens_with_the_seed_story(sample: Journal) -> None:
    patrol = sample.ok("show", "P1", "--json").json()
    assert patrol["started_at"][:10] == first_day(8).isoformat()
    assert (patrol["officer"], patrol["unit"], patrol["kind"]) == (
        "Aiptu Tafsipul", "Polsek Metro Menteng", "dialogic")
    assert {"type": "market", "name": "Pasar Boplo"} in patrol["places"]
    accident = sample.ok("show", "I1", "--json").json()
    assert (accident["kind"], accident["patrol"], accident["injured"]) == (
        "traffic_accident", "P1", 1)
    assert "pertolongan pertama" in accident["action"]
    found = [r["id"] for r in sample.ok("search", "kecelakaan", "--json").json()]
    assert "I1" in found and "P1" in found


def test_records_end_today_not_in_the_future(sample: Journal) -> None:
    now = now_jakarta()
    first = first_day(8)
    latest = None
    for table, column in TIMES.items():
        for (when, created) in sample.sql(f"SELECT {column}, created_at FROM {table}"):
            moment = datetime.fromisoformat(when)
            assert when.endswith("+07:00")
            assert first <= moment.date() and moment <= now + timedelta(minutes=1)
            assert datetime.fromisoformat(created) >= moment
            latest = max(latest or moment, moment)
    # Today or just before (a Monday morning may have nothing logged yet this week).
    assert latest.date() >= now.date() - timedelta(days=3)
    for (ended, started) in sample.sql("SELECT ended_at, started_at FROM patrols"):
        assert ended > started


def test_every_category_column_holds_a_code(sample: Journal) -> None:
    columns = (("patrols", "kind", "patrol_kind"), ("visits", "type", "place_type"),
               ("incidents", "kind", "incident_kind"), ("incidents", "severity", "severity"),
               ("incidents", "status", "status"), ("contacts", "role", "role"))
    for table, column, vocabulary in columns:
        used = {v for (v,) in sample.sql(f"SELECT DISTINCT {column} FROM {table}")}
        assert used and used <= set(vocab.codes(vocabulary)), (table, column, used)
    assert len({v for (v,) in sample.sql("SELECT DISTINCT kind FROM patrols")}) >= 6


def test_linked_records_fall_inside_their_patrol(sample: Journal) -> None:
    for table, column in (("incidents", "occurred_at"), ("contacts", "met_at")):
        rows = sample.sql(
            f"SELECT x.{column}, p.started_at, p.ended_at, p.deleted_at, x.officer, p.officer "
            f"FROM {table} x LEFT JOIN patrols p ON p.id = x.patrol_id "
            f"WHERE x.patrol_id IS NOT NULL")
        assert rows
        for when, start, end, deleted, officer, patrol_officer in rows:
            assert start is not None and deleted is None
            assert start <= when <= end
            assert officer == patrol_officer
    loose = sample.sql(
        "SELECT count(*) FROM contacts c WHERE c.patrol_id IS NULL AND EXISTS (SELECT 1 "
        "FROM patrols p WHERE p.officer = c.officer AND c.met_at BETWEEN p.started_at "
        "AND p.ended_at)")
    assert loose == [(0,)]
    assert sample.sql("SELECT count(*) FROM contacts WHERE patrol_id IS NULL")[0][0] >= 1


def test_records_are_shaped_like_added_ones(sample: Journal, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    other = Journal(tmp_path / "added.db", monkeypatch)
    added = {
        "P": other.ok("add", "patrol", "--start", "-3h", "--duration", "2h", "--place",
                      "pasar:Pasar Boplo", "--tag", "x", "--json").json(),
        "I": other.ok("add", "incident", "--kind", "laka", "--json").json(),
        "C": other.ok("add", "contact", "--role", "warga", "--json").json(),
    }
    listed = sample.ok("list", "--json").json()
    assert len(listed) == total_records(sample)
    for rec in listed:
        assert set(rec) == set(added[rec["id"][0]]), rec["id"]
        assert re.fullmatch(r"[0-9a-f]{32}", rec["uid"])
        assert isinstance(rec["tags"], list)
    assert len({r["uid"] for r in listed}) == len(listed)
    patrol = next(r for r in listed if r["id"] == "P2")
    assert patrol["places"] and all(set(p) == {"type", "name"} for p in patrol["places"])
    indexed = sample.sql("SELECT count(*) FROM search_index")[0][0]
    assert indexed == len(listed)


def test_search_finds_places_and_concerns(sample: Journal) -> None:
    found = sample.ok("search", "Pasar Boplo", "--json").json()
    assert len(found) >= 5 and {r["id"][0] for r in found} >= {"P", "C"}
    assert all("pasar boplo" in json.dumps(r, ensure_ascii=False).lower() for r in found)
    concern = sample.sql("SELECT concern FROM contacts WHERE concern IS NOT NULL LIMIT 1")[0][0]
    words = " ".join(concern.split()[:3])
    assert any(r.get("concern") == concern
               for r in sample.ok("search", words, "--json").json())


def test_followups_done_open_and_overdue(sample: Journal) -> None:
    today = now_jakarta().date().isoformat()
    done = sample.sql("SELECT count(*) FROM contacts WHERE follow_up IS NOT NULL "
                      "AND done_at IS NOT NULL AND done_at >= met_at")[0][0]
    overdue = sample.sql("SELECT count(*) FROM contacts WHERE follow_up IS NOT NULL "
                         "AND done_at IS NULL AND due < ?", (today,))[0][0]
    assert done >= 5 and overdue >= 1
    assert sample.sql("SELECT count(*) FROM contacts WHERE follow_up IS NULL AND "
                      "(due IS NOT NULL OR done_at IS NOT NULL)") == [(0,)]
    for (due, met) in sample.sql("SELECT due, met_at FROM contacts WHERE due IS NOT NULL"):
        assert due > met[:10]


def test_incidents_vary_in_kind_severity_and_status(sample: Journal) -> None:
    kinds = sample.sql("SELECT count(DISTINCT kind), count(DISTINCT severity) FROM incidents")
    assert kinds[0][0] >= 4 and kinds[0][1] >= 2
    statuses = dict(sample.sql("SELECT status, count(*) FROM incidents GROUP BY status"))
    assert set(statuses) == {"open", "referred", "resolved"}
    assert sample.sql("SELECT count(*) FROM incidents WHERE (status = 'referred') "
                      "!= (referred_to IS NOT NULL)") == [(0,)]


def test_people_named_anonymous_repeated_and_few_phones(sample: Journal) -> None:
    rows = sample.sql("SELECT name, phone FROM contacts")
    names = [n for n, _ in rows if n]
    assert len(names) < len(rows)  # some stay anonymous
    assert all(HONORIFIC.match(n) for n in names), [n for n in names if not HONORIFIC.match(n)]
    people = Counter(HONORIFIC.sub("", n).lower() for n in names)
    assert people.most_common(1)[0][1] >= 3
    phones = [p for _, p in rows if p]
    assert 1 <= len(phones) <= len(rows) // 4
    assert all(re.fullmatch(r"08\d{2}-?\d{4}-?\d{4}", p) for p in phones)


def test_some_places_go_stale(sample: Journal) -> None:
    recent = (now_jakarta().date() - timedelta(days=27)).isoformat()
    rows = sample.sql("SELECT v.name, max(substr(p.started_at, 1, 10)) FROM visits v "
                      "JOIN patrols p ON p.id = v.patrol_id GROUP BY v.name")
    stale = {name for name, last in rows if last < recent}
    assert stale and "Pasar Boplo" not in stale
    assert len(stale) < len(rows) / 2


# -- refusals and options ---------------------------------------------------------------
def test_refuses_a_journal_with_records(tafsipul: Journal) -> None:
    tafsipul.add("patrol", "--start", "-3h", "--duration", "2h")
    before = tafsipul.snapshot()
    res = tafsipul.run("demo")
    assert res.exit_code == 2
    assert "already has records (1)" in res.stderr and "--append" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert tafsipul.snapshot() == before


def test_running_twice_does_not_double(sample: Journal) -> None:
    before = sample.snapshot()
    res = sample.run("demo", env={"PATROLOG_LANG": "id"})
    assert res.exit_code == 2 and "sudah berisi" in res.stderr
    assert sample.snapshot() == before


def test_append_adds_after_the_existing_ids(sample: Journal) -> None:
    patrols = sample.sql("SELECT count(*) FROM patrols")[0][0]
    sample.ok("demo", "--append", "--seed", "7")
    count, top = sample.sql("SELECT count(*), max(id) FROM patrols")[0]
    assert top == count and count > patrols
    uids = sample.sql("SELECT count(DISTINCT uid), count(*) FROM contacts")[0]
    assert uids[0] == uids[1]


def test_several_officers_each_with_their_own_records(journal: Journal) -> None:
    journal.ok("demo", "--weeks", "3", "--officers", "3")
    officers = journal.sql("SELECT officer, count(DISTINCT unit), count(*) FROM patrols "
                           "GROUP BY officer ORDER BY min(id)")
    assert len(officers) == 3 and officers[0][0] == "Aiptu Tafsipul"
    assert all(units == 1 and count >= 4 for _, units, count in officers)
    assert all(name.split()[0] in RANKS for name, _, _ in officers)
    for table in ("incidents", "contacts"):
        names = {n for (n,) in journal.sql(f"SELECT DISTINCT officer FROM {table}")}
        assert names == {name for name, _, _ in officers}
    areas = journal.sql("SELECT officer, area FROM patrols WHERE area NOT LIKE 'RW %' "
                        "GROUP BY officer")
    assert len({area for _, area in areas}) == 3  # each in their own kelurahan


@pytest.mark.parametrize("args", [("--weeks", "0"), ("--weeks", "1041"), ("--officers", "0"),
                                  ("--officers", "1001"), ("--weeks", "lima")])
def test_bad_sizes_exit_2_and_create_nothing(journal: Journal, args: tuple[str, str]) -> None:
    res = journal.run("demo", *args)
    assert res.exit_code == 2
    assert args[0] in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert not journal.path.exists()


def test_same_seed_same_content(journal: Journal, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    twin, other = (Journal(tmp_path / f"{n}.db", monkeypatch) for n in ("twin", "other"))
    journal.ok("demo")
    twin.ok("demo")
    other.ok("demo", "--seed", "7")
    this_week = monday(now_jakarta().date()).isoformat()  # today's time cuts this week off
    query = ("SELECT c.met_at, c.name, c.role, c.place, c.topic, c.concern, c.follow_up, "
             "c.due, p.started_at, p.summary FROM contacts c JOIN patrols p "
             "ON p.id = c.patrol_id WHERE p.started_at < ? ORDER BY c.id")
    mine = journal.sql(query, (this_week,))
    assert mine == twin.sql(query, (this_week,))
    assert mine != other.sql(query, (this_week,))
    uids = journal.sql("SELECT uid FROM patrols") + twin.sql("SELECT uid FROM patrols")
    assert len(set(uids)) == len(uids)


def test_a_year_of_five_officers(journal: Journal) -> None:
    journal.ok("demo", "--weeks", "52", "--officers", "5")
    per_officer = journal.sql(
        "SELECT officer, sum(n) FROM (SELECT officer, count(*) n FROM patrols GROUP BY officer "
        "UNION ALL SELECT officer, count(*) FROM incidents GROUP BY officer "
        "UNION ALL SELECT officer, count(*) FROM contacts GROUP BY officer) GROUP BY officer")
    assert len(per_officer) == 5
    for officer, records in per_officer:
        assert 15 * 52 <= records <= 22 * 52, (officer, records)
    assert journal.sql("SELECT count(*) FROM search_index")[0][0] == total_records(journal)


def test_cli_defaults_match_the_library() -> None:
    assert (commands_demo.DEFAULT_WEEKS, commands_demo.DEFAULT_OFFICERS,
            commands_demo.DEFAULT_SEED) == (demo.DEFAULT_WEEKS, demo.DEFAULT_OFFICERS,
                                            demo.DEFAULT_SEED)
