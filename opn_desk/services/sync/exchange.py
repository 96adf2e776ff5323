"""Clone, export, import, status, forget: what the command line and the window call.

Every function takes the store or the desk and returns plain values; errors a user may see are
`SyncError` (one sentence). Imports: every bundle is checked whole before the verified backup, then
all of them are merged in ONE operation (all or nothing), recorded in the audit trail as
"312 changes from Nairobi laptop, 2 need a decision".
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, delete, insert, or_, select, update

from opn_desk import __version__
from opn_desk.db import backup
from opn_desk.db.models import (
    AuditEntry,
    Membership,
    Organisation,
    sync_finding,
    sync_head,
    sync_op,
    sync_replica,
    utcnow,
)
from opn_desk.db.store import HEAD, KNOWN_REVISIONS
from opn_desk.domain.sync_merge import derived_id
from opn_desk.i18n import current_language, report_language, singular, translate
from opn_desk.services.sync import SyncError, bundle, conflicts, identity
from opn_desk.services.sync.apply import WireOp, receive
from opn_desk.services.sync.oplog import REOPEN, insert_ignoring

BACKUP_KIND = "before-exchange"


def _t(text: str) -> str:
    """An exchange's sentence in the officer's language (the window's and the command line's)."""
    return translate("Exchange", text)


@dataclass(frozen=True)
class Exported:
    path: Path
    operations: int
    size: int
    laptop: str
    for_laptop: str | None


@dataclass(frozen=True)
class Imported:
    changes: int
    senders: tuple[str, ...]
    open_conflicts: int
    findings: tuple[str, ...]
    waiting: int = 0
    tables: frozenset[str] = frozenset()
    backup: Path | None = None

    def summary(self) -> str:
        """"312 changes from Nairobi laptop, 2 need a decision; …", in the officer's language."""
        if self.senders:
            changes = (_t("{count} change from {laptops}") if singular(self.changes) else
                       _t("{count} changes from {laptops}")).format(count=self.changes, laptops=", ".join(self.senders))
        else:
            changes = (_t("{count} change from another laptop") if singular(self.changes) else
                       _t("{count} changes from another laptop")).format(count=self.changes)
        decisions = (_t("{count} needs a decision") if singular(self.open_conflicts) else
                     _t("{count} need a decision")).format(count=self.open_conflicts)
        text = _t("{changes}, {decisions}").format(changes=changes, decisions=decisions)
        if self.waiting:
            more = (_t("{count} waits for earlier changes not received yet") if singular(self.waiting) else
                    _t("{count} wait for earlier changes not received yet")).format(count=self.waiting)
            text = _t("{summary}; {more}").format(summary=text, more=more)
        if self.findings:
            more = (_t("{count} rule to check: {findings}") if singular(len(self.findings)) else
                    _t("{count} rules to check: {findings}")).format(count=len(self.findings),
                                                                     findings="; ".join(self.findings))
            text = _t("{summary}; {more}").format(summary=text, more=more)
        return text + "."


@dataclass
class Status:
    laptop: dict | None
    laptops: list[dict] = field(default_factory=list)
    open_conflicts: int = 0
    findings: list[str] = field(default_factory=list)  # in the officer's language
    findings_json: list[str] | None = None  # the same in English: what `sync status --json` gives scripts

    def as_json(self) -> dict:
        return {"laptop": self.laptop, "laptops": self.laptops, "open_conflicts": self.open_conflicts,
                "findings": self.findings if self.findings_json is None else self.findings_json}


# --- export -----------------------------------------------------------------------------------------

