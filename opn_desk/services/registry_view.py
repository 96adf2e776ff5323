"""The registry list's reads, as the window pages them: rows in modest pages (short SQLite IN lists),
and the two counts (matching, all organisations), a count that may stop when no longer wanted."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from opn_desk.domain.registry import OrganisationQuery, OrganisationRow
from opn_desk.services import organisation_search

PIECE = 1000  # rows per SQL query: SQLite's IN lists stay short


def organisation_rows(session: Session, query: OrganisationQuery, offset: int, limit: int) -> list[OrganisationRow]:
    """Rows ``offset`` to ``offset + limit`` of the registry query."""
    rows: list[OrganisationRow] = []
    for start in range(offset, offset + limit, PIECE):
        size = min(PIECE, offset + limit - start)
        page = organisation_search.search_organisations(session, query, offset=start, limit=size)
        rows.extend(page)
        if len(page) < size:
            break
    return rows


def organisation_counts(session: Session, query: OrganisationQuery, count_all: bool,
                        wanted: Callable[[], bool]) -> tuple[int | None, int | None] | None:
    """(matching, all organisations, or None when not ``count_all``); None when the count stopped being
    ``wanted()`` (the officer typed on)."""
    unfiltered = OrganisationQuery(sort=query.sort, descending=query.descending)
    try:
        total = organisation_search.count_organisations(session, query, stop=lambda: not wanted())
    except organisation_search.CountStopped:
        return None
    if query == unfiltered:
        return total, total
    everything = organisation_search.count_organisations(session, unfiltered) if count_all else None
    return total, everything
