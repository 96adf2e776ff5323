"""The desk's tables (SQLAlchemy 2 typed ORM).

Every table has a UUID key, UTC created/updated stamps and a row version that SQLAlchemy checks on
update, so a stale edit fails loudly instead of overwriting someone else's change.
Columns holding personal data carry ``info={"sensitive": True}``: the audit trail masks them and
exports leave them out unless asked.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SENSITIVE = {"sensitive": True}
# Computed on each laptop from other columns: never sent to other laptops (docs/SYNC.md).
DERIVED = {"derived": True}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


class Programme(Base):
    __tablename__ = "programme"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Country(Base):
    __tablename__ = "country"

    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    iso2: Mapped[str] = mapped_column(String(2), index=True)
    m49: Mapped[str] = mapped_column(String(3))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200), default="")
    name_es: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_ar: Mapped[str] = mapped_column(String(200), default="")
    formal_name_en: Mapped[str] = mapped_column(String(300), default="")
    # Group as counted for elections; NULL = no group. Editable by the user.
    regional_group: Mapped[str | None] = mapped_column(String(8), index=True)
    ldc_from: Mapped[date | None] = mapped_column(Date)
    ldc_until: Mapped[date | None] = mapped_column(Date)
    lldc: Mapped[bool] = mapped_column(Boolean, default=False)
    sids: Mapped[bool] = mapped_column(Boolean, default=False)


class Organisation(Base):
    __tablename__ = "organisation"
    # The registry's name-sorted pages and short-word searches read this narrow index, not the rows
    # (migration 0005, which also makes the trigram search index over search_text).
    __table_args__ = (Index("ix_organisation_browse", "sort_name", "search_text", "merged_into_id", "country_id"),)

    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(50), default="")
    country_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("country.id"), index=True)
    stakeholder_cluster: Mapped[str | None] = mapped_column(String(32), index=True)
    organisation_type: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str] = mapped_column(String(300), default="")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Maintained by the service layer: folded name for sorting and folded text for search.
    sort_name: Mapped[str] = mapped_column(String(300), default="", index=True, info=DERIVED)
    search_text: Mapped[str] = mapped_column(Text, default="", info=DERIVED)
    # Set when this record was merged into another (duplicates): kept for history, hidden from lists.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True,
                                                             info={"redirect": True})

    country: Mapped[Country | None] = relationship(lazy="joined")
    other_names: Mapped[list[OrganisationName]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="OrganisationName.name"
    )


class OrganisationName(Base):
    """A name the organisation is also known by, in any language."""

    __tablename__ = "organisation_name"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(8), default="")

    organisation: Mapped[Organisation] = relationship(back_populates="other_names")


class Person(Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    gender: Mapped[str] = mapped_column(String(24), default="unknown", info=SENSITIVE)
    # Opt-in only, with the date the person consented; never exported unless asked.
    sogiesc_diverse: Mapped[bool | None] = mapped_column(Boolean, info=SENSITIVE)
    disability_accommodation: Mapped[str | None] = mapped_column(Text, info=SENSITIVE)
    sensitive_consent_on: Mapped[date | None] = mapped_column(Date, info=SENSITIVE)


class Membership(Base):
    """An organisation's role in a programme for one term; renewals add rows, history stays."""

    __tablename__ = "membership"
    __table_args__ = (Index("ix_membership_programme_role", "programme_id", "role"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"))
    role: Mapped[str] = mapped_column(String(24))
    representative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    alternate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    renews_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("membership.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Call(Base):
    """An open call for expressions of interest."""

    __tablename__ = "call"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(300))
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)


class Application(Base):
    __tablename__ = "application"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("call.id"), index=True)
    representative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    alternate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24), default="received", index=True)
    statement: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(24))
    decision_rationale: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    # Comma-separated codes: financial / in_kind / staff_time.
    contribution_kinds: Mapped[str] = mapped_column(String(100), default="", info={"merge": "set", "separator": ","})
    contribution_details: Mapped[str] = mapped_column(Text, default="")
    # "; "-separated; several laptops merge them item by item (docs/SYNC.md).
    work_streams: Mapped[str] = mapped_column(Text, default="", info={"merge": "set", "separator": "; "})
    priority_sectors: Mapped[str] = mapped_column(Text, default="", info={"merge": "set", "separator": "; "})
    # Screening: checklist item -> done (items configurable per role).
    screening: Mapped[dict] = mapped_column(JSON, default=dict, info={"merge": "map"})
    mac_opinion: Mapped[str] = mapped_column(Text, default="")


