"""The organisation editor's History tab: who changed what and when, in the desk's words. Mixed into
`OrganisationEditor` (organisation_editor.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QTreeWidgetItem,
)

from opn_desk.domain.registry import (
    HistoryItem,
)
from opn_desk.gui.core import labels

_QUIET_FIELDS = {"id", "organisation_id", "created_at", "updated_at", "version", "sort_name", "search_text"}


class EditorHistory:
    """Part of `OrganisationEditor` (organisation_editor.py); its user text keeps the context "OrganisationEditor"."""

    def _fill_history(self, items: list[HistoryItem]) -> None:
        tree = self.ui.historyTree
        tree.clear()
        groups: list[tuple[HistoryItem, list[HistoryItem]]] = []
        for item in items:  # entries of one operation share time, actor and description
            if groups and groups[-1][0].description == item.description and groups[-1][0].actor == item.actor \
                    and abs((groups[-1][0].at - item.at).total_seconds()) < 2:
                groups[-1][1].append(item)
            else:
                groups.append((item, [item]))
        for head, entries in groups:
            top = QTreeWidgetItem([labels.moment(head.at), head.actor, head.description])
            top.setToolTip(2, head.description)
            for entry in entries:
                for text in self._describe_changes(entry):
                    child = QTreeWidgetItem([text])
                    child.setToolTip(0, text)
                    top.addChild(child)
            tree.addTopLevelItem(top)
            for i in range(top.childCount()):
                top.child(i).setFirstColumnSpanned(True)  # a change reads across the whole width
        if len(groups) <= 30:
            tree.expandAll()

    def _describe_changes(self, entry: HistoryItem) -> list[str]:
        action = {"create": QCoreApplication.translate("OrganisationEditor", "added"), "update": QCoreApplication.translate("OrganisationEditor", "changed"), "delete": QCoreApplication.translate("OrganisationEditor", "removed")}.get(
            entry.action, entry.action)
        lines = []
        if entry.action == "update":
            for field, values in entry.changes.items():
                if field in _QUIET_FIELDS:
                    continue
                name = field.removesuffix("_id").replace("_", " ")
                if field.endswith("_id"):
                    lines.append(QCoreApplication.translate("OrganisationEditor", "{record}: {field} changed").format(record=entry.record, field=name))
                    continue
                before, after = (values + [None, None])[:2] if isinstance(values, list) else (None, values)
                lines.append(QCoreApplication.translate("OrganisationEditor", "{record}: {field}: {before} → {after}").format(
                    record=entry.record, field=name, before=self._shown(before), after=self._shown(after)))
        else:
            shown = [f"{k.replace('_', ' ')}: {self._shown(v)}" for k, v in entry.changes.items()
                     if k not in _QUIET_FIELDS and not k.endswith("_id") and v not in (None, "")]
            lines.append(QCoreApplication.translate("OrganisationEditor", "{record} {action}").format(record=entry.record, action=action)
                         + (f" ({'; '.join(shown[:4])})" if shown else ""))
        return lines

    def _shown(self, value) -> str:
        if value is None or value == "":
            return QCoreApplication.translate("OrganisationEditor", "(empty)")
        text = str(value)
        return text if len(text) <= 60 else text[:57] + "…"
