"""The registry's first rows read straight from the file, so the window shows them at once.

At start-up the window shows the first page of the registry (sorted by name, as it opens unless the
officer sorted otherwise) while the store opens: that takes SQLAlchemy's import, the ORM and the
services, most of a second on a modest laptop. These rows are read with the standard library's
sqlite3 alone, read-only, and are exactly what `organisation_search.search_organisations` gives for
the unfiltered query sorted by name (a test holds the two equal); the registry's own page replaces
them as soon as it arrives.

Nothing is written, nothing is created; anything unexpected (no such table, an older schema, a file
that is not a database) gives None and the window simply waits for the registry.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import namedtuple
from pathlib import Path

from opn_desk.domain.vocab import MembershipStatus, Role
from opn_desk.i18n import current_language

log = logging.getLogger(__name__)

# The fields of `domain.registry.OrganisationRow`, in its order; a plain tuple keeps this module's
# import light (it runs while the window is being painted). The id stays the text the file holds
# (uuid's import alone costs more than reading the rows).
FirstRow = namedtuple("FirstRow", "id name acronym country country_iso3 regional_group stakeholder_cluster "
                                  "programmes roles")

_ROWS = """
SELECT organisation.id, organisation.name, organisation.acronym, {country_name}, country.iso3,
       country.regional_group, organisation.stakeholder_cluster
FROM organisation LEFT OUTER JOIN country ON country.id = organisation.country_id
WHERE +organisation.merged_into_id IS NULL
ORDER BY organisation.sort_name {direction}, organisation.id
LIMIT ?
"""
_NAME_COLUMNS = {"fr": "name_fr", "es": "name_es", "ru": "name_ru", "zh": "name_zh", "ar": "name_ar"}


def country_sql(alias: str) -> str:
    """SQL for a country's name in the officer's (or the document's) language, English where the
    reference data has none (services.countries.shown_name, for plain SQL)."""
    column = _NAME_COLUMNS.get(current_language())
    return f"{alias}.name_en" if column is None else f"coalesce(nullif({alias}.{column}, ''), {alias}.name_en)"


_ROLES = """
SELECT membership.organisation_id, programme.code, membership.role
FROM membership JOIN programme ON programme.id = membership.programme_id
WHERE membership.organisation_id IN ({marks}) AND membership.status = ?
"""


def read_first_rows(path: Path, *, descending: bool = False, limit: int = 200) -> list[FirstRow] | None:
    """The first ``limit`` listed organisations by name (Z to A when ``descending``), or None when
    the file cannot answer that plainly."""
    try:
        con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = con.execute(_ROWS.format(direction="DESC" if descending else "ASC",
                                        country_name=country_sql("country")), (limit,)).fetchall()
        ids = [r[0] for r in rows]
        roles: dict[str, list[tuple[str, str]]] = {}
        if ids:
            for org_id, code, role in con.execute(_ROLES.format(marks=",".join("?" * len(ids))),
                                                  [*ids, MembershipStatus.ACTIVE.value]):
                roles.setdefault(org_id, []).append((code, Role(role).label))
        return [
            FirstRow(
                id=r[0], name=r[1], acronym=r[2] or "", country=r[3] or "", country_iso3=r[4] or "",
                regional_group=r[5], stakeholder_cluster=r[6],
                programmes=", ".join(sorted({p for p, _ in roles.get(r[0], ())})),
                roles=", ".join(sorted({role for _, role in roles.get(r[0], ())})),
            )
            for r in rows
        ]
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("the registry's first rows were not read ahead (%s)", type(exc).__name__)
        return None
    finally:
        con.close()
