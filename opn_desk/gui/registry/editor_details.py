"""The organisation editor's Details tab: filling the form, other names, the parent organisation searched
as the officer types, and reading the form back as an `OrganisationInput` (with the field to mark when a
value is refused). Mixed into `OrganisationEditor` (organisation_editor.py)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from opn_desk.domain.registry import OrganisationDetail, OrganisationInput
from opn_desk.gui.widgets.country_combo import chosen_country
from opn_desk.services.errors import InvalidInput


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationEditor", text)


class EditorDetails:
    """Part of `OrganisationEditor` (organisation_editor.py); its user text keeps the context "OrganisationEditor"."""

    # -- filling the details --------------------------------------------------------------------------
    def _fill_details(self, d: OrganisationDetail | None) -> None:
        ui = self.ui
        self._filling = True
        try:
            ui.nameEdit.setText(d.name if d else "")
            ui.acronymEdit.setText(d.acronym if d else "")
            self._set_country(d.country_iso3 if d else None)
            ui.clusterCombo.setCurrentIndex(max(0, ui.clusterCombo.findData(d.stakeholder_cluster))
                                            if d and d.stakeholder_cluster else 0)
            ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(d.organisation_type))
                                         if d and d.organisation_type else 0)
            ui.websiteEdit.setText(d.website if d else "")
            self._parent_id = d.parent_id if d else None
            self._parent_text = d.parent_name if d else ""
            ui.parentEdit.setText(self._parent_text)
            for edit in (ui.nameEdit, ui.acronymEdit, ui.websiteEdit, ui.parentEdit):
                edit.setCursorPosition(0)  # a long name shows its beginning, not its end
            ui.notesEdit.setPlainText(d.notes if d else "")
            table = ui.otherNamesTable
            table.setRowCount(0)
            for name, language in (d.other_names if d else ()):
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, 0, QTableWidgetItem(name))
                table.setItem(row, 1, QTableWidgetItem(language))
        finally:
            self._filling = False

    # -- details -----------------------------------------------------------------------------------
    def _add_name(self) -> None:
        table = self.ui.otherNamesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(""))
        table.setItem(row, 1, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))
        self._changed()

    def _remove_name(self) -> None:
        table = self.ui.otherNamesTable
        rows = sorted({i.row() for i in table.selectedIndexes()} or {table.currentRow()}, reverse=True)
        for row in rows:
            if row >= 0:
                table.removeRow(row)
                self._changed()

    def _search_parents(self) -> None:
        text = self.ui.parentEdit.text().strip()
        if len(text) < 2:
            return

        def show(choices) -> None:
            if self.ui.parentEdit.text().strip() != text:
                return  # typed on meanwhile: a newer search is coming
            self._parent_choices = {label: cid for cid, label in choices if cid != self.org_id}
            self._parent_model.setStringList(list(self._parent_choices))
            if self._parent_choices and self.ui.parentEdit.hasFocus():
                self._parent_completer.complete()

        self._parent_found.run(text, success=show, failure=lambda _exc: None)

    def _parent_chosen(self, label: str) -> None:
        if label in self._parent_choices:
            self._parent_id = self._parent_choices[label]
            self._parent_text = label
            self._changed()

    def _clear_parent(self) -> None:
        self._parent_id = None
        self._parent_text = ""
        self.ui.parentEdit.clear()
        self._changed()

    def _country_value(self) -> str | None:
        return chosen_country(self.ui.countryCombo, "country", _tr("Choose the country from the list (type part "
                                                                       "of its name or its three-letter code)."))

    def _parent_value(self) -> uuid.UUID | None:
        text = self.ui.parentEdit.text().strip()
        if not text:
            return None
        if text == self._parent_text:
            return self._parent_id
        if text in self._parent_choices:
            return self._parent_choices[text]
        raise InvalidInput("parent", _tr("Choose the parent organisation from the list that appears as you "
                                             "type, or clear the field."))

    def current_input(self) -> OrganisationInput:
        ui = self.ui
        other = []
        for row in range(ui.otherNamesTable.rowCount()):
            name = ui.otherNamesTable.item(row, 0)
            language = ui.otherNamesTable.item(row, 1)
            if name and name.text().strip():
                other.append((name.text().strip(), language.text().strip() if language else ""))
        return OrganisationInput(
            name=ui.nameEdit.text(), acronym=ui.acronymEdit.text(), country_iso3=self._country_value(),
            stakeholder_cluster=ui.clusterCombo.currentData(), organisation_type=ui.typeCombo.currentData(),
            website=ui.websiteEdit.text(), parent_id=self._parent_value(), notes=ui.notesEdit.toPlainText(),
            other_names=tuple(other),
        )

    def _field_widget(self, field: str) -> QWidget | None:
        return {"name": self.ui.nameEdit, "acronym": self.ui.acronymEdit, "country": self.ui.countryCombo,
                "stakeholder_cluster": self.ui.clusterCombo, "parent": self.ui.parentEdit,
                "website": self.ui.websiteEdit}.get(field)

    def _invalid(self, exc: InvalidInput) -> None:
        self._show_message(str(exc))
        widget = self._field_widget(exc.field)
        if widget is not None:
            self.ui.tabs.setCurrentIndex(0)
            widget.setStyleSheet("border: 1px solid #b3261e;")
            widget.setFocus()
