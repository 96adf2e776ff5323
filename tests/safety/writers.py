"""The writer processes the crash-and-fault suite starts and kills (not a test module: run as a script).

    python tests/safety/writers.py edits DB ACK SEED FIRST_SEQ   random service-layer edits until killed
    python tests/safety/writers.py open DB                       open (and so upgrade) DB like the window
    python tests/safety/writers.py race DB ACK ARGS...           `opn-desk ARGS...` at a moment given on stdin

`edits` runs real service functions through `Desk.write`, as the window's operation runner does, with
the writer's lock held like the window holds it. Before each write it appends an *intent* line to ACK,
after the commit an *acknowledgement* line flushed with fsync: what the parent may hold it to. The
parent kills it with SIGKILL at a random moment and compares the database with the acknowledgements.

`open` prints "go" before opening, "ddl" when the first schema statement runs (a global SQLAlchemy
event that only watches) and "opened" once `open_store` returned (the upgrade committed).

`race` imports the command-line code first, prints "ready", reads a moment (time.time()) from its
standard input, waits for it, then runs `opn_desk.cli.main(ARGS)`, the function the installed
`opn-desk` script calls: several processes given the same moment reach the writer's lock within a few
milliseconds of each other. It records in ACK when this process held the lock or was refused it
(wrapping `DatabaseLock.acquire`/`release`, which still do the work) and exits with the command's
exit code.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

CRASH_ORG = "Crash org"  # every organisation the edits make starts with this
PERSON_DOMAIN = "crash.example"
COUNTRIES = ("KEN", "FRA", "BRA", "IND", "NAM", "DEU", "MEX", "EGY", "VNM", "CHN", "PER", "FJI")
PROGRAMMES = ("SPP", "CI", "SFS", "SLE", "STP")


class Acks:
    """Append-only side file: intents (flushed to the kernel) and acknowledgements (fsync'ed)."""

    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def _line(self, record: dict, sync: bool) -> None:
        os.write(self.fd, (json.dumps(record, sort_keys=True) + "\n").encode())
        if sync:
            os.fsync(self.fd)

    def intent(self, record: dict) -> None:
        self._line({"intent": True, **record}, sync=False)

    def ack(self, record: dict) -> None:
        self._line(record, sync=True)


def org_name(seq: int) -> str:
    return f"{CRASH_ORG} {seq}"


def person_email(seq: int) -> str:
    return f"p{seq}@{PERSON_DOMAIN}"


def edits(db: Path, ack_path: Path, seed: int, first_seq: int) -> None:
    from dataclasses import replace

    from sqlalchemy import select

    from opn_desk.db.lock import DatabaseLock
    from opn_desk.db.models import Membership, Organisation, Person
    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk
    from opn_desk.services.errors import NotAllowed

    rnd = random.Random(seed)
    acks = Acks(ack_path)
    lock = DatabaseLock(db)
    lock.acquire()  # held until the kill, as a window holds it; the next writer finds it left behind
    store = open_store(db, create=False)
    desk = Desk(store, actor="Crash-test officer")

    def known(session):
        orgs = list(session.scalars(select(Organisation.id).where(Organisation.name.like(f"{CRASH_ORG} %"))))
        people = [(p.id, p.organisation_id) for p in session.scalars(
            select(Person).where(Person.email.like(f"%@{PERSON_DOMAIN}")))]
        active = [(m.id, m.organisation_id) for m in session.scalars(
            select(Membership).where(Membership.organisation_id.in_(orgs), Membership.status == "active"))]
        return orgs, people, active

    orgs, people, active = desk.read(known)
    print("ready", flush=True)
    seq = first_seq
    while True:
        seq += 1
        roll = rnd.random()
        if roll < 0.3 or not orgs:
            data = OrganisationInput(org_name(seq), country_iso3=rnd.choice(COUNTRIES),
                                     stakeholder_cluster="civil_society", notes=f"seq {seq}")
            acks.intent({"op": "org_create", "seq": seq})
            org_id = desk.write(f"Add {data.name}", registry.create_organisation, data).value
            orgs.append(org_id)
            acks.ack({"op": "org", "id": str(org_id), "seq": seq})
        elif roll < 0.6:
            org_id = rnd.choice(orgs)
            detail = desk.read(registry.get_organisation, org_id)
            others = () if rnd.random() < 0.5 else ((f"Crash alias {seq}", "fr"),)
            data = replace(detail.as_input(), name=org_name(seq), notes=f"seq {seq}",
                           country_iso3=rnd.choice(COUNTRIES), other_names=others)
            acks.intent({"op": "org", "id": str(org_id), "seq": seq})
            desk.write(f"Edit {detail.name}", registry.update_organisation, org_id, data, detail.version)
            acks.ack({"op": "org", "id": str(org_id), "seq": seq})
        elif roll < 0.8:
            org_id = rnd.choice(orgs)
            data = PersonInput(org_id, f"Crash person {seq}", email=person_email(seq),
                               gender=rnd.choice(("female", "male", "unknown")))
            acks.intent({"op": "person_create", "org": str(org_id), "seq": seq})
            person_id = desk.write("Add a person", registry.add_person, data).value
            people.append((person_id, org_id))
            acks.ack({"op": "person", "id": str(person_id), "org": str(org_id), "seq": seq})
        elif roll < 0.87 and people:
            person_id, org_id = rnd.choice(people)
            data = PersonInput(org_id, f"Crash person {seq}", email=person_email(seq),
                               gender=rnd.choice(("female", "male", "unknown")))
            acks.intent({"op": "person", "id": str(person_id), "org": str(org_id), "seq": seq})
            desk.write("Edit a person", registry.update_person, person_id, data)
            acks.ack({"op": "person", "id": str(person_id), "org": str(org_id), "seq": seq})
        elif roll < 0.95 or not active:
            org_id = rnd.choice(orgs)
            data = MembershipInput(org_id, rnd.choice(PROGRAMMES), "network_member", date(2025, 1, 1))
            acks.intent({"op": "membership_create", "org": str(org_id), "seq": seq})
            try:
                membership_id = desk.write("Add a membership", registry.add_membership, data).value
            except NotAllowed:  # already an active member there: refused, nothing written
                acks.ack({"op": "refused", "seq": seq})
                continue
            active.append((membership_id, org_id))
            acks.ack({"op": "membership", "id": str(membership_id), "org": str(org_id), "status": "active",
                      "seq": seq})
        else:
            membership_id, org_id = active.pop(rnd.randrange(len(active)))
            record = {"op": "membership", "id": str(membership_id), "org": str(org_id), "status": "ended",
                      "seq": seq}
            acks.intent(record)
            desk.write("End a membership", registry.end_membership, membership_id, date(2026, 1, 1), "crash test")
            acks.ack(record)


def open_database(db: Path) -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from opn_desk.db.lock import DatabaseLock
    from opn_desk.db.store import open_store

    said = []

    def watch(_conn, _cursor, statement, *_):
        if not said and statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP")):
            said.append(True)
            print("ddl", flush=True)

    event.listen(Engine, "before_cursor_execute", watch)
    lock = DatabaseLock(db)
    lock.acquire()
    print("go", flush=True)
    store = open_store(db, create=False)
    print(f"opened {store.migrated_from}", flush=True)
    store.close()
    lock.release()


def race(db: Path, ack_path: Path, argv: list[str]) -> int:
    import opn_desk.cli as cli
    import opn_desk.commands.imports  # noqa: F401 - imported before the barrier, as the lock is what races
    import opn_desk.db.store  # noqa: F401
    import opn_desk.io.spreadsheet  # noqa: F401
    import opn_desk.services.desk  # noqa: F401
    import opn_desk.services.intake_import  # noqa: F401
    from opn_desk.db import lock as lock_module

    cls = lock_module.DatabaseLock
    acquire, release = cls.acquire, cls.release
    held: dict = {}

    def note(record: dict) -> None:
        with open(ack_path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"pid": os.getpid(), **record}) + "\n")

    def recorded_acquire(self, *args, **kwargs):
        try:
            result = acquire(self, *args, **kwargs)
        except Exception as exc:
            note({"refused": time.time(), "error": type(exc).__name__})
            raise
        held["acquired"] = time.time()
        return result

    def recorded_release(self, *args, **kwargs):
        released = time.time()
        try:
            return release(self, *args, **kwargs)
        finally:
            if "acquired" in held:
                note({"acquired": held.pop("acquired"), "released": released})

    cls.acquire, cls.release = recorded_acquire, recorded_release
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    while (left := start_at - time.time()) > 0.02:
        time.sleep(left - 0.02)
    while time.time() < start_at:
        pass
    late = time.time() - start_at
    code = cli.main(argv)
    note({"late": late})
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def main(argv: list[str]) -> int:
    what = argv[0]
    if what == "edits":
        edits(Path(argv[1]), Path(argv[2]), int(argv[3]), int(argv[4]))
    elif what == "open":
        open_database(Path(argv[1]))
    elif what == "race":
        return race(Path(argv[1]), Path(argv[2]), argv[3:])
    else:
        raise SystemExit(f"unknown writer {what!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
