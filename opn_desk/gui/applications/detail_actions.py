"""The application panel's actions: moving it on, deciding, screening, the MAC's opinion, scores,
conflicts, files and letters. Mixed into `ApplicationDetailPanel` (detail.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
)

from opn_desk.domain.vocab import ApplicationStatus
from opn_desk.gui.applications import ops as applications_ops
from opn_desk.gui.applications.dialogs import (
    ConflictDialog,
    DecisionDialog,
    ScoreDialog,
    TransitionDialog,
    operation_label,
)
from opn_desk.gui.core import messages
from opn_desk.gui.core.operations import WriteOp
from opn_desk.gui.widgets import attachments
from opn_desk.gui.widgets.dialogs import open_submitting

S = ApplicationStatus


DECISIONS = (S.ACCEPTED.value, S.NOT_ACCEPTED.value, S.WITHDRAWN.value)


def _applications():
    from opn_desk.services import applications

    return applications


def _reviews():
    from opn_desk.services import reviews

    return reviews


class DetailActions:
    """Part of `ApplicationDetailPanel` (detail.py); its user text keeps the context "ApplicationDetailPanel"."""

    # -- moves ---------------------------------------------------------------------------------------
    def _open_dialog(self, dialog, submit: Callable[[], None]) -> None:
        open_submitting(self, dialog, submit)

    def move_to(self, to_status: str) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        if to_status in DECISIONS:
            self.decide(to_status)
            return
        dialog = TransitionDialog(self, d, to_status)
        app_id = d.id
        label = operation_label(d.organisation, to_status, d.status)

        def submit() -> None:
            reason, override, end_membership = dialog.values()
            WriteOp(label, _applications().move_application, app_id, to_status, reason, override=override,
                    end_membership=end_membership) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def decide(self, choice: str = S.ACCEPTED.value) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        dialog = DecisionDialog(self, d, choice)
        app_id, name = d.id, d.organisation

        def submit() -> None:
            v = dialog.values()
            label = operation_label(name, v["choice"], d.status)

            def done(outcome) -> None:
                dialog.succeeded(outcome)
                self.decided.emit(app_id, v["choice"])

            if v["choice"] == S.ACCEPTED.value:
                op = WriteOp(label, _applications().accept_application, app_id, on=v["on"], term_end=v["term_end"],
                             rationale=v["text"])
            elif v["choice"] == S.NOT_ACCEPTED.value:
                op = WriteOp(label, _applications().decline_application, app_id, v["text"], on=v["on"])
            else:
                op = WriteOp(label, _applications().withdraw_application, app_id, v["text"])
            op.success(done).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    # -- screening and the MAC's opinion -------------------------------------------------------------
    def _screening_ticked(self, item: QListWidgetItem) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        text = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        label = (QCoreApplication.translate("ApplicationDetailPanel", "Tick “{item}” for {name}") if done else QCoreApplication.translate("ApplicationDetailPanel", "Untick “{item}” for {name}")).format(
            item=text, name=d.organisation)

        def failed(exc: BaseException) -> None:
            messages.show_failure(self, exc)
            self.reload()

        WriteOp(label, _applications().set_screening_item, d.id, text, done).failure(failed).run_in(self.runner, parent=self)

    def set_check(self, text: str, done: bool) -> None:
        """Tick or untick one check as the officer would (tests)."""
        for row in range(self.screening_list.count()):
            item = self.screening_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == text:
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                return
        raise KeyError(text)

    def add_screening_item(self) -> None:
        d = self.detail
        text = self.screening_new.text().strip()
        if self.readonly or d is None or not text:
            return
        WriteOp(QCoreApplication.translate("ApplicationDetailPanel", "Add the check “{item}” for {name}").format(item=text, name=d.organisation),
                _applications().set_screening_item, d.id, text, False) \
            .success(lambda _o: self.screening_new.clear()).run_in(self.runner, parent=self)

    def _mac_changed(self) -> None:
        d = self.detail
        dirty = d is not None and self.mac_edit.toPlainText().strip() != d.mac_opinion
        self.mac_edit.setProperty("dirty", dirty)
        self.mac_save.setEnabled(dirty and not self.mac_edit.isReadOnly())

    def save_mac_opinion(self) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        text = self.mac_edit.toPlainText()
        self.mac_save.setEnabled(False)

        def saved(_outcome) -> None:
            self.mac_edit.setProperty("dirty", False)

        def failed(exc: BaseException) -> None:
            self.mac_save.setEnabled(True)
            messages.show_failure(self, exc)

        WriteOp(QCoreApplication.translate("ApplicationDetailPanel", "Record the MAC's opinion on {name}").format(
            name=d.organisation), _applications().set_mac_opinion, d.id, text) \
            .success(saved).failure(failed).run_in(self.runner, parent=self)

    # -- reviews ---------------------------------------------------------------------------------------
    def score(self) -> None:
        d = self.detail
        if self.readonly or d is None or d.reviews is None:
            return
        dialog = ScoreDialog(self, self.runner, d)
        app_id = d.id

        def submit() -> None:
            reviewer = dialog.reviewer.value()
            if reviewer is None:
                return
            label = QCoreApplication.translate("ApplicationDetailPanel", "Scores of {reviewer} for {name}").format(reviewer=reviewer[1], name=d.organisation)
            WriteOp(label, _reviews().record_scores, app_id, reviewer[0], tuple(dialog.scores())) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def declare_conflict(self) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        dialog = ConflictDialog(self, self.runner, d)
        app_id = d.id

        def submit() -> None:
            person_id, name, reason = dialog.values()
            WriteOp(QCoreApplication.translate("ApplicationDetailPanel", "Conflict of interest: {reviewer} on {name}").format(
                    reviewer=name, name=d.organisation), _reviews().declare_conflict, app_id, person_id, reason) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def remove_conflict(self) -> None:
        items = self.conflicts_list.selectedItems()
        if self.readonly or not items:
            return
        conflict_id = items[0].data(Qt.ItemDataRole.UserRole)
        conflict = next((c for c in self.conflicts if c.id == conflict_id), None)
        if conflict is None:
            return
        if messages.confirm(self, QCoreApplication.translate("ApplicationDetailPanel", "Remove the conflict {who} declared?").format(who=conflict.reviewer),
                            QCoreApplication.translate("ApplicationDetailPanel", "Remove"), detail=QCoreApplication.translate("ApplicationDetailPanel", "Their scores on this application count again. "
                                                              "You can undo this with Edit › Undo.")):
            WriteOp(QCoreApplication.translate("ApplicationDetailPanel", "Remove the conflict of {who}").format(
                who=conflict.reviewer), _reviews().remove_conflict, conflict_id).run_in(self.runner, parent=self)

    def _ranking(self) -> None:
        d = self.detail
        if d is not None and d.call_id is not None:
            self.show_ranking.emit(d.call_id, d.call_title)

    # -- files -----------------------------------------------------------------------------------------
    def _selected_attachment(self) -> uuid.UUID | None:
        rows = {i.row() for i in self.files_table.selectedItems()}
        if not rows:
            return None
        item = self.files_table.item(min(rows), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_attachment(self) -> None:
        if self.readonly or self.detail is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, QCoreApplication.translate("ApplicationDetailPanel", "Attach files"), str(self.folder),
                                                QCoreApplication.translate("ApplicationDetailPanel", "All files (*)"))
        for name in names:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        d = self.detail
        if d is None:
            return
        self.folder = path.parent
        try:
            size = path.stat().st_size
        except OSError as exc:
            messages.show_failure(self, exc)
            return
        if size > self.max_bytes:
            messages.warn(self, QCoreApplication.translate("ApplicationDetailPanel", "{name} is {size:.1f} MB; attachments can be at most {limit} MB.").format(
                name=path.name, size=size / 1024 / 1024, limit=self.max_bytes // 1024 // 1024),
                QCoreApplication.translate("ApplicationDetailPanel", "Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and "
                        "note where in the statement."))
            return
        from opn_desk.services.intake import attach_file

        WriteOp(QCoreApplication.translate("ApplicationDetailPanel", "Attach {file} to {name}").format(
            file=path.name, name=d.organisation), attach_file, d.id, Path(path)).run_in(self.runner, parent=self)

    def open_attachment(self) -> None:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            return

        def show(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                messages.inform(self, QCoreApplication.translate("ApplicationDetailPanel", "No program on this computer opens {name}.").format(name=path.name),
                                QCoreApplication.translate("ApplicationDetailPanel", "A copy was saved as {path}.").format(path=path))

        attachments.export_attachment(self.runner, attachment_id, success=show, parent=self)

    def remove_attachment(self) -> None:
        d = self.detail
        attachment_id = self._selected_attachment()
        if self.readonly or d is None or attachment_id is None:
            return
        attachment = next((a for a in d.attachments if a.id == attachment_id), None)
        if attachment is None:
            return
        if messages.confirm(self, QCoreApplication.translate("ApplicationDetailPanel", "Remove {file} from this application?").format(file=attachment.filename),
                            QCoreApplication.translate("ApplicationDetailPanel", "Remove"), detail=QCoreApplication.translate("ApplicationDetailPanel", "You can undo this with Edit › Undo.")):
            WriteOp(QCoreApplication.translate("ApplicationDetailPanel", "Remove {file} from {name}").format(
                file=attachment.filename, name=d.organisation), _applications().remove_attachment, attachment_id) \
                .run_in(self.runner, parent=self)

    # -- letters ---------------------------------------------------------------------------------------
    def write_pdf(self, kind: str, path: Path | None = None) -> None:
        d = self.detail
        if d is None:
            return
        stem = {"acknowledgement": QCoreApplication.translate("ApplicationDetailPanel", "acknowledgement"), "decision": QCoreApplication.translate("ApplicationDetailPanel", "decision"),
                "summary": QCoreApplication.translate("ApplicationDetailPanel", "application")}[kind]
        from opn_desk.gui.widgets.print_preview import ask_pdf_path, show_pdf

        if path is None:
            path = ask_pdf_path(self, QCoreApplication.translate("ApplicationDetailPanel", "Save the PDF"), self.folder, stem, d.organisation)
            if path is None:
                return
        self.folder = path.parent

        def written(pages) -> None:
            self.runner.message.emit(QCoreApplication.translate("ApplicationDetailPanel", "Wrote {path} ({pages} pages)").format(path=path, pages=pages))
            self.pdf_shown = show_pdf(self, path, f"{stem.capitalize()} — {d.organisation}",
                                      rebuild=lambda: self.write_pdf(kind, path))  # the document's language

        applications_ops.write_application_pdf(self.runner, kind, d.id, path, success=written, parent=self)

    def _open_organisation(self) -> None:
        if self.detail is not None:
            self.open_organisation.emit(self.detail.organisation_id)
