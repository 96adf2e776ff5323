"""The Organisations area's actions: reading, saving and deleting organisations, their people and memberships."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.registry import (
    MembershipInput,
    OrganisationInput,
    PersonInput,
)
from opn_desk.gui.core.operations import Failure, OperationRunner, Success
from opn_desk.services import registry
from opn_desk.services.desk import Desk


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def load_organisation(runner: OperationRunner, org_id: uuid.UUID, *, success: Success, failure: Failure = None):
    """The organisation with its people, memberships and history."""
    def fetch(desk: Desk):
        return desk.read(registry.get_organisation, org_id), desk.read(registry.history, org_id)
    runner.run_op(fetch, success=success, failure=failure)


def save_organisation(runner: OperationRunner, org_id: uuid.UUID, data: OrganisationInput, version: int, *,
                      success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Edit {name}").format(name=data.name.strip()), registry.update_organisation, org_id, data,
                 expected_version=version, success=success, failure=failure, parent=parent)


def create_organisation(runner: OperationRunner, data: OrganisationInput, *, success: Success = None,
                        failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Add {name}").format(name=data.name.strip()), registry.create_organisation, data,
                 success=success, failure=failure, parent=parent)


def delete_organisation(runner: OperationRunner, org_id: uuid.UUID, name: str, *, success: Success = None,
                        failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Delete {name}").format(name=name), registry.delete_organisation, org_id,
                 success=success, failure=failure, parent=parent)


def add_person(runner: OperationRunner, data: PersonInput, *, success: Success = None, failure: Failure = None,
               parent: QWidget | None = None) -> None:
    runner.write(_tr("Add {name}").format(name=data.name.strip()), registry.add_person, data,
                 success=success, failure=failure, parent=parent)


def update_person(runner: OperationRunner, person_id: uuid.UUID, data: PersonInput, *, success: Success = None,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Edit {name}").format(name=data.name.strip()), registry.update_person, person_id, data,
                 success=success, failure=failure, parent=parent)


def remove_person(runner: OperationRunner, person_id: uuid.UUID, name: str, *, success: Success = None,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Remove {name}").format(name=name), registry.remove_person, person_id,
                 success=success, failure=failure, parent=parent)


def add_membership(runner: OperationRunner, data: MembershipInput, label: str, *, success: Success = None,
                   failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Add membership: {what}").format(what=label), registry.add_membership, data,
                 success=success, failure=failure, parent=parent)


def end_membership(runner: OperationRunner, membership_id: uuid.UUID, on: date, reason: str, label: str, *,
                   success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("End membership: {what}").format(what=label), registry.end_membership, membership_id, on,
                 reason, success=success, failure=failure, parent=parent)


def renew_membership(runner: OperationRunner, membership_id: uuid.UUID, new_end: date, label: str, *,
                     success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Renew membership: {what}").format(what=label), registry.renew_membership, membership_id,
                 new_end, success=success, failure=failure, parent=parent)
