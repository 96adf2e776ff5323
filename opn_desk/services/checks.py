"""Check database: the file's integrity, its references, its schema version, the desk's rules, and
records that contradict each other (an accepted application without the membership accepting it makes,
a history that ends elsewhere than the status, a proposed lead whose application was turned down...).

Each problem is one plain sentence a desk officer understands, naming organisations by name. The
checks only read, so they run on a read-only store, and they run in SQL (plain tuples at most), so
they take well under two seconds on 100,000 organisations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from opn_desk.db.store import HEAD, OpenedStore
from opn_desk.domain.applications import OPEN_STATUSES
from opn_desk.domain.vocab import ApplicationStatus, RegionalGroup, Role
from opn_desk.services.applications import ACCEPTED_MEMBERSHIP_NOTE
from opn_desk.services.registry import _EMAIL

# integrity_check reads every page and index; beyond this size quick_check (which skips the
# index-to-table cross checks) keeps "Check database" fast.
QUICK_CHECK_ABOVE = 200 * 1024 * 1024
# Named examples per kind of problem; the rest are counted, so a badly damaged file stays readable.
SHOW = 20

_TABLE_LABEL = {  # (one, many)
    "organisation": ("organisation", "organisations"),
    "organisation_name": ("other name of an organisation", "other names of organisations"),
    "person": ("person", "people"),
    "membership": ("membership", "memberships"),
    "application": ("application", "applications"),
    "review": ("review", "reviews"),
    "call": ("call", "calls"),
    "evaluation_criterion": ("evaluation criterion", "evaluation criteria"),
    "programme": ("programme", "programmes"),
    "country": ("country", "countries"),
    "audit_entry": ("history entry", "history entries"),
}
_DECIDED = (ApplicationStatus.ACCEPTED.value, ApplicationStatus.NOT_ACCEPTED.value)
_DUTY_ROLES = (Role.CO_LEAD.value, Role.CORE_PARTNER.value)


def _role(code: str | None) -> str:
    try:
        return Role(code).label.lower()
    except ValueError:
        return str(code or "unknown role")


def _status(code: str | None) -> str:
    try:
        return ApplicationStatus(code).label.lower()
    except ValueError:
        return str(code)


def _org(name: str | None) -> str:
    return name.strip() if name and name.strip() else "an organisation without a name"


def _quote_list(codes: Iterable[str]) -> str:
    items = list(codes)
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else "".join(items)


def _capped(sentences: Sequence[str], more: int, what: str) -> list[str]:
    out = list(sentences)
    if more > 0:
        out.append(f"There {'is' if more == 1 else 'are'} {more:,} more {what} with the same problem.")
    return out


def _rows(con: Connection, sql: str, params: dict | None = None) -> list[tuple]:
    if con.dialect.name == "postgresql":  # the team server: its name for SQLite's instr
        sql = sql.replace("instr(", "strpos(")
    return [tuple(r) for r in con.exec_driver_sql(sql, params or {}).fetchall()]


def _listed(con: Connection, sql: str, what: str, sentence) -> list[str]:
    """Run ``sql``; word the first rows and count the rest (a healthy database returns none)."""
    rows = _rows(con, sql)
    return _capped([sentence(*r) for r in rows[:SHOW]], len(rows) - SHOW, what)


# --- the file ---------------------------------------------------------------------------------

def _integrity(store: OpenedStore, con: Connection) -> list[str]:
    try:
        size = store.path.stat().st_size
    except OSError:
        size = 0
    pragma = "quick_check" if size > QUICK_CHECK_ABOVE else "integrity_check"
    try:
        found = [r[0] for r in _rows(con, f"PRAGMA {pragma}({SHOW})") if r[0] != "ok"]
    except DBAPIError as exc:
        found = [str(exc.orig or exc)]
    if not found:
        return []
    detail = "; ".join(found[:3])
    return [f"SQLite found damage in the database file ({detail}); restore a recent backup "
            "(File > Restore from backup…) before making more changes."]


def _references(con: Connection) -> list[str]:
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in _rows(con, "PRAGMA foreign_key_check"):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    out = []
    for (table, parent), n in sorted(broken.items()):
        one, many = _TABLE_LABEL.get(table, (f"record of {table}", f"records of {table}"))
        target = _TABLE_LABEL.get(parent, (parent, parent))[0]
        article = "an" if target[:1] in "aeiou" else "a"
        if n == 1:
            out.append(f"One {one} refers to {article} {target} that no longer exists.")
        else:
            out.append(f"{n:,} {many} refer to {article} {target} that no longer exists.")
    return out


def _schema(con: Connection) -> list[str]:
    from sqlalchemy import inspect

    tables = set(inspect(con).get_table_names()) if con.dialect.name != "sqlite" else \
        {r[0] for r in _rows(con, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return ["The database does not record its schema version, so OPN Desk cannot tell whether it "
                "is up to date."]
    versions = [r[0] for r in _rows(con, "SELECT version_num FROM alembic_version")]
    if versions != [HEAD]:
        shown = ", ".join(str(v) for v in versions) or "none"
        return [f"The database's schema version is {shown}, but this version of OPN Desk expects {HEAD}."]
    return []


# --- the desk's rules -------------------------------------------------------------------------

_MEMBERSHIP = """
    SELECT o.name, p.code, m.role, m.term_start, m.term_end
    FROM membership m
    JOIN organisation o ON o.id = m.organisation_id
    LEFT JOIN programme p ON p.id = m.programme_id
