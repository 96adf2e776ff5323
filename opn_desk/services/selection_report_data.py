"""The selection report's values from a stored selection round (reads only; run with `Desk.read`).

The slate reported is the optimum under the round's seats, rules and pins, or, when the rules cannot
all be met, the closest workable slate with the explanation; with ``picked``, the officer's hand-picked
slate, checked against the same rules. Saved scenarios are compared under the round's current seats
and rules, whatever they were saved with (what the officer is deciding on, and what the scenarios window
shows), with the report's slate as the first column.

Rules on personal data (`SENSITIVE_ATTRIBUTES`: the representatives' gender) are printed as counts only:
their sentences never name the organisations that count, unlike the officer's own working view.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy.orm import Session

from opn_desk.domain.renewal import SHORT_CLUSTER, CountRow
from opn_desk.domain.vocab import (
    ApplicationStatus,
    Gender,
    RegionalGroup,
    StakeholderCluster,
    group_name,
    shown_programme,
)
from opn_desk.i18n import percent_text, translate
from opn_desk.reports.selection_values import (
    CLOSEST,
    NONE,
    OPTIMAL,
    PICKED,
    AlternateRow,
    RelaxedRow,
    RuleCheckRow,
    RuleSpec,
    ScenarioColumn,
    ScenarioComparison,
    ScenarioRuleRow,
    SelectionReport,
    SlateRow,
)
from opn_desk.selection import (
    BalanceRule,
    RuleCheck,
    SelectionProblem,
    Slate,
    alternates,
    best_slate,
    explain,
    recheck,
)
from opn_desk.selection import defaults as d
from opn_desk.selection.balance import BROKEN
from opn_desk.selection.model import NO_GROUP, norm
from opn_desk.selection.prechecks import attribute_words, value_words
from opn_desk.services import selection_round as sr

_ALTERNATES = 8

# Candidate attributes that are personal data: the report counts them, never says who has them.
SENSITIVE_ATTRIBUTES: frozenset[str] = frozenset({d.GENDER})
_GONE = "\x00"  # a candidate taken out of a sentence
_LISTED = re.compile(rf":\s*{_GONE}(?:(?:, | and ){_GONE})*(?: and \d+ more)?")


def _t(text: str) -> str:
    return translate("SelectionReport", text)


def _short(table: dict, code: str | None) -> str:
    """A cluster's short form in the document's language (the vocabulary's words); a code the vocabulary
    does not know, as stored. (A group's is `vocab.group_name(code, short=True)`.)"""
    key = code or None
    return translate("Vocabulary", table[key]) if key in table else (code or "")


def _tie_break() -> str:
    """The optimiser's tie-break rule (selection/optimiser.TIE_BREAK, which a test holds equal to this
    English), in the document's language."""
    return _t("among slates with the best total score (equal within one ten-millionth), the one whose candidates "
              "come earliest in id order, by the sum of id-order weights (n for the first id, 1 for the last)")


def _percent(share: float) -> str:
    value = share * 100
    return _t("{percent} of the seats").format(
        percent=percent_text(value, 0 if float(value).is_integer() else 1))


def _value_label(attribute: str, value: str | None) -> str:
    value = value or ""
    if not value.strip():
        return _t("no group") if attribute == "regional_group" else _t("none recorded")
    for enum in (RegionalGroup, StakeholderCluster, Gender):
        try:
            return translate("Vocabulary", enum(value.strip()).label)
        except ValueError:
            continue
    return value


# The default rules' names (opn_desk/selection/defaults.py), saved with a round in English: shown in the
# officer's or the document's language ("SelectionDefaults", packaging/update_translations.py); a name the
# desk wrote itself is shown as written.
DEFAULT_RULE_NAMES = frozenset(r.name for r in d.default_rules(1, incumbents=(0, 1), country_max=1, ldc_min=0))


def rule_name_words(name: str) -> str:
    """A balance rule's name as the officer reads it: a default name translated, the desk's own as written
    ("Africa #2", made unique by the problem, keeps its number)."""
    base, hash_, number = name.rpartition(" #")
    if hash_ and number.isdigit() and base in DEFAULT_RULE_NAMES:
        return f"{translate('SelectionDefaults', base)} #{number}"
    return translate("SelectionDefaults", name) if name in DEFAULT_RULE_NAMES else name


def _rule_spec(rule: BalanceRule, name: str, seats: int) -> RuleSpec:
    what = sr.attribute_label(rule.attribute)
    counts = _t("each {what}").format(what=f"{what[0].lower()}{what[1:]}") if rule.per_value else \
        _t("{what}: {value}").format(what=what, value=_value_label(rule.attribute, rule.value))
    parts = []
    if rule.min is not None:
        parts.append(_t("at least {count}").format(count=rule.min))
    if rule.min_share is not None:
        parts.append(_t("at least {count}").format(count=_percent(rule.min_share)))
    if rule.max is not None:
        parts.append(_t("at most {count}").format(count=rule.max))
    if rule.max_share is not None:
        parts.append(_t("at most {count}").format(count=_percent(rule.max_share)))
    return RuleSpec(rule_name_words(name), counts, "; ".join(parts), rule.describe_bounds(seats), rule.priority)


def _country(m: sr.PoolMember) -> str:
    group = group_name(m.regional_group or None, short=True)
    return f"{m.country} ({group})" if m.country else group


def _standing(m: sr.PoolMember) -> str:
    if m.status == sr.INCUMBENT_STATUS:
        return _t("Incumbent seeking renewal")
    try:
        label = translate("Vocabulary", ApplicationStatus(m.status).label)
    except ValueError:
        label = m.status
    return _t("{status}; incumbent").format(status=label) if m.incumbent else label


def _slate_rows(stored: sr.RoundValue, ids: Iterable[str], pins: dict[str, bool]) -> tuple[SlateRow, ...]:
    members = [stored.member(k) for k in ids if stored.member(k) is not None]
    members.sort(key=lambda m: (-round(m.score, 9), " ".join(m.name.split()).casefold(), m.key))
    return tuple(SlateRow(m.display_name, _country(m), _short(SHORT_CLUSTER, m.cluster), m.incumbent,
                          _standing(m), m.score,
                          {True: _t("pinned in"), False: _t("pinned out")}.get(pins.get(m.key), "")) for m in members)


def _counts(members: Sequence[sr.PoolMember]) -> tuple[tuple[CountRow, ...], ...]:
    regions = [CountRow(translate("Vocabulary", g.label), sum(1 for m in members if m.regional_group == g.value), group_name(g.value, short=True))
               for g in RegionalGroup]
    if none := sum(1 for m in members if not m.regional_group):
        regions.append(CountRow(_t("No group"), none, group_name(None, short=True)))
    clusters = [CountRow(translate("Vocabulary", c.label), sum(1 for m in members if m.cluster == c.value), _short(SHORT_CLUSTER, c.value))
                for c in StakeholderCluster]
    if unknown := sum(1 for m in members if not m.cluster):
        clusters.append(CountRow(_t("Not recorded"), unknown, _short(SHORT_CLUSTER, None)))
    genders = []
    for g in Gender:
        n = sum(1 for m in members if (m.representative_gender or "unknown") == g.value)
        if n or g in (Gender.FEMALE, Gender.MALE):
            genders.append(CountRow(translate("Vocabulary", g.label), n, translate("Vocabulary", g.label)))
    return tuple(regions), tuple(clusters), tuple(genders)


def _by_status(pool: Sequence[sr.PoolMember]) -> tuple[CountRow, ...]:
    order = [*sr.POOL_STATUSES, sr.INCUMBENT_STATUS]
    rows = []
    for status in order:
        n = sum(1 for m in pool if m.status == status)
        if n:
            label = _t("Incumbents seeking renewal (no application)") if status == sr.INCUMBENT_STATUS \
                else _t("Applications: {status}").format(status=translate("Vocabulary", ApplicationStatus(status).label))
            rows.append(CountRow(label, n))
    return tuple(rows)


def _comparison(stored: sr.RoundValue, problem: SelectionProblem, first: tuple[str, tuple[str, ...]] | None
                ) -> ScenarioComparison | None:
    """Every slate under the round's current seats and rules (``problem``), as the scenarios window does."""
    if not stored.scenarios:
        return None
    columns_in: list[tuple[str, tuple[str, ...], int, str]] = []
    if first is not None:
        columns_in.append((first[0], first[1], 0, ""))
    for s in stored.scenarios:
        kept = tuple(k for k in s.selected if k in problem.index)
        columns_in.append((s.name, kept, len(s.selected) - len(kept), s.notes))
    checks = [recheck(problem, ids) for _n, ids, _l, _t in columns_in]
    columns = tuple(ScenarioColumn(name, problem.seats, round(Slate.of(problem, ids).score, 9), len(ids),
                                   len(check.broken), left, notes)
                    for (name, ids, left, notes), check in zip(columns_in, checks, strict=True))
    rules = tuple(ScenarioRuleRow(rule_name_words(rule.name), tuple(c.rules[k].count for c in checks),
                                  tuple(c.rules[k].state for c in checks))
                  for k, rule in enumerate(checks[0].rules)) if checks else ()
    sets = [set(ids) for _n, ids, _l, _t in columns_in]
    everywhere = set.intersection(*sets) if sets else set()
    names = stored.name_of
    common = tuple(sorted((names(k) for k in everywhere), key=str.casefold))
    only = tuple((name, tuple(sorted((names(k) for k in ids if k not in everywhere), key=str.casefold)))
                 for name, ids, _l, _t in columns_in)
    return ScenarioComparison(columns, rules, common, only)


def _count_sentence(rule: BalanceRule, r: RuleCheck) -> str:
    """A rule's state in counts only, for rules on personal data."""
    name = rule_name_words(r.name)
    if rule.per_value:
        said = (_t("{rule}: highest count {count} ({bounds})") if r.max is not None
                else _t("{rule}: lowest count {count} ({bounds})")).format(
            rule=name, count=r.count, bounds=_bounds(r.min, r.max))
        said = (_t("{said}, broken.") if r.state == BROKEN else _t("{said}.")).format(said=said)
    elif r.min and r.count < r.min:
        said = _t("{rule}: {count}, needs at least {least}.").format(rule=name, count=r.count, least=r.min)
    elif r.max is not None and r.count > r.max:
        said = _t("{rule}: {count}, at most {most} allowed.").format(rule=name, count=r.count, most=r.max)
    elif r.min or r.max is not None:
        said = _t("{rule}: {count} ({bounds}).").format(rule=name, count=r.count, bounds=_bounds(r.min, r.max))
    else:
        said = _t("{rule}: {count}.").format(rule=name, count=r.count)
    return _t("{said} Who counts is not printed (personal data).").format(said=said)


def _names(members: Sequence[sr.PoolMember]) -> str:
    return "; ".join(sorted((m.display_name for m in members), key=str.casefold))


def _who_counts(stored: sr.RoundValue, problem: SelectionProblem, rule: BalanceRule, r: RuleCheck,
                ids: Sequence[str]) -> str:
    """The organisations of the slate that count for a rule, by name (the table beside it has the count,
    the bounds and the state); for a rule on personal data, counts only."""
    if rule.attribute in SENSITIVE_ATTRIBUTES:
        return _count_sentence(rule, r)
    chosen = [(problem.candidates[problem.index[k]], stored.member(k)) for k in ids if k in problem.index]
    chosen = [(c, m) for c, m in chosen if m is not None]
    if not rule.per_value:
        value = norm(rule.value or "")
        members = [m for c, m in chosen if c.value(rule.attribute) == value]
        said = _t("{names}.").format(names=_names(members)) if members else _t("None of the slate.")
        if r.min and len(members) < r.min:
            missing = r.min - len(members)
            said += " " + _t("{count} more needed.").format(count=missing)
        elif r.max is not None and len(members) > r.max:
            over = len(members) - r.max
            said += " " + _t("{count} too many.").format(count=over)
        return said
    by_value: dict[str, list[sr.PoolMember]] = {}
    written: dict[str, str] = {}
    for c, m in chosen:
        if (v := c.value(rule.attribute)) != NO_GROUP:
            by_value.setdefault(v, []).append(m)
            written.setdefault(v, c.attributes.get(rule.attribute, "").strip() or v)
    what = attribute_words(rule.attribute)
    shared = [(written[v], ms) for v, ms in sorted(by_value.items()) if len(ms) > 1]
    if r.max is not None and not shared:
        return _t("No two organisations of the slate share a {what}.").format(what=what)
    if shared:
        return " ".join(_t("{value}: {names}.").format(value=value_words(rule.attribute, v), names=_names(ms))
                        for v, ms in shared)
    return _t("Different values of {what} in the slate: {count}.").format(count=len(by_value), what=what)


def _rule_row(stored: sr.RoundValue, problem: SelectionProblem, rule: BalanceRule, r: RuleCheck,
              ids: Sequence[str]) -> RuleCheckRow:
    return RuleCheckRow(rule_name_words(r.name), r.count, _bounds(r.min, r.max), r.state, _who_counts(stored, problem, rule, r, ids))


def _explained(stored: sr.RoundValue, sentence: str) -> str:
    """A trade-off sentence with names; those about a rule on personal data lose their list of candidates."""
    if not any(attribute in sentence or attribute_words(attribute) in sentence for attribute in SENSITIVE_ATTRIBUTES):
        return stored.readable(sentence)
    for member in stored.pool:
        sentence = sentence.replace(f"{member.name} ({member.key})", _GONE).replace(member.key, _GONE)
    return _LISTED.sub("", sentence).replace(_GONE, _t("a candidate"))


def selection_report(session: Session, call_id: uuid.UUID, *, picked: bool = False,
                     today: date | None = None) -> SelectionReport:
    stored = sr.get_round(session, call_id, today=today)
    problem = stored.problem()
    pins = dict(problem.pins)
    optimum = best_slate(problem)
    explanation = explain(problem) if optimum is None else None
    if picked:
        kind, slate = PICKED, Slate.of(problem, stored.picked)
    elif optimum is not None:
        kind, slate = OPTIMAL, optimum
    elif explanation is not None and explanation.closest is not None:
        kind, slate = CLOSEST, explanation.closest
    else:
        kind, slate = NONE, None
    ids = slate.ids if slate is not None else ()
    check = recheck(problem, ids)
    chosen = [stored.member(k) for k in ids]
    region, cluster, gender = _counts(chosen)
    pool_region, pool_cluster, pool_gender = _counts(stored.pool)
    names = stored.name_of
    found = alternates(problem, slate, _ALTERNATES) if slate is not None and ids and check.ok else []
    first = {OPTIMAL: _t("Proposed slate"), PICKED: _t("Hand-picked slate"),
             CLOSEST: _t("Closest workable slate")}.get(kind)
    return SelectionReport(
        call_title=stored.call_title, programme_code=stored.programme_code,
        programme_name=shown_programme(stored.programme_code, stored.programme_name),
        closes_on=stored.closes_on, as_of=stored.as_of, generated_on=today or date.today(),
        saved=stored.round_id is not None, seats=problem.seats,
        rules=tuple(_rule_spec(r, n, problem.seats) for r, n in zip(problem.rules, problem.rule_names, strict=True)),
        pins=tuple(sorted(((names(k), _t("pinned in") if v else _t("pinned out")) for k, v in pins.items()),
                          key=lambda p: (p[1], p[0].casefold()))),
        tie_break=_tie_break(), pool_size=len(stored.pool), pool_incumbents=sum(1 for m in stored.pool if m.incumbent),
        pool_by_status=_by_status(stored.pool), pool_by_region=pool_region, pool_by_cluster=pool_cluster,
        pool_by_gender=pool_gender, excluded=tuple(m.display_name for m in stored.excluded),
        slate_kind=kind, slate=_slate_rows(stored, ids, pins), slate_score=slate.score if slate is not None else None,
        balance=tuple(_rule_row(stored, problem, rule, r, ids)
                      for rule, r in zip(problem.rules, check.rules, strict=True)),
        seats_message=check.seats_message, slate_by_region=region, slate_by_cluster=cluster, slate_by_gender=gender,
        alternates=tuple(AlternateRow(names(a.candidate), names(a.replaces), a.score_change) for a in found),
        feasible=optimum is not None, optimal_score=optimum.score if optimum is not None else None,
        explanation=tuple(_explained(stored, s) for s in explanation.sentences()) if explanation else (),
        conflict=explanation.conflict if explanation else (),
        conflicts=tuple(explanation.conflicts) if explanation else (),
        relaxed=tuple(RelaxedRow(rule_name_words(r.name), _t("minimum") if r.bound == "min" else _t("maximum"), r.by,
                                 stored.readable(r.detail))
                      for r in explanation.relaxed) if explanation else (),
        comparison=_comparison(stored, problem, (first, ids) if first and ids else None),
        notes=stored.notes,
    )


def _bounds(low: int | None, high: int | None) -> str:
    parts = ([_t("at least {count}").format(count=low)] if low else []) + \
        ([_t("at most {count}").format(count=high)] if high is not None else [])
    return ", ".join(parts) or _t("no bound")


__all__ = ["SENSITIVE_ATTRIBUTES", "selection_report"]
