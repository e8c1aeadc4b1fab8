"""The unit's server: connection, `server init`, rights (docs/server.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest


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
