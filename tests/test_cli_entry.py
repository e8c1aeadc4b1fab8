"""The `patrolog` command and `python -m patrolog`, as a shell or cron sees them; and the
suite's own promise that every process it starts runs the code in front of it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import patrolog
from conftest import PATROLOG, REPO, cli_env
from patrolog import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*PATROLOG, *args], capture_output=True, text=True,
                          env=cli_env(**(env or {})), timeout=60, stdin=subprocess.DEVNULL)


def test_version_and_module_entry(tmp_path):
    assert run("--version").stdout.strip() == f"patrolog {__version__}"
    res = run("--help")
    assert res.returncode == 0 and "Usage: patrolog" in res.stdout
    # the installed script runs what `python -m patrolog` runs
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"patrolog": "patrolog.console:main"}
    assert "from patrolog.console import main" in (REPO / "patrolog" / "__main__.py").read_text()


def test_the_suite_runs_the_working_tree(tmp_path):
    """In-process and in every `PATROLOG` process, `patrolog` is this checkout's, whatever is
    installed and wherever the test runs: an edit is tested at once, never a stale copy."""
    assert Path(patrolog.__file__).resolve() == REPO / "patrolog" / "__init__.py"
    # a sitecustomize the started Python loads first reports where patrolog came from
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import atexit, sys\n"
        "atexit.register(lambda: print('FROM', getattr(sys.modules.get('patrolog'), "
        "'__file__', None), file=sys.stderr))\n")
    for env in (cli_env(PYTHONPATH=str(hook)),
                cli_env({"PATH": os.environ["PATH"], "PYTHONPATH": str(hook)})):
        res = subprocess.run([*PATROLOG, "--version"], capture_output=True, text=True, env=env,
                             cwd=tmp_path, timeout=60)
        assert res.returncode == 0, res.stderr
        found = re.search(r"^FROM (.*)$", res.stderr, flags=re.M)
        assert found and Path(found.group(1)).resolve() == REPO / "patrolog" / "__init__.py", \
            res.stderr
    # and this process hands the checkout on to the processes tests start themselves
    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(REPO)


def test_no_test_runs_an_installed_patrolog():
    """Tests start the command through conftest's `PATROLOG`: an installed `patrolog` script
    (beside the interpreter or on PATH) may be another version than the checkout."""
    installed = re.compile(r"""which\(\s*["']patrolog|(parent|with_name\().{0,4}["']patrolog["']"""
                           r"""|(run|Popen|spawn|check_output)\(\s*\[?\s*["']patrolog["']""")
    offenders = [f"{path.name}:{n}" for path in sorted((REPO / "tests").glob("*.py"))
                 for n, line in enumerate(path.read_text().splitlines(), 1)
                 if installed.search(line)]
    assert offenders == []


def test_script_round_trip_with_exit_codes(tmp_path):
    db = str(tmp_path / "j.db")
    assert run("--db", db, "add", "patrol", "--start", "-3h", "--end", "now").stdout == "P1\n"
    bad = run("--db", db, "add", "incident", "--kind", "alien")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    listed = run("--db", db, "list", env={"NO_COLOR": "1"})
    assert listed.returncode == 0 and "\x1b[" not in listed.stdout and "P1" in listed.stdout


def test_guided_add_refuses_without_a_terminal(tmp_path):
    res = run("--db", str(tmp_path / "j.db"), "add")
    assert res.returncode == 2
    assert "add patrol" in res.stderr and res.stderr.count("\n") == 1
    assert not (tmp_path / "j.db").exists()


def test_no_arguments_shows_help():
    res = run()
    assert res.returncode == 0 and "Commands:" in res.stdout
    section = res.stdout.split("Commands:")[1].split("\n\n")[0]  # the examples follow
    # a long line of help wraps onto lines indented further than the names
    listed = [line.split()[0] for line in section.splitlines()
              if line.startswith("  ") and not line.startswith("   ")]
    assert listed[:3] == ["add", "list", "show"]
    assert {"report", "due", "followups", "demo", "export", "config"} <= set(listed)


def test_each_command_runs_when_built_alone(tmp_path):
    """A run builds only the invoked command's module: each must stand on its own."""
    db = str(tmp_path / "j.db")
    for args in (["report", "--format", "json"], ["due", "--json"], ["followups"],
                 ["config", "list"], ["export"], ["info"], ["search", "x"]):
        res = run("--db", db, *args)
        # `due` on a journal that does not exist is exit 3 (docs/commands.md#exit-codes-and-errors)
        assert res.returncode in ((3,) if args[0] == "due" else (0, 1)), (args, res.stderr)
        assert "Traceback" not in res.stderr


def test_tab_completion_offers_commands_and_codes():
    def complete(words: str) -> list[str]:
        env = {"_PATROLOG_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
        return run(env=env).stdout.splitlines()

    assert complete("patrolog li") == ["list"]
    # labels in the user's language (LANG=C here: English), spaces escaped for bash
    assert complete("patrolog add incident --kind tr") == ["traffic\\ accident"]
    assert complete("patrolog add contact --role rt") == ["rt/RW\\ head"]


def test_group_help_lists_its_subcommands_when_built_alone():
    out = run("add", "--help").stdout
    assert all(word in out for word in ("patrol", "incident", "contact"))
    out = run("--lang", "id", "config", "set", "--help").stdout
    assert out.startswith("Penggunaan: patrolog config set")


def test_console_script_runs_the_command_with_the_collector_on(tmp_path):
    """patrolog.console pauses the cyclic GC for start-up only: the command itself (a
    guided `add`, a long `demo`) must run with it switched back on."""
    code = (
        "import gc, sys\n"
        "import patrolog.journal.profile as profile\n"
        "seen = []\n"
        "original = profile.info\n"
        "def info(store):\n"
        "    seen.append(gc.isenabled())\n"
        "    return original(store)\n"
        "profile.info = info\n"
        f"sys.argv = ['patrolog', '--db', {str(tmp_path / 'j.db')!r}, 'info', '--json']\n"
        "from patrolog.console import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "print('RESULT', code, seen, gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert "RESULT 0 [True] True" in res.stderr, res.stderr


# Heavy or needless at start-up: each costs milliseconds on every run (see docs/speed.md).
NOT_AT_START = ("rich", "sqlite_utils", "dateutil", "pydantic", "json", "zoneinfo",
                "dataclasses", "patrolog.render", "patrolog.digest.compute", "patrolog.demo",
                "patrolog.messages.report", "patrolog.messages.demo")


def _loaded_after(args: list[str], tmp_path) -> set[str]:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print('MODULES', ' '.join(sorted(sys.modules)), "
        "file=sys.stderr))\n"
        f"sys.argv = ['patrolog', '--db', {str(tmp_path / 'j.db')!r}, *{args!r}]\n"
        "from patrolog.console import main\n"
        "main()\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "TZ": "Asia/Jakarta"})
    line = next(l for l in res.stderr.splitlines() if l.startswith("MODULES "))
    return set(line.split()[1:])


def test_short_commands_import_nothing_heavy(tmp_path):
    """A regression guard for start-up time: `add` and `--help` stay on typer, sqlite3 and
    our small modules (the benchmark measures the time; this says what went wrong)."""
    for args in (["add", "incident", "--kind", "laka"], ["--help"], ["add", "patrol", "--help"]):
        loaded = _loaded_after(args, tmp_path)
        heavy = sorted(m for m in loaded if m.split(".")[0] in NOT_AT_START
                       or any(m == h or m.startswith(h + ".") for h in NOT_AT_START))
        assert not heavy, (args, heavy)
        areas = sorted(m for m in loaded if m.startswith("patrolog.messages.")
                       and m not in ("patrolog.messages.core", "patrolog.messages.examples"))
        assert not areas, (args, areas)  # a key they need is outside core: every area loads
