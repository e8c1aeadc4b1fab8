"""Issue 8 point 5: a package the code never imports is not declared (docs/decisions.md#dependencies: sqlite-utils and
python-dateutil each earn their place or go)."""

from __future__ import annotations

import re
import tomllib

from conftest import REPO

# distribution name -> the module the code imports
MODULES = {"python-dateutil": "dateutil", "sqlite-utils": "sqlite_utils", "pillow": "PIL"}


def _declared() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].strip().lower()
            for d in project["dependencies"]]


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "patrolog").rglob("*.py"))


def test_every_declared_dependency_is_imported():
    code = _sources()
    for dist in _declared():
        module = MODULES.get(dist, dist.replace("-", "_"))
        pattern = rf"^\s*(from|import)\s+{re.escape(module)}\b"
        assert re.search(pattern, code, flags=re.M), f"{dist} is declared but never imported"


def test_sqlite_utils_is_not_declared_while_nothing_imports_it():
    imported = re.search(r"^\s*(from|import)\s+sqlite_utils\b", _sources(), flags=re.M)
    assert ("sqlite-utils" in _declared()) == bool(imported)