class ApplicationTransition(Base):
    """One move of an application through its lifecycle: who, when, why."""

    __tablename__ = "application_transition"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A file copied into the database (size-limited), so the desk's evidence travels with it."""

    __tablename__ = "attachment"

    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    # Evidence of a step of a leadership renewal process (schema 0003); NULL for application files.
    renewal_step_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("renewal_step.id"), index=True)


class ConflictOfInterest(Base):
    """A reviewer's declared conflict with an application: that reviewer does not score it."""

    __tablename__ = "conflict_of_interest"
    __table_args__ = (UniqueConstraint("application_id", "reviewer_id"),)

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    declared_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class ImportMapping(Base):
    """How a file's columns map to fields, remembered per call (or per kind when no call)."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "call_id"),)

    kind: Mapped[str] = mapped_column(String(24))  # applications / organisations
    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("call.id"), index=True)
    columns: Mapped[dict] = mapped_column(JSON, default=dict)  # file column -> field name


class EvaluationCriterion(Base):
    __tablename__ = "evaluation_criterion"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("call.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Review(Base):
    __tablename__ = "review"
    __table_args__ = (UniqueConstraint("application_id", "criterion_id", "reviewer_id"),)

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation_criterion.id"), index=True)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """One change to one record: who, when, which record, and field values before/after.

    ``operation`` groups the entries of one user action. Sensitive values are masked here; the
    in-memory undo history keeps them for the session only.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_id", "at"),)

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    operation: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(8))  # create / update / delete
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    # The laptop whose operation wrote it (schema 0006; None before laptops exchanged edits).
    origin: Mapped[uuid.UUID | None] = mapped_column(Uuid)


# --- leadership renewal (schema 0003) ---------------------------------------------------------------

