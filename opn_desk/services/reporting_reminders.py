"""Reporting reminders: one e-mail draft (.eml) per non-reporter, which the officer opens and sends from
their own mail program, each logged on the partner's record (docs/REPORTING.md).

A draft is addressed to the organisation's reporting focal point (or, without one, the representative of
its role), with the alternates in copy; its words follow the partner's role (co-lead, core partner,
network member) and the partner's language (English, French, Spanish), and whether the deadline is
ahead or passed. The language is the one the desk chose for the organisation's focal point; without a
focal point recorded, the country's (`reminder_language`: French in francophone countries, Spanish in
hispanophone ones, from resources/reference/reminder_languages.csv), else English. The French and
Spanish words are the desk's vocabulary (domain/vocab.py, packaging/translations): partenaire principal,
co-responsable, secrétariat de coordination; socio principal, co-líder, secretaría de coordinación. Drafts
carry ``X-Unsent: 1`` so mail programs open them as messages to send.

`write_reminders` writes every draft under a temporary name, logs them in one desk operation, then gives
them their names: a failure leaves neither drafts nor log entries behind.
"""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Organisation, ReminderLog, ReportingCycle, ReportingFocalPoint
from opn_desk.domain import reporting as rules
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import Role, shown_programme
from opn_desk.i18n import report_language, singular, translate
from opn_desk.paths import resource
from opn_desk.services import reporting
from opn_desk.services.errors import DeskError

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_ROLE_WORDS = {
    "en": {Role.CO_LEAD: "a co-lead", Role.CORE_PARTNER: "a core partner", Role.NETWORK_MEMBER: "a member"},
    "fr": {Role.CO_LEAD: "co-responsable", Role.CORE_PARTNER: "partenaire principal",
           Role.NETWORK_MEMBER: "membre du réseau"},
    "es": {Role.CO_LEAD: "co-líder", Role.CORE_PARTNER: "socio principal", Role.NETWORK_MEMBER: "miembro de la red"},
}
_TEXT = {
    "en": {
        "subject": "{programme}: your {year} report, due {deadline}",
        "subject_late": "{programme}: your {year} report is overdue (due {deadline})",
        "greeting": "Dear {name},",
        "ahead": "As {role} of the {programme} programme, {organisation} is invited to report its {year} activities "
                 "by {deadline}.",
        "passed": "The deadline for the {programme} programme's {year} reporting was {deadline}, and we have not "
                  "yet received the report of {organisation}, {role} of the programme.",
        "lead": "As co-lead, your report also sets the example for the programme's partners.",
        "core": "As a core partner, your report feeds the Multi-stakeholder Advisory Committee's review of the "
                "work plan.",
        "member": "Reporting is expected from each partner and is a condition to remain a partner of the network.",
        "missed": "We have not received a report from {organisation} for the last {missed} cycles; we would be glad "
                  "to help in a short call.",
        "why": "Your activities are counted in the network's report to the High-Level Political Forum, and "
               "highlights are showcased across the One Planet network.",
        "close": "With thanks and best regards,\nThe coordination desk",
    },
    "fr": {
        "subject": "{programme} : votre rapport {year}, attendu le {deadline}",
        "subject_late": "{programme} : votre rapport {year} est en retard (attendu le {deadline})",
        "greeting": "Bonjour {name},",
        "ahead": "En tant que {role} du programme {programme}, {organisation} est invité(e) à rendre compte de ses "
                 "activités {year} d'ici le {deadline}.",
        "passed": "La date limite du rapport {year} du programme {programme} était le {deadline}, et nous n'avons "
                  "pas encore reçu le rapport de {organisation}, {role} du programme.",
        "lead": "En tant que co-responsable, votre rapport montre aussi l'exemple aux partenaires du programme.",
        "core": "En tant que partenaire principal, votre rapport nourrit l'examen du plan de travail par le Comité "
                "consultatif multipartite.",
        "member": "Le rapport est attendu de chaque partenaire ; il est une condition pour rester partenaire du "
                  "réseau.",
        "missed": "Nous n'avons pas reçu de rapport de {organisation} pour les {missed} derniers cycles ; nous "
                  "serions heureux de vous aider lors d'un court appel.",
        "why": "Vos activités sont comptées dans le rapport du réseau au Forum politique de haut niveau, et les "
               "plus marquantes sont mises en avant dans tout le réseau One Planet.",
        "close": "Avec nos remerciements et nos meilleures salutations,\nLe secrétariat de coordination",
    },
    "es": {
        "subject": "{programme}: su informe {year}, plazo {deadline}",
        "subject_late": "{programme}: su informe {year} está atrasado (plazo {deadline})",
        "greeting": "Estimado/a {name}:",
        "ahead": "Como {role} del programa {programme}, {organisation} está invitado/a a informar sobre sus "
                 "actividades de {year} antes del {deadline}.",
        "passed": "El plazo del informe {year} del programa {programme} venció el {deadline} y todavía no hemos "
                  "recibido el informe de {organisation}, {role} del programa.",
        "lead": "Como co-líder, su informe también da el ejemplo a los socios del programa.",
        "core": "Como socio principal, su informe alimenta la revisión del plan de trabajo por el Comité Asesor "
                "de Múltiples Partes Interesadas.",
        "member": "Se espera un informe de cada socio; es una condición para seguir siendo socio de la red.",
        "missed": "No hemos recibido informe de {organisation} en los últimos {missed} ciclos; con gusto le "
                  "ayudamos en una breve llamada.",
        "why": "Sus actividades se cuentan en el informe de la red al Foro Político de Alto Nivel, y las más "
               "destacadas se difunden en toda la red One Planet.",
        "close": "Con nuestro agradecimiento y saludos cordiales,\nLa secretaría de coordinación",
    },
}


