"""Is this organisation already in the registry? Matching that says why, and merging duplicates.

A candidate (a name typed in the editor, a row of an import) is compared with every organisation
that has not been merged away, on:

- the normalised name: case, accents and punctuation folded, legal forms dropped from the end
  (Ltd, Inc., GmbH, S.A., SARL, LLC, e.V., AG, plc...), "the", "of", "and" ignored, spaces ignored;
  "Foundation", "Association" and the like are part of a name and are kept;
- other names, in any language, on both sides;
- acronyms: equal acronyms, and an acronym against the initials of the other's significant words
  ("UNEP" ~ "United Nations Environment Programme");
- the registrable domain of the website (www. and sub-domains dropped: "https://www.unep.org/x"
  -> unep.org; "x.ac.uk" kept as such);
- the domain of the representative's e-mail against the organisation's website and its people's
  e-mail domains (public mail services such as gmail.com are ignored).

Each `DuplicateMatch` lists its reasons in plain words and a strength in [0, 1]. ``certain``
marks a match the desk treats as the same organisation without asking: the same normalised name
(or other name) in the same country, or the same website domain together with a name or acronym
reason and no conflicting country.
"""

from __future__ import annotations

import gc
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from opn_desk.db.models import Application, Base, Country, Membership, Organisation, OrganisationName, Person
from opn_desk.domain.text import fold
from opn_desk.i18n import translate
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import NotAllowed, NotFound

# Legal forms, folded and split into tokens ("S.A.R.L." -> s a r l). Removed from the end only.
LEGAL_FORMS: frozenset[tuple[str, ...]] = frozenset(tuple(f.split()) for f in (
    "ltd", "limited", "inc", "incorporated", "corp", "llc", "l l c", "llp", "lp", "plc", "p l c", "pty", "pty ltd",
    "pvt ltd", "pvt", "pte ltd", "pte", "co ltd", "co", "company", "gmbh", "ggmbh", "gmbh co kg", "ag", "kg", "kgaa",
    "e v", "ev", "s a", "sa", "s a s", "sas", "s a r l", "sarl", "s a de c v", "sa de cv", "s p a", "spa", "s r l",
    "srl", "s l", "sl", "s l u", "slu", "b v", "bv", "n v", "nv", "a s", "as", "ab", "oy", "oyj", "k k", "kk", "asbl",
    "a s b l", "vzw", "aisbl", "cic", "cio", "s c", "sc", "s c s", "ltda", "s a c", "sac", "eirl", "ong",
))
STOPWORDS = frozenset({"the", "of", "and", "for", "de", "des", "du", "la", "le", "les", "et", "del",
                       "y", "und", "fur", "der", "die", "das", "l", "d"})
PUBLIC_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "aol.com", "icloud.com",
    "me.com", "mac.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "gmx.de", "web.de",
    "mail.com", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "yandex.com", "yandex.ru", "ya.ru", "qq.com",
    "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "naver.com", "daum.net", "hanmail.net",
    "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "libero.it", "virgilio.it", "tiscali.it",
    "zoho.com", "rediffmail.com", "t-online.de", "btinternet.com", "bigpond.com", "comcast.net", "verizon.net",
    "att.net", "sbcglobal.net", "rocketmail.com", "ymail.com", "tutanota.com", "hushmail.com", "fastmail.com",
    "uol.com.br", "bol.com.br", "terra.com.br", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "rambler.ru",
    "yahoo.com", "example.com", "example.org",
})
PUBLIC_MAIL_PREFIXES = ("yahoo.", "hotmail.", "outlook.", "live.", "gmx.", "yandex.", "aol.", "msn.", "windowslive.")
# Websites on shared platforms say nothing about who the organisation is.
SHARED_HOSTS = frozenset({
    "facebook.com", "fb.com", "linkedin.com", "twitter.com", "x.com", "instagram.com", "youtube.com",
    "wordpress.com", "blogspot.com", "wixsite.com", "wix.com", "weebly.com", "squarespace.com", "google.com",
    "github.io", "github.com", "medium.com", "tumblr.com", "sites.google.com", "bit.ly", "linktr.ee",
})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gob", "gouv", "ac", "edu", "or", "go", "ne", "nic",
                           "mil", "int", "govt", "sch", "nhs", "ltd", "plc", "res", "asn", "id", "info", "biz",
                           "nom", "gv", "ernet", "mus", "ong"})

