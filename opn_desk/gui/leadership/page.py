"""The Leadership area: a programme's terms of office and its leadership renewal process.

A programme picker above four tabs: the composition on any date (terms, holding over, alerts), the
process's four steps, the external review's checklist with the succession plan to 2030, and the
co-lead candidates with the proposed leadership's balance. Dossier… and Roster… build the PDFs off the
UI thread and open them in the in-app preview (print, save as PDF). The page loads when first shown;
every change goes through the runner, and the page reloads from `runner.changed`.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.programmes import programme_title
from opn_desk.domain.renewal import STEPS
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Option, Options, Settings
from opn_desk.gui.leadership.candidates import CandidatesView
from opn_desk.gui.leadership.checklist import ChecklistView
from opn_desk.gui.leadership.dialogs import LinkCallDialog, NewProcessDialog
from opn_desk.gui.leadership.ops import (
    PROCESS_KINDS,
    ProgrammeLeadership,
    RenewalSnapshot,
    preview_path,
    programme_leadership,
    write_dossier,
    write_roster,
)
from opn_desk.gui.leadership.renewal_steps import StepsView
from opn_desk.gui.leadership.succession import SuccessionView
from opn_desk.gui.leadership.terms_view import TermsView
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.pickers import find_data
from opn_desk.gui.widgets.style import heading_font

PROGRAMME = Option("leadership/programme", str, "SPP")
TAB = Option("leadership/tab", int, 0)
TERMS, STEPS_TAB, CHECKLIST, CANDIDATES = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeadershipPage", text)


class LeadershipPage(QWidget):
    loaded = Signal()  # a programme's renewal process (or its absence) is shown
    pdf_opened = Signal(object)  # the PdfPreviewDialog (or the path, without QtPdf)

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.readonly = runner.readonly
        self.code: str | None = None
        self.state: ProgrammeLeadership | None = None
        self.dialog = None  # an open form (new process, link call)
        self.side_dialog = None  # the criteria or incumbents window
        self.preview = None  # the last PDF preview opened
        self._process_id: uuid.UUID | None = None
        self._programme = ReadOp(runner, programme_leadership)  # the latest answer only
        self._started = False
        self._build()
        runner.changed.connect(self._on_changed)

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        title = QLabel(self.tr("Leadership"))
        title.setFont(heading_font(title, 1.45))
        self.programme_combo = QComboBox()
        self.programme_combo.setToolTip(self.tr("The programme whose leadership is shown"))
        self.programme_combo.setMinimumContentsLength(28)
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.process_combo = QComboBox()
        self.process_combo.setToolTip(self.tr("The programme's renewal processes, newest first"))
        self.process_combo.hide()
        self.new_process_button = QPushButton(self.tr("New renewal process…"))
        self.new_process_button.setVisible(not self.readonly)
        self.dossier_button = QToolButton()
        self.dossier_button.setText(self.tr("Dossier…"))
        self.dossier_button.setToolTip(self.tr("The leadership renewal dossier of the programme's latest process, "
                                               "for the MAC and the Board"))
        self.dossier_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.dossier_button)
        self.draft_action = menu.addAction(self.tr("Draft dossier (DRAFT watermark)…"))
        self.final_action = menu.addAction(self.tr("Final dossier…"))
        menu.addSeparator()  # the Board's edition: the decision, the balance, half a page per candidate
        self.summary_draft_action = menu.addAction(self.tr("Summary for the Board, draft…"))
        self.summary_final_action = menu.addAction(self.tr("Summary for the Board, final…"))
        self.dossier_button.setMenu(menu)
        self.roster_button = QPushButton(self.tr("Roster…"))
        self.roster_button.setToolTip(self.tr("The co-leads and core partners in office on the date chosen under "
                                              "Terms of office"))
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.programme_combo)
        top.addWidget(self.process_combo)
        top.addStretch(1)
        top.addWidget(self.new_process_button)
        top.addWidget(self.dossier_button)
        top.addWidget(self.roster_button)
        layout.addLayout(top)
        info = QHBoxLayout()
        self.process_label = QLabel(self.tr("Loading…"))
        self.process_label.setWordWrap(True)
        self.process_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.process_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_call_button = QPushButton(self.tr("Change call…"))
        self.link_call_button.setVisible(False)
        info.addWidget(self.process_label, 1)
        info.addWidget(self.link_call_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(info)

        self.tabs = QTabWidget()
        self.terms = TermsView(self.runner)
        self.steps = StepsView(self.runner)
        self.checklist = ChecklistView(self.runner)
        self.succession = SuccessionView(self.runner)
        self.candidates = CandidatesView(self.runner)
        # Side by side, the checklist (its recommendations are the longer text) wider; the officer can
        # move the split.
        both = QSplitter(Qt.Orientation.Horizontal)
        both.setChildrenCollapsible(False)
        both.setContentsMargins(0, 8, 0, 0)
        both.setHandleWidth(12)
        both.addWidget(self.checklist)
        both.addWidget(self.succession)
        both.setStretchFactor(0, 3)
        both.setStretchFactor(1, 2)
        self.placeholders: list[QLabel] = []
        self.stacks: list[QStackedWidget] = []
        self.tabs.addTab(self.terms, self.tr("Terms of office"))
        self.tabs.addTab(self._stacked(self.steps), self.tr("Renewal steps"))
        self.tabs.addTab(self._stacked(both), self.tr("Checklist and succession"))
        self.tabs.addTab(self._stacked(self.candidates), self.tr("Candidates"))
        layout.addWidget(self.tabs, 1)

        self.programme_combo.currentIndexChanged.connect(lambda _i: self._programme_chosen())
        self.process_combo.currentIndexChanged.connect(lambda _i: self._process_chosen())
        self.new_process_button.clicked.connect(self.new_process)
        self.link_call_button.clicked.connect(self.link_call)
        self.draft_action.triggered.connect(lambda: self.build_dossier(final=False))
        self.final_action.triggered.connect(lambda: self.build_dossier(final=True))
        self.summary_draft_action.triggered.connect(lambda: self.build_dossier(final=False, edition="summary"))
        self.summary_final_action.triggered.connect(lambda: self.build_dossier(final=True, edition="summary"))
        self.roster_button.clicked.connect(lambda: self.build_roster())
        self.candidates.criteria_requested.connect(self.show_criteria)
        self.candidates.incumbents_requested.connect(self.show_incumbents)
        self.tabs.currentChanged.connect(lambda index: self.settings.set(TAB, index))
        self._update_actions()

    def search_box(self):
        """Where Ctrl+F goes in this area: the terms of office's search (its tab brought forward)."""
        self.tabs.setCurrentWidget(self.terms)
        return self.terms.search

    def _stacked(self, widget: QWidget) -> QStackedWidget:
        """A tab that says so when the programme has no renewal process yet."""
        stack = QStackedWidget()
        stack.addWidget(widget)
        empty = QLabel()
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        empty.setContentsMargins(24, 48, 24, 24)
        empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        stack.addWidget(empty)
        self.placeholders.append(empty)
        self.stacks.append(stack)
        return stack

    # -- loading -----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """Load the programmes and the chosen one (once; the page loads when first shown)."""
        if self._started:
            return
        self._started = True
        self.tabs.setCurrentIndex(max(0, min(self.tabs.count() - 1, self.settings.get(TAB))))
        from opn_desk.services import terms

        ReadOp(self.runner, terms.programme_codes).run(success=self._fill_programmes)

    def _fill_programmes(self, codes: list[tuple[str, str]]) -> None:
        wanted = self.code or self.settings.get(PROGRAMME)
        combo = self.programme_combo
        combo.blockSignals(True)
        combo.clear()
        for code, name in codes:
            combo.addItem(f"{code} — {labels.programme_name(code, name)}", code)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self._programme_chosen()

    def show_programme(self, code: str) -> None:
        index = self.programme_combo.findData(code)
        if index >= 0:
            self.programme_combo.setCurrentIndex(index)

    def _programme_chosen(self) -> None:
        code = self.programme_combo.currentData()
        if not code:
            return
        changed = code != self.code
        self.code = code
        self.settings.set(PROGRAMME, code)
        if changed:
            self._process_id = None
            self.terms.show_programme(code)
        self.reload()

    def _process_chosen(self) -> None:
        process_id = self.process_combo.currentData()
        if process_id is not None and process_id != self._process_id:
            self._process_id = process_id
            self.reload()

    def reload(self) -> None:
        if self.code is None:
            return
        self._programme.run(self.code, self._process_id, success=self._show, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.process_label.setText(messages.describe_failure(exc))
        messages.show_failure(self, exc)

    def _on_changed(self, outcome) -> None:
        if self.state is not None and outcome.changes.touches(PROCESS_KINDS):
            self.reload()

    @property
    def snapshot(self) -> RenewalSnapshot | None:
        return self.state.process if self.state else None

    def _show(self, value: ProgrammeLeadership) -> None:
        if value.code != self.code:
            return
        self.state = value
        combo = self.process_combo
        combo.blockSignals(True)
        combo.clear()
        for p in value.processes:
            combo.addItem(self.tr("{title} (opened {day})").format(title=p.title, day=labels.day(p.opened_on)), p.id)
        snapshot = value.process
        if snapshot is not None:
            self._process_id = snapshot.detail.id
            combo.setCurrentIndex(max(0, find_data(combo, snapshot.detail.id)))
        combo.blockSignals(False)
        combo.setVisible(len(value.processes) > 1)
        for stack, empty in zip(self.stacks, self.placeholders, strict=True):
            stack.setCurrentIndex(0 if snapshot is not None else 1)
            title = programme_title(value.code, value.name)
            empty.setText(self.tr("{programme} has no leadership renewal process yet. Open one with New renewal "
                                  "process… once the leads and the Secretariat agree on the need.").format(
                programme=title) if not self.readonly and value.active else
                self.tr("{programme} has no leadership renewal process.").format(programme=title))
        if snapshot is None:
            self.process_label.setText(self.tr("No renewal process for {code} yet.").format(code=value.code))
        else:
            self.process_label.setText(self._process_text(snapshot))
            self.steps.show_snapshot(snapshot)
            self.checklist.show_snapshot(snapshot)
            self.succession.show_snapshot(snapshot)
            self.candidates.show_snapshot(snapshot)
            if self.side_dialog is not None and hasattr(self.side_dialog, "show_snapshot"):
                self.side_dialog.show_snapshot(snapshot)
        self._update_actions()
        self.loaded.emit()

    def _process_text(self, s: RenewalSnapshot) -> str:
        d = s.detail
        current = d.current_step
        where = (self.tr("step {n} of 4: {title}").format(n=current, title=QCoreApplication.translate("RenewalSteps", STEPS[current - 1].title).lower())
                 if current else self.tr("all four steps done"))
        call = (self.tr("call: {title} ({start} to {end})").format(
            title=d.call_title, start=labels.day(d.call_opens_on) or "?",
            end=labels.day(d.call_closes_on) or "?") if d.call_id
            else self.tr("no co-lead call linked yet"))
        latest = self.state is not None and self.state.processes and self.state.processes[0].id == d.id
        older = "" if latest else self.tr(" (an earlier process: the dossier is of the latest)")
        return self.tr("{title}{older} · opened {day} · {call} · now at {where}").format(
            title=d.title, older=older, day=labels.day(d.opened_on), call=call, where=where)

    def _update_actions(self) -> None:
        has_process = self.snapshot is not None
        self.dossier_button.setEnabled(has_process)
        self.roster_button.setEnabled(self.code is not None)
        running = has_process and self.snapshot.detail.current_step is not None
        former = self.state is not None and not self.state.active
        self.new_process_button.setEnabled(not self.readonly and self.state is not None and not running and not former)
        self.new_process_button.setToolTip(self.tr("A former programme has no new renewal process.") if former
                                           else self.tr("Finish the four steps of the current process first.")
                                           if running else "")
        self.link_call_button.setVisible(not self.readonly and has_process)

    # -- process-wide changes ----------------------------------------------------------------------
    def new_process(self) -> None:
        """Open a new renewal process (when none is under way), linked to a co-lead call of the programme."""
        from opn_desk.domain.vocab import Role
        from opn_desk.services import applications

        if self.readonly or self.state is None or not self.state.active:
            return
        code = self.state.code
        ReadOp(self.runner, applications.list_calls).run(
            code, Role.CO_LEAD.value, success=lambda found: self._open_new_process(code, tuple(found)))

    def _open_new_process(self, code: str, calls) -> None:
        from opn_desk.domain.renewal import ProcessInput
        from opn_desk.services import renewal

        dialog = NewProcessDialog(self, code, calls)

        def opened(_outcome) -> None:
            self._process_id = None
            dialog.succeeded()
            self.tabs.setCurrentIndex(STEPS_TAB)

        def submit() -> None:
            title, opened_on, call_id, notes = dialog.values()
            WriteOp(self.tr("Open the renewal process {title}").format(title=title.strip()),
                    renewal.create_process, ProcessInput(code, title, opened_on, call_id, notes)) \
                .success(opened).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def link_call(self) -> None:
        from opn_desk.services import renewal

        s = self.snapshot
        if self.readonly or s is None:
            return
        dialog = LinkCallDialog(self, s.calls, s.detail.call_id)
        process_id = s.detail.id

        def submit() -> None:
            WriteOp(self.tr("Link the renewal to its co-lead call"),
                    renewal.link_call, process_id, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def show_criteria(self) -> None:
        from opn_desk.gui.leadership.criteria import LeadCriteriaDialog

        s = self.snapshot
        if s is None or s.detail.call_id is None:
            return
        self._side(LeadCriteriaDialog(self.runner, s.detail.id, s.detail.title, self))

    def show_incumbents(self) -> None:
        from opn_desk.gui.leadership.incumbents import IncumbentsDialog

        if self.snapshot is not None:
            self._side(IncumbentsDialog(self.runner, self.snapshot, self))

    def _side(self, dialog) -> None:
        if self.side_dialog is not None:
            self.side_dialog.close()
        self.side_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "side_dialog", None) if self.side_dialog is dialog
                                else None)
        dialog.show()

    # -- PDFs --------------------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def build_dossier(self, final: bool = False, edition: str = "full") -> None:
        """Build the dossier (``edition`` "full" or "summary") into a temporary file off the UI thread,
        then preview it."""
        code = self.code
        if code is None or self.snapshot is None:
            return
        kind = self.tr("final") if final else self.tr("draft")
        if edition == "summary":
            title = self.tr("{code} leadership renewal summary ({kind})").format(code=code, kind=kind)
            out = preview_path(f"{code} leadership renewal summary {kind} {date.today().isoformat()}")
        else:
            title = self.tr("{code} leadership renewal dossier ({kind})").format(code=code, kind=kind)
            out = preview_path(f"{code} leadership renewal dossier {kind} {date.today().isoformat()}")
        write_dossier(self.runner, code, out, final=final, edition=edition, parent=self,
                      success=lambda pages: self.open_pdf(out, title, pages,
                                                          rebuild=lambda: self.build_dossier(final, edition)))

    def build_roster(self, as_of: date | None = None) -> None:
        code = self.code
        if code is None:
            return
        day = as_of or self.terms.on
        title = self.tr("{code} roster as of {day}").format(code=code, day=labels.long_day(day))
        out = preview_path(f"{code} roster {day.isoformat()}")
        write_roster(self.runner, code, day, out, parent=self,
                     success=lambda pages: self.open_pdf(out, title, pages, rebuild=lambda: self.build_roster(day)))

    def open_pdf(self, path: Path, title: str, pages: int | None = None, rebuild=None) -> None:
        from opn_desk.gui.widgets.print_preview import show_pdf

        if pages is not None:
            self.runner.message.emit(self.tr("Built {title}: {pages} pages").format(title=title, pages=pages))
        if self.preview is not None:
            self.preview.close()
        dialog = show_pdf(self, path, title, folder=self._folder(), rebuild=rebuild)
        if dialog is None:  # no QtPdf: the system's viewer shows it (it prints and saves too)
            self.pdf_opened.emit(path)
            return
        self.preview = dialog
        dialog.finished.connect(lambda _r: self._preview_closed(dialog))
        self.pdf_opened.emit(dialog)

    def _preview_closed(self, dialog) -> None:
        if dialog.folder != self._folder():
            self.settings.set(Options.LAST_FOLDER, str(dialog.folder))
        if self.preview is dialog:
            self.preview = None

    # -- state -------------------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.set(TAB, self.tabs.currentIndex())
        if self.code:
            self.settings.set(PROGRAMME, self.code)
