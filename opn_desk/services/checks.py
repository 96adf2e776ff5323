"""Check database: the file's integrity, its references, its schema version, the desk's rules, and
records that contradict each other (an accepted application without the membership accepting it makes,
a history that ends elsewhere than the status, a proposed lead whose application was turned down...).

Each problem is one plain sentence a desk officer understands, naming organisations by name. The
checks only read, so they run on a read-only store, and they run in SQL (plain tuples at most), so
they take well under two seconds on 100,000 organisations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from opn_desk.db.store import HEAD, OpenedStore
from opn_desk.domain.applications import OPEN_STATUSES
from opn_desk.domain.vocab import ApplicationStatus, RegionalGroup, Role
from opn_desk.i18n import long_date, singular, translate
from opn_desk.services.applications import ACCEPTED_MEMBERSHIP_NOTE
from opn_desk.services.registry import _EMAIL

# integrity_check reads every page and index; beyond this size quick_check (which skips the
# index-to-table cross checks) keeps "Check database" fast.
QUICK_CHECK_ABOVE = 200 * 1024 * 1024
# Named examples per kind of problem; the rest are counted, so a badly damaged file stays readable.
SHOW = 20

def _table_label(table: str) -> tuple[str, str]:
    """(one, many) of a table's records, in the officer's language."""
    labels = {
        "organisation": (translate("Checks", "organisation"), translate("Checks", "organisations")),
        "organisation_name": (translate("Checks", "other name of an organisation"),
                              translate("Checks", "other names of organisations")),
        "person": (translate("Checks", "person"), translate("Checks", "people")),
        "membership": (translate("Checks", "membership"), translate("Checks", "memberships")),
        "application": (translate("Checks", "application"), translate("Checks", "applications")),
        "review": (translate("Checks", "review"), translate("Checks", "reviews")),
        "call": (translate("Checks", "call"), translate("Checks", "calls")),
        "evaluation_criterion": (translate("Checks", "evaluation criterion"), translate("Checks", "evaluation criteria")),
        "programme": (translate("Checks", "programme"), translate("Checks", "programmes")),
        "country": (translate("Checks", "country"), translate("Checks", "countries")),
        "audit_entry": (translate("Checks", "history entry"), translate("Checks", "history entries")),
    }
    return labels.get(table) or (translate("Checks", "record of {table}").format(table=table),
                                 translate("Checks", "records of {table}").format(table=table))
_DECIDED = (ApplicationStatus.ACCEPTED.value, ApplicationStatus.NOT_ACCEPTED.value)
_DUTY_ROLES = (Role.CO_LEAD.value, Role.CORE_PARTNER.value)


def _a_record(table: str) -> str:
    """"an organisation", "a person"...: one record of the table the sentence points at."""
    return {
        "organisation": translate("Checks", "an organisation"),
        "person": translate("Checks", "a person"),
        "membership": translate("Checks", "a membership"),
        "application": translate("Checks", "an application"),
        "call": translate("Checks", "a call"),
        "evaluation_criterion": translate("Checks", "an evaluation criterion"),
        "programme": translate("Checks", "a programme"),
        "country": translate("Checks", "a country"),
        "renewal_process": translate("Checks", "a renewal process"),
    }.get(table) or (f"an {table}" if table[:1] in "aeiou" else f"a {table}")


def _role(code: str | None) -> str:
    try:
        return translate("Vocabulary", Role(code).label).lower()
    except ValueError:
        return str(code or translate("Checks", "unknown role"))


def _status(code: str | None) -> str:
    try:
        return translate("Vocabulary", ApplicationStatus(code).label).lower()
    except ValueError:
        return str(code)


def _org(name: str | None) -> str:
    return name.strip() if name and name.strip() else translate("Checks", "an organisation without a name")


def _quote_list(codes: Iterable[str]) -> str:
    items = list(codes)
    return translate("Checks", "{first} or {last}").format(first=", ".join(items[:-1]), last=items[-1]) \
        if len(items) > 1 else "".join(items)


def _more_of(what: str) -> str:
    """The words for ``what`` (a kind of record, in English) in the officer's language."""
    return {
        "memberships": translate("Checks", "memberships"),
        "organisations": translate("Checks", "organisations"),
        "loops of parent organisations": translate("Checks", "loops of parent organisations"),
        "people": translate("Checks", "people"),
        "applications": translate("Checks", "applications"),
        "review scores": translate("Checks", "review scores"),
        "reviewers": translate("Checks", "reviewers"),
        "candidates": translate("Checks", "candidates"),
        "countries": translate("Checks", "countries"),
    }.get(what, what)


