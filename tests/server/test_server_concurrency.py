"""Several officers at once on the team server (docs/SERVER.md): two connections, two threads, the first
operation held open while the second runs.

- Saving a slate (a selection scenario) under one name twice at once: one is saved, the other is refused
  with the usual sentence (a row lock makes the second wait for the first, then see it).
- Closing the same renewal step twice at once: one closes it, the other is told it is already done.
- Two stale saves of one organisation: the second is refused with today's optimistic-locking message,
  whether it saved after the first or at the same instant; nothing is lost or half written.
"""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import func, select

from opn_desk.db.models import Organisation, SelectionScenario
from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationInput
from opn_desk.selection import best_slate
from opn_desk.services import registry, renewal
from opn_desk.services import selection_round as sr
from opn_desk.services.demo import TODAY as DEMO_TODAY
from opn_desk.services.desk import Desk
from opn_desk.services.errors import NotAllowed, StaleEdit


@pytest.fixture(scope="module")
def server(pg_cluster):
    """A demo desk on the server (the SPP renewal in step 3, the SPP selection round saved)."""
    from opn_desk.services.demo import generate_demo

    name = f"desk_{uuid.uuid4().hex[:12]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = pg_cluster.url(name)
    store = open_store(url, create=True)
    try:
        generate_demo(store, seed=3, organisations=300)
    finally:
        store.close()
    yield url
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def officers(server):
    """Two officers' desks on the server, each with its own connection."""
    stores = [open_store(server), open_store(server)]
    yield Desk(stores[0], actor="Ann"), Desk(stores[1], actor="Ben")
    for s in stores:
        s.close()


def _at_once(first, second) -> tuple[object, object]:
    """Run ``first`` (a Desk.write that calls ``hold()`` once its work is done, keeping its transaction
    open) and, while it holds, ``second``; returns what each returned or raised. Asserts that ``second``
    waited for ``first`` to commit."""
    holding, release = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def hold():
        holding.set()
        assert release.wait(30)

    def run(name, fn, *args):
        try:
            results[name] = fn(*args)
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
            results[name] = exc

    a = threading.Thread(target=run, args=("first", first, hold))
    a.start()
    assert holding.wait(30)
    b = threading.Thread(target=run, args=("second", second))
    b.start()
    b.join(1.0)
    waited = b.is_alive()  # still waiting for the first's lock while the first holds it
    release.set()
    a.join(30)
    b.join(30)
    assert waited, f"the second operation did not wait for the first: {results.get('second')!r}"
    return results["first"], results["second"]


def test_two_officers_saving_the_same_slate_at_once_one_is_refused_in_one_sentence(officers):
    ann, ben = officers
    call = ann.read(sr.find_call, "SPP core partners call 2026")
    slate = best_slate(ann.read(sr.get_round, call, today=DEMO_TODAY).problem()).ids

    def ann_saves(hold):
        def run(session):
            value = sr.save_scenario(session, call, "Regions first", slate)
            hold()
            return value
        return ann.write("Save scenario", run).value

    first, second = _at_once(ann_saves, lambda: ben.write("Save scenario", sr.save_scenario, call,
                                                          "regions FIRST", slate))
    assert isinstance(first, uuid.UUID)
    assert isinstance(second, NotAllowed), second
    assert "already has a scenario called 'regions FIRST'" in str(second)
    saved = ben.read(lambda s: s.scalar(select(func.count()).select_from(SelectionScenario)
                                        .where(func.lower(SelectionScenario.name) == "regions first")))
    assert saved == 1


def test_two_officers_closing_the_same_renewal_step_at_once_one_is_told_it_is_done(officers):
    ann, ben = officers
    pid = ann.read(renewal.latest_process, "SPP")
    assert [s.state for s in ann.read(renewal.get_process, pid).steps][2] == "in_progress"

    def ann_closes(hold):
        def run(session):
            value = renewal.close_step(session, pid, 3)
            hold()
            return value
        return ann.write("Close step 3", run).value

    first, second = _at_once(ann_closes, lambda: ben.write("Close step 3", renewal.close_step, pid, 3))
    assert first is False
    assert isinstance(second, NotAllowed) and "already done" in str(second), second
    step = ben.read(renewal.get_process, pid).steps[2]
    assert step.state == "done" and step.closed_by == "Ann"


def _input(desk, org, **changes) -> OrganisationInput:
    data = desk.read(registry.get_organisation, org).as_input()
    return OrganisationInput(**({f: getattr(data, f) for f in data.__dataclass_fields__} | changes))


def test_a_stale_save_after_another_officers_save_is_refused_with_todays_message(officers):
    ann, ben = officers
    org = ann.write("Add", registry.create_organisation, OrganisationInput("Stale Save Trust", country_iso3="KEN")).value
    opened = ann.read(lambda s: s.get(Organisation, org).version)  # both officers open the same version
    ann.write("Edit", registry.update_organisation, org, _input(ann, org, acronym="SST"), opened)
    with pytest.raises(StaleEdit, match="Stale Save Trust was changed since you opened it; reopen it"):
        ben.write("Edit", registry.update_organisation, org, _input(ben, org, acronym="STALE"), opened)
    assert ben.read(registry.get_organisation, org).acronym == "SST"


def test_two_saves_of_one_record_at_the_same_instant_the_second_is_refused_and_nothing_is_lost(officers):
    ann, ben = officers
    org = ann.write("Add", registry.create_organisation, OrganisationInput("Same Instant Trust",
                                                                          country_iso3="KEN")).value
    opened = ann.read(lambda s: s.get(Organisation, org).version)
    ann_input, ben_input = _input(ann, org, acronym="ANN"), _input(ben, org, acronym="BEN")

    def ann_saves(hold):
        def run(session):
            registry.update_organisation(session, org, ann_input, opened)
            session.flush()  # Ann's row is written (and locked) but not committed
            hold()
        return ann.write("Edit", run)

    started = time.perf_counter()
    first, second = _at_once(ann_saves, lambda: ben.write("Edit", registry.update_organisation, org, ben_input,
                                                          opened))
    assert not isinstance(first, Exception), first
    assert isinstance(second, StaleEdit), second
    assert "changed elsewhere while this was being saved" in str(second)
    detail = ben.read(registry.get_organisation, org)
    assert detail.acronym == "ANN" and time.perf_counter() - started < 30
    assert ben.read(lambda s: s.get(Organisation, org).version) == opened + 1


def test_two_officers_proposing_the_same_candidate_at_once_both_see_it_proposed_once(officers):
    from opn_desk.db.models import RenewalCandidate

    ann, ben = officers
    pid = ann.read(renewal.latest_process, "SPP")
    candidate = next(c for c in ann.read(renewal.list_candidates, pid)
                     if c.kind == "applicant" and not c.proposed and c.status != "Withdrawn")

    def ann_proposes(hold):
        def run(session):
            renewal.propose(session, pid, candidate.key, True, "Strong regional reach")
            hold()
        return ann.write("Propose", run)

    first, second = _at_once(ann_proposes, lambda: ben.write("Propose", renewal.propose, pid, candidate.key, True,
                                                             "Strong regional reach"))
    assert not isinstance(first, Exception), first
    assert not isinstance(second, Exception), second  # waited, then found it proposed already: nothing to do
    rows = ben.read(lambda s: s.scalars(select(RenewalCandidate).where(
        RenewalCandidate.process_id == pid, RenewalCandidate.application_id == candidate.key)).all())
    assert len(rows) == 1 and rows[0].proposed
