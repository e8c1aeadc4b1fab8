"""A first push against PostgreSQL's COPY of the same rows (docs/server.md "Measured").

    python benchmarks/bench_push.py                    # 10 officers x 520 weeks, ~100k records
    python benchmarks/bench_push.py --officers 5 --runs 5

Each run takes a fresh database on a throwaway PostgreSQL (bench_server.py's cluster):
`server init`, then the demo's unit journal pushed by the database's owner (`patrolog
push --all`, its own process, wall time: start-up, connecting and all), then the pushed
rows copied out, the tables emptied (their indexes kept) and the rows loaded again with
`COPY` in one transaction: the floor, with no checks and no rules. Push and COPY are
measured in the same run, so the ratio holds on a shared, noisy machine; the medians of
`--runs` are printed, with the machine's load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_server import (  # noqa: E402 - this folder, put on the path above
    PATROLOG,
    bench_env,
    build_journal,
    copy_floor,
    start_cluster,
    timed,
)
from bench_server import records as bench_records  # noqa: E402


def first_push(runs: int = 3, *, officers: int = 10, weeks: int = 520, cluster=None,  # noqa: ANN001
               env: dict[str, str] | None = None) -> dict:
    """Median wall time of a first push (the owner, an empty server) and of `COPY` of the
    same rows into the same emptied tables, each run on a fresh database; with the ratio,
    the records pushed, every run's times and the load average before and after. Starts
    (and stops) its own cluster unless given one (bench_server.py's `start_cluster`)."""
    env = env or bench_env()
    journal = build_journal(officers, weeks, env)
    own = cluster is None
    if own:
        cluster = start_cluster()
    pushes, copies, records = [], [], 0
    load = os.getloadavg()
    try:
        if not int(cluster.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'owner'")):
            cluster.sql('CREATE ROLE "owner" LOGIN')
        for run in range(runs):
            db = f"bench_push_{run}"
            cluster.psql(f"DROP DATABASE IF EXISTS {db}")
            cluster.sql(f'CREATE DATABASE {db} OWNER "owner"')
            url = cluster.conninfo(db, "owner")
            subprocess.run([*PATROLOG, "server", "init", "--server", url], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            cluster.sql("CHECKPOINT")  # each run starts from the same state of the cluster
            pushes.append(timed([*PATROLOG, "--db", str(journal), "push", "--server", url,
                                 "--all"], env))
            records = bench_records(cluster, db)
            copies.append(copy_floor(cluster, db))
            cluster.psql(f"DROP DATABASE IF EXISTS {db}")
            print(f"  run {run + 1}: push {pushes[-1]:.2f} s, COPY {copies[-1]:.2f} s",
                  flush=True)
    finally:
        if own:
            cluster.stop("immediate")
            import shutil

            shutil.rmtree(cluster.base, ignore_errors=True)
    push, floor = statistics.median(pushes), statistics.median(copies)
    return {"records": records, "push": push, "copy": floor, "ratio": push / floor,
            "pushes": pushes, "copies": copies, "load": [load, os.getloadavg()]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officers", type=int, default=10)
    parser.add_argument("--weeks", type=int, default=520)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    found = first_push(args.runs, officers=args.officers, weeks=args.weeks)
    before, after = found["load"]
    print(f"first push of {found['records']:,} records (owner, empty server): "
          f"{found['push']:.2f} s; COPY of the same rows {found['copy']:.2f} s; "
          f"{found['ratio']:.2f}x COPY (medians of {args.runs}; load average "
          f"{before[0]:.2f} before, {after[0]:.2f} after, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
