"""The journal under faults, through the installed `patrolog` command.

- `kill -9` at random moments of `import`, `merge`, `demo` and `add`: afterwards the
  journal passes SQLite's integrity check and holds either everything the command would
  have written or nothing of it, and the command can simply be run again;
- two processes writing at once both succeed;
- a full disk (a 512 KiB tmpfs, where the machine lets us mount one), a small `ulimit -f`:
  one line, the journal unchanged, no partial output file;
- read-only journals and folders (as root, where chmod does not stop a write: `chattr +i`
  or a read-only mount).
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import PATROLOG, cli_env, exported

NOW = "2026-11-27T20:00:00+07:00"
ROOT = os.geteuid() == 0
CONFIG = os.path.join(tempfile.gettempdir(), f"patrolog-faults-config-{os.getpid()}")


def env(tmp: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith(("PATROLOG_", "LC_")) and k not in ("NO_COLOR", "LANG")}
    return cli_env(keep, PATROLOG_NOW=NOW, PATROLOG_LANG="en", LANG="C.UTF-8",
                   TZ="Asia/Jakarta", XDG_DATA_HOME=str(tmp / "xdg"),
                   PATROLOG_BUSY_TIMEOUT_MS="20000",
                   # one user for the whole module: the exports it signs are its own
                   XDG_CONFIG_HOME=CONFIG)


def start(db: Path, *args: str, **kw) -> subprocess.Popen:  # noqa: ANN003
    return subprocess.Popen([*PATROLOG, "--db", str(db), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env(db.parent), **kw)


def run(db: Path, *args: str, **kw) -> subprocess.CompletedProcess:  # noqa: ANN003
    return subprocess.run([*PATROLOG, "--db", str(db), *args], capture_output=True,
                          text=True, env=env(db.parent), timeout=120, **kw)


def ok(db: Path, *args: str) -> subprocess.CompletedProcess:
    res = run(db, *args)
    assert res.returncode == 0, f"{args}: {res.returncode} {res.stderr}"
    return res


def one_line(res: subprocess.CompletedProcess, code: int) -> str:
    assert res.returncode == code, f"exit {res.returncode}: {res.stderr}"
    assert res.stderr.endswith("\n") and res.stderr.count("\n") == 1, res.stderr
    assert "Traceback" not in res.stderr
    return res.stderr


def counts(db: Path) -> tuple[int, ...]:
    """Rows of every record table (deleted ones too) and of the places and history."""
    if not db.exists() or db.stat().st_size == 0:
        return (0, 0, 0, 0, 0)
    conn = sqlite3.connect(db)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] if t in names
                     else 0 for t in ("patrols", "incidents", "contacts", "visits",
                                      "history"))
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def snapshot(db: Path) -> bytes:
    # read-write, though it only reads: a read-only connection leaves -wal/-shm behind,
    # and they would let a later write through a read-only folder
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump()).encode()
    finally:
        conn.close()


def copy_journal(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    for side in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(dst) + side)
    shutil.copyfile(src, dst)
    return dst


# -- the material ----------------------------------------------------------------
@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A one-week journal to write into, a half-year unit journal to merge and its export
    to import (about 1,500 records: long enough to be killed in the middle)."""
    folder = tmp_path_factory.mktemp("faults")
    small, big = folder / "small.db", folder / "big.db"
    ok(small, "demo", "--weeks", "1", "--seed", "7")
    ok(big, "demo", "--weeks", "26", "--officers", "3")
    jsonl = folder / "big.jsonl"
    ok(big, "export", "-o", str(jsonl))
    return {"small": small, "big": big, "jsonl": jsonl, "folder": folder}


# -- kill -9 ---------------------------------------------------------------------
KILLS = {"import": 8, "merge": 8, "demo": 8, "add": 6}


def _command(name: str, material: dict[str, Path]) -> list[str]:
    return {"import": ["import", str(material["jsonl"])],
            "merge": ["merge", str(material["big"])],
            "demo": ["demo", "--weeks", "26", "--officers", "3", "--seed", "11"],
            "add": ["add", "incident", "--kind", "laka", "--location", "Jl. Cikini Raya",
                    "--description", "motor jatuh", "--injured", "1"]}[name]


def _wait_for_wal(proc: subprocess.Popen, wal: Path, size: int, limit: float) -> None:
    """Until the write-ahead log holds `size` bytes (demo's own migration writes a little
    first), the process ends, or `limit` seconds pass."""
    end = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < end:
        with contextlib.suppress(FileNotFoundError):
            if wal.stat().st_size >= size:
                return
        time.sleep(0.001)