def _build(session, for_laptop: str | None) -> tuple[bundle.Bundle, bytes, str | None]:
    ident = identity.current(session)
    replicas = session.execute(select(sync_replica)).all()
    by_no = {r.no: r for r in replicas}
    base: dict[str, int] = {}
    target_name = None
    if for_laptop is not None:
        target = identity.find_laptop(session, for_laptop)
        if target is None:
            names = ", ".join(sorted(r.name for r in replicas if not r.forgotten)) or _t("none yet")
            raise SyncError(_t("There is no laptop {laptop} in this desk; the laptops are: {names}.").format(
                laptop=repr(for_laptop.strip()), names=names))
        if target.id == ident.replica_id:
            raise SyncError(_t("That is this laptop itself; name another laptop with --for."))
        base, target_name = {k: int(v) for k, v in (target.seen or {}).items()}, target.name
    rows = []
    for r in replicas:
        low = identity.opid(r.no, base.get(str(r.id), 0))
        high = identity.opid(r.no, (1 << identity.SEQ_BITS) - 1)
        rows += session.execute(select(sync_op).where(sync_op.c.opid > low, sync_op.c.opid <= high)
                                .order_by(sync_op.c.opid)).all()
    ops = []
    for r in rows:
        no, seq = identity.split(r.opid)
        sup = tuple((by_no[a].id, b) for a, b in (identity.split(x) for x in json.loads(r.supersedes)))
        ops.append(WireOp(by_no[no].id, seq, r.hlc, r.author, r.operation, r.tbl, r.rec, r.field, r.kind,
                          json.loads(r.value) if r.value is not None else None, sup))
    seen = identity.seen_of(session, ident.replica_id)
    known = _blobs_seen(session, ops, base, by_no) if for_laptop is not None else frozenset()
    out = bundle.Bundle(None, ident.desk_id, ident.replica_id, ident.name, HEAD, __version__, seen,
                        {r.id: r.name for r in replicas},
                        {str(r.id): {k: int(v) for k, v in (r.seen or {}).items()} for r in replicas if not r.forgotten},
                        ops, known_blobs=known)
    return out, bundle.encode(out, ident.key), target_name


def _with_blob(session, digest: str):
    """Operations of the log that carry the file whose SHA-256 is ``digest``: (opid, value text)."""
    return session.execute(select(sync_op.c.opid, sync_op.c.value).where(
        sync_op.c.value.like(f'%"{bundle.SHA}":"{digest}"%'))).all()


def _blobs_seen(session, ops: list[WireOp], base: dict[str, int], by_no) -> frozenset[str]:
    """The files' contents in ``ops`` that the receiver has already seen in an operation (sent once)."""
    wanted: set[str] = set()
    for op in ops:
        if isinstance(op.value, (dict, list)):
            bundle.blob_hashes(op.value, wanted)
    known = set()
    for digest in wanted:
        for opid, _value in _with_blob(session, digest):
            no, seq = identity.split(opid)
            if no in by_no and seq <= base.get(str(by_no[no].id), 0):
                known.add(digest)
                break
    return frozenset(known)


def _find_blob(session, digest: str) -> str | None:
    """A file's contents (base64) this laptop holds, by its SHA-256: in its log, or in a row with a
    ``sha256`` column beside the contents (an attachment)."""
    import base64

    from opn_desk.db.models import Base

    for _opid, value in _with_blob(session, digest):
        found: dict[str, str] = {}
        _collect(json.loads(value), {digest}, found)
        if digest in found:
            return found[digest]
    from sqlalchemy import LargeBinary

    for t in Base.metadata.sorted_tables:
        if "sha256" in t.c:
            for c in t.columns:
                if isinstance(c.type, LargeBinary):
                    data = session.scalar(select(c).where(t.c.sha256 == digest).limit(1))
                    if data is not None:
                        return base64.b64encode(bytes(data)).decode("ascii")
    return None


