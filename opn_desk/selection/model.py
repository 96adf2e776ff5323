"""The selection problem as plain data: candidates, balance rules, pins, seats, and slates.

Pure Python. Rules are data: every rule counts the selected candidates whose attribute has a value,
and bounds that count. Values are compared as text after trimming spaces and ignoring case; an empty
attribute is a value of its own ("no group"), so nobody drops out of a count unnoticed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

from opn_desk.i18n import singular, translate

NO_GROUP = ""


def norm(text: object) -> str:
    """The form values are compared in: trimmed, inner spaces collapsed, case ignored."""
    return " ".join(str(text).split()).casefold()


def _attribute_words() -> dict[str, str]:
    return {
        "regional_group": translate("Selection", "UN regional group"),
        "stakeholder_cluster": translate("Selection", "stakeholder cluster"),
        "representative_gender": translate("Selection", "representative's gender"),
        "incumbent": translate("Selection", "incumbency"),
        "parent_organisation": translate("Selection", "parent organisation"),
        "country_iso3": translate("Selection", "country"),
        "ldc": translate("Selection", "least developed country"),
    }


def attribute_words(attribute: str) -> str:
    """An attribute as a sentence names it: "stakeholder_cluster" -> "stakeholder cluster" (in the
    officer's language; an attribute of a pool file, as written)."""
    return _attribute_words().get(attribute, " ".join(attribute.replace("_", " ").split()))


def value_words(attribute: str, value: str) -> str:
    """A value as the window shows it: ("regional_group", "EEG") -> "Eastern Europe"; an empty value ->
    "no UN regional group"; a value no vocabulary knows, as written."""
    from opn_desk.domain.vocab import GENDERS, REGIONAL_GROUPS, STAKEHOLDER_CLUSTERS

    text = " ".join(str(value).split())
    if not text:
        return translate("Selection", "no {attribute}").format(attribute=attribute_words(attribute))
    vocabulary = {"regional_group": REGIONAL_GROUPS, "stakeholder_cluster": STAKEHOLDER_CLUSTERS,
                  "representative_gender": GENDERS}.get(attribute)
    if vocabulary is not None:
        for term in vocabulary:
            if term.code.casefold() == text.casefold():
                return translate("Vocabulary", term.label)
    return text


# The shipped default rules' names (selection/defaults.py fills this when it is imported, as the package
# does: defaults builds on this module, so this module cannot import it).
DEFAULT_NAMES: set[str] = set()


def default_name_words(name: str) -> str:
    """A rule's name as the officer reads it: a shipped default's (stored in English with a round) in the
    officer's language ("SelectionDefaults", packaging/update_translations.py); the desk's own as written."""
    return translate("SelectionDefaults", name) if name in DEFAULT_NAMES else name


def value_label(value: str) -> str:
    return value if value.strip() else translate("Selection", "no group")


def _first_up(text: str) -> str:
    """ "UN regional group" stays so; "stakeholder cluster" -> "Stakeholder cluster"."""
    return text[:1].upper() + text[1:]


def plural(count: int, word: str) -> str:
    """"1 seat", "40 seats", "1 candidate", "2 candidates", "1 other candidate" (``word`` is one of these
    three), in the officer's language."""
    one = singular(count)
    if word == "seat":
        text = translate("Selection", "{count} seat") if one else translate("Selection", "{count} seats")
    elif word == "candidate":
        text = translate("Selection", "{count} candidate") if one else translate("Selection", "{count} candidates")
    elif word == "other candidate":
        text = (translate("Selection", "{count} other candidate") if one
                else translate("Selection", "{count} other candidates"))
    else:
        text = "{count} " + word if count == 1 else "{count} " + word + "s"
    return text.format(count=count)


def score_text(score: float) -> str:
    """A score for people: no float noise (3890.7999999999997 reads 3890.8), no exponent."""
    text = f"{score:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_DIGITS = re.compile(r"(\d+)")


def id_order(candidate_id: str) -> tuple:
    """Natural order of ids (ORG-9 before ORG-10); the raw id settles anything left equal."""
    pieces = (p for p in _DIGITS.split(candidate_id) if p)
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in pieces)
    return parts, candidate_id


@dataclass(frozen=True)
class Candidate:
    id: str
    score: float = 0.0
    attributes: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self):
        if not str(self.id).strip():
            raise ValueError(translate("Selection", "a candidate needs an id"))
        if not math.isfinite(self.score):
            raise ValueError(translate("Selection", "the score of {id} is not a finite number").format(id=self.id))
        # Normalised once: counting happens per pick in the re-check and must stay fast.
        object.__setattr__(self, "_norm", {k: norm(v) for k, v in self.attributes.items()})

    def value(self, attribute: str) -> str:
        """The normalised value; a missing or empty attribute is NO_GROUP."""
        return self._norm.get(attribute, NO_GROUP)

    @property
    def label(self) -> str:
        name = str(self.attributes.get("name", "")).strip()
        return f"{name} ({self.id})" if name else self.id


