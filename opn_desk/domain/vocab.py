"""The desk's fixed vocabularies: the codes stored in the database, the words shown for them, and
every spelling a file may use for them.

This module is the one place for all three. Each vocabulary is a `Vocabulary` of `Term`s; a term
holds its code, the label the window shows (English), a short label for narrow columns and chart
axes, and the spellings people write: the Terms of Reference's own wording (``tor``), the network's
French and Spanish forms (``fr``, ``es``; the official one first, so a later version can show it as
the label in those languages) and common abbreviations and variants (``other``). The import matches
what a file says against them ignoring case, accents, punctuation, spacing and small words such as
"and"/"et"/"y" or "the"/"de"/"la" (`spelling_key`), and suggests the closest labels for anything
else. The enums below keep the codes; their ``label`` comes from the tables.

Codes never change once written to a database; labels and spellings may be reworded or added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from opn_desk.domain.programmes import PROGRAMMES as _PROGRAMME_INFO
from opn_desk.domain.text import fold
from opn_desk.i18n import current_language, translate

# ------------------------------------------------------------------------------------ the codes


class RegionalGroup(StrEnum):
    """The five UN regional groups as counted for elections."""

    AFRICA = "AFRICA"
    ASIA_PACIFIC = "APG"
    EASTERN_EUROPE = "EEG"
    LATIN_AMERICA_CARIBBEAN = "GRULAC"
    WEOG = "WEOG"

    @property
    def label(self) -> str:
        return REGIONAL_GROUPS.label(self.value)


NO_GROUP_LABEL = "No group"


def group_label(code: str | None) -> str:
    """Label for a stored group code; a country outside every group is 'No group', never dropped."""
    if not code:
        return NO_GROUP_LABEL
    return RegionalGroup(code).label


GROUP_NAMES = "GroupNames"  # the translation context of the groups' geographic names (packaging/update_translations.py)
GEOGRAPHIC = 2  # in a regional group's ``fr``/``es`` spellings: its geographic name ("Afrique", "Asia y el Pacífico")


def group_name(code: str | None, *, short: bool = False) -> str:
    """A regional group as the window and the documents' narrow columns name it, in the officer's (or the
    document's) language: its geographic name, in the register of the English label ("Africa" / "Afrique" /
    "África"; short: "Asia-Pacific" / "Asie-Pacifique", "GRULAC"), where `shown_group` gives the UN's
    official name ("Groupe des États d'Afrique") for a document's full text. 'No group' for none."""
    if not code:
        return translate("Vocabulary", NO_GROUP_LABEL)
    try:
        term = REGIONAL_GROUPS.term(code)
    except (KeyError, ValueError):
        return code
    return translate(GROUP_NAMES, term.short_label if short else term.label)


def short_name(vocabulary: Vocabulary, code: str) -> str:
    """A term's short form for a narrow column, in the officer's (or the document's) language: a regional
    group's geographic short name (`group_name`), any other term's short label."""
    if vocabulary is REGIONAL_GROUPS:
        return group_name(code, short=True)
    return translate("Vocabulary", vocabulary.short(code))


def shown_label(enum, code: str | None) -> str:
    """A stored code's label in the officer's language (or the document's, while one is printed); a code
    this version does not know is shown readably, never dropped; none is ''."""
    if not code:
        return ""
    try:
        return translate("Vocabulary", enum(code).label)
    except ValueError:
        return code.replace("_", " ").capitalize()


def shown_group(code: str | None) -> str:
    """A stored regional group's name in the officer's (or the document's) language: 'No group' for none."""
    try:
        return translate("Vocabulary", group_label(code))
    except ValueError:
        return code or ""


class StakeholderCluster(StrEnum):
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"
    CIVIL_SOCIETY = "civil_society"
    SCIENTIFIC = "scientific_technical"
    PRIVATE_SECTOR = "private_sector"

    @property
    def label(self) -> str:
        return STAKEHOLDER_CLUSTERS.label(self.value)


class Role(StrEnum):
    CO_LEAD = "co_lead"
    CORE_PARTNER = "core_partner"
    NETWORK_MEMBER = "network_member"

    @property
    def label(self) -> str:
        return ROLES.label(self.value)


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    SUSPENDED = "suspended"

    @property
    def label(self) -> str:
        return MEMBERSHIP_STATUSES.label(self.value)


class Gender(StrEnum):
    """Gender as the person states it."""

    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    PREFERS_NOT_TO_SAY = "prefers_not_to_say"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return GENDERS.label(self.value)


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    SCREENING = "screening"
    UNDER_REVIEW = "under_review"
    MAC_OPINION = "mac_opinion"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not_accepted"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return APPLICATION_STATUSES.label(self.value)


class OrganisationType(StrEnum):
    NATIONAL_GOVERNMENT = "national_government"
    LOCAL_GOVERNMENT = "local_government"
    UN_AGENCY = "un_agency"
    INTERGOVERNMENTAL = "intergovernmental"
    NGO = "ngo"
    NETWORK = "network"
    UNIVERSITY = "university"
    RESEARCH = "research_institute"
    COMPANY = "company"
    BUSINESS_ASSOCIATION = "business_association"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ORGANISATION_TYPES.label(self.value)


# --------------------------------------------------------------------------- matching spellings

# Small words that never tell two values apart: "Asia and the Pacific" = "Asie et Pacifique" style
# forms keep only their meaningful words.
_CONNECTORS = frozenset({"and", "et", "y", "the", "of", "de", "des", "du", "d", "la", "le", "les", "l", "el",
                         "los", "las", "del", "al"})
