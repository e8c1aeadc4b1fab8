"""`import` and `merge` at a unit's scale, against the floor: a plain script loading the
same JSON Lines into the same tables with `executemany` in one transaction (no checks,
no search index), measured in the same run.

    python benchmarks/bench_exchange.py              # 10 officers x 10 years: ~102,000 records
    python benchmarks/bench_exchange.py --officers 100   # ~1,000,000 records (slow to build)
    python benchmarks/bench_exchange.py --floor FILE DB  # the floor alone (used by the above)

Each command runs in its own process into a new journal; the numbers are medians of
interleaved runs (the machine is shared and noisy), with CPU time (user + system) beside
wall time because CPU time is what other processes steal least. Journals and exports are
built once in benchmarks/results/ and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PATROLOG = str(Path(sys.executable).parent / "patrolog")


# -- the floor -------------------------------------------------------------------
def floor(source: Path, target: Path) -> int:
    """Load an export into a new journal's tables as plainly as Python can: one
    transaction, `executemany` in batches, patrol links by a dict. Returns the records."""
    from patrolog.journal import migrations

    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for migration in migrations.MIGRATIONS:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST}")
    columns: dict[str, list[str]] = {}
    defaults: dict[str, dict[str, object]] = {}  # a column the export leaves out keeps its default
    for table in ("patrols", "incidents", "contacts"):
        info = list(conn.execute(f"PRAGMA table_info({table})"))
        columns[table] = [r[1] for r in info]
        defaults[table] = {r[1]: int(r[4]) for r in info
                           if r[4] is not None and r[4].lstrip("-").isdigit()}
    pending: dict[str, list[tuple]] = {t: [] for t in columns}
    visits: list[tuple] = []
    patrol_ids: dict[str, int] = {}
    next_id = {t: 1 for t in columns}
    count = 0

    def flush() -> None:
        for table, rows in pending.items():
            if rows:
                cols = columns[table]
                conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) "
                                 f"VALUES ({', '.join('?' * len(cols))})", rows)
                rows.clear()
        if visits:
            conn.executemany("INSERT INTO visits(patrol_id, position, type, name) "
                             "VALUES (?, ?, ?, ?)", visits)
            visits.clear()

    with source.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("deleted_at"):
                continue
            table = rec["type"] + "s"
            number = next_id[table]
            next_id[table] += 1
            rec["id"] = number
            if table == "patrols":
                patrol_ids[rec["uid"]] = number
                visits.extend((number, i, p["type"], p["name"])
                              for i, p in enumerate(rec["places"]))
            else:
                rec["patrol_id"] = patrol_ids.get(rec.get("patrol_uid"))
            for name in ("tags", "parties"):
                if name in rec:
                    rec[name] = json.dumps(rec[name], ensure_ascii=False)
            pending[table].append(tuple(rec.get(c, defaults[table].get(c)) for c in columns[table]))
            count += 1
            if len(pending[table]) >= 1000:
                flush()
    flush()
    conn.execute("COMMIT")
    conn.close()
    return count


# -- measuring -------------------------------------------------------------------
def run_once(cmd: list[str], tz: str) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "TZ": tz})
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mib": usage.ru_maxrss / 1024}


def fresh(path: Path) -> Path:
    for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    return path


def build(officers: int, weeks: int) -> tuple[Path, Path, int]:
    folder = RESULTS / f"exchange-{officers}x{weeks}"
    folder.mkdir(parents=True, exist_ok=True)
    journal, export = folder / "unit.db", folder / "unit.jsonl"
    if not journal.exists():
        print(f"building the demo journal ({officers} officers, {weeks} weeks)...", flush=True)
        subprocess.run([PATROLOG, "--db", str(journal), "demo", "--weeks", str(weeks),
                        "--officers", str(officers)], check=True, stdout=subprocess.DEVNULL)
    if not export.exists():
        subprocess.run([PATROLOG, "--db", str(journal), "export", "-o", str(export)],
                       check=True, stderr=subprocess.DEVNULL)
    with export.open("rb") as fh:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    return journal, export, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officers", type=int, default=10)
    parser.add_argument("--weeks", type=int, default=520)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--floor", nargs=2, metavar=("FILE", "DB"))
    # The unit's own machine, as its officers' records, is on WIB: a new journal takes the
    # system's zone, and times already in it are taken as they are. `--tz UTC` measures
    # the other case, where every time is moved into the journal's zone.
    parser.add_argument("--tz", default="Asia/Jakarta")
    args = parser.parse_args()
    if args.floor:
        floor(Path(args.floor[0]), fresh(Path(args.floor[1])))
        return
    journal, export, records = build(args.officers, args.weeks)
    target = journal.with_name("target.db")
    commands = {
        "floor": [sys.executable, __file__, "--floor", str(export), str(target)],
        "import": [PATROLOG, "--db", str(target), "import", str(export)],
        "merge": [PATROLOG, "--db", str(target), "merge", str(journal)],
    }
    seen: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            fresh(target)
            seen[name].append(run_once(cmd, args.tz))
    # again over a journal that has them all: every record unchanged
    again = {"import again": run_once(commands["import"], args.tz),
             "merge again": run_once(commands["merge"], args.tz)}
    fresh(target)
    med = {name: {k: statistics.median(r[k] for r in runs) for k in runs[0]}
           for name, runs in seen.items()}
    med.update(again)
    base = med["floor"]
    print(f"{records:,} records; medians of {args.runs} runs (again: 1 run); TZ={args.tz}")
    print(f"{'':14} {'wall s':>8} {'cpu s':>8} {'x floor (cpu)':>14} {'records/s':>10} "
          f"{'peak MiB':>9}")
    for name, m in med.items():
        print(f"{name:14} {m['wall']:8.2f} {m['cpu']:8.2f} {m['cpu'] / base['cpu']:14.2f} "
              f"{records / m['wall']:10,.0f} {m['rss_mib']:9.1f}")


if __name__ == "__main__":
    main()
