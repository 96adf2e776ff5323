"""Starting the window: `run(db, smoke, read_only)` is what `opn-desk` calls without a command.

Start-up order, so that the window shows within a few hundredths of a second of Qt's own:
1. QApplication, translations; the writer's lock is claimed (asking, if another desk holds it).
2. The window is built (menus, navigation, "Opening <file>…") and shown. Nothing of SQLAlchemy,
   Alembic, pandas or the areas' code has been imported yet.
3. On a worker thread: the store opens (integrity check; on an older schema backup, migration and
   checks with automatic restore), the location is checked, the registry's code is imported.
4. Back on the UI thread: the window builds the registry and starts its first page; fonts for other
   scripts are registered; the rolling backup starts on the files thread.
A failure in step 3 is one sentence for the user; at start-up the process then ends with code 2.

Smoke mode (``--smoke``) is the check of a built bundle: offscreen, open the database, show the
window, wait for the first page of the registry, run the checks, print, exit (0 when the window
showed; 2 when the database could not be opened).
"""

from __future__ import annotations

import logging
import os
import sys
import time
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
    install_translations(app)
    from opn_desk.gui.settings import Settings

    if db is None:
        from opn_desk.paths import default_database

        db = default_database()
    controller = DeskApplication(Settings(), smoke=smoke, exit_on_failure=not smoke)
    if not controller.open(Path(db), read_only=read_only):
        return 0 if controller.cancelled else 2
    if smoke:
        return controller.smoke()
    if os.environ.get("OPN_DESK_BENCH_STARTUP"):
        return controller.measure_startup()
    code = app.exec()
    controller.finish_opening()
    return controller.exit_code if controller.exit_code is not None else code


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


