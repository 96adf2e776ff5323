"""The organisation editor's Health tab: the partnership's health on the organisation's own page. Mixed into
`OrganisationEditor` (organisation_editor.py).

It shows the signals computed from the data (reported in the last cycle, MAC participation with written
comments counted, initiatives kept up to date, a co-lead's renewal commitments, the latest self-assessment)
each Red, Amber, Green or n/a with what it is made of; the level; the latest Red/Amber/Green self-assessment
and every earlier one, with "Record a self-assessment…" (an operation on the database worker, through
`services.health.record_self_assessment`); and the trend over the cycles (`services.health`,
docs/REPORTING.md). It is read only while the tab is shown, so opening an organisation costs nothing more.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import ReadOp, WriteOp
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.partner_health import (
    NO_LEVEL_COLOURS,
    RAG_COLOURS,
    AssessmentDialog,
    TrendStrip,
    rag,
)
from opn_desk.gui.widgets.style import hint
from opn_desk.services import health

# What the health of an organisation is made of: a write touching any of these re-reads the tab.
HEALTH_WATCHED = frozenset({"health", "reporting", "initiative", "membership", "meeting", "organisation"})
SIGNAL_NAMES = ("reported", "mac", "initiatives", "commitments", "self_assessment")


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationEditor", text)


def signal_label(name: str) -> str:
    return {
        "reported": _tr("Reported in the last cycle"),
        "mac": _tr("MAC participation (written comments count)"),
        "initiatives": _tr("Initiatives kept up to date"),
        "commitments": _tr("Co-lead commitments met"),
        "self_assessment": _tr("Latest self-assessment"),
    }.get(name, name)


def _coloured(text: str, level: str | None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    fill, ink = RAG_COLOURS.get(level, NO_LEVEL_COLOURS)
    item.setBackground(QBrush(QColor(fill)))
    item.setForeground(QBrush(QColor(ink)))
    return item


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


class EditorHealth:
    """Part of `OrganisationEditor` (organisation_editor.py); its user text keeps the context "OrganisationEditor"."""

    def _setup_health(self) -> None:
        self.health = None  # the latest `OrganisationHealth` shown
        self._health_for = None  # the organisation it is of
        tab = self.healthTab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.healthLevel = QLabel()
        self.healthLevel.setMinimumWidth(90)
        self.healthLevel.setMinimumHeight(self.healthLevel.fontMetrics().height() + 10)
        self.healthLevel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.healthSummary = QLabel()
        self.healthSummary.setWordWrap(True)
        top.addWidget(self.healthLevel)
        top.addWidget(self.healthSummary, 1)
        layout.addLayout(top)
        layout.addWidget(hint(_tr(
            "Computed from the data: reporting in the last cycle of each of its programmes, MAC participation "
            "over the meetings held (written comments sent in advance count), its initiatives kept up to date, "
            "a co-lead's renewal commitments, and the desk's latest self-assessment.")))
        self.healthSignals = _table([_tr("Signal"), _tr("Level"), _tr("What it is made of")])
        # The signal's name elided (its tooltip says it whole) so that "What it is made of" keeps room:
        # at 320 the third column's title was cut in French and Spanish.
        self.healthSignals.setColumnWidth(0, 230)
        self.healthSignals.setColumnWidth(1, 70)
        layout.addWidget(self.healthSignals)
        layout.addWidget(QLabel(_tr("Trend over the cycles")))
        self.healthTrend = TrendStrip()
        layout.addWidget(self.healthTrend)
        self.healthTrendNote = hint("")
        layout.addWidget(self.healthTrendNote)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("Self-assessments")), 1)
        self.assessButton = QPushButton(_tr("Record a self-assessment…"))
        self.assessButton.setVisible(not self.readonly)
        self.assessButton.clicked.connect(self.record_assessment)
        row.addWidget(self.assessButton)
        layout.addLayout(row)
        self.healthAssessments = _table([_tr("Date"), _tr("Rating"), _tr("Commitments"), _tr("Note")])
        for column, width in enumerate((max(100, day_width(self.healthAssessments)), 80, 110)):
            self.healthAssessments.setColumnWidth(column, width)
        self.healthAssessments.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.healthAssessments, 1)
        tabs = self.ui.tabs
        tabs.insertTab(tabs.indexOf(self.ui.historyTab), tab, _tr("Health"))
        tabs.currentChanged.connect(lambda _i: self._read_health())
        self._health_read = ReadOp(self.runner, health.organisation_health)

    # -- reading ---------------------------------------------------------------------------------------------
    def _health_shown(self) -> bool:
        return self.ui.tabs.currentWidget() is self.healthTab

    def _read_health(self, *, again: bool = False) -> None:
        """Read the organisation's health when its tab is shown (once per organisation, unless ``again``)."""
        org_id = self.org_id
        if org_id is None or not self._health_shown() or (self._health_for == org_id and not again):
            return
        self._health_for = org_id

        def arrived(value) -> None:
            if org_id == self.org_id:
                self._fill_health(value)

        self._health_read.run(org_id, success=arrived, failure=lambda _exc: None)

    def _health_changed(self, outcome) -> None:
        """A write anywhere: the health is read again when it may have changed (now if shown, else when shown)."""
        if self.org_id is None or not outcome.changes.touches(HEALTH_WATCHED):
            return
        self._health_for = None
        self._read_health()

    def _clear_health(self) -> None:
        self.health = None
        self._health_for = None
        self._health_read.drop()
        self.healthLevel.clear()
        self.healthSummary.clear()
        self.healthSignals.setRowCount(0)
        self.healthAssessments.setRowCount(0)
        self.healthTrend.set_trend(())
        self.healthTrendNote.clear()

    # -- showing ---------------------------------------------------------------------------------------------
    def _fill_health(self, value) -> None:
        self.health = value
        h = value.health
        fill, ink = RAG_COLOURS.get(h.level, NO_LEVEL_COLOURS)
        self.healthLevel.setText(rag(h.level))
        self.healthLevel.setStyleSheet(f"background: {fill}; color: {ink}; font-weight: 600; padding: 2px 10px;"
                                       " border-radius: 4px;")
        if value.partner_today:
            summary = _tr("Health of the partnership: {level}. Roles today: {roles}.").format(
                level=rag(h.level), roles=", ".join(labels.role(r) for r in h.roles))
            if h.dropped:
                summary += " " + _tr("Its health dropped since the previous point of its trend.")
        else:
            summary = _tr("Holds no role in a programme today; the signals below are what the data still says.")
        self.healthSummary.setText(summary)
        table = self.healthSignals
        table.setRowCount(0)
        signals = {s.name: s for s in h.signals}
        for name in SIGNAL_NAMES:
            s = signals.get(name)
            if s is None:
                continue
            row = table.rowCount()
            table.insertRow(row)
            label = QTableWidgetItem(signal_label(name))
            label.setToolTip(label.text())
            table.setItem(row, 0, label)
            table.setItem(row, 1, _coloured(rag(s.level), s.level))
            detail = QTableWidgetItem(s.detail or (_tr("not applicable") if s.level is None else ""))
            detail.setToolTip(detail.text())
            table.setItem(row, 2, detail)
        table.setFixedHeight(table.horizontalHeader().height() + table.rowCount() * table.rowHeight(0) + 4
                             if table.rowCount() else 60)
        self.healthTrend.set_trend(h.trend)
        self.healthTrendNote.setText(_tr("No cycle has passed yet in which it was expected to report.")
                                     if not h.trend else
                                     _tr("One point per reporting year: that year's reporting and the "
                                         "self-assessment in force at its deadline."))
        table = self.healthAssessments
        table.setRowCount(0)
        for a in value.assessments:
            row = table.rowCount()
            table.insertRow(row)
            commitments = "" if a.commitments_met is None else _tr("Met") if a.commitments_met else _tr("Not met")
            cells = [QTableWidgetItem(labels.day(a.assessed_on)), _coloured(rag(a.rag), a.rag),
                     QTableWidgetItem(commitments), QTableWidgetItem(a.note)]
            cells[3].setToolTip(a.note)
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        if not value.assessments:
            table.insertRow(0)
            empty = QTableWidgetItem(_tr("No self-assessment recorded yet."))
            empty.setForeground(QBrush(QColor(NO_LEVEL_COLOURS[1])))
            table.setItem(0, 0, empty)
            table.setSpan(0, 0, 1, table.columnCount())

    # -- recording -------------------------------------------------------------------------------------------
    def record_assessment(self) -> None:
        """The desk's Red/Amber/Green after a conversation with the partner, saved as its own undoable step."""
        if self.readonly or self.org_id is None or self.detail is None:
            return
        org_id, name = self.org_id, self.detail.name
        roles = self.health.health.roles if self.health is not None else ()
        dialog = AssessmentDialog(self, name, "co_lead" in roles, date.today())

        def submit() -> None:
            day, level, commitments, note = dialog.values()
            WriteOp(_tr("Record the self-assessment of {name}").format(name=name), health.record_self_assessment,
                    org_id, day, level, note=note, commitments_met=commitments) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)
