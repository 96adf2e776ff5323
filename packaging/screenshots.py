"""Screenshots of the window for the README and the user guide (docs/screenshots/*.png), made again with

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--out docs/screenshots] [--size 1280x720] [--lang fr]

A demo desk is generated in a temporary folder (the same deterministic demo as `opn-desk demo`), the
window opened on it offscreen at a laptop's size (1280 x 720 by default), and each area grabbed once it
has shown its data. The user's settings and preferences are never touched (both go to the temporary
folder). A picture larger than the budget is reduced to 256 colours, which keeps interface pictures
sharp and well under 200 KB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 200 * 1024  # bytes per picture
AREAS = (  # file name, area key
    ("main-window.png", "organisations"),
    ("applications.png", "applications"),
    ("selection.png", "selection"),
    ("leadership.png", "leadership"),
    ("reporting.png", "reporting"),
)


def _settle(app, seconds: float, until=None) -> None:
    """Let the window work (its reads run on worker threads) for up to ``seconds``, or until ``until()``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def _save(pixmap, path: Path) -> int:
    pixmap.save(str(path), "PNG")
    if path.stat().st_size > BUDGET:
        from PIL import Image  # ReportLab's own dependency

        with Image.open(path) as image:
            image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE) \
                .save(path, optimize=True)
    return path.stat().st_size


def make(out: Path, width: int, height: int, organisations: int = 400, language: str = "en") -> list[tuple[Path, int]]:
    work = Path(tempfile.mkdtemp(prefix="opn-desk-screenshots-"))
    os.environ["OPN_DESK_CONFIG"] = str(work / "preferences.json")  # never the user's preferences
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("OPN Desk screenshots")
    QCoreApplication.setApplicationName("opn-desk-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from opn_desk.gui.widgets.style import use_desk_style

    use_desk_style(app)

    from opn_desk.db.store import open_store
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import install_fonts, install_translations
    from opn_desk.gui.window.main_window import MainWindow
    from opn_desk.gui.window.opening import open_desk
    from opn_desk.services.demo import generate_demo

    install_fonts()
    from PySide6.QtCore import QLocale

    install_translations(app, QLocale(language))
    database = work / "demo.sqlite"
    store = open_store(database)
    try:
        generate_demo(store, organisations=organisations, actor="Ana Silva")
    finally:
        store.close()

    opened = open_desk(database)
    window = MainWindow(opened, Settings())
    window.resize(width, height)
    window.show()
    window.install_shortcuts()
    _settle(app, 20, until=lambda: window.registry.model.has_loaded)
    out.mkdir(parents=True, exist_ok=True)
    made = []
    try:
        for name, key in AREAS:
            window.show_area(key)
            if key == "organisations":  # an organisation open in the editor beside the list
                model = window.registry.model
                if model.rowCount():
                    window.registry.open_row(min(3, model.rowCount() - 1))
            _settle(app, 6)
            path = out / name
            made.append((path, _save(window.grab(), path)))
    finally:
        window.shut_down()
        window.close()
        opened.close()
        app.processEvents()
        shutil.rmtree(work, ignore_errors=True)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x720", help="the window's size, WIDTHxHEIGHT")
    parser.add_argument("--organisations", type=int, default=400)
    parser.add_argument("--lang", default="en", choices=["en", "fr", "es"], help="the window's language")
    args = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        print(f"--size: {args.size!r} is not WIDTHxHEIGHT, like 1280x720.", file=sys.stderr)
        return 2
    for path, size in make(args.out, width, height, args.organisations, args.lang):
        print(f"{path}: {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
