"""The registry table: a Qt model over pages of rows fetched, sorted and filtered in SQL.

Nothing here sorts or filters in Python and no proxy model is used: at 100,000 organisations a
sort through QSortFilterProxyModel takes tens of seconds, SQL answers a page in milliseconds. The
paging (a page at a time on the database worker, stale answers dropped, reloads keeping the
selection) is PagedTableModel's.

The rows come first and the count after: a page shows as soon as SQL has it, and the count (which
may have to look at every organisation) follows as a separate request. A page shorter than PAGE is
its own count. A count not yet begun when the text changes is skipped, one under way is stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal

from opn_desk.domain.registry import SORT_KEYS, OrganisationQuery, OrganisationRow
from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.widgets.paged_model import PAGE, PagedTableModel
from opn_desk.services import registry_view

# Tables whose changes can alter what the registry shows.
WATCHED = frozenset({"organisation", "membership", "country", "programme"})  # kinds of records


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationTableModel", text)


def _unsorted(query: OrganisationQuery) -> OrganisationQuery:
    """The query with its sort set aside: two queries equal so show the same organisations."""
    values = {f: getattr(query, f) for f in OrganisationQuery.__dataclass_fields__}
    values.update(sort="name", descending=False)
    return OrganisationQuery(**values)


class Column:
    def __init__(self, key: str, title: str, sort_key: str | None, text: Callable[[OrganisationRow], str]):
        self.key, self.title, self.sort_key, self.text = key, title, sort_key, text


def columns() -> list[Column]:
    return [
        Column("name", _tr("Name"), "name", lambda r: r.name),
        Column("acronym", _tr("Acronym"), "acronym", lambda r: r.acronym),
        Column("country", _tr("Country"), "country", lambda r: r.country),
        Column("regional_group", _tr("Regional group"), "regional_group",
               lambda r: labels.regional_group(r.regional_group) if r.country_iso3 else ""),
        Column("stakeholder_cluster", _tr("Stakeholder cluster"), "stakeholder_cluster",
               lambda r: labels.cluster(r.stakeholder_cluster)),
        Column("programmes", _tr("Programmes"), None, lambda r: r.programmes),
        Column("roles", _tr("Roles"), None, lambda r: labels.role_list(r.roles)),
    ]


class OrganisationTableModel(PagedTableModel):
    counts_changed = Signal(int, int)  # matching, all organisations
    sort_refused = Signal()  # the header asked to sort by a column SQL does not sort by

    def __init__(self, runner: OperationRunner, parent=None):
        super().__init__(runner, OrganisationQuery(), parent)
        self._columns = columns()
        # The count asked for last; a count of other rows is dropped, and stops early (it is told when it is
        # no longer wanted).
        self._count_read = ReadOp(runner, registry_view.organisation_counts, interruptible=True)
        self._counted: OrganisationQuery | None = None  # the query (sort aside) that self.total counts
        self.everything: int | None = None

    def _fetch(self, query, offset, limit, success, failure) -> None:
        self._runner.read(registry_view.organisation_rows, query, offset, limit, success=success, failure=failure)

    def read_rows(self, session, query, offset: int, limit: int) -> list[OrganisationRow]:
        return registry_view.organisation_rows(session, query, offset, limit)

    def row_texts(self, row: OrganisationRow) -> list[str]:
        return [c.text(row) for c in self._columns]

    # -- what the view asks ----------------------------------------------------------------------
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            row = self._rows[index.row()]
            text = self._columns[index.column()].text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 24 else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if self._columns[section].sort_key is None:
                return _tr("This column is not sortable.")
            return _tr("Click to sort by {column}.").format(column=self._columns[section].title.lower())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else None
        if key is None or key not in SORT_KEYS:
            self.sort_refused.emit()
            return
        self.set_filters(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    # -- what the page asks ----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Rows or their count have been asked for and not yet arrived."""
        return self._rows_read.pending or self._count_read.pending

    def sort_column(self) -> int:
        for i, c in enumerate(self._columns):
            if c.sort_key == self._query.sort:
                return i
        return 0

    def set_query(self, query: OrganisationQuery) -> None:
        """Ask for the first page of ``query``; the rows shown stay until it arrives (no flicker)."""
        # A new sort shows the same organisations: the counts stand. So does the whole-registry
        # count until something is written.
        recount = not (self._counted is not None and _unsorted(query) == self._counted)
        self._query = query
        asked = self._ask(lambda rows: self._first_page(query, rows, recount))
        if recount:
            self._stop_count()
        self._fetch(query, 0, PAGE, *asked)

    def refresh(self) -> None:
        """Reload the rows already shown (after a change), keeping the selection on the same ids."""
        if not self._rows_read.asked:
            return
        want = max(PAGE, len(self._rows))
        query = self._query
        asked = self._ask(lambda rows: self._reloaded(want, query, rows))
        self._stop_count()
        self.everything = None  # a write may have added or removed organisations
        self._fetch(query, 0, want, *asked)

    def _stop_count(self) -> None:
        self._count_read.drop()  # the count in flight, if any, is for rows no longer wanted

    def _ask_count(self, query: OrganisationQuery, rows: int) -> None:
        """Count after the rows are shown; a page not full is its own count."""
        self._count_read.drop()
        if rows < PAGE and (self.everything is not None or query == OrganisationQuery(
                sort=query.sort, descending=query.descending)):
            self._counted = _unsorted(query)
            self._counts(rows, rows if self.everything is None else None)
            return
        self._count_read.run(query, self.everything is None, success=lambda result: self._count_arrived(query, result),
                             failure=self._failed)

    # -- answers from the worker -------------------------------------------------------------------
    def _counts(self, total: int | None, everything: int | None) -> None:
        if total is not None:
            self.total = total
        if everything is not None:
            self.everything = everything
        self.counts_changed.emit(self.total or 0, self.everything if self.everything is not None else self.total or 0)

    def _count_arrived(self, query: OrganisationQuery, result) -> None:
        if result is None:
            return
        self._counted = _unsorted(query)
        self._counts(*result)

    def _first_page(self, query: OrganisationQuery, rows: list[OrganisationRow], recount: bool) -> None:
        self._reset(rows)
        if recount:
            self._ask_count(query, len(rows))
        else:
            self._counts(None, None)
        self.loaded.emit()

    def _reloaded(self, want: int, query: OrganisationQuery, rows: list[OrganisationRow]) -> None:
        self._merge(rows, want)
        self._ask_count(query, len(self._rows) if self._exhausted else PAGE)
        self.loaded.emit()
