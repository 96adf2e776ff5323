"""Other officers' changes reach a listener (docs/SERVER.md): every operation written on the team server
announces the tables it changed when it commits (LISTEN/NOTIFY), never when it is rolled back; a window
skips its own process's announcements. How soon (within a second) is measured by
tests/benchmarks/server_bench.py, ``announce``: a test on a busy machine cannot time it fairly."""

from __future__ import annotations

import pytest

from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.desk import Desk
from opn_desk.services.errors import InvalidInput
from opn_desk.services.server_changes import ChangeFeed, FeedLost


@pytest.fixture
def feed(pg_store):
    listening = ChangeFeed(pg_store.path, own=True)  # the officers below write from this same process
    yield listening
    listening.close()


def test_an_edit_on_another_connection_reaches_the_listener(pg_store, feed):
    other = open_store(pg_store.path)  # another officer: another connection
    try:
        Desk(other, actor="Ben").write("Add Reef Trust", registry.create_organisation,
                                       OrganisationInput("Reef Trust", country_iso3="KEN"))
        found = feed.wait(10.0)
    finally:
        other.close()
    assert found, "no announcement"
    assert "organisation" in found[0].tables and not found[0].everything
    assert feed.take() == []  # each announcement is taken once


def test_an_operation_rolled_back_announces_nothing(pg_store, feed):
    desk = Desk(pg_store, actor="Ben")
    with pytest.raises(InvalidInput):
        desk.write("Add a nameless one", registry.create_organisation, OrganisationInput("", country_iso3="KEN"))
    assert feed.wait(0.5) == []


def test_a_window_skips_its_own_processes_announcements_but_not_another_programs(pg_store, cli, tmp_path):
    mine = ChangeFeed(pg_store.path)  # as a window listens: its own operations are refreshed already
    try:
        Desk(pg_store, actor="Ann").write("Add Own Trust", registry.create_organisation,
                                          OrganisationInput("Own Trust", country_iso3="KEN"))
        assert mine.wait(0.5) == []
        # Another program (the command line, another officer's computer) writes: the window hears it.
        rows = tmp_path / "organisations.csv"
        rows.write_text("name,country\nCoral Trust,Kenya\n", encoding="utf-8")
        done = cli("import", "organisations", rows, "--db", pg_store.path)
        assert done.returncode == 0, done.stderr
        found = mine.wait(1.0)
        assert found and "organisation" in found[0].tables
    finally:
        mine.close()


def test_a_lost_connection_is_one_sentence_and_reconnects(pg_store, feed, pg_cluster):
    with pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")
    with pytest.raises(FeedLost, match="no longer show by themselves"):
        for _ in range(20):
            feed.wait(0.1)
    feed.reconnect()
    Desk(pg_store, actor="Ann").write("Add Back Trust", registry.create_organisation,
                                      OrganisationInput("Back Trust", country_iso3="KEN"))
    assert feed.wait(1.0)