_SAME_WORD = {"organization": "organisation", "organizations": "organisations", "program": "programme",
              "programs": "programmes"}
_BRACKETS = re.compile(r"\s*[(\[].*?[)\]]\s*")


def spelling_key(text: str | None, filler: frozenset[str] = frozenset()) -> str:
    """The form two spellings are compared in: case, accents, punctuation, spacing, underscores and
    connecting words set aside ("UN agencies and other inter-governmental organizations" ->
    "unagenciesotherintergovernmentalorganisations"); ``filler`` words are also dropped at either end
    ("SPP programme" -> "spp" when "programme" is filler). Never empty for a text with a word in it."""
    words = [_SAME_WORD.get(w, w) for w in fold(text).replace("_", " ").split()]
    core = [w for w in words if w not in _CONNECTORS] or words
    start, end = 0, len(core)
    while start < end and core[start] in filler:
        start += 1
    while end > start and core[end - 1] in filler:
        end -= 1
    return "".join(core[start:end] if start < end else core)


@dataclass(frozen=True, slots=True)
class Term:
    """One value of a vocabulary: its stored code, its labels and the ways people write it."""

    code: str
    label: str  # what the window shows (English)
    short: str = ""  # for narrow columns and chart axes; the label when empty
    tor: tuple[str, ...] = ()  # the Terms of Reference's wording
    fr: tuple[str, ...] = ()  # the network's French forms, the official one first
    es: tuple[str, ...] = ()  # the network's Spanish forms, the official one first
    other: tuple[str, ...] = ()  # abbreviations and common variants

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", str(self.code))  # a plain string, also when given an enum member

    @property
    def short_label(self) -> str:
        return self.short or self.label

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every accepted spelling, the code and labels first."""
        return tuple(dict.fromkeys((self.code, self.label, self.short_label, *self.tor, *self.fr, *self.es,
                                    *self.other)))


@dataclass(frozen=True, slots=True)
class Match:
    """What a written value means: ``code`` when recognised, else the closest labels (closest first)."""

    code: str | None
    suggestions: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return self.code is not None


def what_words(what: str) -> str:
    """How a message names one value of a vocabulary ("stakeholder cluster") in the officer's language."""
    words = {
        "stakeholder cluster": translate("Domain", "stakeholder cluster"),
        "role": translate("Domain", "role"),
        "gender": translate("Domain", "gender"),
        "application status": translate("Domain", "application status"),
        "membership status": translate("Domain", "membership status"),
        "organisation type": translate("Domain", "organisation type"),
        "UN regional group": translate("Domain", "UN regional group"),
        "kind of contribution": translate("Domain", "kind of contribution"),
        "activity category": translate("Domain", "activity category"),
        "reporting status": translate("Domain", "reporting status"),
        "kind of initiative": translate("Domain", "kind of initiative"),
        "initiative status": translate("Domain", "initiative status"),
        "RAG rating": translate("Domain", "RAG rating"),
        "programme": translate("Domain", "programme"),
        "kind of meeting": translate("Domain", "kind of meeting"),
        "participation": translate("Domain", "participation"),
        "task status": translate("Domain", "task status"),
    }
    return words.get(what, what)


class Vocabulary:
    """The terms of one vocabulary, in the order the window lists them."""

    _CACHE_LIMIT = 20_000

    def __init__(self, what: str, terms: Iterable[Term], *, filler: Iterable[str] = ()):
        self.what = what  # "stakeholder cluster": how a message names one value
        self.terms: tuple[Term, ...] = tuple(terms)
        self._filler = frozenset(fold(w) for w in filler)
        self._by_code = {t.code: t for t in self.terms}
        if len(self._by_code) != len(self.terms):
            raise ValueError(translate("Domain", "two {what} terms share a code").format(what=what))
        # The spellings' index is built on first use: the tables are many and the window's first
        # seconds need only their labels (tests build every index, so an ambiguous spelling is found).
        self._index: dict[str, str] | None = None
        self._cache: dict[str, Match] = {}

    @property
    def _keys(self) -> dict[str, str]:
        """spelling key -> code; a spelling that would mean two values is refused."""
        if self._index is None:
            keys: dict[str, str] = {}
            for term in self.terms:
                for spelling in term.spellings:
                    key = self.key(spelling)
                    if not key:
                        continue
                    known = keys.setdefault(key, term.code)
                    if known != term.code:
                        raise ValueError(translate("Domain", "{spelling} would be both {one} and {other} as a {what}")
                                         .format(spelling=repr(spelling), one=known, other=term.code,
                                                 what=what_words(self.what)))
            self._index = keys
        return self._index

    def check(self) -> Vocabulary:
        """Build the spellings' index now (ValueError when a spelling would mean two values)."""
        _ = self._keys
        return self

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def term(self, code: str) -> Term:
        try:
            return self._by_code[code]
        except KeyError:
            raise ValueError(translate("Domain", "{code} is not a {what} code").format(
                code=repr(code), what=what_words(self.what))) from None

    def label(self, code: str) -> str:
        return self.term(code).label

    def short(self, code: str) -> str:
        return self.term(code).short_label

    def labels(self) -> dict[str, str]:
        """code -> label, in the vocabulary's order."""
        return {t.code: t.label for t in self.terms}

    def choices(self) -> str:
        """The labels as a list for a message: "Co-lead, Core partner, Network member"."""
        return ", ".join(t.label for t in self.terms)

    def key(self, text: str | None) -> str:
        return spelling_key(text, self._filler)

    def code(self, text: str | None) -> str | None:
        """The code ``text`` spells, or None."""
        return self.match(text).code

    def match(self, text: str | None) -> Match:
        raw = (text or "").strip()
        if not raw:
            return Match(None)
        found = self._cache.get(raw)
        if found is None:
            if len(self._cache) >= self._CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[raw] = self._match(raw)
        return found

    def _match(self, raw: str) -> Match:
        unbracketed = _BRACKETS.sub(" ", raw).strip()  # "Latin America and the Caribbean (GRULAC)"
        for written in (raw, unbracketed):
            code = self._keys.get(self.key(written)) if written else None
            if code is not None:
                return Match(code)
        return Match(None, self.suggest(raw))

    def suggest(self, text: str | None, limit: int = 3) -> tuple[str, ...]:
        """The labels of the values closest to ``text``, closest first."""
        key = self.key(text)
        if not key:
            return ()
        import difflib  # only for a value not recognised

        matcher = difflib.SequenceMatcher(b=key)
        scores: dict[str, float] = {}
        for choice in sorted(self._keys):
            matcher.set_seq1(choice)
            score = matcher.ratio() if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 else 0.0
            if len(key) >= 4 and len(choice) >= 4 and (key in choice or choice in key):
                score = max(score, 0.8)  # "Civil society bodies" -> Civil society
            if score >= 0.75:
                code = self._keys[choice]
                scores[code] = max(scores.get(code, 0.0), score)
        if not scores:
            return ()
        best = max(scores.values())
        ranked = sorted((code for code, score in scores.items() if score >= best - 0.1), key=lambda c: -scores[c])
        return tuple(self._by_code[code].label for code in ranked[:limit])


