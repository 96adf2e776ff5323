"""The due list: what is waiting for the desk, shown when the window opens.

A dock at the bottom of the window (the officer can close it, float it or bring it back with
Applications › Due list; its one-line title folds the list away, remembered between sessions) lists, grouped, the applications waiting too long in a state, the reviews
missing and the co-lead and core-partner terms ending within 90 days; double-click opens the
record. The count is also shown as a badge on the Applications navigation item. The list reloads
itself after any change to applications, reviews or memberships.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import DueItem
from opn_desk.gui.core import messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Option, Settings
from opn_desk.gui.widgets.flow import ElidedLabel
from opn_desk.gui.widgets.table_export import offer_export

REFRESH_DELAY_MS = 400
WATCHED = frozenset({"application", "review", "criterion", "conflict", "membership", "call", "setting",
                     "task"})  # kinds
KINDS = ("waiting", "missing_reviews", "term_ending", "action_item")
LIMIT_PER_KIND = 50  # as asked of the service: a full group says "50+"
EXPAND_UP_TO = 12  # more items than this: the groups open closed, so all three titles show


class DueList(QWidget):
    counted = Signal(int)
    summary_changed = Signal(str)  # the one-sentence summary shown above the list
    open_application = Signal(object)  # application id
    open_membership = Signal(object, str)  # membership id, the item's sentence
    open_task = Signal(object)  # a meeting's action item (a work-plan task) id

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.items: list[DueItem] = []
        self.has_loaded = False
        from opn_desk.services import desk_settings, due

        self._items = ReadOp(runner, due.due_items)  # the latest answer only
        self._waiting = ReadOp(runner, desk_settings.waiting_days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setFlat(True)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        # The waiting time is the desk's (kept in the database), so every laptop lists the same waits.
        self.waiting_label = QLabel(self.tr("Waiting means more than"))
        self.waiting_days = QSpinBox()
        self.waiting_days.setRange(1, 365)
        self.waiting_days.setSuffix(self.tr(" days"))
        self.waiting_days.setValue(14)
        self.waiting_days.setEnabled(False)  # until the desk's value has been read
        self.waiting_days.setKeyboardTracking(False)  # typing "30" saves once, not "3" then "30"
        self.waiting_days.setToolTip(self.tr("An open application not moved for longer than this is listed as "
                                             "waiting too long"))
        self.waiting_days.valueChanged.connect(self._waiting_days_changed)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.waiting_label)
        top.addWidget(self.waiting_days)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setToolTip(self.tr("Double-click or press Enter to open"))
        self.export = offer_export(self.tree, runner, self.tr("Due list"),
                                   headers=[self.tr("Group"), self.tr("What"), self.tr("When")])
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        runner.changed.connect(self.on_changed)

    def _group_title(self, kind: str, count: int) -> str:
        shown = f"{count}+" if count >= LIMIT_PER_KIND else str(count)
        return {
            "waiting": self.tr("Waiting more than {days} days in a state ({count})").replace(
                "{days}", str(self.waiting_days.value())),
            "missing_reviews": self.tr("Reviews missing ({count})"),
            "term_ending": self.tr("Terms ended or ending within 90 days ({count})"),
            "action_item": self.tr("Action items of meetings due within 14 days or late ({count})"),
        }[kind].format(count=shown)

    def _days(self, item: DueItem) -> str:
        if item.kind in ("term_ending", "action_item"):
            if item.days < 0:
                return self.tr("{n} days overdue").format(n=-item.days)
            return self.tr("in {n} days").format(n=item.days) if item.days else self.tr("today")
        return self.tr("{n} days").format(n=item.days)

    def _show_waiting_days(self, days: int) -> None:
        self.waiting_days.blockSignals(True)
        self.waiting_days.setValue(days)
        self.waiting_days.blockSignals(False)
        self.waiting_days.setEnabled(not self.runner.readonly)

    def _waiting_days_changed(self, days: int) -> None:
        from opn_desk.services.desk_settings import set_waiting_days

        WriteOp(self.tr("Waiting time in the due list: {n} days").format(n=days), set_waiting_days, days) \
            .run_in(self.runner, parent=self)

    def refresh(self, first: bool = False) -> None:
        try:
            self._waiting.run(success=self._show_waiting_days)
        except RuntimeError:  # the desk was closed
            return
        try:
            self._items.run(limit_per_kind=50, success=lambda items: self.fill(items, first=first),
                            failure=lambda exc: self.summary_label.setText(messages.describe_failure(exc)))
        except RuntimeError:  # the desk was closed (a late debounce timer): nothing to show any more
            self._timer.stop()

    def fill(self, items: list[DueItem], first: bool = False) -> None:
        self.items = list(items)
        before = {self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): self.tree.topLevelItem(i).isExpanded()
                  for i in range(self.tree.topLevelItemCount())}
        few = len(self.items) <= EXPAND_UP_TO
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in KINDS:
            mine = [i for i in self.items if i.kind == kind]
            if not mine:
                continue
            group = QTreeWidgetItem([self._group_title(kind, len(mine)), ""])
            group.setData(0, Qt.ItemDataRole.UserRole, kind)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for item in mine:
                child = QTreeWidgetItem([item.sentence, self._days(item)])
                child.setData(0, Qt.ItemDataRole.UserRole, item)
                child.setToolTip(0, item.sentence)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if item.kind == "term_ending" and item.days < 0:
                    child.setForeground(1, QColor("#b3261e"))
                group.addChild(child)
            group.setExpanded(before.get(kind, few) if not first else few)
        count = len(self.items)
        full = any(sum(1 for i in self.items if i.kind == k) >= LIMIT_PER_KIND for k in KINDS)
        if count == 0:
            self.summary_label.setText(self.tr("Nothing is due: no application is waiting too long, no review is "
                                               "missing and no term ends within 90 days."))
        elif full:
            self.summary_label.setText(self.tr("More than {count} things need the desk's attention; the longest "
                                               "waits and the nearest terms are listed first. Double-click one to "
                                               "open it.").format(count=count))
        else:
            self.summary_label.setText(self.tr("{count} things need the desk's attention. Double-click one to "
                                               "open it.").format(count=count))
        self.has_loaded = True
        self.summary_changed.emit(self.summary_label.text())
        self.counted.emit(count)

    def on_changed(self, outcome) -> None:
        if outcome.changes.touches(WATCHED):
            self._timer.start()

    def _activated(self, tree_item: QTreeWidgetItem, _column: int) -> None:
        item = tree_item.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(item, DueItem):
            return
        if item.record_table == "application":
            self.open_application.emit(item.record_id)
        elif item.record_table == "membership":
            self.open_membership.emit(item.record_id, item.sentence)
        elif item.record_table == "work_task":
            self.open_task.emit(item.record_id)

    def item_rows(self) -> list[tuple[str, str, uuid.UUID]]:
        """(kind, sentence, record id) of every item shown (tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j).data(0, Qt.ItemDataRole.UserRole)
                out.append((item.kind, group.child(j).text(0), item.record_id))
        return out