@pytest.mark.parametrize("name", list(KILLS))
def test_kill_9_leaves_the_journal_sound_and_all_or_nothing(name: str, material, tmp_path
                                                            ) -> None:  # noqa: ANN001
    args = _command(name, material)

    def fresh() -> Path:
        db = tmp_path / "journal.db"
        if name == "demo":  # demo fills an empty journal: start with none
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(str(db) + suffix)
            return db
        return copy_journal(material["small"], db)

    # Once to the end: how long it takes here, and what "everything" is.
    db = fresh()
    before = counts(db)
    began = time.monotonic()
    ok(db, *args)
    took = time.monotonic() - began
    after = counts(db)
    assert after != before

    rng = random.Random(f"kill-{name}")
    outcomes: list[str] = []
    for n in range(KILLS[name]):
        db = fresh()
        wal = Path(str(db) + "-wal")
        proc = start(db, *args)
        if n % 2:  # at a random moment of the run
            time.sleep(rng.uniform(0.05, 1.1) * took)
        else:  # the moment its transaction reaches the file: the commit being written
            _wait_for_wal(proc, wal, 64 * 1024 if name == "demo" else 1, took * 3)
            time.sleep(rng.uniform(0, 0.01))
        writing = wal.exists() and wal.stat().st_size > 0  # killed with a write under way
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        got = counts(db)
        state = "nothing" if got == before else "all" if got == after else "PART"
        outcomes.append(state + (" (mid-write)" if writing else ""))
        assert state != "PART", f"kill -9 of {name} left {got}, neither {before} nor {after}"
        if db.exists() and db.stat().st_size:
            assert integrity(db) == "ok"
        ok(db, "info")  # usable at once, nothing to clean up by hand
        if state == "nothing" and not any(o.startswith("nothing") for o in outcomes[:-1]):  # it simply runs again
            ok(db, *args)
            assert counts(db) == after
    print(f"kill -9 of {name}: {outcomes}")


# -- two writers -----------------------------------------------------------------
def test_two_processes_writing_at_once_both_succeed(material, tmp_path: Path) -> None:  # noqa: ANN001
    db = copy_journal(material["small"], tmp_path / "journal.db")
    # two signed files: the patrols, and the incidents and contacts (two exports one after
    # the other in one file)
    halves = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    parts = {}
    for what in ("patrols", "incidents", "contacts"):
        ok(material["big"], "export", what, "-o", str(tmp_path / f"{what}.jsonl"))
        parts[what] = (tmp_path / f"{what}.jsonl").read_text(encoding="utf-8")
    halves[0].write_text(parts["patrols"], encoding="utf-8")
    halves[1].write_text(parts["incidents"] + parts["contacts"], encoding="utf-8")
    lines = exported("".join(parts.values()))
    before = counts(db)
    procs = [start(db, "import", str(half)) for half in halves]
    procs += [start(db, "add", "incident", "--kind", "laka", "--location", f"Jl. {n}",
                    "--at", f"hari ini 1{n}:{17 + n}")  # distinct: duplicates are refused
              for n in range(4)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    got = counts(db)
    assert sum(got[:3]) == sum(before[:3]) + len(lines) + 4
    assert integrity(db) == "ok"


# -- a full disk -------------------------------------------------------------------
@contextlib.contextmanager
def small_filesystem(where: Path, size: str = "512k") -> Iterator[Path]:
    where.mkdir()
    if not ROOT or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                          str(where)], capture_output=True, text=True)
    if res.returncode:
        pytest.skip(f"this machine does not let us mount a tmpfs: {res.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the filesystem to the last byte; return the filler (delete it to free space)."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * size)
    return filler


def test_a_full_disk_says_so_in_one_line_and_changes_nothing(material, tmp_path: Path
                                                             ) -> None:  # noqa: ANN001
    with small_filesystem(tmp_path / "small") as mnt:
        db = copy_journal(material["small"], mnt / "journal.db")
        ok(db, "info")
        before = snapshot(db)
        filler = fill(mnt)
        lines = []
        for args in (["add", "incident", "--kind", "laka", "--location", "Jl. " + "x" * 5000,
                      "--description", "y" * 20000],
                     ["import", str(material["jsonl"])]):
            lines.append(one_line(run(db, *args), 3))
        filler.unlink()
        assert snapshot(db) == before
        assert integrity(db) == "ok"
        # the cause named in the officer's words, not SQLite's English (which says "disk
        # I/O error" or "database or disk is full", depending on where the write failed)
        assert all("full" in line for line in lines), lines
        assert not any("disk I/O" in line or "database or disk" in line for line in lines), \
            lines


