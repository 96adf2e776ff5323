"""The Portfolio area: initiatives across programmes with search and filters (programme, SDG, sector,
country, status, kind); an initiative's details with its editor, due diligence and lifecycle; the
export (with a "public" option); who works with whom (docs/REPORTING.md)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.portfolio import ops, words
from opn_desk.gui.portfolio.collaborations import CollaborationsTab
from opn_desk.gui.portfolio.due_diligence import DueDiligenceDialog
from opn_desk.gui.portfolio.editor import InitiativeDialog
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.list_page import (
    add_header,
    empty_note,
    filter_combo,
    filter_row,
    row_table,
    search_box,
)
from opn_desk.gui.widgets.rows_model import RowsModel
from opn_desk.gui.widgets.style import ERROR_STYLE
from opn_desk.services import portfolio, portfolio_view
from opn_desk.services.portfolio import InitiativeQuery

SEARCH_DELAY_MS = 200


def _editing(session, initiative_id):
    """The initiative's detail and its participants' names, in one read."""
    detail = portfolio_view.initiative_detail(session, initiative_id)
    return detail, portfolio_view.organisation_names(session, list(detail.row.partner_ids))


class PortfolioPage(QWidget):
    open_organisation_requested = Signal(object)
    loaded = Signal()

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.rows = []
        self.detail = None
        self.dialog = None
        self.programmes: list[tuple[str, str]] = []
        self.last_export = None
        self._build()
        self._choices = ReadOp(runner, portfolio_view.choices)
        self._list = ReadOp(runner, portfolio.initiatives)
        self._detail = ReadOp(runner, portfolio_view.initiative_detail)
        self._edit = ReadOp(runner, _editing)
        self._below = ReadOp(runner, portfolio.core_below_minimum)
        runner.changed.connect(self._on_changed)
        self._choices.run(success=self._choices_loaded)
        self.refresh()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        self.search = search_box(self.tr("Search titles, descriptions, leads"), 360)
        self.new_button = QPushButton(self.tr("New initiative…"))
        self.new_button.setVisible(not self.runner.readonly)
        self.export_button = QPushButton(self.tr("Export…"))
        self.public_check = QCheckBox(self.tr("Public"))
        self.public_check.setToolTip(self.tr("Leave out inactive initiatives, those not (yet) in the portfolio and "
                                             "the desk's own notes and due diligence."))
        self.count_label = add_header(outer, self.tr("Portfolio"), self.tr("Loading…"), self.search,
                                      [self.new_button, self.export_button, self.public_check])
        self.programme_filter = filter_combo(self.tr("All programmes"), self.tr("Programme"), [])
        self.sdg_filter = filter_combo(self.tr("Any SDG"), self.tr("Also serving this SDG"),
                                       [(self.tr("SDG {n}").format(n=n), n) for n in range(1, 18) if n != 12])
        self.sector_filter = filter_combo(self.tr("All sectors"), self.tr("Sector"), [])
        self.country_filter = filter_combo(self.tr("All countries"), self.tr("Country"), [])
        self.status_filter = filter_combo(self.tr("All statuses"), self.tr("Status (inactive after two years "
                                                                           "without an update)"),
                                          [(words.status(s), s) for s in words.STATUSES])
        self.kind_filter = filter_combo(self.tr("Core and affiliated"), self.tr("Kind"),
                                        [(words.kind(k), k) for k in words.KINDS])
        self.filters = (self.programme_filter, self.sdg_filter, self.sector_filter, self.country_filter,
                        self.status_filter, self.kind_filter)
        for combo in self.filters:
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        outer.addWidget(filter_row(self.filters, self.clear_filters))
        # Core initiatives a partner's leaving has left with fewer than two partners holding a role.
        self.below_minimum = QLabel()
        self.below_minimum.setWordWrap(True)
        self.below_minimum.setStyleSheet(ERROR_STYLE)
        self.below_minimum.hide()
        outer.addWidget(self.below_minimum)

        self.tabs = QTabWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = RowsModel([self.tr("Initiative"), self.tr("Programme"), self.tr("Kind"), self.tr("Status"),
                                self.tr("Lead"), self.tr("Partners"), self.tr("Other SDGs"), self.tr("Sector"),
                                self.tr("Last update")])
        self.table = row_table(self.model, (250, 75, 80, 95, 180, 60, 80, 90, 90))
        self.table.setColumnWidth(8, max(self.table.columnWidth(8), day_width(self.table)))  # last update
        self.empty = empty_note(self.table, self.tr("No initiative matches. Clear the filters or search less."))
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 320])
        self.collaborations = CollaborationsTab(self.runner)
        self.collaborations.open_organisation_requested.connect(self.open_organisation_requested)
        self.tabs.addTab(splitter, self.tr("Initiatives"))
        self.tabs.addTab(self.collaborations, self.tr("Who works with whom"))
        outer.addWidget(self.tabs, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_initiative)
        self.export_button.clicked.connect(lambda: self.export())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _i: self.edit_initiative())
        self.tabs.currentChanged.connect(self._tab_shown)

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 0, 0, 0)
        self.detail_label = QLabel(self.tr("Choose an initiative to see it here."))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail_label)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.dd_button = QPushButton(self.tr("Due diligence…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.edit_button, self.dd_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        move = QHBoxLayout()
        self.move_to = QComboBox()
        self.move_button = QPushButton(self.tr("Move"))
        move.addWidget(QLabel(self.tr("Lifecycle:")))
        move.addWidget(self.move_to, 1)
        move.addWidget(self.move_button)
        layout.addLayout(move)
        for b in (self.edit_button, self.dd_button, self.delete_button, self.move_to, self.move_button):
            b.setVisible(not self.runner.readonly)
            b.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_initiative)
        self.dd_button.clicked.connect(self.due_diligence)
        self.delete_button.clicked.connect(self.delete_initiative)
        self.move_button.clicked.connect(lambda: self.move(self.move_to.currentData()))
        return panel

    def _folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    # -- the list ----------------------------------------------------------------------------------
    def _choices_loaded(self, choices) -> None:
        self.programmes = list(choices.programmes)
        for combo, items in ((self.programme_filter, [(f"{c} — {n}", c) for c, n in choices.programmes]),
                             (self.sector_filter, [(s, s) for s in choices.sectors]),
                             (self.country_filter, [(n, c) for c, n in choices.countries])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self.collaborations.set_programmes([(f"{c} — {n}", c) for c, n in choices.programmes])

    def query(self) -> InitiativeQuery:
        return InitiativeQuery(text=self.search.text().strip(), programme=self.programme_filter.currentData(),
                               sdg=self.sdg_filter.currentData(), sector=self.sector_filter.currentData(),
                               country=self.country_filter.currentData(), status=self.status_filter.currentData(),
                               kind=self.kind_filter.currentData())

    def refresh(self) -> None:
        self.clear_filters.setEnabled(any(c.currentIndex() > 0 for c in self.filters))
        self._list.run(self.query(), success=self._loaded)
        self._below.run(success=self._show_below_minimum)

    def _show_below_minimum(self, found) -> None:
        self.below_minimum.setVisible(bool(found))
        if found:
            self.below_minimum.setText(self.tr(
                "{count} core initiatives are left with fewer than two partners holding a role in their programme: "
                "{titles}. Add a partner or make them affiliated.").format(
                count=len(found), titles="; ".join(f"{r.title} ({n})" for r, n in found)))

    def reset_filters(self) -> None:
        for combo in self.filters:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def set_filter(self, combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _loaded(self, rows) -> None:
        selected = self.detail.row.id if self.detail else None
        self.rows = rows
        out = []
        for r in rows:
            texts = (r.title, r.programme, words.kind(r.kind), words.status(r.status), r.lead, str(len(r.partners)),
                     ", ".join(str(n) for n in r.other_sdgs), r.sector, labels.day(r.last_updated))
            out.append((texts, r, {3: words.STATUS_COLOURS.get(r.status, ("#ececec", "#303030"))}))
        self.model.set_rows(out)
        self.count_label.setText(self.tr("{count} initiatives").format(count=len(rows)))
        self.empty.setVisible(not rows)
        for i, r in enumerate(rows):
            if r.id == selected:
                self.table.selectRow(i)
        self.loaded.emit()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_title(self, title: str) -> bool:
        for i, r in enumerate(self.model.records):
            if r.title == title:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected()
        if row is None:
            self.detail = None
            self._show_detail(None)
            return
        self._detail.run(row.id, success=self._show_detail)

    def _show_detail(self, detail) -> None:
        self.detail = detail
        editable = detail is not None and not self.runner.readonly
        for b in (self.edit_button, self.move_to, self.move_button):
            b.setEnabled(editable)
        if detail is None:
            self.detail_label.setText(self.tr("Choose an initiative to see it here."))
            self.dd_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            return
        r = detail.row
        self.dd_button.setEnabled(editable and r.kind == "affiliated")
        self.delete_button.setEnabled(editable and r.status in ("proposed", "due_diligence"))
        self.move_to.clear()
        for s in detail.next_statuses:
            self.move_to.addItem(words.status(s), s)
        self.move_to.setEnabled(editable and bool(detail.next_statuses))
        self.move_button.setEnabled(editable and bool(detail.next_statuses))
        e = html.escape
        logo = self.tr("may use the logo")  # outside the f-string: lupdate reads only plain calls
        lines = [f"<h3>{e(r.title)}</h3>",
                 f"<p>{e(words.kind(r.kind))} · {e(words.status(r.status))} · {e(r.programme)}"
                 + (f" · {e(logo)}" if r.logo_granted else "") + "</p>",
                 f"<p>{e(detail.description)}</p>" if detail.description else ""]
        fields = [(self.tr("Lead"), r.lead), (self.tr("Partners"), "; ".join(r.partners[1:]) or self.tr("none")),
                  (self.tr("SDGs"), ", ".join(["12", *(str(n) for n in r.other_sdgs)])),
                  (self.tr("Work-stream"), r.work_stream), (self.tr("Sector"), r.sector),
                  (self.tr("Countries"), ", ".join(r.countries)), (self.tr("Targets"), r.targets),
                  (self.tr("Progress"), r.progress), (self.tr("Agreement"), r.agreement_type),
                  (self.tr("Dates"), " – ".join(labels.day(d) for d in (r.starts_on, r.ends_on) if d)),
                  (self.tr("Last update"), labels.day(r.last_updated)), (self.tr("Desk notes"), r.notes)]
        if detail.review is not None:
            done = sum(1 for _i, d in detail.review.checklist if d)
            fields.append((self.tr("Due diligence"), self.tr("{done} of {all} checks done").format(
                done=done, all=len(detail.review.checklist)) + (
                f"; {detail.review.decision}" if detail.review.decision else "")))
        lines.append("<table>" + "".join(f"<tr><td><b>{e(k)}</b>&nbsp;</td><td>{e(v)}</td></tr>"
                                         for k, v in fields if v) + "</table>")
        self.detail_label.setText("".join(lines))

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.collaborations and not self.collaborations.loaded:
            self.collaborations.refresh()

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches(ops.PORTFOLIO_KINDS):
            self._choices.run(success=self._choices_loaded)
            self.refresh()
            if self.detail is not None:
                self._detail.run(self.detail.row.id, success=self._show_detail,
                                 failure=lambda _exc: self._show_detail(None))
            self.collaborations.loaded = False
            if self.tabs.currentWidget() is self.collaborations:
                self.collaborations.refresh()

    # -- actions -----------------------------------------------------------------------------------
    def new_initiative(self) -> None:
        dialog = InitiativeDialog(self, self.runner, self.programmes, programme=self.programme_filter.currentData())
        self._open_editor(dialog, None)

    def edit_initiative(self) -> None:
        row = self.selected()
        if row is None or self.runner.readonly:
            return

        def show(found) -> None:
            detail, names = found
            dialog = InitiativeDialog(self, self.runner, self.programmes, portfolio_view.as_input(detail), names)
            self._open_editor(dialog, detail.row)

        self._edit.run(row.id, success=show, parent=self)

    def _open_editor(self, dialog: InitiativeDialog, row) -> None:
        def submit() -> None:
            try:
                data = dialog.value()
            except Exception as exc:  # noqa: BLE001 - a sentence about the form, shown in it
                dialog.failed(exc)
                return
            if row is None:
                op = WriteOp(self.tr("Add the initiative {title}").format(title=data.title.strip()),
                             portfolio.create_initiative, data)
            else:
                op = WriteOp(self.tr("Edit the initiative {title}").format(title=data.title.strip()),
                             portfolio.update_initiative, row.id, data, expected_version=row.version)
            op.success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def due_diligence(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        review = detail.review
        if review is None:
            from opn_desk.services.portfolio import DUE_DILIGENCE_CHECKLIST
            from opn_desk.services.portfolio_view import Review

            review = Review(tuple((i, False) for i in DUE_DILIGENCE_CHECKLIST), "", None, None, "", "")
        dialog = DueDiligenceDialog(self, detail.row.title, review, detail.row.status == "due_diligence",
                                    self.runner.desk.actor if hasattr(self.runner.desk, "actor") else "")

        def submit() -> None:
            checklist, reasons, decision, letter, decided_by = dialog.values()
            WriteOp(self.tr("Due diligence of {title}").format(title=detail.row.title),
                    portfolio_view.review_due_diligence, detail.row.id, checklist, reasons, decision, letter=letter,
                    decided_by=decided_by).success(dialog.succeeded).failure(dialog.failed) \
                .run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def move(self, status: str | None) -> None:
        if self.detail is None or not status:
            return
        WriteOp(self.tr("Move {title} to {status}").format(title=self.detail.row.title, status=words.status(status)),
                portfolio.move_initiative, self.detail.row.id, status).run_in(self.runner, self)

    def delete_initiative(self) -> None:
        if self.detail is None:
            return
        title = self.detail.row.title
        if messages.confirm(self, self.tr("Delete the initiative {title}?").format(title=title), self.tr("Delete")):
            WriteOp(self.tr("Delete the initiative {title}").format(title=title), portfolio.delete_initiative,
                    self.detail.row.id).run_in(self.runner, self)

    def export(self, out: Path | None = None) -> None:
        public = self.public_check.isChecked()
        if not out:
            stem = "initiatives (public)" if public else "initiatives"
            chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Export the initiatives"),
                                                           str(self._folder() / f"{stem}.xlsx"),
                                                           self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)"))
            if not chosen:
                return
            out = Path(chosen)
            if out.suffix.lower() not in (".csv", ".xlsx"):
                out = out.with_suffix(".csv" if "csv" in selected else ".xlsx")
        self.settings.set(Options.LAST_FOLDER, str(out.parent))

        def done(count: int) -> None:
            self.last_export = (out, count)
            self.runner.message.emit(self.tr("Exported {count} initiatives to {name}").format(count=count,
                                                                                             name=out.name))

        ops.export_initiatives(self.runner, out, public, success=done, parent=self)

    def save_state(self) -> None:
        pass
