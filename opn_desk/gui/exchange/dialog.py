"""File > Exchange with other laptops…: this laptop and the laptops it knows (what each has seen, when it
last exchanged), a copy of the desk for another laptop (new_laptop.py), exchange files written and read
(USB stick, e-mail), and the shared folder (watched by watch.py: what waits there is offered, with
*Read now*; *Write my file* rewrites this laptop's own file there).

Each button is one job on the database worker (ops.py); an import is checked whole, backed up and
merged all or nothing, and its one-line summary ("312 changes from Nairobi laptop, 2 need a
decision.") is shown here and in the status bar.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.exchange import ops
from opn_desk.gui.exchange.decisions import when
from opn_desk.gui.exchange.new_laptop import NewLaptopDialog
from opn_desk.gui.exchange.watch import FolderWatch, news_text
from opn_desk.gui.widgets.style import heading_font, hint
from opn_desk.services.sync import SyncError, shared_folder

SUFFIX = ".opnsync"


class ExchangeDialog(QDialog):
    decisions_requested = Signal()
    exchanged = Signal(object)  # the Outcome of an import or a shared-folder exchange

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None,
                 watch: FolderWatch | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.database = Path(runner.desk.store.path)
        # The window's watch of the shared folder (watch.py); a dialog opened on its own watches for itself.
        self.watch = watch if watch is not None else FolderWatch(runner, settings, self.database, self)
        self.state: ops.ExchangeState | None = None
        self.last_result = ""
        self._state = ReadOp(runner, ops.load_state, on_desk=True)
        self.setWindowTitle(self.tr("Exchange with other laptops"))
        self.resize(980, 580)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.laptop_label = QLabel()
        self.laptop_label.setFont(heading_font(self.laptop_label, 1.15))
        self.decisions_button = QPushButton()
        self.decisions_button.clicked.connect(self.decisions_requested)
        self.decisions_button.hide()
        top.addWidget(self.laptop_label, 1)
        top.addWidget(self.decisions_button)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr(
            "Every laptop holds the whole desk. Send what this laptop knows to the others and read what they "
            "send, by USB stick, e-mail or a shared folder; edits merge and nothing is lost.")))

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Laptop"), self.tr("Last exchange"),
                                              self.tr("Changes made on this laptop")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        laptops_row = QHBoxLayout()
        self.new_laptop_button = QPushButton(self.tr("Set up another laptop…"))
        self.new_laptop_button.setToolTip(self.tr(
            "Make a copy of the desk for a colleague's laptop, with its own identity (as 'opn-desk sync clone')."))
        self.new_laptop_button.clicked.connect(self.set_up_laptop)
        laptops_row.addStretch(1)
        laptops_row.addWidget(self.new_laptop_button)
        layout.addLayout(laptops_row)

        files = QGroupBox(self.tr("Exchange files (USB stick, e-mail)"))
        grid = QGridLayout(files)
        self.for_combo = QComboBox()
        self.write_button = QPushButton(self.tr("Write an exchange file…"))
        self.write_button.clicked.connect(self.choose_write)
        self.read_button = QPushButton(self.tr("Read exchange files…"))
        self.read_button.clicked.connect(self.choose_read)
        grid.addWidget(QLabel(self.tr("Write:")), 0, 0)
        grid.addWidget(self.for_combo, 0, 1)
        grid.addWidget(self.write_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Read:")), 1, 0)
        grid.addWidget(hint(self.tr("One or several files from the other laptops; all are merged, or none.")),
                       1, 1)
        grid.addWidget(self.read_button, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(files)

        folder = QGroupBox(self.tr("Shared folder (OneDrive, Dropbox, a network drive)"))
        box = QGridLayout(folder)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.now_button = QPushButton(self.tr("Exchange now"))
        self.now_button.clicked.connect(self.exchange_now)
        self.news_label = QLabel()
        self.news_label.setWordWrap(True)
        self.news_label.setStyleSheet("color: #1f5f99; font-weight: 600;")
        self.read_now_button = QPushButton(self.tr("Read now"))
        self.read_now_button.setToolTip(self.tr("Merge the other laptops' new files from the folder (backup first)."))
        self.read_now_button.clicked.connect(self.read_now)
        self.own_label = QLabel()
        self.own_label.setWordWrap(True)
        self.write_own_button = QPushButton(self.tr("Write my file"))
        self.write_own_button.setToolTip(self.tr("Rewrite this laptop's own file in the folder with everything it "
                                                 "knows, so the others can read your changes."))
        self.write_own_button.clicked.connect(self.write_own)
        self.on_close_box = QCheckBox(self.tr("Write my file into the folder when OPN Desk closes"))
        self.on_close_box.setChecked(ops.writes_on_close(settings, self.database))
        self.on_close_box.toggled.connect(lambda on: ops.set_writes_on_close(self.settings, self.database, on))
        box.addWidget(self.folder_edit, 0, 0)
        box.addWidget(self.folder_button, 0, 1)
        box.addWidget(self.now_button, 0, 2)
        box.addWidget(self.news_label, 1, 0, 1, 2)
        box.addWidget(self.read_now_button, 1, 2)
        box.addWidget(self.own_label, 2, 0, 1, 2)
        box.addWidget(self.write_own_button, 2, 2)
        box.addWidget(self.on_close_box, 3, 0, 1, 3)
        box.addWidget(hint(self.tr(
            "This laptop writes only its own file into the folder and reads the other laptops' files there; "
            "new files are noticed while OPN Desk is open and read when you choose. The database itself stays "
            "outside the shared folder.")), 4, 0, 1, 3)
        box.setColumnStretch(0, 1)
        layout.addWidget(folder)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet("padding: 6px; background: #eef5ea; border-radius: 4px;")
        self.result_label.hide()
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        remembered = ops.remembered_folder(settings, self.database)
        self.folder_edit.setText(remembered)
        for button in (self.write_button, self.read_button, self.folder_button, self.new_laptop_button):
            button.setEnabled(not runner.readonly)
        self.news = None
        self._update_folder_buttons()
        runner.changed.connect(self._changed)
        self.watch.news.connect(self._folder_news)
        self._folder_news(self.watch.latest)
        self.reload()
        self.watch.look()

    # -- what is shown -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._state.run(success=self._loaded)

    def _changed(self, outcome) -> None:
        if self.isVisible() and (self.state is None or self.state.waiting or outcome.changes.touches(ops.EXCHANGED)):
            self.reload()

    def _loaded(self, state: ops.ExchangeState) -> None:
        self.state = state
        status = state.status
        me = status.laptop or {}
        self.laptop_label.setText(self.tr("This laptop: {name}").format(name=me.get("name") or ""))
        if state.waiting:
            self.decisions_button.setText(self.tr("1 decision waits…") if state.waiting == 1 else
                                          self.tr("{count} decisions wait…").format(count=state.waiting))
        self.decisions_button.setVisible(state.waiting > 0)
        others = [lap for lap in status.laptops if not lap["this"]]
        mine = next((lap for lap in status.laptops if lap["this"]), None)
        my_id = me.get("id")
        my_last = int((mine or {}).get("seen", {}).get(my_id, 0)) if my_id else 0
        self.table.setRowCount(len(others) if others else 1)
        if not others:
            self.table.setSpan(0, 0, 1, 3)
            self.table.setItem(0, 0, QTableWidgetItem(self.tr(
                "No other laptop yet. Set up another laptop to give a colleague a copy of the desk, or read "
                "an exchange file from one.")))
        else:
            self.table.clearSpans()
        for row, lap in enumerate(others):
            name = lap["name"] + (self.tr(" (forgotten)") if lap["forgotten"] else "")
            last = when(lap["last_exchange"]) if lap["last_exchange"] else self.tr("never")
            seen_mine = int(lap["seen"].get(my_id, 0)) if my_id else 0
            if my_last == 0 or seen_mine >= my_last:
                seen = self.tr("has seen all of them")
            elif seen_mine == 0:
                seen = self.tr("has seen none of them yet ({count} to send)").format(count=my_last)
            else:
                seen = self.tr("has not seen the last {count}").format(count=my_last - seen_mine)
            names = {lap2["id"]: lap2["name"] for lap2 in status.laptops}
            everything = "; ".join(self.tr("{laptop}: up to change {number}").format(
                laptop=names.get(k, k[:8]), number=v) for k, v in sorted(lap["seen"].items())) or self.tr("nothing yet")
            for col, text in enumerate((name, last, seen)):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("What {laptop} has seen: {seen}").format(laptop=lap["name"], seen=everything))
                self.table.setItem(row, col, item)
        current = self.for_combo.currentData()
        self.for_combo.clear()
        self.for_combo.addItem(self.tr("Everything this laptop knows"), None)
        for lap in others:
            if not lap["forgotten"]:
                self.for_combo.addItem(self.tr("Only what {name} has not seen").format(name=lap["name"]), lap["id"])
        found = self.for_combo.findData(current)
        self.for_combo.setCurrentIndex(max(found, 0))

    def _say(self, text: str) -> None:
        self.last_result = text
        self.result_label.setText(text)
        self.result_label.show()
        self.runner.message.emit(text)

    def _update_folder_buttons(self) -> None:
        chosen = not self.runner.readonly and bool(self.folder_edit.text().strip())
        self.now_button.setEnabled(chosen)
        self.write_own_button.setEnabled(chosen)
        self.on_close_box.setEnabled(chosen)
        news = self.news if chosen else None
        waiting = news_text(news)
        self.news_label.setText(waiting + "." if waiting else
                                self.tr("Nothing new from the other laptops in the folder.") if news is not None
                                else "")
        self.read_now_button.setEnabled(bool(waiting))
        if news is None:
            self.own_label.setText("")
        elif not news.own_file:
            self.own_label.setText(self.tr("This laptop has not written its file into the folder yet."))
        elif news.own_missing == 1:
            self.own_label.setText(self.tr("Your file in the folder ({name}) lacks 1 change made on this laptop.")
                                   .format(name=news.own_file))
        elif news.own_missing:
            self.own_label.setText(self.tr("Your file in the folder ({name}) lacks {count} changes made on this "
                                           "laptop.").format(name=news.own_file, count=news.own_missing))
        else:
            self.own_label.setText(self.tr("Your file in the folder ({name}) holds all your changes.")
                                   .format(name=news.own_file))

    def _folder_news(self, news) -> None:
        """What the watch found in the shared folder (watch.py): new files offered, this laptop's own file."""
        self.news = news
        self._update_folder_buttons()

    # -- another laptop ----------------------------------------------------------------------------
    def set_up_laptop(self) -> NewLaptopDialog:
        """*Set up another laptop…*: the copy is made as `sync clone` makes it; the list then shows the laptop."""
        dialog = self.new_laptop_dialog = NewLaptopDialog(self.runner, self._last_folder(), self)

        def made(laptop: str, path: Path) -> None:
            self.settings.set(Options.LAST_FOLDER, str(path.parent))
            self._say(self.tr("Made {path} for {laptop}. Give it to your colleague on a USB stick; the first laptop "
                              "to open it becomes {laptop}.").format(path=path, laptop=laptop))
            self.reload()

        dialog.made.connect(made)
        dialog.open()
        return dialog

    # -- writing a file ----------------------------------------------------------------------------
    def _last_folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def choose_write(self) -> None:
        me = (self.state.status.laptop or {}).get("name") if self.state else ""
        suggested = (re.sub(r"[^\w.-]+", "-", me or "").strip("-.") or "laptop") + SUFFIX
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write an exchange file"),
                                              str(self._last_folder() / suggested),
                                              self.tr("Exchange files (*.opnsync)"))
        if name:
            path = Path(name)
            if path.suffix.lower() != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
            self.settings.set(Options.LAST_FOLDER, str(path.parent))
            self.write_to(path, self.for_combo.currentData())

    def write_to(self, path: Path, for_laptop: str | None = None) -> None:
        """Write what this laptop knows (or what ``for_laptop`` has not seen) to ``path``."""

        def done(written) -> None:
            if written.for_laptop:
                self._say(self.tr("Wrote {count} changes not yet seen by {laptop} to {path}.").format(
                    count=written.operations, laptop=written.for_laptop, path=written.path))
            else:
                self._say(self.tr("Wrote {count} changes to {path}.").format(count=written.operations,
                                                                             path=written.path))
            self.reload()

        self.runner.run_long(self.tr("Writing an exchange file"),
                             lambda desk, progress, abort: ops.write_bundle(desk, progress, abort, path, for_laptop),
                             success=done, parent=self, cancellable=False)

    # -- reading files -----------------------------------------------------------------------------
    def choose_read(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Read exchange files"), str(self._last_folder()),
                                                self.tr("Exchange files (*.opnsync)"))
        if names:
            self.settings.set(Options.LAST_FOLDER, str(Path(names[0]).parent))
            self.read_files([Path(n) for n in names])

    def read_files(self, files: list[Path]) -> None:
        """Check every file, back the database up, merge them all (or none)."""
        self.runner.run_long(self.tr("Reading exchange files"),
                             lambda desk, progress, abort: ops.read_bundles(desk, progress, abort, files),
                             success=self._imported, parent=self, cancellable=False)

    def _imported(self, outcome) -> None:
        self._say(outcome.value.summary())
        ops.broadcast(self.runner, outcome)
        self.exchanged.emit(outcome)
        self.reload()

    # -- the shared folder -------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(self._last_folder())
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder you share with your colleagues"),
                                                start)
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> bool:
        """Remember ``folder`` as this desk's shared folder; refused (one sentence) when it holds the database."""
        try:
            where = shared_folder.check_folder(self.database, folder)
        except SyncError as exc:
            messages.warn(self, str(exc))
            return False
        self.folder_edit.setText(str(where))
        ops.remember_folder(self.settings, self.database, where)
        self.news = None
        self._update_folder_buttons()
        self.watch.set_folder(str(where))
        return True

    def exchange_now(self) -> None:
        """Read the other laptops' files in the shared folder, then write this laptop's own there."""
        folder = Path(self.folder_edit.text().strip())
        if not self.folder_edit.text().strip() or self.runner.readonly:
            return
        self.runner.run_long(self.tr("Exchanging through the shared folder"),
                             lambda desk, progress, abort: ops.exchange_in_folder(desk, progress, abort, folder),
                             success=self._imported, parent=self, cancellable=False)

    def read_now(self) -> None:
        """*Read now*: merge the other laptops' new files in the shared folder (this laptop's own is not written)."""
        folder = self.folder_edit.text().strip()
        if not folder or self.runner.readonly:
            return
        self.runner.run_long(self.tr("Reading the shared folder"),
                             lambda desk, progress, abort: ops.read_in_folder(desk, progress, abort, Path(folder)),
                             success=self._imported, parent=self, cancellable=False)

    def write_own(self) -> None:
        """*Write my file*: this laptop's own file in the shared folder, rewritten with everything it knows."""
        folder = self.folder_edit.text().strip()
        if not folder or self.runner.readonly:
            return

        def done(written) -> None:
            self._say(self.tr("Wrote {count} changes to {path}.").format(count=written.operations, path=written.path))
            self.watch.look()
            self.reload()

        self.runner.run_long(self.tr("Writing this laptop's file into the shared folder"),
                             lambda desk, progress, abort: ops.write_in_folder(desk, progress, abort, Path(folder)),
                             success=done, parent=self, cancellable=False)
