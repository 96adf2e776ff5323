"""Passwords for the server never travel in the address: the keyring's is handed to libpq, and a
computer without a keyring is told the other way in one sentence."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from opn_desk.db.engine import ServerAddress, open_server_engine, save_password


class _MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_the_keyrings_password_reaches_the_server_and_never_the_address(pg_cluster, memory_keyring, monkeypatch):
    import psycopg

    address = ServerAddress(pg_cluster.url("postgres"))
    save_password(address, "from-the-keyring")
    seen = {}
    real = psycopg.connect

    def connect(conninfo, **kwargs):
        seen.update(conninfo=conninfo, **kwargs)
        return real(conninfo, **kwargs)

    monkeypatch.setattr(psycopg, "connect", connect)
    engine = open_server_engine(address)
    try:
        with engine.connect() as con:
            assert con.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        engine.dispose()
    assert seen["password"] == "from-the-keyring"
    assert "from-the-keyring" not in seen["conninfo"] and "from-the-keyring" not in str(engine.url)


def test_saving_a_password_without_a_keyring_says_what_to_do_instead(cli):
    done = cli("server", "password", "--db", "postgresql://officer@db.example.org/desk", input="hunter2-x\n",
               env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert done.returncode == 2
    assert "PGPASSFILE" in done.stderr and done.stderr.count("\n") == 1
    assert "hunter2-x" not in done.stdout + done.stderr


def test_the_window_on_an_unreachable_server_says_so_in_one_sentence(cli):
    # The window opens servers now (tests/server/test_server_window.py); one it cannot reach is one sentence.
    done = cli("--db", "postgresql://officer@db.example.org/desk", "--smoke")
    assert done.returncode == 2
    assert "could not connect to the server at postgresql://officer@db.example.org/desk" in done.stderr
    assert "Traceback" not in done.stderr
