"""export / import / merge: round trips, idempotence by uid, links kept, bad files refused."""

from __future__ import annotations

import json
import stat

import pytest

from conftest import Journal


@pytest.fixture
def other(tmp_path, monkeypatch) -> Journal:
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


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_import_round_trip_is_idempotent(other, journal, tmp_path, fmt):
    journal.add("patrol", "--start", "2026-11-19 08:00", "--end", "2026-11-19 09:00")
    out = tmp_path / f"export.{fmt}"
    other.ok("export", "--format", fmt, "--output", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first = journal.ok("import", str(out), "--json").json()
    assert first == {"patrols": 1, "incidents": 1, "contacts": 1, "skipped": 0}
    again = journal.ok("import", str(out), "--json").json()
    assert again == {"patrols": 0, "incidents": 0, "contacts": 0, "skipped": 3}
    mine = journal.ok("list", "--json").json()
    theirs = other.ok("list", "--json").json()
    assert _strip_local([r for r in mine if r["officer"] == "Bripka Ani"]) == _strip_local(theirs)
    incident = next(r for r in mine if r["id"].startswith("I"))
    assert incident["patrol"] == "P2", "links follow the patrol's uid, not its old id"
    assert [r["id"] for r in journal.ok("search", "Rahmat", "--json").json()] == ["C1"]


def test_export_jsonl_lines_carry_type_and_patrol_uid(other):
    lines = [json.loads(x) for x in other.ok("export").stdout.splitlines()]
    assert [x["type"] for x in lines] == ["patrol", "incident", "contact"]
    assert lines[1]["patrol_uid"] == lines[0]["uid"]
    assert all(x["id"] != "C2" for x in lines), "deleted records are not exported"
    contacts = other.ok("export", "kontak").stdout.splitlines()
    assert len(contacts) == 1


def test_merge_is_idempotent_and_leaves_the_other_file_alone(other, journal):
    before = other.snapshot()
    assert journal.ok("merge", str(other.path), "--json").json()["skipped"] == 0
    assert journal.ok("merge", str(other.path), "--json").json() == \
        {"patrols": 0, "incidents": 0, "contacts": 0, "skipped": 3}
    assert other.snapshot() == before
    assert len(journal.ok("list", "--json").json()) == 3


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
    assert res.exit_code == 2 and "2" in res.stderr and "nothing" in res.stderr
    assert journal.snapshot() == before
    res = journal.run("import", str(tmp_path / "missing.jsonl"))
    assert res.exit_code == 2
    assert journal.run("merge", str(journal.path)).exit_code == 2
    assert journal.snapshot() == before


def test_import_and_merge_report_progress_through_both_phases(other, journal, tmp_path):
    from pathlib import Path

    from patrolog import exchange
    from patrolog.store import Store

    out = tmp_path / "export.jsonl"
    other.ok("export", "--output", str(out))
    for run in ("import", "merge"):
        heard: list[tuple[str, int, int]] = []
        listen = (lambda *a, into=heard: into.append(a))  # noqa: E731
        target = tmp_path / f"{run}.db"
        with Store.open(target) as store:  # a new journal: checked in full before created
            if run == "import":
                source = exchange.FileSource(out)
                counts = exchange.import_records(store, source, listen, source.count())
            else:
                counts = exchange.merge(store, Path(other.path), progress=listen)
        assert counts["skipped"] == 0 and sum(counts.values()) == 3
        assert [h for h in heard if h[0] == "check"][-1] == ("check", 3, 3)
        assert [h for h in heard if h[0] == "write"][-1] == ("write", 3, 3)
        assert [h[0] for h in heard].index("write") > [h[0] for h in heard].index("check")


def test_import_streams_links_forward_and_defaults_like_add(journal, tmp_path):
    """Records are written as they are read: a contact may come before its patrol, an
    incident may leave out its status, and a bad record later on still changes nothing."""
    patrol = {"type": "patrol", "uid": "p" * 32, "started_at": "2026-11-20T08:00:00+07:00",
              "ended_at": "2026-11-20T11:00:00+07:00", "kind": "sambang",
              "places": [{"type": "pasar", "name": "Pasar Boplo"}]}
    contact = {"type": "contact", "uid": "c" * 32, "met_at": "2026-11-20T09:00:00+07:00",
               "role": "pedagang", "patrol_uid": "p" * 32}
    incident = {"type": "incident", "uid": "i" * 32, "occurred_at": "2026-11-20T09:30:00+07:00",
                "kind": "laka"}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (contact, incident, patrol)) + "\n")
    assert journal.ok("import", str(path), "--json").json() == {
        "patrols": 1, "incidents": 1, "contacts": 1, "skipped": 0}
    assert journal.ok("show", "C1", "--json").json()["patrol"] == "P1"
    assert journal.ok("show", "I1", "--json").json()["status"] == "open"

    before = journal.snapshot()
    nameless = dict(patrol, uid="q" * 32, places=[{"type": "pasar", "name": " "}])
    late_bad = tmp_path / "late-bad.jsonl"
    late_bad.write_text("\n".join(json.dumps(r) for r in (
        dict(contact, uid="d" * 32), dict(incident, uid="j" * 32), nameless)) + "\n")
    res = journal.run("import", str(late_bad))
    assert res.exit_code == 2 and "3" in res.stderr and res.stderr.count("\n") == 1
    assert journal.snapshot() == before


def test_a_bad_import_never_creates_the_journal(tmp_path, monkeypatch):
    fresh = Journal(tmp_path / "new" / "journal.db", monkeypatch)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"type": "incident", "uid": "a" * 32,
                                "occurred_at": "2026-11-20T09:00:00+07:00", "kind": "laka"})
                    + "\nnot json\n")
    res = fresh.run("import", str(path))
    assert res.exit_code == 2 and "2" in res.stderr
    assert not fresh.path.exists()
