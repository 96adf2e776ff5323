"""Reminder drafts: one .eml per non-reporter, to the focal point with the alternates in copy, in the
partner's language and role, each logged on the partner's record; nothing left behind when it fails."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

import pytest
from sqlalchemy import select
from year_world import DEADLINE, build

from opn_desk.db.models import ReminderLog
from opn_desk.services import reporting
from opn_desk.services.reporting_reminders import write_reminders


def read_eml(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_one_draft_per_non_reporter_tailored_and_logged(desk, tmp_path):
    tmp_path = tmp_path / "drafts"
    tmp_path.mkdir()
    w = build(desk, partners=3)
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P2"], DEADLINE)
    desk.write("f", reporting.set_focal_point, w.orgs["P1"], w.people["P1"], language="fr",
               alternates=[w.people["P1b"]])
    result = write_reminders(desk, "SPP", 2025, tmp_path, today=DEADLINE + timedelta(days=8))
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["p0.eml", "p1.eml"]  # P2 reported
    p1 = read_eml(tmp_path / "p1.eml")
    assert "p0@p1.org" in p1["To"] and "p1@p1.org" in p1["Cc"]
    assert p1["X-Unsent"] == "1"
    body = p1.get_content()
    assert "La date limite" in body and "31 mars 2026" in body and "membre du réseau" in body
    p0 = read_eml(tmp_path / "p0.eml")  # no focal point: the representative and the alternate
    assert "p0@p0.org" in p0["To"] and "p1@p0.org" in p0["Cc"]
    assert "co-lead" in p0.get_content() and "overdue" in p0["Subject"]
    logged = desk.read(lambda s: sorted((r.organisation_id, r.days_from_deadline)
                                        for r in s.scalars(select(ReminderLog))))
    assert logged == sorted([(w.orgs["P0"], 7), (w.orgs["P1"], 7)])  # the schedule's reminder a week after
    assert len(result.written) == 2 and not result.without_address


def test_before_the_deadline_the_words_say_it_is_ahead(desk, tmp_path):
    tmp_path = tmp_path / "drafts"
    tmp_path.mkdir()
    build(desk, partners=1)
    write_reminders(desk, "SPP", 2025, tmp_path, today=DEADLINE - timedelta(days=14))
    message = read_eml(tmp_path / "p0.eml")
    assert "due 31 March 2026" in message["Subject"] and "by 31 March 2026" in message.get_content()


def test_a_failure_leaves_no_draft_and_no_log(desk, tmp_path, monkeypatch):
    tmp_path = tmp_path / "drafts"
    tmp_path.mkdir()
    build(desk, partners=2)

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(type(desk), "write", broken)
    with pytest.raises(OSError):
        write_reminders(desk, "SPP", 2025, tmp_path, today=DEADLINE)
    assert list(tmp_path.iterdir()) == []
    assert desk.read(lambda s: s.scalars(select(ReminderLog)).all()) == []


def test_reminders_are_on_the_partners_record(desk, tmp_path):
    w = build(desk, partners=1)
    write_reminders(desk, "SPP", 2025, tmp_path, today=DEADLINE + timedelta(days=20))
    [line] = desk.read(reporting.reminders_sent, w.orgs["P0"])
    assert (line.programme, line.year, line.days_from_deadline, line.language) == ("SPP", 2025, 15, "en")
    assert "p0@p0.org" in line.recipients
    [cycle] = desk.read(reporting.cycles, "SPP")
    assert (cycle.year, cycle.deadline, cycle.reminder_days) == (2025, DEADLINE, (-14, -3, 7, 15))
