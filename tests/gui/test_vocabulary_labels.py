"""The window's words for codes, long and short, are the domain's one table (opn_desk.domain.vocab)."""

from __future__ import annotations

from types import SimpleNamespace

from opn_desk.domain import vocab
from opn_desk.gui.core import labels
from opn_desk.gui.selection.charts import CLUSTER, GENDER, REGION, chart_bars


def test_labels_are_the_tables_labels():
    for term in vocab.STAKEHOLDER_CLUSTERS:
        assert labels.cluster(term.code) == term.label and labels.short_cluster(term.code) == term.short_label
    for term in vocab.REGIONAL_GROUPS:
        assert labels.regional_group(term.code) == term.label
        assert labels.short_regional_group(term.code) == term.short_label
    for term in vocab.ORGANISATION_TYPES:
        assert labels.organisation_type(term.code) == term.label
    for table, show in ((vocab.ROLES, labels.role), (vocab.GENDERS, labels.gender),
                        (vocab.MEMBERSHIP_STATUSES, labels.status), (vocab.PROGRAMMES, labels.programme)):
        for term in table:
            assert show(term.code) == term.label
    assert labels.organisation_type("un_agency") == "UN agency"
    assert labels.regional_group(None) == labels.short_regional_group("") == "No group"


def test_unknown_or_empty_codes_show_as_they_are():
    assert labels.cluster("") == "" and labels.cluster("martian") == "martian"
    assert labels.regional_group("XYZ") == "XYZ" and labels.programme("ZZZ") == "ZZZ"
    assert labels.role("emperor") == "emperor" and labels.gender("") == ""


def test_the_charts_short_names_come_from_the_table():
    members = [SimpleNamespace(regional_group="APG", cluster="intergovernmental",
                               representative_gender="prefers_not_to_say"),
               SimpleNamespace(regional_group="GRULAC", cluster="scientific_technical", representative_gender="female")]
    regions = {b.label: b for b in chart_bars(members, None, REGION)}
    assert regions["Asia-Pacific"].full == "Asia and the Pacific" and regions["Asia-Pacific"].count == 1
    assert regions["GRULAC"].full == "Latin America and the Caribbean"
    clusters = {b.label: b.full for b in chart_bars(members, None, CLUSTER)}
    assert clusters["UN / IGO"] == "UN and other inter-governmental"
    assert clusters["Science & tech."] == "Scientific and technical"
    genders = {b.label: b.full for b in chart_bars(members, None, GENDER)}
    assert genders["Not said"] == "Prefers not to say"
