"""`patrolog push` (docs/server.md "Push"): the sharing rules on the server, one
transaction, safe to repeat, and every fault one line with nothing half-applied."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from conftest import PATROLOG, SAMPLE_RECORDS, Journal, cli_env
from pg import wait_for

MENTENG = "Polsek Menteng"
LATER = {"PATROLOG_NOW": "2026-11-27T21:00:00+07:00"}


def officer(tmp_path, monkeypatch, name: str, full: str, unit: str = MENTENG) -> Journal:
    j = Journal(tmp_path / f"{name}.db", monkeypatch)
    j.ok("config", "set", "officer", full)
    j.ok("config", "set", "unit", unit)
    return j


@pytest.fixture
def ani(pg_db, tmp_path, monkeypatch):
    """Ani's journal (the sample records) and a server where her login may push."""
    admin = Journal(tmp_path / "admin.db", monkeypatch)
    admin.ok("server", "init", "--server", pg_db.url())
    login = pg_db.login("ani")
    admin.ok("server", "grant", login, "--officer", "Bripka Ani", "--unit", MENTENG,
             "--server", pg_db.url())
    j = officer(tmp_path, monkeypatch, "ani", "Bripka Ani")
    for args in SAMPLE_RECORDS:
        j.ok(*args)
    j.server = pg_db
    j.url = pg_db.url(login)
    return j


def counts(db) -> str:
    return db.sql("SELECT (SELECT count(*) FROM patrolog.patrols) || ',' || "
                  "(SELECT count(*) FROM patrolog.incidents) || ',' || "
                  "(SELECT count(*) FROM patrolog.contacts) || ',' || "
                  "(SELECT count(*) FROM patrolog.visits) || ',' || "
                  "(SELECT count(*) FROM patrolog.history)")


def test_push_counts_line_and_the_server_from_the_environment(ani, monkeypatch) -> None:
    monkeypatch.setenv("PATROLOG_SERVER", ani.url)
    out = ani.ok("push").stdout
    assert out.startswith("pushed to ") and "added 3, updated 0, deleted 0, unchanged 0" in out
    out = ani.ok("--lang", "id", "push").stdout
    assert "dikirim ke" in out and "ditambahkan 0" in out
    assert counts(ani.server) == "1,1,1,1,0"


def test_newer_wins_and_a_tombstone_deletes_and_an_erasure_leaves_no_history(ani) -> None:
    ani.ok("push", "--server", ani.url)
    ani.ok("edit", "C1", "--concern", "parkir liar", env=LATER)
    ani.ok("delete", "I1", "--yes", env=LATER)
    res = ani.ok("push", "--server", ani.url, "--json").json()
    assert res == {"added": 0, "updated": 1, "deleted": 1, "unchanged": 1}, res
    assert ani.server.sql("SELECT concern FROM patrolog.contacts") == "parkir liar"
    assert ani.server.sql("SELECT deleted_at IS NOT NULL FROM patrolog.incidents") == "t"
    assert "Pak Rahmat" in ani.server.sql("SELECT string_agg(record, '') FROM patrolog.history")
    ani.ok("erase", "--name", "Pak Rahmat", "--yes", env={"PATROLOG_NOW": "2026-11-27T22:00:00+07:00"})
    ani.ok("push", "--server", ani.url)
    everything = ani.server.sql(
        "SELECT concat_ws('|', (SELECT string_agg(c::text, '') FROM patrolog.contacts c), "
        "(SELECT string_agg(h::text, '') FROM patrolog.history h))")
    assert "Rahmat" not in everything
    # an older copy sent again (--all, from a journal restored from a backup) changes nothing
    assert ani.ok("push", "--server", ani.url, "--all", "--json").json()["updated"] == 0


def test_a_record_of_another_officer_refuses_the_whole_push(ani) -> None:
    ani.ok("push", "--server", ani.url)
    ani.ok("add", "contact", "--role", "warga", "--name", "Bu Sri", "--at", "hari ini 11:00",
           env=LATER)
    ani.sql("SELECT 1")  # the journal as it stands
    import sqlite3

    conn = sqlite3.connect(ani.path)
    conn.execute("UPDATE contacts SET officer = 'Brigadir Budi' WHERE name = 'Bu Sri'")
    conn.commit()
    conn.close()
    ani.ok("edit", "P1", "--summary", "ramai", env=LATER)
    before, journal_before = counts(ani.server), ani.snapshot()
    res = ani.run("push", "--server", ani.url)
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and "C2" in res.stderr and "Brigadir Budi" in res.stderr
    assert counts(ani.server) == before and ani.snapshot() == journal_before
    assert ani.server.sql("SELECT coalesce(summary, '-') FROM patrolog.patrols") == "-"


