"""Compile the Qt Designer forms in ui/*.ui into opn_desk/gui/forms/ui_*.py.

Run after editing a form: ``python -m opn_desk.gui.build_forms`` (``--check`` only reports
forms whose compiled file is out of date and exits 1). The compiled files are committed, so the
app never needs pyside6-uic at run time.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str] | None:
    """How to run pyside6-uic here, or None when it is not installed."""
    beside = Path(sys.executable).parent / ("pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    return [found] if found else None


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, out: Path) -> None:
    command = uic_command()
    if command is None:
        raise RuntimeError("pyside6-uic is not installed (pip install PySide6-Essentials).")
    subprocess.run([*command, str(ui_file), "-o", str(out)], check=True)
    # uic writes translate("Context", u"Text", None); pyside6-lupdate skips u"" literals, so the form's
    # text would never reach the catalogues (the editor's labels and tabs stayed English in French).
    text = out.read_text(encoding="utf-8")
    out.write_text(_TRANSLATED_U_LITERAL.sub(r'\1"', text), encoding="utf-8")


_TRANSLATED_U_LITERAL = re.compile(r'(QCoreApplication\.translate\("[^"]*", )u"')


def _comparable(text: str) -> list[str]:
    # The header comment names the uic version; it says nothing about the form.
    return [line for line in text.splitlines() if not line.startswith("#")]


def out_of_date() -> list[Path]:
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for ui_file in sorted(UI_DIR.glob("*.ui")):
            fresh = Path(tmp) / target_for(ui_file).name
            compile_form(ui_file, fresh)
            target = target_for(ui_file)
            if not target.exists() or _comparable(fresh.read_text(encoding="utf-8")) != _comparable(
                    target.read_text(encoding="utf-8")):
                stale.append(ui_file)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date forms")
    args = parser.parse_args(argv)
    if args.check:
        stale = out_of_date()
        for ui_file in stale:
            print(f"{ui_file.name} is newer than its compiled form; run python -m opn_desk.gui.build_forms")
        return 1 if stale else 0
    FORMS_DIR.mkdir(exist_ok=True)
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        compile_form(ui_file, target_for(ui_file))
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