def export_bundle(desk, out: Path, *, for_laptop: str | None = None) -> Exported:
    """Write everything this desk knows (or what ``for_laptop`` has not seen) to ``out``."""
    out = Path(out)
    if out.suffix.lower() != bundle.SUFFIX:
        raise SyncError(_t("{file}: the exchange file must end in {suffix}.").format(file=out.name,
                                                                                    suffix=bundle.SUFFIX))
    if not out.parent.is_dir():
        raise SyncError(_t("The folder {folder} does not exist.").format(folder=out.parent))
    if out.is_dir():
        raise SyncError(_t("{path} is a folder, not a file.").format(path=out))

    def run(session):
        session.info["operation"].exchange = True
        made, data, target = _build(session, for_laptop)
        return made, data, target

    made, data, target = desk.write(_t("Write an exchange file"), run).value
    bundle.write(out, data)
    return Exported(out, len(made.ops), len(data), made.sender_name, target)


# --- import -----------------------------------------------------------------------------------------

def read_bundles(desk, files: list[Path]) -> list[bundle.Bundle]:
    """Every file checked whole (nothing is written); SyncError naming the first that cannot be used."""
    ident = desk.read(lambda s: identity.current(s, claim=False))
    found = []
    for path in files:
        path = Path(path)
        if not path.is_file():
            raise SyncError(_t("There is no exchange file at {path}.").format(path=path))
        data = path.read_bytes()
        if ident is None:
            bundle.read_header(path, data)  # names a file that is not a bundle as such
            raise SyncError(_t("{name} comes from another desk, not this one; it was not read.").format(name=path.name))
        found.append(bundle.decode(path, data, desk=ident.desk_id, key=ident.key, known_schemas=KNOWN_REVISIONS))
    return _fill_blobs(desk, found)


def _fill_blobs(desk, found: list[bundle.Bundle]) -> list[bundle.Bundle]:
    """Contents a bundle left out because this laptop had them (export --for): taken from another
    bundle of the same import or from this laptop; SyncError when they cannot be found."""
    missing = {d for b in found for d in b.missing}
    if not missing:
        return found
    blobs: dict[str, str] = {}
    for b in found:
        for op in b.ops:
            if isinstance(op.value, (dict, list)):
                _collect(op.value, missing, blobs)

    def local(session):
        for digest in missing - set(blobs):
            data = _find_blob(session, digest)
            if data is not None:
                blobs[digest] = data

    desk.read(local)
    for b in found:
        if set(b.missing) - set(blobs):
            raise SyncError(_t("{name} refers to attached files this laptop does not have; ask for an exchange "
                               "file written without --for.").format(name=b.path.name))
    return [replace(b, ops=bundle.fill_blobs(b.ops, blobs), missing=frozenset()) if b.missing else b for b in found]


def _collect(value, wanted: set[str], out: dict[str, str]) -> None:
    if isinstance(value, dict):
        if value.get(bundle.SHA) in wanted and bundle.BYTES in value:
            out[value[bundle.SHA]] = value[bundle.BYTES]
        for v in value.values():
            _collect(v, wanted, out)
    elif isinstance(value, list):
        for v in value:
            _collect(v, wanted, out)


