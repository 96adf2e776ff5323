"""Spanish for issue 16 (core-services-b): the meetings, reporting, portfolio, work plan, search index and
server copy services' sentences, `opn-desk meetings`, `opn-desk reporting` and `opn-desk report` lines, and
the reporting cycle summary's fixed text (translate("Meetings" | "Reporting" | "Portfolio" | "WorkPlan" |
"ReportData" | "OrganisationSearch" | "ServerCopy" | "CommandLine" | "Reports", ...))."""

TRANSLATIONS = {
    # --- meetings (services/meetings.py, meetings_view.py)
    "That meeting no longer exists (it may have been deleted or undone).":
        "Esa reunión ya no existe (puede que se haya eliminado o deshecho).",
    "That agenda item no longer exists (it may have been deleted or undone).":
        "Ese punto del orden del día ya no existe (puede que se haya eliminado o deshecho).",
    "That paper no longer exists (it may have been deleted or undone).":
        "Ese documento ya no existe (puede que se haya eliminado o deshecho).",
    "There is no meeting with the id {ref}; `opn-desk meetings list` shows them.":
        "No hay ninguna reunión con el identificador {ref}; `opn-desk meetings list` las muestra.",
    "“{kind}” is not a kind of meeting; the kinds are {words}.":
        "«{kind}» no es un tipo de reunión; los tipos son {words}.",
    "“{status}” is not a way of taking part; use one of: {words}.":
        "«{status}» no es una forma de participación; use una de estas: {words}.",
    "A meeting needs a title.": "Una reunión necesita un título.",
    "The travel budget cannot be negative.": "El presupuesto de viajes no puede ser negativo.",
    "A guest needs a name.": "Un invitado necesita un nombre.",
    "Guest": "Invitado",
    "That organisation is not invited to this meeting; invite it first.":
        "Esa organización no está invitada a esta reunión; invítela primero.",
    "An agenda item needs a title.": "Un punto del orden del día necesita un título.",
    "{name} is {size} MB; papers can be at most {most} MB.":
        "{name} ocupa {size} MB; un documento puede ocupar como máximo {most} MB.",
    "Written comments are those sent in advance: the day received is after the meeting ({day}).":
        "Los comentarios escritos son los enviados con antelación: el día de recepción es posterior a la reunión "
        "({day}).",
    "The written comments are empty.": "Los comentarios escritos están vacíos.",
    "The amount requested must be more than zero.": "El importe solicitado debe ser mayor que cero.",
    "The travel support of this meeting is already allocated; no request can be added.":
        "El apoyo para viajes de esta reunión ya está asignado; no se pueden añadir solicitudes.",
    "Only an organisation invited to the meeting can request travel support.":
        "Solo una organización invitada a la reunión puede solicitar apoyo para viajes.",
    "The travel allocation is decided before the meeting; {day} is after the meeting ({held}).":
        "La asignación del apoyo para viajes se decide antes de la reunión; {day} es posterior a la reunión "
        "({held}).",
    "A grant names a request that is not one of this meeting's.":
        "Una asignación menciona una solicitud que no es de esta reunión.",
    "The minutes of this meeting were started on {day}.": "El acta de esta reunión se empezó el {day}.",
    "Presented by {presenter}.": "Presentado por {presenter}.",
    "Decision sought: {decision}": "Decisión solicitada: {decision}",
    "An action item needs a text.": "Una acción necesita un texto.",
    "An action item needs an owner.": "Una acción necesita un responsable.",
    "That agenda item belongs to another meeting.": "Ese punto del orden del día pertenece a otra reunión.",

    # --- reporting (services/reporting.py, reporting_view.py, reporting_reminders.py, reporting_documents.py)
    "; its cycles are {years}": "; sus ciclos son {years}",
    "; it has no reporting cycles yet": "; todavía no tiene ciclos de informes",
    "Partners expected to report": "Socios que deben informar",
    "Partners who reported": "Socios que informaron",
    "Reporting rate": "Tasa de informes",
    "{rate} (target {target})": "{rate} (meta {target})",
    "Activities reported": "Actividades informadas",
    "Activities: {category}": "Actividades: {category}",
    "Activities with a change in practice recorded": "Actividades con un cambio de práctica registrado",
    "Countries reached": "Países alcanzados",
    "Other SDGs served": "Otros ODS atendidos",
    "Core initiatives in the portfolio": "Iniciativas principales de la cartera",
    "Affiliated initiatives in the portfolio": "Iniciativas afiliadas de la cartera",
    "Network-wide reporting rate": "Tasa de informes de toda la red",
    "{rate} of {partners} partners ({count} programme)": "{rate} de {partners} socios ({count} programa)",
    "{rate} of {partners} partners ({count} programmes)": "{rate} de {partners} socios ({count} programas)",
    "Cancelled: no reminder was written.": "Cancelado: no se escribió ningún recordatorio.",
    "Prepare {count} reporting reminder ({code} {year})": "Preparar {count} recordatorio de informe ({code} {year})",
    "Prepare {count} reporting reminders ({code} {year})":
        "Preparar {count} recordatorios de informe ({code} {year})",
    "6 sheets, {count} row": "6 hojas, {count} fila",
    "6 sheets, {count} rows": "6 hojas, {count} filas",

    # --- portfolio

    # --- work plan (services/work_plan.py)
    "That task no longer exists (it may have been deleted or undone).":
        "Esa tarea ya no existe (puede que se haya eliminado o deshecho).",
    "A task needs a description.": "Una tarea necesita una descripción.",
    "A task cannot be due before it starts.": "Una tarea no puede vencer antes de empezar.",
    "A progress entry needs the progress made or the next steps.":
        "Una entrada de avance necesita el avance logrado o los próximos pasos.",
    "Decided at {meeting} ({day})": "Decidido en {meeting} ({day})",
    "This note reports the progress of the {programme} programme's work plan as of {day}, and the next steps, in "
    "line with the decisions of its Multi-stakeholder Advisory Committee.":
        "Esta nota informa del avance del plan de trabajo del programa {programme} al {day}, y de los próximos "
        "pasos, de acuerdo con las decisiones de su Comité Asesor de Múltiples Partes Interesadas.",
    "Co-leads, core partners and the 10YFP Secretariat":
        "Co-líderes, socios principales y Secretaría del 10YFP",
    "The action item “{item}”{owner} is due on {day}.": "La acción «{item}»{owner} vence el {day}.",
    "The action item “{item}”{owner} was due on {day}, {count} day ago.":
        "La acción «{item}»{owner} vencía el {day}, hace {count} día.",
    "The action item “{item}”{owner} was due on {day}, {count} days ago.":
        "La acción «{item}»{owner} vencía el {day}, hace {count} días.",

    # --- documents' values (services/report_data.py)
    "Financial": "Financiera",
    "In kind": "En especie",
    "Staff time": "Tiempo del personal",
    "{title} ({programme}, {role}, {opens} to {closes}; id {id})":
        "{title} ({programme}, {role}, del {opens} al {closes}; id {id})",
    "(organisation missing)": "(falta la organización)",
    "{programme} has no leadership renewal process yet, so there is no dossier to print; open one in the "
    "Leadership area first.":
        "{programme} todavía no tiene un proceso de renovación del liderazgo, así que no hay expediente que "
        "imprimir; abra uno primero en el área de Liderazgo.",

    # --- the organisations' search index (services/organisation_search.py)
    "The organisations' search index does not match the organisations":
        "El índice de búsqueda de las organizaciones no coincide con las organizaciones",
    "rebuild it with opn-desk check --rebuild-search-index.":
        "reconstrúyalo con opn-desk check --rebuild-search-index.",
    "The organisations' search index is no longer kept up to date (trigger {triggers} is missing); {repair}":
        "El índice de búsqueda de las organizaciones ya no se mantiene al día (falta el disparador {triggers}); "
        "{repair}",
    "{wrong} ({problem}); {repair}": "{wrong} ({problem}); {repair}",
    "{wrong}: it holds {indexed} entries for {rows} organisations; {repair}":
        "{wrong}: contiene {indexed} entradas para {rows} organizaciones; {repair}",
    "{wrong}: {missing} of the organisations sampled are not found by it; {repair}":
        "{wrong}: {missing} de las organizaciones de la muestra no se encuentran con él; {repair}",
    "Cannot sort by “{sort}”.": "No se puede ordenar por «{sort}».",

    # --- the server copy (services/server_copy.py)
    "{rows} rows in {tables} tables copied and checked (every table's row count and checksum match) in {seconds} s.":
        "{rows} filas en {tables} tablas copiadas y comprobadas (el número de filas y la suma de control de cada "
        "tabla coinciden) en {seconds} s.",
    "Copying {table}…": "Copiando {table}…",
    "The copy of the table {table} does not match the original (row counts differ: {here} rows against {there}); "
    "nothing was kept.":
        "La copia de la tabla {table} no coincide con el original (el número de filas difiere: {here} filas frente "
        "a {there}); no se conservó nada.",
    "The copy of the table {table} does not match the original (rows differ: {here} rows against {there}); "
    "nothing was kept.":
        "La copia de la tabla {table} no coincide con el original (las filas difieren: {here} filas frente a "
        "{there}); no se conservó nada.",
    "OPN Desk could not connect to the server at {address} ({problem}).":
        "OPN Desk no pudo conectarse al servidor {address} ({problem}).",
    "The server database at {address} is not empty (it holds {count} tables); a desk is uploaded only into an "
    "empty database, so that nothing there is overwritten.":
        "La base de datos del servidor {address} no está vacía (contiene {count} tablas); una secretaría solo se "
        "sube a una base vacía, para que no se sobrescriba nada.",
    "Creating the desk's tables on the server…": "Creando las tablas de la secretaría en el servidor…",
    "Comparing every table with the file…": "Comparando cada tabla con el archivo…",
    "Comparing every table with the server…": "Comparando cada tabla con el servidor…",
    "{path} already exists; the offline copy is written to a new file only.":
        "{path} ya existe; la copia sin conexión solo se escribe en un archivo nuevo.",
    "The new file has schema {revision}, not {head}; nothing was written.":
        "El archivo nuevo tiene el esquema {revision}, no {head}; no se escribió nada.",

    # --- the command line (commands/meetings.py, reporting.py, reports.py)
    "({count} of {invited} took part)": "(participaron {count} de {invited})",
    "allocation decided on {day}": "asignación decidida el {day}",
    "allocation not decided yet": "asignación aún no decidida",
    "{title} ({day}): travel budget {budget}; {decided}.": "{title} ({day}): presupuesto de viajes {budget}; {decided}.",
    "requested {amount}, proposed {proposed}, granted {granted}":
        "solicitado {amount}, propuesto {proposed}, concedido {granted}",
    "Give the file to write with --out FILE.pdf.": "Indique el archivo que se escribirá con --out ARCHIVO.pdf.",
    "{file}: the report file must end in {suffixes}.": "{file}: el archivo del informe debe terminar en {suffixes}.",
    " or ": " o ",
    "Name the meeting with --meeting ID (`opn-desk meetings list` shows the ids).":
        "Indique la reunión con --meeting ID (`opn-desk meetings list` muestra los identificadores).",
    "Wrote the FINAL meeting pack of {title} ({items}, {papers}) to {file}: {pages}.":
        "Carpeta DEFINITIVA de la reunión {title} ({items}, {papers}) escrita en {file}: {pages}.",
    "Wrote the DRAFT meeting pack of {title} ({items}, {papers}) to {file}: {pages}.":
        "BORRADOR de la carpeta de la reunión {title} ({items}, {papers}) escrito en {file}: {pages}.",
    "{count} agenda item": "{count} punto del orden del día",
    "{count} agenda items": "{count} puntos del orden del día",
    "{count} paper": "{count} documento",
    "{count} papers": "{count} documentos",
    "{count} task": "{count} tarea",
    "{count} funding source": "{count} fuente de financiación",
    "“{text}” is not a date in the form YYYY-MM-DD.": "«{text}» no es una fecha con el formato AAAA-MM-DD.",
    "Wrote the work plan progress report of {programme} as of {day} ({tasks}) to {where}":
        "Informe de avance del plan de trabajo de {programme} al {day} ({tasks}) escrito en {where}",
    "--exclude-rows: {problem}": "--exclude-rows: {problem}",
    "Import activities from {file}": "Importar actividades desde {file}",
    "; {count} non-reporter without an e-mail address.": "; {count} socio sin informe no tiene dirección de correo.",
    "; {count} non-reporters without an e-mail address.":
        "; {count} socios sin informe no tienen dirección de correo.",

    # --- the reporting cycle summary (reports/reporting.py)
    "target {rate}": "meta {rate}",
    "late ({count} day)": "con retraso ({count} día)",
    "late ({count} days)": "con retraso ({count} días)",
    "very late ({count} day)": "muy atrasado ({count} día)",
    "very late ({count} days)": "muy atrasado ({count} días)",
    "{count} more report would meet it": "{count} informe más permitiría alcanzarla",
    "{count} more reports would meet it": "{count} informes más permitirían alcanzarla",
    "Reporting {year}: {programme}": "Informes {year}: {programme}",
    "{code} reporting summary {year} · as of {day}": "Resumen de informes {code} {year} · al {day}",
    "Partner reporting: rates, activities, non-reporters": "Informes de los socios: tasas, actividades, socios sin informe",
    "Partner reporting {year}": "Informes de los socios {year}",
    "As of": "A fecha de",
    "{partners} (excused, left out: {excused})": "{partners} (excusados, no contados: {excused})",
    "{reported}, of which late {late} and very late {very_late}":
        "{reported}, de los cuales {late} con retraso y {very_late} muy atrasados",
    "{rate} against the strategy's target of {target}: {standing}":
        "{rate} frente a la meta de la estrategia del {target}: {standing}",
    "Rates against the target": "Tasas frente a la meta",
    "Every programme's rate, {year}": "Tasa de cada programa, {year}",
    "{count} activity reported.": "{count} actividad informada.",
    "{count} activities reported.": "{count} actividades informadas.",
    "No activity was marked as a highlight.": "Ninguna actividad se marcó como destacada.",
    "What changed in practice: {change}": "Qué cambió en la práctica: {change}",
    "Partners who have not reported": "Socios que no han informado",
    "Every partner expected to report has reported.": "Todos los socios que debían informar lo han hecho.",
    "{count} partner, the longest-missing first; {repeated} missed two cycles or more in a row (marked ▲) and are "
    "for the desk's review: reporting is a condition to remain a partner.":
        "{count} socio, primero el que lleva más tiempo sin informar; {repeated} no informaron en dos ciclos o más "
        "seguidos (marcados con ▲) y quedan para la revisión de la secretaría: informar es una condición para seguir "
        "siendo socio.",
    "{count} partners, the longest-missing first; {repeated} missed two cycles or more in a row (marked ▲) and are "
    "for the desk's review: reporting is a condition to remain a partner.":
        "{count} socios, primero los que llevan más tiempo sin informar; {repeated} no informaron en dos ciclos o "
        "más seguidos (marcados con ▲) y quedan para la revisión de la secretaría: informar es una condición para "
        "seguir siendo socio.",
    "Standing": "Situación",
    "Cycles missed": "Ciclos sin informe",
    "Figures for the High-Level Political Forum": "Cifras para el Foro Político de Alto Nivel",
    "Ready to paste into the network's report.": "Listas para pegar en el informe de la red.",
}
