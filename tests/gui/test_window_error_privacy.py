"""The window's message and log for a database error name neither the person nor the SQL."""

from __future__ import annotations

import logging
import sqlite3

NAME, EMAIL, GENDER = "Wanjiru Secretname", "wanjiru.secret@example.org", "non_binary"
T = 10_000


def test_a_failed_save_in_the_window_shows_a_sentence_without_values_or_sql(window, db_path, qtbot, boxes,
                                                                            caplog, capfd):
    from opn_desk.domain.registry import OrganisationInput, PersonInput
    from opn_desk.services import registry

    con = sqlite3.connect(db_path)
    con.execute("CREATE TRIGGER refuse_people BEFORE INSERT ON person "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    con.commit()
    con.close()
    caplog.set_level(logging.DEBUG)

    def add(desk):
        org = desk.write("Add", registry.create_organisation, OrganisationInput(name="Zebra Trust")).value
        return desk.write("Add a representative", registry.add_person, PersonInput(org, NAME, EMAIL, gender=GENDER))

    window.runner.run_op(add)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=T)
    shown = boxes.shown[0]
    assert shown.startswith("The change broke one of the database's rules")
    printed = capfd.readouterr()
    for text in (shown, caplog.text, printed.out, printed.err):
        for value in (NAME, EMAIL, GENDER):
            assert value not in text
    for text in (shown, caplog.text, printed.err):
        assert "INSERT" not in text and "[SQL" not in text
    assert "IntegrityError" in caplog.text and "add_person" in caplog.text  # where it failed is logged
