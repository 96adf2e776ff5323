"""What the application panel shows: its overview, screening, reviews, files and history tabs filled
from an `ApplicationDetail`. Mixed into `ApplicationDetailPanel` (detail.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
)

from opn_desk.domain.applications import (
    DEFAULT_CHECKLISTS,
    DISAGREEMENT_SPREAD,
    MAX_SCORE,
    REVIEW_STATUSES,
    ApplicationDetail,
    ReviewSummary,
    is_open,
)
from opn_desk.gui.applications.detail_actions import S
from opn_desk.gui.applications.dialogs import (
    contribution_label,
    score_text,
)
from opn_desk.gui.core import labels
from opn_desk.gui.core.labels import size_text, status_label
from opn_desk.gui.widgets.style import DISAGREEMENT_COLOUR, heading_font

_SHIPPED_CHECKS = frozenset(item for items in DEFAULT_CHECKLISTS.values() for item in items)


def screening_words(text: str) -> str:
    """A screening check as the officer reads it: a shipped default (copied into the application in English)
    in the window's language ("Screening", packaging/update_translations.py), the desk's own as written."""
    return QCoreApplication.translate("Screening", text) if text in _SHIPPED_CHECKS else text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DetailTabs:
    """Part of `ApplicationDetailPanel` (detail.py); its user text keeps the context "ApplicationDetailPanel"."""

    def _fill_overview(self, d: ApplicationDetail) -> None:
        nobody = QCoreApplication.translate("ApplicationDetailPanel", "(nobody named)")
        self.facts["representative"].setText(d.representative or nobody)
        self.facts["alternate"].setText(d.alternate or nobody)
        self.facts["statement"].setText(d.statement or QCoreApplication.translate("ApplicationDetailPanel", "(none given)"))
        kinds = ", ".join(contribution_label(k) for k in d.contribution_kinds)
        details = d.contribution_details
        self.facts["contribution"].setText(" — ".join(x for x in (kinds, details) if x) or QCoreApplication.translate("ApplicationDetailPanel", "(none offered)"))
        self.facts["work_streams"].setText(", ".join(d.work_streams) or "—")
        self.facts["sectors"].setText(", ".join(d.priority_sectors) or "—")
        if d.decision:
            text = QCoreApplication.translate("ApplicationDetailPanel", "{decision} on {day}").format(decision=status_label(d.decision),
                                                        day=labels.day(d.decided_on))
            if d.decision_rationale:
                text += "\n" + d.decision_rationale
        elif d.status == S.WITHDRAWN.value:
            text = QCoreApplication.translate("ApplicationDetailPanel", "Withdrawn")
        else:
            text = QCoreApplication.translate("ApplicationDetailPanel", "Not decided yet")
        self.facts["decision"].setText(text)
        if d.membership_id is not None:
            self.membership_link.setText(QCoreApplication.translate("ApplicationDetailPanel", 'Accepting it created a membership: <a href="org">see it in the '
                                                 "organisation's memberships</a>."))
            self.membership_link.show()
        else:
            self.membership_link.hide()
        editable = not self.readonly and d.status in {s.value for s in REVIEW_STATUSES}
        if not self.mac_edit.property("dirty") or self.mac_edit.toPlainText() == d.mac_opinion:
            with QSignalBlocker(self.mac_edit):
                self.mac_edit.setPlainText(d.mac_opinion)
            self.mac_edit.setProperty("dirty", False)
        self.mac_edit.setReadOnly(not editable)
        self.mac_save.setVisible(not self.readonly)
        self.mac_save.setEnabled(editable and bool(self.mac_edit.property("dirty")))
        self.mac_hint.setText("" if editable else QCoreApplication.translate("ApplicationDetailPanel", "The MAC's opinion is recorded while the application is "
                                                          "under review or waiting for it."))

    def _fill_screening(self, d: ApplicationDetail) -> None:
        editable = not self.readonly and is_open(d.status)
        with QSignalBlocker(self.screening_list):
            self.screening_list.clear()
            for item_text, done in d.screening:
                item = QListWidgetItem(screening_words(item_text))
                flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if editable
                                                     else Qt.ItemFlag.NoItemFlags)
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, item_text)
                self.screening_list.addItem(item)
        done = sum(1 for _, ok in d.screening if ok)
        total = len(d.screening)
        if total == 0:
            text = QCoreApplication.translate("ApplicationDetailPanel", "No checks on the list.")
        elif done == total:
            text = QCoreApplication.translate("ApplicationDetailPanel", "All {total} checks done.").format(total=total)
        else:
            text = QCoreApplication.translate("ApplicationDetailPanel", "{done} of {total} checks done.").format(done=done, total=total)
        self.screening_summary.setText(text)
        self.screening_new.setVisible(editable)
        self.screening_add.setVisible(editable)
        self.tabs.setTabText(1, QCoreApplication.translate("ApplicationDetailPanel", "Screening ({done}/{total})").format(done=done, total=total) if total
                             else QCoreApplication.translate("ApplicationDetailPanel", "Screening"))

    def _fill_reviews(self, d: ApplicationDetail) -> None:
        table = self.reviews_table
        summary: ReviewSummary | None = d.reviews
        scoring = not self.readonly and d.call_id is not None and d.status in {s.value for s in REVIEW_STATUSES}
        if summary is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            table.hide()
            self.reviews_note.setText(QCoreApplication.translate("ApplicationDetailPanel", "This application answers no call, so it is not scored: network "
                                              "members join without a review."))
            self.total_label.setText("")
            self.excluded_label.hide()
            self.conflicts_list.hide()
            self.tabs.setTabText(2, QCoreApplication.translate("ApplicationDetailPanel", "Reviews"))
            self._scoring = False
            return
        table.show()
        self._scoring = scoring
        if not summary.criteria:
            self.reviews_note.setText(QCoreApplication.translate("ApplicationDetailPanel", "The call has no evaluation criteria yet."))
        elif scoring:
            self.reviews_note.setText(QCoreApplication.translate("ApplicationDetailPanel", "Scores from 0 to {max} per criterion and reviewer. Criteria where "
                                              "reviewers differ by {spread} points or more are highlighted.").format(
                max=score_text(MAX_SCORE), spread=score_text(DISAGREEMENT_SPREAD)))
        else:
            self.reviews_note.setText(QCoreApplication.translate("ApplicationDetailPanel", "Scores are recorded while the application is under review or "
                                              "waiting for the MAC's opinion."))
        reviewers = list(summary.reviewers)
        columns = [QCoreApplication.translate("ApplicationDetailPanel", "Criterion"), QCoreApplication.translate("ApplicationDetailPanel", "Weight")] + [name for _rid, name in reviewers] + [QCoreApplication.translate("ApplicationDetailPanel", "Mean")]
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.setRowCount(len(summary.criteria) + 1)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        centre = Qt.AlignmentFlag.AlignCenter
        for row, c in enumerate(summary.criteria):
            by_reviewer = {s.reviewer_id: s for s in c.scores}
            name = QTableWidgetItem(c.name)
            name.setToolTip(c.name)
            table.setItem(row, 0, name)
            weight = QTableWidgetItem(score_text(c.weight))
            weight.setTextAlignment(right)
            table.setItem(row, 1, weight)
            tip = ""
            if c.disagreement:
                values = [s.score for s in c.scores]
                tip = QCoreApplication.translate("ApplicationDetailPanel", "Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); "
                              "differences of {limit} points or more are highlighted.").format(
                    spread=score_text(c.spread), low=score_text(min(values)), high=score_text(max(values)),
                    limit=score_text(DISAGREEMENT_SPREAD))
            for column, (rid, _rname) in enumerate(reviewers, start=2):
                given = by_reviewer.get(rid)
                item = QTableWidgetItem(score_text(given.score) if given else "—")
                item.setTextAlignment(centre)
                notes = [tip] if tip else []
                if given and given.comment:
                    notes.append(given.comment)
                if notes:
                    item.setToolTip("\n".join(notes))
                if c.disagreement:
                    item.setBackground(DISAGREEMENT_COLOUR)
                table.setItem(row, column, item)
            mean = QTableWidgetItem(score_text(c.mean))
            mean.setTextAlignment(centre)
            if c.disagreement:
                mean.setBackground(DISAGREEMENT_COLOUR)
                mean.setToolTip(tip)
                name.setBackground(DISAGREEMENT_COLOUR)
                name.setToolTip(tip)
            table.setItem(row, len(columns) - 1, mean)
        last = len(summary.criteria)
        total_name = QTableWidgetItem(QCoreApplication.translate("ApplicationDetailPanel", "Weighted total"))
        bold = heading_font(table)
        total_name.setFont(bold)
        table.setItem(last, 0, total_name)
        table.setItem(last, 1, QTableWidgetItem(""))
        totals = dict(summary.reviewer_totals)
        for column, (rid, _rname) in enumerate(reviewers, start=2):
            item = QTableWidgetItem(score_text(totals.get(rid)))
            item.setTextAlignment(centre)
            item.setFont(bold)
            table.setItem(last, column, item)
        overall = QTableWidgetItem(score_text(summary.weighted_total))
        overall.setTextAlignment(centre)
        overall.setFont(bold)
        table.setItem(last, len(columns) - 1, overall)
        header = table.horizontalHeader()
        # Every column as wide as its title and values (the criteria are never squeezed to a few letters
        # by many reviewers' columns: the table scrolls instead); the last one takes the room left.
        for column in range(len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # As tall as its rows: the totals and the notes sit right under it.
        rows_height = table.verticalHeader().defaultSectionSize() * table.rowCount()
        table.setMaximumHeight(rows_height + header.sizeHint().height() + 2 * table.frameWidth()
                               + table.horizontalScrollBar().sizeHint().height())
        parts = [QCoreApplication.translate("ApplicationDetailPanel", "<b>Weighted total: {total}</b> of {max}").format(
            total=score_text(summary.weighted_total), max=score_text(MAX_SCORE))]
        parts.append(QCoreApplication.translate("ApplicationDetailPanel", "{done} of {needed} complete reviews").format(done=summary.complete_reviewers,
                                                                          needed=summary.min_reviewers))
        if summary.missing_criteria:
            parts.append(QCoreApplication.translate("ApplicationDetailPanel", "not scored yet: {criteria}").format(criteria=", ".join(summary.missing_criteria)))
        if summary.disagreement:
            parts.append(QCoreApplication.translate("ApplicationDetailPanel", "<span style='background: #fde3c3;'>reviewers disagree on {criteria}</span>").format(
                criteria=_escape(", ".join(summary.disagreements))))
        if summary.rank:
            parts.append(QCoreApplication.translate("ApplicationDetailPanel", "rank {rank} in the call").format(rank=summary.rank))
        self.total_label.setText(" · ".join(parts))
        if summary.excluded:
            self.excluded_label.setText(QCoreApplication.translate("ApplicationDetailPanel", "Scores left out for a conflict of interest:") + "\n" + "\n".join(
                f"• {e.reviewer}: {e.reason}" for e in summary.excluded))
            self.excluded_label.show()
        else:
            self.excluded_label.hide()
        self.conflicts_list.clear()
        for c in self.conflicts:
            text = QCoreApplication.translate("ApplicationDetailPanel", "Declared conflict: {who}, {day}").format(who=c.reviewer, day=labels.day(c.declared_on))
            if c.reason:
                text += f" — {c.reason}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(text)
            self.conflicts_list.addItem(item)
        self.conflicts_list.setVisible(bool(self.conflicts))
        self.tabs.setTabText(2, QCoreApplication.translate("ApplicationDetailPanel", "Reviews ({total})").format(total=score_text(summary.weighted_total))
                             if summary.weighted_total is not None else QCoreApplication.translate("ApplicationDetailPanel", "Reviews"))

    def _fill_files(self, d: ApplicationDetail) -> None:
        table = self.files_table
        selected = self._selected_attachment()
        table.setRowCount(len(d.attachments))
        for row, a in enumerate(d.attachments):
            cells = (a.filename, size_text(a.size), labels.moment(a.added_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if column == 0:
                    item.setToolTip(f"{a.filename} ({a.media_type})")
                table.setItem(row, column, item)
            if selected is not None and a.id == selected:
                table.selectRow(row)
        self.tabs.setTabText(3, QCoreApplication.translate("ApplicationDetailPanel", "Files ({count})").format(count=len(d.attachments)) if d.attachments
                             else QCoreApplication.translate("ApplicationDetailPanel", "Files"))

    def _fill_history(self, d: ApplicationDetail) -> None:
        table = self.history_table
        moves = list(reversed(d.transitions))  # newest first
        table.setRowCount(len(moves))
        for row, t in enumerate(moves):
            step = (f"{status_label(t.from_status)} → {status_label(t.to_status)}" if t.from_status
                    else status_label(t.to_status))
            when = f"{labels.moment(t.at)}\n{t.actor}" if t.actor else labels.moment(t.at)
            for column, text in enumerate((when, t.actor, step, t.reason)):
                item = QTableWidgetItem(text)
                if column == 3 and text:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnToContents(2)
        table.setColumnWidth(2, min(table.columnWidth(2), 150))
        self.tabs.setTabText(4, QCoreApplication.translate("ApplicationDetailPanel", "History ({count})").format(count=len(moves)))