# ------------------------------------------------------------------------------- the vocabularies

_C = StakeholderCluster
STAKEHOLDER_CLUSTERS = Vocabulary("stakeholder cluster", (
    Term(_C.GOVERNMENT, "Government",
         tor=("Government agencies", "Government agency", "Governmental"),
         fr=("Gouvernement", "Gouvernements", "Organismes gouvernementaux", "Organisme gouvernemental",
             "Agences gouvernementales", "Agence gouvernementale", "Gouvernemental", "Secteur public"),
         es=("Gobierno", "Gobiernos", "Organismos gubernamentales", "Organismo gubernamental",
             "Agencias gubernamentales", "Agencia gubernamental", "Gubernamental", "Sector público"),
         other=("Gov", "Govt", "Governments", "Public sector", "National government", "Local government",
                "Member State", "Member States")),
    Term(_C.INTERGOVERNMENTAL, "UN and other inter-governmental", short="UN / IGO",
         tor=("UN agencies and other inter-governmental organisations",
              "UN agency or other inter-governmental organisation", "UN agencies", "UN agency",
              "Inter-governmental organisations", "Inter-governmental organisation", "Inter-governmental"),
         fr=("Organismes des Nations Unies et autres organisations intergouvernementales",
             "Nations Unies et autres organisations intergouvernementales", "Organismes des Nations Unies",
             "Agences des Nations Unies", "Système des Nations Unies", "Nations Unies",
             "Organisations intergouvernementales", "Organisation intergouvernementale", "Intergouvernemental",
             "Intergouvernementale", "ONU", "OIG"),
         es=("Organismos de las Naciones Unidas y otras organizaciones intergubernamentales",
             "Naciones Unidas y otras organizaciones intergubernamentales", "Organismos de las Naciones Unidas",
             "Agencias de las Naciones Unidas", "Sistema de las Naciones Unidas", "Naciones Unidas",
             "Organizaciones intergubernamentales", "Organización intergubernamental", "Intergubernamental"),
         other=("UN", "United Nations", "UN system", "IGO", "IGOs", "UN and IGOs", "UN, inter-gov.",
                "International organisation", "International organisations")),
    Term(_C.CIVIL_SOCIETY, "Civil society",
         tor=("Civil society organisations", "Civil society organisation", "Non-governmental organisations",
              "Non-governmental organisation"),
         fr=("Société civile", "Organisations de la société civile", "Organisation de la société civile",
             "Organisations non gouvernementales", "Organisation non gouvernementale", "ONG", "OSC"),
         es=("Sociedad civil", "Organizaciones de la sociedad civil", "Organización de la sociedad civil",
             "Organizaciones no gubernamentales", "Organización no gubernamental"),
         other=("CSO", "CSOs", "NGO", "NGOs", "Non-governmental")),
    Term(_C.SCIENTIFIC, "Scientific and technical", short="Science & tech.",
         tor=("Scientific and technical organisations", "Scientific and technical organisation",
              "Scientific and technical community", "Academia"),
         fr=("Organisations scientifiques et techniques", "Organisation scientifique et technique",
             "Scientifique et technique", "Scientifiques et techniques", "Communauté scientifique et technique",
             "Milieu universitaire", "Monde universitaire", "Recherche"),
         es=("Organizaciones científicas y técnicas", "Organización científica y técnica", "Científico y técnico",
             "Científica y técnica", "Científicas y técnicas", "Comunidad científica y técnica",
             "Sector académico", "Investigación"),
         other=("Scientific", "Science", "Academic", "Research", "Science and technology", "Science and tech.",
                "Scientific technical")),
    Term(_C.PRIVATE_SECTOR, "Private sector",
         tor=("Private sector organisations", "Private"),
         fr=("Secteur privé", "Privé", "Entreprises", "Entreprise"),
         es=("Sector privado", "Privado", "Empresas", "Empresa"),
         other=("Business", "Businesses", "Industry", "Company", "Companies", "Corporate")),
), filler=("cluster", "clusters", "stakeholder", "stakeholders", "group", "groups", "groupe", "grupo"))

