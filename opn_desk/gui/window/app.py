"""Starting the window: `run(db, smoke, read_only)` is what `opn-desk` calls without a command.

Start-up order, so that the window shows within a few hundredths of a second of Qt's own and the
registry's first rows soon after:
1. QApplication, translations. A database named on the command line that does not exist is not
   created silently: the officer is asked (Create / Choose another… / Quit). The default database
   in the user's data folder is created on first run without asking, and the window says so.
2. The window is built (menus, navigation, "Opening <file>…") and shown. Nothing of SQLAlchemy,
   Alembic, pandas or the areas' code has been imported yet. When it opens on the registry, the
   registry's first rows are read with plain sqlite3 on a thread of their own while the page that
   shows them is built, and shown (first_rows.py). Then the writer's lock is claimed (asking, if
   another desk has it; offering to take over a lock nobody can be seen holding).
3. On a worker thread: the store opens (on an older schema backup, migration and checks with
   automatic restore), the location is checked, the registry's code is imported.
4. Back on the UI thread: the window builds the registry, which takes the first rows' place with
   its own first page; fonts for other scripts are registered. The file is checked for damage on
   the files thread (writes wait for the answer); when it passes, the rolling backup starts. When it
   finds damage, the window opens the file again read-only (the lock kept) with a red banner that
   offers the newest good backup.
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

from opn_desk.gui.window.smoke import SMOKE_TIMEOUT_MS, SmokeChecks

log = logging.getLogger(__name__)


def run(db: Path | None, smoke: bool, read_only: bool) -> int:
    if smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identify(app)
    from opn_desk.gui.widgets.style import use_desk_style

    use_desk_style(app)
    install_translations(app)
    from opn_desk.gui.core.settings import Settings

    named = db is not None
    if db is None:
        from opn_desk.paths import default_database

        db = default_database()
    controller = DeskApplication(Settings(), smoke=smoke, exit_on_failure=not smoke)
    # A database named on the command line is never created without asking: a mistyped path would
    # otherwise open a new, empty desk ("0 organisations").
    from opn_desk.gui.window.server_dialog import is_server

    where = db if is_server(db) else Path(db)  # a team server (docs/SERVER.md) stays its address
    # A server's empty database is not filled from the window: the store says how (server upload).
    if not controller.open(where, read_only=read_only, ask_to_create=named, create=not is_server(db)):
        return 0 if controller.cancelled else 2
    if smoke:
        return controller.smoke()
    if os.environ.get("OPN_DESK_BENCH_STARTUP"):
        return controller.measure_startup()
    from opn_desk.gui.window.welcome import offer_on_first_run

    offer_on_first_run(controller.window)  # a person's first run: once the database is open
    code = app.exec()
    controller.finish_opening()
    return controller.exit_code if controller.exit_code is not None else code


def _when(since: str) -> str:
    """A lock's ISO time as the officer reads it ("5 Jan 2026 09:15", "5 janv. 2026 09:15"), or as written."""
    from datetime import datetime

    from opn_desk.gui.core import labels

    try:
        return labels.local_moment(datetime.fromisoformat(since))
    except (TypeError, ValueError):
        return since


