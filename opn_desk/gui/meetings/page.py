"""The Meetings area: a programme's meetings (those to come first) and a meeting's page: participants,
agenda and papers, travel support, minutes and action items; the meeting pack in the print preview; the
partners' participation rates (docs/MEETINGS.md)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.meetings import ops, words
from opn_desk.gui.meetings.agenda import AgendaTab
from opn_desk.gui.meetings.dialogs import MeetingDialog
from opn_desk.gui.meetings.minutes import MinutesTab
from opn_desk.gui.meetings.participants import ParticipantsTab
from opn_desk.gui.meetings.tables import fill, record, text_table
from opn_desk.gui.meetings.travel import TravelTab
from opn_desk.gui.widgets.area_header import ProgrammeHeader
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.table_export import offer_export
from opn_desk.services import meetings, meetings_view


class MeetingsPage(QWidget):
    open_organisation_requested = Signal(object)
    loaded = Signal()  # the list was shown (tests wait for it)
    shown = Signal()  # a meeting was shown

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.rows = []
        self.programmes: list[tuple[str, str]] = []
        self.detail = None
        self.dialog = None
        self.pdf_shown = None
        self.last_pack: Path | None = None
        self.last_pack_final: bool | None = None
        self._build()
        self._programmes = ReadOp(runner, meetings_view.programmes)
        self._list = ReadOp(runner, meetings_view.meeting_rows)
        self._detail = ReadOp(runner, meetings_view.meeting_detail)
        self._rates = ReadOp(runner, meetings.participation_rates)
        self._find = ReadOp(runner, meetings_view.meeting_detail)
        self._wanted = None  # a meeting asked for (open_meeting) before the list could show it
        self._wanted_programme = None
        runner.changed.connect(self._on_changed)
        self._programmes.run(success=self._programmes_loaded)

    # -- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        self.header = ProgrammeHeader(self.tr("Meetings"))
        self.programme = self.header.programme
        self.count_label = self.header.count_label
        self.new_button = self.header.add_button(QPushButton(self.tr("New meeting…")))
        self.new_button.setVisible(not self.runner.readonly)
        self.pack_button = self.header.add_button(QPushButton(self.tr("Meeting pack")))
        self.pack_button.setToolTip(self.tr("The meeting's pack as one PDF (cover, participants, agenda, each item "
                                            "with its papers, the minutes), in the print preview: the draft, or "
                                            "the final pack without the DRAFT mark."))
        pack_menu = QMenu(self.pack_button)
        self.draft_pack_action = pack_menu.addAction(self.tr("Draft pack…"))
        self.final_pack_action = pack_menu.addAction(self.tr("Final pack…"))
        self.final_pack_action.setToolTip(self.tr("The pack as sent or filed: no DRAFT mark (as `opn-desk report "
                                                  "meeting-pack --final`)."))
        self.pack_button.setMenu(pack_menu)
        outer.addWidget(self.header)

        self.tabs = QTabWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = text_table([self.tr("Date"), self.tr("Kind"), self.tr("Meeting"), self.tr("Place or link"),
                                 self.tr("Took part")], (78, 104, 200, 110))
        self.table.setColumnWidth(0, max(78, day_width(self.table)))  # "28 sept. 2026" in French
        splitter.addWidget(self.table)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        self.meeting_label = QLabel(self.tr("Choose a meeting to see it here."))
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setTextFormat(Qt.TextFormat.RichText)
        self.meeting_label.setOpenExternalLinks(True)
        rv.addWidget(self.meeting_label)
        self.meeting_tabs = QTabWidget()
        self.participants = ParticipantsTab(self.runner)
        self.agenda = AgendaTab(self.runner)
        self.travel = TravelTab(self.runner)
        self.minutes = MinutesTab(self.runner)
        self.participants.open_organisation_requested.connect(self.open_organisation_requested)
        self.meeting_tabs.addTab(self.participants, self.tr("Participants"))
        self.meeting_tabs.addTab(self.agenda, self.tr("Agenda"))
        self.meeting_tabs.addTab(self.travel, self.tr("Travel support"))
        self.meeting_tabs.addTab(self.minutes, self.tr("Minutes"))
        rv.addWidget(self.meeting_tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 870])
        self.rates = text_table([self.tr("Organisation"), self.tr("Meetings invited to"), self.tr("Took part"),
                                 self.tr("Rate")], (360, 150, 100))
        rates = QWidget()
        rl = QVBoxLayout(rates)
        rl.setContentsMargins(6, 6, 6, 6)
        self.rates_note = QLabel(self.tr("Meetings held so far; written comments sent in advance count as "
                                         "participation. Meetings to come are not counted."))
        self.rates_note.setWordWrap(True)
        rl.addWidget(self.rates_note)
        rl.addWidget(self.rates, 1)
        self.export = offer_export(self.table, self.runner, self.tr("Meetings"))
        self.rates_export = offer_export(self.rates, self.runner, self.tr("Participation rates"))
        self.tabs.addTab(splitter, self.tr("Meetings"))
        self.tabs.addTab(rates, self.tr("Participation rates"))
        outer.addWidget(self.tabs, 1)

        self.header.programme_changed.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.draft_pack_action.triggered.connect(lambda _checked=False: self.meeting_pack())
        self.final_pack_action.triggered.connect(lambda _checked=False: self.meeting_pack(final=True))
        self.new_button.clicked.connect(self.new_meeting)
        self.pack_button.setEnabled(False)

    # -- the list ------------------------------------------------------------------------------------
    def _programmes_loaded(self, programmes) -> None:
        self.programmes = list(programmes)
        self.header.set_programmes(programmes, self._wanted_programme)
        self.refresh()

    def refresh(self) -> None:
        code = self.programme.currentData()
        if code is None:
            return
        self._list.run(code, success=self._loaded)
        self._rates.run(code, success=self._rates_loaded)

    def _loaded(self, rows) -> None:
        selected = self._wanted or (self.detail.id if self.detail else None)
        self._wanted = self._wanted_programme = None
        self.rows = rows
        texts, colours = [], []
        for r in rows:
            m = r.summary
            texts.append((labels.day(m.held_on), words.kind(m.kind), m.title, m.place or r.link,
                          self.tr("{took} of {invited}").format(took=m.took_part, invited=m.invited)
                          if not r.upcoming else self.tr("to come")))
            colours.append({0: ("#e3ecf7", "#1d3f6e")} if r.upcoming else {})
        self.table.blockSignals(True)
        fill(self.table, texts, [r.summary for r in rows], colours)
        self.table.blockSignals(False)
        ahead = sum(1 for r in rows if r.upcoming)
        self.count_label.setText(self.tr("{count} meetings, {ahead} to come").format(count=len(rows), ahead=ahead))
        wanted = next((i for i, r in enumerate(rows) if r.summary.id == selected), None)
        if wanted is None and rows:
            wanted = 0
        if wanted is not None:
            self.table.selectRow(wanted)
            if selected is not None and rows[wanted].summary.id == selected:
                self._detail.run(selected, success=self.show_detail, failure=lambda _e: self.show_detail(None))
        elif not rows:
            self.show_detail(None)
        self.loaded.emit()

    def _rates_loaded(self, lines) -> None:
        fill(self.rates, [(r.organisation, str(r.invited), str(r.took_part),
                           labels.percent(r.rate)) for r in lines], list(lines))

    def select_title(self, title: str) -> bool:
        for i, r in enumerate(self.rows):
            if r.summary.title == title:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        summary = record(self.table)
        if summary is None:
            return
        if self.detail is None or self.detail.id != summary.id:
            self._detail.run(summary.id, success=self.show_detail, failure=lambda _e: self.show_detail(None))

    def show_detail(self, detail) -> None:
        self.detail = detail
        self.pack_button.setEnabled(detail is not None)
        for tab in (self.participants, self.agenda, self.travel, self.minutes):
            tab.show_detail(detail)
        if detail is None:
            self.meeting_label.setText(self.tr("Choose a meeting to see it here."))
            return
        e = html.escape
        where = e(detail.place)
        if detail.link:
            where += (" · " if where else "") + f'<a href="{e(detail.link)}">{e(detail.link)}</a>'
        days = (detail.held_on - date.today()).days
        when = self.tr("in {n} days").format(n=days) if days > 0 else (self.tr("today") if days == 0 else "")
        parts = [f"<h3>{e(detail.title)}</h3>",
                 f"<p>{e(words.kind(detail.kind))} · {e(labels.long_day(detail.held_on))}"
                 + (f" ({e(when)})" if when else "") + (f" · {where}" if where else "") + "</p>"]
        if detail.programme_text:
            label = self.tr("Programme")  # outside the f-string: lupdate reads only plain calls
            parts.append(f"<p><b>{e(label)}:</b> {e(detail.programme_text)}</p>")
        if detail.minutes_started_on is not None:
            state = detail.approval or self.tr("Draft (not yet approved).")
            label = self.tr("Minutes")
            parts.append(f"<p><b>{e(label)}:</b> {e(state)}</p>")
        self.meeting_label.setText("".join(parts))
        self.shown.emit()

    def open_meeting(self, meeting_id) -> None:
        """Show a meeting (the work plan's link to the decision a task comes from), its programme chosen."""
        def found(detail) -> None:
            self._wanted = detail.id
            self._wanted_programme = detail.programme_code
            index = self.programme.findData(detail.programme_code)
            if index < 0:
                return  # the programmes are still loading: they choose it
            if index != self.programme.currentIndex():
                self.programme.setCurrentIndex(index)  # the list is read again, this meeting selected
            else:
                self.refresh()

        self._find.run(meeting_id, success=found)

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches(ops.MEETING_KINDS):
            self.refresh()
            if self.detail is not None:
                self._detail.run(self.detail.id, success=self.show_detail, failure=lambda _e: self.show_detail(None))

    # -- actions -------------------------------------------------------------------------------------
    def new_meeting(self) -> None:
        dialog = MeetingDialog(self, self.programmes, self.programme.currentData())

        def made(outcome) -> None:
            dialog.succeeded()
            self.open_meeting(outcome.value)

        def submit() -> None:
            values = dialog.values()
            WriteOp(self.tr("New meeting: {title}").format(title=values["title"].strip()), meetings.create_meeting,
                    values.pop("programme_code"), values.pop("kind"), values.pop("title"), values.pop("held_on"),
                    **values).success(made).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    # -- the pack ------------------------------------------------------------------------------------
    def meeting_pack(self, out: Path | None = None, *, final: bool = False) -> None:
        if self.detail is None:
            return
        detail = self.detail
        if out is None:
            from opn_desk.gui.widgets.attachments import attachment_folder

            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in detail.title)[:60].strip()
            out = attachment_folder() / f"Meeting pack - {safe or 'meeting'}{' (final)' if final else ''}.pdf"

        def done(pages: int) -> None:
            from opn_desk.gui.widgets.print_preview import show_pdf

            self.last_pack = out
            self.last_pack_final = final
            self.runner.message.emit(self.tr("Meeting pack of {title}: {pages} pages").format(title=detail.title,
                                                                                             pages=pages))
            folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
            title = self.tr("Final meeting pack: {title}") if final else self.tr("Draft meeting pack: {title}")
            self.pdf_shown = show_pdf(self, out, title.format(title=detail.title),
                                      folder=folder if folder.is_dir() else Path.home())

        ops.write_pack(self.runner, detail.id, out, final=final, success=done, parent=self)

    def save_state(self) -> None:
        pass
