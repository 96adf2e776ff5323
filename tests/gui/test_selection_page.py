"""The Selection area: picking moves the live balance panel, Propose fills a slate that meets every
rule, rules that cannot all be met are explained (with a conflict and the closest slate), "Why not
X?" answers, scenarios compare side by side, pins and incumbents, read-only databases.

The round is built with the services on a copy of the small test registry: a core-partner call of
SPP with 17 screened and scored applications over the five regional groups (two from Eastern
Europe), one incumbent that did not apply, and a saved round of 8 seats under the Terms of
Reference's rules (without continuity).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

T = 10_000
SEATS = 8
# name, representative's gender, score given by both reviewers on every criterion
APPLICANTS = [
    ("Zebra Crossing Institute", "female", 4.5), ("Ministry of Environment of Kenya", "male", 4.2),
    ("Nigeria Consumer Council", "female", 3.1), ("Egyptian Cleaner Production Centre", "male", 3.8),
    ("Japan Eco-Label Association", "male", 4.8), ("Indian Institute of Sustainability", "female", 2.9),
    ("Viet Nam Green Building Council", "female", 3.5), ("Polish Green Public Procurement Office", "female", 2.5),
    ("Czech Sustainable Tourism Union", "male", 2.2), ("Brazil Ministry of Environment", "male", 4.4),
    ("Chile Sustainable Food Alliance", "female", 3.3), ("Mexico Procurement Institute", "female", 2.7),
    ("Swiss Federal Office for the Environment", "male", 4.9), ("Alpha Lifestyles Lab", "female", 3.9),
    ("Omega Procurement Partners", "male", 4.6), ("United Nations Environment Programme", "female", 4.0),
    ("Organisation Without Country", "male", 3.0),
]
INCUMBENT = "Tourism Board of Morocco"  # a core partner in office that did not apply


@dataclass
class Round:
    call: uuid.UUID
    keys: dict[str, str]  # organisation name -> candidate key


def _org(desk, name: str) -> uuid.UUID:
    from opn_desk.domain.registry import OrganisationQuery
    from opn_desk.services import registry

    return next(r.id for r in desk.read(registry.search_organisations, OrganisationQuery(text=name)) if r.name == name)


def _build(path: Path) -> Round:
    from opn_desk.db.store import open_store
    from opn_desk.domain.applications import ApplicationInput, CallInput
    from opn_desk.domain.registry import MembershipInput, PersonInput
    from opn_desk.services import applications, registry, reviews
    from opn_desk.services import selection_round as rounds
    from opn_desk.services.desk import Desk

    today = date.today()
    store = open_store(path)
    try:
        desk = Desk(store, actor="Fixture Officer")
        w = desk.write
        call = w("Add call", applications.create_call, CallInput(
            "SPP", "core_partner", "SPP core partners call", today - timedelta(days=60),
            today - timedelta(days=10))).value
        reviewers = [w("Add", registry.add_person, PersonInput(_org(desk, org), name, f"{name[:3]}@example.org")).value
                     for org, name in (("Nordic Swan Ecolabel", "Kari Nord"), ("Canadian Standards Group", "Sam Lee"))]
        criteria = [c.id for c in desk.read(reviews.list_criteria, call)]
        keys = {}
        for name, gender, score in APPLICANTS:
            org = _org(desk, name)
            keys[name] = str(org)
            rep = w("Add", registry.add_person, PersonInput(org, f"Representative of {name}", "", "", gender)).value
            app = w("Record", applications.record_application, ApplicationInput(
                org, "SPP", "core_partner", call_id=call, representative_id=rep,
                received_on=today - timedelta(days=30)), []).value
            w("Screen", applications.move_application, app, "screening")
            w("Review", applications.move_application, app, "under_review")
            for reviewer in reviewers:
                for criterion in criteria:
                    w("Score", reviews.record_score, app, criterion, reviewer, score)
        incumbent = _org(desk, INCUMBENT)
        keys[INCUMBENT] = str(incumbent)
        w("Membership", registry.add_membership, MembershipInput(incumbent, "SPP", "core_partner",
                                                                 today - timedelta(days=400),
                                                                 today + timedelta(days=400)))
        w("Round", rounds.save_round, call, seats=SEATS,
          rules=rounds.default_rule_dicts(SEATS, with_continuity=False), pins={})
    finally:
        store.close()
    return Round(call, keys)


@pytest.fixture(scope="session")
def selection_template(tmp_path_factory, template_db) -> tuple[Path, Round]:
    from opn_desk.db.backup import copy_database

    path = copy_database(template_db, tmp_path_factory.mktemp("selection") / "selection.sqlite")
    return path, _build(path)


@pytest.fixture
def data(selection_template, tmp_path) -> tuple[Path, Round]:
    from opn_desk.db.backup import copy_database

    path, built = selection_template
    return copy_database(path, tmp_path / "desk.sqlite"), built


@pytest.fixture
def open_page(qtbot, data):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.selection.page import SelectionPage
    from opn_desk.gui.window.opening import open_desk

    opened_desks = []

    def make(read_only: bool = False):
        path, built = data
        opened = open_desk(path, read_only=read_only)
        opened_desks.append(opened)
        page = SelectionPage(opened.runner, Settings())
        opened.runner.error_parent = page
        qtbot.addWidget(page)
        page.resize(1400, 860)
        page.show()
        qtbot.waitUntil(lambda: page.round is not None, timeout=T)
        page.opened = opened
        return page, built

    yield make
    for opened in opened_desks:
        opened.close()


@pytest.fixture
def page(open_page):
    return open_page()


def stored(page):
    from opn_desk.services.selection_round import get_round

    return page.opened.desk.read(get_round, page.round.call_id)


def saved(qtbot, page) -> None:
    """Wait until the picks are written (the page saves them a moment after the last click)."""
    qtbot.waitUntil(lambda: not page._save_timer.isActive() and page._saving_picks == 0, timeout=T)
    qtbot.waitUntil(lambda: page.runner.idle, timeout=T)


def row_rect(page, key: str, column: str):
    from opn_desk.gui.selection.pool_model import PoolModel

    source = page.model.index(page.model.row_of(key), PoolModel.COLUMNS.index(column))
    return page.table.visualRect(page.proxy.mapFromSource(source))


def answer(qtbot, page, kind: str) -> None:
    qtbot.waitUntil(lambda: page.answer.kind == kind, timeout=T)


# -- picking and the balance panel ---------------------------------------------------------------------

def test_the_pool_shows_scores_and_incumbents_apart(page):
    page, built = page
    assert page.model.rowCount() == len(APPLICANTS)
    first = page.proxy.index(0, 1)
    assert page.proxy.data(first) == "Swiss Federal Office for the Environment (FOEN)"  # best score first
    # Scores with two decimals, as the proposal and the reports print them.
    assert page.proxy.data(page.proxy.index(0, 2)) == "4.90"
    assert all(len(page.proxy.data(page.proxy.index(r, 2)).split(".")[1]) == 2 for r in range(page.proxy.rowCount()))
    assert page.excluded.isVisible()
    shown = [page.excluded.item(r, 1).text() for r in range(page.excluded.rowCount())]
    assert "Tourism Board of Morocco (TBM)" in shown
    assert built.keys[INCUMBENT] not in page.members  # not seeking renewal: listed apart, not in the pool


def test_a_pick_flips_a_broken_rule_and_is_saved(page, qtbot):
    page, built = page
    states = page.balance.rule_states()
    assert states["Eastern Europe"] == "broken"
    assert any(s.startswith("Eastern Europe: 0, needs at least 1") for s in page.balance.sentences())
    assert "8 of 8" not in page.status_label.text()

    polish = built.keys["Polish Green Public Procurement Office"]
    where = row_rect(page, polish, "cluster").center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click starts with a press
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert polish in page.model.picked
    assert page.balance.rule_states()["Eastern Europe"] != "broken"  # at once, before anything is saved
    assert not any(s.startswith("Eastern Europe") for s in page.balance.sentences())
    assert "1 of 8 seats picked" in page.status_label.text()
    # Female representatives: at least 50% of 8 = 4; one picked so far, and the sentence says who.
    female = next(s for s in page.balance.sentences() if s.startswith("Female representative"))
    assert "needs at least 4" in female and "Polish Green Public Procurement Office (PGPPO)" in female
    assert "(" + polish + ")" not in female  # the desk's names, not the organisation's id

    czech = built.keys["Czech Sustainable Tourism Union"]
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(czech), 0))
    assert page.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)  # the checkbox
    assert page.balance.check.rules[page.balance.check.rules.index(
        next(r for r in page.balance.check.rules if r.name == "Eastern Europe"))].count == 2
    saved(qtbot, page)
    assert stored(page).picked == (polish, czech)
    assert page.runner.undo_text and "Pick the slate" in page.runner.undo_text

    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(page.model.row_of(czech), 1)))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # the keyboard unpicks too
    assert page.model.picked == (polish,)


# -- the optimiser --------------------------------------------------------------------------------------

def test_propose_fills_a_slate_that_meets_every_rule(page, qtbot):
    page, _built = page
    page.propose_button.click()
    answer(qtbot, page, "proposal")
    assert page.tabs.currentWidget() is page.answer
    assert page.answer.headline.text().startswith("Proposed slate: 8 candidates")
    assert any("could replace" in s for s in page.answer.sentences)  # alternates
    assert page.answer.use_button.isVisible()
    slate = page.answer.slate_ids
    qtbot.mouseClick(page.answer.use_button, Qt.MouseButton.LeftButton)
    assert set(page.model.picked) == set(slate)
    check = page.balance.check
    assert check.picked == SEATS and check.ok
    assert "broken" not in page.balance.rule_states().values()
    assert "every rule met" in page.status_label.text()
    saved(qtbot, page)
    assert set(stored(page).picked) == set(slate)


def test_rules_that_cannot_be_met_are_explained_with_the_closest_slate(page, qtbot, boxes):
    from opn_desk.gui.selection.rules_editor import RulesDialog

    page, _built = page
    page.rules_button.click()
    dialog = page.rules_dialog
    assert isinstance(dialog, RulesDialog) and dialog.isVisible()
    # Three from Eastern Europe, with only two Eastern European candidates in the pool.
    dialog.add_rule({"name": "Three from Eastern Europe", "attribute": "regional_group", "value": "EEG", "min": 3})
    row = dialog.table.rowCount() - 1
    assert dialog.table.cellWidget(row, 2).currentText() == "Eastern Europe"
    assert dialog.table.cellWidget(row, 7).text() == "at least 3"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=T)
    qtbot.waitUntil(lambda: any(r.get("name") == "Three from Eastern Europe" for r in page.round.rules), timeout=T)
    assert "Three from Eastern Europe" in page.balance.rule_states()

    page.propose_button.click()
    answer(qtbot, page, "explanation")
    text = " ".join(page.answer.sentences)
    assert page.answer.headline.text() == "The rules cannot all be met together."
    assert "only 2 candidates" in text and "Polish Green Public Procurement Office" in text  # the arithmetic
    assert "Three from Eastern Europe (at least 3)" in text  # the conflicting rule
    assert "The closest workable slate" in text and "relaxes Three from Eastern Europe by 1" in text
    assert page.answer.use_button.text() == "Use the closest slate"
    closest = page.answer.slate_ids
    assert len(closest) == SEATS
    page.answer.use_button.click()
    assert set(page.model.picked) == set(closest)
    states = page.balance.rule_states()
    assert states["Three from Eastern Europe"] == "broken" and list(states.values()).count("broken") == 1


def test_a_rule_with_an_unusable_bound_is_refused_in_the_dialog(page, qtbot):
    page, _built = page
    page.edit_rules()
    dialog = page.rules_dialog
    dialog.table.cellWidget(0, 4).setText("lots")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "'lots' is neither a number of seats" in dialog.error_label.text()
    dialog.table.cellWidget(0, 4).setText("4")  # Africa: at least 4, at most 40% of 8 = 3
    assert dialog.table.cellWidget(0, 7).text() == "at least 4, at most 3"
    assert "cannot be met" in dialog.table.cellWidget(0, 7).toolTip()
    dialog.table.cellWidget(0, 5).setText("3")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.text() == "Africa: min 4 is above max 3."
    assert page.round.rules[0].get("min") == 1  # nothing saved


def test_the_rules_editor_warns_while_editing_when_the_minima_exceed_the_seats(page, qtbot):
    page, _built = page
    page.edit_rules()
    dialog = page.rules_dialog
    assert not dialog.minima_label.isVisible()  # 8 seats: five regional minima and five cluster minima fit
    dialog.seats.setValue(4)
    assert dialog.minima_label.isVisible()
    text = dialog.minima_label.text()
    assert ("The minima add up to 5 seats but there are only 4 (Regional group: Africa needs 1, Asia and the "
            "Pacific needs 1, Eastern Europe needs 1, Latin America and the Caribbean needs 1, Western Europe and "
            "Others needs 1).") in text
    assert "The minima add up to 5 seats but there are only 4 (Stakeholder cluster: Government needs 1" in text
    assert "no slate can meet them all" in text
    dialog.seats.setValue(8)
    assert not dialog.minima_label.isVisible()
    dialog.table.cellWidget(0, 4).setText("5")  # Africa at least 5: with the four other groups, 9 of 8 seats
    assert dialog.minima_label.isVisible()
    assert "The minima add up to 9 seats but there are only 8 (Regional group: Africa needs 5, " \
           "Asia and the Pacific needs 1" in dialog.minima_label.text()
    dialog.table.cellWidget(0, 4).setText("1")
    assert not dialog.minima_label.isVisible()
    assert dialog.isVisible() and page.round.seats == SEATS  # a warning, nothing saved
    dialog.reject()


def test_every_separate_conflict_is_shown_with_what_settles_it(page, qtbot):
    page, _built = page
    page.edit_rules()
    dialog = page.rules_dialog
    dialog.seats.setValue(4)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.round.seats == 4, timeout=T)
    page.propose_button.click()
    answer(qtbot, page, "explanation")
    sentences = page.answer.sentences
    text = page.answer.body.toPlainText()
    assert any(s.startswith("The rules conflict in ") and "separate ways" in s for s in sentences)
    regions = ("Africa", "Asia and the Pacific", "Eastern Europe", "Latin America and the Caribbean",
               "Western Europe and Others")
    first = next(s for s in sentences if s.startswith("Conflict 1: "))
    second = next(s for s in sentences if s.startswith("Conflict 2: "))
    assert all(f"{r} (at least 1, at most 1)" in first + second for r in regions)
    assert "Conflict 1: " in text and "Conflict 2: " in text  # shown, not only kept
    assert not any("any one of them settles it" in s for s in sentences)
    assert any(s.startswith("Dropping these rules") and "settles it" in s for s in sentences)


def test_why_not_shows_the_score_lost(page, qtbot):
    page, built = page
    czech = built.keys["Czech Sustainable Tourism Union"]
    actions = page._menu_actions(QMenu(page), page.members[czech])
    assert actions["why_not"].text() == "Why not Czech Sustainable Tourism Union (CSTU)?"
    actions["why_not"].trigger()
    answer(qtbot, page, "why_not")
    headline = page.answer.headline.text()
    assert headline.startswith("Why not Czech Sustainable Tourism Union (CSTU)? The slate would lose")
    assert any("With Czech Sustainable Tourism Union (CSTU) in, the best slate scores" in s
               for s in page.answer.sentences)
    assert czech in page.answer.slate_ids


def test_a_pin_out_keeps_the_candidate_out_of_the_proposal(page, qtbot):
    page, built = page
    swiss = built.keys["Swiss Federal Office for the Environment"]
    czech = built.keys["Czech Sustainable Tourism Union"]
    page._menu_actions(QMenu(page), page.members[swiss])["pin_out"].trigger()
    page._menu_actions(QMenu(page), page.members[czech])["pin_in"].trigger()  # before the first is saved
    assert page.model.data(page.model.index(page.model.row_of(swiss), page.model.COLUMNS.index("pin"))) == \
        "Pinned out"
    qtbot.waitUntil(lambda: page.round.pins == {swiss: False, czech: True}, timeout=T)
    assert stored(page).pins == {swiss: False, czech: True}
    page.propose()
    answer(qtbot, page, "proposal")
    assert swiss not in page.answer.slate_ids and czech in page.answer.slate_ids
    assert not page._menu_actions(QMenu(page), page.members[swiss])["pin_out"].isEnabled()


# -- scenarios ------------------------------------------------------------------------------------------

def test_two_scenarios_compare_side_by_side(page, qtbot):
    page, built = page
    page.propose()
    answer(qtbot, page, "proposal")
    page.use_slate(page.answer.slate_ids)
    best = set(page.model.picked)
    page.scenarios_button.click()
    dialog = page.scenarios_dialog
    assert dialog.isVisible()
    dialog.name_edit.setText("Best score")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(page.round.scenarios) == 1, timeout=T)

    # Swap the lowest scorer for the Czech union: a second slate, one Eastern European more.
    czech = built.keys["Czech Sustainable Tourism Union"]
    polish = built.keys["Polish Green Public Procurement Office"]
    out = min(best - {polish}, key=lambda k: page.members[k].score)
    page.pick(out, False)
    page.pick(czech)
    dialog.name_edit.setText("With the Czech union")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(page.round.scenarios) == 2, timeout=T)
    assert not dialog.name_edit.text()

    ids = [s.id for s in page.round.scenarios]
    dialog.tick(ids)
    comparison = dialog.comparison
    assert comparison is not None and comparison.scenarios == ("Best score", "With the Czech union")
    assert dialog.compare_label.text().startswith(f"Compared under the round's current rules "
                                                  f"({page.round.seats} seats)")
    assert dialog.cell_text("Eastern Europe", "Best score").startswith("1 ·")
    assert dialog.cell_text("Eastern Europe", "With the Czech union").startswith("2 ·")
    assert "Czech Sustainable Tourism Union (CSTU)" in dialog.cell_text("Only in this one", "With the Czech union")
    assert page.names[out] in dialog.cell_text("Only in this one", "Best score")
    first, second = (dialog.cell_text("Total score", n) for n in comparison.scenarios)
    assert float(first) > float(second)

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))  # "Best score"
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: [s.name for s in page.round.scenarios] == ["With the Czech union"], timeout=T)


def test_a_duplicate_scenario_name_is_refused_in_the_dialog(page, qtbot):
    page, built = page
    page.pick(built.keys["Japan Eco-Label Association"])
    page.show_scenarios()
    dialog = page.scenarios_dialog
    for _ in range(2):
        dialog.name_edit.setText("Draft")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: len(page.round.scenarios) == 1 or dialog.error_label.isVisible(), timeout=T)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert "already has a scenario called 'Draft'" in dialog.error_label.text()


# -- incumbents, notes, read-only -----------------------------------------------------------------------

def test_an_incumbent_seeking_renewal_joins_the_pool(page, qtbot):
    page, built = page
    key = built.keys[INCUMBENT]
    row = next(r for r in range(page.excluded.rowCount()) if page.excluded.item(r, 0).data(Qt.ItemDataRole.UserRole)
               == key)
    page.excluded.item(row, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: key in page.members, timeout=T)
    assert page.model.data(page.model.index(page.model.row_of(key), page.model.COLUMNS.index("incumbent"))) == "Yes"
    actions = page._menu_actions(QMenu(page), page.members[key])
    assert actions["score"].isEnabled() and actions["not_seeking"].isEnabled()
    page.set_incumbent_score(page.members[key], 4.7)  # what the score dialog hands over
    qtbot.waitUntil(lambda: page.members[key].score == 4.7, timeout=T)
    actions["not_seeking"].trigger()
    qtbot.waitUntil(lambda: key not in page.members, timeout=T)


def test_undo_takes_a_pick_back(page, qtbot):
    page, built = page
    japan = built.keys["Japan Eco-Label Association"]
    page.pick(japan)
    saved(qtbot, page)
    page.runner.undo()
    qtbot.waitUntil(lambda: page.model.picked == (), timeout=T)
    assert page.balance.check.picked == 0
    assert stored(page).picked == ()


def test_a_proposal_is_marked_out_of_date_when_the_rules_change(page, qtbot):
    page, built = page
    page.propose()
    answer(qtbot, page, "proposal")
    page.set_pin(built.keys["Japan Eco-Label Association"], False)
    qtbot.waitUntil(lambda: page.answer.kind == "stale", timeout=T)
    assert "press Propose again" in page.answer.headline.text()
    assert not page.answer.use_button.isVisible()


def test_notes_are_saved_with_the_round(page, qtbot):
    page, _built = page
    assert not page.save_notes_button.isEnabled()
    page.notes.setPlainText("Chose the Czech union over a third WEOG seat.")
    assert page.save_notes_button.isEnabled()
    page.save_notes_button.click()
    qtbot.waitUntil(lambda: page.round.notes == "Chose the Czech union over a third WEOG seat.", timeout=T)
    assert not page.save_notes_button.isEnabled()


def test_saves_in_quick_succession_never_undo_each_other(page, qtbot):
    """Notes, then a pin before the notes' reload came back: both are kept."""
    page, built = page
    swiss = built.keys["Swiss Federal Office for the Environment"]
    page.notes.setPlainText("Trade-off: kept two from Eastern Europe.")
    page.save_notes_button.click()
    page._menu_actions(QMenu(page), page.members[swiss])["pin_in"].trigger()
    qtbot.waitUntil(lambda: page.round.pins == {swiss: True}, timeout=T)
    kept = stored(page)
    assert kept.notes == "Trade-off: kept two from Eastern Europe." and kept.pins == {swiss: True}