_R = Role
ROLES = Vocabulary("role", (
    Term(_R.CO_LEAD, "Co-lead",
         tor=("Co-Leads", "Co-lead of the programme", "Programme co-lead"),
         fr=("Co-responsable", "Co-responsables", "Co-chef de file", "Co-chefs de file", "Codirecteur",
             "Codirectrice"),
         es=("Co-líder", "Co-líderes", "Colíder", "Colíderes", "Codirector", "Codirectora"),
         other=("Co lead", "Lead", "Leads", "Colead")),
    Term(_R.CORE_PARTNER, "Core partner",
         tor=("Core Partners", "Programme Core Partner", "Programme Core Partners"),
         fr=("Partenaire principal", "Partenaires principaux", "Partenaire clé", "Partenaires clés"),
         es=("Socio principal", "Socios principales", "Socio clave", "Socios clave"),
         other=("Core", "MAC member", "CP")),
    Term(_R.NETWORK_MEMBER, "Network member",
         tor=("Member of the SPP Programme's Network", "Members of the SPP Programme's Network",
              "Member of the Network", "Members of the Network", "Network members"),
         fr=("Membre du réseau", "Membres du réseau"),
         es=("Miembro de la red", "Miembros de la red"),
         other=("Member", "Members", "Network", "Partner")),
))

_G = Gender
GENDERS = Vocabulary("gender", (
    Term(_G.FEMALE, "Female",
         tor=("A female",),
         fr=("Femme", "Féminin", "Féminine"),
         es=("Mujer", "Femenino", "Femenina"),
         other=("F", "Woman", "W", "Feminine")),
    Term(_G.MALE, "Male",
         fr=("Homme", "Masculin", "H"),
         es=("Hombre", "Masculino"),
         other=("M", "Man", "Masculine")),
    Term(_G.NON_BINARY, "Non-binary",
         fr=("Non binaire", "Autre"),
         es=("No binario", "No binaria", "Otro", "Otra"),
         other=("NB", "X", "Other", "Enby")),
    Term(_G.PREFERS_NOT_TO_SAY, "Prefers not to say", short="Not said",
         fr=("Préfère ne pas répondre", "Préfère ne pas le dire", "Ne souhaite pas répondre", "Non déclaré"),
         es=("Prefiere no decirlo", "Prefiere no responder", "Prefiere no contestar", "No declarado"),
         other=("Prefer not to say", "Not stated", "Declined", "Declined to say")),
    Term(_G.UNKNOWN, "Unknown",
         fr=("Inconnu", "Non connu", "Non renseigné"),
         es=("Desconocido", "No se sabe", "Sin información"),
         other=("Not known", "Not recorded")),
))

_S = ApplicationStatus
APPLICATION_STATUSES = Vocabulary("application status", (
    Term(_S.RECEIVED, "Received",
         fr=("Reçue", "Reçu"), es=("Recibida", "Recibido"), other=("New", "Submitted")),
    Term(_S.SCREENING, "Screening",
         fr=("Présélection", "En présélection", "Examen préalable"),
         es=("Preselección", "En preselección", "Examen preliminar"),
         other=("In screening", "Being screened")),
    Term(_S.UNDER_REVIEW, "Under review",
         fr=("En cours d'examen", "En examen", "Examen"),
         es=("En revisión", "En examen", "Revisión"),
         other=("Review", "In review", "Being reviewed")),
    Term(_S.MAC_OPINION, "MAC opinion",
         tor=("Multi-Stakeholder Advisory Committee opinion", "Opinion of the MAC"),
         fr=("Avis du MAC", "Avis du comité consultatif multipartite"),
         es=("Opinión del MAC", "Opinión del comité asesor de múltiples partes interesadas"),
         other=("Waiting for the MAC", "With the MAC")),
    Term(_S.ACCEPTED, "Accepted",
         fr=("Acceptée", "Accepté", "Admise", "Admis"), es=("Aceptada", "Aceptado", "Admitida", "Admitido"),
         other=("Approved",)),
    Term(_S.NOT_ACCEPTED, "Not accepted",
         fr=("Non acceptée", "Non accepté", "Refusée", "Refusé", "Rejetée", "Rejeté"),
         es=("No aceptada", "No aceptado", "Rechazada", "Rechazado"),
         other=("Rejected", "Declined", "Refused")),
    Term(_S.WITHDRAWN, "Withdrawn",
         fr=("Retirée", "Retiré"), es=("Retirada", "Retirado"), other=("Cancelled", "Canceled")),
))

_M = MembershipStatus
MEMBERSHIP_STATUSES = Vocabulary("membership status", (
    Term(_M.ACTIVE, "Active", fr=("Actif", "Active"), es=("Activo", "Activa"), other=("Current",)),
    Term(_M.ENDED, "Ended",
         fr=("Terminé", "Terminée", "Fin", "Ancien membre"), es=("Terminado", "Terminada", "Finalizado",
                                                                 "Finalizada", "Antiguo miembro"),
         other=("Former", "Finished", "End")),
    Term(_M.SUSPENDED, "Suspended", fr=("Suspendu", "Suspendue"), es=("Suspendido", "Suspendida"),
         other=("On hold",)),
))