# Headers on one line each (encoded words for names in other scripts), as mail programs write them.
_POLICY = policy.default.clone(max_line_length=998)


def _programme_name(code: str, name: str, language: str) -> str:
    """The programme's name in the reminder's language (the network's official French or Spanish form)."""
    with report_language(language):
        return shown_programme(code.strip().upper(), name)


@lru_cache(maxsize=1)
def _country_languages() -> dict[str, str]:
    with resource("reference", "reminder_languages.csv").open(encoding="utf-8", newline="") as f:
        return {r["iso3"]: r["language"] for r in csv.DictReader(f) if r["language"] in _TEXT}


def reminder_language(iso3: str | None) -> str:
    """The language of reminders to a partner in this country when the desk chose none: "fr" in francophone
    countries, "es" in hispanophone ones, else "en"."""
    return _country_languages().get((iso3 or "").strip().upper(), "en")


def partner_languages(session: Session, organisation_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each organisation's reminder language: its focal point's as the desk recorded it, else its country's."""
    out: dict[uuid.UUID, str] = {}
    for start in range(0, len(organisation_ids), 900):
        chunk = organisation_ids[start:start + 900]
        for org, iso3 in session.execute(select(Organisation.id, Country.iso3).outerjoin(
                Country, Country.id == Organisation.country_id).where(Organisation.id.in_(chunk))):
            out[org] = reminder_language(iso3)
        for org, language in session.execute(select(ReportingFocalPoint.organisation_id,
                                                    ReportingFocalPoint.language).where(
                ReportingFocalPoint.organisation_id.in_(chunk))):
            if language in _TEXT:
                out[org] = language
    return out


@dataclass(frozen=True, slots=True)
class ReminderDraft:
    organisation_id: uuid.UUID
    organisation: str
    file_name: str
    to: str
    cc: tuple[str, ...]
    language: str
    days_from_deadline: int
    message: bytes


@dataclass(frozen=True, slots=True)
class RemindersResult:
    cycle_id: uuid.UUID
    written: tuple[ReminderDraft, ...]
    without_address: tuple[str, ...]  # non-reporters with no e-mail address: no draft


def long_date(day: date, language: str) -> str:
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    if language == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}" if language == "fr" else f"{day.day} de {month} de {day.year}"