# Strength of each kind of evidence; several kinds combine as independent evidence.
_STRENGTH = {"name_same_country": 0.95, "name": 0.7, "name_other_country": 0.45, "website": 0.8,
             "email": 0.6, "acronym": 0.4, "initials": 0.45}
_NAME_KINDS = {"name_same_country", "name", "name_other_country", "acronym", "initials"}
COMMON = 25  # a key shared by more organisations than this says little (e.g. un.org, "CI")
_PUNCT = re.compile(r"[^\w\s]+")


# ----------------------------------------------------------------------------------------- keys

_LEGAL_LAST = frozenset(form[-1] for form in LEGAL_FORMS)


def _tokens(folded: str) -> list[str]:
    tokens = folded.split()
    while len(tokens) > 1 and tokens[-1] in _LEGAL_LAST:
        for n in (5, 4, 3, 2, 1):
            if len(tokens) > n and tuple(tokens[-n:]) in LEGAL_FORMS:
                tokens = tokens[:-n]
                break
        else:
            break
    kept = [t for t in tokens if t not in STOPWORDS]
    return kept or tokens


def fast_fold(text: str) -> str:
    """Exactly `opn_desk.domain.text.fold`, faster for plain ASCII text (for which Unicode
    decomposition changes nothing and casefold is lower)."""
    if text.isascii():
        return " ".join(_PUNCT.sub(" ", text.lower()).split())
    return fold(text)


_fold = fast_fold


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector: building an index allocates millions of small objects,
    none in cycles, and each collection would walk them all again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def name_tokens(name: str, folded: str | None = None) -> list[str]:
    """The significant words of a name: folded, without legal forms at the end nor stopwords."""
    return _tokens(folded if folded is not None else _fold(name))


def name_key(name: str, folded: str | None = None) -> str:
    """The normalised name two spellings of the same organisation share ("" when nothing is left)."""
    return "".join(name_tokens(name, folded))


def initials(tokens: Sequence[str]) -> str:
    return "".join([t[0] for t in tokens if t])


def _initials_keys(folded: str, tokens: Sequence[str] | None = None) -> set[str]:
    """Initials of the significant words, and of the part before " of " ("Food and Agriculture
    Organization of the United Nations" -> "fao"), when at least three letters long."""
    keys = set()
    full = initials(tokens if tokens is not None else _tokens(folded))
    if len(full) >= 3:
        keys.add(full)
    if " of " in folded:
        short = initials(_tokens(folded.partition(" of ")[0]))
        if len(short) >= 3:
            keys.add(short)
    return keys


def acronym_key(acronym: str) -> str:
    return _fold(acronym).replace(" ", "")


def registrable_domain(host: str) -> str:
    """The part of a host name an organisation registers: unep.org for www.unep.org, x.ac.uk for
    www.x.ac.uk (a short list of second-level labels stands in for the public suffix list)."""
    host = host.strip().strip(".").lower()
    labels = host.split(".")
    if "" in labels:
        labels = [label for label in labels if label]
    if len(labels) < 2:
        return ""
    last = labels[-1]
    if last.isdigit():  # an IP address
        return ".".join(labels)
    if len(labels) >= 3 and len(last) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return labels[-2] + "." + last


_HOST = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.\-]*://)?(?:[^@/?#\s]*@)?([^/?#:\s]+)")