_T = OrganisationType
ORGANISATION_TYPES = Vocabulary("organisation type", (
    Term(_T.NATIONAL_GOVERNMENT, "National government",
         fr=("Gouvernement national", "Administration nationale", "Ministère"),
         es=("Gobierno nacional", "Administración nacional", "Ministerio"),
         other=("Government", "Ministry", "National authority", "Government agency")),
    Term(_T.LOCAL_GOVERNMENT, "Local government",
         fr=("Gouvernement local", "Collectivité locale", "Collectivité territoriale", "Autorité locale",
             "Municipalité"),
         es=("Gobierno local", "Autoridad local", "Gobierno subnacional", "Municipio", "Municipalidad"),
         other=("Local authority", "Municipality", "City", "Subnational government", "Regional government")),
    Term(_T.UN_AGENCY, "UN agency",
         tor=("UN agencies",),
         fr=("Organisme des Nations Unies", "Agence des Nations Unies", "Nations Unies"),
         es=("Organismo de las Naciones Unidas", "Agencia de las Naciones Unidas", "Naciones Unidas"),
         other=("UN", "United Nations", "UN entity", "UN body")),
    Term(_T.INTERGOVERNMENTAL, "Inter-governmental organisation",
         tor=("Inter-governmental organisations",),
         fr=("Organisation intergouvernementale", "OIG"),
         es=("Organización intergubernamental",),
         other=("Intergovernmental", "IGO", "International organisation")),
    Term(_T.NGO, "NGO",
         tor=("Non-governmental organisation", "Civil society organisation"),
         fr=("ONG", "Organisation non gouvernementale", "Organisation de la société civile"),
         es=("Organización no gubernamental", "Organización de la sociedad civil"),
         other=("CSO", "Non-profit", "Nonprofit", "Not-for-profit")),
    Term(_T.NETWORK, "Network",
         fr=("Réseau",), es=("Red",), other=("Network organisation", "Alliance", "Coalition")),
    Term(_T.UNIVERSITY, "University",
         fr=("Université", "Établissement d'enseignement supérieur"),
         es=("Universidad", "Institución de educación superior"),
         other=("Academia", "Academic", "College", "Higher education")),
    Term(_T.RESEARCH, "Research institute",
         fr=("Institut de recherche", "Centre de recherche"),
         es=("Instituto de investigación", "Centro de investigación"),
         other=("Research", "Research centre", "Research center", "Think tank")),
    Term(_T.COMPANY, "Company",
         fr=("Entreprise", "Société privée", "Entreprise privée"),
         es=("Empresa", "Compañía", "Empresa privada"),
         other=("Business", "Private company", "Enterprise", "Corporation", "Firm")),
    Term(_T.BUSINESS_ASSOCIATION, "Business association",
         fr=("Association professionnelle", "Association d'entreprises", "Fédération professionnelle",
             "Chambre de commerce"),
         es=("Asociación empresarial", "Asociación de empresas", "Gremio", "Cámara de comercio"),
         other=("Trade association", "Industry association", "Chamber of commerce")),
    Term(_T.OTHER, "Other", fr=("Autre",), es=("Otro", "Otra")),
))

_RG = RegionalGroup
REGIONAL_GROUPS = Vocabulary("UN regional group", (
    Term(_RG.AFRICA, "Africa",
         tor=("Africa",),
         fr=("Groupe des États d'Afrique", "États d'Afrique", "Afrique", "Groupe africain"),
         es=("Grupo de los Estados de África", "Estados de África", "África", "Grupo Africano"),
         other=("African States", "Group of African States", "African Group", "African")),
    Term(_RG.ASIA_PACIFIC, "Asia and the Pacific", short="Asia-Pacific",
         tor=("Asia and the Pacific",),
         fr=("Groupe des États d'Asie et du Pacifique", "États d'Asie et du Pacifique", "Asie et Pacifique",
             "Asie-Pacifique"),
         es=("Grupo de los Estados de Asia y el Pacífico", "Estados de Asia y el Pacífico", "Asia y el Pacífico",
             "Asia-Pacífico"),
         other=("Asia-Pacific States", "Group of Asia-Pacific States", "Asia-Pacific Group",
                "Group of Asia and the Pacific Small Island Developing States", "Asian Group", "Asia")),
    Term(_RG.EASTERN_EUROPE, "Eastern Europe",
         tor=("Eastern Europe",),
         fr=("Groupe des États d'Europe orientale", "États d'Europe orientale", "Europe orientale",
             "Europe de l'Est"),
         es=("Grupo de los Estados de Europa Oriental", "Estados de Europa Oriental", "Europa Oriental",
             "Europa del Este"),
         other=("Eastern European States", "Group of Eastern European States", "Eastern European Group")),
    Term(_RG.LATIN_AMERICA_CARIBBEAN, "Latin America and the Caribbean", short="GRULAC",
         tor=("Latin America and the Caribbean (LAC)", "LAC"),
         fr=("Groupe des États d'Amérique latine et des Caraïbes", "États d'Amérique latine et des Caraïbes",
             "Amérique latine et Caraïbes", "Amérique latine et les Caraïbes"),
         es=("Grupo de los Estados de América Latina y el Caribe", "Estados de América Latina y el Caribe",
             "América Latina y el Caribe", "ALC"),
         other=("Latin American and Caribbean States", "Group of Latin American and Caribbean States",
                "Latin American and Caribbean Group")),
    Term(_RG.WEOG, "Western Europe and Others", short="WEOG",
         tor=("Western Europe and Others",),
         fr=("Groupe des États d'Europe occidentale et autres États", "États d'Europe occidentale et autres États",
             "Europe occidentale et autres États", "Europe occidentale et autres"),
         es=("Grupo de los Estados de Europa Occidental y otros Estados",
             "Estados de Europa Occidental y otros Estados", "Europa Occidental y otros Estados",
             "Europa Occidental y otros"),
         other=("Western European and other States", "Group of Western European and other States",
                "Western European and Others Group")),
))

