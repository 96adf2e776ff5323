"""The desk's window: the only package that imports PySide6.

How it fits together (see each module's docstring):

- ``app.run`` starts Qt, opens the database through ``opening.open_desk`` (writer's lock, store,
  Desk, one ``operations.OperationRunner``) and shows ``main_window.MainWindow``.
- ``worker.Worker`` is one thread with a queue. The runner owns two: the database worker, the only
  thread that ever calls the Desk, and a files worker for backups and new demo databases.
- ``operations`` holds one small function per user action. Widgets call those, never a session;
  each write's ``Outcome`` is broadcast once (``OperationRunner.changed``) and views refresh from it.
- ``registry_model.OrganisationTableModel`` pages rows in from SQL (sort and filter there too);
  ``registry_page`` puts the header, filters, table and editor side by side.
- ``organisation_editor`` is the Designer form ``ui/organisation_editor.ui`` compiled into
  ``forms/`` by ``python -m opn_desk.gui.build_forms``.
- ``settings`` is the typed registry over QSettings; ``messages`` is the one door to message boxes.

The editor is a panel beside the table rather than a dialog: the officer keeps the list in view,
moves through it with the arrow keys while the panel follows, and unsaved edits are never lost
(opening another organisation asks first).
"""
