"""Officers editing the same organisations at once on the team server, and the check that no accepted
edit was lost (tests/server/test_server_concurrent_edits.py, tests/benchmarks/server_bench.py).

Each officer is a thread with their own connection (``open_store``) and ``Desk``, named in the history.
For ``seconds`` each one, again and again: opens an organisation of a small shared set (overlapping on
purpose), changes one field (its notes or its acronym) to a value no one else writes, and saves it through
``registry.update_organisation`` with the version they opened, as the window does. A save refused as stale
(another officer saved the organisation since) is counted, and the officer reopens it and makes the same
change again on what they now see.

``lost_updates`` then reads the audit trail: for every organisation and field, the accepted saves must form
one line from the value before the officers started to the value the record holds now, each save having
been made on the value the previous one left (its ``before`` is what the officer saw). Two saves made on
the same value (a fork), a save whose ``before`` is not what its officer saw, an accepted save missing from
the history, a change nobody was told was accepted, or a field changed by carrying a stale value along: each
is a lost (or unaccounted) update, and is described in one line.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

FIELDS = ("notes", "acronym")
DESCRIPTION = "Edit organisation (simultaneous officers)"


@dataclass(frozen=True)
class Edit:
    officer: str
    org_id: uuid.UUID
    field: str
    seen: str  # the field's value when the officer opened the organisation
    value: str  # what they saved


@dataclass
class Outcome:
    seconds: float = 0.0
    accepted: list[Edit] = field(default_factory=list)
    refusals: int = 0  # stale saves refused (the officer reopened and tried again)
    save_ms: list[float] = field(default_factory=list)  # every save, accepted or refused
    accepted_ms: list[float] = field(default_factory=list)  # from opening to the accepted save, retries included
    failures: list[str] = field(default_factory=list)  # anything but a stale refusal: a bug
    initial: dict[tuple[uuid.UUID, str], str] = field(default_factory=dict)


def _input(detail, **changes):
    from opn_desk.domain.registry import OrganisationInput

    data = detail.as_input()
    return OrganisationInput(**({f: getattr(data, f) for f in data.__dataclass_fields__} | changes))


def run_officers(url: str, org_ids: list[uuid.UUID], *, officers: int, seconds: float, seed: int = 1) -> Outcome:
    """``officers`` threads editing ``org_ids`` for ``seconds``; what was accepted, refused and how long."""
    from opn_desk.db.store import open_store
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk
    from opn_desk.services.errors import StaleEdit

    outcome = Outcome()
    lock = threading.Lock()
    reader = open_store(url)
    try:
        desk = Desk(reader, actor="Before")
        for org in org_ids:
            detail = desk.read(registry.get_organisation, org)
            for name in FIELDS:
                outcome.initial[(org, name)] = getattr(detail, name)
    finally:
        reader.close()
    stores = [open_store(url) for _ in range(officers)]
    start = threading.Barrier(officers + 1)

    def officer(number: int) -> None:
        name = f"Officer {number:02d}"
        desk = Desk(stores[number], actor=name)
        rng = random.Random(seed * 1000 + number)
        start.wait()
        deadline = time.monotonic() + seconds
        made = 0
        while time.monotonic() < deadline:
            org, which = rng.choice(org_ids), rng.choice(FIELDS)
            made += 1
            value = f"O{number:02d}#{made}" if which == "acronym" else f"Note {made} by {name}"
            opened = time.perf_counter()
            try:
                while True:  # as an officer: reopen after a stale refusal and make the change again
                    detail = desk.read(registry.get_organisation, org)
                    t0 = time.perf_counter()
                    try:
                        desk.write(DESCRIPTION, registry.update_organisation, org,
                                   _input(detail, **{which: value}), detail.version)
                    except StaleEdit:
                        with lock:
                            outcome.save_ms.append((time.perf_counter() - t0) * 1000)
                            outcome.refusals += 1
                        continue
                    done = time.perf_counter()
                    with lock:
                        outcome.save_ms.append((done - t0) * 1000)
                        outcome.accepted_ms.append((done - opened) * 1000)
                        outcome.accepted.append(Edit(name, org, which, getattr(detail, which), value))
                    break
            except Exception as exc:  # noqa: BLE001 - reported: anything but a stale refusal is a failure
                with lock:
                    outcome.failures.append(f"{name}: {type(exc).__name__}: {exc}")
                return

    threads = [threading.Thread(target=officer, args=(k,), daemon=True) for k in range(officers)]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join(seconds + 120)
    outcome.seconds = time.perf_counter() - began
    if any(t.is_alive() for t in threads):
        outcome.failures.append("an officer's save did not finish within two minutes of the end")
    for s in stores:
        s.close()
    return outcome


def lost_updates(url: str, outcome: Outcome) -> list[str]:
    """Each accepted edit lost, or change unaccounted for, per the audit trail and the records now."""
    from opn_desk.db.models import AuditEntry, Organisation
    from opn_desk.db.store import open_store

    orgs = sorted({org for org, _ in outcome.initial})
    store = open_store(url)
    try:
        with store.sessions()() as session:
            entries = session.execute(
                select(AuditEntry.record_id, AuditEntry.actor, AuditEntry.changes)
                .where(AuditEntry.table_name == "organisation", AuditEntry.action == "update",
                       AuditEntry.description == DESCRIPTION, AuditEntry.record_id.in_(orgs))).all()
            final = {org.id: org for org in session.scalars(select(Organisation).where(Organisation.id.in_(orgs)))}
            now = {(org_id, name): getattr(org, name) for org_id, org in final.items() for name in FIELDS}
    finally:
        store.close()
    problems: list[str] = []
    accepted = {(e.org_id, e.field, e.value): e for e in outcome.accepted}
    # What the history says each save did, field by field: (org, field) -> [(before, after, actor)].
    written: dict[tuple[uuid.UUID, str], list[tuple[str, str, str]]] = {}
    for record_id, actor, changes in entries:
        for name in FIELDS:
            if name in changes:
                before, after = changes[name]
                written.setdefault((record_id, name), []).append((before, after, actor))
    for key, saves in written.items():
        for before, after, actor in saves:
            edit = accepted.get((*key, after))
            if edit is None:
                problems.append(f"{actor} changed {key[1]} of {key[0]} to {after!r}, which no accepted save of theirs "
                                "wrote (a stale value carried along, or a save reported as refused)")
            elif edit.officer != actor or edit.seen != before:
                problems.append(f"{edit.officer}'s save of {key[1]} {after!r} on {key[0]} was made on {before!r}, "
                                f"not on {edit.seen!r} they saw")
    for edit in outcome.accepted:
        if (edit.value, edit.officer) not in {(a, who) for _, a, who in written.get((edit.org_id, edit.field), [])}:
            problems.append(f"{edit.officer}'s accepted save of {edit.field} {edit.value!r} is not in the history")
    for key, initial in outcome.initial.items():
        after_of = {}
        for before, after, _actor in written.get(key, []):
            if before in after_of:
                problems.append(f"two saves of {key[1]} on {key[0]} were both made on {before!r} (one was lost): "
                                f"{after_of[before]!r} and {after!r}")
            after_of[before] = after
        value, line = initial, 0
        while value in after_of and line <= len(after_of):
            value, line = after_of[value], line + 1
        if line != len(written.get(key, [])):
            problems.append(f"the saves of {key[1]} on {key[0]} do not form one line from {initial!r}")
        if value != now[key]:
            problems.append(f"{key[1]} of {key[0]} is {now[key]!r}, not {value!r}, the last save in the history")
    return problems
