"""Duplicate detection says why it matched; merging keeps every membership and the history."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from opn_desk.db.models import Application, AuditEntry, Membership, Organisation
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.domain.text import fold
from opn_desk.services import registry
from opn_desk.services.duplicates import (
    DuplicateCandidate,
    DuplicateIndex,
    duplicates_of,
    email_domain,
    fast_fold,
    find_duplicates,
    merge_organisations,
    merge_side,
    name_key,
    website_domain,
)
from opn_desk.services.errors import NotAllowed


def _org(desk, name, **fields) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, **fields)).value


def _person(desk, org_id, name, email="") -> uuid.UUID:
    return desk.write("Add person", registry.add_person, PersonInput(org_id, name, email)).value


def _index(desk) -> DuplicateIndex:
    return desk.read(DuplicateIndex.build)


def _why(matches, org_id) -> str:
    found = [m for m in matches if m.org_id == org_id]
    assert found, f"expected a match, got {[m.describe() for m in matches]}"
    return " | ".join(found[0].reasons)


# ------------------------------------------------------------------------------------------- keys

def test_name_keys_set_case_accents_punctuation_and_legal_forms_aside():
    assert name_key("Société Générale S.A.") == name_key("Societe Generale") == "societegenerale"
    assert name_key("ACME Ltd.") == name_key("Acme") == name_key("acme, inc")
    assert name_key("The Ministry of the Environment") == name_key("Ministry Environment")
    assert name_key("Green Peace") == name_key("Greenpeace")
    # "Foundation" is part of a name: the Ford Foundation is not the Ford company.
    assert name_key("Ford Foundation") != name_key("Ford")
    assert name_key("S.A.") == "sa"  # never empty because of a legal form alone


def test_fast_fold_is_fold():
    for text in ["Société Générale S.A.", "ACME_Ltd. (UK)", "  spaced\tout  ", "Московский центр", "中国绿色",
                 "Smith & Sons <Ltd>", "Ǆemal", "ﬁnance", "İstanbul"]:
        assert fast_fold(text) == fold(text)


def test_domains():
    assert website_domain("https://www.unep.org/about?x=1") == "unep.org"
    assert website_domain("wedocs.unep.org") == "unep.org"
    assert website_domain("http://www.ucl.ac.uk") == "ucl.ac.uk"
    assert website_domain("facebook.com/somegroup") == ""
    assert website_domain("not a website") == ""
    assert email_domain("jane@mail.unep.org") == "unep.org"
    for public in ("x@gmail.com", "x@yahoo.fr", "x@yahoo.co.uk", "x@hotmail.com", "x@outlook.com"):
        assert email_domain(public) == ""


# ----------------------------------------------------------------------------------------- reasons

def test_acronym_against_the_initials_of_a_name_both_ways(desk):
    unep = _org(desk, "United Nations Environment Programme", country_iso3="KEN")
    fao = _org(desk, "Food and Agriculture Organization of the United Nations", acronym="FAO", country_iso3="ITA")
    index = _index(desk)
    assert "the acronym UNEP matches the initials of United Nations Environment Programme" in \
        _why(index.match(DuplicateCandidate("UNEP")), unep)
    assert "initials" in _why(index.match(DuplicateCandidate("Some body", acronym="U.N.E.P.")), unep)
    # The other way round: a registry acronym against the candidate's initials.
    assert "its acronym FAO matches the initials of Food and Agriculture Organization" in \
        _why(index.match(DuplicateCandidate("Food and Agriculture Organization")), fao)


def test_legal_form_and_accents_do_not_hide_a_name(desk):
    sg = _org(desk, "Société Générale S.A.", country_iso3="FRA")
    matches = _index(desk).match(DuplicateCandidate("Societe Generale", country_iso3="FRA"))
    assert matches[0].org_id == sg and matches[0].certain
    assert "legal form" in matches[0].reasons[0] and "same country" in matches[0].reasons[0]
    elsewhere = _index(desk).match(DuplicateCandidate("SOCIETE GENERALE", country_iso3="SEN"))
    assert not elsewhere[0].certain and "another country" in elsewhere[0].reasons[0]


def test_website_and_email_domains(desk):
    unep = _org(desk, "United Nations Environment Programme", acronym="UNEP", website="https://www.unep.org",
                country_iso3="KEN")
    iclei = _org(desk, "ICLEI - Local Governments for Sustainability", country_iso3="DEU")
    _person(desk, iclei, "Ana", "ana@iclei.org")
    _person(desk, iclei, "Bo", "bo@gmail.com")
    index = _index(desk)
    assert "the same website domain unep.org" in _why(index.match(DuplicateCandidate("UN Environment",
                                                                                    website="unep.org/x")), unep)
    assert "the e-mail domain unep.org is its website's domain" in \
        _why(index.match(DuplicateCandidate("UN Environment", emails=("x@unep.org",))), unep)
    assert "e-mail addresses are at iclei.org" in \
        _why(index.match(DuplicateCandidate("Local Governments", emails=("y@iclei.org",))), iclei)
    # Public mail services say nothing about who someone works for.
    assert index.match(DuplicateCandidate("Unrelated", emails=("z@gmail.com",))) == []
    # Website plus an acronym: certain, even under another name.
    best = index.match(DuplicateCandidate("UN Environment", acronym="UNEP", website="https://unep.org",
                                          country_iso3="KEN"))[0]
    assert best.org_id == unep and best.certain


def test_other_names_in_any_language(desk):
    unep = _org(desk, "United Nations Environment Programme", country_iso3="KEN",
                other_names=(("Programme des Nations Unies pour l'environnement", "fr"),
                             ("Программа ООН по окружающей среде", "ru")))
    index = _index(desk)
    assert "its other name" in _why(index.match(DuplicateCandidate("Programme des Nations unies pour "
                                                                   "l’Environnement")), unep)
    assert "its other name" in _why(index.match(DuplicateCandidate("ПРОГРАММА ООН ПО ОКРУЖАЮЩЕЙ СРЕДЕ")), unep)
    assert "the other name" in _why(index.match(DuplicateCandidate(
        "PNUE", other_names=("United Nations Environment Programme",))), unep)


def test_merged_organisations_are_not_offered(desk):
    keep = _org(desk, "Green Planet Network", country_iso3="KEN")
    gone = _org(desk, "Green Planet Network Ltd", country_iso3="KEN")
    desk.write("Merge", merge_organisations, keep, gone)
    ids = [m.org_id for m in _index(desk).match(DuplicateCandidate("Green Planet Network", country_iso3="KEN"))]
    assert ids == [keep]


def test_find_duplicates_for_live_warnings(desk):
    unep = _org(desk, "United Nations Environment Programme", website="https://www.unep.org", country_iso3="KEN")
    _org(desk, "Unrelated Trust", country_iso3="KEN")
    acme = _org(desk, "Acme Sustainability Services GmbH", country_iso3="DEU")
    _person(desk, acme, "Jo", "jo@acme-sust.de")
    assert desk.read(find_duplicates, DuplicateCandidate("UNEP"))[0].org_id == unep
    assert desk.read(find_duplicates, DuplicateCandidate("X", website="unep.org"))[0].org_id == unep
    assert desk.read(find_duplicates, DuplicateCandidate("ACME Sustainability Services"))[0].org_id == acme
    assert desk.read(find_duplicates, DuplicateCandidate("Y", emails=("a@acme-sust.de",)))[0].org_id == acme
    assert desk.read(find_duplicates, DuplicateCandidate("Completely different")) == []
    assert desk.read(find_duplicates, DuplicateCandidate("UNEP"), exclude=[unep]) == []


# ------------------------------------------------------------------------------------------ merging

def test_merge_keeps_memberships_people_applications_children_and_history(desk):
    keep = _org(desk, "United Nations Environment Programme", country_iso3="KEN")
    dup = _org(desk, "UN Environment", acronym="UNEP", website="https://unep.org", country_iso3="KEN",
               other_names=(("PNUE", "fr"),))
    child = _org(desk, "UNEP Copenhagen Climate Centre", parent_id=dup, country_iso3="DNK")
    person = _person(desk, dup, "Inger", "inger@unep.org")
    membership = desk.write("Join", registry.add_membership, MembershipInput(dup, "SPP", "core_partner",
                                                                           date(2024, 1, 1), date(2026, 1, 1),
                                                                           representative_id=person)).value
    ended = desk.write("Join", registry.add_membership, MembershipInput(dup, "CI", "network_member",
                                                                      date(2020, 1, 1))).value
    desk.write("End", registry.end_membership, ended, date(2021, 1, 1))

    result = desk.write("Merge UN Environment into UNEP", merge_organisations, keep, dup).value
    assert (result.people, result.memberships, result.children) == (1, 2, 1)

    detail = desk.read(registry.get_organisation, keep)
    assert {m.programme_code for m in detail.memberships} == {"SPP", "CI"}  # ended ones too: history
    assert [p.name for p in detail.people] == ["Inger"]
    assert {n for n, _ in detail.other_names} == {"PNUE", "UN Environment"}
    assert detail.acronym == "UNEP" and detail.website == "https://unep.org"  # gaps filled, nothing overwritten
    assert desk.read(registry.get_organisation, child).parent_id == keep

    def check(session):
        merged = session.get(Organisation, dup)
        assert merged.merged_into_id == keep  # kept for history, hidden from the registry
        assert session.get(Membership, membership).organisation_id == keep
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.description == "Merge UN Environment into UNEP")) >= 4
    desk.read(check)
    from opn_desk.domain.registry import OrganisationQuery
    names = [r.name for r in desk.read(registry.search_organisations, OrganisationQuery(), 0, 50)]
    assert "UN Environment" not in names
    # The kept organisation is found under the merged name, and the merge undoes as one step.
    assert [r.name for r in desk.read(registry.search_organisations, OrganisationQuery(text="UN Environment"),
                                      0, 50)] == ["United Nations Environment Programme"]
    desk.undo()
    assert desk.read(registry.get_organisation, dup).people[0].name == "Inger"
    desk.read(lambda s: s.get(Organisation, dup).merged_into_id is None) or pytest.fail("undo kept the merge")


def test_merge_moves_applications(desk):
    from opn_desk.db.models import Programme

    keep = _org(desk, "Keep Org", country_iso3="KEN")
    dup = _org(desk, "Keep Org Ltd", country_iso3="KEN")

    def add_application(session):
        programme = session.scalar(select(Programme).where(Programme.code == "SPP"))
        session.add(Application(organisation_id=dup, programme_id=programme.id, role="network_member",
                                received_on=date(2025, 1, 1)))
    desk.write("Apply", add_application)
    assert desk.write("Merge", merge_organisations, keep, dup).value.applications == 1
    assert desk.read(lambda s: s.scalar(select(Application.organisation_id))) == keep


def test_merge_refusals(desk):
    a = _org(desk, "Alpha", country_iso3="KEN")
    b = _org(desk, "Alpha Ltd", country_iso3="KEN")
    c = _org(desk, "Alpha Inc", country_iso3="KEN")
    with pytest.raises(NotAllowed, match="itself"):
        desk.write("Merge", merge_organisations, a, a)
    desk.write("Merge", merge_organisations, a, b)
    with pytest.raises(NotAllowed, match="merge into that one"):
        desk.write("Merge", merge_organisations, b, c)
    with pytest.raises(NotAllowed, match="already been merged"):
        desk.write("Merge", merge_organisations, c, b)


def test_merge_never_makes_a_circle_of_parents(desk):
    top = _org(desk, "Top", country_iso3="KEN")
    middle = _org(desk, "Middle", parent_id=top, country_iso3="KEN")
    bottom = _org(desk, "Bottom", parent_id=middle, country_iso3="KEN")
    desk.write("Merge", merge_organisations, bottom, middle)  # keep the child, merge its parent away
    assert desk.read(registry.get_organisation, bottom).parent_id == top


def test_duplicates_of_an_existing_record_say_why_and_leave_out_itself(desk):
    agency = _org(desk, "German Environment Agency", acronym="UBA", country_iso3="DEU")
    other = _org(desk, "Umweltbundesamt", acronym="UBA", country_iso3="DEU", website="https://www.uba.de")
    _person(desk, agency, "Anna Becker", "anna@uba.de")
    _org(desk, "Nordic Swan Ecolabel", acronym="NSE", country_iso3="SWE")
    matches = desk.read(duplicates_of, other)
    assert [m.org_id for m in matches] == [agency]
    assert matches[0].reasons and all(m.org_id != other for m in matches)


def test_merge_side_counts_what_each_record_holds(desk):
    org = _org(desk, "Ghana Standards Authority", acronym="GSA", country_iso3="GHA")
    person = _person(desk, org, "Kwame Mensah")
    desk.write("Add", registry.add_membership,
               MembershipInput(org, "SPP", "core_partner", date(2024, 1, 1), date(2026, 1, 1), person))
    side = desk.read(merge_side, org)
    assert (side.name, side.acronym, side.country, side.people, side.memberships, side.active_memberships,
            side.applications, side.merged) == ("Ghana Standards Authority", "GSA", "Ghana", 1, 1, 1, 0, False)
