"""The shared folder watched: while the window is open, it notices the other laptops' new or rewritten
exchange files in the shared folder and offers to read them; it never reads by itself (an officer in
the middle of an edit is never merged under).

A `QFileSystemWatcher` on the folder (and on the files in it) notices a file added, renamed or
rewritten; cloud-sync clients (OneDrive, Dropbox) often replace a file in ways a watcher misses, so a
slow look every minute backs it up. Each look reads only the files' headers, on the database worker
(`services/sync/shared_folder.look`). What it finds is offered in the status bar ("2 new exchange files
from Dakar laptop…", a click opens File › Exchange with other laptops…, whose *Read now* reads them)
and said once in the status bar's message line.

When the officer asked for it (the exchange dialog's check box, kept per database on this computer),
closing the window writes this laptop's own file into the folder first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.core.settings import Settings
from opn_desk.gui.exchange import ops

SOON_MS = 1500  # a burst of file events (a sync client writing) gives one look
SLOW_LOOK_MS = 60_000  # the slow look that catches what the watcher missed


def _tr(text: str) -> str:
    return QCoreApplication.translate("FolderWatch", text)


def news_text(news) -> str:
    """ "2 new exchange files from Dakar laptop" ("" when nothing waits)."""
    if news is None or not news.waiting:
        return ""
    laptops = ", ".join(news.senders)
    if len(news.waiting) == 1:
        return _tr("1 new exchange file from {laptops}").format(laptops=laptops)
    return _tr("{count} new exchange files from {laptops}").format(count=len(news.waiting), laptops=laptops)


class FolderNotice(QPushButton):
    """The status bar's offer while new files wait in the shared folder; a click opens the exchange dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("folderNotice")
        self.setFlat(True)
        self.setStyleSheet("#folderNotice { color: #ffffff; background: #1f5f99; border-radius: 9px;"
                           " padding: 1px 10px; font-weight: 600; }")
        self.setToolTip(_tr("Open File › Exchange with other laptops to read them (Read now)."))
        self.hide()

    def show_news(self, news) -> None:
        text = news_text(news)
        self.setText(text + "…" if text else "")
        self.setVisible(bool(text))


class FolderWatch(QObject):
    """Watches this desk's shared folder (remembered per database on this computer) and says what waits."""

    news = Signal(object)  # shared_folder.FolderNews after each look (None: no folder, or it cannot be used)

    def __init__(self, runner: OperationRunner, settings: Settings, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.database = Path(database)
        self.folder = ""
        self.latest = None
        self.looks = 0  # looks answered (tests)
        self._said: tuple = ()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.look_soon)
        self.watcher.fileChanged.connect(self.look_soon)
        self._soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self._soon.timeout.connect(self.look)
        self._slow = QTimer(self, interval=SLOW_LOOK_MS)
        self._slow.timeout.connect(self.look)
        self._look = ReadOp(runner, ops.look_in_folder, on_desk=True)
        runner.changed.connect(lambda _outcome: self.look_soon())
        self.set_folder(ops.remembered_folder(settings, self.database))

    def set_folder(self, folder: str) -> None:
        """Watch ``folder`` ("" : none) and look at once."""
        folder = str(folder or "").strip()
        if folder == self.folder and (folder == "" or self._slow.isActive()):
            self.look()
            return
        self.folder = folder
        self._said = ()
        paths = self.watcher.directories() + self.watcher.files()
        if paths:
            self.watcher.removePaths(paths)
        if folder and not self.runner.readonly:
            self._watch([])
            self._slow.start()
        else:
            self._slow.stop()
        self.look()

    def _watch(self, names) -> None:
        """The folder and its exchange files, watched again (a folder or file replaced drops its watch)."""
        if not self.folder:
            return
        wanted = [self.folder] + [str(Path(self.folder) / n) for n in names]
        present = set(self.watcher.directories()) | set(self.watcher.files())
        missing = [p for p in wanted if p not in present and Path(p).exists()]
        if missing:
            self.watcher.addPaths(missing)

    def look_soon(self, *_args) -> None:
        if self.folder:
            self._soon.start()

    def look(self) -> None:
        """Read the folder's headers on the database worker; nothing is read into the desk."""
        self._soon.stop()
        if not self.folder or self.runner.readonly:
            self._show(None)
            return
        self._look.run(Path(self.folder), success=self._looked, failure=lambda _exc: self._show(None))

    def _looked(self, news) -> None:
        names = [w.name for w in news.waiting] + ([news.own_file] if news.own_file else [])
        self._watch(names)
        self._show(news)

    def _show(self, news) -> None:
        self.looks += 1
        self.latest = news
        text = news_text(news)
        key = news.key() if news is not None else ()
        if text and key != self._said:
            self.runner.message.emit(_tr("{news}: File › Exchange with other laptops… to read them.").format(
                news=text))
        self._said = key
        self.news.emit(news)

    def closing(self) -> None:
        """The window closes: write this laptop's own file into the folder first, if the officer asked for it.
        Queued on the database worker, which finishes queued work before the database closes."""
        self._soon.stop()
        self._slow.stop()
        if (self.folder and not self.runner.readonly
                and ops.writes_on_close(self.settings, self.database)):
            folder = Path(self.folder)
            self.runner.run_op(lambda desk: ops.write_in_folder(desk, None, None, folder),
                               success=lambda _v: None, failure=lambda _exc: None)


def install(window: QMainWindow, runner: OperationRunner, settings: Settings, database: Path,
            open_exchange) -> FolderWatch:
    """The window's watch of its shared folder and its notice in the status bar (left of the badge);
    a click on the notice calls ``open_exchange`` (File › Exchange with other laptops…)."""
    watch = FolderWatch(runner, settings, database, window)
    watch.notice = FolderNotice(window)
    watch.notice.clicked.connect(lambda _checked=False: open_exchange())
    watch.news.connect(watch.notice.show_news)
    window.statusBar().insertPermanentWidget(0, watch.notice)
    watch.notice.show_news(watch.latest)
    return watch
