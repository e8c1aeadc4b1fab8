"""The layers of docs/architecture.md hold: each package imports only those below it.

The contract lives in pyproject.toml ([tool.importlinter]); import-linter reads every
import, function-level ones too, so a cycle cannot hide in a function body.
"""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "patrolog"


def test_layers_contract_is_kept(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    assert lint_imports(config_filename=str(REPO / "pyproject.toml")) == 0


def test_every_module_sits_in_a_layer() -> None:
    """A module dropped at the top of the package would escape the contract."""
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "console.py"]
