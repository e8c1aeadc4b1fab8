"""The unit's server at scale (docs/server.md "Measured"), on a throwaway PostgreSQL 15.

    python benchmarks/bench_server.py                  # 5 officers x 10 years, copied to 10 units
    python benchmarks/bench_server.py --units 200      # 10 M records (about 7 minutes to grow)

What it measures, each command in its own process, wall time (median of --runs):
- first push: the demo's unit journal (5 officers of one Polsek x 520 weeks, ~51,000
  records) pushed by the database's owner into an empty server, against PostgreSQL's `COPY`
  of the same rows (the floor: no checks, no rules);
- the server grown to `--units` units by copying that unit's rows inside PostgreSQL (new
  uids, units, officer names), then VACUUM ANALYZE;
- a unit's weekly report from the server (`report --server --unit`) against the same report
  from the SQLite unit journal (`report --db`), and the digest alone in this process;
- every unit's grades for a week (`report --server` as the owner, no --unit: one digest over
  all units, `by_officer` graded);
- one officer's week (a new journal, one week of the demo) pushed by that officer's login,
  against one `patrolog add`.

The cluster lives in a temporary folder (as the `postgres` user when run as root) and is
removed at the end; journals are built in benchmarks/results/ and reused.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PATROLOG = [sys.executable, "-m", "patrolog"]
sys.path.insert(0, str(HERE.parent / "tests"))
UNIT = "Polsek Metro Menteng"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if res.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{res.stderr}")
    return wall


def median(cmd: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(timed(cmd, env) for _ in range(runs))


def start_cluster():  # noqa: ANN201 - tests/pg.py's Cluster
    import shutil
    import tempfile

    from pg import Cluster, _bindir

    bindir = _bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed: apt-get install postgresql")
    base = Path(tempfile.mkdtemp(prefix="patrolog-bench-", dir="/tmp"))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(base, "postgres", "postgres")
    cluster = Cluster(bindir, base, base, as_postgres)
    cluster.run(str(bindir / "initdb"), "-D", str(base / "data"), "-U", "postgres",
                "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
    with open(base / "data" / "postgresql.conf", "a") as fh:
        fh.write(f"listen_addresses = ''\nunix_socket_directories = '{base}'\n"
                 "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                 "shared_buffers = 256MB\nwork_mem = 16MB\nmaintenance_work_mem = 256MB\n"
                 "max_wal_size = 4GB\n")
    cluster.start()
    return cluster


def build_journal(officers: int, weeks: int, env: dict[str, str]) -> Path:
    folder = RESULTS / f"server-{officers}x{weeks}"
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "unit.db"
    if not journal.exists():
        print(f"building the demo journal ({officers} officers, {weeks} weeks)...", flush=True)
        subprocess.run([*PATROLOG, "--db", str(journal), "demo", "--weeks", str(weeks),
                        "--officers", str(officers)], check=True, stdout=subprocess.DEVNULL,
                       env=env)
    return journal


COPY_TABLES = ("patrols", "visits", "incidents", "contacts")


def copy_floor(cluster, db: str) -> float:  # noqa: ANN001
    """COPY the pushed rows out, empty the tables, COPY them in again: the floor."""
    dump = cluster.base / "rows"
    script = "".join(f"\\copy patrolog.{t} TO '{dump}.{t}'\n" for t in COPY_TABLES)
    _psql_script(cluster, db, script)
    _psql_script(cluster, db, "TRUNCATE patrolog.patrols, patrolog.visits, patrolog.incidents, "
                 "patrolog.contacts, patrolog.history, patrolog.tombstones;\n")
    load = "BEGIN;\n" + "".join(f"\\copy patrolog.{t} FROM '{dump}.{t}'\n"
                                for t in COPY_TABLES) + "COMMIT;\n"
    start = time.perf_counter()
    _psql_script(cluster, db, load)
    return time.perf_counter() - start


def _psql_script(cluster, db: str, script: str) -> None:  # noqa: ANN001
    res = subprocess.run([str(cluster.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                          "-d", cluster.conninfo(db)], input=script, capture_output=True,
                         text=True)
    if res.returncode != 0:
        raise SystemExit(res.stderr)


def grow(cluster, db: str, units: int) -> int:  # noqa: ANN001
    """Copy the first unit's rows into units 2..N inside PostgreSQL: new uids, ids, names."""
    span = int(cluster.sql("SELECT max(id) FROM patrolog.patrols", db)) + 1
    cspan = int(cluster.sql("SELECT max(id) FROM patrolog.contacts", db)) + 1
    ispan = int(cluster.sql("SELECT max(id) FROM patrolog.incidents", db)) + 1
    vspan = int(cluster.sql("SELECT max(id) FROM patrolog.visits", db)) + 1
    cols = {t: cluster.sql("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) "
                           "FROM information_schema.columns WHERE table_schema = 'patrolog' "
                           f"AND table_name = '{t}'", db).split(",") for t in COPY_TABLES}
    spans = {"patrols": span, "contacts": cspan, "incidents": ispan, "visits": vspan}
    for k in range(1, units):
        statements = []
        for table in COPY_TABLES:
            select = []
            for c in cols[table]:
                if c == "id":
                    select.append(f"id + {k * spans[table]}")
                elif c == "patrol_id":
                    select.append(f"patrol_id + {k * span}")
                elif c == "uid":
                    select.append(f"uid || '-{k}'")
                elif c == "unit":
                    select.append(f"'Unit {k:03d}'")  # a copy of the first unit
                elif c == "officer":
                    select.append(f"officer || ' {k:03d}'")
                else:
                    select.append(c)
            statements.append(f"INSERT INTO patrolog.{table} ({','.join(cols[table])}) "
                              f"SELECT {','.join(select)} FROM patrolog.{table} "
                              f"WHERE unit = '{UNIT}';")
        _psql_script(cluster, db, "BEGIN;\n" + "\n".join(statements) + "\nCOMMIT;\n")
        print(f"  unit {k + 1}/{units}", end="\r", flush=True)
    for table in COPY_TABLES:
        cluster.sql(f"SELECT setval(pg_get_serial_sequence('patrolog.{table}', 'id'), "
                    f"(SELECT max(id) FROM patrolog.{table}))", db)
    _psql_script(cluster, db, "VACUUM ANALYZE;\n")
    return int(cluster.sql("SELECT (SELECT count(*) FROM patrolog.patrols) + "
                           "(SELECT count(*) FROM patrolog.incidents) + "
                           "(SELECT count(*) FROM patrolog.contacts)", db))