def test_a_full_disk_keeps_the_journal_unchanged(material, tmp_path: Path) -> None:  # noqa: ANN001
    """What holds today, whatever the words: no exit 70, nothing written, sound afterwards."""
    with small_filesystem(tmp_path / "small") as mnt:
        db = copy_journal(material["small"], mnt / "journal.db")
        ok(db, "info")
        before = snapshot(db)
        filler = fill(mnt)
        for args in (["add", "incident", "--kind", "laka", "--location", "x" * 5000,
                      "--description", "y" * 20000],
                     ["import", str(material["jsonl"])]):
            res = run(db, *args)
            assert res.returncode in (2, 3), res.stderr
            assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
        filler.unlink()
        assert snapshot(db) == before
        assert integrity(db) == "ok"
        ok(db, "add", "incident", "--kind", "laka", "--location", "x")  # space again: writes


# -- ulimit -f -----------------------------------------------------------------------
def _small_files() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.parametrize("args", [["export", "-o"], ["export", "--format", "csv", "-o"]],
                         ids=["jsonl", "csv"])
def test_an_export_cut_short_by_ulimit_leaves_no_partial_file(material, tmp_path: Path,
                                                              args: list[str]) -> None:  # noqa: ANN001
    out = tmp_path / "out" / "export.txt"
    out.parent.mkdir()
    res = run(material["big"], *args, str(out), preexec_fn=_small_files)
    one_line(res, res.returncode if res.returncode in (2, 3) else -1)
    assert os.listdir(out.parent) == []  # neither the file nor a temporary one


def test_a_report_cut_short_by_ulimit_keeps_the_old_file(material, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "laporan.html"
    out.write_text("old", encoding="utf-8")
    res = run(material["big"], "report", "--from", "01/06/2026", "--to", "30/11/2026",
              "--format", "html", "-o", str(out),
              preexec_fn=lambda: (signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
                                  resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))))
    assert res.returncode in (2, 3), res.stderr
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["laporan.html"]


# -- read-only files and folders -----------------------------------------------------
@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make `path` unwritable even for root; yield how. `chattr +i` where the filesystem
    has it; chmod when not root; else skip."""
    if not ROOT:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield "chmod"
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root, and this filesystem has no chattr +i: "
                    "nothing makes a file read-only for root here")
    try:
        yield "chattr +i"
    finally:
        subprocess.run([chattr, "-i", str(path)], capture_output=True)


def test_a_read_only_journal_reads_refuses_writes_and_recovers(material, tmp_path: Path
                                                               ) -> None:  # noqa: ANN001
    db = copy_journal(material["small"], tmp_path / "j" / "journal.db")
    before = snapshot(db)
    with read_only(db):
        ok(db, "list", "--limit", "3")
        ok(db, "report", "--format", "json")
        one_line(run(db, "add", "incident", "--kind", "laka", "--location", "x"), 3)
        one_line(run(db, "config", "set", "officer", "Bripka Ani"), 3)
    assert snapshot(db) == before
    # nothing left behind blocks the next write (no 0400 -wal/-shm)
    ok(db, "add", "incident", "--kind", "laka", "--location", "x")


def test_a_journal_in_a_read_only_folder_can_be_read(material, tmp_path: Path) -> None:  # noqa: ANN001
    db = copy_journal(material["small"], tmp_path / "j" / "journal.db")
    with read_only(db.parent):
        ok(db, "list", "--limit", "3")


def test_a_journal_in_a_read_only_folder_refuses_writes(material, tmp_path: Path) -> None:  # noqa: ANN001
    db = copy_journal(material["small"], tmp_path / "j" / "journal.db")
    before = snapshot(db)
    with read_only(db.parent):
        one_line(run(db, "add", "incident", "--kind", "laka", "--location", "x"), 3)
    assert snapshot(db) == before
    ok(db, "add", "incident", "--kind", "laka", "--location", "x")


def test_a_read_only_mount_refuses_writes_in_one_line(material, tmp_path: Path) -> None:  # noqa: ANN001
    with small_filesystem(tmp_path / "ro", size="4m") as mnt:
        db = copy_journal(material["small"], mnt / "journal.db")
        ok(db, "info")
        before = snapshot(db)
        res = subprocess.run(["mount", "-o", "remount,ro", str(mnt)], capture_output=True,
                             text=True)
        if res.returncode:
            pytest.skip(f"cannot remount read-only here: {res.stderr.strip()}")
        one_line(run(db, "add", "incident", "--kind", "laka", "--location", "x"), 3)
        one_line(run(db, "import", str(material["jsonl"])), 3)
        subprocess.run(["mount", "-o", "remount,rw", str(mnt)], check=True)
        assert snapshot(db) == before
