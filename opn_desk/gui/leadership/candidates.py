"""Co-lead candidates: the co-lead call's applicants and the incumbents seeking renewal, ranked by their
weighted total, with the mean score per lead criterion, the MAC's opinion, and who is proposed for the
leadership. Ticking a candidate proposes it (more than three leads may be proposed); the balance of the
proposed leadership is shown beside, re-checked against the core-partner selection's rules."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from opn_desk.domain.renewal import INCUMBENT, CandidateValue
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.leadership.balance import BalanceView
from opn_desk.gui.leadership.candidate import CandidateDetail
from opn_desk.gui.leadership.dialogs import IncumbentScoreDialog, NoteDialog
from opn_desk.gui.leadership.ops import RenewalSnapshot
from opn_desk.gui.leadership.widgets import GOOD, INFO, ReadOnlyTable, muted, score_text
from opn_desk.gui.widgets.columns import set_column_widths
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.table_export import offer_export

FIXED = ("proposed", "rank", "organisation", "kind", "country", "cluster", "representative", "status", "total")


class CandidatesView(QWidget):
    snapshot_shown = Signal(object)  # RenewalSnapshot
    criteria_requested = Signal()
    incumbents_requested = Signal()

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.snapshot: RenewalSnapshot | None = None
        self.dialog = None
        self._filling = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.count_label = QLabel()
        self.criteria_button = QPushButton(self.tr("Lead criteria…"))
        self.criteria_button.setToolTip(self.tr("The criteria candidates are scored on (editable)"))
        self.incumbents_button = QPushButton(self.tr("Incumbents…"))
        self.incumbents_button.setToolTip(self.tr("Which incumbent co-leads seek renewal, and their commitments"))
        top.addWidget(self.count_label, 1)
        top.addWidget(self.incumbents_button)
        top.addWidget(self.criteria_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ReadOnlyTable([])
        self.export = offer_export(self.table, self.runner, self.tr("Candidates"))
        table_layout.addWidget(self.table)
        self.table_hint = muted(self.tr("Tick “Proposed” to put a candidate in the proposed leadership; untick to "
                                        "take it out. Unscored candidates are listed last."))
        table_layout.addWidget(self.table_hint)
        splitter.addWidget(table_box)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.setChildrenCollapsible(False)
        self.detail = CandidateDetail(self.readonly)
        self.detail.setMinimumWidth(420)
        self.balance = BalanceView()
        self.balance.setMinimumWidth(380)
        below.addWidget(self.detail)
        below.addWidget(self.balance)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 320])  # the candidates' table shows several rows at a laptop's height
        layout.addWidget(splitter, 1)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemChanged.connect(self._item_changed)
        self.detail.save_opinion.connect(self.save_opinion)
        self.detail.propose_requested.connect(lambda key, on: self.propose(key, on, ask_note=on))
        self.detail.score_requested.connect(self.score_incumbent)
        self.criteria_button.clicked.connect(self.criteria_requested)
        self.incumbents_button.clicked.connect(self.incumbents_requested)

    # -- showing -----------------------------------------------------------------------------------
    @property
    def candidates(self) -> tuple[CandidateValue, ...]:
        return self.snapshot.candidates if self.snapshot else ()

    def candidate(self, key) -> CandidateValue | None:
        return self.snapshot.candidate(key) if self.snapshot else None

    def show_snapshot(self, snapshot: RenewalSnapshot) -> None:
        selected = self.table.selected_data(2)
        self.snapshot = snapshot
        criteria = snapshot.criteria
        headers = [self.tr("Proposed"), self.tr("Rank"), self.tr("Organisation"), self.tr("Kind"),
                   self.tr("Country (group)"), self.tr("Cluster"), self.tr("Representative"), self.tr("Status"),
                   self.tr("Total")] + [_short(c.name) for c in criteria] + [self.tr("MAC opinion")]
        self._filling = True
        table = self.table
        new_columns = table.columnCount() != len(headers) or any(
            table.horizontalHeaderItem(i) is None or table.horizontalHeaderItem(i).text() != text
            for i, text in enumerate(headers))
        if new_columns:
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
        for column, c in enumerate(criteria, start=len(FIXED)):
            table.horizontalHeaderItem(column).setToolTip(self.tr("{name} (weight {weight}): mean score").format(
                name=c.name, weight=labels.short_decimal(c.weight)))
        table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            tick = table.set_cell(row, 0, self.tr("Yes") if c.proposed else "", colours=GOOD if c.proposed
                                  else ("", ""))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.readonly:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            tick.setFlags(flags)
            tick.setCheckState(Qt.CheckState.Checked if c.proposed else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, c.key)
            table.set_cell(row, 1, str(c.rank) if c.rank else "—", right=True)
            table.set_cell(row, 2, c.display_name, data=c.key)
            table.set_cell(row, 3, self.tr("Incumbent") if c.kind == INCUMBENT
                           else self.tr("Applicant (incumbent)") if c.incumbent else self.tr("Applicant"),
                           colours=INFO if c.incumbent else ("", ""))
            group = labels.regional_group(c.regional_group_code)
            table.set_cell(row, 4, f"{c.country} ({group})" if c.country else group)
            table.set_cell(row, 5, labels.cluster(c.cluster_code) or self.tr("Not recorded"))
            table.set_cell(row, 6, c.representative or "—")
            table.set_cell(row, 7, c.status)
            table.set_cell(row, 8, score_text(c.total), right=True)
            means = {s.criterion_id: s.mean for s in c.scores.criteria} if c.scores else {}
            for column, criterion in enumerate(criteria, start=len(FIXED)):
                table.set_cell(row, column, score_text(means.get(criterion.id)), right=True)
            table.set_cell(row, len(headers) - 1, c.mac_opinion or "—", tip=c.mac_opinion or None)
        if new_columns:  # keep the widths the desk officer set while the columns stay the same
            set_column_widths(table, (80, 50, 250, 110, 190, 130, 150, 110, 60))
            set_column_widths(table, [110] * (len(headers) - 1 - len(FIXED)), start=len(FIXED))
        self._filling = False
        if selected is not None:
            table.blockSignals(True)
            table.select_data(selected, 2)
            table.blockSignals(False)
        proposed = sum(1 for c in self.candidates if c.proposed)
        applicants = sum(1 for c in self.candidates if c.kind != INCUMBENT)
        self.count_label.setText(self.tr("{count} candidates ({applicants} applications, {incumbents} incumbents "
                                         "seeking renewal without one); {proposed} proposed").format(
            count=len(self.candidates), applicants=applicants, incumbents=len(self.candidates) - applicants,
            proposed=proposed))
        self.criteria_button.setEnabled(snapshot.detail.call_id is not None)
        self.criteria_button.setToolTip("" if snapshot.detail.call_id else self.tr(
            "Link the process to its co-lead call first: the lead criteria are the call's."))
        if self.table.selected_data(2) is None and self.candidates:
            table.blockSignals(True)
            table.selectRow(0)
            table.blockSignals(False)
        self.detail.show_candidate(self.candidate(self.table.selected_data(2)), keep_opinion=True)
        self.balance.show_balance(snapshot.balance)
        self.snapshot_shown.emit(snapshot)

    def _selection_changed(self) -> None:
        key = self.table.selected_data(2)
        if self.detail.opinion_dirty and self.detail.candidate is not None and key != self.detail.candidate.key:
            if not messages.confirm(self, self.tr("The MAC opinion on {name} is not saved. Leave it?").format(
                    name=self.detail.candidate.organisation), self.tr("Leave it")):
                self.table.blockSignals(True)
                self.table.select_data(self.detail.candidate.key, 2)
                self.table.blockSignals(False)
                return
        self.detail.show_candidate(self.candidate(key))

    def select(self, key: uuid.UUID) -> bool:
        return self.table.select_data(key, 2)

    def _item_changed(self, cell) -> None:
        if self._filling or cell.column() != 0:
            return
        c = self.candidate(cell.data(Qt.ItemDataRole.UserRole))
        if c is None:
            return
        wanted = cell.checkState() == Qt.CheckState.Checked
        if wanted == c.proposed:
            return
        self._filling = True
        cell.setCheckState(Qt.CheckState.Checked if c.proposed else Qt.CheckState.Unchecked)  # until saved
        self._filling = False
        self.propose(c.key, wanted)

    # -- changes -----------------------------------------------------------------------------------
    def propose(self, key: uuid.UUID, proposed: bool = True, note: str | None = None, *,
                ask_note: bool = False) -> None:
        """Put a candidate in (or out of) the proposed leadership; ``ask_note`` asks why first."""
        from opn_desk.services import renewal

        c = self.candidate(key)
        if self.readonly or c is None or self.snapshot is None:
            return
        process_id = self.snapshot.detail.id
        label = (self.tr("Propose {name} for the leadership") if proposed
                 else self.tr("Take {name} out of the proposed leadership")).format(name=c.organisation)
        if not ask_note:
            WriteOp(label,
                    renewal.propose, process_id, key, proposed, note if note is not None else c.proposed_note) \
                .run_in(self.runner, parent=self)
            return
        dialog = NoteDialog(self, self.tr("Propose {name}").format(name=c.organisation), self.tr("Propose"),
                            self.tr("Why is {name} proposed? (printed in the dossier)").format(name=c.organisation),
                            c.proposed_note)

        def submit() -> None:
            WriteOp(label, renewal.propose, process_id, key, True, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def save_opinion(self, key: uuid.UUID, text: str) -> None:
        from opn_desk.services import renewal

        c = self.candidate(key)
        if self.readonly or c is None or self.snapshot is None:
            return

        def refused(exc: BaseException) -> None:
            self.detail._opinion_edited()
            messages.show_failure(self, exc)

        WriteOp(self.tr("MAC opinion on {name}").format(name=c.organisation),
                renewal.set_mac_opinion, self.snapshot.detail.id, key, text) \
            .failure(refused).run_in(self.runner, parent=self)

    def score_incumbent(self, key: uuid.UUID) -> None:
        c = self.candidate(key)
        if self.readonly or c is None or self.snapshot is None or c.kind != INCUMBENT:
            return
        dialog = IncumbentScoreDialog(self, self.runner, c, self.snapshot.detail.call_id)
        process_id = self.snapshot.detail.id

        def submit() -> None:
            reviewer_id, scores = dialog.scores()
            from opn_desk.services import leadership_view

            WriteOp(self.tr("Scores of {name}").format(name=c.organisation), leadership_view.record_incumbent_scores,
                    process_id, c.membership_id, reviewer_id, tuple(scores)) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)


def _short(name: str, limit: int = 16) -> str:
    """Criterion names are long; the column shows their start (the full name is in the tooltip)."""
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"
