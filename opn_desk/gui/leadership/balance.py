"""The proposed leadership's balance: each of the core-partner selection's balance rules with its count,
what it needs and whether it is met, at the edge or broken (in words; the colour only repeats them),
and the counts by regional group, stakeholder cluster and representatives' gender.

The rules are `opn_desk.selection.default_rules` for as many seats as leads are proposed, re-checked by
`opn_desk.selection.recheck` in `services.renewal.balance_of`, the same as the dossier prints. Gender is
only ever counted here, never shown next to a name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from opn_desk.domain.renewal import CountRow, LeadershipBalance, RuleState
from opn_desk.gui.leadership.widgets import BAD, EDGE, GOOD, ReadOnlyTable, muted
from opn_desk.gui.widgets.style import heading_font

STATES = {"met": GOOD, "at the edge": EDGE, "broken": BAD}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leadership", text)


def state_word(state: str) -> str:
    return {"met": _tr("Met"), "at the edge": _tr("At the edge"), "broken": _tr("Broken")}.get(state, state)


def needs_text(rule: RuleState) -> str:
    if rule.min is not None and rule.max is not None:
        return _tr("{low} to {high}").format(low=rule.min, high=rule.max) if rule.min != rule.max else str(rule.min)
    if rule.min is not None:
        return _tr("at least {n}").format(n=rule.min)
    if rule.max is not None:
        return _tr("at most {n}").format(n=rule.max)
    return "—"


def summary_text(balance: LeadershipBalance) -> str:
    if balance.seats == 0:
        return _tr("Nobody is proposed yet: tick candidates in the table to propose them.")
    broken = balance.broken
    edge = [r for r in balance.rules if r.state == "at the edge"]
    head = _tr("{n} leads proposed.").format(n=balance.seats) if balance.seats != 1 else _tr("1 lead proposed.")
    if not broken:
        tail = _tr("Every balance rule is met") + (_tr(" ({n} at the edge).").format(n=len(edge)) if edge else ".")
    else:
        tail = _tr("{n} of {total} balance rules broken: {names}.").format(
            n=len(broken), total=len(balance.rules), names=", ".join(r.name for r in broken))
    return f"{head} {tail}"


class BalanceView(QWidget):
    """The rules' re-check and the counts of one proposed leadership."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.balance: LeadershipBalance | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel(self.tr("Balance of the proposed leadership"))
        self.title.setFont(heading_font(self.title, 1.1))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.rules_table = ReadOnlyTable([self.tr("Rule"), self.tr("Count"), self.tr("Needs"), self.tr("State")])
        for column, width in enumerate((210, 60, 90, 110)):
            self.rules_table.setColumnWidth(column, width)
        # The rule's name takes the room left; its count, need and state are always whole.
        rules_header = self.rules_table.horizontalHeader()
        rules_header.setStretchLastSection(False)
        rules_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            rules_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.counts_table = ReadOnlyTable([self.tr("Counted by"), self.tr("Leads")])
        self.counts_table.setColumnWidth(0, 300)
        splitter.addWidget(self.rules_table)
        splitter.addWidget(self.counts_table)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self.note = muted(self.tr("The core-partner selection's rules, for as many seats as leads are proposed. "
                                  "With few seats not every group can be represented. Gender is only counted."))
        layout.addWidget(self.note)

    def show_balance(self, balance: LeadershipBalance) -> None:
        self.balance = balance
        self.summary.setText(summary_text(balance))
        table = self.rules_table
        table.setRowCount(len(balance.rules))
        for row, r in enumerate(balance.rules):
            colours = STATES.get(r.state, ("", ""))
            table.set_cell(row, 0, r.name, data=r.name, tip=r.message)
            table.set_cell(row, 1, str(r.count), right=True)
            table.set_cell(row, 2, needs_text(r))
            table.set_cell(row, 3, state_word(r.state), colours=colours, tip=r.message)
        sections = ((self.tr("Regional group"), balance.by_region), (self.tr("Stakeholder cluster"),
                                                                     balance.by_cluster),
                    (self.tr("Representative's gender"), balance.by_gender))
        rows: list[tuple[str, str, bool]] = []
        for title, counts in sections:
            rows.append((title, "", True))
            rows.extend((f"    {c.label}", str(c.count), False) for c in counts)
        counts = self.counts_table
        counts.setRowCount(len(rows))
        bold = QFont(counts.font())
        bold.setBold(True)
        for row, (label, count, heading) in enumerate(rows):
            item = counts.set_cell(row, 0, label)
            counts.set_cell(row, 1, count, right=True)
            if heading:
                item.setFont(bold)

    def rule(self, name: str) -> RuleState | None:
        return next((r for r in self.balance.rules if r.name == name), None) if self.balance else None

    def count(self, label: str) -> CountRow | None:
        if self.balance is None:
            return None
        rows = (*self.balance.by_region, *self.balance.by_cluster, *self.balance.by_gender)
        return next((c for c in rows if c.label == label), None)
