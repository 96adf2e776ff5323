"""The organisation editor's warning of a possible duplicate, as intake gives it: while the officer types
a new organisation's name, acronym or website (or renames one), the registry is searched with the same
finder that intake and the imports use (services.duplicates), and the organisations it may already be
are named with the reasons. A warning, not a refusal: the officer may still save (and merge later).
Mixed into `OrganisationEditor` (organisation_editor.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from opn_desk.gui.core.operations import ReadOp

DUPLICATE_DELAY_MS = 350  # as intake: typing on restarts the wait


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationEditor", text)


class EditorDuplicates:
    """Part of `OrganisationEditor`; its user text keeps the context "OrganisationEditor"."""

    def _setup_duplicates(self) -> None:
        from opn_desk.services import duplicates

        ui = self.ui
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("duplicateLabel")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.duplicate_label.hide()
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.messageLabel) + 1, self.duplicate_label)
        self.duplicate_matches: list = []
        self._duplicates = ReadOp(self.runner, duplicates.find_duplicates)  # the latest answer only
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        if not self.readonly:
            for edit in (ui.nameEdit, ui.acronymEdit, ui.websiteEdit):
                edit.textEdited.connect(lambda _text: self._duplicate_timer.start())

    def _duplicate_candidate(self):
        from opn_desk.services.duplicates import DuplicateCandidate

        ui = self.ui
        iso3 = ui.countryCombo.currentData() if ui.countryCombo.currentIndex() > 0 else None
        return DuplicateCandidate(name=ui.nameEdit.text().strip(), acronym=ui.acronymEdit.text().strip(),
                                  website=ui.websiteEdit.text().strip(), country_iso3=iso3)

    def check_duplicates(self) -> None:
        """Ask the registry whether what is typed may be an organisation it already has."""
        candidate = self._duplicate_candidate()
        d = self.detail
        unchanged = d is not None and (candidate.name, candidate.acronym, candidate.website) == \
            (d.name, d.acronym, d.website)
        if self.readonly or unchanged or (len(candidate.name) < 3 and not candidate.acronym
                                          and not candidate.website):
            self.clear_duplicates()
            return
        exclude = [self.org_id] if self.org_id is not None else []
        self._duplicates.run(candidate, 5, exclude, success=self._show_duplicates,
                             failure=lambda _exc: self.clear_duplicates())

    def _show_duplicates(self, found) -> None:
        self.duplicate_matches = list(found)
        if not found:
            self.duplicate_label.hide()
            return
        intro = _tr("This organisation may already be in the registry:") if len(found) == 1 else \
            _tr("This organisation may already be in the registry, as one of these:")
        rows = "".join(f"<li><b>{escape(m.name)}</b>: {escape('; '.join(m.reasons))}</li>" for m in found)
        advice = _tr("Check before saving; two records of one organisation can be merged later with Merge….")
        self.duplicate_label.setText(f"{escape(intro)}<ul style='margin: 2px 0'>{rows}</ul>{escape(advice)}")
        self.duplicate_label.show()

    def clear_duplicates(self) -> None:
        self._duplicate_timer.stop()
        self._duplicates.drop()
        self.duplicate_matches = []
        self.duplicate_label.hide()
