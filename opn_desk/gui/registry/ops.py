"""The Organisations area's actions that do more than one service call.

Every write is a `WriteOp` made where the officer acts (organisation_editor.py, editor_people.py,
merge_dialog.py); this module keeps only what composes several service calls.
"""

from __future__ import annotations

import uuid

from opn_desk.services import registry
from opn_desk.services.desk import Desk


def organisation_with_history(desk: Desk, org_id: uuid.UUID):
    """The organisation with its people and memberships, and its history: one read for the editor
    (``ReadOp(runner, organisation_with_history, on_desk=True)``)."""
    return desk.read(registry.get_organisation, org_id), desk.read(registry.history, org_id)
