"""The main window's answer to the background damage check: the red banner, the offer of the newest good
backup, and turning the desk read-only. Mixed into `MainWindow` (main_window.py)."""

from __future__ import annotations

import re
import time

# Nothing here touches PySide6's `Qt` namespace before the window shows: its first use builds
# every enum in it (about 25 ms), so it is imported where the database is already open.
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
)


class DamageBanner:
    """Part of `MainWindow` (main_window.py); its user text keeps the context "MainWindow"."""

    # -- damage ----------------------------------------------------------------------------------------
    def _check_for_damage(self, check) -> None:
        """Check the file on the files thread (at once when the answer is known already)."""
        self.runner.run_in_background(check.run, success=lambda _damage: self._checked(check))

    def _checked(self, check) -> None:
        if self._closed or self.opened is None or self.opened.check is not check:
            return
        self.checked_at = time.perf_counter()
        if check.damage:
            self.show_damage(check.damage)
            if not self.readonly:
                self.turn_read_only()
        elif check.error:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "OPN Desk could not check {name} for damage: {reason}").format(
                name=self.path.name, reason=check.error), 15000)
        self.database_checked.emit(check)

    def show_damage(self, damage: list[str]) -> None:
        """The red banner: what SQLite found, that nothing more is written, and the way back."""
        # SQLite's own words, less the "*** in database main ***" it puts before them.
        found = [" ".join(re.sub(r"\*\*\* in database \w+ \*\*\*", " ", str(d)).split()) for d in damage]
        found = [f.rstrip(".") for f in found if f] or [QCoreApplication.translate("MainWindow", "damage it could not describe")]
        shown = "; ".join(found[:3])
        if len(shown) > 300:
            shown = shown[:299] + "…"
        if len(found) > 3:
            shown += QCoreApplication.translate("MainWindow", " (and {count} more)").format(count=len(found) - 3)
        text = QCoreApplication.translate("MainWindow", "This database is damaged (SQLite reports: {damage}). It is open read-only, so nothing more "
                       "is written into it.").format(damage=shown)
        restorable = self.opened is not None and self.opened.lock is not None
        if restorable:
            text += " " + QCoreApplication.translate("MainWindow", "Restore the newest good backup to go on working.")
        elif self.opened is not None and self.opened.held_by is not None:
            text += " " + QCoreApplication.translate("MainWindow", "Only the desk that has it open ({who}) can restore a backup.").format(
                who=self.opened.held_by.describe())
        else:
            text += " " + QCoreApplication.translate("MainWindow", "To restore a backup, open it without --read-only.")
        if self.damage_banner is None:
            self._build_damage_banner()
        self.damage_label.setText(text)
        self.damage_label.setToolTip("\n".join(str(d) for d in damage[:20]))
        self.damage_restore_button.setVisible(restorable)
        self.damage_banner.show()

    def _build_damage_banner(self) -> None:
        self.damage_banner = QFrame()
        self.damage_banner.setObjectName("damageBanner")
        self.damage_banner.setStyleSheet("#damageBanner { background: #fde7e9; border-bottom: 2px solid #c50f1f; }"
                                         "#damageBanner QLabel { color: #6e0811; }")
        row = QHBoxLayout(self.damage_banner)
        row.setContentsMargins(12, 8, 8, 8)
        self.damage_label = QLabel()
        self.damage_label.setWordWrap(True)
        self.damage_restore_button = QPushButton(QCoreApplication.translate("MainWindow", "Restore the newest good backup…"))
        self.damage_restore_button.clicked.connect(lambda _checked=False: self.restore_newest_backup())
        row.addWidget(self.damage_label, 1)
        row.addWidget(self.damage_restore_button)
        self._banners.insertWidget(1, self.damage_banner)  # under the warning banner, over the areas

    def turn_read_only(self) -> None:
        """Read-only from now on (damage was found): the title, the badge, the actions that change things."""
        self.readonly = True
        self.setWindowTitle(self._title())
        for action in self._needs_database:
            if action.property("editing"):
                action.setEnabled(False)
        self.backup_action.setEnabled(False)
        self._update_undo()
        self._update_organisation_actions()
        self._add_read_only_badge()
