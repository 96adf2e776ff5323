"""Importing reported activities from the network's reporting export (CSV/XLSX), all or nothing.

The same pipeline as applications (`intake_import`): the file is read by `io.spreadsheet.read_table`
(size, zip-bomb, entity, row/column budgets: a hostile file is refused before anything else); columns
are matched to fields by name (case, spaces, accents set aside, a few aliases) or by a mapping (file
column -> field, "" to leave a column out); every row is checked and every problem listed with its row
and column before anything is written; `import_activities` runs inside `Desk.write`: any problem writes
nothing, otherwise every row is written in the operation's one transaction (one undoable step, captured
for the other laptops like any edit).

Fields: organisation (its name, other name, acronym or id), programme (code or name), year (the
reporting cycle's year: the cycle must exist), title, category (communications, awareness raising, tools
and solutions, policy and instruments, implementation, in English, French or Spanish) are required;
initiative (title or id), countries (names or codes, separated by ";"), sdgs (numbers separated by ";"
or ","), change_in_practice, highlight (yes/no) and submitted_on (a date: the organisation's submission
is recorded when none is yet) are optional. A row whose organisation, cycle and title are already
recorded is skipped with a warning, so importing the same export twice adds nothing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Country,
    Initiative,
    Organisation,
    OrganisationName,
    Programme,
    ReportedActivity,
    ReportingCycle,
    ReportingStatus,
)
from opn_desk.domain.country_names import NAME_FIELDS, CountryResolver
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import ACTIVITY_CATEGORIES, ReportingState, programme_vocabulary
from opn_desk.i18n import singular, translate
from opn_desk.io.spreadsheet import SheetData
from opn_desk.services.errors import DeskError
from opn_desk.services.intake_import import Problem, _date, _key, _not_one_of, left_out, problems_text

FIELDS = ("organisation", "programme", "year", "title", "category", "initiative", "countries", "sdgs",
          "change_in_practice", "highlight", "submitted_on")
REQUIRED = ("organisation", "programme", "year", "title", "category")
ALIASES = {
    "organization": "organisation", "partner": "organisation", "partnername": "organisation",
    "organisationname": "organisation", "organizationname": "organisation", "reportingorganisation": "organisation",
    "programmecode": "programme", "program": "programme", "reportingyear": "year", "cycle": "year",
    "activity": "title", "activitytitle": "title", "name": "title", "activityname": "title",
    "type": "category", "activitytype": "category", "activitycategory": "category",
    "country": "countries", "countriesreached": "countries", "sdg": "sdgs", "goals": "sdgs", "othersdgs": "sdgs",
    "changesinpractice": "change_in_practice", "whatchanged": "change_in_practice", "impact": "change_in_practice",
    "changeinpractice": "change_in_practice", "submitted": "submitted_on", "submissiondate": "submitted_on",
    "datesubmitted": "submitted_on", "reportedon": "submitted_on", "initiativetitle": "initiative",
}
_IGNORE = ("", "-", "ignore", "skip", "none")
_SPLIT = re.compile(r"\s*[;\n]\s*")
_SPLIT_SDGS = re.compile(r"[;,\s]+")
_YES = {"yes", "y", "true", "1", "x", "oui", "si", "sí"}
_NO = {"no", "n", "false", "0", "", "non"}


@dataclass(frozen=True, slots=True)
class ActivityPreview:
    file_name: str
    rows_total: int
    rows_checked: int
    excluded: tuple[int, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    activities: int  # to be written
    submissions: int  # submissions to be recorded
    skipped: int  # rows already recorded

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, *, dry_run: bool = False) -> str:
        activities = (translate("ReportingImport", "{count} activity") if singular(self.activities) else
                      translate("ReportingImport", "{count} activities")).format(count=self.activities)
        if dry_run:
            text = (translate("ReportingImport", "Checked {count} row: no problems; {activities} would be imported; "
                                                 "nothing written (dry run).") if singular(self.rows_checked) else
                    translate("ReportingImport", "Checked {count} rows: no problems; {activities} would be imported; "
                                                 "nothing written (dry run).")).format(count=self.rows_checked,
                                                                                      activities=activities)
        else:
            text = translate("ReportingImport", "Imported {activities} ({submissions} recorded, {rows} already "
                                                "recorded).").format(
                activities=activities,
                submissions=(translate("ReportingImport", "{count} submission") if singular(self.submissions) else
                             translate("ReportingImport", "{count} submissions")).format(count=self.submissions),
                rows=(translate("ReportingImport", "{count} row") if singular(self.skipped) else
                      translate("ReportingImport", "{count} rows")).format(count=self.skipped))
        if self.excluded:
            text = left_out(text, self.excluded)
        return text


class ActivitiesRejected(DeskError):
    """The file has problems; nothing was written. ``preview`` lists them."""

    def __init__(self, preview: ActivityPreview):
        super().__init__(problems_text(len(preview.problems)))
        self.preview = preview


@dataclass
class _Plan:
    preview: ActivityPreview
    activities: list[dict] = field(default_factory=list)
    submissions: dict[tuple[uuid.UUID, uuid.UUID], date] = field(default_factory=dict)


def _columns(header: tuple[str, ...], mapping: Mapping[str, str] | None, problems: list[Problem],
             warnings: list[Problem], header_row: int) -> dict[str, int]:
    by_key = {f.replace("_", ""): f for f in FIELDS}
    given = {_key(col): (col, fld) for col, fld in (mapping or {}).items()}
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        if not name:
            continue
        k = _key(name)
        if k in given:
            target_text = (given.pop(k)[1] or "").strip()
            if _key(target_text) in _IGNORE or target_text.lower() in _IGNORE:
                continue
            target = by_key.get(_key(target_text)) or ALIASES.get(_key(target_text))
            if target is None:
                problems.append(Problem(header_row, name, translate(
                    "ReportingImport", "the mapping sends this column to {field}, which is not a field of an "
                                       "activities import").format(field=repr(target_text))))
                continue
        else:
            target = by_key.get(k) or ALIASES.get(k)
            if target is None:
                warnings.append(Problem(header_row, name, translate(
                    "ReportingImport", "not imported: no field has this name (see docs/REPORTING.md, or map it with "
                                       "--mapping)"), "warning"))
                continue
        if target in columns:
            problems.append(Problem(header_row, name, translate(
                "ReportingImport", "both this column and {other} would fill the field {field}; map one of them "
                                   "elsewhere or leave it out").format(other=repr(header[columns[target]]),
                                                                      field=target)))
            continue
        columns[target] = index
    for col, _fld in given.values():
        problems.append(Problem(header_row, col, translate(
            "ReportingImport", "the mapping names this column, but the file has no column of that name")))
    for name in REQUIRED:
        if name not in columns:
            problems.append(Problem(header_row, name, translate(
                "ReportingImport", "the file has no column for {field}, which is required").format(field=name)))
    return columns


def _plan(session: Session, table: SheetData, mapping: Mapping[str, str] | None,
          exclude_rows: frozenset[int]) -> _Plan:
    problems: list[Problem] = []
    warnings: list[Problem] = []
    columns = _columns(table.header, mapping, problems, warnings, table.header_row)
    rows = [(n, values) for n, values in table.rows if n not in exclude_rows]
    excluded = tuple(sorted(n for n, _v in table.rows if n in exclude_rows))
    if problems:  # the columns are wrong: checking rows would only repeat it
        return _Plan(ActivityPreview(table.file_name, len(table.rows), len(rows), excluded, tuple(problems),
                                     tuple(warnings), 0, 0, 0))
    programmes = {code: (pid, code) for pid, code in session.execute(select(Programme.id, Programme.code))}
    vocabulary = programme_vocabulary(session.execute(select(Programme.code, Programme.name)).all())
    cycles = {(pid, year): (cid, deadline) for cid, pid, year, deadline in session.execute(
        select(ReportingCycle.id, ReportingCycle.programme_id, ReportingCycle.year, ReportingCycle.deadline))}
    orgs_by_name: dict[str, set[uuid.UUID]] = {}
    org_ids: set[uuid.UUID] = set()
    for oid, name, acronym in session.execute(select(Organisation.id, Organisation.name, Organisation.acronym).where(
            Organisation.merged_into_id.is_(None))):
        org_ids.add(oid)
        for text in (name, acronym):
            if text:
                orgs_by_name.setdefault(fold(text), set()).add(oid)
    for oid, name in session.execute(select(OrganisationName.organisation_id, OrganisationName.name)):
        if oid in org_ids:
            orgs_by_name.setdefault(fold(name), set()).add(oid)
    initiatives: dict[tuple[uuid.UUID, str], set[uuid.UUID]] = {}
    initiative_ids: dict[uuid.UUID, uuid.UUID] = {}
    for iid, pid, title in session.execute(select(Initiative.id, Initiative.programme_id, Initiative.title)):
        initiatives.setdefault((pid, fold(title)), set()).add(iid)
        initiative_ids[iid] = pid
    countries = CountryResolver.from_rows(r._asdict() for r in session.execute(
        select(Country.iso3, Country.iso2, Country.m49, *(getattr(Country, f) for f in NAME_FIELDS))))
    recorded = {(c, o, fold(t)) for c, o, t in session.execute(
        select(ReportedActivity.cycle_id, ReportedActivity.organisation_id, ReportedActivity.title))}
    answered = {(c, o): s for c, o, s in session.execute(
        select(ReportingStatus.cycle_id, ReportingStatus.organisation_id, ReportingStatus.status))}
    header = table.header
    plan = _Plan(preview=None)  # type: ignore[arg-type]
    seen: set[tuple] = set()
    skipped = 0

    def cell(values: tuple[str, ...], name: str) -> str:
        index = columns.get(name)
        return values[index].strip() if index is not None else ""

    for n, values in rows:
        def bad(name: str, message: str, n: int = n) -> None:
            problems.append(Problem(n, header[columns[name]] if name in columns else name, message))

        row_ok = True
        for name in REQUIRED:
            if not cell(values, name):
                bad(name, translate("ReportingImport", "{field} is required").format(field=name.replace("_", " ")))
                row_ok = False
        if not row_ok:
            continue
        org_text = cell(values, "organisation")
        org: uuid.UUID | None = None
        try:
            as_id = uuid.UUID(org_text)
            org = as_id if as_id in org_ids else None
        except ValueError:
            found = orgs_by_name.get(fold(org_text), set())
            if len(found) == 1:
                org = next(iter(found))
            elif len(found) > 1:
                bad("organisation", translate("ReportingImport", "several organisations are called {name}; give the "
                                                                 "organisation's id instead").format(
                    name=repr(org_text)))
                continue
        if org is None:
            bad("organisation", translate("ReportingImport", "{name} is not an organisation in the registry; add it "
                                                             "first, or correct the name").format(name=repr(org_text)))
            continue
        code = vocabulary.code(cell(values, "programme"))
        if code is None or code not in programmes:
            bad("programme", _not_one_of(cell(values, "programme"), vocabulary))
            continue
        programme_id = programmes[code][0]
        year_text = cell(values, "year")
        year = int(year_text) if year_text.isdigit() else None
        if year is None or (programme_id, year) not in cycles:
            known = sorted(y for p, y in cycles if p == programme_id)
            said = (translate("ReportingImport", "{programme} has no reporting cycle for {year}; its cycles are "
                                                 "{years}") if known else
                    translate("ReportingImport", "{programme} has no reporting cycle for {year}; create the cycle "
                                                 "first"))
            bad("year", said.format(programme=code, year=repr(year_text), years=", ".join(map(str, known))))
            continue
        cycle_id, _deadline = cycles[(programme_id, year)]
        category = ACTIVITY_CATEGORIES.code(cell(values, "category"))
        if category is None:
            bad("category", _not_one_of(cell(values, "category"), ACTIVITY_CATEGORIES))
            row_ok = False
        initiative_id = None
        if text := cell(values, "initiative"):
            try:
                initiative_id = uuid.UUID(text)
                if initiative_ids.get(initiative_id) is None:
                    raise ValueError
            except ValueError:
                found = initiatives.get((programme_id, fold(text)), set())
                if len(found) != 1:
                    said = (translate("ReportingImport", "{text} is not one initiative of {programme}; leave it "
                                                         "empty, or give the initiative's title or id") if not found
                            else translate("ReportingImport", "{text} is not a single initiative of {programme}; "
                                                              "leave it empty, or give the initiative's title or id"))
                    bad("initiative", said.format(text=repr(text), programme=code))
                    row_ok = False
                else:
                    initiative_id = next(iter(found))
        iso3s: list[str] = []
        for part in _SPLIT.split(cell(values, "countries")):
            if not part:
                continue
            resolved = countries.resolve(part)
            if resolved.iso3 is None:
                said = (translate("ReportingImport", "{text} is not a country; did you mean {suggestions}?")
                        if resolved.suggestions else translate("ReportingImport", "{text} is not a country"))
                bad("countries", said.format(text=repr(part), suggestions=", ".join(resolved.suggestions)))
                row_ok = False
            elif resolved.iso3 not in iso3s:
                iso3s.append(resolved.iso3)
        sdgs: set[int] = set()
        for part in _SPLIT_SDGS.split(cell(values, "sdgs").upper().replace("SDG", " ")):
            if not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= 17:
                bad("sdgs", translate("ReportingImport", "{text} is not an SDG number (1 to 17)").format(
                    text=repr(part)))
                row_ok = False
            else:
                sdgs.add(int(part))
        highlight_text = fold(cell(values, "highlight"))
        if highlight_text not in _YES | _NO:
            bad("highlight", translate("ReportingImport", "{text} is neither yes nor no").format(
                text=repr(cell(values, "highlight"))))
            row_ok = False
        submitted_on = None
        if text := cell(values, "submitted_on"):
            submitted_on = _date(text)
            if submitted_on is None:
                bad("submitted_on", translate("ReportingImport", "{text} is not a date (YYYY-MM-DD)").format(
                    text=repr(text)))
                row_ok = False
        if not row_ok:
            continue
        title = cell(values, "title")[:300]
        key = (cycle_id, org, fold(title))
        if key in recorded:
            warnings.append(Problem(n, header[columns["title"]], translate(
                "ReportingImport", "already recorded for this organisation and cycle; skipped"), "warning"))
            skipped += 1
            continue
        if key in seen:
            bad("title", translate("ReportingImport", "the same activity is on an earlier row of the file"))
            continue
        seen.add(key)
        plan.activities.append(dict(cycle_id=cycle_id, organisation_id=org, initiative_id=initiative_id,
                                    title=title, category=category, countries=iso3s, sdgs=sorted(sdgs),
                                    change_in_practice=cell(values, "change_in_practice"),
                                    highlight=highlight_text in _YES))
        if submitted_on is not None and answered.get((cycle_id, org)) not in (ReportingState.SUBMITTED.value,
                                                                              ReportingState.EXCUSED.value):
            earlier = plan.submissions.get((cycle_id, org))
            plan.submissions[(cycle_id, org)] = min(earlier, submitted_on) if earlier else submitted_on
    plan.preview = ActivityPreview(table.file_name, len(table.rows), len(rows), excluded, tuple(problems),
                                   tuple(warnings), 0 if problems else len(plan.activities),
                                   0 if problems else len(plan.submissions), skipped)
    return plan


def check_activities(session: Session, table: SheetData, mapping: Mapping[str, str] | None = None,
                     exclude_rows: frozenset[int] = frozenset()) -> ActivityPreview:
    """Every problem of the file, nothing written (the dry run and the window's preview)."""
    return _plan(session, table, mapping, exclude_rows).preview


def import_activities(session: Session, table: SheetData, mapping: Mapping[str, str] | None = None,
                      exclude_rows: frozenset[int] = frozenset()) -> ActivityPreview:
    """Write every activity of the file, or nothing (`ActivitiesRejected`) when any row has a problem."""
    plan = _plan(session, table, mapping, exclude_rows)
    if plan.preview.problems:
        raise ActivitiesRejected(plan.preview)
    for values in plan.activities:
        session.add(ReportedActivity(**values))
    for (cycle_id, org), day in plan.submissions.items():
        row = session.scalar(select(ReportingStatus).where(ReportingStatus.cycle_id == cycle_id,
                                                           ReportingStatus.organisation_id == org))
        if row is None:
            session.add(ReportingStatus(cycle_id=cycle_id, organisation_id=org, status=ReportingState.SUBMITTED.value,
                                        submitted_on=day, excuse_reason=""))
        else:
            row.status = ReportingState.SUBMITTED.value
            row.submitted_on = day
    session.flush()
    return plan.preview