"""


def _memberships(con: Connection) -> list[str]:
    out: list[str] = []
    out += _listed(
        con,
        _MEMBERSHIP + " WHERE m.term_end IS NOT NULL AND m.term_end < m.term_start ORDER BY o.name",
        "memberships",
        lambda name, code, role, start, end: (
            f"The {_role(role)} membership of {_org(name)} in {code} ends ({end}) before it starts ({start})."),
    )
    out += _listed(
        con,
        """SELECT o.name, p.code, d.role, d.n FROM (
               SELECT organisation_id, programme_id, role, count(*) AS n FROM membership
               WHERE status = 'active' GROUP BY organisation_id, programme_id, role HAVING count(*) > 1
           ) d
           JOIN organisation o ON o.id = d.organisation_id
           LEFT JOIN programme p ON p.id = d.programme_id
           ORDER BY o.name""",
        "organisations",
        lambda name, code, role, n: (
            f"{_org(name)} has {n} active {_role(role)} memberships in {code}; end all but one of them."),
    )
    duty = ", ".join(f"'{r}'" for r in _DUTY_ROLES)
    out += _listed(
        con,
        _MEMBERSHIP + f" WHERE m.status = 'active' AND m.role IN ({duty}) AND m.term_end IS NULL ORDER BY o.name",
        "memberships",
        lambda name, code, role, _start, _end: (
            f"The active {_role(role)} membership of {_org(name)} in {code} has no end date; "
            "co-leads and core partners serve for a fixed term."),
    )
    for column, who in (("representative_id", "representative"), ("alternate_id", "alternate")):
        out += _listed(
            con,
            f"""SELECT o.name, p.code, m.role, per.name, other.name FROM membership m
                JOIN organisation o ON o.id = m.organisation_id
                LEFT JOIN programme p ON p.id = m.programme_id
                JOIN person per ON per.id = m.{column}
                LEFT JOIN organisation other ON other.id = per.organisation_id
                WHERE m.status = 'active'
                  AND (per.organisation_id IS NULL OR per.organisation_id != m.organisation_id)
                ORDER BY o.name""",
            "memberships",
            lambda name, code, role, person, other, who=who: (
                f"The {who} of {_org(name)}'s {_role(role)} membership in {code}, {person}, "
                + (f"belongs to {_org(other)}, not to {_org(name)}." if other is not None
                   else f"is not a person of {_org(name)}.")),
        )
    return out


def _parent_loops(con: Connection) -> list[str]:
    parent = dict(_rows(con, "SELECT id, parent_id FROM organisation WHERE parent_id IS NOT NULL"))
    if not parent:
        return []
    # Walk up from each organisation once (colouring), so 100,000 rows take one pass.
    state: dict[object, int] = {}  # 1 = on the current walk, 2 = done
    loops: list[list[object]] = []
    for start in parent:
        if start in state:
            continue
        path: list[object] = []
        node = start
        while node is not None and node not in state:
            state[node] = 1
            path.append(node)
            node = parent.get(node)
        if node is not None and state[node] == 1:
            loops.append(path[path.index(node):])
        for n in path:
            state[n] = 2
    if not loops:
        return []
    ids = [i for loop in loops for i in loop]
    names: dict[object, str] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        marks = ", ".join("?" * len(part))
        names.update(con.exec_driver_sql(f"SELECT id, name FROM organisation WHERE id IN ({marks})",
                                         tuple(part)).fetchall())
    out = []
    for loop in loops[:SHOW]:
        named = sorted(_org(names.get(i)) for i in loop)
        if len(named) == 1:
            out.append(f"{named[0]} is recorded as its own parent organisation; remove the parent.")
        else:
            out.append(f"The parent organisations of {', '.join(named[:-1])} and {named[-1]} go round in a loop; "
                       "change one of the parents.")
    return _capped(out, len(loops) - SHOW, "loops of parent organisations")


def _organisations(con: Connection) -> list[str]:
    return _listed(
        con,
        """SELECT name FROM organisation
           WHERE trim(coalesce(name, '')) != ''
             AND (coalesce(sort_name, '') = '' OR coalesce(search_text, '') = '')
           ORDER BY name""",
        "organisations",
        lambda name: (f"{_org(name)} cannot be found by searching because its search text is empty; "
                      "open it and save it again."),
    )


def _people(con: Connection) -> list[str]:
    # SQLite has no regular expressions. A GLOB passes every address that is surely well formed
    # (one @, printable ASCII without spaces, a dot inside the domain); the rest, normally none,
    # meet the registry's own rule in Python.
    glob = ("AND (per.email NOT GLOB '?*@?*.?*' OR per.email GLOB '*@*@*' OR per.email GLOB '*[^!-~]*')"
            if con.dialect.name == "sqlite" else "")  # elsewhere every address meets the rule in Python
    suspects = _rows(con, f"""
        SELECT per.name, o.name, per.email FROM person per
        LEFT JOIN organisation o ON o.id = per.organisation_id
        WHERE per.email != ''
          {glob}
        ORDER BY o.name, per.name""")
    bad = [(person, org, email) for person, org, email in suspects if not _EMAIL.match(email)]
    sentences = [
        f"The e-mail address of {person}" + (f" ({_org(org)})" if org is not None else "")
        + f", {email!r}, is not a valid e-mail address."
        for person, org, email in bad[:SHOW]
    ]
    return _capped(sentences, len(bad) - SHOW, "people")


_APPLICATION = """
    SELECT o.name, p.code, a.role, coalesce(
        CASE WHEN a.status IN ('accepted', 'not_accepted') THEN a.status END, a.decision)
    FROM application a
    JOIN organisation o ON o.id = a.organisation_id
    LEFT JOIN programme p ON p.id = a.programme_id
