"""Spanish for the team server's roles and rights (issue 17, task "server-roles"): `opn-desk server roles`,
`opn-desk server grant`, and the refusals an officer or the Secretariat's reader reads
(opn_desk/services/server_roles.py, opn_desk/commands/server.py, opn_desk/services/export.py)."""

TRANSLATIONS: dict[str, str] = {
    " and ": " y ",
    "Your role on the server only reads the desk, so nothing was saved; ask the desk's administrator if you "
    "should edit it.":
        "Su rol en el servidor solo lee la secretaría, así que no se guardó nada; pregunte al administrador de la "
        "secretaría si debe modificarla.",
    "You may edit no programme's records; ask the desk's administrator for more.":
        "No puede modificar los registros de ningún programa; pida más al administrador de la secretaría.",
    "You may edit {programmes}'s records only; ask the desk's administrator for more.":
        "Solo puede modificar los registros de {programmes}; pida más al administrador de la secretaría.",
    "the roles opn_desk_officer and opn_desk_reader may use its {tables} tables; {guarded} tables are guarded per "
    "programme ({programmes} programmes).":
        "los roles opn_desk_officer y opn_desk_reader pueden usar sus {tables} tablas; {guarded} tablas están "
        "protegidas por programa ({programmes} programas).",
    "This server database holds no OPN Desk desk yet; put one there first (opn-desk server upload, or open it once "
    "as its owner).":
        "Esta base de datos del servidor aún no contiene ninguna secretaría de OPN Desk; coloque una primero "
        "(opn-desk server upload, o ábrala una vez como su propietario).",
    "Setting up the roles needs the server's administrator (a superuser, or the desk's owner with the right to "
    "create roles); nothing was changed.":
        "Configurar los roles requiere al administrador del servidor (un superusuario, o el propietario de la "
        "secretaría con derecho a crear roles); no se cambió nada.",
    "--programme applies to an officer; a reader edits nothing.":
        "--programme se aplica a un oficial; un lector no modifica nada.",
    "The desk's roles are not set up on this server yet; run 'opn-desk server roles' first.":
        "Los roles de la secretaría aún no están configurados en este servidor; ejecute primero «opn-desk server "
        "roles».",
    "There is no role {login} on the server; create it first (CREATE ROLE {login} LOGIN), with its password.":
        "No hay ningún rol {login} en el servidor; créelo primero (CREATE ROLE {login} LOGIN), con su contraseña.",
    "There is no programme {code} in this desk.":
        "No hay ningún programa {code} en esta secretaría.",
    "{login} reads the desk (no sensitive personal data) and edits nothing.":
        "{login} lee la secretaría (sin los datos personales sensibles) y no modifica nada.",
    "{login} edits the records of {programmes} only.":
        "{login} modifica solo los registros de {programmes}.",
    "{login} edits the records of every programme.":
        "{login} modifica los registros de todos los programas.",
    "Your role on the server does not receive sensitive personal data (gender, SOGIESC, disability "
    "accommodation); export without it.":
        "Su rol en el servidor no recibe datos personales sensibles (género, SOGIESC, adaptaciones por "
        "discapacidad); exporte sin ellos.",
    "create or update the desk's roles on the server: officers and the Secretariat's readers (as the server's "
    "administrator)":
        "crear o actualizar los roles de la secretaría en el servidor: oficiales y lectores de la Secretaría (como "
        "administrador del servidor)",
    "make a server role an officer (of some programmes, or all) or a reader":
        "hacer de un rol del servidor un oficial (de algunos programas, o de todos) o un lector",
    "the officer's own database role":
        "el rol de base de datos propio del oficial",
    "a programme the officer may edit (repeat for several; none: every programme)":
        "un programa que el oficial puede modificar (repetir para varios; ninguno: todos los programas)",
    "Roles set up on {address}: {summary}":
        "Roles configurados en {address}: {summary}",
}
