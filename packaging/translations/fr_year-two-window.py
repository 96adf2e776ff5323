"""French words of the Meetings and Work plan areas' year-two window (issue 15: the minutes approved, guests from the registry, the final pack, the work plan exported)."""

TRANSLATIONS: dict[str, str] = {
    "The meeting's pack as one PDF (cover, participants, agenda, each item with its papers, the minutes), in the print preview: the draft, or the final pack without the DRAFT mark.":
        'Le dossier de la réunion en un seul PDF (couverture, participants, ordre du jour, chaque point avec ses documents, le procès-verbal), dans l’aperçu avant impression : le projet, ou le dossier final sans la mention PROJET.',
    'Draft pack…':
        'Projet de dossier…',
    'Final pack…':
        'Dossier final…',
    'The pack as sent or filed: no DRAFT mark (as `opn-desk report meeting-pack --final`).':
        'Le dossier tel qu’envoyé ou archivé : sans la mention PROJET (comme `opn-desk report meeting-pack --final`).',
    'Final meeting pack: {title}':
        'Dossier final de la réunion : {title}',
    'Draft meeting pack: {title}':
        'Projet de dossier de la réunion : {title}',
    'Draft (not yet approved).':
        'Projet (pas encore approuvé).',
    'Start the minutes':
        'Commencer le procès-verbal',
    'Start the minutes from a copy of the agenda.':
        'Commencer le procès-verbal à partir d’une copie de l’ordre du jour.',
    'Approve…':
        'Approuver…',
    'The minutes approved at a later meeting or by written procedure; approved minutes cannot be changed.':
        'Le procès-verbal approuvé lors d’une réunion ultérieure ou par procédure écrite ; un procès-verbal approuvé ne peut plus être modifié.',
    '{approval} Approved minutes are read-only.':
        '{approval} Un procès-verbal approuvé est en lecture seule.',
    'Draft minutes, started on {day} from the agenda.':
        'Projet de procès-verbal, commencé le {day} à partir de l’ordre du jour.',
    'Approve the minutes of {meeting}':
        'Approuver le procès-verbal de {meeting}',
    'Approve':
        'Approuver',
    'At {meeting}':
        'Lors de {meeting}',
    'By written procedure':
        'Par procédure écrite',
    'e.g. the advisory committee':
        'p. ex. le comité consultatif',
    'Approved minutes cannot be changed; Undo takes an approval back.':
        'Un procès-verbal approuvé ne peut plus être modifié ; Annuler retire une approbation.',
    'How':
        'Comment',
    'Approved by':
        'Approuvé par',
    'On (written procedure)':
        'Le (procédure écrite)',
    'Add a guest':
        'Ajouter un invité',
    'A person, or an organisation not in the registry':
        'Une personne, ou une organisation absente du registre',
    "An organisation of the registry is invited like the partners: its participation counts in its partnership health. Otherwise type the guest's name.":
        'Une organisation du registre est invitée comme les partenaires : sa participation compte dans la santé de son partenariat. Sinon, saisissez le nom de l’invité.',
    'Or name':
        'Ou nom',
    'Affiliation':
        'Affiliation',
    'Add guest…':
        'Ajouter un invité…',
    'An organisation of the registry, or a name typed as it comes.':
        'Une organisation du registre, ou un nom saisi tel quel.',
    'How the selected invitee took part':
        'Comment l’invité sélectionné a participé',
    'The minutes are approved: the attendance they record cannot be changed.':
        'Le procès-verbal est approuvé : les présences qu’il consigne ne peuvent plus être modifiées.',
    'Invite {organisation} to {meeting}':
        'Inviter {organisation} à {meeting}',
    'Guest {name} at {meeting}':
        'Invité {name} à {meeting}',
    'Starts':
        'Début',
    'Latest progress':
        'Dernier avancement',
    'The minutes of {meeting} were approved on {day}; approved minutes cannot be changed.':
        'Le procès-verbal de {meeting} a été approuvé le {day} ; un procès-verbal approuvé ne peut plus être modifié.',
    'The minutes of {meeting} are not started; start them from the agenda before approving them.':
        'Le procès-verbal de {meeting} n’est pas commencé ; commencez-le à partir de l’ordre du jour avant de l’approuver.',
    'The minutes of {meeting} were already approved on {day}.':
        'Le procès-verbal de {meeting} a déjà été approuvé le {day}.',
    'Say who approved the minutes (for example the advisory committee, or its members by written procedure).':
        'Indiquez qui a approuvé le procès-verbal (par exemple le comité consultatif, ou ses membres par procédure écrite).',
    'Minutes are approved at a later meeting of the same programme; {title} ({day}) is not one.':
        'Un procès-verbal est approuvé lors d’une réunion ultérieure du même programme ; {title} ({day}) n’en est pas une.',
    'Give the day the written procedure approved the minutes.':
        'Indiquez le jour où la procédure écrite a approuvé le procès-verbal.',
    'Minutes cannot be approved before their meeting ({day}).':
        'Un procès-verbal ne peut pas être approuvé avant sa réunion ({day}).',
    'Minutes cannot be approved on a day still to come ({day}).':
        'Un procès-verbal ne peut pas être approuvé à une date à venir ({day}).',
    'Approved on {day} by {by} at {meeting} ({held}).':
        'Approuvé le {day} par {by} lors de {meeting} ({held}).',
    'Approved on {day} at {meeting} ({held}).':
        'Approuvé le {day} lors de {meeting} ({held}).',
    'Approved on {day}.':
        'Approuvé le {day}.',
    'Approved on {day} by {by}, by written procedure.':
        'Approuvé le {day} par {by}, par procédure écrite.',
}