def _check_rules(session, touched: dict[str, set[uuid.UUID]]) -> list[tuple[str, str, list[uuid.UUID]]]:
    """Rules spanning records, checked for these records: (kind, message, records involved)."""
    found: list[tuple[str, str, list[uuid.UUID]]] = []
    orgs = list(touched.get("organisation", ()))
    o, o2 = Organisation.__table__, Organisation.__table__.alias("twin")
    for i in range(0, len(orgs), 400):
        twins: dict[uuid.UUID, tuple[str, set]] = {}
        for org_id, name, twin in session.execute(
                select(o.c.id, o.c.name, o2.c.id).join(o2, and_(
                    o2.c.sort_name == o.c.sort_name, o2.c.id != o.c.id, o2.c.merged_into_id.is_(None),
                    or_(o2.c.country_id == o.c.country_id, and_(o2.c.country_id.is_(None), o.c.country_id.is_(None)))))
                .where(o.c.id.in_(orgs[i:i + 400]), o.c.merged_into_id.is_(None), o.c.sort_name != "")):
            twins.setdefault(org_id, (name, set()))[1].add(twin)
        for org_id, (name, others) in twins.items():
            records = sorted([org_id, *others], key=str)
            found.append(("duplicate", _t("{name} is in the registry {count} times (merge the duplicates)").format(
                name=repr(name), count=len(records)), records))
    ms = list(touched.get("membership", ()))
    m, m2 = Membership.__table__, Membership.__table__.alias("other")
    for i in range(0, len(ms), 400):
        rows = session.execute(
            select(m.c.id, m2.c.id, o.c.name, m.c.role).join(m2, and_(
                m2.c.organisation_id == m.c.organisation_id, m2.c.programme_id == m.c.programme_id,
                m2.c.role == m.c.role, m2.c.id != m.c.id, m2.c.status == "active"))
            .join(o, o.c.id == m.c.organisation_id)
            .where(m.c.id.in_(ms[i:i + 400]), m.c.status == "active",
                   or_(m2.c.term_end.is_(None), m2.c.term_end >= m.c.term_start),
                   or_(m.c.term_end.is_(None), m.c.term_end >= m2.c.term_start))).all()
        for a, b, name, role in rows:
            found.append(("overlapping_terms", _t("{name} has two overlapping active {role} terms").format(
                name=name, role=_role(role)), sorted([a, b], key=str)))
    found += _slates(session, touched.get("selection_round", ()))
    return found


def _role(code: str) -> str:
    """A membership role as a sentence names it: "network member", "membre du réseau"."""
    from opn_desk.domain.vocab import ROLES

    try:
        label = ROLES.label(code)
    except (KeyError, ValueError):
        return code.replace("_", " ")
    return translate("Vocabulary", label).lower()


def _slates(session, rounds) -> list[tuple[str, str, list[uuid.UUID]]]:
    """Hand-picked slates of these selection rounds that no longer meet their rules once merged (as
    many picks as seats or more: a slate still being picked is not checked)."""
    if not rounds:
        return []  # (the selection package, HiGHS included, is not imported for nothing)
    from opn_desk.db.models import SelectionRound
    from opn_desk.selection import recheck
    from opn_desk.services import selection_round as sr
    from opn_desk.services.errors import DeskError

    found = []
    for rid in sorted(rounds, key=str):
        call_id = session.scalar(select(SelectionRound.call_id).where(SelectionRound.id == rid))
        if call_id is None:
            continue
        try:
            stored = sr.get_round(session, call_id)
            if not stored.picked or len(stored.picked) < stored.seats:
                continue
            check = recheck(stored.problem(), stored.picked)
        except (DeskError, ValueError):
            continue  # rules the round cannot use: the round's own screen says so
        if check.ok:
            continue
        why = (_t("{picks} picks for {seats} seats").format(picks=len(stored.picked), seats=stored.seats)
               if len(stored.picked) > stored.seats else stored.readable(check.broken[0].message).rstrip("."))
        found.append(("slate", _t("the hand-picked slate of {call} no longer meets its rules ({why})").format(
            call=stored.call_title, why=why), [rid]))
    return found


def _findings(session, touched: dict[str, set[uuid.UUID]]) -> list[str]:
    """Rules spanning records, re-checked for what the import touched and recorded (`sync status`)."""
    found = _check_rules(session, touched)
    now = utcnow()
    messages = []
    for kind, message, records in found:
        fid = derived_id("finding", kind, *records)
        insert_ignoring(session, sync_finding, [dict(
            id=fid, kind=kind, message=message, records=[str(r) for r in records], found_at=now)])
        if message not in messages:
            messages.append(message)
    return messages