def website_domain(website: str) -> str:
    """The registrable domain of a website address, "" when there is none (or it is a shared host)."""
    text = website.strip() if website else ""
    if not text or " " in text:
        return ""
    m = _HOST.match(text)
    if m is None:
        return ""
    host = m.group(1).lower().rstrip(".")
    if "." not in host or host in SHARED_HOSTS:
        return ""
    domain = registrable_domain(host)
    return "" if domain in SHARED_HOSTS else domain


@lru_cache(maxsize=262_144)
def _mail_host_domain(host: str) -> str:
    host = host.lower().rstrip(">").strip()
    if "." not in host:
        return ""
    domain = registrable_domain(host)
    if not domain or domain in PUBLIC_MAIL or host in PUBLIC_MAIL or domain.startswith(PUBLIC_MAIL_PREFIXES):
        return ""
    return domain


def email_domain(email: str) -> str:
    """The registrable domain of an e-mail address, "" for public mail services."""
    _, at, host = (email or "").strip().rpartition("@")
    return _mail_host_domain(host) if at else ""


def _acronym_like(name: str) -> str:
    """A name that is itself an acronym ("UNEP", "WWF"): its key, else ""."""
    text = name.strip().replace(".", "")
    if 2 <= len(text) <= 10 and " " not in text and text.isupper():
        return acronym_key(text)
    return ""


# ------------------------------------------------------------------------------------ matching

@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    name: str
    acronym: str = ""
    other_names: tuple[str, ...] = ()
    website: str = ""
    emails: tuple[str, ...] = ()
    country_iso3: str | None = None


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    org_id: uuid.UUID
    name: str
    reasons: tuple[str, ...]
    strength: float
    certain: bool = False  # the same organisation without asking (see the module's documentation)
    country_iso3: str | None = None

    def describe(self) -> str:
        return f"{self.name}: " + "; ".join(self.reasons)


@dataclass
class _Evidence:
    kinds: dict[str, str] = field(default_factory=dict)  # kind -> reason (first one per kind kept)

    def add(self, kind: str, reason: str) -> None:
        self.kinds.setdefault(kind, reason)


def _hex(value: uuid.UUID | str) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


def _raw(column):
    """A UUID column read as its stored text (32 hex digits on SQLite): no UUID object per row."""
    return type_coerce(column, String)


