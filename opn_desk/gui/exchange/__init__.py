"""Exchange with other laptops (docs/SYNC.md, "In the window"): File > Exchange with other laptops…
(dialog.py: write and read exchange files, the shared folder, the laptops known), the "Needs decision"
list (decisions.py) and the status-bar badge while decisions wait (badge.py); ops.py the work they run
on the database worker."""
