"""`opn-desk sync clone|export|import|status|conflicts|resolve|forget|folder` (docs/SYNC.md).

Contract: exit 0 with one line on stdout (JSON with --json); a bad argument, an unknown laptop or
conflict, or a corrupt, truncated, foreign or newer-schema bundle: exit 2, one sentence on stderr,
nothing written (several bundles in one import are all or nothing).
"""

from __future__ import annotations

import json
from pathlib import Path

from opn_desk.i18n import number, translate


def _t(text: str) -> str:
    return translate("CommandLine", text)


def _usage(message: str) -> Exception:
    from opn_desk.commands.errors import UsageError  # not opn_desk.cli: no cycle (import-linter)

    return UsageError(message)


def _existing_db(path: Path) -> None:
    from opn_desk.db.address import is_server

    if is_server(path):
        return  # a server database exists or the connection says why not
    if not path.exists():
        raise _usage(_t("There is no database at {path}.").format(path=path))
    if path.is_dir():
        raise _usage(_t("{path} is a folder, not a database file.").format(path=path))


def _writing(path: Path):
    """(lock, store, desk) for a command that writes."""
    from opn_desk.db.lock import DatabaseLock
    from opn_desk.db.store import open_store
    from opn_desk.preferences import Preferences
    from opn_desk.services.desk import Desk, default_actor

    lock = DatabaseLock(path).hold()
    lock.__enter__()
    try:
        store = open_store(path, create=False)
    except BaseException:
        lock.__exit__(None, None, None)
        raise
    return lock, store, Desk(store, actor=default_actor(Preferences.load().officer_name))


def _with_desk(path: Path, fn):
    lock, store, desk = _writing(path)
    try:
        return fn(desk)
    finally:
        store.close()
        lock.__exit__(None, None, None)


def _reading(path: Path, fn):
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    store = open_store(path, readonly=True)
    try:
        return Desk(store).read(fn)
    finally:
        store.close()


def run_sync(args) -> int:
    _existing_db(args.db)  # a team server takes part too, as one more laptop (docs/SERVER.md)
    return {"clone": _clone, "export": _export, "import": _import, "status": _status, "conflicts": _conflicts,
            "resolve": _resolve, "forget": _forget, "folder": _folder}[args.sync_command](args)


def _clone(args) -> int:
    from opn_desk.services.sync.exchange import clone_desk

    new_id, name = _with_desk(args.db, lambda desk: clone_desk(desk, args.out, args.laptop))
    print(_t("Wrote {path} for {name} (laptop {id}); this desk now knows it, so 'sync export --for \"{name}\"' "
             "works at once.").format(path=args.out, name=name, id=new_id))
    return 0


def _export(args) -> int:
    from opn_desk.services.sync.exchange import export_bundle

    done = _with_desk(args.db, lambda desk: export_bundle(desk, args.out, for_laptop=args.for_laptop))
    said = (_t("Wrote {count} changes not yet seen by {laptop} to {path} ({size} bytes).") if done.for_laptop else
            _t("Wrote {count} changes to {path} ({size} bytes)."))
    print(said.format(count=done.operations, laptop=done.for_laptop, path=done.path, size=number(done.size)))
    return 0


def _import(args) -> int:
    from opn_desk.services.sync.exchange import import_bundles

    result = _with_desk(args.db, lambda desk: import_bundles(desk, list(args.files)))
    print(result.summary())
    return 0


def _status(args) -> int:
    from opn_desk.services.sync.exchange import status

    found = _reading(args.db, status)
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False))
        return 0
    me = found.laptop or {}
    print(_t("This laptop: {name}").format(name=me.get("name"))
          + (f" ({me['id']})" if me.get("id") else " " + _t("(has not exchanged yet)")))
    names = {lap["id"]: lap["name"] for lap in found.laptops}
    for lap in found.laptops:
        if lap["this"]:
            continue
        seen = ", ".join(f"{names.get(k, k[:8])} {v}" for k, v in sorted(lap["seen"].items())) or _t("nothing yet")
        when = lap["last_exchange"] or _t("never")
        gone = " " + _t("(forgotten)") if lap["forgotten"] else ""
        print(f"- {lap['name']}{gone}: " + _t("last exchange {when}; has seen {seen}").format(when=when, seen=seen))
    print(_t("Open conflicts: {count}").format(count=found.open_conflicts))
    for finding in found.findings:
        print(_t("To check: {finding}").format(finding=finding))
    return 0