def test_the_server_enforces_it_whatever_the_client(ani) -> None:
    """A client that skipped patrolog's own check still meets row-level security."""
    ani.ok("push", "--server", ani.url)
    res = ani.server.psql(
        "UPDATE patrolog.patrols SET officer = 'Brigadir Budi'", ani.url.split("user=")[1])
    assert res.returncode != 0 and "row-level security" in res.stderr


def test_faults_are_one_line_and_change_nothing(ani, pg_db) -> None:
    snapshot = ani.snapshot()
    cases = {
        "host=/nonexistent-socket-dir dbname=x": (4, "cannot reach the server"),
        pg_db.url("no_such_login"): (4, "refused the login"),
        "postgresql://[::1": (2, "cannot read the server"),
        "nonsense=1": (2, "cannot read the server"),
    }
    for url, (code, words) in cases.items():
        res = ani.run("push", "--server", url)
        assert res.exit_code == code, (url, res.stderr)
        assert res.stderr.count("\n") == 1 and words in res.stderr, (url, res.stderr)
        assert "Traceback" not in res.stderr
    stranger = pg_db.login("stranger")
    res = ani.run("push", "--server", pg_db.url(stranger))
    assert res.exit_code == 4 and "no rights" in res.stderr, res.stderr
    assert ani.snapshot() == snapshot
    assert counts(pg_db) == "0,0,0,0,0"
    res = ani.run("--lang", "id", "push", "--server", "host=/nonexistent-socket-dir dbname=x")
    assert res.exit_code == 4 and "tidak dapat dihubungi" in res.stderr


def test_a_server_not_set_up_or_of_a_newer_schema_is_refused(pg_db, journal) -> None:
    journal.ok(*SAMPLE_RECORDS[0])
    res = journal.run("push", "--server", pg_db.url())
    assert res.exit_code == 4 and "server init" in res.stderr
    journal.ok("server", "init", "--server", pg_db.url())
    pg_db.sql("UPDATE patrolog.meta SET value = '999' WHERE key = 'schema_version'")
    for args in (["push"], ["server", "init"], ["server", "logins"]):
        res = journal.run(*args, "--server", pg_db.url())
        assert res.exit_code == 4 and "newer" in res.stderr, (args, res.stderr)
    assert pg_db.sql("SELECT count(*) FROM patrolog.patrols") == "0"


def test_a_server_set_up_by_an_older_patrolog_is_upgraded_by_init(pg_db, journal) -> None:
    """Revision 1 servers read through temporary views; `server init` adds the unit views
    (docs/server.md "Schema"). Until then every command says to run it, changing nothing."""
    journal.ok(*SAMPLE_RECORDS[0])
    journal.ok("server", "init", "--server", pg_db.url())
    pg_db.sql("DELETE FROM patrolog.meta WHERE key = 'server_revision'; "
              "DROP SCHEMA patrolog_unit CASCADE; DROP VIEW patrolog.config; "
              "ALTER TABLE patrolog.contacts ALTER COLUMN name TYPE text COLLATE \"default\"")
    collation = ("SELECT coalesce(collation_name, '-') FROM information_schema.columns "
                 "WHERE table_schema = 'patrolog' AND table_name = 'contacts' "
                 "AND column_name = 'name'")
    assert pg_db.sql(collation) == "-"
    for args in (["push"], ["report", "--json"], ["server", "logins"]):
        res = journal.run(*args, "--server", pg_db.url())
        assert res.exit_code == 4 and "server init" in res.stderr, (args, res.stderr)
    assert pg_db.sql("SELECT count(*) FROM patrolog.patrols") == "0"
    assert journal.ok("server", "init", "--server", pg_db.url(), "--json").json()["changed"]
    assert pg_db.sql(collation) == "C"  # byte order, as SQLite's BINARY
    journal.ok("push", "--server", pg_db.url(), "--unit", "Polsek Metro Menteng")
    report = journal.ok("report", "--json", "--server", pg_db.url(), "--unit",
                        "Polsek Metro Menteng").json()
    assert report["patrols"]["count"] + report["incidents"]["count"] + \
        report["contacts"]["count"] == 1


def test_no_server_given_and_config_set_server(journal, pg_db, monkeypatch) -> None:
    res = journal.run("push")
    assert res.exit_code == 2 and "PATROLOG_SERVER" in res.stderr
    res = journal.run("config", "set", "server", "postgresql://ani:rahasia@polres.example/db")
    assert res.exit_code == 2 and ".pgpass" in res.stderr
    res = journal.run("config", "set", "server", "host=/run/postgresql password=x dbname=p")
    assert res.exit_code == 2
    assert journal.run("config", "get", "server").stdout == ""
    journal.ok("config", "set", "server", pg_db.url())
    assert journal.ok("config", "get", "server").stdout.strip() == pg_db.url()
    journal.ok("server", "init")  # from the config
    journal.ok(*SAMPLE_RECORDS[0])
    assert journal.ok("push", "--unit", MENTENG, "--json").json()["added"] == 1  # the owner


