"""`export` of a unit's journal (signed JSON Lines) against `sqlite3 -json` of the same
three tables, measured in the same run, as a ratio.

    python benchmarks/bench_export.py                  # 10 officers x 10 years: ~102,000 records
    python benchmarks/bench_export.py --runs 5

Each command runs in its own process, interleaved; the numbers are medians (the machine
is shared and noisy), with CPU time (user + system) beside wall time and the peak memory
(maximum resident set). The journal is built once in benchmarks/results/ and reused.
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
PATROLOG = str(Path(sys.executable).parent / "patrolog")


def run_once(cmd: list[str], out: Path) -> dict[str, float]:
    start = time.perf_counter()
    with out.open("wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE,
                                env={**os.environ, "TZ": "Asia/Jakarta"})
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mib": usage.ru_maxrss / 1024, "bytes": out.stat().st_size}


def build(officers: int, weeks: int) -> Path:
    folder = RESULTS / f"export-{officers}x{weeks}"
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "unit.db"
    if not journal.exists():
        print(f"building the demo journal ({officers} officers, {weeks} weeks)...", flush=True)
        subprocess.run([PATROLOG, "--db", str(journal), "demo", "--weeks", str(weeks),
                        "--officers", str(officers)], check=True, stdout=subprocess.DEVNULL)
    return journal


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officers", type=int, default=10)
    parser.add_argument("--weeks", type=int, default=520)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli is None:
        raise SystemExit("needs the sqlite3 command-line shell")
    journal = build(args.officers, args.weeks)
    # the journal upgraded and its key made before measuring
    subprocess.run([PATROLOG, "--db", str(journal), "export", "-o", os.devnull], check=True)
    out = journal.with_name("out")
    commands = {
        "sqlite3 -json": [sqlite3_cli, "-json", str(journal),
                          "SELECT * FROM patrols; SELECT * FROM incidents; "
                          "SELECT * FROM contacts;"],
        "export (signed)": [PATROLOG, "--db", str(journal), "export"],
        "export --redact": [PATROLOG, "--db", str(journal), "export", "--redact"],
    }
    seen: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            seen[name].append(run_once(cmd, out))
    out.unlink(missing_ok=True)
    records = int(subprocess.run(
        [sqlite3_cli, str(journal), "SELECT (SELECT count(*) FROM patrols) + "
         "(SELECT count(*) FROM incidents) + (SELECT count(*) FROM contacts)"],
        capture_output=True, text=True, check=True).stdout)
    med = {name: {k: statistics.median(r[k] for r in runs) for k in runs[0]}
           for name, runs in seen.items()}
    base = med["sqlite3 -json"]
    print(f"{records:,} records; medians of {args.runs} interleaved runs")
    print(f"{'':16} {'wall s':>8} {'cpu s':>8} {'x sqlite3 (wall)':>17} {'x (cpu)':>8} "
          f"{'peak MiB':>9} {'MiB out':>8}")
    for name, m in med.items():
        print(f"{name:16} {m['wall']:8.2f} {m['cpu']:8.2f} {m['wall'] / base['wall']:17.2f} "
              f"{m['cpu'] / base['cpu']:8.2f} {m['rss_mib']:9.1f} {m['bytes'] / 2**20:8.1f}")


if __name__ == "__main__":
    main()
