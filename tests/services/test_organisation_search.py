"""The registry's search index: the trigram index and the LIKE fallback find the same organisations
whatever the word length, the index follows every kind of write, and the query shapes chosen for
speed (which condition leads, which index is read) never change the answer."""

from __future__ import annotations

import random
import uuid

import pytest
from sqlalchemy import insert, select, text

from opn_desk.db.models import Country, Organisation
from opn_desk.domain.registry import OrganisationInput, OrganisationQuery
from opn_desk.domain.text import fold
from opn_desk.services import organisation_search, registry
from opn_desk.services.desk import Desk

WORDS = ["Ministry", "Environment", "Société", "Générale", "Instituto", "Ecología", "Green", "Procurement",
         "Centre", "University", "Zelenaya", "Россия", "Зелёный", "中国", "绿色", "Πράσινο", "مركز", "Kenya",
         "Eco", "Umwelt", "Naturschutz", "Agency", "Council", "Network", "Åland", "Øresund", "Çevre"]
QUERIES = ["", "m", "mi", "é", "eco", "ECO", "ecologia", "societe generale", "zz", "100%", "a_b", "中", "中国",
           "绿色", "ро", "россия", "зелен", "πράσινο", "مركز", "kenya", "kenya green", "germany", "allemagne",
           "uni", "univ", "institut", "centre m", "gre en", "çevre", "aland", "oresund", "zzzz", "un", "en"]


def _network(desk: Desk, size: int = 240) -> list[str]:
    """Organisations with names drawn from many scripts, bulk-inserted as the demo and imports do."""
    rng = random.Random(7)

    def fill(session):
        countries = session.scalars(select(Country.id).order_by(Country.iso3)).all()
        rows = []
        for i in range(size):
            name = " ".join(rng.sample(WORDS, 3)) + f" {i}"
            acronym = "".join(w[0] for w in name.split()[:3]).upper()
            rows.append({"id": uuid.uuid4(), "name": name, "acronym": acronym, "website": "", "notes": "",
                         "sort_name": fold(name), "search_text": registry.search_text(name, acronym, []),
                         "country_id": rng.choice([None, *countries]),
                         "stakeholder_cluster": rng.choice([None, "government", "civil_society"])})
        session.execute(insert(Organisation), rows)
        return [r["name"] for r in rows]

    return desk.write("Bulk add", fill).value


def _answers(desk: Desk, queries) -> dict:
    found = {}
    for q in queries:
        rows = desk.read(registry.search_organisations, q, 0, 1000)
        found[q] = ([r.name for r in rows], desk.read(registry.count_organisations, q))
    return found


def _queries() -> list[OrganisationQuery]:
    queries = [OrganisationQuery(text=t) for t in QUERIES]
    queries += [OrganisationQuery(text=t, sort=s, descending=d) for t in ("", "e", "eco", "kenya")
                for s in ("country", "acronym", "stakeholder_cluster") for d in (False, True)]
    queries += [OrganisationQuery(text=t, regional_group=g) for t in ("", "a", "green") for g in ("AFRICA", "none")]
    queries += [OrganisationQuery(text=t, stakeholder_cluster="government") for t in ("", "m", "centre")]
    return queries


@pytest.mark.file_only("the SQLite desk's FTS5 trigram index; the server's pg_trgm search: tests/server")
def test_the_index_is_made_and_used(desk):
    assert desk.read(organisation_search.index_in_use)
    assert desk.read(organisation_search.index_problems) == []


@pytest.mark.file_only("FTS5 against LIKE on the SQLite desk; the server's search: tests/server")
def test_index_like_and_every_query_shape_give_the_same_answers(desk, monkeypatch):
    _network(desk)
    queries = _queries()
    indexed = _answers(desk, queries)
    # The same questions answered by LIKE alone, as on an SQLite without FTS5 trigrams.
    support = desk.read(organisation_search._support)
    monkeypatch.setattr(support, "indexed", False)
    assert _answers(desk, queries) == indexed
    monkeypatch.setattr(support, "indexed", True)
    # Whichever condition leads (or none), the rows and counts are the same.
    for limit in (0, 10**9):
        monkeypatch.setattr(organisation_search, "PAGE_LEAD_LIMIT", limit)
        monkeypatch.setattr(organisation_search, "COUNT_LEAD_LIMIT", limit)
        assert _answers(desk, queries) == indexed
    assert sum(1 for names, count in indexed.values() if count) > len(queries) // 2  # not all empty


@pytest.mark.parametrize("word", ["m", "mi", "é", "中", "ро"])
def test_one_and_two_letter_words_match_anywhere_in_the_names(desk, word):
    names = _network(desk)
    expected = sorted((n for n in names if fold(word) in fold(n)), key=fold)
    found = [r.name for r in desk.read(registry.search_organisations, OrganisationQuery(text=word), 0, 1000)]
    assert found == expected and len(found) > 0
    assert desk.read(registry.count_organisations, OrganisationQuery(text=word)) == len(expected)


def test_longer_words_are_substrings_too(desk):
    names = _network(desk)
    for word in ("nviron", "ologi", "оссия", "绿色中", "rocurem"):
        expected = {n for n in names if fold(word) in fold(n)}
        found = {r.name for r in desk.read(registry.search_organisations, OrganisationQuery(text=word), 0, 1000)}
        assert found == expected, word


def _names(desk, words: str) -> list[str]:
    return [r.name for r in desk.read(registry.search_organisations, OrganisationQuery(text=words), 0, 100)]


