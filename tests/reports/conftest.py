"""Fixtures for the report tests (the data and helpers live in report_fixtures.py).

The reports only read, so one database with the test call serves the whole session.
"""

from __future__ import annotations

import pytest
from report_fixtures import Built, build_call


@pytest.fixture(scope="session")
def report_store(tmp_path_factory):
    from opn_desk.db.store import open_store

    opened = open_store(tmp_path_factory.mktemp("reports") / "desk.sqlite")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def report_desk(report_store):
    from opn_desk.services.desk import Desk

    return Desk(report_store, actor="Test Officer")


@pytest.fixture(scope="session")
def built(report_desk) -> Built:
    return report_desk.write("Build a call for the report tests", build_call).value
