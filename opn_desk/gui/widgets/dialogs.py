"""Small dialogs: a person, a membership, ending and renewing a term, export, demo, preferences.

Dialogs that change the desk stay open until the change is saved: OK emits `submitted`, the
caller runs the operation, and the dialog closes on success or shows the service's sentence
inline on failure, so the user can correct it without retyping.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.domain.registry import MembershipValue, PersonValue
from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(labels.date_input_format())
    return edit


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class FormDialog(QDialog):
    """A form with OK/Cancel, an inline error line, and `submitted` instead of closing on OK."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None, title: str, ok_text: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        self.error_label.hide()
        self.ok_button.setEnabled(False)
        self.submitted.emit()

    def succeeded(self, _value=None) -> None:
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText(describe_failure(exc))
        self.error_label.show()


class PersonDialog(FormDialog):
    def __init__(self, parent: QWidget | None, person: PersonValue | None = None):
        super().__init__(parent, self.tr("Edit person") if person else self.tr("Add person"),
                         self.tr("Save") if person else self.tr("Add"))
        self.person = person
        self.name_edit = QLineEdit(person.name if person else "")
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit(person.email if person else "")
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.phone_edit = QLineEdit(person.phone if person else "")
        self.gender_combo = QComboBox()
        for g in labels.GENDERS:
            self.gender_combo.addItem(labels.gender(g), g.value)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(person.gender if person else "unknown"))
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&E-mail"), self.email_edit)
        self.form.addRow(self.tr("&Phone"), self.phone_edit)
        self.form.addRow(self.tr("&Gender (as stated)"), self.gender_combo)
        note = QLabel(self.tr("Gender is recorded only as the person states it; it is sensitive and never "
                              "exported unless you ask for it."))
        note.setWordWrap(True)
        note.setEnabled(False)
        self.form.addRow("", note)

    def values(self) -> tuple[str, str, str, str]:
        return (self.name_edit.text(), self.email_edit.text(), self.phone_edit.text(),
                self.gender_combo.currentData())


class MembershipDialog(FormDialog):
    def __init__(self, parent: QWidget | None, people: tuple[PersonValue, ...], today: date | None = None):
        super().__init__(parent, self.tr("Add membership"), self.tr("Add"))
        today = today or date.today()
        self.programme_combo = QComboBox()
        for p in PROGRAMMES:
            if p.active:
                self.programme_combo.addItem(f"{p.code} — {labels.programme(p.code)}", p.code)
        self.role_combo = QComboBox()
        for r in labels.ROLES:
            self.role_combo.addItem(labels.role(r), r.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData("network_member"))
        self.representative_combo = self._people(people)
        self.alternate_combo = self._people(people)
        self.start_edit = _date_edit(today)
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end_edit = _date_edit(add_years(today, 2))
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        self.role_combo.currentIndexChanged.connect(self._default_end)
        self._default_end()
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_edit, 1)
        self.form.addRow(self.tr("&Programme"), self.programme_combo)
        self.form.addRow(self.tr("&Role"), self.role_combo)
        self.form.addRow(self.tr("Re&presentative"), self.representative_combo)
        self.form.addRow(self.tr("A&lternate"), self.alternate_combo)
        self.form.addRow(self.tr("Term &starts"), self.start_edit)
        self.form.addRow(self.tr("Term ends"), end_row)

    def _people(self, people) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(nobody named yet)"), None)
        for p in people:
            combo.addItem(p.name, p.id)
        return combo

    def _default_end(self) -> None:
        # Co-leads and core partners serve terms; network members usually have no end date.
        term = self.role_combo.currentData() in ("co_lead", "core_partner")
        self.has_end.setChecked(term)
        self.end_edit.setEnabled(term)

    def values(self) -> dict:
        return {
            "programme_code": self.programme_combo.currentData(),
            "role": self.role_combo.currentData(),
            "representative_id": self.representative_combo.currentData(),
            "alternate_id": self.alternate_combo.currentData(),
            "term_start": _pydate(self.start_edit.date()),
            "term_end": _pydate(self.end_edit.date()) if self.has_end.isChecked() else None,
        }


def membership_label(m: MembershipValue) -> str:
    return f"{m.programme_code} {labels.role(m.role).lower()}"


class EndMembershipDialog(FormDialog):
    def __init__(self, parent: QWidget | None, membership: MembershipValue, today: date | None = None):
        super().__init__(parent, self.tr("End membership"), self.tr("End membership"))
        self.membership = membership
        intro = QLabel(self.tr("End the {what} membership. It stays in the history, greyed.").format(
            what=membership_label(membership)))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        # A term cannot end before it started (a renewed term may start in the future).
        self.date_edit = _date_edit(max(today or date.today(), membership.term_start))
        self.date_edit.setMinimumDate(_qdate(membership.term_start))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. withdrew, term completed, merged"))
        self.form.addRow(self.tr("&Ends on"), self.date_edit)
        self.form.addRow(self.tr("&Reason"), self.reason_edit)

    def values(self) -> tuple[date, str]:
        return _pydate(self.date_edit.date()), self.reason_edit.text().strip()


