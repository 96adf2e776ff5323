"""The desk's window: the only package that imports PySide6, one package per area.

How it fits together (see each module's docstring, and docs/ARCHITECTURE.md):

- ``window.app.run`` starts Qt, opens the database through ``window.background_open`` (writer's
  lock, store, Desk, one ``core.operations.OperationRunner``) and shows ``window.main_window.MainWindow``;
  ``window.pages`` names each area's page as "module:callable", built on first visit.
- ``core``: the runner and its ``worker.Worker`` threads (the database worker is the only thread
  that ever calls the Desk; a files worker takes backups and new demo databases), the typed
  ``settings`` over QSettings, ``messages`` (the one door to message boxes), ``labels``.
- ``widgets``: pieces two or more areas share (form dialogs, pickers, style, paged model, preview).
- ``registry``, ``applications``, ``selection``, ``leadership``: one package per area, each with
  ``page.py`` and ``ops.py`` (the area's actions: widgets call those, never a session). Each write's
  ``Outcome`` is broadcast once (``OperationRunner.changed``) and views refresh from it. An area
  never imports another (import-linter contracts in pyproject.toml).
- ``registry.organisation_editor`` is the Designer form ``ui/organisation_editor.ui`` compiled into
  ``forms/`` by ``python -m opn_desk.gui.build_forms``.

The editor is a panel beside the table rather than a dialog: the officer keeps the list in view,
moves through it with the arrow keys while the panel follows, and unsaved edits are never lost
(opening another organisation asks first).
"""
