"""Recording an application by hand: the organisation found in the registry or new, its people, the application."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import (
    CONTRIBUTION_KINDS,
    PRIORITY_SECTORS,
    WORK_STREAMS,
    ApplicationInput,
    CallValue,
)
from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.domain.registry import OrganisationInput
from opn_desk.domain.vocab import Role
from opn_desk.gui.applications.dialogs import contribution_label
from opn_desk.gui.applications.intake_parts import _DuplicateRow, _PersonFields, _tr, _vocab
from opn_desk.gui.core import labels
from opn_desk.gui.core.labels import size_text
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.widgets import country_combo, pickers
from opn_desk.gui.widgets.country_combo import chosen_country, fill_countries
from opn_desk.gui.widgets.dialogs import _date_edit, _pydate, _qdate
from opn_desk.gui.widgets.pickers import OrganisationPicker, find_data
from opn_desk.gui.widgets.style import ERROR_STYLE, FIELD_ERROR_STYLE, heading_font, hint
from opn_desk.services.errors import InvalidInput

DUPLICATE_DELAY_MS = 350


class IntakeDialog(QDialog):
    """Record an application received by e-mail or on paper; saving it is one undoable step."""

    recorded = Signal(object)  # the new application's id

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, *, calls: list[CallValue] = (),
                 programme: str | None = None, call_id: uuid.UUID | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.runner = runner
        self.calls = list(calls)
        self.folder = folder or Path.home()
        self.setWindowTitle(_tr("Record an application"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.org_id: uuid.UUID | None = None
        self.matches: list = []
        self._dismissed: set[uuid.UUID] = set()  # suggestions answered "It is a new organisation"
        from opn_desk.services import duplicates

        self._duplicates = ReadOp(runner, duplicates.find_duplicates)  # the latest answers only: typing on asks again
        self._people = ReadOp(runner, pickers.organisation_people)
        self._countries_ready = False
        self._build()
        country_combo.load_countries(runner, success=self._fill_countries)
        if programme:
            self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(programme)))
        if call_id is not None:
            for c in self.calls:
                if c.id == call_id:
                    self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(c.programme)))
                    self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(c.role)))
                    self.call_combo.setCurrentIndex(max(0, find_data(self.call_combo, c.id)))
        self.resize(1120, 680)  # fits a 1366 x 768 laptop screen with its taskbar; the form scrolls

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(_tr("Record an application"))
        title.setFont(heading_font(title, 1.3))
        outer.addWidget(title)
        outer.addWidget(hint(_tr("For an application received by e-mail or on paper. A new organisation, its "
                                 "people and the application are saved together: Edit › Undo removes them all.")))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(self._applicant_box())
        left.addWidget(self._people_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._application_box(), 1)
        right.addWidget(self._files_box())
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("Record application"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)

    def _applicant_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Applicant"))
        layout = QVBoxLayout(box)
        modes = QHBoxLayout()
        self.existing_radio = QRadioButton(_tr("An organisation in the &registry"))
        self.new_radio = QRadioButton(_tr("A ne&w organisation"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.existing_radio)
        self.mode_group.addButton(self.new_radio)
        self.existing_radio.setChecked(True)
        modes.addWidget(self.existing_radio)
        modes.addWidget(self.new_radio)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.existing_widget = QWidget()
        existing = QFormLayout(self.existing_widget)
        existing.setContentsMargins(0, 0, 0, 0)
        self.org_picker = OrganisationPicker(self.runner)
        existing.addRow(_tr("&Organisation"), self.org_picker)
        layout.addWidget(self.existing_widget)

        self.new_widget = QWidget()
        new = QFormLayout(self.new_widget)
        new.setContentsMargins(0, 0, 0, 0)
        new.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.acronym_edit = QLineEdit()
        self.acronym_edit.setMaxLength(50)
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.lineEdit().setPlaceholderText(_tr("Type a country's name or its ISO code"))
        completer = self.country_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.cluster_combo = QComboBox()
        self.cluster_combo.addItem(_tr("(not set)"), None)
        for c in labels.CLUSTERS:
            self.cluster_combo.addItem(labels.cluster(c), c.value)
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText(_tr("https://…"))
        new.addRow(_tr("&Name"), self.name_edit)
        new.addRow(_tr("Acron&ym"), self.acronym_edit)
        new.addRow(_tr("&Country"), self.country_combo)
        new.addRow(_tr("Stakeholder c&luster"), self.cluster_combo)
        new.addRow(_tr("&Website"), self.website_edit)
        layout.addWidget(self.new_widget)

        self.duplicate_frame = QFrame()
        self.duplicate_frame.setObjectName("duplicates")
        self.duplicate_frame.setStyleSheet("#duplicates { background: #fff4ce; border: 1px solid #e6c35c; "
                                           "border-radius: 4px; } #duplicates QLabel { color: #4d3b00; }")
        dup = QVBoxLayout(self.duplicate_frame)
        dup.setContentsMargins(6, 6, 6, 6)
        dup.setSpacing(2)
        self.duplicate_title = QLabel()
        self.duplicate_title.setWordWrap(True)
        self.duplicate_title.setFont(heading_font(self.duplicate_title))
        dup.addWidget(self.duplicate_title)
        self.duplicate_rows = QVBoxLayout()
        self.duplicate_rows.setSpacing(0)
        dup.addLayout(self.duplicate_rows)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        self.confirm_new_button = QPushButton(_tr("It is a new organisation"))
        self.confirm_new_button.clicked.connect(self.confirm_new)
        confirm_row.addWidget(self.confirm_new_button)
        dup.addLayout(confirm_row)
        self.duplicate_frame.hide()
        layout.addWidget(self.duplicate_frame)

        self.representative = _PersonFields()
        self.alternate = _PersonFields()

        self.mode_group.buttonToggled.connect(lambda _b, on: self._mode_changed() if on else None)
        self.org_picker.chosen.connect(self._organisation_chosen)
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)
        for edit in (self.name_edit, self.acronym_edit, self.website_edit):
            edit.textChanged.connect(lambda _t: self._dup_timer.start())
        self.country_combo.currentTextChanged.connect(lambda _t: self._dup_timer.start())
        self.representative.changed.connect(self._dup_timer.start)
        self.alternate.changed.connect(self._dup_timer.start)
        self._mode_changed()
        return box

    def _people_box(self) -> QGroupBox:
        box = QGroupBox(_tr("People"))
        people = QFormLayout(box)
        people.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people.addRow(_tr("Re&presentative"), self.representative)
        people.addRow(_tr("Alte&rnate"), self.alternate)
        people.addRow(hint(_tr("The organisation's designated representative and alternate: someone already "
                               "recorded, or a new person added with the application.")))
        return box

    def _files_box(self) -> QGroupBox:
        from opn_desk.services.applications import MAX_ATTACHMENT_BYTES

        box = QGroupBox(_tr("Attachments"))
        layout = QVBoxLayout(box)
        self.files_list = QListWidget()
        self.files_list.setFixedHeight(self.fontMetrics().height() * 3 + 16)
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.files_list, 1)
        row = QHBoxLayout()
        self.max_bytes = MAX_ATTACHMENT_BYTES
        row.addWidget(hint(_tr("Copied into the database, at most {limit} MB each.").format(
            limit=MAX_ATTACHMENT_BYTES // 1024 // 1024)), 1)
        self.add_file_button = QPushButton(_tr("Add files…"))
        self.remove_file_button = QPushButton(_tr("Remove"))
        self.remove_file_button.setEnabled(False)
        row.addWidget(self.add_file_button)
        row.addWidget(self.remove_file_button)
        layout.addLayout(row)
        self.add_file_button.clicked.connect(self._choose_files)
        self.remove_file_button.clicked.connect(self._remove_files)
        self.files_list.itemSelectionChanged.connect(
            lambda: self.remove_file_button.setEnabled(bool(self.files_list.selectedItems())))
        return box

    def _application_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Application"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programme_combo = QComboBox()
        for p in PROGRAMMES:
            if p.active:
                self.programme_combo.addItem(f"{p.code} — {labels.programme(p.code)}", p.code)
        self.role_combo = QComboBox()
        for r in labels.ROLES:
            self.role_combo.addItem(labels.role(r), r.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.NETWORK_MEMBER.value))
        self.call_combo = QComboBox()
        self.call_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.call_combo.setMinimumContentsLength(20)
        self.received_edit = _date_edit(date.today())
        self.received_edit.setMaximumDate(_qdate(date.today()))
        form.addRow(_tr("Pro&gramme"), self.programme_combo)
        form.addRow(_tr("Role &applied for"), self.role_combo)
        form.addRow(_tr("Ca&ll"), self.call_combo)
        form.addRow(_tr("Recei&ved on"), self.received_edit)
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setPlaceholderText(_tr("The statement of interest, as sent"))
        self.statement_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(_tr("S&tatement"), self.statement_edit)
        kinds = QHBoxLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for code in CONTRIBUTION_KINDS:
            check = QCheckBox(contribution_label(code))
            self.kind_boxes[code] = check
            kinds.addWidget(check)
        kinds.addStretch(1)
        form.addRow(_tr("Contribution"), kinds)
        self.contribution_edit = QLineEdit()
        self.contribution_edit.setPlaceholderText(_tr("What is offered: amount, staff, in-kind support"))
        form.addRow(_tr("Details"), self.contribution_edit)
        layout.addLayout(form)

        interests = QHBoxLayout()
        self.work_streams = self._checklist(WORK_STREAMS)
        self.sectors = self._checklist(PRIORITY_SECTORS)
        for title, widget in ((_tr("Work-streams of interest"), self.work_streams),
                              (_tr("Priority sectors"), self.sectors)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            column.addStretch(1)
            interests.addLayout(column, 1)
        layout.addLayout(interests)

        self.programme_combo.currentIndexChanged.connect(self._fill_calls)
        self.role_combo.currentIndexChanged.connect(self._fill_calls)
        self._fill_calls()
        return box

    def _checklist(self, items) -> QListWidget:
        widget = QListWidget()
        for text in items:
            item = QListWidgetItem(_vocab(text))
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setFixedHeight(widget.sizeHintForRow(0) * max(len(WORK_STREAMS), len(PRIORITY_SECTORS)) + 8)
        return widget

    def _fill_countries(self, countries) -> None:
        combo = self.country_combo
        text = combo.currentText()
        with QSignalBlocker(combo):
            fill_countries(combo, countries)
            combo.setCurrentIndex(0)
            combo.setEditText(text)
        self._countries_ready = True

    def _fill_calls(self) -> None:
        programme, role = self.programme_combo.currentData(), self.role_combo.currentData()
        current = self.call_combo.currentData()
        with QSignalBlocker(self.call_combo):
            self.call_combo.clear()
            matching = [c for c in self.calls if c.programme == programme and c.role == role]
            if role == Role.NETWORK_MEMBER.value:
                self.call_combo.addItem(_tr("(none: network members may apply at any time)"), None)
            elif not matching:
                self.call_combo.addItem(_tr("(no call for this programme and role yet: add one in Applications › "
                                            "Calls and evaluation criteria)"), None)
            for c in matching:
                self.call_combo.addItem(f"{c.title} ({labels.day(c.opens_on)} – {labels.day(c.closes_on)})", c.id)
            index = find_data(self.call_combo, current) if current is not None else -1
            if index < 0:
                open_now = [i for i in range(self.call_combo.count()) if self.call_combo.itemData(i) is not None]
                index = open_now[0] if open_now and role != Role.NETWORK_MEMBER.value else 0
            self.call_combo.setCurrentIndex(index)
        self.call_combo.setEnabled(self.call_combo.count() > 1 or self.call_combo.currentData() is not None)

    # -- the applicant ----------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def _mode_changed(self) -> None:
        new = self.is_new
        self.existing_widget.setVisible(not new)
        self.new_widget.setVisible(new)
        if new:
            self.representative.set_people(())
            self.alternate.set_people(())
            self.name_edit.setFocus()
            self._dup_timer.start()
        else:
            self.duplicate_frame.hide()
            self._load_people(self.org_picker.org_id)
            self.org_picker.setFocus()

    def _organisation_chosen(self, org_id, _label: str) -> None:
        self.org_id = org_id
        self._load_people(org_id)

    def _load_people(self, org_id: uuid.UUID | None) -> None:
        if org_id is None:
            self._people.drop()
            self.representative.set_people(())
            self.alternate.set_people(())
            return

        def fill(people) -> None:
            self.representative.set_people(people)
            self.alternate.set_people(people)

        self._people.run(org_id, success=fill, failure=lambda _exc: None)

    def use_organisation(self, match) -> None:
        """The officer says the new organisation is this registry one."""
        self.existing_radio.setChecked(True)
        self.org_picker.choose(match.org_id, match.name)
        self.duplicate_frame.hide()

    def confirm_new(self) -> None:
        self._dismissed.update(m.org_id for m in self.matches)
        self.duplicate_frame.hide()

    def _candidate(self):
        from opn_desk.services.duplicates import DuplicateCandidate

        iso3 = None
        try:
            iso3 = self._country_value()
        except InvalidInput:
            pass
        emails = tuple(e for e in (self.representative.email(), self.alternate.email()) if e)
        return DuplicateCandidate(name=self.name_edit.text().strip(), acronym=self.acronym_edit.text().strip(),
                                  website=self.website_edit.text().strip(), emails=emails, country_iso3=iso3)

    def _check_duplicates(self) -> None:
        if not self.is_new:
            return
        name = self.name_edit.text().strip()
        if len(name) < 3 and not self.website_edit.text().strip() and not self.acronym_edit.text().strip():
            self._duplicates.drop()  # an answer to a longer name, still coming, is not wanted any more
            self._show_matches([])
            return
        self._duplicates.run(self._candidate(), success=self._show_matches,
                             failure=lambda _exc: self._show_matches([]))

    def _show_matches(self, found) -> None:
        self.matches = [m for m in found if m.org_id not in self._dismissed]
        while self.duplicate_rows.count():
            widget = self.duplicate_rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not self.matches or not self.is_new:
            self.duplicate_frame.hide()
            return
        self.duplicate_title.setText(_tr("This organisation may already be in the registry:") if len(self.matches) == 1
                                     else _tr("This organisation may already be in the registry, as one of these:"))
        for match in self.matches:
            self.duplicate_rows.addWidget(_DuplicateRow(match, self.use_organisation))
        self.duplicate_frame.show()

    @property
    def duplicates_pending(self) -> bool:
        return self.is_new and bool(self.matches) and self.duplicate_frame.isVisible()

    def _country_value(self) -> str | None:
        return chosen_country(self.country_combo, "organisation.country",
                              _tr("Choose the country from the list (type part of its name or its three-letter "
                                  "code)."))

    # -- files ------------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, _tr("Attach files"), str(self.folder),
                                                _tr("All files (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        refused = []
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError as exc:
                refused.append(_tr("{name} cannot be read: {reason}.").format(name=path.name,
                                                                               reason=exc.strerror or exc))
                continue
            if size > self.max_bytes:
                refused.append(_tr("{name} is {size:.1f} MB; attachments can be at most {limit} MB.").format(
                    name=path.name, size=size / 1024 / 1024, limit=self.max_bytes // 1024 // 1024))
                continue
            if size == 0:
                refused.append(_tr("{name} is empty; there is nothing to attach.").format(name=path.name))
                continue
            if path in self.files():
                continue
            item = QListWidgetItem(f"{path.name}  ({size_text(size)})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files_list.addItem(item)
            self.folder = path.parent
        if refused:
            self._error(" ".join(refused))

    def _remove_files(self) -> None:
        for item in self.files_list.selectedItems():
            self.files_list.takeItem(self.files_list.row(item))

    def files(self) -> list[Path]:
        return [Path(self.files_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files_list.count())]

    # -- saving -----------------------------------------------------------------------------------
    def _checked(self, widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)

    def application_input(self) -> ApplicationInput:
        """The application as typed (organisation id None for a new organisation)."""
        return ApplicationInput(
            organisation_id=None if self.is_new else self.org_picker.org_id,  # type: ignore[arg-type]
            programme_code=self.programme_combo.currentData(), role=self.role_combo.currentData(),
            call_id=self.call_combo.currentData(), representative_id=self.representative.existing_id(),
            alternate_id=self.alternate.existing_id(), received_on=_pydate(self.received_edit.date()),
            statement=self.statement_edit.toPlainText(),
            contribution_kinds=tuple(code for code, box in self.kind_boxes.items() if box.isChecked()),
            contribution_details=self.contribution_edit.text(), work_streams=self._checked(self.work_streams),
            priority_sectors=self._checked(self.sectors))

    def organisation_input(self) -> OrganisationInput:
        return OrganisationInput(name=self.name_edit.text(), acronym=self.acronym_edit.text(),
                                 country_iso3=self._country_value(), stakeholder_cluster=self.cluster_combo.currentData(),
                                 website=self.website_edit.text())

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "organisation": self.org_picker if not self.is_new else self.name_edit,
            "organisation.name": self.name_edit, "organisation.acronym": self.acronym_edit,
            "organisation.country": self.country_combo, "organisation.stakeholder_cluster": self.cluster_combo,
            "programme": self.programme_combo, "role": self.role_combo, "call": self.call_combo,
            "received_on": self.received_edit, "representative": self.representative.combo,
            "alternate": self.alternate.combo, "representative.name": self.representative.name_edit,
            "representative.email": self.representative.email_edit, "alternate.name": self.alternate.name_edit,
            "alternate.email": self.alternate.email_edit, "attachments": self.files_list,
            "content": self.files_list, "filename": self.files_list,
        }.get(field)

    def _clear_marks(self) -> None:
        self.error_label.hide()
        for widget in (self.org_picker, self.name_edit, self.acronym_edit, self.country_combo, self.call_combo,
                       self.received_edit, self.representative.combo, self.alternate.combo,
                       self.representative.name_edit, self.representative.email_edit, self.alternate.name_edit,
                       self.alternate.email_edit, self.files_list):
            widget.setStyleSheet("")

    def _error(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._field_widget(field) if field else None
        if widget is not None:
            widget.setStyleSheet(FIELD_ERROR_STYLE)
            widget.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self._clear_marks()
        try:
            application = self.application_input()
            organisation = self.organisation_input() if self.is_new else None
        except InvalidInput as exc:
            self._error(str(exc), exc.field)
            return
        if not self.is_new and application.organisation_id is None:
            self._error(_tr("Choose the organisation from the list that appears as you type, or record a new "
                            "organisation."), "organisation")
            return
        if self.duplicates_pending:
            self._error(_tr("This organisation may already be in the registry: choose “Use this organisation” "
                            "beside the right one, or “It is a new organisation”."))
            self.confirm_new_button.setFocus()
            return
        name = organisation.name if organisation else self.org_picker.text()
        self.ok_button.setEnabled(False)
        from opn_desk.services.intake import record_intake

        WriteOp(QCoreApplication.translate("Operations", "Record application of {name}").format(name=name.strip()),
                record_intake, application, organisation, self.representative.new_person(),
                self.alternate.new_person(), tuple(self.files())) \
            .success(self._succeeded).failure(self._failed).run_in(self.runner, parent=self)

    def _succeeded(self, outcome) -> None:
        self.ok_button.setEnabled(True)
        self.recorded.emit(outcome.value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self._error(describe_failure(exc), getattr(exc, "field", None))