def _file_name(name: str, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", fold(name)).strip("-")[:60] or "partner"
    candidate, n = f"{stem}.eml", 2
    while candidate.lower() in taken:
        candidate, n = f"{stem}-{n}.eml", n + 1
    taken.add(candidate.lower())
    return candidate


def _body(language: str, values: dict, roles: tuple[str, ...], passed: bool, missed: int) -> str:
    t = _TEXT[language]
    parts = [t["greeting"].format(**values), t["passed" if passed else "ahead"].format(**values)]
    main = roles[0] if roles else Role.NETWORK_MEMBER.value
    parts.append(t["lead"] if main == Role.CO_LEAD else t["core"] if main == Role.CORE_PARTNER else t["member"])
    if missed >= rules.REPEATED_AFTER:
        parts.append(t["missed"].format(missed=missed, **values))
    parts += [t["why"], t["close"]]
    return "\n\n".join(parts) + "\n"


def prepare_reminders(session: Session, programme_code: str, year: int, *, today: date | None = None,
                      sender: str = "") -> RemindersResult:
    """The drafts for the cycle's non-reporters (nothing written)."""
    today = today or date.today()
    cycle = reporting.cycle_for(session, programme_code, year)
    programme_name = reporting.programme_by_code(session, programme_code).name
    missing = reporting.non_reporters(session, programme_code, year, today=today, with_contacts=False)
    contacts = reporting.focal_points(session, [n.organisation_id for n in missing], cycle.programme_id)
    languages = partner_languages(session, [n.organisation_id for n in missing])
    offset = rules.scheduled_reminder(cycle.reminder_days or [], cycle.deadline, today)
    passed = today > cycle.deadline
    taken: set[str] = set()
    drafts, without = [], []
    for n in missing:
        fp = contacts.get(n.organisation_id)
        if fp is None or not fp.email:
            without.append(n.organisation)
            continue
        language = languages.get(n.organisation_id, "en")
        role_words = _ROLE_WORDS[language]
        main_role = n.roles[0] if n.roles else Role.NETWORK_MEMBER.value
        values = {"name": fp.name or n.organisation, "organisation": n.organisation,
                  "programme": _programme_name(programme_code, programme_name, language),
                  "year": cycle.year, "deadline": long_date(cycle.deadline, language),
                  "role": role_words.get(Role(main_role), main_role)}
        message = EmailMessage(policy=_POLICY)
        message["To"] = formataddr((fp.name, fp.email))
        cc = tuple(formataddr(a) for a in fp.alternates if a[1] and a[1] != fp.email)
        if cc:
            message["Cc"] = ", ".join(cc)
        if sender:
            message["From"] = sender
        message["Subject"] = _TEXT[language]["subject_late" if passed else "subject"].format(**values)
        message["X-Unsent"] = "1"
        message.set_content(_body(language, values, n.roles, passed, n.missed_in_a_row))
        drafts.append(ReminderDraft(n.organisation_id, n.organisation, _file_name(n.organisation, taken),
                                    message["To"], cc, language, offset, bytes(message)))
    return RemindersResult(cycle.id, tuple(drafts), tuple(without))


def log_reminders(session: Session, cycle_id: uuid.UUID, drafts: tuple[ReminderDraft, ...], prepared_on: date) -> int:
    if session.get(ReportingCycle, cycle_id) is None:
        raise DeskError(translate("Reporting", "That reporting cycle no longer exists."))
    for d in drafts:
        session.add(ReminderLog(cycle_id=cycle_id, organisation_id=d.organisation_id, prepared_on=prepared_on,
                                days_from_deadline=d.days_from_deadline, language=d.language,
                                recipients="; ".join((d.to, *d.cc)), file_name=d.file_name))
    return len(drafts)


def write_reminders(desk, programme_code: str, year: int, folder: Path, *, today: date | None = None,
                    abort: Callable[[], bool] | None = None) -> RemindersResult:
    """Write one .eml draft per non-reporter into ``folder`` and log each on the partner's record, as one
    desk operation; returns what was written."""
    today = today or date.today()
    folder = Path(folder)
    if not folder.is_dir():
        raise DeskError(translate("Reporting", "The folder {folder} does not exist.").format(folder=folder))
    result = desk.read(prepare_reminders, programme_code, year, today=today)
    temporary: list[tuple[Path, Path]] = []
    try:
        for d in result.written:
            if abort is not None and abort():
                from opn_desk.services.errors import Cancelled

                raise Cancelled(translate("Reporting", "Cancelled: no reminder was written."))
            final = folder / d.file_name
            tmp = folder / f".{d.file_name}.part"
            tmp.write_bytes(d.message)
            temporary.append((tmp, final))
        if result.written:
            count = len(result.written)
            title = (translate("Reporting", "Prepare {count} reporting reminder ({code} {year})") if singular(count)
                     else translate("Reporting", "Prepare {count} reporting reminders ({code} {year})"))
            desk.write(title.format(count=count, code=programme_code.upper(), year=year),
                       log_reminders, result.cycle_id, result.written, today)
        for tmp, final in temporary:
            tmp.replace(final)
    except BaseException:
        for tmp, _final in temporary:
            tmp.unlink(missing_ok=True)
        raise
    return result
