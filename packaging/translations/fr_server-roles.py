"""French for the team server's roles and rights (issue 17, task "server-roles"): `opn-desk server roles`,
`opn-desk server grant`, and the refusals an officer or the Secretariat's reader reads
(opn_desk/services/server_roles.py, opn_desk/commands/server.py, opn_desk/services/export.py)."""

TRANSLATIONS: dict[str, str] = {
    " and ": " et ",
    "Your role on the server only reads the desk, so nothing was saved; ask the desk's administrator if you "
    "should edit it.":
        "Votre rôle sur le serveur ne fait que lire le secrétariat, donc rien n’a été enregistré ; demandez à "
        "l’administrateur du secrétariat si vous devez le modifier.",
    "You may edit no programme's records; ask the desk's administrator for more.":
        "Vous ne pouvez modifier les dossiers d’aucun programme ; demandez-en davantage à l’administrateur du "
        "secrétariat.",
    "You may edit {programmes}'s records only; ask the desk's administrator for more.":
        "Vous ne pouvez modifier que les dossiers de {programmes} ; demandez-en davantage à l’administrateur du "
        "secrétariat.",
    "the roles opn_desk_officer and opn_desk_reader may use its {tables} tables; {guarded} tables are guarded per "
    "programme ({programmes} programmes).":
        "les rôles opn_desk_officer et opn_desk_reader peuvent utiliser ses {tables} tables ; {guarded} tables sont "
        "protégées par programme ({programmes} programmes).",
    "This server database holds no OPN Desk desk yet; put one there first (opn-desk server upload, or open it once "
    "as its owner).":
        "Cette base de données du serveur ne contient encore aucun secrétariat OPN Desk ; placez-en d’abord un "
        "(opn-desk server upload, ou ouvrez-la une fois en tant que propriétaire).",
    "Setting up the roles needs the server's administrator (a superuser, or the desk's owner with the right to "
    "create roles); nothing was changed.":
        "La mise en place des rôles demande l’administrateur du serveur (un superutilisateur, ou le propriétaire du "
        "secrétariat ayant le droit de créer des rôles) ; rien n’a été modifié.",
    "--programme applies to an officer; a reader edits nothing.":
        "--programme s’applique à un chargé de programme ; un lecteur ne modifie rien.",
    "The desk's roles are not set up on this server yet; run 'opn-desk server roles' first.":
        "Les rôles du secrétariat ne sont pas encore en place sur ce serveur ; lancez d’abord « opn-desk server "
        "roles ».",
    "There is no role {login} on the server; create it first (CREATE ROLE {login} LOGIN), with its password.":
        "Il n’y a pas de rôle {login} sur le serveur ; créez-le d’abord (CREATE ROLE {login} LOGIN), avec son mot "
        "de passe.",
    "There is no programme {code} in this desk.":
        "Il n’y a pas de programme {code} dans ce secrétariat.",
    "{login} reads the desk (no sensitive personal data) and edits nothing.":
        "{login} lit le secrétariat (sans les données personnelles sensibles) et ne modifie rien.",
    "{login} edits the records of {programmes} only.":
        "{login} modifie uniquement les dossiers de {programmes}.",
    "{login} edits the records of every programme.":
        "{login} modifie les dossiers de tous les programmes.",
    "Your role on the server does not receive sensitive personal data (gender, SOGIESC, disability "
    "accommodation); export without it.":
        "Votre rôle sur le serveur ne reçoit pas les données personnelles sensibles (genre, SOGIESC, aménagements "
        "liés au handicap) ; exportez sans elles.",
    "create or update the desk's roles on the server: officers and the Secretariat's readers (as the server's "
    "administrator)":
        "créer ou mettre à jour les rôles du secrétariat sur le serveur : chargés de programme et lecteurs du "
        "Secrétariat (en tant qu’administrateur du serveur)",
    "make a server role an officer (of some programmes, or all) or a reader":
        "faire d’un rôle du serveur un chargé de programme (de certains programmes, ou de tous) ou un lecteur",
    "the officer's own database role":
        "le rôle de base de données propre au chargé de programme",
    "a programme the officer may edit (repeat for several; none: every programme)":
        "un programme que le chargé de programme peut modifier (à répéter pour plusieurs ; aucun : tous les "
        "programmes)",
    "Roles set up on {address}: {summary}":
        "Rôles mis en place sur {address} : {summary}",
}
