"""Importing applications, or a partner list of organisations and their people, from a table.

The table comes from `opn_desk.io.spreadsheet.read_table` (CSV or XLSX, read safely). Three steps:

1. **Columns to fields.** Headers are matched to the documented field names ignoring case, spaces,
   underscores, hyphens and accents (plus a few common aliases such as "Organization" or "E-mail").
   A mapping (file column -> field, "" to leave a column out) overrides that; it is remembered per
   call (or per kind when there is no call) in `ImportMapping` when an import with it is written.
2. **Check everything** (`check_import`): every row is validated and every problem is listed with
   the spreadsheet's row number (header = row 1) and the file's column header, before anything is
   written. Errors: missing required field, unknown country (with suggestions), malformed e-mail,
   unknown cluster / role / programme / gender / organisation type / contribution (with the closest
   values, except for gender), a duplicate row inside the file, an organisation that is already an
   active member in that role or already has an open application for it. Warnings (never blocking):
   possible duplicates of registry organisations, with the reasons. The values of those lists are
   read through `opn_desk.domain.vocab`, the one table of their codes, labels and accepted spellings
   (the ToR's wording, the window's labels, the codes, French and Spanish forms).
3. **Write** (`import_table`, run inside `Desk.write`): all or nothing in the operation's one
   transaction. Any error writes nothing; rows the officer excluded are left out. Rows are written
   with bulk inserts; one summary audit entry records the import. The rows go to the operation's
   change list in bulk (`audit.BulkCreate`), so any import, 50,000 rows too, undoes as one step in a
   few statements and `Outcome.changed` names its tables.

Linking to existing organisations (decided here, documented in docs/IMPORT.md): a row links to a
registry organisation without asking when the match is *certain* (`DuplicateMatch.certain`: the
same normalised name, or other name, in the same country; or the same website domain together with
a name or acronym match). Weaker matches are warnings and the row creates a new organisation; the
officer may then merge the two, or pass ``decisions`` (row -> organisation id to link, or None to
force a new one), which the GUI's preview offers row by row. Rows of the file that name the same
new organisation (same normalised name and country) share one new organisation.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    AuditEntry,
    Call,
    Country,
    ImportMapping,
    Membership,
    Organisation,
    OrganisationName,
    Person,
    Programme,
    utcnow,
)
from opn_desk.domain.country_names import NAME_FIELDS, CountryResolver
from opn_desk.domain.registry import is_web_address
from opn_desk.domain.vocab import (
    CONTRIBUTIONS,
    GENDERS,
    ORGANISATION_TYPES,
    ROLES,
    STAKEHOLDER_CLUSTERS,
    ApplicationStatus,
    Gender,
    Role,
    Vocabulary,
    programme_vocabulary,
)
from opn_desk.i18n import long_date, singular, translate
from opn_desk.io.spreadsheet import SheetData
from opn_desk.services.audit import BulkCreate, OperationContext
from opn_desk.services.duplicates import (
    DuplicateCandidate,
    DuplicateIndex,
    DuplicateMatch,
    fast_fold,
    gc_paused,
    name_key,
)
from opn_desk.services.errors import DeskError
from opn_desk.services.server_roles import refusal, rights_of

APPLICATIONS = "applications"
ORGANISATIONS = "organisations"
KINDS = (APPLICATIONS, ORGANISATIONS)

COMMON_FIELDS = ("organisation", "acronym", "country", "stakeholder_cluster", "website",
                 "representative_name", "representative_email", "representative_gender")
APPLICATION_FIELDS = ("organisation", "acronym", "country", "stakeholder_cluster", "website", "programme", "role",
                      "representative_name", "representative_email", "representative_gender", "statement")
OPTIONAL_COMMON = ("other_names", "organisation_type", "alternate_name", "alternate_email")
OPTIONAL_APPLICATION = ("call", "contribution_kinds", "contribution_details", "work_streams", "priority_sectors",
                        "received_on")
FIELDS: dict[str, tuple[str, ...]] = {
    APPLICATIONS: APPLICATION_FIELDS + OPTIONAL_COMMON + OPTIONAL_APPLICATION,
    ORGANISATIONS: COMMON_FIELDS + OPTIONAL_COMMON,
}
REQUIRED: dict[str, tuple[str, ...]] = {
    APPLICATIONS: ("organisation", "country", "programme", "role"),
    ORGANISATIONS: ("organisation", "country"),
}
IGNORE = ("", "-", "ignore", "skip", "none")
# Header spellings other than the field names (folded, spaces removed).
ALIASES = {
    "organization": "organisation", "organisationname": "organisation", "organizationname": "organisation",
    "name": "organisation", "org": "organisation", "institution": "organisation",
    "cluster": "stakeholder_cluster", "stakeholdergroup": "stakeholder_cluster", "stakeholder": "stakeholder_cluster",
    "countryname": "country", "countrycode": "country", "iso3": "country", "iso": "country",
    "web": "website", "url": "website", "site": "website", "homepage": "website", "webpage": "website",
    "programmecode": "programme", "program": "programme", "programcode": "programme",
    "roleappliedfor": "role", "representative": "representative_name", "contactname": "representative_name",
    "contact": "representative_name", "email": "representative_email", "representativemail": "representative_email",
    "contactemail": "representative_email", "gender": "representative_gender",
    "statementofinterest": "statement", "motivation": "statement", "othername": "other_names",
    "alsoknownas": "other_names", "aka": "other_names", "organizationtype": "organisation_type",
    "type": "organisation_type", "alternate": "alternate_name", "alternaterepresentative": "alternate_name",
    "alternatemail": "alternate_email", "contribution": "contribution_kinds", "contributions": "contribution_kinds",
    "contributionkind": "contribution_kinds", "workstream": "work_streams", "sectors": "priority_sectors",
    "prioritysector": "priority_sectors", "received": "received_on", "date": "received_on",
    "datereceived": "received_on", "receiveddate": "received_on", "callforexpressionsofinterest": "call",
    "calltitle": "call",
}

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
_SPLIT_LIST = re.compile(r"\s*(?:;|\n|\r)\s*")
_SPLIT_KINDS = re.compile(r"\s*(?:;|,|/|\+|\n|\band\b|\bor\b|\bet\b|\bou\b|\by\b|\bo\b|&)\s*", re.IGNORECASE)
_PLACEHOLDERS = {"-", "--", "—", "n/a", "none", "null", "nil", "."}


# ------------------------------------------------------------------------------ values handed out

@dataclass(frozen=True, slots=True)
class Problem:
    """One problem of the file: ``row`` as the spreadsheet numbers it (header = 1), ``column`` the
    file's column header (or the field's name when the file lacks the column)."""

    row: int
    column: str
    message: str
    severity: str = "error"  # error / warning

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def line(self) -> str:
        return translate("IntakeImport", "row {row}, column {column}: {message}").format(
            row=self.row, column=self.column, message=self.message)


@dataclass(frozen=True, slots=True)
class ImportOptions:
    kind: str
    file_name: str = ""
    call_id: uuid.UUID | None = None
    mapping: Mapping[str, str] | None = None  # explicit: file column -> field ("" leaves it out)
    exclude_rows: frozenset[int] = frozenset()
    decisions: Mapping[int, uuid.UUID | None] | None = None  # row -> organisation to link, None = new
    remember_mapping: bool = True


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What a row will do: ``action`` is "new", "link" (to ``org_id``) or "same" (as an earlier row's new
    organisation, ``same_as`` its row)."""

    row: int
    organisation: str
    country_iso3: str | None
    action: str
    org_id: uuid.UUID | None = None
    linked_name: str = ""
    same_as: int | None = None
    matches: tuple[DuplicateMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPreview:
    kind: str
    file_name: str
    rows_total: int
    rows_checked: int
    excluded: tuple[int, ...]
    columns: tuple[tuple[str, str], ...]  # (file column, field) used
    problems: tuple[Problem, ...]  # errors: any of them blocks the import
    warnings: tuple[Problem, ...]
    new_organisations: int
    linked_organisations: int
    people: int
    applications: int
    plans: tuple[RowPlan, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: str
    file_name: str
    rows: int
    new_organisations: int
    linked_organisations: int
    people: int
    applications: int
    warnings: tuple[Problem, ...] = ()
    excluded: tuple[int, ...] = ()
    undoable: bool = True  # every import undoes as one step (kept for callers that ask)

    def summary(self) -> str:
        if self.kind == APPLICATIONS:
            text = translate("IntakeImport", "Imported {applications} ({organisations}, {linked} linked to existing "
                                             "ones).").format(
                applications=applications_text(self.applications),
                organisations=(translate("IntakeImport", "{count} new organisation") if singular(self.new_organisations)
                               else translate("IntakeImport", "{count} new organisations")).format(
                    count=self.new_organisations),
                linked=self.linked_organisations)
        else:
            text = translate("IntakeImport", "Imported {organisations} ({new} new, {linked} linked to existing ones; "
                                             "{people} added).").format(
                organisations=organisations_text(self.rows), new=self.new_organisations,
                linked=self.linked_organisations,
                people=(translate("IntakeImport", "{count} person") if singular(self.people) else
                        translate("IntakeImport", "{count} people")).format(count=self.people))
        if self.excluded:
            text = left_out(text, self.excluded)
        return text


def applications_text(count: int) -> str:
    """"1 application", "3 applications", in the officer's language."""
    return (translate("IntakeImport", "{count} application") if singular(count) else
            translate("IntakeImport", "{count} applications")).format(count=count)


def organisations_text(count: int) -> str:
    """"1 organisation", "3 organisations", in the officer's language."""
    return (translate("IntakeImport", "{count} organisation") if singular(count) else
            translate("IntakeImport", "{count} organisations")).format(count=count)


def left_out(summary: str, excluded: Iterable[int]) -> str:
    """An import's summary sentence with the rows the officer left out named at its end."""
    return summary[:-1] + translate("IntakeImport", "; left out as asked: rows {rows}.").format(
        rows=format_rows(excluded))


def problems_text(count: int) -> str:
    """The refusal of a file with ``count`` problems: nothing was written."""
    return (translate("IntakeImport", "The file has {count} problem; nothing was written.") if singular(count) else
            translate("IntakeImport", "The file has {count} problems; nothing was written.")).format(count=count)


class ImportRejected(DeskError):
    """The file has problems; nothing was written. ``preview`` lists them."""

    def __init__(self, preview: ImportPreview):
        super().__init__(problems_text(len(preview.problems)))
        self.preview = preview


# ------------------------------------------------------------------------------- small helpers

def parse_rows(text: str | None) -> frozenset[int]:
    """"3,7-9" -> {3, 7, 8, 9}. Raises ValueError with a sentence for the user."""
    rows: set[int] = set()
    for part in (text or "").replace(" ", "").split(","):
        if not part:
            continue
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not m:
            raise ValueError(translate("IntakeImport", "{text} is not a row number or a range such as 7-9.").format(
                text=repr(part)))
        start, end = int(m.group(1)), int(m.group(2) or m.group(1))
        if end < start:
            raise ValueError(translate("IntakeImport", "The range {range} runs backwards.").format(range=part))
        if start < 2:
            raise ValueError(translate("IntakeImport", "Row 1 is the header; data rows start at 2."))
        if end - start > 1_000_000:
            raise ValueError(translate("IntakeImport", "The range {range} is too large.").format(range=part))
        rows.update(range(start, end + 1))
    return frozenset(rows)


def format_rows(rows: Iterable[int]) -> str:
    ordered = sorted(set(rows))
    parts: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return ", ".join(parts)


def _key(text: str) -> str:
    """Case, accents, punctuation, spaces and underscores set aside: "Representative E-mail" ->
    "representativeemail", like "representative_email"."""
    return fast_fold(text).replace("_", "").replace(" ", "")


def _is_not(text: str, what: str) -> str:
    """"'Goverment' is not a stakeholder cluster", for the vocabularies a file's rows are checked against."""
    said = {
        "stakeholder cluster": translate("IntakeImport", "{value} is not a stakeholder cluster"),
        "organisation type": translate("IntakeImport", "{value} is not an organisation type"),
        "role": translate("IntakeImport", "{value} is not a role"),
        "kind of contribution": translate("IntakeImport", "{value} is not a kind of contribution"),
        "programme": translate("IntakeImport", "{value} is not a programme"),
        "activity category": translate("IntakeImport", "{value} is not an activity category"),
    }.get(what)
    if said is None:  # a vocabulary added later: the English article rule
        return f"{text!r} is not {'an' if what[:1] in 'aeiou' else 'a'} {what}"
    return said.format(value=repr(text))


def _not_one_of(text: str, vocabulary: Vocabulary, choices: str | None = None) -> str:
    """"'Goverment' is not a stakeholder cluster; did you mean Government? Use one of: …" (the labels in
    the officer's language)."""
    suggestions = [translate("Vocabulary", s) for s in vocabulary.match(text).suggestions]
    listed = choices or ", ".join(translate("Vocabulary", label) for label in vocabulary.labels().values())
    hint = (translate("IntakeImport", "; did you mean {suggestions}? Use one of: {choices}").format(
        suggestions=", ".join(suggestions), choices=listed) if suggestions else
        translate("IntakeImport", "; use one of: {choices}").format(choices=listed))
    return _is_not(text, vocabulary.what) + hint


def _role_word(code: str) -> str:
    """"core partner": a role inside a sentence, in the officer's language."""
    return translate("Vocabulary", Role(code).label).lower()


def _roles_word(code: str) -> str:
    """"core partners": a role's plural inside a sentence."""
    return {
        Role.CO_LEAD.value: translate("IntakeImport", "co-leads"),
        Role.CORE_PARTNER.value: translate("IntakeImport", "core partners"),
        Role.NETWORK_MEMBER.value: translate("IntakeImport", "network members"),
    }[code]


def _date(text: str) -> date | None:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y", "%d.%m.%Y",
                "%d-%m-%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if text.isdigit() and 20_000 < int(text) < 80_000:  # an Excel day number
        return date(1899, 12, 30) + timedelta(days=int(text))
    return None


def _search_text(name: str, acronym: str, other_names: Iterable[str]) -> str:
    """`registry.search_text`, with the faster fold (same result; a test keeps them equal)."""
    return " | ".join(fast_fold(t) for t in [name, acronym, *other_names] if t)


_website_ok = is_web_address  # the registry's rule (domain/registry.py): the editor applies it too


# --------------------------------------------------------------------------------- the checking

@dataclass
class _NewOrg:
    id: uuid.UUID
    row: int
    values: dict[str, Any]
    other_names: list[str]


@dataclass
class _Plan:
    preview: ImportPreview
    new_orgs: list[_NewOrg] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    applications: list[dict[str, Any]] = field(default_factory=list)
    mapping_to_remember: dict[str, str] | None = None


def _columns(kind: str, header: tuple[str, ...], mapping: Mapping[str, str] | None, explicit: bool,
             required: tuple[str, ...], problems: list[Problem], warnings: list[Problem],
             header_row: int = 1) -> dict[str, int]:
    """field -> column index."""
    fields = FIELDS[kind]
    by_key = {f.replace("_", ""): f for f in fields}
    given = {_key(col): (col, fld) for col, fld in (mapping or {}).items()}
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        if not name:
            continue
        k = _key(name)
        if k in given:
            target_text = (given.pop(k)[1] or "").strip()
            if _key(target_text) in IGNORE or target_text.lower() in IGNORE:
                continue
            target = by_key.get(_key(target_text)) or ALIASES.get(_key(target_text))
            if target not in fields:
                problems.append(Problem(header_row, name, (
                    translate("IntakeImport", "the mapping sends this column to {field}, which is not a field of an "
                                              "application import") if kind == APPLICATIONS else
                    translate("IntakeImport", "the mapping sends this column to {field}, which is not a field of an "
                                              "organisation import")).format(field=repr(target_text))))
                continue
        else:
            target = by_key.get(k) or ALIASES.get(k)
            if target is None or target not in fields:
                warnings.append(Problem(header_row, name, translate(
                    "IntakeImport", "not imported: no field has this name (see docs/IMPORT.md, or map it with "
                                    "--mapping)"), "warning"))
                continue
        if target in columns:
            problems.append(Problem(header_row, name, translate(
                "IntakeImport", "both this column and {other} would fill the field {field}; map one of them elsewhere "
                                "or leave it out").format(other=repr(header[columns[target]]), field=target)))
            continue
        columns[target] = index
    if explicit:
        for col, _fld in given.values():
            problems.append(Problem(header_row, col, translate(
                "IntakeImport", "the mapping names this column, but the file has no column of that name")))
    for name in required:
        if name not in columns:
            problems.append(Problem(header_row, name, translate(
                "IntakeImport", "the file has no column for {field}, which is required").format(field=name)))
    return columns


class _Checker:
    def __init__(self, session: Session, table: SheetData, options: ImportOptions, *, preview: bool = False):
        if options.kind not in KINDS:
            raise ValueError(f"unknown import kind {options.kind!r}")
        self.session = session
        self.table = table
        self.options = options
        self.kind = options.kind
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.today = date.today()
        self.preview = preview

    # -- context from the database
    def _load(self) -> None:
        s = self.session
        self.countries = CountryResolver.from_rows(
            r._asdict() for r in s.execute(select(Country.id, Country.iso3, Country.iso2, Country.m49,
                                                  *(getattr(Country, f) for f in NAME_FIELDS))))
        self.country_ids = dict(s.execute(select(Country.iso3, Country.id)).all())
        # code -> (id, code, name, active); the names the file may use: code, name, the ToR's, French, Spanish.
        self.programmes: dict[str, tuple[uuid.UUID, str, str, bool]] = {
            code: (pid, code, name, active) for pid, code, name, active in s.execute(
                select(Programme.id, Programme.code, Programme.name, Programme.active).order_by(Programme.code))}
        self.programme_words = programme_vocabulary((p[1], p[2]) for p in self.programmes.values())
        self.calls = [c._asdict() for c in s.execute(select(Call.id, Call.title, Call.programme_id, Call.role,
                                                            Call.opens_on, Call.closes_on))]
        self.call = next((c for c in self.calls if c["id"] == self.options.call_id), None)
        if self.options.call_id is not None and self.call is None:
            raise DeskError(translate("IntakeImport", "That call no longer exists."))
        # A programme-restricted officer on the team server (docs/SERVER.md): the rows of other programmes are
        # row problems in the dry run and the preview already (the import itself refuses them at the insert,
        # server_roles). The rights are the connection's, cached per engine.
        bind = s.get_bind()
        self.rights = rights_of(SimpleNamespace(on_server=self.preview and bind.dialect.name == "postgresql",
                                                engine=bind))

    def _mapping(self) -> tuple[Mapping[str, str] | None, bool]:
        if self.options.mapping is not None:
            return self.options.mapping, True
        remembered = self.session.scalar(select(ImportMapping.columns).where(
            ImportMapping.kind == self.kind,
            ImportMapping.call_id.is_(None) if self.options.call_id is None
            else ImportMapping.call_id == self.options.call_id))
        return (remembered or None), False

    # -- the run
    def run(self) -> _Plan:
        self._load()
        table = self.table
        required = REQUIRED[self.kind]
        if self.call is not None:
            required = tuple(f for f in required if f not in ("programme", "role"))
        mapping, explicit = self._mapping()
        self.columns = _columns(self.kind, table.header, mapping, explicit, required, self.problems, self.warnings,
                                table.header_row)
        self.column_name = {f: table.header[i] for f, i in self.columns.items()}
        present = {n for n, _ in table.rows}
        excluded = tuple(sorted(r for r in self.options.exclude_rows if r in present))
        for r in sorted(self.options.exclude_rows - present):
            if r > table.header_row:
                self.warnings.append(Problem(r, "-", translate(
                    "IntakeImport", "asked to leave this row out, but the file has no data on it"), "warning"))
        plan = _Plan(preview=None)  # type: ignore[arg-type]
        self.plan = plan
        self.plans: list[RowPlan] = []
        blocked_header = any(p.row == table.header_row for p in self.problems)
        checked = 0
        if not blocked_header:
            self.index = DuplicateIndex.build(self.session)
            self.file_index = DuplicateIndex()
            self.file_rows: dict[uuid.UUID, int] = {}
            self.new_by_key: dict[tuple[str, str], _NewOrg] = {}
            self.people_by_key: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
            self.app_keys: dict[tuple[uuid.UUID, uuid.UUID, str], int] = {}
            self.linked: dict[uuid.UUID, str] = {}
            self.linked_rows: dict[uuid.UUID, int] = {}
            for number, values in table.rows:
                if number in self.options.exclude_rows:
                    continue
                checked += 1
                self._row(number, values)
            self._against_registry()
        if explicit and self.options.remember_mapping and mapping is not None:
            plan.mapping_to_remember = {k: v for k, v in mapping.items()}
        problems = sorted(self.problems, key=lambda p: (p.row, self._order(p.column)))
        warnings = sorted(self.warnings, key=lambda p: (p.row, self._order(p.column)))
        linked_ids = {p.org_id for p in self.plans if p.action == "link"}
        plan.preview = ImportPreview(
            kind=self.kind, file_name=self.options.file_name or table.file_name, rows_total=len(table.rows),
            rows_checked=checked, excluded=excluded,
            columns=tuple((table.header[i], f) for f, i in sorted(self.columns.items(), key=lambda x: x[1])),
            problems=tuple(problems), warnings=tuple(warnings), new_organisations=len(plan.new_orgs),
            linked_organisations=len(linked_ids), people=len(plan.people), applications=len(plan.applications),
            plans=tuple(self.plans))
        return plan

    def _order(self, column: str) -> int:
        try:
            return self.table.header.index(column)
        except ValueError:
            return len(self.table.header)  # a field the file lacks: after the file's own columns

    def _error(self, row: int, fld: str, message: str) -> None:
        self.problems.append(Problem(row, self.column_name.get(fld, fld), message))

    def _warn(self, row: int, fld: str, message: str) -> None:
        self.warnings.append(Problem(row, self.column_name.get(fld, fld), message, "warning"))

    def _value(self, values: tuple[str, ...], fld: str) -> str:
        index = self.columns.get(fld)
        if index is None:
            return ""
        text = values[index].strip()
        return "" if text.lower() in _PLACEHOLDERS else text

    # -- one row
    def _row(self, number: int, values: tuple[str, ...]) -> None:
        v = {f: self._value(values, f) for f in self.columns}
        before = len(self.problems)
        name = " ".join(v.get("organisation", "").split())
        if not name:
            self._error(number, "organisation", translate("IntakeImport", "the organisation's name is missing"))
        elif len(name) > 300:
            self._error(number, "organisation", translate("IntakeImport", "the name is longer than 300 characters"))
        acronym = v.get("acronym", "")
        if len(acronym) > 50:
            self._error(number, "acronym", translate("IntakeImport", "the acronym is longer than 50 characters"))
        iso3 = None
        written_country = v.get("country", "")
        if not written_country:
            self._error(number, "country", translate("IntakeImport", "the country is missing"))
        else:
            found = self.countries.resolve(written_country)
            if found.found:
                iso3 = found.iso3
            else:
                said = (translate("IntakeImport", "unknown country {country}; did you mean {suggestions}?")
                        if found.suggestions else
                        translate("IntakeImport", "unknown country {country}; write its name, or its ISO code such "
                                                  "as KEN"))
                self._error(number, "country", said.format(country=repr(written_country),
                                                           suggestions=", ".join(found.suggestions)))
        cluster = self._coded(number, v, "stakeholder_cluster", STAKEHOLDER_CLUSTERS)
        org_type = self._coded(number, v, "organisation_type", ORGANISATION_TYPES)
        website = v.get("website", "")
        if website and not _website_ok(website):
            self._error(number, "website", translate("IntakeImport", "{value} is not a website address").format(
                value=repr(website)))
        other_names = [n for n in _SPLIT_LIST.split(v.get("other_names", "")) if n]
        if any(len(n) > 300 for n in other_names):
            self._error(number, "other_names", translate("IntakeImport", "an other name is longer than 300 characters"))
        rep = self._person(number, v, "representative_name", "representative_email", "representative_gender",
                           "representative")
        alt = self._person(number, v, "alternate_name", "alternate_email", None, "alternate")
        if rep and alt and rep["email"] and rep["email"].lower() == alt["email"].lower():
            self._error(number, "alternate_email", translate("IntakeImport", "the alternate must be someone other "
                                                                             "than the representative"))
        application = self._application(number, v) if self.kind == APPLICATIONS else None
        if len(self.problems) > before or not name or iso3 is None:
            return
        candidate = DuplicateCandidate(name=name, acronym=acronym, other_names=tuple(other_names), website=website,
                                       emails=tuple(p["email"] for p in (rep, alt) if p and p["email"]),
                                       country_iso3=iso3)
        org_id = self._organisation(number, candidate, cluster, org_type)
        if org_id is None:
            return
        people = {}
        for role_name, person in (("representative", rep), ("alternate", alt)):
            if person:
                people[role_name] = self._person_id(org_id, person)
        if application is not None:
            key = (org_id, application["programme_id"], application["role"])
            first = self.app_keys.get(key)
            if first is not None:
                self._error(number, "organisation", translate(
                    "IntakeImport", "the same application as row {row} (same organisation, programme and role)").format(
                    row=first))
                return
            self.app_keys[key] = number
            application.update(organisation_id=org_id, representative_id=people.get("representative"),
                               alternate_id=people.get("alternate"), _row=number)
            self.plan.applications.append(application)

    def _coded(self, number: int, v: dict[str, str], fld: str, vocabulary: Vocabulary) -> str | None:
        text = v.get(fld, "")
        if not text:
            return None
        code = vocabulary.code(text)
        if code is None:
            self._error(number, fld, _not_one_of(text, vocabulary))
        return code

    def _person(self, number: int, v: dict[str, str], name_f: str, email_f: str, gender_f: str | None,
                what: str) -> dict[str, str] | None:
        name = " ".join(v.get(name_f, "").split())
        email = v.get(email_f, "")
        if email.lower().startswith("mailto:"):
            email = email[7:].strip()
        gender_text = v.get(gender_f, "") if gender_f else ""
        if not (name or email):
            return None
        ok = True
        if email and (len(email) > 254 or not _EMAIL.match(email)):
            self._error(number, email_f, translate("IntakeImport", "{value} is not an e-mail address").format(
                value=repr(email)))
            ok = False
        alternate = what == "alternate"
        if not name:
            self._error(number, name_f, translate("IntakeImport", "the alternate's name is missing (an e-mail address "
                                                                  "is given)") if alternate else
                        translate("IntakeImport", "the representative's name is missing (an e-mail address is given)"))
            ok = False
        elif len(name) > 200:
            self._error(number, name_f, translate("IntakeImport", "the alternate's name is longer than 200 characters")
                        if alternate else
                        translate("IntakeImport", "the representative's name is longer than 200 characters"))
            ok = False
        gender = Gender.UNKNOWN.value
        if gender_text:
            code = GENDERS.code(gender_text)
            if code is None:  # never echo a personal value back, nor hint at it with a suggestion
                self._error(number, gender_f or "", translate("IntakeImport", "not one of the gender options: "
                                                                              "{choices}").format(
                    choices=", ".join(translate("Vocabulary", label) for label in GENDERS.labels().values())))
                ok = False
            else:
                gender = code
        return {"name": name, "email": email, "gender": gender} if ok else None

    def _application(self, number: int, v: dict[str, str]) -> dict[str, Any] | None:
        before = len(self.problems)
        call = self.call
        written_call = v.get("call", "")
        if written_call:
            found = [c for c in self.calls if _key(c["title"]) == _key(written_call) or str(c["id"]) == written_call]
            if len(found) != 1:
                self._error(number, "call", (translate("IntakeImport", "no call is called {call}") if not found else
                                             translate("IntakeImport", "several calls are called {call}; use the "
                                                                       "call's id")).format(call=repr(written_call)))
            elif call is not None and found[0]["id"] != call["id"]:
                self._error(number, "call", translate("IntakeImport", "this row names the call {call}, but the import is "
                                                                      "for the call {title}").format(
                    call=repr(written_call), title=repr(call["title"])))
            else:
                call = found[0]
        programme = None
        written_programme = v.get("programme", "")
        if written_programme:
            code = self.programme_words.code(written_programme)
            programme = self.programmes[code] if code is not None else None
            if programme is None:
                self._error(number, "programme", _not_one_of(written_programme, self.programme_words,
                                                             ", ".join(self.programmes)))
            elif call is not None and programme[0] != call["programme_id"]:
                self._error(number, "programme", translate("IntakeImport", "the call {title} is for another "
                                                                           "programme").format(title=repr(call["title"])))
        elif call is not None:
            programme = next(p for p in self.programmes.values() if p[0] == call["programme_id"])
        else:
            self._error(number, "programme", translate("IntakeImport", "the programme is missing"))
        if programme is not None and self.rights.programmes is not None and programme[1] not in self.rights.programmes:
            self._error(number, "programme", translate("IntakeImport", "the row belongs to {programme}. {refusal}").format(
                programme=programme[1], refusal=refusal(self.rights)))
        role = None
        written_role = v.get("role", "")
        if written_role:
            role = ROLES.code(written_role)
            if role is None:
                self._error(number, "role", _not_one_of(written_role, ROLES))
            elif call is not None and role != call["role"]:
                self._error(number, "role", translate("IntakeImport", "the call {title} is for {roles}, not "
                                                                      "{other}").format(
                    title=repr(call["title"]), roles=_roles_word(call["role"]), other=_roles_word(role)))
        elif call is not None:
            role = call["role"]
        else:
            self._error(number, "role", translate("IntakeImport", "the role applied for is missing"))
        received = self.today
        written_date = v.get("received_on", "")
        if written_date:
            parsed = _date(written_date)
            if parsed is None:
                self._error(number, "received_on", translate("IntakeImport", "{value} is not a date (write it as "
                                                                             "YYYY-MM-DD)").format(
                    value=repr(written_date)))
            elif parsed > self.today:
                self._error(number, "received_on", translate("IntakeImport", "an application cannot be received in "
                                                                             "the future"))
            else:
                received = parsed
        kinds: list[str] = []
        for part in _SPLIT_KINDS.split(v.get("contribution_kinds", "")):
            if not part:
                continue
            code = CONTRIBUTIONS.code(part)
            if code is None:
                self._error(number, "contribution_kinds", _not_one_of(part, CONTRIBUTIONS))
            elif code not in kinds:
                kinds.append(code)
        if programme is not None and not programme[3]:
            self._error(number, "programme", translate("IntakeImport", "{programme} no longer takes applications")
                        .format(programme=programme[2]))
        if len(self.problems) > before or programme is None or role is None:
            return None
        if call is None and role != Role.NETWORK_MEMBER.value:
            choices = [c for c in self.calls if c["programme_id"] == programme[0] and c["role"] == role]
            open_then = [c for c in choices if c["opens_on"] <= received <= c["closes_on"]]
            pick = open_then if len(open_then) == 1 else choices if len(choices) == 1 else []
            if not pick:
                said = (translate("IntakeImport", "a {role} application answers a call, and there is no call for "
                                                  "{roles} of {programme} yet; create it first") if not choices else
                        translate("IntakeImport", "a {role} application answers a call, and several calls could be "
                                                  "meant; choose one with --call"))
                self._error(number, "role", said.format(role=_role_word(role), roles=_roles_word(role),
                                                        programme=programme[1]))
                return None
            call = pick[0]
        return {
            "programme_id": programme[0], "programme_code": programme[1], "role": role,
            "call_id": call["id"] if call else None, "received_on": received,
            "statement": v.get("statement", ""), "contribution_kinds": ",".join(k for k in CONTRIBUTIONS.codes if k in kinds),
            "contribution_details": v.get("contribution_details", ""),
            "work_streams": "; ".join(dict.fromkeys(x for x in _SPLIT_LIST.split(v.get("work_streams", "")) if x)),
            "priority_sectors": "; ".join(dict.fromkeys(x for x in _SPLIT_LIST.split(v.get("priority_sectors", ""))
                                                        if x)),
        }

    def _organisation(self, number: int, candidate: DuplicateCandidate, cluster: str | None,
                      org_type: str | None) -> uuid.UUID | None:
        key = (name_key(candidate.name), candidate.country_iso3 or "")
        shared = self.new_by_key.get(key)
        if shared is not None and self.kind == ORGANISATIONS:
            self._error(number, "organisation", translate(
                "IntakeImport", "the same organisation as row {row}; put each organisation on one row (a second person "
                                "can go in alternate_name and alternate_email)").format(row=shared.row))
            return None
        if shared is not None:
            self.plans.append(RowPlan(number, candidate.name, candidate.country_iso3, "same", shared.id,
                                      same_as=shared.row))
            return shared.id
        decisions = self.options.decisions or {}
        matches = self.index.match(candidate, limit=5)
        if number in decisions:
            chosen = decisions[number]
            if chosen is not None:
                name = self._existing_name(chosen)
                if name is None:
                    self._error(number, "organisation", translate(
                        "IntakeImport", "the organisation chosen to link this row to no longer exists or was merged"))
                    return None
                return self._link(number, candidate, chosen, name, tuple(matches))
            matches = []  # the officer confirmed a new organisation
        certain = [m for m in matches if m.certain]
        if certain:
            best = certain[0]
            why = "; ".join(best.reasons)
            others = [m.name for m in certain[1:]]
            said = (translate("IntakeImport", "linked to the existing organisation {name}: {why} (also close: "
                                              "{others})") if others else
                    translate("IntakeImport", "linked to the existing organisation {name}: {why}"))
            self._warn(number, "organisation", said.format(name=best.name, why=why, others=", ".join(others)))
            return self._link(number, candidate, best.org_id, best.name, tuple(matches))
        if matches:
            described = " | ".join(m.describe() for m in matches[:3])
            self._warn(number, "organisation", translate(
                "IntakeImport", "may already be in the registry as {matches}; a new organisation will be created "
                                "(merge them afterwards if they are the same)").format(matches=described))
        for m in self.file_index.match(candidate, limit=3):
            self._warn(number, "organisation", translate(
                "IntakeImport", "may be the same organisation as row {row} ({reasons})").format(
                row=self.file_rows[m.org_id], reasons="; ".join(m.reasons)))
        org = self._new_org(number, candidate, cluster, org_type)
        self.new_by_key[key] = org
        self.plans.append(RowPlan(number, candidate.name, candidate.country_iso3, "new", org.id,
                                  matches=tuple(matches)))
        return org.id

    def _existing_name(self, org_id: uuid.UUID) -> str | None:
        row = self.session.execute(select(Organisation.name, Organisation.merged_into_id)
                                   .where(Organisation.id == org_id)).first()
        return row[0] if row is not None and row[1] is None else None

    def _link(self, number: int, candidate: DuplicateCandidate, org_id: uuid.UUID, name: str,
              matches: tuple[DuplicateMatch, ...]) -> uuid.UUID | None:
        first = self.linked_rows.setdefault(org_id, number)
        if first != number and self.kind == ORGANISATIONS:
            self._error(number, "organisation", translate(
                "IntakeImport", "row {row} already links to {name}; put each organisation on one row").format(
                row=first, name=name))
            return None
        self.linked[org_id] = name
        key = (name_key(candidate.name), candidate.country_iso3 or "")
        self.new_by_key.setdefault(key, _NewOrg(org_id, number, {}, []))  # later rows share the link
        self.plans.append(RowPlan(number, candidate.name, candidate.country_iso3, "link", org_id, name,
                                  matches=matches))
        return org_id

    def _new_org(self, number: int, c: DuplicateCandidate, cluster: str | None, org_type: str | None) -> _NewOrg:
        org_id = uuid.uuid4()
        values = {
            "id": org_id, "name": c.name, "acronym": c.acronym, "country_id": self.country_ids[c.country_iso3],
            "stakeholder_cluster": cluster, "organisation_type": org_type, "website": c.website, "parent_id": None,
            "notes": "", "sort_name": fast_fold(c.name), "search_text": _search_text(c.name, c.acronym, c.other_names),
            "merged_into_id": None,
        }
        org = _NewOrg(org_id, number, values, list(dict.fromkeys(c.other_names)))
        self.plan.new_orgs.append(org)
        self.file_rows[org_id] = number
        self.file_index.add(org_id, c.name, acronym=c.acronym, website=c.website, country_iso3=c.country_iso3,
                            other_names=c.other_names)
        return org

    def _person_id(self, org_id: uuid.UUID, person: dict[str, str]) -> uuid.UUID:
        key = (org_id, person["email"].lower() if person["email"] else "name:" + person["name"].casefold())
        found = self.people_by_key.get(key)
        if found is None:
            found = uuid.uuid4()
            self.people_by_key[key] = found
            self.plan.people.append({"id": found, "organisation_id": org_id, "name": person["name"],
                                     "email": person["email"], "phone": "", "gender": person["gender"],
                                     "sogiesc_diverse": None, "disability_accommodation": None,
                                     "sensitive_consent_on": None, "_key": key})
        return found

    # -- what the registry already holds for linked organisations
    def _against_registry(self) -> None:
        linked = list(self.linked)
        if not linked:
            return
        existing_people: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
        members: dict[tuple[uuid.UUID, uuid.UUID, str], bool] = {}
        open_apps: dict[tuple[uuid.UUID, uuid.UUID, str], date] = {}
        open_statuses = [ApplicationStatus.RECEIVED.value, ApplicationStatus.SCREENING.value,
                         ApplicationStatus.UNDER_REVIEW.value, ApplicationStatus.MAC_OPINION.value]
        for i in range(0, len(linked), 500):
            chunk = linked[i:i + 500]
            for pid, org_id, name, email in self.session.execute(
                    select(Person.id, Person.organisation_id, Person.name, Person.email)
                    .where(Person.organisation_id.in_(chunk))):
                if email:
                    existing_people.setdefault((org_id, email.lower()), pid)
                existing_people.setdefault((org_id, "name:" + name.casefold()), pid)
            if self.kind == APPLICATIONS:
                for org_id, programme_id, role in self.session.execute(
                        select(Membership.organisation_id, Membership.programme_id, Membership.role)
                        .where(Membership.organisation_id.in_(chunk), Membership.status == "active")):
                    members[(org_id, programme_id, role)] = True
                for org_id, programme_id, role, received in self.session.execute(
                        select(Application.organisation_id, Application.programme_id, Application.role,
                               Application.received_on)
                        .where(Application.organisation_id.in_(chunk), Application.status.in_(open_statuses))):
                    open_apps[(org_id, programme_id, role)] = received
        # People already known to a linked organisation are reused, not added again.
        replaced: dict[uuid.UUID, uuid.UUID] = {}
        kept = []
        for person in self.plan.people:
            known = existing_people.get(person["_key"])
            if known is not None:
                replaced[person["id"]] = known
            else:
                kept.append(person)
        self.plan.people = kept
        for app in self.plan.applications:
            for f in ("representative_id", "alternate_id"):
                if app[f] in replaced:
                    app[f] = replaced[app[f]]
            key = (app["organisation_id"], app["programme_id"], app["role"])
            if app["organisation_id"] not in self.linked:
                continue
            name = self.linked[app["organisation_id"]]
            label = _role_word(app["role"])
            if key in members:
                self._error(app["_row"], "organisation", translate(
                    "IntakeImport", "{name} is already an active {role} of {programme}").format(
                    name=name, role=label, programme=app["programme_code"]))
            elif key in open_apps:
                self._error(app["_row"], "organisation", translate(
                    "IntakeImport", "{name} already has an open application to be a {role} of {programme} (received "
                                    "{date})").format(name=name, role=label, programme=app["programme_code"],
                                                      date=long_date(open_apps[key])))


# ------------------------------------------------------------------------------------ public API

def check_import(session: Session, table: SheetData, options: ImportOptions) -> ImportPreview:
    """Validate the whole table against the database; nothing is written (a dry run, or the preview)."""
    with gc_paused():
        return _Checker(session, table, options, preview=True).run().preview


def _stamp(rows: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    for row in rows:
        row.update(created_at=now, updated_at=now, version=1)
    return rows


def import_table(session: Session, table: SheetData, options: ImportOptions) -> ImportResult:
    """Check and write the table in the current operation (all or nothing); raises `ImportRejected`
    listing the problems when there are any. Must run inside `Desk.write`."""
    ctx: OperationContext | None = session.info.get("operation")
    if ctx is None:
        raise RuntimeError("an import must run inside a desk operation (Desk.write)")
    with gc_paused():
        plan = _Checker(session, table, options).run()
        return _write(session, ctx, plan, options)


def _write(session: Session, ctx: OperationContext, plan: _Plan, options: ImportOptions) -> ImportResult:
    preview = plan.preview
    if preview.problems:
        raise ImportRejected(preview)
    now = utcnow()
    file_name = preview.file_name
    orgs = _stamp([dict(o.values) for o in plan.new_orgs], now)
    names = _stamp([{"id": uuid.uuid4(), "organisation_id": o.id, "name": n, "language": ""}
                    for o in plan.new_orgs for n in o.other_names], now)
    people = _stamp([{k: v for k, v in p.items() if not k.startswith("_")} for p in plan.people], now)
    applications: list[dict[str, Any]] = []
    transitions: list[dict[str, Any]] = []
    if options.kind == APPLICATIONS:
        from opn_desk.domain.applications import fresh_checklist
        from opn_desk.services.desk_settings import screening_checklist

        checklists = {role: screening_checklist(session, role) for role in {a["role"] for a in plan.applications}}
        for app in plan.applications:
            app_id = uuid.uuid4()
            applications.append({
                "id": app_id, "organisation_id": app["organisation_id"], "programme_id": app["programme_id"],
                "role": app["role"], "call_id": app["call_id"], "representative_id": app["representative_id"],
                "alternate_id": app["alternate_id"], "received_on": app["received_on"],
                "status": ApplicationStatus.RECEIVED.value, "statement": app["statement"], "decision": None,
                "decision_rationale": "", "decided_on": None, "contribution_kinds": app["contribution_kinds"],
                "contribution_details": app["contribution_details"], "work_streams": app["work_streams"],
                "priority_sectors": app["priority_sectors"],
                "screening": fresh_checklist(checklists[app["role"]]), "mac_opinion": "",
            })
            transitions.append({"id": uuid.uuid4(), "application_id": app_id, "from_status": None,
                                "to_status": ApplicationStatus.RECEIVED.value, "at": now, "actor": ctx.actor,
                                "reason": f"Imported from {file_name}."})
        _stamp(applications, now)
        _stamp(transitions, now)
    batches = ((Organisation, orgs), (OrganisationName, names), (Person, people), (Application, applications),
               (ApplicationTransition, transitions))
    for model, rows in batches:
        for i in range(0, len(rows), 5000):
            session.execute(insert(model), rows[i:i + 5000])
        # Bulk inserts bypass the audit events: the operation is told of the rows in bulk, so views
        # refresh from `Outcome.changed` and undo takes the whole import back in a few statements.
        if rows:
            ctx.changes.append(BulkCreate(model.__tablename__, [dict(r) for r in rows]))
    count = len(applications) if options.kind == APPLICATIONS else preview.rows_checked
    what = "applications" if options.kind == APPLICATIONS else "organisations"
    session.execute(insert(AuditEntry), [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "actor": ctx.actor,
        "operation": ctx.id, "description": f"Import of {count} {what} from {file_name}"[:300],
        "table_name": "application" if options.kind == APPLICATIONS else "organisation", "record_id": ctx.id,
        "action": "create", "changes": {"rows": count, "file": file_name},
    }])
    if plan.mapping_to_remember is not None:
        _remember(session, options, plan.mapping_to_remember)
    return ImportResult(kind=options.kind, file_name=file_name, rows=preview.rows_checked,
                        new_organisations=preview.new_organisations,
                        linked_organisations=preview.linked_organisations, people=len(people),
                        applications=len(applications), warnings=preview.warnings, excluded=preview.excluded,
                        undoable=True)


def _remember(session: Session, options: ImportOptions, mapping: dict[str, str]) -> None:
    stored = session.scalar(select(ImportMapping).where(
        ImportMapping.kind == options.kind,
        ImportMapping.call_id.is_(None) if options.call_id is None else ImportMapping.call_id == options.call_id))
    if stored is None:
        session.add(ImportMapping(kind=options.kind, call_id=options.call_id, columns=dict(mapping)))
    elif dict(stored.columns) != mapping:
        stored.columns = dict(mapping)
    session.flush()


def remembered_mapping(session: Session, kind: str, call_id: uuid.UUID | None = None) -> dict[str, str]:
    """The mapping last used for this call (or kind without a call), {} when none."""
    stored = session.scalar(select(ImportMapping.columns).where(
        ImportMapping.kind == kind,
        ImportMapping.call_id.is_(None) if call_id is None else ImportMapping.call_id == call_id))
    return dict(stored or {})


def field_names(kind: str) -> tuple[str, ...]:
    return FIELDS[kind]


def required_fields(kind: str) -> tuple[str, ...]:
    return REQUIRED[kind]


def default_mapping(kind: str, header: Iterable[str]) -> dict[str, str]:
    """The field each header would fill without a mapping ("" when none), for the GUI's mapping step."""
    fields = FIELDS[kind]
    by_key = {f.replace("_", ""): f for f in fields}
    out = {}
    for name in header:
        k = _key(name)
        target = by_key.get(k) or ALIASES.get(k)
        out[name] = target if target in fields else ""
    return out


__all__ = [
    "APPLICATIONS", "ORGANISATIONS", "FIELDS", "REQUIRED", "Problem", "ImportOptions", "ImportPreview",
    "ImportResult", "ImportRejected", "RowPlan", "check_import", "import_table", "parse_rows", "format_rows",
    "remembered_mapping", "default_mapping", "field_names", "required_fields",
]