# The officer's choice, kept between sessions: the panel folded to its one-line title (the default,
# so it does not take the height of every page on a laptop) or open on the list.
COLLAPSED = Option("due_list/collapsed", bool, True)


class DueListDock(QDockWidget):
    """The due list in a dock: shown when the window opens if anything is due; closing it hides it.

    Its title bar is one line, "▸ Due (12) · 12 things need the desk's attention": a click folds or
    unfolds the list, and the choice is remembered (``COLLAPSED``)."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(_title(), parent)
        self.settings = settings
        self.setObjectName("dueListDock")
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.due = DueList(runner)
        self.due.setMinimumHeight(110)
        # The list sits in a holder that stays shown when it is folded: a dock whose own widget is
        # hidden loses its place across the window's width.
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.due)
        self.setWidget(holder)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 1, 4, 1)
        row.setSpacing(6)
        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setToolTip(self.tr("Show or hide the list of what is due"))
        bold = QFont(self.toggle_button.font())
        bold.setBold(True)
        self.toggle_button.setFont(bold)
        self.toggle_button.toggled.connect(lambda shown: self.set_collapsed(not shown))
        self.brief_label = ElidedLabel()  # the summary, on the title line while the list is folded
        self.brief_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        close = QToolButton()
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip(self.tr("Close the due list (Applications › Due list brings it back)"))
        close.clicked.connect(self.close)
        row.addWidget(self.toggle_button)
        row.addWidget(self.brief_label, 1)
        row.addWidget(close)
        self.setTitleBarWidget(bar)
        self._shown_once = False
        self._count_text = ""
        self.due.counted.connect(self._counted)
        self.due.summary_changed.connect(lambda _text: self._show_title())
        self.collapsed = False
        self.set_collapsed(settings.get(COLLAPSED) if settings is not None else True, remember=False)

    def set_collapsed(self, collapsed: bool, remember: bool = True) -> None:
        """Fold the list to its title line, or unfold it; ``remember`` keeps the choice for next time."""
        self.collapsed = collapsed
        self.due.setVisible(not collapsed)
        self.toggle_button.blockSignals(True)
        self.toggle_button.setChecked(not collapsed)
        self.toggle_button.blockSignals(False)
        self.toggle_button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        if collapsed:
            self.setMinimumHeight(0)
            self.setMaximumHeight(self.titleBarWidget().sizeHint().height() + 2)
        else:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16_777_215)
            window = self.parentWidget()
            if remember and isinstance(window, QMainWindow) and not self.isFloating() \
                    and window.dockWidgetArea(self) == Qt.DockWidgetArea.BottomDockWidgetArea:
                window.resizeDocks([self], [170], Qt.Orientation.Vertical)  # opened by the officer: room for it
        self._show_title()
        if remember and self.settings is not None:
            self.settings.set(COLLAPSED, collapsed)

    def _show_title(self) -> None:
        self.toggle_button.setText(self._count_text or _title())
        self.brief_label.set_full_text(self.due.summary_label.text() if self.collapsed else "")

    def _counted(self, count: int) -> None:
        full = any(sum(1 for i in self.due.items if i.kind == k) >= LIMIT_PER_KIND for k in KINDS)
        self._count_text = (self.tr("Due ({count})").format(count=f"{count}+" if full else count) if count
                            else self.tr("Due"))
        self.setWindowTitle(self._count_text)
        self._show_title()
        if not self._shown_once:
            self._shown_once = True
            if count:
                self.show()

    def sizeHint(self) -> QSize:
        return QSize(600, self.titleBarWidget().sizeHint().height() + 2 if self.collapsed else 170)


def _title() -> str:
    return QCoreApplication.translate("DueListDock", "Due")


class NavBadgeDelegate(QStyledItemDelegate):
    """Paints a count badge at the right of a navigation item (``BADGE_ROLE`` holds the count)."""

    BADGE_ROLE = Qt.ItemDataRole.UserRole + 7

    def layout(self, option: QStyleOptionViewItem, index):
        """(badge text, badge font, badge rectangle, the item's option, the title's room, the title shown):
        the title shortened ("Candidat…") to end before the badge, so a long translated title never runs
        under it."""
        count = index.data(self.BADGE_ROLE)
        text = str(count) if count < 100 else "99+"
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        mirrored = option.direction == Qt.LayoutDirection.RightToLeft  # Arabic: the badge on the left
        left = option.rect.left() + 10 if mirrored else option.rect.right() - width - 10
        rect = QRect(left, option.rect.center().y() - height // 2 + 1, width, height)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        if mirrored:
            room.setLeft(max(room.left(), rect.right() + 6))
        else:
            room.setRight(min(room.right(), rect.left() - 6))
        shown = item.fontMetrics.elidedText(item.text, Qt.TextElideMode.ElideRight, room.width())
        return text, font, rect, item, room, shown

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        count = index.data(self.BADGE_ROLE)
        if not count:
            super().paint(painter, option, index)
            return
        text, font, rect, item, room, shown = self.layout(option, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        item.text = shown  # already short enough: the style draws it where it draws every title
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c0392b"))
        painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("#ffffff"))
        digits = QTextOption(Qt.AlignmentFlag.AlignCenter)
        digits.setTextDirection(Qt.LayoutDirection.LeftToRight)  # "99+", never "+99" in a mirrored window
        painter.drawText(QRectF(rect), text, digits)
        painter.restore()
