"""Faults that used to mislead (issue 8): a full disk, a closed pipe, stored escape
sequences, cron's stderr, a mistyped PATROLOG_DB for `due`."""

from __future__ import annotations

import os
import shlex
import subprocess
import uuid
from pathlib import Path

import pytest

from conftest import PATROLOG, cli_env
EVIL = "Pak \x1b[2J\x1b[31mJoko\x07\u202e"


def _env(db: Path, **extra: str) -> dict[str, str]:
    return cli_env(PATROLOG_DB=str(db), LANG="C.UTF-8", **extra)


# -- a pipe closed early -----------------------------------------------------------------
@pytest.mark.parametrize("args", [("list",), ("list", "--json"), ("export",), ("report",),
                                  ("search", "pasar")])
def test_closed_pipe_ends_quietly_with_0(tmp_path, args):
    """`patrolog list | head`: the reader goes away; exit 0 and nothing on stderr."""
    db = tmp_path / "j.db"
    subprocess.run([*PATROLOG, "demo"], env=_env(db), check=True, capture_output=True)
    proc = subprocess.Popen([*PATROLOG, *args], env=_env(db), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0, err
    assert err == b""


def test_head_through_a_shell_pipe(tmp_path):
    db = tmp_path / "j.db"
    subprocess.run([*PATROLOG, "demo"], env=_env(db), check=True, capture_output=True)
    res = subprocess.run(["bash", "-c", f"{shlex.join(PATROLOG)} list | head -1; "
                          "echo \"codes ${PIPESTATUS[*]}\""],
                         env=_env(db), capture_output=True, text=True, timeout=60)
    assert res.stdout.splitlines()[-1] == "codes 0 0", res
    assert res.stderr == ""


# -- stored text never drives the terminal -----------------------------------------------
@pytest.fixture
def evil(journal):
    journal.add("contact", "--role", "warga", "--name", EVIL, "--concern", "lampu\rmati",
                "--follow-up", "cek \x1b]0;owned\x07", "--due", "+1d", "--at", "-1h")
    journal.add("incident", "--kind", "laka", "--location", EVIL, "--at", "-2h")
    return journal


@pytest.mark.parametrize("args", [("list",), ("show", "C1"), ("show", "I1"), ("followups",),
                                  ("search", "lampu"), ("report",), ("report", "-f", "text"),
                                  ("report", "-f", "markdown"), ("due",)])
def test_control_characters_in_records_are_shown_escaped(evil, args):
    res = evil.run(*args)
    assert res.exit_code in (0, 1), res.stderr
    out = res.stdout
    for bad in ("\x1b", "\x07", "\r", "\u202e"):
        assert bad not in out, (args, repr(out))
    if args[0] in ("list", "show", "followups"):
        assert "\\x1b[2J" in out


def test_control_characters_stay_in_json_as_json_escapes(evil):
    """JSON carries the text exactly (escaped the JSON way) for scripts."""
    rec = evil.ok("show", "C1", "--json").json()
    assert rec["name"] == EVIL
    assert "\x1b" not in evil.ok("show", "C1", "--json").stdout


def test_control_characters_in_an_error_line(journal):
    res = journal.run("show", "\x1b[2J")
    assert res.exit_code == 2 and "\x1b" not in res.stderr and "\\x1b[2J" in res.stderr


# -- cron: success is silent, a missing journal is loud ------------------------------------
def test_cron_report_output_prints_nothing(tmp_path):
    db = tmp_path / "j.db"
    subprocess.run([*PATROLOG, "demo"], env=_env(db), check=True, capture_output=True)
    res = subprocess.run([*PATROLOG, "report", "--week", "last", "--format", "text",
                          "--output", str(tmp_path / "r.txt")], env=_env(db),
                         capture_output=True, text=True)
    assert (res.returncode, res.stdout, res.stderr) == (0, "", "")
    res = subprocess.run([*PATROLOG, "export", "-o", str(tmp_path / "e.jsonl")],
                         env=_env(db), capture_output=True, text=True)
    assert (res.returncode, res.stdout, res.stderr) == (0, "", "")


def test_due_with_a_mistyped_patrolog_db(tmp_path):
    db = tmp_path / "j.db"
    subprocess.run([*PATROLOG, "add", "patrol", "--start", "-3h", "--end", "now"],
                   env=_env(db), check=True, capture_output=True)
    res = subprocess.run([*PATROLOG, "due"], env=_env(tmp_path / "jj.db", PATROLOG_LANG="id"),
                         capture_output=True, text=True)
    assert res.returncode == 3 and res.stdout == ""
    assert res.stderr == f"patrolog: tidak ada jurnal di {tmp_path / 'jj.db'}; periksa --db " \
                         "atau PATROLOG_DB\n"
    assert not (tmp_path / "jj.db").exists()


# -- a full disk ---------------------------------------------------------------------------
@pytest.fixture
def small_disk():  # noqa: ANN201
    """A 2 MiB tmpfs, where the machine allows mounting one (root in a container often does)."""
    if os.getuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mnt = Path("/tmp") / f"patrolog-full-{uuid.uuid4().hex[:8]}"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)],
                         capture_output=True)
    if res.returncode != 0:
        mnt.rmdir()
        pytest.skip("cannot mount a small filesystem here: " + res.stderr.decode().strip())
    yield mnt
    subprocess.run(["umount", str(mnt)], check=False)
    mnt.rmdir()


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass


def _one_incident_on_a_full_disk(folder: Path) -> dict[str, str]:
    """A journal holding incident I1, then the disk it is on filled up; its environment."""
    env = _env(folder / "j.db")
    subprocess.run([*PATROLOG, "add", "incident", "--kind", "laka"], env=env, check=True,
                   capture_output=True)
    _fill(folder)
    return env


def test_full_disk_during_a_write_says_the_disk_is_full(small_disk):
    env = _one_incident_on_a_full_disk(small_disk)
    big = "x" * 60_000
    for lang, words in (("en", "disk"), ("id", "disk")):
        res = subprocess.run([*PATROLOG, "--lang", lang, "add", "incident", "--kind", "fire",
                              "--description", big], env=env, capture_output=True, text=True)
        assert res.returncode == 3, res
        assert res.stderr.count("\n") == 1, res.stderr
        assert "cannot rollback" not in res.stderr and "Traceback" not in res.stderr
        assert ("full" if lang == "en" else "penuh") in res.stderr, res.stderr
    (small_disk / "filler").unlink()
    res = subprocess.run([*PATROLOG, "list", "--json"], env=env, capture_output=True,
                         text=True)
    assert res.returncode == 0 and '"I1"' in res.stdout and "fire" not in res.stdout


def test_reads_on_a_full_disk_work_or_say_so(small_disk):
    env = _one_incident_on_a_full_disk(small_disk)
    for args in (("list", "--json"), ("report", "--json"), ("info",), ("search", "laka")):
        # the -shm a reader needs cannot be made: with no -wal the file holds every record
        res = subprocess.run([*PATROLOG, *args], env=env, capture_output=True, text=True)
        assert res.returncode == 0 and res.stderr == "", res
        if args == ("list", "--json"):
            assert '"I1"' in res.stdout
