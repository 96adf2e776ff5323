"""The vocabularies' one table: every value is recognised in the Terms of Reference's words, the
window's labels and short labels, its code, and the network's French and Spanish forms, in any case,
with or without accents and whatever the spacing; anything else gets the closest labels."""

from __future__ import annotations

import pytest

from opn_desk.domain import vocab
from opn_desk.domain.programmes import PROGRAMMES as PROGRAMME_INFO
from opn_desk.domain.renewal import SHORT_CLUSTER, SHORT_GROUP
from opn_desk.domain.vocab import (
    APPLICATION_STATUSES,
    CONTRIBUTIONS,
    GENDERS,
    MEMBERSHIP_STATUSES,
    ORGANISATION_TYPES,
    PROGRAMMES,
    REGIONAL_GROUPS,
    ROLES,
    STAKEHOLDER_CLUSTERS,
    ApplicationStatus,
    Gender,
    MembershipStatus,
    OrganisationType,
    RegionalGroup,
    Role,
    StakeholderCluster,
    Term,
    Vocabulary,
    programme_vocabulary,
    spelling_key,
)

VOCABULARIES = {
    "clusters": STAKEHOLDER_CLUSTERS, "roles": ROLES, "genders": GENDERS, "programmes": PROGRAMMES,
    "application statuses": APPLICATION_STATUSES, "membership statuses": MEMBERSHIP_STATUSES,
    "organisation types": ORGANISATION_TYPES, "regional groups": REGIONAL_GROUPS, "contributions": CONTRIBUTIONS,
}
ENUMS = {STAKEHOLDER_CLUSTERS: StakeholderCluster, ROLES: Role, GENDERS: Gender,
         APPLICATION_STATUSES: ApplicationStatus, MEMBERSHIP_STATUSES: MembershipStatus,
         ORGANISATION_TYPES: OrganisationType, REGIONAL_GROUPS: RegionalGroup}


# ------------------------------------------------------------------------ the Terms of Reference

@pytest.mark.parametrize(("written", "code"), [
    # SPP ToR section 2.2, "Stakeholder balance": the five stakeholder cluster groups, word for word.
    ("Government agencies", "government"),
    ("UN agencies and other inter-governmental organisations", "intergovernmental"),
    ("Civil society organisations", "civil_society"),
    ("Scientific and technical organisations", "scientific_technical"),
    ("Private sector", "private_sector"),
    # ... in US spelling, and without the hyphen
    ("UN agencies and other intergovernmental organizations", "intergovernmental"),
    ("Civil society organizations", "civil_society"),
])
def test_the_tors_cluster_wording_is_a_cluster(written, code):
    assert STAKEHOLDER_CLUSTERS.code(written) == code


@pytest.mark.parametrize(("vocabulary", "written", "code"), [
    # "Geographical balance": the five regional groups as the ToR names them.
    (REGIONAL_GROUPS, "Africa", "AFRICA"),
    (REGIONAL_GROUPS, "Asia and the Pacific", "APG"),
    (REGIONAL_GROUPS, "Western Europe and Others", "WEOG"),
    (REGIONAL_GROUPS, "Latin America and the Caribbean (LAC)", "GRULAC"),
    (REGIONAL_GROUPS, "LAC", "GRULAC"),
    (REGIONAL_GROUPS, "Eastern Europe", "EEG"),
    # Section 2: co-leads, core partners and network members.
    (ROLES, "Co-Leads", "co_lead"),
    (ROLES, "Core Partners", "core_partner"),
    (ROLES, "Programme Core Partners", "core_partner"),
    (ROLES, "Member of the SPP Programme's Network", "network_member"),
    (ROLES, "Network members", "network_member"),
    # "a female as designated representative"
    (GENDERS, "female", "female"),
    # The programme's own name for itself.
    (PROGRAMMES, "Sustainable Public Procurement Programme", "SPP"),
    (PROGRAMMES, "One Planet Network Sustainable Public Procurement Programme", "SPP"),
    (PROGRAMMES, "SPP programme", "SPP"),
    (PROGRAMMES, "Consumer Information", "CI"),
    (PROGRAMMES, "Sustainable Lifestyles and Education", "SLE"),
    # Section 2.1: "financial and/or in-kind contribution ... such as through dedicated staff"
    (CONTRIBUTIONS, "in-kind contribution", "in_kind"),
    (CONTRIBUTIONS, "dedicated staff", "staff_time"),
])
def test_the_tors_other_wording(vocabulary, written, code):
    assert vocabulary.code(written) == code


