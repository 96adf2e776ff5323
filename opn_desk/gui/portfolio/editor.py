"""An initiative's editor: programme, lead and partners, kind (core needs two or more partners, the lead
included), SDG 12 and at most five other SDGs (said in one sentence as they are ticked), countries,
targets and progress, agreement and dates. The rules are the service's: a refusal shows its sentence
in the form, nothing is written."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.portfolio import MAX_OTHER_SDGS, SDG_12
from opn_desk.gui.core import labels
from opn_desk.gui.portfolio import words
from opn_desk.gui.widgets.dialogs import FormDialog
from opn_desk.gui.widgets.pickers import OrganisationPicker, find_data
from opn_desk.gui.widgets.style import ERROR_STYLE
from opn_desk.services.errors import InvalidInput
from opn_desk.services.portfolio import InitiativeInput


def _text(edit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


class InitiativeDialog(FormDialog):
    def __init__(self, parent: QWidget | None, runner, programmes: list[tuple[str, str]],
                 data: InitiativeInput | None = None, names: dict[uuid.UUID, str] | None = None,
                 programme: str | None = None):
        editing = data is not None
        super().__init__(parent, self.tr("Edit the initiative") if editing else self.tr("New initiative"),
                         self.tr("Save") if editing else self.tr("Create the initiative"))
        self.setMinimumWidth(640)
        names = names or {}
        self.title = QLineEdit(data.title if data else "")
        self.programme = QComboBox()
        for code, name in programmes:
            self.programme.addItem(f"{code} — {name}", code)
        wanted = data.programme_code if data else programme
        if wanted:
            self.programme.setCurrentIndex(max(0, find_data(self.programme, wanted)))
        self.kind = QComboBox()
        for code in words.KINDS:
            self.kind.addItem(words.kind(code), code)
        self.kind.setCurrentIndex(max(0, find_data(self.kind, data.kind if data else "affiliated")))
        self.kind.setToolTip(self.tr("A core initiative is run jointly by two or more partners, the lead included; "
                                     "an affiliated one passes the desk's due diligence."))
        self.lead = OrganisationPicker(runner)
        if data and data.lead_id:
            self.lead.choose(data.lead_id, names.get(data.lead_id, ""))
        self.partners = QListWidget()
        self.partners.setMaximumHeight(90)
        for org in (data.partner_ids if data else ()):
            self._add_partner(org, names.get(org, ""))
        self.partner_picker = OrganisationPicker(runner)
        self.partner_picker.setPlaceholderText(self.tr("Add a partner: type part of its name"))
        self.partner_picker.chosen.connect(self._picked)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: [self.partners.takeItem(self.partners.row(i))
                                        for i in self.partners.selectedItems()])
        partner_box = QWidget()
        box = QVBoxLayout(partner_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.partners)
        row = QHBoxLayout()
        row.addWidget(self.partner_picker, 1)
        row.addWidget(remove)
        box.addLayout(row)

        sdg_box = QWidget()
        grid = QGridLayout(sdg_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        self.sdgs: dict[int, QCheckBox] = {}
        chosen = set(data.other_sdgs) if data else set()
        for n in range(1, 18):
            check = QCheckBox(str(n))
            if n == SDG_12:
                check.setChecked(True)
                check.setEnabled(False)
                check.setToolTip(self.tr("Every initiative serves SDG 12."))
            else:
                check.setChecked(n in chosen)
                check.toggled.connect(lambda _b: self._sdgs_changed())
            self.sdgs[n] = check
            grid.addWidget(check, (n - 1) // 9, (n - 1) % 9)
        self.sdg_sentence = QLabel()
        self.sdg_sentence.setWordWrap(True)
        grid.addWidget(self.sdg_sentence, 2, 0, 1, 9)

        self.work_stream = QLineEdit(data.work_stream if data else "")
        self.sector = QLineEdit(data.sector if data else "")
        self.countries = QLineEdit("; ".join(data.countries) if data else "")
        self.countries.setPlaceholderText(self.tr("Country codes (ISO3), e.g. KEN; PER"))
        self.description = QPlainTextEdit(data.description if data else "")
        self.targets = QPlainTextEdit(data.targets if data else "")
        self.progress = QPlainTextEdit(data.progress if data else "")
        for edit in (self.description, self.targets, self.progress):
            edit.setMaximumHeight(54)
        self.agreement = QLineEdit(data.agreement_type if data else "")
        self.agreement.setPlaceholderText(self.tr("Letter of intent, MoU, pooled fund…"))
        self.starts = QLineEdit(labels.input_day(data.starts_on if data else None))
        self.ends = QLineEdit(labels.input_day(data.ends_on if data else None))
        shape = labels.input_day(date(2026, 12, 31))  # the language's order: "31/12/2026", "12/31/2026"
        for edit in (self.starts, self.ends):
            edit.setPlaceholderText(shape)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.ends)
        self.notes = QLineEdit(data.notes if data else "")
        self.notes.setToolTip(self.tr("The desk's own notes: never in a public export."))

        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Programme"), self.programme)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Lead organisation"), self.lead)
        self.form.addRow(self.tr("Partners"), partner_box)
        self.form.addRow(self.tr("SDGs"), sdg_box)
        self.form.addRow(self.tr("Work-stream"), self.work_stream)
        self.form.addRow(self.tr("Sector"), self.sector)
        self.form.addRow(self.tr("Countries"), self.countries)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Targets"), self.targets)
        self.form.addRow(self.tr("Progress"), self.progress)
        self.form.addRow(self.tr("Agreement"), self.agreement)
        self.form.addRow(self.tr("Dates"), dates)
        self.form.addRow(self.tr("Desk notes"), self.notes)
        self._sdgs_changed()

    # -- partners and SDGs ---------------------------------------------------------------------------
    def _add_partner(self, org_id: uuid.UUID, label: str) -> None:
        for i in range(self.partners.count()):
            if self.partners.item(i).data(Qt.ItemDataRole.UserRole) == org_id:
                return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, org_id)
        self.partners.addItem(item)

    def _picked(self, org_id, label: str) -> None:
        if org_id is not None:
            self._add_partner(org_id, label)
            self.partner_picker.choose(None, "")

    def add_partner(self, org_id: uuid.UUID, label: str) -> None:
        self._add_partner(org_id, label)

    def partner_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(self.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.partners.count()))

    def other_sdgs(self) -> tuple[int, ...]:
        return tuple(n for n, c in self.sdgs.items() if n != SDG_12 and c.isChecked())

    def set_sdgs(self, numbers) -> None:
        for n, check in self.sdgs.items():
            if n != SDG_12:
                check.setChecked(n in set(numbers))

    def _sdgs_changed(self) -> None:
        count = len(self.other_sdgs())
        if count > MAX_OTHER_SDGS:
            text = self.tr("An initiative serves SDG 12 and at most five other SDGs; {count} are ticked: untick "
                           "{extra}.").format(count=count, extra=count - MAX_OTHER_SDGS)
            self.sdg_sentence.setStyleSheet(ERROR_STYLE)
        else:
            text = self.tr("SDG 12 and at most five other SDGs: {count} of 5 chosen.").format(count=count)
            self.sdg_sentence.setStyleSheet("")
        self.sdg_sentence.setText(text)

    # -- the value ---------------------------------------------------------------------------------
    def _date(self, edit: QLineEdit, field: str) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return labels.read_day(text)
        except ValueError:
            raise InvalidInput(field, self.tr("“{text}” is not a date; write it like {example}.").format(
                text=text, example=labels.input_day(date(2026, 12, 31)))) from None

    def value(self) -> InitiativeInput:
        countries = tuple(c.strip() for c in self.countries.text().replace(",", ";").split(";") if c.strip())
        return InitiativeInput(
            self.title.text(), self.programme.currentData(), self.lead.org_id, self.kind.currentData(),
            self.partner_ids(), _text(self.description), self.work_stream.text(), self.sector.text(), countries,
            self.other_sdgs(), _text(self.targets), _text(self.progress), self.agreement.text(),
            self._date(self.starts, "starts_on"), self._date(self.ends, "ends_on"), self.notes.text())
