"""Refresh the translation sources and compile them: the .ts files translators edit, the .qm files the app loads.

    python packaging/update_translations.py            # lupdate, then lrelease
    python packaging/update_translations.py --release  # lrelease only (compile the .qm files)

pyside6-lupdate collects every tr()/translate() string under opn_desk/gui (the compiled forms
included) and the services' translate() sentences (opn_desk/i18n.py) under opn_desk/services into resources/translations/opn_desk_<language>.ts, keeping translations already made and
marking vanished strings obsolete. Translate them with pyside6-linguist (or any .ts editor). Then
pyside6-lrelease writes opn_desk_<language>.qm beside them; at start-up app.install_translations
loads the one for the system's language (or OPN_DESK_LANGUAGE, e.g. "fr"). Untranslated strings stay
in English.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "opn_desk" / "gui", ROOT / "opn_desk" / "services")  # services: translate() (opn_desk/i18n.py)
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (a virtual environment's bin/Scripts), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6).")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for folder in SOURCES for p in folder.rglob("*.py"))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"opn_desk_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-source-language", "en", "-target-language", language,
                        *sources, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("opn_desk_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args()
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
