"""The two forms of an action (gui/core/operations.py) and the typed change description views watch.

- a `ReadOp` delivers only its latest answer: an older read's answer (or failure) is dropped;
- a `WriteOp` with progress that the officer cancels writes nothing, leaves no undo step and says
  "Cancelled";
- a view refreshes on the kinds of records it shows (services/changes.py), not on others.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

T = 10_000


def _wait_idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.runner.idle, timeout=T)


def test_a_newer_read_supersedes_an_older_one(window, qtbot):
    from opn_desk.gui.core.operations import ReadOp

    release = threading.Event()

    def echo(_session, value):
        if value == "first":
            assert release.wait(10)  # the first answer is still coming when the second read is asked
        return value

    got, failed = [], []
    read = ReadOp(window.runner, echo)
    read.run("first", success=got.append, failure=failed.append)
    assert read.pending
    read.run("second", success=got.append, failure=failed.append)
    release.set()
    qtbot.waitUntil(lambda: got == ["second"], timeout=T)
    _wait_idle(window, qtbot)
    assert got == ["second"] and not failed and not read.pending


def test_a_dropped_read_delivers_nothing_not_even_its_failure(window, qtbot, boxes):
    from opn_desk.gui.core.operations import ReadOp

    def broken(_session):
        raise KeyError("stale")

    got = []
    read = ReadOp(window.runner, broken)
    read.run(success=got.append, failure=got.append)
    read.drop()  # the view closed, or the officer asked something else
    _wait_idle(window, qtbot)
    assert got == [] and boxes.shown == [] and not read.pending


def test_an_interruptible_read_learns_when_a_newer_read_supersedes_it(window, qtbot):
    """A long query (the registry's count) gets ``wanted()``: True while it is the latest read, False once
    a newer one is asked, so it can stop early; only the newer answer is delivered."""
    from opn_desk.gui.core.operations import ReadOp

    started, release = threading.Event(), threading.Event()
    seen = {}

    def count(_session, value, wanted):
        seen.setdefault(value, []).append(wanted())
        if value == "first":
            started.set()
            assert release.wait(10)
            seen[value].append(wanted())  # asked again after the newer read
        return value

    got = []
    read = ReadOp(window.runner, count, interruptible=True)
    read.run("first", success=got.append)
    assert started.wait(10)
    read.run("second", success=got.append)
    release.set()
    qtbot.waitUntil(lambda: got == ["second"], timeout=T)
    _wait_idle(window, qtbot)
    assert seen == {"first": [True, False], "second": [True]} and got == ["second"]


def _organisations(window) -> int:
    from sqlalchemy import func, select

    from opn_desk.db.models import Organisation

    return window.runner.desk.read(lambda s: s.scalar(select(func.count(Organisation.id))))


def test_cancelling_a_write_op_writes_nothing(window, qtbot):
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.domain.work import stop_if_asked
    from opn_desk.gui.core.operations import WriteOp
    from opn_desk.services import registry

    before = _organisations(window)
    undo_before = window.runner.undo_text
    pressed = threading.Event()
    outcome, said, changed = {}, [], []
    window.runner.message.connect(said.append)
    window.runner.changed.connect(changed.append)

    def add_many(session, names, *, progress, abort):
        for i, name in enumerate(names):
            registry.create_organisation(session, OrganisationInput(name=name))
            session.flush()
            progress((i + 1) / len(names), name)
            if i == 0:
                assert pressed.wait(10)  # the officer presses Cancel after the first one is written
            stop_if_asked(abort)

    (WriteOp("Add three organisations", add_many, ["Alpha Cancel Trust", "Beta Cancel Trust", "Gamma Cancel Trust"])
     .with_progress("Adding organisations…")
     .success(lambda o: outcome.setdefault("saved", o))
     .cancelled(lambda: outcome.setdefault("cancelled", True))
     .run_in(window.runner, window))
    dialogs = lambda: [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=T)
    (cancel,) = dialogs()[0].findChildren(QPushButton)
    cancel.click()
    pressed.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=T)
    _wait_idle(window, qtbot)
    assert outcome == {"cancelled": True}
    assert _organisations(window) == before  # the transaction rolled back: not even the first one
    assert window.runner.undo_text == undo_before and window.runner.desk.undo_text() == undo_before
    assert changed == [] and not any(s.startswith("Saved") for s in said)


def test_a_write_op_runs_as_one_undoable_step(window, qtbot):
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.gui.core.operations import WriteOp
    from opn_desk.services import registry

    before = _organisations(window)
    saved, changed = [], []
    window.runner.changed.connect(changed.append)
    WriteOp("Add Delta Op Trust", registry.create_organisation, OrganisationInput(name="Delta Op Trust")) \
        .success(saved.append).run_in(window.runner, window)
    qtbot.waitUntil(lambda: bool(changed), timeout=T)
    assert _organisations(window) == before + 1 and window.runner.undo_text == "Add Delta Op Trust"
    (outcome,) = saved
    assert outcome.changes.touches("organisation") and outcome.value in outcome.changes.ids_of("organisation")


@pytest.mark.parametrize(("kinds", "refreshed"), [
    (("organisation",), True), (("membership",), True), (("renewal", "review"), False), (("setting",), False),
])
def test_the_registry_refreshes_on_the_kinds_it_shows_only(window, qtbot, monkeypatch, kinds, refreshed):
    from opn_desk.services.changes import ChangeSet
    from opn_desk.services.desk import Outcome

    page = window.registry
    calls = []
    monkeypatch.setattr(page.model, "refresh", lambda: calls.append(True))
    window.runner.changed.emit(Outcome(None, "A change elsewhere", changes=ChangeSet.of_kinds(*kinds)))
    assert bool(calls) is refreshed


def test_the_change_description_names_kinds_not_tables(window):
    from opn_desk.services.changes import ChangeSet, kind_of

    assert kind_of("organisation_name") == "organisation" and kind_of("application_transition") == "application"
    assert kind_of("some_new_table") == "some_new_table"  # never silently ignored
    assert not ChangeSet() and ChangeSet.of_kinds("call").kinds == {"call"}


def test_a_read_asked_after_the_desk_closed_is_dropped_without_an_error(window, qtbot):
    """A list refreshing on a timer or on the last change's broadcast after the window closed the desk
    (the worker stopped) asks nothing and raises nothing in the event loop."""
    from opn_desk.gui.core.operations import ReadOp

    _wait_idle(window, qtbot)
    window.runner.shutdown()
    got = []
    ReadOp(window.runner, lambda _session: "late").run(success=got.append, failure=got.append)
    window.runner.read(lambda _session: "late", success=got.append, failure=got.append)
    qtbot.wait(50)
    assert got == [] and window.runner.database.stopped
