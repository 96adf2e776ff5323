"""The desk's due diligence of an affiliated initiative: the checklist as it stands, the reasons, and the
decision (include, with the programme's logo; or decline) with its letter."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from opn_desk.gui.widgets.dialogs import FormDialog
from opn_desk.gui.widgets.pickers import find_data
from opn_desk.services.portfolio import checklist_item_words

NO_DECISION, INCLUDE, DECLINE = None, "include", "decline"


class DueDiligenceDialog(FormDialog):
    def __init__(self, parent: QWidget | None, title: str, review, decidable: bool, officer: str = ""):
        super().__init__(parent, self.tr("Due diligence: {title}").format(title=title), self.tr("Save"))
        self.setMinimumWidth(560)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        # Each box shows its item in the officer's language; the stored key stays the item's English text
        # (services/portfolio.checklist_item_words), so a desk's checklist reads and merges in any language.
        self.items: list[QCheckBox] = []
        self.keys: list[str] = []
        for item, done in (review.checklist if review else ()):
            check = QCheckBox(checklist_item_words(item))
            check.setChecked(done)
            self.items.append(check)
            self.keys.append(item)
            layout.addWidget(check)
        self.reasons = QPlainTextEdit(review.reasons if review else "")
        self.reasons.setPlaceholderText(self.tr("The reasons, as the letter will give them"))
        self.reasons.setMaximumHeight(80)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("(not decided yet)"), NO_DECISION)
        self.decision.addItem(self.tr("Include (may use the programme's logo)"), INCLUDE)
        self.decision.addItem(self.tr("Decline (closed)"), DECLINE)
        if review and review.decision:
            self.decision.setCurrentIndex(max(0, find_data(self.decision, review.decision)))
        self.decision.setEnabled(decidable)
        if not decidable:
            self.decision.setToolTip(self.tr("Only an initiative in due diligence can be decided."))
        self.letter = QPlainTextEdit(review.letter if review else "")
        self.letter.setPlaceholderText(self.tr("The decision letter"))
        self.letter.setMaximumHeight(100)
        self.decided_by = QLineEdit(review.decided_by if review and review.decided_by else officer)
        self.form.addRow(self.tr("Checklist"), box)
        self.form.addRow(self.tr("Reasons"), self.reasons)
        self.form.addRow(self.tr("Decision"), self.decision)
        self.form.addRow(self.tr("Letter"), self.letter)
        self.form.addRow(self.tr("Decided by"), self.decided_by)

    def checklist(self) -> dict[str, bool]:
        return {key: c.isChecked() for key, c in zip(self.keys, self.items, strict=True)}

    def values(self) -> tuple[dict[str, bool], str, str | None, str, str]:
        return (self.checklist(), self.reasons.toPlainText(), self.decision.currentData(),
                self.letter.toPlainText(), self.decided_by.text())