def test_the_index_follows_creates_edits_deletes_undo_and_redo(desk):
    org = desk.write("Add", registry.create_organisation, OrganisationInput("Quetzal Procurement Forum")).value
    assert _names(desk, "quetzal") == ["Quetzal Procurement Forum"]
    detail = desk.read(registry.get_organisation, org)
    data = detail.as_input()
    fields = {f: getattr(data, f) for f in data.__dataclass_fields__}
    fields.update(name="Axolotl Buyers Circle", other_names=(("Cercle des acheteurs", "fr"),))
    desk.write("Rename", registry.update_organisation, org, OrganisationInput(**fields), detail.version)
    assert _names(desk, "quetzal") == []
    assert _names(desk, "axolotl") == _names(desk, "acheteurs") == ["Axolotl Buyers Circle"]
    desk.undo()
    assert _names(desk, "quetzal") == ["Quetzal Procurement Forum"] and _names(desk, "axolotl") == []
    desk.redo()
    assert _names(desk, "axolotl") == ["Axolotl Buyers Circle"]
    desk.write("Delete", registry.delete_organisation, org)
    assert _names(desk, "axolotl") == []
    desk.undo()
    assert _names(desk, "axolotl") == ["Axolotl Buyers Circle"]
    assert desk.read(organisation_search.index_problems) == []


def test_bulk_inserts_are_indexed(desk):
    names = _network(desk, 50)
    word = fold(names[0]).split()[0]
    assert names[0] in _names(desk, f"{word} {names[0].split()[-1]}")
    assert desk.read(organisation_search.index_problems) == []


def test_merged_organisations_stay_hidden(desk):
    keep = desk.write("Add", registry.create_organisation, OrganisationInput("Tapir Green Network")).value
    gone = desk.write("Add", registry.create_organisation, OrganisationInput("Tapir Green Netwrk")).value

    def merge(session):
        session.get(Organisation, gone).merged_into_id = keep
    desk.write("Merge", merge)
    for words in ("tapir", "ta", "tapir green"):
        assert _names(desk, words) == ["Tapir Green Network"]
        assert desk.read(registry.count_organisations, OrganisationQuery(text=words)) == 1


@pytest.mark.file_only("stopped through SQLite's progress handler; a server count is not stopped")
def test_a_count_nobody_waits_for_is_stopped(desk):
    _network(desk, 3000)
    query = OrganisationQuery(text="e")  # a LIKE over every row: many SQLite steps
    with pytest.raises(organisation_search.CountStopped):
        desk.read(organisation_search.count_organisations, query, lambda: True)
    asked = []

    def stop_after_the_start() -> bool:
        asked.append(1)
        return len(asked) > 1  # wanted when it starts, not any more once SQLite is under way

    with pytest.raises(organisation_search.CountStopped):
        desk.read(organisation_search.count_organisations, query, stop_after_the_start)
    # The connection is left as it was: later counts run to the end.
    assert desk.read(organisation_search.count_organisations, query, lambda: False) == \
        desk.read(registry.count_organisations, query) > 0


def test_without_the_index_search_still_works(tmp_path):
    """A database whose SQLite had no trigram tokenizer when it was made: LIKE answers everything."""
    from opn_desk.db.store import open_store

    path = tmp_path / "plain.sqlite"
    store = open_store(path)
    with store.engine.begin() as con:
        for trigger in ("insert", "delete", "update"):
            con.execute(text(f"DROP TRIGGER organisation_search_{trigger}"))
        con.execute(text("DROP TABLE organisation_search"))
    store.close()
    store = open_store(path)
    try:
        desk = Desk(store, actor="Test")
        assert not desk.read(organisation_search.index_in_use)
        desk.write("Add", registry.create_organisation, OrganisationInput("Okapi Ecolabel Board", country_iso3="KEN"))
        assert _names(desk, "okapi") == _names(desk, "ok") == _names(desk, "kenya") == ["Okapi Ecolabel Board"]
        assert desk.read(organisation_search.index_problems) == []
    finally:
        store.close()


def test_an_index_out_of_step_is_found_and_can_be_rebuilt(tmp_path):
    """Rows copied in around the triggers (as a careless migration would) leave the index behind."""
    from opn_desk.db.store import open_store

    path = tmp_path / "desk.sqlite"
    store = open_store(path)
    desk = Desk(store, actor="Test")
    _network(desk, 20)
    with store.engine.begin() as con:
        con.execute(text("DROP TRIGGER organisation_search_insert"))
        con.execute(text("INSERT INTO organisation (id, name, acronym, website, notes, sort_name, search_text, "
                         "created_at, updated_at, version) VALUES ('ab' || hex(randomblob(15)), 'Hidden Heron Trust', "
                         "'', '', '', 'hidden heron trust', 'hidden heron trust', '2026-01-01', '2026-01-01', 1)"))
    assert desk.read(organisation_search.index_problems)  # FTS5's own check, the database writable
    store.close()
    readonly = open_store(path, readonly=True)
    try:
        problems = Desk(readonly, actor="Test").read(organisation_search.index_problems)
        assert "organisation_search_insert is missing" in problems[0]
        assert "21 organisations" in problems[1]  # the read-only check
    finally:
        readonly.close()
    store = open_store(path)
    try:
        desk = Desk(store, actor="Test")
        desk.write("Rebuild the search index", organisation_search.rebuild_index)
        assert desk.read(organisation_search.index_problems) == []
        assert _names(desk, "heron") == ["Hidden Heron Trust"]
    finally:
        store.close()
