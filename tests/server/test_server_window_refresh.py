"""A window on the team server refreshes by itself when another officer's change is committed (docs/SERVER.md):
the window's listener (gui/window/server_watch.py) broadcasts it through the runner as the window's own
operations are, within a second, and the registry's table reads its rows again."""

from __future__ import annotations

import time

from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.desk import Desk


def test_another_officers_edit_refreshes_the_registry_table_within_a_second(pg_store, qtbot, cli, tmp_path):
    from PySide6.QtCore import QCoreApplication, QSettings

    from opn_desk.gui.core.operations import OperationRunner
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.registry.page import RegistryPage
    from opn_desk.gui.window.server_watch import ServerWatch

    # The window's settings in a temporary folder, under test names (as tests/gui do).
    QCoreApplication.setOrganizationName("OPN Desk Tests")
    QCoreApplication.setApplicationName("opn-desk-server-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    runner = OperationRunner(Desk(pg_store, actor="Ann"))
    page = RegistryPage(runner, Settings())  # the registry as the window shows it
    qtbot.addWidget(page)
    model = page.model
    watch = ServerWatch(runner, pg_store.path)
    heard = []
    runner.changed.connect(lambda outcome: heard.append((time.perf_counter(), outcome)))
    try:
        page.start()
        qtbot.waitUntil(lambda: model.has_loaded, timeout=10_000)
        assert model.rowCount() == 0
        watch.start()
        # Ben, on another computer: another program, another connection.
        rows = tmp_path / "organisations.csv"
        rows.write_text("name,country\nReef Trust,Kenya\n", encoding="utf-8")
        done = cli("import", "organisations", rows, "--db", pg_store.path)
        committed = time.perf_counter()
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: bool(heard), timeout=1_000)
        when, outcome = heard[0]
        assert when - committed < 1.0
        assert outcome.changes.touches("organisation")
        qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).name == "Reef Trust", timeout=5_000)
        # The window's own operations are not announced back to it: one broadcast, the runner's own.
        heard.clear()
        runner.write("Add Own Trust", registry.create_organisation, OrganisationInput("Own Trust",
                                                                                     country_iso3="KEN"))
        qtbot.waitUntil(lambda: len(heard) == 1, timeout=5_000)
        qtbot.wait(500)
        assert len(heard) == 1 and heard[0][1].description == "Add Own Trust"
    finally:
        watch.stop()
        runner.shutdown()


def test_a_lost_connection_is_said_once_in_one_sentence(pg_store, pg_cluster, qtbot):
    from opn_desk.gui.core.operations import OperationRunner
    from opn_desk.gui.window.server_watch import ServerWatch

    runner = OperationRunner(Desk(pg_store, actor="Ann"))
    watch = ServerWatch(runner, pg_store.path)
    said = []
    watch.lost.connect(said.append)
    try:
        watch.start()
        with pg_cluster.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")
        qtbot.waitUntil(lambda: bool(said), timeout=5_000)
        qtbot.wait(300)
        assert len(said) == 1 and "no longer show by themselves" in said[0] and "\n" not in said[0]
    finally:
        watch.stop()
        runner.shutdown()
