"""The map of partners and initiatives: each organisation taking part in an initiative at its country (a
sunflower of points where a country has several), a curved line for each pair sharing initiatives (thicker
for more), on the land of the world. Hovering a point names the organisation and its initiatives;
clicking it chooses it (its lines stand out, the others fade) and tells the tab (`organisation_chosen`).

Values come from `services.partner_map` (plain values); the projection is Miller's cylindrical one,
cropped to the inhabited latitudes.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter, defaultdict
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

SEA = QColor("#eaf1f8")
LAND = QColor("#dde2e8")
COAST = QColor("#c3cad3")
LINE = QColor(74, 120, 181, 120)
LINE_CHOSEN = QColor("#c0531f")
FADED = QColor(74, 120, 181, 35)
NODE = QColor("#1d3f6e")
NODE_CHOSEN = QColor("#c0531f")
NORTH, SOUTH = 84.0, -57.0  # latitudes drawn


def miller(lat: float) -> float:
    """Miller's projection of a latitude, in degree-like units (0 at the equator, 180 per pi)."""
    return math.degrees(1.25 * math.log(math.tan(math.pi / 4 + 0.4 * math.radians(lat))))


TOP, BOTTOM = miller(NORTH), miller(SOUTH)
SPREAD = 5.5  # pixels between the points of one country's organisations
HIT = 9.0  # pixels: how near the pointer must be to a point
LABELLED = 6  # the most connected organisations are named on the map


