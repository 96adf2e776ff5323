"""The registry's search on the team server gives the same pages and counts as on the desk's file, whichever
plan PostgreSQL is steered to (matches found first through the trigram index, or read in name order), and an
uploaded desk has the planner's statistics from the start."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationQuery
from opn_desk.services import organisation_search, registry_view
from opn_desk.services.desk import Desk


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from tests.conftest import run_cli

    path = tmp_path_factory.mktemp("demo") / "desk.sqlite"
    done = run_cli("demo", "--db", path, "--organisations", "400")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def uploaded(demo_file, pg_url, cli):
    done = cli("server", "upload", "--db", demo_file, "--to", pg_url)
    assert done.returncode == 0, done.stderr
    return pg_url


def _queries(desk: Desk) -> list[tuple[OrganisationQuery, int]]:
    """Queries as officers type them: single letters, common and rare words, countries, filters, other sorts,
    later pages; each with the offset of the page asked for."""
    names = desk.read(lambda s: [n for (n,) in s.execute(text("SELECT name FROM organisation ORDER BY name"))])
    typed = [names[len(names) // 3], names[len(names) // 2]]
    words = ["s", "e", "mu", "cen", "min", "minist", "municipality", "instituto", "kenya", "ken", "nat",
             "ion", "zzzz", "uni green", "ministry of", *typed, *(n[:5] for n in typed)]
    queries = [(OrganisationQuery(text=w), 0) for w in words]
    queries += [(OrganisationQuery(text=w, descending=True), 0) for w in ("cen", "min", "s")]
    queries += [(OrganisationQuery(text=w), 50) for w in ("ion", "e", "nat")]
    queries += [(OrganisationQuery(text=w, sort="country"), 0) for w in ("min", "cen")]
    queries += [(OrganisationQuery(text="ion", regional_group="none"), 0),
                (OrganisationQuery(text="nat", stakeholder_cluster=_first(desk, "stakeholder_cluster", "organisation")), 0),
                (OrganisationQuery(text="ion", programme=_first(desk, "code", "programme")), 0)]
    return queries


def _first(desk: Desk, column: str, table: str) -> str:
    return desk.read(lambda s: s.execute(text(
        f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY {column} LIMIT 1")).scalar())


def _answers(desk: Desk, queries) -> list:
    return [(desk.read(registry_view.organisation_rows, query, offset, 200),
             desk.read(registry_view.organisation_counts, query, True, lambda: True))
            for query, offset in queries]


def test_the_server_search_gives_the_same_pages_and_counts_as_the_file(demo_file, uploaded, monkeypatch):
    file_store = open_store(demo_file, readonly=True)
    server_store = open_store(uploaded, readonly=True)
    statements: list[str] = []
    event.listen(server_store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: statements.append(statement))
    try:
        on_file, on_server = Desk(file_store, actor="File"), Desk(server_store, actor="Server")
        queries = _queries(on_file)
        expected = _answers(on_file, queries)
        assert sum(1 for rows, _ in expected if rows) > len(queries) // 2  # most queries find organisations

        found_first = _answers(on_server, queries)  # few matches on this desk: found first, then sorted
        assert any("MATERIALIZED" in s for s in statements)
        for (query, offset), want, got in zip(queries, expected, found_first, strict=True):
            assert got == want, (query, offset)

        monkeypatch.setattr(organisation_search, "SERVER_MATCHES_FIRST_LIMIT", -1)  # always read in name order
        statements.clear()
        in_name_order = _answers(on_server, queries)
        assert not any("MATERIALIZED" in s for s in statements)
        for (query, offset), want, got in zip(queries, expected, in_name_order, strict=True):
            assert got == want, (query, offset)
    finally:
        server_store.close()
        file_store.close()


def test_an_uploaded_desk_has_the_planners_statistics(uploaded):
    store = open_store(uploaded, readonly=True)
    try:
        with store.engine.connect() as con:
            analysed = set(con.execute(text(
                "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public'")).scalars())
    finally:
        store.close()
    assert {"organisation", "membership", "country"} <= analysed



def test_a_short_words_count_reads_the_listed_search_text_alone(uploaded):
    """A word of one or two letters cannot use the trigram index: its count tests every listed organisation,
    and on the server reads their search text from the narrow index of migration 0010, not the whole rows
    (the plan asked for inside the count's own transaction, just before it runs)."""
    store = open_store(uploaded, readonly=True)
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, *rest):
        if statement.lstrip().upper().startswith("SELECT COUNT"):
            plans.append("\n".join(row[0] for row in cursor.connection.execute("EXPLAIN " + statement, parameters)))

    event.listen(store.engine, "before_cursor_execute", explain)
    try:
        desk = Desk(store, actor="Server")
        (total, _), settings = desk.read(lambda s: (
            registry_view.organisation_counts(s, OrganisationQuery(text="mu"), False, lambda: True),
            s.execute(text("SELECT current_setting('enable_seqscan'), current_setting('enable_bitmapscan')")).one()))
    finally:
        store.close()
    assert total > 0
    assert "Index Only Scan using ix_organisation_listed_text" in plans[0], plans[0]
    assert tuple(settings) == ("on", "on")  # put back for the rest of the transaction