def _capped(sentences: Sequence[str], more: int, what: str) -> list[str]:
    out = list(sentences)
    if more > 0:
        sentence = (translate("Checks", "There is {count} more {what} with the same problem.") if singular(more) else
                    translate("Checks", "There are {count} more {what} with the same problem."))
        out.append(sentence.format(count=f"{more:,}", what=_more_of(what)))
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
    return [translate("Checks", "SQLite found damage in the database file ({detail}); restore a recent backup "
                      "(File > Restore from backup…) before making more changes.").format(detail=detail)]


def _references(con: Connection) -> list[str]:
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in _rows(con, "PRAGMA foreign_key_check"):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    out = []
    for (table, parent), n in sorted(broken.items()):
        one, many = _table_label(table)
        target = _a_record(parent)
        if n == 1:
            out.append(translate("Checks", "One {one} refers to {target} that no longer exists.").format(
                one=one, target=target))
        else:
            out.append(translate("Checks", "{count} {many} refer to {target} that no longer exists.").format(
                count=f"{n:,}", many=many, target=target))
    return out


def _schema(con: Connection) -> list[str]:
    from sqlalchemy import inspect

    tables = set(inspect(con).get_table_names()) if con.dialect.name != "sqlite" else \
        {r[0] for r in _rows(con, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return [translate("Checks", "The database does not record its schema version, so OPN Desk cannot tell "
                          "whether it is up to date.")]
    versions = [r[0] for r in _rows(con, "SELECT version_num FROM alembic_version")]
    if versions != [HEAD]:
        shown = ", ".join(str(v) for v in versions) or translate("Checks", "none")
        return [translate("Checks", "The database's schema version is {shown}, but this version of OPN Desk expects "
                          "{head}.").format(shown=shown, head=HEAD)]
    return []


# --- the desk's rules -------------------------------------------------------------------------

_MEMBERSHIP = """
    SELECT o.name, p.code, m.role, m.term_start, m.term_end
    FROM membership m
    JOIN organisation o ON o.id = m.organisation_id
    LEFT JOIN programme p ON p.id = m.programme_id
"""


def _day(value: object) -> str:
    """A date read by SQL ("2026-03-21", or a date) as sentences write it ("21 March 2026"); a value that is
    no date (a damaged database) as it is stored."""
    if isinstance(value, date):
        return long_date(value)
    try:
        return long_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _memberships(con: Connection) -> list[str]:
    out: list[str] = []
    out += _listed(
        con,
        _MEMBERSHIP + " WHERE m.term_end IS NOT NULL AND m.term_end < m.term_start ORDER BY o.name",
        "memberships",
        lambda name, code, role, start, end: (
            translate("Checks", "The {role} membership of {organisation} in {code} ends ({end}) before it starts "
                      "({start}).").format(role=_role(role), organisation=_org(name), code=code, end=_day(end), start=_day(start))),
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
            translate("Checks", "{organisation} has {count} active {role} memberships in {code}; end all but one of "
                      "them.").format(organisation=_org(name), count=n, role=_role(role), code=code)),
    )
    duty = ", ".join(f"'{r}'" for r in _DUTY_ROLES)
    out += _listed(
        con,
        _MEMBERSHIP + f" WHERE m.status = 'active' AND m.role IN ({duty}) AND m.term_end IS NULL ORDER BY o.name",
        "memberships",
        lambda name, code, role, _start, _end: (
            translate("Checks", "The active {role} membership of {organisation} in {code} has no end date; co-leads "
                      "and core partners serve for a fixed term.").format(role=_role(role), organisation=_org(name),
                                                                          code=code)),
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
            lambda name, code, role, person, other, who=who: _membership_person(who, name, code, role, person, other),
        )
    return out


def _membership_person(who: str, name, code, role, person, other) -> str:
    if who == "representative":
        sentence = (translate("Checks", "The representative of {organisation}'s {role} membership in {code}, {person}, "
                              "belongs to {other}, not to {organisation}.") if other is not None else
                    translate("Checks", "The representative of {organisation}'s {role} membership in {code}, {person}, "
                              "is not a person of {organisation}."))
    else:
        sentence = (translate("Checks", "The alternate of {organisation}'s {role} membership in {code}, {person}, "
                              "belongs to {other}, not to {organisation}.") if other is not None else
                    translate("Checks", "The alternate of {organisation}'s {role} membership in {code}, {person}, "
                              "is not a person of {organisation}."))
    return sentence.format(organisation=_org(name), role=_role(role), code=code, person=person,
                           other=_org(other) if other is not None else "")


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
            out.append(translate("Checks", "{organisation} is recorded as its own parent organisation; remove the "
                                 "parent.").format(organisation=named[0]))
        else:
            out.append(translate("Checks", "The parent organisations of {first} and {last} go round in a loop; change "
                                 "one of the parents.").format(first=", ".join(named[:-1]), last=named[-1]))
    return _capped(out, len(loops) - SHOW, "loops of parent organisations")


def _organisations(con: Connection) -> list[str]:
    return _listed(
        con,
        """SELECT name FROM organisation
           WHERE trim(coalesce(name, '')) != ''
             AND (coalesce(sort_name, '') = '' OR coalesce(search_text, '') = '')
           ORDER BY name""",
        "organisations",
        lambda name: translate("Checks", "{organisation} cannot be found by searching because its search text is "
                               "empty; open it and save it again.").format(organisation=_org(name)),
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
        (translate("Checks", "The e-mail address of {person} ({organisation}), '{email}', is not a valid e-mail "
                   "address.") if org is not None else
         translate("Checks", "The e-mail address of {person}, '{email}', is not a valid e-mail address.")).format(
            person=person, organisation=_org(org), email=email)
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
            translate("Checks", "{application} is marked {status} but has no decision date.").format(
                application=_application_of(name, role, code), status=_status(status))),
    )
    out += _listed(
        con,
        _APPLICATION + " WHERE (a.status = 'not_accepted' OR a.decision = 'not_accepted')"
        " AND trim(coalesce(a.decision_rationale, '')) = '' ORDER BY o.name",
        "applications",
        lambda name, code, role, _status_code: (
            translate("Checks", "{application} was not accepted but no reason is recorded.").format(
                application=_application_of(name, role, code))),
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
        lambda name, code, criterion, score: _review_score(name, code, criterion, score),
    )
    return out


