"""A demo network: a believable One Planet network in a fresh database, for training and trying out.

Everything comes from one seeded random generator, so a seed always gives the same network. The
rows are written with bulk inserts in one transaction (fast at 100,000 organisations, and nothing
is left behind when cancelled); one audit entry records the generation as a whole.

The network tells one story, as the desk itself would have written it (`opn-desk check` finds nothing
to report): applications follow the lifecycle with the desk's screening checklist for their role, an
accepted one made the membership accepting it makes (`applications.accept_application`), SPP's 2026
calls wait for the selection round and the leadership renewal, whose proposed leadership is the
selection optimiser's answer under the rules the Leadership area checks, and people are named in the
languages of their organisation's country (`demo_names`).
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import accumulate
from random import Random

from sqlalchemy import insert, select, text

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    AuditEntry,
    Call,
    Country,
    EvaluationCriterion,
    Membership,
    Organisation,
    OrganisationName,
    Person,
    Programme,
    RenewalCandidate,
    RenewalChecklistItem,
    RenewalProcess,
    RenewalScore,
    RenewalStep,
    Review,
    SelectionCandidate,
    SelectionRound,
    SelectionScenario,
    SuccessionEntry,
    utcnow,
)
from opn_desk.db.store import OpenedStore
from opn_desk.domain.renewal import DEFAULT_CHECKLIST, StepState
from opn_desk.domain.terms import TermRow, in_office_on
from opn_desk.domain.text import fold as _fold
from opn_desk.domain.vocab import (
    ApplicationStatus,
    Gender,
    MembershipStatus,
    OrganisationType,
    RegionalGroup,
    Role,
    StakeholderCluster,
)
from opn_desk.i18n import translate
from opn_desk.services.applications import ACCEPTED_MEMBERSHIP_NOTE as _ACCEPTED_MARKER
from opn_desk.services.applications import TERM_YEARS, add_years
from opn_desk.services.demo_names import person_name, phone_number
from opn_desk.services.desk_settings import screening_checklist
from opn_desk.services.errors import Cancelled, DeskError
from opn_desk.services.registry import search_text
from opn_desk.services.selection_round import default_rule_dicts

fold = lru_cache(maxsize=65_536)(_fold)  # templates repeat: fold each text once

CANCELLED = "Demo generation was cancelled; nothing was written."
ACTOR = "Demo desk officer"
STAMP = datetime(2026, 1, 5, 9, 0, 0)  # created_at / updated_at of every demo row
TODAY = date(2026, 11, 22)  # the demo's "now": terms and application histories are set around it
DEMO_OPERATION = uuid.UUID("d3e0d3e0-0000-4000-8000-000000000001")
DEMO_RECORD = uuid.UUID("d3e0d3e0-0000-4000-8000-000000000002")
MAX_APPLICATIONS = 3000
SELECTION_POOL = 24  # screened applications in SPP's core-partner call 2026
SELECTION_SEATS = 12
SELECTION_WINDOW = 3000  # organisations looked at for it, whatever the network's size
LEAD_SEATS = 5  # the leadership SPP proposes (more than three leads)
LEAD_REVIEW_START = date(2026, 8, 10)  # step 3 of SPP's leadership renewal began
MAC_MEETING = date(2026, 11, 12)  # the MAC's opinions on SPP's 2026 calls
CHUNK = 20_000
WRITE_CACHE_KIB = -131_072  # a 128 MiB page cache while writing

G = StakeholderCluster
T = OrganisationType
S = ApplicationStatus


@dataclass(frozen=True, slots=True)
class DemoSummary:
    organisations: int
    countries: int
    people: int
    memberships: int
    calls: int
    applications: int
    reviews: int = 0
    other_names: int = 0

    def __str__(self) -> str:
        return (f"{self.organisations:,} organisations from {self.countries:,} countries, "
                f"{self.people:,} people, {self.memberships:,} memberships, {self.calls:,} calls, "
                f"{self.applications:,} applications")


# --- countries and languages -----------------------------------------------------------------

_LANG = {
    "fr": "FRA BEL LUX MCO SEN CIV MLI BFA NER TCD GIN BEN TGO CMR GAB COG COD CAF MDG HTI DJI COM BDI",
    "es": "ESP MEX GTM HND SLV NIC CRI PAN CUB DOM COL VEN ECU PER BOL CHL ARG URY PRY GNQ",
    "pt": "BRA PRT AGO MOZ CPV GNB STP TLS",
    "ru": "RUS BLR KAZ KGZ",
    "zh": "CHN",
    "ar": "SAU ARE EGY JOR LBN SYR IRQ KWT QAT BHR OMN YEM LBY SDN MAR TUN DZA MRT PSE",
}
LANGUAGE = {iso3: lang for lang, codes in _LANG.items() for iso3 in codes.split()}

_THE = ("GBR USA RUS NLD PHL BHS GMB DOM CAF COD COG KOR MDA ARE MHL SLB SYR LAO PRK PSE VAT COM "
        "NER SDN").split()  # "the Netherlands", "the Niger": as the UN writes them
_SHORT = {"GBR": "United Kingdom", "USA": "United States", "TZA": "Tanzania", "RUS": "Russian Federation",
          "PSE": "State of Palestine", "VAT": "Holy See", "FSM": "Micronesia", "BOL": "Bolivia", "VEN": "Venezuela",
          "IRN": "Iran", "PRK": "DPR Korea", "KOR": "Republic of Korea", "LAO": "Lao PDR", "MDA": "Moldova"}
_BIG = set("USA CHN IND BRA DEU FRA GBR JPN MEX IDN NGA KEN ZAF ESP ITA CAN COL ARG PHL THA".split())
# Fewer than about 200,000 people: a handful of organisations, not hundreds, in a large network.
_TINY = set("VAT NRU TUV PLW MCO SMR LIE MHL KNA DMA AND SYC ATG FSM TON KIR GRD VCT LCA STP".split())


def _short(c: dict) -> str:
    return _SHORT.get(c["iso3"]) or c["name_en"].split(" (")[0]


def _of(c: dict) -> str:
    return ("the " if c["iso3"] in _THE else "") + _short(c)


# --- people ----------------------------------------------------------------------------------
# Names come from opn_desk.services.demo_names, in the languages of the organisation's country.

_TRANSLIT = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
                           "œ": "oe", "ı": "i"})
_NOT_LOCAL = re.compile(r"[^a-z]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

_ACCOMMODATIONS = ["Step-free access to meeting venues", "Captions in online meetings",
                   "Documents in large print", "Sign language interpretation (IS)", "Quiet room at events"]

# --- organisation names ----------------------------------------------------------------------

_MINISTRIES = [
    ("env", {"en": "Ministry of Environment of {of}", "fr": "Ministère de l'Environnement",
             "es": "Ministerio de Ambiente", "pt": "Ministério do Meio Ambiente",
             "ru": "Министерство природных ресурсов и экологии", "zh": "生态环境部", "ar": "وزارة البيئة"}),
    ("fin", {"en": "Ministry of Finance of {of}", "fr": "Ministère de l'Économie et des Finances",
             "es": "Ministerio de Hacienda", "pt": "Ministério da Fazenda", "ru": "Министерство финансов",
             "zh": "财政部", "ar": "وزارة المالية"}),
    ("eco", {"en": "Ministry of Ecological Transition of {of}", "fr": "Ministère de la Transition écologique",
             "es": "Ministerio para la Transición Ecológica", "pt": "Ministério da Transição Ecológica"}),
    ("agr", {"en": "Ministry of Agriculture and Food of {of}", "fr": "Ministère de l'Agriculture et de l'Alimentation",
             "es": "Ministerio de Agricultura y Desarrollo Rural", "pt": "Ministério da Agricultura e Pecuária",
             "ru": "Министерство сельского хозяйства", "zh": "农业农村部", "ar": "وزارة الزراعة"}),
    ("tour", {"en": "Ministry of Tourism of {of}", "fr": "Ministère du Tourisme", "es": "Ministerio de Turismo",
              "pt": "Ministério do Turismo", "ru": "Министерство туризма", "zh": "文化和旅游部",
              "ar": "وزارة السياحة"}),
    ("trade", {"en": "Ministry of Trade and Industry of {of}", "fr": "Ministère du Commerce et de l'Industrie",
               "es": "Ministerio de Comercio e Industria", "pt": "Ministério do Desenvolvimento, Indústria e Comércio",
               "ru": "Министерство промышленности и торговли", "zh": "商务部", "ar": "وزارة التجارة والصناعة"}),
    ("edu", {"en": "Ministry of Education of {of}", "fr": "Ministère de l'Éducation nationale",
             "es": "Ministerio de Educación", "pt": "Ministério da Educação", "ru": "Министерство просвещения",
             "zh": "教育部", "ar": "وزارة التربية والتعليم"}),
]
_AGENCIES = [
    ("proc", "fin", {"en": "Public Procurement Authority of {of}", "fr": "Agence de régulation des marchés publics",
                     "es": "Dirección Nacional de Contrataciones Públicas", "pt": "Agência Nacional de Compras Públicas",
                     "ru": "Агентство по государственным закупкам", "zh": "政府采购中心",
                     "ar": "الهيئة العامة للمشتريات الحكومية"}),
    ("spp", "fin", {"en": "Centre for Sustainable Public Procurement of {of}", "fr": "Centre des achats publics durables",
                    "es": "Centro de Compras Públicas Sostenibles", "pt": "Centro de Compras Públicas Sustentáveis"}),
    ("epa", "env", {"en": "Environmental Protection Agency of {of}", "fr": "Agence de protection de l'environnement",
                    "es": "Agencia de Protección Ambiental", "pt": "Agência de Proteção Ambiental",
                    "ru": "Агентство по охране окружающей среды", "zh": "环境保护局", "ar": "وكالة حماية البيئة"}),
    ("label", "env", {"en": "National Ecolabelling Board of {of}", "fr": "Office national de l'écolabel",
                      "es": "Consejo Nacional de Ecoetiquetado", "pt": "Conselho Nacional de Rotulagem Ambiental"}),
    ("tb", "tour", {"en": "National Tourism Board of {of}", "fr": "Office national du tourisme",
                    "es": "Instituto Nacional de Turismo", "pt": "Instituto Nacional de Turismo",
                    "ar": "الهيئة العامة للسياحة"}),
    ("cons", "trade", {"en": "Consumer Protection Authority of {of}", "fr": "Direction de la protection des consommateurs",
                       "es": "Servicio Nacional del Consumidor", "pt": "Secretaria Nacional do Consumidor",
                       "ru": "Служба по защите прав потребителей", "ar": "جهاز حماية المستهلك"}),
    ("food", "agr", {"en": "National Food Safety Authority of {of}", "fr": "Agence nationale de sécurité sanitaire des aliments",
                     "es": "Agencia Nacional de Inocuidad Alimentaria", "pt": "Agência Nacional de Segurança Alimentar"}),
]
_RELATED_MINISTRIES = {"fin": ["fin", "trade", "eco"], "env": ["env", "eco"], "tour": ["tour", "trade"],
                       "trade": ["trade", "fin"], "agr": ["agr", "env"]}
_LOCAL_GOV = {
    "en": ["{place} City Council", "{place} County Government", "Municipality of {place}", "{place} Regional Government"],
    "fr": ["Ville de {place}", "Commune de {place}", "Conseil régional de {place}"],
    "es": ["Municipalidad de {place}", "Alcaldía de {place}", "Gobierno Regional de {place}"],
    "pt": ["Prefeitura Municipal de {place}", "Câmara Municipal de {place}", "Governo do Estado de {place}"],
}
_SYLLABLES = "ka ri mo sa len ta vor bel na ron dal mi to ser ga lu ven por chi ma do ra kel san ti bo".split()

_CSO_EN_ADJ = "Green Blue Living Clean Fair Bright Common Circular Future Open Rising Shared Wild True New".split()
_CSO_EN_NOUN = "Earth Planet Horizon River Forest Ocean Harvest Valley Climate Table Market Commons Roots Bridge Seed".split()
_CSO_EN_KIND = "Foundation Initiative Alliance Trust Network Society Coalition Collective Action".split()
_CSO_EN_COUNTRY = ["Consumers' Association of {of}", "Green Purchasing Network {short}",
                   "{short} Sustainable Tourism Alliance", "{short} Zero Waste Coalition",
                   "Slow Food Network {short}", "{short} Youth for Sustainable Lifestyles"]
_CSO_LOCAL = {
    "fr": (["Association", "Fondation", "Réseau", "Collectif", "Mouvement"],
           ["pour la consommation responsable", "pour l'économie circulaire", "des consommateurs",
            "pour une alimentation durable", "pour le tourisme solidaire", "Terre et Avenir", "Zéro Déchet"]),
    "es": (["Fundación", "Asociación", "Red", "Colectivo", "Corporación"],
           ["para el Consumo Responsable", "por la Economía Circular", "de Consumidores", "Alimentos Sostenibles",
            "Turismo Comunitario", "Tierra Viva", "Basura Cero"]),
    "pt": (["Instituto", "Associação", "Rede", "Fundação"],
           ["de Consumo Consciente", "pela Economia Circular", "Alimentação Sustentável",
            "Turismo de Base Comunitária", "Terra Viva"]),
}
_CSO_SCRIPT = {
    "ru": [("Экологическое общество «Зелёный мир»", "Green World Ecological Society"),
           ("Союз потребителей", "Union of Consumers"), ("Ассоциация устойчивого туризма", "Sustainable Tourism Association"),
           ("Центр экологических инициатив", "Centre for Environmental Initiatives"),
           ("Фонд «Чистая планета»", "Clean Planet Foundation")],
    "zh": [("绿色消费者协会", "Green Consumers Association"), ("自然之友", "Friends of Nature"),
           ("可持续发展青年网络", "Youth Network for Sustainable Development"),
           ("循环经济促进会", "Circular Economy Promotion Association"), ("生态旅游协会", "Ecotourism Association")],
    "ar": [("جمعية حماية المستهلك", "Consumer Protection Society"),
           ("الشبكة العربية للبيئة والتنمية", "Arab Network for Environment and Development"),
           ("جمعية أصدقاء البيئة", "Friends of the Environment Society"),
           ("منتدى السياحة المستدامة", "Sustainable Tourism Forum"),
           ("مبادرة الاقتصاد الدائري", "Circular Economy Initiative")],
}
_SCI_EN = ["University of {place}", "{place} University", "{place} Institute of Technology",
           "Centre for {topic} Research, {place}", "{place} Polytechnic"]
_SCI_EN_COUNTRY = ["Institute for Sustainable Development of {of}", "National Cleaner Production Centre of {of}",
                   "National University of {short}", "Academy of Sciences of {of}"]
_SCI_TOPICS = ["Circular Economy", "Food Systems", "Sustainable Consumption", "Tourism Studies",
               "Life Cycle Assessment", "Environmental Policy", "Green Building"]
_SCI_LOCAL = {
    "fr": ["Université de {place}", "Institut de recherche en environnement de {place}", "École polytechnique de {place}"],
    "es": ["Universidad Nacional de {place}", "Universidad de {place}", "Instituto Tecnológico de {place}"],
    "pt": ["Universidade Federal de {place}", "Universidade de {place}", "Instituto de Pesquisas de {place}"],
}
_SCI_SCRIPT = {
    "ru": [("Институт устойчивого развития", "Institute for Sustainable Development"),
           ("Научно-исследовательский институт экологии", "Research Institute of Ecology")],
    "zh": [("可持续发展研究院", "Academy of Sustainable Development"), ("环境科学研究院", "Academy of Environmental Sciences")],
    "ar": [("المركز الوطني للبحوث البيئية", "National Centre for Environmental Research"),
           ("معهد الاقتصاد الأخضر", "Green Economy Institute")],
}
_CO_PRE = "Sol Terra Aqua Verd Nova Eco Blu Lum Silv Ard Kor Zen Mar Vel Orb Alt Cir Sen".split()
_CO_SUF = "ara ex ion ia ent ova is um ico ora ity ano eo".split()
_CO_SECTOR = {
    "en": ["Foods", "Textiles", "Logistics", "Packaging", "Hotels & Resorts", "Energy", "Construction", "Retail",
           "Paper", "Tours", "Furniture", "Electronics", "Coffee", "Cosmetics"],
    "fr": ["Alimentaire", "Textiles", "Logistique", "Emballages", "Hôtels", "Énergie", "Bâtiment"],
    "es": ["Alimentos", "Textiles", "Logística", "Empaques", "Hoteles", "Energía", "Construcciones", "Café"],
    "pt": ["Alimentos", "Têxteis", "Logística", "Embalagens", "Hotéis", "Energia", "Construções"],
}
_CO_FORM = {"en": ["Ltd", "Inc.", "plc", "Group", "Ltd"], "fr": ["SA", "SARL", "SAS"],
            "es": ["S.A.", "S.A. de C.V.", "S.L.", "S.A.S."], "pt": ["Ltda.", "S.A."], "de": ["GmbH", "AG"]}
_BIZ_EN_COUNTRY = ["{short} Chamber of Commerce and Industry", "{short} Business Council for Sustainable Development",
                   "{short} Hotel and Tourism Association", "{short} Food and Beverage Federation",
                   "Retailers' Association of {of}", "{short} Green Building Council"]
_BIZ_LOCAL = {"fr": ["Chambre de commerce et d'industrie de {place}"], "es": ["Cámara de Comercio de {place}"],
              "pt": ["Câmara de Comércio de {place}"], "en": ["{place} Chamber of Commerce"]}

# Real inter-governmental bodies: (acronym, name, host country, domain, type, {language: other name}).
_IGOS = [
    ("UNEP", "United Nations Environment Programme", "KEN", "unep.org", T.UN_AGENCY,
     {"fr": "Programme des Nations Unies pour l'environnement", "es": "Programa de las Naciones Unidas para el Medio Ambiente"}),
    ("UNDP", "United Nations Development Programme", "USA", "undp.org", T.UN_AGENCY,
     {"fr": "Programme des Nations Unies pour le développement", "es": "Programa de las Naciones Unidas para el Desarrollo"}),
    ("UNOPS", "United Nations Office for Project Services", "DNK", "unops.org", T.UN_AGENCY, {}),
    ("ITC", "International Trade Centre", "CHE", "intracen.org", T.UN_AGENCY, {"fr": "Centre du commerce international"}),
    ("FAO", "Food and Agriculture Organization of the United Nations", "ITA", "fao.org", T.UN_AGENCY,
     {"fr": "Organisation des Nations Unies pour l'alimentation et l'agriculture",
      "zh": "联合国粮食及农业组织", "ar": "منظمة الأغذية والزراعة للأمم المتحدة"}),
    ("UNIDO", "United Nations Industrial Development Organization", "AUT", "unido.org", T.UN_AGENCY, {}),
    ("UNWTO", "World Tourism Organization", "ESP", "unwto.org", T.UN_AGENCY,
     {"en": "UN Tourism", "es": "Organización Mundial del Turismo"}),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "FRA", "unesco.org", T.UN_AGENCY,
     {"fr": "Organisation des Nations Unies pour l'éducation, la science et la culture"}),
    ("UN-Habitat", "United Nations Human Settlements Programme", "KEN", "unhabitat.org", T.UN_AGENCY, {}),
    ("ILO", "International Labour Organization", "CHE", "ilo.org", T.UN_AGENCY,
     {"fr": "Organisation internationale du Travail"}),
    ("UNECE", "United Nations Economic Commission for Europe", "CHE", "unece.org", T.UN_AGENCY,
     {"ru": "Европейская экономическая комиссия ООН"}),
    ("ESCAP", "Economic and Social Commission for Asia and the Pacific", "THA", "unescap.org", T.UN_AGENCY, {}),
    ("ECLAC", "Economic Commission for Latin America and the Caribbean", "CHL", "cepal.org", T.UN_AGENCY,
     {"es": "Comisión Económica para América Latina y el Caribe (CEPAL)"}),
    ("UNITAR", "United Nations Institute for Training and Research", "CHE", "unitar.org", T.UN_AGENCY, {}),
    ("WFP", "World Food Programme", "ITA", "wfp.org", T.UN_AGENCY, {}),
    ("OECD", "Organisation for Economic Co-operation and Development", "FRA", "oecd.org", T.INTERGOVERNMENTAL,
     {"fr": "Organisation de coopération et de développement économiques (OCDE)"}),
    ("AfDB", "African Development Bank", "CIV", "afdb.org", T.INTERGOVERNMENTAL,
     {"fr": "Banque africaine de développement"}),
    ("ADB", "Asian Development Bank", "PHL", "adb.org", T.INTERGOVERNMENTAL, {}),
    ("IDB", "Inter-American Development Bank", "USA", "iadb.org", T.INTERGOVERNMENTAL,
     {"es": "Banco Interamericano de Desarrollo (BID)"}),
    ("GGGI", "Global Green Growth Institute", "KOR", "gggi.org", T.INTERGOVERNMENTAL, {}),
    ("SPREP", "Secretariat of the Pacific Regional Environment Programme", "WSM", "sprep.org", T.INTERGOVERNMENTAL, {}),
    ("OIF", "Organisation internationale de la Francophonie", "FRA", "francophonie.org", T.INTERGOVERNMENTAL,
     {"en": "International Organisation of La Francophonie"}),
    ("EEC", "Евразийская экономическая комиссия", "RUS", "eurasiancommission.org", T.INTERGOVERNMENTAL,
     {"en": "Eurasian Economic Commission"}),
    ("LAS", "جامعة الدول العربية", "EGY", "lasportal.org", T.INTERGOVERNMENTAL, {"en": "League of Arab States"}),
    ("ASEAN", "ASEAN Secretariat", "IDN", "asean.org", T.INTERGOVERNMENTAL, {}),
]
_COUNTRY_OFFICES = ["UNDP", "FAO", "UNIDO", "UNOPS", "ILO", "UNEP"]

_CLUSTER_WEIGHTS = [(G.GOVERNMENT, 27), (G.INTERGOVERNMENTAL, 3), (G.CIVIL_SOCIETY, 28),
                    (G.SCIENTIFIC, 17), (G.PRIVATE_SECTOR, 25)]

_CLUSTERS = [k for k, _ in _CLUSTER_WEIGHTS]
_CLUSTER_CUM = list(accumulate(w for _, w in _CLUSTER_WEIGHTS))

_STOP = {"of", "the", "and", "for", "de", "la", "le", "l", "du", "des", "del", "el", "y", "e", "et", "da", "do",
         "dos", "das", "pour", "para", "por", "en", "in", "&", "à", "a"}

# --- programmes, calls and applications ------------------------------------------------------

_WORK_STREAMS = {
    "SPP": ["Policy and legal frameworks", "Market engagement", "Monitoring SPP", "Training and capacity building"],
    "CI": ["Ecolabels and standards", "Product sustainability claims", "Digital product information"],
    "SFS": ["Food loss and waste", "Sustainable diets", "Agroecology", "Food environments"],
    "SLE": ["Education for sustainable lifestyles", "Behavioural insights", "Youth engagement"],
    "STP": ["Tourism plastics", "Climate action in tourism", "Resource efficiency in hotels"],
    "SBC": ["Building codes", "Sustainable building materials", "Housing"],
}
_SECTORS = ["Food and agriculture", "Construction", "Tourism", "Textiles", "Plastics and packaging", "Electronics",
            "Public procurement", "Consumer goods", "Energy", "Transport"]
_CRITERIA = [
    ("Relevance to the programme's work plan", "How well the proposed work fits the programme's priorities."),
    ("Capacity and expertise", "Track record, staff and networks the organisation brings."),
    ("Contribution offered", "Financial, in-kind and staff-time contributions and their scale."),
    ("Geographic and stakeholder balance", "What the organisation adds to the balance of regions and clusters."),
    ("Leadership and convening", "Ability to lead work streams and convene partners."),
]
_REASONS = {
    S.RECEIVED: "Application received by e-mail.",
    S.SCREENING: "Screening started.",
    S.UNDER_REVIEW: "Screening complete; sent to the reviewers.",
    S.MAC_OPINION: "Reviews complete; referred to the Multi-stakeholder Advisory Committee.",
    S.WITHDRAWN: "The organisation withdrew its application.",
}
_ACCEPT_WHY = ["Strong fit with the work plan; the MAC supported the application.",
               "Brings expertise and regional balance the programme lacks.",
               "Substantial staff-time and in-kind contribution; reviewers scored it highly."]
_REJECT_WHY = ["Contribution too limited for the role; invited to join as a network member.",
               "The proposed activities fall outside the programme's work plan.",
               "Reviewers scored it below the threshold; encouraged to apply again next call."]
_REJECT_AFTER_MAC = "Not accepted, following the MAC's advice and the reviewers' scores."
_MAC_FOR = ["The MAC supports this application and notes its strong regional network.",
            "The MAC supports the application, subject to a clearer work plan for the first year.",
            "The MAC notes a good fit with the programme's priorities and supports the application."]
_MAC_AGAINST = "The MAC has reservations about the contribution offered and advises against acceptance."
_ACCEPTED_NOTE = _ACCEPTED_MARKER  # what accepting an application writes in its membership's notes


# --- the generator ---------------------------------------------------------------------------


class _Generator:
    def __init__(self, seed: int, countries: list[dict], programmes: list[dict]):
        self.seed = seed
        self.rng = Random(seed)
        self.countries = countries
        self.by_iso3 = {c["iso3"]: c for c in countries}
        self.programmes = programmes
        self.orgs: list[dict] = []
        self.other_names: list[dict] = []
        self.people: list[dict] = []
        self.memberships: list[dict] = []
        self.calls: list[dict] = []
        self.criteria: list[dict] = []
        self.applications: list[dict] = []
        self.transitions: list[dict] = []
        self.reviews: list[dict] = []
        self.renewal: dict[str, list[dict]] = {"processes": [], "steps": [], "checklist": [],
                                               "candidates": [], "scores": []}
        self.selection: dict[str, list[dict]] = {"rounds": [], "candidates": []}
        self.org_cluster: list[str] = []
        self.org_country: list[dict] = []
        self.org_domain: list[str] = []
        self.org_people: list[list[uuid.UUID]] = []
        self.org_female: list[bool] = []  # whether the organisation's first person (its representative) is a woman
        self.person_org: dict[uuid.UUID, int] = {}
        self.seen: set[tuple[str, str]] = set()
        self.ministries: dict[tuple[str, str], uuid.UUID] = {}
        self.used: set[tuple[str, str]] = set()  # (country iso3, template key) used once per country
        self.igo_ids: dict[str, uuid.UUID] = {}
        self.agencies: list[tuple[int, str]] = []  # (organisation index, key of its ministry)
        self.applicants: dict[tuple[uuid.UUID, str], set[int]] = {}  # (programme, role): organisations applying
        self.checklists: dict[str, list[str]] = {}  # role: the desk's screening checklist

    # small helpers
    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128))

    def base(self) -> dict:
        return {"id": self.uid(), "created_at": STAMP, "updated_at": STAMP, "version": 1}

    def place(self) -> str:
        r = self.rng
        return "".join(r.choice(_SYLLABLES) for _ in range(r.choice((2, 2, 3)))).capitalize()

    def day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    # organisations
    def pick_country(self, i: int, spread: list[dict], weights: list[float]) -> dict:
        if i < len(spread):
            return spread[i]
        return self.rng.choices(self.countries, cum_weights=weights)[0]

    def once(self, c: dict, key: str) -> bool:
        """True the first time ``key`` is used in country ``c``."""
        if (c["iso3"], key) in self.used:
            return False
        self.used.add((c["iso3"], key))
        return True

    def add_org(self, name: str, c: dict, cluster: str, otype: str, *, acronym: str = "", domain: str = "",
                parent: uuid.UUID | None = None, others: list[tuple[str, str]] = (), notes: str = "") -> uuid.UUID:
        r = self.rng
        base_name = name
        while (name.casefold(), c["iso3"]) in self.seen:
            name = f"{base_name}, {self.place()}"
        self.seen.add((name.casefold(), c["iso3"]))
        if not domain:
            slug = _NOT_SLUG.sub("", fold(acronym).translate(_TRANSLIT))
            if len(slug) < 2:
                words = [w for w in fold(others[0][0] if others and not _latin(name) else name).translate(_TRANSLIT).split()
                         if w not in _STOP]
                slug = "-".join(_NOT_SLUG.sub("", w) for w in words[:3]).strip("-")
            slug = slug or f"org{len(self.orgs) + 1}"
            tld = c["iso2"].lower()
            if otype == T.NATIONAL_GOVERNMENT or otype == T.LOCAL_GOVERNMENT:
                domain = f"{slug}.gov.{tld}"
            elif otype == T.COMPANY and r.random() < 0.5:
                domain = f"{slug}.com"
            elif otype in (T.NGO, T.NETWORK) and r.random() < 0.5:
                domain = f"{slug}.org"
            else:
                domain = f"{slug}.{tld}"
        row = self.base()
        oid = row["id"]
        searchable = search_text(name, acronym, sorted(o for o, _lang in others))  # as listed
        row.update(
            name=name, acronym=acronym, country_id=c["id"], stakeholder_cluster=str(cluster),
            organisation_type=str(otype), website=f"https://www.{domain}" if r.random() < 0.9 else "",
            # search_text starts with the folded name (punctuation, so " | ", never survives folding).
            parent_id=parent, notes=notes, sort_name=searchable.split(" | ", 1)[0],
            search_text=searchable, merged_into_id=None,
        )
        self.orgs.append(row)
        for other, lang in others:
            extra = self.base()
            extra.update(organisation_id=oid, name=other, language=lang)
            self.other_names.append(extra)
        self.org_cluster.append(str(cluster))
        self.org_country.append(c)
        self.org_domain.append(domain)
        return oid

    def anchors(self) -> None:
        for acronym, name, iso3, domain, otype, others in _IGOS:
            c = self.by_iso3.get(iso3)
            if c is None:
                continue
            self.igo_ids[acronym] = self.add_org(name, c, G.INTERGOVERNMENTAL, otype, acronym=acronym, domain=domain,
                                                 others=[(o, lang) for lang, o in others.items()])
        fixed = [
            ("KEN", G.GOVERNMENT, T.NATIONAL_GOVERNMENT, "Ministry of Environment of Kenya", "MoE", "environment.go.ke",
             [("Wizara ya Mazingira", "sw")], "env"),
            ("FRA", G.GOVERNMENT, T.NATIONAL_GOVERNMENT, "Ministère de la Transition écologique", "MTE",
             "ecologie.gouv.fr", [("Ministry of Ecological Transition of France", "en")], "eco"),
            ("CRI", G.GOVERNMENT, T.NATIONAL_GOVERNMENT, "Centro de Compras Públicas Sostenibles", "CCPS", "",
             [("Centre for Sustainable Public Procurement of Costa Rica", "en")], "spp"),
            ("JPN", G.CIVIL_SOCIETY, T.NETWORK, "Green Purchasing Network Japan", "GPN", "gpn.jp",
             [("グリーン購入ネットワーク", "ja")], "gpn"),
            ("PSE", G.GOVERNMENT, T.NATIONAL_GOVERNMENT, "Environment Quality Authority", "EQA", "",
             [("سلطة جودة البيئة", "ar")], "epa"),
            ("VAT", G.SCIENTIFIC, T.RESEARCH, "Pontifical Academy of Sciences", "PAS", "pas.va",
             [("Pontificia Academia Scientiarum", "la")], "acad"),
            ("DEU", G.CIVIL_SOCIETY, T.NETWORK, "ICLEI – Local Governments for Sustainability", "ICLEI", "iclei.org",
             [], "iclei"),
            ("CHN", G.SCIENTIFIC, T.RESEARCH, "中国科学院", "CAS", "cas.cn", [("Chinese Academy of Sciences", "en")], "cas"),
        ]
        for iso3, cluster, otype, name, acronym, domain, others, key in fixed:
            c = self.by_iso3.get(iso3)
            if c is None:
                continue
            self.used.add((iso3, key))
            oid = self.add_org(name, c, cluster, otype, acronym=acronym, domain=domain, others=others)
            if key in {m for m, _ in _MINISTRIES}:
                self.ministries[(iso3, key)] = oid

    def organisation(self, c: dict) -> None:
        r = self.rng
        cluster = r.choices(_CLUSTERS, cum_weights=_CLUSTER_CUM)[0]
        if cluster == G.INTERGOVERNMENTAL and not self.country_office(c):
            cluster = G.CIVIL_SOCIETY
        if cluster == G.GOVERNMENT:
            self.government(c)
        elif cluster == G.CIVIL_SOCIETY:
            self.civil_society(c)
        elif cluster == G.SCIENTIFIC:
            self.scientific(c)
        elif cluster == G.PRIVATE_SECTOR:
            self.private(c)

    def localised(self, c: dict, names: dict[str, str], cluster: str, otype: str, *, key: str,
                  parent: uuid.UUID | None = None, acronym_p: float = 0.6) -> uuid.UUID:
        """A name in the country's language when there is one (English as another name), else English."""
        r = self.rng
        lang = LANGUAGE.get(c["iso3"], "en")
        english = names["en"].format(of=_of(c), short=_short(c))
        local = names.get(lang) if lang != "en" else None
        others: list[tuple[str, str]] = []
        if local and r.random() < 0.65:
            name, others = local, [(english, "en")]
        else:
            name = english
            if local and r.random() < 0.4:
                others = [(local, lang)]
        acronym = _acronym(name if _latin(name) else english) if r.random() < acronym_p else ""
        oid = self.add_org(name, c, cluster, otype, acronym=acronym, parent=parent, others=others)
        if key in {m for m, _ in _MINISTRIES}:
            self.ministries[(c["iso3"], key)] = oid
        return oid

    def government(self, c: dict) -> None:
        r = self.rng
        free_m = [(k, n) for k, n in _MINISTRIES if (c["iso3"], k) not in self.used]
        free_a = [(k, p, n) for k, p, n in _AGENCIES if (c["iso3"], k) not in self.used]
        roll = r.random()
        if free_m and (roll < 0.35 or not self.ministries_in(c)):
            key, names = r.choice(free_m)
            self.used.add((c["iso3"], key))
            self.localised(c, names, G.GOVERNMENT, T.NATIONAL_GOVERNMENT, key=key)
        elif free_a and roll < 0.7:
            key, parent_key, names = r.choice(free_a)
            self.used.add((c["iso3"], key))
            self.localised(c, names, G.GOVERNMENT, T.NATIONAL_GOVERNMENT, key=key)
            self.agencies.append((len(self.orgs) - 1, parent_key))
        else:
            lang = LANGUAGE.get(c["iso3"], "en")
            pattern = r.choice(_LOCAL_GOV.get(lang, _LOCAL_GOV["en"]))
            name = pattern.format(place=self.place())
            self.add_org(name, c, G.GOVERNMENT, T.LOCAL_GOVERNMENT,
                         acronym=_acronym(name) if r.random() < 0.2 else "")

    def link_agencies(self) -> None:
        """Agencies sit under their ministry, or a related ministry of their country."""
        for index, parent_key in self.agencies:
            iso3 = self.org_country[index]["iso3"]
            for key in _RELATED_MINISTRIES[parent_key]:
                if (iso3, key) in self.ministries:
                    self.orgs[index]["parent_id"] = self.ministries[(iso3, key)]
                    break

    def ministries_in(self, c: dict) -> bool:
        return any((c["iso3"], k) in self.ministries for k, _ in _MINISTRIES)

    def country_office(self, c: dict) -> bool:
        free = [a for a in _COUNTRY_OFFICES if a in self.igo_ids and (c["iso3"], "co-" + a) not in self.used]
        if not free:
            return False
        acr = self.rng.choice(free)
        self.used.add((c["iso3"], "co-" + acr))
        slug = acr.lower()
        self.add_org(f"{acr} {_short(c)}", c, G.INTERGOVERNMENTAL, T.UN_AGENCY, acronym=acr,
                     domain=f"{slug}.org/{c['iso2'].lower()}", parent=self.igo_ids[acr],
                     notes="Country office.")
        return True

    def civil_society(self, c: dict) -> None:
        r = self.rng
        lang = LANGUAGE.get(c["iso3"], "en")
        roll = r.random()
        if lang in _CSO_SCRIPT and roll < 0.5:
            local, english = r.choice(_CSO_SCRIPT[lang])
            if self.once(c, "cso-" + english):
                acronym = _acronym(english) if r.random() < 0.5 else ""
                self.add_org(local, c, G.CIVIL_SOCIETY, T.NGO, acronym=acronym, others=[(english, "en")])
                return
        if lang in _CSO_LOCAL and roll < 0.6:
            kinds, causes = _CSO_LOCAL[lang]
            kind = r.choice(kinds)
            name = f"{kind} {r.choice(causes)}"
            if r.random() < 0.5:
                name += f" de {self.place()}"
            otype = T.NETWORK if kind in ("Réseau", "Red", "Rede") else T.NGO
            self.add_org(name, c, G.CIVIL_SOCIETY, otype, acronym=_acronym(name) if r.random() < 0.6 else "")
            return
        if roll < 0.2:
            pattern = r.choice(_CSO_EN_COUNTRY)
            if self.once(c, pattern):
                name = pattern.format(of=_of(c), short=_short(c))
                otype = T.NETWORK if "Network" in name or "Alliance" in name or "Coalition" in name else T.NGO
                self.add_org(name, c, G.CIVIL_SOCIETY, otype, acronym=_acronym(name) if r.random() < 0.7 else "")
                return
        kind = r.choice(_CSO_EN_KIND)
        name = f"{r.choice(_CSO_EN_ADJ)} {r.choice(_CSO_EN_NOUN)} {kind}"
        if r.random() < 0.5:
            name += f" {_short(c)}"
        otype = T.NETWORK if kind in ("Network", "Alliance", "Coalition") else T.NGO
        self.add_org(name, c, G.CIVIL_SOCIETY, otype, acronym=_acronym(name) if r.random() < 0.6 else "")

    def scientific(self, c: dict) -> None:
        r = self.rng
        lang = LANGUAGE.get(c["iso3"], "en")
        roll = r.random()
        if lang in _SCI_SCRIPT and roll < 0.4:
            local, english = r.choice(_SCI_SCRIPT[lang])
            if self.once(c, "sci-" + english):
                self.add_org(local, c, G.SCIENTIFIC, T.RESEARCH, acronym=_acronym(english),
                             others=[(english, "en")])
                return
        if roll < 0.25:
            pattern = r.choice(_SCI_EN_COUNTRY)
            if self.once(c, pattern):
                name = pattern.format(of=_of(c), short=_short(c))
                otype = T.UNIVERSITY if "University" in name else T.RESEARCH
                self.add_org(name, c, G.SCIENTIFIC, otype, acronym=_acronym(name) if r.random() < 0.7 else "")
                return
        patterns = _SCI_LOCAL.get(lang, _SCI_EN) if r.random() < 0.7 else _SCI_EN
        name = r.choice(patterns).format(place=self.place(), topic=r.choice(_SCI_TOPICS))
        otype = T.UNIVERSITY if re.search(r"Univers|Polytechnic|polytechnique|Tecnol", name) else T.RESEARCH
        self.add_org(name, c, G.SCIENTIFIC, otype, acronym=_acronym(name) if r.random() < 0.5 else "")

    def private(self, c: dict) -> None:
        r = self.rng
        lang = LANGUAGE.get(c["iso3"], "en")
        if r.random() < 0.2:
            pattern = r.choice(_BIZ_EN_COUNTRY)
            if self.once(c, pattern):
                name = pattern.format(of=_of(c), short=_short(c))
            else:
                name = r.choice(_BIZ_LOCAL.get(lang, _BIZ_LOCAL["en"])).format(place=self.place())
            self.add_org(name, c, G.PRIVATE_SECTOR, T.BUSINESS_ASSOCIATION,
                         acronym=_acronym(name) if r.random() < 0.6 else "")
            return
        form_lang = "de" if c["iso3"] in ("DEU", "AUT", "CHE", "LIE") else lang
        brand = r.choice(_CO_PRE) + r.choice(_CO_SUF)
        sector = r.choice(_CO_SECTOR.get(lang, _CO_SECTOR["en"]))
        name = f"{brand} {sector} {r.choice(_CO_FORM.get(form_lang, _CO_FORM['en']))}"
        self.add_org(name, c, G.PRIVATE_SECTOR, T.COMPANY,
                     acronym=_acronym(f"{brand} {sector}") if r.random() < 0.2 else "",
                     domain=f"{brand.lower()}{_NOT_SLUG.sub('', fold(sector))[:12]}.com" if r.random() < 0.5 else "")

    # people
    def people_for(self, index: int) -> None:
        r = self.rng
        c = self.org_country[index]
        roll = r.random()
        count = 1 if roll < 0.75 else 2 if roll < 0.95 else 3
        ids = []
        for _ in range(count):
            g = r.random()
            gender = (Gender.FEMALE if g < 0.47 else Gender.MALE if g < 0.93 else Gender.NON_BINARY if g < 0.95
                      else Gender.PREFERS_NOT_TO_SAY if g < 0.97 else Gender.UNKNOWN)
            is_female = gender == Gender.FEMALE or (gender != Gender.MALE and r.random() < 0.5)
            name = person_name(r, c["iso3"], c["regional_group"], is_female)
            row = self.base()
            pid = row["id"]
            domain = self.org_domain[index].split("/")[0]
            email = ""
            if r.random() < 0.9:
                local = ".".join(p for p in (_NOT_LOCAL.sub("", w) for w in fold(name).translate(_TRANSLIT).split()) if p)
                if not local or r.random() < 0.1:
                    local = f"contact.{r.randint(1000, 9999)}"
                email = f"{local}@{domain}"
            phone = phone_number(r, c["iso3"]) if r.random() < 0.6 else ""
            sensitive = r.random() < 0.006
            row.update(
                name=name, email=email, phone=phone, organisation_id=self.orgs[index]["id"], gender=str(gender),
                sogiesc_diverse=(r.random() < 0.5) if sensitive else None,
                disability_accommodation=(r.choice(_ACCOMMODATIONS) if r.random() < 0.6 else "") if sensitive else None,
                sensitive_consent_on=self.day(date(2025, 1, 1), date(2026, 10, 31)) if sensitive else None,
            )
            self.people.append(row)
            ids.append(pid)
            self.person_org[pid] = index
            if len(ids) == 1:
                self.org_female.append(gender == Gender.FEMALE)
        self.org_people.append(ids)

    # memberships
    def membership(self, index: int, programme: dict, role: str, start: date, end: date | None, status: str,
                   renews: uuid.UUID | None = None, notes: str = "") -> uuid.UUID:
        people = self.org_people[index]
        row = self.base()
        row.update(organisation_id=self.orgs[index]["id"], programme_id=programme["id"], role=role,
                   representative_id=people[0] if people else None,
                   alternate_id=people[1] if len(people) > 1 else None,
                   term_start=start, term_end=end, status=status, renews_id=renews, notes=notes)
        self.memberships.append(row)
        return row["id"]

    def duty_term(self, index: int, programme: dict, role: str, *, leaving: bool = False,
                  ends: tuple[date, date] | None = None) -> None:
        """A two-year term ending between 2025 and 2028 (or within ``ends``); a term already over is ended
        and renewed."""
        r = self.rng
        if not programme["active"]:
            self.membership(index, programme, role, date(2022, 1, 1), date(2023, 12, 31), MembershipStatus.ENDED,
                            notes="Work continues through GlobalABC since January 2024.")
            return
        if leaving:  # served one term and did not renew
            end = self.day(date(2025, 1, 1), TODAY - timedelta(days=1))
            self.membership(index, programme, role, _two_years_before(end), end, MembershipStatus.ENDED,
                            notes="Did not seek renewal.")
            return
        if ends is not None:
            end = self.day(*ends)
        elif r.random() < 0.25:  # ends within 90 days of the demo's today: up for renewal
            end = self.day(TODAY, TODAY + timedelta(days=89))
        else:
            end = self.day(date(2025, 1, 1), date(2028, 12, 31))
        renews = None
        if end < TODAY:  # that term is over: it was renewed
            renews = self.membership(index, programme, role, _two_years_before(end), end, MembershipStatus.ENDED)
            start, end = end + timedelta(days=1), _two_years_after(end)
        else:
            start = _two_years_before(end)
            if r.random() < 0.2:  # renewed once already
                prev_end = start - timedelta(days=1)
                renews = self.membership(index, programme, role, _two_years_before(prev_end), prev_end,
                                         MembershipStatus.ENDED)
        self.membership(index, programme, role, start, end, MembershipStatus.ACTIVE, renews)

    def memberships_for(self, n: int) -> None:
        """Co-leads, core partners and network members. The duty roles are topped up to three or four
        co-leads and 22 to 36 core partners per programme, counting those the calls' decisions made; nobody
        with an application to a programme's role is given that role besides."""
        r = self.rng
        members = r.sample(range(n), max(1, n // 3)) if n >= 3 else list(range(n))
        by_programme: dict[int, list[int]] = {i: [] for i in range(len(self.programmes))}
        active = [i for i, p in enumerate(self.programmes) if p["active"]]
        inactive = [i for i, p in enumerate(self.programmes) if not p["active"]]
        decided: dict[tuple, int] = {}
        for m in self.memberships:  # so far only those the calls' decisions made
            if m["status"] == MembershipStatus.ACTIVE:
                decided[(m["programme_id"], m["role"])] = decided.get((m["programme_id"], m["role"]), 0) + 1
        # The duty roles first, preferring governments and UN bodies for co-leads.
        for programme in self.programmes:
            pid = programme["id"]
            spp_leads = programme["code"] == "SPP" and programme["active"]
            asked = self.applicants.get((pid, Role.CO_LEAD), set()) | self.applicants.get((pid, Role.CORE_PARTNER), set())
            lead_pool = [i for i in members[:400] if self.org_cluster[i] in (G.GOVERNMENT, G.INTERGOVERNMENTAL)
                         and i not in asked]
            leads = max(0, r.randint(3, 4) - decided.get((pid, Role.CO_LEAD), 0))
            taken: set[int] = set()
            for i in r.sample(lead_pool, min(len(lead_pool), leads)):
                taken.add(i)
                # SPP's co-leads' terms end together, which is why its leadership is being renewed.
                self.duty_term(i, programme, Role.CO_LEAD, ends=(date(2026, 12, 1), date(2027, 6, 30))
                               if spp_leads else None)
            pool = [i for i in members[:600] if i not in taken and i not in asked]
            wanted = max(0, r.randint(22, 36) - decided.get((pid, Role.CORE_PARTNER), 0))
            chosen = r.sample(pool, min(len(pool), wanted + 2))
            for k, i in enumerate(chosen):
                self.duty_term(i, programme, Role.CORE_PARTNER, leaving=k >= len(chosen) - 2)
        for i in members:
            for pi in r.sample(active, r.choices((1, 2, 3), weights=(70, 25, 5))[0]) if active else []:
                by_programme[pi].append(i)
            if inactive and r.random() < 0.05:
                by_programme[inactive[0]].append(i)
        for pi, orgs in by_programme.items():
            programme = self.programmes[pi]
            for i in orgs:
                start = self.day(date(2016, 1, 1), date(2026, 10, 31))
                if not programme["active"]:
                    self.membership(i, programme, Role.NETWORK_MEMBER, min(start, date(2023, 6, 30)),
                                    date(2023, 12, 31), MembershipStatus.ENDED)
                elif r.random() < 0.03:
                    self.membership(i, programme, Role.NETWORK_MEMBER, start, max(start, TODAY - timedelta(days=60)),
                                    MembershipStatus.ENDED, notes="Left the network.")
                elif r.random() < 0.01:
                    self.membership(i, programme, Role.NETWORK_MEMBER, start, None, MembershipStatus.SUSPENDED)
                else:
                    self.membership(i, programme, Role.NETWORK_MEMBER, start, None, MembershipStatus.ACTIVE)

    # calls and applications
    def call(self, programme: dict, role: str, title: str, opens: date, closes: date) -> dict:
        row = self.base()
        row.update(programme_id=programme["id"], role=role, title=title, opens_on=opens, closes_on=closes)
        self.calls.append(row)
        count = 5 if role == Role.CO_LEAD else 4
        weights = [0.3, 0.25, 0.2, 0.15, 0.1][:count]
        total = sum(weights)
        row["_criteria"] = []
        for position, ((name, description), weight) in enumerate(zip(_CRITERIA, weights, strict=False)):
            crit = self.base()
            crit.update(call_id=row["id"], name=name, description=description, weight=round(weight / total, 3),
                        position=position)
            self.criteria.append(crit)
            row["_criteria"].append(crit["id"])
        return row

    def calls_and_applications(self, n: int) -> None:
        """The calls of 2024 and 2026 and their applications. SPP's two 2026 calls are left to the leadership
        renewal and the selection round, whose decisions are still to come; every other call's accepted
        applications made their memberships, as accepting one does in the desk."""
        r = self.rng
        calls: list[tuple[dict, dict, list[str]]] = []
        decided = [S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN]
        everything = list(S)
        for p in self.programmes:
            if not p["active"]:
                continue
            code = p["code"]
            if code == "SPP":
                calls.append((p, self.call(p, Role.CORE_PARTNER, "SPP core partners call 2024", date(2024, 2, 1),
                                           date(2024, 4, 30)), decided))
            if code == "STP":  # still open: nothing decided yet
                cp = self.call(p, Role.CORE_PARTNER, f"{code} core partners call 2026", date(2026, 10, 1),
                               date(2026, 12, 15))
                calls.append((p, cp, [S.RECEIVED, S.SCREENING, S.WITHDRAWN]))
            else:
                cp = self.call(p, Role.CORE_PARTNER, f"{code} core partners call 2026", date(2026, 2, 2),
                               date(2026, 4, 30))
                if code != "SPP":  # SPP's: the selection round
                    calls.append((p, cp, everything))
            cl = self.call(p, Role.CO_LEAD, f"{code} co-leads call 2026", date(2026, 5, 4), date(2026, 7, 31))
            if code != "SPP":  # SPP's: the leadership renewal
                calls.append((p, cl, everything))
        if not calls or n == 0:
            return
        total = min(MAX_APPLICATIONS, max(20, n // 3))
        plan: list[tuple[int, str]] = []
        last_2026 = [k for k, (_p, _c, statuses) in enumerate(calls) if statuses is everything]
        for status in everything:  # every status at least once
            plan.append((r.choice(last_2026) if last_2026 else 0, status))
        weights = [20, 15, 20, 10, 15, 12, 8]
        while len(plan) < total:
            k = r.randrange(len(calls))
            statuses = calls[k][2]
            w = [weights[everything.index(s)] for s in statuses]
            plan.append((k, r.choices(statuses, weights=w)[0]))
        # Reviewers: people of organisations active in the programmes.
        reviewer_pool = [pid for ids in self.org_people[: max(60, min(n, 400))] for pid in ids][:120]
        leads_accepted: set[int] = set()
        for k, status in plan[:total]:
            programme, call, _statuses = calls[k]
            used = self.applicants.setdefault((programme["id"], call["role"]), set())
            if len(used) >= n:
                continue
            if status == S.ACCEPTED and call["role"] == Role.CO_LEAD:
                if k in leads_accepted:  # a co-lead call brings in one new co-lead at most
                    status = S.MAC_OPINION
                leads_accepted.add(k)
            index = r.randrange(n)
            while index in used:
                index = r.randrange(n)
            self.application(index, programme, call, status, reviewer_pool)

    def application(self, index: int, programme: dict, call: dict, status: str, reviewer_pool: list, *,
                    pending: bool = False, strong: bool = False, dates: dict | None = None) -> dict:
        """One application that went the way of the desk's lifecycle to ``status``: its history, screening
        checklist (the desk's items for its role), reviews, the MAC's opinion and, when accepted, the
        membership accepting it made. ``pending``: the call's decisions are still to come, so an application
        is only turned down at screening; ``strong``: reviewers scored it well; ``dates``: the earliest day
        of some steps (the MAC's meeting)."""
        r = self.rng
        people = self.org_people[index]
        role = call["role"]
        self.applicants.setdefault((programme["id"], role), set()).add(index)
        received = self.day(call["opens_on"], min(call["closes_on"], TODAY - timedelta(days=5)))
        at_screening = status == S.NOT_ACCEPTED and (pending or r.random() < 0.3)
        if at_screening:
            path = [S.RECEIVED, S.SCREENING, S.NOT_ACCEPTED]
        elif status == S.WITHDRAWN:
            path = [S.RECEIVED, S.SCREENING, S.UNDER_REVIEW][: r.randint(1, 3)] + [S.WITHDRAWN]
        else:
            order = [S.RECEIVED, S.SCREENING, S.UNDER_REVIEW, S.MAC_OPINION]
            path = order[: order.index(status) + 1] if status in order else [*order, status]
        row = self.base()
        aid = row["id"]
        at = received
        steps = []
        for step in path:
            if step != S.RECEIVED:
                at = min(at + timedelta(days=r.randint(4, 20)), TODAY)
                if dates and step in dates:
                    at = min(max(at, dates[step]), TODAY)
            steps.append((step, at))
        # The screening checklist: every item open when received, ticked during screening, all done to go
        # under review; turned down at screening, one item was not met.
        items = self.checklists[role]
        screened = [s for s, _ in steps]
        failed = r.choice(items) if at_screening else None
        if S.UNDER_REVIEW in screened:
            screening = {item: True for item in items}
        elif at_screening:
            screening = {item: item != failed for item in items}
        elif S.SCREENING in screened:  # in screening, or withdrawn during it
            screening = {item: r.random() < 0.6 for item in items}
        else:
            screening = {item: False for item in items}
        reviewed = S.UNDER_REVIEW in screened and status != S.WITHDRAWN
        scores = self.reviews_for(aid, index, call, reviewer_pool, S.ACCEPTED if strong else status) if reviewed else []
        mean = sum(scores) / len(scores) if scores else 0.0
        if S.MAC_OPINION not in screened:
            mac = ""
        elif status == S.ACCEPTED or (status == S.MAC_OPINION and mean >= 3.0):
            mac = r.choice(_MAC_FOR)
        else:
            mac = _MAC_AGAINST
        kinds = [k for k in ("financial", "in_kind", "staff_time") if r.random() < 0.5] or ["staff_time"]
        decision = status if status in (S.ACCEPTED, S.NOT_ACCEPTED) else None
        if decision == S.ACCEPTED:
            rationale = r.choice(_ACCEPT_WHY)
        elif at_screening:
            rationale = f"Not eligible: the screening check \"{failed}\" was not met."
        elif decision == S.NOT_ACCEPTED:
            rationale = _REJECT_AFTER_MAC if mac == _MAC_AGAINST else r.choice(_REJECT_WHY)
        else:
            rationale = ""
        ws = _WORK_STREAMS.get(programme["code"], ["General"])
        row.update(
            organisation_id=self.orgs[index]["id"], programme_id=programme["id"], role=role, call_id=call["id"],
            representative_id=people[0] if people else None, alternate_id=people[1] if len(people) > 1 else None,
            received_on=received, status=str(status),
            statement=(f"{self.orgs[index]['name']} wishes to serve as a {Role(role).label.lower()} of the "
                       f"{programme['name']} programme and to contribute to its work on "
                       f"{r.choice(ws).lower()}."),
            decision=str(decision) if decision else None, decision_rationale=rationale,
            decided_on=steps[-1][1] if decision else None,
            contribution_kinds=",".join(kinds),
            contribution_details=_contribution(r, kinds),
            work_streams="; ".join(r.sample(ws, min(len(ws), r.randint(1, 2)))),
            priority_sectors="; ".join(r.sample(_SECTORS, r.randint(1, 3))),
            screening=screening,
            mac_opinion=mac,
        )
        self.applications.append(row)
        previous, last = None, None
        for step, day in steps:
            t = self.base()
            at = datetime.combine(day, time(r.randint(8, 17), r.randint(0, 59)))
            if last is not None and at <= last:  # two steps on one day: in their order
                at = last + timedelta(minutes=r.randint(5, 90))
            t.update(application_id=aid, from_status=str(previous) if previous else None, to_status=str(step),
                     at=at, actor=ACTOR, reason=rationale if step in (S.ACCEPTED, S.NOT_ACCEPTED) else _REASONS[step])
            self.transitions.append(t)
            previous, last = step, at
        if decision == S.ACCEPTED:
            self.accepted_membership(index, programme, row)
        return row

    def reviews_for(self, application_id: uuid.UUID, index: int, call: dict, reviewer_pool: list,
                    status: str) -> list[float]:
        """Two or three reviewers (never of the applicant's own organisation) score every criterion; accepted
        applications were scored well, those turned down after review poorly."""
        r = self.rng
        weights = {S.ACCEPTED: (0, 1, 3, 6, 5), S.NOT_ACCEPTED: (3, 5, 5, 2, 1)}.get(status, (1, 2, 4, 5, 3))
        candidates = [p for p in reviewer_pool if self.person_org[p] != index]
        scores = []
        for reviewer in r.sample(candidates, min(len(candidates), r.randint(2, 3))):
            for crit in call["_criteria"]:
                score = float(r.choices((1, 2, 3, 4, 5), weights=weights)[0])
                rev = self.base()
                rev.update(application_id=application_id, criterion_id=crit, reviewer_id=reviewer, score=score,
                           comment=r.choice(["", "", "Clear and convincing.", "Needs more detail.",
                                             "Good regional reach."]))
                self.reviews.append(rev)
                scores.append(score)
        return scores

    def accepted_membership(self, index: int, programme: dict, app: dict) -> None:
        """The membership accepting ``app`` made (applications.accept_application): from the decision date,
        a two-year term for co-leads and core partners, its notes naming the application. A term that has
        run out since is holding over, the programme's next call deciding on it."""
        role = app["role"]
        start = app["decided_on"]
        end = add_years(start, TERM_YEARS) if role in (Role.CO_LEAD, Role.CORE_PARTNER) else None
        self.membership(index, programme, role, start, end, MembershipStatus.ACTIVE,
                        notes=_ACCEPTED_NOTE.format(id=app["id"]))

    # the leadership renewal process (schema 0003)
    def renewal_process(self) -> None:
        """SPP's leadership renewal in step 3: steps 1-2 done, step 3 under way, the co-lead call's
        applicants and the incumbents seeking renewal as candidates, MAC opinions on some, scores of the
        incumbents, a succession plan to 2030 and the external-review checklist half ticked. The screened
        applicants span every regional group and cluster; which five are proposed is the selection
        optimiser's answer under the Leadership area's balance rules, worked out once the rows are written
        (`_propose_leadership`)."""
        r = self.rng
        spp = next((p for p in self.programmes if p["code"] == "SPP" and p["active"]), None)
        call = next((c for c in self.calls if spp and c["programme_id"] == spp["id"] and c["role"] == Role.CO_LEAD), None)
        if spp is None or call is None:
            return
        leads = [m for m in self.memberships if m["programme_id"] == spp["id"] and m["role"] == Role.CO_LEAD
                 and m["status"] == MembershipStatus.ACTIVE and m["term_start"] <= TODAY]
        leads.sort(key=lambda m: (m["term_end"] or date.max, m["id"].int))
        self.lead_applications(spp, call, {m["organisation_id"] for m in leads})
        out = self.renewal
        process = self.base()
        pid = process["id"]
        ends = [m["term_end"] for m in leads if m["term_end"]]
        if ends:
            span = (f"end between {min(ends):%B %Y} and {max(ends):%B %Y}" if min(ends).year * 12 + min(ends).month
                    != max(ends).year * 12 + max(ends).month else f"end in {min(ends):%B %Y}")
            why = f"the terms of all {_count_word(len(ends))} co-leads {span}"
        else:
            span, why = "", "the programme has no co-lead in office"
        process.update(programme_id=spp["id"], title="SPP leadership renewal 2026–2027", call_id=call["id"],
                       opened_on=date(2026, 1, 20),
                       notes=(f"The co-leads' two-year terms {span}; the renewal runs as one process for all "
                              "leads" if ends else "The programme has no co-lead in office; the renewal finds its "
                              "leads") + ", with the Board's decision expected in March 2027.")
        out["processes"].append(process)
        closes = call["closes_on"]
        plan = [
            (1, StepState.DONE, date(2026, 1, 15), date(2026, 3, 31), date(2026, 1, 20), date(2026, 3, 18),
             "SPP co-leads and the One Planet network Secretariat",
             f"Agreed at the co-leads' call of 18 March 2026: a renewal is needed as {why}; four steps; the Board "
             "to decide in March 2027. Minutes filed with the desk."),
            (2, StepState.DONE, date(2026, 4, 15), date(2026, 7, 31), call["opens_on"], closes,
             "SPP coordination desk",
             f"Open call for expressions of interest published on {call['opens_on'].day} {call['opens_on']:%B %Y} "
             f"on the One Planet network website and sent to all network members; closed on "
             f"{closes.day} {closes:%B %Y}."),
            (3, StepState.IN_PROGRESS, date(2026, 8, 1), date(2026, 12, 15), LEAD_REVIEW_START, None,
             "One Planet network Secretariat, consulting the SPP coordination desk",
             "Applications scored by the Secretariat's reviewers against the call's criteria; the coordination desk "
             "consulted on 2 October 2026; the MAC gave its opinion on the first applications at its virtual "
             f"meeting of {MAC_MEETING.day} {MAC_MEETING:%B %Y}."),
            (4, StepState.NOT_STARTED, date(2027, 1, 15), date(2027, 3, 31), None, None,
             "One Planet network Secretariat", ""),
        ]
        for number, state, p_start, p_end, a_start, a_end, who, evidence in plan:
            step = self.base()
            done = state == StepState.DONE
            step.update(process_id=pid, number=number, state=str(state), planned_start=p_start, planned_end=p_end,
                        actual_start=a_start, actual_end=a_end, responsible=who, evidence=evidence,
                        override_reason="", closed_by=ACTOR if done else "",
                        closed_at=datetime.combine(a_end, time(16, 30)) if done else None)
            out["steps"].append(step)
        for position, wording in enumerate(DEFAULT_CHECKLIST):
            item = self.base()
            done = position in (0, 2, 4)
            item.update(process_id=pid, position=position, text=wording, done=done, done_by=ACTOR if done else "",
                        done_at=datetime(2026, 9, 1 + 7 * position, 10, 0) if done else None,
                        note="Discussed with the Secretariat." if position == 0 else "")
            out["checklist"].append(item)

        # Incumbents: whether each seeks renewal, its commitment and scores. Who is proposed comes later.
        index_of = {o["id"]: i for i, o in enumerate(self.orgs)}
        commitments = ["A full-time programme officer seconded to the coordination desk for 2027–2028, and "
                       "USD 60,000 a year.",
                       "Half of a programme manager's time and hosting the MAC's face-to-face meeting each year.",
                       "A full-time staff member for the coordination desk; translation of guidance into French."]
        reviewers = [pid_ for ids in self.org_people[:200] for pid_ in ids]
        seeking_rows = []
        for k, m in enumerate(leads):
            row = self.base()
            seeking = k < 2 or (k == 2 and len(leads) > 3)
            row.update(process_id=pid, organisation_id=m["organisation_id"], application_id=None,
                       membership_id=m["id"], seeking_renewal=seeking,
                       mac_opinion=("The MAC supports the renewal and notes the co-lead's strong regional network."
                                    if k == 0 else ""),
                       commitment=commitments[k % 3] if seeking else
                       "Will not seek a new term; hands over at the end of its term.",
                       proposed=False, proposed_note="")
            out["candidates"].append(row)
            if seeking:
                seeking_rows.append((row, index_of.get(m["organisation_id"])))
        for row, index in seeking_rows:
            pool = [p for p in reviewers if self.person_org.get(p) != index]
            for reviewer in (r.sample(pool, min(len(pool), 2)) if pool else []):
                for crit in call["_criteria"]:
                    score = self.base()
                    score.update(candidate_id=row["id"], criterion_id=crit, reviewer_id=reviewer,
                                 score=float(r.choice((3, 4, 4, 5))), comment="")
                    out["scores"].append(score)

    def lead_applications(self, spp: dict, call: dict, leads: set[uuid.UUID]) -> None:
        """SPP's co-lead call 2026: eight screened applications (four with the MAC's opinion), five of them
        pairing each regional group with a different cluster, three of those with a woman representing, so
        a balanced leadership of five can be found; then one each received, in screening, turned down at
        screening and withdrawn. Nothing is decided: the renewal is in step 3."""
        r = self.rng
        window = [i for i in range(min(len(self.orgs), SELECTION_WINDOW))
                  if self.orgs[i]["id"] not in leads and self.org_country[i]["regional_group"]]
        if not window:
            return
        r.shuffle(window)
        regions = [g.value for g in RegionalGroup]
        clusters = [c.value for c in StakeholderCluster]
        r.shuffle(regions)
        r.shuffle(clusters)
        chosen: list[int] = []
        for k, (region, cluster) in enumerate(zip(regions, clusters, strict=True)):
            tests = [lambda i, region=region, cluster=cluster, k=k: (
                        self.org_country[i]["regional_group"] == region and self.org_cluster[i] == cluster
                        and (k >= 3 or self.org_female[i])),
                     lambda i, region=region, cluster=cluster: (
                        self.org_country[i]["regional_group"] == region and self.org_cluster[i] == cluster),
                     lambda i, region=region: self.org_country[i]["regional_group"] == region]
            for test in tests:
                found = next((i for i in window if i not in chosen and test(i)), None)
                if found is not None:
                    chosen.append(found)
                    break
        strong = set(chosen)
        rest = [i for i in window if i not in strong]
        chosen += rest[:max(0, 8 - len(chosen))]
        others = rest[max(0, 8 - len(strong)):][:4]
        r.shuffle(chosen)
        reviewers = [pid for ids in self.org_people[: max(60, min(len(self.orgs), 400))] for pid in ids][:120]
        dates = {S.UNDER_REVIEW: LEAD_REVIEW_START, S.MAC_OPINION: MAC_MEETING}
        for k, i in enumerate(chosen):
            status = S.MAC_OPINION if k < 4 else S.UNDER_REVIEW
            self.application(i, spp, call, status, reviewers, pending=True, strong=i in strong, dates=dates)
        for i, status in zip(others, (S.RECEIVED, S.SCREENING, S.NOT_ACCEPTED, S.WITHDRAWN), strict=False):
            self.application(i, spp, call, status, reviewers, pending=True, dates=dates)

    # the core-partner selection round (schema 0004)
    def selection_round(self) -> None:
        """SPP's core-partner call 2026 ready for selection: screened applications with reviews in every
        regional group and cluster (at least SELECTION_POOL when the network is big enough), two incumbent
        core partners that applied, five more seeking renewal with a score, two that will not, and a saved
        round with the ToR's rules for 12 seats. Its own random generator, so the rest of the demo network
        stays as it was; only the first SELECTION_WINDOW organisations are looked at, whatever the size."""
        spp = next((p for p in self.programmes if p["code"] == "SPP" and p["active"]), None)
        call = next((c for c in self.calls if spp and c["programme_id"] == spp["id"]
                     and c["role"] == Role.CORE_PARTNER and c["opens_on"].year == 2026), None)
        if call is None or not self.orgs:
            return
        saved, self.rng = self.rng, Random(f"selection round {self.seed}")
        try:
            self._selection_round(spp, call)
        finally:
            self.rng = saved

    def _selection_round(self, spp: dict, call: dict) -> None:
        r = self.rng
        window = min(len(self.orgs), SELECTION_WINDOW)
        closes = call["closes_on"]
        rows = [TermRow(m["id"], m["organisation_id"], m["programme_id"], m["role"], m["term_start"], m["term_end"],
                        m["status"], m["renews_id"]) for m in self.memberships
                if m["programme_id"] == spp["id"] and m["role"] in (Role.CORE_PARTNER, Role.CO_LEAD)]
        office = in_office_on(rows, closes, TODAY)
        members = {m.organisation_id for m in office}
        incumbents = sorted((m for m in office if m.role == Role.CORE_PARTNER), key=lambda m: m.id.int)
        screened = {S.UNDER_REVIEW, S.MAC_OPINION}
        applied = {a["organisation_id"] for a in self.applications if a["call_id"] == call["id"]}
        wanted = {m.organisation_id for m in incumbents} | applied
        index_of = {o["id"]: i for i, o in enumerate(self.orgs) if o["id"] in wanted}  # one pass, no work per org
        reviewers = [pid for ids in self.org_people[: max(60, min(window, 400))] for pid in ids][:120]
        dates = {S.MAC_OPINION: MAC_MEETING}

        # Two incumbents in office apply again (counted once, through their application).
        again = [m for m in incumbents if m.organisation_id not in applied and m.organisation_id in index_of
                 and m.status == MembershipStatus.ACTIVE][:2]
        for m in again:
            self.application(index_of[m.organisation_id], spp, call, S.UNDER_REVIEW, reviewers, pending=True)
            applied.add(m.organisation_id)

        pool = [index_of[a["organisation_id"]] for a in self.applications
                if a["call_id"] == call["id"] and a["status"] in screened and a["organisation_id"] in index_of]
        free = [i for i in range(window) if self.orgs[i]["id"] not in applied and self.orgs[i]["id"] not in members
                and self.orgs[i]["parent_id"] is None and self.org_country[i]["regional_group"]]
        female = {i for i in (*range(window), *pool) if self.org_female[i]}
        r.shuffle(free)
        for _ in range(max(0, SELECTION_POOL - len(pool))):
            if not free:
                break
            choice = min(free, key=self._balance_need(pool, female))
            free.remove(choice)
            status = r.choices([S.UNDER_REVIEW, S.MAC_OPINION], weights=(65, 35))[0]
            self.application(choice, spp, call, status, reviewers, pending=True, dates=dates)
            pool.append(choice)
        # Not in the pool: turned down at screening, or withdrawn. The selection decides the rest.
        for choice, status in zip(free, (S.NOT_ACCEPTED, S.WITHDRAWN, S.NOT_ACCEPTED, S.WITHDRAWN), strict=False):
            self.application(choice, spp, call, status, reviewers, pending=True)

        # Incumbents who did not apply: five in office seek renewal (scored by the desk), two will not.
        out = self.selection
        round_row = self.base()
        round_row.update(call_id=call["id"], seats=SELECTION_SEATS,
                         rules=default_rule_dicts(SELECTION_SEATS, with_continuity=bool(incumbents)), pins={},
                         picked=[], notes="Pool closed on 30 April 2026 (applications that passed screening, and "
                                          "the core partners seeking renewal). The MAC gave its opinion on "
                                          f"{MAC_MEETING.day} {MAC_MEETING:%B %Y}; the co-leads propose the slate to "
                                          "the Secretariat in December.")
        out["rounds"].append(round_row)
        rest = [m for m in incumbents if m.organisation_id not in applied]
        staying = [m for m in rest if m.status == MembershipStatus.ACTIVE]
        leaving = [m for m in rest if m.status != MembershipStatus.ACTIVE] + staying[5:]
        for m, seeking in [*((m, True) for m in staying[:5]), *((m, False) for m in leaving[:2])]:
            row = self.base()
            if seeking:
                note = "Seeks a second term; active in two working groups."
            elif m.status != MembershipStatus.ACTIVE:
                note = f"Did not seek renewal; its term ended on {m.term_end.day} {m.term_end:%B %Y}."
            else:
                note = "Will not seek a new term; thanked at the MAC meeting."
            row.update(round_id=round_row["id"], organisation_id=m.organisation_id, membership_id=m.id,
                       seeking_renewal=seeking, score=round(r.uniform(3.0, 4.6), 1) if seeking else None, note=note)
            out["candidates"].append(row)

    def _balance_need(self, pool: list[int], female: set[int]) -> Callable[[int], tuple]:
        """Sort key for the next applicant: first who fills a regional group or cluster with fewer than three
        in the pool, then a female representative while they are under 55%."""
        by_region = {g.value: 0 for g in RegionalGroup}
        by_cluster = {c.value: 0 for c in StakeholderCluster}
        for i in pool:
            by_region[self.org_country[i]["regional_group"] or ""] = by_region.get(
                self.org_country[i]["regional_group"] or "", 0) + 1
            by_cluster[self.org_cluster[i]] = by_cluster.get(self.org_cluster[i], 0) + 1
        want_women = sum(1 for i in pool if i in female) < 0.55 * max(len(pool), 1)

        def need(i: int) -> tuple:
            short = (by_region.get(self.org_country[i]["regional_group"], 0) < 3) + (by_cluster.get(self.org_cluster[i], 0) < 3)
            return -short, (i in female) != want_women

        return need

def _finish_selection(session, gen: _Generator) -> None:
    """With the rows written: a hand-picked start (the ten best scores) and one saved scenario (the best slate
    keeping at least five incumbents), worked out by the selection service and its optimiser."""
    from opn_desk.selection import best_slate
    from opn_desk.services import selection_round as sr

    if not gen.selection["rounds"]:
        return
    round_row = gen.selection["rounds"][0]
    current = sr.get_round(session, round_row["call_id"], today=TODAY)
    picked = [m.key for m in current.pool if m.application_id is not None][:10]
    rules = [dict(rule) for rule in current.rules]
    for rule in rules:
        if rule.get("name") == sr.CONTINUITY:
            rule.pop("min_share", None)
            rule["min"] = 5
    slate = best_slate(current.problem(rules=rules)) or best_slate(current.problem())
    session.execute(SelectionRound.__table__.update().where(SelectionRound.id == round_row["id"])
                    .values(picked=picked))
    if slate is None:
        return
    scenario = {"id": gen.uid(), "created_at": STAMP, "updated_at": STAMP, "version": 1,
                "round_id": round_row["id"], "name": "More continuity (at least 5 incumbents)",
                "seats": current.seats, "rules": rules, "pins": {}, "selected": list(slate.ids),
                "score": round(slate.score, 9),
                "notes": "Asked for by two co-leads: keeps more of the current core partners."}
    session.execute(insert(SelectionScenario), [scenario])


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _propose_leadership(session, gen: _Generator) -> None:
    """With the rows written: SPP's proposed leadership is the selection optimiser's best five (highest total
    of weighted scores) among the screened applicants and the incumbents seeking renewal (leaving out those
    the MAC advised against while five can be found without them), under the balance rules the Leadership
    area applies; its notes and the succession plan say what came out, worked out from the result."""
    from opn_desk.selection import best_slate
    from opn_desk.services import renewal

    if not gen.renewal["processes"]:
        return
    process = gen.renewal["processes"][0]
    candidates = renewal.list_candidates(session, process["id"], today=TODAY)
    eligible = [c for c in candidates if c.status_code in (S.UNDER_REVIEW, S.MAC_OPINION, renewal.SEEKING_RENEWAL)]
    favoured = [c for c in eligible if c.mac_opinion != _MAC_AGAINST]
    chosen: list = []
    for pool in (favoured, eligible):
        if len(pool) < LEAD_SEATS:
            continue
        slate = best_slate(renewal.leadership_problem(pool, LEAD_SEATS))
        if slate is not None:
            ids = set(slate.ids)
            chosen = [c for c in pool if str(c.key) in ids]  # in ranking order
            break
    balance = renewal.balance_of(candidates, chosen)
    ranked = sum(1 for c in candidates if c.rank)
    candidate_rows, updates = [], []
    regions = Counter(c.regional_group_code for c in chosen)
    clusters = Counter(c.cluster_code for c in chosen)
    for c in chosen:
        note = f"Ranked {_ordinal(c.rank)} of {ranked} by weighted total" if c.rank else "Not scored yet"
        only = []
        if regions[c.regional_group_code] == 1:
            only.append(f"the only lead from {c.regional_group}")
        if clusters[c.cluster_code] == 1:
            cluster = c.cluster if c.cluster.startswith("UN") else c.cluster[:1].lower() + c.cluster[1:]
            only.append(f"the only one from the {cluster} cluster")
        note += ("; " + " and ".join(only) if only else "") + "."
        if c.kind == renewal.INCUMBENT:
            note += " Continuity: an incumbent co-lead seeking renewal."
            updates.append((c.organisation_id, note))
        else:
            row = {"id": gen.uid(), "created_at": STAMP, "updated_at": STAMP, "version": 1,
                   "process_id": process["id"], "organisation_id": c.organisation_id, "application_id": c.application_id,
                   "membership_id": None, "seeking_renewal": None, "mac_opinion": "", "commitment": "",
                   "proposed": True, "proposed_note": note}
            candidate_rows.append(row)
    if candidate_rows:
        session.execute(insert(RenewalCandidate), candidate_rows)
    table = RenewalCandidate.__table__
    for organisation_id, note in updates:
        session.execute(table.update().where(table.c.process_id == process["id"],
                                             table.c.application_id.is_(None),
                                             table.c.organisation_id == organisation_id)
                        .values(proposed=True, proposed_note=note))

    rules = len(balance.rules)
    if not chosen:
        summary = (f" No leadership is proposed yet: no {_count_word(LEAD_SEATS)} screened candidates meet the "
                   "balance rules together.")
    elif not balance.broken:
        edge = sum(1 for r in balance.rules if r.state == "at the edge")
        incumbents = sum(1 for c in chosen if c.incumbent)
        summary = (f" Proposed leadership: the {_count_word(len(chosen))} candidates with the highest total score "
                   f"that together meet all {rules} balance rules ({edge} at the edge), found by the selection "
                   "optimiser; " + ("none of them is an incumbent." if incumbents == 0 else
                                    f"{_count_word(incumbents)} of them "
                                    f"{'is an incumbent' if incumbents == 1 else 'are incumbents'}."))
    else:  # cannot happen with the optimiser's answer; said as it is if it ever does
        summary = (f" Proposed leadership: {len(chosen)} leads; {len(balance.broken)} of {rules} balance rules "
                   f"broken ({', '.join(r.name for r in balance.broken)}).")
    steps = RenewalStep.__table__
    step3 = next(s for s in gen.renewal["steps"] if s["number"] == 3)
    session.execute(steps.update().where(steps.c.id == step3["id"]).values(evidence=step3["evidence"] + summary))

    missing = [g.label for g in RegionalGroup if g.value not in regions]
    newcomers = [c.organisation_id for c in chosen if not c.incumbent]
    plan = [
        (2027, [c.organisation_id for c in chosen], "Leadership as proposed to the Board for 2027–2028." if chosen
         else "Leadership for 2027–2028, to be proposed once the review of applications is complete."),
        (2028, [], "Mid-term check of the leads' commitments"
         + (f"; a seat opened to {missing[0]}, which the proposal leaves out." if missing and chosen else ".")),
        (2029, newcomers[:2], "Renewal call for 2029–2030"
         + ("; the 2027 newcomers may seek a second term." if newcomers else ".")),
        (2030, [], "Handover to the leadership for the post-2030 strategy."),
    ]
    entries = []
    for year, orgs, note in plan:
        if not orgs:
            entry = {"id": gen.uid(), "created_at": STAMP, "updated_at": STAMP, "version": 1,
                     "process_id": process["id"], "year": year, "organisation_id": None, "role": str(Role.CO_LEAD),
                     "note": note, "name": (f"Open seat: {missing[0]}" if year == 2028 and missing and chosen
                                            else "To be decided by the 2029 renewal" if year == 2028
                                            else "To be decided")}
            entries.append(entry)
        for org_id in orgs:
            entries.append({"id": gen.uid(), "created_at": STAMP, "updated_at": STAMP, "version": 1,
                            "process_id": process["id"], "year": year, "organisation_id": org_id, "name": "",
                            "role": str(Role.CO_LEAD), "note": note})
    session.execute(insert(SuccessionEntry), entries)


def _count_word(n: int) -> str:
    return ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")[n] if n < 10 else str(n)


def _by_id(row: dict) -> int:
    return row["id"].int


def _two_years_after(end: date) -> date:
    """The last day of a two-year term starting the day after ``end``."""
    try:
        return end.replace(year=end.year + 2)
    except ValueError:  # 29 February
        return end.replace(year=end.year + 2, day=28)


def _two_years_before(end: date) -> date:
    try:
        start = end.replace(year=end.year - 2)
    except ValueError:  # 29 February
        start = end.replace(year=end.year - 2, day=28)
    return start + timedelta(days=1)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x370 or 0x1E00 <= ord(ch) <= 0x1EFF or not ch.isalpha() for ch in text)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-–,'’()]+", name) if w and w.lower() not in _STOP]
    letters = "".join(w[0].upper() for w in words if w[0].isalpha())
    return letters[:8] if len(letters) >= 2 else ""


def _contribution(r: Random, kinds: list[str]) -> str:
    parts = []
    if "financial" in kinds:
        parts.append(f"USD {r.randint(1, 20) * 5_000:,} a year")
    if "in_kind" in kinds:
        parts.append(r.choice(["hosting one regional workshop", "translation of guidance into Spanish",
                               "meeting rooms and catering", "a web platform for the community of practice"]))
    if "staff_time" in kinds:
        parts.append(f"{r.choice(('0.1', '0.2', '0.3', '0.5'))} FTE of a {r.choice(('policy officer', 'researcher', 'programme manager'))}")
    return "; ".join(parts)


def generate_demo(store: OpenedStore, *, seed: int = 1, organisations: int = 900,
                  progress: Callable[[float, str], None] | None = None,
                  abort: Callable[[], bool] | None = None, actor: str | None = None) -> DemoSummary:
    """Fill a fresh database with a demo network of ``organisations`` organisations; all or nothing.
    ``actor``: who the history names (the officer; the login name when not given)."""
    from opn_desk.services.desk import default_actor

    def report(fraction: float, message: str) -> None:
        if abort is not None and abort():
            raise Cancelled(CANCELLED)
        if progress is not None:
            progress(min(1.0, fraction), message)

    n = max(0, int(organisations))
    report(0.0, "Reading countries and programmes…")
    with store.sessions().begin() as session:
        countries = [
            {"id": c.id, "iso3": c.iso3, "iso2": c.iso2, "name_en": c.name_en, "regional_group": c.regional_group}
            for c in session.scalars(select(Country).order_by(Country.iso3))
        ]
        programmes = [{"id": p.id, "code": p.code, "name": p.name, "active": p.active}
                      for p in session.scalars(select(Programme).order_by(Programme.code))]
        order = {info: k for k, info in enumerate(["SPP", "CI", "SFS", "SLE", "STP", "SBC"])}
        programmes.sort(key=lambda p: order.get(p["code"], 99))
        if not countries:
            raise DeskError(translate("Demo", "The database has no countries; create a new database for the demo network."))
        gen = _Generator(seed, countries, programmes)
        gen.checklists = {role.value: list(screening_checklist(session, role.value)) for role in Role}
        r = gen.rng

        # Countries: every grouped country (and Palestine, the Holy See) once, then by rough size.
        eligible = [c for c in countries if c["regional_group"] or c["iso3"] in ("PSE", "VAT")] or countries
        spread = eligible[:]
        r.shuffle(spread)
        weights = list(accumulate(4.0 if c["iso3"] in _BIG else 0.05 if c["iso3"] in _TINY
                                  else 2.0 if c["regional_group"] == "WEOG" else 1.0
                                  for c in eligible))
        gen.countries = eligible
        gen.anchors()
        del gen.orgs[n:]
        del gen.org_cluster[n:], gen.org_country[n:], gen.org_domain[n:]
        kept = {o["id"] for o in gen.orgs}
        gen.other_names = [o for o in gen.other_names if o["organisation_id"] in kept]
        gen.igo_ids = {k: v for k, v in gen.igo_ids.items() if v in kept}
        gen.ministries = {k: v for k, v in gen.ministries.items() if v in kept}
        start = len(gen.orgs)
        step = max(1, n // 20)
        for i in range(n - start):
            gen.organisation(gen.pick_country(i, spread, weights))
            if i % step == 0:
                report(0.3 * i / max(1, n), f"Inventing organisations… {start + i:,} of {n:,}")
        gen.link_agencies()
        report(0.3, "Inventing people…")
        for index in range(n):
            gen.people_for(index)
            if index % step == 0:
                report(0.3 + 0.1 * index / max(1, n), f"Inventing people… {index:,} of {n:,}")
        report(0.42, "Inventing calls and applications…")
        gen.calls_and_applications(n)
        report(0.46, "Inventing memberships…")
        if n:
            gen.memberships_for(n)
        gen.renewal_process()
        gen.selection_round()
        for call in gen.calls:
            call.pop("_criteria", None)

        summary = DemoSummary(
            organisations=len(gen.orgs), countries=len({o["country_id"] for o in gen.orgs}),
            people=len(gen.people), memberships=len(gen.memberships), calls=len(gen.calls),
            applications=len(gen.applications), reviews=len(gen.reviews), other_names=len(gen.other_names),
        )
        audit = {"id": gen.uid(), "created_at": STAMP, "updated_at": STAMP, "version": 1, "at": utcnow(),
                 "actor": actor or default_actor(), "operation": DEMO_OPERATION, "description": "Demo network generated",
                 "table_name": "organisation", "record_id": DEMO_RECORD, "action": "create",
                 "changes": {"seed": seed, "organisations": summary.organisations, "countries": summary.countries,
                             "people": summary.people, "memberships": summary.memberships,
                             "calls": summary.calls, "applications": summary.applications,
                             "reviews": summary.reviews, "other_names": summary.other_names}}
        tables = [
            (Organisation, gen.orgs, "organisations"), (OrganisationName, gen.other_names, "other names"),
            (Person, gen.people, "people"), (Membership, gen.memberships, "memberships"),
            (Call, gen.calls, "calls"), (EvaluationCriterion, gen.criteria, "evaluation criteria"),
            (Application, gen.applications, "applications"),
            (ApplicationTransition, gen.transitions, "application history"), (Review, gen.reviews, "reviews"),
            (RenewalProcess, gen.renewal["processes"], "renewal process"),
            (RenewalStep, gen.renewal["steps"], "renewal steps"),
            (RenewalChecklistItem, gen.renewal["checklist"], "renewal checklist"),
            (RenewalCandidate, gen.renewal["candidates"], "renewal candidates"),
            (RenewalScore, gen.renewal["scores"], "incumbents' scores"),
            (SelectionRound, gen.selection["rounds"], "selection round"),
            (SelectionCandidate, gen.selection["candidates"], "incumbents in the selection round"),
            (AuditEntry, [audit], "audit trail"),
        ]
        # In key order, the primary-key indexes grow at the end instead of splitting pages all over;
        # rows that refer to rows of their own table (parents, renewed terms) come after them.
        gen.orgs.sort(key=lambda o: (o["parent_id"] is not None, o["id"].int))
        gen.memberships.sort(key=lambda m: (m["renews_id"] is not None, m["id"].int))
        for rows in (gen.other_names, gen.people, gen.applications, gen.transitions, gen.reviews):
            rows.sort(key=_by_id)
        total_rows = sum(len(rows) for _m, rows, _l in tables) or 1
        written = 0
        on_sqlite = session.get_bind().dialect.name == "sqlite"
        if on_sqlite:
            session.execute(text(f"PRAGMA cache_size = {WRITE_CACHE_KIB}"))
        for model, rows, label in tables:
            for chunk in range(0, len(rows), CHUNK):
                part = rows[chunk:chunk + CHUNK]
                report(0.5 + 0.5 * written / total_rows, f"Writing {label}…")
                session.execute(insert(model).execution_options(render_nulls=True), part)
                written += len(part)
        report(1.0, "Preparing the selection round…")
        _finish_selection(session, gen)
        report(1.0, "Proposing the leadership…")
        _propose_leadership(session, gen)
        report(1.0, "Inventing the programme's year…")
        from opn_desk.services.demo_year import add_programme_year  # reporting, portfolio, health

        add_programme_year(session, seed, TODAY)
        from opn_desk.services.demo_meetings import add_meetings  # MAC meetings, SPP's work plan

        add_meetings(session, seed, TODAY)
        report(1.0, "Saving…")
        if on_sqlite:
            session.execute(text("PRAGMA cache_size = -2000"))  # SQLite's default again
    if progress is not None:
        progress(1.0, "Demo network ready.")
    return summary
