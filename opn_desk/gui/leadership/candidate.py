"""One co-lead candidate beside the candidates table: who it is, the commitment offered, its scores per
criterion and reviewer, the MAC's opinion (edited here), and putting it in or out of the proposed
leadership."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.renewal import INCUMBENT, CandidateValue
from opn_desk.gui.core import labels
from opn_desk.gui.leadership.widgets import GOOD, INFO, ReadOnlyTable, badge, day_text, muted, score_text
from opn_desk.gui.widgets.columns import set_column_widths
from opn_desk.gui.widgets.style import heading_font


class CandidateDetail(QScrollArea):
    """Shows one candidate; asks the candidates view to save the MAC opinion or change the proposal."""

    save_opinion = Signal(object, str)  # candidate key, text
    propose_requested = Signal(object, bool)  # candidate key, proposed
    score_requested = Signal(object)  # candidate key (incumbents)

    def __init__(self, readonly: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.readonly = readonly
        self.candidate: CandidateValue | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setFont(heading_font(self.name_label, 1.2))
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel()
        head.addWidget(self.name_label, 1)
        head.addWidget(self.kind_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts_label)
        self.commitment_label = QLabel()
        self.commitment_label.setWordWrap(True)
        self.commitment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.commitment_label)

        self.scores_title = QLabel(self.tr("Scores"))
        self.scores_title.setFont(heading_font(self.scores_title, 1.0))
        layout.addWidget(self.scores_title)
        self.scores_table = ReadOnlyTable([self.tr("Criterion"), self.tr("Weight"), self.tr("Mean"),
                                           self.tr("By reviewer")])
        set_column_widths(self.scores_table, (220, 60, 60, 260))
        self.scores_table.setMinimumHeight(150)
        layout.addWidget(self.scores_table)
        score_row = QHBoxLayout()
        self.total_label = QLabel()
        self.score_button = QPushButton(self.tr("Score…"))
        self.score_button.setToolTip(self.tr("Record a reviewer's scores of this incumbent on the lead criteria"))
        score_row.addWidget(self.total_label, 1)
        score_row.addWidget(self.score_button)
        layout.addLayout(score_row)

        self.opinion_title = QLabel(self.tr("MAC opinion"))
        self.opinion_title.setFont(heading_font(self.opinion_title, 1.0))
        layout.addWidget(self.opinion_title)
        self.opinion_edit = QPlainTextEdit()
        self.opinion_edit.setTabChangesFocus(True)
        self.opinion_edit.setPlaceholderText(self.tr("The Multi-stakeholder Advisory Committee's opinion on this "
                                                     "candidate"))
        self.opinion_edit.setFixedHeight(self.opinion_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.opinion_edit.setReadOnly(readonly)
        layout.addWidget(self.opinion_edit)
        opinion_row = QHBoxLayout()
        self.opinion_hint = muted()
        self.save_opinion_button = QPushButton(self.tr("Save opinion"))
        self.save_opinion_button.setEnabled(False)
        self.save_opinion_button.setVisible(not readonly)
        opinion_row.addWidget(self.opinion_hint, 1)
        opinion_row.addWidget(self.save_opinion_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(opinion_row)

        self.proposal_title = QLabel(self.tr("Proposed leadership"))
        self.proposal_title.setFont(heading_font(self.proposal_title, 1.0))
        layout.addWidget(self.proposal_title)
        proposal_row = QHBoxLayout()
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Propose…"))
        self.unpropose_button = QPushButton(self.tr("Take out of the proposal"))
        for button in (self.propose_button, self.unpropose_button):
            button.setVisible(not readonly)
        proposal_row.addWidget(self.proposal_label, 1)
        proposal_row.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignTop)
        proposal_row.addWidget(self.unpropose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(proposal_row)
        layout.addStretch(1)
        self.setWidget(body)

        self.empty = muted(self.tr("Choose a candidate in the table to see its scores and the MAC's opinion."))
        layout.insertWidget(0, self.empty)
        self.opinion_edit.textChanged.connect(self._opinion_edited)
        self.save_opinion_button.clicked.connect(self._save_opinion)
        self.propose_button.clicked.connect(lambda: self._propose(True))
        self.unpropose_button.clicked.connect(lambda: self._propose(False))
        self.score_button.clicked.connect(lambda: self.candidate and self.score_requested.emit(self.candidate.key))
        self.show_candidate(None)

    def _parts(self) -> list[QWidget]:
        return [self.name_label, self.kind_label, self.facts_label, self.commitment_label, self.scores_title,
                self.scores_table, self.total_label, self.opinion_title, self.opinion_edit, self.opinion_hint,
                self.proposal_title, self.proposal_label]

    def show_candidate(self, c: CandidateValue | None, *, keep_opinion: bool = False) -> None:
        previous = self.candidate
        self.candidate = c
        self.empty.setVisible(c is None)
        for widget in self._parts():
            widget.setVisible(c is not None)
        writable = not self.readonly and c is not None
        self.save_opinion_button.setVisible(writable)
        self.propose_button.setVisible(writable and not c.proposed)
        self.unpropose_button.setVisible(writable and c.proposed)
        self.score_button.setVisible(writable and c.kind == INCUMBENT)
        if c is None:
            return
        self.name_label.setText(c.display_name)
        if c.kind == INCUMBENT:
            badge(self.kind_label, self.tr("Incumbent seeking renewal"), INFO)
        elif c.incumbent:
            badge(self.kind_label, self.tr("Incumbent, applied"), INFO)
        else:
            badge(self.kind_label, self.tr("Applicant: {status}").format(status=c.status), ("#ececec", "#303030"))
        group = labels.regional_group(c.regional_group_code)
        facts = [f"{c.country} ({group})" if c.country else group,
                 labels.cluster(c.cluster_code) or self.tr("cluster not recorded"),
                 self.tr("represented by {name}").format(name=c.representative) if c.representative
                 else self.tr("no representative recorded")]
        if c.incumbent and c.term_end:
            facts.append(self.tr("current term ends on {day}").format(day=day_text(c.term_end)))
        self.facts_label.setText(" · ".join(facts))
        self.commitment_label.setText(self.tr("Commitment offered: {text}").format(
            text=c.commitment or self.tr("not stated")))
        criteria = c.scores.criteria if c.scores else ()
        table = self.scores_table
        table.setRowCount(len(criteria))
        for row, s in enumerate(criteria):
            table.set_cell(row, 0, s.name)
            table.set_cell(row, 1, labels.short_decimal(s.weight), right=True)
            table.set_cell(row, 2, score_text(s.mean), right=True)
            by = "; ".join(f"{r.reviewer}: {labels.short_decimal(r.score)}" for r in s.scores) or self.tr("not scored yet")
            table.set_cell(row, 3, by, tip=by)
        if c.total is None:
            self.total_label.setText(self.tr("Not scored yet."))
        else:
            self.total_label.setText(self.tr("Weighted total {total}, rank {rank} of the scored candidates.").format(
                total=score_text(c.total), rank=c.rank))
        if not (keep_opinion and previous is not None and previous.key == c.key and self.opinion_dirty):
            self.opinion_edit.blockSignals(True)
            self.opinion_edit.setPlainText(c.mac_opinion)
            self.opinion_edit.blockSignals(False)
            self.save_opinion_button.setEnabled(False)
        self.opinion_hint.setText(self.tr("Kept on the application (recorded while it is under review or waiting "
                                          "for the MAC).") if c.kind != INCUMBENT
                                  else self.tr("Kept with the renewal process."))
        if c.proposed:
            self.proposal_label.setText(self.tr("Proposed.") + (f" {c.proposed_note}" if c.proposed_note else ""))
            self.proposal_label.setStyleSheet(f"color: {GOOD[1]}; font-weight: 600;")
        else:
            self.proposal_label.setText(self.tr("Not proposed."))
            self.proposal_label.setStyleSheet("")

    @property
    def opinion_dirty(self) -> bool:
        return self.candidate is not None and self.opinion_edit.toPlainText().strip() != self.candidate.mac_opinion

    def _opinion_edited(self) -> None:
        self.save_opinion_button.setEnabled(not self.readonly and self.opinion_dirty)

    def _save_opinion(self) -> None:
        if self.candidate is not None and self.opinion_dirty:
            self.save_opinion_button.setEnabled(False)
            self.save_opinion.emit(self.candidate.key, self.opinion_edit.toPlainText())

    def _propose(self, proposed: bool) -> None:
        if self.candidate is not None:
            self.propose_requested.emit(self.candidate.key, proposed)