def install_translations(app, locale=None) -> list:
    """Load Qt's own and OPN Desk's translations for ``locale`` (default: OPN_DESK_LANGUAGE, e.g. "fr",
    else the system's).

    OPN Desk's are resources/translations/opn_desk_<locale>.qm (packaging/update_translations.py
    makes them); a missing file leaves the English text. Returns the translators installed.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from opn_desk.paths import resource

    if locale is None:
        wanted = os.environ.get("OPN_DESK_LANGUAGE", "").strip()
        locale = QLocale(wanted) if wanted else QLocale()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("opn_desk", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class DeskApplication:
    """Owns the window of the open database; opens another one on request."""

    def __init__(self, settings, *, smoke: bool = False, exit_on_failure: bool = False):
        self.settings = settings
        self.smoke_mode = smoke
        self.exit_on_failure = exit_on_failure  # the first opening failed: end the process (code 2)
        self.window = None
        self.cancelled = False
        self.failed: str | None = None  # why the last opening failed
        self.exit_code: int | None = None
        self._opening = None  # (claim, worker, window shown while it opens or None)
        self._fonts = False
        self.shown_at: float | None = None  # perf_counter when the first window was painted

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
                 tr("DeskApplication", "Cancel") if self.window is not None and self.window.is_ready
                 else tr("DeskApplication", "Quit")],
                detail=tr("DeskApplication", "Only one desk can change a database at a time. Read-only, you can "
                          "look things up and export, but not change anything."),
                default=0, escape=1)
            return answer == 0
        return decide

    @property
    def opening(self) -> bool:
        return self._opening is not None

    def open(self, path: Path, *, read_only: bool = False, create: bool = True, parent=None) -> bool:
        """Start opening ``path``: False when it was refused at once (cancelled, unusable path).

        The first window shows at once, saying it is opening the file; a window already open stays
        until the new database is open, then gives way to the new window.
        """
        from opn_desk.gui import background_open

        self.cancelled = False
        self.failed = None
        if self.window is not None and Path(path).expanduser().absolute() == self.window.path:
            return True
        if self._opening is not None:
            return False  # one opening at a time
        shown = None
        try:
            path = background_open.usable_path(path)
            if self.window is None:
                # The window first (it says it is opening the file), then the lock: a question about
                # a database in use then comes over the window, not before it.
                from PySide6.QtCore import QCoreApplication

                from opn_desk.gui.main_window import MainWindow

                shown = self.window = MainWindow(None, self.settings, self, path=path, readonly=read_only)
                self.window.show()
                QCoreApplication.processEvents()  # painted before the worker starts competing for the GIL
                self.shown_at = time.perf_counter()
                self.window.install_shortcuts()
            claimed = background_open.claim(path, read_only=read_only,
                                            when_in_use=self._in_use(shown or parent))
        except background_open.CannotOpen as exc:
            self._give_up(shown)
            self._report(str(exc), parent)
            return False
        if claimed is None:
            self._give_up(shown)
            self.cancelled = True
            return False
        if shown is not None:
            shown.show_read_only(claimed.read_only)
        else:
            self.window.statusBar().showMessage(self.window.tr("Opening {name}…").format(name=claimed.path.name))
        from opn_desk.gui.worker import Worker  # after the window: it imports PySide6's costly `Qt`

        worker = Worker("OPN Desk opening")
        job = worker.submit(lambda: background_open.open_claimed(claimed, create=create),
                            lambda job: self._opened(job, parent))
        self._opening = (claimed, worker, shown, job)
        return True

    def finish_opening(self) -> None:
        """The application is ending while a database still opens: let it finish (a migration is
        never cut short), then close it and give up the lock."""
        if self._opening is None:
            return
        claimed, worker, _shown, job = self._opening
        self._opening = None
        worker.stop()  # waits for the opening to end; its answer is no longer delivered
        if job.error is None and job.result is not None:
            job.result.store.close()
        claimed.release()

    def _opened(self, job, parent) -> None:  # UI thread
        from opn_desk.gui import background_open

        claimed, worker, shown, _job = self._opening
        self._opening = None
        worker.stop()
        if job.error is not None:
            claimed.release()
            self._failed_to_open(background_open.failure_sentence(job.error), shown, parent)
            return
        opened = background_open.finish(claimed, job.result)
        if shown is not None and (shown.isHidden() or self.window is not shown):
            opened.close()  # the window was closed while the database opened
            return
        if not self._fonts:
            install_fonts()
            self._fonts = True
        if not self.smoke_mode:
            from opn_desk.preferences import Preferences

            try:
                prefs = Preferences.load()
                prefs.remember_database(opened.path)
                prefs.save()
            except OSError:
                log.warning("could not remember %s in the recent databases", opened.path, exc_info=True)
        if shown is not None:
            shown.attach(opened)
        else:
            from opn_desk.gui.main_window import MainWindow

            old, self.window = self.window, MainWindow(opened, self.settings, self)
            old.shut_down()
            old.close()
            old.deleteLater()
            self.window.show()
        if opened.store.migrated_from:
            self.window.statusBar().showMessage(
                self.window.tr("The database was upgraded; a copy from before is in its backups folder."), 10000)
        if not opened.readonly:
            self._rolling_backup(opened)

    def _give_up(self, shown) -> None:
        """Close the window that was shown for an opening that will not happen."""
        if shown is not None:
            shown.shut_down()
            shown.close()
            shown.deleteLater()
            if self.window is shown:
                self.window = None

    def _failed_to_open(self, sentence: str, shown, parent) -> None:
        self.failed = sentence
        self._give_up(shown)
        self._report(sentence, None if shown is not None else (parent or self.window))
        if shown is not None and self.exit_on_failure:
            from PySide6.QtCore import QCoreApplication

            self.exit_code = 2
            QCoreApplication.exit(2)
        elif self.window is not None:
            self.window.statusBar().clearMessage()

    def _report(self, sentence: str, parent) -> None:
        if self.smoke_mode:
            print(f"OPN Desk: {sentence}", file=sys.stderr)
        else:
            from opn_desk.gui import messages

            messages.warn(parent, sentence)

    def window_closed(self, window) -> None:
        """The opening window was closed before its database opened: it is closed when it does."""
        if self.window is window:
            self.window = None

    def wait_until_open(self, timeout_ms: int = SMOKE_TIMEOUT_MS) -> bool:
        """Run the event loop until the database being opened is open (True) or failed (False)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        poll = QTimer(interval=10)
        poll.timeout.connect(lambda: loop.quit() if not self.opening else None)
        QTimer.singleShot(timeout_ms, loop.quit)
        poll.start()
        if self.opening:
            loop.exec()
        poll.stop()
        return not self.opening and self.failed is None and self.window is not None and self.window.is_ready

    def _rolling_backup(self, opened) -> None:
        from opn_desk.db.backup import rolling_backup

        window = self.window

        def failed(exc: BaseException) -> None:
            log.warning("rolling backup of %s failed: %s", opened.path, exc)
            window.show_warning(window.tr("Today's automatic backup could not be made: {reason}").format(reason=exc))

        opened.runner.run_in_background(lambda: rolling_backup(opened.path), failure=failed)

    # -- start-up benchmark (tests/benchmarks/run.py) -----------------------------------------------
    def measure_startup(self) -> int:
        """Print, as JSON: seconds from start-up to the window shown, to the database open and
        to the registry's first page; and the resident memory once the page is shown."""
        import json
        import resource

        from PySide6.QtCore import QCoreApplication

        from opn_desk import STARTED

        # Shown = painted: measured in `open` right after show() and one pass of events, as the bare
        # PySide6 window the benchmark compares with is measured.
        shown = self.shown_at - STARTED
        if not self.wait_until_open():
            print(f"OPN Desk: {self.failed or 'the database did not open'}", file=sys.stderr)
            return 2
        opened = time.perf_counter() - STARTED
        model = self.window.registry.model
        deadline = time.perf_counter() + 60
        while not model.has_loaded and time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        first_page = time.perf_counter() - STARTED
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"window_seconds": shown, "open_seconds": opened, "first_page_seconds": first_page,
                          "rss_mb": rss_mb, "rows": model.rowCount(), "total": model.total}))
        self.window.close()
        return 0

    # -- smoke -------------------------------------------------------------------------------------
    def smoke(self) -> int:
        from PySide6.QtCore import QEventLoop, QTimer

        if not self.wait_until_open():
            if self.failed is None:
                print(f"OPN Desk: the database did not open within {SMOKE_TIMEOUT_MS // 1000} s.", file=sys.stderr)
            return 2
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
        wait_for(lambda: model.total is not None and not model.loading)
        mode = " (read-only)" if window.readonly else ""
        print(f"OPN Desk: {window.opened.path}{mode}: window shown, "
              f"{model.total or 0:,} organisations, first page of {model.rowCount()} rows loaded.")
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