# --------------------------------------------------------------------- codes and the window's words

@pytest.mark.parametrize("name", VOCABULARIES)
def test_every_code_label_and_short_label_is_recognised(name):
    vocabulary = VOCABULARIES[name]
    for term in vocabulary:
        for written in (term.code, term.label, term.short_label, term.code.upper(), term.label.lower()):
            assert vocabulary.code(written) == term.code, (name, written)


@pytest.mark.parametrize("name", VOCABULARIES)
def test_every_listed_spelling_means_its_own_code(name):
    vocabulary = VOCABULARIES[name]
    for term in vocabulary:
        for spelling in term.spellings:
            assert vocabulary.code(spelling) == term.code, (name, spelling)


@pytest.mark.parametrize("name", VOCABULARIES)
def test_every_value_has_a_french_and_a_spanish_form(name):
    """The first French and Spanish forms are the ones a later version can show as labels."""
    for term in VOCABULARIES[name]:
        assert term.fr and term.es, (name, term.code)


def test_the_enums_and_the_tables_hold_the_same_codes_and_the_enums_read_their_labels_there():
    for vocabulary, enum in ENUMS.items():
        assert set(vocabulary.codes) == {m.value for m in enum}
        for member in enum:
            assert member.label == vocabulary.label(member.value)
    assert [p.code for p in PROGRAMME_INFO] == list(PROGRAMMES.codes)
    assert vocab.group_label("APG") == "Asia and the Pacific" and vocab.group_label(None) == "No group"
    assert OrganisationType.UN_AGENCY.label == "UN agency" and OrganisationType.NGO.label == "NGO"


def test_the_window_labels_of_one_list_are_distinct():
    for name, vocabulary in VOCABULARIES.items():
        labels = [t.label for t in vocabulary]
        shorts = [t.short_label for t in vocabulary]
        assert len(set(labels)) == len(labels) and len(set(shorts)) == len(shorts), name


def test_report_short_labels_come_from_the_table():
    assert {k: v for k, v in SHORT_GROUP.items() if k} == {t.code: t.short_label for t in REGIONAL_GROUPS}
    assert {k: v for k, v in SHORT_CLUSTER.items() if k} == {t.code: t.short_label for t in STAKEHOLDER_CLUSTERS}
    assert SHORT_CLUSTER["intergovernmental"] == "UN / IGO" and SHORT_GROUP["APG"] == "Asia-Pacific"


# ------------------------------------------------------------------------------ French and Spanish

@pytest.mark.parametrize(("vocabulary", "written", "code"), [
    (STAKEHOLDER_CLUSTERS, "Société civile", "civil_society"),
    (STAKEHOLDER_CLUSTERS, "Sector privado", "private_sector"),
    (STAKEHOLDER_CLUSTERS, "Secteur privé", "private_sector"),
    (STAKEHOLDER_CLUSTERS, "Sociedad civil", "civil_society"),
    (STAKEHOLDER_CLUSTERS, "Organismos de las Naciones Unidas", "intergovernmental"),
    (STAKEHOLDER_CLUSTERS, "Organismes des Nations Unies et autres organisations intergouvernementales",
     "intergovernmental"),
    (STAKEHOLDER_CLUSTERS, "Organismos gubernamentales", "government"),
    (STAKEHOLDER_CLUSTERS, "Organisations scientifiques et techniques", "scientific_technical"),
    (STAKEHOLDER_CLUSTERS, "Organizaciones científicas y técnicas", "scientific_technical"),
    (REGIONAL_GROUPS, "Groupe des États d'Afrique", "AFRICA"),
    (REGIONAL_GROUPS, "Grupo de los Estados de Asia y el Pacífico", "APG"),
    (REGIONAL_GROUPS, "Groupe des États d'Europe orientale", "EEG"),
    (REGIONAL_GROUPS, "Grupo de los Estados de América Latina y el Caribe", "GRULAC"),
    (REGIONAL_GROUPS, "Groupe des États d'Europe occidentale et autres États", "WEOG"),
    (REGIONAL_GROUPS, "Group of Western European and other States", "WEOG"),
    (ROLES, "Co-chef de file", "co_lead"),
    (ROLES, "Co-líder", "co_lead"),
    (ROLES, "Partenaires principaux", "core_partner"),
    (ROLES, "Socio principal", "core_partner"),
    (ROLES, "Membre du réseau", "network_member"),
    (ROLES, "Miembro de la red", "network_member"),
    (GENDERS, "Femme", "female"),
    (GENDERS, "Mujer", "female"),
    (GENDERS, "Hombre", "male"),
    (GENDERS, "Non binaire", "non_binary"),
    (GENDERS, "Prefiere no decirlo", "prefers_not_to_say"),
    (PROGRAMMES, "Achats publics durables", "SPP"),
    (PROGRAMMES, "Programa de Compras Públicas Sostenibles", "SPP"),
    (PROGRAMMES, "Systèmes alimentaires durables", "SFS"),
    (PROGRAMMES, "Turismo sostenible", "STP"),
    (PROGRAMMES, "Información al consumidor", "CI"),
    (APPLICATION_STATUSES, "Aceptada", "accepted"),
    (APPLICATION_STATUSES, "Non acceptée", "not_accepted"),
    (APPLICATION_STATUSES, "En cours d'examen", "under_review"),
    (MEMBERSHIP_STATUSES, "Suspendido", "suspended"),
    (MEMBERSHIP_STATUSES, "Terminée", "ended"),
    (ORGANISATION_TYPES, "Université", "university"),
    (ORGANISATION_TYPES, "Organización no gubernamental", "ngo"),
    (ORGANISATION_TYPES, "Organisme des Nations Unies", "un_agency"),
    (CONTRIBUTIONS, "En especie", "in_kind"),
    (CONTRIBUTIONS, "Financière", "financial"),
])
def test_french_and_spanish_forms(vocabulary, written, code):
    assert vocabulary.code(written) == code


