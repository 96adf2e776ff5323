"""The organisation editor's people and memberships: what its tabs show and the dialogs that change
them. Mixed into `OrganisationEditor` (organisation_editor.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QTableWidgetItem,
)

from opn_desk.domain.registry import (
    MembershipInput,
    MembershipValue,
    PersonInput,
    PersonValue,
)
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import WriteOp
from opn_desk.gui.widgets.dialogs import (
    EndMembershipDialog,
    MembershipDialog,
    PersonDialog,
    RenewMembershipDialog,
    membership_label,
    open_submitting,
)
from opn_desk.services import registry


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationEditor", text)


class EditorPeople:
    """Part of `OrganisationEditor` (organisation_editor.py); its user text keeps the context "OrganisationEditor"."""

    def _fill_people(self, people: tuple[PersonValue, ...]) -> None:
        table = self.ui.peopleTable
        selected = self._selected_id(table)
        table.setRowCount(len(people))
        for row, p in enumerate(people):
            cells = (p.name, p.email, p.phone, labels.gender(p.gender))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                table.setItem(row, column, item)
            if p.id == selected:
                table.selectRow(row)
        self.ui.tabs.setTabText(1, QCoreApplication.translate("OrganisationEditor", "People ({count})").format(count=len(people)) if people
                                else QCoreApplication.translate("OrganisationEditor", "People"))

    def _fill_memberships(self, memberships: tuple[MembershipValue, ...]) -> None:
        table = self.ui.membershipsTable
        selected = self._selected_id(table)
        table.setRowCount(len(memberships))
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        active = 0
        for row, m in enumerate(memberships):
            term = f"{labels.day(m.term_start)} → {labels.day(m.term_end)}" if m.term_end else \
                QCoreApplication.translate("OrganisationEditor", "from {start}").format(start=labels.day(m.term_start))
            cells = (m.programme_code, labels.role(m.role), term, labels.status(m.status), m.representative,
                     m.alternate)
            ended = m.status != "active"
            active += not ended
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if column == 0:
                    item.setToolTip(m.programme_name)
                if ended:
                    item.setForeground(grey)
                table.setItem(row, column, item)
            if m.id == selected:
                table.selectRow(row)
        self.ui.tabs.setTabText(2, QCoreApplication.translate("OrganisationEditor", "Memberships ({count})").format(count=active) if memberships
                                else QCoreApplication.translate("OrganisationEditor", "Memberships"))

    @staticmethod
    def _selected_id(table) -> uuid.UUID | None:
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected_person(self) -> PersonValue | None:
        wanted = self._selected_id(self.ui.peopleTable)
        return next((p for p in self.detail.people if p.id == wanted), None) if self.detail and wanted else None

    def _selected_membership(self) -> MembershipValue | None:
        wanted = self._selected_id(self.ui.membershipsTable)
        return next((m for m in self.detail.memberships if m.id == wanted), None) \
            if self.detail and wanted else None

    # -- people ------------------------------------------------------------------------------------
    def _open_dialog(self, dialog, submit: Callable[[], None]) -> None:
        open_submitting(self, dialog, submit)

    def add_person(self) -> None:
        if self.readonly or self.org_id is None:
            return
        dialog = PersonDialog(self)
        org_id = self.org_id

        def submit() -> None:
            name, email, phone, gender = dialog.values()
            WriteOp(_tr("Add {name}").format(name=name.strip()), registry.add_person,
                    PersonInput(org_id, name, email, phone, gender)) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def edit_person(self) -> None:
        person = self._selected_person()
        if self.readonly or person is None or self.org_id is None:
            return
        dialog = PersonDialog(self, person)
        org_id = self.org_id

        def submit() -> None:
            name, email, phone, gender = dialog.values()
            WriteOp(_tr("Edit {name}").format(name=name.strip()), registry.update_person, person.id,
                    PersonInput(org_id, name, email, phone, gender)) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def remove_person(self) -> None:
        person = self._selected_person()
        if self.readonly or person is None:
            return
        if messages.confirm(self, QCoreApplication.translate("OrganisationEditor", "Remove {name} from this organisation?").format(name=person.name),
                            QCoreApplication.translate("OrganisationEditor", "Remove"), detail=QCoreApplication.translate("OrganisationEditor", "You can undo this with Edit › Undo.")):
            WriteOp(_tr("Remove {name}").format(name=person.name), registry.remove_person, person.id) \
                .run_in(self.runner, parent=self)

    # -- memberships -------------------------------------------------------------------------------
    def add_membership(self) -> None:
        if self.readonly or self.org_id is None or self.detail is None:
            return
        dialog = MembershipDialog(self, self.detail.people)
        org_id = self.org_id

        def submit() -> None:
            values = dialog.values()
            label = f"{self.detail.name if self.detail else ''}, {values['programme_code']} " \
                    f"{labels.role(values['role']).lower()}"
            WriteOp(_tr("Add membership: {what}").format(what=label), registry.add_membership,
                    MembershipInput(org_id, **values)) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def end_membership(self) -> None:
        membership = self._selected_membership()
        if self.readonly or membership is None:
            return
        dialog = EndMembershipDialog(self, membership)

        def submit() -> None:
            on, reason = dialog.values()
            WriteOp(_tr("End membership: {what}").format(what=membership_label(membership)),
                    registry.end_membership, membership.id, on, reason) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)

    def renew_membership(self) -> None:
        membership = self._selected_membership()
        if self.readonly or membership is None:
            return
        dialog = RenewMembershipDialog(self, membership)

        def submit() -> None:
            WriteOp(_tr("Renew membership: {what}").format(what=membership_label(membership)),
                    registry.renew_membership, membership.id, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open_dialog(dialog, submit)
