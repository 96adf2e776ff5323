"""The due list shown when the app opens: what is waiting for the desk.

Three kinds of item, each a `DueItem` with one plain sentence and the record to open:

- ``waiting``: an open application (Received, Screening, Under review, MAC opinion) that has not moved
  for more than ``waiting_days`` days (default 14), counted from its last transition (from the date it
  was received when it has none, e.g. bulk-imported rows);
- ``missing_reviews``: an application under review whose call has no criteria yet, or that fewer than
  ``min_reviewers`` reviewers (default 2) have scored on every criterion (declared conflicts do not
  count); applications answering no call are not scored, so never listed here;
- ``term_ending``: an active co-lead or core-partner membership whose term ends within ``term_days``
  days (default 90), or has already ended on paper while the membership is still active;
- ``action_item``: an action item of a meeting's minutes not completed, due within 14 days or past
  (services/work_plan.py).

Everything is selected in SQL (indexed on application status and the transitions' application), so
the list is quick on a 100,000-organisation database.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    ConflictOfInterest,
    EvaluationCriterion,
    Membership,
    Organisation,
    Programme,
    Review,
    utcnow,
)
from opn_desk.domain.applications import MIN_REVIEWERS, OPEN_STATUSES, DueItem
from opn_desk.domain.vocab import ApplicationStatus, MembershipStatus, Role
from opn_desk.i18n import long_date, singular, translate
from opn_desk.services.errors import InvalidInput

WAITING_DAYS = 14
TERM_DAYS = 90

def _waiting(status: str) -> str:
    # the state an application waits in, as it fits "{who} has been {state} for {days}."
    return {
        ApplicationStatus.RECEIVED.value: translate("Due", "waiting for screening"),
        ApplicationStatus.SCREENING.value: translate("Due", "in screening"),
        ApplicationStatus.UNDER_REVIEW.value: translate("Due", "under review"),
        ApplicationStatus.MAC_OPINION.value: translate("Due", "waiting for the MAC's opinion"),
    }[status]


def _role(role: str) -> str:
    return translate("Vocabulary", Role(role).label).lower()


def _who(org: str, role: str, code: str) -> str:
    if not org:
        return translate("Due", "The application of an organisation without a name to be a {role} of {code}").format(
            role=_role(role), code=code)
    return translate("Due", "The application of {organisation} to be a {role} of {code}").format(
        organisation=org, role=_role(role), code=code)


def _term_of(org: str, role: str, code: str) -> str:
    if not org:
        return translate("Due", "The term of an organisation without a name as {role} of {code}").format(
            role=_role(role), code=code)
    return translate("Due", "The term of {organisation} as {role} of {code}").format(organisation=org, role=_role(role),
                                                                                     code=code)


def _days(n: int) -> str:
    return (translate("Due", "{count} day") if singular(n) else translate("Due", "{count} days")).format(count=n)


def _last_move():
    return (select(func.max(ApplicationTransition.at))
            .where(ApplicationTransition.application_id == Application.id)
            .correlate(Application).scalar_subquery())


def _since(last: datetime | None, received: date) -> datetime:
    return last if last is not None else datetime.combine(received, datetime.min.time())


def waiting_items(session: Session, *, now: datetime | None = None, waiting_days: int = WAITING_DAYS,
                  limit: int | None = None) -> list[DueItem]:
    now = now or utcnow()
    cutoff = now - timedelta(days=waiting_days)
    inner = (select(Application.id, Application.status, Application.role, Application.received_on,
                    Organisation.name.label("org"), Programme.code, _last_move().label("last_at"))
             .join(Organisation, Organisation.id == Application.organisation_id)
             .join(Programme, Programme.id == Application.programme_id)
             .where(Application.status.in_([s.value for s in OPEN_STATUSES]))
             .subquery())
    stmt = select(inner).where(or_(
        and_(inner.c.last_at.is_not(None), inner.c.last_at < cutoff),
        and_(inner.c.last_at.is_(None), inner.c.received_on < cutoff.date()),
    )).order_by(func.coalesce(inner.c.last_at, inner.c.received_on), inner.c.org)
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for app_id, status, role, received, org, code, last in session.execute(stmt):
        days = (now - _since(last, received)).days
        sentence = translate("Due", "{who} has been {state} for {days}.").format(
            who=_who(org, role, code), state=_waiting(status), days=_days(days))
        out.append(DueItem("waiting", sentence, "application", app_id, days))
    return out


def missing_review_items(session: Session, *, now: datetime | None = None, min_reviewers: int = MIN_REVIEWERS,
                         limit: int | None = None) -> list[DueItem]:
    now = now or utcnow()
    under_review = ApplicationStatus.UNDER_REVIEW.value
    criteria = (select(EvaluationCriterion.call_id, func.count().label("n"))
                .group_by(EvaluationCriterion.call_id).subquery())
    per_reviewer = (
        select(Review.application_id, Review.reviewer_id,
               func.count(func.distinct(Review.criterion_id)).label("k"))
        .join(Application, Application.id == Review.application_id)
        .join(EvaluationCriterion, EvaluationCriterion.id == Review.criterion_id)
        .where(Application.status == under_review, EvaluationCriterion.call_id == Application.call_id,
               ~exists().where(ConflictOfInterest.application_id == Review.application_id,
                               ConflictOfInterest.reviewer_id == Review.reviewer_id))
        .group_by(Review.application_id, Review.reviewer_id)
        .subquery())
    complete = (select(per_reviewer.c.application_id, func.count().label("c"))
                .join(Application, Application.id == per_reviewer.c.application_id)
                .join(criteria, criteria.c.call_id == Application.call_id)
                .where(per_reviewer.c.k >= criteria.c.n)
                .group_by(per_reviewer.c.application_id).subquery())
    done = func.coalesce(complete.c.c, 0)
    stmt = (select(Application.id, Application.role, Application.received_on, Organisation.name, Programme.code,
                   criteria.c.n, done, _last_move())
            .join(Organisation, Organisation.id == Application.organisation_id)
            .join(Programme, Programme.id == Application.programme_id)
            .outerjoin(criteria, criteria.c.call_id == Application.call_id)
            .outerjoin(complete, complete.c.application_id == Application.id)
            .where(Application.status == under_review, Application.call_id.is_not(None),
                   or_(criteria.c.n.is_(None), done < min_reviewers))
            .order_by(Application.received_on, Organisation.sort_name))
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for app_id, role, received, org, code, n_criteria, n_done, last in session.execute(stmt):
        days = (now - _since(last, received)).days
        if not n_criteria:
            sentence = translate("Due", "{who} is under review, but its call has no evaluation criteria yet.").format(
                who=_who(org, role, code))
        else:
            sentence = (translate("Due", "{who} is under review with {done} complete review of the {needed} needed.")
                        if singular(n_done) else
                        translate("Due", "{who} is under review with {done} complete reviews of the {needed} needed.")
                        ).format(who=_who(org, role, code), done=n_done, needed=min_reviewers)
        out.append(DueItem("missing_reviews", sentence, "application", app_id, days))
    return out


def term_items(session: Session, *, today: date | None = None, term_days: int = TERM_DAYS,
               limit: int | None = None) -> list[DueItem]:
    today = today or date.today()
    horizon = today + timedelta(days=term_days)
    stmt = (select(Membership.id, Membership.role, Membership.term_end, Organisation.name, Programme.code)
            .join(Organisation, Organisation.id == Membership.organisation_id)
            .join(Programme, Programme.id == Membership.programme_id)
            .where(Membership.status == MembershipStatus.ACTIVE.value,
                   Membership.role.in_([Role.CO_LEAD.value, Role.CORE_PARTNER.value]),
                   Membership.term_end.is_not(None), Membership.term_end <= horizon)
            .order_by(Membership.term_end, Organisation.sort_name))
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for membership_id, role, end, org, code in session.execute(stmt):
        days = (end - today).days
        who = _term_of(org, role, code)
        if days > 0:
            sentence = translate("Due", "{who} ends on {day}, in {days}.").format(
                who=who, day=long_date(end), days=_days(days))
        elif days == 0:
            sentence = translate("Due", "{who} ends today.").format(who=who)
        else:
            sentence = translate("Due", "{who} ended on {day}, {days} ago, but the membership is still active; renew "
                                 "or end it.").format(who=who, day=long_date(end), days=_days(-days))
        out.append(DueItem("term_ending", sentence, "membership", membership_id, days))
    return out


def due_items(session: Session, *, today: date | None = None, now: datetime | None = None,
              waiting_days: int | None = None, term_days: int = TERM_DAYS, min_reviewers: int = MIN_REVIEWERS,
              limit_per_kind: int | None = None) -> list[DueItem]:
    """Everything due: long waits (longest first), missing reviews, then terms ending (soonest first).

    ``now`` (UTC, naive like the database) and ``today`` default to the clock; tests pass them.
    ``waiting_days`` defaults to the desk's setting (services/desk_settings.py, 14 days unless changed).
    """
    if waiting_days is None:
        from opn_desk.services.desk_settings import waiting_days as desk_waiting_days

        waiting_days = desk_waiting_days(session)
    if waiting_days < 0 or term_days < 0:
        raise InvalidInput("days", translate("Due", "The number of days cannot be negative."))
    if min_reviewers < 1:
        raise InvalidInput("min_reviewers", translate("Due", "At least one reviewer is needed per application."))
    now = now or utcnow()
    today = today or date.today()
    return (waiting_items(session, now=now, waiting_days=waiting_days, limit=limit_per_kind)
            + missing_review_items(session, now=now, min_reviewers=min_reviewers, limit=limit_per_kind)
            + term_items(session, today=today, term_days=term_days, limit=limit_per_kind)
            + _action_items(session, today=today, limit=limit_per_kind))


def _action_items(session: Session, *, today: date, limit: int | None) -> list[DueItem]:
    # Meetings' action items due soon or past (services/work_plan.py; docs/MEETINGS.md).
    from opn_desk.services.work_plan import action_items_due

    return action_items_due(session, today=today, limit=limit)
