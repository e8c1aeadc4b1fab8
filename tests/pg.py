"""A throwaway PostgreSQL for the server tests (docs/server.md), loaded by conftest.py.

One cluster per test session: `initdb` in a fresh folder under the system's temporary
folder, listening on a Unix socket only (`listen_addresses = ''`), fsync off. PostgreSQL
refuses to run as root, so where the tests run as root the cluster belongs to the
`postgres` system user: its folder is made for it (a test's own temporary folder may be a
0700 folder of root's, which that user cannot enter). Each test that asks for `pg_db`
gets a new database, owned by a login of its own (the database's owner, who runs
`server init`); `pg_login` makes further logins.

Where PostgreSQL is not installed the server tests skip, naming the command that installs
it (`.ci/run` installs it, so CI never skips them).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = "PostgreSQL is not installed: apt-get install postgresql"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class Cluster:
    bindir: Path
    base: Path
    socket_dir: Path
    as_postgres: bool
    superuser: str = "postgres"

    def _cmd(self, args: list[str]) -> list[str]:
        if self.as_postgres:
            return ["runuser", "-u", "postgres", "--", *args]
        return args

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(self._cmd([str(a) for a in args]), capture_output=True,
                              text=True, check=check)

    def conninfo(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"host={self.socket_dir} dbname={dbname} user={user or self.superuser}"

    def psql(self, sql: str, dbname: str = "postgres", user: str | None = None
             ) -> subprocess.CompletedProcess:
        """`psql` as `user` (the superuser by default): one statement or a script, stop at
        the first error; the result rows unaligned, `|` between columns."""
        return subprocess.run(
            [str(self.bindir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-d", self.conninfo(dbname, user), "-c", sql],
            capture_output=True, text=True, env={**os.environ, "PGCONNECT_TIMEOUT": "5"})

    def sql(self, sql: str, dbname: str = "postgres", user: str | None = None) -> str:
        res = self.psql(sql, dbname, user)
        assert res.returncode == 0, f"psql failed: {res.stderr}"
        return res.stdout.strip()

    def stop(self, mode: str = "fast") -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m", mode,
                 "-w", "stop", check=False)

    def start(self) -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-w",
                 "-l", str(self.base / "log"), "start")

    def postmaster_pid(self) -> int:
        return int((self.base / "data" / "postmaster.pid").read_text().split()[0])


@pytest.fixture(scope="session")
def pg_cluster() -> Cluster:
    bindir = _bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        pytest.skip(INSTALL_HINT)
    as_postgres = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="patrolog-pg-", dir="/tmp"))
    if as_postgres:
        shutil.chown(base, "postgres", "postgres")
    os.chmod(base, 0o700)
    cluster = Cluster(bindir, base, base, as_postgres)
    cluster.run(str(bindir / "initdb"), "-D", str(base / "data"), "-U", "postgres",
                "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
    with open(base / "data" / "postgresql.conf", "a") as fh:  # root may append to it
        fh.write("listen_addresses = ''\n"
                 f"unix_socket_directories = '{base}'\n"
                 "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                 "max_connections = 60\nshared_buffers = 64MB\n")
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(base, ignore_errors=True)


_counter = itertools.count(1)


@dataclass
class Database:
    cluster: Cluster
    name: str
    owner: str

    def url(self, user: str | None = None) -> str:
        """The libpq connection string patrolog is given (`--server`)."""
        return self.cluster.conninfo(self.name, user or self.owner)

    def psql(self, sql: str, user: str | None = None) -> subprocess.CompletedProcess:
        return self.cluster.psql(sql, self.name, user or self.owner)

    def sql(self, sql: str, user: str | None = None) -> str:
        return self.cluster.sql(sql, self.name, user or self.owner)

    def login(self, name: str) -> str:
        """A new PostgreSQL login (as the database's administrator makes one), unique to
        this test's database; returns its name."""
        role = f"{self.name}_{name}"
        self.cluster.sql(f'CREATE ROLE "{role}" LOGIN')
        self.cluster.sql(f'GRANT CONNECT ON DATABASE "{self.name}" TO "{role}"')
        return role


_LIBPQ_ENV = ("PATROLOG_SERVER", "PGHOST", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE",
              "PGPORT", "PGHOSTADDR", "PGOPTIONS")


def _database(cluster: Cluster, mp: pytest.MonkeyPatch):  # noqa: ANN202 - a generator
    for var in _LIBPQ_ENV:
        mp.delenv(var, raising=False)
    mp.setenv("PGCONNECT_TIMEOUT", "5")
    n = next(_counter)
    name = f"t{os.getpid()}_{n}"
    owner = f"{name}_owner"
    cluster.sql(f'CREATE ROLE "{owner}" LOGIN')
    cluster.sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    cluster.sql(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    cluster.sql(f'GRANT CONNECT, TEMP ON DATABASE "{name}" TO "{owner}"')
    yield Database(cluster, name, owner)
    cluster.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    roles = cluster.sql(f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{name}\\_%'")
    for role in roles.split():
        cluster.psql(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def pg_db(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A new, empty database owned by its own login; libpq's environment cleared."""
    yield from _database(pg_cluster, monkeypatch)


@pytest.fixture(scope="module")
def pg_module_db(pg_cluster: Cluster) -> Database:
    """As `pg_db`, shared by a module's tests (they only read it)."""
    with pytest.MonkeyPatch.context() as mp:
        yield from _database(pg_cluster, mp)


def wait_for(condition, timeout: float = 10.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        time.sleep(0.05)
