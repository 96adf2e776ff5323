"""The country combo of the organisation forms (the registry's editor, a new applicant at intake):
filled from the reference countries, read back as the ISO3 code of what the desk picked or typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from opn_desk.gui.core.operations import OperationRunner
from opn_desk.services.desk import Desk
from opn_desk.services.errors import InvalidInput


def fill_countries(combo: QComboBox, countries: Iterable[tuple[str, str, object]]) -> None:
    """Put each (iso3, name, group) of ``countries`` in ``combo``, after an empty item: no country."""
    combo.clear()
    combo.addItem("", None)
    for iso3, name, _group in countries:
        combo.addItem(f"{name} ({iso3})", iso3)


def chosen_country(combo: QComboBox, field: str, unknown: str) -> str | None:
    """The ISO3 code of the country in ``combo``, None when left empty. Typed text counts when it is
    an item's whole text, a code, or part of one item only; otherwise InvalidInput(field, unknown)."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index > 0:
        return combo.itemData(index)
    folded = text.casefold()
    for i in range(1, combo.count()):
        if (combo.itemData(i) or "").casefold() == folded:
            return combo.itemData(i)
    matches = [i for i in range(1, combo.count()) if folded in combo.itemText(i).casefold()]
    if len(matches) == 1:
        return combo.itemData(matches[0])
    raise InvalidInput(field, unknown)


def load_countries(runner: OperationRunner, *, success: Callable[[list[tuple[str, str, str | None]]], None]):
    """(iso3, English name, regional group) of every country, sorted by name; read once per desk."""
    if runner._countries is not None:
        success(runner._countries)
        return

    def fetch(desk: Desk):
        from opn_desk.services.countries import list_countries

        # From the database: the groups as this desk counts them (they can be corrected).
        return sorted(((c.iso3, c.name, c.regional_group) for c in desk.read(list_countries)),
                      key=lambda c: c[1].casefold())

    def keep(countries):
        runner._countries = countries
        success(countries)

    runner.run_op(fetch, success=keep)
