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


def test_a_version_of_the_same_moment_with_other_content_is_settled_by_content(ani) -> None:
    """`push --all` sends every record again: those the server holds as sent are unchanged,
    one whose content differs at the same `updated_at` goes through the rules (ties by
    content: here the journal's version wins)."""
    import sqlite3

    ani.ok("push", "--server", ani.url)
    conn = sqlite3.connect(ani.path)
    conn.execute("UPDATE contacts SET name = 'Zainal Rahmat' WHERE id = 1")  # 'Z' > 'P'...
    conn.commit()
    conn.close()
    res = ani.ok("push", "--server", ani.url, "--all", "--json").json()
    assert res == {"added": 0, "updated": 1, "deleted": 0, "unchanged": 2}, res
    assert ani.server.sql("SELECT name FROM patrolog.contacts") == "Zainal Rahmat"
    res = ani.ok("push", "--server", ani.url, "--all", "--json").json()
    assert res == {"added": 0, "updated": 0, "deleted": 0, "unchanged": 3}, res


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


def test_a_value_patrolog_never_stores_refuses_the_push_naming_it(ani) -> None:
    """A push sends records as the journal stores them; a value no patrolog wrote (another
    tool's) is named, and nothing is sent."""
    import sqlite3

    conn = sqlite3.connect(ani.path)
    conn.execute("UPDATE incidents SET injured = 'banyak'")
    conn.commit()
    conn.close()
    res = ani.run("push", "--server", ani.url)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert "I1" in res.stderr and "injured" in res.stderr and "patrolog check" in res.stderr
    assert counts(ani.server) == "0,0,0,0,0"


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
    kanit = pg_db.login("kanit")  # granted before the upgrade: reads through the new views
    journal.ok("server", "grant", kanit, "--supervisor", "Polsek Metro Menteng", "--server",
               pg_db.url())
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
    assert journal.ok("report", "--json", "--server", pg_db.url(kanit)).json() == report


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


# -- pushes of many records: COPY into the session's tables, then applied by set -----------
DEMO_UNIT = "Polsek Metro Menteng"
DEMO_OFFICER = "Aiptu Tafsipul"


def _exported(out: str) -> dict[str, dict]:
    """An export's records by uid, without the store's own short ids: a record's patrol is
    checked to be the record of `patrol_uid` in that store, then left to `patrol_uid`."""
    import json

    recs = [json.loads(line) for line in out.splitlines() if '"type"' in line]
    patrols = {r["id"]: r["uid"] for r in recs if r["type"] == "patrol" and "id" in r}
    found = {}
    for rec in recs:
        if rec.get("patrol") is not None:
            assert patrols[rec["patrol"]] == rec["patrol_uid"], rec
        rec.pop("patrol", None)
        rec.pop("id", None)
        assert rec["uid"] not in found
        found[rec["uid"]] = rec
    return found


def _same_records(j: Journal, url: str, unit: str = DEMO_UNIT) -> int:
    """The server holds the journal's records, field for field (patrol links, places,
    deletions); how many."""
    local = _exported(j.ok("export").stdout)
    remote = _exported(j.ok("export", "--server", url, "--unit", unit).stdout)
    assert remote.keys() == local.keys()
    for uid, rec in local.items():
        assert remote[uid] == rec, uid
    return len(local)


