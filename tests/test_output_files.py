"""Output files (`export -o`, `report --output`) and migration backups: whole or nothing,
0600 from the first byte, never written over the journal or through an existing file."""

from __future__ import annotations

import os
import resource
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PATROLOG, cli_env, file_digest
from patrolog.journal import migrations
from patrolog.core.i18n import t



@pytest.fixture
def filled(journal):
    journal.ok("config", "set", "officer", "Aiptu Tafsipul")
    journal.add("contact", "--role", "warga", "--name", "Pak Rahmat", "--at", "-1h")
    journal.add("incident", "--kind", "laka", "--at", "-2h")
    return journal


def _one_line(res, exit_code: int = 2) -> None:
    assert res.exit_code == exit_code, (res.exit_code, res.stdout, res.stderr)
    assert res.stderr.startswith("patrolog: ") and res.stderr.count("\n") == 1, res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("command", [("export", "-o"), ("report", "--output")])
@pytest.mark.parametrize("which", ["itself", "symlink", "hardlink", "wal", "shm", "backup",
                                   "mark"])
def test_output_onto_the_journal_is_refused(filled, tmp_path, command, which):
    j = filled
    j.ok("list")  # leaves the journal closed and checkpointed
    target = {"itself": j.path, "symlink": tmp_path / "link.db", "hardlink": tmp_path / "hard.db",
              "wal": Path(str(j.path) + "-wal"), "shm": Path(str(j.path) + "-shm"),
              "backup": j.path.with_name(j.path.name + ".v2-20261101-080000.bak"),
              "mark": j.path.with_name(j.path.name + ".damaged")}[which]
    if which == "symlink":
        target.symlink_to(j.path)
    elif which == "hardlink":
        os.link(j.path, target)
    before = file_digest(j.path)
    res = j.run(*command, str(target))
    _one_line(res)
    assert res.stderr == "patrolog: " + t("err.output_is_journal", lang="en",
                                          path=str(target)) + "\n"
    assert file_digest(j.path) == before
    assert len(j.ok("list", "--json").json()) == 2


@pytest.mark.parametrize("command", [("export", "-o"), ("report", "--output")])
def test_output_to_a_folder_or_a_missing_folder_is_refused(filled, tmp_path, command):
    j = filled
    res = j.run(*command, str(tmp_path))
    _one_line(res)
    assert "is a folder" in res.stderr
    res = j.run("--lang", "id", *command, str(tmp_path / "missing" / "x.txt"))
    _one_line(res)
    assert "folder" in res.stderr and "tidak ada" in res.stderr
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", [("export", "-o"), ("report", "--output")])
def test_existing_output_is_replaced_0600_not_written_through(filled, tmp_path, command):
    j = filled
    target = tmp_path / "out.txt"
    target.write_text("old content that is longer than nothing\n" * 50)
    target.chmod(0o644)
    other_name = tmp_path / "same-inode.txt"
    os.link(target, other_name)  # written through, the other name would change too
    res = j.ok(*command, str(target))
    assert res.stderr == ""  # success is silent off a terminal: cron mails only news
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "old content" not in target.read_text()
    assert other_name.read_text().startswith("old content")
    assert sorted(os.listdir(tmp_path)) == sorted(["journal.db", "out.txt", "same-inode.txt"] +
                                                  [n for n in os.listdir(tmp_path)
                                                   if n.startswith("journal.db-")
                                                   or n.startswith("xdg")])


def test_output_through_a_symlink_keeps_the_link(filled, tmp_path):
    j = filled
    real = tmp_path / "real.jsonl"
    real.write_text("x")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    j.ok("export", "-o", str(link))
    assert link.is_symlink() and '"uid"' in real.read_text()
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_full_disk_on_output_says_so(filled):
    """/dev/full answers every write with ENOSPC, as a full disk does."""
    res = filled.run("export", "-o", "/dev/full")
    _one_line(res)
    assert "disk is full" in res.stderr
    res = filled.run("--lang", "id", "report", "--output", "/dev/full")
    _one_line(res)
    assert "disk penuh" in res.stderr


def _limited(limit: int):  # noqa: ANN202
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_export_past_ulimit_leaves_nothing_behind(tmp_path):
    """`ulimit -f`: the export grows past the limit; the old file stays, no partial file."""
    db = tmp_path / "j.db"
    env = cli_env(PATROLOG_DB=str(db), LANG="C.UTF-8")
    subprocess.run([*PATROLOG, "demo"], env=env, check=True,
                   capture_output=True)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "all.jsonl"
    target.write_text("previous export\n")
    res = subprocess.run([*PATROLOG, "export", "-o", str(target)], env=env,
                         capture_output=True, text=True, preexec_fn=_limited(40_000))
    assert res.returncode == 2, res
    assert res.stderr.startswith("patrolog: ") and "ulimit" in res.stderr, res.stderr
    assert res.stderr.count("\n") == 1
    assert os.listdir(out_dir) == ["all.jsonl"]
    assert target.read_text() == "previous export\n"


def _add_migration(monkeypatch, migration) -> None:  # noqa: ANN001
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)


