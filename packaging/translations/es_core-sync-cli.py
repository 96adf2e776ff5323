"""Spanish words of the laptop exchange's sentences (opn_desk/services/sync: refusals of exchange files, the
import's summary, the findings, the decisions), of the command line's --smoke lines and of argparse's own
words ("usage:", "the following arguments are required", translated under the "argparse" context)."""

TRANSLATIONS: dict[str, str] = {
    # ------------------------------------------------------------------ argparse's own words (cli.py)
    "usage: ": "uso: ",
    "positional arguments": "argumentos posicionales",
    "options": "opciones",
    "show this help message and exit": "mostrar este mensaje de ayuda y salir",
    "show program's version number and exit": "mostrar el número de versión del programa y salir",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "faltan los siguientes argumentos obligatorios: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "invalid %(type)s value: %(value)r": "valor %(type)s no válido: %(value)r",
    "expected one argument": "se esperaba un argumento",
    "expected at most one argument": "se esperaba como máximo un argumento",
    "expected at least one argument": "se esperaba al menos un argumento",
    "expected %s argument": "se esperaba %s argumento",
    "expected %s arguments": "se esperaban %s argumentos",
    "not allowed with argument %s": "no permitido con el argumento %s",
    "ignored explicit argument %r": "argumento explícito ignorado: %r",
    "one of the arguments %s is required": "se requiere uno de los argumentos %s",
    "ambiguous option: %(option)s could match %(matches)s": "opción ambigua: %(option)s puede coincidir con %(matches)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "orden desconocida %(parser_name)r (opciones: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "no se puede abrir '%(filename)s': %(error)s",
    "unexpected option string: %s": "opción inesperada: %s",
    # ------------------------------------------------------------------ --smoke (cli.py)
    "PDF: the roster of {code} built, {pages} page(s).": "PDF: la composición de {code} generada, {pages} página(s).",
    "PDF could not be built: {kind}.": "No se pudo generar el PDF: {kind}.",
    "Selection: the best slate of a small pool solved (HiGHS).":
        "Selección: resuelta la mejor lista de un grupo pequeño de candidatos (HiGHS).",
    "Selection could not be solved: {kind}.": "No se pudo resolver la selección: {kind}.",
    # ------------------------------------------------------------------ exchange files (services/sync/bundle.py)
    "{name} is not an OPN Desk exchange file.": "{name} no es un archivo de intercambio de OPN Desk.",
    "{name} was written by a newer version of OPN Desk; update OPN Desk to read it.":
        "{name} fue escrito por una versión más reciente de OPN Desk; actualice OPN Desk para leerlo.",
    "{name} was written by a newer version of OPN Desk (schema {schema}); update OPN Desk on this laptop to read it.":
        "{name} fue escrito por una versión más reciente de OPN Desk (esquema {schema}); actualice OPN Desk en este portátil para leerlo.",
    "{name} is incomplete (cut off); ask for it again.": "{name} está incompleto (cortado); pídalo de nuevo.",
    "{name} is damaged or incomplete (cut off); ask for it again.":
        "{name} está dañado o incompleto (cortado); pídalo de nuevo.",
    "{name} is damaged; ask for it again.": "{name} está dañado; pídalo de nuevo.",
    "{name} comes from another desk, not this one; it was not read.":
        "{name} viene de otra secretaría, no de esta; no se leyó.",
    "{name} could not be authenticated with this desk's key: it was altered, or made by a copy of the desk with another key; it was not read.":
        "{name} no pudo autenticarse con la clave de esta secretaría: fue alterado, o hecho por una copia de la secretaría con otra clave; no se leyó.",
    # ------------------------------------------------------------------ the exchange (services/sync/exchange.py)
    "{count} change from another laptop": "{count} cambio de otro portátil",
    "{count} changes from another laptop": "{count} cambios de otro portátil",
    "{count} change from {laptops}": "{count} cambio de {laptops}",
    "{count} changes from {laptops}": "{count} cambios de {laptops}",
    "{count} needs a decision": "{count} requiere una decisión",
    "{count} need a decision": "{count} requieren una decisión",
    "{changes}, {decisions}": "{changes}, {decisions}",
    "{count} waits for earlier changes not received yet": "{count} espera cambios anteriores aún no recibidos",
    "{count} wait for earlier changes not received yet": "{count} esperan cambios anteriores aún no recibidos",
    "{count} rule to check: {findings}": "{count} regla por comprobar: {findings}",
    "{count} rules to check: {findings}": "{count} reglas por comprobar: {findings}",
    "{summary}; {more}": "{summary}; {more}",
    "none yet": "ninguno todavía",
    "There is no laptop {laptop} in this desk; the laptops are: {names}.":
        "No hay ningún portátil {laptop} en esta secretaría; los portátiles son: {names}.",
    "That is this laptop itself; name another laptop with --for.":
        "Ese es este mismo portátil; indique otro portátil con --for.",
    "{file}: the exchange file must end in {suffix}.": "{file}: el archivo de intercambio debe terminar en {suffix}.",
    "There is no exchange file at {path}.": "No hay ningún archivo de intercambio en {path}.",
    "{name} refers to attached files this laptop does not have; ask for an exchange file written without --for.":
        "{name} hace referencia a archivos adjuntos que este portátil no tiene; pida un archivo de intercambio escrito sin --for.",
    "{name} is in the registry {count} times (merge the duplicates)":
        "{name} figura {count} veces en el registro (fusione los duplicados)",
    "{name} has two overlapping active {role} terms": "{name} tiene dos mandatos activos de {role} que se solapan",
    "{picks} picks for {seats} seats": "{picks} elegidos para {seats} puestos",
    "the hand-picked slate of {call} no longer meets its rules ({why})":
        "la lista elegida a mano de {call} ya no cumple sus reglas ({why})",
    "{names} had been merged into each other on different laptops; {kept} stays in the registry (merge the others into it again if they are duplicates)":
        "{names} se habían fusionado entre sí en distintos portátiles; {kept} se queda en el registro (vuelva a fusionar en ella las demás si son duplicados)",
    "Nothing was imported: the backup taken first could not be written to {folder} ({problem}).":
        "No se importó nada: la copia de seguridad hecha primero no pudo escribirse en {folder} ({problem}).",
    "Nothing was imported: the backup taken first failed its check ({problem}).":
        "No se importó nada: la copia de seguridad hecha primero no superó su comprobación ({problem}).",
    "Name at least one exchange file to import.": "Indique al menos un archivo de intercambio para importar.",
    "{path} already exists; name a new file for the copy.": "{path} ya existe; indique un archivo nuevo para la copia.",
    'Give the new laptop a name with --laptop, such as "Nairobi laptop".':
        'Dé un nombre al nuevo portátil con --laptop, por ejemplo "portátil de Nairobi".',
    "There is already a laptop called {name} in this desk; choose another name.":
        "Ya hay un portátil llamado {name} en esta secretaría; elija otro nombre.",
    "There is no laptop {laptop} in this desk.": "No hay ningún portátil {laptop} en esta secretaría.",
    "This laptop cannot forget itself; run the command on another laptop of the desk.":
        "Este portátil no puede olvidarse a sí mismo; ejecute la orden en otro portátil de la secretaría.",
    # ------------------------------------------------------------------ decisions (services/sync/conflicts.py)
    "kept": "conservado",
    "deleted": "eliminado",
    "(removed)": "(quitado)",
    "There is no open conflict {conflict}; 'opn-desk sync conflicts' lists them.":
        "No hay ningún conflicto abierto {conflict}; 'opn-desk sync conflicts' los enumera.",
    "There is no country with the code {code}.": "No hay ningún país con el código {code}.",
    "{value} is not a value the field {field} can hold.": "{value} no es un valor que el campo {field} pueda contener.",
    "--keep must be between 1 and {count} for this conflict.": "--keep debe estar entre 1 y {count} para este conflicto.",
    "A deleted-or-kept conflict is decided with --keep 1 (keep) or --keep 2 (delete).":
        "Un conflicto de eliminado o conservado se decide con --keep 1 (conservar) o --keep 2 (eliminar).",
    "It cannot be deleted while other records refer to it; remove those first, or keep it.":
        "No puede eliminarse mientras otros registros hagan referencia a él; quite esos primero, o consérvelo.",
    "Deleted the record as decided.": "Registro eliminado, según lo decidido.",
    "Kept the record.": "Registro conservado.",
    "Decided {field}: {value}.": "Decisión sobre {field}: {value}.",
    "the record": "el registro",
    "the field {field}": "el campo {field}",
    "This cannot be undone: {what} was changed since on {laptop} by {author}, in an exchange with another laptop; edit it instead.":
        "No se puede deshacer: {what} se cambió después en {laptop} por {author}, en un intercambio con otro portátil; edítelo en su lugar.",
    "This cannot be undone: {what} was changed since on {laptop}, in an exchange with another laptop; edit it instead.":
        "No se puede deshacer: {what} se cambió después en {laptop}, en un intercambio con otro portátil; edítelo en su lugar.",
    "This cannot be undone: {what} was changed since, in an exchange with another laptop; edit it instead.":
        "No se puede deshacer: {what} se cambió después, en un intercambio con otro portátil; edítelo en su lugar.",
    # ------------------------------------------------------------------ the shared folder (services/sync/shared_folder.py)
    "Wrote this laptop's {count} change to {file}.": "Se escribió {count} cambio de este portátil en {file}.",
    "Wrote this laptop's {count} changes to {file}.": "Se escribieron {count} cambios de este portátil en {file}.",
    "Not read: {problems}": "No leídos: {problems}",
    "Choose the folder you share with your colleagues.": "Elija la carpeta que comparte con sus colegas.",
    "{path} is a file, not a folder.": "{path} es un archivo, no una carpeta.",
    "The live database {name} is inside {folder}; a shared folder's sync would damage it, so choose a folder outside the one holding the database (only exchange files go there).":
        "La base de datos en uso {name} está dentro de {folder}; la sincronización de una carpeta compartida la dañaría, así que elija una carpeta fuera de la que contiene la base de datos (solo van allí los archivos de intercambio).",
    # ------------------------------------------------------------------ the list of decisions (services/sync/decisions_view.py)
    "Application status change": "Cambio de estado de una solicitud",
    "Attachment": "Adjunto",
    "Conflict of interest": "Conflicto de intereses",
    "Country code": "Código del país",
    "Desk setting": "Ajuste de la secretaría",
    "Due diligence review": "Revisión de diligencia debida",
    "Evaluation criterion": "Criterio de evaluación",
    "Health assessment": "Evaluación de la salud de la asociación",
    "Import mapping": "Correspondencia de importación",
    "Initiative partner": "Socio de una iniciativa",
    "Meeting guest": "Invitado a una reunión",
    "Meeting paper": "Documento de reunión",
    "Meeting participant": "Participante en una reunión",
    "Merged into": "Fusionada en",
    "Parent organisation": "Organización matriz",
    "Reminder sent": "Recordatorio enviado",
    "Renewal candidate": "Candidato a la renovación",
    "Renewal checklist item": "Elemento de la lista de comprobación de la renovación",
    "Renewal score": "Puntuación de renovación",
    "Renewal step": "Paso de la renovación",
    "Reported activity": "Actividad informada",
    "Reporting alternate": "Suplente para los informes",
    "Reporting cycle": "Ciclo de informes",
    "Reporting focal point": "Punto focal para los informes",
    "Reporting status": "Estado del informe",
    "Selection candidate": "Candidato a la selección",
    "Selection round": "Ronda de selección",
    "Selection scenario": "Escenario de selección",
    "Succession entry": "Entrada de sucesión",
    "Task progress": "Avance de una tarea",
    "Travel request": "Solicitud de viaje",
    "Work task": "Tarea del plan de trabajo",
    "Written comment": "Comentario escrito",
}
