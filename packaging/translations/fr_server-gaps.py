"""French for the team server's gaps closed in issue 17 (server-gaps): a programme-restricted officer's import
and exchange refused in one sentence (services/server_roles.py), and the connection tested off the window's
thread (gui/window/server_dialog.py)."""

TRANSLATIONS = {
    "you may edit no programme's records": "vous ne pouvez modifier les fiches d'aucun programme",
    "you may edit {programmes}'s records only": "vous ne pouvez modifier que les fiches de {programmes}",
    "Nothing was written: {count} of the {total} rows to import belongs to {programmes}, and {yours}; leave it "
    "out of the file, or ask the desk's administrator.":
        "Rien n'a été enregistré : {count} des {total} lignes à importer relève de {programmes}, et {yours} ; "
        "retirez-la du fichier, ou adressez-vous à l'administrateur du bureau.",
    "Nothing was written: {count} of the {total} rows to import belong to {programmes}, and {yours}; leave them "
    "out of the file, or ask the desk's administrator.":
        "Rien n'a été enregistré : {count} des {total} lignes à importer relèvent de {programmes}, et {yours} ; "
        "retirez-les du fichier, ou adressez-vous à l'administrateur du bureau.",
    "Nothing was imported: these changes would touch {count} record of {programmes}, and {yours}; an officer who "
    "may edit {programmes}, or the desk's administrator, can import them.":
        "Rien n'a été importé : ces modifications toucheraient {count} fiche de {programmes}, et {yours} ; un "
        "chargé qui peut modifier {programmes}, ou l'administrateur du bureau, peut les importer.",
    "Nothing was imported: these changes would touch {count} records of {programmes}, and {yours}; an officer who "
    "may edit {programmes}, or the desk's administrator, can import them.":
        "Rien n'a été importé : ces modifications toucheraient {count} fiches de {programmes}, et {yours} ; un "
        "chargé qui peut modifier {programmes}, ou l'administrateur du bureau, peut les importer.",
    "The connection could not be tested ({reason}).": "La connexion n'a pas pu être testée ({reason}).",
    "Stopped waiting for the server; nothing was changed.":
        "Attente du serveur arrêtée ; rien n'a été modifié.",
}
