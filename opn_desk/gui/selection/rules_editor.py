"""The round's seats and balance rules, edited as a table: one rule per row.

A rule counts the slate's candidates whose attribute has a value (or, "each value", every distinct
value: one per parent organisation) and bounds that count. A bound is typed as a number of seats
("2") or a share of the seats ("40%"). The rules are the same dicts the round stores and the
`select` command reads from RULES.toml; the dialog checks each row with the library before it asks
the page to save, and shows the service's sentence if the save is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.services.selection_round import ATTRIBUTES, SECTOR_PREFIX

_BOUND = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$")
NO_GROUP_TEXT = "(no group)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RulesEditor", text)


# The attribute names come from the service (no Qt there); listed here so lupdate offers them to translators.
_FOR_TRANSLATORS = (
    QT_TRANSLATE_NOOP("RulesEditor", "Organisation name"), QT_TRANSLATE_NOOP("RulesEditor", "Regional group"),
    QT_TRANSLATE_NOOP("RulesEditor", "Stakeholder cluster"), QT_TRANSLATE_NOOP("RulesEditor", "Representative's gender"),
    QT_TRANSLATE_NOOP("RulesEditor", "Country"), QT_TRANSLATE_NOOP("RulesEditor", "Country code (ISO3)"),
    QT_TRANSLATE_NOOP("RulesEditor", "Least developed country"),
    QT_TRANSLATE_NOOP("RulesEditor", "Small island developing state"),
    QT_TRANSLATE_NOOP("RulesEditor", "Incumbent core partner"),
    QT_TRANSLATE_NOOP("RulesEditor", "Parent organisation (family)"),
    QT_TRANSLATE_NOOP("RulesEditor", "First priority sector"),
)


def attribute_label(attribute: str) -> str:
    if attribute in ATTRIBUTES:
        return _tr(ATTRIBUTES[attribute])
    if attribute.startswith(SECTOR_PREFIX):
        return _tr("Sector: {name}").format(name=attribute[len(SECTOR_PREFIX):])
    return attribute


def value_label(attribute: str, value: str) -> str:
    if value == "":
        return _tr(NO_GROUP_TEXT)
    if attribute == "regional_group":
        return labels.regional_group(value)
    if attribute == "stakeholder_cluster":
        return labels.cluster(value)
    if attribute == "representative_gender":
        return labels.gender(value)
    if value == "yes":
        return _tr("Yes")
    return value


def bound_text(count, share) -> str:
    """A rule's bound as typed in the table: "2", "40%" or ""."""
    if share is not None:
        percent = Fraction(str(share)) * 100
        return f"{percent.numerator // percent.denominator if percent.denominator == 1 else float(percent):g}%"
    return "" if count is None else str(int(count))


def parse_bound(text: str, what: str) -> tuple[int | None, float | None]:
    """(count, share) from "2", "40%" or ""; ValueError with a sentence otherwise."""
    if not text.strip():
        return None, None
    found = _BOUND.match(text)
    if not found:
        raise ValueError(_tr("{what} '{text}' is neither a number of seats (2) nor a share of the seats "
                             "(40%).").format(what=what, text=text.strip()))
    number, percent = found.group(1).replace(",", "."), found.group(2)
    if percent:
        share = float(number) / 100
        if share > 1:
            raise ValueError(_tr("{what} {text} is more than all the seats.").format(what=what, text=text.strip()))
        return None, share
    if "." in number:
        raise ValueError(_tr("{what} {text} is not a whole number of seats.").format(what=what, text=text.strip()))
    return int(number), None


def tor_defaults(seats: int, *, with_continuity: bool = True) -> list[dict]:
    """The Terms of Reference's rules for this many seats (continuity only when there are incumbents)."""
    from opn_desk.services.selection_round import default_rule_dicts

    return [dict(r) for r in default_rule_dicts(seats, with_continuity=with_continuity)]


