"""Spanish translations of OPN Desk's strings, keyed by the English source text.

packaging/update_translations.py writes them into resources/translations/opn_desk_es.ts after
pyside6-lupdate, then compiles the .qm. Add or correct a sentence here (never in the .ts by hand: the
next update would keep it, but this file is where the words are reviewed). Placeholders ({name}, %n),
&-accelerators and HTML tags must stay as in the source (tests/test_languages.py checks).
Vocabulary: the desk's own words, as opn_desk/domain/vocab.py gives them (core partner = socio principal, co-lead = co-líder, application = solicitud, call = convocatoria).
"""

TRANSLATIONS: dict[str, str] = {
    ' (an earlier process: the dossier is of the latest)':
        ' (un proceso anterior: el dossier es el del más reciente)',
    ' (and {count} more)':
        ' (y {count} más)',
    ' (forgotten)':
        ' (olvidado)',
    ' (order overridden)':
        ' (orden forzado)',
    ' ({n} at the edge).':
        ' ({n} al límite).',
    ' days':
        ' días',
    ' match':
        ' coinciden',
    ' {n} at the edge: one change could break them.':
        ' {n} al límite: un cambio podría romperlas.',
    '&About OPN Desk':
        '&Acerca de OPN Desk',
    '&Accept':
        '&Aceptar',
    '&Applications':
        '&Solicitudes',
    '&Backup now':
        '&Copia de seguridad ahora',
    '&Call':
        '&Convocatoria',
    '&Closes on':
        '&Se cierra el',
    '&Country':
        '&País',
    '&Decided on':
        '&Decidido el',
    '&Delete organisation…':
        '&Eliminar la organización…',
    '&Description':
        '&Descripción',
    '&Due list':
        '&Vencimientos',
    '&E-mail':
        '&Correo electrónico',
    '&Edit':
        '&Editar',
    '&Ends on':
        '&Termina el',
    '&Export organisations…':
        '&Exportar las organizaciones…',
    '&File':
        '&Archivo',
    '&Find':
        '&Buscar',
    '&Gender (as stated)':
        '&Género (según lo declarado)',
    '&Help':
        'A&yuda',
    '&Import':
        '&Importar',
    '&Keyboard shortcuts':
        '&Atajos de teclado',
    '&Language':
        '&Idioma',
    '&Letterhead':
        '&Membrete',
    '&Name':
        '&Nombre',
    '&New database…':
        '&Nueva base de datos…',
    '&New organisation':
        '&Nueva organización',
    '&Not accept':
        '&No aceptar',
    '&Note':
        '&Nota',
    '&Notes':
        '&Notas',
    '&Open database…':
        '&Abrir una base de datos…',
    '&Opened on':
        '&Abierto el',
    '&Opens on':
        '&Se abre el',
    '&Organisation':
        '&Organización',
    '&Organisations':
        '&Organizaciones',
    '&Organisations and their people (a partner list)':
        '&Organizaciones y sus personas (una lista de socios)',
    '&Override reason':
        '&Motivo para omitir',
    '&Phone':
        '&Teléfono',
    '&Preferences…':
        '&Preferencias…',
    '&Programme':
        '&Programa',
    '&Quit':
        '&Salir',
    '&Rationale':
        '&Justificación',
    '&Rationale (required)':
        '&Justificación (obligatoria)',
    '&Reason':
        '&Motivo',
    '&Reason (required)':
        '&Motivo (obligatorio)',
    '&Reason to override the order':
        '&Motivo para forzar el orden',
    '&Record application…':
        '&Registrar una solicitud…',
    '&Redo':
        '&Rehacer',
    '&Redo {what}':
        '&Rehacer {what}',
    '&Restore from backup…':
        '&Restaurar una copia de seguridad…',
    '&Role':
        '&Función',
    '&Save organisation':
        '&Guardar la organización',
    '&Seed':
        '&Semilla',
    '&Title':
        '&Título',
    '&Undo':
        '&Deshacer',
    '&Undo {what}':
        '&Deshacer {what}',
    '&User guide':
        '&Guía del usuario',
    '&Website':
        'Sitio &web',
    '&Weight':
        '&Ponderación',
    '&Withdrawn':
        '&Retirada',
    '&Year':
        '&Año',
    '(attribute: value)':
        '(atributo: valor)',
    '(by its name)':
        '(por su nombre)',
    '(choose a reviewer of this call)':
        '(elija un evaluador de esta convocatoria)',
    '(choose the organisation first)':
        '(elija primero la organización)',
    '(choose the person)':
        '(elija la persona)',
    '(empty)':
        '(vacío)',
    '(leave out)':
        '(omitir)',
    '(no call for this programme and role yet: add one in Applications › Calls and evaluation criteria)':
        '(aún no hay convocatoria para este programa y esta función: añada una en Solicitudes › Convocatorias y criterios de evaluación)',
    '(no call yet: link it later)':
        '(aún no hay convocatoria: vincúlela más tarde)',
    '(no call)':
        '(sin convocatoria)',
    '(no name)':
        '(sin nombre)',
    '(no people recorded)':
        '(ninguna persona registrada)',
    '(nobody has scored in this call yet)':
        '(nadie ha puntuado aún en esta convocatoria)',
    '(nobody named yet)':
        '(aún no se ha nombrado a nadie)',
    '(nobody named)':
        '(nadie nombrado)',
    '(none given)':
        '(ninguno indicado)',
    '(none offered)':
        '(ninguno ofrecido)',
    '(none yet)':
        '(ninguna todavía)',
    '(none)':
        '(ninguno)',
    '(none: each row names its programme and role)':
        '(ninguna: cada fila indica su programa y su función)',
    '(none: network members may apply at any time)':
        '(ninguna: los miembros de la red pueden presentar solicitud en cualquier momento)',
    '(none: the representative of its role)':
        '(ninguno: el representante de su función)',
    '(not assessed)':
        '(sin evaluar)',
    '(not decided yet)':
        '(aún no decidido)',
    '(not set)':
        '(sin definir)',
    '(the file could not be read)':
        '(no se pudo leer el archivo)',
    '(the meeting as a whole)':
        '(la reunión en su conjunto)',
    ', notes':
        ', notas',
    ', {n} at the edge':
        ', {n} al límite',
    '1 application':
        '1 solicitud',
    '1 candidate in the pool':
        '1 candidato en el grupo',
    '1 day':
        '1 día',
    '1 decision waits':
        '1 decisión pendiente',
    '1 decision waits…':
        '1 decisión pendiente…',
    '1 file':
        '1 archivo',
    '1 lead proposed.':
        '1 líder propuesto.',
    '1 membership ({active} active)':
        '1 membresía ({active} activa)',
    '1 organisation':
        '1 organización',
    '1 person':
        '1 persona',
    '1 rule broken':
        '1 regla incumplida',
    '<b>Weighted total: {total}</b> of {max}':
        '<b>Total ponderado: {total}</b> de {max}',
    '<b>{name}</b><br>{why}':
        '<b>{name}</b><br>{why}',
    "<h3>OPN Desk {version}</h3><p>The coordination desk's tool for One Planet network programmes.</p><p><b>Database:</b> {database}<br><b>Data folder:</b> {folder}</p>":
        '<h3>OPN Desk {version}</h3><p>La herramienta de la secretaría de coordinación para los programas de One Planet network.</p><p><b>Base de datos:</b> {database}<br><b>Carpeta de datos:</b> {folder}</p>',
    "<p><b>Welcome to OPN Desk</b>, the desk officers' tool for the One Planet network programmes: the registry of organisations, applications, core-partner selection and leadership renewal, in one file on this laptop.</p><p>Every change is kept in the history with the name of who made it. What name should the history give you?</p>":
        '<p><b>Bienvenido a OPN Desk</b>, la herramienta de los oficiales de la secretaría para los programas de One Planet network: el registro de organizaciones, las solicitudes, la selección de socios principales y la renovación de la dirección, en un solo archivo en este portátil.</p><p>Cada cambio se conserva en el historial con el nombre de quien lo hizo. ¿Qué nombre debe darle el historial?</p>',
    "<span style='background: #fde3c3;'>reviewers disagree on {criteria}</span>":
        "<span style='background: #fde3c3;'>los evaluadores discrepan en {criteria}</span>",
    'A call cannot close before it opens.':
        'Una convocatoria no puede cerrarse antes de abrirse.',
    'A call needs a title.':
        'Una convocatoria necesita un título.',
    'A candidate or current member':
        'Un candidato o un miembro actual',
    'A checklist item needs a name.':
        'Un elemento de la lista de comprobación necesita un nombre.',
    'A checklist item needs its text.':
        'Un elemento de la lista necesita su texto.',
    'A copy was saved as {path}.':
        'Se guardó una copia como {path}.',
    "A core initiative is run jointly by two or more partners, the lead included; an affiliated one passes the desk's due diligence.":
        'Una iniciativa principal la dirigen conjuntamente dos o más socios, incluido el líder; una afiliada supera la diligencia debida de la secretaría.',
    'A criterion needs a name.':
        'Un criterio necesita un nombre.',
    'A CSV or Excel (.xlsx) file with one row per application or organisation and the column names in the first row.':
        'Un archivo CSV o Excel (.xlsx) con una fila por solicitud u organización y los nombres de columna en la primera fila.',
    'A decision cannot be dated before the application was received.':
        'Una decisión no puede fecharse antes de recibir la solicitud.',
    'A decision cannot be dated in the future.':
        'Una decisión no puede fecharse en el futuro.',
    'A former programme has no new renewal process.':
        'Un programa anterior no tiene un nuevo proceso de renovación.',
    'A future date shows the terms as they stand today: nobody is assumed to hold over beyond today, and renewals not yet recorded are not shown.':
        'Una fecha futura muestra los mandatos tal como están hoy: no se supone que nadie siga en funciones más allá de hoy, y no se muestran las renovaciones aún no registradas.',
    'A highlight of the year (shown in the cycle summary)':
        'Lo más destacado del año (se muestra en el resumen del ciclo)',
    'A membership cannot end before it started.':
        'Una membresía no puede terminar antes de empezar.',
    'A membership that is still active must end before its application can be reopened, so the history stays true.':
        'Una membresía aún activa debe terminar antes de que su solicitud pueda reabrirse, para que el historial siga siendo fiel.',
    'A name':
        'Un nombre',
    'A ne&w organisation':
        'Una organización &nueva',
    'A new person…':
        'Una persona nueva…',
    'A new term of the {what} membership starts on {start}; the current term is kept in the history.':
        'Un nuevo mandato de la membresía {what} empieza el {start}; el mandato actual se conserva en el historial.',
    'A new two-year term from {start} to {end} is added; the current term keeps its dates. You can undo this with Edit › Undo.':
        'Se añade un nuevo mandato de dos años del {start} al {end}; el mandato actual conserva sus fechas. Puede deshacerlo con Editar › Deshacer.',
    'A note for the history (optional)':
        'Una nota para el historial (opcional)',
    'A number of seats (2) or a share of the seats (40%); empty: no bound':
        'Un número de puestos (2) o una parte de los puestos (40%); vacío: sin límite',
    'A past date: the members in office that day, from the recorded terms.':
        'Una fecha pasada: los miembros en funciones ese día, según los mandatos registrados.',
    'A person needs a name.':
        'Una persona necesita un nombre.',
    'A report for {year} cannot have been submitted on {day}.':
        'Un informe de {year} no puede haberse presentado el {day}.',
    'A reviewer from the applicant, its parent or its affiliates cannot score it. Leave a criterion at “not scored” to score it later.':
        'Un evaluador del solicitante, de su organización matriz o de sus afiliados no puede puntuarlo. Deje un criterio en “sin puntuar” para puntuarlo más tarde.',
    'A reviewer from the incumbent, its parent or its affiliates cannot score it.':
        'Un evaluador del titular, de su organización matriz o de sus afiliados no puede puntuarlo.',
    'A reviewer who declares a conflict with {name} cannot score it; scores they gave before are kept but no longer count.':
        'Un evaluador que declara un conflicto con {name} no puede puntuarlo; las puntuaciones que dio antes se conservan pero ya no cuentan.',
    'A scenario needs a name.':
        'Un escenario necesita un nombre.',
    'A scenario needs at least one selected candidate.':
        'Un escenario necesita al menos un candidato elegido.',
    'A screening checklist needs at least one check; use Restore defaults to go back to the shipped list.':
        'Una lista de comprobación de preselección necesita al menos una comprobación; use Restablecer los valores predeterminados para volver a la lista de origen.',
    'A self-assessment is Red, Amber or Green.':
        'Una autoevaluación es Rojo, Ámbar o Verde.',
    'A step cannot be closed in the future.':
        'Un paso no puede cerrarse en el futuro.',
    'A step cannot have started in the future.':
        'Un paso no puede haber empezado en el futuro.',
    'A step cannot start in the future.':
        'Un paso no puede empezar en el futuro.',
    'A term lasts at least one year.':
        'Un mandato dura al menos un año.',
    'A weight is a number.':
        'Una ponderación es un número.',
    'A withdrawn application cannot be proposed.':
        'Una solicitud retirada no puede proponerse.',
    'A year ago':
        'Hace un año',
    'A&lternate':
        'Su&plente',
    'About OPN Desk':
        'Acerca de OPN Desk',
    'above its maximum':
        'por encima de su máximo',
    'Accept the application of {name}':
        'Aceptar la solicitud de {name}',
    'Accepting it created a membership: <a href="org">see it in the organisation\'s memberships</a>.':
        'Al aceptarla se creó una membresía: <a href="org">verla en las membresías de la organización</a>.',
    'Accepting makes {name} a {role} of {programme} from the decision date. Co-leads and core partners serve two-year terms; network members usually have no end date.':
        'Al aceptar, {name} pasa a ser {role} de {programme} desde la fecha de la decisión. Los co-líderes y socios principales tienen mandatos de dos años; los miembros de la red no suelen tener fecha de fin.',
    'Accept…':
        'Aceptar…',
    'acknowledgement':
        'acuse de recibo',
    'Acknowledgement letter…':
        'Carta de acuse de recibo…',
    'Acron&ym':
        'Si&gla',
    'Acronym':
        'Sigla',
    'Action':
        'Acción',
    'Action item of {meeting}':
        'Acción de {meeting}',
    'Action items (tasks of the work plan)':
        'Acciones (tareas del plan de trabajo)',
    'Action items of meetings due within 14 days or late ({count})':
        'Acciones de reuniones que vencen en 14 días o atrasadas ({count})',
    'Active in programme':
        'Activo en el programa',
    'Active in the role':
        'Activo en la función',
    'Activities':
        'Actividades',
    'Activity':
        'Actividad',
    'Actual':
        'Real',
    'Actual end':
        'Fin real',
    'Actual start':
        'Inicio real',
    'Add':
        'Añadir',
    'Add a call first.':
        'Añada primero una convocatoria.',
    'Add a new two-year term starting the day after the current one ends':
        'Añadir un nuevo mandato de dos años que empieza el día siguiente al fin del actual',
    'Add a paper to {item}':
        'Añadir un documento a {item}',
    'Add a partner: type part of its name':
        'Añadir un socio: escriba parte de su nombre',
    'Add action item…':
        'Añadir una acción…',
    'Add an action item':
        'Añadir una acción',
    'Add an agenda item':
        'Añadir un punto al orden del día',
    'Add another partner first, or make it affiliated.':
        'Añada primero otro socio, o conviértala en afiliada.',
    'Add check':
        'Añadir la comprobación',
    'Add evidence files to step {number}':
        'Añadir archivos de pruebas al paso {number}',
    'Add files…':
        'Añadir archivos…',
    'Add item…':
        'Añadir un punto…',
    'Add membership':
        'Añadir una membresía',
    'Add membership: {what}':
        'Añadir una membresía: {what}',
    'Add organisation':
        'Añadir la organización',
    'Add paper…':
        'Añadir un documento…',
    'Add person':
        'Añadir una persona',
    'Add progress…':
        'Añadir un avance…',
    'Add request…':
        'Añadir una solicitud…',
    'Add rule':
        'Añadir una regla',
    'Add the activity':
        'Añadir la actividad',
    'Add the activity {title}':
        'Añadir la actividad {title}',
    'Add the agenda item {title}':
        'Añadir el punto {title} al orden del día',
    'Add the call {title}':
        'Añadir la convocatoria {title}',
    'Add the check “{item}” for {name}':
        'Añadir la comprobación “{item}” para {name}',
    'Add the checklist item “{text}”':
        'Añadir el elemento “{text}”',
    'Add the criterion {name}':
        'Añadir el criterio {name}',
    'Add the initiative {title}':
        'Añadir la iniciativa {title}',
    'Add the lead criterion {name}':
        'Añadir el criterio de liderazgo {name}',
    'Add the paper {name}':
        'Añadir el documento {name}',
    'Add {name}':
        'Añadir {name}',
    'Added':
        'Añadido',
    'added':
        'añadido',
    'Added {when}':
        'Añadido {when}',
    'Add…':
        'Añadir…',
    'Affiliated':
        'Afiliada',
    'Against your picks: {joining} in; {leaving} out.':
        'Frente a sus elecciones: entran {joining}; salen {leaving}.',
    'Agenda':
        'Orden del día',
    'Agenda item':
        'Punto del orden del día',
    'Agreement':
        'Acuerdo',
    'Alerts':
        'Alertas',
    'Alerts today ({count}): terms ending within six months, and members holding over':
        'Alertas hoy ({count}): mandatos que terminan en seis meses, y miembros en prórroga',
    'All calls':
        'Todas las convocatorias',
    'All clusters':
        'Todos los grupos de partes interesadas',
    'All countries':
        'Todos los países',
    'All files (*)':
        'Todos los archivos (*)',
    'all four steps done':
        'los cuatro pasos están hechos',
    'All groups':
        'Todos los grupos',
    'All programmes':
        'Todos los programas',
    'All roles':
        'Todas las funciones',
    'All sectors':
        'Todos los sectores',
    'All statuses':
        'Todos los estados',
    'All {total} checks done.':
        'Las {total} comprobaciones están hechas.',
    'Allocation decided on {day}: {granted} granted.':
        'Asignación decidida el {day}: {granted} concedido.',
    'Already merged into another record':
        'Ya fusionado en otro registro',
    'Also serving this SDG':
        'Que también contribuye a este ODS',
    'Alte&rnate':
        'Su&plente',
    'Alternate':
        'Suplente',
    'Alternates (in copy)':
        'Suplentes (en copia)',
    'Alternates: the next best who keep the balance':
        'Suplentes: los siguientes mejor situados que mantienen el equilibrio',
    'Amount requested':
        'Importe solicitado',
    'An activity needs a title.':
        'Una actividad necesita un título.',
    'An application cannot be received in the future.':
        'Una solicitud no puede recibirse en el futuro.',
    'An initiative cannot end before it starts.':
        'Una iniciativa no puede terminar antes de empezar.',
    'An initiative is core or affiliated.':
        'Una iniciativa es principal o afiliada.',
    'An initiative needs a lead organisation.':
        'Una iniciativa necesita una organización líder.',
    'An initiative needs a title.':
        'Una iniciativa necesita un título.',
    'An initiative serves SDG 12 and at most five other SDGs; {count} are ticked: untick {extra}.':
        'Una iniciativa contribuye al ODS 12 y como máximo a otros cinco ODS; hay {count} marcados: desmarque {extra}.',
    'An open application not moved for longer than this is listed as waiting too long':
        'Una solicitud abierta que no avanza durante más tiempo aparece como en espera demasiado larga',
    'An organisation cannot be its own parent.':
        'Una organización no puede ser su propia matriz.',
    'An organisation cannot be merged into itself.':
        'Una organización no puede fusionarse consigo misma.',
    'An organisation in the &registry':
        'Una organización del &registro',
    'An organisation needs a name.':
        'Una organización necesita un nombre.',
    'An organisation of the initiative no longer exists.':
        'Una organización de la iniciativa ya no existe.',
    'Another check for this application':
        'Otra comprobación para esta solicitud',
    'Another item to check':
        'Otro elemento por comprobar',
    'Another organisation':
        'Otra organización',
    'Any past or future date: the composition is computed from the recorded terms, nothing is changed':
        'Cualquier fecha pasada o futura: la composición se calcula a partir de los mandatos registrados, no se cambia nada',
    'Any SDG':
        'Cualquier ODS',
    'Applicant':
        'Solicitante',
    'Applicant (incumbent)':
        'Solicitante (titular)',
    'Applicant: {status}':
        'Solicitante: {status}',
    'application':
        'solicitud',
    'Application':
        'Solicitud',
    'Application history':
        'Historial de la solicitud',
    'Application recorded.':
        'Solicitud registrada.',
    'Application summary…':
        'Resumen de la solicitud…',
    'Applications':
        'Solicitudes',
    'applications':
        'solicitudes',
    'Applications already answer this call, so its programme and role cannot change.':
        'Ya hay solicitudes que responden a esta convocatoria, así que su programa y su función no pueden cambiar.',
    'Applications already answer this call, so its programme and role stay.':
        'Ya hay solicitudes que responden a esta convocatoria, así que su programa y su función se mantienen.',
    'Applied to the call':
        'Se presentó a la convocatoria',
    'Applied: {status}':
        'Solicitud: {status}',
    'Apply the bounds to each value on its own (e.g. at most 1 per parent organisation)':
        'Aplicar los límites a cada valor por separado (p. ej. como máximo 1 por organización matriz)',
    'Area':
        'Área',
    'As seats':
        'En puestos',
    'As shipped':
        'Como de origen',
    'Asia-Pacific':
        'Asia-Pacífico',
    "Ask the MAC's opinion on {name}":
        'Pedir la opinión del MAC sobre {name}',
    "Ask the MAC's opinion…":
        'Pedir la opinión del MAC…',
    'At least':
        'Al menos',
    'At least one reviewer is needed per application.':
        'Se necesita al menos un evaluador por solicitud.',
    'at least {n}':
        'al menos {n}',
    'At most':
        'Como máximo',
    'at most {n}':
        'como máximo {n}',
    'At the edge':
        'Al límite',
    'Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and note where in the statement.':
        'Adjunte una copia más pequeña (un PDF comprimido, por ejemplo), o deje el archivo donde está e indique dónde en la declaración.',
    'Attach files':
        'Adjuntar archivos',
    'Attach {file} to step {number}':
        'Adjuntar {file} al paso {number}',
    'Attach {file} to {name}':
        'Adjuntar {file} a {name}',
    'Attachments':
        'Adjuntos',
    'Attendance at {meeting}':
        'Asistencia a {meeting}',
    'Attribute':
        'Atributo',
    'Back to to do':
        'Volver a pendiente',
    'Backing up the database…':
        'Haciendo la copia de seguridad de la base de datos…',
    'Backup written and checked: {path}':
        'Copia de seguridad escrita y comprobada: {path}',
    'Backups are kept in {folder}.':
        'Las copias de seguridad se guardan en {folder}.',
    'Backups are kept in {folder}; File › Restore from backup… lists every copy. Until one is found, export what the database still shows (File › Export organisations).':
        'Las copias de seguridad se guardan en {folder}; Archivo › Restaurar una copia de seguridad… muestra cada copia. Hasta encontrar una, exporte lo que la base de datos aún muestra (Archivo › Exportar las organizaciones).',
    'Backups folder: {folder}':
        'Carpeta de copias de seguridad: {folder}',
    'Balance':
        'Equilibrio',
    'Balance of the proposed leadership':
        'Equilibrio de la dirección propuesta',
    'Before a restore':
        'Antes de una restauración',
    'Before an upgrade':
        'Antes de una actualización',
    'below its minimum':
        'por debajo de su mínimo',
    'below the 75% target':
        'por debajo del objetivo del 75 %',
    'Broken':
        'Incumplida',
    'Browse…':
        'Examinar…',
    'Budget line':
        'Partida presupuestaria',
    'Budget {budget}; {n} requests for {requested}; priority: {order}. {state}':
        'Presupuesto {budget}; {n} solicitudes por {requested}; prioridad: {order}. {state}',
    'Building the dossier…':
        'Generando el dossier…',
    'Building the roster…':
        'Generando la lista de miembros…',
    'Built {title}: {pages} pages':
        '{title} generado: {pages} páginas',
    'By regional group':
        'Por grupo regional',
    "By representative's gender":
        'Por género del representante',
    'By reviewer':
        'Por evaluador',
    'By role':
        'Por función',
    'By stakeholder cluster':
        'Por grupo de partes interesadas',
    'Ca&ll':
        'Con&vocatoria',
    'Call':
        'Convocatoria',
    'call: {title} ({start} to {end})':
        'convocatoria: {title} (del {start} al {end})',
    'Calls':
        'Convocatorias',
    'Calls and evaluation criteria':
        'Convocatorias y criterios de evaluación',
    'Calls and evaluation criteria…':
        'Convocatorias y criterios de evaluación…',
    'Cancel':
        'Cancelar',
    'Cancelled: {what}':
        'Cancelado: {what}',
    'Cancelling…':
        'Cancelando…',
    'Candidates':
        'Candidatos',
    'Category':
        'Categoría',
    'Category of the activity':
        'Categoría de la actividad',
    'Change call…':
        'Cambiar de convocatoria…',
    'Change in practice':
        'Cambio en la práctica',
    'Change status':
        'Cambiar el estado',
    'Change the {code} reporting cycle for {year}':
        'Cambiar el ciclo de informes {code} de {year}',
    'changed':
        'cambiado',
    'Changed on':
        'Cambiado el',
    'Changes made on this laptop':
        'Cambios hechos en este portátil',
    'Check':
        'Comprobación',
    'Check before importing':
        'Comprobar antes de importar',
    'Check before saving; two records of one organisation can be merged later with Merge….':
        'Compruebe antes de guardar; dos registros de una misma organización pueden fusionarse más tarde con Fusionar….',
    'Checking and restoring the backup…':
        'Comprobando y restaurando la copia de seguridad…',
    'Checking the backups…':
        'Comprobando las copias de seguridad…',
    'Checking the file…':
        'Comprobando el archivo…',
    'Checking {count} rows…':
        'Comprobando {count} filas…',
    'Checklist':
        'Lista de comprobación',
    'Checklist and succession':
        'Lista de comprobación y sucesión',
    'Checklist note':
        'Nota del elemento',
    'Checks':
        'Comprobaciones',
    'Choose a call in the filters first.':
        'Elija primero una convocatoria en los filtros.',
    'Choose a call to see its balance.':
        'Elija una convocatoria para ver su equilibrio.',
    "Choose a candidate in the table to see its scores and the MAC's opinion.":
        'Elija un candidato en la tabla para ver sus puntuaciones y la opinión del MAC.',
    'Choose a meeting to see it here.':
        'Elija una reunión para verla aquí.',
    'Choose a task to see it here.':
        'Elija una tarea para verla aquí.',
    'Choose an agenda item.':
        'Elija un punto del orden del día.',
    'Choose an initiative to see it here.':
        'Elija una iniciativa para verla aquí.',
    'Choose another…':
        'Elegir otra…',
    'Choose folder…':
        'Elegir la carpeta…',
    'Choose the copy of {name} to go back to. Everything changed since then is replaced; the database as it is now is kept as a before-restore copy.':
        'Elija la copia de {name} a la que volver. Todo lo que cambió desde entonces se sustituye; la base de datos tal como está ahora se conserva como copia anterior a la restauración.',
    'Choose the country from the list (type part of its name or its three-letter code).':
        'Elija el país de la lista (escriba parte de su nombre o su código de tres letras).',
    'Choose the file':
        'Elegir el archivo',
    'Choose the file…':
        'Elegir el archivo…',
    "Choose the folder for the reminders' drafts":
        'Elija la carpeta para los borradores de los recordatorios',
    'Choose the folder you share with your colleagues':
        'Elija la carpeta que comparte con sus colegas',
    'Choose the organisation from the list that appears as you type, or record a new organisation.':
        'Elija la organización de la lista que aparece al escribir, o registre una organización nueva.',
    'Choose the organisation that applies (create it first if it is new).':
        'Elija la organización solicitante (créela primero si es nueva).',
    'Choose the organisation, or write who (for example "Open seat: Africa").':
        'Elija la organización, o escriba quién (por ejemplo "Puesto vacante: África").',
    'Choose the parent organisation from the list that appears as you type, or clear the field.':
        'Elija la organización matriz de la lista que aparece al escribir, o vacíe el campo.',
    'Choose the partner that reported the activity.':
        'Elija el socio que informó la actividad.',
    'Choose the record that is the same organisation as <b>{name}</b>. The record you do not keep stays in the history, marked as merged.':
        'Elija el registro que es la misma organización que <b>{name}</b>. El registro que no conserve permanece en el historial, marcado como fusionado.',
    'Choose the reporting export':
        'Elegir la exportación de informes',
    'Choose the reviewer first.':
        'Elija primero el evaluador.',
    'Choose where to write the demo database.':
        'Elija dónde escribir la base de demostración.',
    'CI':
        'CI',
    'Clear filters':
        'Borrar los filtros',
    'Click to sort by {column}.':
        'Haga clic para ordenar por {column}.',
    'Close':
        'Cerrar',
    'Close OPN Desk and open the database again to go on working.':
        'Cierre OPN Desk y vuelva a abrir la base de datos para seguir trabajando.',
    'Close step {number}':
        'Cerrar el paso {number}',
    'Close step {number} of the renewal':
        'Cerrar el paso {number} de la renovación',
    'Close step {number} of the renewal, overriding the order':
        'Cerrar el paso {number} de la renovación, forzando el orden',
    'Close step…':
        'Cerrar el paso…',
    'Close the due list (Applications › Due list brings it back)':
        'Cerrar los vencimientos (Solicitudes › Vencimientos los vuelve a mostrar)',
    'Close the step':
        'Cerrar el paso',
    'Close with override':
        'Cerrar forzando',
    'Closed before step {before} was done. Reason recorded: {reason}':
        'Cerrado antes de hacer el paso {before}. Motivo registrado: {reason}',
    'Cluster':
        'Grupo',
    'cluster not recorded':
        'grupo no registrado',
    'Co-lead &call':
        '&Convocatoria de co-líderes',
    'Co-lead call of the renewal':
        'Convocatoria de co-líderes de la renovación',
    'Column':
        'Columna',
    'Column of the file':
        'Columna del archivo',
    'Columns are matched by name (case, spaces and accents do not matter); you can change the matching on the next page. <b>Required:</b> {required}. <b>Also read:</b> {optional}.':
        'Las columnas se emparejan por su nombre (no importan mayúsculas, espacios ni acentos); puede cambiar la correspondencia en la página siguiente. <b>Obligatorias:</b> {required}. <b>También se leen:</b> {optional}.',
    'Comes from':
        'Procede de',
    'Coming in':
        'Entran',
    'Command':
        'Comando',
    'Comment':
        'Comentario',
    'Comments':
        'Comentarios',
    'Commitment of {name}':
        'Compromiso de {name}',
    'Commitment offered':
        'Compromiso ofrecido',
    'Commitment offered: {text}':
        'Compromiso ofrecido: {text}',
    'Commitments':
        'Compromisos',
    'Commitment…':
        'Compromiso…',
    "Compared under the round's current rules ({seats} seats); {common} candidates are in all of them.":
        'Comparados con las reglas actuales de la ronda ({seats} puestos); {common} candidatos están en todos.',
    'Conflict of interest: {reviewer} on {name}':
        'Conflicto de intereses: {reviewer} sobre {name}',
    'Conflict {n}: these rules cannot all be met together:':
        'Conflicto {n}: estas reglas no pueden cumplirse todas a la vez:',
    'Conflict {n}: this rule cannot be met, whatever the other rules say:':
        'Conflicto {n}: esta regla no puede cumplirse, digan lo que digan las demás reglas:',
    'Consecutive term':
        'Mandato consecutivo',
    'Considered':
        'Considerada',
    'Contents':
        'Contenido',
    'Contribution':
        'Contribución',
    'Conversation on':
        'Conversación del',
    'Copied into the database, at most {limit} MB each.':
        'Copiados en la base de datos, como máximo {limit} MB cada uno.',
    'Core':
        'Principal',
    'Core and affiliated':
        'Principales y afiliadas',
    'Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives inactive for two years kept for monitoring.':
        'Iniciativas principales y afiliadas, su diligencia debida, los ODS a los que contribuyen, y las iniciativas inactivas durante dos años que se conservan para seguimiento.',
    'Core partner selection after each open call: a proposed slate balanced across the five UN regional groups and the stakeholder clusters, aiming for at least half of core partners with a female designated representative, with the reasons for each choice.':
        'Selección de los socios principales tras cada convocatoria abierta: una lista propuesta equilibrada entre los cinco grupos regionales de las Naciones Unidas y los grupos de partes interesadas, con el objetivo de que al menos la mitad de los socios principales tenga una representante designada, con los motivos de cada elección.',
    'Core-partner and co-lead calls start with the default evaluation criteria and weights; change them afterwards if the call says otherwise.':
        'Las convocatorias de socios principales y de co-líderes empiezan con los criterios de evaluación y ponderaciones predeterminados; cámbielos después si la convocatoria dice otra cosa.',
    'Count':
        'Número',
    'Counted by':
        'Contado por',
    'Counted in':
        'Contado en',
    'Countries':
        'Países',
    'Countries and &regional groups…':
        'Países y grupos &regionales…',
    'Countries and regional groups':
        'Países y grupos regionales',
    'Country':
        'País',
    'Country (group)':
        'País (grupo)',
    'Country (regional group)':
        'País (grupo regional)',
    'Country code (ISO3)':
        'Código del país (ISO3)',
    'Country codes (ISO3), e.g. KEN; PER':
        'Códigos de país (ISO3), p. ej. KEN; PER',
    'Create':
        'Crear',
    'Create a new organisation':
        'Crear una organización nueva',
    'Create a new, empty database there, or choose the database you meant to open?':
        '¿Crear allí una nueva base de datos vacía, o elegir la base de datos que quería abrir?',
    'Create the cycle':
        'Crear el ciclo',
    'Create the initiative':
        'Crear la iniciativa',
    'Creates a new database filled with a realistic, invented network, to try OPN Desk or to train. Your own database is not touched.':
        'Crea una nueva base de datos llena de una red realista e inventada, para probar OPN Desk o para formarse. Su propia base de datos no se modifica.',
    'Creating a new database at {path}…':
        'Creando una nueva base de datos en {path}…',
    'Creating the demo network…':
        'Creando la red de demostración…',
    'Criterion':
        'Criterio',
    'CSV file (*.csv);;Excel workbook (*.xlsx)':
        'Archivo CSV (*.csv);;Libro de Excel (*.xlsx)',
    'Current picks':
        'Elecciones actuales',
    'current term ends on {day}':
        'el mandato actual termina el {day}',
    'Customised by the desk':
        'Personalizada por la secretaría',
    'Cycle summary: {code} {year}':
        'Resumen del ciclo: {code} {year}',
    'Cycle summary…':
        'Resumen del ciclo…',
    'Daily':
        'Diaria',
    'damage it could not describe':
        'un daño que no pudo describir',
    'damaged':
        'dañada',
    'Damaged copy set aside':
        'Copia dañada apartada',
    'Date':
        'Fecha',
    'Dates':
        'Fechas',
    'Days from the deadline: negative before it, positive after it.':
        'Días respecto al plazo: negativos antes, positivos después.',
    'Days late':
        'Días de retraso',
    'Deadline':
        'Plazo',
    'Decide whether to keep {record}':
        'Decidir si se conserva {record}',
    'Decide {field} of {record}':
        'Decidir {field} de {record}',
    'Decided by':
        'Decidido por',
    'Decided on':
        'Decidido el',
    'Decision':
        'Decisión',
    'decision':
        'decisión',
    'Decision letter…':
        'Carta de decisión…',
    'Decision on {name}':
        'Decisión sobre {name}',
    'Decision recorded. Write the decision letter now?':
        'Decisión registrada. ¿Escribir ahora la carta de decisión?',
    'Decision sought':
        'Decisión solicitada',
    'Declare':
        'Declarar',
    'Declare a conflict of interest':
        'Declarar un conflicto de intereses',
    'Declare conflict…':
        'Declarar un conflicto…',
    'Declared conflict: {who}, {day}':
        'Conflicto declarado: {who}, {day}',
    'Decline (closed)':
        'Rechazar (cerrada)',
    'Delete':
        'Eliminar',
    'Delete it':
        'Eliminarlo',
    'Delete scenario {name}':
        'Eliminar el escenario {name}',
    'Delete the activity {title}':
        'Eliminar la actividad {title}',
    'Delete the activity {title}?':
        '¿Eliminar la actividad {title}?',
    'Delete the initiative {title}':
        'Eliminar la iniciativa {title}',
    'Delete the initiative {title}?':
        '¿Eliminar la iniciativa {title}?',
    'Delete the record':
        'Eliminar el registro',
    'Delete the scenario {name}?':
        '¿Eliminar el escenario {name}?',
    'Delete {name}':
        'Eliminar {name}',
    'Delete {name}?':
        '¿Eliminar {name}?',
    'Deleted on':
        'Eliminado el',
    'Deleted on one laptop while it was changed on another: keep it, with the changes, or delete it.':
        'Eliminado en un portátil mientras se cambiaba en otro: conservarlo, con los cambios, o eliminarlo.',
    'Deleted on one laptop, changed on another':
        'Eliminado en un portátil, cambiado en otro',
    'Demo database written to {path}':
        'Base de demostración escrita en {path}',
    'Description':
        'Descripción',
    'Desk notes':
        'Notas de la secretaría',
    "Desk officer's &name":
        '&Nombre del oficial de la secretaría',
    'DeskApplication':
        'DeskApplication',
    'Details':
        'Detalles',
    'Dialogs and pages opened from now on use the new language. Open the desk again now so that the menus and the pages already open change too?':
        'Los diálogos y páginas que se abran a partir de ahora usan el nuevo idioma. ¿Volver a abrir la ventana ahora para que también cambien los menús y las páginas ya abiertas?',
    'Discard changes':
        'Descartar los cambios',
    'Dismiss':
        'Descartar',
    'Does not seek renewal':
        'No solicita la renovación',
    'Done on':
        'Hecho el',
    'Done on {day}, closed by {who}.':
        'Hecho el {day}, cerrado por {who}.',
    'Dossier…':
        'Dossier…',
    'Double-click or press Enter to open':
        'Haga doble clic o pulse Intro para abrir',
    'draft':
        'provisional',
    'Draft dossier (DRAFT watermark)…':
        'Dossier provisional (marca de agua BORRADOR)…',
    'Draft report…':
        'Informe provisional…',
    'Dropped':
        'Bajó',
    'dropped':
        'bajó',
    'Dropping any one of them alone does not settle it, as other rules conflict too; dropping all of them does: the other rules can then all be met.':
        'Abandonar solo una de ellas no basta, porque otras reglas también entran en conflicto; abandonarlas todas sí: las demás reglas pueden entonces cumplirse todas.',
    'Dropping any one of them settles it: the other rules can then all be met.':
        'Basta con abandonar cualquiera de ellas: las demás reglas pueden entonces cumplirse todas.',
    'Dropping one of these alone does not, as other rules conflict too: {rules}.':
        'Abandonar solo una de estas reglas no basta, porque otras reglas también entran en conflicto: {rules}.',
    'Dropping one of these alone settles it (the other rules can then all be met): {rules}.':
        'Abandonar solo una de estas reglas basta (las demás reglas pueden entonces cumplirse todas): {rules}.',
    'Dropping these rules settles it (the other rules can then all be met): {rules}.':
        'Abandonar estas reglas basta (las demás reglas pueden entonces cumplirse todas): {rules}.',
    'Dropping these rules, one from each conflict, settles it (the other rules can then all be met): {rules}.':
        'Abandonar estas reglas, una de cada conflicto, basta (las demás reglas pueden entonces cumplirse todas): {rules}.',
    'Due':
        'Vencimientos',
    'Due ({count})':
        'Vencimientos ({count})',
    'Due diligence':
        'Diligencia debida',
    'Due diligence is for affiliated initiatives.':
        'La diligencia debida es para las iniciativas afiliadas.',
    'Due diligence of {title}':
        'Diligencia debida de {title}',
    'Due diligence: {title}':
        'Diligencia debida: {title}',
    'Due diligence…':
        'Diligencia debida…',
    'Due list':
        'Vencimientos',
    'Due on':
        'Vence el',
    'E&xchange with other laptops…':
        '&Intercambiar con otros portátiles…',
    'e.g. 12, 7':
        'p. ej. 12, 7',
    'e.g. advised the applicant on its application':
        'p. ej. asesoró al solicitante en su solicitud',
    'e.g. Core partners 2027–2028':
        'p. ej. Socios principales 2027–2028',
    "e.g. decisions taken by the Senior Officials' Meeting":
        'p. ej. decisiones adoptadas por la reunión de altos funcionarios',
    "e.g. Regions first, or MAC's favourites":
        'p. ej. Primero las regiones, o Favoritos del MAC',
    'e.g. the MAC agreed to review it while checks finish':
        'p. ej. el MAC aceptó revisarla mientras terminan las comprobaciones',
    'e.g. the organisation withdrew by e-mail on …':
        'p. ej. la organización se retiró por correo electrónico el …',
    'e.g. withdrew, term completed, merged':
        'p. ej. retirada, mandato cumplido, fusión',
    'Each country counts in the UN regional group shown, for every balance count, filter and report. The shipped groups are those used for elections (Türkiye and the United States in Western Europe and Others); change one only where your desk counts it otherwise.':
        'Cada país cuenta en el grupo regional de las Naciones Unidas indicado, para cada recuento de equilibrio, filtro e informe. Los grupos de origen son los usados en las elecciones (Türkiye y los Estados Unidos en el Grupo de Estados de Europa Occidental y otros Estados); cambie uno solo si su secretaría lo cuenta de otro modo.',
    "Each of these was changed on two laptops, neither having seen the other's change (or changed on one and deleted on another). Until someone decides, every laptop shows the first value. Your decision travels to the other laptops like any edit.":
        'Cada uno de estos valores se cambió en dos portátiles, sin que ninguno viera el cambio del otro (o se cambió en uno y se eliminó en otro). Hasta que alguien decida, cada portátil muestra el primer valor. Su decisión viaja a los demás portátiles como cualquier edición.',
    'Each rule counts the slate\'s candidates with a value (or, with "each value", every value on its own, such as one per parent organisation). Type a bound as a number of seats (2) or a share of the seats (40%): a share at least rounds up, at most rounds down. Priority weighs a rule when the rules cannot all be met.':
        'Cada regla cuenta los candidatos de la lista que tienen un valor (o, con “cada valor”, cada valor por separado, como uno por organización matriz). Escriba un límite como número de puestos (2) o como parte de los puestos (40%): una parte “al menos” se redondea hacia arriba, “como máximo” hacia abajo. La prioridad pondera una regla cuando no pueden cumplirse todas las reglas.',
    'Each value':
        'Cada valor',
    'Edit call':
        'Editar la convocatoria',
    'Edit call…':
        'Editar la convocatoria…',
    'Edit criterion':
        'Editar el criterio',
    'Edit cycle…':
        'Editar el ciclo…',
    'Edit person':
        'Editar la persona',
    'Edit step {number} of the renewal':
        'Editar el paso {number} de la renovación',
    'Edit succession entry':
        'Editar la entrada de sucesión',
    'Edit the activity':
        'Editar la actividad',
    'Edit the activity {title}':
        'Editar la actividad {title}',
    'Edit the call {title}':
        'Editar la convocatoria {title}',
    'Edit the criterion {name}':
        'Editar el criterio {name}',
    'Edit the initiative':
        'Editar la iniciativa',
    'Edit the initiative {title}':
        'Editar la iniciativa {title}',
    'Edit the lead criterion {name}':
        'Editar el criterio de liderazgo {name}',
    'Edit the succession for {year}':
        'Editar la sucesión para {year}',
    'Edit {name}':
        'Editar {name}',
    'Edits made on two laptops disagree: open the list to decide which to keep.':
        'Las ediciones hechas en dos portátiles discrepan: abra la lista para decidir cuál conservar.',
    'Edit…':
        'Editar…',
    'Eligibility and due diligence. Tick each check when it is done; moving to Under review needs every item ticked, or a reason to override the checklist.':
        'Elegibilidad y diligencia debida. Marque cada comprobación cuando esté hecha; pasar a En revisión requiere todos los elementos marcados, o un motivo para omitir la lista.',
    'End membership':
        'Terminar la membresía',
    'End membership: {what}':
        'Terminar la membresía: {what}',
    'End the membership this acceptance created (today)':
        'Terminar la membresía creada por esta aceptación (hoy)',
    'End the {what} membership. It stays in the history, greyed.':
        'Terminar la membresía {what}. Permanece en el historial, atenuada.',
    'Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file.':
        'Un nombre que termina en .xlsx escribe un libro de Excel; .csv escribe un archivo CSV.',
    'Ends on':
        'Termina el',
    'Ends within 3 months':
        'Termina en 3 meses',
    'Ends within 6 months':
        'Termina en 6 meses',
    'Evaluation criteria':
        'Criterios de evaluación',
    'Evaluation criteria of {call}':
        'Criterios de evaluación de {call}',
    'Every balance rule is met':
        'Se cumplen todas las reglas de equilibrio',
    'Every category':
        'Todas las categorías',
    'Every change you make is recorded under this name.':
        'Cada cambio que haga se registra con este nombre.',
    'Every initiative serves SDG 12.':
        'Cada iniciativa contribuye al ODS 12.',
    'Every item of the due diligence checklist must be done before inclusion.':
        'Cada elemento de la lista de diligencia debida debe estar hecho antes de la inclusión.',
    'Every laptop holds the whole desk. Send what this laptop knows to the others and read what they send, by USB stick, e-mail or a shared folder; edits merge and nothing is lost.':
        'Cada portátil contiene toda la secretaría. Envíe a los demás lo que sabe este portátil y lea lo que ellos envían, por memoria USB, correo electrónico o una carpeta compartida; las ediciones se fusionan y no se pierde nada.',
    'Every level':
        'Todos los niveles',
    'Every partner':
        'Todos los socios',
    "Every partner holding a role today, in any programme. Signals: reported in the last cycle of each of its programmes, MAC participation (once meetings are recorded), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment. The health dropped when the latest point of its trend is below the one before.":
        'Cada socio que tiene una función hoy, en cualquier programa. Señales: informó en el último ciclo de cada uno de sus programas, participación en el MAC (una vez registradas las reuniones), sus iniciativas actualizadas, los compromisos de renovación de un co-líder y la última autoevaluación de la secretaría. La salud bajó cuando el último punto de su tendencia es inferior al anterior.',
    'Every problem of the file, by row and column. Nothing is written until you press Import, and a file with problems writes nothing.':
        'Cada problema del archivo, por fila y columna. No se escribe nada hasta que pulse Importar, y un archivo con problemas no escribe nada.',
    'Every programme':
        'Todos los programas',
    'Every programme this year':
        'Todos los programas este año',
    'Every rule is met.':
        'Se cumplen todas las reglas.',
    'every rule met':
        'se cumplen todas las reglas',
    'Every year from {first} to {last} has an entry.':
        'Cada año de {first} a {last} tiene una entrada.',
    'Everything changed since then is replaced. The database as it is now is kept as a before-restore copy in its backups folder, so you can go back to it the same way.':
        'Todo lo que cambió desde entonces se sustituye. La base de datos tal como está ahora se conserva como copia anterior a la restauración en su carpeta de copias de seguridad, para poder volver a ella del mismo modo.',
    'Everything this laptop knows':
        'Todo lo que sabe este portátil',
    'Evidence':
        'Pruebas',
    'Evidence files':
        'Archivos de pruebas',
    'Evidence files ({count})':
        'Archivos de pruebas ({count})',
    'Evidence notes':
        'Notas de las pruebas',
    'Excel workbook (*.xlsx)':
        'Libro de Excel (*.xlsx)',
    'Excel workbook (*.xlsx);;CSV file (*.csv)':
        'Libro de Excel (*.xlsx);;Archivo CSV (*.csv)',
    'Exchange files (*.opnsync)':
        'Archivos de intercambio (*.opnsync)',
    'Exchange files (USB stick, e-mail)':
        'Archivos de intercambio (memoria USB, correo electrónico)',
    'Exchange now':
        'Intercambiar ahora',
    'Exchange with other laptops':
        'Intercambiar con otros portátiles',
    'Exchanging through the shared folder':
        'Intercambio por la carpeta compartida',
    'Excuse':
        'Dispensar',
    'Excuse from reporting':
        'Dispensa de informe',
    'Excuse {name} from reporting':
        'Dispensar a {name} del informe',
    'Excuse…':
        'Dispensar…',
    'Expected outputs':
        'Productos esperados',
    'Export':
        'Exportar',
    'Export applicants for a mail merge':
        'Exportar los solicitantes para una combinación de correspondencia',
    'Export applicants for a mail merge…':
        'Exportar los solicitantes para una combinación de correspondencia…',
    'Export organisations':
        'Exportar las organizaciones',
    'Export the initiatives':
        'Exportar las iniciativas',
    'Export to Excel':
        'Exportar a Excel',
    'Export to Excel…':
        'Exportar a Excel…',
    'Exported {count} applicants to {path}':
        '{count} solicitantes exportados a {path}',
    'Exported {count} initiatives to {name}':
        '{count} iniciativas exportadas a {name}',
    'Exported {count} rows to {path}':
        '{count} filas exportadas a {path}',
    'Exported {count} to {path}':
        '{count} exportadas a {path}',
    'Exported {n} of {total} rows':
        '{n} de {total} filas exportadas',
    'Exporting applicants for a mail merge…':
        'Exportando los solicitantes para una combinación de correspondencia…',
    'Exporting organisations…':
        'Exportando las organizaciones…',
    'Exporting the initiatives…':
        'Exportando las iniciativas…',
    'Exporting {name}…':
        'Exportando {name}…',
    'Export…':
        'Exportar…',
    'External review checklist':
        'Lista de comprobación de la evaluación externa',
    'External review checklist: {done} of {count} considered':
        'Lista de comprobación de la evaluación externa: {done} de {count} consideradas',
    'Fails: {problem}':
        'Falla: {problem}',
    'Field':
        'Campo',
    'File':
        'Archivo',
    'Files':
        'Archivos',
    'Files ({count})':
        'Archivos ({count})',
    'Files are copied into the database, at most {limit} MB each; opening one shows a copy.':
        'Los archivos se copian en la base de datos, como máximo {limit} MB cada uno; al abrir uno se muestra una copia.',
    'Filled by two columns: {fields}; leave one of them out.':
        'Llenados por dos columnas: {fields}; omita una de ellas.',
    'final':
        'definitivo',
    'Final dossier…':
        'Dossier definitivo…',
    'Final report (no DRAFT mark)…':
        'Informe definitivo (sin marca BORRADOR)…',
    'Find a country by name or ISO code':
        'Buscar un país por nombre o código ISO',
    'Find a member':
        'Buscar un miembro',
    'Find in the pool: name, country or representative':
        'Buscar en el grupo de candidatos: nombre, país o representante',
    'Finish the four steps of the current process first.':
        'Termine primero los cuatro pasos del proceso en curso.',
    'First priority sector':
        'Primer sector prioritario',
    'First values':
        'Primeros valores',
    'Fit width':
        'Ajustar al ancho',
    'Focal point':
        'Punto focal',
    'Focal point…':
        'Punto focal…',
    'For an application received by e-mail or on paper. A new organisation, its people and the application are saved together: Edit › Undo removes them all.':
        'Para una solicitud recibida por correo electrónico o en papel. Una organización nueva, sus personas y la solicitud se guardan juntas: Editar › Deshacer las quita todas.',
    'for example “Open seat: Africa”':
        'por ejemplo “Puesto vacante: África”',
    'For example: Ana Silva':
        'Por ejemplo: Ana Silva',
    'From':
        'De',
    'from {day}, open-ended':
        'desde el {day}, sin fin',
    'from {start}':
        'desde {start}',
    'Gender':
        'Género',
    'Gender as the person states it; sensitive, never exported unless asked.':
        'Género según lo declara la persona; dato sensible, nunca se exporta salvo que se pida.',
    'Gender is recorded only as the person states it; it is sensitive and never exported unless you ask for it.':
        'El género solo se registra tal como la persona lo declara; es un dato sensible y nunca se exporta salvo que usted lo pida.',
    'Granted':
        'Concedido',
    'Green dashed mark: the least a rule asks. Red mark: the most it allows. A count outside them says so beside its bar.':
        'Marca verde discontinua: el mínimo que pide una regla. Marca roja: el máximo que permite. Un recuento fuera de ellas se indica junto a su barra.',
    'Group':
        'Grupo',
    'GRULAC':
        'GRULAC',
    'Guest organisation':
        'Organización invitada',
    'Guests: {guests}':
        'Invitados: {guests}',
    'has not seen the last {count}':
        'no ha visto los últimos {count}',
    'has seen all of them':
        'los ha visto todos',
    'has seen none of them yet ({count} to send)':
        'aún no ha visto ninguno ({count} por enviar)',
    'Health':
        'Salud',
    'Health of the partnership':
        'Salud de la asociación',
    'Highest weighted total first; equal totals by earlier receipt. Applications nobody has scored, and withdrawn ones, come last without a rank. Double-click one to open it.':
        'El total ponderado más alto primero; a igual total, la recepción más antigua. Las solicitudes que nadie ha puntuado, y las retiradas, van al final sin puesto. Haga doble clic en una para abrirla.',
    'Highlight':
        'Lo más destacado',
    'History':
        'Historial',
    'History ({count})':
        'Historial ({count})',
    'Holding over':
        'En prórroga',
    'Holding over since {day}: no successor yet':
        'En prórroga desde el {day}: aún sin sucesor',
    'How many core partners the call selects':
        'Cuántos socios principales selecciona la convocatoria',
    'https://…':
        'https://…',
    'If that desk has been closed (or its computer shut down or restarted), you can take the database over.':
        'Si ese puesto se cerró (o su ordenador se apagó o reinició), puede tomar el control de la base de datos.',
    'Import':
        'Importar',
    'Import activities':
        'Importar actividades',
    'Import activities from {name}':
        'Importar las actividades de {name}',
    'Import activities…':
        'Importar actividades…',
    'Import applications…':
        'Importar solicitudes…',
    'Import from':
        'Importar desde',
    'Import organisations and people…':
        'Importar organizaciones y personas…',
    'Import {kind} from {file}':
        'Importar {kind} desde {file}',
    'Imported':
        'Importado',
    'Importing {count} rows…':
        'Importando {count} filas…',
    'Importing…':
        'Importando…',
    'In a year':
        'Dentro de un año',
    'In lists, Enter opens the selected row; in dialogs, Escape closes without saving.':
        'En las listas, Intro abre la fila seleccionada; en los diálogos, Esc cierra sin guardar.',
    'In office on':
        'En funciones el',
    'In progress since {day}.':
        'En curso desde el {day}.',
    'In this state':
        'En este estado',
    'in {n} days':
        'en {n} días',
    "Include (may use the programme's logo)":
        'Incluir (puede usar el logotipo del programa)',
    "Include sensitive personal data (representatives' gender)":
        'Incluir los datos personales sensibles (género de los representantes)',
    'Incumbent':
        'Titular',
    'incumbent':
        'titular',
    'Incumbent co-leads of {code}':
        'Co-líderes titulares de {code}',
    'Incumbent core partner':
        'Socio principal titular',
    'Incumbent seeking renewal':
        'Titular que solicita la renovación',
    'Incumbent, applied':
        'Titular, solicitante',
    'Incumbents already have scores on the criteria of the linked call; remove those scores before linking another call.':
        'Algunos titulares ya tienen puntuaciones según los criterios de la convocatoria vinculada; quite esas puntuaciones antes de vincular otra convocatoria.',
    'Incumbents not seeking renewal':
        'Titulares que no solicitan la renovación',
    'Incumbents not seeking renewal ({n}), not in the pool:':
        'Titulares que no solicitan la renovación ({n}), fuera del grupo de candidatos:',
    'Incumbents not seeking renewal ({n}), not in the pool; tick one that seeks renewal:':
        'Titulares que no solicitan la renovación ({n}), fuera del grupo de candidatos; marque el que la solicite:',
    'Incumbents…':
        'Titulares…',
    'Initiative':
        'Iniciativa',
    'Initiatives':
        'Iniciativas',
    'Initiatives shared':
        'Iniciativas compartidas',
    'ISO3':
        'ISO3',
    'It is a new organisation':
        'Es una organización nueva',
    'It is the slate you picked.':
        'Es la lista que usted eligió.',
    'It was opened by an older version of OPN Desk, which this one cannot check.':
        'La abrió una versión anterior de OPN Desk, que esta no puede comprobar.',
    'Item':
        'Punto',
    'Its {count} people are removed with it. ':
        'Sus {count} personas se eliminan con ella. ',
    'Keep both, one after the other':
        'Conservar ambos, uno tras otro',
    'Keep editing':
        'Seguir editando',
    'Keep it':
        'Conservarlo',
    'Keep the record with its changes':
        'Conservar el registro con sus cambios',
    'Keep the typed value':
        'Conservar el valor escrito',
    'Keep this value':
        'Conservar este valor',
    'Keep {name}':
        'Conservar {name}',
    'Kept on the application (recorded while it is under review or waiting for the MAC).':
        'Se conserva con la solicitud (registrada mientras está en revisión o a la espera del MAC).',
    'Kept with the renewal process.':
        'Se conserva con el proceso de renovación.',
    'Keyboard shortcuts':
        'Atajos de teclado',
    'Keys':
        'Teclas',
    'Kind':
        'Tipo',
    'Lan&guage':
        '&Idioma',
    'landlocked developing countries':
        'países en desarrollo sin litoral',
    'Landlocked developing country':
        'País en desarrollo sin litoral',
    'Language of the reminders':
        'Idioma de los recordatorios',
    'Laptop':
        'Portátil',
    'Last exchange':
        'Último intercambio',
    'Last update':
        'Última actualización',
    'Later':
        'Más tarde',
    'LDC':
        'PMA',
    'LDC / LLDC / SIDS':
        'PMA / PDSL / PEID',
    'LDC on the day':
        'PMA en la fecha',
    'Lead':
        'Líder',
    'Lead criteria: {title}':
        'Criterios de liderazgo: {title}',
    'Lead criteria…':
        'Criterios de liderazgo…',
    'Lead organisation':
        'Organización líder',
    'Leadership':
        'Dirección',
    'Leads':
        'Líderes',
    'least developed countries':
        'países menos adelantados',
    'least developed countries first':
        'primero los países menos adelantados',
    'Least developed country':
        'País menos adelantado',
    'Leave it':
        'Dejarla',
    "Leave out inactive initiatives, those not (yet) in the portfolio and the desk's own notes and due diligence.":
        'Omitir las iniciativas inactivas, las que (aún) no están en la cartera y las notas y la diligencia debida de la secretaría.',
    'Leave out the rows with problems':
        'Omitir las filas con problemas',
    'Leave out the rows with problems (rows {rows})':
        'Omitir las filas con problemas (filas {rows})',
    'Leave out the rows with problems (rows {rows}) and import the rest':
        'Omitir las filas con problemas (filas {rows}) e importar el resto',
    'Leave the changes':
        'Dejar los cambios',
    'Leaving':
        'Salen',
    'Left out: rows {rows}.':
        'Omitidas: filas {rows}.',
    'Letter':
        'Carta',
    'Letter of intent, MoU, pooled fund…':
        'Carta de intención, memorando de entendimiento, fondo común…',
    'Letters and PDFs':
        'Cartas y PDF',
    'Lifecycle:':
        'Ciclo de vida:',
    'Link':
        'Enlace',
    "Link the process to its co-lead call first: the lead criteria are the call's.":
        'Vincule primero el proceso a su convocatoria de co-líderes: los criterios de liderazgo son los de la convocatoria.',
    "Link the renewal process to its co-lead call first; the criteria are the call's.":
        'Vincule primero el proceso de renovación a su convocatoria de co-líderes; los criterios son los de la convocatoria.',
    'Link the renewal to its co-lead call':
        'Vincular la renovación a su convocatoria de co-líderes',
    'LLDC':
        'PDSL',
    'Loading the calls…':
        'Cargando las convocatorias…',
    'Loading the round…':
        'Cargando la ronda…',
    'Loading…':
        'Cargando…',
    'Looking for possible duplicates…':
        'Buscando posibles duplicados…',
    'Looking for the newest good backup…':
        'Buscando la copia de seguridad válida más reciente…',
    'Looking for the slate with the best total score…':
        'Buscando la lista con la mejor puntuación total…',
    'MAC':
        'MAC',
    'MAC meetings (one virtual and one face-to-face each year): invitations, participation including written comments sent in advance, travel support for partners from LDCs, and printed dossiers.':
        'Reuniones del MAC (una virtual y una presencial cada año): invitaciones, participación, incluidos los comentarios escritos enviados con antelación, apoyo para viajes de socios de los PMA, y dossiers impresos.',
    'MAC opinion':
        'Opinión del MAC',
    'MAC opinion on {name}':
        'Opinión del MAC sobre {name}',
    'Made by hand':
        'Hecha a mano',
    'Mark the step done':
        'Marcar el paso como hecho',
    'Mark the step in progress from today':
        'Marcar el paso en curso a partir de hoy',
    'Match the columns':
        'Emparejar las columnas',
    'Mean':
        'Media',
    'Meeting':
        'Reunión',
    'Meeting pack of {title}: {pages} pages':
        'Dossier de la reunión {title}: {pages} páginas',
    'Meeting pack: {title}':
        'Dossier de la reunión: {title}',
    'Meeting pack…':
        'Dossier de la reunión…',
    'Meetings':
        'Reuniones',
    'Meetings held so far; written comments sent in advance count as participation. Meetings to come are not counted.':
        'Reuniones celebradas hasta ahora; los comentarios escritos enviados con antelación cuentan como participación. Las reuniones futuras no se cuentan.',
    'Meetings invited to':
        'Reuniones a las que se le invitó',
    'meets the 75% target':
        'alcanza el objetivo del 75 %',
    'Membership':
        'Membresía',
    'Memberships':
        'Membresías',
    'Memberships ({count})':
        'Membresías ({count})',
    'Menu':
        'Menú',
    'Merge':
        'Fusionar',
    'Merge duplicate records':
        'Fusionar registros duplicados',
    'Merge {gone} into {kept}':
        'Fusionar {gone} en {kept}',
    'Met':
        'Cumplido',
    'Milestones':
        'Hitos',
    'Minutes':
        'Acta',
    'Minutes started on {day} from the agenda.':
        'Acta iniciada el {day} a partir del orden del día.',
    'Missed in a row':
        'Omitidos seguidos',
    'More':
        'Más',
    "More than {count} things need the desk's attention; the longest waits and the nearest terms are listed first. Double-click one to open it.":
        'Más de {count} asuntos requieren la atención de la secretaría; las esperas más largas y los mandatos más próximos aparecen primero. Haga doble clic en uno para abrirlo.',
    'Move':
        'Mover',
    'Move down':
        'Bajar',
    'Move the application of {name}':
        'Mover la solicitud de {name}',
    'Move up':
        'Subir',
    'Move {title} to {status}':
        'Pasar {title} a {status}',
    'My picks ({n})':
        'Mis elecciones ({n})',
    'n/a':
        'n. d.',
    'Name':
        'Nombre',
    'Name the call by its id or a part of its title.':
        'Indique la convocatoria por su identificador o una parte de su título.',
    'name@example.org':
        'nombre@example.org',
    'Needed when the task is postponed':
        'Necesario cuando la tarea se aplaza',
    'Needs':
        'Necesita',
    'Needs decision':
        'Requiere decisión',
    'needs {n}':
        'necesita {n}',
    'Network':
        'Red',
    'never':
        'nunca',
    'New &demo database…':
        'Nueva base de &demostración…',
    'New activity':
        'Nueva actividad',
    'New activity…':
        'Nueva actividad…',
    'New call':
        'Nueva convocatoria',
    'New call…':
        'Nueva convocatoria…',
    'New check':
        'Nueva comprobación',
    'New criterion':
        'Nuevo criterio',
    'New cycle…':
        'Nuevo ciclo…',
    'New database':
        'Nueva base de datos',
    'New demo database':
        'Nueva base de demostración',
    'New initiative':
        'Nueva iniciativa',
    'New initiative…':
        'Nueva iniciativa…',
    'New leadership renewal process for {code}':
        'Nuevo proceso de renovación de la dirección para {code}',
    'New meeting':
        'Nueva reunión',
    'New meeting: {title}':
        'Nueva reunión: {title}',
    'New meeting…':
        'Nueva reunión…',
    'New organisation':
        'Nueva organización',
    'New renewal process…':
        'Nuevo proceso de renovación…',
    'New reporting cycle':
        'Nuevo ciclo de informes',
    'New task':
        'Nueva tarea',
    'New task: {task}':
        'Nueva tarea: {task}',
    'New task…':
        'Nueva tarea…',
    'New term &ends on':
        'El nuevo mandato &termina el',
    'Next step:':
        'Siguiente paso:',
    'Next steps':
        'Próximos pasos',
    'Next ›':
        'Siguiente ›',
    'No':
        'No',
    'no':
        'no',
    'No activity reported in this cycle matches.':
        'Ninguna actividad informada en este ciclo coincide.',
    'No alternate can step in without upsetting the balance.':
        'Ningún suplente puede entrar sin alterar el equilibrio.',
    'No application matches. Try fewer words or clear the filters.':
        'Ninguna solicitud coincide. Pruebe con menos palabras o borre los filtros.',
    'No applications yet. Record one with Record application, or import a file with More › Import applications.':
        'Aún no hay solicitudes. Registre una con Registrar una solicitud, o importe un archivo con Más › Importar solicitudes.',
    'No balance rules: any slate of the right size will do.':
        'Sin reglas de equilibrio: cualquier lista del tamaño correcto sirve.',
    'no bound':
        'sin límite',
    'No call chosen.':
        'Ninguna convocatoria elegida.',
    "No candidates yet: the pool is the call's applications that passed screening (under review or later) and the incumbents seeking renewal.":
        'Aún no hay candidatos: el grupo de candidatos son las solicitudes de la convocatoria que superaron la preselección (en revisión o más adelante) y los titulares que solicitan la renovación.',
    'No checks on the list.':
        'No hay comprobaciones en la lista.',
    'No cluster':
        'Ningún grupo',
    'no co-lead call linked yet':
        'aún no hay convocatoria de co-líderes vinculada',
    'No country':
        'Sin país',
    'No criteria: applications to this call cannot be scored yet.':
        'Sin criterios: las solicitudes a esta convocatoria aún no pueden puntuarse.',
    'No decisions wait. Edits from the other laptops all agree.':
        'No hay decisiones pendientes. Las ediciones de los demás portátiles coinciden todas.',
    'No e-mail address for: {names}.':
        'No hay dirección de correo electrónico para: {names}.',
    'No file chosen':
        'Ningún archivo elegido',
    'No folder chosen yet':
        'Aún no se ha elegido ninguna carpeta',
    'No good backup of {name} was found.':
        'No se encontró ninguna copia de seguridad válida de {name}.',
    'No group':
        'Ningún grupo',
    'No guests.':
        'Sin invitados.',
    'No history yet: changes to this organisation, its people and its memberships will be listed here, with who made them and when.':
        'Aún no hay historial: los cambios de esta organización, sus personas y sus membresías aparecerán aquí, con quién los hizo y cuándo.',
    'No initiative matches. Clear the filters or search less.':
        'Ninguna iniciativa coincide. Borre los filtros o busque menos.',
    'No likely duplicate found; search for the other record.':
        'No se encontró ningún duplicado probable; busque el otro registro.',
    'No longer in the pool':
        'Ya no está en el grupo de candidatos',
    'No organisation matches. Try fewer words or clear the filters.':
        'Ninguna organización coincide. Pruebe con menos palabras o borre los filtros.',
    'No organisations share an initiative.':
        'Ninguna organización comparte una iniciativa.',
    "No other laptop yet. Give a colleague a copy of the desk with 'opn-desk sync clone', or read an exchange file from one.":
        "Aún no hay otro portátil. Dé a un colega una copia de la secretaría con 'opn-desk sync clone', o lea un archivo de intercambio de uno de ellos.",
    'No partner has this status.':
        'Ningún socio tiene este estado.',
    'No partner matches.':
        'Ningún socio coincide.',
    'No partners.':
        'Ningún socio.',
    'No people are recorded for this organisation.':
        'No hay personas registradas para esta organización.',
    'No priority group':
        'Ningún grupo prioritario',
    'no priority group':
        'ningún grupo prioritario',
    'No program on this computer opens PDF files.':
        'Ningún programa de este ordenador abre archivos PDF.',
    'No program on this computer opens {name}.':
        'Ningún programa de este ordenador abre {name}.',
    'No programme.':
        'Ningún programa.',
    'No renewal process for {code} yet.':
        'Aún no hay proceso de renovación para {code}.',
    'no representative recorded':
        'ningún representante registrado',
    'No rule broken so far.':
        'Ninguna regla incumplida por ahora.',
    'No slate meets every rule even without {who}: press Propose to see why.':
        'Ninguna lista cumple todas las reglas ni siquiera sin {who}: pulse Proponer para ver por qué.',
    'No term of {code} ends within six months, and nobody is holding over.':
        'Ningún mandato de {code} termina en seis meses, y nadie está en prórroga.',
    'No travel request.':
        'Ninguna solicitud de viaje.',
    'no travel support':
        'sin apoyo para viajes',
    'No website':
        'Sin sitio web',
    'No written comments on this item.':
        'No hay comentarios escritos sobre este punto.',
    'nobody':
        'nadie',
    'Nobody is proposed yet: tick candidates in the table to propose them.':
        'Aún no se propone a nadie: marque candidatos en la tabla para proponerlos.',
    'nobody with an e-mail address':
        'nadie con dirección de correo electrónico',
    'none':
        'ninguna',
    'none set':
        'ninguno fijado',
    'Not accept the application of {name}':
        'No aceptar la solicitud de {name}',
    'Not accept…':
        'No aceptar…',
    'Not allocated yet: decide before the meeting ({day}).':
        'Aún no asignado: decida antes de la reunión ({day}).',
    'Not built yet':
        'Aún no disponible',
    'Not decided yet':
        'Aún no decidida',
    'Not met':
        'No cumplido',
    'Not now':
        'Ahora no',
    'Not picked':
        'No elegido',
    'Not proposed.':
        'No propuesto.',
    'Not recorded':
        'No registrado',
    'Not reported yet':
        'Aún no ha informado',
    'Not said':
        'No declarado',
    'Not said yet':
        'Aún no lo ha dicho',
    'Not saved yet. People and memberships can be added once it is saved.':
        'Aún no guardada. Se pueden añadir personas y membresías una vez guardada.',
    'not scored':
        'sin puntuar',
    'not scored yet':
        'aún sin puntuar',
    'Not scored yet.':
        'Aún sin puntuar.',
    'not scored yet: {criteria}':
        'aún sin puntuar: {criteria}',
    'Not started yet.':
        'Aún no iniciado.',
    'not stated':
        'no indicado',
    'Not yet':
        'Aún no',
    'Note':
        'Nota',
    'Note on the checklist item “{text}”':
        'Nota sobre el elemento “{text}”',
    'Notes':
        'Notas',
    'Notes on {call}':
        'Notas sobre {call}',
    'Note…':
        'Nota…',
    'Nothing is due: no application is waiting too long, no review is missing and no term ends within 90 days.':
        'No hay nada pendiente: ninguna solicitud espera demasiado, no falta ninguna evaluación y ningún mandato termina en 90 días.',
    'nothing yet':
        'nada todavía',
    'Notice':
        'Aviso',
    'of {count}':
        'de {count}',
    'On':
        'El',
    'Once it is dropped, every other rule can be met.':
        'Si se abandona, todas las demás reglas pueden cumplirse.',
    'One or several files from the other laptops; all are merged, or none.':
        'Uno o varios archivos de los demás portátiles; se fusionan todos o ninguno.',
    'One Planet network — {programme}':
        'One Planet network — {programme}',
    'Only a decided or withdrawn application can be reopened.':
        'Solo puede reabrirse una solicitud decidida o retirada.',
    'Only a proposed initiative can be deleted; close it instead.':
        'Solo puede eliminarse una iniciativa propuesta; ciérrela en su lugar.',
    'Only an active membership can be renewed.':
        'Solo puede renovarse una membresía activa.',
    'Only an incumbent seeking renewal is scored; record that it seeks renewal first.':
        'Solo se puntúa a un titular que solicita la renovación; registre primero que la solicita.',
    'Only an initiative in due diligence can be decided.':
        'Solo puede decidirse una iniciativa en diligencia debida.',
    'Only free text can keep both values; choose one, or type the value to keep.':
        'Solo un texto libre puede conservar ambos valores; elija uno, o escriba el valor que se conservará.',
    'Only in this one':
        'Solo en este',
    'Only one desk can change a database at a time. Read-only, you can look things up and export, but not change anything.':
        'Solo un puesto puede cambiar una base de datos a la vez. En modo de solo lectura, puede consultar y exportar, pero no cambiar nada.',
    'Only the desk that has it open ({who}) can restore a backup.':
        'Solo el puesto que la tiene abierta ({who}) puede restaurar una copia de seguridad.',
    'Only the desk that has {name} open for writing can restore a backup.':
        'Solo el puesto que tiene {name} abierta para escribir puede restaurar una copia de seguridad.',
    'Only those whose health dropped':
        'Solo aquellos cuya salud ha bajado',
    'Only what {name} has not seen':
        'Solo lo que {name} no ha visto',
    'Open':
        'Abrir',
    'Open &recent':
        'Abrir &reciente',
    'Open again now':
        'Volver a abrir ahora',
    'Open applications':
        'Solicitudes abiertas',
    'Open database':
        'Abrir una base de datos',
    'Open read-only':
        'Abrir en modo de solo lectura',
    'Open the organisation':
        'Abrir la organización',
    'Open the organisation in the registry':
        'Abrir la organización en el registro',
    'Open the process':
        'Abrir el proceso',
    'Open the renewal process {title}':
        'Abrir el proceso de renovación {title}',
    'Open the user guide':
        'Abrir la guía del usuario',
    'Open the {code} reporting cycle for {year}':
        'Abrir el ciclo de informes {code} de {year}',
    'open-ended':
        'sin fin',
    'Opening {name} again…':
        'Volviendo a abrir {name}…',
    'Opening {name}…':
        'Abriendo {name}…',
    'OPN Desk':
        'OPN Desk',
    'OPN Desk cannot see from here whether {computer} still has it open.':
        'OPN Desk no puede ver desde aquí si {computer} aún la tiene abierta.',
    'OPN Desk could not check {name} for damage: {reason}':
        'OPN Desk no pudo comprobar si {name} está dañada: {reason}',
    'OPN Desk created a new, empty database at {path}. To work on another one, use File › Open database.':
        'OPN Desk creó una base de datos nueva y vacía en {path}. Para trabajar con otra, use Archivo › Abrir una base de datos.',
    'OPN Desk databases (*.sqlite *.db);;All files (*)':
        'Bases de datos de OPN Desk (*.sqlite *.db);;Todos los archivos (*)',
    'OPN Desk databases (*.sqlite)':
        'Bases de datos de OPN Desk (*.sqlite)',
    'OPN Desk user guide':
        'Guía del usuario de OPN Desk',
    'optional':
        'opcional',
    'Optional: why it was accepted (it can be quoted in the letter)':
        'Opcional: por qué se aceptó (puede citarse en la carta)',
    "or find the reviewer's organisation":
        'o busque la organización del evaluador',
    'Or type the value to keep (for example, the two combined):':
        'O escriba el valor que se conservará (por ejemplo, los dos combinados):',
    'Organisation':
        'Organización',
    'Organisation in the file':
        'Organización en el archivo',
    'Organisation name':
        'Nombre de la organización',
    'Organisation or seat':
        'Organización o puesto',
    'Organisations':
        'Organizaciones',
    'organisations':
        'organizaciones',
    'Other SDGs':
        'Otros ODS',
    'Other tasks':
        'Otras tareas',
    'Outcome':
        'Resultado',
    'Over the years':
        'A lo largo de los años',
    'Overdue':
        'Atrasada',
    'overdue':
        'atrasada',
    'Overview':
        'Resumen',
    'Owner':
        'Responsable',
    'Page':
        'Página',
    'Papers':
        'Documentos',
    'papers: {n}':
        'documentos: {n}',
    'Parent organisation (family)':
        'Organización matriz (familia)',
    'Participants':
        'Participantes',
    'Participation':
        'Participación',
    'Participation rates':
        'Tasas de participación',
    'Partner':
        'Socio',
    'Partners':
        'Socios',
    "Partners from least developed countries on the meeting's date come first, then the groups the desk chose, then the others; within a rank the earlier request. The proposal grants in that order while the budget lasts. The desk may decide otherwise; the ranking stays as computed.":
        'Los socios de países menos adelantados en la fecha de la reunión van primero, luego los grupos que eligió la secretaría y luego los demás; dentro de un mismo puesto, la solicitud más antigua. La propuesta concede en ese orden mientras dure el presupuesto. La secretaría puede decidir otra cosa; la clasificación queda tal como se calculó.',
    'Partnership health':
        'Salud de la asociación',
    'Passes':
        'Supera',
    'PDF document (*.pdf);;Spreadsheet (*.xlsx)':
        'Documento PDF (*.pdf);;Hoja de cálculo (*.xlsx)',
    'PDF documents (*.pdf)':
        'Documentos PDF (*.pdf)',
    'People':
        'Personas',
    'People ({count})':
        'Personas ({count})',
    'Person':
        'Persona',
    'Pick':
        'Elegir',
    'Pick some candidates first.':
        'Elija primero algunos candidatos.',
    'Pick the slate ({count} picked)':
        'Elegir la lista ({count} elegidos)',
    'Picked':
        'Elegido',
    'Picked only':
        'Solo elegidos',
    'Pin':
        'Fijación',
    'Pin in (always in a proposal)':
        'Fijar dentro (siempre en una propuesta)',
    'Pin in {name}':
        'Fijar {name} dentro',
    'Pin out (never in a proposal)':
        'Fijar fuera (nunca en una propuesta)',
    'Pin out {name}':
        'Fijar {name} fuera',
    'Pinned in':
        'Fijado dentro',
    'Pinned out':
        'Fijado fuera',
    'Pins are candidates pinned in (true) or out (false).':
        'Las fijaciones son candidatos fijados dentro (true) o fuera (false).',
    'Place':
        'Lugar',
    'Place or link':
        'Lugar o enlace',
    'Plan a succession entry':
        'Planificar una entrada de sucesión',
    'Plan the succession for {year}':
        'Planificar la sucesión para {year}',
    'Planned':
        'Previsto',
    'Planned end':
        'Fin prevista',
    'Planned start':
        'Inicio previsto',
    'Plan…':
        'Planificar…',
    'Pool':
        'Grupo de candidatos',
    'Portfolio':
        'Cartera',
    'Possible duplicates':
        'Posibles duplicados',
    'Possible duplicates of organisations in the registry':
        'Posibles duplicados de organizaciones del registro',
    'Postponed':
        'Aplazado',
    'Preferences':
        'Preferencias',
    'Prepare reminders…':
        'Preparar los recordatorios…',
    'Preparing reminders…':
        'Preparando los recordatorios…',
    'Preparing the reminders…':
        'Preparando los recordatorios…',
    'Presenter':
        'Presentador',
    'Press Propose for the slate with the best total score that meets every rule, or right-click a candidate and ask why it is not in that slate.':
        'Pulse Proponer para obtener la lista con la mejor puntuación total que cumple cada regla, o haga clic con el botón derecho en un candidato para preguntar por qué no está en esa lista.',
    'Print {title}':
        'Imprimir {title}',
    'Printed at the top of letters, review packs, dossiers and rosters: up to four lines, the first in bold. Leave it empty to print "One Planet network — <programme>".':
        'Se imprime en la parte superior de cartas, paquetes de evaluación, dossiers y listas de miembros: hasta cuatro líneas, la primera en negrita. Déjelo vacío para imprimir "One Planet network — <programme>".',
    'Printing {title}…':
        'Imprimiendo {title}…',
    'Print…':
        'Imprimir…',
    'Priority':
        'Prioridad',
    'Priority sectors':
        'Sectores prioritarios',
    'Pro&gramme':
        'Pro&grama',
    'Problem':
        'Problema',
    'Programme':
        'Programa',
    'Programme &letterheads…':
        '&Membretes de los programas…',
    'Programme applied to':
        'Programa al que se presenta',
    'Programme letterheads':
        'Membretes de los programas',
    'Programme of the day':
        'Programa del día',
    'Programmes':
        'Programas',
    'Progress':
        'Avance',
    'Progress and next steps':
        'Avance y próximos pasos',
    'Progress of {task}':
        'Avance de {task}',
    'Progress report of {code}: {pages} pages':
        'Informe de avance de {code}: {pages} páginas',
    'Progress report: {code}':
        'Informe de avance: {code}',
    'Progress report…':
        'Informe de avance…',
    'Proposal':
        'Propuesta',
    'Propose':
        'Proponer',
    'Propose {name}':
        'Proponer a {name}',
    'Propose {name} for the leadership':
        'Proponer a {name} para la dirección',
    'Proposed':
        'Propuesto',
    'Proposed leadership':
        'Dirección propuesta',
    'Proposed slate: {n} candidates, total score {score}; every rule is met.':
        'Lista propuesta: {n} candidatos, puntuación total {score}; se cumplen todas las reglas.',
    'Proposed.':
        'Propuesto.',
    'Propose…':
        'Proponer…',
    'Proposing a slate…':
        'Proponiendo una lista…',
    'Public':
        'Público',
    'Quit':
        'Salir',
    'R&ole':
        '&Función',
    'Rank':
        'Puesto',
    'rank {rank} in the call':
        'puesto {rank} en la convocatoria',
    'Ranking of the call…':
        'Clasificación de la convocatoria…',
    'Ranking of {call}':
        'Clasificación de {call}',
    'Ranking: {call}':
        'Clasificación: {call}',
    'Rate':
        'Tasa',
    'Rates':
        'Tasas',
    'Rating':
        'Valoración',
    'Re&presentative':
        'Re&presentante',
    'Read exchange files':
        'Leer archivos de intercambio',
    'Read exchange files…':
        'Leer archivos de intercambio…',
    'Read-only':
        'Solo lectura',
    'Read:':
        'Leer:',
    'Reading exchange files':
        'Leyendo archivos de intercambio',
    'Reading the applications…':
        'Leyendo las solicitudes…',
    'Reading the application…':
        'Leyendo la solicitud…',
    'Reading the backups…':
        'Leyendo las copias de seguridad…',
    "Reading the call's applications…":
        'Leyendo las solicitudes de la convocatoria…',
    'Reading the composition…':
        'Leyendo la composición…',
    'Reading the file…':
        'Leyendo el archivo…',
    'Reading the meeting…':
        'Leyendo la reunión…',
    'Reading the renewal process…':
        'Leyendo el proceso de renovación…',
    'Reading the round and finding its slate…':
        'Leyendo la ronda y buscando su lista…',
    'Reading the work plan…':
        'Leyendo el plan de trabajo…',
    'Reading {name}…':
        'Leyendo {name}…',
    'Reason':
        'Motivo',
    'Reason for the postponement':
        'Motivo del aplazamiento',
    'Reasons':
        'Motivos',
    'Recei&ved on':
        'Re&cibida el',
    'Received on':
        'Recibidos el',
    'received {day}':
        'recibida el {day}',
    'Recommendation':
        'Recomendación',
    'Record':
        'Registrar',
    "Record a reviewer's scores of this incumbent on the lead criteria":
        'Registrar las puntuaciones de un evaluador para este titular según los criterios de liderazgo',
    'Record a self-assessment':
        'Registrar una autoevaluación',
    'Record a self-assessment…':
        'Registrar una autoevaluación…',
    'Record a submission':
        'Registrar una presentación',
    'Record a submission…':
        'Registrar una presentación…',
    'Record an application':
        'Registrar una solicitud',
    'Record an application received by e-mail or on paper (Ctrl+Shift+N)':
        'Registrar una solicitud recibida por correo electrónico o en papel (Ctrl+Mayús+N)',
    'Record application':
        'Registrar una solicitud',
    'Record application of {name}':
        'Registrar la solicitud de {name}',
    'Record decision':
        'Registrar la decisión',
    'Record of {item}':
        'Registro de {item}',
    'Record the allocation':
        'Registrar la asignación',
    'Record the attendance ticked':
        'Registrar la asistencia marcada',
    "Record the MAC's opinion on {name}":
        'Registrar la opinión del MAC sobre {name}',
    'Record the reasons for the decision.':
        'Registre los motivos de la decisión.',
    'Record the report of {name}':
        'Registrar el informe de {name}',
    'Record the self-assessment of {name}':
        'Registrar la autoevaluación de {name}',
    'Record written comments…':
        'Registrar comentarios escritos…',
    'Redone: {what}':
        'Rehecho: {what}',
    'Refresh':
        'Actualizar',
    'Regional group':
        'Grupo regional',
    'Regional group of the country':
        'Grupo regional del país',
    'Regional group of {name}':
        'Grupo regional de {name}',
    'Reload (lose my changes)':
        'Volver a cargar (perder mis cambios)',
    'Reload the step':
        'Volver a cargar el paso',
    'Reminders (days from the deadline)':
        'Recordatorios (días respecto al plazo)',
    'Reminders are written in English (en), French (fr) or Spanish (es).':
        'Los recordatorios se escriben en inglés (en), francés (fr) o español (es).',
    'Reminders go to today':
        'Los recordatorios van hoy a',
    'Remove':
        'Quitar',
    'Remove declared conflict':
        'Retirar el conflicto declarado',
    'Remove rule':
        'Quitar la regla',
    'Remove the checklist item “{text}”':
        'Quitar el elemento “{text}”',
    'Remove the conflict of {who}':
        'Quitar el conflicto de {who}',
    'Remove the conflict {who} declared?':
        '¿Retirar el conflicto que declaró {who}?',
    'Remove the criterion {name}':
        'Quitar el criterio {name}',
    'Remove the criterion {name}?':
        '¿Quitar el criterio {name}?',
    'Remove the lead criterion {name}':
        'Quitar el criterio de liderazgo {name}',
    'Remove the pin':
        'Quitar la fijación',
    'Remove the pin of {name}':
        'Quitar la fijación de {name}',
    'Remove {file} from step {number}':
        'Quitar {file} del paso {number}',
    'Remove {file} from step {number}?':
        '¿Quitar {file} del paso {number}?',
    'Remove {file} from this application?':
        '¿Quitar {file} de esta solicitud?',
    'Remove {file} from {name}':
        'Quitar {file} de {name}',
    'Remove {name}':
        'Quitar {name}',
    'Remove {name} ({year}) from the succession plan?':
        '¿Quitar {name} ({year}) del plan de sucesión?',
    'Remove {name} from the succession plan':
        'Quitar {name} del plan de sucesión',
    'Remove {name} from this organisation?':
        '¿Quitar a {name} de esta organización?',
    'Remove “{text}” from the checklist?':
        '¿Quitar “{text}” de la lista?',
    'removed':
        'quitado',
    'Remove…':
        'Quitar…',
    'Renew':
        'Renovar',
    'Renew membership':
        'Renovar la membresía',
    'Renew membership: {what}':
        'Renovar la membresía: {what}',
    'Renew term…':
        'Renovar el mandato…',
    'Renew the term of {name}':
        'Renovar el mandato de {name}',
    'Renew the term of {name} as {role} of {code}?':
        '¿Renovar el mandato de {name} como {role} de {code}?',
    'Renewal commitments':
        'Compromisos de renovación',
    'Renewal steps':
        'Pasos de la renovación',
    'Reopen':
        'Reabrir',
    'Reopen for review…':
        'Reabrir para la revisión…',
    'Reopen for screening…':
        'Reabrir para la preselección…',
    'Reopen step {number}':
        'Reabrir el paso {number}',
    'Reopen step {number} of the renewal':
        'Reabrir el paso {number} de la renovación',
    'Reopen the application of {name}':
        'Reabrir la solicitud de {name}',
    'Reopening a step needs a reason.':
        'Reabrir un paso requiere un motivo.',
    'Reopen…':
        'Reabrir…',
    'Replace the picks':
        'Sustituir las elecciones',
    "Replace the picks with this scenario's slate":
        'Sustituir las elecciones por la lista de este escenario',
    "Replace the rules with the Terms of Reference's: every regional group at least 1 and at most 40%, every cluster at least 1, at least 50% female representatives, one per parent organisation.":
        'Sustituir las reglas por las de los Términos de Referencia: cada grupo regional al menos 1 y como máximo 40%, cada grupo de partes interesadas al menos 1, al menos 50% de representantes mujeres, uno por organización matriz.',
    'Replace your {n} picks with this slate?':
        '¿Sustituir sus {n} elecciones por esta lista?',
    'Reported':
        'Informó',
    'Reporting':
        'Informes',
    'Reporting cycle {code} {year}':
        'Ciclo de informes {code} {year}',
    'Reporting focal point of {name}':
        'Punto focal para los informes de {name}',
    'Reporting year':
        'Año del informe',
    'Reporting year (cycle)':
        'Año del informe (ciclo)',
    'Representative':
        'Representante',
    "Representative's gender":
        'Género del representante',
    'represented by {name}':
        'representado por {name}',
    'Requested':
        'Solicitado',
    'Requested on':
        'Solicitado el',
    'Required fields without a column: {fields}.':
        'Campos obligatorios sin columna: {fields}.',
    'Reset to the Terms of Reference':
        'Volver a los Términos de Referencia',
    'Responsibility':
        'Responsabilidad',
    'Responsible':
        'Responsable',
    'Restore':
        'Restaurar',
    'Restore defaults':
        'Restablecer los valores predeterminados',
    'Restore from backup':
        'Restaurar una copia de seguridad',
    'Restore the backup taken on {taken} ({kind})?':
        '¿Restaurar la copia de seguridad tomada el {taken} ({kind})?',
    'Restore the default screening checklist for {role}':
        'Restablecer la lista de comprobación de preselección predeterminada para {role}',
    'Restore the newest good backup to go on working.':
        'Restaure la copia de seguridad válida más reciente para seguir trabajando.',
    'Restore the newest good backup…':
        'Restaurar la copia de seguridad válida más reciente…',
    'Restore…':
        'Restaurar…',
    'Restoring the backup…':
        'Restaurando la copia de seguridad…',
    'Revert':
        'Revertir',
    'review pack':
        'paquete de evaluación',
    'Review pack (PDF)…':
        'Paquete de evaluación (PDF)…',
    'Review pack of the call (PDF)…':
        'Paquete de evaluación de la convocatoria (PDF)…',
    'Review pack: {title}':
        'Paquete de evaluación: {title}',
    'Reviewer of this call':
        'Evaluador de esta convocatoria',
    'reviewers disagree on {criteria}':
        'los evaluadores discrepan en {criteria}',
    'Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); differences of {limit} points or more are highlighted.':
        'Los evaluadores discrepan: sus puntuaciones difieren en {spread} puntos (de {low} a {high}); se resaltan las diferencias de {limit} puntos o más.',
    'Reviews':
        'Evaluaciones',
    'Reviews ({total})':
        'Evaluaciones ({total})',
    'reviews missing':
        'faltan evaluaciones',
    'Reviews missing ({count})':
        'Evaluaciones que faltan ({count})',
    'Role':
        'Función',
    'Role &applied for':
        'Función &solicitada',
    'Role applied for':
        'Función solicitada',
    'Role applied for:':
        'Función solicitada:',
    'Roles':
        'Funciones',
    'Roster…':
        'Lista de miembros…',
    'Row':
        'Fila',
    'Rule':
        'Regla',
    'rule {n}':
        'regla {n}',
    'Rules broken':
        'Reglas incumplidas',
    "rules: the Terms of Reference's defaults (not saved yet)":
        'reglas: las predeterminadas de los Términos de Referencia (aún no guardadas)',
    'S&tatement':
        'De&claración',
    'Same as {name}: {why}':
        'Igual que {name}: {why}',
    'Save':
        'Guardar',
    'Save as PDF':
        'Guardar como PDF',
    'Save as PDF…':
        'Guardar como PDF…',
    'Save notes':
        'Guardar las notas',
    'Save opinion':
        'Guardar la opinión',
    'Save scenario':
        'Guardar el escenario',
    'Save scenario {name}':
        'Guardar el escenario {name}',
    'Save scores':
        'Guardar las puntuaciones',
    'Save step':
        'Guardar el paso',
    'Save the current picks as:':
        'Guardar las elecciones actuales como:',
    'Save the cycle summary':
        'Guardar el resumen del ciclo',
    "Save the item's record":
        'Guardar el registro del punto',
    'Save the PDF':
        'Guardar el PDF',
    'Save the review pack':
        'Guardar el paquete de evaluación',
    'Save the selection report':
        'Guardar el informe de selección',
    'Save your changes to {name}?':
        '¿Guardar sus cambios en {name}?',
    'Saved':
        'Guardado',
    'Saved: {what}':
        'Guardado: {what}',
    'Say why the partner is excused from reporting.':
        'Indique por qué se dispensa al socio del informe.',
    'SBC':
        'SBC',
    'Scenario':
        'Escenario',
    'Scenarios':
        'Escenarios',
    'Scenarios of {call}':
        'Escenarios de {call}',
    'Scenarios…':
        'Escenarios…',
    'Science & tech.':
        'Ciencia y tec.',
    'Score':
        'Puntuación',
    'Score (0–{max})':
        'Puntuación (0–{max})',
    'Score of an incumbent':
        'Puntuación de un titular',
    'Score of this incumbent…':
        'Puntuación de este titular…',
    'Score {name}':
        'Puntuar {name}',
    'Scores':
        'Puntuaciones',
    "Scores are recorded while the application is under review or waiting for the MAC's opinion.":
        'Las puntuaciones se registran mientras la solicitud está en revisión o a la espera de la opinión del MAC.',
    'Scores from 0 to {max} per criterion and reviewer. Criteria where reviewers differ by {spread} points or more are highlighted.':
        'Puntuaciones de 0 a {max} por criterio y evaluador. Se resaltan los criterios en que los evaluadores difieren en {spread} puntos o más.',
    'Scores given':
        'Puntuaciones dadas',
    'Scores left out for a conflict of interest:':
        'Puntuaciones excluidas por conflicto de intereses:',
    'Scores of {name}':
        'Puntuaciones de {name}',
    'Scores of {reviewer} for {name}':
        'Puntuaciones de {reviewer} para {name}',
    'Score…':
        'Puntuar…',
    'Screening':
        'Preselección',
    'Screening ({done}/{total})':
        'Preselección ({done}/{total})',
    'Screening checklists':
        'Listas de comprobación de la preselección',
    'Screening checklists…':
        'Listas de comprobación de la preselección…',
    'SDG 12 and at most five other SDGs: {count} of 5 chosen.':
        'El ODS 12 y como máximo otros cinco ODS: {count} de 5 elegidos.',
    'SDG {n}':
        'ODS {n}',
    'SDGs':
        'ODS',
    'Search applicants by name or acronym':
        'Buscar solicitantes por nombre o sigla',
    'Search names, acronyms, countries':
        'Buscar nombres, siglas, países',
    'Search partners':
        'Buscar socios',
    'Search the registry for the other record':
        'Buscar el otro registro en el registro',
    'Search titles and partners':
        'Buscar en títulos y socios',
    'Search titles, descriptions, leads':
        'Buscar en títulos, descripciones, líderes',
    'Searches the name, acronym, other names and country (Ctrl+F)':
        'Busca en el nombre, la sigla, los otros nombres y el país (Ctrl+F)',
    'Seats and balance rules':
        'Puestos y reglas de equilibrio',
    'Seats and balance rules of {call}':
        'Puestos y reglas de equilibrio de {call}',
    'Seats and rules':
        'Puestos y reglas',
    'Seats and rules…':
        'Puestos y reglas…',
    'Seats filled':
        'Puestos cubiertos',
    'Seats:':
        'Puestos:',
    'Sector':
        'Sector',
    'Sector: {name}':
        'Sector: {name}',
    'Seeks renewal':
        'Solicita la renovación',
    'Selected invitee:':
        'Invitado seleccionado:',
    'Selection':
        'Selección',
    'selection report':
        'informe de selección',
    'Selection report: {call}':
        'Informe de selección: {call}',
    'Selection report…':
        'Informe de selección…',
    'Self-assessment':
        'Autoevaluación',
    'Send the application of {name} to review':
        'Enviar la solicitud de {name} a revisión',
    'Send to review…':
        'Enviar a revisión…',
    'sent in advance':
        'enviados con antelación',
    'Set participation':
        'Fijar la participación',
    'Set the letterhead of {codes}':
        'Fijar el membrete de {codes}',
    'Set the reporting focal point of {name}':
        'Fijar el punto focal para los informes de {name}',
    'Set the screening checklist for {role}':
        'Fijar la lista de comprobación de preselección para {role}',
    'Set {name} back to to do':
        'Volver a poner a {name} como pendiente',
    'SFS':
        'SFS',
    'Shared folder (OneDrive, Dropbox, a network drive)':
        'Carpeta compartida (OneDrive, Dropbox, una unidad de red)',
    'Shipped defaults':
        'Valores predeterminados de origen',
    'Show only the members whose row contains these words':
        'Mostrar solo los miembros cuya fila contiene estas palabras',
    "Show or hide the document's contents":
        'Mostrar u ocultar el contenido del documento',
    'Show or hide the list of what is due':
        'Mostrar u ocultar la lista de vencimientos',
    'Show the step as it is now saved; your unsaved edits are dropped':
        'Mostrar el paso tal como está guardado; se descartan sus ediciones sin guardar',
    'SIDS':
        'PEID',
    'since {when}, by {who}':
        'desde {when}, por {who}',
    'Size':
        'Tamaño',
    'SLE':
        'SLE',
    'Small island developing state':
        'Pequeño Estado insular en desarrollo',
    'small island developing states':
        'pequeños Estados insulares en desarrollo',
    'someone':
        'alguien',
    'Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; please report this.':
        'Ocurrió algo que OPN Desk no esperaba ({kind}). No se guardó nada más; por favor, infórmelo.',
    'Something went wrong that OPN Desk did not expect ({kind}). Nothing further was written; please report this.':
        'Ocurrió algo que OPN Desk no esperaba ({kind}). No se escribió nada más; por favor, infórmelo.',
    'SPP':
        'SPP',
    'Spreadsheet (*.xlsx);;CSV (*.csv)':
        'Hoja de cálculo (*.xlsx);;CSV (*.csv)',
    'Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)':
        'Hojas de cálculo (*.csv *.xlsx *.tsv *.txt);;Todos los archivos (*)',
    'Spreadsheets (*.csv *.xlsx)':
        'Hojas de cálculo (*.csv *.xlsx)',
    'Stakeholder c&luster':
        '&Grupo de partes interesadas',
    'Stakeholder cluster':
        'Grupo de partes interesadas',
    'Start':
        'Iniciar',
    'Start screening the application of {name}':
        'Iniciar la preselección de la solicitud de {name}',
    'Start screening…':
        'Iniciar la preselección…',
    'Start step {number} of the renewal':
        'Iniciar el paso {number} de la renovación',
    'Start the minutes from the agenda':
        'Iniciar el acta a partir del orden del día',
    'Start the minutes of {meeting}':
        'Iniciar el acta de {meeting}',
    'Starts on':
        'Empieza el',
    'State':
        'Estado',
    'Statement':
        'Declaración',
    'Status':
        'Estado',
    'Status (inactive after two years without an update)':
        'Estado (inactiva tras dos años sin actualización)',
    'Status in the cycle':
        'Estado en el ciclo',
    'Step':
        'Paso',
    'Step {number} has changes that are not saved. Leave them?':
        'El paso {number} tiene cambios sin guardar. ¿Dejarlos?',
    'Step {number} of 4':
        'Paso {number} de 4',
    'Step {number} was changed since you started editing it. Your edits are kept here but cannot be saved over the change: reload the step to see it, then make your edits again.':
        'El paso {number} cambió desde que empezó a editarlo. Sus ediciones se conservan aquí, pero no pueden guardarse sobre ese cambio: vuelva a cargar el paso para verlo y luego repita sus ediciones.',
    'Step {number}: {title}':
        'Paso {number}: {title}',
    'step {n} of 4: {title}':
        'paso {n} de 4: {title}',
    'stopped.':
        'detenido.',
    'STP':
        'STP',
    'Submitted on':
        'Presentado el',
    'Succession is planned for co-leads and core partners.':
        'La sucesión se planifica para los co-líderes y los socios principales.',
    'Succession planning to {year}':
        'Planificación de la sucesión hasta {year}',
    'Suggested because of the reasons shown; or search for another record.':
        'Sugerido por los motivos indicados; o busque otro registro.',
    'Summary for the Board, draft…':
        'Resumen para la Junta, provisional…',
    'Summary for the Board, final…':
        'Resumen para la Junta, definitivo…',
    'Take out of the proposal':
        'Quitar de la propuesta',
    'Take over':
        'Tomar el control',
    'Take over {name} only if you are sure nobody is using it.':
        'Tome el control de {name} solo si está seguro de que nadie la está usando.',
    'Take over…':
        'Tomar el control…',
    'Take {name} out of the proposed leadership':
        'Quitar a {name} de la dirección propuesta',
    'Taken':
        'Tomada el',
    'target {target:.0%}':
        'objetivo {target:.0%}',
    'Targets':
        'Metas',
    'Task':
        'Tarea',
    'Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, postponed), printed as the three-column progress report.':
        'Tareas por área con su avance, próximos pasos y estado (completada, en curso, aún no iniciada, aplazada), impresas como el informe de avance en tres columnas.',
    'Term':
        'Mandato',
    'Term &starts':
        '&Inicio del mandato',
    'Term ends':
        'Fin del mandato',
    'Term ends on':
        'Fin del mandato el',
    'Terms ended or ending within 90 days ({count})':
        'Mandatos terminados o que terminan en 90 días ({count})',
    'Terms of office':
        'Mandatos',
    'That activity no longer exists.':
        'Esa actividad ya no existe.',
    "That application does not answer this renewal process's co-lead call.":
        'Esa solicitud no responde a la convocatoria de co-líderes de este proceso de renovación.',
    'That application does not exist (it may have been deleted or undone).':
        'Esa solicitud no existe (puede que se haya eliminado o deshecho).',
    'That application no longer exists.':
        'Esa solicitud ya no existe.',
    'That attachment no longer exists (it may have been removed or undone).':
        'Ese adjunto ya no existe (puede que se haya quitado o deshecho).',
    'That call does not exist (it may have been deleted or undone).':
        'Esa convocatoria no existe (puede que se haya eliminado o deshecho).',
    'That call no longer exists.':
        'Esa convocatoria ya no existe.',
    'That candidate no longer exists (it may have been deleted or undone).':
        'Ese candidato ya no existe (puede que se haya eliminado o deshecho).',
    'That evidence file no longer exists (it may have been removed or undone).':
        'Ese archivo justificativo ya no existe (puede que se haya quitado o deshecho).',
    'That initiative no longer exists.':
        'Esa iniciativa ya no existe.',
    'That membership has already ended.':
        'Esa membresía ya terminó.',
    'That membership is not a co-lead membership of this programme.':
        'Esa membresía no es una membresía de co-líder de este programa.',
    'That membership no longer exists (it may have been deleted or undone).':
        'Esa membresía ya no existe (puede que se haya eliminado o deshecho).',
    'That organisation no longer exists (it may have been deleted or undone).':
        'Esa organización ya no existe (puede que se haya eliminado o deshecho).',
    'That organisation no longer exists.':
        'Esa organización ya no existe.',
    'That parent would make a circle of parent organisations.':
        'Esa matriz formaría un círculo de organizaciones matrices.',
    'That person no longer exists.':
        'Esa persona ya no existe.',
    'That reporting cycle no longer exists.':
        'Ese ciclo de informes ya no existe.',
    'That score no longer exists (it may have been removed or undone).':
        'Esa puntuación ya no existe (puede que se haya quitado o deshecho).',
    'The acronym is longer than 50 characters.':
        'La sigla supera los 50 caracteres.',
    'The activity was changed since you opened it; reopen it to see the latest version.':
        'La actividad cambió desde que la abrió; vuelva a abrirla para ver la última versión.',
    'The alternate must be someone other than the representative.':
        'El suplente debe ser una persona distinta del representante.',
    "The applicants are the call's co-lead applications, and the lead criteria are its evaluation criteria (the co-lead defaults when it has none).":
        'Los solicitantes son las solicitudes de co-líderes de la convocatoria, y los criterios de liderazgo son sus criterios de evaluación (los predeterminados de co-líderes si no tiene).',
    'The application already has scores, so its organisation, programme, role and call cannot change.':
        'La solicitud ya tiene puntuaciones, así que su organización, programa, función y convocatoria no pueden cambiar.',
    'The application was changed since you opened it; reopen it to see the latest version.':
        'La solicitud cambió desde que la abrió; vuelva a abrirla para ver la última versión.',
    'The attachment needs a file name.':
        'El adjunto necesita un nombre de archivo.',
    'The backup taken on {taken} was restored.':
        'Se restauró la copia de seguridad tomada el {taken}.',
    'The call has no evaluation criteria yet, so there is nothing to score.':
        'La convocatoria aún no tiene criterios de evaluación, así que no hay nada que puntuar.',
    'The call has no evaluation criteria yet.':
        'La convocatoria aún no tiene criterios de evaluación.',
    "The call is step 2's open call for expressions of interest; its evaluation criteria are the lead criteria (the co-lead defaults when it has none).":
        'La convocatoria es la convocatoria abierta de manifestaciones de interés del paso 2; sus criterios de evaluación son los criterios de liderazgo (los predeterminados de co-líderes si no tiene).',
    'The call the application answers':
        'La convocatoria a la que responde la solicitud',
    "The call's title is longer than 300 characters.":
        'El título de la convocatoria supera los 300 caracteres.',
    'The checklist already has that item.':
        'La lista ya tiene ese elemento.',
    'The closest workable slate (total score {score}) relaxes {eased}.':
        'La lista viable más cercana (puntuación total {score}) flexibiliza {eased}.',
    'The co-leads and core partners in office on the date chosen under Terms of office':
        'Los co-líderes y socios principales en funciones en la fecha elegida en Mandatos',
    'The co-leads in office today. Those seeking renewal are candidates on the same criteria as the applicants; one that also applied is its application.':
        'Los co-líderes en funciones hoy. Los que solicitan la renovación son candidatos con los mismos criterios que los solicitantes; el que también presentó una solicitud figura con ella.',
    'The core-partner call whose slate you are choosing':
        'La convocatoria de socios principales cuya lista está eligiendo',
    "The core-partner selection's rules, for as many seats as leads are proposed. With few seats not every group can be represented. Gender is only counted.":
        'Las reglas de la selección de socios principales, para tantos puestos como líderes propuestos. Con pocos puestos no todos los grupos pueden estar representados. El género solo se cuenta.',
    'The criteria candidates are scored on (editable)':
        'Los criterios con que se puntúa a los candidatos (editables)',
    "The criteria the candidates are scored on: those of the process's co-lead call. Defaults: a full-time staff member committed to the coordination desk, a financial or in-kind contribution, regional and stakeholder representation, expertise in the programme's work-streams, and a track record in the network.":
        'Los criterios con que se puntúa a los candidatos: los de la convocatoria de co-líderes del proceso. Por defecto: un miembro del personal a tiempo completo dedicado a la secretaría de coordinación, una contribución financiera o en especie, la representación regional y de partes interesadas, la experiencia en las líneas de trabajo del programa y la trayectoria en la red.',
    "The criterion's name is longer than 200 characters.":
        'El nombre del criterio supera los 200 caracteres.',
    'The database as it was before is kept as {name} in its backups folder.':
        'La base de datos tal como estaba antes se conserva como {name} en su carpeta de copias de seguridad.',
    'The database has no countries; create a new database for the demo network.':
        'La base de datos no tiene países; cree una nueva base de datos para la red de demostración.',
    'The database was upgraded; a copy from before is in its backups folder.':
        'La base de datos se actualizó; hay una copia anterior en su carpeta de copias de seguridad.',
    'The database will be as it was then, with {organisations}.':
        'La base de datos quedará como estaba entonces, con {organisations}.',
    'The decision is include or decline.':
        'La decisión es incluir o rechazar.',
    'The decision letter':
        'La carta de decisión',
    'The demo database was not created.':
        'No se creó la base de demostración.',
    "The desk's own notes: never in a public export.":
        'Las notas de la secretaría: nunca en una exportación pública.',
    'The disagreement threshold is a number of points above 0.':
        'El umbral de discrepancia es un número de puntos mayor que 0.',
    'The eligibility and due-diligence checks a new application starts its screening with. Applications already received keep their own list.':
        'Las comprobaciones de elegibilidad y diligencia debida con las que una nueva solicitud inicia su preselección. Las solicitudes ya recibidas conservan su propia lista.',
    'The file could not be used: {reason}{where}.':
        'No se pudo usar el archivo: {reason}{where}.',
    'The file holds':
        'El archivo contiene',
    'The file name must end in .csv or .xlsx.':
        'El nombre del archivo debe terminar en .csv o .xlsx.',
    'The file to import':
        'El archivo que se importará',
    'The folder {folder} does not exist.':
        'La carpeta {folder} no existe.',
    'The import is one step: Edit › Undo removes everything it added.':
        'La importación es un solo paso: Editar › Deshacer quita todo lo que añadió.',
    'The initiative was changed since you opened it; reopen it to see the latest version.':
        'La iniciativa cambió desde que la abrió; vuelva a abrirla para ver la última versión.',
    'The lead cannot leave its initiative; name another lead first.':
        'El líder no puede dejar su iniciativa; nombre primero otro líder.',
    "The leadership renewal dossier of the programme's latest process, for the MAC and the Board":
        'El dossier de renovación de la dirección del último proceso del programa, para el MAC y la Junta',
    "The leadership renewal process: agreeing the need and timeline, the open call, review against the evaluation criteria, the MAC's opinion and submission to the Board; co-lead terms and succession planning up to 2030.":
        'El proceso de renovación de la dirección: acuerdo sobre la necesidad y el calendario, la convocatoria abierta, la evaluación según los criterios, la opinión del MAC y la presentación a la Junta; mandatos de los co-líderes y planificación de la sucesión hasta 2030.',
    'The lines printed at the top of letters, packs, dossiers and rosters, per programme (kept in the database)':
        'Las líneas impresas en la parte superior de cartas, paquetes, dossiers y listas de miembros, por programa (se guardan en la base de datos)',
    'The lock says it was opened by {user} on {computer} (process {pid}) since {since}. {why} If that desk is in fact still open, both would write to the database and changes could be lost.':
        'El bloqueo indica que la abrió {user} en {computer} (proceso {pid}) desde {since}. {why} Si ese puesto sigue abierto en realidad, ambos escribirían en la base de datos y podrían perderse cambios.',
    'The MAC opinion on {name} is not saved. Leave it?':
        'La opinión del MAC sobre {name} no está guardada. ¿Dejarla?',
    "The MAC's opinion":
        'La opinión del MAC',
    "The MAC's opinion is recorded while the application is under review or waiting for it.":
        'La opinión del MAC se registra mientras la solicitud está en revisión o a la espera de ella.',
    "The meeting's pack as one PDF (cover, participants, agenda, each item with its papers), in the print preview.":
        'El dossier de la reunión en un solo PDF (portada, participantes, orden del día, cada punto con sus documentos), en la vista previa de impresión.',
    'The minima add up to {total} seats but there are only {seats} ({attribute}: {parts}). Each candidate counts for one of these rules at most, so no slate can meet them all; lower some of them or add seats.':
        'Los mínimos suman {total} puestos pero solo hay {seats} ({attribute}: {parts}). Cada candidato cuenta como máximo para una de estas reglas, así que ninguna lista puede cumplirlas todas; reduzca algunas o añada puestos.',
    "The minutes are not started. Starting them copies the agenda: each item's record opens with its presenter and the decision sought.":
        'El acta no está iniciada. Al iniciarla se copia el orden del día: el registro de cada punto comienza con su presentador y la decisión solicitada.',
    "The Multi-stakeholder Advisory Committee's opinion on this candidate":
        'La opinión del Comité Asesor de Múltiples Partes Interesadas sobre este candidato',
    "The Multi-stakeholder Advisory Committee's opinion, when it gives one":
        'La opinión del Comité Asesor de Múltiples Partes Interesadas, cuando la emite',
    'The name is longer than 300 characters.':
        'El nombre supera los 300 caracteres.',
    "The network's reporting export, CSV or Excel (.xlsx): one row per activity with organisation, programme, year, title and category; initiative, countries, SDGs, change in practice, highlight and submission date are optional. Nothing is written while any row has a problem.":
        'La exportación de informes de la red, CSV o Excel (.xlsx): una fila por actividad con la organización, el programa, el año, el título y la categoría; la iniciativa, los países, los ODS, el cambio en la práctica, lo más destacado y la fecha de presentación son opcionales. No se escribe nada mientras alguna fila tenga un problema.',
    'The number of days cannot be negative.':
        'El número de días no puede ser negativo.',
    "The organisation's designated representative and alternate: someone already recorded, or a new person added with the application.":
        'El representante designado de la organización y su suplente: alguien ya registrado, o una persona nueva añadida con la solicitud.',
    'The parent organisation no longer exists.':
        'La organización matriz ya no existe.',
    'The PDF was saved as {path}.':
        'El PDF se guardó como {path}.',
    'The printer could not be started.':
        'No se pudo iniciar la impresora.',
    'The process has no lead criteria yet, so there is nothing to score.':
        'El proceso aún no tiene criterios de liderazgo, así que no hay nada que puntuar.',
    'The programme whose leadership is shown':
        'El programa cuya dirección se muestra',
    "The programme's renewal processes, newest first":
        'Los procesos de renovación del programa, del más reciente al más antiguo',
    'The progress report (Tasks | Progress | Next steps) as of today, in the print preview, where it can be printed or saved as PDF.':
        'El informe de avance (Tareas | Avance | Próximos pasos) a día de hoy, en la vista previa de impresión, donde puede imprimirse o guardarse como PDF.',
    'The proposed slate':
        'La lista propuesta',
    'The proposed slate is the best total score that meets every rule; your picks are checked against the same rules.':
        'La lista propuesta es la mejor puntuación total que cumple cada regla; sus elecciones se comprueban con las mismas reglas.',
    "The rate is partners who reported / partners expected to report: excused partners are left out, late reports count (and are shown as late). The dashed line is the strategy's 75% target.":
        'La tasa es socios que informaron / socios que debían informar: se excluyen los socios dispensados, los informes tardíos cuentan (y se muestran como tardíos). La línea discontinua es el objetivo del 75 % de la estrategia.',
    "The reason is added to the step's evidence notes.":
        'El motivo se añade a las notas de las pruebas del paso.',
    'The reasons, as the letter will give them':
        'Los motivos, tal como los dará la carta',
    'The record was changed elsewhere while this was being saved, so nothing was saved; reopen it to see the latest version.':
        'El registro se cambió en otro lugar mientras se guardaba, así que no se guardó nada; vuelva a abrirlo para ver la última versión.',
    'The renewal process was changed since you opened it; reload it to see the latest version.':
        'El proceso de renovación cambió desde que lo abrió; vuelva a cargarlo para ver la última versión.',
    'The renewed term must end after it starts.':
        'El mandato renovado debe terminar después de empezar.',
    'The renewed term must end after the current one.':
        'El mandato renovado debe terminar después del actual.',
    'The reporting cycle was changed since you opened it; reopen it to see the latest version.':
        'El ciclo de informes cambió desde que lo abrió; vuelva a abrirlo para ver la última versión.',
    "The round's rules cannot be used: {reason} Fix them in Seats and rules.":
        'Las reglas de la ronda no pueden usarse: {reason} Corríjalas en Puestos y reglas.',
    'The rule is met with room to spare.':
        'La regla se cumple con margen.',
    'The rule is met, but one change could break it.':
        'La regla se cumple, pero un cambio podría romperla.',
    'The rule is not met.':
        'La regla no se cumple.',
    'The rules cannot all be met together.':
        'Las reglas no pueden cumplirse todas a la vez.',
    'The rules cannot all be met; finding out why…':
        'No pueden cumplirse todas las reglas; buscando el motivo…',
    'The rules conflict in {n} separate ways, so dropping a single rule cannot settle it: each conflict needs a change of its own.':
        'Las reglas entran en conflicto de {n} maneras distintas, así que abandonar una sola regla no basta: cada conflicto necesita su propio cambio.',
    'The rules that would break':
        'Las reglas que se romperían',
    'The rules, pool, slate, balance, alternates and your notes as a printable PDF':
        'Las reglas, el grupo de candidatos, la lista, el equilibrio, los suplentes y sus notas como PDF imprimible',
    'The same number gives the same network.':
        'El mismo número da la misma red.',
    'The scenarios differ on this rule':
        'Los escenarios difieren en esta regla',
    'The screening checklist is not complete. Not done: {items}. Tick them first, or give a reason to go ahead anyway; the reason and the items not done are kept in the history.':
        'La lista de comprobación de la preselección no está completa. Sin hacer: {items}. Márquelos primero, o indique un motivo para continuar de todos modos; el motivo y los elementos sin hacer se conservan en el historial.',
    'The seats and pins alone cannot be met, whatever the rules say.':
        'Los puestos y las fijaciones por sí solos no pueden cumplirse, digan lo que digan las reglas.',
    'The seats, rules or pins have changed since this answer: press Propose again.':
        'Los puestos, las reglas o las fijaciones cambiaron desde esta respuesta: pulse Proponer de nuevo.',
    'The slate with the best total review score that meets every rule and pin (or, if there is none, why)':
        'La lista con la mejor puntuación total de evaluación que cumple cada regla y fijación (o, si no la hay, por qué)',
    'The statement of interest, as sent':
        'La declaración de interés, tal como se envió',
    "The system's language":
        'El idioma del sistema',
    'The term must end after it starts.':
        'El mandato debe terminar después de empezar.',
    "The user guide is not installed with this copy of OPN Desk. It is docs/USER_GUIDE.md in OPN Desk's source.":
        'La guía del usuario no está instalada con esta copia de OPN Desk. Está en docs/USER_GUIDE.md en el código fuente de OPN Desk.',
    'The warning below does not stop the import.':
        'La advertencia de abajo no impide la importación.',
    'The {count} warnings below do not stop the import.':
        'Las {count} advertencias de abajo no impiden la importación.',
    'Their scores on this application count again. You can undo this with Edit › Undo.':
        'Sus puntuaciones en esta solicitud vuelven a contar. Puede deshacerlo con Editar › Deshacer.',
    'then {group}':
        'luego {group}',
    'There are no backups of {name} yet.':
        'Aún no hay copias de seguridad de {name}.',
    'There are no organisations in this database yet. Add the first with New organisation, or try OPN Desk on File › New demo database.':
        'Aún no hay organizaciones en esta base de datos. Añada la primera con Nueva organización, o pruebe OPN Desk con Archivo › Nueva base de demostración.',
    'There is no core-partner call yet. Add one under Applications › Calls and evaluation criteria; its screened applications become the pool.':
        'Aún no hay convocatoria de socios principales. Añada una en Solicitudes › Convocatorias y criterios de evaluación; sus solicitudes preseleccionadas forman el grupo de candidatos.',
    'There is no database at {path}.':
        'No hay ninguna base de datos en {path}.',
    'There is no file at {path}.':
        'No hay ningún archivo en {path}.',
    'There is nothing to redo.':
        'No hay nada que rehacer.',
    'There is nothing to undo.':
        'No hay nada que deshacer.',
    'These rules cannot all be met together:':
        'Estas reglas no pueden cumplirse todas a la vez:',
    'This application answers no call, so it is not scored: network members join without a review.':
        'Esta solicitud no responde a ninguna convocatoria, por lo que no se puntúa: los miembros de la red se incorporan sin evaluación.',
    'This application answers no call, so there are no criteria to score it on.':
        'Esta solicitud no responde a ninguna convocatoria, así que no hay criterios con que puntuarla.',
    'This area is not built yet. Until it is, keep this work where you keep it today; the organisations registry is ready to use.':
        'Esta área aún no está construida. Mientras tanto, mantenga este trabajo donde lo tiene hoy; el registro de organizaciones está listo para usarse.',
    'This column is not sortable.':
        'Esta columna no se puede ordenar.',
    'This database is damaged (SQLite reports: {damage}). It is open read-only, so nothing more is written into it.':
        'Esta base de datos está dañada (SQLite informa: {damage}). Está abierta en modo de solo lectura, así que no se escribe nada más en ella.',
    'This database is open in OPN Desk by {who}, so it is open here read-only: you can look things up but not change them.':
        'Esta base de datos está abierta en OPN Desk por {who}, así que aquí se abre en modo de solo lectura: puede consultar, pero no cambiar nada.',
    'This database is open read-only.':
        'Esta base de datos está abierta en modo de solo lectura.',
    'This database is open read-only: you can look, propose and compare, but not pick, pin or save.':
        'Esta base de datos está abierta en modo de solo lectura: puede consultar, proponer y comparar, pero no elegir, fijar ni guardar.',
    'This database is open read-only; changes cannot be saved.':
        'Esta base de datos está abierta en modo de solo lectura; los cambios no pueden guardarse.',
    'This incumbent also applied to the call; propose its application instead.':
        'Este titular también se presentó a la convocatoria; proponga su solicitud en su lugar.',
    'This incumbent has not said it seeks renewal; record that first.':
        'Este titular no ha dicho que solicita la renovación; regístrelo primero.',
    "This laptop writes only its own file into the folder and reads the other laptops' files there. The database itself stays outside the shared folder.":
        'Este portátil solo escribe su propio archivo en la carpeta y lee allí los archivos de los demás portátiles. La base de datos en sí queda fuera de la carpeta compartida.',
    'This laptop: {name}':
        'Este portátil: {name}',
    'This membership has no end date, so there is no term to renew.':
        'Esta membresía no tiene fecha de fin, así que no hay mandato que renovar.',
    'this organisation':
        'esta organización',
    'This organisation may already be in the registry, as one of these:':
        'Puede que esta organización ya esté en el registro, como uno de estos:',
    'This organisation may already be in the registry:':
        'Puede que esta organización ya esté en el registro:',
    'This organisation may already be in the registry: choose “Use this organisation” beside the right one, or “It is a new organisation”.':
        'Puede que esta organización ya esté en el registro: elija “Usar esta organización” junto a la correcta, o “Es una organización nueva”.',
    'This programme has no reporting cycle yet: create one with New cycle…':
        'Este programa aún no tiene ciclo de informes: cree uno con Nuevo ciclo…',
    'This rule cannot be met, whatever the other rules say:':
        'Esta regla no puede cumplirse, digan lo que digan las demás reglas:',
    'Those ticked attended; the others keep how they took part.':
        'Los marcados asistieron; los demás conservan su forma de participación.',
    'Tick':
        'Marcar',
    'Tick each recommendation of the external review once the renewal has considered it; who ticked it and when are recorded.':
        'Marque cada recomendación de la evaluación externa una vez que la renovación la haya considerado; se registra quién la marcó y cuándo.',
    'Tick the checklist item “{text}”':
        'Marcar el elemento “{text}”',
    'Tick to put this candidate on the slate (or double-click the row).':
        'Marque para incluir a este candidato en la lista (o haga doble clic en la fila).',
    'Tick two or more scenarios (or the current picks) to see them side by side.':
        'Marque dos o más escenarios (o las elecciones actuales) para verlos lado a lado.',
    'Tick two or more to compare them:':
        'Marque dos o más para compararlos:',
    'Tick when {name} seeks renewal: it joins the pool.':
        'Marque cuando {name} solicite la renovación: se une al grupo de candidatos.',
    'Tick “Proposed” to put a candidate in the proposed leadership; untick to take it out. Unscored candidates are listed last.':
        'Marque “Propuesto” para incluir a un candidato en la dirección propuesta; desmarque para quitarlo. Los candidatos sin puntuar aparecen al final.',
    'Tick “{item}” for {name}':
        'Marcar “{item}” para {name}',
    'Ticked by':
        'Marcada por',
    'Title':
        'Título',
    'to':
        'a',
    'to come':
        'por celebrarse',
    'To restore a backup, open it without --read-only.':
        'Para restaurar una copia de seguridad, ábrala sin --read-only.',
    'today':
        'hoy',
    'Today':
        'Hoy',
    "Today's automatic backup could not be made: {reason}":
        'No se pudo hacer la copia de seguridad automática de hoy: {reason}',
    'Today. A member whose term has ended stays in office, shown as holding over, until the desk renews it or ends it.':
        'Hoy. Un miembro cuyo mandato terminó sigue en funciones, mostrado como en prórroga, hasta que la secretaría lo renueve o lo termine.',
    'Took part':
        'Participó',
    'Total':
        'Total',
    'Total score':
        'Puntuación total',
    'Travel budget':
        'Presupuesto de viajes',
    'Travel request for {meeting}':
        'Solicitud de viaje para {meeting}',
    'Travel support':
        'Apoyo para viajes',
    'Travel support for {meeting}':
        'Apoyo para viajes para {meeting}',
    'Travel support request':
        'Solicitud de apoyo para viajes',
    'Traveller':
        'Viajero',
    'Trend':
        'Tendencia',
    'Trying the slate with this candidate in…':
        'Probando la lista con este candidato dentro…',
    "Type a country's name or its ISO code":
        'Escriba el nombre de un país o su código ISO',
    'Type part of the name or acronym':
        'Escriba parte del nombre o de la sigla',
    'UN / IGO':
        'ONU / OIG',
    'Undone: {what}':
        'Deshecho: {what}',
    'Unknown author':
        'Autor desconocido',
    'Unpick':
        'Quitar de la elección',
    'Untick the checklist item “{text}”':
        'Desmarcar el elemento “{text}”',
    'Untick to leave the date unset':
        'Desmarque para dejar la fecha sin definir',
    'Untick “{item}” for {name}':
        'Desmarcar “{item}” para {name}',
    'Use as the slate':
        'Usar como lista',
    'Use the closest slate':
        'Usar la lista más cercana',
    'Use the proposed allocation':
        'Usar la asignación propuesta',
    'Use the slate with {who}':
        'Usar la lista con {who}',
    'Use this organisation':
        'Usar esta organización',
    'Use this slate':
        'Usar esta lista',
    'Value':
        'Valor',
    'Value 1 (shown now)':
        'Valor 1 (mostrado ahora)',
    'Value {n}':
        'Valor {n}',
    'Waiting means more than':
        'La espera significa más de',
    'Waiting more than {days} days in a state ({count})':
        'En espera más de {days} días en un estado ({count})',
    'Waiting time in the due list: {n} days':
        'Tiempo de espera en los vencimientos: {n} días',
    'Warning: ':
        'Advertencia: ',
    'warning: {text}':
        'advertencia: {text}',
    'Weekly':
        'Semanal',
    'Weight':
        'Ponderación',
    'Weighted total':
        'Total ponderado',
    'Weighted total {total}, rank {rank} of the scored candidates.':
        'Total ponderado {total}, puesto {rank} entre los candidatos puntuados.',
    'Weights are relative: a criterion weighing 2 counts twice as much as one weighing 1. Scores already given stay; the totals follow the new weight.':
        'Las ponderaciones son relativas: un criterio que pesa 2 cuenta el doble que uno que pesa 1. Las puntuaciones ya dadas se mantienen; los totales siguen la nueva ponderación.',
    'Welcome to OPN Desk':
        'Bienvenido a OPN Desk',
    'WEOG':
        'WEOG',
    'What':
        'Qué',
    'What changed in practice':
        'Qué cambió en la práctica',
    'What does {name} commit for a new term (staff, funds, in kind)?':
        '¿Qué compromete {name} para un nuevo mandato (personal, fondos, en especie)?',
    'What is offered: amount, staff, in-kind support':
        'Lo que se ofrece: importe, personal, apoyo en especie',
    'What is wrong':
        'Qué está mal',
    'What shows the step was done: minutes, decisions, links':
        'Lo que muestra que el paso está hecho: actas, decisiones, enlaces',
    'What to do':
        'Qué hacer',
    'What {laptop} has seen: {seen}':
        'Lo que ha visto {laptop}: {seen}',
    'When':
        'Cuándo',
    'When two slates have the same best score, a fixed order of the candidates settles it, so the same pool and rules always give the same slate.':
        'Cuando dos listas tienen la misma mejor puntuación, un orden fijo de los candidatos decide, de modo que el mismo grupo de candidatos y las mismas reglas siempre dan la misma lista.',
    'When, by whom':
        'Cuándo, por quién',
    'Where the application is':
        'En qué punto está la solicitud',
    'Which field each column fills':
        'Qué campo llena cada columna',
    'Which field each column of the file fills. Columns set to “leave out” are not imported. The matching is remembered for the call.':
        'Qué campo llena cada columna del archivo. Las columnas marcadas como “omitir” no se importan. La correspondencia se recuerda para la convocatoria.',
    'Which incumbent co-leads seek renewal, and their commitments':
        'Qué co-líderes titulares solicitan la renovación, y sus compromisos',
    'Which record to keep':
        'Qué registro conservar',
    'Which slate should the report show?':
        '¿Qué lista debe mostrar el informe?',
    'Who':
        'Quién',
    'Who works with whom':
        'Quién trabaja con quién',
    'Whole page':
        'Página completa',
    'Why':
        'Por qué',
    "Why (kept in the application's history)":
        'Por qué (se conserva en el historial de la solicitud)',
    'Why is step {number} ({title}) reopened?':
        '¿Por qué se reabre el paso {number} ({title})?',
    'Why is {name} proposed? (printed in the dossier)':
        '¿Por qué se propone a {name}? (se imprime en el dossier)',
    'Why it was not accepted; this is quoted in the decision letter':
        'Por qué no se aceptó; se cita en la carta de decisión',
    'Why not this candidate?':
        '¿Por qué no este candidato?',
    'Why not {name}?':
        '¿Por qué no {name}?',
    'Why not {who}? It cannot join without breaking rules.':
        '¿Por qué no {who}? No puede entrar sin romper reglas.',
    'Why not {who}? It could join at no cost.':
        '¿Por qué no {who}? Podría entrar sin coste.',
    'Why not {who}? The slate would lose {lost} points.':
        '¿Por qué no {who}? La lista perdería {lost} puntos.',
    'Why the partner is excused this year':
        'Por qué se dispensa al socio este año',
    'Why this step is closed before the one before it (recorded with the step, its closing and the audit trail)':
        'Por qué este paso se cierra antes que el anterior (se registra con el paso, su cierre y el registro de auditoría)',
    'Why, by simple counting':
        'Por qué, por simple recuento',
    'Why: {reasons}.':
        'Por qué: {reasons}.',
    'With these seats the least is above the most: this rule cannot be met.':
        'Con estos puestos el mínimo supera el máximo: esta regla no puede cumplirse.',
    'Withdraw':
        'Retirar',
    'Withdraw the application of {name}':
        'Retirar la solicitud de {name}',
    'Withdrawn':
        'Retirada',
    'Withdraw…':
        'Retirar…',
    'Within 3 months':
        'En 3 meses',
    'Within 6 months':
        'En 6 meses',
    'Work on a done step again (a reason is needed)':
        'Volver a trabajar en un paso hecho (se necesita un motivo)',
    'Work plan':
        'Plan de trabajo',
    'Work-stream':
        'Línea de trabajo',
    'Work-streams':
        'Líneas de trabajo',
    'Work-streams of interest':
        'Líneas de trabajo de interés',
    'Works with':
        'Trabaja con',
    'Write an exchange file':
        'Escribir un archivo de intercambio',
    'Write an exchange file…':
        'Escribir un archivo de intercambio…',
    'Write the letter…':
        'Escribir la carta…',
    'Write the reason to override the order (it is recorded with the step), or cancel.':
        'Escriba el motivo para forzar el orden (se registra con el paso), o cancele.',
    'Write this list, as shown (filters, sort, columns), to an Excel workbook':
        'Escribir esta lista, tal como se muestra (filtros, orden, columnas), en un libro de Excel',
    'Write:':
        'Escribir:',
    'Writing an exchange file':
        'Escribiendo un archivo de intercambio',
    'Writing and checking the backup…':
        'Escribiendo y comprobando la copia de seguridad…',
    'Writing the cycle summary…':
        'Escribiendo el resumen del ciclo…',
    'Writing the dossier ({count} candidates)…':
        'Escribiendo el dossier ({count} candidatos)…',
    'Writing the meeting pack…':
        'Escribiendo el dossier de la reunión…',
    'Writing the PDF…':
        'Escribiendo el PDF…',
    'Writing the progress report…':
        'Escribiendo el informe de avance…',
    'Writing the review pack…':
        'Escribiendo el paquete de evaluación…',
    'Writing the roster…':
        'Escribiendo la lista de miembros…',
    'Writing the selection report…':
        'Escribiendo el informe de selección…',
    'Writing {name}…':
        'Escribiendo {name}…',
    'Written comments':
        'Comentarios escritos',
    'Written comments on {item}':
        'Comentarios escritos sobre {item}',
    'Wrote {count} changes not yet seen by {laptop} to {path}.':
        'Se escribieron en {path} {count} cambios aún no vistos por {laptop}.',
    'Wrote {count} changes to {path}.':
        'Se escribieron {count} cambios en {path}.',
    'Wrote {name} ({what})':
        '{name} escrito ({what})',
    'Wrote {path} ({pages} pages)':
        '{path} escrito ({pages} páginas)',
    'Year':
        'Año',
    'Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme against the 75% target, and activities by category.':
        'Informes anuales de los socios: quién aún no ha informado, recordatorios, tasas de presentación de informes por programa frente al objetivo del 75 %, y actividades por categoría.',
    'Years without an entry: {years}.':
        'Años sin entrada: {years}.',
    'yes':
        'sí',
    'Yes':
        'Sí',
    'Yes: its application is the candidate':
        'Sí: su solicitud es la candidata',
    'You can also write it later from Letters and PDFs.':
        'También puede escribirla más tarde desde Cartas y PDF.',
    'You can change it later in Edit › Preferences. The user guide is in Help › User guide.':
        'Puede cambiarlo más tarde en Editar › Preferencias. La guía del usuario está en Ayuda › Guía del usuario.',
    'You can undo it with Edit › Undo, or save the picks as a scenario first.':
        'Puede deshacerlo con Editar › Deshacer, o guardar antes las elecciones como escenario.',
    'You can undo this with Edit › Undo.':
        'Puede deshacerlo con Editar › Deshacer.',
    'Your &name':
        'Su &nombre',
    'Your changes to the details have not been saved yet.':
        'Sus cambios en los datos aún no se han guardado.',
    'Your name as it should appear in the history':
        'Su nombre tal como debe aparecer en el historial',
    'Your notes on this round: the trade-offs made and why. They go into the selection report.':
        'Sus notas sobre esta ronda: las concesiones hechas y por qué. Se incluyen en el informe de selección.',
    'Zoom':
        'Zoom',
    '{apps} applications ({new} new organisations, {linked} linked to the registry, {people} new people)':
        '{apps} solicitudes ({new} organizaciones nuevas, {linked} vinculadas al registro, {people} personas nuevas)',
    '{attribute}, each value':
        '{attribute}, cada valor',
    '{attribute}: {value}':
        '{attribute}: {value}',
    '{codes} is not a country code (ISO3) the desk knows.':
        '{codes} no es un código de país (ISO3) que conozca la secretaría.',
    '{code} already has a reporting cycle for {year}.':
        '{code} ya tiene un ciclo de informes para {year}.',
    '{code} has no reporting cycle for {year}{known}.':
        '{code} no tiene ciclo de informes para {year}{known}.',
    '{code} leadership renewal dossier ({kind})':
        'Dossier de renovación de la dirección de {code} ({kind})',
    '{code} leadership renewal summary ({kind})':
        'Resumen de la renovación de la dirección de {code} ({kind})',
    '{code} leadership renewal {year}':
        'Renovación de la dirección de {code} {year}',
    '{code} roster as of {day}':
        'Lista de miembros de {code} al {day}',
    '{code} {year}: {reported} of {partners} partners reported ({rate:.0%}), {verdict}; {late} late, {very_late} very late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. Deadline {deadline}.':
        '{code} {year}: {reported} de {partners} socios informaron ({rate:.0%}), {verdict}; {late} con retraso, {very_late} con mucho retraso, {excused} dispensados; {missing} no informaron, {repeated} de ellos reiteradamente. Plazo {deadline}.',
    '{count} applications':
        '{count} solicitudes',
    '{count} applications; open {start} to {end}':
        '{count} solicitudes; abrir de {start} a {end}',
    '{count} candidates ({applicants} applications, {incumbents} incumbents seeking renewal without one); {proposed} proposed':
        '{count} candidatos ({applicants} solicitudes, {incumbents} titulares que solicitan la renovación sin solicitud); {proposed} propuestos',
    '{count} columns will be imported; * marks the required fields.':
        'Se importarán {count} columnas; * marca los campos obligatorios.',
    '{count} core initiatives are left with fewer than two partners holding a role in their programme: {titles}. Add a partner or make them affiliated.':
        'A {count} iniciativas principales les quedan menos de dos socios con una función en su programa: {titles}. Añada un socio o conviértalas en afiliadas.',
    '{count} criteria; weights add up to {total}. A criterion with scores cannot be removed, but its weight can change.':
        '{count} criterios; las ponderaciones suman {total}. Un criterio con puntuaciones no puede quitarse, pero su ponderación puede cambiar.',
    '{count} decisions wait':
        '{count} decisiones pendientes',
    '{count} decisions wait…':
        '{count} decisiones pendientes…',
    '{count} found.':
        '{count} encontrados.',
    '{count} in this database':
        '{count} en esta base de datos',
    '{count} initiatives':
        '{count} iniciativas',
    '{count} meetings, {ahead} to come':
        '{count} reuniones, {ahead} por celebrarse',
    '{count} organisations':
        '{count} organizaciones',
    '{count} pairs of organisations share initiatives; the {most} most connected organisations are drawn.':
        '{count} pares de organizaciones comparten iniciativas; se dibujan las {most} organizaciones más conectadas.',
    '{count} problems: nothing will be written until they are corrected in the file or the mapping.':
        '{count} problemas: no se escribirá nada hasta que se corrijan en el archivo o en la correspondencia.',
    '{count} reminder drafts written to {folder}. Open each in your mail program to send it.':
        '{count} borradores de recordatorio escritos en {folder}. Abra cada uno en su programa de correo para enviarlo.',
    '{count} reviewer(s) left out for a conflict':
        '{count} evaluador(es) excluido(s) por conflicto',
    '{count} things due':
        '{count} vencimientos',
    "{count} things need the desk's attention. Double-click one to open it.":
        '{count} asuntos requieren la atención de la secretaría. Haga doble clic en uno para abrirlo.',
    '{count} warnings were noted (shown on the previous page); for organisations that may be duplicates, merge them in the registry if they are the same.':
        'Se anotaron {count} advertencias (mostradas en la página anterior); si hay organizaciones que pueden ser duplicadas, fusiónelas en el registro si son la misma.',
    '{count} · {bounds}':
        '{count} · {bounds}',
    '{decision} on {day}':
        '{decision} el {day}',
    '{done} complete reviews; {needed} needed':
        '{done} evaluaciones completas; se necesitan {needed}',
    '{done} of {all} checks done':
        '{done} de {all} comprobaciones hechas',
    '{done} of {needed} complete reviews':
        '{done} de {needed} evaluaciones completas',
    '{done} of {total} checks done.':
        '{done} de {total} comprobaciones hechas.',
    '{field}: {count} different values':
        '{field}: {count} valores diferentes',
    '{gone} becomes another name of {kept}; its people, memberships, applications and history move to {kept}. You can undo this with Edit › Undo.':
        '{gone} pasa a ser otro nombre de {kept}; sus personas, membresías, solicitudes e historial pasan a {kept}. Puede deshacerlo con Editar › Deshacer.',
    '{group} (changed)':
        '{group} (cambiado)',
    "{invited} organisations invited (the co-leads and core partners in office on the meeting's date, and guest organisations); {confirmed} confirmed, {wrote} sent written comments in advance.":
        '{invited} organizaciones invitadas (los co-líderes y socios principales en funciones en la fecha de la reunión, y las organizaciones invitadas); {confirmed} confirmadas, {wrote} enviaron comentarios escritos con antelación.',
    '{laptop}: up to change {number}':
        '{laptop}: hasta el cambio {number}',
    '{leads} co-leads and {partners} core partners in office on {day}':
        '{leads} co-líderes y {partners} socios principales en funciones el {day}',
    '{low} to {high}':
        '{low} a {high}',
    '{name} (a seat)':
        '{name} (un puesto)',
    '{name} (read-only) — OPN Desk':
        '{name} (solo lectura) — OPN Desk',
    '{name} (weight {weight:g}): mean score':
        '{name} (ponderación {weight:g}): puntuación media',
    '{name} already exists. Use File › Open database to open it.':
        '{name} ya existe. Use Archivo › Abrir una base de datos para abrirla.',
    '{name} already exists; the demo network is written to a new file only.':
        '{name} ya existe; la red de demostración solo se escribe en un archivo nuevo.',
    '{name} applied to this call; its application is {status}, so it is not in the pool.':
        '{name} se presentó a esta convocatoria; su solicitud está {status}, así que no está en el grupo de candidatos.',
    '{name} applies to be a {role} of {programme}.':
        '{name} solicita ser {role} de {programme}.',
    '{name} by {n} {side}':
        '{name} por {n} {side}',
    '{name} cannot be imported. {reason}':
        '{name} no se puede importar. {reason}',
    '{name} cannot be read: {reason}.':
        'No se puede leer {name}: {reason}.',
    '{name} could not be read: {reason}.':
        'No se pudo leer {name}: {reason}.',
    '{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a weighted review total):':
        '{name} no se presentó, así que no tiene puntuación de evaluación. La puntuación con que se pondera (de 0 a 5, como un total de evaluación ponderado):',
    '{name} does not seek renewal':
        '{name} no solicita la renovación',
    '{name} is already open in OPN Desk by {who}.':
        '{name} ya está abierta en OPN Desk por {who}.',
    '{name} is empty; there is nothing to attach.':
        '{name} está vacío; no hay nada que adjuntar.',
    '{name} is marked as open in OPN Desk by {user} on {computer} since {since}, but OPN Desk cannot tell from here whether it still is.':
        '{name} figura como abierta en OPN Desk por {user} en {computer} desde {since}, pero OPN Desk no puede saber desde aquí si lo sigue estando.',
    '{name} is {size:.1f} MB; attachments can be at most {limit} MB.':
        '{name} ocupa {size:.1f} MB; los adjuntos pueden ocupar como máximo {limit} MB.',
    '{name} is {size:.1f} MB; evidence files can be at most 20 MB.':
        '{name} ocupa {size:.1f} MB; los archivos de pruebas pueden ocupar como máximo 20 MB.',
    '{name} seeks renewal':
        '{name} solicita la renovación',
    '{name} — OPN Desk':
        '{name} — OPN Desk',
    '{name}: a current core partner seeking renewal':
        '{name}: un socio principal actual que solicita la renovación',
    '{name}: from {old} to {new}.':
        '{name}: de {old} a {new}.',
    '{new} new organisations, {linked} linked to the registry, {people} new people':
        '{new} organizaciones nuevas, {linked} vinculadas al registro, {people} personas nuevas',
    '{nth} term, since {year}':
        '{nth} mandato, desde {year}',
    '{n} (review)':
        '{n} (por revisar)',
    '{n} applications':
        '{n} solicitudes',
    '{n} candidates in the pool':
        '{n} candidatos en el grupo',
    '{n} days':
        '{n} días',
    '{n} days overdue':
        '{n} días de retraso',
    '{n} files':
        '{n} archivos',
    '{n} is not an SDG; the goals are numbered 1 to 17.':
        '{n} no es un ODS; los objetivos se numeran del 1 al 17.',
    '{n} leads proposed.':
        '{n} líderes propuestos.',
    '{n} memberships ({active} active)':
        '{n} membresías ({active} activas)',
    '{n} of {seats}':
        '{n} de {seats}',
    '{n} of {total} balance rules broken: {names}.':
        '{n} de {total} reglas de equilibrio incumplidas: {names}.',
    '{n} papers':
        '{n} documentos',
    '{n} people':
        '{n} personas',
    '{n} rules broken':
        '{n} reglas incumplidas',
    '{n} tasks: {done} completed, {ongoing} ongoing, {postponed} postponed, {waiting} not yet started':
        '{n} tareas: {done} completadas, {ongoing} en curso, {postponed} aplazadas, {waiting} aún no iniciadas',
    '{organisation} at {meeting}: {status}':
        '{organisation} en {meeting}: {status}',
    "{path} is a folder; give the PDF file's name.":
        '{path} es una carpeta; indique el nombre del archivo PDF.',
    '{picked} of {seats} seats picked':
        '{picked} de {seats} puestos elegidos',
    "{problem} (see 'opn-desk --help').":
        "{problem} (véase 'opn-desk --help').",
    '{programme} has no leadership renewal process yet. Open one with New renewal process… once the leads and the Secretariat agree on the need.':
        '{programme} aún no tiene un proceso de renovación de la dirección. Abra uno con Nuevo proceso de renovación… cuando los líderes y la Secretaría estén de acuerdo sobre la necesidad.',
    '{programme} has no leadership renewal process.':
        '{programme} no tiene un proceso de renovación de la dirección.',
    '{ranked} of {count} applications ranked.':
        '{ranked} de {count} solicitudes clasificadas.',
    '{rate:.0%} ({reported} of {partners})':
        '{rate:.0%} ({reported} de {partners})',
    '{record} {action}':
        '{record} {action}',
    '{record}: {field} changed':
        '{record}: {field} cambiado',
    '{record}: {field}: {before} → {after}':
        '{record}: {field}: {before} → {after}',
    '{rows} rows checked, no problems. Import will add {what}.':
        '{rows} filas comprobadas, sin problemas. La importación añadirá {what}.',
    '{rows} rows checked, no problems: {activities} activities to import, {submissions} submissions to record, {skipped} rows already recorded.':
        '{rows} filas comprobadas, sin problemas: {activities} actividades por importar, {submissions} presentaciones por registrar, {skipped} filas ya registradas.',
    '{rows} rows checked: 1 problem must be corrected (or its row left out) before anything can be imported.':
        '{rows} filas comprobadas: hay que corregir 1 problema (u omitir su fila) antes de poder importar nada.',
    '{rows} rows checked: {errors} problems must be corrected (or their rows left out) before anything can be imported.':
        '{rows} filas comprobadas: hay que corregir {errors} problemas (u omitir sus filas) antes de poder importar nada.',
    '{rule} alone needs at least {least} seats, but there are only {seats}: no slate can meet it.':
        '{rule} por sí sola necesita al menos {least} puestos, pero solo hay {seats}: ninguna lista puede cumplirla.',
    '{rule} needs {least}':
        '{rule} necesita {least}',
    '{rule} needs {least} for each of its {values} values':
        '{rule} necesita {least} para cada uno de sus {values} valores',
    '{rule}: choose the attribute it counts.':
        '{rule}: elija el atributo que cuenta.',
    '{rule}: give at least or at most.':
        '{rule}: indique al menos o como máximo.',
    '{shown} of {all}':
        '{shown} de {all}',
    '{shown} of {total} activities':
        '{shown} de {total} actividades',
    '{shown} of {total} partners':
        '{shown} de {total} socios',
    '{shown} of {total} partners; health dropped for {dropped}':
        '{shown} de {total} socios; la salud bajó en {dropped}',
    '{size:.1f} MB':
        '{size:.1f} MB',
    '{size} KB':
        '{size} KB',
    '{task}: {status}':
        '{task}: {status}',
    '{text!r} is not a date; write it as YYYY-MM-DD.':
        '{text!r} no es una fecha; escríbala como AAAA-MM-DD.',
    '{title} (opened {day})':
        '{title} (abierto el {day})',
    '{title} ({programme}, closes {closes})':
        '{title} ({programme}, cierra el {closes})',
    '{title} ({start} to {end})':
        '{title} (del {start} al {end})',
    '{title} ({start} to {end}, {count} applications)':
        '{title} (del {start} al {end}, {count} solicitudes)',
    '{title}{older} · opened {day} · {call} · now at {where}':
        '{title}{older} · abierto el {day} · {call} · ahora en {where}',
    '{took} of {invited}':
        '{took} de {invited}',
    '{took} of {invited} invited organisations took part (attended or sent written comments in advance, which counts as participation).':
        '{took} de {invited} organizaciones invitadas participaron (asistieron o enviaron comentarios escritos con antelación, lo que cuenta como participación).',
    '{value!r} is not a number.':
        '{value!r} no es un número.',
    '{value!r} is not an activity category; use one of: {choices}.':
        '{value!r} no es una categoría de actividad; use una de: {choices}.',
    '{value!r} is not an initiative status; use one of: {choices}.':
        '{value!r} no es un estado de iniciativa; use uno de: {choices}.',
    "{what} '{text}' is neither a number of seats (2) nor a share of the seats (40%).":
        "{what} '{text}' no es ni un número de puestos (2) ni una parte de los puestos (40%).",
    '{what} {text} is more than all the seats.':
        '{what} {text} supera el total de puestos.',
    '{what} {text} is not a whole number of seats.':
        '{what} {text} no es un número entero de puestos.',
    '{who} could replace {whom} ({change:+.2f} to the score)':
        '{who} podría sustituir a {whom} ({change:+.2f} en la puntuación)',
    '{who}, {when}':
        '{who}, {when}',
    '{year} is not a reporting year (2000 to 2100).':
        '{year} no es un año de informe (2000 a 2100).',
    '— (set when the step is closed)':
        '— (se fija al cerrar el paso)',
    '“{text}”: how was it considered?':
        '“{text}”: ¿cómo se consideró?',
    '“{website}” is not a web address; write it like www.example.org.':
        '“{website}” no es una dirección web; escríbala como www.example.org.',
    '‹ Previous':
        '‹ Anterior',
}
