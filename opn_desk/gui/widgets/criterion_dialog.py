"""An evaluation criterion (name, weight, description): a call's and a leadership renewal's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from opn_desk.gui.widgets.dialogs import FormDialog
from opn_desk.gui.widgets.style import hint


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


class CriterionDialog(FormDialog):
    def __init__(self, parent: QWidget | None, criterion=None):
        super().__init__(parent, _tr("Edit criterion") if criterion else _tr("New criterion"),
                         _tr("Save") if criterion else _tr("Add"))
        self.name_edit = QLineEdit(criterion.name if criterion else "")
        self.name_edit.setMaxLength(200)
        self.weight_spin = QDoubleSpinBox()
        self.weight_spin.setRange(0.05, 100.0)
        self.weight_spin.setDecimals(2)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setValue(criterion.weight if criterion else 1.0)
        self.description_edit = QPlainTextEdit(criterion.description if criterion else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.form.addRow(_tr("&Name"), self.name_edit)
        self.form.addRow(_tr("&Weight"), self.weight_spin)
        self.form.addRow(_tr("&Description"), self.description_edit)
        self.form.addRow(hint(_tr("Weights are relative: a criterion weighing 2 counts twice as much as one "
                                  "weighing 1. Scores already given stay; the totals follow the new weight.")))

    def values(self) -> tuple[str, float, str]:
        return self.name_edit.text(), self.weight_spin.value(), self.description_edit.toPlainText()
