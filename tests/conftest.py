"""Shared fixtures: a fresh real journal file per test, and the CLI run in-process."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from patrolog.cli import build_app, resolve_lang


FIXED_NOW = "2026-11-27T20:00:00+07:00"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self):  # noqa: ANN201
        return json.loads(self.stdout)


class Journal:
    """A real journal in a temporary folder, driven through the real CLI."""

    def __init__(self, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = path
        self.monkeypatch = monkeypatch

    def run(self, *args: str, env: dict[str, str] | None = None, input: str | None = None,
            db: bool = True) -> Result:
        argv = [str(a) for a in args]
        if db:
            argv = ["--db", str(self.path), *argv]
        with self.monkeypatch.context() as mp:
            for key, value in (env or {}).items():
                mp.setenv(key, value)
            app = build_app(resolve_lang(argv))
            res = CliRunner().invoke(app, argv, input=input, catch_exceptions=False)
        return Result(res.exit_code, res.stdout, res.stderr)

    def ok(self, *args: str, **kw) -> Result:  # noqa: ANN003
        res = self.run(*args, **kw)
        assert res.exit_code == 0, f"{args}: exit {res.exit_code}\n{res.stdout}\n{res.stderr}"
        return res

    def add(self, kind: str, *args: str) -> str:
        """Add a record from flags; return its id."""
        return self.ok("add", kind, *args).stdout.strip()

    def snapshot(self) -> bytes | None:
        """The journal's content, to show a failed command changed nothing."""
        if not self.path.exists():
            return None
        conn = sqlite3.connect(self.path)
        try:
            return "\n".join(conn.iterdump()).encode()
        finally:
            conn.close()

    def sql(self, query: str, params: tuple = ()) -> list[tuple]:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(query, params).fetchall()
        finally:
            conn.close()


# One patrol, one incident and one contact from flags: the small journal the bad-input
# suites start from (the clock is fixed, so "hari ini" is a known day).
SAMPLE_RECORDS: tuple[list[str], ...] = (
    ["add", "patrol", "--start", "hari ini 08:00", "--duration", "3j", "--kind",
     "dialogis", "--area", "RW 05", "--place", "pasar:Pasar Boplo", "--tag", "pasar"],
    ["add", "incident", "--kind", "laka", "--at", "hari ini 09:00", "--location",
     "Jl. Cikini Raya", "--injured", "1"],
    ["add", "contact", "--role", "ketua rw", "--name", "Pak Rahmat", "--at",
     "hari ini 10:00", "--follow-up", "lapor ke kelurahan", "--due", "jumat"],
)


def write_first_release_journal(path: Path) -> None:
    """A journal as the first release wrote it (schema 1) holding one contact, for the
    upgrade tests: built by migration m001 alone."""
    from patrolog.journal import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    migrations.m001_initial(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO contacts(uid, met_at, name, role, created_at, updated_at) "
                 "VALUES ('u1', '2026-11-20T10:00:00+07:00', 'Pak Rahmat', 'resident', "
                 "'2026-11-20T10:00:00+07:00', '2026-11-20T10:00:00+07:00')")
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the developer's journal, language or colour settings."""
    for var in ("PATROLOG_DB", "PATROLOG_LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    # The suite never depends on today: one fixed instant unless a test sets its own
    # (PATROLOG_TEST_NOW picks another, to check the suite against a second clock).
    monkeypatch.setenv("PATROLOG_NOW", os.environ.get("PATROLOG_TEST_NOW", FIXED_NOW))


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    j = Journal(tmp_path / "journal.db", monkeypatch)
    return j


@pytest.fixture
def tafsipul(journal: Journal) -> Journal:
    """A journal with the officer profile of the seed story set."""
    journal.ok("config", "set", "officer", "Aiptu Tafsipul")
    journal.ok("config", "set", "unit", "Polsek Metro Menteng")
    journal.ok("config", "set", "timezone", "Asia/Jakarta")
    return journal


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("PATROLOG_BUSY_TIMEOUT_MS", "20000")
    # Module- and session-scoped fixtures build journals before any test's own setup runs.
    os.environ["PATROLOG_NOW"] = os.environ.get("PATROLOG_TEST_NOW", FIXED_NOW)


# Generated tests (tests/test_bad_input_*.py) are the same on every run, so CI is
# repeatable and a failure shows the same input again; `PATROLOG_FUZZ_SCALE` multiplies
# their example counts for a longer run by hand.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("patrolog", deadline=None, derandomize=True,
                                      database=None, print_blob=False)
_hypothesis_settings.load_profile("patrolog")