def test_the_owner_pushes_a_unit_journal_of_many_officers(pg_db, tmp_path, monkeypatch) -> None:
    unit = Journal(tmp_path / "unit.db", monkeypatch)
    for name, full in (("ani", "Bripka Ani"), ("budi", "Brigadir Budi")):
        j = officer(tmp_path, monkeypatch, name, full)
        for args in SAMPLE_RECORDS:
            j.ok(*args)
        unit.ok("merge", str(j.path))
    unit.ok("server", "init", "--server", pg_db.url())
    assert unit.ok("push", "--server", pg_db.url(), "--json").json()["added"] == 6
    assert pg_db.sql("SELECT string_agg(DISTINCT officer || '/' || unit, ',') "
                     "FROM patrolog.contacts") == f"Brigadir Budi/{MENTENG},Bripka Ani/{MENTENG}"
    # an officer's login still may not push the unit's journal
    login = pg_db.login("ani")
    unit.ok("server", "grant", login, "--officer", "Bripka Ani", "--unit", MENTENG,
            "--server", pg_db.url())
    res = unit.run("push", "--server", pg_db.url(login), "--all")
    assert res.exit_code == 2 and "Brigadir Budi" in res.stderr


def _push_process(j: Journal, url: str) -> subprocess.Popen:
    return subprocess.Popen([*PATROLOG, "--db", str(j.path), "push", "--server", url, "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env())


def _blocked_on_a_row(ani) -> tuple[subprocess.Popen, subprocess.Popen]:
    """A push of new and changed records, stopped half-way: another session holds the row
    the push changes last, after writing the new ones."""
    ani.ok("push", "--server", ani.url)
    for i in range(30):
        ani.ok("add", "contact", "--role", "warga", "--name", f"Warga {i}", "--at",
               f"hari ini 1{i % 10}:{i:02d}", env=LATER)
    ani.ok("edit", "C1", "--concern", "parkir liar", env=LATER)
    holder = subprocess.Popen(
        [str(ani.server.cluster.bindir / "psql"), "-X", "-q", "-d", ani.server.url()],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    holder.stdin.write("BEGIN; SELECT 1 FROM patrolog.contacts WHERE id = 1 FOR UPDATE;\n")
    holder.stdin.flush()
    activity = ani.server.cluster.sql  # the superuser sees every session's query
    wait_for(lambda: activity("SELECT count(*) FROM pg_stat_activity WHERE state = "
                              "'idle in transaction' AND query LIKE '%FOR UPDATE%'") == "1")
    push = _push_process(ani, ani.url)
    wait_for(lambda: activity("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                              "'Lock' AND query LIKE 'UPDATE contacts%'") == "1")
    return push, holder


def test_a_push_killed_half_way_leaves_both_sides_whole(ani) -> None:
    push, holder = _blocked_on_a_row(ani)
    os.kill(push.pid, signal.SIGKILL)
    push.wait()
    holder.stdin.write("ROLLBACK;\n")
    holder.stdin.close()
    holder.wait()
    wait_for(lambda: ani.server.cluster.sql("SELECT count(*) FROM pg_stat_activity "
                                            "WHERE query LIKE 'UPDATE contacts%'") == "0")
    assert counts(ani.server) == "1,1,1,1,0"
    res = ani.ok("push", "--server", ani.url, "--json").json()
    assert res == {"added": 30, "updated": 1, "deleted": 0, "unchanged": 2}, res
    assert counts(ani.server) == "1,1,31,1,1"


def test_a_server_stopped_half_way_is_one_line_and_the_next_push_finishes(ani) -> None:
    push, holder = _blocked_on_a_row(ani)
    cluster = ani.server.cluster
    cluster.stop("immediate")
    try:
        out, err = push.communicate(timeout=30)
        holder.communicate(timeout=30)
    finally:
        cluster.start()
    assert push.returncode == 4, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert counts(ani.server) == "1,1,1,1,0"
    res = ani.ok("push", "--server", ani.url, "--json").json()
    assert res["added"] == 30 and res["updated"] == 1


def test_two_pushes_at_once_take_turns(ani) -> None:
    for i in range(20):
        ani.ok("add", "contact", "--role", "warga", "--name", f"Warga {i}", "--at",
               f"hari ini 1{i % 10}:{i:02d}", env=LATER)
    pushes = [_push_process(ani, ani.url) for _ in range(3)]
    results = [p.communicate(timeout=60) for p in pushes]
    assert all(p.returncode == 0 for p in pushes), results
    import json

    added = sorted(json.loads(out)["added"] for out, _ in results)
    assert added == [0, 0, 23]
    assert counts(ani.server) == "1,1,21,1,0"
