"""A bundle holding a kind of change a later version of OPN Desk added is refused as "newer", never
called damaged (docs/SYNC.md, "The file format")."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from opn_desk.services.sync import SyncError, bundle
from opn_desk.services.sync.apply import WireOp


def _bundle(kind: str) -> tuple[bytes, uuid.UUID, bytes]:
    desk, sender, key = uuid.uuid4(), uuid.uuid4(), os.urandom(32)
    op = WireOp(sender, 1, 1, "Ann", uuid.uuid4(), "organisation", uuid.uuid4(), "name", kind, "Green Buyers")
    made = bundle.Bundle(None, desk, sender, "Nairobi laptop", "0009", "9.9", {str(sender): 1}, {sender: "Nairobi laptop"},
                         {}, [op])
    return bundle.encode(made, key), desk, key


def test_a_known_kind_reads_back():
    data, desk, key = _bundle("set")
    read = bundle.decode(Path("x.opnsync"), data, desk=desk, key=key, known_schemas=("0009",))
    assert [(op.kind, op.value) for op in read.ops] == [("set", "Green Buyers")]


def test_a_kind_of_change_this_version_does_not_know_asks_for_an_update(monkeypatch):
    monkeypatch.setitem(bundle.CODES, "rename", "n")  # as a later version would write it
    data, desk, key = _bundle("rename")
    monkeypatch.delitem(bundle.CODES, "rename")
    with pytest.raises(SyncError, match="newer version of OPN Desk"):
        bundle.decode(Path("x.opnsync"), data, desk=desk, key=key, known_schemas=("0009",))
