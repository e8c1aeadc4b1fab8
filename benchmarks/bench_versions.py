"""Two versions of patrolog side by side, in one run: did a change make anything slower?

Each case runs the `--before` and the `--after` executable (each from its own virtual
environment, `pip install .` of the two checkouts), interleaved with bench_cli's baseline
(`python -c "import sqlite3"`), so all three see the same noise on a shared machine. The
column that matters is after/before.

    python benchmarks/bench_versions.py --before /tmp/venv-old/bin/patrolog \\
        --after .venv/bin/patrolog --runs 15
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench_cli import BASELINE, run_once

NOW = "2026-11-27T20:00:00+07:00"


def cases(db: str, dump: str, other: str) -> dict[str, list[str]]:
    """label -> arguments after the executable; `{n}` becomes the run's number."""
    return {
        "--help": ["--help"],
        "add --help": ["add", "--help"],
        "add incident": ["--db", db, "add", "incident", "--kind", "laka", "--at", "-{n}m",
                         "--location", "Jl. Cikini Raya {n}"],
        "report json (8 weeks)": ["--db", db, "report", "--format", "json"],
        "report text (8 weeks)": ["--db", db, "report", "--format", "text"],
        "list --json (8 weeks)": ["--db", db, "list", "--json"],
        "due": ["--db", db, "due"],
        "import (8 weeks, again)": ["--db", other, "import", dump],
    }


def prepare(exe: str, folder: Path, env: dict[str, str]) -> tuple[str, str, str]:
    db, dump, other = (str(folder / name) for name in ("j.db", "all.jsonl", "other.db"))
    for args in (["--db", db, "demo"], ["--db", db, "export", "--output", dump],
                 ["--db", other, "import", dump]):
        subprocess.run([exe, *args], env=env, check=True, capture_output=True)
    return db, dump, other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", help="the cases whose label contains this text")
    opts = parser.parse_args()
    env = {**os.environ, "PATROLOG_NOW": NOW, "TZ": "Asia/Jakarta", "PATROLOG_LANG": "en"}
    tmp = Path(tempfile.mkdtemp(prefix="bench-versions-"))
    made = {}
    for name, exe in (("before", opts.before), ("after", opts.after)):
        (tmp / name).mkdir()
        made[name] = cases(*prepare(exe, tmp / name, env))
    print(f"{'case':26} {'base ms':>8} {'before×':>8} {'after×':>7} {'after/before':>13}")
    for label in made["after"]:
        if opts.only and opts.only not in label:
            continue
        runs: dict[str, list[float]] = {"base": [], "before": [], "after": []}
        for name, exe in (("before", opts.before), ("after", opts.after)):  # warm caches
            run_once([exe, *[a.replace("{n}", "0") for a in made[name][label]]], env)
        for n in range(1, opts.runs + 1):
            runs["base"].append(run_once(BASELINE, env)[0])
            for name, exe in (("before", opts.before), ("after", opts.after)):
                args = [a.replace("{n}", str(n)) for a in made[name][label]]
                runs[name].append(run_once([exe, *args], env)[0])
        b, x, y = (statistics.median(runs[k]) * 1000 for k in ("base", "before", "after"))
        print(f"{label:26} {b:8.1f} {x / b:8.2f} {y / b:7.2f} {y / x:13.3f}", flush=True)


if __name__ == "__main__":
    main()
