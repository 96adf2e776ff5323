"""Spanish words of the Meetings and Work plan areas' year-two window (issue 15: the minutes approved, guests from the registry, the final pack, the work plan exported)."""

TRANSLATIONS: dict[str, str] = {
    "The meeting's pack as one PDF (cover, participants, agenda, each item with its papers, the minutes), in the print preview: the draft, or the final pack without the DRAFT mark.":
        'La carpeta de la reunión en un solo PDF (portada, participantes, orden del día, cada punto con sus documentos, el acta), en la vista previa de impresión: el borrador, o la carpeta final sin la marca BORRADOR.',
    'Draft pack…':
        'Borrador de la carpeta…',
    'Final pack…':
        'Carpeta final…',
    'The pack as sent or filed: no DRAFT mark (as `opn-desk report meeting-pack --final`).':
        'La carpeta tal como se envía o archiva: sin la marca BORRADOR (como `opn-desk report meeting-pack --final`).',
    'Final meeting pack: {title}':
        'Carpeta final de la reunión: {title}',
    'Draft meeting pack: {title}':
        'Borrador de la carpeta de la reunión: {title}',
    'Draft (not yet approved).':
        'Borrador (aún no aprobada).',
    'Start the minutes':
        'Iniciar el acta',
    'Start the minutes from a copy of the agenda.':
        'Iniciar el acta a partir de una copia del orden del día.',
    'Approve…':
        'Aprobar…',
    'The minutes approved at a later meeting or by written procedure; approved minutes cannot be changed.':
        'El acta aprobada en una reunión posterior o por procedimiento escrito; un acta aprobada ya no puede modificarse.',
    '{approval} Approved minutes are read-only.':
        '{approval} Un acta aprobada es de solo lectura.',
    'Draft minutes, started on {day} from the agenda.':
        'Borrador del acta, iniciado el {day} a partir del orden del día.',
    'Approve the minutes of {meeting}':
        'Aprobar el acta de {meeting}',
    'Approve':
        'Aprobar',
    'At {meeting}':
        'En {meeting}',
    'By written procedure':
        'Por procedimiento escrito',
    'e.g. the advisory committee':
        'p. ej., el comité asesor',
    'Approved minutes cannot be changed; Undo takes an approval back.':
        'Un acta aprobada no puede modificarse; Deshacer retira una aprobación.',
    'How':
        'Cómo',
    'Approved by':
        'Aprobada por',
    'On (written procedure)':
        'El (procedimiento escrito)',
    'Add a guest':
        'Añadir un invitado',
    'A person, or an organisation not in the registry':
        'Una persona, o una organización que no está en el registro',
    "An organisation of the registry is invited like the partners: its participation counts in its partnership health. Otherwise type the guest's name.":
        'Una organización del registro se invita como los socios: su participación cuenta en la salud de su asociación. Si no, escriba el nombre del invitado.',
    'Or name':
        'O nombre',
    'Affiliation':
        'Afiliación',
    'Add guest…':
        'Añadir invitado…',
    'An organisation of the registry, or a name typed as it comes.':
        'Una organización del registro, o un nombre escrito tal cual.',
    'How the selected invitee took part':
        'Cómo participó el invitado seleccionado',
    'The minutes are approved: the attendance they record cannot be changed.':
        'El acta está aprobada: la asistencia que registra ya no puede modificarse.',
    'Invite {organisation} to {meeting}':
        'Invitar a {organisation} a {meeting}',
    'Guest {name} at {meeting}':
        'Invitado {name} en {meeting}',
    'Starts':
        'Inicio',
    'Latest progress':
        'Último avance',
    'The minutes of {meeting} were approved on {day}; approved minutes cannot be changed.':
        'El acta de {meeting} se aprobó el {day}; un acta aprobada no puede modificarse.',
    'The minutes of {meeting} are not started; start them from the agenda before approving them.':
        'El acta de {meeting} no está iniciada; iníciela a partir del orden del día antes de aprobarla.',
    'The minutes of {meeting} were already approved on {day}.':
        'El acta de {meeting} ya se aprobó el {day}.',
    'Say who approved the minutes (for example the advisory committee, or its members by written procedure).':
        'Indique quién aprobó el acta (por ejemplo, el comité asesor, o sus miembros por procedimiento escrito).',
    'Minutes are approved at a later meeting of the same programme; {title} ({day}) is not one.':
        'Un acta se aprueba en una reunión posterior del mismo programa; {title} ({day}) no lo es.',
    'Give the day the written procedure approved the minutes.':
        'Indique el día en que el procedimiento escrito aprobó el acta.',
    'Minutes cannot be approved before their meeting ({day}).':
        'Un acta no puede aprobarse antes de su reunión ({day}).',
    'Minutes cannot be approved on a day still to come ({day}).':
        'Un acta no puede aprobarse en una fecha futura ({day}).',
    'Approved on {day} by {by} at {meeting} ({held}).':
        'Aprobada el {day} por {by} en {meeting} ({held}).',
    'Approved on {day} at {meeting} ({held}).':
        'Aprobada el {day} en {meeting} ({held}).',
    'Approved on {day}.':
        'Aprobada el {day}.',
    'Approved on {day} by {by}, by written procedure.':
        'Aprobada el {day} por {by}, por procedimiento escrito.',
}