class DuplicateIndex:
    """In-memory keys of many organisations, for matching thousands of candidates quickly.

    Organisations are held by the hex text of their id (turned into UUIDs only for the matches
    returned), which keeps building the index over 100,000 organisations around a second.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.names: list[str] = []
        self.countries: list[str | None] = []
        self._names: dict[str, list[tuple[int, str]]] = defaultdict(list)  # key -> (org, written name or "")
        self._acronyms: dict[str, list[int]] = defaultdict(list)
        self._acronym_text: dict[int, str] = {}
        self._initials: dict[str, list[int]] = defaultdict(list)
        self._web: dict[str, list[int]] = defaultdict(list)
        self._mail: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.ids)

    # -- building
    @classmethod
    def build(cls, session: Session, org_ids: Iterable[uuid.UUID] | None = None) -> DuplicateIndex:
        """Index every organisation not merged away (or only those of ``org_ids``), with Core selects."""
        with gc_paused():
            return cls._build(session, org_ids)

    @classmethod
    def _build(cls, session: Session, org_ids: Iterable[uuid.UUID] | None) -> DuplicateIndex:
        index = cls()
        connection = session.connection()
        countries = dict(connection.execute(select(_raw(Country.id), Country.iso3)).all())
        wanted = list(org_ids) if org_ids is not None else None
        chunks = [wanted[i:i + 500] for i in range(0, len(wanted), 500)] if wanted is not None else [None]
        for chunk in chunks:
            # Merged organisations are skipped here rather than in SQL: a condition on merged_into_id
            # makes SQLite walk that index instead of the primary key or a plain scan.
            position: dict[str, int] = {}
            orgs = select(_raw(Organisation.id), Organisation.name, Organisation.acronym, Organisation.website,
                          _raw(Organisation.country_id), Organisation.sort_name, Organisation.merged_into_id)
            if chunk is not None:
                orgs = orgs.where(Organisation.id.in_(chunk))
            for org_id, name, acronym, website, country_id, sort_name, merged in connection.execute(orgs):
                if merged is None:
                    position[org_id] = index._add(_hex(org_id), name, acronym or "", website or "",  # UUID on PG
                                                  countries.get(country_id), sort_name or None)
            names = select(_raw(OrganisationName.organisation_id), OrganisationName.name)
            if chunk is not None:
                names = names.where(OrganisationName.organisation_id.in_(chunk))
            for org_id, other_name in connection.execute(names):
                at = position.get(org_id)
                if at is not None:
                    index._add_name(at, other_name, written=other_name)
            people = select(_raw(Person.organisation_id), Person.email).where(Person.email != "")
            if chunk is not None:
                people = people.where(Person.organisation_id.in_(chunk))
            seen: set[tuple[int, str]] = set()
            for org_id, email in connection.execute(people):
                at = position.get(org_id)  # people of merged organisations are not in ``position``
                if at is None:
                    continue
                domain = _mail_host_domain(email.rpartition("@")[2])
                if domain and (at, domain) not in seen:
                    seen.add((at, domain))
                    index._mail[domain].append(at)
        return index

    def add(self, org_id: uuid.UUID | str, name: str, *, acronym: str = "", website: str = "",
            country_iso3: str | None = None, other_names: Iterable[str] = (), email_domains: Iterable[str] = (),
            folded: str | None = None) -> int:
        """Add one organisation; ``folded`` may pass fold(name) when it is already known (sort_name)."""
        at = self._add(_hex(org_id), name, acronym, website, country_iso3, folded)
        for other in other_names:
            self._add_name(at, other, written=other)
        for domain in set(email_domains):
            if domain:
                self._mail[domain].append(at)
        return at

    def _add(self, org_id: str, name: str, acronym: str, website: str, country_iso3: str | None,
             folded: str | None) -> int:
        at = len(self.ids)
        self.ids.append(org_id)
        self.names.append(name)
        self.countries.append(country_iso3)
        f = folded if folded is not None else _fold(name)
        tokens = _tokens(f)
        key = "".join(tokens)
        if key:
            self._names[key].append((at, ""))
        if len(tokens) >= 3 or " of " in f:
            for k in _initials_keys(f, tokens):
                self._initials[k].append(at)
        if acronym:
            key = acronym_key(acronym)
            if len(key) >= 2:
                self._acronyms[key].append(at)
                self._acronym_text[at] = acronym.strip()
        else:
            key = ""
        if name.isupper():
            like = _acronym_like(name)
            if like and like != key:
                self._acronyms[like].append(at)
                self._acronym_text.setdefault(at, name.strip())
        if website:
            domain = website_domain(website)
            if domain:
                self._web[domain].append(at)
        return at

    def _add_name(self, at: int, name: str, *, written: str, folded: str | None = None) -> None:
        f = folded if folded is not None else _fold(name)
        tokens = _tokens(f)
        key = "".join(tokens)
        if key:
            self._names[key].append((at, written))
        if len(tokens) >= 3 or " of " in f:
            for k in _initials_keys(f, tokens):
                self._initials[k].append(at)

    # -- matching
    def match(self, candidate: DuplicateCandidate, limit: int | None = None,
              exclude: Iterable[uuid.UUID] = ()) -> list[DuplicateMatch]:
        """Organisations that may be ``candidate``, strongest first, each with its reasons."""
        found: dict[int, _Evidence] = defaultdict(_Evidence)
        country = (candidate.country_iso3 or "").upper() or None
        self._match_names(candidate, country, found)
        self._match_acronyms(candidate, found)
        self._match_domains(candidate, found)
        skip = {_hex(e) for e in exclude}
        matches = []
        for at, evidence in found.items():
            if self.ids[at] in skip:
                continue
            kinds = evidence.kinds
            miss = 1.0
            for kind in kinds:
                miss *= 1.0 - _STRENGTH[kind]
            theirs = self.countries[at]
            conflict = bool(country and theirs and country != theirs)
            certain = "name_same_country" in kinds or (
                "website" in kinds and bool(_NAME_KINDS & kinds.keys()) and not conflict
                and "name_other_country" not in kinds)
            matches.append(DuplicateMatch(uuid.UUID(self.ids[at]), self.names[at], tuple(kinds.values()),
                                          round(1.0 - miss, 3), certain, theirs))
        matches.sort(key=lambda m: (-m.strength, not m.certain, m.name))
        return matches[:limit] if limit else matches

    def _match_names(self, candidate: DuplicateCandidate, country: str | None, found) -> None:
        written = [(candidate.name, True)] + [(n, False) for n in candidate.other_names if n.strip()]
        for text, is_main in written:
            key = name_key(text)
            if not key:
                continue
            entries = self._names.get(key, ())
            if len(entries) > COMMON and country:
                entries = [e for e in entries if self.countries[e[0]] == country]
            for at, theirs in entries[: COMMON * 4]:
                if theirs:
                    reason = translate("Duplicates", "its other name '{theirs}' is the same as '{text}'").format(
                        theirs=theirs, text=text)
                elif is_main:
                    reason = translate("Duplicates", "the same name") if _fold(text) == _fold(self.names[at]) else \
                        translate("Duplicates", "the same name once case, accents, punctuation and legal form are set "
                                  "aside ('{text}')").format(text=text)
                else:
                    reason = translate("Duplicates", "its name is the same as the other name '{text}'").format(text=text)
                other_country = self.countries[at]
                if country and other_country == country:
                    found[at].add("name_same_country", translate("Duplicates", "{reason}, in the same country").format(
                        reason=reason))
                elif country and other_country:
                    found[at].add("name_other_country", translate(
                        "Duplicates", "{reason}, but in another country ({country})").format(reason=reason,
                                                                                          country=other_country))
                else:
                    found[at].add("name", reason)

    def _match_acronyms(self, candidate: DuplicateCandidate, found) -> None:
        keys = {acronym_key(candidate.acronym): candidate.acronym.strip()} if candidate.acronym.strip() else {}
        like = _acronym_like(candidate.name)
        if like and like not in keys:
            keys[like] = candidate.name.strip()
        for key, text in keys.items():
            if len(key) < 2:
                continue
            same = self._acronyms.get(key, ())
            if len(same) <= COMMON:
                for at in same:
                    found[at].add("acronym", translate("Duplicates", "the same acronym {acronym}").format(acronym=text))
            if len(key) >= 3:
                spelled = self._initials.get(key, ())
                if len(spelled) <= COMMON:
                    for at in spelled:
                        found[at].add("initials", translate("Duplicates", "the acronym {acronym} matches the initials of {name}").format(
                            acronym=text, name=self.names[at]))
        for key in _initials_keys(_fold(candidate.name)):
            if key in keys:
                continue
            same = self._acronyms.get(key, ())
            if len(same) <= COMMON:
                for at in same:
                    found[at].add("initials", translate("Duplicates", "its acronym {acronym} matches the initials of "
                                                        "{name}").format(acronym=self._acronym_text.get(at, key.upper()),
                                                                         name=candidate.name.strip()))

    def _match_domains(self, candidate: DuplicateCandidate, found) -> None:
        web = website_domain(candidate.website)
        if web:
            same = self._web.get(web, ())
            if len(same) <= COMMON:
                for at in same:
                    found[at].add("website", translate("Duplicates", "the same website domain {domain}").format(domain=web))
            same = self._mail.get(web, ())
            if len(same) <= COMMON:
                for at in same:
                    found[at].add("email", translate("Duplicates", "its people's e-mail addresses are at {domain}, the website's "
                                                    "domain").format(domain=web))
        for domain in dict.fromkeys(email_domain(e) for e in candidate.emails):
            if not domain:
                continue
            same = self._mail.get(domain, ())
            if len(same) <= COMMON:
                for at in same:
                    found[at].add("email", translate("Duplicates", "its people's e-mail addresses are at {domain} too").format(
                        domain=domain))
            if domain != web:
                same = self._web.get(domain, ())
                if len(same) <= COMMON:
                    for at in same:
                        found[at].add("email", translate("Duplicates", "the e-mail domain {domain} is its website's domain").format(
                            domain=domain))


# -------------------------------------------------------------------------------- live warnings

def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_duplicates(session: Session, candidate: DuplicateCandidate, limit: int = 5,
                    exclude: Iterable[uuid.UUID] = ()) -> list[DuplicateMatch]:
    """Possible duplicates of one candidate (the editor's live warning). One pass over the
    organisations and, when there are domains, one over the people pick those worth comparing;
    they are then matched exactly as an import would match them."""
    live = Organisation.merged_into_id.is_(None)
    conditions = []
    for text in (candidate.name, *candidate.other_names):
        # Every significant word: a name with the same normalised key contains them all.
        tokens = sorted(set(name_tokens(text)), key=len, reverse=True)[:6]
        if tokens:
            conditions.append(and_(*[Organisation.search_text.like(_like(t), escape="\\") for t in tokens]))
    acronyms = {acronym_key(candidate.acronym), _acronym_like(candidate.name)} - {""}
    for key in acronyms | _initials_keys(_fold(candidate.name)):
        if len(key) >= 2:
            conditions.append(func.lower(Organisation.acronym) == key)
    for key in acronyms:
        if len(key) >= 3 and key.isalnum():  # names whose words start with the acronym's letters
            conditions.append(Organisation.sort_name.like(key[0] + "%" + "".join(f" {ch}%" for ch in key[1:])))
    domains = ({website_domain(candidate.website)} | {email_domain(e) for e in candidate.emails}) - {""}
    for domain in domains:
        conditions.append(Organisation.website.like(_like(domain), escape="\\"))
    ids: set[uuid.UUID] = set()
    if conditions:
        ids.update(session.scalars(select(Organisation.id).where(live, or_(*conditions)).limit(2000)))
    if domains:
        mail = or_(*[or_(Person.email.like("%@" + d), Person.email.like("%." + d)) for d in domains])
        # No DISTINCT nor IS NOT NULL: either sends SQLite through the organisation index, row by row.
        ids.update(session.scalars(select(Person.organisation_id).where(mail).limit(2000)))
    if not ids:
        return []
    return DuplicateIndex.build(session, ids).match(candidate, limit=limit, exclude=exclude)


def duplicates_of(session: Session, org_id: uuid.UUID, limit: int = 8) -> list[DuplicateMatch]:
    """Registry records that may be the same organisation as ``org_id`` (the merge dialog's suggestions)."""
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFound(translate("Duplicates", "That organisation no longer exists (it may have been deleted or undone)."))
    emails = tuple(session.scalars(select(Person.email).where(Person.organisation_id == org_id, Person.email != "")))
    iso3 = session.scalar(select(Country.iso3).where(Country.id == org.country_id)) if org.country_id else None
    candidate = DuplicateCandidate(org.name, org.acronym or "", tuple(n.name for n in org.other_names),
                                   org.website or "", emails[:20], iso3)
    return find_duplicates(session, candidate, limit=limit, exclude=[org_id])


# ------------------------------------------------------------------------------------- merging

@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    people: int
    memberships: int
    applications: int
    other_names: int
    children: int
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeSide:
    """What one of two records to merge holds, so the officer can choose which one to keep."""

    org_id: uuid.UUID
    name: str
    acronym: str
    country: str
    website: str
    people: int
    memberships: int
    active_memberships: int
    applications: int
    merged: bool  # already merged into another record


def merge_side(session: Session, org_id: uuid.UUID) -> MergeSide:
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFound(translate("Duplicates", "That organisation no longer exists (it may have been deleted or undone)."))

    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    country = session.scalar(select(shown_name()).where(Country.id == org.country_id)) if org.country_id else ""
    return MergeSide(org.id, org.name, org.acronym or "", country or "", org.website or "",
                     count(Person, Person.organisation_id == org_id),
                     count(Membership, Membership.organisation_id == org_id),
                     count(Membership, Membership.organisation_id == org_id, Membership.status == "active"),
                     count(Application, Application.organisation_id == org_id),
                     org.merged_into_id is not None)


def _organisation_references():
    """(table, model, attribute, column) of every column referring to an organisation, except the
    organisation's own parent and merge links and its other names (handled by the merge itself)."""
    found = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if model in (Organisation, OrganisationName):
            continue
        for column in model.__table__.columns:
            if any(fk.column.table.name == Organisation.__tablename__ for fk in column.foreign_keys):
                found.append((model.__tablename__, model, mapper.get_property_by_column(column).key,
                              getattr(model, mapper.get_property_by_column(column).key)))
    return sorted(found, key=lambda f: f[0])


def _merge_selection(session: Session, keep_id: uuid.UUID, merge_id: uuid.UUID) -> None:
    """Selection rounds name candidates by organisation id, in rows and in JSON (pins, picks, scenarios):
    the merged record's entries become the kept one's; where both had one, the kept one's stays."""
    from opn_desk.db.models import SelectionCandidate, SelectionRound, SelectionScenario

    kept_rows = {r.round_id: r for r in session.scalars(
        select(SelectionCandidate).where(SelectionCandidate.organisation_id == keep_id))}
    for row in session.scalars(select(SelectionCandidate).where(SelectionCandidate.organisation_id == merge_id)):
        kept = kept_rows.get(row.round_id)
        if kept is None:
            continue  # moved with every other reference below
        if kept.score is None and row.score is not None:
            kept.score = row.score
        kept.seeking_renewal = bool(kept.seeking_renewal or row.seeking_renewal)
        session.delete(row)
    session.flush()
    old, new = str(merge_id), str(keep_id)

    def rekeyed_pins(pins: dict | None) -> dict | None:
        if not pins or old not in pins:
            return None
        out = {k: v for k, v in pins.items() if k != old}
        out.setdefault(new, pins[old])
        return out

    def rekeyed_list(ids: list | None) -> list | None:
        if not ids or old not in ids:
            return None
        return list(dict.fromkeys(new if k == old else k for k in ids))

    for stored in session.scalars(select(SelectionRound)):
        if (pins := rekeyed_pins(stored.pins)) is not None:
            stored.pins = pins
        if (picked := rekeyed_list(stored.picked)) is not None:
            stored.picked = picked
    for scenario in session.scalars(select(SelectionScenario)):
        if (pins := rekeyed_pins(scenario.pins)) is not None:
            scenario.pins = pins
        if (selected := rekeyed_list(scenario.selected)) is not None:
            scenario.selected = selected


def merge_organisations(session: Session, keep_id: uuid.UUID, merge_id: uuid.UUID) -> MergeResult:
    """Merge ``merge_id`` into ``keep_id``: its people, memberships (ended ones too), applications,
    every other row referring to it, its other names and its child organisations move to the kept
    one; its name (and acronym) become other names of the kept one, which also takes the fields it
    lacks (acronym, website, country, cluster, type); the merged record stays in the database with
    ``merged_into_id`` set (the registry hides it; its history remains). Runs through the ORM inside
    `Desk.write`, so every change is in the audit trail and the merge undoes as one step."""
    from opn_desk.services.registry import search_text  # the registry owns the search text's shape

    if keep_id == merge_id:
        raise NotAllowed(translate("Duplicates", "An organisation cannot be merged into itself."))
    keep = session.get(Organisation, keep_id)
    merged = session.get(Organisation, merge_id)
    if keep is None or merged is None:
        raise NotFound(translate("Duplicates", "That organisation no longer exists (it may have been deleted or undone)."))
    if keep.merged_into_id is not None:
        raise NotAllowed(translate("Duplicates", "{name} was itself merged into another organisation; merge into that one "
                                   "instead.").format(name=keep.name))
    if merged.merged_into_id is not None:
        raise NotAllowed(translate("Duplicates", "{name} has already been merged into another organisation.").format(
            name=merged.name))
    notes: list[str] = []

    active_kept = {(m.programme_id, m.role) for m in session.scalars(
        select(Membership).where(Membership.organisation_id == keep_id, Membership.status == "active"))}
    if any(m.status == "active" and (m.programme_id, m.role) in active_kept for m in session.scalars(
            select(Membership).where(Membership.organisation_id == merge_id))):
        notes.append(translate("Duplicates", "Both organisations had an active membership in the same programme and "
                               "role; both are kept, so end the one that is no longer right."))
    _merge_selection(session, keep_id, merge_id)
    # Every row pointing at the merged organisation follows it (people, memberships, applications, and
    # whatever later tables refer to organisations), through the ORM so the trail records each one.
    moved: dict[str, int] = defaultdict(int)
    for table_name, model, attr, column in _organisation_references():
        rows = session.scalars(select(model).where(column == merge_id)).all()
        for row in rows:
            setattr(row, attr, keep_id)
        moved[table_name] += len(rows)

    # Children move to the kept organisation, except the kept one's own ancestors (a circle).
    ancestors, current = set(), keep.parent_id
    while current is not None and current not in ancestors:
        ancestors.add(current)
        parent = session.get(Organisation, current)
        current = parent.parent_id if parent else None
    children = session.scalars(select(Organisation).where(Organisation.parent_id == merge_id)).all()
    for child in children:
        if child.id == keep_id or child.id in ancestors:
            child.parent_id = merged.parent_id if merged.parent_id != child.id else None
        else:
            child.parent_id = keep_id
    for earlier in session.scalars(select(Organisation).where(Organisation.merged_into_id == merge_id)).all():
        earlier.merged_into_id = keep_id  # keep chains one step long

    # Fill what the kept record lacks; never overwrite what it has.
    for attr in ("acronym", "website", "country_id", "stakeholder_cluster", "organisation_type"):  # not parent
        if not getattr(keep, attr) and getattr(merged, attr):
            setattr(keep, attr, getattr(merged, attr))
    have = {fold(keep.name)} | {fold(n.name) for n in keep.other_names}
    names_moved = 0
    for other in list(merged.other_names):
        if fold(other.name) in have:
            continue
        have.add(fold(other.name))
        merged.other_names.remove(other)
        keep.other_names.append(other)
        names_moved += 1
    for extra in (merged.name, merged.acronym):
        if extra and fold(extra) not in have and fold(extra) != fold(keep.acronym):
            have.add(fold(extra))
            keep.other_names.append(OrganisationName(name=extra, language=""))
            names_moved += 1
    keep.search_text = search_text(keep.name, keep.acronym, [n.name for n in keep.other_names])
    merged.merged_into_id = keep_id
    session.flush()
    return MergeResult(keep_id, merge_id, moved["person"], moved["membership"], moved["application"], names_moved,
                       len(children), tuple(dict.fromkeys(notes)))


def merge_sides(session: Session, this_id: uuid.UUID, other_id: uuid.UUID) -> tuple:
    """Both organisations of a merge, side by side (the merge dialog compares them)."""
    return merge_side(session, this_id), merge_side(session, other_id)
