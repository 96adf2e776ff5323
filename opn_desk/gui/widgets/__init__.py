"""Pieces of the window shared by two or more areas: form dialogs, pickers, dates, tables, style, print preview."""
