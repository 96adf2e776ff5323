"""`opn-desk select`: from files (opn_desk.selection.command), or from a stored round with --db and --call.

``--db PATH --call CALL``: the stored selection round of a core-partner call, the database opened
read-only. CALL is the call's id, its title, or a part of its title naming one core-partner call; an
ambiguous or unknown CALL exits 2 listing the core-partner calls. The output and exit codes are the
file mode's (0 optimal, 3 infeasible with the explanation, 2 a refusal in one sentence). Candidate ids
are the organisations' ids; the text and the sentences name the organisations, and the JSON adds
``call`` and ``names`` (id -> organisation name).
"""

from __future__ import annotations

from opn_desk.i18n import singular, translate
from opn_desk.selection.command import answer, refuse, source_problem
from opn_desk.selection.command import run_select as run_files


def _t(text: str) -> str:
    return translate("CommandLine", text)


def run_select(args) -> int:
    as_json = bool(getattr(args, "json", False))
    if (problem := source_problem(args)) is not None:
        return refuse(problem, as_json)
    if not getattr(args, "db", None):
        return run_files(args)
    found = _stored_problem(args, as_json)
    if isinstance(found, int):
        return found
    stored, problem = found
    return answer(problem, as_json, heading=_heading(stored, problem), readable=stored.readable,
                  extra=lambda out: _with_names(stored, out))


def _stored_problem(args, as_json: bool):
    """(round, problem) of the stored round, or the exit code after saying what is wrong."""
    from opn_desk.db.store import StoreError, open_store
    from opn_desk.services import selection_round as sr
    from opn_desk.services.desk import Desk
    from opn_desk.services.errors import DeskError

    seats = getattr(args, "seats", None)
    if seats is not None and seats < 1:
        return refuse(_t("--seats must be at least 1, not {seats}.").format(seats=seats), as_json)
    try:
        store = open_store(args.db, readonly=True)
    except StoreError as exc:
        return refuse(str(exc), as_json)
    try:
        desk = Desk(store, actor="select")
        wanted = " ".join(args.call.split())
        matches = desk.read(sr.match_calls, wanted)
        if len(matches) != 1:
            calls = matches or desk.read(sr.list_selection_calls)
            if not calls:
                return refuse(_t("There is no call {call}: this database has no core-partner calls yet.").format(
                    call=repr(wanted)), as_json)
            if matches:
                return refuse(_t("{count} core-partner calls match {call}; give more of the title, or the id of the one "
                                 "you mean:").format(count=len(matches), call=repr(wanted)), as_json,
                              *(c.describe() for c in matches))
            if (why := desk.read(sr.other_kind_of_call, wanted)) is not None:
                return refuse(why, as_json)
            return refuse(_t("There is no core-partner call {call}. The core-partner calls are:").format(call=repr(wanted)),
                          as_json,
                          *(c.describe() for c in calls))
        stored = desk.read(sr.get_round, matches[0].call_id)
        return stored, stored.problem(seats=seats)
    except DeskError as exc:
        return refuse(str(exc), as_json)
    finally:
        store.close()


def _with_names(stored, out: dict) -> dict:
    ids = [*out.get("selected", []), *out.get("closest", [])]
    out["call"] = {"id": str(stored.call_id), "title": stored.call_title, "programme": stored.programme_code}
    out["names"] = {k: stored.name_of(k) for k in dict.fromkeys(ids)}
    return out


def _heading(stored, problem) -> str:
    n, left = len(problem.candidates), len(stored.excluded)
    pool = _t("{count} candidate in the pool") if singular(n) else _t("{count} candidates in the pool")
    gone = _t("{count} incumbent not seeking renewal") if singular(left) else _t("{count} incumbents not seeking renewal")
    return (f"{stored.call_title} ({stored.programme_code}): {pool.format(count=n)}"
            + (", " + gone.format(count=left) if left else "") + ".")