CONTRIBUTIONS = Vocabulary("kind of contribution", (
    Term("financial", "Financial",
         tor=("Financial contribution", "Financial resources"),
         fr=("Financière", "Financier", "Contribution financière", "Financement"),
         es=("Financiera", "Financiero", "Contribución financiera", "Financiación", "Financiamiento"),
         other=("Finance", "Funding", "Money", "Cash")),
    Term("in_kind", "In kind",
         tor=("In-kind contribution",),
         fr=("En nature", "Contribution en nature"),
         es=("En especie", "Contribución en especie"),
         other=("Inkind",)),
    Term("staff_time", "Staff time",
         tor=("Dedicated staff", "Human resources"),
         fr=("Temps de personnel", "Temps du personnel", "Personnel", "Ressources humaines"),
         es=("Tiempo del personal", "Tiempo de personal", "Personal", "Recursos humanos"),
         other=("Staff", "Time", "Personnel")),
))

# ------------------------------------------------------- the programme's year (docs/REPORTING.md)

class ActivityCategory(StrEnum):
    """What a reported activity is, in the categories of the network's reporting (000)."""

    COMMUNICATIONS = "communications"
    AWARENESS_RAISING = "awareness_raising"
    TOOLS_AND_SOLUTIONS = "tools_solutions"
    POLICY_AND_INSTRUMENTS = "policy_instruments"
    IMPLEMENTATION = "implementation"

    @property
    def label(self) -> str:
        return ACTIVITY_CATEGORIES.label(self.value)


class ReportingState(StrEnum):
    """A partner's standing in a reporting cycle. Only to do, submitted and excused are stored; late and
    very late (more than two weeks past the deadline) follow from the dates."""

    TO_DO = "to_do"
    SUBMITTED = "submitted"
    EXCUSED = "excused"
    LATE = "late"
    VERY_LATE = "very_late"

    @property
    def label(self) -> str:
        return REPORTING_STATES.label(self.value)


class InitiativeKind(StrEnum):
    CORE = "core"
    AFFILIATED = "affiliated"

    @property
    def label(self) -> str:
        return INITIATIVE_KINDS.label(self.value)


class InitiativeStatus(StrEnum):
    """proposed -> due diligence -> affiliated or core -> active -> inactive -> closed."""

    PROPOSED = "proposed"
    DUE_DILIGENCE = "due_diligence"
    AFFILIATED = "affiliated"
    CORE = "core"
    ACTIVE = "active"
    INACTIVE = "inactive"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return INITIATIVE_STATUSES.label(self.value)