def _review_score(name, code, criterion, score) -> str:
    if score is not None:
        sentence = (translate("Checks", "A review of the application of {organisation} to {code} on {criterion} gives "
                              "the score {score}, outside the scale of 0 to 5.") if criterion else
                    translate("Checks", "A review of the application of {organisation} to {code} gives the score "
                              "{score}, outside the scale of 0 to 5."))
    else:
        sentence = (translate("Checks", "A review of the application of {organisation} to {code} on {criterion} has no "
                              "score; scores run from 0 to 5.") if criterion else
                    translate("Checks", "A review of the application of {organisation} to {code} has no score; scores "
                              "run from 0 to 5."))
    return sentence.format(organisation=_org(name), code=code, criterion=criterion or "",
                           score=f"{score:g}" if score is not None else "")


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
    return translate("Checks", "the application of {organisation} to be a {role} of {code}").format(
        organisation=_org(name), role=_role(role), code=code)


def _application_of(name: str | None, role: str | None, code: str | None) -> str:
    """As `_the_application`, beginning a sentence."""
    return translate("Checks", "The application of {organisation} to be a {role} of {code}").format(
        organisation=_org(name), role=_role(role), code=code)


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
            (translate("Checks", "{application} was accepted on {day}, but {organisation} has no membership from it; "
                       "add the {role} membership, or reopen the application and accept it again.") if day else
             translate("Checks", "{application} was accepted, but {organisation} has no membership from it; add the "
                       "{role} membership, or reopen the application and accept it again.")).format(
                application=_application_of(name, role, code), day=_day(day), organisation=_org(name), role=_role(role))),
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
            translate("Checks", "{organisation} is an active {role} of {code} through an application that is no "
                      "longer accepted (it is {status}); end the membership, or accept the application again.").format(
                organisation=_org(name), role=_role(role), code=code, status=_status(status))),
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
            (translate("Checks", "{application} is {status}, but its decision says {decision}; reopen it and decide "
                       "it again.") if decision else
             translate("Checks", "{application} is {status}, but no decision is recorded; reopen it and decide it "
                       "again.")).format(application=_application_of(name, role, code), status=_status(status),
                                         decision=_status(decision) if decision else "")),
    )
    out += _listed(
        con,
        _APPLICATION + " WHERE a.decided_on IS NOT NULL AND a.decided_on < a.received_on ORDER BY o.name",
        "applications",
        lambda name, code, role, status: (
            translate("Checks", "{application} was decided ({status}) before it was received.").format(
                application=_application_of(name, role, code), status=_status(status))),
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
            translate("Checks", "{application} is {status}, but the last step in its history is {last}; move it "
                      "through the desk so its history stays true.").format(
                application=_application_of(name, role, code), status=_status(status), last=_status(last))),
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
            lambda name, code, role, person, other, who=who: _application_person(who, name, code, role, person,
                                                                                 other),
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
            translate("Checks", "{person} scored {application} but belongs to {organisation} itself, a conflict of "
                      "interest; remove those scores.").format(person=person,
                                                               application=_the_application(name, role, code),
                                                               organisation=_org(name))),
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
            translate("Checks", "{organisation} is proposed for the leadership in {title}, but its application is "
                      "{status}; take it out of the proposed leadership.").format(
                organisation=_org(name), title=title, status=_status(status))),
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
            translate("Checks", "{organisation} is proposed for the leadership in {title}, but has not said it seeks "
                      "renewal; record that it does, or take it out of the proposed leadership.").format(
                organisation=_org(name), title=title)),
    )
    return out