def test_migration_backup_is_0600_and_one_per_version(journal, monkeypatch):
    journal.add("patrol", "--start", "-3h", "--end", "now")
    journal.path.chmod(0o644)  # even when the journal itself was loosened by hand
    monkeypatch.setattr(os, "umask", os.umask)
    old_umask = os.umask(0o022)
    created: list[int] = []
    real_connect = sqlite3.connect

    def spy(target, *a, **kw):  # noqa: ANN001, ANN002, ANN003
        # the backup's first byte is written by SQLite into a file that must already be 0600
        if str(target).endswith(".tmp") and os.path.exists(target):
            created.append(stat.S_IMODE(os.stat(target).st_mode))
        return real_connect(target, *a, **kw)

    def m_broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE patrols ADD COLUMN weather TEXT")
        raise sqlite3.OperationalError("simulated failure half-way")

    try:
        _add_migration(monkeypatch, m_broken)
        monkeypatch.setattr(sqlite3, "connect", spy)
        for _ in range(3):
            assert journal.run("add", "incident", "--kind", "laka").exit_code == 3
    finally:
        os.umask(old_umask)
    backups = list(journal.path.parent.glob("journal.db.v*.bak"))
    assert len(backups) == 1, backups  # not one full copy per attempt
    assert created == [0o600]
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    assert not list(journal.path.parent.glob(".journal.db*"))


def test_a_changed_journal_gets_a_new_backup(journal, monkeypatch):
    """One per version *and content*: a journal written to after a failed attempt is copied
    again, so the backup always holds the latest records."""
    journal.add("patrol", "--start", "-3h", "--end", "now")

    def m_broken(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("simulated failure")

    with monkeypatch.context() as mp:
        _add_migration(mp, m_broken)
        assert journal.run("add", "incident", "--kind", "laka").exit_code == 3
    journal.add("incident", "--kind", "fire")  # the older patrolog keeps writing
    with monkeypatch.context() as mp:
        _add_migration(mp, m_broken)
        assert journal.run("add", "incident", "--kind", "laka").exit_code == 3
    backups = sorted(journal.path.parent.glob("journal.db.v*.bak"))
    assert len(backups) >= 1
    newest = max(backups, key=lambda p: p.stat().st_mtime)
    conn = sqlite3.connect(newest)
    assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1
    conn.close()


# -- what a killed writer left behind ------------------------------------------------------
_KILLED_MID_WRITE = """
import os, signal, sys
from patrolog.core.output import output_file
with output_file(sys.argv[1]) as fh:
    fh.write("half an export\\n")
    fh.flush()
    print("writing", flush=True)
    if sys.argv[2] == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.read()  # a live writer: waits until told
"""


def _writer(target: Path, how: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_MID_WRITE, str(target), how],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline() == "writing\n"
    return proc


def _temporaries(folder: Path, target: str) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.startswith(f".{target}.")
                  and n.endswith(".tmp"))


@pytest.mark.parametrize("command", [("export", "-o"), ("report", "--output")])
def test_a_write_killed_with_sigkill_is_cleaned_up_by_the_next(filled, tmp_path, command):
    j = filled
    out = tmp_path / "out"
    out.mkdir()
    target = out / "laporan.txt"
    killed = _writer(target, "kill")
    assert killed.wait() == -9
    left, = _temporaries(out, "laporan.txt")  # what kill -9 leaves: hidden, 0600, half-written
    assert stat.S_IMODE((out / left).stat().st_mode) == 0o600
    assert not target.exists()
    j.ok(*command, str(target))
    assert sorted(os.listdir(out)) == ["laporan.txt"]


def test_only_a_dead_or_long_silent_writers_file_of_that_target_is_removed(filled, tmp_path):
    j = filled
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.jsonl"
    live = _writer(target, "live")            # a cron export of the same file, still running
    live_tmp, = _temporaries(out, "all.jsonl")
    hour_ago = time.time() - 3600
    dead_pid = _writer(target, "kill")
    dead_pid.wait()
    old_style = out / ".all.jsonl.ab12cd34.tmp"    # an older patrolog's name, no pid in it
    old_style.write_text("x")
    os.utime(old_style, (hour_ago, hour_ago))
    fresh_old_style = out / ".all.jsonl.zz99yy88.tmp"
    fresh_old_style.write_text("x")                # maybe being written now: kept
    keep = {
        ".other.jsonl.1.ab12cd34.tmp": "another target's",
        ".all.jsonl.notes": "not patrolog's name",
        ".all.jsonl.1.ab12cd34.tmp.bak": "not patrolog's name",
    }
    for name in keep:
        (out / name).write_text("someone's")
        os.utime(out / name, (hour_ago, hour_ago))
    link = out / ".all.jsonl.1.qq11ww22.tmp"
    link.symlink_to(out / ".all.jsonl.notes")
    os.utime(link, (hour_ago, hour_ago), follow_symlinks=False)
    try:
        j.ok("export", "-o", str(target))
        assert sorted(os.listdir(out)) == sorted(
            ["all.jsonl", live_tmp, fresh_old_style.name, link.name, *keep])
        assert '"uid"' in target.read_text()  # the export itself
    finally:
        live.stdin.close()
        live.wait()
    assert target.read_text() == "half an export\n"  # the live writer finished after it


def test_the_removal_is_one_target_at_a_time_in_its_own_folder(filled, tmp_path):
    j = filled
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = _writer(elsewhere / "a.jsonl", "kill")
    proc.wait()
    j.ok("export", "-o", str(tmp_path / "a.jsonl"))
    assert len(_temporaries(elsewhere, "a.jsonl")) == 1