def land_path(rings) -> QPainterPath:
    """The land as one path in (longitude, -Miller latitude) units."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for ring in rings:
        if not ring:
            continue
        path.moveTo(ring[0][0], -miller(max(-89.0, ring[0][1])))
        for lon, lat in ring[1:]:
            path.lineTo(lon, -miller(max(-89.0, min(89.0, lat))))
        path.closeSubpath()
    return path


class PartnerMapView(QWidget):
    organisation_chosen = Signal(object)  # an organisation's id, or None when the choice is cleared

    def __init__(self, rings=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 160)
        land = land_path(rings)
        self.land = [land.translated(shift, 0.0) for shift in (-360.0, 0.0, 360.0)]  # past the antimeridian too
        self.places = {}  # id -> MapOrganisation, placed ones only
        self.links: list[tuple[uuid.UUID, uuid.UUID, int]] = []
        self.degree: Counter = Counter()
        self.names: list[str] = []  # the organisations drawn, by name
        self.pairs: list[tuple[str, str, int]] = []  # the lines drawn, in words
        self.chosen: uuid.UUID | None = None
        self.hovered: uuid.UUID | None = None
        self._at: dict[uuid.UUID, QPointF] = {}
        self._at_size = None

    # -- values ----------------------------------------------------------------------------------------------
    def set_map(self, partner_map) -> None:
        self.places = {o.id: o for o in partner_map.organisations if o.place is not None}
        self.links = [(a, b, n) for a, b, n in partner_map.links if a in self.places and b in self.places]
        self.degree = Counter()
        for a, b, n in self.links:
            self.degree[a] += n
            self.degree[b] += n
        self.names = sorted((o.name for o in self.places.values()), key=str.casefold)
        self.pairs = [(self.places[a].name, self.places[b].name, n) for a, b, n in self.links]
        if self.chosen not in self.places:
            self.chosen = None
        self.hovered = None
        self._at_size = None
        self.setAccessibleDescription("; ".join(f"{a} – {b}: {n}" for a, b, n in self.pairs))
        self.update()

    def choose(self, organisation_id: uuid.UUID | None) -> None:
        self.chosen = organisation_id if organisation_id in self.places else None
        self.update()
        self.organisation_chosen.emit(self.chosen)

    # -- geometry --------------------------------------------------------------------------------------------
    def frame(self) -> QRectF:
        """Where the world is drawn: as large as fits, keeping its proportions."""
        width, height = self.width() - 16, self.height() - 16
        scale = max(0.1, min(width / 360.0, height / (TOP - BOTTOM)))
        w, h = 360.0 * scale, (TOP - BOTTOM) * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def project(self, lat: float, lon: float) -> QPointF:
        f = self.frame()
        return QPointF(f.left() + (lon + 180.0) / 360.0 * f.width(),
                       f.top() + (TOP - miller(max(SOUTH, min(NORTH, lat)))) / (TOP - BOTTOM) * f.height())

    def positions(self) -> dict[uuid.UUID, QPointF]:
        """Each placed organisation's point: its country's centre, or a sunflower around it (most connected
        in the middle)."""
        if self._at_size == self.size():
            return self._at
        by_country = defaultdict(list)
        for o in self.places.values():
            by_country[o.iso3].append(o)
        at = {}
        golden = math.pi * (3 - math.sqrt(5))
        for members in by_country.values():
            members.sort(key=lambda o: (-self.degree[o.id], o.name.casefold(), str(o.id)))
            centre = self.project(*members[0].place)
            for i, o in enumerate(members):
                r = SPREAD * math.sqrt(i)
                at[o.id] = QPointF(centre.x() + r * math.cos(i * golden), centre.y() + r * math.sin(i * golden))
        self._at, self._at_size = at, self.size()
        return at

    def organisation_at(self, point: QPointF) -> uuid.UUID | None:
        best, found = HIT * HIT, None
        for oid, p in self.positions().items():
            d = (p.x() - point.x()) ** 2 + (p.y() - point.y()) ** 2
            if d <= best:
                best, found = d, oid
        return found

    # -- drawing ---------------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = self.frame()
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        p.fillRect(f, SEA)
        p.save()
        p.setClipRect(f)
        scale = f.width() / 360.0
        p.setTransform(QTransform(scale, 0, 0, scale, f.left() + 180.0 * scale, f.top() + TOP * scale))
        p.setPen(QPen(COAST, 0))  # cosmetic: one pixel whatever the scale
        p.setBrush(LAND)
        for land in self.land:
            p.drawPath(land)
        p.restore()
        if not self.places:
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(f, Qt.AlignmentFlag.AlignCenter, self.tr("No organisations share an initiative."))
            p.end()
            return
        at = self.positions()
        focus = self.chosen or self.hovered
        p.setBrush(Qt.BrushStyle.NoBrush)
        for a, b, n in sorted(self.links, key=lambda link: focus in link[:2]):
            mine = focus is not None and focus in (a, b)
            colour = LINE_CHOSEN if mine else FADED if focus is not None else LINE
            p.setPen(QPen(colour, 1.0 + min(n, 4) * 0.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawPath(self._arc(at[a], at[b]))
        for oid, point in at.items():
            mine = oid == focus
            radius = 3.0 + min(self.degree[oid], 8) * 0.35 + (1.5 if mine else 0)
            p.setPen(QPen(QColor("#ffffff"), 1.2))
            p.setBrush(NODE_CHOSEN if mine else NODE)
            p.drawEllipse(point, radius, radius)
        labelled = [oid for oid, _n in self.degree.most_common(LABELLED)]
        if focus is not None and focus not in labelled:
            labelled.append(focus)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        metrics = p.fontMetrics()
        for oid in labelled:
            point = at[oid]
            text = metrics.elidedText(self.places[oid].name, Qt.TextElideMode.ElideRight, 170)
            box = QRectF(point.x() + 7, point.y() - metrics.height() / 2, metrics.horizontalAdvance(text) + 6,
                         metrics.height())
            if box.right() > f.right():
                box.moveRight(point.x() - 7)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 200))
            p.drawRoundedRect(box, 3, 3)
            p.setPen(NODE_CHOSEN if oid == focus else QColor("#202020"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.end()

    @staticmethod
    def _arc(a: QPointF, b: QPointF) -> QPainterPath:
        """A gentle curve from a to b, so lines between the same regions do not lie on top of each other."""
        path = QPainterPath(a)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        middle = QPointF((a.x() + b.x()) / 2 - dy * 0.18, (a.y() + b.y()) / 2 + dx * 0.18)
        path.quadTo(middle, b)
        return path

    # -- pointer ---------------------------------------------------------------------------------------------
    def tooltip(self, organisation_id: uuid.UUID) -> str:
        o = self.places[organisation_id]
        partners = sorted({self.places[b if a == organisation_id else a].name for a, b, _n in self.links
                           if organisation_id in (a, b)}, key=str.casefold)
        shown = o.initiatives[:8]
        more = len(o.initiatives) - len(shown)
        lines = [f"<b>{escape(o.name)}</b> — {escape(o.country)}",
                 self.tr("Initiatives ({count}):").format(count=len(o.initiatives)),
                 *(f"• {escape(t)}" for t in shown)]
        if more:
            lines.append(self.tr("… and {count} more").format(count=more))
        if partners:
            lines.append(self.tr("Works with: {names}").format(names=escape(", ".join(partners[:8]))
                                                             + ("…" if len(partners) > 8 else "")))
        return "<br>".join(lines)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        found = self.organisation_at(event.position())
        if found != self.hovered:
            self.hovered = found
            self.setCursor(Qt.CursorShape.PointingHandCursor if found else Qt.CursorShape.ArrowCursor)
            self.update()
        if found is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(found), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if self.hovered is not None:
            self.hovered = None
            self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.choose(self.organisation_at(event.position()))
