"""Spanish for the window on a team server (issue 17, task "server-window"): File › Connect to a server…
(gui/window/server_dialog.py) and its connection test (services/server_connection.py)."""

TRANSLATIONS = {
    # services/server_connection.py
    "{database} on {host}": "{database} en {host}",
    "This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file "
    "(PGPASSFILE, ~/.pgpass) instead.":
        "Este ordenador no tiene un llavero que OPN Desk pueda usar ({kind}); ponga la contraseña en un archivo "
        "de contraseñas de PostgreSQL (PGPASSFILE, ~/.pgpass).",
    "The server refused the password for {user}: check it and try again.":
        "El servidor rechazó la contraseña de {user}: compruébela e inténtelo de nuevo.",
    "The server asks for a password for {user}: type it in.":
        "El servidor pide una contraseña para {user}: escríbala.",
    "The server at {host} has no database called {database}: check the name with your IT person.":
        "El servidor {host} no tiene ninguna base de datos llamada {database}: compruebe el nombre con su "
        "informático.",
    "The server at {host} does not let {user} in: ask your IT person for access (docs/SERVER.md, section 2).":
        "El servidor {host} no deja entrar a {user}: pida acceso a su informático (docs/SERVER.md, sección 2).",
    "OPN Desk cannot reach a server at {host}, port {port}: check the name and the port, and that this "
    "computer is on the network (or the VPN).":
        "OPN Desk no puede llegar a un servidor en {host}, puerto {port}: compruebe el nombre y el puerto, y que "
        "este ordenador esté en la red (o en la VPN).",
    "The database {database} holds other tables but no OPN Desk desk: ask your IT person for an empty "
    "database of its own.":
        "La base de datos {database} contiene otras tablas pero ningún escritorio de OPN Desk: pida a su "
        "informático una base de datos vacía propia.",
    "The database {database} is there but holds no OPN Desk desk yet: put one there from a desk's file with "
    "'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).":
        "La base de datos {database} existe pero aún no contiene ningún escritorio de OPN Desk: ponga allí el de "
        "un archivo con 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, sección 4).",
    "Connected: {server} holds an OPN Desk desk.": "Conectado: {server} contiene un escritorio de OPN Desk.",
    # gui/window/server_dialog.py
    "A server database is backed up by its IT person with pg_dump (docs/SERVER.md, section 6): OPN Desk makes "
    "no backup file of it, and restores none.":
        "Una base de datos en un servidor la respalda su informático con pg_dump (docs/SERVER.md, sección 6): "
        "OPN Desk no hace ninguna copia de seguridad de ella ni restaura ninguna.",
    "Connect to a server": "Conectarse a un servidor",
    "your database role": "su rol en la base de datos",
    "kept in this computer's keyring": "guardada en el llavero de este ordenador",
    "&Host:": "&Servidor:",
    "&Port:": "P&uerto:",
    "&Database:": "&Base de datos:",
    "&Role (user):": "&Rol (usuario):",
    "Pass&word:": "&Contraseña:",
    "Your IT person gives you these (docs/SERVER.md). The password is kept in this computer's keyring, never "
    "in OPN Desk's settings; leave it empty if it is in a PostgreSQL password file or already kept.":
        "Su informático le da estos datos (docs/SERVER.md). La contraseña se guarda en el llavero de este "
        "ordenador, nunca en los ajustes de OPN Desk; déjela vacía si está en un archivo de contraseñas de "
        "PostgreSQL o ya está guardada.",
    "&Test the connection": "&Probar la conexión",
    "&Connect": "C&onectar",
    "the host": "el servidor",
    "the database": "la base de datos",
    "the role": "el rol",
    "Fill in {what}.": "Rellene {what}.",
    "Connecting to {server}…": "Conectando con {server}…",
    # gui/window/main_window.py
    "&Connect to a server…": "&Conectarse a un servidor…",
    "{server} (server: {address})": "{server} (servidor: {address})",
}
