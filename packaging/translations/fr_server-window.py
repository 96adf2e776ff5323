"""French for the window on a team server (issue 17, task "server-window"): File › Connect to a server…
(gui/window/server_dialog.py) and its connection test (services/server_connection.py)."""

TRANSLATIONS = {
    # services/server_connection.py
    "{database} on {host}": "{database} sur {host}",
    "This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file "
    "(PGPASSFILE, ~/.pgpass) instead.":
        "Cet ordinateur n'a pas de trousseau qu'OPN Desk puisse utiliser ({kind}) ; mettez plutôt le mot de "
        "passe dans un fichier de mots de passe PostgreSQL (PGPASSFILE, ~/.pgpass).",
    "The server refused the password for {user}: check it and try again.":
        "Le serveur a refusé le mot de passe de {user} : vérifiez-le et réessayez.",
    "The server asks for a password for {user}: type it in.":
        "Le serveur demande un mot de passe pour {user} : saisissez-le.",
    "The server at {host} has no database called {database}: check the name with your IT person.":
        "Le serveur {host} n'a pas de base de données nommée {database} : vérifiez le nom auprès de votre "
        "informaticien.",
    "The server at {host} does not let {user} in: ask your IT person for access (docs/SERVER.md, section 2).":
        "Le serveur {host} n'accepte pas {user} : demandez un accès à votre informaticien (docs/SERVER.md, "
        "section 2).",
    "OPN Desk cannot reach a server at {host}, port {port}: check the name and the port, and that this "
    "computer is on the network (or the VPN).":
        "OPN Desk ne peut pas joindre de serveur à {host}, port {port} : vérifiez le nom et le port, et que "
        "cet ordinateur est bien sur le réseau (ou le VPN).",
    "The database {database} holds other tables but no OPN Desk desk: ask your IT person for an empty "
    "database of its own.":
        "La base de données {database} contient d'autres tables mais aucun bureau OPN Desk : demandez à votre "
        "informaticien une base vide qui lui soit propre.",
    "The database {database} is there but holds no OPN Desk desk yet: put one there from a desk's file with "
    "'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).":
        "La base de données {database} existe mais ne contient pas encore de bureau OPN Desk : placez-y celui "
        "d'un fichier avec 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).",
    "Connected: {server} holds an OPN Desk desk.": "Connecté : {server} contient un bureau OPN Desk.",
    # gui/window/server_dialog.py
    "A server database is backed up by its IT person with pg_dump (docs/SERVER.md, section 6): OPN Desk makes "
    "no backup file of it, and restores none.":
        "Une base de données sur serveur est sauvegardée par son informaticien avec pg_dump (docs/SERVER.md, "
        "section 6) : OPN Desk n'en fait aucune copie de sauvegarde et n'en restaure aucune.",
    "Connect to a server": "Se connecter à un serveur",
    "your database role": "votre rôle dans la base",
    "kept in this computer's keyring": "gardé dans le trousseau de cet ordinateur",
    "&Host:": "&Hôte :",
    "&Port:": "&Port :",
    "&Database:": "&Base de données :",
    "&Role (user):": "&Rôle (utilisateur) :",
    "Pass&word:": "&Mot de passe :",
    "Your IT person gives you these (docs/SERVER.md). The password is kept in this computer's keyring, never "
    "in OPN Desk's settings; leave it empty if it is in a PostgreSQL password file or already kept.":
        "Votre informaticien vous les donne (docs/SERVER.md). Le mot de passe est gardé dans le trousseau de "
        "cet ordinateur, jamais dans les réglages d'OPN Desk ; laissez-le vide s'il est dans un fichier de "
        "mots de passe PostgreSQL ou déjà gardé.",
    "&Test the connection": "&Tester la connexion",
    "&Connect": "Se &connecter",
    "the host": "l'hôte",
    "the database": "la base de données",
    "the role": "le rôle",
    "Fill in {what}.": "Renseignez {what}.",
    "Connecting to {server}…": "Connexion à {server}…",
    # gui/window/main_window.py
    "&Connect to a server…": "Se &connecter à un serveur…",
    "{server} (server: {address})": "{server} (serveur : {address})",
}
