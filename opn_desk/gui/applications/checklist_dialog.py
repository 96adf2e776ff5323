"""The screening checklists: which eligibility and due-diligence checks a new application of each role
starts with. Kept in the database, so every laptop working on the desk's file uses the same list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.vocab import Role
from opn_desk.gui.applications.detail_tabs import screening_words
from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp


class ChecklistDialog(QDialog):
    """Edit, reorder and save the screening checklist per role; Restore defaults brings back the shipped list."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, role: str = Role.CORE_PARTNER):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.setWindowTitle(self.tr("Screening checklists"))
        self.setMinimumSize(560, 420)
        self.loaded: list[str] = []
        self._loading_role: str | None = None
        from opn_desk.services import desk_settings

        self._checklist = ReadOp(runner, desk_settings.checklist_for)  # the role chosen last only

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The eligibility and due-diligence checks a new application starts its screening "
                               "with. Applications already received keep their own list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Role applied for:")))
        self.role_combo = QComboBox()
        for r in Role:
            self.role_combo.addItem(labels.role(r.value), r.value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(str(role))))
        row.addWidget(self.role_combo, 1)
        self.state_label = QLabel()
        row.addWidget(self.state_label)
        layout.addLayout(row)

        body = QHBoxLayout()
        self.items = QListWidget()
        self.items.setAlternatingRowColors(True)
        self.items.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.items.setAccessibleName(self.tr("Checks"))
        body.addWidget(self.items, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add check"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.restore_button)
        body.addLayout(side)
        layout.addLayout(body, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)

        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button, self.restore_button,
                       self.save_button):
            widget.setEnabled(not self.readonly)
        if self.readonly:
            self.items.setDragDropMode(QListWidget.DragDropMode.NoDragDrop)
        self.add_button.clicked.connect(self.add_check)
        self.remove_button.clicked.connect(self.remove_check)
        self.up_button.clicked.connect(lambda: self.move_check(-1))
        self.down_button.clicked.connect(lambda: self.move_check(1))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.role_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    # -- reading ---------------------------------------------------------------------------------
    @property
    def role(self) -> str:
        return self.role_combo.currentData()

    def load(self) -> None:
        role = self.role
        self._loading_role = role

        def shown(value) -> None:
            if self._loading_role != role:  # the officer chose another role meanwhile
                return
            items, customised = value
            self._show(list(items), customised)

        self._checklist.run(role, success=shown, parent=self)

    def _show(self, items: list[str], customised: bool) -> None:
        self.loaded = list(items)
        self.items.clear()
        for text in items:
            self.items.addItem(self._item(text))
        self.state_label.setText(self.tr("Customised by the desk") if customised else self.tr("Shipped defaults"))
        self.error_label.hide()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(screening_words(text))  # a shipped check in the window's language
        item.setData(Qt.ItemDataRole.UserRole, text)
        if not self.readonly:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def current_items(self) -> list[str]:
        """The checks as saved: a shipped check left as shown keeps its stored (English) words."""
        out = []
        for i in range(self.items.count()):
            item = self.items.item(i)
            stored = item.data(Qt.ItemDataRole.UserRole)
            out.append(stored if stored and item.text() == screening_words(stored) else item.text())
        return out

    # -- editing ---------------------------------------------------------------------------------
    def add_check(self, text: str | None = None) -> None:
        item = self._item(text or self.tr("New check"))
        self.items.addItem(item)
        self.items.setCurrentItem(item)
        if text is None:
            self.items.editItem(item)

    def remove_check(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)

    def move_check(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)

    def restore_defaults(self) -> None:
        from opn_desk.services import desk_settings

        role = self.role
        WriteOp(self.tr("Restore the default screening checklist for {role}").format(
            role=labels.role(role).lower()), desk_settings.restore_default_checklist, role) \
            .success(lambda _outcome: self.load()).failure(self._failed).run_in(self.runner, parent=self)

    def save(self) -> None:
        from opn_desk.services import desk_settings

        role = self.role
        self.error_label.hide()
        self.save_button.setEnabled(False)

        def saved(_outcome) -> None:
            self.save_button.setEnabled(not self.readonly)
            self.load()

        WriteOp(self.tr("Set the screening checklist for {role}").format(role=labels.role(role).lower()),
                desk_settings.set_screening_checklist, role, self.current_items()) \
            .success(saved).failure(self._failed).run_in(self.runner, parent=self)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(not self.readonly)
        self.error_label.setText(describe_failure(exc))
        self.error_label.show()
