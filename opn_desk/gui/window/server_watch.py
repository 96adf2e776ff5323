"""Other officers' changes on the team server refresh this window (docs/SERVER.md).

`ServerWatch` listens on the server (services/server_changes.ChangeFeed: LISTEN on its own connection)
and watches that connection's socket with a QSocketNotifier on the UI thread, so nothing polls and a
change shows within a second. What arrives (the tables other officers' committed operations changed,
gathered over a short moment) is broadcast through the runner's ``changed`` signal as the window's own
operations are: every view that shows those kinds of records reads them again. The window's own
operations are not announced back to it (they have refreshed already).

A lost connection says so once in the status bar and is tried again every few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from opn_desk.services.changes import KINDS, ChangeSet, kind_of
from opn_desk.services.desk import Outcome
from opn_desk.services.server_changes import ChangeFeed, FeedLost, ServerChange

GATHER_MS = 150  # a burst of announcements (an import, several officers) refreshes once
RETRY_MS = 5_000
EXCHANGED = "exchange"  # as gui/exchange/ops.EXCHANGED: the decisions badge counts again after an exchange


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerWatch", text)


def outcome_of(changes: list[ServerChange]) -> Outcome:
    """The Outcome the window's views know, for what other officers changed."""
    tables = set().union(*(c.tables for c in changes)) if changes else set()
    if any(c.everything for c in changes):
        kinds = set(KINDS) | {EXCHANGED}
    else:
        kinds = {kind_of(t) for t in tables if t != "audit_entry"}
    return Outcome(None, _tr("Changes by other officers"), frozenset(tables), ChangeSet.of_kinds(*kinds))


class ServerWatch(QObject):
    """Refreshes the window's views when other officers' changes are committed on the server."""

    lost = Signal(str)  # one sentence, once per lost connection

    def __init__(self, runner, address, parent: QObject | None = None, *, feed: ChangeFeed | None = None):
        super().__init__(parent)
        self.runner = runner
        self.address = address
        self._feed = feed
        self._notifier: QSocketNotifier | None = None
        self._waiting: list[ServerChange] = []
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._broadcast)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.start)
        self._said = False  # the lost connection was told once already

    def start(self) -> None:
        try:
            if self._feed is None:
                self._feed = ChangeFeed(self.address)
            elif self._feed.closed:
                self._feed.reconnect()
            self._notifier = QSocketNotifier(self._feed.fileno(), QSocketNotifier.Type.Read, self)
        except FeedLost as exc:
            self._lose(str(exc))
            return
        self._notifier.activated.connect(self._arrived)
        self._said = False
        self._arrived()  # anything that came while connecting

    def _arrived(self, *_args) -> None:
        try:
            found = self._feed.take()
        except FeedLost as exc:
            self._lose(str(exc))
            return
        if found:
            self._waiting.extend(found)
            if not self._gather.isActive():
                self._gather.start()

    def _broadcast(self) -> None:
        changes, self._waiting = self._waiting, []
        if changes:
            outcome = outcome_of(changes)
            if outcome.changes:
                self.runner.changed.emit(outcome)

    def _lose(self, sentence: str) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if not self._said:
            self._said = True
            self.lost.emit(sentence)
        if not self._retry.isActive():
            self._retry.start()

    def stop(self) -> None:
        self._retry.stop()
        self._gather.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._feed is not None:
            self._feed.close()
