"""A Polda's grades for a week from the unit's server (issue 14; docs/server.md "Measured").

    python benchmarks/bench_grades.py                    # 540 units x 5 officers, 2 years each
    python benchmarks/bench_grades.py --units 100 --weeks 52
    python benchmarks/bench_grades.py --url 'host=/run/postgresql dbname=polda user=kapolda'

`time_grades(url, week)` times `patrolog report --server URL --grades --week WEEK --json` as
a whole command, in its own process (Python's start-up, psycopg's import, connecting, the
queries, the JSON written), median of 3 runs: the number a Kapolda waits for.

Without `--url`, main() builds its own server: a throwaway PostgreSQL (as
benchmarks/bench_server.py does), the demo's Polsek (5 officers, `--weeks` of records)
pushed by the database's owner, then copied inside PostgreSQL to `--units` units (new ids,
uids and unit names; the officers keep their names, so every unit's officers share names
with every other's and the rows must be kept apart by unit), then VACUUM ANALYZE. It prints
the time with the machine's load (the 1-minute load average before and after: 2 cores
shared with other work here, so every number moves with it), then the same as a
supervisor's login granted every unit (a Kapolda's own login: row-level security applies).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_server import (  # noqa: E402
    PATROLOG,
    UNIT,
    _psql_script,
    bench_env,
    build_journal,
    start_cluster,
)

WEEK = "2026-W47"
COPIED = ("patrols", "visits", "incidents", "contacts")


def grades_command(url: str, week: str = WEEK, fmt: str = "json") -> list[str]:
    return [*PATROLOG, "report", "--server", url, "--grades", "--week", week, "--format", fmt]


def time_grades(url: str, week: str = WEEK, *, runs: int = 3, fmt: str = "json",
                env: dict[str, str] | None = None) -> tuple[float, dict | None]:
    """Median wall time of `report --server URL --grades --week WEEK` (whole command), and
    the JSON of the last run (None for other formats)."""
    env = dict(os.environ if env is None else env)
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        res = subprocess.run(grades_command(url, week, fmt), capture_output=True, text=True,
                             env=env)
        times.append(time.perf_counter() - start)
        if res.returncode != 0:
            raise SystemExit(f"report --grades failed: {res.stderr}")
        out = res.stdout
    return statistics.median(times), json.loads(out) if fmt == "json" else None


def grow(cluster, db: str, units: int) -> int:  # noqa: ANN001
    """Copy the pushed unit to units 2..`units` inside PostgreSQL, one statement per table
    (a join with generate_series): new ids, uids and unit names, the same officers' names.
    Returns the records (patrols, incidents, contacts) on the server."""
    spans = {t: int(cluster.sql(f"SELECT max(id) FROM patrolog.{t}", db)) + 1 for t in COPIED}
    statements = []
    for table in COPIED:
        columns = cluster.sql("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) "
                              "FROM information_schema.columns WHERE table_schema = "
                              f"'patrolog' AND table_name = '{table}'", db).split(",")
        select = []
        for c in columns:
            select.append({"id": f"id + k * {spans[table]}",
                           "patrol_id": f"patrol_id + k * {spans['patrols']}",
                           "uid": "uid || '-' || k",
                           "unit": "'Unit ' || lpad(k::text, 3, '0')"}.get(c, c))
        statements.append(
            f"INSERT INTO patrolog.{table} ({','.join(columns)}) SELECT {','.join(select)} "
            f"FROM patrolog.{table} CROSS JOIN generate_series(1, {units - 1}) AS k "
            f"WHERE unit = '{UNIT}';")
        statements.append(f"SELECT setval(pg_get_serial_sequence('patrolog.{table}', 'id'), "
                          f"(SELECT max(id) FROM patrolog.{table}));")
    _psql_script(cluster, db, "BEGIN;\n" + "\n".join(statements) + "\nCOMMIT;\nVACUUM ANALYZE;\n")
    return int(cluster.sql("SELECT (SELECT count(*) FROM patrolog.patrols) + "
                           "(SELECT count(*) FROM patrolog.incidents) + "
                           "(SELECT count(*) FROM patrolog.contacts)", db))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="time this server as it is (build nothing)")
    parser.add_argument("--units", type=int, default=540)   # a Polda: ~2,700 officers
    parser.add_argument("--officers", type=int, default=5)  # the demo's Polsek
    parser.add_argument("--weeks", type=int, default=104)   # two years of records each
    parser.add_argument("--week", default=WEEK)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--whole-digest", action="store_true",
                        help="also time the whole digest over every unit (report, no --grades)")
    parser.add_argument("--whole-digest-limit", type=float, default=300)
    args = parser.parse_args()
    env = bench_env()
    if args.url:
        _report(args, args.url, env, None)
        return
    journal = build_journal(args.officers, args.weeks, env)
    cluster = start_cluster()
    try:
        cluster.sql('CREATE ROLE "owner" LOGIN')
        cluster.sql('CREATE DATABASE polda OWNER "owner"')
        url = cluster.conninfo("polda", "owner")
        subprocess.run([*PATROLOG, "server", "init", "--server", url], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        subprocess.run([*PATROLOG, "--db", str(journal), "push", "--server", url, "--all"],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        print(f"growing the server to {args.units} units...", flush=True)
        start = time.perf_counter()
        records = grow(cluster, "polda", args.units)
        print(f"  {records:,} records in {time.perf_counter() - start:.0f} s", flush=True)
        _report(args, url, env, records)
        # a Kapolda's own login: a supervisor granted every unit (row-level security applies)
        cluster.sql('CREATE ROLE kapolda LOGIN')
        cluster.sql('GRANT CONNECT ON DATABASE polda TO kapolda')
        units = cluster.sql("SELECT DISTINCT unit FROM patrolog.patrols", "polda").splitlines()
        subprocess.run([*PATROLOG, "server", "grant", "kapolda",
                        *(x for unit in units for x in ("--supervisor", unit)), "--server", url],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        seconds, data = time_grades(cluster.conninfo("polda", "kapolda"), args.week,
                                    runs=args.runs, env=env)
        print(f"  a supervisor's login granted the {len(units)} units: {seconds:.2f} s "
              f"({len(data['by_officer']):,} officers; load {os.getloadavg()[0]:.2f})")
    finally:
        cluster.stop("immediate")
        import shutil

        shutil.rmtree(cluster.base, ignore_errors=True)


def _report(args: argparse.Namespace, url: str, env: dict[str, str], records: int | None
            ) -> None:
    before = os.getloadavg()[0]
    seconds, data = time_grades(url, args.week, runs=args.runs, env=env)
    table, _ = time_grades(url, args.week, runs=args.runs, env=env, fmt="table")
    after = os.getloadavg()[0]
    officers = len(data["by_officer"])
    held = f", a server of {records:,} records" if records else ""
    print(f"report --grades --week {args.week} --json: {seconds:.2f} s "
          f"({officers:,} officers in {len(data['by_unit'])} units{held}; "
          f"median of {args.runs}; load {before:.2f} -> {after:.2f})")
    print(f"  the same as the terminal's table: {table:.2f} s")
    if args.whole_digest:  # once, given up after --whole-digest-limit seconds
        start = time.perf_counter()
        try:
            subprocess.run([*PATROLOG, "report", "--server", url, "--week", args.week,
                            "--json"], check=True, env=env, stdout=subprocess.DEVNULL,
                           timeout=args.whole_digest_limit)
            took = f"{time.perf_counter() - start:.2f} s"
        except subprocess.TimeoutExpired:
            took = f"not done after {args.whole_digest_limit:.0f} s"
        print(f"  the whole digest over every unit (report, no --grades), once: {took}")


if __name__ == "__main__":
    main()
