"""Shared fixtures and helpers: a fresh real journal file per test, the CLI run in-process,
and the `patrolog` command run as a process — both from this working tree.

Test modules import the helpers from here (`from conftest import PATROLOG, cli_env`), never
from one another. Every process a test starts runs the code in front of you, not an
installed copy: `PATROLOG` is `python -m patrolog` with this checkout first on PYTHONPATH
(`cli_env`, and this process's environment from `pytest_configure` on), and pytest imports
the checkout itself (`pythonpath` in pyproject.toml). tests/test_cli_entry.py proves both.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from patrolog.cli import build_app, resolve_lang

# The throwaway PostgreSQL of the server tests (tests/pg.py).
pytest_plugins = ("pg",)


FIXED_NOW = "2026-11-27T20:00:00+07:00"
REPO = Path(__file__).resolve().parent.parent

# -- the command, run from this working tree -----------------------------------------------
# `-P`: the folder a test runs in is not searched for modules, as for the installed script.
PATROLOG: tuple[str, ...] = (sys.executable, "-P", "-m", "patrolog")


def cli_env(base: Mapping[str, str] | None = None, /, **extra: str) -> dict[str, str]:
    """An environment for a `PATROLOG` process: `base` (this process's when not given) with
    `extra`, and this checkout first on PYTHONPATH, so the process imports the working tree."""
    env = dict(os.environ if base is None else base)
    env.update(extra)
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(REPO)]
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *rest])
    return env


def terminal_env(**extra: str) -> dict[str, str]:
    """A person's terminal: no journal, language or locale of the developer's; Jakarta time."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PATROLOG_DB", "PATROLOG_LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", TZ="Asia/Jakarta", TERM="dumb")
    return cli_env(env, **extra)


def spawn(*args: str | Path, env: Mapping[str, str] | None = None, timeout: float = 10,
          dimensions: tuple[int, int] = (40, 100)) -> pexpect.spawn:
    """`patrolog ARGS` in a real pseudo-terminal (pexpect)."""
    child = pexpect.spawn(PATROLOG[0], [*PATROLOG[1:], *map(str, args)],
                          env=terminal_env() if env is None else cli_env(env),
                          encoding="utf-8", timeout=timeout, dimensions=dimensions)
    child.delaybeforesend = None  # answers typed ahead wait in the terminal, as a person's do
    return child


# -- guided `add` in a pseudo-terminal ------------------------------------------------------
# Enter at every question of a shift with no places, incidents or contacts.
MINIMAL_EN = ["Patrol started [", "Patrol ended", "Kind of patrol [dialogic patrol]",
              "Area", "Place 1", "What was done", "Tags", "Any incident on this shift? [y/N]",
              "Did you meet anyone"]
# Wednesday morning, logging Tuesday night's shift ("kemarin 19.00").
SHIFT_NOW = "2026-12-02T08:00:00+07:00"


def guided_add(db: Path, *args: str, **env: str) -> pexpect.spawn:
    """`patrolog --db DB ARGS add` on a terminal, on the suite's clock unless `env` sets one."""
    return spawn("--db", db, *args, "add", env=terminal_env(**env))


def guided_shift(db: Path, lang: str) -> pexpect.spawn:
    """The guided `add` in `lang` on Wednesday morning (`SHIFT_NOW`), a wide terminal."""
    return spawn("--db", db, "--lang", lang, "add", env=_shift_env(db.parent),
                 dimensions=(40, 120))


def _shift_env(tmp: Path) -> dict[str, str]:
    return terminal_env(PATROLOG_NOW=SHIFT_NOW, XDG_CONFIG_HOME=str(tmp / "cfg"))


def shift_records(db: Path, what: str) -> list[dict]:
    """`patrolog list WHAT --json` of a journal `guided_shift` wrote."""
    out = subprocess.run([*PATROLOG, "--db", str(db), "list", what, "--json"],
                         capture_output=True, text=True, env=_shift_env(db.parent),
                         stdin=subprocess.DEVNULL, check=True)
    return json.loads(out.stdout)


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    """`patrolog --db DB ARGS` in English, without a terminal."""
    return subprocess.run([*PATROLOG, "--db", str(db), *args], capture_output=True, text=True,
                          env=terminal_env(PATROLOG_LANG="en"), stdin=subprocess.DEVNULL,
                          timeout=10)


def answer(child: pexpect.spawn, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.sendline(text)


def finish(child: pexpect.spawn) -> int:
    """Wait for the program to end; its exit status."""
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


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


def exported(text: str) -> list[dict]:
    """The records of a JSON Lines export: a signed file's header and signature lines
    (docs/sharing.md) are not records."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if isinstance(rec, dict) and (rec.get("signed") == "patrolog-signed-1"
                                      or set(rec) == {"signature"}):
            continue
        out.append(rec)
    return out


def file_digest(path: Path) -> str:
    """A file's bytes as one hash: to show a refused command left a file as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


FIRST_RELEASE_SCHEMA = Path(__file__).parent / "golden" / "schema_v1.sql"


def write_first_release_journal(path: Path) -> None:
    """A journal as the first release wrote it (schema 1) holding one contact, for the
    upgrade tests: built from that release's schema, frozen in tests/golden/schema_v1.sql
    (not from today's migration m001, so a change to m001 shows)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(FIRST_RELEASE_SCHEMA.read_text(encoding="utf-8"))
    conn.execute("BEGIN")
    conn.execute("PRAGMA application_id = 1347701831")  # 0x50544C47, 'PTLG'
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
    # Every process a test starts (`python -m patrolog`, `python -c ...`) imports this checkout.
    os.environ["PYTHONPATH"] = cli_env()["PYTHONPATH"]
    # Module- and session-scoped fixtures build journals before any test's own setup runs.
    os.environ["PATROLOG_NOW"] = os.environ.get("PATROLOG_TEST_NOW", FIXED_NOW)


# Generated tests (tests/test_bad_input_*.py) are the same on every run, so CI is
# repeatable and a failure shows the same input again; `PATROLOG_FUZZ_SCALE` multiplies
# their example counts for a longer run by hand.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("patrolog", deadline=None, derandomize=True,
                                      database=None, print_blob=False)
_hypothesis_settings.load_profile("patrolog")