def _identify(app) -> None:
    from opn_desk.gui.core.settings import APPLICATION_NAME, ORGANISATION_NAME

    # Tests name themselves first so that they never touch the user's settings.
    if not app.organizationName():
        app.setOrganizationName(ORGANISATION_NAME)
    if not app.applicationName() or app.applicationName() == Path(sys.argv[0]).stem:
        app.setApplicationName(APPLICATION_NAME)
    from opn_desk import __version__

    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("OPN Desk")
    from PySide6.QtGui import QIcon

    from opn_desk.paths import resource

    icon = resource("icons", "opn-desk.png")  # packaging/make_icon.py draws it; the installers use it too
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


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
    else the language chosen in Edit › Preferences, else the system's); called again when the officer
    changes it (gui/window/preferences_dialog.py holds how).

    OPN Desk's are resources/translations/opn_desk_<locale>.qm (packaging/update_translations.py
    makes them); a missing file leaves the English text. The services' sentences (opn_desk/i18n.py)
    are then translated by Qt's translator too. Returns the translators installed.
    """
    from opn_desk.gui.window.preferences_dialog import install_language

    return install_language(app, locale)


class DeskApplication(SmokeChecks):
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
        self._note: str | None = None  # for the window opened again (after a restore)
        self.shown_at: float | None = None  # perf_counter when the first window was painted

    def _in_use(self, parent) -> Callable:
        """What to do when another desk has (or may have) the database: `background_open.claim`'s
        ``when_in_use``. "Take over" is offered only for a lock nobody can be seen holding (left by
        a crash, an older version, another computer), after a warning naming who it says has it."""
        from opn_desk.gui.window import background_open

        def decide(exc):
            if self.smoke_mode:
                print(f"OPN Desk: {exc} Opening it read-only.")
                return background_open.OPEN_READ_ONLY
            from PySide6.QtCore import QCoreApplication

            from opn_desk.gui.core import messages

            translate = QCoreApplication.translate  # (named so: lupdate reads translate("Context", ...))
            holder = exc.holder
            stop = translate("DeskApplication", "Cancel") if self.window is not None and self.window.is_ready \
                else translate("DeskApplication", "Quit")
            read_only_detail = translate("DeskApplication", "Only one desk can change a database at a time. Read-only, you "
                                  "can look things up and export, but not change anything.")
            if not getattr(exc, "can_take_over", False):
                answer = messages.choose(
                    parent, translate("DeskApplication", "{name} is already open in OPN Desk by {who}.").format(
                        name=exc.path.name, who=holder.describe()),
                    [translate("DeskApplication", "Open read-only"), stop], detail=read_only_detail, default=0, escape=1)
                return background_open.OPEN_READ_ONLY if answer == 0 else None
            since = _when(holder.since)
            answer = messages.choose(
                parent, translate("DeskApplication", "{name} is marked as open in OPN Desk by {user} on {computer} since "
                           "{since}, but OPN Desk cannot tell from here whether it still is.").format(
                    name=exc.path.name, user=holder.user, computer=holder.host, since=since),
                [translate("DeskApplication", "Open read-only"), translate("DeskApplication", "Take over…"), stop],
                detail=read_only_detail + " " + translate(
                    "DeskApplication", "If that desk has been closed (or its computer shut down or restarted), "
                    "you can take the database over."),
                default=0, escape=2)
            if answer == 0:
                return background_open.OPEN_READ_ONLY
            if answer != 1:
                return None
            if getattr(exc, "other_host", False):
                why = translate("DeskApplication", "OPN Desk cannot see from here whether {computer} still has it "
                         "open.").format(computer=holder.host)
            else:
                why = translate("DeskApplication", "It was opened by an older version of OPN Desk, which this one cannot "
                         "check.")
            sure = messages.choose(
                parent, translate("DeskApplication", "Take over {name} only if you are sure nobody is using it.").format(
                    name=exc.path.name),
                [translate("DeskApplication", "Take over"), translate("DeskApplication", "Cancel")],
                detail=translate("DeskApplication", "The lock says it was opened by {user} on {computer} (process {pid}) "
                          "since {since}. {why} If that desk is in fact still open, both would write to the "
                          "database and changes could be lost.").format(
                    user=holder.user, computer=holder.host, pid=holder.pid, since=since, why=why),
                default=1, escape=1, icon=messages.QMessageBox.Icon.Warning)
            return background_open.TAKE_OVER if sure == 0 else decide(exc)
        return decide

    @property
    def opening(self) -> bool:
        return self._opening is not None

    def open(self, path: Path, *, read_only: bool = False, create: bool = True, ask_to_create: bool = False,
             parent=None) -> bool:
        """Start opening ``path``: False when it was refused at once (cancelled, unusable path).

        ``ask_to_create``: when there is no file at ``path``, ask before creating one (a path typed
        by hand may be mistyped); otherwise a missing file is created when ``create``.
        The first window shows at once, saying it is opening the file; a window already open stays
        until the new database is open, then gives way to the new window.
        """
        from opn_desk.gui.window import background_open
        from opn_desk.gui.window.server_dialog import database_name, is_server, server_claim

        self.cancelled = False
        self.failed = None
        on_server = is_server(path)  # a team server: no lock file, no damage check, no file backups
        if self.window is not None and (path if on_server else Path(path).expanduser().absolute()) == self.window.path:
            return True
        if self._opening is not None:
            return False  # one opening at a time
        shown = None
        try:
            path = path if on_server else background_open.usable_path(path)
            new = not path.exists()
            if new and not read_only and create and ask_to_create:
                path = self._ask_to_create(path, parent)
                if path is None:
                    return False
                new = not path.exists()
            if self.window is None:
                # The window first (it says it is opening the file), then the lock: a question about
                # a database in use then comes over the window, not before it.
                from PySide6.QtCore import QCoreApplication

                from opn_desk.gui.window.main_window import MainWindow

                shown = self.window = MainWindow(None, self.settings, self, path=path, readonly=read_only)
                if new and create and not read_only:
                    shown.show_creating()
                # The first rows are read while Qt paints the window (it lets go of the interpreter
                # then), so they are there soon after it.
                reading = None if new or on_server else self._begin_read_ahead(shown, path)
                self.window.show()
                QCoreApplication.processEvents()  # painted before the worker starts competing for the GIL
                self.shown_at = time.perf_counter()
                if reading is not None:
                    self._finish_read_ahead(shown, reading)
                shown.install_shortcuts()
            claimed = server_claim(path, read_only) if on_server else background_open.claim(
                path, read_only=read_only, when_in_use=self._in_use(shown or parent))
        except background_open.CannotOpen as exc:
            self._give_up(shown)
            self._report(str(exc), parent)
            self.failed = str(exc)
            return False
        if claimed is None:
            self._give_up(shown)
            self.cancelled = True
            return False
        if shown is not None:
            shown.show_read_only(claimed.read_only)
        else:
            from PySide6.QtCore import QCoreApplication  # (imported above only for the first window)

            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening {name}…").format(name=database_name(claimed.path)))
        self._start(claimed, create=create, shown=shown, parent=parent)
        return True

    def _ask_to_create(self, path: Path, parent) -> Path | None:
        """There is no file at ``path``: create one there, choose another file, or stop (None)."""
        if self.smoke_mode:
            self.failed = f"There is no database at {path}."
            print(f"OPN Desk: {self.failed}", file=sys.stderr)
            return None
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QFileDialog

        from opn_desk.gui.core import messages
        from opn_desk.gui.window import background_open

        translate = QCoreApplication.translate
        while not path.exists():
            answer = messages.choose(
                parent, translate("DeskApplication", "There is no database at {path}.").format(path=path),
                [translate("DeskApplication", "Create"), translate("DeskApplication", "Choose another…"),
                 translate("DeskApplication", "Cancel") if self.window is not None else translate("DeskApplication", "Quit")],
                detail=translate("DeskApplication", "Create a new, empty database there, or choose the database you "
                          "meant to open?"),
                default=1, escape=2)
            if answer == 0:
                return path
            if answer == 2:
                self.cancelled = True
                return None
            folder = path.parent if path.parent.is_dir() else Path.home()
            name, _ = QFileDialog.getOpenFileName(parent, translate("DeskApplication", "Open database"), str(folder),
                                                  translate("DeskApplication", "OPN Desk databases (*.sqlite *.db);;"
                                                     "All files (*)"))
            if name:
                path = background_open.usable_path(Path(name))
        return path

    def _begin_read_ahead(self, shown, path: Path):
        """Start reading the registry's first rows for ``shown`` before the store opens, when the
        window opens on the registry: on a thread of their own (plain sqlite3, read-only), while the
        window is painted and the page that shows them is built. None when there is nothing to read."""
        import threading

        if not shown.opens_on_registry():
            return None
        from opn_desk.gui.core.settings import Options
        from opn_desk.gui.window.first_rows import name_order

        descending = name_order(bytes(self.settings.get(Options.REGISTRY_HEADER).data()))
        if descending is None:
            return None  # sorted by another column: that reads every organisation, nothing to gain
        answer: list = []

        def read() -> None:
            try:
                from opn_desk.services.first_rows import read_first_rows

                answer.append({descending: read_first_rows(path, descending=descending)})
                import opn_desk.gui.core.labels  # noqa: F401 - the page needs it next: imported here meanwhile
            except Exception:  # noqa: BLE001 - reading ahead is a nicety: the registry reads its own rows
                log.warning("the first rows of %s were not read ahead", path, exc_info=True)

        reader = threading.Thread(target=read, name="OPN Desk first rows", daemon=True)
        # Short turns for each thread, so that neither waits long for the other.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(0.0005)
        reader.start()
        return reader, answer, interval

    def _finish_read_ahead(self, shown, reading, wait: float = 0.5) -> None:
        """Build the page of first rows (mostly in Qt, which lets the reader run meanwhile) and show
        the rows read ahead; nothing is shown if they take longer than ``wait``."""
        reader, answer, interval = reading
        try:
            shown.begin_first_rows()
            reader.join(wait)
        finally:
            sys.setswitchinterval(interval)
        shown.show_first_rows(answer[0] if answer else None)

    def _start(self, claimed, *, create: bool, shown=None, parent=None) -> None:
        """Open the claimed database on a worker thread; `_opened` follows on the UI thread."""
        from opn_desk.gui.core.worker import Worker  # after the window: it imports PySide6's costly `Qt`
        from opn_desk.gui.window import background_open

        worker = Worker("OPN Desk opening")
        job = worker.submit(lambda: background_open.open_claimed(claimed, create=create),
                            lambda job: self._opened(job, parent))
        self._opening = (claimed, worker, shown, job)

    def reopen(self, window, *, read_only: bool, damage: list[str] | None = None, note: str | None = None) -> bool:
        """Open ``window``'s database again in a new window, keeping the writer's lock: read-only once
        damage was found in it, writable after a backup was restored over it. ``note``: said in the
        new window's banner."""
        from opn_desk.gui.window import background_open

        opened = window.opened
        if window is not self.window or opened is None or self._opening is not None:
            return False
        self._note = note
        lock = opened.keep_lock()
        claimed = background_open.Claim(opened.path, read_only or lock is None, lock, opened.held_by, damage)
        from PySide6.QtCore import QCoreApplication

        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening {name} again…").format(name=opened.path.name))
        self._start(claimed, create=False, parent=window)
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
        from opn_desk.gui.window import background_open

        claimed, worker, shown, _job = self._opening
        self._opening = None
        worker.stop()
        if job.error is not None:
            current = self.window.opened if shown is None and self.window is not None else None
            if current is not None and current.lock is None and current.path == claimed.path:
                current.lock, claimed.lock = claimed.lock, None  # opening it again failed: it keeps its lock
            claimed.release()
            self._failed_to_open(background_open.failure_sentence(job.error), shown, parent)
            return
        opened = background_open.finish(claimed, job.result)
        if shown is not None and (shown.isHidden() or self.window is not shown):
            opened.close()  # the window was closed while the database opened
            return
        if self.window is None:
            opened.close()  # the window it was to replace was closed meanwhile
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
            shown.database_checked.connect(self._checked)
            shown.attach(opened)
        else:
            from opn_desk.gui.window.main_window import MainWindow

            old = self.window
            old.save_settings()  # the new window opens where the old one was, on the same area
            self.window = MainWindow(opened, self.settings, self)
            self.window.database_checked.connect(self._checked)
            old.shut_down()
            old.close()
            old.deleteLater()
            self.window.show()
            if self._note:
                self.window.show_warning(self._note)
        self._note = None
        if opened.store.migrated_from:
            from PySide6.QtCore import QCoreApplication

            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The database was upgraded; a copy from before is in its backups folder."), 10000)

    def _checked(self, check) -> None:
        """The window's file was checked for damage: a damaged file is opened again read-only, keeping
        the lock (so that a backup can be restored); a sound one gets today's backup."""
        window = self.window
        if window is None or window.opened is None or window.opened.check is not check:
            return
        opened = window.opened
        if check.damage:
            if not opened.store.readonly:
                self.reopen(window, read_only=True, damage=check.damage)
        elif not opened.readonly and not getattr(opened.store, "on_server", False):  # a server: its IT's pg_dump
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
            from opn_desk.gui.core import messages

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
        from opn_desk.services.store_access import rolling_backup

        window = self.window

        def failed(exc: BaseException) -> None:
            from PySide6.QtCore import QCoreApplication

            log.warning("rolling backup of %s failed: %s", opened.path, exc)
            window.show_warning(QCoreApplication.translate("MainWindow", "Today's automatic backup could not be made: {reason}").format(reason=exc))

        opened.runner.run_in_background(lambda: rolling_backup(opened.path), failure=failed)

