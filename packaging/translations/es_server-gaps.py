"""Spanish for the team server's gaps closed in issue 17 (server-gaps): a programme-restricted officer's import
and exchange refused in one sentence (services/server_roles.py), and the connection tested off the window's
thread (gui/window/server_dialog.py)."""

TRANSLATIONS = {
    "you may edit no programme's records": "no puede modificar los registros de ningún programa",
    "you may edit {programmes}'s records only": "solo puede modificar los registros de {programmes}",
    "Nothing was written: {count} of the {total} rows to import belongs to {programmes}, and {yours}; leave it "
    "out of the file, or ask the desk's administrator.":
        "No se guardó nada: {count} de las {total} filas por importar pertenece a {programmes}, y {yours}; "
        "quítela del archivo o consulte al administrador del escritorio.",
    "Nothing was written: {count} of the {total} rows to import belong to {programmes}, and {yours}; leave them "
    "out of the file, or ask the desk's administrator.":
        "No se guardó nada: {count} de las {total} filas por importar pertenecen a {programmes}, y {yours}; "
        "quítelas del archivo o consulte al administrador del escritorio.",
    "Nothing was imported: these changes would touch {count} record of {programmes}, and {yours}; an officer who "
    "may edit {programmes}, or the desk's administrator, can import them.":
        "No se importó nada: estos cambios afectarían {count} registro de {programmes}, y {yours}; un oficial que "
        "pueda modificar {programmes}, o el administrador del escritorio, puede importarlos.",
    "Nothing was imported: these changes would touch {count} records of {programmes}, and {yours}; an officer who "
    "may edit {programmes}, or the desk's administrator, can import them.":
        "No se importó nada: estos cambios afectarían {count} registros de {programmes}, y {yours}; un oficial que "
        "pueda modificar {programmes}, o el administrador del escritorio, puede importarlos.",
    "The connection could not be tested ({reason}).": "No se pudo probar la conexión ({reason}).",
    "Stopped waiting for the server; nothing was changed.":
        "Se dejó de esperar al servidor; no se cambió nada.",
}