"""


def _applications(con: Connection) -> list[str]:
    decided = ", ".join(f"'{s}'" for s in _DECIDED)
    out = _listed(
        con,
        _APPLICATION + f" WHERE (a.status IN ({decided}) OR a.decision IN ({decided})) AND a.decided_on IS NULL"
        " ORDER BY o.name",
        "applications",
        lambda name, code, role, status: (
            f"The application of {_org(name)} to be a {_role(role)} of {code} is marked {_status(status)} "
            "but has no decision date."),
    )
    out += _listed(
        con,
        _APPLICATION + " WHERE (a.status = 'not_accepted' OR a.decision = 'not_accepted')"
        " AND trim(coalesce(a.decision_rationale, '')) = '' ORDER BY o.name",
        "applications",
        lambda name, code, role, _status_code: (
            f"The application of {_org(name)} to be a {_role(role)} of {code} was not accepted "
            "but no reason is recorded."),
    )
    out += _listed(
        con,
        """SELECT o.name, p.code, c.name, r.score FROM review r
           JOIN application a ON a.id = r.application_id
           JOIN organisation o ON o.id = a.organisation_id
           LEFT JOIN programme p ON p.id = a.programme_id
           LEFT JOIN evaluation_criterion c ON c.id = r.criterion_id
           WHERE r.score IS NULL OR r.score < 0 OR r.score > 5
           ORDER BY o.name""",
        "review scores",
        lambda name, code, criterion, score: (
            f"A review of the application of {_org(name)} to {code}"
            + (f" on {criterion}" if criterion else "")
            + (f" gives the score {score:g}, outside the scale of 0 to 5." if score is not None
               else " has no score; scores run from 0 to 5.")),
    )
    return out


# --- records that contradict each other -----------------------------------------------------------

# applications.accept_application writes this in the notes of the membership it creates (its text is
# "Created by accepting application <id>."); it is how an application finds its membership.
_ACCEPTED_PREFIX = ACCEPTED_MEMBERSHIP_NOTE.split("{", 1)[0]
_OPEN_STATUSES = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)


def _hyphenated(column: str, con: Connection | None = None) -> str:
    """SQL for the UUID text (8-4-4-4-12) of a UUID column stored as 32 hexadecimal digits."""
    if con is not None and con.dialect.name == "postgresql":  # a native uuid prints so itself
        return f"CAST({column} AS TEXT)"
    return (f"lower(substr({column}, 1, 8) || '-' || substr({column}, 9, 4) || '-' || substr({column}, 13, 4) "
            f"|| '-' || substr({column}, 17, 4) || '-' || substr({column}, 21, 12))")


def _the_application(name: str | None, role: str | None, code: str | None) -> str:
    return f"the application of {_org(name)} to be a {_role(role)} of {code}"


def _application_of(name: str | None, role: str | None, code: str | None) -> str:
    return "T" + _the_application(name, role, code)[1:]


def _contradictions(con: Connection) -> list[str]:
    """An application's decision, history, membership, people and reviews, and a renewal's proposal, must
    tell the same story; the desk keeps them in step, so these find what changed behind its back."""
    prefix = _ACCEPTED_PREFIX.replace("'", "''")
    named = f"substr(m.notes, instr(m.notes, '{prefix}') + {len(_ACCEPTED_PREFIX)}, 36)"
    named_application = (f"a.id = replace({named}, '-', '')" if con.dialect.name == "sqlite"
                         else f"{_hyphenated('a.id', con)} = {named}")  # a native uuid: its text
    out = _listed(
        con,
        f"""SELECT o.name, p.code, a.role, a.decided_on FROM application a
            JOIN organisation o ON o.id = a.organisation_id
            LEFT JOIN programme p ON p.id = a.programme_id
            WHERE a.status = 'accepted' AND NOT EXISTS (
                SELECT 1 FROM membership m WHERE m.organisation_id = a.organisation_id AND (
                    instr(m.notes, '{prefix}' || {_hyphenated('a.id', con)}) > 0
                    OR (m.programme_id = a.programme_id AND m.role = a.role AND m.term_start = a.decided_on)))
            ORDER BY o.name""",
        "applications",
        lambda name, code, role, day: (
            f"{_application_of(name, role, code)} was accepted" + (f" on {day}" if day else "")
            + f", but {_org(name)} has no membership from it; add the {_role(role)} membership, or reopen the "
            "application and accept it again."),
    )
    out += _listed(
        con,
        f"""SELECT o.name, p.code, m.role, a.status FROM membership m
            JOIN application a ON {named_application}
            JOIN organisation o ON o.id = m.organisation_id
            LEFT JOIN programme p ON p.id = m.programme_id
            WHERE m.status = 'active' AND instr(m.notes, '{prefix}') > 0 AND a.status != 'accepted'
            ORDER BY o.name""",
        "memberships",
        lambda name, code, role, status: (
            f"{_org(name)} is an active {_role(role)} of {code} through an application that is no longer "
            f"accepted (it is {_status(status)}); end the membership, or accept the application again."),
    )
    decided = ", ".join(f"'{s}'" for s in _DECIDED)
    out += _listed(
        con,
        f"""SELECT o.name, p.code, a.role, a.status, a.decision FROM application a
            JOIN organisation o ON o.id = a.organisation_id
            LEFT JOIN programme p ON p.id = a.programme_id
            WHERE (a.status IN ({decided}) AND coalesce(a.decision, '') != a.status)
               OR (a.status NOT IN ({decided}) AND a.decision IS NOT NULL)
            ORDER BY o.name""",
        "applications",
        lambda name, code, role, status, decision: (
            f"{_application_of(name, role, code)} is {_status(status)}, but "
            + (f"its decision says {_status(decision)}" if decision else "no decision is recorded")
            + "; reopen it and decide it again."),
    )
    out += _listed(
        con,
        _APPLICATION + " WHERE a.decided_on IS NOT NULL AND a.decided_on < a.received_on ORDER BY o.name",
        "applications",
        lambda name, code, role, status: (
            f"{_application_of(name, role, code)} was decided ({_status(status)}) before it was received."),
    )
    out += _listed(
        con,
        """SELECT o.name, p.code, a.role, a.status,
                  (SELECT t.to_status FROM application_transition t
                   WHERE t.application_id = a.id AND t.at = last.at ORDER BY t.to_status LIMIT 1)
           FROM application a
           JOIN (SELECT application_id, max(at) AS at FROM application_transition GROUP BY application_id) last
             ON last.application_id = a.id
           JOIN organisation o ON o.id = a.organisation_id
           LEFT JOIN programme p ON p.id = a.programme_id
           WHERE NOT EXISTS (SELECT 1 FROM application_transition t
                             WHERE t.application_id = a.id AND t.at = last.at AND t.to_status = a.status)
           ORDER BY o.name""",
        "applications",
        lambda name, code, role, status, last: (
            f"{_application_of(name, role, code)} is {_status(status)}, but the last step in its history is "
            f"{_status(last)}; move it through the desk so its history stays true."),
    )
    for column, who in (("representative_id", "representative"), ("alternate_id", "alternate")):
        out += _listed(
            con,
            f"""SELECT o.name, p.code, a.role, per.name, other.name FROM application a
                JOIN organisation o ON o.id = a.organisation_id
                LEFT JOIN programme p ON p.id = a.programme_id
                JOIN person per ON per.id = a.{column}
                LEFT JOIN organisation other ON other.id = per.organisation_id
                WHERE a.status IN ({_OPEN_STATUSES})
                  AND (per.organisation_id IS NULL OR per.organisation_id != a.organisation_id)
                ORDER BY o.name""",
            "applications",
            lambda name, code, role, person, other, who=who: (
                f"The {who} named in {_the_application(name, role, code)}, {person}, "
                + (f"belongs to {_org(other)}, not to {_org(name)}." if other is not None
                   else f"is not a person of {_org(name)}.")),
        )
    out += _listed(
        con,
        """SELECT o.name, p.code, a.role, per.name FROM review r
           JOIN application a ON a.id = r.application_id
           JOIN person per ON per.id = r.reviewer_id
           JOIN organisation o ON o.id = a.organisation_id
           LEFT JOIN programme p ON p.id = a.programme_id
           WHERE per.organisation_id = a.organisation_id
           GROUP BY a.id, per.id, o.name, p.code, a.role, per.name
           ORDER BY o.name, per.name""",
        "reviewers",
        lambda name, code, role, person: (
            f"{person} scored {_the_application(name, role, code)} but belongs to {_org(name)} itself, a "
            "conflict of interest; remove those scores."),
    )
    out += _listed(
        con,
        """SELECT o.name, rp.title, a.status FROM renewal_candidate c
           JOIN application a ON a.id = c.application_id
           JOIN renewal_process rp ON rp.id = c.process_id
           JOIN organisation o ON o.id = c.organisation_id
           WHERE c.proposed AND a.status = 'not_accepted'
           ORDER BY o.name""",
        "candidates",
        lambda name, title, status: (  # (a withdrawn one is no longer a candidate: the proposal leaves it out)
            f"{_org(name)} is proposed for the leadership in {title}, but its application is {_status(status)}; "
            "take it out of the proposed leadership."),
    )
    out += _listed(
        con,
        """SELECT o.name, rp.title FROM renewal_candidate c
           JOIN renewal_process rp ON rp.id = c.process_id
           JOIN organisation o ON o.id = c.organisation_id
           WHERE c.proposed AND c.application_id IS NULL AND NOT coalesce(c.seeking_renewal, false)
           ORDER BY o.name""",
        "candidates",
        lambda name, title: (
            f"{_org(name)} is proposed for the leadership in {title}, but has not said it seeks renewal; record "
            "that it does, or take it out of the proposed leadership."),
    )
    return out


def _countries(con: Connection) -> list[str]:
    codes = [g.value for g in RegionalGroup]
    allowed = ", ".join(f"'{c}'" for c in codes)
    return _listed(
        con,
        f"SELECT name_en, regional_group FROM country WHERE regional_group IS NOT NULL "
        f"AND regional_group NOT IN ({allowed}) ORDER BY name_en",
        "countries",
        lambda name, code: (
            f"The country {name} has the regional group {code!r}, which is not one of "
            f"{_quote_list(codes)}; choose one of them or no group."),
    )


def run_checks(store: OpenedStore) -> list[str]:
    """Every problem found in the database, one plain sentence each (empty when healthy)."""
    if store.on_server:  # PostgreSQL checks its own pages and enforces references itself
        with store.engine.connect() as con:
            return _run(store, con, server=True)
    with store.engine.connect() as con:
        # A larger page cache and memory-mapped reads make the whole-file checks about a third
        # faster; the connection goes back to the pool with its usual settings.
        saved = [(name, con.exec_driver_sql(f"PRAGMA {name}").scalar()) for name in ("cache_size", "mmap_size")]
        try:
            con.exec_driver_sql("PRAGMA cache_size=-131072")
            con.exec_driver_sql(f"PRAGMA mmap_size={QUICK_CHECK_ABOVE + (1 << 20)}")
            return _run(store, con)
        finally:
            con.rollback()
            for name, value in saved:
                con.exec_driver_sql(f"PRAGMA {name}={int(value or 0)}")


def _run(store: OpenedStore, con: Connection, server: bool = False) -> list[str]:
    problems = [] if server else _integrity(store, con)
    if problems:
        # Reading a damaged file further can give wrong answers or fail half-way.
        return problems
    problems += _schema(con)
    if problems:
        return problems
    problems += [] if server else _references(con)
    problems += _memberships(con)
    problems += _parent_loops(con)
    problems += _organisations(con)
    problems += _people(con)
    problems += _applications(con)
    problems += _contradictions(con)
    problems += _countries(con)
    problems += _search_index(con)
    return problems


def _search_index(con: Connection) -> list[str]:
    """The registry's trigram search index must match the organisations (it is kept by triggers)."""
    from sqlalchemy.orm import Session

    from opn_desk.services.organisation_search import index_problems

    with Session(bind=con) as session:
        return index_problems(session)