def digest_only(url: str, journal: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    """`digest.compute` of a week, on the server's copy of the unit and on the SQLite
    journal, timed inside this process (what `report` costs beyond starting Python)."""
    from datetime import date

    os.environ.update(TZ=env["TZ"], PATROLOG_NOW=env["PATROLOG_NOW"])
    import psycopg  # noqa: F401 - imported before the clock starts

    from patrolog.digest import compute, periods
    from patrolog.journal.store import Store
    from patrolog.server.store import open_server

    period = periods.choose(date(2026, 11, 27), week="2026-W47")
    found: dict[str, list[float]] = {"server": [], "sqlite": [], "connect": []}
    for _ in range(runs):
        start = time.perf_counter()
        remote = open_server(url, "Unit 005")
        found["connect"].append(time.perf_counter() - start)
        start = time.perf_counter()
        compute.compute(remote, period)
        found["server"].append(time.perf_counter() - start)
        remote.close()
        with Store.open(journal) as local:
            start = time.perf_counter()
            compute.compute(local, period)
            found["sqlite"].append(time.perf_counter() - start)
    return {k: statistics.median(v) for k, v in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officers", type=int, default=5)  # the demo's first unit
    parser.add_argument("--weeks", type=int, default=520)
    parser.add_argument("--units", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, "TZ": "Asia/Jakarta", "PATROLOG_NOW": "2026-11-27T20:00:00+07:00",
           "XDG_CONFIG_HOME": str(RESULTS / "server-config")}
    for var in ("PATROLOG_SERVER", "PATROLOG_DB", "PGHOST", "PGUSER", "PGDATABASE"):
        env.pop(var, None)
    journal = build_journal(args.officers, args.weeks, env)
    cluster = start_cluster()
    rows: list[tuple[str, float, str]] = []
    try:
        cluster.sql('CREATE ROLE "owner" LOGIN')
        cluster.sql('CREATE DATABASE bench OWNER "owner"')
        url = cluster.conninfo("bench", "owner")
        subprocess.run([*PATROLOG, "server", "init", "--server", url], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        pushed = timed([*PATROLOG, "--db", str(journal), "push", "--server", url, "--all"], env)
        records = int(cluster.sql("SELECT (SELECT count(*) FROM patrolog.patrols) + "
                                  "(SELECT count(*) FROM patrolog.incidents) + "
                                  "(SELECT count(*) FROM patrolog.contacts)", "bench"))
        floor = copy_floor(cluster, "bench")
        print(f"  first push {pushed:.2f} s, COPY {floor:.2f} s", flush=True)
        rows.append((f"first push, {records:,} records (owner)", pushed,
                     f"{pushed / floor:.2f}x COPY ({floor:.2f} s)"))
        print(f"growing the server to {args.units} units...", flush=True)
        start = time.perf_counter()
        total = grow(cluster, "bench", args.units)
        print(f"\n  {total:,} records in {time.perf_counter() - start:.0f} s", flush=True)
        for period in (["--week", "2026-W47"], ["--month", "2026-11"]):
            local = median([*PATROLOG, "--db", str(journal), "report", "--json", *period], env,
                           args.runs)
            remote = median([*PATROLOG, "report", "--server", url, "--unit", "Unit 005",
                             "--json", *period], env, args.runs)
            print(f"  unit report {period}: server {remote:.2f} s, SQLite {local:.2f} s",
                  flush=True)
            rows.append((f"unit report {' '.join(period)} (server of {total:,})", remote,
                         f"{remote / local:.2f}x SQLite unit journal ({local:.2f} s, "
                         f"{records:,} records)"))
        # the digest alone, in this process: no start-up, no import of psycopg, no connecting
        inner = digest_only(url, journal, env, args.runs)
        rows.append((f"  the digest alone, a week, in-process (server of {total:,})",
                     inner["server"], f"{inner['server'] / inner['sqlite']:.2f}x SQLite "
                     f"({inner['sqlite']:.3f} s); connecting and the session's views "
                     f"{inner['connect']:.3f} s"))
        everyone = median([*PATROLOG, "report", "--server", url, "--json", "--week",
                           "2026-W47"], env, args.runs)
        rows.append((f"grades of all {args.units * args.officers} officers, a week",
                     everyone, "one digest over every unit (owner, no --unit)"))
        # one officer's week: a journal of one week, pushed by the officer's login
        officer_db = RESULTS / "server-officer-week.db"
        officer_db.unlink(missing_ok=True)
        subprocess.run([*PATROLOG, "--db", str(officer_db), "demo", "--weeks", "1"],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        cluster.sql('CREATE ROLE ani LOGIN')
        cluster.sql('GRANT CONNECT ON DATABASE bench TO ani')
        name = subprocess.run([*PATROLOG, "--db", str(officer_db), "config", "get", "officer"],
                              capture_output=True, text=True, env=env).stdout.strip()
        subprocess.run([*PATROLOG, "server", "grant", "ani", "--officer", name, "--unit", UNIT,
                        "--server", url], check=True, env=env, stdout=subprocess.DEVNULL)
        week = timed([*PATROLOG, "--db", str(officer_db), "push", "--server",
                      cluster.conninfo("bench", "ani")], env)
        again = median([*PATROLOG, "--db", str(officer_db), "push", "--server",
                        cluster.conninfo("bench", "ani")], env, args.runs)
        add = statistics.median(
            timed([*PATROLOG, "--db", str(officer_db), "add", "incident", "--kind", "laka",
                   "--at", f"-{i + 1}h"], env) for i in range(args.runs))
        rows.append(("one officer's week pushed (first time)", week,
                     f"{week / add:.2f}x `patrolog add` ({add:.2f} s)"))
        rows.append(("the same push again (nothing new)", again, f"{again / add:.2f}x add"))
    finally:
        cluster.stop("immediate")
        import shutil

        shutil.rmtree(cluster.base, ignore_errors=True)
    print(f"\n{'':58} {'wall s':>8}")
    for label, seconds, note in rows:
        print(f"{label:58} {seconds:8.2f}  {note}")


if __name__ == "__main__":
    main()
