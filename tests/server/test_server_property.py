"""The laptop merge's property test (tests/sync/test_sync_property.py) with one replica on the team server.

The same hypothesis state machine, rules and checks (re-importing a bundle changes nothing; after a full
exchange every replica holds the same records, heads and conflicts, whatever order the bundles were read
in; no edit is lost, as a model computed from every operation predicts), with the desk's first laptop,
laptop 0, a desk on PostgreSQL: the others are cloned from it as ``opn-desk sync clone --db postgresql://…``
does (``exchange.clone_desk``, which downloads the server's desk into a file), and it exports, imports,
undoes and decides as the team server does (docs/SERVER.md, "Hub for laptops").

A server database is made once per module (migrated, with the desk's identity, as the SQLite test's
template file) and each example's desk is ``CREATE DATABASE … TEMPLATE`` of it, dropped afterwards; the
copy is another database, so it forks an identity of its own at its first write, as a copied file does.

CI runs a small profile (well under a minute and a half here). A larger one, for a change to the merge's
server branches (``oplog.insert_ignoring``, ``apply``'s server branch)::

    OPN_DESK_SERVER_SYNC_EXAMPLES=100 OPN_DESK_SERVER_SYNC_STEPS=60 \\
        .venv/bin/python -m pytest tests/server/test_server_property.py -q -p no:cacheprovider

(``OPN_DESK_SYNC_RANDOM=1`` draws new examples each run instead of the same derandomized ones.)
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))  # the SQLite test's own modules

import sync_world as world  # noqa: E402
from test_sync_property import Desks  # noqa: E402

from opn_desk.db.store import open_store  # noqa: E402
from opn_desk.services.desk import Desk  # noqa: E402
from opn_desk.services.sync import exchange, identity  # noqa: E402

EXAMPLES = int(os.environ.get("OPN_DESK_SERVER_SYNC_EXAMPLES", "8"))
STEPS = int(os.environ.get("OPN_DESK_SERVER_SYNC_STEPS", "25"))
TEMPLATE = "desk_property_template"
_SERVER: dict = {}  # the cluster, for the examples (hypothesis' test case takes no fixtures)
_NUMBERS = itertools.count(1)


@pytest.fixture(scope="module", autouse=True)
def server_template(pg_cluster):
    """The template desk on the server: migrated, with an identity (as sync_world.template's file)."""
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
    store = open_store(pg_cluster.url(TEMPLATE), create=True)
    try:
        Desk(store, actor="setup").write("Set up", lambda s: identity.current(s))
    finally:
        store.close()
    _SERVER["cluster"] = pg_cluster
    yield
    _SERVER.clear()
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')


class ServerLaptop(world.Laptop):
    """Laptop 0 on the server: a database of its own, copied from the template and dropped at close."""

    def __init__(self, actor: str):
        self.cluster = _SERVER["cluster"]
        self.database = f"desk_property_{os.getpid()}_{next(_NUMBERS)}"
        with self.cluster.admin() as admin:
            admin.execute(f'CREATE DATABASE "{self.database}" TEMPLATE "{TEMPLATE}"')
        self.path = self.cluster.url(self.database)
        self.store = open_store(self.path)
        assert self.store.on_server
        self.desk = Desk(self.store, actor=actor)

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            with self.cluster.admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')


class DesksWithServer(Desks):
    def first_laptop(self) -> world.Laptop:
        """As sync_world.first_laptop: the copy forks its own identity at the first write (another database,
        as a restored dump), and the template's identity is forgotten so history can be pruned."""
        laptop = ServerLaptop("Officer 0")
        try:
            old = laptop.desk.read(lambda s: identity.current(s, claim=False)).replica_id
            laptop.desk.write("Start", lambda s: identity.current(s))
            assert laptop.desk.read(lambda s: identity.current(s, claim=False)).name.startswith(identity.SERVER_NAME)
            exchange.forget(laptop.desk, str(old))
        except BaseException:
            laptop.close()
            raise
        return laptop


TestMergeWithServer = DesksWithServer.TestCase
TestMergeWithServer.settings = settings(max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
                                        suppress_health_check=list(HealthCheck), derandomize=not os.environ.get(
                                            "OPN_DESK_SYNC_RANDOM"))