def _application_person(who: str, name, code, role, person, other) -> str:
    if who == "representative":
        sentence = (translate("Checks", "The representative named in {application}, {person}, belongs to {other}, not "
                              "to {organisation}.") if other is not None else
                    translate("Checks", "The representative named in {application}, {person}, is not a person of "
                              "{organisation}."))
    else:
        sentence = (translate("Checks", "The alternate named in {application}, {person}, belongs to {other}, not to "
                              "{organisation}.") if other is not None else
                    translate("Checks", "The alternate named in {application}, {person}, is not a person of "
                              "{organisation}."))
    return sentence.format(application=_the_application(name, role, code), person=person,
                           other=_org(other) if other is not None else "", organisation=_org(name))


def _countries(con: Connection) -> list[str]:
    codes = [g.value for g in RegionalGroup]
    allowed = ", ".join(f"'{c}'" for c in codes)
    return _listed(
        con,
        f"SELECT name_en, regional_group FROM country WHERE regional_group IS NOT NULL "
        f"AND regional_group NOT IN ({allowed}) ORDER BY name_en",
        "countries",
        lambda name, code: (
            translate("Checks", "The country {name} has the regional group '{code}', which is not one of {codes}; "
                      "choose one of them or no group.").format(name=name, code=code, codes=_quote_list(codes))),
    )


def run_checks(store: OpenedStore) -> list[str]:
    """Every problem found in the database, one plain sentence each (empty when healthy).

    On a file, SQLite's check of every page (`_integrity`, most of the time on a large desk) runs on a
    second connection beside the desk's own checks; its answer comes first: on a damaged file the others'
    answers (or failures) are dropped, as reading a damaged file can give wrong ones."""
    if store.on_server:  # PostgreSQL checks its own pages and enforces references itself
        with store.engine.connect() as con:
            return _run(store, con, server=True)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1, thread_name_prefix="opn-desk-damage-check") as pool:
        damage = pool.submit(_checked_with_large_cache, store, lambda con: _integrity(store, con))
        try:
            found, failure = _checked_with_large_cache(store, lambda con: _run(store, con, pages=False)), None
        except Exception as exc:  # noqa: BLE001 - on a damaged file any failure is the damage's; else raised below
            found, failure = [], exc
        damaged = damage.result()
    if damaged:
        return damaged
    if failure is not None:
        raise failure
    return found


def _checked_with_large_cache(store: OpenedStore, check: Callable[[Connection], list[str]]) -> list[str]:
    with store.engine.connect() as con:
        # A larger page cache and memory-mapped reads make the whole-file checks about a third
        # faster; the connection goes back to the pool with its usual settings.
        saved = [(name, con.exec_driver_sql(f"PRAGMA {name}").scalar()) for name in ("cache_size", "mmap_size")]
        try:
            con.exec_driver_sql("PRAGMA cache_size=-131072")
            con.exec_driver_sql(f"PRAGMA mmap_size={QUICK_CHECK_ABOVE + (1 << 20)}")
            return check(con)
        finally:
            con.rollback()
            for name, value in saved:
                con.exec_driver_sql(f"PRAGMA {name}={int(value or 0)}")


def _run(store: OpenedStore, con: Connection, server: bool = False, pages: bool = True) -> list[str]:
    problems = _integrity(store, con) if pages and not server else []
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
