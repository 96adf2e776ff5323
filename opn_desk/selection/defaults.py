"""The Terms of Reference's composition rules (SPP ToR section 2.2) as BalanceRule data.

Geographic balance over the five UN regional groups, stakeholder balance over the five clusters,
at least 50% female designated representatives, continuity and change, and no two organisations
under one parent. Attribute names follow the desk's organisation export, so an export with an added
`score` column is a pool.
"""

from __future__ import annotations

from opn_desk.domain.vocab import RegionalGroup, StakeholderCluster
from opn_desk.i18n import translate

from .model import DEFAULT_NAMES, BalanceRule

REGIONAL_GROUP = "regional_group"
CLUSTER = "stakeholder_cluster"
GENDER = "representative_gender"
INCUMBENT = "incumbent"
PARENT = "parent_organisation"
COUNTRY = "country_iso3"
LDC = "ldc"
YES = "yes"
FEMALE = "female"

# No single group may dominate: the ToR asks for "good representation" of all five.
REGION_MAX_SHARE = 0.4


def default_rules(seats: int, *, incumbents: tuple[int | None, int | None] | None = None,
                  country_max: int | None = None, ldc_min: int | None = None,
                  one_per_parent: bool = True) -> list[BalanceRule]:
    """The ToR's rules for this many seats.

    `incumbents` = (K, M) keeps between K and M current core partners (continuity and change);
    `country_max` caps organisations per country; `ldc_min` asks for partners from LDCs.
    Shares stay shares: they become counts against the problem's seats (see BalanceRule.bounds).
    """
    if seats < 1:
        raise ValueError(translate("Selection", "seats must be at least 1, not {seats}").format(seats=seats))
    if incumbents is not None and max(b or 0 for b in incumbents) > seats:
        raise ValueError(translate("Selection", "the incumbents' bounds {bounds} go beyond the {seats} seats")
                         .format(bounds=incumbents, seats=seats))
    rules = [BalanceRule(REGIONAL_GROUP, g.value, min=1, max_share=REGION_MAX_SHARE, name=g.label)
             for g in RegionalGroup]
    rules += [BalanceRule(CLUSTER, c.value, min=1, name=c.label) for c in StakeholderCluster]
    rules.append(BalanceRule(GENDER, FEMALE, min_share=0.5, name="Female representative"))
    if incumbents is not None:
        low, high = incumbents
        rules.append(BalanceRule(INCUMBENT, YES, min=low, max=high, name="Continuity (incumbents)"))
    if one_per_parent:
        rules.append(BalanceRule(PARENT, per_value=True, max=1, name="One per parent organisation"))
    if country_max is not None:
        rules.append(BalanceRule(COUNTRY, per_value=True, max=country_max, name="Per country"))
    if ldc_min is not None:
        rules.append(BalanceRule(LDC, YES, min=ldc_min, name="From LDCs"))
    return rules


DEFAULT_NAMES.update(r.name for r in default_rules(1, incumbents=(0, 1), country_max=1, ldc_min=0))
