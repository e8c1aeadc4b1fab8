"""The unit's server: connection, `server init`, rights (docs/server.md)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import PATROLOG, cli_env


@pytest.fixture
def server(pg_db, journal):
    """An initialised server; `journal` runs patrolog."""
    res = journal.run("server", "init", "--server", pg_db.url())
    assert res.exit_code == 0, res.stderr
    return pg_db


def test_init_creates_the_schema_and_is_safe_twice(pg_db, journal) -> None:
    first = journal.ok("server", "init", "--server", pg_db.url())
    assert "schema version" in first.stdout
    again = journal.ok("server", "init", "--server", pg_db.url(), "--json").json()
    assert again["changed"] is False
    assert pg_db.sql("SELECT value FROM patrolog.meta WHERE key = 'schema_version'") == str(
        again["version"])
    tables = pg_db.sql("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                       "WHERE schemaname = 'patrolog'")
    assert tables == "contacts,grants,history,incidents,meta,patrols,tombstones,visits"


def _officer_journal(tmp_path, monkeypatch, name: str, officer: str, unit: str):
    from conftest import Journal

    j = Journal(tmp_path / f"{name}.db", monkeypatch)
    j.ok("config", "set", "officer", officer)
    j.ok("config", "set", "unit", unit)
    return j


def test_push_sends_an_officers_records_once(server, tmp_path, monkeypatch) -> None:
    from conftest import SAMPLE_RECORDS

    ani = server.login("ani")
    server_url = server.url(ani)
    j = _officer_journal(tmp_path, monkeypatch, "ani", "Bripka Ani", "Polsek Menteng")
    j.ok("server", "grant", ani, "--officer", "Bripka Ani", "--unit", "Polsek Menteng",
         "--server", server.url())
    for args in SAMPLE_RECORDS:
        j.ok(*args)
    first = j.ok("push", "--server", server_url, "--json").json()
    assert first == {"added": 3, "updated": 0, "deleted": 0, "unchanged": 0}
    again = j.ok("push", "--server", server_url, "--json").json()
    assert again["added"] == 0 and again["updated"] == 0
    assert server.sql("SELECT count(*) FROM patrolog.contacts") == "1"
    assert server.sql("SELECT unit FROM patrolog.patrols") == "Polsek Menteng"
    assert server.sql("SELECT count(*) FROM patrolog.visits WHERE unit = 'Polsek Menteng'") == "1"
    later = {"PATROLOG_NOW": "2026-11-27T21:00:00+07:00"}
    j.ok("edit", "C1", "--concern", "parkir liar", env=later)
    j.ok("delete", "I1", "--yes", env=later)
    third = j.ok("push", "--server", server_url, "--json").json()
    assert third["updated"] == 1 and third["deleted"] == 1, third
    assert server.sql("SELECT concern FROM patrolog.contacts") == "parkir liar"
    assert server.sql("SELECT count(*) FROM patrolog.history") == "2"


def test_add_and_help_do_not_import_psycopg(tmp_path) -> None:
    """The server's driver is imported by the commands that talk to a server only."""
    env = cli_env(PATROLOG_DB=str(tmp_path / "j.db"))
    for args in (["add", "--help"], ["--help"], ["add", "incident", "--kind", "laka"],
                 ["push", "--help"], ["report", "--help"]):
        res = subprocess.run([PATROLOG[0], "-X", "importtime", *PATROLOG[1:], *args],
                             capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 0, (args, res.stderr[-500:])
        imported = [line.rsplit("|", 1)[-1].strip() for line in res.stderr.splitlines()
                    if line.startswith("import time:")]
        assert imported and not [m for m in imported if m.split(".")[0] == "psycopg"], args


def test_init_run_by_three_at_once_sets_up_once(pg_db) -> None:
    runs = [subprocess.Popen([*PATROLOG, "server", "init", "--server", pg_db.url(), "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=cli_env()) for _ in range(3)]
    results = [r.communicate(timeout=60) for r in runs]
    assert all(r.returncode == 0 for r in runs), results
    import json

    assert sorted(json.loads(out)["changed"] for out, _ in results) == [False, False, True]
    assert pg_db.sql("SELECT count(*) FROM patrolog.meta WHERE key = 'server_id'") == "1"
