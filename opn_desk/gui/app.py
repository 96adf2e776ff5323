"""Starting the window: `run(db, smoke, read_only)` is what `opn-desk` calls without a command.

Smoke mode (``--smoke``) is the check of a built bundle: offscreen, open the database, show the
window, wait for the first page of the registry, run the checks, print, exit (0 when the window
showed; 2 when the database could not be opened).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 60_000


def run(db: Path | None, smoke: bool, read_only: bool) -> int:
    if smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identify(app)
    _install_translations(app)
    install_fonts()
    from opn_desk.gui.settings import Settings

    if db is None:
        from opn_desk.paths import default_database

        db = default_database()
    controller = DeskApplication(Settings(), smoke=smoke)
    if not controller.open(Path(db), read_only=read_only):
        return 0 if controller.cancelled else 2
    if smoke:
        return controller.smoke()
    if os.environ.get("OPN_DESK_BENCH_STARTUP"):
        return controller.measure_startup()
    return app.exec()


def _identify(app) -> None:
    from opn_desk.gui.settings import APPLICATION_NAME, ORGANISATION_NAME

    # Tests name themselves first so that they never touch the user's settings.
    if not app.organizationName():
        app.setOrganizationName(ORGANISATION_NAME)
    if not app.applicationName() or app.applicationName() == Path(sys.argv[0]).stem:
        app.setApplicationName(APPLICATION_NAME)
    from opn_desk import __version__

    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("OPN Desk")


def install_fonts() -> None:
    """Register the bundled fonts so names in any script show on machines without such fonts.

    Qt falls back to application fonts for characters the system fonts lack (CJK on a bare Linux).
    """
    from PySide6.QtGui import QFontDatabase

    from opn_desk.paths import resource

    for font in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def _install_translations(app) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from opn_desk.paths import resource

    locale = QLocale()
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("opn_desk", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


class DeskApplication:
    """Owns the window of the open database; opens another one on request."""

    def __init__(self, settings, *, smoke: bool = False):
        self.settings = settings
        self.smoke_mode = smoke
        self.window = None
        self.cancelled = False

    def _in_use(self, parent) -> Callable:
        def decide(exc) -> bool:
            if self.smoke_mode:
                print(f"OPN Desk: {exc} Opening it read-only.")
                return True
            from PySide6.QtCore import QCoreApplication

            from opn_desk.gui import messages

            tr = QCoreApplication.translate
            answer = messages.choose(
                parent, tr("DeskApplication", "{name} is already open in OPN Desk by {who}.").format(
                    name=exc.path.name, who=exc.holder.describe()),
                [tr("DeskApplication", "Open read-only"),
                 tr("DeskApplication", "Cancel") if self.window else tr("DeskApplication", "Quit")],
                detail=tr("DeskApplication", "Only one desk can change a database at a time. Read-only, you can "
                          "look things up and export, but not change anything."),
                default=0, escape=1)
            return answer == 0
        return decide

    def open(self, path: Path, *, read_only: bool = False, create: bool = True, parent=None) -> bool:
        """Open ``path`` in a new window (closing the current one); False when it was not opened."""
        from opn_desk.db.store import StoreError
        from opn_desk.gui import messages
        from opn_desk.gui.main_window import MainWindow
        from opn_desk.gui.opening import OpenCancelled, open_desk

        self.cancelled = False
        if self.window is not None and Path(path).absolute() == self.window.opened.path:
            return True
        try:
            opened = open_desk(path, read_only=read_only, create=create, when_in_use=self._in_use(parent))
        except OpenCancelled:
            self.cancelled = True
            return False
        except StoreError as exc:
            if self.smoke_mode:
                print(f"OPN Desk: {exc}", file=sys.stderr)
            else:
                messages.warn(parent, str(exc))
            return False
        if not self.smoke_mode:
            from opn_desk.preferences import Preferences

            try:
                prefs = Preferences.load()
                prefs.remember_database(opened.path)
                prefs.save()
            except OSError:
                log.warning("could not remember %s in the recent databases", opened.path, exc_info=True)
        old, self.window = self.window, MainWindow(opened, self.settings, self)
        if old is not None:
            old.shut_down()
            old.close()
            old.deleteLater()
        self.window.show()
        if opened.store.migrated_from:
            self.window.statusBar().showMessage(
                self.window.tr("The database was upgraded; a copy from before is in its backups folder."), 10000)
        if not opened.readonly:
            self._rolling_backup(opened)
        return True

    def _rolling_backup(self, opened) -> None:
        from opn_desk.db.backup import rolling_backup

        window = self.window

        def failed(exc: BaseException) -> None:
            log.warning("rolling backup of %s failed: %s", opened.path, exc)
            window.show_warning(window.tr("Today's automatic backup could not be made: {reason}").format(reason=exc))

        opened.runner.run_in_background(lambda: rolling_backup(opened.path), failure=failed)

    # -- start-up benchmark (tests/benchmarks/run.py) -----------------------------------------------
    def measure_startup(self) -> int:
        """Print, as JSON, seconds from process start to the window shown and to its first page."""
        import json
        import resource
        import time

        from PySide6.QtCore import QCoreApplication

        from opn_desk import STARTED

        QCoreApplication.processEvents()
        shown = time.perf_counter() - STARTED
        model = self.window.registry.model
        deadline = time.perf_counter() + 60
        while not model.has_loaded and time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        first_page = time.perf_counter() - STARTED
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"window_seconds": shown, "first_page_seconds": first_page, "rss_mb": rss_mb,
                          "rows": model.rowCount(), "total": model.total}))
        self.window.close()
        return 0

    # -- smoke -------------------------------------------------------------------------------------
    def smoke(self) -> int:
        from PySide6.QtCore import QEventLoop, QTimer

        window = self.window
        loop = QEventLoop()
        timer = QTimer(singleShot=True, interval=SMOKE_TIMEOUT_MS)
        timer.timeout.connect(loop.quit)

        def wait_for(done: Callable[[], bool]) -> bool:
            poll = QTimer(interval=20)
            poll.timeout.connect(lambda: loop.quit() if done() else None)
            poll.start()
            timer.start()
            if not done():
                loop.exec()
            poll.stop()
            return done()

        shown = wait_for(lambda: window.isVisible() and window.registry.model.has_loaded)
        model = window.registry.model
        if not shown:
            print("OPN Desk: the window did not show the registry within "
                  f"{SMOKE_TIMEOUT_MS // 1000} s.", file=sys.stderr)
            window.close()
            return 2
        mode = " (read-only)" if window.readonly else ""
        print(f"OPN Desk: {window.opened.path}{mode}: window shown, "
              f"{model.total:,} organisations, first page of {model.rowCount()} rows loaded.")
        result: dict = {}

        def checks(desk):
            from opn_desk.services.checks import run_checks

            return run_checks(desk.store)

        window.runner.run_op(checks, success=lambda problems: result.setdefault("problems", problems),
                             failure=lambda exc: result.setdefault("error", exc))
        wait_for(lambda: bool(result) and window.runner.idle)
        if "error" in result:
            exc = result["error"]
            print(f"Checks could not run: {type(exc).__name__}: {exc}")
        elif "problems" in result:
            problems = list(result["problems"] or [])
            if not problems:
                print("Checks: healthy.")
            else:
                print(f"Checks: {len(problems)} problem(s) found:")
                for problem in problems:
                    print(f"- {problem}")
        else:
            print("Checks did not finish in time.")
        window.close()
        return 0
