"""Editing the registry through a spreadsheet: a file exported by the product, edited, imported back.

`opn-desk export organisations` writes an ``id`` column (the organisation's id, the same on every
laptop). A file with that column imported as organisations updates those records instead of creating
new ones (docs/IMPORT.md, docs/SYNC.md):

- rows with an id update that organisation, field by field; only the values that differ change
  (a value left as it was: no change, no audit entry, nothing for other laptops to merge);
- rows without an id are new organisations, checked and written by the usual import
  (`intake_import`), whose required fields apply to them only;
- ``country_iso3`` wins over ``country``; an empty name or country on a row with an id leaves it as
  it is; other empty cells clear the value;
- the columns the export derives (regional groups, programmes, roles, representatives, their e-mails,
  the parent's name, sensitive columns) are ignored with one warning each;
- an unknown id, or any other problem, is a row problem: nothing is written.

Everything is one operation: all or nothing, one undoable step, captured for other laptops like any
edit (the edits go through the ORM, so the audit trail and undo see them as usual).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Organisation, OrganisationName
from opn_desk.domain.country_names import NAME_FIELDS, CountryResolver
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import ORGANISATION_TYPES, STAKEHOLDER_CLUSTERS
from opn_desk.io.spreadsheet import SheetData
from opn_desk.services.intake_import import (
    _PLACEHOLDERS,
    _SPLIT_LIST,
    ORGANISATIONS,
    ImportOptions,
    ImportRejected,
    Problem,
    _key,
    _not_one_of,
    _website_ok,
    check_import,
    import_table,
)
from opn_desk.services.registry import search_text

ID = "id"
FIELDS = {"name": "name", "organisation": "name", "organization": "name", "acronym": "acronym",
          "othernames": "other_names", "countryiso3": "country_iso3", "country": "country",
          "stakeholdercluster": "stakeholder_cluster", "cluster": "stakeholder_cluster",
          "organisationtype": "organisation_type", "organizationtype": "organisation_type",
          "type": "organisation_type", "website": "website", "id": ID}
DERIVED = ("regional_group", "regional_group_name", "programmes", "roles", "representatives",
           "representative_emails", "parent_organisation", "representative_genders",
           "representative_sogiesc_diverse", "representative_disability_accommodation")
SHOWN = {"country_id": "country_iso3"}


def has_id_column(table: SheetData) -> bool:
    return any(_key(h) == ID for h in table.header)


@dataclass(frozen=True)
class FieldChange:
    row: int
    org_id: uuid.UUID
    organisation: str
    field: str  # as the export names it
    before: str
    after: str

    def line(self) -> str:
        return f"row {self.row}, {self.organisation}: {self.field} {self.before!r} -> {self.after!r}"


@dataclass
class UpdatePreview:
    file_name: str
    rows_checked: int
    changes: list[FieldChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    new_rows: int = 0
    new_preview: Any = None  # intake_import.ImportPreview of the rows without an id
    _apply: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    _new_table: SheetData | None = None

    @property
    def problems_all(self) -> list[Problem]:
        return self.problems + list(self.new_preview.problems if self.new_preview else ())

    @property
    def warnings_all(self) -> list[Problem]:
        return self.warnings + list(self.new_preview.warnings if self.new_preview else ())

    @property
    def organisations(self) -> int:
        return len({c.org_id for c in self.changes})

    def summary(self, *, dry_run: bool) -> str:
        n, k = len(self.changes), self.organisations
        text = (f"{n} change{'s' if n != 1 else ''} to {k} organisation{'s' if k != 1 else ''}" if n else
                "no changes to existing organisations")
        if self.new_rows:
            text += f", {self.new_rows} new organisation{'s' if self.new_rows != 1 else ''}"
        if dry_run:
            return f"Checked {self.rows_checked} row{'s' if self.rows_checked != 1 else ''}: {text}; nothing " \
                   "written (dry run)."
        return f"Updated from {self.file_name}: {text}."


class _Rejected(ImportRejected):
    def __init__(self, preview: UpdatePreview):
        Exception.__init__(self, f"The file has {len(preview.problems_all)} problems; nothing was written.")
        self.preview = preview


def check_updates(session: Session, table: SheetData, options: ImportOptions) -> UpdatePreview:
    """Every row checked against the registry; nothing is written."""
    file_name = options.file_name or table.file_name
    preview = UpdatePreview(file_name, 0)
    columns: dict[str, int] = {}
    for index, name in enumerate(table.header):
        key = _key(name)
        target = FIELDS.get(key)
        if target is None:
            if any(key == _key(d) for d in DERIVED):
                preview.warnings.append(Problem(table.header_row, name, "ignored: the export derives this column "
                                                "from other records, so it is not imported", "warning"))
            elif name:
                preview.warnings.append(Problem(table.header_row, name, "not imported: no field has this name",
                                                "warning"))
            continue
        if target in columns:
            preview.problems.append(Problem(table.header_row, name, f"two columns fill {target}; keep one"))
            continue
        columns[target] = index
    countries = CountryResolver.from_rows(
        r._asdict() for r in session.execute(select(Country.id, Country.iso3, Country.iso2, Country.m49,
                                                    *(getattr(Country, f) for f in NAME_FIELDS))))
    country_ids = dict(session.execute(select(Country.iso3, Country.id)).all())
    iso3_of = {v: k for k, v in country_ids.items()}
    new_rows = []
    seen_ids: dict[uuid.UUID, int] = {}
    for number, values in table.rows:
        if number in options.exclude_rows:
            continue
        preview.rows_checked += 1

        def cell(name: str, values=values) -> str | None:
            index = columns.get(name)
            if index is None:
                return None
            text = values[index].strip()
            return "" if text.lower() in _PLACEHOLDERS else text

        written_id = cell(ID) or ""
        if not written_id:
            new_rows.append((number, values))
            continue
        try:
            org_id = uuid.UUID(written_id)
        except ValueError:
            preview.problems.append(Problem(number, table.header[columns[ID]], f"{written_id!r} is not an "
                                            "organisation's id (leave it empty for a new organisation)"))
            continue
        org = session.get(Organisation, org_id)
        if org is None:
            preview.problems.append(Problem(number, table.header[columns[ID]], f"no organisation has the id "
                                            f"{written_id} in this desk (leave it empty for a new organisation)"))
            continue
        if org_id in seen_ids:
            preview.problems.append(Problem(number, table.header[columns[ID]], f"row {seen_ids[org_id]} already "
                                            "updates this organisation; put each organisation on one row"))
            continue
        seen_ids[org_id] = number
        _row(preview, table, columns, number, org, cell, countries, country_ids, iso3_of)
    preview.new_rows = len(new_rows)
    if new_rows:
        sub = SheetData(table.file_name, table.header, tuple(new_rows), table.header_row, table.kind)
        preview._new_table = sub
        preview.new_preview = check_import(session, sub, ImportOptions(
            ORGANISATIONS, file_name, mapping=options.mapping, remember_mapping=False))
        # The import names the columns it does not use; those are named above already.
        mine = {(w.row, w.column) for w in preview.warnings}
        kept = tuple(w for w in preview.new_preview.warnings if (w.row, w.column) not in mine)
        from dataclasses import replace

        preview.new_preview = replace(preview.new_preview, warnings=kept)
    return preview


def _row(preview, table, columns, number, org, cell, countries, country_ids, iso3_of) -> None:
    before = len(preview.problems)
    wanted: dict[str, Any] = {}
    shown: list[tuple[str, str, str]] = []

    def problem(name: str, message: str) -> None:
        preview.problems.append(Problem(number, table.header[columns[name]] if name in columns else name, message))

    name = cell("name")
    if name:
        name = " ".join(name.split())
        if len(name) > 300:
            problem("name", "the name is longer than 300 characters")
        elif name != org.name:
            wanted["name"] = name
            shown.append(("name", org.name, name))
    acronym = cell("acronym")
    if acronym is not None:
        if len(acronym) > 50:
            problem("acronym", "the acronym is longer than 50 characters")
        elif acronym != org.acronym:
            wanted["acronym"] = acronym
            shown.append(("acronym", org.acronym, acronym))
    written_country, column = cell("country_iso3"), "country_iso3"
    if not written_country:
        written_country, column = cell("country"), "country"
    if written_country:
        found = countries.resolve(written_country)
        if not found.found:
            problem(column, f"unknown country {written_country!r}")
        elif country_ids[found.iso3] != org.country_id:
            wanted["country_id"] = country_ids[found.iso3]
            shown.append(("country_iso3", iso3_of.get(org.country_id, ""), found.iso3))
    for fld, vocabulary in (("stakeholder_cluster", STAKEHOLDER_CLUSTERS), ("organisation_type", ORGANISATION_TYPES)):
        text = cell(fld)
        if text is None:
            continue
        code = vocabulary.code(text) if text else None
        if text and code is None:
            problem(fld, _not_one_of(text, vocabulary))
        elif code != getattr(org, fld):
            wanted[fld] = code
            shown.append((fld, getattr(org, fld) or "", code or ""))
    website = cell("website")
    if website is not None:
        if website and not _website_ok(website):
            problem("website", f"{website!r} is not a website address")
        elif website != org.website:
            wanted["website"] = website
            shown.append(("website", org.website, website))
    other = cell("other_names")
    if other is not None:
        names = list(dict.fromkeys(n for n in _SPLIT_LIST.split(other) if n))
        current = [n.name for n in org.other_names]
        if any(len(n) > 300 for n in names):
            problem("other_names", "an other name is longer than 300 characters")
        elif sorted(names) != sorted(current):
            wanted["other_names"] = names
            shown.append(("other_names", "; ".join(current), "; ".join(names)))
    if len(preview.problems) > before or not wanted:
        return
    preview._apply[org.id] = wanted
    for fld, old, new in shown:
        preview.changes.append(FieldChange(number, org.id, org.name, fld, old or "", new or ""))


def apply_updates(session: Session, table: SheetData, options: ImportOptions) -> UpdatePreview:
    """Check and write (inside `Desk.write`): all or nothing; raises ImportRejected listing problems."""
    preview = check_updates(session, table, options)
    if preview.problems_all:
        raise _Rejected(preview)
    for org_id, wanted in preview._apply.items():
        org = session.get(Organisation, org_id)
        names = wanted.pop("other_names", None)
        if names is not None:
            languages = {n.name: n.language for n in org.other_names}
            org.other_names.clear()
            session.flush()
            org.other_names.extend(OrganisationName(name=n, language=languages.get(n, "")) for n in names)
        for key, value in wanted.items():
            setattr(org, key, value)
        org.sort_name = fold(org.name)
        org.search_text = search_text(org.name, org.acronym, names if names is not None
                                      else [n.name for n in org.other_names])
    session.flush()
    if preview._new_table is not None:
        import_table(session, preview._new_table, ImportOptions(ORGANISATIONS, preview.file_name,
                                                                mapping=options.mapping, remember_mapping=False))
    return preview
