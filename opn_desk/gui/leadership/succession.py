"""Succession planning: who is expected to lead (or be a core partner) in each year up to 2030, named as
an organisation or as a seat still to fill ("Open seat: Africa")."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from opn_desk.domain.renewal import SUCCESSION_HORIZON, SuccessionValue
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.leadership.dialogs import SuccessionDialog
from opn_desk.gui.leadership.ops import RenewalSnapshot
from opn_desk.gui.leadership.widgets import ReadOnlyTable, muted
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import heading_font


class SuccessionView(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.snapshot: RenewalSnapshot | None = None
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Succession planning to {year}").format(year=SUCCESSION_HORIZON))
        self.title.setFont(heading_font(self.title, 1.1))
        layout.addWidget(self.title)
        self.years_label = muted()
        layout.addWidget(self.years_label)
        self.table = ReadOnlyTable([self.tr("Year"), self.tr("Organisation or seat"), self.tr("Role"),
                                    self.tr("Note")])
        for column, width in enumerate((50, 210, 80, 200)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # notes wrap instead
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Plan…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        holder = QWidget()
        holder.setLayout(row)
        holder.setVisible(not self.readonly)
        layout.addWidget(holder)
        self.add_button.clicked.connect(lambda: self.edit_entry(None))
        self.edit_button.clicked.connect(lambda: self.edit_entry(self.selected()))
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_entry(self.selected()))
        self.remove_button.clicked.connect(self.remove_entry)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @property
    def entries(self) -> tuple[SuccessionValue, ...]:
        return self.snapshot.detail.succession if self.snapshot else ()

    def selected(self) -> SuccessionValue | None:
        entry_id = self.table.selected_data()
        return next((e for e in self.entries if e.id == entry_id), None)

    def show_snapshot(self, snapshot: RenewalSnapshot) -> None:
        self.snapshot = snapshot
        selected = self.table.selected_data()
        table = self.table
        table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            table.set_cell(row, 0, str(e.year), data=e.id)
            table.set_cell(row, 1, e.organisation if e.organisation_id else self.tr("{name} (a seat)").format(
                name=e.organisation))
            table.set_cell(row, 2, labels.role(e.role))
            table.set_cell(row, 3, e.note)
        table.resizeRowsToContents()
        if selected is not None:
            table.select_data(selected)
        planned = sorted({e.year for e in self.entries})
        first = snapshot.detail.opened_on.year
        missing = [y for y in range(first, SUCCESSION_HORIZON + 1) if y not in planned]
        self.years_label.setText(
            self.tr("Years without an entry: {years}.").format(years=", ".join(map(str, missing))) if missing
            else self.tr("Every year from {first} to {last} has an entry.").format(first=first,
                                                                                  last=SUCCESSION_HORIZON))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.selected_data() is not None
        self.add_button.setEnabled(not self.readonly and self.snapshot is not None)
        self.edit_button.setEnabled(not self.readonly and chosen)
        self.remove_button.setEnabled(not self.readonly and chosen)

    def _known(self) -> list[tuple[uuid.UUID, str]]:
        """Organisations to pick from: the candidates and the members in office."""
        if self.snapshot is None:
            return []
        found: dict[uuid.UUID, str] = {}
        for c in self.snapshot.candidates:
            found.setdefault(c.organisation_id, c.organisation)
        for member, _seeking, _applied in self.snapshot.incumbents:
            found.setdefault(member.organisation_id, member.organisation)
        return sorted(found.items(), key=lambda pair: pair[1].casefold())

    def edit_entry(self, entry: SuccessionValue | None) -> None:
        from opn_desk.services import renewal

        if self.readonly or self.snapshot is None:
            return
        process_id = self.snapshot.detail.id
        dialog = SuccessionDialog(self, self.runner, self.snapshot.detail.opened_on.year, self._known(), entry)

        def submit() -> None:
            v = dialog.values()
            if entry is None:
                WriteOp(self.tr("Plan the succession for {year}").format(year=v["year"]),
                        renewal.add_succession, process_id, v["year"], organisation_id=v["organisation_id"],
                        name=v["name"], role=v["role"], note=v["note"]) \
                    .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)
            else:
                WriteOp(self.tr("Edit the succession for {year}").format(year=v["year"]),
                        renewal.update_succession, entry.id, v["year"], organisation_id=v["organisation_id"],
                        name=v["name"], role=v["role"], note=v["note"]) \
                    .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def remove_entry(self) -> None:
        from opn_desk.services import renewal

        entry = self.selected()
        if self.readonly or entry is None:
            return
        if messages.confirm(self, self.tr("Remove {name} ({year}) from the succession plan?").format(
                name=entry.organisation, year=entry.year), self.tr("Remove"),
                detail=self.tr("You can undo this with Edit › Undo.")):
            WriteOp(self.tr("Remove {name} from the succession plan").format(name=entry.organisation),
                    renewal.remove_succession, entry.id) \
                .run_in(self.runner, parent=self)
