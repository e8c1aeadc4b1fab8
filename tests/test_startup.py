"""Start-up stays cheap: `add` and `--help` run on every TAB press and every shift.

`python -X importtime` adds up what each run imports. The machine is shared and noisy, so
the cap is a ratio against `import typer` measured in the same test, interleaved, best of
seven: patrolog's own start-up may cost at most a few times the CLI library it stands on.
docs/speed.md has the measured numbers.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CAP = 3.5  # measured 1.3-1.8x (quiet) to 3.1x (load 10) here; 2.4-2.9x before the layered packages


def _import_us(args: list[str]) -> int:
    err = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True,
                         text=True, cwd=REPO, timeout=60).stderr
    return sum(int(line.split("|")[0].split(":")[1]) for line in err.splitlines()
               if line.startswith("import time:") and "self [us]" not in line)


@pytest.mark.parametrize("args", [["add", "--help"], ["--help"], ["add", "patrol", "--help"]])
def test_start_up_import_time_is_capped(args: list[str]) -> None:
    base, ours = [], []
    for _ in range(7):
        base.append(_import_us(["-c", "import typer"]))
        ours.append(_import_us(["-m", "patrolog", *args]))
    ratio = min(ours) / min(base)
    assert ratio <= CAP, f"patrolog {' '.join(args)} imports in {ratio:.2f}x `import typer`"


# Lazy on purpose: console.py pauses the garbage collector before anything is imported.
# The command modules and renderers are registries loaded by name (importlib), not imports.
LAZY_ALLOWED = {"patrolog/console.py",
                # the guided conversation, loaded only when `add` holds it
                "patrolog/cli/commands_records.py"}


def test_project_modules_are_imported_at_the_top() -> None:
    """Only heavy third-party modules are imported inside functions; a project module
    imported there is habit, or a cycle hidden from the layers contract."""
    found = []
    for path in sorted((REPO / "patrolog").rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        if rel in LAZY_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith(
                            "patrolog"):
                        found.append(f"{rel}:{inner.lineno} {inner.module}")
    assert not found, "\n".join(found)
