"""Merging two records of the same organisation: pick the duplicate (suggested with the reasons it
matched, or searched for), see what each record holds, choose which one to keep, merge as one undoable
step. The service moves people, memberships, applications and history; nothing is lost."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp

ROLE_ID = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    """Emits `merged(kept_id)` after the merge succeeded."""

    merged = Signal(object)

    def __init__(self, runner: OperationRunner, org_id: uuid.UUID, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.org_id = org_id
        self.name = name
        self.sides: dict[uuid.UUID, object] = {}
        self.other_id: uuid.UUID | None = None
        self.result_notes: tuple[str, ...] = ()
        from opn_desk.services.duplicates import duplicates_of, merge_sides
        from opn_desk.services.registry import organisation_choices
        self._suggestions = ReadOp(runner, duplicates_of)
        self._found = ReadOp(runner, organisation_choices)
        self._sides = ReadOp(runner, merge_sides)  # the latest record chosen only
        self.setWindowTitle(self.tr("Merge duplicate records"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(640, 520)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the record that is the same organisation as <b>{name}</b>. The record "
                               "you do not keep stays in the history, marked as merged.").format(
            name=_escape(name)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the registry for the other record"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.choices = QListWidget()
        self.choices.setWordWrap(True)
        self.choices.setAccessibleName(self.tr("Possible duplicates"))
        layout.addWidget(self.choices, 1)
        self.hint = QLabel(self.tr("Looking for possible duplicates…"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.compare_box = QGroupBox(self.tr("Which record to keep"))
        grid = QGridLayout(self.compare_box)
        self.keep_this = QRadioButton()
        self.keep_other = QRadioButton()
        self.this_facts = QLabel()
        self.other_facts = QLabel()
        for label in (self.this_facts, self.other_facts):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.keep_this, 0, 0)
        grid.addWidget(self.keep_other, 0, 1)
        grid.addWidget(self.this_facts, 1, 0)
        grid.addWidget(self.other_facts, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.compare_box.setEnabled(False)
        layout.addWidget(self.compare_box)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        layout.addWidget(self.outcome_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.choices.currentItemChanged.connect(lambda item, _prev: self._chosen(item))
        self.keep_this.toggled.connect(lambda _on: self._describe_outcome())
        self._suggest()

    # -- finding the other record ------------------------------------------------------------------
    def _suggest(self) -> None:
        def shown(matches) -> None:
            if self.search.text().strip():
                return  # the officer is searching: keep their results
            self.choices.clear()
            for match in matches:
                self._add_choice(match.org_id, match.name, "; ".join(match.reasons))
            self.hint.setText(self.tr("Suggested because of the reasons shown; or search for another record.")
                              if matches else self.tr("No likely duplicate found; search for the other record."))

        self._suggestions.run(self.org_id, success=shown, parent=self)

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self._suggest()
            return

        def shown(rows) -> None:
            if self.search.text().strip() != text:
                return  # a newer search is on its way
            self.choices.clear()
            for org_id, label in rows:
                if org_id != self.org_id:
                    self._add_choice(org_id, label, "")
            self.hint.setText(self.tr("{count} found.").format(count=self.choices.count()))

        self._found.run(text, 30, success=shown, parent=self)

    def _add_choice(self, org_id: uuid.UUID, name: str, why: str) -> None:
        item = QListWidgetItem(f"{name}\n    {why}" if why else name)
        item.setData(ROLE_ID, org_id)
        self.choices.addItem(item)

    # -- comparing ---------------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.other_id = item.data(ROLE_ID) if item is not None else None
        self.merge_button.setEnabled(False)
        if self.other_id is None:
            self._sides.drop()
            self.compare_box.setEnabled(False)
            return
        other_id = self.other_id

        def shown(sides) -> None:
            if self.other_id != other_id:
                return
            this, other = sides
            self.sides = {this.org_id: this, other.org_id: other}
            self.keep_this.setText(self.tr("Keep {name}").format(name=this.name))
            self.keep_other.setText(self.tr("Keep {name}").format(name=other.name))
            self.this_facts.setText(self._facts(this))
            self.other_facts.setText(self._facts(other))
            # Keep by default the record that holds more: fewer rows move, fewer links change.
            weight = lambda s: (s.memberships + s.applications, s.people)  # noqa: E731
            (self.keep_other if weight(other) > weight(this) else self.keep_this).setChecked(True)
            self.compare_box.setEnabled(True)
            self.merge_button.setEnabled(not self.runner.readonly and not other.merged)
            self._describe_outcome()

        self._sides.run(self.org_id, other_id, success=shown, parent=self)

    def _facts(self, side) -> str:
        lines = [side.name + (f" ({side.acronym})" if side.acronym else ""),
                 side.country or self.tr("No country"),
                 side.website or self.tr("No website"),
                 (self.tr("1 person") if side.people == 1 else self.tr("{n} people").format(n=side.people)),
                 (self.tr("1 membership ({active} active)") if side.memberships == 1 else
                  self.tr("{n} memberships ({active} active)")).format(n=side.memberships,
                                                                       active=side.active_memberships),
                 (self.tr("1 application") if side.applications == 1 else
                  self.tr("{n} applications").format(n=side.applications))]
        if side.merged:
            lines.append(self.tr("Already merged into another record"))
        return "\n".join(lines)

    def keep_and_merge_ids(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        if self.other_id is None or not self.sides:
            return None
        if self.keep_this.isChecked():
            return self.org_id, self.other_id
        return self.other_id, self.org_id

    def _describe_outcome(self) -> None:
        ids = self.keep_and_merge_ids()
        if ids is None:
            self.outcome_label.clear()
            return
        kept, gone = self.sides[ids[0]], self.sides[ids[1]]
        self.outcome_label.setText(self.tr(
            "{gone} becomes another name of {kept}; its people, memberships, applications and history move "
            "to {kept}. You can undo this with Edit › Undo.").format(gone=gone.name, kept=kept.name))

    # -- merging -----------------------------------------------------------------------------------
    def merge(self) -> None:
        from opn_desk.services.duplicates import merge_organisations

        ids = self.keep_and_merge_ids()
        if ids is None or self.runner.readonly:
            return
        keep_id, merge_id = ids
        kept, gone = self.sides[keep_id], self.sides[merge_id]
        self.error_label.hide()
        self.merge_button.setEnabled(False)

        def done(outcome) -> None:
            self.result_notes = outcome.value.notes
            self.merged.emit(keep_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.merge_button.setEnabled(True)
            self.error_label.setText(describe_failure(exc))
            self.error_label.show()

        WriteOp(self.tr("Merge {gone} into {kept}").format(gone=gone.name, kept=kept.name),
                merge_organisations, keep_id, merge_id).success(done).failure(failed).run_in(self.runner, parent=self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
