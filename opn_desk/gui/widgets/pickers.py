"""Pickers shared by the areas: an organisation searched as you type, a person of an organisation, a combo's item by value."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.services import registry


def organisation_people(session, org_id: uuid.UUID):
    """The people of one organisation (for the representative and reviewer pickers): a query for a
    `ReadOp`, ``ReadOp(runner, organisation_people)``."""
    return registry.get_organisation(session, org_id).people


SEARCH_DELAY_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


def find_data(combo: QComboBox, value) -> int:
    """The index of the item holding ``value`` (compared by ==), -1 when none. QComboBox.findData
    compares Python objects such as UUIDs by identity, so an equal id from elsewhere is not found."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


class OrganisationPicker(QLineEdit):
    """Search-as-you-type among the registry's organisations; ``chosen`` when one is picked."""

    chosen = Signal(object, str)  # organisation id (None when cleared), label

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.org_id: uuid.UUID | None = None
        self._label = ""
        self._choices: dict[str, uuid.UUID] = {}
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(_tr("Type part of the name or acronym"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._picked)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)
        self._found = ReadOp(runner, registry.organisation_choices)  # the latest search only

    def _edited(self, text: str) -> None:
        if self.org_id is not None and text != self._label:
            self.org_id = None
            self.chosen.emit(None, "")
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if len(text) < 2:
            return

        def show(choices) -> None:
            if self.text().strip() != text:
                return  # typed on meanwhile
            self._choices = {label: cid for cid, label in choices}
            self._model.setStringList(list(self._choices))
            if self._choices and self.hasFocus():
                self._completer.complete()

        self._found.run(text, success=show, failure=lambda _exc: None)

    def _picked(self, label: str) -> None:
        if label in self._choices:
            self.choose(self._choices[label], label)

    def choose(self, org_id: uuid.UUID | None, label: str) -> None:
        self.org_id = org_id
        self._label = label
        with QSignalBlocker(self):
            self.setText(label)
        self.setCursorPosition(0)
        self.chosen.emit(org_id, label)

    def choices(self) -> dict[str, uuid.UUID]:
        return dict(self._choices)


class PersonPicker(QWidget):
    """A reviewer: one of the call's known reviewers, or anyone found through their organisation."""

    changed = Signal()

    def __init__(self, runner: OperationRunner, call_id: uuid.UUID | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.known = QComboBox()
        self.known.addItem(_tr("(choose a reviewer of this call)"), None)
        self.known.setEnabled(False)
        self.organisation = OrganisationPicker(runner)
        self.organisation.setPlaceholderText(_tr("or find the reviewer's organisation"))
        self.people = QComboBox()
        self.people.addItem(_tr("(choose the organisation first)"), None)
        self.people.setEnabled(False)
        layout.addRow(_tr("Reviewer of this call"), self.known)
        layout.addRow(_tr("Organisation"), self.organisation)
        layout.addRow(_tr("Person"), self.people)
        self.known.currentIndexChanged.connect(self._known_changed)
        self.people.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.organisation.chosen.connect(self._organisation_chosen)
        self._people = ReadOp(runner, organisation_people)  # of the organisation chosen last only
        if call_id is not None:
            from opn_desk.services import reviews

            ReadOp(runner, reviews.call_reviewers).run(call_id, success=self._fill_known,
                                                       failure=lambda _exc: self._fill_known([]))

    def _fill_known(self, reviewers) -> None:
        with QSignalBlocker(self.known):
            for person_id, name in reviewers:
                self.known.addItem(name, person_id)
        self.known.setEnabled(bool(reviewers))
        if not reviewers:
            self.known.setItemText(0, _tr("(nobody has scored in this call yet)"))

    def _known_changed(self, _index: int) -> None:
        if self.known.currentData() is not None:
            with QSignalBlocker(self.people):
                self.people.setCurrentIndex(0)
        self.changed.emit()

    def _organisation_chosen(self, org_id, _label: str) -> None:
        self.people.clear()
        if org_id is None:
            self._people.drop()
            self.people.addItem(_tr("(choose the organisation first)"), None)
            self.people.setEnabled(False)
            self.changed.emit()
            return
        self.people.addItem(_tr("Loading…"), None)

        def fill(people) -> None:
            if self.organisation.org_id != org_id:
                return
            with QSignalBlocker(self.people):
                self.people.clear()
                self.people.addItem(_tr("(choose the person)") if people else _tr("(no people recorded)"), None)
                for p in people:
                    self.people.addItem(p.name, p.id)
            self.people.setEnabled(bool(people))
            if len(people) == 1:
                self.people.setCurrentIndex(1)
            with QSignalBlocker(self.known):
                self.known.setCurrentIndex(0)
            self.changed.emit()

        self._people.run(org_id, success=fill, failure=lambda _exc: None)

    def select(self, person_id: uuid.UUID, name: str) -> None:
        index = find_data(self.known, person_id)
        if index < 0:
            self.known.addItem(name, person_id)
            index = self.known.count() - 1
            self.known.setEnabled(True)
        self.known.setCurrentIndex(index)

    def value(self) -> tuple[uuid.UUID, str] | None:
        if self.known.currentData() is not None:
            return self.known.currentData(), self.known.currentText()
        if self.people.currentData() is not None:
            return self.people.currentData(), self.people.currentText()
        return None
