"""Derived values recomputed on each laptop after received operations changed records (never sent)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import bindparam, select, update

from opn_desk.db.models import Organisation, OrganisationName
from opn_desk.domain.text import fold

CHUNK = 400


def _search_text(name: str, acronym: str, other_names: list[str]) -> str:
    # The same as registry.search_text (imported lazily there to keep this module light).
    return " | ".join(fold(t) for t in [name, acronym, *other_names] if t)


def refresh_organisations(session, ids: Iterable[uuid.UUID]) -> None:
    """Recompute sort_name and search_text of these organisations where they differ."""
    ids = [i for i in set(ids) if i is not None]
    t, n = Organisation.__table__, OrganisationName.__table__
    changed = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        names: dict[uuid.UUID, list[str]] = {}
        for org_id, name in session.execute(select(n.c.organisation_id, n.c.name)
                                            .where(n.c.organisation_id.in_(chunk)).order_by(n.c.name)):
            names.setdefault(org_id, []).append(name)
        for org_id, name, acronym, sort_name, search_text in session.execute(
                select(t.c.id, t.c.name, t.c.acronym, t.c.sort_name, t.c.search_text).where(t.c.id.in_(chunk))):
            want_sort = fold(name or "")
            want_search = _search_text(name or "", acronym or "", names.get(org_id, []))
            if (want_sort, want_search) != (sort_name, search_text):
                changed.append({"_id": org_id, "sort_name": want_sort, "search_text": want_search})
    if changed:
        session.execute(update(t).where(t.c.id == bindparam("_id"))
                        .values(sort_name=bindparam("sort_name"), search_text=bindparam("search_text")), changed)


def refresh(session, touched: dict[str, set[uuid.UUID]], parents: set[uuid.UUID]) -> None:
    """``touched``: table -> records written; ``parents``: organisations whose other names changed."""
    orgs = set(touched.get("organisation", ())) | parents
    if orgs:
        refresh_organisations(session, orgs)