# ------------------------------------------------------------------ case, accents and whitespace

@pytest.mark.parametrize("written", [
    "Société civile", "societe civile", "SOCIÉTÉ CIVILE", "SOCIETE CIVILE", "  société   civile  ",
    "\tSociété\u00a0civile\n", "Societe-civile", "civil_society", "CIVIL_SOCIETY", " Civil   Society ",
])
def test_case_accents_punctuation_and_whitespace_never_matter(written):
    assert STAKEHOLDER_CLUSTERS.code(written) == "civil_society"


@pytest.mark.parametrize(("vocabulary", "written", "code"), [
    (STAKEHOLDER_CLUSTERS, "SECTOR  PRIVADO", "private_sector"),
    (STAKEHOLDER_CLUSTERS, "organismos de las naciones unidas", "intergovernmental"),
    (STAKEHOLDER_CLUSTERS, "GOVERNMENT AGENCIES", "government"),
    (REGIONAL_GROUPS, "groupe des etats d'afrique", "AFRICA"),
    (REGIONAL_GROUPS, "GRUPO DE LOS ESTADOS DE AMERICA LATINA Y EL CARIBE", "GRULAC"),
    (REGIONAL_GROUPS, "Latin America and the Caribbean (GRULAC)", "GRULAC"),
    (ROLES, "co-lider", "co_lead"),
    (ROLES, "  CORE   partner ", "core_partner"),
    (GENDERS, "FEMENINO", "female"),
    (PROGRAMMES, "programa de compras publicas sostenibles", "SPP"),
    (PROGRAMMES, " spp ", "SPP"),
    (PROGRAMMES, "Sustainable Buildings and Construction", "SBC"),
    (PROGRAMMES, "Sustainable Buildings and Construction (former)", "SBC"),
])
def test_any_case_with_or_without_accents(vocabulary, written, code):
    assert vocabulary.code(written) == code


def test_spelling_key_sets_aside_what_never_tells_values_apart():
    assert spelling_key("UN agencies and other inter-governmental organizations") == \
        spelling_key("  un AGENCIES & other intergovernmental organisations ")
    assert spelling_key("Asie et Pacifique") == spelling_key("Asie-Pacifique")
    assert spelling_key("SPP programme", frozenset({"programme"})) == "spp"
    assert spelling_key("Programme", frozenset({"programme"})) == "programme"  # never empty
    assert spelling_key("") == ""


# ------------------------------------------------------------------------------- unknown values

@pytest.mark.parametrize(("vocabulary", "written", "meant"), [
    (STAKEHOLDER_CLUSTERS, "Goverment", ("Government",)),
    (STAKEHOLDER_CLUSTERS, "Privat sektor", ("Private sector",)),
    (STAKEHOLDER_CLUSTERS, "Civil society bodies", ("Civil society",)),
    (ROLES, "Core partnr", ("Core partner",)),
    (REGIONAL_GROUPS, "Afrika", ("Africa",)),
    (ORGANISATION_TYPES, "Univeristy", ("University",)),
    (PROGRAMMES, "Sustainable Public Procurment", ("Sustainable Public Procurement",)),
    (CONTRIBUTIONS, "Financal", ("Financial",)),
])
def test_an_unknown_value_gets_the_closest_labels(vocabulary, written, meant):
    found = vocabulary.match(written)
    assert not found.found and found.code is None
    assert found.suggestions == meant


