"""The screening checklist per role is the desk's to define; new applications start with it."""

from __future__ import annotations

import csv
import uuid

import pytest
from sqlalchemy import select

from opn_desk.db.models import Application, DeskSetting
from opn_desk.domain.applications import ApplicationInput, default_checklist
from opn_desk.domain.registry import OrganisationInput
from opn_desk.domain.vocab import Role
from opn_desk.io.spreadsheet import read_table
from opn_desk.services import applications as apps
from opn_desk.services import desk_settings, registry
from opn_desk.services.errors import InvalidInput
from opn_desk.services.intake_import import APPLICATIONS, ImportOptions, import_table

CHECKS = ["Website and registration checked", "No sanctions listing", "Letter signed by the head"]


def _set(desk, role, items):
    return desk.write("Set checklist", desk_settings.set_screening_checklist, role, items)


def _org(desk, name) -> uuid.UUID:
    return desk.write("Add", registry.create_organisation, OrganisationInput(name, country_iso3="KEN")).value


def test_defaults_until_the_desk_sets_its_own(desk):
    for role in Role:
        assert desk.read(desk_settings.screening_checklist, role) == default_checklist(role)
        assert not desk.read(desk_settings.is_customised, role)


def test_a_set_checklist_is_used_by_new_applications_of_that_role_only(desk):
    _set(desk, Role.NETWORK_MEMBER, ["  Website and registration checked ", *CHECKS, ""])
    assert desk.read(desk_settings.screening_checklist, Role.NETWORK_MEMBER) == tuple(CHECKS)
    assert desk.read(desk_settings.screening_checklist, Role.CO_LEAD) == default_checklist(Role.CO_LEAD)
    app = desk.write("Record", apps.record_application,
                     ApplicationInput(_org(desk, "Green Lab"), "SPP", Role.NETWORK_MEMBER)).value
    assert [item for item, _done in desk.read(apps.get_application, app).screening] == CHECKS


def test_existing_applications_keep_their_items(desk):
    app = desk.write("Record", apps.record_application,
                     ApplicationInput(_org(desk, "Green Lab"), "SPP", Role.NETWORK_MEMBER)).value
    _set(desk, Role.NETWORK_MEMBER, CHECKS)
    items = [item for item, _done in desk.read(apps.get_application, app).screening]
    assert items == list(default_checklist(Role.NETWORK_MEMBER))


def test_imported_applications_start_with_the_desks_checklist(desk, tmp_path):
    _set(desk, Role.NETWORK_MEMBER, CHECKS)
    path = tmp_path / "apps.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["organisation", "country", "stakeholder_cluster", "programme", "role"])
        writer.writerow(["Nairobi Green Hub", "Kenya", "Civil society", "SPP", "Network member"])
    desk.write("Import", import_table, read_table(path), ImportOptions(kind=APPLICATIONS, file_name="apps.csv"))
    screening = desk.read(lambda s: s.scalar(select(Application.screening)))
    assert list(screening) == CHECKS and not any(screening.values())


@pytest.mark.parametrize("items, words", [
    ([], "at least one check"),
    (["", "   "], "at least one check"),
    (["x" * 301], "longer than 300"),
    ([f"Check {i}" for i in range(41)], "at most 40"),
])
def test_unusable_checklists_are_refused_and_nothing_is_written(desk, items, words):
    with pytest.raises(InvalidInput, match=words):
        _set(desk, Role.CORE_PARTNER, items)
    assert desk.read(lambda s: s.scalars(select(DeskSetting)).all()) == []


def test_an_unknown_role_is_refused_in_words(desk):
    with pytest.raises(InvalidInput, match="is not a role"):
        desk.read(desk_settings.screening_checklist, "chair")


