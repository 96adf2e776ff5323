"""An import killed part-way (SIGKILL) changes nothing and can be run again (docs/SYNC.md)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
import sync_world as world
from sqlalchemy import insert

from opn_desk.db.models import Organisation, utcnow
from opn_desk.services.audit import BulkCreate
from opn_desk.services.sync import exchange

pytestmark = [pytest.mark.crash, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]
ROWS = 3000


def _bulk(session, count):
    now = utcnow()
    rows = [{"id": uuid.uuid4(), "name": f"Org {n}", "acronym": "", "country_id": None, "stakeholder_cluster": None,
             "organisation_type": None, "website": "", "parent_id": None, "notes": "", "sort_name": f"org {n}",
             "search_text": f"org {n}", "merged_into_id": None, "created_at": now, "updated_at": now, "version": 1}
            for n in range(count)]
    session.execute(insert(Organisation), rows)
    session.info["operation"].changes.append(BulkCreate("organisation", rows))


def _count(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM organisation").fetchone()[0], \
            con.execute("SELECT count(*) FROM sync_op").fetchone()[0]
    finally:
        con.close()


def test_an_import_killed_part_way_leaves_the_desk_as_it_was(tmp_path, cli, opn_desk_command):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "b", "Bob")
    b.desk.write("Bulk", _bulk, ROWS)
    bundle = tmp_path / "b.opnsync"
    exchange.export_bundle(b.desk, bundle)
    a.close()
    b.close()
    before = _count(a.path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    killed = 0
    for delay in (0.4, 0.7, 0.9, 1.1, 1.3, 1.6):
        proc = subprocess.Popen([opn_desk_command, "sync", "import", "--db", str(a.path), str(bundle)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        if proc.returncode == 0:
            break
        r = cli("check", "--db", a.path)
        assert r.returncode == 0, r.stdout + r.stderr
        assert _count(a.path) == before  # nothing of the killed import stayed
    assert killed >= 1
    r = cli("sync", "import", "--db", a.path, bundle)
    assert r.returncode == 0, r.stderr
    orgs, _ops = _count(a.path)
    assert orgs == before[0] + ROWS
    r = cli("sync", "import", "--db", a.path, bundle)
    assert r.returncode == 0 and r.stdout.startswith("0 changes")