@dataclass(frozen=True)
class BalanceRule:
    """Bounds on how many selected candidates have `attribute == value`.

    Shares are of the seats and become counts so that the count always honours the share:
    a minimum share rounds up (ceil), a maximum share rounds down (floor). So 50% of 41 seats is
    at least 21, and 40% of 41 seats is at most 16. With `per_value`, the bounds apply to each
    distinct non-empty value of the attribute found in the pool (e.g. one organisation per parent).
    """

    attribute: str
    value: str | None = None
    min: int | None = None
    max: int | None = None
    min_share: float | None = None
    max_share: float | None = None
    name: str = ""
    priority: float = 1.0
    per_value: bool = False

    def __post_init__(self):
        if not self.attribute.strip():
            raise ValueError(translate("Selection", "a rule needs an attribute"))
        if self.per_value and self.value is not None:
            raise ValueError(translate("Selection", "a per_value rule applies to each value of the attribute; "
                                                    "leave out value"))
        if not self.per_value and self.value is None:
            raise ValueError(translate("Selection", "the rule on {attribute} needs a value (use value = \"\" for "
                                                    "no group)").format(attribute=self.attribute))
        if self.min is None and self.max is None and self.min_share is None and self.max_share is None:
            raise ValueError(translate("Selection", "a rule needs min, max, min_share or max_share"))
        if self.min is not None and self.min_share is not None:
            raise ValueError(translate("Selection", "give min or min_share, not both"))
        if self.max is not None and self.max_share is not None:
            raise ValueError(translate("Selection", "give max or max_share, not both"))
        for key in ("min", "max"):
            count = getattr(self, key)
            if count is not None and count < 0:
                raise ValueError(translate("Selection", "{key} {count} is negative").format(key=key, count=count))
        for key in ("min_share", "max_share"):
            share = getattr(self, key)
            if share is not None and not 0 <= share <= 1:
                raise ValueError(translate("Selection", "{key} {share} is not a share between 0 and 1")
                                 .format(key=key, share=share))
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(translate("Selection", "min {min} is above max {max}").format(min=self.min, max=self.max))
        if self.min_share is not None and self.max_share is not None and self.min_share > self.max_share:
            raise ValueError(translate("Selection", "min_share {min} is above max_share {max}")
                             .format(min=self.min_share, max=self.max_share))
        if not (math.isfinite(self.priority) and self.priority > 0):
            raise ValueError(translate("Selection", "priority {priority} must be a number above 0")
                             .format(priority=self.priority))

    @property
    def title(self) -> str:
        if self.name.strip():  # a shipped default name (selection/defaults.py) in the officer's language
            return default_name_words(self.name.strip())
        if self.per_value:
            return translate("Selection", "{attribute} (each value)").format(
                attribute=_first_up(attribute_words(self.attribute)))
        return translate("Selection", "{attribute}: {value}").format(
            attribute=_first_up(attribute_words(self.attribute)), value=value_words(self.attribute, self.value or ""))

    def bounds(self, seats: int) -> tuple[int, int | None]:
        """(least, most) as counts for this many seats; most is None when unbounded."""
        low = self.min or 0
        if self.min_share is not None:  # exact fractions: 0.5 * 40 is 20, not 20.000000000000004
            low = math.ceil(Fraction(str(self.min_share)) * seats)
        high = self.max
        if self.max_share is not None:
            high = math.floor(Fraction(str(self.max_share)) * seats)
        return low, high

    def describe_bounds(self, seats: int) -> str:
        low, high = self.bounds(seats)
        parts = (([translate("Selection", "at least {count}").format(count=low)] if low else [])
                 + ([translate("Selection", "at most {count}").format(count=high)] if high is not None else []))
        return ", ".join(parts) or translate("Selection", "no bound")


@dataclass(frozen=True)
class Limit:
    """One row of the integer programme: `low <= picked among members <= high`.

    A plain rule gives one limit; a per_value rule gives one per distinct non-empty value.
    """

    rule: int  # index into SelectionProblem.rules
    value: str  # normalised value counted
    members: frozenset[int]  # candidate positions in SelectionProblem.candidates
    low: int
    high: int | None


