"""export / import / merge (docs/sharing.md#the-rules): round trips, records applied by uid (added, updated,
deleted, unchanged), tombstones, links by uid, --since and --officer, bad files refused."""

from __future__ import annotations

import json
import stat

import pytest

from conftest import Journal, exported

NOW = "2026-11-27T20:00:00+07:00"


def at(stamp: str) -> dict[str, str]:
    """Run a command at this moment: each side's edits carry their own updated_at."""
    return {"PATROLOG_NOW": stamp}


@pytest.fixture
def other(tmp_path, monkeypatch) -> Journal:
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    j = Journal(tmp_path / "other.db", monkeypatch)
    j.ok("config", "set", "officer", "Bripka Ani")
    j.add("patrol", "--start", "2026-11-20 08:00", "--end", "2026-11-20 11:00",
          "--place", "pasar:Pasar Boplo", "--tag", "pagi")
    j.add("incident", "--kind", "laka", "--at", "2026-11-20 09:00", "--injured", "1")
    j.add("contact", "--role", "ketua rw", "--name", "Pak Rahmat", "--at", "2026-11-20 10:00",
          "--follow-up", "lapor kelurahan", "--due", "2026-12-01")
    j.add("contact", "--role", "warga", "--at", "2026-11-20 10:30")
    j.ok("delete", "C2", "--yes")
    return j


def _strip_local(recs):
    return [{k: v for k, v in r.items() if k not in ("id", "patrol")} for r in recs]