class RenewalProcess(Base):
    """A programme's leadership renewal process: four steps, a checklist, candidates, a succession plan."""

    __tablename__ = "renewal_process"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    # The open call for expressions of interest of step 2 (a co-lead call of the same programme).
    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("call.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class RenewalStep(Base):
    """One of the four steps of a renewal process, with its plan, what happened and its evidence."""

    __tablename__ = "renewal_step"
    __table_args__ = (UniqueConstraint("process_id", "number"),)

    process_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("renewal_process.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1..4
    state: Mapped[str] = mapped_column(String(16), default="not_started")
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(300), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    # Closing before the previous step was done: the reason given, who and when.
    override_reason: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str] = mapped_column(String(200), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class RenewalChecklistItem(Base):
    """One item of the check that the external review's recommendations were taken on board."""

    __tablename__ = "renewal_checklist_item"

    process_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("renewal_process.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class SuccessionEntry(Base):
    """Succession planning: who is proposed to lead in a year (up to 2030)."""

    __tablename__ = "succession_entry"

    process_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("renewal_process.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")  # when no organisation is chosen yet
    role: Mapped[str] = mapped_column(String(24), default="co_lead")
    note: Mapped[str] = mapped_column(Text, default="")


class RenewalCandidate(Base):
    """What the process records about one candidate: an applicant (application) or an incumbent co-lead
    (membership). Applicants are listed from the call whether or not they have a row here."""

    __tablename__ = "renewal_candidate"

    process_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("renewal_process.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"), index=True)
    membership_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("membership.id"), index=True)
    seeking_renewal: Mapped[bool | None] = mapped_column(Boolean)  # incumbents only
    mac_opinion: Mapped[str] = mapped_column(Text, default="")  # incumbents (applicants: the application's)
    commitment: Mapped[str] = mapped_column(Text, default="")  # incumbents: the commitment offered
    proposed: Mapped[bool] = mapped_column(Boolean, default=False)
    proposed_note: Mapped[str] = mapped_column(Text, default="")


class RenewalScore(Base):
    """A reviewer's score of an incumbent seeking renewal on a criterion of the process's call."""

    __tablename__ = "renewal_score"
    __table_args__ = (UniqueConstraint("candidate_id", "criterion_id", "reviewer_id"),)

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("renewal_candidate.id"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation_criterion.id"), index=True)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


# --- core-partner selection (schema 0004) -----------------------------------------------------------

class SelectionRound(Base):
    """A core-partner selection round for one call: the seats, the balance rules and the pins in force.

    Rules and pins are data (the same shape as the ``select`` command's RULES.toml), so a desk can add a
    rule on any candidate attribute without a schema change."""

    __tablename__ = "selection_round"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("call.id"), unique=True)
    seats: Mapped[int] = mapped_column(Integer)
    # [{"name", "attribute", "value", "min", "max", "min_share", "max_share", "priority", ...}, ...]
    rules: Mapped[list] = mapped_column(JSON, default=list)
    # {organisation id (text): true = pinned in, false = pinned out}
    pins: Mapped[dict] = mapped_column(JSON, default=dict, info={"merge": "map", "refers": "organisation"})
    # The hand-picked slate being worked on: organisation ids (text).
    picked: Mapped[list] = mapped_column(JSON, default=list, info={"merge": "set", "refers": "organisation"})
    notes: Mapped[str] = mapped_column(Text, default="")


class SelectionCandidate(Base):
    """An incumbent core partner in a round: whether it seeks renewal and the score it is weighed with.
    Applicants come from the call's screened applications whether or not they have a row here."""

    __tablename__ = "selection_candidate"
    __table_args__ = (UniqueConstraint("round_id", "organisation_id"),)

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("selection_round.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    membership_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("membership.id"), index=True)
    seeking_renewal: Mapped[bool] = mapped_column(Boolean, default=True)
    score: Mapped[float | None] = mapped_column(Float)  # None: the review total, or 0 without reviews
    note: Mapped[str] = mapped_column(Text, default="")


class SelectionScenario(Base):
    """A named slate saved in a round, with the rules it was made under, for side-by-side comparison."""

    __tablename__ = "selection_scenario"
    __table_args__ = (UniqueConstraint("round_id", "name"),)

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("selection_round.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    seats: Mapped[int] = mapped_column(Integer)
    rules: Mapped[list] = mapped_column(JSON, default=list)
    pins: Mapped[dict] = mapped_column(JSON, default=dict, info={"refers": "organisation"})
    selected: Mapped[list] = mapped_column(JSON, default=list, info={"refers": "organisation"})  # organisation ids
    score: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")


class DeskSetting(Base):
    """A desk-wide setting kept with the data (not per laptop): e.g. the screening checklist per role.
    Per-machine preferences (officer name, recent files) live in preferences.py instead."""

    __tablename__ = "desk_setting"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[dict | list | str | None] = mapped_column(JSON)


# --- several laptops, one desk (schema 0006; docs/SYNC.md) ------------------------------------------
# Plain tables, not mapped classes: the sync machinery writes them with Core statements, and changes to
# them are bookkeeping of the exchange, never operations that travel themselves.

# Operation ids (no << 40 | seq) and hybrid clocks (ms << 16) need 64 bits: SQLite's INTEGER has them,
# PostgreSQL's integer does not (the team server, docs/SERVER.md).
_WIDE = Integer().with_variant(BigInteger(), "postgresql")

sync_self = Table(
    "sync_self", Base.metadata,
    Column("id", Integer, primary_key=True),  # always 1
    Column("desk_id", Uuid, nullable=False),
    Column("desk_key", LargeBinary, nullable=False),  # AES-256 key of the desk's bundles; never in a bundle
    Column("replica_id", Uuid, nullable=False),  # this laptop
    # Where this identity was last used (host + file); another machine or a copied file forks a new one.
    # NULL: a fresh clone, claimed by the first laptop that opens it.
    Column("fingerprint", String(128)),
    Column("last_seq", _WIDE, nullable=False, default=0),
    Column("last_hlc", _WIDE, nullable=False, default=0),
)

sync_replica = Table(
    "sync_replica", Base.metadata,
    Column("no", Integer, primary_key=True),  # local number: operation ids are no << 40 | seq
    Column("id", Uuid, nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_key", String(200), nullable=False, unique=True),  # the name folded: unique, case ignored
    Column("seen", JSON, nullable=False, default=dict),  # {laptop id: highest sequence number seen}
    Column("last_exchange", DateTime),
    Column("forgotten", Boolean, nullable=False, default=False),
)

sync_op = Table(
    "sync_op", Base.metadata,
    Column("opid", _WIDE, primary_key=True, autoincrement=False),  # replica no << 40 | seq
    Column("hlc", _WIDE, nullable=False),
    Column("author", String(200), nullable=False, default=""),
    Column("operation", Uuid, nullable=False),  # the user action (audit entries share it)
    Column("tbl", String(64), nullable=False),
    Column("rec", Uuid, nullable=False),
    Column("field", String(200), nullable=False),
    Column("kind", String(8), nullable=False),  # set / create / delete / audit
    Column("value", Text),  # JSON
    Column("supersedes", Text, nullable=False, default="[]"),  # JSON list of local operation ids
)

sync_head = Table(
    "sync_head", Base.metadata,
    Column("tbl", String(64), primary_key=True),
    Column("rec", Uuid, primary_key=True),
    Column("field", String(200), primary_key=True),
    Column("opid", _WIDE, primary_key=True, autoincrement=False),
    Column("deleting", Boolean, nullable=False, default=False),
    Index("ix_sync_head_opid", "opid"),
)

# Operations some known operation supersedes but that have not arrived yet (delivered out of order).
sync_dead = Table("sync_dead", Base.metadata, Column("opid", _WIDE, primary_key=True, autoincrement=False))

sync_finding = Table(
    "sync_finding", Base.metadata,
    Column("id", Uuid, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("records", JSON, nullable=False, default=list),
    Column("found_at", DateTime, nullable=False),
)


# --- ids that agree on every laptop -----------------------------------------------------------------

_NATURAL: dict[str, tuple[str, ...] | None] = {}


def natural_key(table) -> tuple[str, ...] | None:
    """The columns of a table's natural key (its first unique constraint or unique column), if any."""
    name = table.name
    if name not in _NATURAL:
        found: tuple[str, ...] | None = None
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                found = tuple(c.name for c in constraint.columns)
                break
        if found is None:
            unique = [c.name for c in table.columns if c.unique and not c.primary_key]
            found = (unique[0],) if unique else None
        _NATURAL[name] = found
    return _NATURAL[name]


def natural_id(table_name: str, *key) -> uuid.UUID:
    from opn_desk.domain.sync_merge import derived_id

    return derived_id(table_name, *key)


@event.listens_for(Base, "before_insert", propagate=True)
def _natural_id(_mapper, _connection, obj) -> None:
    # A record with a natural key gets its id from it, so the same record added on two laptops is one
    # record, merged field by field (docs/SYNC.md).
    if getattr(obj, "id", None) is None:
        key = natural_key(obj.__table__)
        if key:
            obj.id = natural_id(obj.__tablename__, *(getattr(obj, c) for c in key))


# --- the programme's year: partner reporting, the initiatives portfolio, partnership health (schema 0007;
# docs/REPORTING.md) ---------------------------------------------------------------------------------

class ReportingCycle(Base):
    """A programme's reporting exercise of one year: its deadline and reminder schedule."""

    __tablename__ = "reporting_cycle"
    __table_args__ = (UniqueConstraint("programme_id", "year"),)

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[date] = mapped_column(Date)
    # Reminders, in days from the deadline: negative before it, positive after it (e.g. [-14, -3, 7, 21]).
    reminder_days: Mapped[list] = mapped_column(JSON, default=list, info={"merge": "set", "items": "int", "order": "sorted"})
    notes: Mapped[str] = mapped_column(Text, default="")


class ReportingStatus(Base):
    """A partner's answer to a cycle: ``to_do``, ``submitted`` (with the date) or ``excused`` (with the
    reason). Late and very late are never stored: they follow from the dates and the deadline."""

    __tablename__ = "reporting_status"
    __table_args__ = (UniqueConstraint("cycle_id", "organisation_id"),)

    cycle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reporting_cycle.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="to_do")
    submitted_on: Mapped[date | None] = mapped_column(Date)
    excuse_reason: Mapped[str] = mapped_column(Text, default="")


class ReportingFocalPoint(Base):
    """Who receives an organisation's reporting reminders, and in which language (en / fr / es)."""

    __tablename__ = "reporting_focal_point"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), unique=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")


class ReportingAlternate(Base):
    """A person copied on an organisation's reporting reminders (a set: added or removed, never edited)."""

    __tablename__ = "reporting_alternate"
    __table_args__ = (UniqueConstraint("organisation_id", "person_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)


class ReportedActivity(Base):
    """An activity a partner reported in a cycle, and what changed in practice because of it."""

    __tablename__ = "reported_activity"

    cycle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reporting_cycle.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiative.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(32))
    countries: Mapped[list] = mapped_column(JSON, default=list, info={"merge": "set", "order": "sorted"})  # ISO3
    sdgs: Mapped[list] = mapped_column(JSON, default=list, info={"merge": "set", "items": "int", "order": "sorted"})  # 1..17
    change_in_practice: Mapped[str] = mapped_column(Text, default="")
    highlight: Mapped[bool] = mapped_column(Boolean, default=False)


class ReminderLog(Base):
    """A reporting reminder prepared for a partner (an .eml draft the officer sends): kept on its record."""

    __tablename__ = "reminder_log"

    cycle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reporting_cycle.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    prepared_on: Mapped[date] = mapped_column(Date)
    days_from_deadline: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8), default="en")
    recipients: Mapped[str] = mapped_column(Text, default="")  # To and Cc, as written
    file_name: Mapped[str] = mapped_column(String(255), default="")


class Initiative(Base):
    """An initiative of a programme's portfolio: core (run jointly by two or more partners) or affiliated
    (after the desk's due diligence)."""

    __tablename__ = "initiative"

    title: Mapped[str] = mapped_column(String(300))
    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="affiliated")
    status: Mapped[str] = mapped_column(String(16), default="proposed", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    work_stream: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    countries: Mapped[list] = mapped_column(JSON, default=list, info={"merge": "set", "order": "sorted"})  # ISO3
    # At most five, SDG 12 always implied.
    other_sdgs: Mapped[list] = mapped_column(JSON, default=list, info={"merge": "set", "items": "int", "order": "sorted"})
    targets: Mapped[str] = mapped_column(Text, default="")
    progress: Mapped[str] = mapped_column(Text, default="")
    agreement_type: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    # The last edit of the initiative's content (not of its status): two years without one, it is inactive.
    content_updated_on: Mapped[date] = mapped_column(Date)
    logo_granted: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")  # the desk's own: never in a public export


class InitiativePartner(Base):
    """An organisation taking part in an initiative besides its lead (a set)."""

    __tablename__ = "initiative_partner"
    __table_args__ = (UniqueConstraint("initiative_id", "organisation_id"),)

    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiative.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)


class DueDiligenceReview(Base):
    """The desk's due diligence of an affiliated initiative: the checklist, the reasons, the decision and
    its letter."""

    __tablename__ = "due_diligence_review"

    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiative.id"), unique=True)
    checklist: Mapped[dict] = mapped_column(JSON, default=dict, info={"merge": "map"})  # item -> done
    reasons: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(16))  # include / decline
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    letter: Mapped[str] = mapped_column(Text, default="")


class HealthAssessment(Base):
    """A partnership health self-assessment the desk records after a conversation: Red, Amber or Green."""

    __tablename__ = "health_assessment"
    __table_args__ = (UniqueConstraint("organisation_id", "assessed_on"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    rag: Mapped[str] = mapped_column(String(8))
    # For a co-lead: whether the commitments of its renewal (e.g. a full-time staff member) are met.
    commitments_met: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    assessed_by: Mapped[str] = mapped_column(String(200), default="")


# The meetings and the work plan's tables live in their own module (schema 0008), imported with the
# models so the metadata is complete wherever they are used (create, Alembic, the laptop merge). Not
# in the package's __init__: the lock and the file checks the window needs before the database opens
# must not import SQLAlchemy.
from opn_desk.db import models_meetings  # noqa: E402, F401
