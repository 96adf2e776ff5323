"""Countries and the UN regional group each is counted in: the desk corrects a group here, and every
balance count, filter and report follows. Each change is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.text import fold
from opn_desk.domain.vocab import RegionalGroup
from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp

COLUMNS = ("country", "iso3", "group", "shipped", "status", "organisations")


class CountriesDialog(QDialog):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self._countries: ReadOp | None = None
        self.countries = []
        self.setWindowTitle(self.tr("Countries and regional groups"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each country counts in the UN regional group shown, for every balance count, filter and report. "
            "The shipped groups are those used for elections (Türkiye and the United States in Western Europe "
            "and Others); change one only where your desk counts it otherwise."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a country by name or ISO code"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("ISO3"), self.tr("Counted in"),
                                              self.tr("As shipped"), self.tr("LDC / LLDC / SIDS"),
                                              self.tr("Organisations")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 56), (2, 250), (3, 230), (4, 130), (5, 100)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        runner.changed.connect(self._on_changed)
        self.load()

    def load(self) -> None:
        if self._countries is None:
            from opn_desk.services.countries import list_countries

            self._countries = ReadOp(self.runner, list_countries)  # the latest answer only
        self._countries.run(success=self._fill, parent=self)

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches("country"):
            self.load()  # an undo elsewhere, or this dialog's own change: show what is stored

    def _group_combo(self, country) -> QComboBox:
        combo = QComboBox()
        combo.addItem(labels.regional_group(None), None)
        for g in RegionalGroup:
            combo.addItem(labels.regional_group(g.value), g.value)
        combo.setCurrentIndex(max(0, combo.findData(country.regional_group)))
        combo.setEnabled(not self.runner.readonly)
        combo.setAccessibleName(self.tr("Regional group of {name}").format(name=country.name))
        combo.currentIndexChanged.connect(lambda _i, c=country, box=combo: self._chosen(c, box.currentData()))
        return combo

    def _fill(self, countries) -> None:
        position = self.table.verticalScrollBar().value()
        self.countries = list(countries)
        self.table.setRowCount(len(self.countries))
        for row, c in enumerate(self.countries):
            flags = [self.tr("LDC")] * c.ldc + [self.tr("LLDC")] * c.lldc + [self.tr("SIDS")] * c.sids
            shipped = labels.regional_group(c.shipped_group)
            cells = (c.name, c.iso3, None, self.tr("{group} (changed)").format(group=shipped) if c.changed else shipped,
                     ", ".join(flags), labels.number(c.organisations))
            for column, text in enumerate(cells):
                if text is None:
                    continue
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, 2, self._group_combo(c))
        self._filter(self.filter_edit.text())
        self.table.verticalScrollBar().setValue(position)

    def _filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for row, c in enumerate(self.countries):
            shown = not wanted or wanted in fold(c.name) or wanted == c.iso3.casefold()
            self.table.setRowHidden(row, not shown)

    def row_of(self, iso3: str) -> int:
        return next((i for i, c in enumerate(self.countries) if c.iso3 == iso3), -1)

    def _chosen(self, country, group: str | None) -> None:
        from opn_desk.services.countries import describe_change, set_regional_group

        if self.runner.readonly or group == country.regional_group:
            return
        self.error_label.hide()

        def failed(exc: BaseException) -> None:
            self.error_label.setText(describe_failure(exc))
            self.error_label.show()
            self.load()

        WriteOp(describe_change(country.name, group), set_regional_group, country.iso3, group) \
            .failure(failed).run_in(self.runner, parent=self)
