"""Finding organisations for the registry: words, filters and sort answered in SQL, a page at a time.

Every keystroke runs a count and a page, so each must stay within milliseconds at 100,000
organisations. Two indexes serve them (migration 0005):

- ``organisation_search``, a trigram full-text index over ``organisation.search_text``, kept in step
  by triggers. It answers words of three characters or more; shorter words are matched with LIKE.
- ``ix_organisation_browse`` (sort_name, search_text, merged_into_id, country_id): narrow enough to
  read whole, and in name order, so a name-sorted page ends after ``limit`` matches and a count
  that must look at every organisation reads this index instead of the rows.

On PostgreSQL (the team server) pg_trgm's GIN index answers the words of three characters or more, and
a word of one or two letters is counted from ``ix_organisation_listed_text`` (migration 0010): the listed
organisations' search text alone, read whole instead of every row (the table scan ruled out for that
count, as the planner weighs the two nearly alike).

Each condition is written twice: as a check on each row read (the column behind a unary plus, so
SQLite never picks an index for it by guesswork) and as a lead that SQLite may start from. The
condition that matches the fewest organisations, measured beforehand where that is cheap (the
trigram index counts its matches in well under a millisecond), leads when it is small; otherwise the
browse index is read in order.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, column, func, literal_column, or_, select, table, text, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from opn_desk.db.models import Country, Membership, Organisation, Programme
from opn_desk.domain.registry import SORT_KEYS, OrganisationQuery, OrganisationRow
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import MembershipStatus, Role
from opn_desk.i18n import translate
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import InvalidInput

SEARCH_INDEX = "organisation_search"
TRIGRAM = 3  # the index holds three-character runs: shorter words cannot use it
# Up to this many candidates, reading just those rows beats reading the browse index in order
# (for a page; a count reads the whole browse index otherwise, so it leads from larger sets).
PAGE_LEAD_LIMIT = 2_000
COUNT_LEAD_LIMIT = 40_000

_COUNTRY_NAMES = ("name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar")
_INDEX = table(SEARCH_INDEX, column("rowid"))
_BY_COUNTRY = table("organisation", column("rowid"), column("country_id", Organisation.country_id.type)).alias(
    "by_country")


class _Checked(ColumnClause):
    """A column only checked on each row read: behind a unary plus on SQLite (no index picked for it by
    guesswork), plain elsewhere (PostgreSQL's planner weighs its indexes by their statistics)."""

    inherit_cache = True

    def __init__(self, name: str, type_=None):
        super().__init__(name, type_, is_literal=True)


@compiles(_Checked)
def _plain(element, compiler, **kw):
    return compiler.visit_column(element, **kw)


@compiles(_Checked, "sqlite")
def _unary_plus(element, compiler, **kw):
    return "+" + compiler.visit_column(element, **kw)


_ROWID = literal_column("organisation.rowid")
_CHECK_ROWID = _Checked("organisation.rowid")
_CHECK_COUNTRY = _Checked("organisation.country_id", Organisation.country_id.type)
_CHECK_ID = _Checked("organisation.id", Organisation.id.type)
# Listed = not merged into another record. Nearly every row is NULL there, so this is only checked.
_LISTED = _Checked("organisation.merged_into_id").is_(None)


@dataclass
class _Condition:
    check: object  # tested on each row read
    lead: object | None = None  # the same condition in a form SQLite can start from
    estimate: int | None = None  # at most this many organisations meet it (None: not known)


class _Support:
    """What one database offers the search, learned once: the index, the folded country names."""

    def __init__(self, indexed: bool):
        self.indexed = indexed
        self.countries_seen: tuple | None = None
        self.countries: list[tuple[uuid.UUID, str, str | None]] = []  # id, folded names, group


_SUPPORT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SUPPORT_LOCK = threading.Lock()


def _support(session: Session) -> _Support:
    engine = session.get_bind().engine
    with _SUPPORT_LOCK:
        found = _SUPPORT.get(engine)
    if found is None:
        # On PostgreSQL (the team server) pg_trgm's GIN index serves LIKE itself (migration 0005): the
        # words are matched with LIKE, and the FTS5 table, its triggers and its checks do not apply.
        indexed = session.get_bind().dialect.name == "sqlite" and session.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": SEARCH_INDEX}) == 1
        found = _Support(indexed)
        with _SUPPORT_LOCK:
            _SUPPORT[engine] = found
    return found


def _countries(session: Session) -> list[tuple[uuid.UUID, str, str | None]]:
    # 249 rows: folding in Python is simpler than teaching SQLite to fold accents. Kept until a
    # country changes (names and groups are editable).
    support = _support(session)
    total = func.total if session.get_bind().dialect.name == "sqlite" else func.sum
    seen = tuple(session.execute(select(func.count(Country.id), func.max(Country.updated_at),
                                        total(Country.version))).one())
    if seen != support.countries_seen:
        support.countries = [
            (c.id, fold(" ".join([c.iso3, *(getattr(c, name) for name in _COUNTRY_NAMES)])), c.regional_group)
            for c in session.scalars(select(Country))]
        support.countries_seen = seen
    return support.countries


def index_in_use(session: Session) -> bool:
    """Whether words of three characters or more are looked up in the trigram index."""
    return _support(session).indexed


def _tr(text: str) -> str:
    return translate("OrganisationSearch", text)


def index_problems(session: Session, sample: int = 500) -> list[str]:
    """Whether the trigram index matches every organisation's search text (empty = healthy).

    FTS5's own integrity check where the database is writable (it is an INSERT, refused read-only);
    read-only, the index must hold one entry per organisation and find a sample of them by a word
    of their own search text.
    """
    if not index_in_use(session):
        return []
    wrong = _tr("The organisations' search index does not match the organisations")
    repair = _tr("rebuild it with opn-desk check --rebuild-search-index.")
    stale = [_tr("The organisations' search index is no longer kept up to date (trigger {triggers} is missing); "
                 "{repair}").format(triggers=", ".join(missing), repair=repair)] \
        if (missing := missing_triggers(session)) else []
    return stale + _index_content_problems(session, sample, wrong, repair)


def _index_content_problems(session: Session, sample: int, wrong: str, repair: str) -> list[str]:
    from sqlalchemy.exc import DBAPIError

    try:
        with session.begin_nested():
            session.execute(text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"))
        return []
    except DBAPIError as exc:
        if "readonly" not in str(exc.orig).replace("-", "").replace(" ", ""):
            return [_tr("{wrong} ({problem}); {repair}").format(wrong=wrong, problem=exc.orig, repair=repair)]
    indexed = session.scalar(text(f"SELECT count(*) FROM {SEARCH_INDEX}_docsize"))
    rows = session.scalar(text("SELECT count(*) FROM organisation"))
    if indexed != rows:
        return [_tr("{wrong}: it holds {indexed} entries for {rows} organisations; {repair}").format(
            wrong=wrong, indexed=indexed, rows=rows, repair=repair)]
    missing = 0
    for rowid, folded in session.execute(text(
            "SELECT rowid, search_text FROM organisation WHERE length(search_text) >= 3 "
            "ORDER BY random() LIMIT :n"), {"n": sample}):
        word = max(folded.split(), key=len)
        if len(word) >= TRIGRAM and not session.scalar(
                text(f"SELECT count(*) FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :q AND rowid = :r"),
                {"q": _phrase([word]), "r": rowid}):
            missing += 1
    return [_tr("{wrong}: {missing} of the organisations sampled are not found by it; {repair}").format(
        wrong=wrong, missing=missing, repair=repair)] if missing else []


# The triggers that keep the index in step (as migration 0005 made them; a migration keeps its own frozen
# copy). The repair puts back any that a tool or a table rebuild dropped.
TRIGGERS = {
    f"{SEARCH_INDEX}_insert": f"""CREATE TRIGGER IF NOT EXISTS {SEARCH_INDEX}_insert AFTER INSERT ON organisation BEGIN
        INSERT INTO {SEARCH_INDEX}(rowid, search_text) VALUES (new.rowid, new.search_text);
    END""",
    f"{SEARCH_INDEX}_delete": f"""CREATE TRIGGER IF NOT EXISTS {SEARCH_INDEX}_delete AFTER DELETE ON organisation BEGIN
        INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    END""",
    f"{SEARCH_INDEX}_update": f"""CREATE TRIGGER IF NOT EXISTS {SEARCH_INDEX}_update AFTER UPDATE OF search_text
        ON organisation BEGIN
        INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO {SEARCH_INDEX}(rowid, search_text) VALUES (new.rowid, new.search_text);
    END""",
}


def missing_triggers(session: Session) -> list[str]:
    present = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    return [name for name in TRIGGERS if name not in present]


def rebuild_index(session: Session) -> None:
    """Put back any missing trigger and fill the index again from every organisation (after rows were
    copied in around the triggers)."""
    if index_in_use(session):
        for name in missing_triggers(session):
            session.execute(text(TRIGGERS[name]))
        session.execute(text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('rebuild')"))


def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _phrase(tokens: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)


def _names_a_country(token: str) -> bool:
    """Long enough to stand for a country: 3 letters, or 2 Chinese characters (德国, 法国, 中国...)."""
    if len(token) >= 3:
        return True
    return len(token) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in token)


def _indexed(session: Session, tokens: list[str]) -> tuple[Select, int]:
    """The rowids of organisations whose search text holds every token, and how many there are."""
    phrase = _phrase(tokens)
    match = literal_column(SEARCH_INDEX).match(phrase)
    count = session.scalar(select(func.count()).select_from(_INDEX).where(match)) or 0
    return select(_INDEX.c.rowid).where(match), count


def _in_countries(session: Session, countries: list[uuid.UUID]) -> tuple[Select, int]:
    rows = select(_BY_COUNTRY.c.rowid).where(_BY_COUNTRY.c.country_id.in_(countries))
    count = session.scalar(select(func.count()).select_from(_BY_COUNTRY).where(
        _BY_COUNTRY.c.country_id.in_(countries))) or 0
    return rows, count


def _text_conditions(session: Session, words: str) -> list[_Condition]:
    """One condition per word: in the name, acronym or other names, or naming the country."""
    indexed = _support(session).indexed
    together: list[str] = []
    conditions = []
    for token in dict.fromkeys(fold(words).split()):
        countries = ([cid for cid, names, _ in _countries(session) if token in names]
                     if _names_a_country(token) else [])
        if indexed and len(token) >= TRIGRAM:
            if not countries:
                together.append(token)  # words that name no country share one index lookup
                continue
            in_words, in_words_count = _indexed(session, [token])
            in_country, in_country_count = _in_countries(session, countries)
            conditions.append(_Condition(
                check=or_(_CHECK_ROWID.in_(in_words), _CHECK_COUNTRY.in_(countries)),
                lead=_ROWID.in_(union_all(in_words, in_country)),
                estimate=in_words_count + in_country_count))
        else:
            like = Organisation.search_text.like(_like(token), escape="\\")
            conditions.append(_Condition(or_(like, _CHECK_COUNTRY.in_(countries)) if countries else like))
    if together:
        in_words, count = _indexed(session, together)
        conditions.insert(0, _Condition(check=_CHECK_ROWID.in_(in_words), lead=_ROWID.in_(in_words),
                                        estimate=count))
    return conditions


def _conditions(session: Session, query: OrganisationQuery) -> list[_Condition]:
    conditions = _text_conditions(session, query.text)
    if query.programme or query.role:
        members = select(Membership.organisation_id).where(Membership.status == MembershipStatus.ACTIVE.value)
        if query.programme:
            members = members.join(Programme, Programme.id == Membership.programme_id).where(
                Programme.code == query.programme)
        if query.role:
            members = members.where(Membership.role == query.role)
        count = session.scalar(select(func.count()).select_from(members.subquery())) or 0
        conditions.append(_Condition(_CHECK_ID.in_(members), Organisation.id.in_(members), count))
    if query.regional_group:
        wanted = None if query.regional_group == "none" else query.regional_group
        countries = [cid for cid, _, group in _countries(session) if group == wanted]
        check = _CHECK_COUNTRY.in_(countries)
        lead = Organisation.country_id.in_(countries)
        if wanted is None:
            check = or_(literal_column("+organisation.country_id").is_(None), check)
            lead = or_(Organisation.country_id.is_(None), lead)
        conditions.append(_Condition(check, lead, _count(session, lead)))
    if query.stakeholder_cluster:
        lead = Organisation.stakeholder_cluster == query.stakeholder_cluster
        conditions.append(_Condition(literal_column("+organisation.stakeholder_cluster") == query.stakeholder_cluster,
                                     lead, _count(session, lead)))
    return conditions


def _count(session: Session, lead) -> int:
    """Organisations meeting an indexed condition, merged or not: read from that column's index alone."""
    return session.scalar(select(func.count()).select_from(Organisation).where(lead)) or 0


def _where(stmt: Select, conditions: list[_Condition], lead_limit: int | None) -> Select:
    """``stmt`` restricted to listed organisations meeting every condition; the smallest leads if
    it has at most ``lead_limit`` candidates (None: any size, as when every match is read anyway)."""
    known = [c for c in conditions if c.estimate is not None and (lead_limit is None or c.estimate <= lead_limit)]
    leader = min(known, key=lambda c: c.estimate) if known else None
    stmt = stmt.where(_LISTED)  # merged duplicates live on only in history
    for condition in conditions:
        stmt = stmt.where(condition.lead if condition is leader else condition.check)
    return stmt


def _nothing_can_match(conditions: list[_Condition]) -> bool:
    return any(c.estimate == 0 for c in conditions)


class CountStopped(Exception):
    """A count was given up because its answer is no longer wanted (the user typed on)."""


def count_organisations(session: Session, query: OrganisationQuery,
                        stop: Callable[[], bool] | None = None) -> int:
    """How many listed organisations match ``query`` (its sort aside).

    ``stop()``, asked every few thousand SQLite steps, may give the count up (raising `CountStopped`):
    the registry asks for it after showing a page, and a count nobody waits for should not hold up
    the next page.
    """
    if stop is not None and stop():
        raise CountStopped
    conditions = _conditions(session, query)
    if _nothing_can_match(conditions):
        return 0
    stmt = _where(select(func.count()).select_from(Organisation), conditions, COUNT_LEAD_LIMIT)
    if session.get_bind().dialect.name == "postgresql" and _short_words_alone(query):
        return _server_short_word_count(session, stmt)
    if stop is None or session.get_bind().dialect.name != "sqlite":
        return session.scalar(stmt) or 0
    from sqlalchemy.exc import OperationalError

    raw = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if stop() else 0, 5_000)
    try:
        return session.scalar(stmt) or 0
    except OperationalError:
        if stop():  # SQLite reports the interruption as an error
            raise CountStopped from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _short_words_alone(query: OrganisationQuery) -> bool:
    """Words, all too short for the trigram index, and no other filter."""
    tokens = fold(query.text).split()
    return bool(tokens) and all(len(t) < TRIGRAM for t in tokens) and not (
        query.programme or query.role or query.regional_group or query.stakeholder_cluster)


def _server_short_word_count(session: Session, stmt: Select) -> int:
    """The count of ``stmt`` on PostgreSQL, every listed organisation's search text tested: read from
    ``ix_organisation_listed_text`` (migration 0010), about twice as fast as the table. The planner weighs
    the two nearly alike (more so once the index has grown by inserts) and often picks the table, so
    reading the table is ruled out for this one statement (SET LOCAL, put back after; a failed statement
    rolls the transaction back, the settings with it)."""
    before = session.execute(text("SELECT current_setting('enable_seqscan'), current_setting('enable_bitmapscan')")).one()
    session.execute(text("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)"))
    total = session.scalar(stmt) or 0
    session.execute(text("SELECT set_config('enable_seqscan', :seq, true), set_config('enable_bitmapscan', :bitmap, true)"),
                    {"seq": before[0], "bitmap": before[1]})
    return total


def search_organisations(session: Session, query: OrganisationQuery, offset: int = 0,
                         limit: int = 200) -> list[OrganisationRow]:
    if query.sort not in SORT_KEYS:
        raise InvalidInput("sort", _tr("Cannot sort by “{sort}”.").format(sort=query.sort))
    conditions = _conditions(session, query)
    if _nothing_can_match(conditions):
        return []
    stmt = (
        select(Organisation.id, Organisation.name, Organisation.acronym, shown_name(), Country.iso3,
               Country.regional_group, Organisation.stakeholder_cluster)
        .select_from(Organisation)
        .outerjoin(Country, Country.id == Organisation.country_id)
    )
    # Sorted by name, the browse index is read in order and stops after the page; any other sort
    # reads every match, so the smallest set of candidates leads whatever its size.
    stmt = _where(stmt, conditions, PAGE_LEAD_LIMIT if query.sort == "name" else None)
    key = {
        "name": Organisation.sort_name,
        "acronym": Organisation.acronym,
        "country": shown_name().element,
        "regional_group": Country.regional_group,
        "stakeholder_cluster": Organisation.stakeholder_cluster,
    }[query.sort]
    order = [key.desc() if query.descending else key.asc()]
    if query.sort != "name":
        order.append(Organisation.sort_name.asc())
    order.append(Organisation.id)
    rows = _server_name_page(session, query, conditions, offset, limit) if query.sort == "name" else None
    if rows is None:
        rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit)).all()
    roles = _active_roles(session, [r[0] for r in rows])
    return [
        OrganisationRow(
            id=r[0], name=r[1], acronym=r[2] or "", country=r[3] or "", country_iso3=r[4] or "",
            regional_group=r[5], stakeholder_cluster=r[6],
            programmes=", ".join(sorted({p for p, _ in roles.get(r[0], ())})),
            roles=", ".join(sorted({role for _, role in roles.get(r[0], ())})),
        )
        for r in rows
    ]