def test_a_read_only_database_can_be_looked_at_but_not_changed(open_page, qtbot):
    page, built = open_page(read_only=True)
    assert page.readonly_label.isVisible()
    key = built.keys["Zebra Crossing Institute"]
    index = page.model.index(page.model.row_of(key), 0)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.pick(key)
    actions = page._menu_actions(QMenu(page), page.members[key])
    assert not any(actions[a].isEnabled() for a in ("pick", "pin_in", "pin_out"))
    assert actions["why_not"].isEnabled()
    assert page.notes.isReadOnly()
    page.propose()
    answer(qtbot, page, "proposal")
    assert not page.answer.use_button.isEnabled()


def test_the_selection_report_is_written_for_the_chosen_slate(page, qtbot, boxes, tmp_path):
    from opn_desk.gui.widgets.print_preview import PdfPreviewDialog

    page, built = page
    page.pick(built.keys["Zebra Crossing Institute"])
    boxes.answers = ["My picks (1)"]
    out = tmp_path / "selection.pdf"
    page.write_report(out)
    # The first PDF of a session loads ReportLab and its fonts: allow it more time than a click.
    qtbot.waitUntil(lambda: page.last_report == out or len(boxes.shown) > 1, timeout=6 * T)
    assert boxes.shown == [boxes.shown[0]] and boxes.shown[0].startswith("Which slate should the report show?")
    assert out.read_bytes().startswith(b"%PDF")
    assert isinstance(page.pdf_shown, PdfPreviewDialog) and page.pdf_shown.path == out  # preview: print, save
    page.pdf_shown.close()
    assert "DRAFT" in _pdf_text(out)
    final = tmp_path / "final.pdf"
    boxes.answers = ["The proposed slate"]
    page.write_report(final, final=True)
    qtbot.waitUntil(lambda: page.last_report == final, timeout=6 * T)
    assert "FINAL" in _pdf_text(final) and "DRAFT" not in _pdf_text(final)
    page.pdf_shown.close()


def _pdf_text(path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_without_a_core_partner_call_the_page_says_where_to_start(qtbot, db_path):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.selection.page import SelectionPage
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(db_path)
    try:
        page = SelectionPage(opened.runner, Settings())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: "no core-partner call" in page.status_label.text(), timeout=T)
        assert "Calls and evaluation criteria" in page.status_label.text()
        assert not any(b.isEnabled() for b in (page.propose_button, page.rules_button, page.scenarios_button,
                                               page.report_button))
    finally:
        opened.close()
