"""Exporting the registry to CSV/XLSX. Sensitive personal data only when explicitly asked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from opn_desk.db.models import Country, Membership, Organisation, OrganisationName, Person, Programme
from opn_desk.domain.vocab import MembershipStatus, group_label
from opn_desk.i18n import number, singular, translate
from opn_desk.io.tables import Cancelled, write_table
from opn_desk.services import errors
from opn_desk.services.errors import DeskError

COLUMNS = ("name", "acronym", "other_names", "country_iso3", "country", "regional_group", "regional_group_name",
           "stakeholder_cluster", "organisation_type", "website", "parent_organisation", "programmes", "roles",
           "representatives", "representative_emails", "id")
SENSITIVE_COLUMNS = ("representative_genders", "representative_sogiesc_diverse",
                     "representative_disability_accommodation")

Progress = Callable[[float, str], None]


def _memberships(session: Session, include_sensitive: bool) -> dict:
    rep = aliased(Person)
    cols = [Membership.organisation_id, Programme.code, Membership.role, rep.name, rep.email]
    if include_sensitive:
        cols += [rep.gender, rep.sogiesc_diverse, rep.disability_accommodation]
    stmt = (select(*cols).join(Programme, Programme.id == Membership.programme_id)
            .outerjoin(rep, rep.id == Membership.representative_id)
            .where(Membership.status == MembershipStatus.ACTIVE.value)
            .order_by(Programme.code, Membership.role))
    found = defaultdict(list)
    for row in session.execute(stmt):
        found[row[0]].append(row[1:])
    return found


def _rows(session: Session, include_sensitive: bool):
    memberships = _memberships(session, include_sensitive)
    other = defaultdict(list)
    for org_id, name in session.execute(select(OrganisationName.organisation_id, OrganisationName.name)):
        other[org_id].append(name)
    parent = aliased(Organisation)
    stmt = (select(Organisation.id, Organisation.name, Organisation.acronym, Country.iso3, Country.name_en,
                   Country.regional_group, Organisation.stakeholder_cluster, Organisation.organisation_type,
                   Organisation.website, parent.name)
            .outerjoin(Country, Country.id == Organisation.country_id)
            .outerjoin(parent, parent.id == Organisation.parent_id)
            .order_by(Organisation.sort_name, Organisation.id))
    for org_id, name, acronym, iso3, country, group, cluster, otype, website, parent_name in \
            session.execute(stmt).yield_per(2000):
        ms = memberships.get(org_id, ())
        reps = [m for m in ms if m[2]]
        row = [name, acronym, "; ".join(other.get(org_id, ())), iso3 or "", country or "",
               group or "", group_label(group), cluster or "", otype or "", website,
               parent_name or "", "; ".join(dict.fromkeys(m[0] for m in ms)),
               "; ".join(f"{m[0]}:{m[1]}" for m in ms),
               "; ".join(dict.fromkeys(m[2] for m in reps)), "; ".join(dict.fromkeys(m[3] for m in reps if m[3])),
               str(org_id)]  # the same on every laptop: `import organisations` with it updates the record
        if include_sensitive:
            row += ["; ".join(f"{m[2]}: {m[4]}" for m in reps),
                    "; ".join(f"{m[2]}: {'yes' if m[5] else 'no'}" for m in reps if m[5] is not None),
                    "; ".join(f"{m[2]}: {m[6]}" for m in reps if m[6])]
        yield row


def export_organisations(desk, out: Path, *, include_sensitive: bool = False, progress: Progress | None = None,
                         abort: Callable[[], bool] | None = None) -> int:
    """Write every organisation to ``out`` (.csv or .xlsx); returns how many were written."""
    out = Path(out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise DeskError(translate("Export", "{name}: the export file must end in .csv or .xlsx.").format(name=out.name))
    if not out.parent.is_dir():
        raise DeskError(translate("Export", "The folder {folder} does not exist.").format(folder=out.parent))
    columns = COLUMNS + (SENSITIVE_COLUMNS if include_sensitive else ())
    if include_sensitive:  # a server's reader never receives them (services/server_roles.py)
        from opn_desk.services.server_roles import refuse_sensitive

        refuse_sensitive(desk.store)

    def run(session: Session) -> int:
        if abort and abort():
            raise Cancelled
        total = session.scalar(select(func.count(Organisation.id))) or 1

        def tick(n: int) -> None:
            if abort and abort():
                raise Cancelled
            if progress:
                progress(n / total, translate("Export", "Exported {count} of {total} organisations").format(
                    count=number(n), total=number(total)))

        return write_table(out, columns, _rows(session, include_sensitive), tick=tick)

    try:
        count = desk.read(run)
    except Cancelled:
        raise errors.Cancelled(translate("Export", "The export was cancelled; no file was written.")) from None
    if progress:
        progress(1.0, (translate("Export", "Exported {count} organisation") if singular(count) else
                       translate("Export", "Exported {count} organisations")).format(count=number(count)))
    return count