# PostgreSQL only (the team server). Sorted by name, its planner reads organisations in name order and
# stops after the page, guessing matches are spread evenly; they seldom are (every "Municipality ..."
# sorts under M), so a common word can make it read half the table. Up to this many matches (the
# planner's own estimate), they are found first through the trigram index, then sorted.
SERVER_MATCHES_FIRST_LIMIT = 10_000


def _server_name_page(session: Session, query: OrganisationQuery, conditions: list[_Condition], offset: int,
                      limit: int) -> list | None:
    """A name-sorted page on PostgreSQL from the matches found first, when a word is long enough for the
    trigram index and the planner expects few matches; None otherwise (SQLite, or the ordered read)."""
    if session.get_bind().dialect.name != "postgresql" or not any(
            len(token) >= TRIGRAM for token in fold(query.text).split()):
        return None
    matches = _where(select(Organisation.id, Organisation.sort_name), conditions, None)
    compiled = matches.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    plan = session.connection().exec_driver_sql("EXPLAIN (FORMAT JSON) " + compiled.string, compiled.params).scalar()
    if plan[0]["Plan"]["Plan Rows"] > SERVER_MATCHES_FIRST_LIMIT:
        return None
    found = matches.cte("matching").prefix_with("MATERIALIZED")  # found whole, not read in name order
    key = found.c.sort_name.desc() if query.descending else found.c.sort_name.asc()
    page = select(found).order_by(key, found.c.id).offset(offset).limit(limit).subquery("page")
    key = page.c.sort_name.desc() if query.descending else page.c.sort_name.asc()
    return session.execute(  # then only the page's rows are read
        select(Organisation.id, Organisation.name, Organisation.acronym, shown_name(), Country.iso3,
               Country.regional_group, Organisation.stakeholder_cluster)
        .select_from(page)
        .join(Organisation, Organisation.id == page.c.id)
        .outerjoin(Country, Country.id == Organisation.country_id)
        .order_by(key, page.c.id)).all()


def _active_roles(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[str, str]]]:
    found: dict[uuid.UUID, list[tuple[str, str]]] = defaultdict(list)
    if not ids:
        return found
    stmt = (
        select(Membership.organisation_id, Programme.code, Membership.role)
        .join(Programme, Programme.id == Membership.programme_id)
        .where(Membership.organisation_id.in_(ids), Membership.status == MembershipStatus.ACTIVE.value)
    )
    for org_id, code, role in session.execute(stmt):
        found[org_id].append((code, Role(role).label))
    return found
