"""GUI tests: offscreen, one QApplication, settings and preferences in temporary folders,
a fresh copy of a small filled database per test, and message boxes that never block."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from gui_registry_data import ORGANISATIONS  # noqa: E402


def _fill(store) -> None:
    from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk

    desk = Desk(store, actor="Test fixture")

    def fill(session):
        ids = {}
        for name, acronym, iso3, cluster in ORGANISATIONS:
            ids[name] = registry.create_organisation(session, OrganisationInput(
                name=name, acronym=acronym, country_iso3=iso3, stakeholder_cluster=cluster))
        person = registry.add_person(session, PersonInput(ids["German Environment Agency"], "Anna Becker",
                                                          "anna@example.org", "", "female"))
        registry.add_membership(session, MembershipInput(ids["German Environment Agency"], "SPP", "co_lead",
                                                         date(2024, 1, 1), date(2026, 1, 1), person))
        registry.add_membership(session, MembershipInput(ids["Ghana Standards Authority"], "SPP", "core_partner",
                                                         date(2024, 1, 1), date(2026, 1, 1)))
        registry.add_membership(session, MembershipInput(ids["Japan Eco-Label Association"], "CI",
                                                         "network_member", date(2023, 5, 1)))

    desk.write("Fill the test registry", fill)


@pytest.fixture(scope="session", autouse=True)
def _desk_style(qapp):
    """The window's own style (gui/widgets/style.py), as `opn-desk` sets it up."""
    from opn_desk.gui.widgets.style import use_desk_style

    use_desk_style(qapp)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo desk of 300 organisations, made once per test session: tests open a copy (demo_path, or
    copy_database(demo_template, …)), never the template itself. A module wanting another demo defines
    its own demo_template."""
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(path)
    try:
        generate_demo(store, organisations=300)
    finally:
        store.close()
    return path


@pytest.fixture
def demo_path(tmp_path, demo_template) -> Path:
    """A fresh copy of the demo desk for one test."""
    from opn_desk.db.backup import copy_database

    return copy_database(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture(scope="session", autouse=True)
def _isolated_qt_settings(tmp_path_factory):
    """QSettings go to a temporary folder under test names: the user's settings are never touched."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("OPN Desk Tests")
    QCoreApplication.setApplicationName("opn-desk-gui-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _isolated_preferences(tmp_path, monkeypatch):
    monkeypatch.setenv("OPN_DESK_CONFIG", str(tmp_path / "preferences.json"))
    from PySide6.QtCore import QSettings

    QSettings().clear()  # each test starts from default geometry and columns


class MessageBoxes:
    """Stands in for the user in front of message boxes: records each, answers as scripted."""

    def __init__(self):
        self.shown: list[str] = []
        self.answers: list[str] = []  # button texts to click, in order; otherwise the default

    def __call__(self, box):
        self.shown.append(box.text() + (" " + box.informativeText() if box.informativeText() else ""))
        if self.answers:
            wanted = self.answers.pop(0)
            for button in box.buttons():
                if button.text() == wanted:
                    return button
            raise AssertionError(f"no button {wanted!r} in box {box.text()!r}")
        return box.defaultButton()


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    from opn_desk.gui.core import messages

    recorder = MessageBoxes()
    monkeypatch.setattr(messages, "_exec", recorder)
    return recorder


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    from opn_desk.db.store import open_store

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    store = open_store(path)
    try:
        _fill(store)
    finally:
        store.close()
    return path


@pytest.fixture
def db_path(tmp_path, template_db) -> Path:
    from opn_desk.db.backup import copy_database

    return copy_database(template_db, tmp_path / "desk.sqlite")


@pytest.fixture
def open_window(qtbot, db_path):
    """Open a main window on a database (the test's copy by default) and wait for the first page."""
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.main_window import MainWindow
    from opn_desk.gui.window.opening import open_desk

    windows = []

    def make(path: Path | None = None, read_only: bool = False):
        opened = open_desk(path or db_path, read_only=read_only)
        window = MainWindow(opened, Settings())
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.registry.model.has_loaded, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.shut_down()


@pytest.fixture
def window(open_window):
    return open_window()
