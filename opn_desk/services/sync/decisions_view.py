"""The window's "Needs decision" list: each open conflict as a person reads it (the record's name, the
field's label, the values with who, which laptop and when), and the decisions it offers.

Built on `conflicts.open_conflicts` and `conflicts.resolve`: a decision taken here is the same
operation as `opn-desk sync resolve`, so it travels to the other laptops like any edit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Text, select

from opn_desk.db.models import Base, Organisation
from opn_desk.i18n import translate
from opn_desk.services.sync import conflicts
from opn_desk.services.sync.conflicts import DELETED, KEPT
from opn_desk.services.sync.oplog import synced_columns

# Text fields holding "; "-separated items: kept both as the union of their items.
ITEMS = frozenset({"work_streams", "priority_sectors"})
_NAMED_BY = ("name", "title", "text", "key", "iso3", "code")


def _tr(text: str) -> str:
    return translate("Decisions", text)


def _field_words() -> dict[str, str]:
    """Reference fields by what they point to, in the officer's language (literals: the update script
    collects them)."""
    return {"country_id": _tr("Country"), "parent_id": _tr("Parent organisation"), "merged_into_id": _tr("Merged into"),
            "programme_id": _tr("Programme"), "organisation_id": _tr("Organisation"), "person_id": _tr("Person"),
            "call_id": _tr("Call"), "application_id": _tr("Application"), "iso3": _tr("Country code")}


def _kinds() -> dict[str, str]:
    """Each kind of record that travels between laptops (services/changes.KIND_OF_TABLE), as the list of
    decisions names it, in the officer's language."""
    return {
        "agenda_item": _tr("Agenda item"), "application": _tr("Application"),
        "application_transition": _tr("Application status change"), "attachment": _tr("Attachment"),
        "call": _tr("Call"), "conflict_of_interest": _tr("Conflict of interest"), "country": _tr("Country"),
        "desk_setting": _tr("Desk setting"), "due_diligence_review": _tr("Due diligence review"),
        "evaluation_criterion": _tr("Evaluation criterion"), "health_assessment": _tr("Health assessment"),
        "import_mapping": _tr("Import mapping"), "initiative": _tr("Initiative"),
        "initiative_partner": _tr("Initiative partner"), "meeting": _tr("Meeting"), "meeting_guest": _tr("Meeting guest"),
        "meeting_paper": _tr("Meeting paper"), "meeting_participant": _tr("Meeting participant"),
        "membership": _tr("Membership"), "organisation": _tr("Organisation"),
        "organisation_name": _tr("Organisation name"), "person": _tr("Person"), "programme": _tr("Programme"),
        "reminder_log": _tr("Reminder sent"), "renewal_candidate": _tr("Renewal candidate"),
        "renewal_checklist_item": _tr("Renewal checklist item"), "renewal_process": _tr("Renewal process"),
        "renewal_score": _tr("Renewal score"), "renewal_step": _tr("Renewal step"),
        "reported_activity": _tr("Reported activity"), "reporting_alternate": _tr("Reporting alternate"),
        "reporting_cycle": _tr("Reporting cycle"), "reporting_focal_point": _tr("Reporting focal point"),
        "reporting_status": _tr("Reporting status"), "review": _tr("Review"),
        "selection_candidate": _tr("Selection candidate"), "selection_round": _tr("Selection round"),
        "selection_scenario": _tr("Selection scenario"), "succession_entry": _tr("Succession entry"),
        "task_progress": _tr("Task progress"), "travel_request": _tr("Travel request"), "work_task": _tr("Work task"),
        "written_comment": _tr("Written comment"),
    }


@dataclass(frozen=True)
class DecisionValue:
    value: str  # as the export shows it ("kept"/"deleted" for a kept-or-deleted decision)
    laptop: str
    author: str
    time: str  # ISO 8601, UTC


