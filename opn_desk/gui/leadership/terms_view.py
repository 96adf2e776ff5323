"""Terms of office: a programme's co-leads and core partners (the MAC) in office on a chosen date, past
or future, with their terms, the consecutive term each is in, who is holding over, and the alerts six
and three months before a term ends. The composition is computed from the recorded terms each time;
choosing another date never changes anything."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.terms import HOLDING_OVER, THREE_MONTHS, CompositionEntry, add_months, term_end_for
from opn_desk.domain.vocab import MembershipStatus, Role
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.leadership.ops import TERM_KINDS, Composition, composition
from opn_desk.gui.leadership.widgets import (
    BAD,
    EDGE,
    GOOD,
    INFO,
    PLAIN,
    ReadOnlyTable,
    day_text,
    muted,
    ordinal,
    pydate,
    qdate,
)
from opn_desk.gui.widgets.columns import day_width, set_column_widths
from opn_desk.gui.widgets.style import heading_font
from opn_desk.gui.widgets.table_export import offer_export


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leadership", text)


def notice(entry: CompositionEntry, on: date) -> tuple[str, tuple[str, str]]:
    """What to flag about a member on ``on``: holding over, or its term ending within 3 or 6 months."""
    if entry.holding_over:
        return _tr("Holding over since {day}: no successor yet").format(day=day_text(entry.term_end)), BAD
    end = entry.term_end
    if end is None or entry.status != MembershipStatus.ACTIVE.value or on > end:
        return "", PLAIN
    if on >= add_months(end, -3):
        return _tr("Ends within 3 months"), EDGE
    if on >= add_months(end, -6):
        return _tr("Ends within 6 months"), INFO
    return "", PLAIN


class TermsView(QWidget):
    """The composition on a date, the alerts due today, and renewing a member's term."""

    date_changed = Signal(object)  # date

    COLUMNS = ("role", "organisation", "country", "cluster", "representative", "term", "consecutive", "notice")

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.code: str | None = None
        self.composition: Composition | None = None
        self._composition = ReadOp(runner, composition)  # the latest answer only
        self._build()
        runner.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("In office on")))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(labels.date_input_format())
        self.date_edit.setDate(qdate(date.today()))
        self.date_edit.setToolTip(self.tr("Any past or future date: the composition is computed from the recorded "
                                          "terms, nothing is changed"))
        self.today_button = QPushButton(self.tr("Today"))
        self.year_back_button = QPushButton(self.tr("A year ago"))
        self.year_ahead_button = QPushButton(self.tr("In a year"))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # wraps rather than widening the page at laptop sizes
        self.renew_button = QPushButton(self.tr("Renew term…"))
        self.renew_button.setToolTip(self.tr("Add a new two-year term starting the day after the current one ends"))
        self.renew_button.setVisible(not self.readonly)
        self.renew_button.setEnabled(False)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addWidget(self.year_back_button)
        top.addWidget(self.year_ahead_button)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)
        self.search = QLineEdit()  # Ctrl+F in the Leadership area comes here
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a member"))
        self.search.setToolTip(self.tr("Show only the members whose row contains these words"))
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(220)
        top.addWidget(self.search)
        top.addWidget(self.renew_button)
        layout.addLayout(top)
        self.date_note = muted()
        layout.addWidget(self.date_note)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        alerts = QWidget()
        alerts_layout = QVBoxLayout(alerts)
        alerts_layout.setContentsMargins(0, 0, 0, 0)
        alerts_layout.setSpacing(4)
        self.alerts_title = QLabel(self.tr("Alerts"))
        self.alerts_title.setFont(heading_font(self.alerts_title, 1.0))
        self.alerts_title.setWordWrap(True)
        self.alerts_list = QListWidget()
        self.alerts_list.setWordWrap(True)
        self.alerts_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        alerts_layout.addWidget(self.alerts_title)
        alerts_layout.addWidget(self.alerts_list)
        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ReadOnlyTable([self.tr("Role"), self.tr("Organisation"), self.tr("Country (regional group)"),
                                    self.tr("Cluster"), self.tr("Representative"), self.tr("Term"),
                                    self.tr("Consecutive term"), self.tr("Notice")])
        # The term is two dates in the language ("28 sept. 2026 – 27 sept. 2028"): as wide as they need (up to
        # 200 px, enough for French, Spanish and English), taken from the role, cluster, representative and
        # term-count columns (each still at least as wide as its title).
        term = min(max(155, day_width(self.table, "span")), 200)
        set_column_widths(self.table, (75, 200, 150, 90, 100, term, 110, 200))
        # The table fits the width it is given (no column cut at the edge on a laptop): the organisation,
        # its country and the notice share the room the others leave. The notice (holding over, ending
        # soon) is shown beside the name; the consecutive term, the least urgent, comes last.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (1, 2, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.moveSection(7, 2)
        self.export = offer_export(self.table, self.runner, self.tr("Terms of office"))
        members_layout.addWidget(self.table)
        splitter.addWidget(members)
        splitter.addWidget(alerts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.date_edit.dateChanged.connect(lambda _d: self._date_chosen())
        self.today_button.clicked.connect(lambda: self.set_date(date.today()))
        # A year from today, not from the date shown: pressed twice, it shows the same day.
        self.year_back_button.clicked.connect(lambda: self.set_date(add_months(date.today(), -12)))
        self.year_ahead_button.clicked.connect(lambda: self.set_date(add_months(date.today(), 12)))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.search.textChanged.connect(lambda _t: self._filter_rows())
        self.renew_button.clicked.connect(self.renew_selected)

    # -- loading -----------------------------------------------------------------------------------
    @property
    def on(self) -> date:
        return pydate(self.date_edit.date())

    def set_date(self, day: date) -> None:
        self.date_edit.setDate(qdate(day))

    def show_programme(self, code: str) -> None:
        self.code = code
        self.reload()

    def _date_chosen(self) -> None:
        self.date_changed.emit(self.on)
        self.reload()

    def reload(self) -> None:
        if self.code is None:
            return
        self._composition.run(self.code, self.on, success=self._show, parent=self)

    def _on_changed(self, outcome) -> None:
        if self.composition is not None and outcome.changes.touches(TERM_KINDS):
            self.reload()

    def _show(self, value: Composition) -> None:
        selected = self.table.selected_data()
        self.composition = value
        today = date.today()
        if value.on < today:
            self.date_note.setText(self.tr("A past date: the members in office that day, from the recorded terms."))
        elif value.on > today:
            self.date_note.setText(self.tr("A future date shows the terms as they stand today: nobody is assumed "
                                           "to hold over beyond today, and renewals not yet recorded are not shown."))
        else:
            self.date_note.setText(self.tr("Today. A member whose term has ended stays in office, shown as holding "
                                           "over, until the desk renews it or ends it."))
        leads = sum(1 for m in value.members if m.role == Role.CO_LEAD.value)
        partners = sum(1 for m in value.members if m.role == Role.CORE_PARTNER.value)
        self.count_label.setText(self.tr("{leads} co-leads and {partners} core partners in office on {day}").format(
            leads=leads, partners=partners, day=labels.long_day(value.on)))
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(value.members))
        for row, m in enumerate(value.members):
            said, colours = notice(m, value.on)
            group = labels.regional_group(m.regional_group_code)
            table.set_cell(row, 0, labels.role(m.role), data=m.membership_id)
            table.set_cell(row, 1, m.display_name)
            table.set_cell(row, 2, f"{m.country} ({group})" if m.country else group)
            table.set_cell(row, 3, labels.cluster(m.cluster_code) or self.tr("Not recorded"))
            table.set_cell(row, 4, m.representative or "—")
            table.set_cell(row, 5, f"{day_text(m.term_start)} – {day_text(m.term_end)}"
                           if m.term_end else self.tr("from {day}, open-ended").format(day=day_text(m.term_start)))
            table.set_cell(row, 6, self.tr("{nth} term, since {year}").format(nth=ordinal(m.consecutive),
                                                                             year=m.run_start.year))
            table.set_cell(row, 7, said, colours=colours)
        if selected is not None:
            table.select_data(selected)
        self._filter_rows()
        self._show_alerts(value)
        self._update_buttons()

    def _show_alerts(self, value: Composition) -> None:
        self.alerts_list.clear()
        kinds = {HOLDING_OVER: (self.tr("Holding over"), BAD), THREE_MONTHS: (self.tr("Within 3 months"), EDGE)}
        for alert in value.alerts:
            word, colours = kinds.get(alert.kind, (self.tr("Within 6 months"), INFO))
            item = QListWidgetItem(self.tr("{state}: {alert}").format(state=word, alert=alert.sentence))
            item.setData(Qt.ItemDataRole.UserRole, alert.membership_id)
            item.setBackground(QColor(colours[0]))
            item.setForeground(QColor(colours[1]))
            self.alerts_list.addItem(item)
        if not value.alerts:
            item = QListWidgetItem(self.tr("No term of {code} ends within six months, and nobody is holding over.")
                                   .format(code=value.code))
            item.setBackground(QColor(GOOD[0]))
            self.alerts_list.addItem(item)
        self.alerts_title.setText(self.tr("Alerts today ({count}): terms ending within six months, and members "
                                          "holding over").format(count=len(value.alerts)))

    def _filter_rows(self) -> None:
        """Hide the rows that do not hold every word typed in the search box."""
        words = self.search.text().casefold().split()
        for row in range(self.table.rowCount()):
            text = " ".join(self.table.item(row, c).text() for c in range(self.table.columnCount())
                            if self.table.item(row, c) is not None).casefold()
            self.table.setRowHidden(row, not all(word in text for word in words))

    # -- renewing ----------------------------------------------------------------------------------
    def selected_member(self) -> CompositionEntry | None:
        membership_id = self.table.selected_data()
        if self.composition is None or membership_id is None:
            return None
        return next((m for m in self.composition.members if m.membership_id == membership_id), None)

    def _update_buttons(self) -> None:
        m = self.selected_member()
        can = (not self.readonly and m is not None and m.status == MembershipStatus.ACTIVE.value
               and m.term_end is not None)
        self.renew_button.setEnabled(can)

    def renew_selected(self) -> None:
        m = self.selected_member()
        if self.readonly or m is None or m.term_end is None:
            return
        start = m.term_end + timedelta(days=1)
        end = term_end_for(start)
        if not messages.confirm(
                self, self.tr("Renew the term of {name} as {role} of {code}?").format(
                    name=m.organisation, role=labels.role(m.role).lower(), code=self.code),
                self.tr("Renew"),
                detail=self.tr("A new two-year term from {start} to {end} is added; the current term keeps its dates. "
                               "You can undo this with Edit › Undo.").format(start=labels.long_day(start),
                                                                            end=labels.long_day(end))):
            return
        from opn_desk.services import terms

        WriteOp(self.tr("Renew the term of {name}").format(name=m.organisation),
                terms.renew_term, m.membership_id) \
            .run_in(self.runner, parent=self)

    def membership_row(self, membership_id: uuid.UUID) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == membership_id:
                return row
        return -1