@pytest.mark.parametrize("written", ["Aliens", "Emperor", "XYZ", "", "   "])
def test_nothing_like_any_value_gets_no_suggestion(written):
    for vocabulary in (STAKEHOLDER_CLUSTERS, ROLES, PROGRAMMES):
        found = vocabulary.match(written)
        assert found.code is None and found.suggestions == ()


def test_a_spelling_that_would_mean_two_values_is_refused():
    colours = Vocabulary("colour", [Term("red", "Red", fr=("Rouge",)), Term("blue", "Blue", other=("rouge",))])
    with pytest.raises(ValueError, match="would be both"):
        colours.check()
    with pytest.raises(ValueError, match="would be both"):
        colours.code("red")
    with pytest.raises(ValueError, match="share a code"):
        Vocabulary("colour", [Term("red", "Red"), Term("red", "Rouge")])


def test_a_programme_list_from_the_database_keeps_its_names_and_gains_the_known_spellings():
    words = programme_vocabulary([("SPP", "Sustainable Public Procurement"), ("NEW", "Clean Air (pilot)")])
    assert words.code("Compras públicas sostenibles") == "SPP"
    assert words.code("clean air (pilot)") == "NEW" and words.code("Clean Air") == "NEW"
    assert words.code("CI") is None  # not in that database
    assert words.label("NEW") == "Clean Air (pilot)" and words.short("NEW") == "NEW"


def test_unknown_codes_are_refused_with_a_sentence():
    with pytest.raises(ValueError, match="'nope' is not a stakeholder cluster code"):
        STAKEHOLDER_CLUSTERS.label("nope")
    assert "nope" not in STAKEHOLDER_CLUSTERS
    assert StakeholderCluster.GOVERNMENT in STAKEHOLDER_CLUSTERS and "government" in STAKEHOLDER_CLUSTERS


def test_every_vocabulary_of_the_desk_reads_each_spelling_one_way():
    """The spellings' index is built on first use: build every table's here, so a spelling that
    would mean two values in any of them fails the tests, not an officer's import."""
    from opn_desk.domain import vocab

    tables = [v for v in vars(vocab).values() if isinstance(v, Vocabulary)]
    assert len(tables) >= 8
    for table in tables:
        table.check()
        for term in table:
            assert table.code(term.label) == term.code


def test_a_programme_is_named_with_the_network_s_words_in_french_and_spanish():
    from opn_desk.domain.vocab import shown_programme
    from opn_desk.i18n import report_language

    assert shown_programme("SPP", "Sustainable Public Procurement") == "Sustainable Public Procurement"
    with report_language("fr"):
        assert shown_programme("SPP", "Sustainable Public Procurement") == "Achats publics durables"
        assert shown_programme("SBC", "Sustainable Buildings and Construction (former)") == \
            "Bâtiments et construction durables (ancien)"
        assert shown_programme("SPP", "Our procurement network") == "Our procurement network"  # the desk's own name
        assert shown_programme("NEW", "A programme added later") == "A programme added later"
    with report_language("es"):
        assert shown_programme("STP", "Sustainable Tourism") == "Turismo sostenible"


def test_a_regional_group_is_named_geographically_in_the_window_and_officially_in_a_document():
    """The window (and a document's narrow columns) say "Afrique" as the English window says "Africa"; a
    document's full text gives the UN's official name, "Groupe des États d'Afrique"."""
    from opn_desk.domain.vocab import group_name, shown_group
    from opn_desk.i18n import report_language

    with report_language("fr"):
        assert group_name("AFRICA") == "Afrique" and shown_group("AFRICA") == "Groupe des États d'Afrique"
        assert group_name("APG", short=True) == "Asie-Pacifique" and group_name("GRULAC", short=True) == "GRULAC"
        assert group_name(None) == "Aucun groupe"
    with report_language("es"):
        assert group_name("EEG") == "Europa Oriental"
        assert shown_group("EEG") == "Grupo de los Estados de Europa Oriental"
    assert group_name("WEOG") == "Western Europe and Others" and group_name("WEOG", short=True) == "WEOG"
