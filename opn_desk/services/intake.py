"""Recording an application from the intake form, as one change: the window's Record application and
any other door (a script, a later command) share it.

`record_intake` runs inside `Desk.write`: the new organisation and people if any, the application,
its attached files; any refusal writes nothing. `read_attachment_file` reads a file to attach,
refused before reading when it is over the size limit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.i18n import translate
from opn_desk.services import applications, registry
from opn_desk.services.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class NewPerson:
    """A person typed into the intake form, added to the (possibly new) organisation on save."""

    name: str
    email: str = ""
    gender: str = "unknown"


def read_attachment_file(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is over the attachment size limit."""
    path = Path(path)
    size = path.stat().st_size
    if size > applications.MAX_ATTACHMENT_BYTES:
        raise InvalidInput("content", translate(
            "Intake", "{name} is {size:.1f} MB; attachments can be at most {limit} MB.").format(
            name=path.name, size=size / 1024 / 1024, limit=applications.MAX_ATTACHMENT_BYTES // 1024 // 1024))
    return path.read_bytes()


def attach_file(session: Session, application_id: uuid.UUID, path: Path) -> uuid.UUID:
    """Copy the file into the database with the application (refused over the size limit before reading)."""
    return applications.add_attachment(session, application_id, Path(path).name, read_attachment_file(Path(path)))


def record_intake(session: Session, application, new_organisation: OrganisationInput | None = None,
                  new_representative: NewPerson | None = None, new_alternate: NewPerson | None = None,
                  files: tuple[Path, ...] = ()) -> uuid.UUID:
    """The whole intake form as one change (one undo step): the new organisation and people if any,
    the application, its attachments. Runs inside Desk.write; any refusal writes nothing. A refusal
    names the form's field: ``organisation.name``, ``representative.email``, ``attachments``..."""
    org_id = application.organisation_id
    if new_organisation is not None:
        try:
            org_id = registry.create_organisation(session, new_organisation)
        except InvalidInput as exc:
            raise InvalidInput(f"organisation.{exc.field}", str(exc)) from None
    people = {}
    for key, person in (("representative", new_representative), ("alternate", new_alternate)):
        if person is None:
            continue
        try:
            people[key] = registry.add_person(session, PersonInput(org_id, person.name, person.email, "",
                                                                   person.gender))
        except InvalidInput as exc:
            raise InvalidInput(f"{key}.{exc.field}", str(exc)) from None
    data = replace(application, organisation_id=org_id,
                   representative_id=people.get("representative", application.representative_id),
                   alternate_id=people.get("alternate", application.alternate_id))
    app_id = applications.record_application(session, data)
    for path in files:
        try:
            content = read_attachment_file(Path(path))
        except OSError as exc:
            raise InvalidInput("attachments", translate("Intake", "{name} could not be read: {reason}.").format(
                name=Path(path).name, reason=exc.strerror or exc)) from None
        applications.add_attachment(session, app_id, Path(path).name, content)
    return app_id
