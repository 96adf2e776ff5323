"""Spanish for the command line's own messages (opn_desk/cli.py, opn_desk/commands), the documents' fixed
text (opn_desk/reports: dossiers, rosters, letters, review packs, the selection report) and the window's
"Language of the document" (issue 16, task "languages"). The desk's words: core partner = socio
principal, co-lead = co-líder, application = solicitud, call = convocatoria, slate = lista, pool = grupo
de candidatos, incumbent = titular, holding over = en prórroga, Board = Junta, MAC = MAC."""

TRANSLATIONS = {
    # ------------------------------------------------------------------ the command line: help texts
    "the desk's database file, or a team server's postgresql:// URL (docs/SERVER.md)":
        "el archivo de base de datos de la secretaría, o la URL postgresql:// de un servidor del equipo (docs/SERVER.md)",
    "OPN Desk: the coordination desk's tool for One Planet network programmes. Without a command, opens the desk's window.":
        "OPN Desk: la herramienta de la secretaría de coordinación para los programas de One Planet network. Sin comando, abre la ventana de la secretaría.",
    "open the database, show the window offscreen, run the checks and exit":
        "abrir la base de datos, mostrar la ventana fuera de pantalla, ejecutar las comprobaciones y salir",
    "open the database read-only": "abrir la base de datos en modo de solo lectura",
    "the language of messages (default: the one saved in Preferences, else English); JSON, CSV/XLSX columns, codes and exit codes are never translated":
        "el idioma de los mensajes (por defecto: el guardado en Preferencias, si no, el inglés); el JSON, las columnas CSV/XLSX, los códigos y los códigos de salida nunca se traducen",
    "create a realistic demo network in a database": "crear una red de demostración realista en una base de datos",
    "the same seed gives the same network (default 1)": "la misma semilla da la misma red (por defecto 1)",
    "how many (default 900)": "cuántas (por defecto 900)",
    "replace the file if it already exists": "reemplazar el archivo si ya existe",
    "integrity and rule checks; exit 1 listing any problems":
        "comprobaciones de integridad y de reglas; código de salida 1 con la lista de problemas",
    "first rebuild the registry's search index from the organisations (a repair)":
        "reconstruir primero el índice de búsqueda del registro a partir de las organizaciones (una reparación)",
    "export data to CSV or XLSX": "exportar datos a CSV o XLSX",
    "FILE.csv or FILE.xlsx": "ARCHIVO.csv o ARCHIVO.xlsx",
    "initiatives: leave out inactive initiatives and the desk's own notes":
        "iniciativas: dejar fuera las iniciativas inactivas y las notas de la secretaría",
    "also export personal data that is sensitive (representatives' gender)":
        "exportar también los datos personales sensibles (género de los representantes)",
    "write a reference table as the app uses it": "escribir una tabla de referencia tal como la usa la aplicación",
    "LDC status as of this date (default today)": "condición de PMA en esta fecha (por defecto hoy)",
    "the regional groups as this database counts them (default: as shipped)":
        "los grupos regionales tal como los cuenta esta base de datos (por defecto: tal como se distribuyen)",
    "write a verified backup of the database": "escribir una copia de seguridad verificada de la base de datos",
    "where to write it (default: the backups folder)": "dónde escribirla (por defecto: la carpeta de copias de seguridad)",
    "replace FILE if it already exists": "reemplazar ARCHIVO si ya existe",
    "replace the database with a backup (the current one is kept)":
        "reemplazar la base de datos por una copia de seguridad (la actual se conserva)",
    "the backup file (default: the newest backup that passes its check)":
        "el archivo de copia de seguridad (por defecto: la más reciente que supera su comprobación)",
    "import applications, organisations or reported activities from CSV/XLSX (all or nothing)":
        "importar solicitudes, organizaciones o actividades informadas desde CSV/XLSX (todo o nada)",
    "a .csv or .xlsx file, one row per record": "un archivo .csv o .xlsx, una fila por registro",
    "the call the applications answer (its title or id)": "la convocatoria a la que responden las solicitudes (su título o su identificador)",
    "a CSV/JSON mapping of file columns to fields": "una correspondencia CSV/JSON entre las columnas del archivo y los campos",
    "check the file and report; write nothing": "comprobar el archivo e informar; no escribir nada",
    "leave out these rows (as numbered in problems)": "dejar fuera estas filas (numeradas como en los problemas)",
    "print a PDF report": "imprimir un informe PDF",
    "reporting: the reporting cycle's year (FILE.pdf or .xlsx)":
        "reporting: el año del ciclo de informes (ARCHIVO.pdf o .xlsx)",
    "review-pack: the call (its title or id); selection: the core-partner call (its id or a part of its title)":
        "review-pack: la convocatoria (su título o su identificador); selection: la convocatoria de socios principales (su identificador o una parte de su título)",
    "application: the application's id": "application: el identificador de la solicitud",
    "meeting-pack: the meeting's id (`opn-desk meetings list`)": "meeting-pack: el identificador de la reunión (`opn-desk meetings list`)",
    "dossier/roster: the programme's code, e.g. SPP": "dossier/roster: el código del programa, p. ej. SPP",
    "roster: composition on this date (default today)": "roster: la composición en esta fecha (por defecto hoy)",
    "dossier, selection: mark FINAL (no DRAFT watermark)": "dossier, selection: marcar FINAL (sin marca de agua DRAFT)",
    "dossier: full (default, everything) or summary (the decision, the balance, half a page per candidate)":
        "dossier: full (por defecto, todo) o summary (la decisión, el equilibrio, media página por candidato)",
    "selection: report the hand-picked slate instead of the optimal one":
        "selection: presentar la lista elegida a mano en lugar de la óptima",
    "the document's language (default: the language of messages); after the command, so a French desk may print an English dossier":
        "el idioma del documento (por defecto: el de los mensajes); después del comando, para que una secretaría hispanohablante pueda imprimir un dossier en inglés",
    "propose a balanced core-partner slate (integer programming)":
        "proponer una lista equilibrada de socios principales (programación entera)",
    "candidates: id, score, attributes": "candidatos: identificador, puntuación, atributos",
    "seats, balance rules and pins": "puestos, reglas de equilibrio y fijaciones",
    "number of seats (overrides the rules file)": "número de puestos (sustituye al del archivo de reglas)",
    "with --db: the core-partner call whose stored round to use (its id or a part of its title)":
        "con --db: la convocatoria de socios principales cuya selección guardada se usa (su identificador o una parte de su título)",
    "print a JSON object instead of text": "mostrar un objeto JSON en lugar de texto",
    "the advisory committee's meetings: list, travel support (docs/MEETINGS.md)":
        "las reuniones del comité asesor: lista, apoyo para viajes (docs/MEETINGS.md)",
    "the meetings by date: id, date, kind, title": "las reuniones por fecha: identificador, fecha, tipo, título",
    "only this programme's meetings (e.g. SPP)": "solo las reuniones de este programa (p. ej. SPP)",
    "print a JSON list": "mostrar una lista JSON",
    "a meeting's travel requests in priority order, and the allocation":
        "las solicitudes de viaje de una reunión por orden de prioridad, y la asignación",
    "the meeting's id, as `meetings list` prints it": "el identificador de la reunión, tal como lo muestra `meetings list`",
    "print a JSON object": "mostrar un objeto JSON",
    "partner reporting: rates against the target, reminders (docs/REPORTING.md)":
        "informes de los socios: tasas frente a la meta, recordatorios (docs/REPORTING.md)",
    "each programme's reporting rate per year, against the 75%% target":
        "la tasa de informes de cada programa por año, frente a la meta del 75 %%",
    "only this year's cycles": "solo los ciclos de este año",
    "print a JSON list instead of text": "mostrar una lista JSON en lugar de texto",
    "one e-mail draft (.eml) per partner who has not reported": "un borrador de correo (.eml) por cada socio que no ha informado",
    "the programme's code, e.g. SPP": "el código del programa, p. ej. SPP",
    "the reporting cycle's year": "el año del ciclo de informes",
    "the folder the drafts go to": "la carpeta donde van los borradores",
    "the team server: move a desk up to PostgreSQL and back (docs/SERVER.md)":
        "el servidor del equipo: llevar una secretaría a PostgreSQL y de vuelta (docs/SERVER.md)",
    "copy a desk's file into an empty server database, checked table by table":
        "copiar el archivo de una secretaría en una base de datos de servidor vacía, comprobada tabla por tabla",
    "copy the desk on a server into a new file, for an offline copy":
        "copiar la secretaría de un servidor en un archivo nuevo, para una copia sin conexión",
    "save a server role's password in this computer's keyring (asked for)":
        "guardar la contraseña de un rol del servidor en el llavero de este ordenador (se solicita)",
    "exchange edits with the desk's other laptops (docs/SYNC.md)":
        "intercambiar cambios con los demás portátiles de la secretaría (docs/SYNC.md)",
    "a copy of the desk for another laptop, with its own identity":
        "una copia de la secretaría para otro portátil, con su propia identidad",
    "the new laptop's name, e.g. \"Nairobi laptop\"": "el nombre del nuevo portátil, p. ej. \"Portátil de Nairobi\"",
    "write what this desk knows to an exchange file": "escribir lo que sabe esta secretaría en un archivo de intercambio",
    "only what this laptop has not seen": "solo lo que este portátil no ha visto",
    "merge exchange files from other laptops (all or nothing)":
        "fusionar archivos de intercambio de otros portátiles (todo o nada)",
    "this laptop, the laptops known, what each has seen, open conflicts":
        "este portátil, los portátiles conocidos, lo que ha visto cada uno, los conflictos abiertos",
    "the conflicts waiting for a decision": "los conflictos pendientes de decisión",
    "decide a conflict": "resolver un conflicto",
    "keep the Nth value as 'conflicts' lists them": "conservar el N.º valor tal como los enumera 'conflicts'",
    "set this value instead": "poner este valor en su lugar",
    "retire a lost laptop": "retirar un portátil perdido",
    "exchange through a folder shared with the other laptops: write this laptop's own file there, read the others'":
        "intercambiar a través de una carpeta compartida con los demás portátiles: escribir allí el archivo de este portátil y leer los de los demás",
    # ------------------------------------------------------------------ the command line: messages
    "--organisations must be between 1 and 1,000,000.": "--organisations debe estar entre 1 y 1.000.000.",
    "A server database is backed up and restored with the server's own backups (pg_dump, pg_restore; docs/SERVER.md), not with OPN Desk's file copies.":
        "Una base de datos de servidor se respalda y se restaura con las copias de seguridad del propio servidor (pg_dump, pg_restore; docs/SERVER.md), no con las copias de archivo de OPN Desk.",
    "The window cannot open a server database yet; use the opn-desk commands with --db postgresql://… meanwhile, or work on an offline copy (opn-desk server download).":
        "La ventana aún no puede abrir una base de datos de servidor; mientras tanto, use los comandos opn-desk con --db postgresql://…, o trabaje en una copia sin conexión (opn-desk server download).",
    "Demo network written to {path}: {summary}": "Red de demostración escrita en {path}: {summary}",
    "Wrote {count} countries to {path}.": "Se escribieron {count} países en {path}.",
    "Backup written and verified: {path}": "Copia de seguridad escrita y verificada: {path}",
    "{path} already exists; the demo network is written to a new database only (add --replace to overwrite it).":
        "{path} ya existe; la red de demostración solo se escribe en una base de datos nueva (añada --replace para sobrescribirla).",
    "{path} is a folder, not a database file.": "{path} es una carpeta, no un archivo de base de datos.",
    "{path}: search index rebuilt.": "{path}: índice de búsqueda reconstruido.",
    "{path}: healthy.": "{path}: en buen estado.",
    "{path}: {count} problem found:": "{path}: se encontró {count} problema:",
    "{path}: {count} problems found:": "{path}: se encontraron {count} problemas:",
    "{file}: the export file must end in .csv or .xlsx.": "{file}: el archivo de exportación debe terminar en .csv o .xlsx.",
    "Exported {count} organisation to {path}.": "Se exportó {count} organización a {path}.",
    "Exported {count} organisations to {path}.": "Se exportaron {count} organizaciones a {path}.",
    "{file}: the file must end in .csv or .xlsx.": "{file}: el archivo debe terminar en .csv o .xlsx.",
    "There is no backup file at {path}.": "No hay ningún archivo de copia de seguridad en {path}.",
    "Restored {path} from {source}.": "Se restauró {path} desde {source}.",
    "{text} is not a date in the form YYYY-MM-DD.": "{text} no es una fecha con el formato AAAA-MM-DD.",
    "SQLite found damage in the database file ({damage}); restore a recent backup (File > Restore from backup…, or opn-desk restore) before making more changes.":
        "SQLite encontró daños en el archivo de base de datos ({damage}); restaure una copia de seguridad reciente (Archivo > Restaurar copia de seguridad…, u opn-desk restore) antes de hacer más cambios.",
    "None of the backups of {path} passes its check, so nothing was restored; choose a file with --from.":
        "Ninguna de las copias de seguridad de {path} supera su comprobación, así que no se restauró nada; elija un archivo con --from.",
    "There are no backups of {path} to restore (only copies kept before a restore or set aside as damaged, restored only with --from).":
        "No hay copias de seguridad de {path} que restaurar (solo copias guardadas antes de una restauración o apartadas por dañadas, que solo se restauran con --from).",
    "There are no backups of {path} to restore.": "No hay copias de seguridad de {path} que restaurar.",
    "The previous state is kept in {path}.": "El estado anterior se conserva en {path}.",
    "--call applies to imports of applications only.": "--call solo se aplica a las importaciones de solicitudes.",
    "; and {count} more": "; y {count} más",
    "There is no call {call}; the calls are: {calls}.": "No hay ninguna convocatoria {call}; las convocatorias son: {calls}.",
    "{count} problem found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.":
        "Se encontró {count} problema en {file}; no se escribió nada. Corrija el archivo, o deje fuera las filas con --exclude-rows.",
    "{count} problems found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.":
        "Se encontraron {count} problemas en {file}; no se escribió nada. Corrija el archivo, o deje fuera las filas con --exclude-rows.",
    "Several calls are called {call}; give the call's id instead: {ids}.":
        "Varias convocatorias se llaman {call}; indique en su lugar el identificador de la convocatoria: {ids}.",
    "There is no call {call}; the database has no calls yet.": "No hay ninguna convocatoria {call}; la base de datos aún no tiene convocatorias.",
    "{path} is a folder, not a file.": "{path} es una carpeta, no un archivo.",
    "There is no mapping file at {path}.": "No hay ningún archivo de correspondencia en {path}.",
    "{file} was not imported: {reason}": "{file} no se importó: {reason}",
    "The mapping file cannot be used: {reason}": "El archivo de correspondencia no se puede usar: {reason}",
    "{file} was not imported. {reason}": "{file} no se importó. {reason}",
    ", {count} warning (above)": ", {count} advertencia (arriba)",
    ", {count} warnings (above)": ", {count} advertencias (arriba)",
    "Checked {count} row: no problems{warnings}; nothing written (dry run).":
        "Se comprobó {count} fila: ningún problema{warnings}; no se escribió nada (prueba en seco).",
    "Checked {count} rows: no problems{warnings}; nothing written (dry run).":
        "Se comprobaron {count} filas: ningún problema{warnings}; no se escribió nada (prueba en seco).",
    "Name the database with --db PATH.": "Indique la base de datos con --db RUTA.",
    "No meetings yet.": "Aún no hay reuniones.",
    "No travel requests.": "No hay solicitudes de viaje.",
    "--include-sensitive applies to the export of organisations only.":
        "--include-sensitive solo se aplica a la exportación de organizaciones.",
    "Exported {count} initiative to {path} (public: without inactive initiatives and the desk's notes).":
        "Se exportó {count} iniciativa a {path} (pública: sin las iniciativas inactivas ni las notas de la secretaría).",
    "Exported {count} initiatives to {path} (public: without inactive initiatives and the desk's notes).":
        "Se exportaron {count} iniciativas a {path} (públicas: sin las iniciativas inactivas ni las notas de la secretaría).",
    "Exported {count} initiative to {path}.": "Se exportó {count} iniciativa a {path}.",
    "Exported {count} initiatives to {path}.": "Se exportaron {count} iniciativas a {path}.",
    "Wrote {count} reminder draft to {path}": "Se escribió {count} borrador de recordatorio en {path}",
    "Wrote {count} reminder drafts to {path}": "Se escribieron {count} borradores de recordatorio en {path}",
    "Name the programme with --programme CODE (for example SPP).": "Indique el programa con --programme CÓDIGO (por ejemplo SPP).",
    "Name the reporting cycle's year with --year YYYY.": "Indique el año del ciclo de informes con --year AAAA.",
    "meets the target": "cumple la meta",
    "below the target": "por debajo de la meta",
    "No reporting cycles yet.": "Aún no hay ciclos de informes.",
    "No reporting cycles for {year}.": "No hay ciclos de informes para {year}.",
    "Wrote the {code} {year} reporting summary to {path} ({done}).": "Se escribió el resumen de informes {code} {year} en {path} ({done}).",
    "; {count} excused": "; {count} excusados",
    "; {count} late": "; {count} con retraso",
    "{name} {year}: {reported} of {partners} partners reported ({rate}, target {target}: {mark}{late}{excused})":
        "{name} {year}: {reported} de {partners} socios informaron ({rate}, meta {target}: {mark}{late}{excused})",
    "Network": "Red",
    "There is no folder {path}; create it first.": "No existe la carpeta {path}; créela primero.",
    "{path} is a file; give the folder the drafts go to.": "{path} es un archivo; indique la carpeta donde van los borradores.",
    "{file}: the cycle summary is written as .pdf or .xlsx.": "{file}: el resumen del ciclo se escribe como .pdf o .xlsx.",
    "{path} is a folder; give the file's name.": "{path} es una carpeta; indique el nombre del archivo.",
    "The folder {path} does not exist.": "La carpeta {path} no existe.",
    "{name}: no e-mail address for its focal point or representative; no draft written.":
        "{name}: no hay dirección de correo de su punto focal ni de su representante; no se escribió ningún borrador.",
    "; {count} non-reporter(s) without an e-mail address.": "; {count} socio(s) sin informe y sin dirección de correo.",
    "Give the PDF to write with --out FILE.pdf.": "Indique el PDF que se escribirá con --out ARCHIVO.pdf.",
    "Name the call with --call CALL (its title or id).": "Indique la convocatoria con --call CONVOCATORIA (su título o su identificador).",
    "Name the core-partner call with --call CALL (its id or a part of its title).":
        "Indique la convocatoria de socios principales con --call CONVOCATORIA (su identificador o una parte de su título).",
    "--picked is for the selection report.": "--picked es para el informe de selección.",
    "--edition is for the dossier.": "--edition es para el dossier.",
    "Name the application with --id ID.": "Indique la solicitud con --id ID.",
    "Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidate) to {path}: {pages}.":
        "Se escribió el dossier de renovación de la dirección {state} (edición resumida) de {code} ({count} candidato) en {path}: {pages}.",
    "Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidates) to {path}: {pages}.":
        "Se escribió el dossier de renovación de la dirección {state} (edición resumida) de {code} ({count} candidatos) en {path}: {pages}.",
    "Wrote the {state} leadership renewal dossier for {code} ({count} candidate) to {path}: {pages}.":
        "Se escribió el dossier de renovación de la dirección {state} de {code} ({count} candidato) en {path}: {pages}.",
    "Wrote the {state} leadership renewal dossier for {code} ({count} candidates) to {path}: {pages}.":
        "Se escribió el dossier de renovación de la dirección {state} de {code} ({count} candidatos) en {path}: {pages}.",
    "proposed slate": "lista propuesta",
    "hand-picked slate": "lista elegida a mano",
    "closest workable slate": "lista viable más cercana",
    "no slate": "ninguna lista",
    "{file}: the report file must end in .pdf.": "{file}: el archivo del informe debe terminar en .pdf.",
    "--as-of is for the roster; the dossier is always made as of today.":
        "--as-of es para la composición; el dossier siempre se elabora con fecha de hoy.",
    "Wrote the application summary for {organisation} to {path}: {pages}.":
        "Se escribió la ficha de solicitud de {organisation} en {path}: {pages}.",
    "There is no programme with the code {code}. The codes are:": "No hay ningún programa con el código {code}. Los códigos son:",
    "{count} page": "{count} página",
    "{count} pages": "{count} páginas",
    "Wrote the roster of {code} as of {date} ({leads} co-leads, {partners} core partners) to {path}: {pages}.":
        "Se escribió la composición de {code} al {date} ({leads} co-líderes, {partners} socios principales) en {path}: {pages}.",
    "Wrote the {state} selection report for {call} ({slate}, {filled} of {seats} seats) to {path}: {pages}.":
        "Se escribió el informe de selección {state} de {call} ({slate}, {filled} de {seats} puestos) en {path}: {pages}.",
    "{edition} is not an edition of the dossier: give full or summary.":
        "{edition} no es una edición del dossier: indique full o summary.",
    "There is no call {call}. The calls are:": "No hay ninguna convocatoria {call}. Las convocatorias son:",
    "Wrote the review pack for {call} ({count} application) to {path}: {pages}.":
        "Se escribió el paquete de evaluación de {call} ({count} solicitud) en {path}: {pages}.",
    "Wrote the review pack for {call} ({count} applications) to {path}: {pages}.":
        "Se escribió el paquete de evaluación de {call} ({count} solicitudes) en {path}: {pages}.",
    "There is no application with the id {id}.": "No hay ninguna solicitud con el identificador {id}.",
    "{count} applications have ids starting with {id}; give more of the id.":
        "{count} solicitudes tienen identificadores que empiezan por {id}; indique más caracteres del identificador.",
    "There is no core-partner call {call}. The core-partner calls are:":
        "No hay ninguna convocatoria de socios principales {call}. Las convocatorias de socios principales son:",
    "There is no call {call}: this database has no calls yet.": "No hay ninguna convocatoria {call}: esta base de datos aún no tiene convocatorias.",
    "{count} calls are titled {call}; give the id of the one you mean:":
        "{count} convocatorias se titulan {call}; indique el identificador de la que quiere:",
    "There is no call {call}: this database has no core-partner calls yet.":
        "No hay ninguna convocatoria {call}: esta base de datos aún no tiene convocatorias de socios principales.",
    "{count} core-partner calls match {call}; give more of the title, or the id of the one you mean:":
        "{count} convocatorias de socios principales coinciden con {call}; indique más del título, o el identificador de la que quiere:",
    "{count} candidate in the pool": "{count} candidato en el grupo de candidatos",
    "{count} candidates in the pool": "{count} candidatos en el grupo de candidatos",
    "{count} incumbent not seeking renewal": "{count} titular que no solicita la renovación",
    "{count} incumbents not seeking renewal": "{count} titulares que no solicitan la renovación",
    "--seats must be at least 1, not {seats}.": "--seats debe ser al menos 1, no {seats}.",
    "No password was given, so nothing was saved.": "No se dio ninguna contraseña, así que no se guardó nada.",
    "--replace does not apply to a server; write the demo network into an empty database.":
        "--replace no se aplica a un servidor; escriba la red de demostración en una base de datos vacía.",
    "Uploaded {path} to {address}: {summary}": "Se subió {path} a {address}: {summary}",
    "Downloaded {address} to {path}: {summary}": "Se descargó {address} en {path}: {summary}",
    "The password for {address} is saved in this computer's keyring.":
        "La contraseña de {address} se guardó en el llavero de este ordenador.",
    "{option} takes a server's address (postgresql://ROLE@HOST/DATABASE), not {value}.":
        "{option} recibe la dirección de un servidor (postgresql://ROL@HOST/BASE), no {value}.",
    "{option} takes a database file here, not a server's address.":
        "{option} recibe aquí un archivo de base de datos, no la dirección de un servidor.",
    "Password for {address}: ": "Contraseña para {address}: ",
    "This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.":
        "Este ordenador no tiene un llavero que OPN Desk pueda usar ({kind}); ponga la contraseña en un archivo de contraseñas de PostgreSQL (PGPASSFILE, ~/.pgpass).",
    "The server database at {address} already holds a desk; the demo network is written to an empty database only.":
        "La base de datos del servidor en {address} ya contiene una secretaría; la red de demostración solo se escribe en una base de datos vacía.",
    "Wrote {count} changes not yet seen by {laptop} to {path} ({size} bytes).":
        "Se escribieron {count} cambios aún no vistos por {laptop} en {path} ({size} bytes).",
    "Wrote {count} changes to {path} ({size} bytes).": "Se escribieron {count} cambios en {path} ({size} bytes).",
    "No conflicts wait for a decision.": "Ningún conflicto espera una decisión.",
    "Give either --keep N or --value TEXT.": "Indique --keep N o --value TEXTO.",
    "Wrote {path} for {name} (laptop {id}); this desk now knows it, so 'sync export --for \"{name}\"' works at once.":
        "Se escribió {path} para {name} (portátil {id}); esta secretaría ya lo conoce, así que 'sync export --for \"{name}\"' funciona de inmediato.",
    "(forgotten)": "(olvidado)",
    "Open conflicts: {count}": "Conflictos abiertos: {count}",
    "{name} is forgotten: its changes stay, and the desk no longer waits for it before pruning history.":
        "{name} está olvidado: sus cambios se quedan, y la secretaría ya no lo espera antes de depurar el historial.",
    "(has not exchanged yet)": "(aún no ha intercambiado)",
    "To check: {finding}": "Por comprobar: {finding}",
    "last exchange {when}; has seen {seen}": "último intercambio {when}; ha visto {seen}",
    "This laptop: {name}": "Este portátil: {name}",
    "nothing yet": "nada todavía",
    "never": "nunca",
    "stopped.": "detenido.",
    # ------------------------------------------------------------------ the window: the document's language
    "The window's language": "El idioma de la ventana",
    "Language of the document": "Idioma del documento",
    "The language the document is printed in, whatever the window's: a French desk may print an English dossier for the Board.":
        "El idioma en que se imprime el documento, sea cual sea el de la ventana: una secretaría hispanohablante puede imprimir un dossier en inglés para la Junta.",
    # ------------------------------------------------------------------ documents: shared
    "One Planet network": "One Planet network",
    "FINAL": "DEFINITIVO",
    "The font file {file} is missing from this installation of OPN Desk ({path}).":
        "Falta el archivo de fuente {file} en esta instalación de OPN Desk ({path}).",
    "{start} to {end}": "del {start} al {end}",
    "from {start}": "desde el {start}",
    "Summary": "Resumen",
    "Candidate": "Candidato",
    "Share": "Proporción",
    "By": "Por",
    "Type": "Tipo",
    "Website": "Sitio web",
    "Review": "Evaluación",
    "Criteria": "Criterios",
    "Roster": "Composición",
    "Renewal": "Renovación",
    "To": "Hasta",
    "Seats": "Puestos",
    "Slate": "Lista",
    "Rules": "Reglas",
    "Pins": "Fijaciones",
    "Alternates": "Suplentes",
    "Counts": "Cuenta",
    "Bound": "Límite",
    "Detail": "Detalle",
    "Co-leads": "Co-líderes",
    "Opened": "Abierto el",
    "Rationale": "Motivos",
    "Ranking": "Clasificación",
    "Reviewers": "Evaluadores",
    "Prepared": "Preparado",
    # ------------------------------------------------------------------ documents: applications, letters, review pack
    "Dear Sir or Madam,": "Estimado señor o estimada señora:",
    "Dear {name},": "Estimado/a {name}:",
    "Contribution offered": "Contribución ofrecida",
    "Contribution details": "Detalles de la contribución",
    "Status: {status} · received {date} · reference {reference}": "Estado: {status} · recibida el {date} · referencia {reference}",
    "Not ranked: no scores yet": "Sin clasificar: aún no hay puntuaciones",
    "Statement of interest": "Declaración de interés",
    "Status history": "Historial de estados",
    "The Director": "La Dirección",
    "The coordination desk": "La secretaría de coordinación",
    "Decision on your application to the {programme} programme ({reference})":
        "Decisión sobre su solicitud al programa {programme} ({reference})",
    "We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, for a term from {start} to {end}.":
        "Nos complace informarle de que la solicitud de {organisation} ha sido aceptada: {organisation} es ahora {role} del programa {programme} de One Planet network, por un mandato del {start} al {end}.",
    "We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, from {start}.":
        "Nos complace informarle de que la solicitud de {organisation} ha sido aceptada: {organisation} es ahora {role} del programa {programme} de One Planet network, desde el {start}.",
    "We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme.":
        "Nos complace informarle de que la solicitud de {organisation} ha sido aceptada: {organisation} es ahora {role} del programa {programme} de One Planet network.",
    "(shortened: {count} words in full)": "(abreviado: {count} palabras en total)",
    "No evaluation criteria apply to this application.": "No se aplica ningún criterio de evaluación a esta solicitud.",
    "No reviewer has scored this application yet.": "Ningún evaluador ha puntuado aún esta solicitud.",
    "Reviewers' comments": "Comentarios de los evaluadores",
    "Declared conflicts of interest (these reviewers did not score)":
        "Conflictos de intereses declarados (estos evaluadores no puntuaron)",
    "No status changes recorded.": "No hay cambios de estado registrados.",
    "Application summary": "Ficha de solicitud",
    "Review pack for the Multi-stakeholder Advisory Committee": "Paquete de evaluación para el Comité Asesor de Múltiples Partes Interesadas",
    "One section per application, in ranking order.": "Una sección por solicitud, en el orden de la clasificación.",
    "Review pack": "Paquete de evaluación",
    "For the Multi-stakeholder Advisory Committee (MAC). Confidential: for the committee's deliberation only; please do not forward.":
        "Para el Comité Asesor de Múltiples Partes Interesadas (MAC). Confidencial: solo para las deliberaciones del comité; no lo reenvíe.",
    "No applications.": "No hay solicitudes.",
    "No evaluation criteria are set for this call.": "No se han definido criterios de evaluación para esta convocatoria.",
    "No reviews yet.": "Aún no hay evaluaciones.",
    "Rank {rank} of {count} · weighted total {total}": "Puesto {rank} de {count} · total ponderado {total}",
    "Opinion and decision": "Opinión y decisión",
    "The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria, with the opinion of the Multi-stakeholder Advisory Committee, before a decision is taken.":
        "La secretaría de coordinación comprobará primero que la solicitud está completa y es admisible. Después se evalúa con arreglo a los criterios de evaluación publicados, con la opinión del Comité Asesor de Múltiples Partes Interesadas, antes de tomar una decisión.",
    "The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria before a decision is taken.":
        "La secretaría de coordinación comprobará primero que la solicitud está completa y es admisible. Después se evalúa con arreglo a los criterios de evaluación publicados antes de tomar una decisión.",
    "Your application to the {programme} programme ({reference})": "Su solicitud al programa {programme} ({reference})",
    "Acknowledgement: {organisation}": "Acuse de recibo: {organisation}",
    "The coordination desk will contact your representative shortly about the next steps. Thank you for your commitment to sustainable consumption and production.":
        "La secretaría de coordinación se pondrá en contacto en breve con su representante sobre los próximos pasos. Gracias por su compromiso con el consumo y la producción sostenibles.",
    "Decision: {organisation}": "Decisión: {organisation}",
    "This call has no applications yet.": "Esta convocatoria aún no tiene solicitudes.",
    "Call open": "Convocatoria abierta",
    "Applications by status: {counts}.": "Solicitudes por estado: {counts}.",
    "none": "ninguna",
    "What it looks at": "Qué examina",
    "Not ranked · weighted total {total}": "Sin clasificar · total ponderado {total}",
    "Yours sincerely,": "Atentamente,",
    "We will write to you again when a decision has been taken. If anything in your application changes in the meantime, please tell us, quoting the reference {reference}.":
        "Volveremos a escribirle cuando se haya tomado una decisión. Si algo de su solicitud cambia mientras tanto, le rogamos que nos lo comunique indicando la referencia {reference}.",
    "Reviewers: {names}": "Evaluadores: {names}",
    "! Reviewers disagree largely (scores {spread} or more points apart) on: {criteria}.":
        "! Los evaluadores discrepan mucho (puntuaciones separadas por {spread} puntos o más) en: {criteria}.",
    "The {count} latest of {total} status changes:": "Los {count} últimos de {total} cambios de estado:",
    "Application: {organisation}": "Solicitud: {organisation}",
    "Application {reference} · printed {date}": "Solicitud {reference} · impresa el {date}",
    "Application {reference}": "Solicitud {reference}",
    "Weighted total (0 to {max})": "Total ponderado (0 a {max})",
    "! Reviewers disagree largely on the marked criteria (scores {spread} or more points apart).":
        "! Los evaluadores discrepan mucho en los criterios marcados (puntuaciones separadas por {spread} puntos o más).",
    "Review pack: {call}": "Paquete de evaluación: {call}",
    "The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria that have scores; scores run from 0 to {max}. Applications without scores, and withdrawn ones, are not ranked. Equal totals share a rank (shown as 2=). \"!\" marks criteria on which reviewers' scores lie {spread} or more points apart.":
        "El total ponderado es la suma, sobre los criterios, de la ponderación × la puntuación media de los evaluadores, dividida por la suma de las ponderaciones de los criterios puntuados; las puntuaciones van de 0 a {max}. Las solicitudes sin puntuaciones, y las retiradas, no se clasifican. Los totales iguales comparten puesto (se muestra 2=). «!» marca los criterios en los que las puntuaciones de los evaluadores están separadas por {spread} puntos o más.",
    "received {date} · reference {reference}": "recibida el {date} · referencia {reference}",
    "Reference {reference}": "Referencia {reference}",
    "Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}, in answer to the call “{call}”.":
        "Le agradecemos la solicitud de {organisation} para unirse al programa {programme} de One Planet network como {role}, que recibimos el {date}, en respuesta a la convocatoria «{call}».",
    "Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}.":
        "Le agradecemos la solicitud de {organisation} para unirse al programa {programme} de One Planet network como {role}, que recibimos el {date}.",
    "The application of {organisation} has no decision yet, so there is no decision letter to write.":
        "La solicitud de {organisation} aún no tiene decisión, así que no hay carta de decisión que escribir.",
    "{reviewer} on {criterion}: {comment}": "{reviewer} sobre {criterion}: {comment}",
    "Application to {programme} ({code}) as {role}": "Solicitud a {programme} ({code}) como {role}",
    "{count} ({ranked} ranked)": "{count} ({ranked} clasificadas)",
    "{date}, with OPN Desk": "{date}, con OPN Desk",
    "The decision not to accept {organisation} has no rationale; record one before writing the letter.":
        "La decisión de no aceptar a {organisation} no tiene motivos; registre unos antes de escribir la carta.",
    "Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}. After careful review, we regret to inform you that it has not been accepted, for the following reasons.":
        "Le agradecemos la solicitud de {organisation} para unirse al programa {programme} de One Planet network como {role}. Tras un examen detenido, lamentamos informarle de que no ha sido aceptada, por los siguientes motivos.",
    "Your organisation remains welcome to take part in the network's work and to apply again in a future call. Please quote the reference {reference} in any correspondence.":
        "Su organización sigue siendo bienvenida a participar en el trabajo de la red y a presentar una nueva solicitud en una futura convocatoria. Le rogamos que indique la referencia {reference} en toda correspondencia.",
    "{reviewer}, declared {date}": "{reviewer}, declarado el {date}",
    "! Large disagreement between reviewers on: {criteria}": "! Gran discrepancia entre los evaluadores en: {criteria}",
    # ------------------------------------------------------------------ documents: the leadership dossier and roster
    "Terms run from their first to their last day. A member whose term has ended stays in office until a successor is appointed (holding over).":
        "Los mandatos van de su primer a su último día. Un miembro cuyo mandato ha terminado permanece en funciones hasta que se nombra a un sucesor (prórroga).",
    "holding over": "en prórroga",
    "All four steps are done": "Los cuatro pasos están terminados",
    "DRAFT — for discussion, not for circulation": "BORRADOR — para debate, no para difusión",
    "no call linked yet": "aún no hay convocatoria vinculada",
    "Actual (done)": "Real (terminado)",
    "Actual (in progress, to today)": "Real (en curso, hasta hoy)",
    "leadership renewal dossier (summary)": "dossier de renovación de la dirección (resumen)",
    "leadership renewal dossier": "dossier de renovación de la dirección",
    "Leadership renewal summary: {name}": "Resumen de la renovación de la dirección: {name}",
    "Leadership renewal dossier: {name}": "Dossier de renovación de la dirección: {name}",
    "Candidate profiles": "Perfiles de los candidatos",
    "One section per candidate, in the order of the summary (best weighted total first).":
        "Una sección por candidato, en el orden del resumen (mejor total ponderado primero).",
    "The full dossier holds the process and its timeline, the current leadership and their terms, the candidates' records in the network, the succession plan, the external review's checklist and the annexes.":
        "El dossier completo contiene el proceso y su calendario, la dirección actual y sus mandatos, la trayectoria de los candidatos en la red, el plan de sucesión, la lista de verificación de la evaluación externa y los anexos.",
    "The decision: the proposed leadership": "La decisión: la dirección propuesta",
    "The candidates": "Los candidatos",
    "Half a page per candidate, best weighted total first. Scores run from 0 to 5; the weights are each criterion's share of the weighted total.":
        "Media página por candidato, mejor total ponderado primero. Las puntuaciones van de 0 a 5; las ponderaciones son la parte de cada criterio en el total ponderado.",
    "Candidate as": "Candidato como",
    "Incumbent co-lead seeking renewal": "Co-líder titular que solicita la renovación",
    "Step {number} of 4: {title}": "Paso {number} de 4: {title}",
    "For the Multi-stakeholder Advisory Committee (MAC) and the Board of the One Planet network. Confidential: for the committee's and the Board's deliberation only.":
        "Para el Comité Asesor de Múltiples Partes Interesadas (MAC) y la Junta de One Planet network. Confidencial: solo para las deliberaciones del comité y de la Junta.",
    "The renewal process": "El proceso de renovación",
    "The renewal follows four steps agreed by the coordination desks: (1) the leads and the Secretariat agree on the need, the steps and the timeline; (2) an open call for expressions of interest; (3) the review of the applications against the evaluation criteria, with the MAC's opinion, consulting the coordination desk; (4) the submission to the Board.":
        "La renovación sigue cuatro pasos acordados por las secretarías de coordinación: (1) los líderes y la Secretaría acuerdan la necesidad, los pasos y el calendario; (2) una convocatoria abierta de manifestaciones de interés; (3) la evaluación de las solicitudes con arreglo a los criterios de evaluación, con la opinión del MAC y en consulta con la secretaría de coordinación; (4) la presentación a la Junta.",
    "Timeline: planned and actual": "Calendario: previsto y real",
    "Dates, responsibilities and evidence of each step are in Annex B.":
        "Las fechas, responsabilidades y pruebas de cada paso figuran en el anexo B.",
    "Current leadership and their terms": "La dirección actual y sus mandatos",
    "Record in the network": "Trayectoria en la red",
    "Balance rules": "Reglas de equilibrio",
    "Succession planning to 2030": "Planificación de la sucesión hasta 2030",
    "The external review's recommendations": "Las recomendaciones de la evaluación externa",
    "Annex A: Evaluation criteria": "Anexo A: Criterios de evaluación",
    "Scores run from 0 to 5; each candidate's weighted total uses these weights.":
        "Las puntuaciones van de 0 a 5; el total ponderado de cada candidato usa estas ponderaciones.",
    "Annex B: The process steps": "Anexo B: Los pasos del proceso",
    "{size} bytes": "{size} bytes",
    "{size} MB": "{size} MB",
    "{size} KB": "{size} KB",
    "This is a past date: the composition is computed from the recorded terms.":
        "Es una fecha pasada: la composición se calcula a partir de los mandatos registrados.",
    "Term from / to": "Mandato desde / hasta",
    "Term no.": "Mandato n.º",
    "Leadership renewal dossier for the MAC and the Board": "Dossier de renovación de la dirección para el MAC y la Junta",
    "There are no candidates yet.": "Aún no hay candidatos.",
    "Leadership renewal: summary for the Board": "Renovación de la dirección: resumen para la Junta",
    "Why proposed": "Motivo de la propuesta",
    "Rank {rank} · weighted total {total}": "Puesto {rank} · total ponderado {total}",
    "proposed for the leadership": "propuesto para la dirección",
    "{count} lead": "{count} líder",
    "{count} leads": "{count} líderes",
    "Applicant, {status}": "Solicitante, {status}",
    "an incumbent co-lead": "co-líder titular",
    "Leadership renewal dossier": "Dossier de renovación de la dirección",
    "No co-lead is in office on this date.": "Ningún co-líder está en funciones en esta fecha.",
    "No core partner is in office on this date.": "Ningún socio principal está en funciones en esta fecha.",
    "The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria scored (0 to 5). Withdrawn applications are left out.":
        "El total ponderado es la suma, sobre los criterios, de la ponderación × la puntuación media de los evaluadores, dividida por la suma de las ponderaciones de los criterios puntuados (0 a 5). Las solicitudes retiradas quedan fuera.",
    "Short forms where a column is narrow: Africa; Asia-Pacific; Eastern Europe; GRULAC, Latin America and the Caribbean; WEOG, Western Europe and Others. UN / IGO: UN and other inter-governmental organisations. MAC: the MAC's opinion is recorded.":
        "Formas abreviadas cuando una columna es estrecha: África; Asia-Pacífico; Europa Oriental; GRULAC, América Latina y el Caribe; WEOG, Europa Occidental y otros Estados. ONU / OIG: organismos de las Naciones Unidas y otras organizaciones intergubernamentales. MAC: la opinión del MAC está registrada.",
    "No opinion recorded yet.": "Aún no hay opinión registrada.",
    "No membership in any programme yet.": "Aún no es miembro de ningún programa.",
    "No evaluation criteria apply (no call is linked to the process).":
        "No se aplica ningún criterio de evaluación (no hay convocatoria vinculada al proceso).",
    "Weighted total (0 to 5)": "Total ponderado (0 a 5)",
    "! Reviewers' scores lie 2 or more points apart on the marked criteria.":
        "! Las puntuaciones de los evaluadores están separadas por 2 puntos o más en los criterios marcados.",
    "The proposed leadership": "La dirección propuesta",
    "No leadership has been proposed yet.": "Aún no se ha propuesto ninguna dirección.",
    "More than three leads may be brought in to improve the programme's coordination capacity. The balance below is counted over the proposed leads and re-checked against the same balance rules as the core-partner selection, for this many seats.":
        "Pueden incorporarse más de tres líderes para mejorar la capacidad de coordinación del programa. El equilibrio siguiente se cuenta sobre los líderes propuestos y se vuelve a comprobar con las mismas reglas de equilibrio que la selección de socios principales, para este número de puestos.",
    "No succession plan has been recorded yet.": "Aún no se ha registrado ningún plan de sucesión.",
    "No evaluation criteria yet: the process has no co-lead call linked.":
        "Aún no hay criterios de evaluación: el proceso no tiene convocatoria de co-líderes vinculada.",
    "Roster of co-leads and core partners": "Composición de co-líderes y socios principales",
    "Core partners (the MAC)": "Socios principales (el MAC)",
    "{ordinal}, since {year}": "{ordinal}, desde {year}",
    "Bounds for these seats": "Límites para estos puestos",
    "Where it stands": "En qué punto está",
    "Call for expressions of interest": "Convocatoria de manifestaciones de interés",
    "Renewal process": "Proceso de renovación",
    "The co-leads in office on {date}. Co-leads serve two-year commitments, renewable; a member whose term has ended stays in office until a successor is appointed (holding over).":
        "Los co-líderes en funciones el {date}. Los co-líderes asumen compromisos de dos años, renovables; un miembro cuyo mandato ha terminado permanece en funciones hasta que se nombra a un sucesor (prórroga).",
    "Renewal not stated": "Renovación no indicada",
    "By the representatives' gender (counts only)": "Según el género de los representantes (solo recuentos)",
    "The rules are those of the core-partner selection (SPP ToR 2.2); with few seats not every group and cluster can be represented.":
        "Las reglas son las de la selección de socios principales (mandato SPP 2.2); con pocos puestos no todos los grupos pueden estar representados.",
    "Were the external review's recommendations on leadership taken on board? {done} of {count} items ticked.":
        "¿Se tuvieron en cuenta las recomendaciones de la evaluación externa sobre la dirección? {done} de {count} puntos marcados.",
    "Closed by": "Cerrado por",
    "Closed out of order": "Cerrado fuera de orden",
    "This is a future date: the terms are shown as they stand on {date}; nobody is assumed to hold over beyond that day.":
        "Es una fecha futura: los mandatos se muestran tal como están el {date}; no se supone que nadie siga en prórroga después de ese día.",
    "not yet proposed": "aún no propuesta",
    "DRAFT: for discussion, not for circulation": "BORRADOR: para debate, no para difusión",
    "Step {number} was closed before step {previous} was done, by {who}: {reason}":
        "El paso {number} se cerró antes de terminar el paso {previous}, por {who}: {reason}",
    "Not scored yet: {criteria}.": "Aún sin puntuar: {criteria}.",
    "Roster: {name}": "Composición: {name}",
    "{code} roster as of {date} · printed {printed}": "Composición de {code} al {date} · impresa el {printed}",
    "Roster of the {name} programme": "Composición del programa {name}",
    "Composition on {date}": "Composición al {date}",
    "Alternate: {name}": "Suplente: {name}",
    "MAC opinion.": "Opinión del MAC.",
    "term ends {date}": "el mandato termina el {date}",
    "{ordinal} (since {year})": "{ordinal} (desde {year})",
    "In the network since {date} ({count} year).": "En la red desde el {date} ({count} año).",
    "In the network since {date} ({count} years).": "En la red desde el {date} ({count} años).",
    "{count} lead proposed.": "{count} líder propuesto.",
    "{count} leads proposed.": "{count} líderes propuestos.",
    "at least {count}": "al menos {count}",
    "at most {count}": "como máximo {count}",
    "the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbent).":
        "las solicitudes de co-líder a la convocatoria y los co-líderes titulares que solicitan la renovación ({count} titular).",
    "the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbents).":
        "las solicitudes de co-líder a la convocatoria y los co-líderes titulares que solicitan la renovación ({count} titulares).",
    "{count} rule is broken (marked).": "{count} regla se incumple (marcada).",
    "{count} rules are broken (marked).": "{count} reglas se incumplen (marcadas).",
    "{count} candidate": "{count} candidato",
    "{candidates}: {who}": "{candidates}: {who}",
    "{count} candidates": "{count} candidatos",
    # ------------------------------------------------------------------ documents: the selection report
    "1 candidate, an incumbent": "1 candidato, titular",
    "1 candidate, not an incumbent": "1 candidato, no titular",
    "{count} candidates, {incumbents} of them incumbents": "{count} candidatos, {incumbents} de ellos titulares",
    "{count} candidates, none of them an incumbent": "{count} candidatos, ninguno de ellos titular",
    "{count} candidates, 1 of them an incumbent": "{count} candidatos, 1 de ellos titular",
    "{count} candidates, all of them incumbents": "{count} candidatos, todos ellos titulares",
    "The hand-picked slate": "La lista elegida a mano",
    "The closest workable slate": "La lista viable más cercana",
    "The slate": "La lista",
    "optimal under the rules": "óptima según las reglas",
    "hand-picked by the desk": "elegida a mano por la secretaría",
    "closest workable (the rules cannot all be met)": "viable más cercana (no se pueden cumplir todas las reglas)",
    "none possible": "ninguna posible",
    "Call closed": "Convocatoria cerrada el",
    "Incumbents counted on": "Titulares contados al",
    "The Terms of Reference (section 2.2) ask that the core partners' composition strive for geographic balance over the five UN regional groups, stakeholder balance over the five clusters, at least 50% female designated representatives, and both continuity and change. This report shows the rules the desk set for this call, the pool, the slate and how it meets each rule.":
        "El mandato (sección 2.2) pide que la composición de los socios principales procure el equilibrio geográfico entre los cinco grupos regionales de las Naciones Unidas, el equilibrio entre los cinco grupos de partes interesadas, al menos un 50% de representantes designadas mujeres, y a la vez continuidad y cambio. Este informe muestra las reglas que la secretaría fijó para esta convocatoria, el grupo de candidatos, la lista y cómo cumple cada regla.",
    "The balance rules": "Las reglas de equilibrio",
    "The pool": "El grupo de candidatos",
    "Representative's gender (counts only)": "Género del representante (solo recuentos)",
    "By representative's gender (counts only)": "Según el género del representante (solo recuentos)",
    "Rule by rule": "Regla por regla",
    "By region, cluster and gender": "Por región, grupo de partes interesadas y género",
    "The next best candidates who could step in, each replacing one member of the slate without breaking any rule (single swaps; pinned candidates stay).":
        "Los siguientes mejores candidatos que podrían entrar, cada uno sustituyendo a un miembro de la lista sin incumplir ninguna regla (sustituciones simples; los candidatos fijados se quedan).",
    "Trade-offs: why the rules cannot all be met": "Compensaciones: por qué no se pueden cumplir todas las reglas",
    "Scenarios compared": "Escenarios comparados",
    "Who differs": "Quién difiere",
    "The desk's notes": "Las notas de la secretaría",
    "saved for this round": "guardadas para esta selección",
    "the Terms of Reference's defaults (not saved yet)": "las predeterminadas del mandato (aún no guardadas)",
    "Core-partner selection": "Selección de socios principales",
    "No balance rules are set: the slate is simply the best total score.":
        "No hay reglas de equilibrio: la lista es simplemente la de mejor puntuación total.",
    "No candidate is pinned in or out.": "Ningún candidato está fijado dentro ni fuera.",
    "the call's applications that passed screening (under review, with the MAC's opinion, or accepted), scored by their weighted review total, and the incumbent core partners seeking renewal. An incumbent that applied is counted once, through its application.":
        "las solicitudes a la convocatoria que superaron la preselección (en evaluación, con la opinión del MAC, o aceptadas), puntuadas por su total ponderado de evaluación, y los socios principales titulares que solicitan la renovación. Un titular que presentó solicitud se cuenta una vez, por su solicitud.",
    "In the pool as": "En el grupo de candidatos como",
    "Core partners in office on the day incumbency is counted who did not apply and have not said they seek renewal; they are not in the pool.":
        "Los socios principales en funciones el día en que se cuentan los titulares que no presentaron solicitud ni han dicho que solicitan la renovación; no están en el grupo de candidatos.",
    "The slate with the highest total score ({score}) among those that meet every rule and pin, found by integer programming (HiGHS, exact).":
        "La lista con la puntuación total más alta ({score}) entre las que cumplen todas las reglas y fijaciones, hallada mediante programación entera (HiGHS, exacta).",
    "The rules cannot all be met. This is the closest workable slate: it breaks the rules as little as possible (see the trade-offs), then has the best total score.":
        "No se pueden cumplir todas las reglas. Esta es la lista viable más cercana: incumple las reglas lo menos posible (véanse las compensaciones) y después tiene la mejor puntuación total.",
    "No slate can be formed: the seats and pins alone cannot be met (see the trade-offs).":
        "No se puede formar ninguna lista: los puestos y las fijaciones por sí solos no se pueden cumplir (véanse las compensaciones).",
    "No candidate has been picked yet.": "Aún no se ha elegido ningún candidato.",
    "No balance rules are set.": "No hay reglas de equilibrio.",
    "There is no slate, so there are no alternates.": "No hay lista, así que no hay suplentes.",
    "Alternates are listed for a slate that meets every rule; this one breaks some.":
        "Los suplentes se enumeran para una lista que cumple todas las reglas; esta incumple algunas.",
    "No candidate outside the slate can replace a member without breaking a rule.":
        "Ningún candidato fuera de la lista puede sustituir a un miembro sin incumplir una regla.",
    "Could come in": "Podría entrar",
    "Replacing": "Sustituyendo a",
    "Score change": "Cambio de puntuación",
    "The conflicting rules": "Las reglas en conflicto",
    "What the closest slate relaxes": "Lo que flexibiliza la lista más cercana",
    "No scenario has been saved for this round.": "No se ha guardado ningún escenario para esta selección.",
    "No notes recorded.": "No hay notas registradas.",
    "Core-partner selection: rules, pool, slate and balance": "Selección de socios principales: reglas, grupo de candidatos, lista y equilibrio",
    "Core-partner selection: {call}": "Selección de socios principales: {call}",
    "A slate has exactly {seats} seats and meets every rule below. Shares of the seats become counts that honour the share: a minimum rounds up, a maximum rounds down. Priority weighs a rule when the rules cannot all be met and some must be relaxed.":
        "Una lista tiene exactamente {seats} puestos y cumple todas las reglas siguientes. Las proporciones de puestos se convierten en recuentos que respetan la proporción: un mínimo se redondea hacia arriba, un máximo hacia abajo. La prioridad pondera una regla cuando no se pueden cumplir todas y algunas deben flexibilizarse.",
    "As set": "Tal como se fijó",
    "Ties: {rule}. Candidates are identified by their organisation's record, so the same pool and rules always give the same slate.":
        "Empates: {rule}. Los candidatos se identifican por el registro de su organización, así que el mismo grupo de candidatos y las mismas reglas dan siempre la misma lista.",
    "The slate the desk picked by hand; total score {score}.": "La lista que la secretaría eligió a mano; puntuación total {score}.",
    "Bounds": "Límites",
    "Who counts": "Quién cuenta",
    "A smallest set of rules that cannot all be met together.": "Un conjunto mínimo de reglas que no se pueden cumplir todas a la vez.",
    "Compared under the round's current rules ({seats} seats): each saved slate is counted under the seats and rules being decided on, whatever it was saved with, beside this report's slate. Scores are the candidates' current scores.":
        "Comparados con las reglas actuales de la selección ({seats} puestos): cada lista guardada se cuenta con los puestos y las reglas que se están decidiendo, sean cuales sean con los que se guardó, junto a la lista de este informe. Las puntuaciones son las actuales de los candidatos.",
    "In every slate: {names}.": "En todas las listas: {names}.",
    "nobody": "nadie",
    "{kind}; total score {score}": "{kind}; puntuación total {score}",
    "No slate meets every rule (see the trade-offs).": "Ninguna lista cumple todas las reglas (véanse las compensaciones).",
    "Only in {scenario} (not in every other): {names}.": "Solo en {scenario} (no en todas las demás): {names}.",
    "For {seats} seats": "Para {seats} puestos",
    "The best slate meeting every rule scores {score}.": "La mejor lista que cumple todas las reglas obtiene {score}.",
    "Total score {score}.": "Puntuación total {score}.",
    "{count} separate conflicts: each is a smallest set of rules that cannot all be met together, and each needs a change of its own.":
        "{count} conflictos distintos: cada uno es un conjunto mínimo de reglas que no se pueden cumplir todas a la vez, y cada uno necesita su propio cambio.",
    "{count} of {seats}": "{count} de {seats}",
    "{count} of its candidates are no longer in the pool and are left out of its counts.":
        "{count} de sus candidatos ya no están en el grupo de candidatos y quedan fuera de sus recuentos.",
    "{code} core-partner selection": "Selección de socios principales de {code}",
    "Conflict {number}": "Conflicto {number}",
    "{count} rule is at the edge: one change to the slate could break it.":
        "{count} regla está al límite: un cambio en la lista podría incumplirla.",
    "{count} rules are at the edge: one change to the slate could break them.":
        "{count} reglas están al límite: un cambio en la lista podría incumplirlas.",
}
