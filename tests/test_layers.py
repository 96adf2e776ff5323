"""The layering promise: nothing outside opn_desk/gui imports PySide6, and domain imports nothing of ours.

The import contracts (pyproject.toml [tool.importlinter], run by `lint-imports` in .ci/run) say most of it
statically; these tests add what a static reading cannot: every module really imports with PySide6 absent."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import opn_desk

PACKAGE = Path(opn_desk.__file__).parent


def test_every_module_outside_gui_imports_without_pyside6():
    # A fresh interpreter where importing PySide6 fails, then import every non-GUI module.
    script = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked outside opn_desk.gui")
sys.meta_path.insert(0, Block())
import opn_desk
names = [m.name for m in pkgutil.walk_packages(opn_desk.__path__, "opn_desk.")
         if not m.name.startswith("opn_desk.gui") and ".migrations" not in m.name
         and m.name != "opn_desk.__main__"]
for name in names:
    importlib.import_module(name)
print(len(names))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_import_contracts_hold():
    """domain imports nothing of ours; only gui imports PySide6; the window's areas are independent and
    layered; no cycles; no new database import in gui (the contracts themselves are in pyproject.toml)."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, timeout=300, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_services_and_db_never_import_the_gui():
    for sub in ("db", "services", "io", "reports"):
        for path in (PACKAGE / sub).rglob("*.py"):
            assert not {m for m in _imports(path) if m.startswith("opn_desk.gui")}, path


def test_all_modules_importable():
    for module in pkgutil.walk_packages(opn_desk.__path__, "opn_desk."):
        if module.name.startswith("opn_desk.db.migrations") or module.name == "opn_desk.__main__":
            continue
        importlib.import_module(module.name)