class Rag(StrEnum):
    """A Red/Amber/Green rating (partnership health)."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def label(self) -> str:
        return RAG.label(self.value)


_AC = ActivityCategory
ACTIVITY_CATEGORIES = Vocabulary("activity category", (
    Term(_AC.COMMUNICATIONS, "Communications",
         tor=("Communication",),
         fr=("Communication", "Communications"),
         es=("Comunicación", "Comunicaciones"),
         other=("Comms", "Outreach", "Media")),
    Term(_AC.AWARENESS_RAISING, "Awareness raising",
         tor=("Awareness-raising",),
         fr=("Sensibilisation",),
         es=("Sensibilización", "Concienciación"),
         other=("Awareness", "Raising awareness")),
    Term(_AC.TOOLS_AND_SOLUTIONS, "Tools and solutions",
         tor=("Tools & solutions", "Tools"),
         fr=("Outils et solutions", "Outils"),
         es=("Herramientas y soluciones", "Herramientas"),
         other=("Solutions", "Tool")),
    Term(_AC.POLICY_AND_INSTRUMENTS, "Policy and instruments",
         tor=("Policy & instruments", "Policies and instruments", "Policy"),
         fr=("Politiques et instruments", "Politique et instruments", "Politiques"),
         es=("Políticas e instrumentos", "Política e instrumentos", "Políticas"),
         other=("Policies", "Instruments", "Policy instruments")),
    Term(_AC.IMPLEMENTATION, "Implementation",
         tor=("Implementation and changes in practice", "Changes in practice"),
         fr=("Mise en œuvre", "Mise en oeuvre", "Changements de pratiques"),
         es=("Implementación", "Aplicación", "Ejecución", "Cambios en la práctica"),
         other=("On the ground", "Practice")),
), filler=("category", "catégorie", "categoría"))

_RS = ReportingState
REPORTING_STATES = Vocabulary("reporting status", (
    Term(_RS.TO_DO, "To do", fr=("À faire", "En attente"), es=("Por hacer", "Pendiente"),
         other=("Todo", "Not reported", "Pending", "Open")),
    Term(_RS.SUBMITTED, "Submitted", fr=("Soumis", "Remis", "Envoyé"), es=("Enviado", "Presentado", "Entregado"),
         other=("Reported", "Done", "Received")),
    Term(_RS.EXCUSED, "Excused", fr=("Excusé", "Dispensé"), es=("Excusado", "Dispensado", "Eximido"),
         other=("Exempt", "Exempted")),
    Term(_RS.LATE, "Late", fr=("En retard",), es=("Atrasado", "Con retraso", "Tarde"), other=("Overdue",)),
    Term(_RS.VERY_LATE, "Very late", fr=("Très en retard",), es=("Muy atrasado", "Con mucho retraso"),
         other=("More than two weeks late",)),
))

INITIATIVE_KINDS = Vocabulary("kind of initiative", (
    Term(InitiativeKind.CORE, "Core initiative", short="Core",
         tor=("Core initiatives", "Core"),
         fr=("Initiative principale", "Initiatives principales", "Initiative clé", "Principale"),
         es=("Iniciativa principal", "Iniciativas principales", "Iniciativa central", "Principal")),
    Term(InitiativeKind.AFFILIATED, "Affiliated initiative", short="Affiliated",
         tor=("Affiliated initiatives", "Affiliated", "Affiliated activities"),
         fr=("Initiative affiliée", "Initiatives affiliées", "Affiliée", "Affilié"),
         es=("Iniciativa afiliada", "Iniciativas afiliadas", "Afiliada", "Afiliado")),
), filler=("initiative", "initiatives", "iniciativa", "iniciativas"))

_IS = InitiativeStatus
INITIATIVE_STATUSES = Vocabulary("initiative status", (
    Term(_IS.PROPOSED, "Proposed", fr=("Proposée", "Proposé"), es=("Propuesta", "Propuesto"), other=("New",)),
    Term(_IS.DUE_DILIGENCE, "Due diligence", tor=("Due diligence process",),
         fr=("Diligence raisonnable", "Vérification préalable"), es=("Diligencia debida", "Verificación previa"),
         other=("In due diligence", "Under review")),
    Term(_IS.AFFILIATED, "Affiliated", fr=("Affiliée", "Affilié"), es=("Afiliada", "Afiliado"),
         other=("Included",)),
    Term(_IS.CORE, "Core", fr=("Principale",), es=("Principal",), other=("Core initiative",)),
    Term(_IS.ACTIVE, "Active", fr=("Active", "En cours"), es=("Activa", "En curso"), other=("Ongoing", "Running")),
    Term(_IS.INACTIVE, "Inactive", tor=("Not updated since at least 2 years",),
         fr=("Inactive", "Inactif"), es=("Inactiva", "Inactivo"), other=("Dormant", "Stale")),
    Term(_IS.CLOSED, "Closed", fr=("Close", "Clôturée", "Terminée"), es=("Cerrada", "Terminada", "Finalizada"),
         other=("Finished", "Ended", "Completed")),
))

RAG = Vocabulary("RAG rating", (
    Term(Rag.RED, "Red", fr=("Rouge",), es=("Rojo",), other=("R",)),
    Term(Rag.AMBER, "Amber", fr=("Orange", "Ambre"), es=("Ámbar", "Naranja"), other=("A", "Yellow")),
    Term(Rag.GREEN, "Green", fr=("Vert",), es=("Verde",), other=("G",)),
))

del _AC, _RS, _IS


# The programmes' other spellings, by code; the English name is the programme's own (programmes.py,
# or the database's programme table).
_PROGRAMME_WORDS: Mapping[str, Term] = {t.code: t for t in (
    Term("SPP", "Sustainable Public Procurement",
         tor=("Sustainable Public Procurement Programme", "One Planet Network Sustainable Public Procurement "
              "Programme", "SPP Programme"),
         fr=("Achats publics durables", "Programme sur les achats publics durables"),
         es=("Compras públicas sostenibles", "Programa de Compras Públicas Sostenibles")),
    Term("CI", "Consumer Information",
         tor=("Consumer Information Programme",),
         fr=("Information des consommateurs", "Information du consommateur",
             "Programme d'information des consommateurs"),
         es=("Información al consumidor", "Información para el consumidor",
             "Programa de Información al Consumidor"),
         other=("Consumer Information for SCP", "CI-SCP")),
    Term("SFS", "Sustainable Food Systems",
         tor=("Sustainable Food Systems Programme",),
         fr=("Systèmes alimentaires durables", "Programme sur les systèmes alimentaires durables"),
         es=("Sistemas alimentarios sostenibles", "Programa de Sistemas Alimentarios Sostenibles")),
    Term("SLE", "Sustainable Lifestyles and Education",
         tor=("Sustainable Lifestyles and Education Programme",),
         fr=("Modes de vie et éducation durables", "Styles de vie et éducation durables"),
         es=("Estilos de vida y educación sostenibles", "Programa de Estilos de Vida y Educación Sostenibles")),
    Term("STP", "Sustainable Tourism",
         tor=("Sustainable Tourism Programme",),
         fr=("Tourisme durable", "Programme sur le tourisme durable"),
         es=("Turismo sostenible", "Programa de Turismo Sostenible"),
         other=("ST",)),
    Term("SBC", "Sustainable Buildings and Construction",
         tor=("OPN Sustainable Buildings and Construction programme",),
         fr=("Bâtiments et construction durables", "Bâtiment et construction durables"),
         es=("Edificios y construcción sostenibles", "Edificaciones y construcción sostenibles",
             "Construcción y edificación sostenibles")),
)}
_PROGRAMME_FILLER = ("programme", "programmes", "programa", "one", "planet", "network", "opn", "10yfp", "on",
                     "for", "sur", "pour", "para", "scp")


def programme_vocabulary(programmes: Iterable[tuple[str, str]]) -> Vocabulary:
    """The programmes (code, English name) as a vocabulary: the code, the name (with or without a
    bracketed part such as "(former)"), and the ToR's, French and Spanish names known for that code."""
    terms = []
    for code, name in programmes:
        known = _PROGRAMME_WORDS.get(code) or Term(code, name)
        plain = _BRACKETS.sub(" ", name).strip()
        terms.append(Term(code, name, short=code, tor=(plain, known.label, *known.tor), fr=known.fr, es=known.es,
                          other=known.other))
    return Vocabulary("programme", terms, filler=_PROGRAMME_FILLER)


