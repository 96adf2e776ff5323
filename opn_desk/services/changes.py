"""What an operation changed, in the desk's words: kinds of records and their ids.

`Desk.write`, `undo` and `redo` return an `Outcome` whose `changes` is a `ChangeSet`. Views ask it
about the kinds of records they show (``outcome.changes.touches({"organisation", "membership"})``)
instead of naming tables, so a change of schema is answered here, in one place (`KIND_OF_TABLE`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

# Every table the desk writes, by the kind of record it belongs to. A table not named here is its
# own kind (its name), so a new table is never silently ignored.
KIND_OF_TABLE: dict[str, str] = {
    "organisation": "organisation",
    "organisation_name": "organisation",  # an organisation's other names are part of it
    "person": "person",
    "membership": "membership",
    "country": "country",
    "programme": "programme",
    "call": "call",
    "evaluation_criterion": "criterion",
    "application": "application",
    "application_transition": "application",  # a status change is a change of the application
    "attachment": "attachment",
    "conflict_of_interest": "conflict",
    "review": "review",
    "import_mapping": "import_mapping",
    "renewal_process": "renewal",
    "renewal_step": "renewal",
    "renewal_checklist_item": "renewal",
    "succession_entry": "renewal",
    "renewal_candidate": "renewal",
    "renewal_score": "renewal_score",
    "selection_round": "selection_round",
    "selection_candidate": "selection_round",
    "selection_scenario": "selection_round",
    "desk_setting": "setting",
    # the programme's year (schema 0007; docs/REPORTING.md)
    "reporting_cycle": "reporting",
    "reporting_status": "reporting",
    "reported_activity": "activity",
    "reminder_log": "reporting",
    "reporting_focal_point": "focal_point",
    "reporting_alternate": "focal_point",
    "initiative": "initiative",
    "initiative_partner": "initiative",  # an initiative's partners are part of it
    "due_diligence_review": "initiative",
    "health_assessment": "health",
    # the advisory committee's meetings and the work plan (schema 0008; docs/MEETINGS.md)
    "meeting": "meeting",
    "meeting_participant": "meeting",  # who was invited and how they took part is part of the meeting
    "meeting_guest": "meeting",
    "agenda_item": "meeting",
    "meeting_paper": "meeting",
    "written_comment": "meeting",
    "travel_request": "travel",
    "work_task": "task",
    "task_progress": "task",
}
NOT_RECORDS = frozenset({"audit_entry"})  # the trail itself: no view shows it as a record

# The kinds, for views and tests to name without typing a string wrong.
KINDS = frozenset(KIND_OF_TABLE.values())


def kind_of(table: str) -> str:
    return KIND_OF_TABLE.get(table, table)


@dataclass(frozen=True)
class ChangeSet:
    """Which kinds of records an operation changed, and which ids of each (ids may be empty for a kind
    changed in bulk without ids)."""

    ids: tuple[tuple[str, frozenset[uuid.UUID]], ...] = field(default=())

    @classmethod
    def of(cls, changes: Iterable) -> ChangeSet:
        """From the audit's `Change` and `BulkCreate` records (anything with ``table`` and ``record_id``
        or ``rows``)."""
        found: dict[str, set[uuid.UUID]] = {}
        for change in changes:
            if change.table in NOT_RECORDS:
                continue
            ids = found.setdefault(kind_of(change.table), set())
            record_id = getattr(change, "record_id", None)
            if record_id is not None:
                ids.add(record_id)
            for row in getattr(change, "rows", ()) or ():
                if row.get("id") is not None:
                    ids.add(row["id"])
        return cls(tuple(sorted((k, frozenset(v)) for k, v in found.items())))

    @classmethod
    def of_kinds(cls, *kinds: str) -> ChangeSet:
        """Kinds changed, ids unknown (tests, and work that does not go through the audit)."""
        return cls(tuple(sorted((k, frozenset()) for k in set(kinds))))

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.ids)

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether any record of these kinds changed."""
        wanted = {kinds} if isinstance(kinds, str) else set(kinds)
        return any(k in wanted for k, _ in self.ids)

    def ids_of(self, kind: str) -> frozenset[uuid.UUID]:
        for k, ids in self.ids:
            if k == kind:
                return ids
        return frozenset()

    def __bool__(self) -> bool:
        return bool(self.ids)
