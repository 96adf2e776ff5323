"""The desk's fixed vocabularies, with stable codes stored in the database.

Codes never change once written to a database; labels may be reworded.
"""

from __future__ import annotations

from enum import StrEnum


class RegionalGroup(StrEnum):
    """The five UN regional groups as counted for elections."""

    AFRICA = "AFRICA"
    ASIA_PACIFIC = "APG"
    EASTERN_EUROPE = "EEG"
    LATIN_AMERICA_CARIBBEAN = "GRULAC"
    WEOG = "WEOG"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    RegionalGroup.AFRICA: "Africa",
    RegionalGroup.ASIA_PACIFIC: "Asia and the Pacific",
    RegionalGroup.EASTERN_EUROPE: "Eastern Europe",
    RegionalGroup.LATIN_AMERICA_CARIBBEAN: "Latin America and the Caribbean",
    RegionalGroup.WEOG: "Western Europe and Others",
}

NO_GROUP_LABEL = "No group"


def group_label(code: str | None) -> str:
    """Label for a stored group code; a country outside every group is 'No group', never dropped."""
    if not code:
        return NO_GROUP_LABEL
    return RegionalGroup(code).label


class StakeholderCluster(StrEnum):
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"
    CIVIL_SOCIETY = "civil_society"
    SCIENTIFIC = "scientific_technical"
    PRIVATE_SECTOR = "private_sector"

    @property
    def label(self) -> str:
        return _CLUSTER_LABELS[self]


_CLUSTER_LABELS = {
    StakeholderCluster.GOVERNMENT: "Government",
    StakeholderCluster.INTERGOVERNMENTAL: "UN and other inter-governmental",
    StakeholderCluster.CIVIL_SOCIETY: "Civil society",
    StakeholderCluster.SCIENTIFIC: "Scientific and technical",
    StakeholderCluster.PRIVATE_SECTOR: "Private sector",
}


class Role(StrEnum):
    CO_LEAD = "co_lead"
    CORE_PARTNER = "core_partner"
    NETWORK_MEMBER = "network_member"

    @property
    def label(self) -> str:
        return {"co_lead": "Co-lead", "core_partner": "Core partner", "network_member": "Network member"}[self]


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    SUSPENDED = "suspended"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Gender(StrEnum):
    """Gender as the person states it."""

    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    PREFERS_NOT_TO_SAY = "prefers_not_to_say"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {
            "female": "Female",
            "male": "Male",
            "non_binary": "Non-binary",
            "prefers_not_to_say": "Prefers not to say",
            "unknown": "Unknown",
        }[self]


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    SCREENING = "screening"
    UNDER_REVIEW = "under_review"
    MAC_OPINION = "mac_opinion"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not_accepted"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            "received": "Received",
            "screening": "Screening",
            "under_review": "Under review",
            "mac_opinion": "MAC opinion",
            "accepted": "Accepted",
            "not_accepted": "Not accepted",
            "withdrawn": "Withdrawn",
        }[self]


class OrganisationType(StrEnum):
    NATIONAL_GOVERNMENT = "national_government"
    LOCAL_GOVERNMENT = "local_government"
    UN_AGENCY = "un_agency"
    INTERGOVERNMENTAL = "intergovernmental"
    NGO = "ngo"
    NETWORK = "network"
    UNIVERSITY = "university"
    RESEARCH = "research_institute"
    COMPANY = "company"
    BUSINESS_ASSOCIATION = "business_association"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()