def _rings(session, rings) -> list[str]:
    """One sentence per ring of merges broken by this import (`capture.follow_merges`)."""
    from opn_desk.db.models import Base

    out = []
    for rt, ring, kept in rings:
        t = Base.metadata.tables[rt]
        names = dict(session.execute(select(t.c.id, t.c.name).where(t.c.id.in_(ring))).all()) \
            if "name" in t.c else {}
        named = [names.get(n) or str(n) for n in ring]
        out.append(_t("{names} had been merged into each other on different laptops; {kept} "
                      "stays in the registry (merge the others into it again if they are duplicates)")
                   .format(names=", ".join(named), kept=names.get(kept) or str(kept)))
    return out


def _prune(session) -> int:
    """Drop operations every known laptop has seen, except the current heads (their values are in use)."""
    replicas = session.execute(select(sync_replica)).all()
    active = [r for r in replicas if not r.forgotten]
    dropped = 0
    # Kept too: the values a decision still shown decided between (undoing it reopens the conflict), and
    # every undo of a decision (what it reverted must stay reverted whatever arrives later).
    decided: set[int] = set()
    for text in session.execute(select(sync_op.c.supersedes).join(sync_head, sync_head.c.opid == sync_op.c.opid)
                                .where(sync_op.c.kind == "set", sync_op.c.supersedes.like("%,%"))).scalars():
        decided.update(json.loads(text))
    for r in replicas:
        floor = min((int((a.seen or {}).get(str(r.id), 0)) for a in active), default=0)
        if floor <= 0:
            continue
        low, high = identity.opid(r.no, 0), identity.opid(r.no, floor)
        kept = sorted(o for o in decided if low < o <= high)
        dropped += session.execute(delete(sync_op).where(
            sync_op.c.opid > low, sync_op.c.opid <= high, sync_op.c.kind != REOPEN, sync_op.c.opid.not_in(kept),
            sync_op.c.opid.not_in(select(sync_head.c.opid).where(sync_head.c.opid > low,
                                                                 sync_head.c.opid <= high)))).rowcount or 0
    return dropped


def apply_bundles(session, bundles: list[bundle.Bundle]) -> Imported:
    """Merge checked bundles into the database (inside `Desk.write`); nothing is captured again."""
    ctx = session.info["operation"]
    ctx.exchange = True
    ident = identity.current(session)
    names: dict[uuid.UUID, str] = {}
    for b in bundles:
        names.update(b.names)
        names[b.sender] = b.sender_name or names.get(b.sender, "")
    ops = [op for b in bundles for op in b.ops]
    from opn_desk.services.server_roles import refuse_exchange_outside  # docs/SERVER.md, "Roles and rights"
    refuse_exchange_outside(session, ops, ident.replica_id, identity.seen_of(session, ident.replica_id))  # nothing written
    applied = receive(session, ops, names)
    now = utcnow()
    senders = []
    for b in bundles:
        if b.sender == ident.replica_id:
            continue  # this laptop's own bundle come back: nothing new, nothing to record
        identity.replica_numbers(session, {b.sender: b.sender_name})
        identity.set_seen(session, b.sender, identity.merge_seen(identity.seen_of(session, b.sender), b.seen),
                          exchanged=now)
        sender = session.scalar(select(sync_replica.c.name).where(sync_replica.c.id == b.sender))
        if sender not in senders:
            senders.append(sender)
    for b in bundles:
        for rid, seen in b.vectors.items():
            replica = uuid.UUID(rid)
            if replica in (ident.replica_id, b.sender):
                continue
            if replica not in names:
                continue
            identity.replica_numbers(session, {replica: names[replica]})
            identity.set_seen(session, replica, identity.merge_seen(identity.seen_of(session, replica), seen))
    if applied.received:
        from opn_desk.services.sync.capture import follow_merges

        for tbl, rec in follow_merges(session, applied.touched, applied.fresh):
            applied.for_rules.setdefault(tbl, set()).add(rec)
    findings = _rings(session, session.info.pop("merge_rings", [])) + _findings(session, applied.for_rules)
    open_count = conflicts.count_open(session)
    result = Imported(applied.received, tuple(senders), open_count, tuple(findings), applied.waiting,
                      frozenset(applied.tables))
    if applied.received:  # an exchange that brought nothing new leaves no trace
        session.execute(insert(AuditEntry), [{
            "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "actor": ctx.actor,
            "operation": ctx.id, "description": result.summary()[:300], "table_name": "sync", "record_id": ctx.id,
            "action": "create", "origin": ident.replica_id,
            "changes": {"changes": applied.received, "from": senders, "open_conflicts": open_count,
                        "findings": findings},
        }])
    _prune(session)
    return result


