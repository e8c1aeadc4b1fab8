"""The layers of docs/architecture.md hold: each package imports only those below it.

The contract lives in pyproject.toml ([tool.importlinter]); import-linter reads every
import, function-level ones too, so a cycle cannot hide in a function body.
"""

from __future__ import annotations

import ast
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


def test_private_names_stay_in_their_module() -> None:
    """A `_name` is free to change; what another module uses is public, without the `_`."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("patrolog"):
                found += [f"{path.relative_to(REPO)}:{node.lineno} {node.module}.{a.name}"
                          for a in node.names if a.name.startswith("_")
                          and not a.name.startswith("__")]
        found += _private_attributes(path)
    assert not found, "\n".join(found)


def _private_attributes(path: Path) -> list[str]:
    """`module._name` where `module` is a patrolog module this file imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("patrolog"):
            for a in node.names:
                if (PACKAGE.parent / (node.module + "." + a.name).replace(".", "/")).with_suffix(
                        ".py").exists():
                    modules.add(a.asname or a.name)
    def root(node: ast.expr) -> str | None:  # `apply` of apply.Applier._insert
        while isinstance(node, ast.Attribute):
            node = node.value
        return node.id if isinstance(node, ast.Name) else None

    return [f"{path.relative_to(REPO)}:{node.lineno} {ast.unparse(node)}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and root(node.value) in modules
            and node.attr.startswith("_") and not node.attr.startswith("__")]
