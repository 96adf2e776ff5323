"""French for the team server (issue 17, server): the window's refresh when other officers' changes are
committed on the server (gui/window/server_watch.py, services/server_changes.py)."""

TRANSLATIONS = {
    "Changes by other officers": "Modifications d'autres chargés de secrétariat",
    "Other officers' changes no longer show by themselves: the connection to the server was lost ({reason}); OPN "
    "Desk tries again every few seconds.":
        "Les modifications des autres chargés de secrétariat ne s'affichent plus d'elles-mêmes : la connexion au serveur a été perdue "
        "({reason}) ; OPN Desk réessaie au bout de quelques secondes.",
    "The connection that shows other officers' changes is closed.":
        "La connexion qui affiche les modifications des autres chargés de secrétariat est fermée.",
}