def test_setting_is_audited_undoable_and_restorable(desk):
    _set(desk, Role.CORE_PARTNER, CHECKS)
    assert desk.read(desk_settings.is_customised, Role.CORE_PARTNER)
    desk.undo()
    assert desk.read(desk_settings.screening_checklist, Role.CORE_PARTNER) == default_checklist(Role.CORE_PARTNER)
    desk.redo()
    assert desk.read(desk_settings.screening_checklist, Role.CORE_PARTNER) == tuple(CHECKS)
    desk.write("Restore", desk_settings.restore_default_checklist, Role.CORE_PARTNER)
    assert not desk.read(desk_settings.is_customised, Role.CORE_PARTNER)
    # Setting the defaults back by hand stores nothing either.
    _set(desk, Role.CORE_PARTNER, CHECKS)
    _set(desk, Role.CORE_PARTNER, default_checklist(Role.CORE_PARTNER))
    assert not desk.read(desk_settings.is_customised, Role.CORE_PARTNER)


# --- letterheads -----------------------------------------------------------------------------------

def test_letterheads_are_per_programme_tidied_and_cleared_with_empty_text(desk):
    assert desk.read(desk_settings.letterhead, "SPP") == ""
    desk.write("Set", desk_settings.set_letterhead, "spp", "  One Planet network  \n\n SPP   coordination desk\n")
    assert desk.read(desk_settings.letterhead, "SPP") == "One Planet network\nSPP coordination desk"
    assert desk.read(desk_settings.letterhead, "CI") == ""
    desk.write("Clear", desk_settings.set_letterhead, "SPP", "   ")
    assert desk.read(desk_settings.letterhead, "SPP") == ""


def test_an_old_letterhead_preference_is_ignored_and_its_file_still_loads(desk, tmp_path, monkeypatch):
    """Letterheads live in the database only: a laptop's old preference never comes back, not even when a
    programme's letterhead is cleared, so every laptop prints the same."""
    import json

    from opn_desk.preferences import Preferences

    prefs = tmp_path / "prefs.json"
    prefs.write_text(json.dumps({"officer_name": "Amina Diallo", "recent_databases": ["/data/desk.sqlite"],
                                 "letterhead": "UNEP Economy Division"}), encoding="utf-8")
    monkeypatch.setenv("OPN_DESK_CONFIG", str(prefs))
    loaded = Preferences.load()
    assert (loaded.officer_name, loaded.recent_databases) == ("Amina Diallo", ["/data/desk.sqlite"])
    assert desk.read(desk_settings.letterhead, "SFS") == ""
    desk.write("Set", desk_settings.set_letterhead, "SFS", "Sustainable Food Systems desk")
    assert desk.read(desk_settings.letterhead, "SFS") == "Sustainable Food Systems desk"
    desk.write("Clear", desk_settings.set_letterhead, "SFS", "")
    assert desk.read(desk_settings.letterhead, "SFS") == ""
    loaded.save()  # the next save drops the stale key
    assert "letterhead" not in json.loads(prefs.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code, text, words", [
    ("XYZ", "Anything", "is not a programme code"),
    ("SPP", "1\n2\n3\n4\n5", "at most 4 lines"),
    ("SPP", "x" * 401, "at most 400 characters"),
])
def test_unusable_letterheads_are_refused(desk, code, text, words):
    with pytest.raises(InvalidInput, match=words):
        desk.write("Set", desk_settings.set_letterhead, code, text)
    assert desk.read(lambda s: s.scalars(select(DeskSetting)).all()) == []


def test_the_waiting_time_of_the_due_list_is_the_desks(desk):
    from opn_desk.services import due

    assert desk.read(desk_settings.waiting_days) == 14
    desk.write("Wait", desk_settings.set_waiting_days, 30)
    assert desk.read(desk_settings.waiting_days) == 30
    for bad in (0, 366, 2.5, True):
        with pytest.raises(InvalidInput, match="from 1 to 365"):
            desk.write("Wait", desk_settings.set_waiting_days, bad)
    desk.write("Back", desk_settings.set_waiting_days, 14)
    assert not desk.read(lambda s: s.scalars(select(DeskSetting)).all())
    assert desk.read(due.due_items) == []  # reads the setting when none is given
