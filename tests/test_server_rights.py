"""Rights on the unit's server are PostgreSQL's own (docs/server.md "Rights"): each login
is tried through `psql`, reading, changing and deleting what is not its own."""

from __future__ import annotations

import pytest
from conftest import Journal

MENTENG, GAMBIR = "Polsek Menteng", "Polsek Gambir"


def officer_journal(tmp_path, monkeypatch, name: str, officer: str, unit: str) -> Journal:
    j = Journal(tmp_path / f"{name}.db", monkeypatch)
    j.ok("config", "set", "officer", officer)
    j.ok("config", "set", "unit", unit)
    j.ok("add", "patrol", "--start", "hari ini 08:00", "--duration", "2j", "--place",
         f"pasar:Pasar {name}")
    j.ok("add", "contact", "--role", "warga", "--name", f"Pak {name}", "--at", "hari ini 09:00",
         "--concern", "parkir liar")
    return j


@pytest.fixture
def unit_server(pg_db, tmp_path, monkeypatch):
    """A server holding the records of Ani and Budi (Menteng) and Cici (Gambir), each pushed
    by their own login; Kanit supervises Menteng; a stranger has a login and no grant."""
    admin = Journal(tmp_path / "admin.db", monkeypatch)
    admin.ok("server", "init", "--server", pg_db.url())
    logins = {n: pg_db.login(n) for n in ("ani", "budi", "cici", "kanit", "stranger")}
    people = {"ani": ("Bripka Ani", MENTENG), "budi": ("Brigadir Budi", MENTENG),
              "cici": ("Bripda Cici", GAMBIR)}
    for name, (officer, unit) in people.items():
        admin.ok("server", "grant", logins[name], "--officer", officer, "--unit", unit,
                 "--server", pg_db.url())
        j = officer_journal(tmp_path, monkeypatch, name, officer, unit)
        j.ok("push", "--server", pg_db.url(logins[name]))
    admin.ok("server", "grant", logins["kanit"], "--supervisor", MENTENG, "--server",
             pg_db.url())
    pg_db.logins = logins
    pg_db.admin = admin
    return pg_db


def test_logins_lists_each_grant(unit_server) -> None:
    found = unit_server.admin.ok("server", "logins", "--server", unit_server.url(),
                                 "--json").json()
    roles = {(g["login"].rsplit("_", 1)[1], g["role"], g["unit"]) for g in found}
    assert roles == {("ani", "officer", MENTENG), ("budi", "officer", MENTENG),
                     ("cici", "officer", GAMBIR), ("kanit", "supervisor", MENTENG)}


def test_an_officer_reads_and_writes_only_their_own_records(unit_server) -> None:
    ani = unit_server.logins["ani"]
    for table in ("patrols", "contacts", "visits"):
        assert unit_server.sql(f"SELECT DISTINCT officer FROM patrolog.{table}", ani) \
            == "Bripka Ani"
    changed = unit_server.sql(
        "WITH u AS (UPDATE patrolog.contacts SET concern = 'x' WHERE officer <> 'Bripka Ani' "
        "RETURNING 1) SELECT count(*) FROM u", ani)
    assert changed == "0"
    deleted = unit_server.sql(
        "WITH d AS (DELETE FROM patrolog.contacts WHERE officer <> 'Bripka Ani' RETURNING 1) "
        "SELECT count(*) FROM d", ani)
    assert deleted == "0"
    res = unit_server.psql("UPDATE patrolog.contacts SET officer = 'Brigadir Budi'", ani)
    assert res.returncode != 0 and "row-level security" in res.stderr
    res = unit_server.psql(
        "INSERT INTO patrolog.contacts(uid, met_at, role, officer, unit, created_at, "
        "updated_at) VALUES ('x1', '2026-11-27T10:00:00+07:00', 'resident', 'Brigadir Budi', "
        "'Polsek Menteng', '2026-11-27T10:00:00+07:00', '2026-11-27T10:00:00+07:00')", ani)
    assert res.returncode != 0 and "row-level security" in res.stderr
    res = unit_server.psql(  # herself, but under another unit
        "INSERT INTO patrolog.contacts(uid, met_at, role, officer, unit, created_at, "
        "updated_at) VALUES ('x2', '2026-11-27T10:00:00+07:00', 'resident', 'Bripka Ani', "
        "'Polsek Gambir', '2026-11-27T10:00:00+07:00', '2026-11-27T10:00:00+07:00')", ani)
    assert res.returncode != 0 and "row-level security" in res.stderr
    res = unit_server.psql("UPDATE patrolog.grants SET unit = 'Polsek Gambir'", ani)
    assert res.returncode != 0 and "permission denied" in res.stderr
    assert unit_server.sql("SELECT count(*) FROM patrolog.contacts WHERE concern = 'x' "
                           "OR officer = 'Bripka Ani' AND unit <> 'Polsek Menteng'") == "0"


