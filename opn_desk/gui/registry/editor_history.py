"""The organisation editor's History tab: who changed what and when, in the desk's words. Mixed into
`OrganisationEditor` (organisation_editor.py).

Fields are named by their labels ("Stakeholder cluster", not "stakeholder_cluster") and coded values by
the words the window shows for them ("Civil society", not "civil_society"); a record without history
says so.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QTreeWidgetItem,
)

from opn_desk.domain.registry import (
    HistoryItem,
)
from opn_desk.gui.core import labels

_QUIET_FIELDS = {"id", "organisation_id", "created_at", "updated_at", "version", "sort_name", "search_text"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationEditor", text)


# The fields of an organisation, a person, a membership and an other name, as the editor labels them
# (QT_TRANSLATE_NOOP: lupdate collects them under the editor's context; field_label translates them).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("OrganisationEditor", "Name"),
    "acronym": QT_TRANSLATE_NOOP("OrganisationEditor", "Acronym"),
    "country_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Country"),
    "stakeholder_cluster": QT_TRANSLATE_NOOP("OrganisationEditor", "Stakeholder cluster"),
    "organisation_type": QT_TRANSLATE_NOOP("OrganisationEditor", "Type"),
    "website": QT_TRANSLATE_NOOP("OrganisationEditor", "Website"),
    "parent_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Parent organisation"),
    "notes": QT_TRANSLATE_NOOP("OrganisationEditor", "Notes"),
    "merged_into_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Merged into"),
    "language": QT_TRANSLATE_NOOP("OrganisationEditor", "Language"),
    "email": QT_TRANSLATE_NOOP("OrganisationEditor", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("OrganisationEditor", "Phone"),
    "gender": QT_TRANSLATE_NOOP("OrganisationEditor", "Gender"),
    "sogiesc_diverse": QT_TRANSLATE_NOOP("OrganisationEditor", "SOGIESC"),
    "disability_accommodation": QT_TRANSLATE_NOOP("OrganisationEditor", "Disability accommodation"),
    "sensitive_consent_on": QT_TRANSLATE_NOOP("OrganisationEditor", "Consent to personal data"),
    "programme_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Programme"),
    "role": QT_TRANSLATE_NOOP("OrganisationEditor", "Role"),
    "representative_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Representative"),
    "alternate_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Alternate"),
    "term_start": QT_TRANSLATE_NOOP("OrganisationEditor", "Term start"),
    "term_end": QT_TRANSLATE_NOOP("OrganisationEditor", "Term end"),
    "status": QT_TRANSLATE_NOOP("OrganisationEditor", "Status"),
    "renews_id": QT_TRANSLATE_NOOP("OrganisationEditor", "Renewed membership"),
}
# How coded values read: the same words as the editor's lists.
_VALUE_LABELS = {
    "stakeholder_cluster": labels.cluster,
    "organisation_type": labels.organisation_type,
    "role": labels.role,
    "status": labels.status,
    "gender": labels.gender,
}
_RECORDS = {"Organisation": QT_TRANSLATE_NOOP("OrganisationEditor", "Organisation"),
            "Person": QT_TRANSLATE_NOOP("OrganisationEditor", "Person"),
            "Membership": QT_TRANSLATE_NOOP("OrganisationEditor", "Membership"),
            "Other name": QT_TRANSLATE_NOOP("OrganisationEditor", "Other name")}


def field_label(field: str) -> str:
    """ "stakeholder_cluster" -> "Stakeholder cluster"; a field not listed reads as words, capitalised."""
    known = FIELD_LABELS.get(field)
    if known is not None:
        return _tr(known)
    words = field.removesuffix("_id").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class EditorHistory:
    """Part of `OrganisationEditor` (organisation_editor.py); its user text keeps the context "OrganisationEditor"."""

    def _fill_history(self, items: list[HistoryItem]) -> None:
        tree = self.ui.historyTree
        tree.clear()
        if not items:
            empty = QTreeWidgetItem([_tr("No history yet: changes to this organisation, its people and its "
                                         "memberships will be listed here, with who made them and when.")])
            empty.setDisabled(True)
            tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
            return
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
        action = {"create": _tr("added"), "update": _tr("changed"), "delete": _tr("removed")}.get(
            entry.action, entry.action)
        record = _tr(_RECORDS.get(entry.record, entry.record))
        lines = []
        if entry.action == "update":
            for field, values in entry.changes.items():
                if field in _QUIET_FIELDS:
                    continue
                name = field_label(field)
                if field.endswith("_id"):
                    lines.append(_tr("{record}: {field} changed").format(record=record, field=name))
                    continue
                before, after = (values + [None, None])[:2] if isinstance(values, list) else (None, values)
                lines.append(_tr("{record}: {field}: {before} → {after}").format(
                    record=record, field=name, before=self._shown(before, field), after=self._shown(after, field)))
        else:
            shown = [f"{field_label(k)}: {self._shown(v, k)}" for k, v in entry.changes.items()
                     if k not in _QUIET_FIELDS and not k.endswith("_id") and v not in (None, "")]
            lines.append(_tr("{record} {action}").format(record=record, action=action)
                         + (f" ({'; '.join(shown[:4])})" if shown else ""))
        return lines

    def _shown(self, value, field: str = "") -> str:
        if value is None or value == "":
            return _tr("(empty)")
        if isinstance(value, bool):
            return _tr("Yes") if value else _tr("No")
        if field in _VALUE_LABELS and isinstance(value, str):
            value = _VALUE_LABELS[field](value)
        text = str(value)
        return text if len(text) <= 60 else text[:57] + "…"
