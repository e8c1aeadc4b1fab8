"""Reading from the unit's server (docs/server.md "Reading"): the same digest, lists and
exports as a SQLite unit journal holding the same records, field for field."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PATROLOG, cli_env

NOW = "2026-11-27T20:00:00+07:00"
UNIT = "Polsek Metro Menteng"


class Runner:
    def __init__(self, folder: Path) -> None:
        self.env = cli_env({k: v for k, v in os.environ.items()
                            if not k.startswith(("PATROLOG_", "PG"))}, **{
                    "PATROLOG_NOW": NOW, "TZ": "Asia/Jakarta", "LANG": "C.UTF-8",
                    "XDG_CONFIG_HOME": str(folder / "cfg"), "XDG_DATA_HOME": str(folder / "d"),
                    "PGCONNECT_TIMEOUT": "5"})

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*PATROLOG, *args], capture_output=True,
                              text=True, env=self.env, timeout=120)

    def ok(self, *args: str) -> str:
        res = self.run(*args)
        assert res.returncode == 0, (args, res.stderr)
        return res.stdout


@pytest.fixture(scope="module")
def unit(pg_module_db, tmp_path_factory):
    """The demo's unit of three officers: pushed to the server by the database's owner, and
    merged into a SQLite unit journal, in the same order (so records have the same ids)."""
    folder = tmp_path_factory.mktemp("unit")
    r = Runner(folder)
    demo, journal = folder / "demo.db", folder / "unit.db"
    r.ok("--db", str(demo), "demo", "--officers", "3")
    r.ok("--db", str(journal), "merge", str(demo))
    r.ok("--db", str(journal), "config", "set", "unit", UNIT)
    db = pg_module_db
    r.ok("server", "init", "--server", db.url())
    r.ok("--db", str(demo), "push", "--server", db.url())
    kanit = db.login("kanit")
    r.ok("server", "grant", kanit, "--supervisor", UNIT, "--server", db.url())
    r.journal = journal
    r.db = db
    r.kanit = db.url(kanit)
    return r


def _json(text: str) -> object:
    data = json.loads(text)
    if isinstance(data, dict):
        data.pop("generated_at", None)
    return data


@pytest.mark.parametrize("period", [[], ["--week", "last"], ["--month", "this"],
                                    ["--from", "2026-10-01", "--to", "2026-11-27"]])
def test_report_from_the_server_is_the_unit_journals_field_for_field(unit, period) -> None:
    local = _json(unit.ok("--db", str(unit.journal), "report", "--json", *period))
    remote = _json(unit.ok("report", "--server", unit.kanit, "--json", *period))
    assert local["by_officer"] and local["coverage"]["places"]  # a real unit's week
    for key in local:
        assert remote[key] == local[key], key
    assert remote == local


def test_report_of_one_officer_and_in_every_format(unit) -> None:
    args = ["report", "--officer", "ipda ikhsan hidayat"]
    local = _json(unit.ok("--db", str(unit.journal), *args, "--json"))
    remote = _json(unit.ok(*args, "--json", "--server", unit.db.url(), "--unit", UNIT))
    assert local["officer"] == "Ipda Ikhsan Hidayat" and remote == local
    for fmt in ("text", "markdown", "html"):
        assert unit.ok(*args, "--format", fmt, "--server", unit.kanit) == \
            unit.ok("--db", str(unit.journal), *args, "--format", fmt)


@pytest.mark.parametrize("args", [["followups", "--json"], ["followups", "--overdue", "--json"],
                                  ["list", "--json"], ["list", "contacts", "--since", "2026-11-01",
                                                       "--json"],
                                  ["list", "--tag", "Patroli-Malam", "--json"],
                                  ["list", "--area", "rw", "--limit", "5", "--json"],
                                  ["export"], ["export", "--officer", "Aiptu Tafsipul"]])
def test_lists_and_exports_from_the_server_match(unit, args) -> None:
    local = unit.ok("--db", str(unit.journal), *args)
    remote = unit.ok(*args, "--server", unit.kanit)
    assert remote == local
    assert len(local) > 100 or "--overdue" in args


def test_due_from_the_server_names_each_officer(unit) -> None:
    local = unit.run("--db", str(unit.journal), "due", "--json")
    remote = unit.run("due", "--json", "--server", unit.kanit)
    assert (remote.returncode, remote.stdout) == (local.returncode, local.stdout)
    assert {item["officer"] for item in json.loads(remote.stdout)} - {None}


def test_search_on_the_server_finds_the_records(unit) -> None:
    found = json.loads(unit.ok("search", "pasar", "--json", "--server", unit.kanit))
    local = json.loads(unit.ok("--db", str(unit.journal), "search", "pasar", "--json"))
    assert found and {r["id"] for r in found} <= {r["id"] for r in local} | {r["id"] for r in found}
    assert all("pasar" in json.dumps(r).lower() for r in found)


def test_merge_from_the_server_copies_the_unit(unit, tmp_path) -> None:
    copy = tmp_path / "copy.db"
    counts = json.loads(unit.ok("--db", str(copy), "merge", "--server", unit.kanit, "--unit", UNIT,
                                "--json"))
    assert counts["added"] > 400
    assert unit.ok("--db", str(copy), "export") == unit.ok("--db", str(unit.journal), "export")
    again = json.loads(unit.ok("--db", str(copy), "merge", "--server", unit.kanit, "--unit",
                               UNIT, "--json"))
    assert again["added"] == 0 and again["updated"] == 0


def test_a_reading_session_writes_nothing_so_a_read_replica_serves_it(unit) -> None:
    """docs/server.md "After one server": reports may go to a streaming replica, where
    every transaction is read-only. A login whose transactions are all read-only stands in
    for one: the unit is a session setting over views made by `server init`, nothing
    temporary is created."""
    reader = unit.db.login("replica_reader")
    unit.ok("server", "grant", reader, "--supervisor", UNIT, "--server", unit.db.url())
    unit.db.cluster.sql(f'ALTER ROLE "{reader}" SET default_transaction_read_only = on')
    url = unit.db.url(reader)
    for args in (["report", "--json", "--week", "last"], ["due", "--json"], ["export"],
                 ["list", "--json", "--limit", "20"]):
        replica, primary = (unit.run(*args, "--server", u) for u in (url, unit.kanit))
        assert (replica.returncode, replica.stdout) == (primary.returncode, primary.stdout)
        assert replica.returncode in (0, 1) and replica.stdout, (args, replica.stderr)
    local = _json(unit.ok("--db", str(unit.journal), "report", "--json", "--week", "last"))
    assert _json(unit.ok("report", "--json", "--week", "last", "--server", url)) == local


def test_reading_refusals(unit, tmp_path) -> None:
    res = unit.run("report", "--server", unit.db.url(), "--unit", "Polsek Nowhere", "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["patrols"]["count"] == 0
    stranger = unit.db.login("reader_without_grant")
    res = unit.run("report", "--server", unit.db.url(stranger))
    assert res.returncode == 4 and "no rights" in res.stderr and res.stderr.count("\n") == 1
    res = unit.run("followups", "--done", "C1", "--server", unit.kanit)
    assert res.returncode == 2 and "read here" in res.stderr


def test_an_unknown_officer_on_the_server_is_refused_naming_the_officers(unit) -> None:
    res = unit.run("report", "--server", unit.kanit, "--officer", "Bripka Nobody")
    assert res.returncode == 2 and "Aiptu Tafsipul" in res.stderr, res.stderr
    assert res.stderr.count("\n") == 1


def test_a_report_file_from_the_server(unit, tmp_path) -> None:
    out = tmp_path / "menteng.md"
    unit.ok("report", "--server", unit.kanit, "--format", "markdown", "-o", str(out))
    assert out.read_text(encoding="utf-8") == unit.ok("--db", str(unit.journal), "report",
                                                      "--format", "markdown")


def test_names_compare_as_in_a_journal_whatever_the_servers_locale(pg_db, tafsipul) -> None:
    """Text on the server is byte-ordered (docs/server.md "Schema"), as SQLite's: `lower()`
    folds ASCII letters only, so a name with a capital beyond ASCII is the same person on
    both stores (a server in the database's locale folded `É` and missed every probe), and
    names sort as in the journal."""
    for at, name in (("2026-10-01 09:00", "Pak ÉDI Susanto"), ("2026-11-24 09:00",
                                                               "pak ÉDI susanto"),
                     ("2026-11-24 10:00", "Bu Ölga"), ("2026-11-24 11:00", "bu alya"),
                     ("2026-11-25 09:00", "Bu Zainab"), ("2026-11-25 10:00", "Ibu ana")):
        tafsipul.ok("add", "contact", "--role", "warga", "--name", name, "--at", at,
                    "--concern", f"keluhan {name}")
    tafsipul.ok("server", "init", "--server", pg_db.url())
    tafsipul.ok("push", "--server", pg_db.url())
    args = ["report", "--json", "--week", "2026-W48"]
    local = _json(tafsipul.ok(*args).stdout)
    remote = _json(tafsipul.ok(*args, "--server", pg_db.url(), "--unit",
                               "Polsek Metro Menteng").stdout)
    assert local["contacts"]["first_time_names"] == ["Bu Ölga", "bu alya", "Bu Zainab",
                                                     "Ibu ana"]
    assert remote["contacts"] == local["contacts"]
    listed = [json.loads(tafsipul.ok("list", "contacts", "--json", *where).stdout)
              for where in ([], ["--server", pg_db.url(), "--unit", "Polsek Metro Menteng"])]
    assert [c["name"] for c in listed[1]] == [c["name"] for c in listed[0]]
