"""The initiatives portfolio: the rules, as pure functions (docs/REPORTING.md).

- An initiative serves SDG 12 and **at most five other SDGs** (`MAX_OTHER_SDGS`); 12 among the others
  is implied, not counted.
- A **core** initiative is run jointly by **two or more** partners, the lead included
  (`CORE_MIN_PARTNERS`); checked when it is made core and again whenever a partner leaves it.
- An **affiliated** initiative passes the desk's due diligence before inclusion.
- Lifecycle: proposed -> due diligence -> affiliated, or proposed -> core; then active; inactive; closed
  (`TRANSITIONS`). An initiative whose content was **not updated for two years** is inactive by itself
  (`effective_status`): kept for monitoring, left out of public exports.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from opn_desk.domain.terms import add_years
from opn_desk.domain.vocab import InitiativeKind, InitiativeStatus
from opn_desk.i18n import translate

SDG_12 = 12
MAX_OTHER_SDGS = 5
CORE_MIN_PARTNERS = 2
INACTIVE_AFTER_YEARS = 2

S = InitiativeStatus
TRANSITIONS: dict[str, frozenset[str]] = {
    S.PROPOSED: frozenset({S.DUE_DILIGENCE, S.CORE, S.CLOSED}),
    S.DUE_DILIGENCE: frozenset({S.AFFILIATED, S.PROPOSED, S.CLOSED}),
    S.AFFILIATED: frozenset({S.ACTIVE, S.INACTIVE, S.CLOSED}),
    S.CORE: frozenset({S.ACTIVE, S.INACTIVE, S.CLOSED}),
    S.ACTIVE: frozenset({S.INACTIVE, S.CLOSED}),
    S.INACTIVE: frozenset({S.ACTIVE, S.CLOSED}),
    S.CLOSED: frozenset(),
}
# In the portfolio (what may become inactive by itself, and what a public export may show).
INCLUDED = frozenset({S.AFFILIATED.value, S.CORE.value, S.ACTIVE.value})


def other_sdgs(values: Iterable[object]) -> tuple[int, ...]:
    """The other SDGs of an initiative, checked: numbers 1 to 17, each once, SDG 12 left out (it is
    always served), at most five. Raises ValueError with a sentence."""
    found: set[int] = set()
    for value in values:
        text = str(value).strip().upper().removeprefix("SDG").strip()
        if not text:
            continue
        try:
            number = int(text)
        except ValueError:
            raise ValueError(translate("Domain", "{value} is not an SDG number (1 to 17).").format(value=repr(str(value).strip()))) from None
        if not 1 <= number <= 17:
            raise ValueError(translate("Domain", "{number} is not an SDG; the goals are numbered 1 to 17.").format(number=number))
        if number != SDG_12:
            found.add(number)
    if len(found) > MAX_OTHER_SDGS:
        listed = ", ".join(str(n) for n in sorted(found))
        raise ValueError(translate("Domain", "An initiative serves SDG 12 and at most {limit} other SDGs; {count} were "
                                             "given ({listed}).").format(limit=MAX_OTHER_SDGS, count=len(found),
                                                                         listed=listed))
    return tuple(sorted(found))


def participants(lead: object | None, partners: Iterable[object]) -> frozenset:
    """Every organisation taking part: the lead and the partners, each once."""
    return frozenset(([lead] if lead is not None else []) + list(partners))


def core_problem(kind: str, count: int) -> str | None:
    """Why an initiative of ``kind`` with ``count`` participants (the lead included) cannot be core."""
    if kind == InitiativeKind.CORE.value and count < CORE_MIN_PARTNERS:
        return translate("Domain", "A core initiative is run jointly by {min} or more partners; this one has "
                                   "{count}.").format(min=CORE_MIN_PARTNERS, count=count)
    return None


def is_inactive(content_updated_on: date, today: date) -> bool:
    """Not updated for two years: on the second anniversary of the last content update, it is inactive."""
    return today >= add_years(content_updated_on, INACTIVE_AFTER_YEARS)


def effective_status(stored: str, content_updated_on: date, today: date) -> str:
    """The status shown: an initiative in the portfolio whose content is two years old is inactive."""
    if stored in INCLUDED and is_inactive(content_updated_on, today):
        return S.INACTIVE.value
    return stored


def transition_problem(current: str, wanted: str, *, kind: str, count: int,
                       due_diligence_decision: str | None) -> str | None:
    """Why an initiative cannot move from ``current`` to ``wanted`` (None: it can)."""
    if wanted == current:
        return None
    if wanted not in TRANSITIONS.get(current, frozenset()):
        allowed = ", ".join(translate("Vocabulary", S(s).label)
                            for s in sorted(TRANSITIONS.get(current, ()), key=list(S).index))
        text = (translate("Domain", "An initiative that is {current} cannot become {wanted}; it can become: {allowed}.")
                if allowed else translate("Domain", "An initiative that is {current} cannot become {wanted}."))
        return text.format(current=translate("Vocabulary", S(current).label).lower(),
                           wanted=translate("Vocabulary", S(wanted).label).lower(), allowed=allowed)
    if wanted == S.CORE.value:
        if kind != InitiativeKind.CORE.value:
            return translate("Domain", "Only a core initiative (run jointly by partners) becomes core; this one is "
                                       "affiliated.")
        return core_problem(kind, count)
    if wanted == S.DUE_DILIGENCE.value and kind != InitiativeKind.AFFILIATED.value:
        return translate("Domain", "Due diligence is for affiliated initiatives; a core initiative becomes core "
                                   "directly.")
    if wanted == S.AFFILIATED.value and due_diligence_decision != "include":
        return translate("Domain", "An affiliated initiative is included after the desk's due diligence decides to "
                                   "include it.")
    if wanted == S.ACTIVE.value:
        return core_problem(kind, count)
    return None


def is_public(status: str) -> bool:
    """Whether a public export shows an initiative of this (effective) status: in the portfolio and not
    inactive, or closed (finished work stays visible)."""
    return status in INCLUDED or status == S.CLOSED.value
