"""Reviews in the application panel: the criteria x reviewers table with the weighted total and the
disagreement highlighted, scoring (a conflicted reviewer is refused with the reason), declaring a
conflict, and the call's ranking."""

from __future__ import annotations

import pytest
from test_applications_helpers import T, build, open_application, open_applications

from opn_desk.gui.applications.dialogs import ScoreDialog
from opn_desk.gui.widgets.style import DISAGREEMENT_COLOUR


@pytest.fixture
def data(db_path):
    return build(db_path)


@pytest.fixture
def opened(data, open_window, qtbot):
    return open_applications(open_window, qtbot)


def table_rows(detail) -> list[list[str]]:
    table = detail.reviews_table
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def choose_reviewer_by_organisation(dialog, qtbot, org_id, org_name: str, person: str) -> None:
    picker = dialog.reviewer
    picker.organisation.choose(org_id, org_name)
    qtbot.waitUntil(lambda: picker.people.findText(person) > 0, timeout=T)
    picker.people.setCurrentIndex(picker.people.findText(person))


def test_the_weighted_total_and_the_disagreement_are_shown(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.scored)
    detail.tabs.setCurrentIndex(2)
    table = detail.reviews_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Criterion", "Weight", "Anna Becker", "Kenji Sato", "Mean"]
    rows = table_rows(detail)
    assert rows[0] == ["Relevance of expertise", "2", "5", "2", "3.5"]
    assert rows[-1][0] == "Weighted total" and rows[-1][-1] == "3.75"
    assert "Weighted total: 3.75" in detail.total_label.text()
    assert "2 of 2 complete reviews" in detail.total_label.text()
    assert detail.tabs.tabText(2) == "Reviews (3.75)"
    flagged = table.item(0, 2)
    assert flagged.background().color() == DISAGREEMENT_COLOUR
    assert "Reviewers disagree: their scores differ by 3 points (from 2 to 5)" in flagged.toolTip()
    assert table.item(1, 2).background().color() != DISAGREEMENT_COLOUR
    assert "reviewers disagree on Relevance of expertise" in detail.total_label.text()


def test_a_reviewer_from_the_applicant_is_refused_with_the_reason(opened, qtbot, data):
    from test_applications_helpers import org

    window, page = opened
    detail = open_application(page, qtbot, data.review)
    detail.tabs.setCurrentIndex(2)
    assert detail.score_button.isEnabled()
    detail.score_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, ScoreDialog) and len(dialog.rows) == 5
    nigeria = org(window.opened.desk, "Nigeria Consumer Council")
    choose_reviewer_by_organisation(dialog, qtbot, nigeria, "Nigeria Consumer Council (NCC)", "Ngozi Okafor")
    qtbot.waitUntil(dialog.conflict_label.isVisible, timeout=T)
    assert dialog.conflict_label.text() == ("Ngozi Okafor cannot score this application: they work for the "
                                            "applicant, Nigeria Consumer Council.")
    assert not dialog.ok_button.isEnabled() and not dialog.rows[0][1].isEnabled()
    # Even if asked directly, the service refuses with the same sentence and nothing is saved.
    dialog.rows[0][1].setValue(4)
    dialog.ok_button.setEnabled(True)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=T)
    assert dialog.error_label.text().startswith("Ngozi Okafor cannot score this application")
    dialog.reject()
    assert detail.detail.reviews.reviewers == ()


def test_scores_are_saved_and_the_total_follows(opened, qtbot, data):
    window, page = opened
    detail = open_application(page, qtbot, data.review)
    detail.tabs.setCurrentIndex(2)
    detail.score_button.click()
    dialog = detail.dialog
    picker = dialog.reviewer
    qtbot.waitUntil(lambda: picker.known.count() == 3, timeout=T)  # the call's reviewers so far
    picker.known.setCurrentIndex(picker.known.findText("Anna Becker"))
    qtbot.wait(50)
    assert not dialog.conflict_label.isVisible()
    for (_cid, spin, _comment), score in zip(dialog.rows, (4, 4, 2, 3, 5), strict=True):
        spin.setValue(score)
    dialog.rows[0][2].setText("Strong record in procurement.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.reviews.weighted_total is not None, timeout=T)
    # (2*4 + 2*4 + 1*2 + 2*3 + 1*5) / 8 = 29 / 8
    assert detail.detail.reviews.weighted_total == pytest.approx(3.625)
    assert table_rows(detail)[0][2] == "4"
    assert detail.reviews_table.item(0, 2).toolTip() == "Strong record in procurement."
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=T)
    assert window.undo_action.text() == "&Undo Scores of Anna Becker for Nigeria Consumer Council"


def test_a_declared_conflict_leaves_the_scores_out(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.scored)
    detail.tabs.setCurrentIndex(2)
    detail.conflict_button.click()
    dialog = detail.dialog
    picker = dialog.reviewer
    qtbot.waitUntil(lambda: picker.known.findText("Kenji Sato") > 0, timeout=T)
    picker.known.setCurrentIndex(picker.known.findText("Kenji Sato"))
    dialog.reason_edit.setText("advised the applicant")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(detail.conflicts), timeout=T)
    assert detail.detail.reviews.weighted_total == pytest.approx((2 * 5 + 2 * 4 + 3 + 2 * 4 + 4) / 8)
    assert "Kenji Sato declared a conflict of interest with this application" in detail.excluded_label.text()
    assert "advised the applicant" in detail.conflicts_list.item(0).text()


def test_the_ranking_of_the_call(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.scored)
    detail.ranking_button.click()
    ranking = page.ranking
    qtbot.waitUntil(lambda: ranking.table.rowCount() == 2, timeout=T)
    first = [ranking.table.item(0, c).text() for c in range(5)]
    assert first[:2] == ["1", "Egyptian Cleaner Production Centre"] and first[4] == "3.75"
    assert [ranking.table.item(1, c).text() for c in (0, 1)] == ["—", "Nigeria Consumer Council"]
    assert "reviewers disagree on Relevance of expertise" in ranking.table.item(0, 6).text()
    ranking.table.itemDoubleClicked.emit(ranking.table.item(1, 1))
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == data.review, timeout=T)
    ranking.close()
