"""Spanish for the core's sentences: the database file (db/store.py, backup.py, lock.py, address.py), reading
and writing spreadsheets (io/), the imports (services/intake_import.py, reporting_import.py,
commands/imports.py) and the export (services/export.py). Keyed by the English source text."""

TRANSLATIONS: dict[str, str] = {
    # --- backups (db/backup.py)
    "broken reference in {table} (row {row}) to {parent}":
        "referencia rota en {table} (fila {row}) a {parent}",
    "The backup could not be written to {path}: {reason}.":
        "No se pudo escribir la copia de seguridad en {path}: {reason}.",
    "The backup written to {path} failed its check: {problem}.":
        "La copia de seguridad escrita en {path} no pasó su comprobación: {problem}.",
    "{path} is a folder; give the backup a file name.":
        "{path} es una carpeta; dé un nombre de archivo a la copia de seguridad.",
    "{path} is the database itself; choose another file for the backup.":
        "{path} es la propia base de datos; elija otro archivo para la copia de seguridad.",
    "{path} cannot be used: writing it would overwrite the database itself.":
        "No se puede usar {path}: escribirlo sobrescribiría la propia base de datos.",
    "{path} is one of the database's working files; choose another file for the backup.":
        "{path} es uno de los archivos de trabajo de la base de datos; elija otro archivo para la copia de "
        "seguridad.",
    "{path} is one of the desk's backups; choose another file (or a new name in {folder}).":
        "{path} es una de las copias de seguridad de la oficina de coordinación; elija otro archivo (o un nombre "
        "nuevo en {folder}).",
    "{path} looks like a database in use ({name} is beside it); choose another file.":
        "{path} parece una base de datos en uso ({name} está a su lado); elija otro archivo.",
    "{path} already exists; add --force to replace it.":
        "{path} ya existe; añada --force para sustituirlo.",
    # --- the export (services/export.py)
    "{name}: the export file must end in .csv or .xlsx.":
        "{name}: el archivo de exportación debe terminar en .csv o .xlsx.",
    "Exported {count} of {total} organisations":
        "Exportadas {count} de {total} organizaciones",
    "The export was cancelled; no file was written.":
        "La exportación se canceló; no se escribió ningún archivo.",
    "Exported {count} organisation":
        "Exportada {count} organización",
    "Exported {count} organisations":
        "Exportadas {count} organizaciones",
    # --- the import command's own lines (commands/imports.py)
    "warning: {problem}":
        "aviso: {problem}",
    "--exclude-rows: {reason}":
        "--exclude-rows: {reason}",
    # --- importing applications and organisations (services/intake_import.py)
    "row {row}, column {column}: {message}":
        "fila {row}, columna {column}: {message}",
    "Imported {applications} ({organisations}, {linked} linked to existing ones).":
        "Importación: {applications} ({organisations}, vinculadas a organizaciones existentes: {linked}).",
    "{count} new organisation":
        "{count} organización nueva",
    "{count} new organisations":
        "{count} organizaciones nuevas",
    "Imported {organisations} ({new} new, {linked} linked to existing ones; {people} added).":
        "Importación: {organisations} (nuevas: {new}, vinculadas a organizaciones existentes: {linked}; "
        "añadidas: {people}).",
    "{count} person":
        "{count} persona",
    "{count} people":
        "{count} personas",
    "{count} application":
        "{count} solicitud",
    "{count} organisation":
        "{count} organización",
    "; left out as asked: rows {rows}.":
        "; dejadas de lado según lo pedido: filas {rows}.",
    "The file has {count} problem; nothing was written.":
        "El archivo tiene {count} problema; no se escribió nada.",
    "The file has {count} problems; nothing was written.":
        "El archivo tiene {count} problemas; no se escribió nada.",
    "{text} is not a row number or a range such as 7-9.":
        "{text} no es un número de fila ni un intervalo como 7-9.",
    "The range {range} runs backwards.":
        "El intervalo {range} está al revés.",
    "Row 1 is the header; data rows start at 2.":
        "La fila 1 es el encabezado; las filas de datos empiezan en la 2.",
    "The range {range} is too large.":
        "El intervalo {range} es demasiado grande.",
    "{value} is not a stakeholder cluster":
        "{value} no es un grupo de partes interesadas",
    "{value} is not an organisation type":
        "{value} no es un tipo de organización",
    "{value} is not a role":
        "{value} no es una función",
    "{value} is not a kind of contribution":
        "{value} no es un tipo de contribución",
    "{value} is not a programme":
        "{value} no es un programa",
    "{value} is not an activity category":
        "{value} no es una categoría de actividad",
    "; did you mean {suggestions}? Use one of: {choices}":
        "; ¿quiso decir {suggestions}? Use uno de estos valores: {choices}",
    "; use one of: {choices}":
        "; use uno de estos valores: {choices}",
    "co-leads":
        "co-líderes",
    "core partners":
        "socios principales",
    "network members":
        "miembros de la red",
    "the mapping sends this column to {field}, which is not a field of an application import":
        "la correspondencia envía esta columna a {field}, que no es un campo de una importación de solicitudes",
    "the mapping sends this column to {field}, which is not a field of an organisation import":
        "la correspondencia envía esta columna a {field}, que no es un campo de una importación de organizaciones",
    "not imported: no field has this name (see docs/IMPORT.md, or map it with --mapping)":
        "no importada: ningún campo tiene este nombre (vea docs/IMPORT.md, o asígnela con --mapping)",
    "both this column and {other} would fill the field {field}; map one of them elsewhere or leave it out":
        "esta columna y {other} llenarían ambas el campo {field}; asigne una de ellas a otro campo o déjela de lado",
    "the mapping names this column, but the file has no column of that name":
        "la correspondencia nombra esta columna, pero el archivo no tiene ninguna columna con ese nombre",
    "the file has no column for {field}, which is required":
        "el archivo no tiene columna para {field}, que es obligatorio",
    "asked to leave this row out, but the file has no data on it":
        "se pidió dejar de lado esta fila, pero el archivo no tiene datos en ella",
    "the organisation's name is missing":
        "falta el nombre de la organización",
    "the name is longer than 300 characters":
        "el nombre supera los 300 caracteres",
    "the acronym is longer than 50 characters":
        "la sigla supera los 50 caracteres",
    "the country is missing":
        "falta el país",
    "unknown country {country}; did you mean {suggestions}?":
        "país desconocido {country}; ¿quiso decir {suggestions}?",
    "unknown country {country}; write its name, or its ISO code such as KEN":
        "país desconocido {country}; escriba su nombre, o su código ISO como KEN",
    "{value} is not a website address":
        "{value} no es una dirección de sitio web",
    "an other name is longer than 300 characters":
        "otro nombre supera los 300 caracteres",
    "the alternate must be someone other than the representative":
        "el suplente debe ser una persona distinta del representante",
    "the same application as row {row} (same organisation, programme and role)":
        "la misma solicitud que la fila {row} (misma organización, programa y función)",
    "{value} is not an e-mail address":
        "{value} no es una dirección de correo electrónico",
    "the alternate's name is missing (an e-mail address is given)":
        "falta el nombre del suplente (se da una dirección de correo electrónico)",
    "the representative's name is missing (an e-mail address is given)":
        "falta el nombre del representante (se da una dirección de correo electrónico)",
    "the alternate's name is longer than 200 characters":
        "el nombre del suplente supera los 200 caracteres",
    "the representative's name is longer than 200 characters":
        "el nombre del representante supera los 200 caracteres",
    "not one of the gender options: {choices}":
        "no es ninguna de las opciones de género: {choices}",
    "no call is called {call}":
        "ninguna convocatoria se llama {call}",
    "several calls are called {call}; use the call's id":
        "varias convocatorias se llaman {call}; use el identificador de la convocatoria",
    "this row names the call {call}, but the import is for the call {title}":
        "esta fila nombra la convocatoria {call}, pero la importación es para la convocatoria {title}",
    "the call {title} is for another programme":
        "la convocatoria {title} es para otro programa",
    "the programme is missing":
        "falta el programa",
    "the call {title} is for {roles}, not {other}":
        "la convocatoria {title} es para {roles}, no para {other}",
    "the role applied for is missing":
        "falta la función solicitada",
    "{value} is not a date (write it as YYYY-MM-DD)":
        "{value} no es una fecha (escríbala como AAAA-MM-DD)",
    "an application cannot be received in the future":
        "una solicitud no puede recibirse en el futuro",
    "{programme} no longer takes applications":
        "{programme} ya no acepta solicitudes",
    "a {role} application answers a call, and there is no call for {roles} of {programme} yet; create it first":
        "una solicitud de {role} responde a una convocatoria, y aún no hay convocatoria para {roles} de "
        "{programme}; créela primero",
    "a {role} application answers a call, and several calls could be meant; choose one with --call":
        "una solicitud de {role} responde a una convocatoria, y podría tratarse de varias; elija una con --call",
    "the same organisation as row {row}; put each organisation on one row (a second person can go in "
    "alternate_name and alternate_email)":
        "la misma organización que la fila {row}; ponga cada organización en una sola fila (una segunda persona "
        "puede ir en alternate_name y alternate_email)",
    "the organisation chosen to link this row to no longer exists or was merged":
        "la organización elegida para vincular esta fila ya no existe o se fusionó",
    "linked to the existing organisation {name}: {why} (also close: {others})":
        "vinculada a la organización existente {name}: {why} (también cercanas: {others})",
    "linked to the existing organisation {name}: {why}":
        "vinculada a la organización existente {name}: {why}",
    "may already be in the registry as {matches}; a new organisation will be created (merge them afterwards if "
    "they are the same)":
        "quizá ya esté en el registro como {matches}; se creará una organización nueva (fusiónelas después si son "
        "la misma)",
    "may be the same organisation as row {row} ({reasons})":
        "quizá sea la misma organización que la fila {row} ({reasons})",
    "row {row} already links to {name}; put each organisation on one row":
        "la fila {row} ya está vinculada a {name}; ponga cada organización en una sola fila",
    "{name} is already an active {role} of {programme}":
        "{name} ya es {role} activo de {programme}",
    "{name} already has an open application to be a {role} of {programme} (received {date})":
        "{name} ya tiene una solicitud abierta para ser {role} de {programme} (recibida el {date})",
    # --- the writer's lock (db/lock.py)
    "{user} on {host} (process {pid}, since {since})":
        "{user} en {host} (proceso {pid}, desde {since})",
    "an unknown computer":
        "un ordenador desconocido",
    "an unknown time":
        "un momento desconocido",
    "{path} is already open in OPN Desk by {who}.":
        "{path} ya está abierto en OPN Desk por {who}.",
    "{path} is marked as open in OPN Desk by {who}, and OPN Desk cannot tell from here whether it still is.":
        "{path} figura como abierto en OPN Desk por {who}, y OPN Desk no puede saber desde aquí si sigue abierto.",
    "The database may still be open in OPN Desk on {host} ({user}, since {since}): that computer's lock cannot be "
    "seen from here. Take it over only if you are sure it is closed there; if it is not, both desks would write to "
    "it and changes could be lost.":
        "Es posible que la base de datos siga abierta en OPN Desk en {host} ({user}, desde {since}): el bloqueo de "
        "ese ordenador no se ve desde aquí. Tómela solo si está seguro de que allí está cerrada; si no lo está, ambos "
        "puestos escribirían en ella y podrían perderse cambios.",
    "The database may still be open in OPN Desk on this computer ({user}, since {since}): it was opened by an older "
    "version of OPN Desk, which this one cannot check. Take it over only if you are sure it is closed there; if it "
    "is not, both desks would write to it and changes could be lost.":
        "Es posible que la base de datos siga abierta en OPN Desk en este ordenador ({user}, desde {since}): la abrió "
        "una versión anterior de OPN Desk, que esta no puede comprobar. Tómela solo si está seguro de que allí está "
        "cerrada; si no lo está, ambos puestos escribirían en ella y podrían perderse cambios.",
    # --- importing reported activities (services/reporting_import.py)
    "{count} activity":
        "{count} actividad",
    "{count} activities":
        "{count} actividades",
    "Checked {count} row: no problems; {activities} would be imported; nothing written (dry run).":
        "Se comprobó {count} fila: ningún problema; se importaría: {activities}; no se escribió nada (prueba en "
        "seco).",
    "Checked {count} rows: no problems; {activities} would be imported; nothing written (dry run).":
        "Se comprobaron {count} filas: ningún problema; se importaría: {activities}; no se escribió nada (prueba "
        "en seco).",
    "Imported {activities} ({submissions} recorded, {rows} already recorded).":
        "Importación: {activities} ({submissions}; ya registrado: {rows}).",
    "{count} submission":
        "{count} presentación registrada",
    "{count} submissions":
        "{count} presentaciones registradas",
    "{count} row":
        "{count} fila",
    "{count} rows":
        "{count} filas",
    "the mapping sends this column to {field}, which is not a field of an activities import":
        "la correspondencia envía esta columna a {field}, que no es un campo de una importación de actividades",
    "not imported: no field has this name (see docs/REPORTING.md, or map it with --mapping)":
        "no importada: ningún campo tiene este nombre (vea docs/REPORTING.md, o asígnela con --mapping)",
    "{field} is required":
        "{field} es obligatorio",
    "several organisations are called {name}; give the organisation's id instead":
        "varias organizaciones se llaman {name}; dé en su lugar el identificador de la organización",
    "{name} is not an organisation in the registry; add it first, or correct the name":
        "{name} no es una organización del registro; añádala primero, o corrija el nombre",
    "{programme} has no reporting cycle for {year}; its cycles are {years}":
        "{programme} no tiene ciclo de informes para {year}; sus ciclos son {years}",
    "{programme} has no reporting cycle for {year}; create the cycle first":
        "{programme} no tiene ciclo de informes para {year}; cree primero el ciclo",
    "{text} is not one initiative of {programme}; leave it empty, or give the initiative's title or id":
        "{text} no es una iniciativa de {programme}; deje la celda vacía, o dé el título o el identificador de la "
        "iniciativa",
    "{text} is not a single initiative of {programme}; leave it empty, or give the initiative's title or id":
        "{text} no designa una sola iniciativa de {programme}; deje la celda vacía, o dé el título o el "
        "identificador de la iniciativa",
    "{text} is not a country; did you mean {suggestions}?":
        "{text} no es un país; ¿quiso decir {suggestions}?",
    "{text} is not a country":
        "{text} no es un país",
    "{text} is not an SDG number (1 to 17)":
        "{text} no es un número de ODS (1 a 17)",
    "{text} is neither yes nor no":
        "{text} no es ni sí ni no",
    "{text} is not a date (YYYY-MM-DD)":
        "{text} no es una fecha (AAAA-MM-DD)",
    "already recorded for this organisation and cycle; skipped":
        "ya registrada para esta organización y este ciclo; omitida",
    "the same activity is on an earlier row of the file":
        "la misma actividad está en una fila anterior del archivo",
    # --- a team server's address (db/address.py)
    "A password is never written in the database address (it would stay in the command history and the logs); "
    "save it once in this computer's keyring with 'opn-desk server password --db {address}', or put it in a "
    "PostgreSQL password file (PGPASSFILE, ~/.pgpass) or service file (PGSERVICEFILE).":
        "Una contraseña nunca se escribe en la dirección de la base de datos (quedaría en el historial de comandos y "
        "en los registros); guárdela una vez en el llavero de este ordenador con "
        "'opn-desk server password --db {address}', o póngala en un archivo de contraseñas de PostgreSQL "
        "(PGPASSFILE, ~/.pgpass) o en un archivo de servicio (PGSERVICEFILE).",
    "The database address is not a valid postgresql:// URL.":
        "La dirección de la base de datos no es una URL postgresql:// válida.",
    # --- reading spreadsheets (io/spreadsheet.py, io/tables.py)
    "{size} GB":
        "{size} GB",
    "The file is larger than {limit} (it is {size}); split it into smaller files.":
        "El archivo supera {limit} (tiene {size}); divídalo en archivos más pequeños.",
    "The file is empty, so there is nothing to import.":
        "El archivo está vacío, así que no hay nada que importar.",
    "The file cannot be read: {reason}.":
        "No se puede leer el archivo: {reason}.",
    "This is an old-style .xls workbook or a password-protected one; OPN Desk reads .xlsx and .csv files, so save "
    "it as an unprotected .xlsx and try again.":
        "Es un libro .xls de formato antiguo o protegido con contraseña; OPN Desk lee archivos .xlsx y .csv, así que "
        "guárdelo como .xlsx sin protección e inténtelo de nuevo.",
    "The file is named .xlsx but is not an Excel workbook (it may be damaged).":
        "El archivo se llama .xlsx pero no es un libro de Excel (puede estar dañado).",
    "OPN Desk reads .csv and .xlsx files; save this {suffix} file as .xlsx and try again.":
        "OPN Desk lee archivos .csv y .xlsx; guarde este archivo {suffix} como .xlsx e inténtelo de nuevo.",
    "Row {row} has {count} columns; at most {limit} can be read.":
        "La fila {row} tiene {count} columnas; se pueden leer {limit} como máximo.",
    "The file has more than {limit} rows; at most {limit} can be imported at once, so split it into smaller files.":
        "El archivo tiene más de {limit} filas; se pueden importar {limit} como máximo de una vez, así que divídalo "
        "en archivos más pequeños.",
    "The file says it is {encoding} text but is not; save it again as CSV UTF-8.":
        "El archivo dice ser texto {encoding} pero no lo es; guárdelo de nuevo como CSV UTF-8.",
    "The file is not a CSV text file (it contains binary data); OPN Desk reads .csv and .xlsx files.":
        "El archivo no es un archivo de texto CSV (contiene datos binarios); OPN Desk lee archivos .csv y .xlsx.",
    "A cell is longer than {limit} characters; the file was refused.":
        "Una celda supera los {limit} caracteres; el archivo fue rechazado.",
    "The file is not a well-formed CSV file ({reason}).":
        "El archivo no es un archivo CSV bien formado ({reason}).",
    "The file has no filled rows, so there is nothing to import.":
        "El archivo no tiene filas con datos, así que no hay nada que importar.",
    "The file has a header row but no rows below it, so there is nothing to import.":
        "El archivo tiene una fila de encabezado pero ninguna fila debajo, así que no hay nada que importar.",
    "{reason}; it was refused as unsafe.":
        "{reason}; fue rechazado por inseguro.",
    "The workbook has {count} parts, far more than any spreadsheet":
        "El libro tiene {count} partes, muchas más que cualquier hoja de cálculo",
    "The workbook holds two parts with the same name (a trick to hide content)":
        "El libro contiene dos partes con el mismo nombre (un truco para ocultar contenido)",
    "The workbook would expand to {size} when opened":
        "El libro ocuparía {size} al abrirse",
    "The workbook's part {part} would expand {times} times when opened (a zip bomb)":
        "La parte {part} del libro crecería {times} veces al abrirse (una bomba zip)",
    "The workbook is encrypted; save it without a password and try again.":
        "El libro está cifrado; guárdelo sin contraseña e inténtelo de nuevo.",
    "The workbook would expand to more than {size} when opened":
        "El libro ocuparía más de {size} al abrirse",
    "The workbook's part {part} declares XML entities or a document type, which can expand without limit":
        "La parte {part} del libro declara entidades XML o un tipo de documento, que pueden crecer sin límite",
    "The workbook is damaged and cannot be read ({reason}).":
        "El libro está dañado y no se puede leer ({reason}).",
    "The workbook has no visible worksheet to read.":
        "El libro no tiene ninguna hoja visible que leer.",
    "a part is missing":
        "falta una parte",
    "The workbook has a cell reference OPN Desk does not understand":
        "El libro tiene una referencia de celda que OPN Desk no entiende",
    "The file is not a readable .xlsx workbook ({reason}).":
        "El archivo no es un libro .xlsx legible ({reason}).",
    "The sheet '{sheet}' reaches column {column}; at most {limit} columns can be read.":
        "La hoja '{sheet}' llega a la columna {column}; se pueden leer {limit} columnas como máximo.",
    "The sheet '{sheet}' reaches row {row}; at most {limit} rows below the header can be imported at once, so split "
    "it into smaller files.":
        "La hoja '{sheet}' llega a la fila {row}; se pueden importar {limit} filas como máximo bajo el encabezado de "
        "una vez, así que divídala en archivos más pequeños.",
    "The workbook cannot be read ({reason}).":
        "No se puede leer el libro ({reason}).",
    "The sheet has more than {limit} rows; at most {limit} can be imported at once, so split it into smaller files.":
        "La hoja tiene más de {limit} filas; se pueden importar {limit} como máximo de una vez, así que divídala en "
        "archivos más pequeños.",
    "The mapping file is larger than 1 MB.":
        "El archivo de correspondencia supera 1 MB.",
    "The mapping file is not valid JSON ({reason}).":
        "El archivo de correspondencia no es JSON válido ({reason}).",
    'The mapping file must be a JSON object of "file column": "field" pairs.':
        'El archivo de correspondencia debe ser un objeto JSON de pares "file column": "field".',
    "The mapping file maps no columns.":
        "El archivo de correspondencia no asigna ninguna columna.",
    "{name}: only .csv and .xlsx can be written":
        "{name}: solo se pueden escribir archivos .csv y .xlsx",
    # --- opening the database (db/store.py)
    "{path} is damaged or is not an OPN Desk database ({reason}).":
        "{path} está dañado o no es una base de datos de OPN Desk ({reason}).",
    "{path} cannot be read: {reason}.":
        "No se puede leer {path}: {reason}.",
    "{path} is not an OPN Desk database (it is not an SQLite file).":
        "{path} no es una base de datos de OPN Desk (no es un archivo SQLite).",
    "the list of the database's tables is unreadable":
        "la lista de tablas de la base de datos es ilegible",
    "{path} cannot be checked: {reason}.":
        "No se puede comprobar {path}: {reason}.",
    "{path} is damaged ({reason}).":
        "{path} está dañado ({reason}).",
    "{path} was written by a newer version of OPN Desk (schema {revision}); please update OPN Desk.":
        "{path} fue escrito por una versión más reciente de OPN Desk (esquema {revision}); actualice OPN Desk.",
    "{path} is an SQLite file but not an OPN Desk database.":
        "{path} es un archivo SQLite pero no una base de datos de OPN Desk.",
    "{path} was written by a newer version of OPN Desk (schema {revision}); this version cannot open it.":
        "{path} fue escrito por una versión más reciente de OPN Desk (esquema {revision}); esta versión no puede "
        "abrirlo.",
    "{path} is not an OPN Desk database (its schema {revision}).":
        "{path} no es una base de datos de OPN Desk (su esquema: {revision}).",
    "{path} is not an OPN Desk database (its schema is not recorded).":
        "{path} no es una base de datos de OPN Desk (su esquema no está registrado).",
    "{path} is not an OPN Desk database (it has no {tables} table).":
        "{path} no es una base de datos de OPN Desk (no tiene la tabla {tables}).",
    "{path} is damaged: {problem}.":
        "{path} está dañado: {problem}.",
    "broken references after the upgrade: {count}":
        "referencias rotas después de la actualización: {count}",
    "The disk is full, so no database could be created at {path}; free some space and try again.":
        "El disco está lleno, así que no se pudo crear ninguna base de datos en {path}; libere espacio e inténtelo "
        "de nuevo.",
    "The disk is full, so {path} was not upgraded ({what}); free some space on the disk holding {folder} and open "
    "it again.":
        "El disco está lleno, así que {path} no se actualizó ({what}); libere espacio en el disco que contiene "
        "{folder} y vuelva a abrirlo.",
    "{path} was not upgraded ({what}: {reason}).":
        "{path} no se actualizó ({what}: {reason}).",
    "The last upgrade of {path} was interrupted, and the disk is full, so the copy taken before it cannot be put "
    "back yet; free some space on the disk holding {folder} and open it again.":
        "La última actualización de {path} se interrumpió, y el disco está lleno, así que la copia tomada antes aún "
        "no se puede reponer; libere espacio en el disco que contiene {folder} y vuelva a abrirlo.",
    "The last upgrade of {path} was interrupted, and the copy taken before it ({copy}) could not be put back "
    "({reason}).":
        "La última actualización de {path} se interrumpió, y la copia tomada antes ({copy}) no se pudo reponer "
        "({reason}).",
    "The last upgrade of {name} was interrupted; the copy taken before it began ({copy}) was put back, and the "
    "upgrade was run again.":
        "La última actualización de {name} se interrumpió; se repuso la copia tomada antes de que empezara "
        "({copy}), y la actualización se ejecutó de nuevo.",
    "The last upgrade of {path} was interrupted, and neither the database nor the copy taken before it passes its "
    "check; restore a backup (opn-desk restore, or File > Restore from backup…).":
        "La última actualización de {path} se interrumpió, y ni la base de datos ni la copia tomada antes pasan su "
        "comprobación; restaure una copia de seguridad (opn-desk restore, o Archivo > Restaurar una copia de "
        "seguridad…).",
    "The disk is full, so {path} was not upgraded: there is no room for the copy taken before an upgrade in "
    "{folder}. Free some space and open it again.":
        "El disco está lleno, así que {path} no se actualizó: no hay espacio en {folder} para la copia que se toma "
        "antes de una actualización. Libere espacio y vuelva a abrirlo.",
    "The database was not upgraded because its safety copy failed: {reason}":
        "La base de datos no se actualizó porque falló su copia de seguridad previa: {reason}",
    "its upgrade could not be begun":
        "no se pudo empezar su actualización",
    "The disk is full, so {path} could not be upgraded, and the copy taken before the upgrade could not be put back "
    "yet; free some space on the disk holding {folder} and open it again: the copy will be put back then.":
        "El disco está lleno, así que {path} no se pudo actualizar, y la copia tomada antes de la actualización aún "
        "no se pudo reponer; libere espacio en el disco que contiene {folder} y vuelva a abrirlo: la copia se "
        "repondrá entonces.",
    "{path} could not be upgraded ({reason}), and the copy taken before it ({copy}) could not be put back ({why}); "
    "open it again to put the copy back.":
        "{path} no se pudo actualizar ({reason}), y la copia tomada antes ({copy}) no se pudo reponer ({why}); "
        "vuelva a abrirlo para reponer la copia.",
    "The disk is full, so {path} could not be upgraded; it was left exactly as it was. Free some space on the disk "
    "holding {folder} and open it again.":
        "El disco está lleno, así que {path} no se pudo actualizar; se dejó exactamente como estaba. Libere espacio "
        "en el disco que contiene {folder} y vuelva a abrirlo.",
    "The database could not be upgraded ({reason}); it was restored exactly as it was, and the copy taken before "
    "the upgrade is kept in {copy}.":
        "La base de datos no se pudo actualizar ({reason}); se restableció exactamente como estaba, y la copia "
        "tomada antes de la actualización se conserva en {copy}.",
    "The database could not be upgraded ({reason}); it was left exactly as it was, and the copy taken before the "
    "upgrade is kept in {copy}.":
        "La base de datos no se pudo actualizar ({reason}); se dejó exactamente como estaba, y la copia tomada antes "
        "de la actualización se conserva en {copy}.",
    "{path} cannot be restored: it failed its check ({problem}).":
        "No se puede restaurar {path}: no pasó su comprobación ({problem}).",
    "The disk is full, so {path} was not restored ({what}); it was left as it was. Free some space and try again.":
        "El disco está lleno, así que {path} no se restauró ({what}); se dejó como estaba. Libere espacio e "
        "inténtelo de nuevo.",
    "{path} was not restored: {what}, because the folder cannot be written; it was left as it was.":
        "{path} no se restauró: {what}, porque no se puede escribir en la carpeta; se dejó como estaba.",
    "{path} was not restored ({what}: {reason}); it was left as it was.":
        "{path} no se restauró ({what}: {reason}); se dejó como estaba.",
    "a copy of its current state could not be kept in {folder}":
        "no se pudo conservar una copia de su estado actual en {folder}",
    "a copy of its current files could not be kept in {folder}":
        "no se pudo conservar una copia de sus archivos actuales en {folder}",
    "{path} is the database itself; choose a backup to restore from.":
        "{path} es la propia base de datos; elija una copia de seguridad que restaurar.",
    "the backup could not be copied into {folder}":
        "no se pudo copiar la copia de seguridad en {folder}",
    "the database could not be replaced":
        "no se pudo sustituir la base de datos",
    "{path} is an empty database.":
        "{path} es una base de datos vacía.",
    "{path} needs an upgrade, which cannot be done while it is open read-only.":
        "{path} necesita una actualización, que no se puede hacer mientras está abierto en solo lectura.",
    "{path} is missing the desk's tables.":
        "A {path} le faltan las tablas de la oficina de coordinación.",
    "OPN Desk could not connect to the server at {address} ({reason}).":
        "OPN Desk no pudo conectarse al servidor en {address} ({reason}).",
    "The server database at {address} was written by a newer version of OPN Desk (schema {revision}); please "
    "update OPN Desk.":
        "La base de datos del servidor en {address} fue escrita por una versión más reciente de OPN Desk (esquema "
        "{revision}); actualice OPN Desk.",
    "The server database at {address} holds other tables but no OPN Desk desk.":
        "La base de datos del servidor en {address} contiene otras tablas pero ninguna oficina de coordinación de "
        "OPN Desk.",
    "The server database at {address} has no OPN Desk desk yet; put one there with opn-desk server upload.":
        "La base de datos del servidor en {address} aún no tiene ninguna oficina de coordinación de OPN Desk; "
        "ponga una con opn-desk server upload.",
    "The server database at {address} needs an upgrade, which cannot be done while it is open read-only.":
        "La base de datos del servidor en {address} necesita una actualización, que no se puede hacer mientras está "
        "abierta en solo lectura.",
    "The server database at {address} was not upgraded, and was left exactly as it was ({reason}).":
        "La base de datos del servidor en {address} no se actualizó, y se dejó exactamente como estaba ({reason}).",
}