def test_a_supervisor_reads_its_unit_and_writes_nothing(unit_server) -> None:
    kanit = unit_server.logins["kanit"]
    assert unit_server.sql("SELECT string_agg(DISTINCT officer, ',') FROM patrolog.contacts",
                           kanit) == "Brigadir Budi,Bripka Ani"
    assert unit_server.sql("SELECT count(*) FROM patrolog.patrols WHERE unit = 'Polsek Gambir'",
                           kanit) == "0"
    for sql in ("UPDATE patrolog.contacts SET concern = 'x'",
                "DELETE FROM patrolog.contacts",
                "INSERT INTO patrolog.tombstones(uid, type, officer, unit, updated_at, "
                "deleted_at) VALUES ('t', 'contact', 'Bripka Ani', 'Polsek Menteng', 'x', 'x')"):
        res = unit_server.psql(sql, kanit)
        assert res.returncode != 0 and "permission denied" in res.stderr, sql
    assert unit_server.sql("SELECT count(*) FROM patrolog.contacts WHERE concern = 'x'") == "0"


def test_any_other_login_sees_nothing(unit_server) -> None:
    stranger = unit_server.logins["stranger"]
    for table in ("patrols", "contacts", "incidents", "visits", "history", "grants"):
        res = unit_server.psql(f"SELECT count(*) FROM patrolog.{table}", stranger)
        assert res.returncode != 0 and "permission denied" in res.stderr, table


def test_revoke_takes_every_right(unit_server) -> None:
    kanit = unit_server.logins["kanit"]
    out = unit_server.admin.ok("server", "revoke", kanit, "--server", unit_server.url())
    assert "1" in out.stdout
    res = unit_server.psql("SELECT count(*) FROM patrolog.contacts", kanit)
    assert res.returncode != 0 and "permission denied" in res.stderr


def test_grant_refuses_a_login_that_does_not_exist(pg_db, journal) -> None:
    journal.ok("server", "init", "--server", pg_db.url())
    res = journal.run("server", "grant", "nobody_here", "--supervisor", MENTENG,
                      "--server", pg_db.url())
    assert res.exit_code == 2 and "CREATE ROLE" in res.stderr
    res = journal.run("server", "grant", pg_db.owner, "--officer", "Bripka Ani",
                      "--server", pg_db.url())
    assert res.exit_code == 2 and "--unit" in res.stderr


def test_through_patrolog_each_login_reads_what_psql_shows_it(unit_server) -> None:
    import json

    def officers(login: str, *extra: str) -> set[str]:
        res = unit_server.admin.run("list", "--json", "--server", unit_server.url(login), *extra)
        assert res.exit_code == 0, res.stderr
        return {r["officer"] for r in json.loads(res.stdout)}

    assert officers(unit_server.logins["ani"]) == {"Bripka Ani"}
    assert officers(unit_server.logins["kanit"]) == {"Bripka Ani", "Brigadir Budi"}
    assert officers(unit_server.logins["kanit"], "--unit", GAMBIR) == set()
    assert officers(unit_server.logins["cici"]) == {"Bripda Cici"}
    res = unit_server.admin.run("report", "--server", unit_server.url(unit_server.logins["stranger"]))
    assert res.exit_code == 4 and res.stderr.count("\n") == 1


def test_only_the_owner_gives_rights(unit_server) -> None:
    kanit = unit_server.logins["kanit"]
    res = unit_server.admin.run("server", "grant", kanit, "--supervisor", GAMBIR, "--server",
                                unit_server.url(kanit))
    assert res.exit_code == 4 and res.stderr.count("\n") == 1, res.stderr
    res = unit_server.admin.run("server", "init", "--server", unit_server.url(kanit))
    assert res.exit_code == 4 and res.stderr.count("\n") == 1, res.stderr
    assert unit_server.sql("SELECT count(*) FROM patrolog.grants WHERE unit = 'Polsek Gambir' "
                           "AND role = 'supervisor'") == "0"