@dataclass(frozen=True)
class Decision:
    id: str  # the conflict's id, the same on every laptop
    kind: str  # the record's table
    record: uuid.UUID
    record_label: str  # "Green Buyers Kenya", "Person: Anna Becker (German Environment Agency)"
    field: str  # as `sync conflicts` names it
    field_label: str  # "Acronym", "Country"
    values: tuple[DecisionValue, ...]  # the provisional value first
    deleted: bool = False  # kept-or-deleted: values are (kept, deleted)
    free_text: bool = False  # both values may be kept, joined
    organisation: uuid.UUID | None = None  # the organisation the record belongs to, to open it

    @property
    def joined(self) -> str:
        """Both (every) values kept: for free text, one after the other; for lists, every item once."""
        if self.field in ITEMS:
            items: list[str] = []
            for v in self.values:
                for item in (part.strip() for part in v.value.split(";")):
                    if item and item not in items:
                        items.append(item)
            return "; ".join(items)
        texts: list[str] = []
        for v in self.values:
            if v.value.strip() and v.value.strip() not in texts:
                texts.append(v.value.strip())
        return "\n\n".join(texts)


def field_label(table: str, column: str) -> str:
    if column == conflicts.DELETED_FIELD:
        return _tr("Deleted on one laptop, changed on another")
    words = _field_words().get(column)
    if words is not None:
        return words
    return _tr(column.removesuffix("_id").replace("_", " ").strip().capitalize())


def _kind_label(table: str) -> str:
    return _kinds().get(table) or _tr(table.replace("_", " ").capitalize())


def _org_name(session, org_id) -> str | None:
    if org_id is None:
        return None
    return session.scalar(select(Organisation.name).where(Organisation.id == org_id))


def _describe(session, table: str, record: uuid.UUID) -> tuple[str, uuid.UUID | None]:
    """The record as a person reads it, and the organisation it belongs to (if any)."""
    t = Base.metadata.tables.get(table)
    row = session.execute(select(t).where(t.c.id == record)).first() if t is not None else None
    if row is None:
        return f"{_kind_label(table)} {str(record)[:8]}", None
    values = row._mapping
    if table == "organisation":
        return str(values["name"]), record
    org_id = values.get("organisation_id")
    if org_id is None and values.get("application_id") is not None:
        app = Base.metadata.tables["application"]
        org_id = session.scalar(select(app.c.organisation_id).where(app.c.id == values["application_id"]))
    own = next((str(values[c]) for c in _NAMED_BY if c in values and values[c]), "")
    extra = []
    if values.get("programme_id") is not None:
        programme = Base.metadata.tables["programme"]
        code = session.scalar(select(programme.c.code).where(programme.c.id == values["programme_id"]))
        if code:
            extra.append(str(code))
    if values.get("role"):
        extra.append(str(values["role"]).replace("_", " "))
    org = _org_name(session, org_id)
    around = ", ".join(x for x in (org if org != own else None, *extra) if x)
    text = _kind_label(table)
    if own:
        text += f": {own}"
    if around:
        text += f" ({around})"
    return text, org_id


def _free_text(table: str, column: str) -> bool:
    col = synced_columns(table).get(column)
    return col is not None and isinstance(col.type, Text) and not col.info.get("sensitive")


def waiting(session) -> list[Decision]:
    """Every open conflict, as the "Needs decision" list shows it (the order of `sync conflicts`)."""
    out = []
    for c in conflicts.open_conflicts(session):
        label, org = _describe(session, c.table, c.record)
        deleted = c.column == conflicts.DELETED_FIELD
        out.append(Decision(str(c.id), c.table, c.record, label, c.field, field_label(c.table, c.column),
                            tuple(DecisionValue(conflicts.word_text(v.value, v.raw), v.laptop, v.author, v.time)
                                  for v in c.values),
                            deleted, not deleted and _free_text(c.table, c.column), org))
    return out


def count_waiting(session) -> int:
    return conflicts.count_open(session)


def decide(session, conflict_id: str, *, keep: int | None = None, value: str | None = None) -> str:
    """Take one decision (inside `Desk.write`): keep the Nth value (from 1, as listed) or set ``value``."""
    return conflicts.resolve(session, conflict_id, keep=keep, value=value)


def keep_both(session, conflict_id: str) -> str:
    """Keep every value of a free-text field, joined (inside `Desk.write`)."""
    found = next((d for d in waiting(session) if d.id == conflict_id), None)
    if found is None:
        conflicts.find(session, conflict_id)  # says the conflict is no longer open
        raise AssertionError("unreachable")
    if not found.free_text:
        from opn_desk.services.errors import NotAllowed

        raise NotAllowed(_tr("Only free text can keep both values; choose one, or type the value to keep."))
    return conflicts.resolve(session, conflict_id, value=found.joined)


__all__ = ["DELETED", "KEPT", "Decision", "DecisionValue", "count_waiting", "decide", "keep_both", "waiting"]