class RenewMembershipDialog(FormDialog):
    def __init__(self, parent: QWidget | None, membership: MembershipValue):
        super().__init__(parent, self.tr("Renew membership"), self.tr("Renew"))
        self.membership = membership
        current = membership.term_end or date.today()
        intro = QLabel(self.tr("A new term of the {what} membership starts on {start}; the current term "
                               "is kept in the history.").format(what=membership_label(membership),
                                                                  start=labels.day(current)))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.end_edit = _date_edit(add_years(current, 2))
        self.form.addRow(self.tr("New term &ends on"), self.end_edit)

    def value(self) -> date:
        return _pydate(self.end_edit.date())


class _PathRow(QWidget):
    def __init__(self, parent: QWidget, choose):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(320)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(choose)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, folder: Path):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export organisations"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path_row = _PathRow(self, self._browse)
        self.path_row.edit.setText(str(folder / f"organisations-{date.today():%Y-%m-%d}.xlsx"))
        form.addRow(self.tr("&File"), self.path_row)
        layout.addLayout(form)
        hint = QLabel(self.tr("Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file."))
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.sensitive = QCheckBox(self.tr("Include sensitive personal data (representatives' gender)"))
        self.sensitive.setChecked(False)
        layout.addWidget(self.sensitive)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export organisations"), self.path_row.edit.text(),
                                              self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.path_row.edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_row.edit.text().strip()).expanduser()

    def _check(self) -> None:
        if self.path().suffix.lower() not in (".csv", ".xlsx"):
            self.error_label.setText(self.tr("The file name must end in .csv or .xlsx."))
            self.error_label.show()
            return
        self.accept()


class NewDemoDialog(QDialog):
    def __init__(self, parent: QWidget | None, folder: Path):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New demo database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Creates a new database filled with a realistic, invented network, to try "
                               "OPN Desk or to train. Your own database is not touched."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path_row = _PathRow(self, self._browse)
        self.path_row.edit.setText(str(folder / "demo.sqlite"))
        self.organisations = QSpinBox()
        self.organisations.setRange(1, 1_000_000)
        self.organisations.setValue(900)
        self.organisations.setGroupSeparatorShown(True)
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setValue(1)
        self.seed.setToolTip(self.tr("The same number gives the same network."))
        form.addRow(self.tr("&File"), self.path_row)
        form.addRow(self.tr("&Organisations"), self.organisations)
        form.addRow(self.tr("&Seed"), self.seed)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New demo database"), self.path_row.edit.text(),
                                              self.tr("OPN Desk databases (*.sqlite)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path_row.edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_row.edit.text().strip()).expanduser()

    def _check(self) -> None:
        path = self.path()
        if not path.name:
            message = self.tr("Choose where to write the demo database.")
        elif path.exists() and path.stat().st_size > 0:
            message = self.tr("{name} already exists; the demo network is written to a new file only.").format(
                name=path.name)
        elif not path.parent.is_dir():
            message = self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        else:
            self.accept()
            return
        self.error_label.setText(message)
        self.error_label.show()


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, officer_name: str, letterheads=None, language_box=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(officer_name)
        self.name_edit.setPlaceholderText(self.tr("Your name as it should appear in the history"))
        form.addRow(self.tr("Desk officer's &name"), self.name_edit)
        self.language_box = language_box  # gui/window/preferences_dialog.py: the window's language
        if language_box is not None:
            form.addRow(self.tr("Lan&guage"), language_box)
        layout.addLayout(form)
        hint = QLabel(self.tr("Every change you make is recorded under this name."))
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.letterheads_button = QPushButton(self.tr("Programme &letterheads…"))
        self.letterheads_button.setToolTip(self.tr("The lines printed at the top of letters, packs, dossiers and "
                                                   "rosters, per programme (kept in the database)"))
        self.letterheads_button.setVisible(letterheads is not None)
        if letterheads is not None:
            self.letterheads_button.clicked.connect(letterheads)
        row = QHBoxLayout()
        row.addWidget(self.letterheads_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)



def open_submitting(owner, dialog, submit) -> None:
    """Open a dialog that stays up until its change is saved; ``owner.dialog`` holds it meanwhile.

    ``submit`` runs on each Save; the dialog closes itself on success and shows the error otherwise.
    """
    owner.dialog = dialog
    dialog.submitted.connect(submit)
    dialog.finished.connect(lambda _result: setattr(owner, "dialog", None) if owner.dialog is dialog else None)
    dialog.open()