PROGRAMMES = programme_vocabulary((p.code, p.name) for p in _PROGRAMME_INFO)


def shown_programme(code: str, name: str) -> str:
    """A programme's name in the officer's (or the document's) language: the network's official French or
    Spanish name of a programme the desk still calls by its English name ("Achats publics durables"), a
    bracketed part such as "(former)" translated; a name the desk chose itself is shown as written."""
    language = current_language()[:2]
    known = _PROGRAMME_WORDS.get(code)
    if language not in ("fr", "es") or known is None or not name:
        return name
    plain = _BRACKETS.sub(" ", name).strip()
    forms = getattr(known, language)
    if plain.casefold() != known.label.casefold() or not forms:
        return name
    rest = name.replace(plain, "", 1).strip()
    if rest.casefold() == "(former)":
        rest = translate("Programmes", "(former)")
    return f"{forms[0]} {rest}" if rest else forms[0]

del _C, _R, _G, _S, _M, _T, _RG


# ------------------------------------------ the advisory committee's meetings and the work plan (docs/MEETINGS.md)

class MeetingKind(StrEnum):
    """The MAC meets twice a year, one virtual and one face-to-face (ToR section 2); the desk also holds
    teleconferences about once a month, and webinars."""

    VIRTUAL = "virtual"
    FACE_TO_FACE = "face_to_face"
    TELECONFERENCE = "teleconference"
    WEBINAR = "webinar"

    @property
    def label(self) -> str:
        return MEETING_KINDS.label(self.value)


class Participation(StrEnum):
    """How an invited organisation took part in a meeting. Written comments sent in advance count as
    participation (ToR section 2, note 5)."""

    INVITED = "invited"
    CONFIRMED = "confirmed"
    ATTENDED = "attended"
    EXCUSED = "excused"
    NO_SHOW = "no_show"
    WRITTEN_COMMENTS = "written_comments"

    @property
    def label(self) -> str:
        return PARTICIPATIONS.label(self.value)


class TaskStatus(StrEnum):
    """A work-plan task's status as the progress reports print it (004)."""

    COMPLETED = "completed"
    ONGOING = "ongoing"
    NOT_STARTED = "not_started"
    POSTPONED = "postponed"

    @property
    def label(self) -> str:
        return TASK_STATUSES.label(self.value)


MEETING_KINDS = Vocabulary("kind of meeting", (
    Term(MeetingKind.VIRTUAL, "Virtual", tor=("Virtual meeting", "Online meeting"),
         fr=("Virtuelle", "Réunion virtuelle", "En ligne"), es=("Virtual", "Reunión virtual", "En línea"),
         other=("Online",)),
    Term(MeetingKind.FACE_TO_FACE, "Face-to-face", tor=("Face to face", "Face-to-face meeting", "In person"),
         fr=("Présentielle", "En présentiel", "Réunion en présentiel"), es=("Presencial", "Reunión presencial"),
         other=("F2F", "In-person", "Physical")),
    Term(MeetingKind.TELECONFERENCE, "Teleconference", tor=("Teleconferences", "Desk call"),
         fr=("Téléconférence",), es=("Teleconferencia",), other=("Call", "Conference call", "Telecon")),
    Term(MeetingKind.WEBINAR, "Webinar", fr=("Webinaire",), es=("Seminario web", "Webinario"),
         other=("Web seminar",)),
), filler=("meeting", "réunion", "reunión"))

PARTICIPATIONS = Vocabulary("participation", (
    Term(Participation.INVITED, "Invited", fr=("Invité",), es=("Invitado",)),
    Term(Participation.CONFIRMED, "Confirmed", fr=("Confirmé",), es=("Confirmado",), other=("Registered",)),
    Term(Participation.ATTENDED, "Attended", fr=("Présent", "A participé"), es=("Asistió", "Presente"),
         other=("Present", "Participated")),
    Term(Participation.EXCUSED, "Excused", fr=("Excusé",), es=("Excusado", "Disculpado"), other=("Apologies",)),
    Term(Participation.NO_SHOW, "No-show", fr=("Absent",), es=("Ausente", "No asistió"),
         other=("Absent", "No show", "Did not attend")),
    Term(Participation.WRITTEN_COMMENTS, "Written comments sent in advance", short="Written comments",
         tor=("Providing written comments in advance of the meeting", "Written comments"),
         fr=("Commentaires écrits envoyés à l'avance", "Commentaires écrits"),
         es=("Comentarios escritos enviados con antelación", "Comentarios escritos"),
         other=("Comments in writing", "Written input")),
))

TASK_STATUSES = Vocabulary("task status", (
    Term(TaskStatus.COMPLETED, "Completed", fr=("Terminé", "Achevé"), es=("Completado", "Terminado"),
         other=("Done", "Complete")),
    Term(TaskStatus.ONGOING, "Ongoing", fr=("En cours",), es=("En curso",), other=("In progress",)),
    Term(TaskStatus.NOT_STARTED, "Not yet started", fr=("Pas encore commencé", "Non commencé"),
         es=("Aún no iniciado", "No iniciado"), other=("Not started", "To do")),
    Term(TaskStatus.POSTPONED, "Ongoing-postponed", short="Postponed",
         tor=("Ongoing/postponed", "Ongoing - postponed", "Postponed"),
         fr=("En cours - reporté", "Reporté"), es=("En curso - aplazado", "Aplazado", "Pospuesto"),
         other=("Deferred", "Delayed")),
))
