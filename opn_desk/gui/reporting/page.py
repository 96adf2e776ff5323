"""The Reporting area: a programme and a year (its reporting cycle); the rates against the strategy's 75%
(per role, per regional group, over the years, every programme); the partners' statuses; the activities
reported; partnership health. Reminders, the cycle summary, importing activities and new cycles from the
header (docs/REPORTING.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.reporting import ops
from opn_desk.gui.reporting.activities import ActivitiesTab
from opn_desk.gui.reporting.charts import RateBar, RateChart
from opn_desk.gui.reporting.dialogs import NewCycleDialog
from opn_desk.gui.reporting.health import HealthTab
from opn_desk.gui.reporting.partners import PartnersTab
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.flow import FlowLayout
from opn_desk.gui.widgets.style import heading_font, hint
from opn_desk.services import reporting, reporting_view


class ReportingPage(QWidget):
    open_organisation_requested = Signal(object)
    shown = Signal()  # a cycle's view was shown (tests wait for it)

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.programmes = []  # ProgrammeYears
        self.view = None  # the CycleView shown
        self.dialog = None
        self.last_reminders = None
        self.last_summary: Path | None = None
        self.pdf_shown = None
        self._build()
        self._years = ReadOp(runner, reporting_view.programme_years)
        self._cycle = ReadOp(runner, reporting_view.cycle_view)
        runner.changed.connect(self._on_changed)
        self._years.run(success=self._programmes_loaded)

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Reporting"))
        heading.setFont(heading_font(heading, 1.45))
        self.programme = QComboBox()
        self.programme.setToolTip(self.tr("Programme"))
        self.programme.setMinimumWidth(200)
        # Never narrower than its longest programme ("CI — Information des consommateurs" in French).
        self.programme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year = QComboBox()
        self.year.setToolTip(self.tr("Reporting year (cycle)"))
        self.new_cycle_button = QPushButton(self.tr("New cycle…"))
        self.edit_cycle_button = QPushButton(self.tr("Edit cycle…"))
        self.reminders_button = QPushButton(self.tr("Prepare reminders…"))
        self.summary_button = QPushButton(self.tr("Cycle summary…"))
        self.import_button = QPushButton(self.tr("Import activities…"))
        top.addWidget(heading)
        top.addSpacing(10)
        top.addWidget(self.programme)  # as wide as its longest programme: the room left goes to the buttons
        top.addWidget(self.year)
        # The buttons wrap onto a second line rather than widening the window (French and Spanish labels
        # are a third longer than English ones: the window must still fit a 1280-pixel laptop).
        buttons = QWidget()
        flow = FlowLayout(buttons)
        flow.setContentsMargins(0, 0, 0, 0)
        for b in (self.new_cycle_button, self.edit_cycle_button, self.reminders_button, self.summary_button,
                  self.import_button):
            flow.addWidget(b)
        policy = buttons.sizePolicy()
        policy.setHeightForWidth(True)
        buttons.setSizePolicy(policy)
        top.addWidget(buttons, 3)
        for b in (self.new_cycle_button, self.edit_cycle_button, self.reminders_button, self.import_button):
            b.setVisible(not self.runner.readonly)
        layout.addLayout(top)
        self.headline = QLabel(self.tr("Loading…"))
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        self.tabs = QTabWidget()
        rates = QWidget()
        grid = QGridLayout(rates)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(24)
        self.years_chart = RateChart(self.tr("Over the years"))
        self.network_chart = RateChart(self.tr("Every programme this year"))
        self.role_chart = RateChart(self.tr("By role"))
        self.group_chart = RateChart(self.tr("By regional group"))
        top_aligned = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.years_chart, 0, 0, top_aligned)
        grid.addWidget(self.network_chart, 0, 1, top_aligned)
        grid.addWidget(self.role_chart, 1, 0, top_aligned)
        grid.addWidget(self.group_chart, 1, 1, top_aligned)
        grid.addWidget(hint(self.tr("The rate is partners who reported / partners expected to report: excused "
                                    "partners are left out, late reports count (and are shown as late). The "
                                    "dashed line is the strategy's 75% target.")), 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        self.partners = PartnersTab(self.runner)
        self.activities = ActivitiesTab(self.runner)
        self.health = HealthTab(self.runner)
        self.tabs.addTab(rates, self.tr("Rates"))
        self.tabs.addTab(self.partners, self.tr("Partners"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.health, self.tr("Partnership health"))
        layout.addWidget(self.tabs, 1)

        self.programme.currentIndexChanged.connect(self._programme_chosen)
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.new_cycle_button.clicked.connect(self.new_cycle)
        self.edit_cycle_button.clicked.connect(self.edit_cycle)
        self.reminders_button.clicked.connect(self.prepare_reminders)
        self.summary_button.clicked.connect(self.cycle_summary)
        self.import_button.clicked.connect(self.import_activities)
        self.partners.open_organisation_requested.connect(self.open_organisation_requested)
        self.health.open_organisation_requested.connect(self.open_organisation_requested)
        self._enable()

    def _folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    # -- choosing the cycle --------------------------------------------------------------------------
    def _programmes_loaded(self, programmes) -> None:
        current = self.programme.currentData()
        self.programmes = programmes
        self.programme.blockSignals(True)
        self.programme.clear()
        for p in programmes:
            self.programme.addItem(f"{p.code} — {labels.programme_name(p.code, p.name)}", p.code)
        codes = [p.code for p in programmes]
        with_cycles = [p.code for p in programmes if p.years]
        wanted = current if current in codes else (with_cycles[0] if with_cycles else None)
        if wanted is not None:
            self.programme.setCurrentIndex(codes.index(wanted))
        self.programme.blockSignals(False)
        self._programme_chosen()

    def _programme_chosen(self, _index: int = 0) -> None:
        code = self.programme.currentData()
        years = next((p.years for p in self.programmes if p.code == code), ())
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        today = date.today()
        # The latest cycle whose deadline may have passed is what the desk looks at first: last year's.
        wanted = current if current in years else (today.year - 1 if today.year - 1 in years else
                                                   (years[0] if years else None))
        if wanted is not None:
            self.year.setCurrentIndex(list(years).index(wanted))
        self.year.blockSignals(False)
        self.load()

    def choose(self, programme: str, year: int) -> None:
        """Show ``programme``'s cycle of ``year`` (as the officer would pick them)."""
        self.programme.setCurrentIndex(self.programme.findData(programme))
        self.year.setCurrentIndex(self.year.findData(year))

    def load(self) -> None:
        code, year = self.programme.currentData(), self.year.currentData()
        if code is None or year is None:
            self.view = None
            self.headline.setText(self.tr("This programme has no reporting cycle yet: create one with New cycle…")
                                  if code else self.tr("No programme."))
            self._show_charts(None)
            self.partners.show_view(None)
            self.activities.show_cycle(None)
            self._enable()
            return
        self._cycle.run(code, year, success=self.show_view)

    def show_view(self, view) -> None:
        self.view = view
        s = view.summary
        rate = s.rate
        verdict = self.tr("meets the 75% target") if rate.meets_target else self.tr("below the 75% target")
        repeated = sum(1 for p in view.partners if p.repeated)
        self.headline.setText(self.tr(
            "{code} {year}: {reported} of {partners} partners reported ({rate}), {verdict}; {late} late, "
            "{very_late} very late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. "
            "Deadline {deadline}.").format(
            code=s.programme_code, year=s.year, reported=rate.reported, partners=rate.partners, rate=labels.percent(rate.rate),
            verdict=verdict, late=rate.late, very_late=rate.very_late, excused=rate.excused,
            missing=len(s.non_reporters), repeated=repeated, deadline=labels.long_day(s.deadline)))
        self._show_charts(view)
        self.partners.show_view(view)
        self.activities.show_cycle(view.cycle)
        self._enable()
        self.shown.emit()

    def _show_charts(self, view) -> None:
        if view is None:
            for chart in (self.years_chart, self.network_chart, self.role_chart, self.group_chart):
                chart.set_bars(())
            return
        s = view.summary
        self.years_chart.set_bars([RateBar(str(r.year), r.rate.reported, r.rate.partners) for r in s.over_years])
        network = [RateBar(r.programme, r.rate.reported, r.rate.partners) for r in s.network]
        if len(network) > 1:  # the network-wide rate: every programme's partners and reports added up
            network.append(RateBar(self.tr("Network"), sum(b.reported for b in network),
                                   sum(b.partners for b in network)))
        self.network_chart.set_bars(network)
        self.role_chart.set_bars([RateBar(b.label, b.rate.reported, b.rate.partners) for b in s.by_role])
        self.group_chart.set_bars([RateBar(b.label, b.rate.reported, b.rate.partners) for b in s.by_group])

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.health and not self.health.loaded:
            self.health.refresh()

    def _enable(self) -> None:
        has = self.view is not None
        for b in (self.edit_cycle_button, self.reminders_button, self.summary_button, self.import_button):
            b.setEnabled(has or b is self.import_button)

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches("reporting"):
            self._years.run(success=self._programmes_loaded)
        elif outcome.changes.touches(ops.REPORTING_KINDS):
            self.load()
        if outcome.changes.touches(ops.HEALTH_KINDS):
            if self.tabs.currentWidget() is self.health:
                self.health.refresh()
            else:
                self.health.loaded = False

    # -- actions -----------------------------------------------------------------------------------
    def new_cycle(self) -> None:
        dialog = NewCycleDialog(self, [(p.code, p.name) for p in self.programmes], self.programme.currentData(),
                                date.today())

        def submit() -> None:
            try:
                code, year, deadline, days, notes = dialog.values()
            except Exception as exc:  # noqa: BLE001 - a sentence about the form, shown in it
                dialog.failed(exc)
                return

            def made(_outcome) -> None:
                dialog.succeeded()
                self.programme.setCurrentIndex(self.programme.findData(code))

            WriteOp(self.tr("Open the {code} reporting cycle for {year}").format(code=code, year=year),
                    reporting.create_cycle, code, year, deadline, days, notes) \
                .success(made).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def edit_cycle(self) -> None:
        if self.view is None:
            return
        cycle = self.view.cycle
        dialog = NewCycleDialog(self, [(p.code, p.name) for p in self.programmes], cycle.programme, date.today(),
                                cycle)

        def submit() -> None:
            try:
                _code, _year, deadline, days, notes = dialog.values()
            except Exception as exc:  # noqa: BLE001 - a sentence about the form, shown in it
                dialog.failed(exc)
                return
            WriteOp(self.tr("Change the {code} reporting cycle for {year}").format(code=cycle.programme,
                                                                                  year=cycle.year),
                    reporting.edit_cycle, cycle.id, deadline=deadline, reminder_days=days, notes=notes,
                    expected_version=cycle.version).success(dialog.succeeded).failure(dialog.failed) \
                .run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def prepare_reminders(self, folder: Path | None = None) -> None:
        if self.view is None:
            return
        if not folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the reminders' drafts"),
                                                      str(self._folder()))
            if not chosen:
                return
            folder = Path(chosen)
        self.settings.set(Options.LAST_FOLDER, str(folder))
        s = self.view.summary

        def done(result) -> None:
            self.last_reminders = result
            detail = ""
            if result.without_address:
                detail = self.tr("No e-mail address for: {names}.").format(names=", ".join(result.without_address))
            messages.inform(self, self.tr("{count} reminder drafts written to {folder}. Open each in your mail "
                                          "program to send it.").format(count=len(result.written), folder=folder),
                            detail)

        ops.write_reminders(self.runner, s.programme_code, s.year, folder, success=done, parent=self)

    def cycle_summary(self, out: Path | None = None) -> None:
        if self.view is None:
            return
        s = self.view.summary
        if not out:
            name = f"{s.programme_code} reporting {s.year}"
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Save the cycle summary"), str(self._folder() / f"{name}.pdf"),
                self.tr("PDF document (*.pdf);;Spreadsheet (*.xlsx)"))
            if not chosen:
                return
            out = Path(chosen)
            if out.suffix.lower() not in (".pdf", ".xlsx"):
                out = out.with_suffix(".xlsx" if "xlsx" in selected else ".pdf")
        self.settings.set(Options.LAST_FOLDER, str(out.parent))

        def done(written: str) -> None:
            self.last_summary = out
            self.runner.message.emit(self.tr("Wrote {name} ({what})").format(name=out.name, what=written))
            if out.suffix.lower() == ".pdf":
                from opn_desk.gui.widgets.print_preview import show_pdf

                self.pdf_shown = show_pdf(self, out, self.tr("Cycle summary: {code} {year}").format(
                    code=s.programme_code, year=s.year))

        ops.write_summary(self.runner, s.programme_code, s.year, out, success=done, parent=self)

    def import_activities(self) -> None:
        from opn_desk.gui.reporting.import_dialog import ActivitiesImportDialog

        self.dialog = ActivitiesImportDialog(self.runner, self._folder(), self)
        self.dialog.open()

    def save_state(self) -> None:
        pass