@dataclass(frozen=True, eq=False)
class SelectionProblem:
    """Choose exactly `seats` candidates, maximising total score, meeting every rule and pin.

    Candidates are kept in id order whatever order they came in, so the same pool gives the same
    programme and the same slate.
    """

    candidates: tuple[Candidate, ...]
    rules: tuple[BalanceRule, ...]
    seats: int
    pins: Mapping[str, bool] = field(default_factory=dict)

    def __post_init__(self):
        ordered = tuple(sorted(self.candidates, key=lambda c: id_order(c.id)))
        object.__setattr__(self, "candidates", ordered)
        object.__setattr__(self, "rules", tuple(self.rules))
        object.__setattr__(self, "pins", dict(self.pins))
        if isinstance(self.seats, bool) or not isinstance(self.seats, int) or self.seats < 1:
            raise ValueError(translate("Selection", "seats must be a whole number of at least 1, not {seats}")
                             .format(seats=repr(self.seats)))
        seen: set[str] = set()
        for c in ordered:
            if c.id in seen:
                raise ValueError(translate("Selection", "the id {id} appears twice").format(id=c.id))
            seen.add(c.id)
        unknown = [i for i in self.pins if i not in seen]
        if unknown:
            raise ValueError(translate("Selection", "the pinned id {id} is not in the pool").format(id=unknown[0]))
        object.__setattr__(self, "_values", {})

    def values(self, attribute: str) -> tuple[str, ...]:
        """Distinct non-empty normalised values of an attribute in the pool, sorted."""
        if attribute not in self._values:
            self._values[attribute] = tuple(sorted({c.value(attribute) for c in self.candidates} - {NO_GROUP}))
        return self._values[attribute]

    @cached_property
    def index(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.candidates)}

    @cached_property
    def rule_names(self) -> tuple[str, ...]:
        """Rule titles, made unique in file order ("Africa", "Africa #2") so reports can name them."""
        names: list[str] = []
        for rule in self.rules:
            title, n = rule.title, 1
            while (title if n == 1 else f"{title} #{n}") in names:
                n += 1
            names.append(title if n == 1 else f"{title} #{n}")
        return tuple(names)

    @cached_property
    def limits(self) -> tuple[Limit, ...]:
        found: list[Limit] = []
        for r, rule in enumerate(self.rules):
            low, high = rule.bounds(self.seats)
            if rule.per_value:
                groups: dict[str, set[int]] = {}
                for i, c in enumerate(self.candidates):
                    v = c.value(rule.attribute)
                    if v != NO_GROUP:  # no parent means no siblings: nobody to cap together
                        groups.setdefault(v, set()).add(i)
                found += [Limit(r, v, frozenset(m), low, high) for v, m in sorted(groups.items())]
            else:
                v = norm(rule.value)
                members = frozenset(i for i, c in enumerate(self.candidates) if c.value(rule.attribute) == v)
                found.append(Limit(r, v, members, low, high))
        return tuple(found)

    def limit_value(self, k: int) -> str:
        """The value a limit counts, as written (in the rule, or in the pool for a per_value rule)."""
        limit = self.limits[k]
        rule = self.rules[limit.rule]
        if not rule.per_value:
            return rule.value or ""
        first = min(limit.members)
        return self.candidates[first].attributes.get(rule.attribute, "").strip() or limit.value

    def limit_name(self, k: int) -> str:
        """The rule's name, with the value for a per_value rule: "One per parent organisation: ACME"."""
        limit = self.limits[k]
        name = self.rule_names[limit.rule]
        if not self.rules[limit.rule].per_value:
            return name
        return translate("Selection", "{attribute}: {value}").format(attribute=name, value=self.limit_value(k))

    @cached_property
    def pinned_in(self) -> frozenset[int]:
        return frozenset(self.index[i] for i, chosen in self.pins.items() if chosen)

    @cached_property
    def pinned_out(self) -> frozenset[int]:
        return frozenset(self.index[i] for i, chosen in self.pins.items() if not chosen)

    def with_changes(self, *, rules: Iterable[BalanceRule] | None = None, pins: Mapping[str, bool] | None = None,
                     seats: int | None = None) -> SelectionProblem:
        return SelectionProblem(self.candidates, tuple(self.rules if rules is None else rules),
                                self.seats if seats is None else seats, self.pins if pins is None else pins)


@dataclass(frozen=True)
class Slate:
    """Selected ids in id order and their total score."""

    ids: tuple[str, ...]
    score: float

    @classmethod
    def of(cls, problem: SelectionProblem, ids: Iterable[str]) -> Slate:
        chosen = set(ids)
        unknown = sorted(chosen - problem.index.keys())
        if unknown:
            raise ValueError(translate("Selection", "{id} is not in the pool").format(id=unknown[0]))
        chosen = sorted(chosen, key=lambda i: problem.index[i])
        return cls(tuple(chosen), sum(problem.candidates[problem.index[i]].score for i in chosen))
