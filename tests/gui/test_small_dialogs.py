"""The file dialogs of the File menu refuse unusable choices inline, in words, before anything runs."""

from __future__ import annotations

from pathlib import Path

from opn_desk.gui.widgets.dialogs import ExportDialog, NewDemoDialog, PreferencesDialog


def test_export_needs_a_csv_or_xlsx_name_and_leaves_sensitive_data_out_by_default(qtbot, tmp_path):
    dialog = ExportDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path().parent == tmp_path and dialog.path().suffix == ".xlsx"
    assert not dialog.sensitive.isChecked()
    dialog.path_row.edit.setText(str(tmp_path / "organisations.pdf"))
    dialog._check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text() == "The file name must end in .csv or .xlsx."
    dialog.path_row.edit.setText(str(tmp_path / "organisations.CSV"))
    dialog._check()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_new_demo_never_overwrites_and_needs_an_existing_folder(qtbot, tmp_path):
    dialog = NewDemoDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path() == tmp_path / "demo.sqlite"
    assert (dialog.organisations.value(), dialog.seed.value()) == (900, 1)
    existing = tmp_path / "mine.sqlite"
    existing.write_bytes(b"x" * 10)
    dialog.path_row.edit.setText(str(existing))
    dialog._check()
    assert "already exists" in dialog.error_label.text() and dialog.result() != dialog.DialogCode.Accepted
    dialog.path_row.edit.setText(str(tmp_path / "no-such-folder" / "demo.sqlite"))
    dialog._check()
    assert "does not exist" in dialog.error_label.text()
    dialog.path_row.edit.setText(str(Path("~") / "..." / "demo.sqlite"))
    assert dialog.path().is_absolute()  # "~" is the home folder, as users type it
    dialog.path_row.edit.setText(str(tmp_path / "demo.sqlite"))
    dialog._check()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_preferences_show_the_officers_name(qtbot):
    dialog = PreferencesDialog(None, "Amina Otieno")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Amina Otieno"
