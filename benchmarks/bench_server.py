"""The unit's server at a Polda's scale (docs/server.md "Measured"), on a throwaway PostgreSQL.

    python benchmarks/bench_server.py                 # ~12 M records, 2,700 officers
    python benchmarks/bench_server.py --keep /var/tmp/polda   # keep the cluster, reuse it

What it builds (once: journals in benchmarks/results/, the cluster in a temporary folder or
in `--keep`):
- a Polres unit journal of a million records: the demo's 100 officers x 520 weeks, the
  comparison every server number is held against;
- a server holding that Polres (pushed by the database's owner, all its records filed
  under one unit, "Polres Metro Jakarta Pusat", so the server's unit is the journal's),
  then copies of it made inside PostgreSQL: 9 more Polres with their ten years (10 M
  records, 1,000 officers), and 17 more with their last year only (officers who joined
  later): 2,700 officers, a Polda, about 12 M records. Indexes are built after the copies.

What it measures, each command in its own process, medians of `--runs` interleaved runs,
wall time and the command's own peak memory (`os.wait4`):
- a unit's weekly and monthly report from the server (`report --server --unit POLRES
  --json`) against the same report from the SQLite journal (`report --db`), and the digest
  alone in this process on both stores (no start-up, no import, connected);
- a whole Polda's grades for a week (`report --server --grades`, the owner: every unit);
- one officer's week pushed by that officer's login (a journal of one week), against one
  `patrolog add`; and the same push again (nothing new);
- a first push of about 100,000 records against PostgreSQL's COPY of the same rows
  (benchmarks/bench_push.py's `first_push`, run before the server is grown).

The machine is shared and noisy: every line names the comparison measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PATROLOG = [sys.executable, "-m", "patrolog"]
sys.path.insert(0, str(HERE.parent / "tests"))
UNIT = "Polsek Metro Menteng"  # the demo's first Polsek
POLRES = "Polres Metro Jakarta Pusat"
NOW = "2026-11-27T20:00:00+07:00"
COPIED = ("patrols", "visits", "incidents", "contacts")
RECORDS = ("patrols", "incidents", "contacts")
PUSHED: list[str] = []  # the Polres's first push, when this run made the server


def bench_env() -> dict[str, str]:
    """The environment every benchmark runs patrolog in: one clock and zone, its own config,
    no server or journal of the user's, and bytecode kept (without it every run compiles
    patrolog again)."""
    env = {**os.environ, "TZ": "Asia/Jakarta", "PATROLOG_NOW": NOW,
           "XDG_CONFIG_HOME": str(RESULTS / "server-config")}
    for var in ("PATROLOG_SERVER", "PATROLOG_DB", "PGHOST", "PGUSER", "PGDATABASE",
                "PYTHONDONTWRITEBYTECODE"):
        env.pop(var, None)
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    return run(cmd, env)[0]


def start_cluster(base: Path | None = None):  # noqa: ANN201 - tests/pg.py's Cluster
    """A new PostgreSQL cluster in `base` (else a temporary folder), started."""
    import tempfile

    from pg import Cluster, _bindir

    bindir = _bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed: apt-get install postgresql")
    if base is None:
        base = Path(tempfile.mkdtemp(prefix="patrolog-bench-", dir="/tmp"))
    base.mkdir(parents=True, exist_ok=True)
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




def copy_floor(cluster, db: str) -> float:  # noqa: ANN001
    """COPY the pushed rows out, empty the tables, COPY them in again: the floor."""
    dump = cluster.base / "rows"
    script = "".join(f"\\copy patrolog.{t} TO '{dump}.{t}'\n" for t in COPIED)
    _psql_script(cluster, db, script)
    _psql_script(cluster, db, "TRUNCATE patrolog.patrols, patrolog.visits, patrolog.incidents, "
                 "patrolog.contacts, patrolog.history, patrolog.tombstones;\n")
    load = "BEGIN;\n" + "".join(f"\\copy patrolog.{t} FROM '{dump}.{t}'\n"
                                for t in COPIED) + "COMMIT;\n"
    start = time.perf_counter()
    _psql_script(cluster, db, load)
    return time.perf_counter() - start


def _psql_script(cluster, db: str, script: str) -> None:  # noqa: ANN001
    res = subprocess.run([str(cluster.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                          "-d", cluster.conninfo(db)], input=script, capture_output=True,
                         text=True)
    if res.returncode != 0:
        raise SystemExit(res.stderr)


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak memory (KiB) of one command in its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):  # `due`-like commands exit 1 with something to say
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return wall, usage.ru_maxrss


def interleaved(commands: dict[str, list[str]], env: dict[str, str], runs: int
                ) -> dict[str, tuple[float, int]]:
    """Median wall time and the largest peak memory of each command, the commands taking
    turns so the machine's load falls on all of them alike."""
    found: dict[str, list[tuple[float, int]]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            found[name].append(run(cmd, env))
    return {k: (statistics.median(w for w, _ in v), max(m for _, m in v))
            for k, v in found.items()}


def records(cluster, db: str) -> int:  # noqa: ANN001 - tests/pg.py's Cluster
    return int(cluster.sql("SELECT " + " + ".join(f"(SELECT count(*) FROM patrolog.{t})"
                                                  for t in RECORDS), db))


def grow(cluster, db: str, full: int, recent: int, since: str) -> None:  # noqa: ANN001
    """Copies of the Polres inside PostgreSQL: `full` with all their records, `recent` with
    those since `since` only. New ids, uids and unit names; officers keep their names
    (rows are told apart by unit). Secondary indexes are dropped first and made again by
    `server init` after, as a bulk load should."""
    spans = {t: int(cluster.sql(f"SELECT max(id) FROM patrolog.{t}", db)) + 1 for t in COPIED}
    indexes = cluster.sql("SELECT string_agg(format('%I.%I', schemaname, indexname), ',') "
                          "FROM pg_indexes WHERE schemaname = 'patrolog' "
                          "AND indexname NOT LIKE '%pkey' AND indexname NOT LIKE '%uid_key' "
                          "AND tablename = ANY('{patrols,visits,incidents,contacts}')", db)
    statements = [f"DROP INDEX {name};" for name in indexes.split(",") if name]
    time_of = {"patrols": "started_at", "incidents": "occurred_at", "contacts": "met_at"}
    for first, last, recent_only in ((1, full, False), (full + 1, full + recent, True)):
        if last < first:
            continue
        for table in COPIED:
            columns = cluster.sql(
                "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                "information_schema.columns WHERE table_schema = 'patrolog' "
                f"AND table_name = '{table}'", db).split(",")
            select = [{"id": f"id + k * {spans[table]}",
                       "patrol_id": f"patrol_id + k * {spans['patrols']}",
                       "uid": "uid || '-' || k",
                       "unit": "'Polres ' || lpad((k + 1)::text, 2, '0')"}.get(c, c)
                      for c in columns]
            where = f"unit = '{POLRES}'"
            if recent_only:
                where += (f" AND {time_of[table]} >= '{since}'" if table in time_of else
                          " AND patrol_id IN (SELECT id FROM patrolog.patrols WHERE "
                          f"unit = '{POLRES}' AND started_at >= '{since}')")
            statements.append(
                f"INSERT INTO patrolog.{table} ({','.join(columns)}) "
                f"SELECT {','.join(select)} FROM patrolog.{table} "
                f"CROSS JOIN generate_series({first}, {last}) AS k WHERE {where};")
    statements += [f"SELECT setval(pg_get_serial_sequence('patrolog.{t}', 'id'), "
                   f"(SELECT max(id) FROM patrolog.{t}));" for t in COPIED]
    _psql_script(cluster, db, "BEGIN;\n" + "\n".join(statements) + "\nCOMMIT;\n")


def digest_alone(url: str, journal: Path, runs: int) -> dict[str, float]:
    """`digest.compute` of the week on both stores, in this process, taking turns."""
    from datetime import date

    import psycopg  # noqa: F401 - imported before the clock starts

    from patrolog.digest import compute, periods
    from patrolog.journal.store import Store
    from patrolog.server.store import open_server

    period = periods.choose(date(2026, 11, 27), week="2026-W47")
    found: dict[str, list[float]] = {"server": [], "sqlite": [], "connect": []}
    for _ in range(runs):
        with Store.open(journal) as local:
            start = time.perf_counter()
            compute.compute(local, period)
            found["sqlite"].append(time.perf_counter() - start)
        start = time.perf_counter()
        remote = open_server(url, POLRES)
        found["connect"].append(time.perf_counter() - start)
        start = time.perf_counter()
        compute.compute(remote, period)
        found["server"].append(time.perf_counter() - start)
        remote.close()
    return {k: statistics.median(v) for k, v in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--full", type=int, default=9, help="Polres copies with ten years")
    parser.add_argument("--recent", type=int, default=17, help="Polres copies with one year")
    parser.add_argument("--keep", type=Path, help="the cluster's folder, kept and reused")
    args = parser.parse_args()
    env = bench_env()
    RESULTS.mkdir(exist_ok=True)
    journal = RESULTS / "polres-100x520.db"
    if not journal.exists():
        print("building the Polres journal (100 officers x 520 weeks)...", flush=True)
        subprocess.run([*PATROLOG, "--db", str(journal), "demo", "--weeks", "520",
                        "--officers", "100"], check=True, stdout=subprocess.DEVNULL, env=env)
    lines: list[tuple[str, str]] = []

    first = None
    try:
        from bench_push import first_push  # the ~100k first push against COPY

        print("first push of ~100k records against COPY...", flush=True)
        first = first_push(3)
    except ImportError:
        pass
    if first:
        lines.append((f"first push of {first['records']:,} records (owner, empty server)",
                      f"{first['push']:.2f} s: {first['ratio']:.2f}x PostgreSQL's COPY of the "
                      f"same rows ({first['copy']:.2f} s)"))

    cluster, url = _server(args, journal, env)
    try:
        total = records(cluster, "polda")
        officers = cluster.sql("SELECT count(DISTINCT (unit, officer)) FROM patrolog.patrols",
                               "polda")
        print(f"server: {total:,} records, {officers} officers", flush=True)
        load = os.getloadavg()[0]
        for period in (["--week", "2026-W47"], ["--month", "2026-11"]):
            found = interleaved({
                "sqlite": [*PATROLOG, "--db", str(journal), "report", "--json", *period],
                "server": [*PATROLOG, "report", "--server", url, "--unit", POLRES, "--json",
                           *period]}, env, args.runs)
            (local, lmem), (remote, rmem) = found["sqlite"], found["server"]
            lines.append((f"a Polres's report {' '.join(period)} (100 officers)",
                          f"server {remote:.3f} s ({rmem // 1024} MiB), SQLite journal of a "
                          f"million records {local:.3f} s ({lmem // 1024} MiB): "
                          f"{remote / local:.2f}x"))
        inner = digest_alone(url, journal, args.runs)
        lines.append(("  the week's digest alone, in-process",
                      f"server {inner['server']:.3f} s, SQLite {inner['sqlite']:.3f} s: "
                      f"{inner['server'] / inner['sqlite']:.2f}x (connecting and the "
                      f"session's settings {inner['connect']:.3f} s)"))
        grades = interleaved({"grades": [*PATROLOG, "report", "--server", url, "--grades",
                                         "--week", "2026-W47", "--json"]}, env, args.runs)
        seconds, mem = grades["grades"]
        lines.append((f"a Polda's grades for a week ({officers} officers), the owner",
                      f"{seconds:.3f} s ({mem // 1024} MiB)"))
        kapolda = _supervisor_of_every_unit(cluster, env)
        grades = interleaved({"grades": [*PATROLOG, "report", "--server", kapolda, "--grades",
                                         "--week", "2026-W47", "--json"]}, env, args.runs)
        seconds, mem = grades["grades"]
        lines.append(("  the same, a supervisor's login granted every unit",
                      f"{seconds:.3f} s ({mem // 1024} MiB)"))
        lines += _officer_week(cluster, env, args.runs)
        if PUSHED:
            lines.append(("the Polres's first push (a million records, owner)", PUSHED[0]))
        lines.append(("load (1-minute average) at the start, at the end",
                      f"{load:.2f}, {os.getloadavg()[0]:.2f}"))
    finally:
        if args.keep is None:
            cluster.stop("immediate")
            shutil.rmtree(cluster.base, ignore_errors=True)
    print(f"\nserver of {total:,} records, {officers} officers")
    for label, text in lines:
        print(f"{label:52} {text}")


def _server(args: argparse.Namespace, journal: Path, env: dict[str, str]):  # noqa: ANN202
    """The grown server: made once, or found again in `--keep`."""
    from pg import Cluster, _bindir

    if args.keep is not None and (args.keep / "data" / "PG_VERSION").exists():
        cluster = Cluster(_bindir(), args.keep, args.keep, os.geteuid() == 0)
        if subprocess.run([str(cluster.bindir / "pg_isready"), "-h", str(args.keep)],
                          capture_output=True).returncode != 0:
            cluster.start()
        return cluster, cluster.conninfo("polda", "owner")
    cluster = start_cluster(args.keep)
    cluster.sql('CREATE ROLE "owner" LOGIN')
    cluster.sql('CREATE DATABASE polda OWNER "owner"')
    url = cluster.conninfo("polda", "owner")
    subprocess.run([*PATROLOG, "server", "init", "--server", url], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    seconds, memory = run([*PATROLOG, "--db", str(journal), "push", "--server", url, "--all"],
                          env)
    PUSHED.append(f"{seconds:.1f} s, {memory // 1024} MiB peak")
    print(f"  the Polres pushed in {seconds:.0f} s ({memory // 1024} MiB)", flush=True)
    _psql_script(cluster, "polda", "".join(
        f"UPDATE patrolog.{t} SET unit = '{POLRES}';\n" for t in (*COPIED, "tombstones")))
    start = time.perf_counter()
    print("growing the server to a Polda...", flush=True)
    grow(cluster, "polda", args.full, args.recent, "2025-11-24")
    subprocess.run([*PATROLOG, "server", "init", "--server", url], check=True, env=env,
                   stdout=subprocess.DEVNULL)  # the indexes, made after the rows
    _psql_script(cluster, "polda", "VACUUM ANALYZE;\n")
    print(f"  grown in {time.perf_counter() - start:.0f} s", flush=True)
    return cluster, url


def _supervisor_of_every_unit(cluster, env: dict[str, str]) -> str:  # noqa: ANN001
    """A login granted every unit on the server as a supervisor (a Kapolda's)."""
    cluster.sql('DO $$ BEGIN CREATE ROLE kapolda LOGIN; EXCEPTION WHEN duplicate_object '
                'THEN NULL; END $$')
    cluster.sql('GRANT CONNECT ON DATABASE polda TO kapolda')
    units = cluster.sql("SELECT string_agg(DISTINCT unit, '|') FROM patrolog.patrols",
                        "polda").split("|")
    subprocess.run([*PATROLOG, "server", "grant", "kapolda",
                    *(x for u in units for x in ("--supervisor", u)),
                    "--server", cluster.conninfo("polda", "owner")],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    return cluster.conninfo("polda", "kapolda")


def _officer_week(cluster, env: dict[str, str], runs: int) -> list[tuple[str, str]]:  # noqa: ANN001
    """One officer's week (a journal of one week of the demo) pushed by that officer's
    login, each run a new journal, against one `patrolog add` in the same journal."""
    cluster.sql('DO $$ BEGIN CREATE ROLE ani LOGIN; EXCEPTION WHEN duplicate_object THEN '
                'NULL; END $$')
    cluster.sql('GRANT CONNECT ON DATABASE polda TO ani')
    owner, ani = cluster.conninfo("polda", "owner"), cluster.conninfo("polda", "ani")
    pushes, agains, adds = [], [], []
    for i in range(runs):
        week = RESULTS / f"server-officer-week-{i}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{week}{suffix}").unlink(missing_ok=True)
        subprocess.run([*PATROLOG, "--db", str(week), "demo", "--weeks", "1", "--seed",
                        str(100 + i)], check=True, env=env, stdout=subprocess.DEVNULL)
        name = subprocess.run([*PATROLOG, "--db", str(week), "config", "get", "officer"],
                              capture_output=True, text=True, env=env).stdout.strip()
        subprocess.run([*PATROLOG, "server", "grant", "ani", "--officer", name, "--unit",
                        POLRES, "--server", owner], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        pushes.append(run([*PATROLOG, "--db", str(week), "push", "--server", ani], env)[0])
        adds.append(run([*PATROLOG, "--db", str(week), "add", "incident", "--kind", "laka",
                         "--at", f"-{i + 1}h"], env)[0])
        agains.append(run([*PATROLOG, "--db", str(week), "push", "--server", ani], env)[0])
    push, again, add = (statistics.median(x) for x in (pushes, agains, adds))
    # the driver's floor: importing psycopg, beside the modules every command imports
    floor = interleaved({"cli": [sys.executable, "-c", "import patrolog.cli"],
                         "psycopg": [sys.executable, "-c", "import patrolog.cli, psycopg"]},
                        env, runs)
    psycopg = floor["psycopg"][0] - floor["cli"][0]
    return [("one officer's week pushed (a new journal each run)",
             f"{push:.3f} s: {push / add:.2f}x `patrolog add` ({add:.3f} s)"),
            ("  the same push again (one new record)", f"{again:.3f} s: {again / add:.2f}x add"),
            ("  importing psycopg alone (beside patrolog's CLI modules)",
             f"{psycopg:.3f} s: {psycopg / add:.2f}x `patrolog add`")]


if __name__ == "__main__":
    main()