def _counts(added=0, updated=0, deleted=0, unchanged=0) -> dict[str, int]:
    return {"added": added, "updated": updated, "deleted": deleted, "unchanged": unchanged}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_import_round_trip_is_idempotent(other, journal, tmp_path, fmt):
    journal.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    out = tmp_path / f"export.{fmt}"
    other.ok("export", "--format", fmt, "--output", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first = journal.ok("import", str(out), "--json").json()
    assert first == _counts(added=3, unchanged=1), \
        "the deleted contact comes as a tombstone, kept: nothing here was deleted"
    assert journal.ok("import", str(out), "--json").json() == _counts(unchanged=4)
    mine = journal.ok("list", "--json").json()
    theirs = other.ok("list", "--json").json()
    assert _strip_local([r for r in mine if r["officer"] == "Bripka Ani"]) == _strip_local(theirs)
    incident = next(r for r in mine if r["id"].startswith("I"))
    assert incident["patrol"] == "P2", "links follow the patrol's uid, not its old id"
    assert [r["id"] for r in journal.ok("search", "Rahmat", "--json").json()] == ["C1"]
    assert journal.ok("import", str(out)).stdout.strip() == \
        "added 0, updated 0, deleted 0, unchanged 4"


def test_export_lines_carry_type_patrol_uid_and_tombstones_without_personal_data(other):
    lines = exported(other.ok("export").stdout)
    assert [x["type"] for x in lines] == ["patrol", "incident", "contact", "contact"]
    assert lines[1]["patrol_uid"] == lines[0]["uid"]
    assert all("updated_at" in x for x in lines)
    tomb = lines[3]
    assert set(tomb) == {"type", "uid", "officer", "updated_at", "deleted_at"}
    # stamped a second after the version it replaced (the clock stands still in tests)
    assert tomb["officer"] == "Bripka Ani" and tomb["deleted_at"] == "2026-11-27T20:00:01+07:00"
    contacts = [json.dumps(r) for r in exported(other.ok("export", "kontak").stdout)]
    assert len(contacts) == 2


def test_merge_is_idempotent_and_leaves_the_other_file_alone(other, journal):
    before = other.snapshot()
    assert journal.ok("merge", str(other.path), "--json").json() == _counts(added=3, unchanged=1)
    assert journal.ok("merge", str(other.path), "--json").json() == _counts(unchanged=4)
    assert other.snapshot() == before
    assert len(journal.ok("list", "--json").json()) == 3


def test_corrections_and_deletions_travel_and_the_replaced_version_stays(other, journal,
                                                                         tmp_path):
    journal.ok("merge", str(other.path))
    uid = other.ok("show", "I1", "--json").json()["uid"]
    other.ok("edit", "I1", "--injured", "2", env=at("2026-11-28T08:00:00+07:00"))
    other.ok("followups", "--done", "C1", env=at("2026-11-28T08:05:00+07:00"))
    other.ok("delete", "P1", "--yes", env=at("2026-11-28T08:10:00+07:00"))
    week = tmp_path / "week.jsonl"
    other.ok("export", "--since", "2026-11-28", "-o", str(week))
    assert len(exported(week.read_text())) == 3, "--since: only what changed"
    assert journal.ok("import", str(week), "--json").json() == _counts(updated=2, deleted=1)
    shown = journal.ok("show", uid[:8], "--json").json()
    assert shown["injured"] == 2 and shown["history"][-1]["injured"] == 1
    assert journal.ok("show", "C1", "--json").json()["done_at"] == "2026-11-28T08:05:00+07:00"
    assert [r["id"] for r in journal.ok("list", "patrols", "--json").json()] == []
    assert journal.ok("search", "Boplo", "--json").json() == []
    # again, and the older full file after the newer one: nothing changes
    before = journal.snapshot()
    assert journal.ok("import", str(week), "--json").json() == _counts(unchanged=3)
    assert journal.ok("merge", str(other.path), "--json").json() == _counts(unchanged=4)
    assert journal.snapshot() == before


def test_an_older_version_never_replaces_a_newer_one(other, journal, tmp_path):
    old = tmp_path / "old.jsonl"
    other.ok("export", "-o", str(old))
    other.ok("edit", "I1", "--injured", "3", env=at("2026-11-28T09:00:00+07:00"))
    journal.ok("merge", str(other.path))
    assert journal.ok("import", str(old), "--json").json() == _counts(unchanged=4)
    assert journal.ok("show", "I1", "--json").json()["injured"] == 3


def test_a_tombstone_for_a_record_never_seen_is_kept(other, journal, tmp_path):
    full = tmp_path / "full.jsonl"
    other.ok("export", "-o", str(full))
    other.ok("delete", "I1", "--yes", env=at("2026-11-28T09:00:00+07:00"))
    tombs = tmp_path / "tombs.jsonl"
    other.ok("export", "--since", "2026-11-28", "-o", str(tombs))
    # kept, so it cannot come back; but this journal never had it: nothing was deleted
    assert journal.ok("import", str(tombs), "--json").json() == _counts(unchanged=1)
    assert journal.sql("SELECT type FROM tombstones") == [("incident",)]
    # the older copy, arriving later, cannot bring the incident back
    assert journal.ok("import", str(full), "--json").json() == _counts(added=2, unchanged=2)
    assert journal.ok("list", "incidents", "--json").json() == []
    # and the tombstone travels on to the next journal
    lines = exported(journal.ok("export").stdout)
    assert sum(1 for x in lines if x["deleted_at"]) == 2


def test_a_uid_whose_type_differs_is_refused_naming_line_and_field(other, journal, tmp_path):
    journal.ok("merge", str(other.path))
    patrol = other.ok("show", "P1", "--json").json()
    clash = {"type": "incident", "uid": patrol["uid"], "kind": "laka",
             "occurred_at": "2026-11-20T09:00:00+07:00", "updated_at": "2026-11-28T09:00:00+07:00"}
    path = tmp_path / "clash.jsonl"
    path.write_text(json.dumps({"type": "incident", "uid": "n" * 32, "kind": "laka",
                                "occurred_at": "2026-11-20T09:00:00+07:00"}) + "\n"
                    + json.dumps(clash) + "\n")
    before = journal.snapshot()
    res = journal.run("import", str(path))
    assert res.exit_code == 2 and "line 2" in res.stderr and "'type'" in res.stderr
    assert patrol["uid"] in res.stderr and res.stderr.count("\n") == 1
    assert journal.snapshot() == before


def test_same_time_different_content_settles_the_same_way_in_both_journals(journal, tmp_path,
                                                                          monkeypatch):
    base = {"type": "incident", "uid": "s" * 32, "kind": "laka", "officer": "Bripka Ani",
            "occurred_at": "2026-11-20T09:00:00+07:00", "created_at": "2026-11-20T10:00:00+07:00",
            "updated_at": "2026-11-21T10:00:00+07:00"}
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps(dict(base, injured=1)) + "\n")
    two.write_text(json.dumps(dict(base, injured=2)) + "\n")
    b = Journal(tmp_path / "b.db", monkeypatch)
    journal.ok("import", str(one))
    b.ok("import", str(two))
    journal.ok("merge", str(b.path))
    b.ok("merge", str(journal.path))
    assert journal.ok("show", "I1", "--json").json()["injured"] == \
        b.ok("show", "I1", "--json").json()["injured"]
    assert journal.ok("merge", str(b.path), "--json").json() == _counts(unchanged=1)


