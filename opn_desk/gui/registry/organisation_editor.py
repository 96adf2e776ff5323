"""The organisation editor: the Designer form ui/organisation_editor.ui brought to life.

Its parts live beside it, each mixed in: editor_details.py (the Details form), editor_people.py (people and
memberships), editor_health.py (the partnership's health), editor_history.py, editor_duplicates.py.

Details are edited in place and saved together (Save, with the version loaded, so an edit made
meanwhile elsewhere is never overwritten silently). People and memberships are changed through
small dialogs, each change saved at once as its own undoable step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QWidget,
)

from opn_desk.domain.registry import (
    OrganisationDetail,
)
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.forms.ui_organisation_editor import Ui_OrganisationEditor
from opn_desk.gui.registry.editor_details import EditorDetails
from opn_desk.gui.registry.editor_duplicates import EditorDuplicates
from opn_desk.gui.registry.editor_health import EditorHealth
from opn_desk.gui.registry.editor_history import EditorHistory
from opn_desk.gui.registry.editor_people import EditorPeople
from opn_desk.gui.registry.ops import organisation_with_history
from opn_desk.gui.widgets import country_combo
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.country_combo import fill_countries
from opn_desk.gui.widgets.table_export import offer_export
from opn_desk.services import registry
from opn_desk.services.errors import InvalidInput, NotFound, StaleEdit

WATCHED = frozenset({"organisation", "person", "membership"})  # kinds of records
class OrganisationEditor(EditorDetails, EditorDuplicates, EditorHealth, EditorHistory, EditorPeople, QWidget):
    """Shows one organisation (or a new one) for editing."""

    closed = Signal()
    loaded = Signal(object)  # the organisation's id, after each (re)load
    saved = Signal(object)  # the organisation's id, after Save (or a merge into it) succeeded

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.ui = Ui_OrganisationEditor()
        self.ui.setupUi(self)
        self.org_id: uuid.UUID | None = None
        self.detail: OrganisationDetail | None = None
        self.version: int | None = None
        self.dirty = False
        self.dialog = None  # the dialog open for a person or membership (tests drive it)
        self._filling = False
        self._parent_id: uuid.UUID | None = None
        self._parent_text = ""
        self._parent_choices: dict[str, uuid.UUID] = {}
        self._loading = ReadOp(runner, organisation_with_history, on_desk=True)  # the latest answer only
        self._parent_found = ReadOp(runner, registry.organisation_choices)  # the parent searched for last
        self._countries_ready = False
        self._pending_country: str | None = None
        self._setup_health()  # first: _setup's _update_buttons enables its tab
        self._setup()
        self._setup_duplicates()
        country_combo.load_countries(runner, success=self._fill_countries)

    # -- set-up ------------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        title_font = QFont(ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        ui.subtitleLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.messageLabel.hide()
        ui.closeButton.setText(self.tr("Close"))
        ui.notesEdit.setMaximumHeight(120)
        ui.otherNamesTable.setMinimumHeight(90)
        ui.otherNamesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.otherNamesTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.otherNamesTable.verticalHeader().setDefaultSectionSize(ui.otherNamesTable.fontMetrics().height() + 10)
        for table in (ui.peopleTable, ui.membershipsTable):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
            table.horizontalHeader().setHighlightSections(False)
            table.setWordWrap(False)
        ui.peopleTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.peopleTable.setColumnWidth(0, 160)
        ui.peopleTable.setColumnWidth(1, 180)
        ui.peopleTable.setColumnWidth(2, 110)
        for column, width in enumerate((84, 110, 176, 64, 130)):
            ui.membershipsTable.setColumnWidth(column, width)
        ui.historyTree.setColumnWidth(0, max(132, day_width(ui.historyTree, "moment")))
        ui.historyTree.setColumnWidth(1, 100)
        ui.historyTree.setUniformRowHeights(False)
        ui.historyTree.header().setStretchLastSection(True)
        ui.historyTree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_export = offer_export(ui.historyTree, self.runner, self.tr("Organisation history"))
        for hint in (ui.peopleHint, ui.membershipsHint):
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        ui.clusterCombo.addItem(self.tr("(not set)"), None)
        for c in labels.CLUSTERS:
            ui.clusterCombo.addItem(labels.cluster(c), c.value)
        ui.typeCombo.addItem(self.tr("(not set)"), None)
        for t in labels.TYPES:
            ui.typeCombo.addItem(labels.organisation_type(t), t.value)
        ui.countryCombo.lineEdit().setPlaceholderText(self.tr("Type a country's name or its ISO code"))
        country_completer = ui.countryCombo.completer()
        country_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        country_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        country_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        self._parent_model = QStringListModel(self)
        self._parent_completer = QCompleter(self._parent_model, self)
        self._parent_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._parent_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.parentEdit.setCompleter(self._parent_completer)
        self._parent_completer.activated.connect(self._parent_chosen)
        self._parent_timer = QTimer(self, singleShot=True, interval=150)
        self._parent_timer.timeout.connect(self._search_parents)
        ui.parentEdit.textEdited.connect(lambda _text: self._parent_timer.start())
        ui.parentClearButton.clicked.connect(self._clear_parent)

        for edit in (ui.nameEdit, ui.acronymEdit, ui.websiteEdit, ui.parentEdit):
            edit.textChanged.connect(self._changed)
        ui.notesEdit.textChanged.connect(self._changed)
        ui.countryCombo.currentTextChanged.connect(self._changed)
        ui.clusterCombo.currentIndexChanged.connect(self._changed)
        ui.typeCombo.currentIndexChanged.connect(self._changed)
        ui.otherNamesTable.itemChanged.connect(self._changed)
        ui.nameEdit.textChanged.connect(self._show_title)

        ui.addNameButton.clicked.connect(self._add_name)
        ui.removeNameButton.clicked.connect(self._remove_name)
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.revertButton.clicked.connect(self.revert)
        ui.deleteButton.clicked.connect(self.delete)
        ui.mergeButton.clicked.connect(self.merge)
        ui.closeButton.clicked.connect(self.request_close)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.editPersonButton.clicked.connect(self.edit_person)
        ui.removePersonButton.clicked.connect(self.remove_person)
        ui.peopleTable.itemDoubleClicked.connect(lambda _item: self.edit_person())
        ui.peopleTable.itemSelectionChanged.connect(self._update_buttons)
        ui.addMembershipButton.clicked.connect(self.add_membership)
        ui.endMembershipButton.clicked.connect(self.end_membership)
        ui.renewMembershipButton.clicked.connect(self.renew_membership)
        ui.membershipsTable.itemSelectionChanged.connect(self._update_buttons)

        if self.readonly:
            for edit in (ui.nameEdit, ui.acronymEdit, ui.websiteEdit, ui.parentEdit):
                edit.setReadOnly(True)
            ui.notesEdit.setReadOnly(True)
            for widget in (ui.countryCombo, ui.clusterCombo, ui.typeCombo, ui.parentClearButton):
                widget.setEnabled(False)
            ui.otherNamesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for button in (ui.saveButton, ui.revertButton, ui.deleteButton, ui.mergeButton, ui.addNameButton,
                           ui.removeNameButton, ui.addPersonButton, ui.editPersonButton, ui.removePersonButton,
                           ui.addMembershipButton, ui.endMembershipButton, ui.renewMembershipButton):
                button.hide()
            ui.peopleHint.hide()
        self._update_buttons()

    def _fill_countries(self, countries) -> None:
        combo = self.ui.countryCombo
        with QSignalBlocker(combo):
            fill_countries(combo, countries)
        self._countries_ready = True
        self._set_country(self._pending_country)

    def _set_country(self, iso3: str | None) -> None:
        combo = self.ui.countryCombo
        self._pending_country = iso3
        index = combo.findData(iso3) if iso3 else 0
        with QSignalBlocker(combo):
            combo.setCurrentIndex(max(index, 0))
            combo.setEditText(combo.itemText(max(index, 0)))

    # -- opening -----------------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.org_id is None

    def open_organisation(self, org_id: uuid.UUID) -> None:
        self.org_id = org_id
        self.dirty = False
        self._hide_message()
        self.clear_duplicates()
        self._clear_health()
        self._load(keep_edits=False)

    def new_organisation(self) -> None:
        self.org_id = None
        self.detail = None
        self.version = None
        self._hide_message()
        self.clear_duplicates()
        self._clear_health()
        self._fill_details(None)
        self._fill_people(())
        self._fill_memberships(())
        self._fill_history([])
        self.ui.tabs.setCurrentIndex(0)
        self.dirty = False
        self._update_buttons()
        self._show_title()
        self.ui.nameEdit.setFocus()

    def _load(self, keep_edits: bool, then: Callable[[], None] | None = None) -> None:
        org_id = self.org_id
        if org_id is None:
            return

        def arrived(result) -> None:
            if org_id != self.org_id:
                return
            detail, history = result
            self.detail = detail
            if not keep_edits or not self.dirty:
                self.version = detail.version
                self._fill_details(detail)
                self.dirty = False
            self._fill_people(detail.people)
            self._fill_memberships(detail.memberships)
            self._fill_history(history)
            self._update_buttons()
            self._show_title()
            self._read_health()
            self.loaded.emit(org_id)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound):
                self.runner.message.emit(self.tr("That organisation no longer exists."))
                self.dirty = False
                self.close_editor()
            else:
                messages.show_failure(self, exc)

        self._loading.run(org_id, success=arrived, failure=failed)

    def on_changed(self, outcome) -> None:
        """A write anywhere: reload what is shown, keeping unsaved edits to the details."""
        if self.org_id is not None and self.isVisible() and outcome.changes.touches(WATCHED):
            self._load(keep_edits=True)
        if self.isVisible():
            self._health_changed(outcome)

    # -- state -------------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if self._filling or self.readonly:
            return
        if not self.dirty:
            self.dirty = True
            self._update_buttons()

    def _show_title(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if self.org_id is None:
            title = name or self.tr("New organisation")
            subtitle = self.tr("Not saved yet. People and memberships can be added once it is saved.")
        else:
            title = name or self.tr("(no name)")
            d = self.detail
            parts = []
            if d and d.country_name:
                parts.append(f"{d.country_name} · {labels.regional_group(d.regional_group)}")
            if d and d.stakeholder_cluster:
                parts.append(labels.cluster(d.stakeholder_cluster))
            subtitle = " · ".join(parts)
        self.ui.titleLabel.setText(title)
        self.ui.subtitleLabel.setText(subtitle)
        self.ui.subtitleLabel.setVisible(bool(subtitle))

    def _update_buttons(self) -> None:
        ui = self.ui
        saved = self.org_id is not None
        ui.saveButton.setEnabled(self.dirty or not saved)
        ui.saveButton.setText(self.tr("Save") if saved else self.tr("Add organisation"))
        ui.revertButton.setEnabled(self.dirty and saved)
        ui.deleteButton.setEnabled(saved)
        ui.mergeButton.setEnabled(saved and not self.dirty)
        ui.peopleTab.setEnabled(saved)
        ui.membershipsTab.setEnabled(saved)
        ui.historyTab.setEnabled(saved)
        self.healthTab.setEnabled(saved)
        person = self._selected_person()
        ui.editPersonButton.setEnabled(person is not None)
        ui.removePersonButton.setEnabled(person is not None)
        membership = self._selected_membership()
        is_active = membership is not None and membership.status == "active"
        ui.endMembershipButton.setEnabled(is_active)
        ui.renewMembershipButton.setEnabled(is_active and membership.term_end is not None)
        ui.addMembershipButton.setEnabled(saved)
        ui.addPersonButton.setEnabled(saved)

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.ui.messageLabel.show()

    def _hide_message(self) -> None:
        self.ui.messageLabel.hide()
        for widget in (self.ui.nameEdit, self.ui.acronymEdit, self.ui.countryCombo, self.ui.parentEdit,
                       self.ui.clusterCombo, self.ui.websiteEdit):
            widget.setStyleSheet("")

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the details; ``then`` runs after a successful save."""
        if self.readonly:
            return
        self._hide_message()
        try:
            data = self.current_input()
        except InvalidInput as exc:
            self._invalid(exc)
            return
        self.ui.saveButton.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            if isinstance(exc, InvalidInput):
                self._invalid(exc)
            elif isinstance(exc, StaleEdit):
                answer = messages.choose(self, str(exc), [self.tr("Reload (lose my changes)"),
                                                          self.tr("Keep editing")], default=1, escape=1)
                if answer == 0:
                    self.dirty = False
                    self._load(keep_edits=False)
            else:
                messages.show_failure(self, exc)

        if self.org_id is None:
            def created(outcome) -> None:
                self.dirty = False
                self.org_id = outcome.value
                self.clear_duplicates()  # saved after the warning: the officer has decided
                self.ui.tabs.setCurrentIndex(0)
                self._load(keep_edits=False)
                self.saved.emit(self.org_id)
                if then is not None:
                    then()
            WriteOp(self.tr("Add {name}").format(name=data.name.strip()), registry.create_organisation, data) \
                .success(created).failure(failed).run_in(self.runner, parent=self)
        else:
            org_id = self.org_id

            def updated(_outcome) -> None:
                self.dirty = False
                self._update_buttons()
                self.saved.emit(org_id)
                if then is not None:
                    then()
                # The broadcast that follows reloads the form with the new version.
            WriteOp(self.tr("Edit {name}").format(name=data.name.strip()), registry.update_organisation, org_id, data,
                    expected_version=self.version).success(updated).failure(failed).run_in(self.runner, parent=self)

    def revert(self) -> None:
        self.dirty = False
        self._hide_message()
        if self.detail is not None:
            self.version = self.detail.version
            self._fill_details(self.detail)
            self._show_title()
        self._load(keep_edits=False)
        self._update_buttons()

    def delete(self) -> None:
        if self.readonly or self.org_id is None or self.detail is None:
            return
        name = self.detail.name
        people = len(self.detail.people)
        detail = (self.tr("Its {count} people are removed with it. ").format(count=people) if people else "") + \
            self.tr("You can undo this with Edit › Undo.")
        if not messages.confirm(self, self.tr("Delete {name}?").format(name=name), self.tr("Delete"), detail=detail):
            return
        org_id = self.org_id

        def deleted(_outcome) -> None:
            if self.org_id == org_id:
                self.dirty = False
                self.close_editor()

        WriteOp(self.tr("Delete {name}").format(name=name), registry.delete_organisation, org_id) \
            .success(deleted).run_in(self.runner, parent=self)

    def merge(self) -> None:
        """Merge this record with a duplicate; the editor then shows the record kept."""
        from opn_desk.gui.registry.merge_dialog import MergeDialog

        if self.readonly or self.org_id is None or self.detail is None or self.dirty:
            return
        dialog = MergeDialog(self.runner, self.org_id, self.detail.name, self)
        self.dialog = dialog

        def merged(kept_id: uuid.UUID) -> None:
            self.dirty = False
            self.open_organisation(kept_id)
            # The table makes the kept record its current row before the merged one's row goes away;
            # otherwise the current row would move to a neighbour and the editor follow it there.
            self.saved.emit(kept_id)
            if dialog.result_notes:  # e.g. two active memberships in the same role: the officer must choose
                self._show_message(" ".join(dialog.result_notes))

        dialog.merged.connect(merged)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    def may_leave(self, then: Callable[[], None] | None = None) -> bool:
        """Ask what to do with unsaved details; True when the editor may show something else now.

        Choosing Save saves first and returns False; ``then`` runs once the save succeeded.
        """
        if not self.dirty or self.readonly or not self.isVisible():
            return True
        name = self.ui.nameEdit.text().strip() or self.tr("this organisation")
        answer = messages.choose(self, self.tr("Save your changes to {name}?").format(name=name),
                                 [self.tr("Save"), self.tr("Discard changes"), self.tr("Cancel")],
                                 detail=self.tr("Your changes to the details have not been saved yet."),
                                 default=0, escape=2)
        if answer == 1:
            self.dirty = False
            return True
        if answer == 0:
            self.save(then=then)
        return False

    def request_close(self) -> None:
        if self.may_leave(then=self.close_editor):
            self.dirty = False
            self.close_editor()

    def close_editor(self) -> None:
        self.org_id = None
        self.detail = None
        self._loading.drop()
        self.clear_duplicates()
        self._clear_health()
        self.hide()
        self.closed.emit()

