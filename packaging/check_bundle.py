"""Check a built one-folder bundle: what it must hold, what it must leave out, and its size budget.

    python packaging/check_bundle.py dist/opn-desk [--budget-mb N]

Prints the folder's size and exits 1, naming what is wrong, when a required file is missing, a left-out
part is there, or the folder is over its budget. The budget is for the Linux bundle (.ci/run builds
it); Windows and macOS folders differ in size, so there it is reported only unless --budget-mb is
given. Raise the budget on purpose, in the commit that needs it, saying why.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The Linux bundle measured 313 MB (1 MB = 1,000,000 bytes; PyInstaller 6.22, PySide6 6.11, Python 3.11,
# 2026-12-03): the budget leaves a little room. Most of it is Qt (97 MB) and NumPy with its OpenBLAS (42 MB).
LINUX_BUDGET_MB = 325

# Inside _internal/: what the frozen app reads as files (not imported), so no import scan finds it.
REQUIRED = (
    "opn_desk/db/migrations/env.py",
    "opn_desk/db/migrations/script.py.mako",
    "opn_desk/db/migrations/versions/0001_initial_schema.py",
    "opn_desk/resources/fonts/DejaVuSans.ttf",
    "opn_desk/resources/fonts/DejaVuSans-Bold.ttf",
    "opn_desk/resources/fonts/DroidSansFallback.ttf",
    "opn_desk/resources/reference/countries.csv",
    "opn_desk/resources/translations/opn_desk_fr.qm",
    "opn_desk/resources/translations/opn_desk_es.qm",
    "opn_desk/resources/guide/USER_GUIDE.md",
    "opn_desk/resources/icons/opn-desk.png",
)
# Parts of a name that must not be in the bundle: Qt's web engine, QML and Quick, 3D, multimedia, the
# virtual keyboard (it pulls in QML), the catalogues' sources, the tests and the test tools.
LEFT_OUT = ("Qt6WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Qt6Multimedia", "Qt6VirtualKeyboard",
            "QtWebEngine", "QtQml", "QtQuick", "Qt3D", "QtMultimedia")
LEFT_OUT_FOLDERS = ("tests", "pytest", "_pytest", "hypothesis", "pytestqt")


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder`` (links not followed, counted once)."""
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def problems(bundle: Path, budget_mb: float | None) -> tuple[list[str], float]:
    internal = bundle / "_internal"
    if not internal.is_dir():
        return [f"{bundle} is not a one-folder bundle (no _internal folder)"], 0.0
    wrong = [f"missing: {name}" for name in REQUIRED if not (internal / name).is_file()]
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    for path in sorted(internal.rglob("*")):
        relative = path.relative_to(internal)
        name = path.name
        if any(part in name for part in LEFT_OUT) or name.endswith(".ts"):
            wrong.append(f"should be left out: {relative}")
        elif path.is_dir() and name in LEFT_OUT_FOLDERS and relative.parts[0] in (name, "opn_desk"):
            wrong.append(f"should be left out: {relative}")
        elif path.parent == qt_translations and not name.startswith("qtbase_"):
            wrong.append(f"an unused Qt translation: {relative}")
    size_mb = folder_size(bundle) / 1_000_000
    if budget_mb is not None and size_mb > budget_mb:
        wrong.append(f"{size_mb:.0f} MB, over the budget of {budget_mb:.0f} MB")
    return wrong, size_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle's folder, e.g. dist/opn-desk")
    parser.add_argument("--budget-mb", type=float, help=f"size budget (default {LINUX_BUDGET_MB} MB on Linux)")
    args = parser.parse_args(argv)
    budget = args.budget_mb if args.budget_mb is not None else (
        LINUX_BUDGET_MB if sys.platform.startswith("linux") else None)
    wrong, size_mb = problems(args.bundle, budget)
    print(f"{args.bundle}: {size_mb:.0f} MB" + (f" (budget {budget:.0f} MB)" if budget is not None else ""))
    for line in wrong:
        print(f"  {line}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