def _conflicts(args) -> int:
    from opn_desk.services.sync.conflicts import open_conflicts, value_text

    found = _reading(args.db, open_conflicts)
    if args.json:
        print(json.dumps([c.as_json() for c in found], ensure_ascii=False))
        return 0
    if not found:
        print(_t("No conflicts wait for a decision."))
    for c in found:
        print(f"{c.id} {c.table.replace('_', ' ')} {c.record} {c.field}:")
        for n, v in enumerate(c.values, 1):
            print(f"  {n}. {value_text(c, v)!r} ({v.laptop}, {v.author}, {v.time})")
    return 0


def _resolve(args) -> int:
    from opn_desk.services.sync.conflicts import resolve

    if (args.keep is None) == (args.value is None):
        raise _usage(_t("Give either --keep N or --value TEXT."))
    text = _with_desk(args.db, lambda desk: desk.write(f"Decide conflict {args.conflict_id}", resolve,
                                                        args.conflict_id, keep=args.keep, value=args.value).value)
    print(text)
    return 0


def _forget(args) -> int:
    from opn_desk.services.sync.exchange import forget

    name = _with_desk(args.db, lambda desk: forget(desk, args.laptop))
    print(_t("{name} is forgotten: its changes stay, and the desk no longer waits for it before pruning history.")
          .format(name=name))
    return 0


def _folder(args) -> int:
    from opn_desk.services.sync.shared_folder import exchange_in_folder

    done = _with_desk(args.db, lambda desk: exchange_in_folder(desk, args.folder))
    print(done.summary().replace("\n", " "))
    return 0


def add_parser(sub, db_arg) -> None:
    p = sub.add_parser("sync", help=_t("exchange edits with the desk's other laptops (docs/SYNC.md)"))
    s = p.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=type(p), required=True)
    c = s.add_parser("clone", help=_t("a copy of the desk for another laptop, with its own identity"))
    db_arg(c)
    c.add_argument("--out", type=Path, required=True, metavar="NEW.sqlite")
    c.add_argument("--laptop", required=True, metavar="NAME", help=_t("the new laptop's name, e.g. \"Nairobi laptop\""))
    c = s.add_parser("export", help=_t("write what this desk knows to an exchange file"))
    db_arg(c)
    c.add_argument("--out", type=Path, required=True, metavar="FILE.opnsync")
    c.add_argument("--for", dest="for_laptop", metavar="LAPTOP", help=_t("only what this laptop has not seen"))
    c = s.add_parser("import", help=_t("merge exchange files from other laptops (all or nothing)"))
    db_arg(c)
    c.add_argument("files", type=Path, nargs="+", metavar="FILE.opnsync")
    c = s.add_parser("status", help=_t("this laptop, the laptops known, what each has seen, open conflicts"))
    db_arg(c)
    c.add_argument("--json", action="store_true")
    c = s.add_parser("conflicts", help=_t("the conflicts waiting for a decision"))
    db_arg(c)
    c.add_argument("--json", action="store_true")
    c = s.add_parser("resolve", help=_t("decide a conflict"))
    db_arg(c)
    c.add_argument("conflict_id", metavar="CONFLICT_ID")
    c.add_argument("--keep", type=int, metavar="N", help=_t("keep the Nth value as 'conflicts' lists them"))
    c.add_argument("--value", metavar="TEXT", help=_t("set this value instead"))
    c = s.add_parser("forget", help=_t("retire a lost laptop"))
    db_arg(c)
    c.add_argument("laptop", metavar="LAPTOP")
    c = s.add_parser("folder", help=_t("exchange through a folder shared with the other laptops: write this "
                                    "laptop's own file there, read the others'"))
    db_arg(c)
    c.add_argument("folder", type=Path, metavar="FOLDER")

