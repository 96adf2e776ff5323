"""View state in QSettings through one small typed registry (the Picard way).

Each option is declared once with its key, type and default; reading coerces to the type and falls
back to the default, so a damaged settings file never breaks the window. `SETTINGS_VERSION` and
`_UPGRADES` let a later version rename or drop keys. Preferences that the command line needs too
(the officer's name, recent databases) live in opn_desk.preferences, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANISATION_NAME = "One Planet network"
APPLICATION_NAME = "OPN Desk"
SETTINGS_VERSION = 1

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    kind: type
    default: T


class Options:
    """Every setting the window keeps."""

    VERSION = Option("settings/version", int, 0)
    MAIN_GEOMETRY = Option("main_window/geometry", QByteArray, QByteArray())
    MAIN_SPLITTER = Option("main_window/navigation_splitter", QByteArray, QByteArray())
    AREA = Option("main_window/area", int, 0)
    EDITOR_WIDTH = Option("registry/editor_width", int, 0)
    REGISTRY_HEADER = Option("registry/header", QByteArray, QByteArray())
    LAST_FOLDER = Option("files/last_folder", str, "")


# version reached -> function upgrading the settings from the version before it
_UPGRADES: dict[int, Callable[[QSettings], None]] = {
    1: lambda qs: None,  # the first version: nothing to upgrade
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self._qs = qsettings if qsettings is not None else QSettings()
        self._upgrade()

    def _upgrade(self) -> None:
        version = self.get(Options.VERSION)
        for target in sorted(_UPGRADES):
            if version < target:
                _UPGRADES[target](self._qs)
                version = target
        self.set(Options.VERSION, SETTINGS_VERSION)

    def get(self, option: Option[T]) -> T:
        try:
            value = self._qs.value(option.key, option.default)
        except Exception:  # a value of another type written by hand or by an old version
            return option.default
        if value is None:
            return option.default
        if option.kind is QByteArray:
            return value if isinstance(value, QByteArray) else option.default
        if option.kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1")  # type: ignore[return-value]
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()

    # Geometry helpers: restore on open, save on close.
    def restore_geometry(self, widget: QWidget, option: Option[QByteArray]) -> bool:
        state = self.get(option)
        return bool(state) and not state.isEmpty() and widget.restoreGeometry(state)

    def save_geometry(self, widget: QWidget, option: Option[QByteArray]) -> None:
        self.set(option, widget.saveGeometry())

    def restore_state(self, thing: QSplitter | QHeaderView, option: Option[QByteArray]) -> bool:
        state = self.get(option)
        return bool(state) and not state.isEmpty() and thing.restoreState(state)

    def save_state(self, thing: QSplitter | QHeaderView, option: Option[QByteArray]) -> None:
        self.set(option, thing.saveState())
