"""Dates in the window follow the chosen language (issue 16): "3 févr. 2026" in a French window, never
"2026-02-03", in the tables, the sentences and the date fields; a date column still sorts by the date
itself; and the leadership terms count "1er, 2e" in French and "1.º, 2.º" in Spanish."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

T = 20_000
FRENCH_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def french(d: date) -> str:
    """The date as a French reader expects it in a table: "3 févr. 2026"."""
    return f"{d.day} {FRENCH_MONTHS[d.month - 1]} {d.year}"


@pytest.fixture
def in_language():
    """Switch the whole window's language (translators and QLocale), back to what it was afterwards."""
    from opn_desk.gui.window.preferences_dialog import install_language

    app = QApplication.instance()
    before = QLocale()

    def switch(code: str) -> None:
        assert install_language(app, QLocale(code)), f"no {code} catalogue"

    yield switch
    install_language(app, before)


@pytest.fixture
def locale_of():
    before = QLocale()
    yield lambda code: QLocale.setDefault(QLocale(code))
    QLocale.setDefault(before)


def test_a_date_reads_in_the_chosen_language(locale_of):
    from opn_desk.gui.core import labels

    day = date(2026, 2, 3)
    locale_of("fr")
    assert labels.day(day) == "3 févr. 2026"
    assert labels.long_day(day) == "3 février 2026"
    assert labels.long_day(date(2026, 2, 1)) == "1er février 2026"
    assert labels.local_moment(datetime(2026, 12, 3, 14, 5)) == "3 déc. 2026 14:05"
    assert labels.date_input_format() == "dd/MM/yyyy"
    # What a table shows, what a date field shows and ISO all read back as the same day.
    assert labels.read_day("3 févr. 2026") == labels.read_day("03/02/2026") == labels.read_day("2026-02-03") == day
    with pytest.raises(ValueError):
        labels.read_day("bientôt")
    locale_of("es")
    assert labels.day(day) == "3 feb 2026"
    assert labels.long_day(day) == "3 de febrero de 2026"
    assert labels.date_input_format() == "d/M/yyyy"
    locale_of("en_GB")
    assert labels.day(day) == "3 Feb 2026"
    assert labels.day(None) == ""


def test_a_date_column_sorts_by_the_date_not_its_french_text(locale_of):
    from opn_desk.gui.core import labels

    locale_of("fr")
    days = [date(2026, 2, 3), date(2026, 1, 28), date(2025, 12, 10), date(2026, 8, 1)]
    texts = [labels.day(d) for d in days]
    # As text, "3 févr. 2026" would come after "28 janv. 2026" only by luck, and "10 déc. 2025" first
    # would be wrong against "1 août 2026": sorting by day_key is chronological.
    by_key = [labels.day(d) for d in sorted(days, key=labels.day_key)]
    assert by_key == ["10 déc. 2025", "28 janv. 2026", "3 févr. 2026", "1 août 2026"]
    assert sorted(texts) != by_key


def test_the_term_ordinals_follow_the_language(locale_of):
    from opn_desk.gui.leadership.widgets import ordinal

    locale_of("fr")
    assert [ordinal(n) for n in (1, 2, 3, 11)] == ["1er", "2e", "3e", "11e"]
    locale_of("es")
    assert [ordinal(n) for n in (1, 2, 3)] == ["1.º", "2.º", "3.º"]
    locale_of("en")
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 22)] == \
        ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd"]


def test_filtering_the_selection_pool_raises_no_deprecation_warning():
    from opn_desk.gui.selection.pool_model import PoolFilter

    proxy = PoolFilter()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        proxy.set_text("kenya")
        proxy.set_picked_only(True)
    assert proxy.picked_only and proxy._words == ["kenya"]


def test_a_french_window_shows_french_dates(in_language, open_window, demo_path, qtbot, tmp_path):
    in_language("fr")
    window = open_window(demo_path)

    # The registry: an organisation's history (a change saved here), to the minute.
    window.registry.open_row(0)
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None, timeout=T)
    name = editor.detail.name + " (edited)"
    editor.ui.nameEdit.setText(name)
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.detail.name == name and editor.ui.historyTree.topLevelItemCount() > 0
                    and editor.ui.historyTree.topLevelItem(0).text(2).endswith(name), timeout=T)
    when = editor.ui.historyTree.topLevelItem(0).text(0)
    assert re.fullmatch(r"\d{1,2} (\S+) \d{4} \d{2}:\d{2}", when), when
    assert when.split()[1] in FRENCH_MONTHS, when

    # The meetings list: each date as a French reader writes it, and it is the meeting's own day.
    window.show_area("meetings")
    meetings = window.page("meetings")
    qtbot.waitUntil(lambda: meetings.table.rowCount() > 0 and len(meetings.rows) == meetings.table.rowCount(),
                    timeout=T)
    shown = [meetings.table.item(r, 0).text() for r in range(meetings.table.rowCount())]
    assert shown == [french(r.summary.held_on) for r in meetings.rows]
    assert not any(ISO.search(text) for text in shown)
    # Exported to Excel "as shown", each of those dates is a date cell a spreadsheet sorts and computes with.
    import openpyxl

    done = []
    meetings.export.export(tmp_path / "meetings.xlsx", success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=T)
    rows = list(openpyxl.load_workbook(tmp_path / "meetings.xlsx").active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [datetime.combine(r.summary.held_on, datetime.min.time())
                                        for r in meetings.rows]
    assert rows[1][2] == meetings.table.item(0, 2).text()  # the other cells as shown

    # The leadership terms: the terms' dates and the count of terms in French.
    window.show_area("leadership")
    leadership = window.leadership
    qtbot.waitUntil(lambda: leadership.snapshot is not None and leadership.terms.composition is not None,
                    timeout=T)
    table = leadership.terms.table
    members = leadership.terms.composition.members
    assert table.rowCount() == len(members) > 0
    for row, m in enumerate(members):
        term = table.item(row, 5).text()
        assert french(m.term_start) in term and not ISO.search(term), term
        if m.term_end:
            assert term == f"{french(m.term_start)} – {french(m.term_end)}"
        count = table.item(row, 6).text()
        assert count.startswith("1er " if m.consecutive == 1 else f"{m.consecutive}e "), count
    assert french(leadership.terms.on) not in leadership.terms.count_label.text()  # a sentence: the month in full
    assert ISO.search(leadership.terms.count_label.text()) is None
    assert leadership.terms.date_edit.displayFormat() == "dd/MM/yyyy"


def test_the_applications_sort_chronologically_by_their_french_received_date(in_language, open_window,
                                                                             demo_path, qtbot):
    from opn_desk.gui.core import labels

    in_language("fr")
    window = open_window(demo_path)
    window.show_area("applications")
    page = window.applications
    model = page.model
    column = model.COLUMNS.index("received")

    def received() -> list[date]:
        texts = [model.index(r, column).data() for r in range(model.rowCount())]
        assert not any(ISO.search(t) for t in texts if t), texts
        return [labels.read_day(t) for t in texts if t]

    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.table.sortByColumn(column, order)
        qtbot.waitUntil(lambda: model.has_loaded and not model.loading and model.rowCount() > 0, timeout=T)
        days = received()
        assert len(set(days)) > 3, days
        assert days == sorted(days, reverse=order == Qt.SortOrder.DescendingOrder)
