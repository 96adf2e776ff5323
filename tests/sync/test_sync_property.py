"""The merge, checked by a hypothesis state machine: 2 to 5 laptops of one desk on a tiny key space.

Random creates, edits, deletes, links (other names) and unlinks, merges of organisations, pins and
picks of a selection round (collections merged element by element; some naming organisations, which
follow merges), undos (of decisions too: they reopen the conflict), decisions, exports and
deliveries (reordered, duplicated, dropped, relayed through other laptops). Checked:

- importing a bundle again changes nothing;
- after a full exchange every laptop holds the same records, heads and conflicts, whatever the order
  bundles were read in;
- no edit is lost: a model computed from every operation any laptop wrote predicts each field's heads
  (the operations no other operation supersedes) and the value each laptop shows, a collection's
  elements (pins, picks) and the order every laptop lists them in included.

CI runs a small profile (well under a minute); ``OPN_DESK_SYNC_EXAMPLES=300 OPN_DESK_SYNC_STEPS=60``
runs a larger one (docs/SYNC.md).
"""

from __future__ import annotations

import atexit
import json
import os
import random
import shutil
import tempfile
import uuid
from pathlib import Path

import sync_world as world
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from opn_desk.db.models import Call, Organisation, OrganisationName, Programme, SelectionRound
from opn_desk.domain.text import fold
from opn_desk.services import duplicates
from opn_desk.services.errors import DeskError
from opn_desk.services.sync import conflicts, exchange

EXAMPLES = int(os.environ.get("OPN_DESK_SYNC_EXAMPLES", "20"))
STEPS = int(os.environ.get("OPN_DESK_SYNC_STEPS", "25"))
VALUES = ("a", "b", "c")
FIELDS = ("name", "acronym", "notes")
_ROOT = Path(tempfile.mkdtemp(prefix="opn-sync-property-"))
atexit.register(shutil.rmtree, _ROOT, True)


def _provisional(heads: list[dict]):
    """The model's value of a field: the greatest head by (clock, origin, sequence)."""
    best = max(heads, key=lambda op: (op["hlc"], op["origin"], op["seq"]))
    return best["value"]