class _ValueBox(QComboBox):
    """An editable list of the pool's values of one attribute; typing another value is allowed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    def fill(self, attribute: str, values: Sequence[str], current: str) -> None:
        self.blockSignals(True)
        self.clear()
        for v in dict.fromkeys(list(values) + [""]):
            self.addItem(value_label(attribute, v), v)
        index = next((i for i in range(self.count()) if self.itemData(i) == current), -1)
        if index < 0:
            self.setEditText(current)
        else:
            self.setCurrentIndex(index)
        self.lineEdit().setCursorPosition(0)  # show a long value from its start
        self.blockSignals(False)

    def value(self) -> str:
        text = self.currentText()
        for i in range(self.count()):
            if self.itemText(i) == text:
                return self.itemData(i)
        return text.strip()


class RulesDialog(QDialog):
    """Seats and the rule list; `save_requested(seats, rules)` asks the page to store them."""

    save_requested = Signal(int, list)
    COLUMNS = ("name", "attribute", "value", "each", "min", "max", "priority", "counts")

    def __init__(self, parent: QWidget | None, *, seats: int, rules: Sequence[Mapping],
                 values: Mapping[str, Sequence[str]], readonly: bool = False,
                 defaults: Callable[[int], list[dict]] = tor_defaults):
        super().__init__(parent)
        self.setWindowTitle(_tr("Seats and balance rules"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.values = {k: list(v) for k, v in values.items()}
        self.readonly = readonly
        self.defaults = defaults
        self.resize(1120, 580)
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Each rule counts the slate's candidates with a value (or, with \"each value\", every "
                           "value on its own, such as one per parent organisation). Type a bound as a number of "
                           "seats (2) or a share of the seats (40%): a share at least rounds up, at most rounds "
                           "down. Priority weighs a rule when the rules cannot all be met."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Seats:")))
        self.seats = QSpinBox()
        self.seats.setRange(1, 999)
        self.seats.setValue(seats)
        self.seats.setToolTip(_tr("How many core partners the call selects"))
        top.addWidget(self.seats)
        top.addStretch(1)
        self.add_button = QPushButton(_tr("Add rule"))
        self.remove_button = QPushButton(_tr("Remove rule"))
        self.reset_button = QPushButton(_tr("Reset to the Terms of Reference"))
        self.reset_button.setToolTip(_tr("Replace the rules with the Terms of Reference's: every regional group "
                                         "at least 1 and at most 40%, every cluster at least 1, at least 50% "
                                         "female representatives, one per parent organisation."))
        for button in (self.add_button, self.remove_button, self.reset_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([_tr("Name"), _tr("Attribute"), _tr("Value"), _tr("Each value"),
                                              _tr("At least"), _tr("At most"), _tr("Priority"),
                                              _tr("As seats")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((210, 200, 200, 76, 70, 70, 72, 140)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        layout.addWidget(self.table, 1)
        self.minima_label = QLabel()  # while editing: minima that cannot fit in the seats, whoever applies
        self.minima_label.setWordWrap(True)
        self.minima_label.setStyleSheet("color: #8a5300;")
        self.minima_label.hide()
        layout.addWidget(self.minima_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(lambda: self.add_rule({"attribute": "regional_group", "value": "", "min": 1}))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button.clicked.connect(self.reset)
        self.seats.valueChanged.connect(lambda _v: self._refresh_counts())
        for rule in rules:
            self.add_rule(rule)
        if readonly:  # the table stays scrollable; its cells do not take edits
            for widget in (self.add_button, self.remove_button, self.reset_button, self.save_button, self.seats):
                widget.setEnabled(False)

    # -- rows --------------------------------------------------------------------------------------
    def add_rule(self, rule: Mapping) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(str(rule.get("name", "") or ""))
        name.setPlaceholderText(_tr("(attribute: value)"))
        attribute = QComboBox()
        attribute.setEditable(True)
        attribute.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in dict.fromkeys(list(ATTRIBUTES) + sorted(self.values)):
            attribute.addItem(attribute_label(key), key)
        current = str(rule.get("attribute", ""))
        index = attribute.findData(current)
        if index < 0:
            attribute.setEditText(current)
        else:
            attribute.setCurrentIndex(index)
        value = _ValueBox()
        each = QCheckBox()
        each.setToolTip(_tr("Apply the bounds to each value on its own (e.g. at most 1 per parent organisation)"))
        each.setChecked(bool(rule.get("per_value")))
        low = QLineEdit(bound_text(rule.get("min"), rule.get("min_share")))
        high = QLineEdit(bound_text(rule.get("max"), rule.get("max_share")))
        for box in (low, high):
            box.setPlaceholderText("—")
            box.setToolTip(_tr("A number of seats (2) or a share of the seats (40%); empty: no bound"))
        priority = QDoubleSpinBox()
        priority.setRange(0.1, 1000)
        priority.setDecimals(1)
        priority.setValue(float(rule.get("priority", 1) or 1))
        counts = QLabel()
        counts.setContentsMargins(6, 0, 4, 0)
        for column, widget in enumerate((name, attribute, value, self._centred(each), low, high, priority, counts)):
            self.table.setCellWidget(row, column, widget)
            if self.readonly and column < 7:
                widget.setEnabled(False)
        self._fill_values(row, str(rule.get("value", "") or ""))
        for box in (name, attribute.lineEdit()):
            box.setCursorPosition(0)
        attribute.currentIndexChanged.connect(lambda _i, a=attribute: self._attribute_changed(a))
        attribute.editTextChanged.connect(lambda _t, a=attribute: self._attribute_changed(a))
        each.toggled.connect(lambda _on, a=attribute: self._attribute_changed(a))
        for box in (low, high):
            box.textChanged.connect(lambda _t: self._refresh_counts())
        value.editTextChanged.connect(lambda _t: self._refresh_counts())
        self._refresh_counts()

    @staticmethod
    def _centred(widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
        holder.check = widget
        return holder

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 1) is widget:
                return row
        return -1

    def _attribute_key(self, row: int) -> str:
        box: QComboBox = self.table.cellWidget(row, 1)
        text = box.currentText()
        index = box.currentIndex()
        if index >= 0 and box.itemText(index) == text:
            return box.itemData(index)
        return text.strip()

    def _fill_values(self, row: int, current: str | None = None) -> None:
        box: _ValueBox = self.table.cellWidget(row, 2)
        each = self.table.cellWidget(row, 3).check.isChecked()
        key = self._attribute_key(row)
        box.fill(key, self.values.get(key, []), box.value() if current is None else current)
        box.setEnabled(not each and not self.readonly)
        if each:
            box.setEditText("")

    def _attribute_changed(self, box: QComboBox) -> None:
        row = self._row_of(box)
        if row >= 0:
            self._fill_values(row, "")
            self._refresh_counts()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._refresh_counts()

    def reset(self) -> None:
        self.table.setRowCount(0)
        for rule in self.defaults(self.seats.value()):
            self.add_rule(rule)

    # -- reading the table -------------------------------------------------------------------------
    def _row_rule(self, row: int) -> dict:
        name = self.table.cellWidget(row, 0).text().strip()
        attribute = self._attribute_key(row)
        each = self.table.cellWidget(row, 3).check.isChecked()
        label = name or _tr("rule {n}").format(n=row + 1)
        if not attribute:
            raise ValueError(_tr("{rule}: choose the attribute it counts.").format(rule=label))
        rule: dict = {"name": name, "attribute": attribute}
        if each:
            rule["per_value"] = True
        else:
            rule["value"] = self.table.cellWidget(row, 2).value()
        low, low_share = parse_bound(self.table.cellWidget(row, 4).text(), _tr("At least"))
        high, high_share = parse_bound(self.table.cellWidget(row, 5).text(), _tr("At most"))
        for key, v in (("min", low), ("min_share", low_share), ("max", high), ("max_share", high_share)):
            if v is not None:
                rule[key] = v
        priority = self.table.cellWidget(row, 6).value()
        if priority != 1:
            rule["priority"] = priority
        return rule

    def rules(self) -> list[dict]:
        """The table as rule dicts; ValueError with a sentence naming the row otherwise."""
        from opn_desk.selection.model import BalanceRule

        out = []
        for row in range(self.table.rowCount()):
            rule = self._row_rule(row)
            label = rule["name"] or _tr("rule {n}").format(n=row + 1)
            if not any(k in rule for k in ("min", "max", "min_share", "max_share")):
                raise ValueError(_tr("{rule}: give at least or at most.").format(rule=label))
            try:
                BalanceRule(**{k: v for k, v in rule.items()})
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{label}: {exc}.") from None
            out.append(rule)
        return out

    def _refresh_counts(self) -> None:
        from opn_desk.selection.model import BalanceRule

        seats = self.seats.value()
        for row in range(self.table.rowCount()):
            label: QLabel = self.table.cellWidget(row, 7)
            if label is None:
                continue
            try:
                rule = BalanceRule(**self._row_rule(row))
                low, high = rule.bounds(seats)
                text = ", ".join(([_tr("at least {n}").format(n=low)] if low else [])
                                 + ([_tr("at most {n}").format(n=high)] if high is not None else []))
                label.setText(text or _tr("no bound"))
                label.setStyleSheet("" if high is None or low <= high else "color: #b3261e;")
                label.setToolTip("" if high is None or low <= high else _tr(
                    "With these seats the least is above the most: this rule cannot be met."))
            except (TypeError, ValueError) as exc:
                label.setText("—")
                label.setToolTip(str(exc))
        self._warn_minima(seats)

    def _rule_label(self, row: int, rule) -> str:
        name = self.table.cellWidget(row, 0).text().strip()
        if name:
            return name
        if rule.per_value:
            return _tr("{attribute}, each value").format(attribute=attribute_label(rule.attribute))
        return _tr("{attribute}: {value}").format(attribute=attribute_label(rule.attribute),
                                                  value=value_label(rule.attribute, rule.value or ""))

    def minima_warnings(self, seats: int | None = None) -> list[str]:
        """Minima that no slate can meet together, whoever is in the pool: the rules on different values
        of one attribute (the five regional groups) count different candidates, so their minima add up."""
        from opn_desk.selection.model import BalanceRule
        from opn_desk.selection.prechecks import crowded_minima

        seats = self.seats.value() if seats is None else seats
        rows, rules = [], []
        for row in range(self.table.rowCount()):
            try:
                rules.append(BalanceRule(**self._row_rule(row)))
            except (TypeError, ValueError):  # the row's own cell says what is wrong with it
                continue
            rows.append(row)
        out = []
        for crowded in crowded_minima(rules, seats, self.values):
            named = [(self._rule_label(rows[p], rules[p]), least, values) for p, least, values in crowded.needs]
            if len(named) == 1 and named[0][2] == 1:
                out.append(_tr("{rule} alone needs at least {least} seats, but there are only {seats}: no slate "
                               "can meet it.").format(rule=named[0][0], least=named[0][1], seats=seats))
                continue
            parts = ", ".join(
                _tr("{rule} needs {least}").format(rule=rule, least=least) if values == 1 else
                _tr("{rule} needs {least} for each of its {values} values").format(rule=rule, least=least,
                                                                                   values=values)
                for rule, least, values in named)
            out.append(_tr("The minima add up to {total} seats but there are only {seats} ({attribute}: {parts}). "
                           "Each candidate counts for one of these rules at most, so no slate can meet them all; "
                           "lower some of them or add seats.").format(
                attribute=attribute_label(crowded.attribute), total=crowded.total, seats=seats, parts=parts))
        return out

    def _warn_minima(self, seats: int) -> None:
        warnings = self.minima_warnings(seats)
        self.minima_label.setText("\n".join(warnings))
        self.minima_label.setVisible(bool(warnings))

    # -- saving ------------------------------------------------------------------------------------
    def submit(self) -> None:
        self.error_label.hide()
        try:
            rules = self.rules()
        except ValueError as exc:
            self.failed(exc)
            return
        self.save_button.setEnabled(False)
        self.save_requested.emit(self.seats.value(), rules)

    def succeeded(self, _value=None) -> None:
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(not self.readonly)
        self.error_label.setText(str(exc) if isinstance(exc, ValueError) else describe_failure(exc))
        self.error_label.show()
