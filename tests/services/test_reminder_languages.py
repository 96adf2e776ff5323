"""Reminder drafts in the partner's language: the focal point's as the desk chose it, else the country's
(French for francophone, Spanish for hispanophone countries), in the desk's vocabulary; read back from
the .eml files written."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

from sqlalchemy import select
from year_world import DEADLINE, build

from opn_desk.db.models import ReminderLog
from opn_desk.services import reporting
from opn_desk.services.reporting_reminders import reminder_language, write_reminders


def read_eml(path):
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return message["Subject"], message.get_content()


def test_without_a_focal_point_the_country_chooses_the_language(desk, tmp_path):
    w = build(desk, partners=4)  # P0 Kenya, P1 France, P2 Mexico, P3 China; no focal point recorded
    write_reminders(desk, "SPP", 2025, tmp_path, today=DEADLINE + timedelta(days=8))
    subject, body = read_eml(tmp_path / "p1.eml")
    assert "votre rapport 2025 est en retard" in subject
    assert "La date limite" in body and "31 mars 2026" in body and "membre du réseau" in body
    assert "Le secrétariat de coordination" in body
    subject, body = read_eml(tmp_path / "p2.eml")
    assert "su informe 2025 está atrasado" in subject
    assert "El plazo" in body and "31 de marzo de 2026" in body and "miembro de la red" in body
    assert "La secretaría de coordinación" in body
    for name in ("p0.eml", "p3.eml"):
        subject, body = read_eml(tmp_path / name)
        assert "overdue" in subject and "The coordination desk" in body
    logged = desk.read(lambda s: {r.organisation_id: r.language for r in s.scalars(select(ReminderLog))})
    assert logged == {w.orgs["P0"]: "en", w.orgs["P1"]: "fr", w.orgs["P2"]: "es", w.orgs["P3"]: "en"}


def test_the_focal_points_language_wins_over_the_country(desk, tmp_path):
    w = build(desk, partners=3)
    desk.write("f", reporting.set_focal_point, w.orgs["P1"], w.people["P1"], language="en")  # France, in English
    desk.write("f", reporting.set_focal_point, w.orgs["P0"], w.people["P0"], language="es")  # Kenya, in Spanish
    write_reminders(desk, "SPP", 2025, tmp_path, today=DEADLINE - timedelta(days=3))
    subject, body = read_eml(tmp_path / "p1.eml")
    assert "due 31 March 2026" in subject and "by 31 March 2026" in body
    subject, body = read_eml(tmp_path / "p0.eml")
    assert "plazo 31 de marzo de 2026" in subject and "co-líder" in body
    assert "Comité Asesor de Múltiples Partes Interesadas" not in body  # a co-lead's words, not a core partner's


def test_the_countries_languages_follow_the_reference_table():
    assert [reminder_language(c) for c in ("SEN", "BEL", "HTI", "TUN", "MEX", "ARG", "GNQ", "ESP")] == \
        ["fr", "fr", "fr", "fr", "es", "es", "es", "es"]
    # English where French or Spanish is not the country's own: spoken widely is not enough.
    assert [reminder_language(c) for c in ("BRA", "ITA", "CAN", "KEN", "USA", "", None)] == ["en"] * 7


def test_a_first_focal_point_proposes_the_countrys_language(desk):
    """The focal point dialog starts from the country's language, so recording a person does not turn a
    French-speaking partner's reminders into English."""
    from opn_desk.services import reporting_view

    w = build(desk, partners=3)  # P0 Kenya, P1 France, P2 Mexico
    proposed = {k: desk.read(reporting_view.focal_point_form, w.orgs[k]).language for k in ("P0", "P1", "P2")}
    assert proposed == {"P0": "en", "P1": "fr", "P2": "es"}
    desk.write("f", reporting.set_focal_point, w.orgs["P1"], w.people["P1"], language="en")  # the desk's choice
    assert desk.read(reporting_view.focal_point_form, w.orgs["P1"]).language == "en"
