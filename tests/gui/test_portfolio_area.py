"""The Portfolio area on the demo database: the initiatives with their filters (every initiative also
serving SDG 7), the five-other-SDGs limit refused with one sentence, a core initiative with one partner
refused, an initiative made and moved along its lifecycle, due diligence decided, the export (public
or not) and who works with whom."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

T = 20_000


@pytest.fixture
def opened(tmp_path, demo_template):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.window.opening import open_desk

    found = open_desk(copy_database(demo_template, tmp_path / "desk.sqlite"))
    yield found
    found.close()


@pytest.fixture
def page(qtbot, opened):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.portfolio.page import PortfolioPage

    made = PortfolioPage(opened.runner, Settings())
    qtbot.addWidget(made)
    made.resize(1280, 720)
    made.show()
    qtbot.waitUntil(lambda: made.model.rowCount() > 0 and made.programme_filter.count() > 1, timeout=T)
    return made


def every_initiative(opened):
    from opn_desk.services import portfolio

    return opened.runner.desk.read(portfolio.initiatives)


def test_the_list_shows_every_initiative_and_filters_by_sdg(qtbot, page, opened):
    rows = every_initiative(opened)
    assert page.model.rowCount() == len(rows)
    assert page.count_label.text() == f"{len(rows)} initiatives"
    serving_7 = {r.id for r in rows if 7 in r.other_sdgs}
    with qtbot.waitSignal(page.loaded, timeout=T):
        page.set_filter(page.sdg_filter, 7)
    assert {r.id for r in page.model.records} == serving_7
    with qtbot.waitSignal(page.loaded, timeout=T):
        page.set_filter(page.status_filter, "inactive")
    assert all(r.status == "inactive" and 7 in r.other_sdgs for r in page.model.records)
    with qtbot.waitSignal(page.loaded, timeout=T):
        page.reset_filters()
    assert page.model.rowCount() == len(rows)


def open_new(qtbot, page):
    from opn_desk.gui.portfolio.editor import InitiativeDialog

    page.new_initiative()
    dialog = page.dialog
    assert isinstance(dialog, InitiativeDialog)
    return dialog


def two_organisations(opened):
    rows = every_initiative(opened)
    with_partners = next(r for r in rows if len(r.partner_ids) >= 3)
    return list(zip(with_partners.partner_ids, with_partners.partners, strict=True))[:3]


def test_more_than_five_other_sdgs_is_refused_with_one_sentence(qtbot, page, opened):
    dialog = open_new(qtbot, page)
    (lead, lead_name), (partner, partner_name), _ = two_organisations(opened)
    dialog.title.setText("Refill stations alliance")
    dialog.programme.setCurrentIndex(dialog.programme.findData("SPP"))
    dialog.lead.choose(lead, lead_name)
    dialog.set_sdgs([1, 2, 3, 4, 5])
    assert dialog.sdg_sentence.text() == "SDG 12 and at most five other SDGs: 5 of 5 chosen."
    dialog.set_sdgs([1, 2, 3, 4, 5, 6])
    assert "at most five other SDGs; 6 are ticked" in dialog.sdg_sentence.text()
    before = len(every_initiative(opened))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    sentence = dialog.error_label.text()
    assert "at most 5 other SDGs" in sentence and sentence.count(".") == 1 and "Traceback" not in sentence
    assert len(every_initiative(opened)) == before
    dialog.set_sdgs([7, 9])
    with qtbot.waitSignal(page.loaded, timeout=T):
        dialog.ok_button.click()
    made = next(r for r in every_initiative(opened) if r.title == "Refill stations alliance")
    assert made.other_sdgs == (7, 9) and made.status == "proposed"


def test_a_core_initiative_with_one_partner_is_refused(qtbot, page, opened):
    dialog = open_new(qtbot, page)
    (lead, lead_name), (partner, partner_name), _ = two_organisations(opened)
    dialog.title.setText("Joint tender platform")
    dialog.programme.setCurrentIndex(dialog.programme.findData("SPP"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("core"))
    dialog.lead.choose(lead, lead_name)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert "A core initiative is run jointly by 2 or more partners; this one has 1." in dialog.error_label.text()
    assert not any(r.title == "Joint tender platform" for r in every_initiative(opened))
    dialog.add_partner(partner, partner_name)
    with qtbot.waitSignal(page.loaded, timeout=T):
        dialog.ok_button.click()
    made = next(r for r in every_initiative(opened) if r.title == "Joint tender platform")
    assert made.kind == "core" and set(made.partner_ids) == {lead, partner}
    # Along its lifecycle: proposed -> core.
    assert page.select_title("Joint tender platform")
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == made.id, timeout=T)
    assert "core" in page.detail.next_statuses
    with qtbot.waitSignal(page.loaded, timeout=T):
        page.move("core")
    assert next(r for r in every_initiative(opened) if r.id == made.id).status == "core"


def test_due_diligence_is_decided(qtbot, page, opened):
    row = next(r for r in every_initiative(opened) if r.status == "due_diligence")
    page.search.setText(row.title)
    qtbot.waitUntil(lambda: any(r.id == row.id for r in page.model.records), timeout=T)
    page.select_title(row.title)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == row.id, timeout=T)
    page.due_diligence()
    dialog = page.dialog
    dialog.items[0].setChecked(False)
    dialog.decision.setCurrentIndex(dialog.decision.findData("include"))
    dialog.reasons.setPlainText("Meets the programme's objectives.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert "Every item of the due diligence checklist must be done" in dialog.error_label.text()
    for item in dialog.items:
        item.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=T):
        dialog.ok_button.click()
    after = next(r for r in every_initiative(opened) if r.id == row.id)
    assert after.status == "affiliated" and after.logo_granted and after.due_diligence_decision == "include"


def read_export(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_export_public_and_not(qtbot, page, opened, tmp_path):
    everything = every_initiative(opened)
    out = tmp_path / "all.csv"
    page.export(out)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=T)
    rows = read_export(out)
    assert len(rows) == len(everything) == page.last_export[1]
    assert "notes" in rows[0] and {r["kind"] for r in rows} == {"core", "affiliated"}
    page.last_export = None
    page.public_check.setChecked(True)
    public = tmp_path / "public.csv"
    page.export(public)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=T)
    shown = read_export(public)
    assert "notes" not in shown[0]
    assert not any(r["status"] in ("inactive", "proposed", "due_diligence") for r in shown)
    assert len(shown) < len(rows)


def test_who_works_with_whom(qtbot, page, opened):
    from opn_desk.services import portfolio

    pairs = opened.runner.desk.read(portfolio.collaborations)
    page.tabs.setCurrentWidget(page.collaborations)
    qtbot.waitUntil(lambda: page.collaborations.loaded, timeout=T)
    assert page.collaborations.model.rowCount() == len(pairs) > 0
    assert page.collaborations.graph.names and page.collaborations.graph.pairs
    a, b, n = pairs[0]
    assert page.collaborations.model.rows[0] == (a, b, str(n))


def test_a_core_initiative_left_below_two_partners_is_pointed_out(qtbot, page, opened):
    from datetime import date, timedelta

    from opn_desk.services import registry

    desk = opened.runner.desk
    assert not page.below_minimum.isVisible()
    core = next(r for r in every_initiative(opened)
                if r.kind == "core" and r.status != "closed" and len(r.partner_ids) == 2)
    leaving = core.partner_ids[1]
    today = date.today()
    ended = [m.id for m in desk.read(registry.get_organisation, leaving).memberships
             if m.programme_code == core.programme and (m.term_end is None or m.term_end >= today)
             and m.term_start < today]
    assert ended

    def end(session):
        for mid in ended:
            registry.end_membership(session, mid, today - timedelta(days=1), "left the network")

    from opn_desk.gui.core.operations import WriteOp

    with qtbot.waitSignal(page.loaded, timeout=T):
        WriteOp("End the membership", end).run_in(opened.runner)
    qtbot.waitUntil(lambda: page.below_minimum.isVisible(), timeout=T)
    assert core.title in page.below_minimum.text()
    assert "fewer than two partners holding a role" in page.below_minimum.text()


def test_a_desk_without_initiatives_says_so(qtbot, db_path):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.portfolio.page import PortfolioPage
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(db_path)
    try:
        page = PortfolioPage(opened.runner, Settings())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.count_label.text() == "0 initiatives", timeout=T)
        assert page.empty.isVisible() and page.model.rowCount() == 0
    finally:
        opened.close()