def test_a_first_push_gives_the_server_exactly_the_journals_records(
        pg_db, tmp_path, monkeypatch) -> None:
    j = Journal(tmp_path / "unit.db", monkeypatch)
    j.ok("demo", "--officers", "2", "--weeks", "80")
    j.ok("delete", "C5", "--yes")
    j.ok("delete", "I3", "--yes")
    gone = tmp_path / "gone.jsonl"  # the deletion of a record this journal never had
    gone.write_text('{"type":"contact","uid":"0123456789abcdef0123456789abcdef","officer":'
                    '"Brigadir Lain","updated_at":"2026-11-20T10:00:00+07:00",'
                    '"deleted_at":"2026-11-20T10:00:00+07:00"}\n')
    j.ok("import", str(gone))
    linked = j.sql("SELECT count(*) FROM contacts WHERE patrol_id IS NOT NULL "
                   "AND deleted_at IS NULL")[0][0]
    places = j.sql("SELECT count(*) FROM visits v JOIN patrols p ON p.id = v.patrol_id "
                   "WHERE p.deleted_at IS NULL")[0][0]
    records = sum(j.sql(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")[0][0]
                  for t in ("patrols", "incidents", "contacts"))
    assert records > 2500 and linked > 500
    j.ok("server", "init", "--server", pg_db.url())
    res = j.ok("push", "--server", pg_db.url(), "--unit", DEMO_UNIT, "--json").json()
    assert res == {"added": records, "updated": 0, "deleted": 3, "unchanged": 0}, res
    assert _same_records(j, pg_db.url()) == records + 3
    assert pg_db.sql("SELECT count(*) FROM patrolog.visits") == str(places)
    visits = ("SELECT p.uid || ' ' || v.position || ' ' || v.type || ' ' || v.name FROM {}visits v "
              "JOIN {}patrols p ON p.id = v.patrol_id WHERE p.deleted_at IS NULL")
    assert sorted(pg_db.sql(visits.format("patrolog.", "patrolog.")).splitlines()) == \
        sorted(row[0] for row in j.sql(visits.format("", "")))
    assert pg_db.sql("SELECT count(*) FROM patrolog.contacts WHERE patrol_id IS NOT NULL") \
        == str(linked)
    # the visits carry their patrol's officer and unit (row-level security reads them)
    assert pg_db.sql("SELECT count(*) FROM patrolog.visits v JOIN patrolog.patrols p ON "
                     "p.id = v.patrol_id WHERE v.officer = p.officer AND v.unit = p.unit") \
        == str(places)
    assert pg_db.sql("SELECT string_agg(type || '/' || coalesce(unit, '-'), ',' ORDER BY type) "
                     "FROM patrolog.tombstones") == f"contact/{DEMO_UNIT},contact/{DEMO_UNIT}," \
        f"incident/{DEMO_UNIT}"
    # again: nothing new (the last moment's records are sent again, and found unchanged)
    res = j.ok("push", "--server", pg_db.url(), "--unit", DEMO_UNIT, "--json").json()
    assert res["added"] == res["updated"] == res["deleted"] == 0 and res["unchanged"] < 5, res
    res = j.ok("push", "--server", pg_db.url(), "--unit", DEMO_UNIT, "--all", "--json").json()
    assert res["unchanged"] == records + 3 and res["added"] == res["updated"] == 0, res


def _demo_officer(pg_db, tmp_path, monkeypatch, weeks: str) -> Journal:
    """The demo's officer's journal and a server where their login may push."""
    j = Journal(tmp_path / "tafsipul.db", monkeypatch)
    j.ok("demo", "--weeks", weeks)
    j.ok("server", "init", "--server", pg_db.url())
    login = pg_db.login("tafsipul")
    j.ok("server", "grant", login, "--officer", DEMO_OFFICER, "--unit", DEMO_UNIT,
         "--server", pg_db.url())
    j.server, j.url = pg_db, pg_db.url(login)
    return j


def test_a_push_of_new_and_known_uids_applies_the_rules_to_the_known(
        pg_db, tmp_path, monkeypatch) -> None:
    j = _demo_officer(pg_db, tmp_path, monkeypatch, "12")
    first = j.ok("push", "--server", j.url, "--json").json()["added"]
    later = {"PATROLOG_NOW": "2026-11-27T22:00:00+07:00"}
    name = j.sql("SELECT name FROM contacts WHERE name IS NOT NULL GROUP BY name "
                 "HAVING count(*) = 1 ORDER BY name LIMIT 1")[0][0]
    erased = j.sql("SELECT uid FROM contacts WHERE name = ?", (name,))[0][0]
    patrol = j.sql("SELECT id, uid, started_at FROM patrols ORDER BY id LIMIT 1")[0]
    j.ok("edit", "C1", "--concern", "parkir liar", env=later)
    j.ok("delete", "I1", "--yes", env=later)
    j.ok("erase", "--name", name, "--yes", env=later)
    # new: a contact of a patrol the server holds; a patrol with a contact of its own; a
    # record added and deleted before it was ever pushed
    j.ok("add", "contact", "--role", "warga", "--name", "Bu Sriyatun", "--patrol", f"P{patrol[0]}",
         "--at", patrol[2][:16].replace("T", " "), env=later)
    j.ok("add", "patrol", "--start", "hari ini 21:00", "--duration", "45m", "--area", "RW 03",
         "--place", "pasar:Pasar Baru", env=later)
    j.ok("add", "contact", "--role", "warga", "--name", "Pak Jokopitoyo", "--at", "hari ini 21:30",
         env=later)
    j.ok("add", "incident", "--kind", "laka", "--at", "hari ini 21:40", env=later)
    j.ok("delete", j.sql("SELECT 'I' || max(id) FROM incidents")[0][0], "--yes", env=later)
    res = j.ok("push", "--server", j.url, "--json").json()
    # (unchanged: the records of the last push's last moment, sent again)
    assert dict(res, unchanged=0) == {"added": 3, "updated": 2, "deleted": 2, "unchanged": 0}
    server = j.server.sql
    assert server("SELECT concern FROM patrolog.contacts WHERE id = (SELECT id FROM "
                  "patrolog.contacts WHERE uid = '" + j.sql("SELECT uid FROM contacts "
                                                            "WHERE id = 1")[0][0] + "')") \
        == "parkir liar"
    # the edited record's earlier version is kept on the server; the erased one's is not
    assert server("SELECT count(*) FROM patrolog.history WHERE record_uid = '"
                  + j.sql("SELECT uid FROM contacts WHERE id = 1")[0][0] + "'") == "1"
    assert server(f"SELECT count(*) FROM patrolog.history WHERE record_uid = '{erased}'") == "0"
    assert name not in server("SELECT concat_ws('|', (SELECT string_agg(c::text, '') FROM "
                              "patrolog.contacts c), (SELECT string_agg(h::text, '') FROM "
                              "patrolog.history h))")
    assert server("SELECT p.uid FROM patrolog.contacts c JOIN patrolog.patrols p ON "
                  "p.id = c.patrol_id WHERE c.name = 'Bu Sriyatun'") == patrol[1]
    assert server("SELECT p.area FROM patrolog.contacts c JOIN patrolog.patrols p ON "
                  "p.id = c.patrol_id WHERE c.name = 'Pak Jokopitoyo'") == "RW 03"
    assert server("SELECT count(*) FROM patrolog.tombstones") == "1"
    assert _same_records(j, j.url) == first + 3 + 1
    assert j.ok("push", "--server", j.url, "--json").json()["added"] == 0


def test_an_officers_bulk_push_holding_another_officers_record_is_refused(
        pg_db, tmp_path, monkeypatch) -> None:
    import sqlite3

    j = _demo_officer(pg_db, tmp_path, monkeypatch, "40")
    middle = j.sql("SELECT max(id) / 2 FROM contacts")[0][0]
    conn = sqlite3.connect(j.path)
    conn.execute("UPDATE contacts SET officer = 'Brigadir Budi' WHERE id = ?", (middle,))
    conn.commit()
    conn.close()
    journal_before = j.snapshot()
    res = j.run("push", "--server", j.url)
    assert res.exit_code == 2, res.stderr
    assert res.stderr.count("\n") == 1 and f"C{middle}" in res.stderr \
        and "Brigadir Budi" in res.stderr and "Traceback" not in res.stderr
    assert counts(j.server) == "0,0,0,0,0" and j.snapshot() == journal_before
    assert j.server.sql("SELECT count(*) FROM patrolog.tombstones") == "0"
    # the same record given back to its officer: the whole journal goes, under the grant
    conn = sqlite3.connect(j.path)
    conn.execute("UPDATE contacts SET officer = ? WHERE id = ?", (DEMO_OFFICER, middle))
    conn.commit()
    conn.close()
    added = j.ok("push", "--server", j.url, "--json").json()["added"]
    assert added > 700
    assert j.server.sql("SELECT string_agg(DISTINCT officer || '/' || unit, ',') FROM "
                        "(SELECT officer, unit FROM patrolog.contacts UNION ALL SELECT "
                        "officer, unit FROM patrolog.visits) s") == f"{DEMO_OFFICER}/{DEMO_UNIT}"
    assert _same_records(j, j.url) == added
