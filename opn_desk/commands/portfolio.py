"""`opn-desk export initiatives --db PATH --out FILE.csv|.xlsx [--public]` (docs/REPORTING.md).

Columns: id, title, programme, kind (core or affiliated), status (inactive after two years without a
content update), lead, partners (every participating organisation, the lead included, separated by
"; "), work_stream, sector, countries (ISO3, "; "), other_sdgs (numbers, "; "), targets, progress,
agreement_type, starts_on, ends_on, last_updated (the last edit of the initiative's content),
logo_granted; without --public also notes, due_diligence_decision and due_diligence_reasons. --public
leaves out inactive initiatives, those not (yet) in the portfolio (proposed, in due diligence) and the
desk's own columns. One line on stdout, exit 0; bad arguments or a missing database: exit 2.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from opn_desk.i18n import singular, translate


def _t(text: str) -> str:
    return translate("CommandLine", text)


def run_export_initiatives(args) -> int:
    from opn_desk.commands.errors import UsageError
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.portfolio import export_initiatives

    out: Path = args.out
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(_t("{file}: the export file must end in .csv or .xlsx.").format(file=out.name))
    if getattr(args, "include_sensitive", False):
        raise UsageError(_t("--include-sensitive applies to the export of organisations only."))
    if not args.db.exists():
        raise UsageError(_t("There is no database at {path}.").format(path=args.db))
    store = open_store(args.db, readonly=True)
    try:
        count = export_initiatives(Desk(store), out, public=args.public, today=date.today())
    finally:
        store.close()
    if args.public:
        said = (_t("Exported {count} initiative to {path} (public: without inactive initiatives and the desk's "
                   "notes).") if singular(count) else
                _t("Exported {count} initiatives to {path} (public: without inactive initiatives and the desk's "
                   "notes)."))
    else:
        said = _t("Exported {count} initiative to {path}.") if singular(count) else _t("Exported {count} initiatives to {path}.")
    print(said.format(count=count, path=out))
    return 0