def _start_backup(database: Path) -> tuple[Path, Path, threading.Thread, list[str]]:
    """A backup-API copy of the database in its backups folder, whose check (SQLite's integrity and
    reference checks, as for every backup) runs on a second thread while the merge is prepared: the
    merge commits only once the copy has passed (`_finish_backup`)."""
    folder = backup.backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    while True:
        target = folder / f"{BACKUP_KIND}-{now:%Y%m%d-%H%M%S}.sqlite"
        if not target.exists():
            break
        now += timedelta(seconds=1)
    partial = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{Path(database).resolve().as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise SyncError(_t("Nothing was imported: the backup taken first could not be written to {folder} "
                           "({problem}).").format(folder=folder, problem=backup.one_line(str(exc)))) from exc
    problems: list[str] = []
    checker = threading.Thread(target=lambda: problems.extend(backup.verify(partial)), daemon=True)
    checker.start()
    return target, partial, checker, problems


def _finish_backup(target: Path, partial: Path, checker: threading.Thread, problems: list[str]) -> None:
    checker.join()
    if problems:
        partial.unlink(missing_ok=True)
        raise SyncError(_t("Nothing was imported: the backup taken first failed its check ({problem}).").format(
            problem=problems[0]))
    os.replace(partial, target)


def import_bundles(desk, files: list[Path], *, make_backup: bool = True) -> Imported:
    """Check every file, back the database up (verified before the merge commits), then merge them all
    in one operation."""
    if not files:
        raise SyncError(_t("Name at least one exchange file to import."))
    bundles = read_bundles(desk, files)
    names = ", ".join(Path(f).name for f in files)

    def anything_new(session) -> bool:
        ident = identity.current(session, claim=False)
        seen = identity.seen_of(session, ident.replica_id)
        return any(op.seq > seen.get(str(op.origin), 0) and op.origin != ident.replica_id
                   for b in bundles for op in b.ops)

    # Nothing new (a bundle read again): only what the sender has seen is noted, so no backup is needed.
    # The team server keeps its own backups (pg_dump, docs/SERVER.md): no file copy there.
    make_backup = make_backup and not desk.store.on_server
    started = _start_backup(desk.store.path) if make_backup and desk.read(anything_new) else None

    def run(session) -> Imported:
        result = apply_bundles(session, bundles)
        if started is not None:
            _finish_backup(*started)
        return result

    try:
        outcome = desk.write(_t("Import changes from other laptops ({names})").format(names=names)[:300], run)
    finally:
        if started is not None:
            started[2].join()
            started[1].unlink(missing_ok=True)
    result: Imported = outcome.value
    return Imported(result.changes, result.senders, result.open_conflicts, result.findings, result.waiting,
                    result.tables, started[0] if started else None)


# --- clone, status, forget -------------------------------------------------------------------------

def clone_desk(source_desk, out: Path, name: str) -> tuple[uuid.UUID, str]:
    """Copy the desk for another laptop named ``name``; the source records it. The caller holds the
    source's writer's lock."""
    out = Path(out)
    if out.exists():
        raise SyncError(_t("{path} already exists; name a new file for the copy.").format(path=out))
    if not out.parent.is_dir():
        raise SyncError(_t("The folder {folder} does not exist.").format(folder=out.parent))
    wanted = name.strip()
    if not wanted:
        raise SyncError(_t("Give the new laptop a name with --laptop, such as \"Nairobi laptop\"."))
    new_id = uuid.uuid4()

    def register(session):
        session.info["operation"].exchange = True
        ident = identity.current(session)
        if identity.find_laptop(session, wanted) is not None:
            raise SyncError(_t("There is already a laptop called {name} in this desk; choose another name.").format(
                name=repr(wanted)))
        identity.add_replica(session, new_id, wanted, identity.seen_of(session, ident.replica_id))
        return ident

    source_desk.write(_t("Prepare a copy for {name}").format(name=wanted), register)
    try:
        if source_desk.store.on_server:  # a laptop's copy of the team server's desk, checked table by table
            from opn_desk.services.server_copy import download

            download(source_desk.store.path, out)
        else:
            backup.copy_database(source_desk.store.path, out)
        con = sqlite3.connect(out)
        try:
            con.execute("UPDATE sync_self SET replica_id = ?, fingerprint = NULL, last_seq = 0", (new_id.hex,))
            con.commit()
        finally:
            con.close()
    except BaseException:
        out.unlink(missing_ok=True)

        def unregister(session):
            session.info["operation"].exchange = True
            session.execute(delete(sync_replica).where(sync_replica.c.id == new_id))

        source_desk.write(_t("Undo the copy for {name}").format(name=wanted), unregister)
        raise
    return new_id, wanted


def status(session) -> Status:
    ident = identity.current(session, claim=False)
    if ident is None:
        return Status({"id": None, "name": identity.computer_name()})
    laptops = []
    for r in session.execute(select(sync_replica).order_by(sync_replica.c.no)):
        laptops.append({"id": str(r.id), "name": r.name, "seen": {k: int(v) for k, v in (r.seen or {}).items()},
                        "last_exchange": r.last_exchange.replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                        if r.last_exchange else None, "this": r.id == ident.replica_id,
                        "forgotten": bool(r.forgotten)})
    findings = still_true(session)
    english = findings
    if findings and current_language() != "en":
        with report_language("en"):  # scripts read the JSON's in English, whatever the officer's language
            english = still_true(session)
    return Status({"id": str(ident.replica_id), "name": ident.name}, laptops, conflicts.count_open(session),
                  findings, english)


FINDING_TABLES = {"duplicate": "organisation", "overlapping_terms": "membership", "slate": "selection_round"}


def still_true(session) -> list[str]:
    """The recorded findings that still hold (a duplicate merged since, a term ended, is no longer listed),
    each in the officer's language: the rule is checked again, so its sentence is written again, now, from
    the records (the stored text is the language of the import that found it; only a finding of a kind
    this version cannot check again is shown as stored)."""
    out = []
    for row in session.execute(select(sync_finding).order_by(sync_finding.c.found_at)):
        tbl = FINDING_TABLES.get(row.kind)
        if tbl is None:
            if row.message not in out:
                out.append(row.message)
            continue
        records = {uuid.UUID(r) for r in row.records or ()}
        now = {derived_id("finding", kind, *recs): message
               for kind, message, recs in _check_rules(session, {tbl: records})}
        message = now.get(row.id)
        if message is not None and message not in out:
            out.append(message)
    return out


def forget(desk, laptop: str) -> str:
    def run(session):
        session.info["operation"].exchange = True
        ident = identity.current(session)
        found = identity.find_laptop(session, laptop)
        if found is None:
            raise SyncError(_t("There is no laptop {laptop} in this desk.").format(laptop=repr(laptop.strip())))
        if found.id == ident.replica_id:
            raise SyncError(_t("This laptop cannot forget itself; run the command on another laptop of the desk."))
        session.execute(update(sync_replica).where(sync_replica.c.id == found.id).values(forgotten=True))
        _prune(session)
        return found.name

    return desk.write(_t("Forget the laptop {name}").format(name=laptop.strip()), run).value


def utc_now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
