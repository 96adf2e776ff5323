"""The desk's areas: their names, which page each opens, and the page for areas not built yet.

A built area names its page as "module:callable"; the callable takes (runner, settings) and returns
the page widget. The module is imported, and the page built, the first time the area is shown, so
start-up pays only for the registry. Wiring a new area is one line in PAGES.

What a page may offer the window: `search_box()`, the search box of its list (Edit › Find, Ctrl+F,
goes there; an area without one sends Ctrl+F to the registry's); `install(window)`, its menus and
shortcuts; `save_state()`, called on closing. Its lists offer "Export to Excel…" as shown with
`opn_desk.gui.widgets.table_export.offer_export`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

# The built areas' pages: "module:callable(runner, settings) -> QWidget".
PAGES: dict[str, str] = {
    "organisations": "opn_desk.gui.registry.page:RegistryPage",
    "applications": "opn_desk.gui.applications.page:ApplicationsPage",
    "selection": "opn_desk.gui.selection.page:SelectionPage",
    "leadership": "opn_desk.gui.leadership.page:LeadershipPage",
    "reporting": "opn_desk.gui.reporting.page:ReportingPage",
    "portfolio": "opn_desk.gui.portfolio.page:PortfolioPage",
    "meetings": "opn_desk.gui.meetings.page:MeetingsPage",
    "work_plan": "opn_desk.gui.work_plan.page:WorkPlanPage",
}
# Areas whose page is built as soon as the database is open rather than on first visit: their
# `install(window)` adds menus, shortcuts or a dock the window shows from the start.
AT_OPEN: frozenset[str] = frozenset({"applications"})


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    description: str = ""  # what will come there (shown while the area is not built)

    @property
    def built(self) -> bool:
        return self.key in PAGES


def areas() -> list[Area]:
    """The areas in the order the navigation lists them; the registry first. (Each string is
    spelled out in a translate() call so that pyside6-lupdate finds it.)"""
    return [
        Area("organisations", QCoreApplication.translate("Areas", "Organisations")),
        Area("applications", QCoreApplication.translate("Areas", "Applications")),
        Area("selection", QCoreApplication.translate("Areas", "Selection"), QCoreApplication.translate("Areas",
            "Core partner selection after each open call: a proposed slate balanced across the five UN "
            "regional groups and the stakeholder clusters, aiming for at least half of core partners with a "
            "female designated representative, with the reasons for each choice.")),
        Area("leadership", QCoreApplication.translate("Areas", "Leadership"), QCoreApplication.translate("Areas",
            "The leadership renewal process: agreeing the need and timeline, the open call, review against "
            "the evaluation criteria, the MAC's opinion and submission to the Board; co-lead terms and "
            "succession planning up to 2030.")),
        Area("reporting", QCoreApplication.translate("Areas", "Reporting"), QCoreApplication.translate("Areas",
            "Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme "
            "against the 75% target, and activities by category.")),
        Area("portfolio", QCoreApplication.translate("Areas", "Portfolio"), QCoreApplication.translate("Areas",
            "Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives "
            "inactive for two years kept for monitoring.")),
        Area("meetings", QCoreApplication.translate("Areas", "Meetings"), QCoreApplication.translate("Areas",
            "MAC meetings (one virtual and one face-to-face each year): invitations, participation including "
            "written comments sent in advance, travel support for partners from LDCs, and printed dossiers.")),
        Area("work_plan", QCoreApplication.translate("Areas", "Work plan"), QCoreApplication.translate("Areas",
            "Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, "
            "postponed), printed as the three-column progress report.")),
    ]


def page_factory(key: str) -> Callable[..., QWidget]:
    """The callable building ``key``'s page, its module imported now (on first use)."""
    module, _, name = PAGES[key].partition(":")
    return getattr(importlib.import_module(module), name)


def build_page(area: Area, runner, settings) -> QWidget:
    if area.built:
        return page_factory(area.key)(runner, settings)
    return NotBuiltPage(area.title, area.description)


class OpeningPage(QWidget):
    """Shown while the database opens (and is checked or upgraded) on the worker thread."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        self.label = QLabel(self.tr("Opening {name}…").format(name=name))
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row = QHBoxLayout()  # centred by stretches: Qt's alignment enum is not needed before the window shows
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class NotBuiltPage(QWidget):
    """A plain page: the area's name, what it will hold, and that it is not built yet."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.description = description
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(520)
        card.setMaximumWidth(680)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        what = QLabel(description)
        what.setWordWrap(True)
        self.status_label = QLabel(self.tr("This area is not built yet. Until it is, keep this work where you "
                                           "keep it today; the organisations registry is ready to use."))
        self.status_label.setWordWrap(True)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addWidget(self.status_label)
        # No alignment flag on the card: an aligned item gets its size hint, not the height its
        # wrapped text needs at the width it is given, and the text would be clipped.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def text(self) -> str:
        return "\n".join((self.title, self.description, self.status_label.text()))
