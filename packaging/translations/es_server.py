"""Spanish for the team server (issue 17, server): the window's refresh when other officers' changes are
committed on the server (gui/window/server_watch.py, services/server_changes.py)."""

TRANSLATIONS = {
    "Changes by other officers": "Cambios de otros oficiales de la secretaría",
    "Other officers' changes no longer show by themselves: the connection to the server was lost ({reason}); OPN "
    "Desk tries again every few seconds.":
        "Los cambios de otros oficiales de la secretaría ya no se muestran solos: se perdió la conexión con el servidor ({reason}); "
        "OPN Desk vuelve a intentarlo cada pocos segundos.",
    "The connection that shows other officers' changes is closed.":
        "La conexión que muestra los cambios de otros oficiales de la secretaría está cerrada.",
}
