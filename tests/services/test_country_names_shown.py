"""Countries are named in the officer's language (issue 16): the UN's French and Spanish names from the
reference data, in the registry, its search and lists, and in documents printed in another language."""

from __future__ import annotations

import pytest

from opn_desk.domain.registry import OrganisationInput, OrganisationQuery
from opn_desk.i18n import install, report_language
from opn_desk.services import countries, registry
from opn_desk.services.first_rows import read_first_rows


@pytest.fixture
def in_language():
    def use(code: str) -> None:
        install(None if code == "en" else (lambda _context, text: text), code)
    yield use
    install(None)


@pytest.fixture
def german(desk):
    return desk.write("Add", registry.create_organisation, OrganisationInput("Umweltbundesamt", country_iso3="DEU")).value


@pytest.mark.parametrize(("code", "name"), [("en", "Germany"), ("fr", "Allemagne"), ("es", "Alemania")])
def test_the_registry_names_the_country_in_the_officers_language(desk, store, german, in_language, code, name):
    in_language(code)
    assert desk.read(registry.get_organisation, german).country_name == name
    rows = desk.read(registry.search_organisations, OrganisationQuery(text="Umwelt"))
    assert [r.country for r in rows] == [name]
    # the window's first rows, read from the desk file before the services are up, agree with the registry's page
    if not store.on_server:  # (a server desk has no file: its window waits for the services)
        first = read_first_rows(store.path)
        assert [r.country for r in first if r.name == "Umweltbundesamt"] == [name]


def test_the_list_of_countries_is_in_the_officers_alphabetical_order(desk, in_language):
    in_language("fr")
    names = [c.name for c in desk.read(countries.list_countries)]
    assert "Allemagne" in names and "Germany" not in names
    assert names.index("Allemagne") < names.index("Belgique") < names.index("Espagne")
    in_language("es")
    names = [c.name for c in desk.read(countries.list_countries)]
    assert names.index("Alemania") < names.index("Bélgica") < names.index("España")


def test_a_document_in_another_language_names_countries_in_its_language(desk, german, in_language):
    in_language("fr")  # a French window printing a Spanish document
    with report_language("es"):
        assert desk.read(registry.get_organisation, german).country_name == "Alemania"
    assert desk.read(registry.get_organisation, german).country_name == "Allemagne"


def test_sorting_by_country_follows_the_names_shown(desk, in_language):
    for name, iso3 in (("Org A", "DEU"), ("Org B", "ESP"), ("Org C", "AUT")):
        desk.write("Add", registry.create_organisation, OrganisationInput(name, country_iso3=iso3))
    in_language("fr")  # Allemagne, Autriche, Espagne
    rows = desk.read(registry.search_organisations, OrganisationQuery(text="Org", sort="country"))
    assert [r.country for r in rows] == ["Allemagne", "Autriche", "Espagne"]
    in_language("en")  # Austria, Germany, Spain
    rows = desk.read(registry.search_organisations, OrganisationQuery(text="Org", sort="country"))
    assert [r.country for r in rows] == ["Austria", "Germany", "Spain"]
