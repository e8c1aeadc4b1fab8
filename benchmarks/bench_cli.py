"""Start-up, write and report costs of patrolog, as ratios against bare Python + sqlite3.

The machine is shared and noisy, so every number is a median over interleaved runs
and is reported next to a baseline (`python -c "import sqlite3"`) measured in the
same run. Run it from a virtual environment where patrolog is installed normally
(`pip install .`, not `-e`: an editable install adds an import hook to every start):

    python benchmarks/bench_cli.py            # journals of 8 weeks and ~100,000 records
    python benchmarks/bench_cli.py --big      # also ~1,000,000 records (100 officers, 10 years)

Journals are built once in benchmarks/results/ and reused.
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
BIN = Path(sys.executable).parent
PATROLOG = str(BIN / "patrolog")
BASELINE = [sys.executable, "-c", "import sqlite3"]


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in KiB of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss


def nth(cmd: list[str], n: int) -> list[str]:
    """The command of run `n`: `{n}` in an argument becomes n, so each `add` logs another
    record (the same record twice is refused)."""
    return [arg.replace("{n}", str(n)) for arg in cmd]


def compare(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    """Interleave baseline and command so both see the same noise."""
    base, mine, peak = [], [], 0
    run_once(nth(cmd, 0), env)  # warm the page cache and .pyc files
    for n in range(1, runs + 1):
        base.append(run_once(BASELINE, env)[0])
        elapsed, rss = run_once(nth(cmd, n), env)
        mine.append(elapsed)
        peak = max(peak, rss)
    b, m = statistics.median(base), statistics.median(mine)
    return {"baseline_ms": b * 1000, "ms": m * 1000, "ratio": m / b, "peak_mib": peak / 1024}


def paired(small: list[str], big: list[str], env: dict[str, str], runs: int) -> float:
    """Median of big/small over runs taken back to back, so both see the same noise."""
    ratios = []
    for _ in range(runs):
        ratios.append(run_once(big, env)[0] / run_once(small, env)[0])
    return statistics.median(ratios)


def imported(cmd: list[str], env: dict[str, str]) -> dict[str, int]:
    """Module -> its own import time in µs, from `python -X importtime`."""
    import re

    err = subprocess.run([sys.executable, "-X", "importtime", *cmd], capture_output=True,
                         text=True, env=env).stderr
    found = {}
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if m:
            found[m[2]] = int(m[1])
    return found


def imports_beyond_typer(cmd: list[str], env: dict[str, str]) -> list[str]:
    """What a command imports on top of typer itself (median of 5 importtime runs)."""
    typer_alone = imported(["-c", "import typer"], env)
    runs = [imported(nth(cmd, 100 + n), env) for n in range(5)]
    extra = {name: statistics.median(r.get(name, 0) for r in runs)
             for name in runs[0] if name not in typer_alone}
    top = sorted(extra.items(), key=lambda kv: -kv[1])
    total = sum(extra.values()) / 1000
    shown = " ".join(a for a in cmd[1:] if not a.endswith(".db") and a != "--db")
    lines = [f"\n`patrolog {shown}` imports {len(extra)} modules beyond typer, "
             f"{total:.1f} ms of import time in all (`-X importtime` self times, which the "
             "measuring inflates); the largest:"]
    lines += [f"- {name}: {us / 1000:.2f} ms" for name, us in top[:8]]
    return lines


def build(path: Path, weeks: int, officers: int) -> float | None:
    """Build a demo journal unless it is there already; return seconds taken."""
    if path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([PATROLOG, "--db", str(path), "demo", "--weeks", str(weeks),
                    "--officers", str(officers)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def count(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("patrols", "incidents", "contacts"))
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--big", action="store_true", help="also the 1,000,000-record journal")
    parser.add_argument("--week", default="2026-W48")
    parser.add_argument("--documents", action="store_true",
                        help="only the report's document formats on the 8-week journal")
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if not k.startswith("PATROLOG_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    small = RESULTS / "small-8w.db"
    medium = RESULTS / "medium-520w-10o.db"
    big = RESULTS / "big-520w-100o.db"
    built = {"small": build(small, 8, 1)}
    rows: list[tuple[str, dict[str, float], str]] = []
    if args.documents:
        return _print(document_rows(small, args, env), built)
    built["medium"] = build(medium, 520, 10)
    if args.big:
        built["big"] = build(big, 520, 100)

    # The floor: typer alone, which every run of patrolog imports.
    rows.append(("python -c 'import typer' (reference)",
                 compare([sys.executable, "-c", "import typer"], env, args.runs), ""))
    rows.append(("patrolog --help", compare([PATROLOG, "--help"], env, args.runs), "≤ 5×"))
    rows.append((f"add incident (journal of {count(medium):,} records)",
                 compare([PATROLOG, "--db", str(medium), "add", "incident", "--kind", "laka",
                          "--at", "-{n}m", "--location", "Jl. Cikini Raya"], env, args.runs),
                 "≤ 5×"))
    report = ["report", "--week", args.week, "--format", "json"]
    small_report = compare([PATROLOG, "--db", str(small), *report], env, args.runs)
    rows.append((f"report json (8 weeks, {count(small):,} records)", small_report, ""))
    rows.append((f"report json ({count(medium):,} records)",
                 compare([PATROLOG, "--db", str(medium), *report], env, args.runs), ""))
    # Whole-journal listings stream: their memory must not grow with the journal.
    rows.append((f"list --json ({count(medium):,} records)",
                 compare([PATROLOG, "--db", str(medium), "list", "--json"], env,
                         max(3, args.runs // 5)), "flat memory"))
    rows.append(("search pasar --json (a word in a third of them)",
                 compare([PATROLOG, "--db", str(medium), "search", "pasar", "--json"], env,
                         max(3, args.runs // 5)), ""))
    if args.big:
        big_cmd = [PATROLOG, "--db", str(big), *report]
        big_report = compare(big_cmd, env, args.runs)
        big_report["vs_small"] = paired([PATROLOG, "--db", str(small), *report], big_cmd,
                                        env, args.runs)
        rows.append((f"report json ({count(big):,} records)", big_report,
                     "≤ 10×, ≤ 1.5× small, < 100 MiB"))
        # The same journal, one officer's week: what a bigger journal costs by itself.
        one = [*big_cmd, "--officer", "Aiptu Tafsipul"]
        one_report = compare(one, env, args.runs)
        one_report["vs_small"] = paired([PATROLOG, "--db", str(small), *report], one, env,
                                        args.runs)
        rows.append(("report json --officer (one officer's week, same journal)", one_report, ""))

    rows += document_rows(small, args, env)
    _print(rows, built, [PATROLOG, "--db", str(medium), "add", "incident", "--kind", "laka",
                        "--at", "-{n}m"], env)


def document_rows(small: Path, args: argparse.Namespace,
                  env: dict[str, str]) -> list[tuple[str, dict[str, float], str]]:
    """The report as documents on the 8-week journal: html and text against json (paired,
    ≤ 1.5×), pdf and png in absolute time (< 1 s)."""
    base = [PATROLOG, "--db", str(small), "report", "--week", args.week, "--format"]
    rows = []
    for fmt, target in (("html", "≤ 1.5× json"), ("text", "≤ 1.5× json"), ("pdf", "< 1 s"),
                        ("png", "< 1 s"), ("svg", "")):
        r = compare([*base, fmt], env, args.runs)
        r["vs_json"] = paired([*base, "json"], [*base, fmt], env, args.runs)
        rows.append((f"report {fmt} (8 weeks)", r, target))
    return rows


def _print(rows: list[tuple[str, dict[str, float], str]], built: dict[str, float | None],
           add: list[str] | None = None, env: dict[str, str] | None = None) -> None:
    lines = ["| command | median | baseline | ratio | peak memory | target |",
             "|---|---|---|---|---|---|"]
    for name, r, target in rows:
        extra = f" ({r['vs_small']:.2f}× the 8-week report)" if "vs_small" in r else ""
        extra += f" ({r['vs_json']:.2f}× json)" if "vs_json" in r else ""
        lines.append(f"| {name} | {r['ms']:.0f} ms | {r['baseline_ms']:.0f} ms | "
                     f"{r['ratio']:.2f}×{extra} | {r['peak_mib']:.0f} MiB | {target} |")
    if add and env is not None:
        lines += imports_beyond_typer(add, env)
    for name, seconds in built.items():
        if seconds is not None:
            lines.append(f"\nbuilt the {name} demo journal in {seconds:.1f} s")
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