def test_export_by_officer_is_case_insensitive_and_refuses_unknown_names(other, journal,
                                                                         tmp_path):
    journal.ok("config", "set", "officer", "Aiptu Tafsipul")
    journal.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    journal.ok("merge", str(other.path))
    lines = exported(journal.ok("export", "--officer", "bripka ANI").stdout)
    assert len(lines) == 4 and {x["officer"] for x in lines} == {"Bripka Ani"}
    res = journal.run("export", "--officer", "Brigadir Budi")
    assert res.exit_code == 2
    assert "Aiptu Tafsipul" in res.stderr and "Bripka Ani" in res.stderr


def test_export_since_takes_the_words_of_list(other):
    assert exported(other.ok("export", "--since", "2026-11-28").stdout) == []
    assert len(exported(other.ok("export", "--since", "27/11/2026").stdout)) == 4
    assert other.run("export", "--since", "someday").exit_code == 2


def test_bad_import_file_changes_nothing(journal, tmp_path):
    journal.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    before = journal.snapshot()
    good = {"type": "incident", "uid": "a" * 32, "occurred_at": "2026-11-20T09:00:00+07:00",
            "kind": "fire"}
    bad = {"type": "incident", "uid": "b" * 32, "occurred_at": "2026-11-20T09:00:00+07:00",
           "kind": "volcano"}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    res = journal.run("import", str(path))
    assert res.exit_code == 2 and "line 2" in res.stderr and "'kind'" in res.stderr
    assert "nothing" in res.stderr
    assert journal.snapshot() == before
    res = journal.run("import", str(tmp_path / "missing.jsonl"))
    assert res.exit_code == 2
    assert journal.run("merge", str(journal.path)).exit_code == 2
    assert journal.snapshot() == before


def test_import_and_merge_report_progress(other, journal, tmp_path):
    from pathlib import Path

    from patrolog.sharing import exchange
    from patrolog.journal.store import Store

    out = tmp_path / "export.jsonl"
    other.ok("export", "--output", str(out))
    for run in ("import", "merge"):
        heard: list[tuple[str, int, int]] = []
        listen = (lambda *a, into=heard: into.append(a))  # noqa: E731
        target = tmp_path / f"{run}.db"
        with Store.open(target) as store:  # a new journal: built aside, then put in place
            if run == "import":
                source = exchange.FileSource(out)
                counts = exchange.import_records(store, source, listen, source.count())
            else:
                counts = exchange.merge(store, Path(other.path), progress=listen)
        assert counts == _counts(added=3, unchanged=1)
        assert heard[-1] == ("write", 4, 4)
        assert target.exists() and not list(tmp_path.glob(".*import*"))