class Desks(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(dir=_ROOT))
        self.laptops: list[world.Laptop] = []
        self.mail: list[tuple[int, Path]] = []  # (sender, bundle)
        self.ops: dict[str, dict] = {}  # every operation any laptop wrote, by global id
        self.collected: list[int] = []
        self.made = 0

    def first_laptop(self) -> world.Laptop:
        """The desk's first laptop, which the others are cloned from (tests/server/test_server_property.py
        puts it on PostgreSQL)."""
        return world.first_laptop(self.folder)

    @initialize(count=st.integers(2, 5), seeds=st.integers(0, 3))
    def start(self, count, seeds):
        first = self.first_laptop()
        first.desk.write("Round", self._round)
        for n in range(seeds):
            first.desk.write("Seed", self._create, f"seed{n}")
        self.laptops.append(first)
        for i in range(1, count):
            self.laptops.append(world.clone(first, self.folder, f"laptop{i}", f"Officer {i}"))
        self.collected = [0] * count
        for i in range(count):
            self._collect(i)

    def teardown(self):
        try:
            if self.laptops:
                self.full_exchange(random.Random(len(self.ops)))  # every run ends with everyone agreeing
        finally:
            self._close()

    def _close(self):
        for laptop in self.laptops:
            laptop.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers
    @staticmethod
    def _round(session):
        from datetime import date

        programme = session.scalar(select(Programme.id).where(Programme.code == "SPP"))
        call = Call(programme_id=programme, role="core_partner", title="Round", opens_on=date(2026, 1, 1),
                    closes_on=date(2026, 4, 30))
        session.add(call)
        session.flush()
        session.add(SelectionRound(call_id=call.id, seats=3, rules=[], pins={}, picked=[]))

    def _id(self) -> uuid.UUID:
        """Ids drawn in order, so that a failing example replays the same (slots pick records by id)."""
        self.made += 1
        return uuid.UUID(int=(0x5EED << 64) | self.made)

    def _create(self, session, name):
        org = Organisation(id=self._id(), name=name, sort_name=fold(name), search_text=fold(name))
        session.add(org)
        session.flush()
        return org.id

    def _collect(self, i: int) -> None:
        new = self.laptops[i].desk.read(world.own_ops, self.collected[i])
        for op in new:
            self.ops[op["id"]] = op
            self.collected[i] = max(self.collected[i], op["seq"])

    def _orgs(self, i: int) -> list[uuid.UUID]:
        return self.laptops[i].desk.read(
            lambda s: sorted(s.scalars(select(Organisation.id)).all(), key=str))

    def _write(self, i: int, description: str, fn, *args) -> None:
        try:
            self.laptops[i].desk.write(description, fn, *args)
        except DeskError:
            pass
        self._collect(i)

    def _pick(self, i: int, slot: int):
        orgs = self._orgs(i)
        return orgs[slot % len(orgs)] if orgs else None

    # -- local edits
    @rule(i=st.integers(0, 4), name=st.sampled_from(VALUES))
    def create(self, i, name):
        i %= len(self.laptops)
        self._write(i, "Create", self._create, name)

    @rule(i=st.integers(0, 4), slot=st.integers(0, 5), field=st.sampled_from(FIELDS), value=st.sampled_from(VALUES))
    def edit(self, i, slot, field, value):
        i %= len(self.laptops)
        org_id = self._pick(i, slot)
        if org_id is None:
            return

        def run(session):
            org = session.get(Organisation, org_id)
            setattr(org, field, value)
            if field == "name":
                org.sort_name = fold(value)
        self._write(i, "Edit", run)

    @rule(i=st.integers(0, 4), slot=st.integers(0, 5))
    def delete(self, i, slot):
        i %= len(self.laptops)
        org_id = self._pick(i, slot)
        if org_id is None:
            return

        def run(session):
            org = session.get(Organisation, org_id)
            if session.scalar(select(Organisation.id).where(
                    (Organisation.parent_id == org_id) | (Organisation.merged_into_id == org_id))) is None:
                session.delete(org)
        self._write(i, "Delete", run)

    @rule(i=st.integers(0, 4), slot=st.integers(0, 5), value=st.sampled_from(VALUES))
    def link(self, i, slot, value):
        i %= len(self.laptops)
        org_id = self._pick(i, slot)
        if org_id is None:
            return

        def run(session):
            session.add(OrganisationName(id=self._id(), organisation_id=org_id, name=value, language=""))
        self._write(i, "Link", run)

    @rule(i=st.integers(0, 4), slot=st.integers(0, 5))
    def unlink(self, i, slot):
        i %= len(self.laptops)
        org_id = self._pick(i, slot)
        if org_id is None:
            return

        def run(session):
            name = session.scalars(select(OrganisationName).where(OrganisationName.organisation_id == org_id)
                                   .order_by(OrganisationName.name, OrganisationName.id)).first()
            if name is not None:
                session.delete(name)
        self._write(i, "Unlink", run)

    @rule(i=st.integers(0, 4), keep=st.integers(0, 5), merge=st.integers(0, 5))
    def merge(self, i, keep, merge):
        """Merge duplicates: the merged record's links move to the one kept, and links other laptops add
        to it meanwhile follow (docs/SYNC.md)."""
        i %= len(self.laptops)
        a, b = self._pick(i, keep), self._pick(i, merge)
        if a is None or a == b:
            return
        self._write(i, "Merge", duplicates.merge_organisations, a, b)

    @rule(i=st.integers(0, 4), key=st.sampled_from(VALUES), pin=st.sampled_from([True, False, None]))
    def pin(self, i, key, pin):
        i %= len(self.laptops)

        def run(session):
            r = session.scalars(select(SelectionRound)).first()
            if r is None:
                return  # the round's creation undone
            pins = dict(r.pins or {})
            if pin is None:
                pins.pop(key, None)
            else:
                pins[key] = pin
            r.pins = pins
        self._write(i, "Pin", run)

    @rule(i=st.integers(0, 4), key=st.sampled_from(VALUES), add=st.booleans())
    def pick(self, i, key, add):
        i %= len(self.laptops)

        def run(session):
            r = session.scalars(select(SelectionRound)).first()
            if r is None:
                return
            picked = [k for k in (r.picked or []) if k != key]
            r.picked = [*picked, key] if add else picked
        self._write(i, "Pick", run)

    @rule(i=st.integers(0, 4), slot=st.integers(0, 5), pin=st.sampled_from([True, False, None]), add=st.booleans())
    def choose_organisation(self, i, slot, pin, add):
        """Pins and picks naming an organisation: they follow a merge made on another laptop."""
        i %= len(self.laptops)
        org_id = self._pick(i, slot)
        if org_id is not None:
            self.pin(i, str(org_id), pin)
            self.pick(i, str(org_id), add)

    @rule(i=st.integers(0, 4))
    def undo(self, i):
        i %= len(self.laptops)
        try:
            self.laptops[i].desk.undo()
        except DeskError:
            pass  # nothing to undo, or refused because a merged edit touched the same field
        self._collect(i)

    @rule(i=st.integers(0, 4), keep=st.integers(1, 2), free=st.booleans())
    def decide(self, i, keep, free):
        i %= len(self.laptops)
        found = self.laptops[i].desk.read(conflicts.open_conflicts)
        if not found:
            return
        c = found[0]
        if free and c.column != "deleted":
            self._write(i, "Decide", lambda s: conflicts.resolve(s, str(c.id), value="decided"))
        else:
            self._write(i, "Decide", lambda s: conflicts.resolve(s, str(c.id), keep=keep))

    @rule(i=st.integers(0, 4), keep=st.integers(1, 2), free=st.booleans())
    def decide_and_undo(self, i, keep, free):
        """An officer decides, then takes the decision back: the conflict reopens (docs/SYNC.md, "Undo")."""
        self.decide(i, keep, free)
        self.undo(i)

    @rule(i=st.integers(0, 4), j=st.integers(0, 4), slot=st.integers(0, 5), field=st.sampled_from(FIELDS),
          keep=st.integers(1, 2), between=st.booleans())
    def clash_then_undo_the_decision(self, i, j, slot, field, keep, between):
        """Two laptops edit one field apart and meet; one decides, perhaps sends the decision, and takes it
        back: the conflict reopens there and wherever the undo arrives."""
        i, j = i % len(self.laptops), j % len(self.laptops)
        if i == j:
            return
        self._send(i, j)
        self._send(j, i)
        org_id = self._pick(i, slot)
        if org_id is None:
            return
        self.edit_org(i, org_id, field, "x")
        self.edit_org(j, org_id, field, "y")
        self._send(i, j)
        self._send(j, i)
        self.decide(i, keep, False)
        if between:
            self._send(i, j)
        self.undo(i)
        self._send(i, j)

    def _send(self, i: int, j: int) -> None:
        path = self.folder / f"bundle{len(self.mail)}.opnsync"
        exchange.export_bundle(self.laptops[i].desk, path)
        self.mail.append((i, path))
        exchange.import_bundles(self.laptops[j].desk, [path], make_backup=False)
        self._collect(i)
        self._collect(j)

    def edit_org(self, i: int, org_id, field: str, value: str) -> None:
        def run(session):
            org = session.get(Organisation, org_id)
            if org is None:
                return
            setattr(org, field, value)
            if field == "name":
                org.sort_name = fold(value)
        self._write(i, "Edit", run)

    # -- exchanges
    @rule(i=st.integers(0, 4))
    def export(self, i):
        i %= len(self.laptops)
        path = self.folder / f"bundle{len(self.mail)}.opnsync"
        exchange.export_bundle(self.laptops[i].desk, path)
        self._collect(i)
        self.mail.append((i, path))

    @precondition(lambda self: self.mail)
    @rule(to=st.integers(0, 4), which=st.integers(0, 50))
    def deliver(self, to, which):
        to %= len(self.laptops)
        _sender, path = self.mail[which % len(self.mail)]  # any bundle, any order, again or never
        laptop = self.laptops[to]
        exchange.import_bundles(laptop.desk, [path], make_backup=False)
        self._collect(to)  # a link moved after a merge is an operation of the importing laptop
        before = laptop.desk.read(world.state)
        exchange.import_bundles(laptop.desk, [path], make_backup=False)
        assert laptop.desk.read(world.state) == before, "importing the same bundle again changed the desk"

    # -- the checks
    @rule(order_seed=st.randoms(use_true_random=False))
    def full_exchange(self, order_seed):
        """Everyone sends a bundle; everyone reads all of them in a random order; all agree. A link moved
        after a merge is a new operation of the laptop that read the merge: it travels in the next round,
        so rounds go on until one brings nothing new (at most three)."""
        # One draw: how many rounds run depends on the records' random ids, so the shuffles must not draw.
        rng = random.Random(order_seed.getrandbits(32))
        for _round in range(3):
            bundles = []
            for i, laptop in enumerate(self.laptops):
                path = self.folder / f"round{len(self.mail)}-{i}.opnsync"
                exchange.export_bundle(laptop.desk, path)
                self.mail.append((i, path))
                bundles.append(path)
            written = dict(enumerate(self.collected))
            for i, laptop in enumerate(self.laptops):
                order = list(bundles)
                rng.shuffle(order)
                for path in order:
                    exchange.import_bundles(laptop.desk, [path], make_backup=False)
                self._collect(i)
            if all(self.collected[i] == n for i, n in written.items()):
                break
        states = [laptop.desk.read(world.state) for laptop in self.laptops]
        for other in states[1:]:
            assert other == states[0], "laptops disagree after a full exchange"
        ids = [sorted(str(c.id) for c in laptop.desk.read(conflicts.open_conflicts)) for laptop in self.laptops]
        assert all(x == ids[0] for x in ids), "laptops list different conflicts"
        self._check_model(states[0])

    def _check_model(self, held: dict) -> None:
        ops = self.ops
        # An undone decision (a reopen operation supersedes it) stands no more: what it superseded stands
        # again unless another operation that still stands supersedes it (docs/SYNC.md, "Undo").
        reverted = {s for op in ops.values() if op["kind"] == "reopen" for s in op["supersedes"]}
        superseded = {s for op in ops.values() if op["kind"] != "reopen" and op["id"] not in reverted
                      for s in op["supersedes"]}
        heads: dict[tuple, list[dict]] = {}
        for op in ops.values():
            if op["kind"] in ("audit", "reopen") or op["id"] in superseded or op["id"] in reverted:
                continue
            heads.setdefault((op["tbl"], op["rec"], op["field"]), []).append(op)
        expected = sorted((t, r, f, op["id"]) for (t, r, f), hs in heads.items() for op in hs)
        assert held["heads"] == expected, "the heads differ from those computed from every operation"
        # Every field of a live record shows its provisional value (no edit silently replaced).
        for table, fields in (("organisation", world.ORG_FIELDS), ("organisation_name", world.NAME_FIELDS)):
            for rec, values in held[table].items():
                for name, value in zip(fields, values, strict=True):
                    hs = heads.get((table, str(rec), name))
                    if hs:
                        want = _provisional(hs)
                        shown = str(value) if isinstance(value, uuid.UUID) else value
                        assert shown == want, f"{table}.{name} shows {shown!r}, the operations say {want!r}"
        # Pins and picks: each key or element decided by its own heads; picks listed in the order first added.
        # A round that stays while a delete is among its row's heads starts from what its newest delete
        # recorded (docs/SYNC.md, "Deletes"); keys and elements with heads of their own are decided by them.
        for rec, (pins, picked) in held["selection_round"].items():
            deletes = [op for op in heads.get(("selection_round", str(rec), ""), []) if op["kind"] == "delete"]
            seen = max(deletes, key=lambda op: (op["hlc"], op["origin"], op["seq"]))["value"] or {} if deletes else {}
            base_pins, base_picked = dict(seen.get("pins") or {}), list(seen.get("picked") or [])
            decided = {f for (t, r, f) in heads if t == "selection_round" and r == str(rec)}
            want_pins = {k: v for k, v in base_pins.items() if f"pins[{k}]" not in decided}
            present = {}
            for (t, r, f), hs in heads.items():
                if t != "selection_round" or r != str(rec) or "[" not in f:
                    continue
                column, key = f[:-1].split("[", 1)
                if column == "pins" and _provisional(hs) is not None:
                    want_pins[key] = _provisional(hs)
                if column == "picked" and any(op["value"] is not None for op in hs):
                    present[key] = min((op["hlc"], op["origin"], op["seq"]) for op in hs if op["value"] is not None)
            assert pins == want_pins, f"pins {pins} differ from the operations' {want_pins}"
            kept = [k for k in base_picked if f"picked[{k}]" not in decided]
            assert picked == kept + sorted(present, key=lambda k: (present[k], k)), f"picks {picked} differ from {present}"
        # A record is gone only when deletes that saw every edit of it are all its row's heads.
        for (table, rec, name), hs in heads.items():
            if table not in held:
                continue  # the selection round's call: made once, never edited
            if name == "" and all(op["kind"] == "delete" for op in hs):
                edited = any(k[0] == table and k[1] == rec and k[2] != "" for k in heads)
                present = uuid.UUID(rec) in held[table]
                if edited:
                    assert present, f"a {table} edited without seeing its delete was lost"
            if name == "" and any(op["kind"] == "create" for op in hs):
                assert uuid.UUID(rec) in held[table], f"a {table} added without seeing a delete was lost"


TestMerge = Desks.TestCase
TestMerge.settings = settings(max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
                              suppress_health_check=list(HealthCheck), derandomize=not os.environ.get(
                                  "OPN_DESK_SYNC_RANDOM"))


def test_model_helpers_agree_on_a_tiny_case():
    ops = [{"hlc": 1, "origin": "a", "seq": 1, "value": "x"}, {"hlc": 2, "origin": "b", "seq": 1, "value": "y"}]
    assert _provisional(ops) == "y"
    assert json.loads(json.dumps(ops)) == ops
