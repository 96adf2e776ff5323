"""The Applications area: the list, the detail panel, intake, calls, reviews, imports, checklists, the due list."""