def test_import_streams_links_forward_and_defaults_like_add(journal, tmp_path):
    """A contact may come before its patrol, an incident may leave out its status, and a
    bad record later on still changes nothing."""
    patrol = {"type": "patrol", "uid": "p" * 32, "started_at": "2026-11-20T08:00:00+07:00",
              "ended_at": "2026-11-20T11:00:00+07:00", "kind": "sambang",
              "places": [{"type": "pasar", "name": "Pasar Boplo"}]}
    contact = {"type": "contact", "uid": "c" * 32, "met_at": "2026-11-20T09:00:00+07:00",
               "role": "pedagang", "patrol_uid": "p" * 32}
    incident = {"type": "incident", "uid": "i" * 32, "occurred_at": "2026-11-20T09:30:00+07:00",
                "kind": "laka"}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (contact, incident, patrol)) + "\n")
    assert journal.ok("import", str(path), "--json").json() == _counts(added=3)
    assert journal.ok("show", "C1", "--json").json()["patrol"] == "P1"
    assert journal.ok("show", "I1", "--json").json()["status"] == "open"
    assert [r["id"] for r in journal.ok("search", "Boplo", "--json").json()] == ["P1"]

    before = journal.snapshot()
    nameless = dict(patrol, uid="q" * 32, places=[{"type": "pasar", "name": " "}])
    late_bad = tmp_path / "late-bad.jsonl"
    late_bad.write_text("\n".join(json.dumps(r) for r in (
        dict(contact, uid="d" * 32), dict(incident, uid="j" * 32), nameless)) + "\n")
    res = journal.run("import", str(late_bad))
    assert res.exit_code == 2 and "line 3" in res.stderr and res.stderr.count("\n") == 1
    assert journal.snapshot() == before


def test_a_bad_import_never_creates_the_journal(tmp_path, monkeypatch):
    fresh = Journal(tmp_path / "new" / "journal.db", monkeypatch)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"type": "incident", "uid": "a" * 32,
                                "occurred_at": "2026-11-20T09:00:00+07:00", "kind": "laka"})
                    + "\nnot json\n")
    res = fresh.run("import", str(path))
    assert res.exit_code == 2 and "line 2" in res.stderr
    assert not fresh.path.exists() and not (tmp_path / "new").exists()
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    fresh.ok("import", str(empty))
    assert not fresh.path.exists()


def test_bulk_load_leaves_a_sound_journal(other, tmp_path, monkeypatch):
    """Import and merge write a new journal's search rows from the values in hand and build
    its indexes after the rows: `check` (which compares the index with the records and the
    schema with patrolog's) finds the result sound, and search finds every kind of text."""
    other.add("patrol", "--start", "2026-11-21 08:00", "--end", "2026-11-21 10:00",
              "--place", 'sekolah:SDN "Satu" [Menteng]', "--place", "masjid:Masjid Sunda Kelapa",
              "--tag", 'kata "kutip"', "--tag", "[kurung]", "--summary", "Sambang sekolah")
    other.add("incident", "--kind", "sengketa", "--at", "2026-11-21 09:00",
              "--party", "Bu Siti", "--party", 'Pak "Joko"', "--description", "Batas tanah")
    export = tmp_path / "other.jsonl"
    other.ok("export", "-o", str(export))
    for name, args in (("imported", ("import", str(export))),
                       ("merged", ("merge", str(other.path)))):
        fresh = Journal(tmp_path / f"{name}.db", monkeypatch)
        fresh.ok(*args)
        assert fresh.ok("check").stdout.strip().endswith(
            "sound (SQLite integrity check, full-text index, schema)"), name
        for word in ("Kelapa", "kutip", "kurung", "Joko", "Batas", "Boplo", "Rahmat"):
            assert fresh.ok("search", word, "--json").json(), (name, word)


@pytest.mark.parametrize("stored", ["urgent", "{\"a\": 1", "[\"ok\", 2]", "[" * 100_000],
                         ids=["word", "cut-short", "a-number", "deep"])
def test_merge_refuses_a_list_column_another_tool_wrote_badly(other, journal, stored):
    """The other journal's rows are read as stored: a tags column that is not a JSON list of
    texts (written by hand or by another tool) is a bad record, named with its field, as in
    an import; not a crash."""
    import sqlite3

    conn = sqlite3.connect(other.path)
    conn.execute("UPDATE incidents SET tags = ?", (stored,))
    conn.commit()
    conn.close()
    journal.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    before = journal.snapshot()
    res = journal.run("merge", str(other.path))
    assert res.exit_code == 2, res
    assert "'tags'" in res.stderr and res.stderr.count("\n") == 1
    assert journal.snapshot() == before
