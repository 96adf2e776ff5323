"""French translations of OPN Desk's strings, keyed by the English source text.

packaging/update_translations.py writes them into resources/translations/opn_desk_fr.ts after
pyside6-lupdate, then compiles the .qm. Add or correct a sentence here (never in the .ts by hand: the
next update would keep it, but this file is where the words are reviewed). Placeholders ({name}, %n),
&-accelerators and HTML tags must stay as in the source (tests/test_languages.py checks).
Vocabulary: the desk's own words, as opn_desk/domain/vocab.py gives them (core partner = partenaire principal, co-lead = co-responsable, application = candidature, call = appel).
"""

TRANSLATIONS: dict[str, str] = {
    ' (an earlier process: the dossier is of the latest)':
        ' (un processus antérieur : le dossier est celui du plus récent)',
    ' (and {count} more)':
        ' (et {count} de plus)',
    ' (forgotten)':
        ' (oublié)',
    ' (order overridden)':
        ' (ordre forcé)',
    ' ({n} at the edge).':
        ' ({n} à la limite).',
    ' days':
        ' jours',
    ' match':
        ' correspondent',
    ' {n} at the edge: one change could break them.':
        ' {n} à la limite : un changement pourrait les rompre.',
    '&About OPN Desk':
        'À &propos d’OPN Desk',
    '&Accept':
        '&Accepter',
    '&Applications':
        '&Candidatures',
    '&Backup now':
        '&Sauvegarder maintenant',
    '&Call':
        '&Appel',
    '&Closes on':
        '&Clôture le',
    '&Country':
        '&Pays',
    '&Decided on':
        '&Décidé le',
    '&Delete organisation…':
        '&Supprimer l’organisation…',
    '&Description':
        '&Description',
    '&Due list':
        '&Échéances',
    '&E-mail':
        '&Courriel',
    '&Edit':
        'É&dition',
    '&Ends on':
        '&Se termine le',
    '&Export organisations…':
        '&Exporter les organisations…',
    '&File':
        '&Fichier',
    '&Find':
        '&Rechercher',
    '&Gender (as stated)':
        '&Genre (tel que déclaré)',
    '&Help':
        '&Aide',
    '&Import':
        '&Importer',
    '&Keyboard shortcuts':
        '&Raccourcis clavier',
    '&Language':
        '&Langue',
    '&Letterhead':
        '&En-tête',
    '&Name':
        '&Nom',
    '&New database…':
        '&Nouvelle base de données…',
    '&New organisation':
        '&Nouvelle organisation',
    '&Not accept':
        '&Ne pas accepter',
    '&Note':
        '&Note',
    '&Notes':
        '&Notes',
    '&Open database…':
        '&Ouvrir une base de données…',
    '&Opened on':
        '&Ouvert le',
    '&Opens on':
        '&Ouvert le',
    '&Organisation':
        '&Organisation',
    '&Organisations':
        '&Organisations',
    '&Organisations and their people (a partner list)':
        'Des &organisations et leurs personnes (une liste de partenaires)',
    '&Override reason':
        '&Raison de passer outre',
    '&Phone':
        '&Téléphone',
    '&Preferences…':
        '&Préférences…',
    '&Programme':
        '&Programme',
    '&Quit':
        '&Quitter',
    '&Rationale':
        '&Justification',
    '&Rationale (required)':
        '&Justification (obligatoire)',
    '&Reason':
        '&Raison',
    '&Reason (required)':
        '&Raison (obligatoire)',
    '&Reason to override the order':
        '&Raison de forcer l’ordre',
    '&Record application…':
        '&Enregistrer une candidature…',
    '&Redo':
        '&Rétablir',
    '&Redo {what}':
        '&Rétablir {what}',
    '&Restore from backup…':
        '&Restaurer une sauvegarde…',
    '&Role':
        '&Rôle',
    '&Save organisation':
        '&Enregistrer l’organisation',
    '&Seed':
        '&Graine',
    '&Title':
        '&Titre',
    '&Undo':
        '&Annuler',
    '&Undo {what}':
        '&Annuler {what}',
    '&User guide':
        '&Guide de l’utilisateur',
    '&Website':
        'Site &web',
    '&Weight':
        '&Pondération',
    '&Withdrawn':
        '&Retirée',
    '&Year':
        '&Année',
    '(attribute: value)':
        '(attribut : valeur)',
    '(by its name)':
        '(par son nom)',
    '(choose a reviewer of this call)':
        '(choisissez un évaluateur de cet appel)',
    '(choose the organisation first)':
        '(choisissez d’abord l’organisation)',
    '(choose the person)':
        '(choisissez la personne)',
    '(empty)':
        '(vide)',
    '(leave out)':
        '(ignorer)',
    '(no call for this programme and role yet: add one in Applications › Calls and evaluation criteria)':
        '(pas encore d’appel pour ce programme et ce rôle : ajoutez-en un dans Candidatures › Appels et critères d’évaluation)',
    '(no call yet: link it later)':
        '(pas encore d’appel : liez-le plus tard)',
    '(no call)':
        '(aucun appel)',
    '(no name)':
        '(sans nom)',
    '(no people recorded)':
        '(aucune personne enregistrée)',
    '(nobody has scored in this call yet)':
        '(personne n’a encore noté dans cet appel)',
    '(nobody named yet)':
        '(personne de nommé pour l’instant)',
    '(nobody named)':
        '(personne de nommé)',
    '(none given)':
        '(aucune donnée)',
    '(none offered)':
        '(aucune proposée)',
    '(none yet)':
        '(aucune pour l’instant)',
    '(none)':
        '(aucun)',
    '(none: each row names its programme and role)':
        '(aucun : chaque ligne indique son programme et son rôle)',
    '(none: network members may apply at any time)':
        '(aucun : les membres du réseau peuvent postuler à tout moment)',
    '(none: the representative of its role)':
        '(aucun : le représentant de son rôle)',
    '(not assessed)':
        '(non évalué)',
    '(not decided yet)':
        '(pas encore décidé)',
    '(not set)':
        '(non défini)',
    '(the file could not be read)':
        '(le fichier n’a pas pu être lu)',
    '(the meeting as a whole)':
        '(la réunion dans son ensemble)',
    ', notes':
        ', notes',
    ', {n} at the edge':
        ', {n} à la limite',
    '1 application':
        '1 candidature',
    '1 candidate in the pool':
        '1 candidat dans le vivier',
    '1 day':
        '1 jour',
    '1 decision waits':
        '1 décision en attente',
    '1 decision waits…':
        '1 décision en attente…',
    '1 file':
        '1 fichier',
    '1 lead proposed.':
        '1 responsable proposé.',
    '1 membership ({active} active)':
        '1 adhésion ({active} active)',
    '1 organisation':
        '1 organisation',
    '1 person':
        '1 personne',
    '1 rule broken':
        '1 règle non respectée',
    '<b>Weighted total: {total}</b> of {max}':
        '<b>Total pondéré : {total}</b> sur {max}',
    '<b>{name}</b><br>{why}':
        '<b>{name}</b><br>{why}',
    "<h3>OPN Desk {version}</h3><p>The coordination desk's tool for One Planet network programmes.</p><p><b>Database:</b> {database}<br><b>Data folder:</b> {folder}</p>":
        '<h3>OPN Desk {version}</h3><p>L’outil du secrétariat de coordination pour les programmes du One Planet network.</p><p><b>Base de données :</b> {database}<br><b>Dossier des données :</b> {folder}</p>',
    "<p><b>Welcome to OPN Desk</b>, the desk officers' tool for the One Planet network programmes: the registry of organisations, applications, core-partner selection and leadership renewal, in one file on this laptop.</p><p>Every change is kept in the history with the name of who made it. What name should the history give you?</p>":
        '<p><b>Bienvenue dans OPN Desk</b>, l’outil des chargés de secrétariat pour les programmes du One Planet network : le registre des organisations, les candidatures, la sélection des partenaires principaux et le renouvellement de la direction, dans un seul fichier sur cet ordinateur.</p><p>Chaque modification est conservée dans l’historique avec le nom de son auteur. Quel nom l’historique doit-il vous donner ?</p>',
    "<span style='background: #fde3c3;'>reviewers disagree on {criteria}</span>":
        "<span style='background: #fde3c3;'>les évaluateurs divergent sur {criteria}</span>",
    'A call cannot close before it opens.':
        'Un appel ne peut pas se clôturer avant de s’ouvrir.',
    'A call needs a title.':
        'Un appel a besoin d’un titre.',
    'A candidate or current member':
        'Un candidat ou un membre actuel',
    'A checklist item needs a name.':
        'Un élément de liste de vérification a besoin d’un nom.',
    'A checklist item needs its text.':
        'Un élément de la liste a besoin de son texte.',
    'A copy was saved as {path}.':
        'Une copie a été enregistrée sous {path}.',
    "A core initiative is run jointly by two or more partners, the lead included; an affiliated one passes the desk's due diligence.":
        'Une initiative principale est menée conjointement par deux partenaires ou plus, le chef de file compris ; une initiative affiliée passe la diligence raisonnable du secrétariat.',
    'A criterion needs a name.':
        'Un critère a besoin d’un nom.',
    'A CSV or Excel (.xlsx) file with one row per application or organisation and the column names in the first row.':
        'Un fichier CSV ou Excel (.xlsx) avec une ligne par candidature ou organisation et les noms de colonnes sur la première ligne.',
    'A decision cannot be dated before the application was received.':
        'Une décision ne peut pas être datée d’avant la réception de la candidature.',
    'A decision cannot be dated in the future.':
        'Une décision ne peut pas être datée dans le futur.',
    'A former programme has no new renewal process.':
        'Un ancien programme n’a pas de nouveau processus de renouvellement.',
    'A future date shows the terms as they stand today: nobody is assumed to hold over beyond today, and renewals not yet recorded are not shown.':
        'Une date future montre les mandats tels qu’ils sont aujourd’hui : personne n’est supposé rester en fonction au-delà d’aujourd’hui, et les renouvellements pas encore enregistrés ne sont pas montrés.',
    'A highlight of the year (shown in the cycle summary)':
        'Un fait marquant de l’année (affiché dans le résumé du cycle)',
    'A membership cannot end before it started.':
        'Une adhésion ne peut pas se terminer avant d’avoir commencé.',
    'A membership that is still active must end before its application can be reopened, so the history stays true.':
        'Une adhésion encore active doit se terminer avant que sa candidature puisse être rouverte, pour que l’historique reste exact.',
    'A name':
        'Un nom',
    'A ne&w organisation':
        'Une &nouvelle organisation',
    'A new person…':
        'Une nouvelle personne…',
    'A new term of the {what} membership starts on {start}; the current term is kept in the history.':
        'Un nouveau mandat de l’adhésion {what} commence le {start} ; le mandat en cours est conservé dans l’historique.',
    'A new two-year term from {start} to {end} is added; the current term keeps its dates. You can undo this with Edit › Undo.':
        'Un nouveau mandat de deux ans du {start} au {end} est ajouté ; le mandat en cours garde ses dates. Vous pouvez l’annuler avec Édition › Annuler.',
    'A note for the history (optional)':
        'Une note pour l’historique (facultatif)',
    'A number of seats (2) or a share of the seats (40%); empty: no bound':
        'Un nombre de sièges (2) ou une part des sièges (40%) ; vide : pas de borne',
    'A past date: the members in office that day, from the recorded terms.':
        'Une date passée : les membres en fonction ce jour-là, d’après les mandats enregistrés.',
    'A person needs a name.':
        'Une personne a besoin d’un nom.',
    'A report for {year} cannot have been submitted on {day}.':
        'Un rapport pour {year} ne peut pas avoir été soumis le {day}.',
    'A reviewer from the applicant, its parent or its affiliates cannot score it. Leave a criterion at “not scored” to score it later.':
        'Un évaluateur venant du candidat, de son organisation mère ou de ses affiliés ne peut pas le noter. Laissez un critère sur « non noté » pour le noter plus tard.',
    'A reviewer from the incumbent, its parent or its affiliates cannot score it.':
        'Un évaluateur venant du titulaire, de son organisation mère ou de ses affiliés ne peut pas le noter.',
    'A reviewer who declares a conflict with {name} cannot score it; scores they gave before are kept but no longer count.':
        'Un évaluateur qui déclare un conflit avec {name} ne peut pas le noter ; les notes qu’il a données avant sont conservées mais ne comptent plus.',
    'A scenario needs a name.':
        'Un scénario a besoin d’un nom.',
    'A scenario needs at least one selected candidate.':
        'Un scénario a besoin d’au moins un candidat choisi.',
    'A screening checklist needs at least one check; use Restore defaults to go back to the shipped list.':
        'Une liste de vérification de présélection a besoin d’au moins une vérification ; utilisez Rétablir les valeurs par défaut pour revenir à la liste livrée.',
    'A self-assessment is Red, Amber or Green.':
        'Une auto-évaluation est Rouge, Orange ou Vert.',
    'A step cannot be closed in the future.':
        'Une étape ne peut pas être clôturée dans le futur.',
    'A step cannot have started in the future.':
        'Une étape ne peut pas avoir commencé dans le futur.',
    'A step cannot start in the future.':
        'Une étape ne peut pas commencer dans le futur.',
    'A term lasts at least one year.':
        'Un mandat dure au moins un an.',
    'A weight is a number.':
        'Une pondération est un nombre.',
    'A withdrawn application cannot be proposed.':
        'Une candidature retirée ne peut pas être proposée.',
    'A year ago':
        'Il y a un an',
    'A&lternate':
        'Su&ppléant',
    'About OPN Desk':
        'À propos d’OPN Desk',
    'above its maximum':
        'au-dessus de son maximum',
    'Accept the application of {name}':
        'Accepter la candidature de {name}',
    'Accepting it created a membership: <a href="org">see it in the organisation\'s memberships</a>.':
        'L’accepter a créé une adhésion : <a href="org">la voir dans les adhésions de l’organisation</a>.',
    'Accepting makes {name} a {role} of {programme} from the decision date. Co-leads and core partners serve two-year terms; network members usually have no end date.':
        'Accepter fait de {name} un {role} de {programme} à partir de la date de décision. Les co-responsables et partenaires principaux ont des mandats de deux ans ; les membres du réseau n’ont généralement pas de date de fin.',
    'Accept…':
        'Accepter…',
    'acknowledgement':
        'accusé de réception',
    'Acknowledgement letter…':
        'Lettre d’accusé de réception…',
    'Acron&ym':
        'Si&gle',
    'Acronym':
        'Sigle',
    'Action':
        'Action',
    'Action item of {meeting}':
        'Action de {meeting}',
    'Action items (tasks of the work plan)':
        'Actions (tâches du plan de travail)',
    'Action items of meetings due within 14 days or late ({count})':
        'Actions des réunions à échéance dans les 14 jours ou en retard ({count})',
    'Active in programme':
        'Actif dans le programme',
    'Active in the role':
        'Actif dans le rôle',
    'Activities':
        'Activités',
    'Activity':
        'Activité',
    'Actual':
        'Réel',
    'Actual end':
        'Fin réelle',
    'Actual start':
        'Début réel',
    'Add':
        'Ajouter',
    'Add a call first.':
        'Ajoutez d’abord un appel.',
    'Add a new two-year term starting the day after the current one ends':
        'Ajouter un nouveau mandat de deux ans commençant le lendemain de la fin du mandat en cours',
    'Add a paper to {item}':
        'Ajouter un document à {item}',
    'Add a partner: type part of its name':
        'Ajouter un partenaire : saisissez une partie de son nom',
    'Add action item…':
        'Ajouter une action…',
    'Add an action item':
        'Ajouter une action',
    'Add an agenda item':
        'Ajouter un point à l’ordre du jour',
    'Add another partner first, or make it affiliated.':
        'Ajoutez d’abord un autre partenaire, ou rendez-la affiliée.',
    'Add check':
        'Ajouter la vérification',
    'Add evidence files to step {number}':
        'Ajouter des fichiers justificatifs à l’étape {number}',
    'Add files…':
        'Ajouter des fichiers…',
    'Add item…':
        'Ajouter un point…',
    'Add membership':
        'Ajouter une adhésion',
    'Add membership: {what}':
        'Ajouter une adhésion : {what}',
    'Add organisation':
        'Ajouter l’organisation',
    'Add paper…':
        'Ajouter un document…',
    'Add person':
        'Ajouter une personne',
    'Add progress…':
        'Ajouter un avancement…',
    'Add request…':
        'Ajouter une demande…',
    'Add rule':
        'Ajouter une règle',
    'Add the activity':
        'Ajouter l’activité',
    'Add the activity {title}':
        'Ajouter l’activité {title}',
    'Add the agenda item {title}':
        'Ajouter le point {title} à l’ordre du jour',
    'Add the call {title}':
        'Ajouter l’appel {title}',
    'Add the check “{item}” for {name}':
        'Ajouter la vérification « {item} » pour {name}',
    'Add the checklist item “{text}”':
        'Ajouter l’élément « {text} »',
    'Add the criterion {name}':
        'Ajouter le critère {name}',
    'Add the initiative {title}':
        'Ajouter l’initiative {title}',
    'Add the lead criterion {name}':
        'Ajouter le critère de direction {name}',
    'Add the paper {name}':
        'Ajouter le document {name}',
    'Add {name}':
        'Ajouter {name}',
    'Added':
        'Ajouté',
    'added':
        'ajouté',
    'Added {when}':
        'Ajouté {when}',
    'Add…':
        'Ajouter…',
    'Affiliated':
        'Affiliée',
    'Against your picks: {joining} in; {leaving} out.':
        'Par rapport à vos choix : {joining} entrent ; {leaving} sortent.',
    'Agenda':
        'Ordre du jour',
    'Agenda item':
        'Point de l’ordre du jour',
    'Agreement':
        'Accord',
    'Alerts':
        'Alertes',
    'Alerts today ({count}): terms ending within six months, and members holding over':
        'Alertes aujourd’hui ({count}) : mandats se terminant dans les six mois, et membres en prolongation',
    'All calls':
        'Tous les appels',
    'All clusters':
        'Tous les groupes de parties prenantes',
    'All countries':
        'Tous les pays',
    'All files (*)':
        'Tous les fichiers (*)',
    'all four steps done':
        'les quatre étapes sont faites',
    'All groups':
        'Tous les groupes',
    'All programmes':
        'Tous les programmes',
    'All roles':
        'Tous les rôles',
    'All sectors':
        'Tous les secteurs',
    'All statuses':
        'Tous les statuts',
    'All {total} checks done.':
        'Les {total} vérifications sont faites.',
    'Allocation decided on {day}: {granted} granted.':
        'Répartition décidée le {day} : {granted} accordés.',
    'Already merged into another record':
        'Déjà fusionné dans un autre enregistrement',
    'Also serving this SDG':
        'Servant aussi cet ODD',
    'Alte&rnate':
        'Su&ppléant',
    'Alternate':
        'Suppléant',
    'Alternates (in copy)':
        'Suppléants (en copie)',
    'Alternates: the next best who keep the balance':
        'Suppléants : les suivants les mieux placés qui gardent l’équilibre',
    'Amount requested':
        'Montant demandé',
    'An activity needs a title.':
        'Une activité a besoin d’un titre.',
    'An application cannot be received in the future.':
        'Une candidature ne peut pas être reçue dans le futur.',
    'An initiative cannot end before it starts.':
        'Une initiative ne peut pas se terminer avant de commencer.',
    'An initiative is core or affiliated.':
        'Une initiative est principale ou affiliée.',
    'An initiative needs a lead organisation.':
        'Une initiative a besoin d’une organisation chef de file.',
    'An initiative needs a title.':
        'Une initiative a besoin d’un titre.',
    'An initiative serves SDG 12 and at most five other SDGs; {count} are ticked: untick {extra}.':
        'Une initiative sert l’ODD 12 et au plus cinq autres ODD ; {count} sont cochés : décochez-en {extra}.',
    'An open application not moved for longer than this is listed as waiting too long':
        'Une candidature ouverte qui n’a pas bougé depuis plus longtemps est listée comme en attente depuis trop longtemps',
    'An organisation cannot be its own parent.':
        'Une organisation ne peut pas être sa propre organisation mère.',
    'An organisation cannot be merged into itself.':
        'Une organisation ne peut pas être fusionnée avec elle-même.',
    'An organisation in the &registry':
        'Une organisation du &registre',
    'An organisation needs a name.':
        'Une organisation a besoin d’un nom.',
    'An organisation of the initiative no longer exists.':
        'Une organisation de l’initiative n’existe plus.',
    'Another check for this application':
        'Une autre vérification pour cette candidature',
    'Another item to check':
        'Un autre élément à vérifier',
    'Another organisation':
        'Une autre organisation',
    'Any past or future date: the composition is computed from the recorded terms, nothing is changed':
        'N’importe quelle date passée ou future : la composition est calculée à partir des mandats enregistrés, rien n’est modifié',
    'Any SDG':
        'Tout ODD',
    'Applicant':
        'Candidat',
    'Applicant (incumbent)':
        'Candidat (titulaire)',
    'Applicant: {status}':
        'Candidat : {status}',
    'application':
        'candidature',
    'Application':
        'Candidature',
    'Application history':
        'Historique de la candidature',
    'Application recorded.':
        'Candidature enregistrée.',
    'Application summary…':
        'Résumé de la candidature…',
    'Applications':
        'Candidatures',
    'applications':
        'candidatures',
    'Applications already answer this call, so its programme and role cannot change.':
        'Des candidatures répondent déjà à cet appel : son programme et son rôle ne peuvent plus changer.',
    'Applications already answer this call, so its programme and role stay.':
        'Des candidatures répondent déjà à cet appel : son programme et son rôle restent.',
    'Applied to the call':
        'A répondu à l’appel',
    'Applied: {status}':
        'Candidature : {status}',
    'Apply the bounds to each value on its own (e.g. at most 1 per parent organisation)':
        'Appliquer les bornes à chaque valeur séparément (p. ex. au plus 1 par organisation mère)',
    'Area':
        'Domaine',
    'As seats':
        'En sièges',
    'As shipped':
        'Tel que livré',
    'Asia-Pacific':
        'Asie-Pacifique',
    "Ask the MAC's opinion on {name}":
        'Demander l’avis du MAC sur {name}',
    "Ask the MAC's opinion…":
        'Demander l’avis du MAC…',
    'At least':
        'Au moins',
    'At least one reviewer is needed per application.':
        'Il faut au moins un évaluateur par candidature.',
    'at least {n}':
        'au moins {n}',
    'At most':
        'Au plus',
    'at most {n}':
        'au plus {n}',
    'At the edge':
        'À la limite',
    'Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and note where in the statement.':
        'Joignez une copie plus petite (un PDF compressé, par exemple), ou laissez le fichier où il est et notez où dans la déclaration.',
    'Attach files':
        'Joindre des fichiers',
    'Attach {file} to step {number}':
        'Joindre {file} à l’étape {number}',
    'Attach {file} to {name}':
        'Joindre {file} à {name}',
    'Attachments':
        'Pièces jointes',
    'Attendance at {meeting}':
        'Présences à {meeting}',
    'Attribute':
        'Attribut',
    'Back to to do':
        'Remettre à faire',
    'Backing up the database…':
        'Sauvegarde de la base de données…',
    'Backup written and checked: {path}':
        'Sauvegarde écrite et vérifiée : {path}',
    'Backups are kept in {folder}.':
        'Les sauvegardes sont conservées dans {folder}.',
    'Backups are kept in {folder}; File › Restore from backup… lists every copy. Until one is found, export what the database still shows (File › Export organisations).':
        'Les sauvegardes sont conservées dans {folder} ; Fichier › Restaurer une sauvegarde… liste chaque copie. En attendant d’en trouver une, exportez ce que la base de données montre encore (Fichier › Exporter les organisations).',
    'Backups folder: {folder}':
        'Dossier des sauvegardes : {folder}',
    'Balance':
        'Équilibre',
    'Balance of the proposed leadership':
        'Équilibre de la direction proposée',
    'Before a restore':
        'Avant une restauration',
    'Before an upgrade':
        'Avant une mise à niveau',
    'below its minimum':
        'sous son minimum',
    'below the 75% target':
        'en dessous de l’objectif de 75 %',
    'Broken':
        'Non respectée',
    'Browse…':
        'Parcourir…',
    'Budget line':
        'Ligne budgétaire',
    'Budget {budget}; {n} requests for {requested}; priority: {order}. {state}':
        'Budget {budget} ; {n} demandes pour {requested} ; priorité : {order}. {state}',
    'Building the dossier…':
        'Construction du dossier…',
    'Building the roster…':
        'Construction de la liste des membres…',
    'Built {title}: {pages} pages':
        '{title} construit : {pages} pages',
    'By regional group':
        'Par groupe régional',
    "By representative's gender":
        'Par genre du représentant',
    'By reviewer':
        'Par évaluateur',
    'By role':
        'Par rôle',
    'By stakeholder cluster':
        'Par groupe de parties prenantes',
    'Ca&ll':
        'A&ppel',
    'Call':
        'Appel',
    'call: {title} ({start} to {end})':
        'appel : {title} (du {start} au {end})',
    'Calls':
        'Appels',
    'Calls and evaluation criteria':
        'Appels et critères d’évaluation',
    'Calls and evaluation criteria…':
        'Appels et critères d’évaluation…',
    'Cancel':
        'Annuler',
    'Cancelled: {what}':
        'Annulé : {what}',
    'Cancelling…':
        'Annulation…',
    'Candidates':
        'Candidats',
    'Category':
        'Catégorie',
    'Category of the activity':
        'Catégorie de l’activité',
    'Change call…':
        'Changer d’appel…',
    'Change in practice':
        'Changement de pratiques',
    'Change status':
        'Changer le statut',
    'Change the {code} reporting cycle for {year}':
        'Modifier le cycle de rapport {code} pour {year}',
    'changed':
        'modifié',
    'Changed on':
        'Modifié le',
    'Changes made on this laptop':
        'Modifications faites sur cet ordinateur',
    'Check':
        'Vérification',
    'Check before importing':
        'Vérifier avant d’importer',
    'Check before saving; two records of one organisation can be merged later with Merge….':
        'Vérifiez avant d’enregistrer ; deux enregistrements d’une même organisation peuvent être fusionnés plus tard avec Fusionner….',
    'Checking and restoring the backup…':
        'Vérification et restauration de la sauvegarde…',
    'Checking the backups…':
        'Vérification des sauvegardes…',
    'Checking the file…':
        'Vérification du fichier…',
    'Checking {count} rows…':
        'Vérification de {count} lignes…',
    'Checklist':
        'Liste de vérification',
    'Checklist and succession':
        'Liste de vérification et succession',
    'Checklist note':
        'Note sur l’élément',
    'Checks':
        'Vérifications',
    'Choose a call in the filters first.':
        'Choisissez d’abord un appel dans les filtres.',
    'Choose a call to see its balance.':
        'Choisissez un appel pour voir son équilibre.',
    "Choose a candidate in the table to see its scores and the MAC's opinion.":
        'Choisissez un candidat dans le tableau pour voir ses notes et l’avis du MAC.',
    'Choose a meeting to see it here.':
        'Choisissez une réunion pour la voir ici.',
    'Choose a task to see it here.':
        'Choisissez une tâche pour la voir ici.',
    'Choose an agenda item.':
        'Choisissez un point de l’ordre du jour.',
    'Choose an initiative to see it here.':
        'Choisissez une initiative pour la voir ici.',
    'Choose another…':
        'En choisir une autre…',
    'Choose folder…':
        'Choisir le dossier…',
    'Choose the copy of {name} to go back to. Everything changed since then is replaced; the database as it is now is kept as a before-restore copy.':
        'Choisissez la copie de {name} à laquelle revenir. Tout ce qui a changé depuis est remplacé ; la base de données telle qu’elle est maintenant est conservée comme copie d’avant restauration.',
    'Choose the country from the list (type part of its name or its three-letter code).':
        'Choisissez le pays dans la liste (saisissez une partie de son nom ou son code à trois lettres).',
    'Choose the file':
        'Choisir le fichier',
    'Choose the file…':
        'Choisir le fichier…',
    "Choose the folder for the reminders' drafts":
        'Choisissez le dossier des brouillons de relance',
    'Choose the folder you share with your colleagues':
        'Choisissez le dossier que vous partagez avec vos collègues',
    'Choose the organisation from the list that appears as you type, or record a new organisation.':
        'Choisissez l’organisation dans la liste qui apparaît pendant la saisie, ou enregistrez une nouvelle organisation.',
    'Choose the organisation that applies (create it first if it is new).':
        'Choisissez l’organisation candidate (créez-la d’abord si elle est nouvelle).',
    'Choose the organisation, or write who (for example "Open seat: Africa").':
        'Choisissez l’organisation, ou écrivez qui (par exemple "Siège vacant : Afrique").',
    'Choose the parent organisation from the list that appears as you type, or clear the field.':
        'Choisissez l’organisation mère dans la liste qui apparaît pendant la saisie, ou videz le champ.',
    'Choose the partner that reported the activity.':
        'Choisissez le partenaire qui a rapporté l’activité.',
    'Choose the record that is the same organisation as <b>{name}</b>. The record you do not keep stays in the history, marked as merged.':
        'Choisissez l’enregistrement qui est la même organisation que <b>{name}</b>. L’enregistrement que vous ne gardez pas reste dans l’historique, marqué comme fusionné.',
    'Choose the reporting export':
        'Choisir l’export des rapports',
    'Choose the reviewer first.':
        'Choisissez d’abord l’évaluateur.',
    'Choose where to write the demo database.':
        'Choisissez où écrire la base de démonstration.',
    'CI':
        'CI',
    'Clear filters':
        'Effacer les filtres',
    'Click to sort by {column}.':
        'Cliquez pour trier par {column}.',
    'Close':
        'Fermer',
    'Close OPN Desk and open the database again to go on working.':
        'Fermez OPN Desk et rouvrez la base de données pour continuer à travailler.',
    'Close step {number}':
        'Clôturer l’étape {number}',
    'Close step {number} of the renewal':
        'Clôturer l’étape {number} du renouvellement',
    'Close step {number} of the renewal, overriding the order':
        'Clôturer l’étape {number} du renouvellement, en forçant l’ordre',
    'Close step…':
        'Clôturer l’étape…',
    'Close the due list (Applications › Due list brings it back)':
        'Fermer les échéances (Candidatures › Échéances les rouvre)',
    'Close the step':
        'Clôturer l’étape',
    'Close with override':
        'Clôturer en forçant',
    'Closed before step {before} was done. Reason recorded: {reason}':
        'Clôturée avant que l’étape {before} soit faite. Raison enregistrée : {reason}',
    'Cluster':
        'Groupe',
    'cluster not recorded':
        'groupe non enregistré',
    'Co-lead &call':
        '&Appel de co-responsables',
    'Co-lead call of the renewal':
        'Appel de co-responsables du renouvellement',
    'Column':
        'Colonne',
    'Column of the file':
        'Colonne du fichier',
    'Columns are matched by name (case, spaces and accents do not matter); you can change the matching on the next page. <b>Required:</b> {required}. <b>Also read:</b> {optional}.':
        'Les colonnes sont associées par leur nom (majuscules, espaces et accents n’importent pas) ; vous pouvez changer la correspondance à la page suivante. <b>Obligatoires :</b> {required}. <b>Lues aussi :</b> {optional}.',
    'Comes from':
        'Provient de',
    'Coming in':
        'Entrent',
    'Command':
        'Commande',
    'Comment':
        'Commentaire',
    'Comments':
        'Commentaires',
    'Commitment of {name}':
        'Engagement de {name}',
    'Commitment offered':
        'Engagement proposé',
    'Commitment offered: {text}':
        'Engagement proposé : {text}',
    'Commitments':
        'Engagements',
    'Commitment…':
        'Engagement…',
    "Compared under the round's current rules ({seats} seats); {common} candidates are in all of them.":
        'Comparés selon les règles actuelles du tour ({seats} sièges) ; {common} candidats sont dans tous.',
    'Conflict of interest: {reviewer} on {name}':
        'Conflit d’intérêts : {reviewer} sur {name}',
    'Conflict {n}: these rules cannot all be met together:':
        'Conflit {n} : ces règles ne peuvent pas toutes être respectées ensemble :',
    'Conflict {n}: this rule cannot be met, whatever the other rules say:':
        'Conflit {n} : cette règle ne peut pas être respectée, quelles que soient les autres règles :',
    'Consecutive term':
        'Mandat consécutif',
    'Considered':
        'Prise en compte',
    'Contents':
        'Sommaire',
    'Contribution':
        'Contribution',
    'Conversation on':
        'Entretien du',
    'Copied into the database, at most {limit} MB each.':
        'Copiés dans la base de données, {limit} Mo au plus chacun.',
    'Core':
        'Principale',
    'Core and affiliated':
        'Principales et affiliées',
    'Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives inactive for two years kept for monitoring.':
        'Initiatives principales et affiliées, leur diligence raisonnable, les ODD qu’elles servent, et les initiatives inactives depuis deux ans conservées pour suivi.',
    'Core partner selection after each open call: a proposed slate balanced across the five UN regional groups and the stakeholder clusters, aiming for at least half of core partners with a female designated representative, with the reasons for each choice.':
        'Sélection des partenaires principaux après chaque appel ouvert : une liste proposée équilibrée entre les cinq groupes régionaux de l’ONU et les groupes de parties prenantes, visant au moins la moitié de partenaires principaux ayant une représentante désignée, avec les raisons de chaque choix.',
    'Core-partner and co-lead calls start with the default evaluation criteria and weights; change them afterwards if the call says otherwise.':
        'Les appels de partenaires principaux et de co-responsables commencent avec les critères d’évaluation et pondérations par défaut ; modifiez-les ensuite si l’appel en dispose autrement.',
    'Count':
        'Nombre',
    'Counted by':
        'Compté par',
    'Counted in':
        'Compté dans',
    'Countries':
        'Pays',
    'Countries and &regional groups…':
        'Pays et groupes &régionaux…',
    'Countries and regional groups':
        'Pays et groupes régionaux',
    'Country':
        'Pays',
    'Country (group)':
        'Pays (groupe)',
    'Country (regional group)':
        'Pays (groupe régional)',
    'Country code (ISO3)':
        'Code du pays (ISO3)',
    'Country codes (ISO3), e.g. KEN; PER':
        'Codes de pays (ISO3), p. ex. KEN; PER',
    'Create':
        'Créer',
    'Create a new organisation':
        'Créer une nouvelle organisation',
    'Create a new, empty database there, or choose the database you meant to open?':
        'Créer là une nouvelle base de données vide, ou choisir la base de données que vous vouliez ouvrir ?',
    'Create the cycle':
        'Créer le cycle',
    'Create the initiative':
        'Créer l’initiative',
    'Creates a new database filled with a realistic, invented network, to try OPN Desk or to train. Your own database is not touched.':
        'Crée une nouvelle base de données remplie d’un réseau réaliste et inventé, pour essayer OPN Desk ou pour se former. Votre propre base de données n’est pas touchée.',
    'Creating a new database at {path}…':
        'Création d’une nouvelle base de données dans {path}…',
    'Creating the demo network…':
        'Création du réseau de démonstration…',
    'Criterion':
        'Critère',
    'CSV file (*.csv);;Excel workbook (*.xlsx)':
        'Fichier CSV (*.csv);;Classeur Excel (*.xlsx)',
    'Current picks':
        'Choix actuels',
    'current term ends on {day}':
        'le mandat en cours se termine le {day}',
    'Customised by the desk':
        'Personnalisée par le secrétariat',
    'Cycle summary: {code} {year}':
        'Résumé du cycle : {code} {year}',
    'Cycle summary…':
        'Résumé du cycle…',
    'Daily':
        'Quotidienne',
    'damage it could not describe':
        'un dommage qu’il n’a pas pu décrire',
    'damaged':
        'endommagée',
    'Damaged copy set aside':
        'Copie endommagée mise de côté',
    'Date':
        'Date',
    'Dates':
        'Dates',
    'Days from the deadline: negative before it, positive after it.':
        'Jours par rapport à l’échéance : négatifs avant, positifs après.',
    'Days late':
        'Jours de retard',
    'Deadline':
        'Échéance',
    'Decide whether to keep {record}':
        'Décider s’il faut garder {record}',
    'Decide {field} of {record}':
        'Décider {field} de {record}',
    'Decided by':
        'Décidé par',
    'Decided on':
        'Décidé le',
    'Decision':
        'Décision',
    'decision':
        'décision',
    'Decision letter…':
        'Lettre de décision…',
    'Decision on {name}':
        'Décision sur {name}',
    'Decision recorded. Write the decision letter now?':
        'Décision enregistrée. Écrire la lettre de décision maintenant ?',
    'Decision sought':
        'Décision demandée',
    'Declare':
        'Déclarer',
    'Declare a conflict of interest':
        'Déclarer un conflit d’intérêts',
    'Declare conflict…':
        'Déclarer un conflit…',
    'Declared conflict: {who}, {day}':
        'Conflit déclaré : {who}, {day}',
    'Decline (closed)':
        'Refuser (clôturée)',
    'Delete':
        'Supprimer',
    'Delete it':
        'Le supprimer',
    'Delete scenario {name}':
        'Supprimer le scénario {name}',
    'Delete the activity {title}':
        'Supprimer l’activité {title}',
    'Delete the activity {title}?':
        'Supprimer l’activité {title} ?',
    'Delete the initiative {title}':
        'Supprimer l’initiative {title}',
    'Delete the initiative {title}?':
        'Supprimer l’initiative {title} ?',
    'Delete the record':
        'Supprimer l’enregistrement',
    'Delete the scenario {name}?':
        'Supprimer le scénario {name} ?',
    'Delete {name}':
        'Supprimer {name}',
    'Delete {name}?':
        'Supprimer {name} ?',
    'Deleted on':
        'Supprimé le',
    'Deleted on one laptop while it was changed on another: keep it, with the changes, or delete it.':
        'Supprimé sur un ordinateur portable alors qu’il était modifié sur un autre : le garder, avec les modifications, ou le supprimer.',
    'Deleted on one laptop, changed on another':
        'Supprimé sur un ordinateur portable, modifié sur un autre',
    'Demo database written to {path}':
        'Base de démonstration écrite dans {path}',
    'Description':
        'Description',
    'Desk notes':
        'Notes du secrétariat',
    "Desk officer's &name":
        '&Nom du chargé de secrétariat',
    'DeskApplication':
        'DeskApplication',
    'Details':
        'Détails',
    'Dialogs and pages opened from now on use the new language. Open the desk again now so that the menus and the pages already open change too?':
        'Les dialogues et pages ouverts à partir de maintenant utilisent la nouvelle langue. Rouvrir la fenêtre maintenant pour que les menus et les pages déjà ouvertes changent aussi ?',
    'Discard changes':
        'Abandonner les modifications',
    'Dismiss':
        'Masquer',
    'Does not seek renewal':
        'Ne demande pas le renouvellement',
    'Done on':
        'Faite le',
    'Done on {day}, closed by {who}.':
        'Faite le {day}, clôturée par {who}.',
    'Dossier…':
        'Dossier…',
    'Double-click or press Enter to open':
        'Double-cliquez ou appuyez sur Entrée pour ouvrir',
    'draft':
        'provisoire',
    'Draft dossier (DRAFT watermark)…':
        'Dossier provisoire (filigrane PROJET)…',
    'Draft report…':
        'Rapport provisoire…',
    'Dropped':
        'En baisse',
    'dropped':
        'en baisse',
    'Dropping any one of them alone does not settle it, as other rules conflict too; dropping all of them does: the other rules can then all be met.':
        'Abandonner l’une d’elles seule ne suffit pas, car d’autres règles sont aussi en conflit ; les abandonner toutes suffit : les autres règles peuvent alors toutes être respectées.',
    'Dropping any one of them settles it: the other rules can then all be met.':
        'En abandonner une seule suffit : les autres règles peuvent alors toutes être respectées.',
    'Dropping one of these alone does not, as other rules conflict too: {rules}.':
        'Abandonner une seule de ces règles ne suffit pas, car d’autres règles sont aussi en conflit : {rules}.',
    'Dropping one of these alone settles it (the other rules can then all be met): {rules}.':
        'Abandonner une seule de ces règles suffit (les autres règles peuvent alors toutes être respectées) : {rules}.',
    'Dropping these rules settles it (the other rules can then all be met): {rules}.':
        'Abandonner ces règles suffit (les autres règles peuvent alors toutes être respectées) : {rules}.',
    'Dropping these rules, one from each conflict, settles it (the other rules can then all be met): {rules}.':
        'Abandonner ces règles, une par conflit, suffit (les autres règles peuvent alors toutes être respectées) : {rules}.',
    'Due':
        'Échéances',
    'Due ({count})':
        'Échéances ({count})',
    'Due diligence':
        'Diligence raisonnable',
    'Due diligence is for affiliated initiatives.':
        'La diligence raisonnable concerne les initiatives affiliées.',
    'Due diligence of {title}':
        'Diligence raisonnable de {title}',
    'Due diligence: {title}':
        'Diligence raisonnable : {title}',
    'Due diligence…':
        'Diligence raisonnable…',
    'Due list':
        'Échéances',
    'Due on':
        'Échéance le',
    'E&xchange with other laptops…':
        'É&changer avec d’autres ordinateurs portables…',
    'e.g. 12, 7':
        'p. ex. 12, 7',
    'e.g. advised the applicant on its application':
        'p. ex. a conseillé le candidat sur sa candidature',
    'e.g. Core partners 2027–2028':
        'p. ex. Partenaires principaux 2027–2028',
    "e.g. decisions taken by the Senior Officials' Meeting":
        'p. ex. décisions prises par la réunion des hauts fonctionnaires',
    "e.g. Regions first, or MAC's favourites":
        'p. ex. Régions d’abord, ou Favoris du MAC',
    'e.g. the MAC agreed to review it while checks finish':
        'p. ex. le MAC a accepté de l’examiner pendant que les vérifications se terminent',
    'e.g. the organisation withdrew by e-mail on …':
        'p. ex. l’organisation s’est retirée par courriel le …',
    'e.g. withdrew, term completed, merged':
        'p. ex. retrait, mandat achevé, fusion',
    'Each country counts in the UN regional group shown, for every balance count, filter and report. The shipped groups are those used for elections (Türkiye and the United States in Western Europe and Others); change one only where your desk counts it otherwise.':
        'Chaque pays compte dans le groupe régional de l’ONU indiqué, pour chaque décompte d’équilibre, filtre et rapport. Les groupes livrés sont ceux utilisés pour les élections (la Türkiye et les États-Unis dans le Groupe des États d’Europe occidentale et autres États) ; n’en changez un que là où votre secrétariat le compte autrement.',
    "Each of these was changed on two laptops, neither having seen the other's change (or changed on one and deleted on another). Until someone decides, every laptop shows the first value. Your decision travels to the other laptops like any edit.":
        'Chacune de ces valeurs a été modifiée sur deux ordinateurs portables, aucun n’ayant vu la modification de l’autre (ou modifiée sur l’un et supprimée sur l’autre). Tant que personne ne décide, chaque ordinateur affiche la première valeur. Votre décision se transmet aux autres ordinateurs comme toute modification.',
    'Each rule counts the slate\'s candidates with a value (or, with "each value", every value on its own, such as one per parent organisation). Type a bound as a number of seats (2) or a share of the seats (40%): a share at least rounds up, at most rounds down. Priority weighs a rule when the rules cannot all be met.':
        'Chaque règle compte les candidats de la liste ayant une valeur (ou, avec « chaque valeur », chaque valeur séparément, comme un par organisation mère). Saisissez une borne en nombre de sièges (2) ou en part des sièges (40%) : une part « au moins » est arrondie au-dessus, « au plus » au-dessous. La priorité pèse une règle lorsque toutes les règles ne peuvent pas être respectées.',
    'Each value':
        'Chaque valeur',
    'Edit call':
        'Modifier l’appel',
    'Edit call…':
        'Modifier l’appel…',
    'Edit criterion':
        'Modifier le critère',
    'Edit cycle…':
        'Modifier le cycle…',
    'Edit person':
        'Modifier la personne',
    'Edit step {number} of the renewal':
        'Modifier l’étape {number} du renouvellement',
    'Edit succession entry':
        'Modifier l’entrée de succession',
    'Edit the activity':
        'Modifier l’activité',
    'Edit the activity {title}':
        'Modifier l’activité {title}',
    'Edit the call {title}':
        'Modifier l’appel {title}',
    'Edit the criterion {name}':
        'Modifier le critère {name}',
    'Edit the initiative':
        'Modifier l’initiative',
    'Edit the initiative {title}':
        'Modifier l’initiative {title}',
    'Edit the lead criterion {name}':
        'Modifier le critère de direction {name}',
    'Edit the succession for {year}':
        'Modifier la succession pour {year}',
    'Edit {name}':
        'Modifier {name}',
    'Edits made on two laptops disagree: open the list to decide which to keep.':
        'Des modifications faites sur deux ordinateurs portables divergent : ouvrez la liste pour décider laquelle garder.',
    'Edit…':
        'Modifier…',
    'Eligibility and due diligence. Tick each check when it is done; moving to Under review needs every item ticked, or a reason to override the checklist.':
        'Éligibilité et diligence raisonnable. Cochez chaque vérification une fois faite ; passer à En cours d’examen demande que tous les éléments soient cochés, ou une raison de passer outre la liste.',
    'End membership':
        'Mettre fin à l’adhésion',
    'End membership: {what}':
        'Mettre fin à l’adhésion : {what}',
    'End the membership this acceptance created (today)':
        'Mettre fin à l’adhésion créée par cette acceptation (aujourd’hui)',
    'End the {what} membership. It stays in the history, greyed.':
        'Mettre fin à l’adhésion {what}. Elle reste dans l’historique, grisée.',
    'Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file.':
        'Un nom se terminant par .xlsx écrit un classeur Excel ; .csv écrit un fichier CSV.',
    'Ends on':
        'Se termine le',
    'Ends within 3 months':
        'Se termine dans les 3 mois',
    'Ends within 6 months':
        'Se termine dans les 6 mois',
    'Evaluation criteria':
        'Critères d’évaluation',
    'Evaluation criteria of {call}':
        'Critères d’évaluation de {call}',
    'Every balance rule is met':
        'Chaque règle d’équilibre est respectée',
    'Every category':
        'Toutes les catégories',
    'Every change you make is recorded under this name.':
        'Chaque modification que vous faites est enregistrée sous ce nom.',
    'Every initiative serves SDG 12.':
        'Chaque initiative sert l’ODD 12.',
    'Every item of the due diligence checklist must be done before inclusion.':
        'Chaque élément de la liste de diligence raisonnable doit être fait avant l’inclusion.',
    'Every laptop holds the whole desk. Send what this laptop knows to the others and read what they send, by USB stick, e-mail or a shared folder; edits merge and nothing is lost.':
        'Chaque ordinateur portable contient tout le secrétariat. Envoyez aux autres ce que cet ordinateur sait et lisez ce qu’ils envoient, par clé USB, courriel ou dossier partagé ; les modifications fusionnent et rien n’est perdu.',
    'Every level':
        'Tous les niveaux',
    'Every partner':
        'Tous les partenaires',
    "Every partner holding a role today, in any programme. Signals: reported in the last cycle of each of its programmes, MAC participation (once meetings are recorded), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment. The health dropped when the latest point of its trend is below the one before.":
        'Chaque partenaire ayant un rôle aujourd’hui, dans n’importe quel programme. Signaux : a rapporté lors du dernier cycle de chacun de ses programmes, participation au MAC (une fois les réunions enregistrées), ses initiatives tenues à jour, les engagements de renouvellement d’un co-responsable, et la dernière auto-évaluation du secrétariat. La santé a baissé lorsque le dernier point de sa tendance est inférieur au précédent.',
    'Every problem of the file, by row and column. Nothing is written until you press Import, and a file with problems writes nothing.':
        'Chaque problème du fichier, par ligne et colonne. Rien n’est écrit avant que vous appuyiez sur Importer, et un fichier avec des problèmes n’écrit rien.',
    'Every programme':
        'Tous les programmes',
    'Every programme this year':
        'Tous les programmes cette année',
    'Every rule is met.':
        'Chaque règle est respectée.',
    'every rule met':
        'toutes les règles sont respectées',
    'Every year from {first} to {last} has an entry.':
        'Chaque année de {first} à {last} a une entrée.',
    'Everything changed since then is replaced. The database as it is now is kept as a before-restore copy in its backups folder, so you can go back to it the same way.':
        'Tout ce qui a changé depuis est remplacé. La base de données telle qu’elle est maintenant est conservée comme copie d’avant restauration dans son dossier de sauvegardes, pour pouvoir y revenir de la même façon.',
    'Everything this laptop knows':
        'Tout ce que sait cet ordinateur',
    'Evidence':
        'Justificatifs',
    'Evidence files':
        'Fichiers justificatifs',
    'Evidence files ({count})':
        'Fichiers justificatifs ({count})',
    'Evidence notes':
        'Notes justificatives',
    'Excel workbook (*.xlsx)':
        'Classeur Excel (*.xlsx)',
    'Excel workbook (*.xlsx);;CSV file (*.csv)':
        'Classeur Excel (*.xlsx);;Fichier CSV (*.csv)',
    'Exchange files (*.opnsync)':
        'Fichiers d’échange (*.opnsync)',
    'Exchange files (USB stick, e-mail)':
        'Fichiers d’échange (clé USB, courriel)',
    'Exchange now':
        'Échanger maintenant',
    'Exchange with other laptops':
        'Échanger avec d’autres ordinateurs portables',
    'Exchanging through the shared folder':
        'Échange par le dossier partagé',
    'Excuse':
        'Dispenser',
    'Excuse from reporting':
        'Dispense de rapport',
    'Excuse {name} from reporting':
        'Dispenser {name} de rapport',
    'Excuse…':
        'Dispenser…',
    'Expected outputs':
        'Produits attendus',
    'Export':
        'Exporter',
    'Export applicants for a mail merge':
        'Exporter les candidats pour un publipostage',
    'Export applicants for a mail merge…':
        'Exporter les candidats pour un publipostage…',
    'Export organisations':
        'Exporter les organisations',
    'Export the initiatives':
        'Exporter les initiatives',
    'Export to Excel':
        'Exporter vers Excel',
    'Export to Excel…':
        'Exporter vers Excel…',
    'Exported {count} applicants to {path}':
        '{count} candidats exportés vers {path}',
    'Exported {count} initiatives to {name}':
        '{count} initiatives exportées vers {name}',
    'Exported {count} rows to {path}':
        '{count} lignes exportées vers {path}',
    'Exported {count} to {path}':
        '{count} exportées vers {path}',
    'Exported {n} of {total} rows':
        '{n} lignes exportées sur {total}',
    'Exporting applicants for a mail merge…':
        'Export des candidats pour un publipostage…',
    'Exporting organisations…':
        'Export des organisations…',
    'Exporting the initiatives…':
        'Export des initiatives…',
    'Exporting {name}…':
        'Export de {name}…',
    'Export…':
        'Exporter…',
    'External review checklist':
        'Liste de vérification de l’examen externe',
    'External review checklist: {done} of {count} considered':
        'Liste de vérification de l’examen externe : {done} sur {count} prises en compte',
    'Fails: {problem}':
        'Échoue : {problem}',
    'Field':
        'Champ',
    'File':
        'Fichier',
    'Files':
        'Fichiers',
    'Files ({count})':
        'Fichiers ({count})',
    'Files are copied into the database, at most {limit} MB each; opening one shows a copy.':
        'Les fichiers sont copiés dans la base de données, {limit} Mo au plus chacun ; en ouvrir un affiche une copie.',
    'Filled by two columns: {fields}; leave one of them out.':
        'Remplis par deux colonnes : {fields} ; ignorez l’une d’elles.',
    'final':
        'définitif',
    'Final dossier…':
        'Dossier définitif…',
    'Final report (no DRAFT mark)…':
        'Rapport définitif (sans mention PROJET)…',
    'Find a country by name or ISO code':
        'Trouver un pays par nom ou code ISO',
    'Find a member':
        'Trouver un membre',
    'Find in the pool: name, country or representative':
        'Rechercher dans le vivier : nom, pays ou représentant',
    'Finish the four steps of the current process first.':
        'Terminez d’abord les quatre étapes du processus en cours.',
    'First priority sector':
        'Premier secteur prioritaire',
    'First values':
        'Premières valeurs',
    'Fit width':
        'Ajuster à la largeur',
    'Focal point':
        'Point focal',
    'Focal point…':
        'Point focal…',
    'For an application received by e-mail or on paper. A new organisation, its people and the application are saved together: Edit › Undo removes them all.':
        'Pour une candidature reçue par courriel ou sur papier. Une nouvelle organisation, ses personnes et la candidature sont enregistrées ensemble : Édition › Annuler les retire toutes.',
    'for example “Open seat: Africa”':
        'par exemple « Siège vacant : Afrique »',
    'For example: Ana Silva':
        'Par exemple : Ana Silva',
    'From':
        'De',
    'from {day}, open-ended':
        'à partir du {day}, sans fin',
    'from {start}':
        'depuis le {start}',
    'Gender':
        'Genre',
    'Gender as the person states it; sensitive, never exported unless asked.':
        'Genre tel que la personne le déclare ; donnée sensible, jamais exportée sauf demande.',
    'Gender is recorded only as the person states it; it is sensitive and never exported unless you ask for it.':
        'Le genre n’est enregistré que tel que la personne le déclare ; c’est une donnée sensible, jamais exportée sauf si vous le demandez.',
    'Granted':
        'Accordé',
    'Green dashed mark: the least a rule asks. Red mark: the most it allows. A count outside them says so beside its bar.':
        'Marque verte en pointillés : le minimum qu’une règle demande. Marque rouge : le maximum qu’elle permet. Un nombre en dehors est signalé à côté de sa barre.',
    'Group':
        'Groupe',
    'GRULAC':
        'GRULAC',
    'Guest organisation':
        'Organisation invitée',
    'Guests: {guests}':
        'Invités : {guests}',
    'has not seen the last {count}':
        'n’a pas vu les {count} dernières',
    'has seen all of them':
        'les a toutes vues',
    'has seen none of them yet ({count} to send)':
        'n’en a encore vu aucune ({count} à envoyer)',
    'Health':
        'Santé',
    'Health of the partnership':
        'Santé du partenariat',
    'Highest weighted total first; equal totals by earlier receipt. Applications nobody has scored, and withdrawn ones, come last without a rank. Double-click one to open it.':
        'Le total pondéré le plus élevé d’abord ; à total égal, la réception la plus ancienne. Les candidatures que personne n’a notées, et celles retirées, viennent en dernier sans rang. Double-cliquez sur l’une pour l’ouvrir.',
    'Highlight':
        'Fait marquant',
    'History':
        'Historique',
    'History ({count})':
        'Historique ({count})',
    'Holding over':
        'En prolongation',
    'Holding over since {day}: no successor yet':
        'En prolongation depuis le {day} : pas encore de successeur',
    'How many core partners the call selects':
        'Combien de partenaires principaux l’appel sélectionne',
    'https://…':
        'https://…',
    'If that desk has been closed (or its computer shut down or restarted), you can take the database over.':
        'Si ce poste a été fermé (ou son ordinateur éteint ou redémarré), vous pouvez reprendre la base de données.',
    'Import':
        'Importer',
    'Import activities':
        'Importer des activités',
    'Import activities from {name}':
        'Importer les activités de {name}',
    'Import activities…':
        'Importer des activités…',
    'Import applications…':
        'Importer des candidatures…',
    'Import from':
        'Importer depuis',
    'Import organisations and people…':
        'Importer des organisations et des personnes…',
    'Import {kind} from {file}':
        'Importer des {kind} depuis {file}',
    'Imported':
        'Importé',
    'Importing {count} rows…':
        'Importation de {count} lignes…',
    'Importing…':
        'Importation…',
    'In a year':
        'Dans un an',
    'In lists, Enter opens the selected row; in dialogs, Escape closes without saving.':
        'Dans les listes, Entrée ouvre la ligne sélectionnée ; dans les dialogues, Échap ferme sans enregistrer.',
    'In office on':
        'En fonction le',
    'In progress since {day}.':
        'En cours depuis le {day}.',
    'In this state':
        'Dans cet état',
    'in {n} days':
        'dans {n} jours',
    "Include (may use the programme's logo)":
        'Inclure (peut utiliser le logo du programme)',
    "Include sensitive personal data (representatives' gender)":
        'Inclure les données personnelles sensibles (genre des représentants)',
    'Incumbent':
        'Titulaire',
    'incumbent':
        'titulaire',
    'Incumbent co-leads of {code}':
        'Co-responsables titulaires de {code}',
    'Incumbent core partner':
        'Partenaire principal titulaire',
    'Incumbent seeking renewal':
        'Titulaire demandant le renouvellement',
    'Incumbent, applied':
        'Titulaire, candidat',
    'Incumbents already have scores on the criteria of the linked call; remove those scores before linking another call.':
        'Des titulaires ont déjà des notes selon les critères de l’appel lié ; retirez ces notes avant de lier un autre appel.',
    'Incumbents not seeking renewal':
        'Titulaires ne demandant pas le renouvellement',
    'Incumbents not seeking renewal ({n}), not in the pool:':
        'Titulaires ne demandant pas le renouvellement ({n}), hors du vivier :',
    'Incumbents not seeking renewal ({n}), not in the pool; tick one that seeks renewal:':
        'Titulaires ne demandant pas le renouvellement ({n}), hors du vivier ; cochez celui qui le demande :',
    'Incumbents…':
        'Titulaires…',
    'Initiative':
        'Initiative',
    'Initiatives':
        'Initiatives',
    'Initiatives shared':
        'Initiatives partagées',
    'ISO3':
        'ISO3',
    'It is a new organisation':
        'C’est une nouvelle organisation',
    'It is the slate you picked.':
        'C’est la liste que vous avez choisie.',
    'It was opened by an older version of OPN Desk, which this one cannot check.':
        'Elle a été ouverte par une version plus ancienne d’OPN Desk, que celle-ci ne peut pas vérifier.',
    'Item':
        'Point',
    'Its {count} people are removed with it. ':
        'Ses {count} personnes sont supprimées avec elle. ',
    'Keep both, one after the other':
        'Garder les deux, l’une après l’autre',
    'Keep editing':
        'Continuer à modifier',
    'Keep it':
        'Le garder',
    'Keep the record with its changes':
        'Garder l’enregistrement avec ses modifications',
    'Keep the typed value':
        'Garder la valeur saisie',
    'Keep this value':
        'Garder cette valeur',
    'Keep {name}':
        'Garder {name}',
    'Kept on the application (recorded while it is under review or waiting for the MAC).':
        'Conservé avec la candidature (enregistré pendant son examen ou lorsqu’elle attend le MAC).',
    'Kept with the renewal process.':
        'Conservé avec le processus de renouvellement.',
    'Keyboard shortcuts':
        'Raccourcis clavier',
    'Keys':
        'Touches',
    'Kind':
        'Type',
    'Lan&guage':
        'Lan&gue',
    'landlocked developing countries':
        'pays en développement sans littoral',
    'Landlocked developing country':
        'Pays en développement sans littoral',
    'Language of the reminders':
        'Langue des relances',
    'Laptop':
        'Ordinateur portable',
    'Last exchange':
        'Dernier échange',
    'Last update':
        'Dernière mise à jour',
    'Later':
        'Plus tard',
    'LDC':
        'PMA',
    'LDC / LLDC / SIDS':
        'PMA / PDSL / PEID',
    'LDC on the day':
        'PMA à la date',
    'Lead':
        'Chef de file',
    'Lead criteria: {title}':
        'Critères de direction : {title}',
    'Lead criteria…':
        'Critères de direction…',
    'Lead organisation':
        'Organisation chef de file',
    'Leadership':
        'Direction',
    'Leads':
        'Responsables',
    'least developed countries':
        'pays les moins avancés',
    'least developed countries first':
        'pays les moins avancés d’abord',
    'Least developed country':
        'Pays les moins avancés',
    'Leave it':
        'Le laisser',
    "Leave out inactive initiatives, those not (yet) in the portfolio and the desk's own notes and due diligence.":
        'Écarter les initiatives inactives, celles qui ne sont pas (encore) dans le portefeuille, ainsi que les notes et la diligence raisonnable du secrétariat.',
    'Leave out the rows with problems':
        'Ignorer les lignes qui posent problème',
    'Leave out the rows with problems (rows {rows})':
        'Ignorer les lignes qui posent problème (lignes {rows})',
    'Leave out the rows with problems (rows {rows}) and import the rest':
        'Ignorer les lignes qui posent problème (lignes {rows}) et importer le reste',
    'Leave the changes':
        'Abandonner les modifications',
    'Leaving':
        'Sortent',
    'Left out: rows {rows}.':
        'Ignorées : lignes {rows}.',
    'Letter':
        'Lettre',
    'Letter of intent, MoU, pooled fund…':
        'Lettre d’intention, protocole d’accord, fonds commun…',
    'Letters and PDFs':
        'Lettres et PDF',
    'Lifecycle:':
        'Cycle de vie :',
    'Link':
        'Lien',
    "Link the process to its co-lead call first: the lead criteria are the call's.":
        'Liez d’abord le processus à son appel de co-responsables : les critères de direction sont ceux de l’appel.',
    "Link the renewal process to its co-lead call first; the criteria are the call's.":
        'Liez d’abord le processus de renouvellement à son appel de co-responsables ; les critères sont ceux de l’appel.',
    'Link the renewal to its co-lead call':
        'Lier le renouvellement à son appel de co-responsables',
    'LLDC':
        'PDSL',
    'Loading the calls…':
        'Chargement des appels…',
    'Loading the round…':
        'Chargement du tour…',
    'Loading…':
        'Chargement…',
    'Looking for possible duplicates…':
        'Recherche de doublons possibles…',
    'Looking for the newest good backup…':
        'Recherche de la sauvegarde saine la plus récente…',
    'Looking for the slate with the best total score…':
        'Recherche de la liste au meilleur score total…',
    'MAC':
        'MAC',
    'MAC meetings (one virtual and one face-to-face each year): invitations, participation including written comments sent in advance, travel support for partners from LDCs, and printed dossiers.':
        'Réunions du MAC (une virtuelle et une en présentiel chaque année) : invitations, participation y compris les commentaires écrits envoyés à l’avance, soutien aux déplacements des partenaires des PMA, et dossiers imprimés.',
    'MAC opinion':
        'Avis du MAC',
    'MAC opinion on {name}':
        'Avis du MAC sur {name}',
    'Made by hand':
        'Faite à la main',
    'Mark the step done':
        'Marquer l’étape comme faite',
    'Mark the step in progress from today':
        'Marquer l’étape en cours à partir d’aujourd’hui',
    'Match the columns':
        'Faire correspondre les colonnes',
    'Mean':
        'Moyenne',
    'Meeting':
        'Réunion',
    'Meeting pack of {title}: {pages} pages':
        'Dossier de la réunion {title} : {pages} pages',
    'Meeting pack: {title}':
        'Dossier de la réunion : {title}',
    'Meeting pack…':
        'Dossier de la réunion…',
    'Meetings':
        'Réunions',
    'Meetings held so far; written comments sent in advance count as participation. Meetings to come are not counted.':
        'Réunions tenues jusqu’ici ; les commentaires écrits envoyés à l’avance comptent comme participation. Les réunions à venir ne sont pas comptées.',
    'Meetings invited to':
        'Réunions auxquelles il est invité',
    'meets the 75% target':
        'atteint l’objectif de 75 %',
    'Membership':
        'Adhésion',
    'Memberships':
        'Adhésions',
    'Memberships ({count})':
        'Adhésions ({count})',
    'Menu':
        'Menu',
    'Merge':
        'Fusionner',
    'Merge duplicate records':
        'Fusionner des doublons',
    'Merge {gone} into {kept}':
        'Fusionner {gone} dans {kept}',
    'Met':
        'Satisfait',
    'Milestones':
        'Jalons',
    'Minutes':
        'Procès-verbal',
    'Minutes started on {day} from the agenda.':
        'Procès-verbal commencé le {day} à partir de l’ordre du jour.',
    'Missed in a row':
        'Manqués d’affilée',
    'More':
        'Plus',
    "More than {count} things need the desk's attention; the longest waits and the nearest terms are listed first. Double-click one to open it.":
        'Plus de {count} éléments demandent l’attention du secrétariat ; les plus longues attentes et les mandats les plus proches sont listés en premier. Double-cliquez sur l’un pour l’ouvrir.',
    'Move':
        'Déplacer',
    'Move down':
        'Descendre',
    'Move the application of {name}':
        'Faire avancer la candidature de {name}',
    'Move up':
        'Monter',
    'Move {title} to {status}':
        'Passer {title} à {status}',
    'My picks ({n})':
        'Mes choix ({n})',
    'n/a':
        's.o.',
    'Name':
        'Nom',
    'Name the call by its id or a part of its title.':
        'Nommez l’appel par son identifiant ou une partie de son titre.',
    'name@example.org':
        'nom@example.org',
    'Needed when the task is postponed':
        'Nécessaire lorsque la tâche est reportée',
    'Needs':
        'Besoin',
    'Needs decision':
        'Décision nécessaire',
    'needs {n}':
        'en faut {n}',
    'Network':
        'Réseau',
    'never':
        'jamais',
    'New &demo database…':
        'Nouvelle base de &démonstration…',
    'New activity':
        'Nouvelle activité',
    'New activity…':
        'Nouvelle activité…',
    'New call':
        'Nouvel appel',
    'New call…':
        'Nouvel appel…',
    'New check':
        'Nouvelle vérification',
    'New criterion':
        'Nouveau critère',
    'New cycle…':
        'Nouveau cycle…',
    'New database':
        'Nouvelle base de données',
    'New demo database':
        'Nouvelle base de démonstration',
    'New initiative':
        'Nouvelle initiative',
    'New initiative…':
        'Nouvelle initiative…',
    'New leadership renewal process for {code}':
        'Nouveau processus de renouvellement de la direction pour {code}',
    'New meeting':
        'Nouvelle réunion',
    'New meeting: {title}':
        'Nouvelle réunion : {title}',
    'New meeting…':
        'Nouvelle réunion…',
    'New organisation':
        'Nouvelle organisation',
    'New renewal process…':
        'Nouveau processus de renouvellement…',
    'New reporting cycle':
        'Nouveau cycle de rapport',
    'New task':
        'Nouvelle tâche',
    'New task: {task}':
        'Nouvelle tâche : {task}',
    'New task…':
        'Nouvelle tâche…',
    'New term &ends on':
        'Le nouveau mandat se &termine le',
    'Next step:':
        'Étape suivante :',
    'Next steps':
        'Prochaines étapes',
    'Next ›':
        'Suivante ›',
    'No':
        'Non',
    'no':
        'non',
    'No activity reported in this cycle matches.':
        'Aucune activité rapportée dans ce cycle ne correspond.',
    'No alternate can step in without upsetting the balance.':
        'Aucun suppléant ne peut entrer sans rompre l’équilibre.',
    'No application matches. Try fewer words or clear the filters.':
        'Aucune candidature ne correspond. Essayez moins de mots ou effacez les filtres.',
    'No applications yet. Record one with Record application, or import a file with More › Import applications.':
        'Aucune candidature pour l’instant. Enregistrez-en une avec Enregistrer une candidature, ou importez un fichier avec Plus › Importer des candidatures.',
    'No balance rules: any slate of the right size will do.':
        'Aucune règle d’équilibre : toute liste de la bonne taille convient.',
    'no bound':
        'pas de borne',
    'No call chosen.':
        'Aucun appel choisi.',
    "No candidates yet: the pool is the call's applications that passed screening (under review or later) and the incumbents seeking renewal.":
        'Pas encore de candidats : le vivier est constitué des candidatures de l’appel ayant passé la présélection (en cours d’examen ou plus loin) et des titulaires demandant le renouvellement.',
    'No checks on the list.':
        'Aucune vérification sur la liste.',
    'No cluster':
        'Aucun groupe',
    'no co-lead call linked yet':
        'aucun appel de co-responsables lié pour l’instant',
    'No country':
        'Aucun pays',
    'No criteria: applications to this call cannot be scored yet.':
        'Aucun critère : les candidatures à cet appel ne peuvent pas encore être notées.',
    'No decisions wait. Edits from the other laptops all agree.':
        'Aucune décision en attente. Les modifications des autres ordinateurs portables concordent toutes.',
    'No e-mail address for: {names}.':
        'Aucune adresse électronique pour : {names}.',
    'No file chosen':
        'Aucun fichier choisi',
    'No folder chosen yet':
        'Aucun dossier choisi pour l’instant',
    'No good backup of {name} was found.':
        'Aucune sauvegarde saine de {name} n’a été trouvée.',
    'No group':
        'Aucun groupe',
    'No guests.':
        'Aucun invité.',
    'No history yet: changes to this organisation, its people and its memberships will be listed here, with who made them and when.':
        'Pas encore d’historique : les modifications de cette organisation, de ses personnes et de ses adhésions seront listées ici, avec qui les a faites et quand.',
    'No initiative matches. Clear the filters or search less.':
        'Aucune initiative ne correspond. Effacez les filtres ou cherchez moins.',
    'No likely duplicate found; search for the other record.':
        'Aucun doublon probable trouvé ; recherchez l’autre enregistrement.',
    'No longer in the pool':
        'Plus dans le vivier',
    'No organisation matches. Try fewer words or clear the filters.':
        'Aucune organisation ne correspond. Essayez moins de mots ou effacez les filtres.',
    'No organisations share an initiative.':
        'Aucune organisation ne partage d’initiative.',
    "No other laptop yet. Give a colleague a copy of the desk with 'opn-desk sync clone', or read an exchange file from one.":
        "Aucun autre ordinateur pour l’instant. Donnez à un collègue une copie du secrétariat avec 'opn-desk sync clone', ou lisez un fichier d’échange venant de l’un d’eux.",
    'No partner has this status.':
        'Aucun partenaire n’a ce statut.',
    'No partner matches.':
        'Aucun partenaire ne correspond.',
    'No partners.':
        'Aucun partenaire.',
    'No people are recorded for this organisation.':
        'Aucune personne n’est enregistrée pour cette organisation.',
    'No priority group':
        'Aucun groupe prioritaire',
    'no priority group':
        'aucun groupe prioritaire',
    'No program on this computer opens PDF files.':
        'Aucun programme de cet ordinateur n’ouvre les fichiers PDF.',
    'No program on this computer opens {name}.':
        'Aucun programme de cet ordinateur n’ouvre {name}.',
    'No programme.':
        'Aucun programme.',
    'No renewal process for {code} yet.':
        'Pas encore de processus de renouvellement pour {code}.',
    'no representative recorded':
        'aucun représentant enregistré',
    'No rule broken so far.':
        'Aucune règle non respectée pour l’instant.',
    'No slate meets every rule even without {who}: press Propose to see why.':
        'Aucune liste ne respecte chaque règle, même sans {who} : appuyez sur Proposer pour voir pourquoi.',
    'No term of {code} ends within six months, and nobody is holding over.':
        'Aucun mandat de {code} ne se termine dans les six mois, et personne n’est en prolongation.',
    'No travel request.':
        'Aucune demande de déplacement.',
    'no travel support':
        'pas de soutien aux déplacements',
    'No website':
        'Aucun site web',
    'No written comments on this item.':
        'Aucun commentaire écrit sur ce point.',
    'nobody':
        'personne',
    'Nobody is proposed yet: tick candidates in the table to propose them.':
        'Personne n’est encore proposé : cochez des candidats dans le tableau pour les proposer.',
    'nobody with an e-mail address':
        'personne avec une adresse électronique',
    'none':
        'aucune',
    'none set':
        'aucun défini',
    'Not accept the application of {name}':
        'Ne pas accepter la candidature de {name}',
    'Not accept…':
        'Ne pas accepter…',
    'Not allocated yet: decide before the meeting ({day}).':
        'Pas encore réparti : décidez avant la réunion ({day}).',
    'Not built yet':
        'Pas encore disponible',
    'Not decided yet':
        'Pas encore décidée',
    'Not met':
        'Non satisfait',
    'Not now':
        'Pas maintenant',
    'Not picked':
        'Non choisi',
    'Not proposed.':
        'Non proposé.',
    'Not recorded':
        'Non enregistré',
    'Not reported yet':
        'Pas encore rapporté',
    'Not said':
        'Non déclaré',
    'Not said yet':
        'Pas encore dit',
    'Not saved yet. People and memberships can be added once it is saved.':
        'Pas encore enregistrée. Les personnes et adhésions pourront être ajoutées une fois enregistrée.',
    'not scored':
        'non noté',
    'not scored yet':
        'pas encore noté',
    'Not scored yet.':
        'Pas encore noté.',
    'not scored yet: {criteria}':
        'pas encore noté : {criteria}',
    'Not started yet.':
        'Pas encore commencée.',
    'not stated':
        'non indiqué',
    'Not yet':
        'Pas encore',
    'Note':
        'Note',
    'Note on the checklist item “{text}”':
        'Note sur l’élément « {text} »',
    'Notes':
        'Notes',
    'Notes on {call}':
        'Notes sur {call}',
    'Note…':
        'Note…',
    'Nothing is due: no application is waiting too long, no review is missing and no term ends within 90 days.':
        'Rien n’est dû : aucune candidature n’attend trop longtemps, aucune évaluation ne manque et aucun mandat ne se termine dans les 90 jours.',
    'nothing yet':
        'rien pour l’instant',
    'Notice':
        'Avis',
    'of {count}':
        'sur {count}',
    'On':
        'Le',
    'Once it is dropped, every other rule can be met.':
        'Si on l’abandonne, toutes les autres règles peuvent être respectées.',
    'One or several files from the other laptops; all are merged, or none.':
        'Un ou plusieurs fichiers des autres ordinateurs ; tous sont fusionnés, ou aucun.',
    'One Planet network — {programme}':
        'One Planet network — {programme}',
    'Only a decided or withdrawn application can be reopened.':
        'Seule une candidature décidée ou retirée peut être rouverte.',
    'Only a proposed initiative can be deleted; close it instead.':
        'Seule une initiative proposée peut être supprimée ; clôturez-la plutôt.',
    'Only an active membership can be renewed.':
        'Seule une adhésion active peut être renouvelée.',
    'Only an incumbent seeking renewal is scored; record that it seeks renewal first.':
        'Seul un titulaire demandant le renouvellement est noté ; enregistrez d’abord qu’il le demande.',
    'Only an initiative in due diligence can be decided.':
        'Seule une initiative en diligence raisonnable peut être décidée.',
    'Only free text can keep both values; choose one, or type the value to keep.':
        'Seul un texte libre peut garder les deux valeurs ; choisissez-en une, ou saisissez la valeur à garder.',
    'Only in this one':
        'Seulement dans celui-ci',
    'Only one desk can change a database at a time. Read-only, you can look things up and export, but not change anything.':
        'Un seul poste peut modifier une base de données à la fois. En lecture seule, vous pouvez consulter et exporter, mais rien modifier.',
    'Only the desk that has it open ({who}) can restore a backup.':
        'Seul le poste qui l’a ouverte ({who}) peut restaurer une sauvegarde.',
    'Only the desk that has {name} open for writing can restore a backup.':
        'Seul le poste qui a {name} ouverte en écriture peut restaurer une sauvegarde.',
    'Only those whose health dropped':
        'Seulement ceux dont la santé a baissé',
    'Only what {name} has not seen':
        'Seulement ce que {name} n’a pas vu',
    'Open':
        'Ouvrir',
    'Open &recent':
        'Ouvrir un fichier &récent',
    'Open again now':
        'Rouvrir maintenant',
    'Open applications':
        'Candidatures ouvertes',
    'Open database':
        'Ouvrir une base de données',
    'Open read-only':
        'Ouvrir en lecture seule',
    'Open the organisation':
        'Ouvrir l’organisation',
    'Open the organisation in the registry':
        'Ouvrir l’organisation dans le registre',
    'Open the process':
        'Ouvrir le processus',
    'Open the renewal process {title}':
        'Ouvrir le processus de renouvellement {title}',
    'Open the user guide':
        'Ouvrir le guide de l’utilisateur',
    'Open the {code} reporting cycle for {year}':
        'Ouvrir le cycle de rapport {code} pour {year}',
    'open-ended':
        'sans fin',
    'Opening {name} again…':
        'Réouverture de {name}…',
    'Opening {name}…':
        'Ouverture de {name}…',
    'OPN Desk':
        'OPN Desk',
    'OPN Desk cannot see from here whether {computer} still has it open.':
        'OPN Desk ne peut pas voir d’ici si {computer} l’a encore ouverte.',
    'OPN Desk could not check {name} for damage: {reason}':
        'OPN Desk n’a pas pu vérifier si {name} est endommagée : {reason}',
    'OPN Desk created a new, empty database at {path}. To work on another one, use File › Open database.':
        'OPN Desk a créé une nouvelle base de données vide dans {path}. Pour travailler sur une autre, utilisez Fichier › Ouvrir une base de données.',
    'OPN Desk databases (*.sqlite *.db);;All files (*)':
        'Bases de données OPN Desk (*.sqlite *.db);;Tous les fichiers (*)',
    'OPN Desk databases (*.sqlite)':
        'Bases de données OPN Desk (*.sqlite)',
    'OPN Desk user guide':
        'Guide de l’utilisateur d’OPN Desk',
    'optional':
        'facultatif',
    'Optional: why it was accepted (it can be quoted in the letter)':
        'Facultatif : pourquoi elle a été acceptée (peut être citée dans la lettre)',
    "or find the reviewer's organisation":
        'ou trouvez l’organisation de l’évaluateur',
    'Or type the value to keep (for example, the two combined):':
        'Ou saisissez la valeur à garder (par exemple, les deux combinées) :',
    'Organisation':
        'Organisation',
    'Organisation in the file':
        'Organisation dans le fichier',
    'Organisation name':
        'Nom de l’organisation',
    'Organisation or seat':
        'Organisation ou siège',
    'Organisations':
        'Organisations',
    'organisations':
        'organisations',
    'Other SDGs':
        'Autres ODD',
    'Other tasks':
        'Autres tâches',
    'Outcome':
        'Issue',
    'Over the years':
        'Au fil des ans',
    'Overdue':
        'En retard',
    'overdue':
        'en retard',
    'Overview':
        'Vue d’ensemble',
    'Owner':
        'Responsable',
    'Page':
        'Page',
    'Papers':
        'Documents',
    'papers: {n}':
        'documents : {n}',
    'Parent organisation (family)':
        'Organisation mère (famille)',
    'Participants':
        'Participants',
    'Participation':
        'Participation',
    'Participation rates':
        'Taux de participation',
    'Partner':
        'Partenaire',
    'Partners':
        'Partenaires',
    "Partners from least developed countries on the meeting's date come first, then the groups the desk chose, then the others; within a rank the earlier request. The proposal grants in that order while the budget lasts. The desk may decide otherwise; the ranking stays as computed.":
        'Les partenaires des pays les moins avancés à la date de la réunion passent en premier, puis les groupes choisis par le secrétariat, puis les autres ; à rang égal, la demande la plus ancienne. La proposition accorde dans cet ordre tant que le budget le permet. Le secrétariat peut décider autrement ; le classement reste tel que calculé.',
    'Partnership health':
        'Santé du partenariat',
    'Passes':
        'Réussit',
    'PDF document (*.pdf);;Spreadsheet (*.xlsx)':
        'Document PDF (*.pdf);;Feuille de calcul (*.xlsx)',
    'PDF documents (*.pdf)':
        'Documents PDF (*.pdf)',
    'People':
        'Personnes',
    'People ({count})':
        'Personnes ({count})',
    'Person':
        'Personne',
    'Pick':
        'Choisir',
    'Pick some candidates first.':
        'Choisissez d’abord des candidats.',
    'Pick the slate ({count} picked)':
        'Choisir la liste ({count} choisis)',
    'Picked':
        'Choisi',
    'Picked only':
        'Choisis seulement',
    'Pin':
        'Épinglage',
    'Pin in (always in a proposal)':
        'Épingler dedans (toujours dans une proposition)',
    'Pin in {name}':
        'Épingler {name} dedans',
    'Pin out (never in a proposal)':
        'Épingler dehors (jamais dans une proposition)',
    'Pin out {name}':
        'Épingler {name} dehors',
    'Pinned in':
        'Épinglé dedans',
    'Pinned out':
        'Épinglé dehors',
    'Pins are candidates pinned in (true) or out (false).':
        'Les épinglages sont des candidats épinglés dedans (true) ou dehors (false).',
    'Place':
        'Lieu',
    'Place or link':
        'Lieu ou lien',
    'Plan a succession entry':
        'Planifier une entrée de succession',
    'Plan the succession for {year}':
        'Planifier la succession pour {year}',
    'Planned':
        'Prévu',
    'Planned end':
        'Fin prévue',
    'Planned start':
        'Début prévu',
    'Plan…':
        'Planifier…',
    'Pool':
        'Vivier',
    'Portfolio':
        'Portefeuille',
    'Possible duplicates':
        'Doublons possibles',
    'Possible duplicates of organisations in the registry':
        'Doublons possibles d’organisations du registre',
    'Postponed':
        'Reporté',
    'Preferences':
        'Préférences',
    'Prepare reminders…':
        'Préparer les relances…',
    'Preparing reminders…':
        'Préparation des relances…',
    'Preparing the reminders…':
        'Préparation des relances…',
    'Presenter':
        'Présentateur',
    'Press Propose for the slate with the best total score that meets every rule, or right-click a candidate and ask why it is not in that slate.':
        'Appuyez sur Proposer pour obtenir la liste au meilleur score total qui respecte chaque règle, ou faites un clic droit sur un candidat pour demander pourquoi il n’est pas dans cette liste.',
    'Print {title}':
        'Imprimer {title}',
    'Printed at the top of letters, review packs, dossiers and rosters: up to four lines, the first in bold. Leave it empty to print "One Planet network — <programme>".':
        'Imprimé en haut des lettres, dossiers d’évaluation, dossiers et listes des membres : jusqu’à quatre lignes, la première en gras. Laissez vide pour imprimer "One Planet network — <programme>".',
    'Printing {title}…':
        'Impression de {title}…',
    'Print…':
        'Imprimer…',
    'Priority':
        'Priorité',
    'Priority sectors':
        'Secteurs prioritaires',
    'Pro&gramme':
        'Pro&gramme',
    'Problem':
        'Problème',
    'Programme':
        'Programme',
    'Programme &letterheads…':
        '&En-têtes des programmes…',
    'Programme applied to':
        'Programme visé par la candidature',
    'Programme letterheads':
        'En-têtes des programmes',
    'Programme of the day':
        'Programme de la journée',
    'Programmes':
        'Programmes',
    'Progress':
        'Avancement',
    'Progress and next steps':
        'Avancement et prochaines étapes',
    'Progress of {task}':
        'Avancement de {task}',
    'Progress report of {code}: {pages} pages':
        'Rapport d’avancement de {code} : {pages} pages',
    'Progress report: {code}':
        'Rapport d’avancement : {code}',
    'Progress report…':
        'Rapport d’avancement…',
    'Proposal':
        'Proposition',
    'Propose':
        'Proposer',
    'Propose {name}':
        'Proposer {name}',
    'Propose {name} for the leadership':
        'Proposer {name} pour la direction',
    'Proposed':
        'Proposé',
    'Proposed leadership':
        'Direction proposée',
    'Proposed slate: {n} candidates, total score {score}; every rule is met.':
        'Liste proposée : {n} candidats, score total {score} ; chaque règle est respectée.',
    'Proposed.':
        'Proposé.',
    'Propose…':
        'Proposer…',
    'Proposing a slate…':
        'Proposition d’une liste…',
    'Public':
        'Public',
    'Quit':
        'Quitter',
    'R&ole':
        'R&ôle',
    'Rank':
        'Rang',
    'rank {rank} in the call':
        'rang {rank} dans l’appel',
    'Ranking of the call…':
        'Classement de l’appel…',
    'Ranking of {call}':
        'Classement de {call}',
    'Ranking: {call}':
        'Classement : {call}',
    'Rate':
        'Taux',
    'Rates':
        'Taux',
    'Rating':
        'Appréciation',
    'Re&presentative':
        'Re&présentant',
    'Read exchange files':
        'Lire des fichiers d’échange',
    'Read exchange files…':
        'Lire des fichiers d’échange…',
    'Read-only':
        'Lecture seule',
    'Read:':
        'Lire :',
    'Reading exchange files':
        'Lecture des fichiers d’échange',
    'Reading the applications…':
        'Lecture des candidatures…',
    'Reading the application…':
        'Lecture de la candidature…',
    'Reading the backups…':
        'Lecture des sauvegardes…',
    "Reading the call's applications…":
        'Lecture des candidatures de l’appel…',
    'Reading the composition…':
        'Lecture de la composition…',
    'Reading the file…':
        'Lecture du fichier…',
    'Reading the meeting…':
        'Lecture de la réunion…',
    'Reading the renewal process…':
        'Lecture du processus de renouvellement…',
    'Reading the round and finding its slate…':
        'Lecture du tour et recherche de sa liste…',
    'Reading the work plan…':
        'Lecture du plan de travail…',
    'Reading {name}…':
        'Lecture de {name}…',
    'Reason':
        'Raison',
    'Reason for the postponement':
        'Raison du report',
    'Reasons':
        'Raisons',
    'Recei&ved on':
        'Re&çue le',
    'Received on':
        'Reçus le',
    'received {day}':
        'reçue le {day}',
    'Recommendation':
        'Recommandation',
    'Record':
        'Enregistrer',
    "Record a reviewer's scores of this incumbent on the lead criteria":
        'Enregistrer les notes d’un évaluateur pour ce titulaire selon les critères de direction',
    'Record a self-assessment':
        'Enregistrer une auto-évaluation',
    'Record a self-assessment…':
        'Enregistrer une auto-évaluation…',
    'Record a submission':
        'Enregistrer une soumission',
    'Record a submission…':
        'Enregistrer une soumission…',
    'Record an application':
        'Enregistrer une candidature',
    'Record an application received by e-mail or on paper (Ctrl+Shift+N)':
        'Enregistrer une candidature reçue par courriel ou sur papier (Ctrl+Maj+N)',
    'Record application':
        'Enregistrer une candidature',
    'Record application of {name}':
        'Enregistrer la candidature de {name}',
    'Record decision':
        'Enregistrer la décision',
    'Record of {item}':
        'Compte rendu de {item}',
    'Record the allocation':
        'Enregistrer la répartition',
    'Record the attendance ticked':
        'Enregistrer les présences cochées',
    "Record the MAC's opinion on {name}":
        'Enregistrer l’avis du MAC sur {name}',
    'Record the reasons for the decision.':
        'Enregistrez les raisons de la décision.',
    'Record the report of {name}':
        'Enregistrer le rapport de {name}',
    'Record the self-assessment of {name}':
        'Enregistrer l’auto-évaluation de {name}',
    'Record written comments…':
        'Enregistrer des commentaires écrits…',
    'Redone: {what}':
        'Rétabli : {what}',
    'Refresh':
        'Actualiser',
    'Regional group':
        'Groupe régional',
    'Regional group of the country':
        'Groupe régional du pays',
    'Regional group of {name}':
        'Groupe régional de {name}',
    'Reload (lose my changes)':
        'Recharger (perdre mes modifications)',
    'Reload the step':
        'Recharger l’étape',
    'Reminders (days from the deadline)':
        'Relances (jours par rapport à l’échéance)',
    'Reminders are written in English (en), French (fr) or Spanish (es).':
        'Les relances sont écrites en anglais (en), français (fr) ou espagnol (es).',
    'Reminders go to today':
        'Les relances vont aujourd’hui à',
    'Remove':
        'Retirer',
    'Remove declared conflict':
        'Retirer le conflit déclaré',
    'Remove rule':
        'Retirer la règle',
    'Remove the checklist item “{text}”':
        'Retirer l’élément « {text} »',
    'Remove the conflict of {who}':
        'Retirer le conflit de {who}',
    'Remove the conflict {who} declared?':
        'Retirer le conflit déclaré par {who} ?',
    'Remove the criterion {name}':
        'Retirer le critère {name}',
    'Remove the criterion {name}?':
        'Retirer le critère {name} ?',
    'Remove the lead criterion {name}':
        'Retirer le critère de direction {name}',
    'Remove the pin':
        'Retirer l’épinglage',
    'Remove the pin of {name}':
        'Retirer l’épinglage de {name}',
    'Remove {file} from step {number}':
        'Retirer {file} de l’étape {number}',
    'Remove {file} from step {number}?':
        'Retirer {file} de l’étape {number} ?',
    'Remove {file} from this application?':
        'Retirer {file} de cette candidature ?',
    'Remove {file} from {name}':
        'Retirer {file} de {name}',
    'Remove {name}':
        'Retirer {name}',
    'Remove {name} ({year}) from the succession plan?':
        'Retirer {name} ({year}) du plan de succession ?',
    'Remove {name} from the succession plan':
        'Retirer {name} du plan de succession',
    'Remove {name} from this organisation?':
        'Retirer {name} de cette organisation ?',
    'Remove “{text}” from the checklist?':
        'Retirer « {text} » de la liste ?',
    'removed':
        'retiré',
    'Remove…':
        'Retirer…',
    'Renew':
        'Renouveler',
    'Renew membership':
        'Renouveler l’adhésion',
    'Renew membership: {what}':
        'Renouveler l’adhésion : {what}',
    'Renew term…':
        'Renouveler le mandat…',
    'Renew the term of {name}':
        'Renouveler le mandat de {name}',
    'Renew the term of {name} as {role} of {code}?':
        'Renouveler le mandat de {name} comme {role} de {code} ?',
    'Renewal commitments':
        'Engagements de renouvellement',
    'Renewal steps':
        'Étapes du renouvellement',
    'Reopen':
        'Rouvrir',
    'Reopen for review…':
        'Rouvrir pour l’examen…',
    'Reopen for screening…':
        'Rouvrir pour la présélection…',
    'Reopen step {number}':
        'Rouvrir l’étape {number}',
    'Reopen step {number} of the renewal':
        'Rouvrir l’étape {number} du renouvellement',
    'Reopen the application of {name}':
        'Rouvrir la candidature de {name}',
    'Reopening a step needs a reason.':
        'Rouvrir une étape demande une raison.',
    'Reopen…':
        'Rouvrir…',
    'Replace the picks':
        'Remplacer les choix',
    "Replace the picks with this scenario's slate":
        'Remplacer les choix par la liste de ce scénario',
    "Replace the rules with the Terms of Reference's: every regional group at least 1 and at most 40%, every cluster at least 1, at least 50% female representatives, one per parent organisation.":
        'Remplacer les règles par celles des Termes de référence : chaque groupe régional au moins 1 et au plus 40%, chaque groupe de parties prenantes au moins 1, au moins 50% de représentantes, un par organisation mère.',
    'Replace your {n} picks with this slate?':
        'Remplacer vos {n} choix par cette liste ?',
    'Reported':
        'A rapporté',
    'Reporting':
        'Rapports',
    'Reporting cycle {code} {year}':
        'Cycle de rapport {code} {year}',
    'Reporting focal point of {name}':
        'Point focal pour les rapports de {name}',
    'Reporting year':
        'Année de rapport',
    'Reporting year (cycle)':
        'Année de rapport (cycle)',
    'Representative':
        'Représentant',
    "Representative's gender":
        'Genre du représentant',
    'represented by {name}':
        'représenté par {name}',
    'Requested':
        'Demandé',
    'Requested on':
        'Demandé le',
    'Required fields without a column: {fields}.':
        'Champs obligatoires sans colonne : {fields}.',
    'Reset to the Terms of Reference':
        'Revenir aux Termes de référence',
    'Responsibility':
        'Responsabilité',
    'Responsible':
        'Responsable',
    'Restore':
        'Restaurer',
    'Restore defaults':
        'Rétablir les valeurs par défaut',
    'Restore from backup':
        'Restaurer une sauvegarde',
    'Restore the backup taken on {taken} ({kind})?':
        'Restaurer la sauvegarde prise le {taken} ({kind}) ?',
    'Restore the default screening checklist for {role}':
        'Rétablir la liste de vérification de présélection par défaut pour {role}',
    'Restore the newest good backup to go on working.':
        'Restaurez la sauvegarde saine la plus récente pour continuer à travailler.',
    'Restore the newest good backup…':
        'Restaurer la sauvegarde saine la plus récente…',
    'Restore…':
        'Restaurer…',
    'Restoring the backup…':
        'Restauration de la sauvegarde…',
    'Revert':
        'Revenir',
    'review pack':
        'dossier d’évaluation',
    'Review pack (PDF)…':
        'Dossier d’évaluation (PDF)…',
    'Review pack of the call (PDF)…':
        'Dossier d’évaluation de l’appel (PDF)…',
    'Review pack: {title}':
        'Dossier d’évaluation : {title}',
    'Reviewer of this call':
        'Évaluateur de cet appel',
    'reviewers disagree on {criteria}':
        'les évaluateurs divergent sur {criteria}',
    'Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); differences of {limit} points or more are highlighted.':
        'Les évaluateurs divergent : leurs notes diffèrent de {spread} points (de {low} à {high}) ; les écarts de {limit} points ou plus sont surlignés.',
    'Reviews':
        'Évaluations',
    'Reviews ({total})':
        'Évaluations ({total})',
    'reviews missing':
        'évaluations manquantes',
    'Reviews missing ({count})':
        'Évaluations manquantes ({count})',
    'Role':
        'Rôle',
    'Role &applied for':
        'Rôle &demandé',
    'Role applied for':
        'Rôle demandé',
    'Role applied for:':
        'Rôle demandé :',
    'Roles':
        'Rôles',
    'Roster…':
        'Liste des membres…',
    'Row':
        'Ligne',
    'Rule':
        'Règle',
    'rule {n}':
        'règle {n}',
    'Rules broken':
        'Règles non respectées',
    "rules: the Terms of Reference's defaults (not saved yet)":
        'règles : celles des Termes de référence par défaut (pas encore enregistrées)',
    'S&tatement':
        'Dé&claration',
    'Same as {name}: {why}':
        'Identique à {name} : {why}',
    'Save':
        'Enregistrer',
    'Save as PDF':
        'Enregistrer en PDF',
    'Save as PDF…':
        'Enregistrer en PDF…',
    'Save notes':
        'Enregistrer les notes',
    'Save opinion':
        'Enregistrer l’avis',
    'Save scenario':
        'Enregistrer le scénario',
    'Save scenario {name}':
        'Enregistrer le scénario {name}',
    'Save scores':
        'Enregistrer les notes',
    'Save step':
        'Enregistrer l’étape',
    'Save the current picks as:':
        'Enregistrer les choix actuels sous :',
    'Save the cycle summary':
        'Enregistrer le résumé du cycle',
    "Save the item's record":
        'Enregistrer le compte rendu du point',
    'Save the PDF':
        'Enregistrer le PDF',
    'Save the review pack':
        'Enregistrer le dossier d’évaluation',
    'Save the selection report':
        'Enregistrer le rapport de sélection',
    'Save your changes to {name}?':
        'Enregistrer vos modifications de {name} ?',
    'Saved':
        'Enregistré',
    'Saved: {what}':
        'Enregistré : {what}',
    'Say why the partner is excused from reporting.':
        'Indiquez pourquoi le partenaire est dispensé de rapport.',
    'SBC':
        'SBC',
    'Scenario':
        'Scénario',
    'Scenarios':
        'Scénarios',
    'Scenarios of {call}':
        'Scénarios de {call}',
    'Scenarios…':
        'Scénarios…',
    'Science & tech.':
        'Science et tech.',
    'Score':
        'Score',
    'Score (0–{max})':
        'Note (0–{max})',
    'Score of an incumbent':
        'Note d’un titulaire',
    'Score of this incumbent…':
        'Note de ce titulaire…',
    'Score {name}':
        'Noter {name}',
    'Scores':
        'Notes',
    "Scores are recorded while the application is under review or waiting for the MAC's opinion.":
        'Les notes sont enregistrées pendant l’examen de la candidature ou lorsqu’elle attend l’avis du MAC.',
    'Scores from 0 to {max} per criterion and reviewer. Criteria where reviewers differ by {spread} points or more are highlighted.':
        'Notes de 0 à {max} par critère et par évaluateur. Les critères où les évaluateurs divergent de {spread} points ou plus sont surlignés.',
    'Scores given':
        'Notes données',
    'Scores left out for a conflict of interest:':
        'Notes écartées pour conflit d’intérêts :',
    'Scores of {name}':
        'Notes de {name}',
    'Scores of {reviewer} for {name}':
        'Notes de {reviewer} pour {name}',
    'Score…':
        'Noter…',
    'Screening':
        'Présélection',
    'Screening ({done}/{total})':
        'Présélection ({done}/{total})',
    'Screening checklists':
        'Listes de vérification de la présélection',
    'Screening checklists…':
        'Listes de vérification de la présélection…',
    'SDG 12 and at most five other SDGs: {count} of 5 chosen.':
        'L’ODD 12 et au plus cinq autres ODD : {count} sur 5 choisis.',
    'SDG {n}':
        'ODD {n}',
    'SDGs':
        'ODD',
    'Search applicants by name or acronym':
        'Rechercher les candidats par nom ou sigle',
    'Search names, acronyms, countries':
        'Rechercher noms, sigles, pays',
    'Search partners':
        'Rechercher des partenaires',
    'Search the registry for the other record':
        'Rechercher l’autre enregistrement dans le registre',
    'Search titles and partners':
        'Rechercher dans les titres et les partenaires',
    'Search titles, descriptions, leads':
        'Rechercher dans les titres, descriptions, chefs de file',
    'Searches the name, acronym, other names and country (Ctrl+F)':
        'Recherche dans le nom, le sigle, les autres noms et le pays (Ctrl+F)',
    'Seats and balance rules':
        'Sièges et règles d’équilibre',
    'Seats and balance rules of {call}':
        'Sièges et règles d’équilibre de {call}',
    'Seats and rules':
        'Sièges et règles',
    'Seats and rules…':
        'Sièges et règles…',
    'Seats filled':
        'Sièges pourvus',
    'Seats:':
        'Sièges :',
    'Sector':
        'Secteur',
    'Sector: {name}':
        'Secteur : {name}',
    'Seeks renewal':
        'Demande le renouvellement',
    'Selected invitee:':
        'Invité sélectionné :',
    'Selection':
        'Sélection',
    'selection report':
        'rapport de sélection',
    'Selection report: {call}':
        'Rapport de sélection : {call}',
    'Selection report…':
        'Rapport de sélection…',
    'Self-assessment':
        'Auto-évaluation',
    'Send the application of {name} to review':
        'Envoyer la candidature de {name} à l’examen',
    'Send to review…':
        'Envoyer à l’examen…',
    'sent in advance':
        'envoyés à l’avance',
    'Set participation':
        'Définir la participation',
    'Set the letterhead of {codes}':
        'Définir l’en-tête de {codes}',
    'Set the reporting focal point of {name}':
        'Définir le point focal pour les rapports de {name}',
    'Set the screening checklist for {role}':
        'Définir la liste de vérification de présélection pour {role}',
    'Set {name} back to to do':
        'Remettre {name} à faire',
    'SFS':
        'SFS',
    'Shared folder (OneDrive, Dropbox, a network drive)':
        'Dossier partagé (OneDrive, Dropbox, un lecteur réseau)',
    'Shipped defaults':
        'Valeurs livrées par défaut',
    'Show only the members whose row contains these words':
        'Afficher seulement les membres dont la ligne contient ces mots',
    "Show or hide the document's contents":
        'Afficher ou masquer le sommaire du document',
    'Show or hide the list of what is due':
        'Afficher ou masquer la liste des échéances',
    'Show the step as it is now saved; your unsaved edits are dropped':
        'Afficher l’étape telle qu’elle est enregistrée ; vos modifications non enregistrées sont abandonnées',
    'SIDS':
        'PEID',
    'since {when}, by {who}':
        'depuis le {when}, par {who}',
    'Size':
        'Taille',
    'SLE':
        'SLE',
    'Small island developing state':
        'Petit État insulaire en développement',
    'small island developing states':
        'petits États insulaires en développement',
    'someone':
        'quelqu’un',
    'Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; please report this.':
        'Un problème inattendu pour OPN Desk est survenu ({kind}). Rien de plus n’a été enregistré ; merci de le signaler.',
    'Something went wrong that OPN Desk did not expect ({kind}). Nothing further was written; please report this.':
        'Un problème inattendu pour OPN Desk est survenu ({kind}). Rien de plus n’a été écrit ; merci de le signaler.',
    'SPP':
        'SPP',
    'Spreadsheet (*.xlsx);;CSV (*.csv)':
        'Feuille de calcul (*.xlsx);;CSV (*.csv)',
    'Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)':
        'Feuilles de calcul (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)',
    'Spreadsheets (*.csv *.xlsx)':
        'Feuilles de calcul (*.csv *.xlsx)',
    'Stakeholder c&luster':
        '&Groupe de parties prenantes',
    'Stakeholder cluster':
        'Groupe de parties prenantes',
    'Start':
        'Commencer',
    'Start screening the application of {name}':
        'Commencer la présélection de la candidature de {name}',
    'Start screening…':
        'Commencer la présélection…',
    'Start step {number} of the renewal':
        'Commencer l’étape {number} du renouvellement',
    'Start the minutes from the agenda':
        'Commencer le procès-verbal à partir de l’ordre du jour',
    'Start the minutes of {meeting}':
        'Commencer le procès-verbal de {meeting}',
    'Starts on':
        'Commence le',
    'State':
        'État',
    'Statement':
        'Déclaration',
    'Status':
        'Statut',
    'Status (inactive after two years without an update)':
        'Statut (inactive après deux ans sans mise à jour)',
    'Status in the cycle':
        'Statut dans le cycle',
    'Step':
        'Étape',
    'Step {number} has changes that are not saved. Leave them?':
        'L’étape {number} a des modifications non enregistrées. Les abandonner ?',
    'Step {number} of 4':
        'Étape {number} sur 4',
    'Step {number} was changed since you started editing it. Your edits are kept here but cannot be saved over the change: reload the step to see it, then make your edits again.':
        'L’étape {number} a été modifiée depuis que vous avez commencé à la modifier. Vos modifications sont gardées ici mais ne peuvent pas écraser ce changement : rechargez l’étape pour le voir, puis refaites vos modifications.',
    'Step {number}: {title}':
        'Étape {number} : {title}',
    'step {n} of 4: {title}':
        'étape {n} sur 4 : {title}',
    'stopped.':
        'arrêté.',
    'STP':
        'STP',
    'Submitted on':
        'Soumis le',
    'Succession is planned for co-leads and core partners.':
        'La succession est planifiée pour les co-responsables et les partenaires principaux.',
    'Succession planning to {year}':
        'Planification de la succession jusqu’en {year}',
    'Suggested because of the reasons shown; or search for another record.':
        'Suggéré pour les raisons indiquées ; ou recherchez un autre enregistrement.',
    'Summary for the Board, draft…':
        'Résumé pour le Conseil, provisoire…',
    'Summary for the Board, final…':
        'Résumé pour le Conseil, définitif…',
    'Take out of the proposal':
        'Retirer de la proposition',
    'Take over':
        'Reprendre',
    'Take over {name} only if you are sure nobody is using it.':
        'Ne reprenez {name} que si vous êtes sûr que personne ne l’utilise.',
    'Take over…':
        'Reprendre…',
    'Take {name} out of the proposed leadership':
        'Retirer {name} de la direction proposée',
    'Taken':
        'Prise le',
    'target {target:.0%}':
        'objectif {target:.0%}',
    'Targets':
        'Cibles',
    'Task':
        'Tâche',
    'Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, postponed), printed as the three-column progress report.':
        'Tâches par domaine avec leur avancement, prochaines étapes et statut (terminée, en cours, pas encore commencée, reportée), imprimées comme le rapport d’avancement en trois colonnes.',
    'Term':
        'Mandat',
    'Term &starts':
        '&Début du mandat',
    'Term ends':
        'Fin du mandat',
    'Term ends on':
        'Fin du mandat le',
    'Terms ended or ending within 90 days ({count})':
        'Mandats terminés ou se terminant dans les 90 jours ({count})',
    'Terms of office':
        'Mandats',
    'That activity no longer exists.':
        'Cette activité n’existe plus.',
    "That application does not answer this renewal process's co-lead call.":
        'Cette candidature ne répond pas à l’appel de co-responsables de ce processus de renouvellement.',
    'That application does not exist (it may have been deleted or undone).':
        'Cette candidature n’existe pas (elle a peut-être été supprimée ou annulée).',
    'That application no longer exists.':
        'Cette candidature n’existe plus.',
    'That attachment no longer exists (it may have been removed or undone).':
        'Cette pièce jointe n’existe plus (elle a peut-être été retirée ou annulée).',
    'That call does not exist (it may have been deleted or undone).':
        'Cet appel n’existe pas (il a peut-être été supprimé ou annulé).',
    'That call no longer exists.':
        'Cet appel n’existe plus.',
    'That candidate no longer exists (it may have been deleted or undone).':
        'Ce candidat n’existe plus (il a peut-être été supprimé ou annulé).',
    'That evidence file no longer exists (it may have been removed or undone).':
        'Ce justificatif n’existe plus (il a peut-être été retiré ou annulé).',
    'That initiative no longer exists.':
        'Cette initiative n’existe plus.',
    'That membership has already ended.':
        'Cette adhésion est déjà terminée.',
    'That membership is not a co-lead membership of this programme.':
        'Cette adhésion n’est pas une adhésion de co-responsable de ce programme.',
    'That membership no longer exists (it may have been deleted or undone).':
        'Cette adhésion n’existe plus (elle a peut-être été supprimée ou annulée).',
    'That organisation no longer exists (it may have been deleted or undone).':
        'Cette organisation n’existe plus (elle a peut-être été supprimée ou annulée).',
    'That organisation no longer exists.':
        'Cette organisation n’existe plus.',
    'That parent would make a circle of parent organisations.':
        'Cette organisation mère formerait un cercle d’organisations mères.',
    'That person no longer exists.':
        'Cette personne n’existe plus.',
    'That reporting cycle no longer exists.':
        'Ce cycle de rapport n’existe plus.',
    'That score no longer exists (it may have been removed or undone).':
        'Cette note n’existe plus (elle a peut-être été retirée ou annulée).',
    'The acronym is longer than 50 characters.':
        'Le sigle dépasse 50 caractères.',
    'The activity was changed since you opened it; reopen it to see the latest version.':
        'L’activité a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.',
    'The alternate must be someone other than the representative.':
        'Le suppléant doit être une autre personne que le représentant.',
    "The applicants are the call's co-lead applications, and the lead criteria are its evaluation criteria (the co-lead defaults when it has none).":
        'Les candidats sont les candidatures de co-responsables de l’appel, et les critères de direction sont ses critères d’évaluation (ceux des co-responsables par défaut s’il n’en a pas).',
    'The application already has scores, so its organisation, programme, role and call cannot change.':
        'La candidature a déjà des notes : son organisation, son programme, son rôle et son appel ne peuvent plus changer.',
    'The application was changed since you opened it; reopen it to see the latest version.':
        'La candidature a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.',
    'The attachment needs a file name.':
        'La pièce jointe a besoin d’un nom de fichier.',
    'The backup taken on {taken} was restored.':
        'La sauvegarde prise le {taken} a été restaurée.',
    'The call has no evaluation criteria yet, so there is nothing to score.':
        'L’appel n’a pas encore de critères d’évaluation, il n’y a donc rien à noter.',
    'The call has no evaluation criteria yet.':
        'L’appel n’a pas encore de critères d’évaluation.',
    "The call is step 2's open call for expressions of interest; its evaluation criteria are the lead criteria (the co-lead defaults when it has none).":
        'L’appel est l’appel à manifestation d’intérêt ouvert de l’étape 2 ; ses critères d’évaluation sont les critères de direction (ceux des co-responsables par défaut s’il n’en a pas).',
    'The call the application answers':
        'L’appel auquel répond la candidature',
    "The call's title is longer than 300 characters.":
        'Le titre de l’appel dépasse 300 caractères.',
    'The checklist already has that item.':
        'La liste contient déjà cet élément.',
    'The closest workable slate (total score {score}) relaxes {eased}.':
        'La liste réalisable la plus proche (score total {score}) assouplit {eased}.',
    'The co-leads and core partners in office on the date chosen under Terms of office':
        'Les co-responsables et partenaires principaux en fonction à la date choisie sous Mandats',
    'The co-leads in office today. Those seeking renewal are candidates on the same criteria as the applicants; one that also applied is its application.':
        'Les co-responsables en fonction aujourd’hui. Ceux qui demandent le renouvellement sont candidats selon les mêmes critères que les candidats ; celui qui a aussi présenté une candidature est représenté par celle-ci.',
    'The core-partner call whose slate you are choosing':
        'L’appel de partenaires principaux dont vous choisissez la liste',
    "The core-partner selection's rules, for as many seats as leads are proposed. With few seats not every group can be represented. Gender is only counted.":
        'Les règles de la sélection des partenaires principaux, pour autant de sièges que de responsables proposés. Avec peu de sièges, tous les groupes ne peuvent pas être représentés. Le genre est seulement compté.',
    'The criteria candidates are scored on (editable)':
        'Les critères sur lesquels les candidats sont notés (modifiables)',
    "The criteria the candidates are scored on: those of the process's co-lead call. Defaults: a full-time staff member committed to the coordination desk, a financial or in-kind contribution, regional and stakeholder representation, expertise in the programme's work-streams, and a track record in the network.":
        'Les critères sur lesquels les candidats sont notés : ceux de l’appel de co-responsables du processus. Par défaut : un membre du personnel à plein temps affecté au secrétariat de coordination, une contribution financière ou en nature, la représentation régionale et des parties prenantes, l’expertise dans les axes de travail du programme, et l’expérience dans le réseau.',
    "The criterion's name is longer than 200 characters.":
        'Le nom du critère dépasse 200 caractères.',
    'The database as it was before is kept as {name} in its backups folder.':
        'La base de données telle qu’elle était avant est conservée sous le nom {name} dans son dossier de sauvegardes.',
    'The database has no countries; create a new database for the demo network.':
        'La base de données n’a aucun pays ; créez une nouvelle base de données pour le réseau de démonstration.',
    'The database was upgraded; a copy from before is in its backups folder.':
        'La base de données a été mise à niveau ; une copie d’avant se trouve dans son dossier de sauvegardes.',
    'The database will be as it was then, with {organisations}.':
        'La base de données sera telle qu’elle était alors, avec {organisations}.',
    'The decision is include or decline.':
        'La décision est inclure ou refuser.',
    'The decision letter':
        'La lettre de décision',
    'The demo database was not created.':
        'La base de démonstration n’a pas été créée.',
    "The desk's own notes: never in a public export.":
        'Les notes du secrétariat : jamais dans un export public.',
    'The disagreement threshold is a number of points above 0.':
        'Le seuil de désaccord est un nombre de points supérieur à 0.',
    'The eligibility and due-diligence checks a new application starts its screening with. Applications already received keep their own list.':
        'Les vérifications d’éligibilité et de diligence raisonnable avec lesquelles une nouvelle candidature commence sa présélection. Les candidatures déjà reçues gardent leur propre liste.',
    'The file could not be used: {reason}{where}.':
        'Le fichier n’a pas pu être utilisé : {reason}{where}.',
    'The file holds':
        'Le fichier contient',
    'The file name must end in .csv or .xlsx.':
        'Le nom du fichier doit se terminer par .csv ou .xlsx.',
    'The file to import':
        'Le fichier à importer',
    'The folder {folder} does not exist.':
        'Le dossier {folder} n’existe pas.',
    'The import is one step: Edit › Undo removes everything it added.':
        'L’importation est une seule étape : Édition › Annuler retire tout ce qu’elle a ajouté.',
    'The initiative was changed since you opened it; reopen it to see the latest version.':
        'L’initiative a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.',
    'The lead cannot leave its initiative; name another lead first.':
        'Le chef de file ne peut pas quitter son initiative ; nommez d’abord un autre chef de file.',
    "The leadership renewal dossier of the programme's latest process, for the MAC and the Board":
        'Le dossier de renouvellement de la direction du dernier processus du programme, pour le MAC et le Conseil',
    "The leadership renewal process: agreeing the need and timeline, the open call, review against the evaluation criteria, the MAC's opinion and submission to the Board; co-lead terms and succession planning up to 2030.":
        'Le processus de renouvellement de la direction : accord sur le besoin et le calendrier, l’appel ouvert, l’évaluation selon les critères, l’avis du MAC et la soumission au Conseil ; mandats des co-responsables et planification de la succession jusqu’en 2030.',
    'The lines printed at the top of letters, packs, dossiers and rosters, per programme (kept in the database)':
        'Les lignes imprimées en haut des lettres, dossiers d’évaluation, dossiers et listes des membres, par programme (conservées dans la base de données)',
    'The lock says it was opened by {user} on {computer} (process {pid}) since {since}. {why} If that desk is in fact still open, both would write to the database and changes could be lost.':
        'Le verrou indique qu’elle a été ouverte par {user} sur {computer} (processus {pid}) depuis le {since}. {why} Si ce poste est en fait encore ouvert, les deux écriraient dans la base de données et des modifications pourraient être perdues.',
    'The MAC opinion on {name} is not saved. Leave it?':
        'L’avis du MAC sur {name} n’est pas enregistré. Le laisser ?',
    "The MAC's opinion":
        'L’avis du MAC',
    "The MAC's opinion is recorded while the application is under review or waiting for it.":
        'L’avis du MAC est enregistré pendant l’examen de la candidature ou lorsqu’elle l’attend.',
    "The meeting's pack as one PDF (cover, participants, agenda, each item with its papers), in the print preview.":
        'Le dossier de la réunion en un seul PDF (couverture, participants, ordre du jour, chaque point avec ses documents), dans l’aperçu avant impression.',
    'The minima add up to {total} seats but there are only {seats} ({attribute}: {parts}). Each candidate counts for one of these rules at most, so no slate can meet them all; lower some of them or add seats.':
        'Les minimums totalisent {total} sièges mais il n’y en a que {seats} ({attribute} : {parts}). Chaque candidat compte pour une seule de ces règles au plus, donc aucune liste ne peut toutes les respecter ; abaissez-en certaines ou ajoutez des sièges.',
    "The minutes are not started. Starting them copies the agenda: each item's record opens with its presenter and the decision sought.":
        'Le procès-verbal n’est pas commencé. Le commencer copie l’ordre du jour : le compte rendu de chaque point s’ouvre avec son présentateur et la décision demandée.',
    "The Multi-stakeholder Advisory Committee's opinion on this candidate":
        'L’avis du Comité consultatif multipartite sur ce candidat',
    "The Multi-stakeholder Advisory Committee's opinion, when it gives one":
        'L’avis du Comité consultatif multipartite, lorsqu’il en donne un',
    'The name is longer than 300 characters.':
        'Le nom dépasse 300 caractères.',
    "The network's reporting export, CSV or Excel (.xlsx): one row per activity with organisation, programme, year, title and category; initiative, countries, SDGs, change in practice, highlight and submission date are optional. Nothing is written while any row has a problem.":
        'L’export des rapports du réseau, CSV ou Excel (.xlsx) : une ligne par activité avec l’organisation, le programme, l’année, le titre et la catégorie ; l’initiative, les pays, les ODD, le changement de pratiques, le fait marquant et la date de soumission sont facultatifs. Rien n’est écrit tant qu’une ligne pose problème.',
    'The number of days cannot be negative.':
        'Le nombre de jours ne peut pas être négatif.',
    "The organisation's designated representative and alternate: someone already recorded, or a new person added with the application.":
        'Le représentant désigné de l’organisation et son suppléant : une personne déjà enregistrée, ou une nouvelle personne ajoutée avec la candidature.',
    'The parent organisation no longer exists.':
        'L’organisation mère n’existe plus.',
    'The PDF was saved as {path}.':
        'Le PDF a été enregistré sous {path}.',
    'The printer could not be started.':
        'L’imprimante n’a pas pu être démarrée.',
    'The process has no lead criteria yet, so there is nothing to score.':
        'Le processus n’a pas encore de critères de direction, il n’y a donc rien à noter.',
    'The programme whose leadership is shown':
        'Le programme dont la direction est affichée',
    "The programme's renewal processes, newest first":
        'Les processus de renouvellement du programme, du plus récent au plus ancien',
    'The progress report (Tasks | Progress | Next steps) as of today, in the print preview, where it can be printed or saved as PDF.':
        'Le rapport d’avancement (Tâches | Avancement | Prochaines étapes) à ce jour, dans l’aperçu avant impression, où il peut être imprimé ou enregistré en PDF.',
    'The proposed slate':
        'La liste proposée',
    'The proposed slate is the best total score that meets every rule; your picks are checked against the same rules.':
        'La liste proposée est le meilleur score total qui respecte chaque règle ; vos choix sont vérifiés selon les mêmes règles.',
    "The rate is partners who reported / partners expected to report: excused partners are left out, late reports count (and are shown as late). The dashed line is the strategy's 75% target.":
        'Le taux est le nombre de partenaires ayant rapporté / partenaires attendus : les partenaires dispensés sont exclus, les rapports en retard comptent (et sont signalés en retard). La ligne pointillée est l’objectif de 75 % de la stratégie.',
    "The reason is added to the step's evidence notes.":
        'La raison est ajoutée aux notes justificatives de l’étape.',
    'The reasons, as the letter will give them':
        'Les raisons, telles que la lettre les donnera',
    'The record was changed elsewhere while this was being saved, so nothing was saved; reopen it to see the latest version.':
        'L’enregistrement a été modifié ailleurs pendant cet enregistrement, donc rien n’a été enregistré ; rouvrez-le pour voir la dernière version.',
    'The renewal process was changed since you opened it; reload it to see the latest version.':
        'Le processus de renouvellement a été modifié depuis que vous l’avez ouvert ; rechargez-le pour voir la dernière version.',
    'The renewed term must end after it starts.':
        'Le mandat renouvelé doit se terminer après son début.',
    'The renewed term must end after the current one.':
        'Le mandat renouvelé doit se terminer après le mandat en cours.',
    'The reporting cycle was changed since you opened it; reopen it to see the latest version.':
        'Le cycle de rapport a été modifié depuis que vous l’avez ouvert ; rouvrez-le pour voir la dernière version.',
    "The round's rules cannot be used: {reason} Fix them in Seats and rules.":
        'Les règles du tour ne sont pas utilisables : {reason} Corrigez-les dans Sièges et règles.',
    'The rule is met with room to spare.':
        'La règle est respectée avec de la marge.',
    'The rule is met, but one change could break it.':
        'La règle est respectée, mais un changement pourrait la rompre.',
    'The rule is not met.':
        'La règle n’est pas respectée.',
    'The rules cannot all be met together.':
        'Les règles ne peuvent pas toutes être respectées ensemble.',
    'The rules cannot all be met; finding out why…':
        'Toutes les règles ne peuvent pas être respectées ; recherche de la raison…',
    'The rules conflict in {n} separate ways, so dropping a single rule cannot settle it: each conflict needs a change of its own.':
        'Les règles sont en conflit de {n} façons distinctes, donc abandonner une seule règle ne suffit pas : chaque conflit demande son propre changement.',
    'The rules that would break':
        'Les règles qui seraient rompues',
    'The rules, pool, slate, balance, alternates and your notes as a printable PDF':
        'Les règles, le vivier, la liste, l’équilibre, les suppléants et vos notes en PDF imprimable',
    'The same number gives the same network.':
        'Le même nombre donne le même réseau.',
    'The scenarios differ on this rule':
        'Les scénarios diffèrent sur cette règle',
    'The screening checklist is not complete. Not done: {items}. Tick them first, or give a reason to go ahead anyway; the reason and the items not done are kept in the history.':
        'La liste de vérification de la présélection n’est pas complète. Non fait : {items}. Cochez-les d’abord, ou donnez une raison de continuer quand même ; la raison et les éléments non faits sont conservés dans l’historique.',
    'The seats and pins alone cannot be met, whatever the rules say.':
        'Les sièges et épinglages seuls ne peuvent pas être respectés, quelles que soient les règles.',
    'The seats, rules or pins have changed since this answer: press Propose again.':
        'Les sièges, règles ou épinglages ont changé depuis cette réponse : appuyez de nouveau sur Proposer.',
    'The slate with the best total review score that meets every rule and pin (or, if there is none, why)':
        'La liste ayant le meilleur score total d’évaluation qui respecte chaque règle et épinglage (ou, s’il n’y en a pas, pourquoi)',
    'The statement of interest, as sent':
        'La déclaration d’intérêt, telle qu’envoyée',
    "The system's language":
        'La langue du système',
    'The term must end after it starts.':
        'Le mandat doit se terminer après son début.',
    "The user guide is not installed with this copy of OPN Desk. It is docs/USER_GUIDE.md in OPN Desk's source.":
        'Le guide de l’utilisateur n’est pas installé avec cette copie d’OPN Desk. Il se trouve dans docs/USER_GUIDE.md dans les sources d’OPN Desk.',
    'The warning below does not stop the import.':
        'L’avertissement ci-dessous n’empêche pas l’importation.',
    'The {count} warnings below do not stop the import.':
        'Les {count} avertissements ci-dessous n’empêchent pas l’importation.',
    'Their scores on this application count again. You can undo this with Edit › Undo.':
        'Ses notes sur cette candidature comptent à nouveau. Vous pouvez l’annuler avec Édition › Annuler.',
    'then {group}':
        'puis {group}',
    'There are no backups of {name} yet.':
        'Il n’y a pas encore de sauvegarde de {name}.',
    'There are no organisations in this database yet. Add the first with New organisation, or try OPN Desk on File › New demo database.':
        'Il n’y a pas encore d’organisation dans cette base de données. Ajoutez la première avec Nouvelle organisation, ou essayez OPN Desk avec Fichier › Nouvelle base de démonstration.',
    'There is no core-partner call yet. Add one under Applications › Calls and evaluation criteria; its screened applications become the pool.':
        'Il n’y a pas encore d’appel de partenaires principaux. Ajoutez-en un sous Candidatures › Appels et critères d’évaluation ; ses candidatures présélectionnées forment le vivier.',
    'There is no database at {path}.':
        'Il n’y a pas de base de données à {path}.',
    'There is no file at {path}.':
        'Il n’y a pas de fichier à {path}.',
    'There is nothing to redo.':
        'Il n’y a rien à rétablir.',
    'There is nothing to undo.':
        'Il n’y a rien à annuler.',
    'These rules cannot all be met together:':
        'Ces règles ne peuvent pas toutes être respectées ensemble :',
    'This application answers no call, so it is not scored: network members join without a review.':
        'Cette candidature ne répond à aucun appel, elle n’est donc pas notée : les membres du réseau adhèrent sans évaluation.',
    'This application answers no call, so there are no criteria to score it on.':
        'Cette candidature ne répond à aucun appel, il n’y a donc pas de critères sur lesquels la noter.',
    'This area is not built yet. Until it is, keep this work where you keep it today; the organisations registry is ready to use.':
        'Cette partie n’est pas encore construite. En attendant, gardez ce travail là où vous le gardez aujourd’hui ; le registre des organisations est prêt à l’emploi.',
    'This column is not sortable.':
        'Cette colonne ne peut pas être triée.',
    'This database is damaged (SQLite reports: {damage}). It is open read-only, so nothing more is written into it.':
        'Cette base de données est endommagée (SQLite signale : {damage}). Elle est ouverte en lecture seule, donc plus rien n’y est écrit.',
    'This database is open in OPN Desk by {who}, so it is open here read-only: you can look things up but not change them.':
        'Cette base de données est ouverte dans OPN Desk par {who} ; elle est donc ouverte ici en lecture seule : vous pouvez consulter mais pas modifier.',
    'This database is open read-only.':
        'Cette base de données est ouverte en lecture seule.',
    'This database is open read-only: you can look, propose and compare, but not pick, pin or save.':
        'Cette base de données est ouverte en lecture seule : vous pouvez consulter, proposer et comparer, mais pas choisir, épingler ni enregistrer.',
    'This database is open read-only; changes cannot be saved.':
        'Cette base de données est ouverte en lecture seule ; les modifications ne peuvent pas être enregistrées.',
    'This incumbent also applied to the call; propose its application instead.':
        'Ce titulaire a aussi répondu à l’appel ; proposez plutôt sa candidature.',
    'This incumbent has not said it seeks renewal; record that first.':
        'Ce titulaire n’a pas dit qu’il demande le renouvellement ; enregistrez-le d’abord.',
    "This laptop writes only its own file into the folder and reads the other laptops' files there. The database itself stays outside the shared folder.":
        'Cet ordinateur écrit seulement son propre fichier dans le dossier et y lit les fichiers des autres ordinateurs. La base de données elle-même reste hors du dossier partagé.',
    'This laptop: {name}':
        'Cet ordinateur : {name}',
    'This membership has no end date, so there is no term to renew.':
        'Cette adhésion n’a pas de date de fin, il n’y a donc pas de mandat à renouveler.',
    'this organisation':
        'cette organisation',
    'This organisation may already be in the registry, as one of these:':
        'Cette organisation est peut-être déjà dans le registre, sous l’un de ces noms :',
    'This organisation may already be in the registry:':
        'Cette organisation est peut-être déjà dans le registre :',
    'This organisation may already be in the registry: choose “Use this organisation” beside the right one, or “It is a new organisation”.':
        'Cette organisation est peut-être déjà dans le registre : choisissez « Utiliser cette organisation » à côté de la bonne, ou « C’est une nouvelle organisation ».',
    'This programme has no reporting cycle yet: create one with New cycle…':
        'Ce programme n’a pas encore de cycle de rapport : créez-en un avec Nouveau cycle…',
    'This rule cannot be met, whatever the other rules say:':
        'Cette règle ne peut pas être respectée, quelles que soient les autres règles :',
    'Those ticked attended; the others keep how they took part.':
        'Les personnes cochées étaient présentes ; les autres gardent leur mode de participation.',
    'Tick':
        'Cocher',
    'Tick each recommendation of the external review once the renewal has considered it; who ticked it and when are recorded.':
        'Cochez chaque recommandation de l’examen externe une fois que le renouvellement l’a prise en compte ; qui l’a cochée et quand sont enregistrés.',
    'Tick the checklist item “{text}”':
        'Cocher l’élément « {text} »',
    'Tick to put this candidate on the slate (or double-click the row).':
        'Cochez pour mettre ce candidat dans la liste (ou double-cliquez sur la ligne).',
    'Tick two or more scenarios (or the current picks) to see them side by side.':
        'Cochez deux scénarios ou plus (ou les choix actuels) pour les voir côte à côte.',
    'Tick two or more to compare them:':
        'Cochez-en deux ou plus pour les comparer :',
    'Tick when {name} seeks renewal: it joins the pool.':
        'Cochez lorsque {name} demande le renouvellement : il rejoint le vivier.',
    'Tick “Proposed” to put a candidate in the proposed leadership; untick to take it out. Unscored candidates are listed last.':
        'Cochez « Proposé » pour mettre un candidat dans la direction proposée ; décochez pour l’en retirer. Les candidats non notés sont listés en dernier.',
    'Tick “{item}” for {name}':
        'Cocher « {item} » pour {name}',
    'Ticked by':
        'Cochée par',
    'Title':
        'Titre',
    'to':
        'au',
    'to come':
        'à venir',
    'To restore a backup, open it without --read-only.':
        'Pour restaurer une sauvegarde, ouvrez-la sans --read-only.',
    'today':
        'aujourd’hui',
    'Today':
        'Aujourd’hui',
    "Today's automatic backup could not be made: {reason}":
        'La sauvegarde automatique du jour n’a pas pu être faite : {reason}',
    'Today. A member whose term has ended stays in office, shown as holding over, until the desk renews it or ends it.':
        'Aujourd’hui. Un membre dont le mandat est terminé reste en fonction, affiché comme en prolongation, jusqu’à ce que le secrétariat le renouvelle ou y mette fin.',
    'Took part':
        'A participé',
    'Total':
        'Total',
    'Total score':
        'Score total',
    'Travel budget':
        'Budget des déplacements',
    'Travel request for {meeting}':
        'Demande de déplacement pour {meeting}',
    'Travel support':
        'Soutien aux déplacements',
    'Travel support for {meeting}':
        'Soutien aux déplacements pour {meeting}',
    'Travel support request':
        'Demande de soutien aux déplacements',
    'Traveller':
        'Voyageur',
    'Trend':
        'Tendance',
    'Trying the slate with this candidate in…':
        'Essai de la liste avec ce candidat dedans…',
    "Type a country's name or its ISO code":
        'Saisissez le nom d’un pays ou son code ISO',
    'Type part of the name or acronym':
        'Saisissez une partie du nom ou du sigle',
    'UN / IGO':
        'ONU / OIG',
    'Undone: {what}':
        'Annulé : {what}',
    'Unknown author':
        'Auteur inconnu',
    'Unpick':
        'Retirer du choix',
    'Untick the checklist item “{text}”':
        'Décocher l’élément « {text} »',
    'Untick to leave the date unset':
        'Décochez pour laisser la date non définie',
    'Untick “{item}” for {name}':
        'Décocher « {item} » pour {name}',
    'Use as the slate':
        'Utiliser comme liste',
    'Use the closest slate':
        'Utiliser la liste la plus proche',
    'Use the proposed allocation':
        'Utiliser la répartition proposée',
    'Use the slate with {who}':
        'Utiliser la liste avec {who}',
    'Use this organisation':
        'Utiliser cette organisation',
    'Use this slate':
        'Utiliser cette liste',
    'Value':
        'Valeur',
    'Value 1 (shown now)':
        'Valeur 1 (affichée maintenant)',
    'Value {n}':
        'Valeur {n}',
    'Waiting means more than':
        'L’attente signifie plus de',
    'Waiting more than {days} days in a state ({count})':
        'En attente depuis plus de {days} jours dans un état ({count})',
    'Waiting time in the due list: {n} days':
        'Temps d’attente dans les échéances : {n} jours',
    'Warning: ':
        'Avertissement : ',
    'warning: {text}':
        'avertissement : {text}',
    'Weekly':
        'Hebdomadaire',
    'Weight':
        'Pondération',
    'Weighted total':
        'Total pondéré',
    'Weighted total {total}, rank {rank} of the scored candidates.':
        'Total pondéré {total}, rang {rank} parmi les candidats notés.',
    'Weights are relative: a criterion weighing 2 counts twice as much as one weighing 1. Scores already given stay; the totals follow the new weight.':
        'Les pondérations sont relatives : un critère pesant 2 compte deux fois plus qu’un critère pesant 1. Les notes déjà données restent ; les totaux suivent la nouvelle pondération.',
    'Welcome to OPN Desk':
        'Bienvenue dans OPN Desk',
    'WEOG':
        'WEOG',
    'What':
        'Quoi',
    'What changed in practice':
        'Ce qui a changé dans les pratiques',
    'What does {name} commit for a new term (staff, funds, in kind)?':
        'Quel engagement {name} prend-il pour un nouveau mandat (personnel, fonds, en nature) ?',
    'What is offered: amount, staff, in-kind support':
        'Ce qui est offert : montant, personnel, soutien en nature',
    'What is wrong':
        'Ce qui ne va pas',
    'What shows the step was done: minutes, decisions, links':
        'Ce qui montre que l’étape est faite : procès-verbaux, décisions, liens',
    'What to do':
        'Que faire',
    'What {laptop} has seen: {seen}':
        'Ce que {laptop} a vu : {seen}',
    'When':
        'Quand',
    'When two slates have the same best score, a fixed order of the candidates settles it, so the same pool and rules always give the same slate.':
        'Lorsque deux listes ont le même meilleur score, un ordre fixe des candidats les départage, de sorte que le même vivier et les mêmes règles donnent toujours la même liste.',
    'When, by whom':
        'Quand, par qui',
    'Where the application is':
        'Où en est la candidature',
    'Which field each column fills':
        'Champ rempli par chaque colonne',
    'Which field each column of the file fills. Columns set to “leave out” are not imported. The matching is remembered for the call.':
        'Le champ que remplit chaque colonne du fichier. Les colonnes réglées sur « ignorer » ne sont pas importées. La correspondance est mémorisée pour l’appel.',
    'Which incumbent co-leads seek renewal, and their commitments':
        'Quels co-responsables titulaires demandent le renouvellement, et leurs engagements',
    'Which record to keep':
        'Enregistrement à garder',
    'Which slate should the report show?':
        'Quelle liste le rapport doit-il montrer ?',
    'Who':
        'Qui',
    'Who works with whom':
        'Qui travaille avec qui',
    'Whole page':
        'Page entière',
    'Why':
        'Pourquoi',
    "Why (kept in the application's history)":
        'Pourquoi (conservé dans l’historique de la candidature)',
    'Why is step {number} ({title}) reopened?':
        'Pourquoi l’étape {number} ({title}) est-elle rouverte ?',
    'Why is {name} proposed? (printed in the dossier)':
        'Pourquoi {name} est-il proposé ? (imprimé dans le dossier)',
    'Why it was not accepted; this is quoted in the decision letter':
        'Pourquoi elle n’a pas été acceptée ; c’est cité dans la lettre de décision',
    'Why not this candidate?':
        'Pourquoi pas ce candidat ?',
    'Why not {name}?':
        'Pourquoi pas {name} ?',
    'Why not {who}? It cannot join without breaking rules.':
        'Pourquoi pas {who} ? Il ne peut pas entrer sans rompre des règles.',
    'Why not {who}? It could join at no cost.':
        'Pourquoi pas {who} ? Il pourrait entrer sans coût.',
    'Why not {who}? The slate would lose {lost} points.':
        'Pourquoi pas {who} ? La liste perdrait {lost} points.',
    'Why the partner is excused this year':
        'Pourquoi le partenaire est dispensé cette année',
    'Why this step is closed before the one before it (recorded with the step, its closing and the audit trail)':
        'Pourquoi cette étape est clôturée avant la précédente (enregistré avec l’étape, sa clôture et la piste d’audit)',
    'Why, by simple counting':
        'Pourquoi, par simple décompte',
    'Why: {reasons}.':
        'Pourquoi : {reasons}.',
    'With these seats the least is above the most: this rule cannot be met.':
        'Avec ces sièges, le minimum dépasse le maximum : cette règle ne peut pas être respectée.',
    'Withdraw':
        'Retirer',
    'Withdraw the application of {name}':
        'Retirer la candidature de {name}',
    'Withdrawn':
        'Retirée',
    'Withdraw…':
        'Retirer…',
    'Within 3 months':
        'Dans les 3 mois',
    'Within 6 months':
        'Dans les 6 mois',
    'Work on a done step again (a reason is needed)':
        'Retravailler une étape faite (une raison est nécessaire)',
    'Work plan':
        'Plan de travail',
    'Work-stream':
        'Axe de travail',
    'Work-streams':
        'Axes de travail',
    'Work-streams of interest':
        'Axes de travail d’intérêt',
    'Works with':
        'Travaille avec',
    'Write an exchange file':
        'Écrire un fichier d’échange',
    'Write an exchange file…':
        'Écrire un fichier d’échange…',
    'Write the letter…':
        'Écrire la lettre…',
    'Write the reason to override the order (it is recorded with the step), or cancel.':
        'Écrivez la raison de forcer l’ordre (elle est enregistrée avec l’étape), ou annulez.',
    'Write this list, as shown (filters, sort, columns), to an Excel workbook':
        'Écrire cette liste, telle qu’affichée (filtres, tri, colonnes), dans un classeur Excel',
    'Write:':
        'Écrire :',
    'Writing an exchange file':
        'Écriture d’un fichier d’échange',
    'Writing and checking the backup…':
        'Écriture et vérification de la sauvegarde…',
    'Writing the cycle summary…':
        'Écriture du résumé du cycle…',
    'Writing the dossier ({count} candidates)…':
        'Écriture du dossier ({count} candidats)…',
    'Writing the meeting pack…':
        'Écriture du dossier de la réunion…',
    'Writing the PDF…':
        'Écriture du PDF…',
    'Writing the progress report…':
        'Écriture du rapport d’avancement…',
    'Writing the review pack…':
        'Écriture du dossier d’évaluation…',
    'Writing the roster…':
        'Écriture de la liste des membres…',
    'Writing the selection report…':
        'Écriture du rapport de sélection…',
    'Writing {name}…':
        'Écriture de {name}…',
    'Written comments':
        'Commentaires écrits',
    'Written comments on {item}':
        'Commentaires écrits sur {item}',
    'Wrote {count} changes not yet seen by {laptop} to {path}.':
        '{count} modifications pas encore vues par {laptop} écrites dans {path}.',
    'Wrote {count} changes to {path}.':
        '{count} modifications écrites dans {path}.',
    'Wrote {name} ({what})':
        '{name} écrit ({what})',
    'Wrote {path} ({pages} pages)':
        '{path} écrit ({pages} pages)',
    'Year':
        'Année',
    'Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme against the 75% target, and activities by category.':
        'Rapports annuels des partenaires : qui n’a pas encore rapporté, relances, taux de rapport par programme par rapport à l’objectif de 75 %, et activités par catégorie.',
    'Years without an entry: {years}.':
        'Années sans entrée : {years}.',
    'yes':
        'oui',
    'Yes':
        'Oui',
    'Yes: its application is the candidate':
        'Oui : sa candidature est le candidat',
    'You can also write it later from Letters and PDFs.':
        'Vous pouvez aussi l’écrire plus tard depuis Lettres et PDF.',
    'You can change it later in Edit › Preferences. The user guide is in Help › User guide.':
        'Vous pouvez le changer plus tard dans Édition › Préférences. Le guide de l’utilisateur est dans Aide › Guide de l’utilisateur.',
    'You can undo it with Edit › Undo, or save the picks as a scenario first.':
        'Vous pouvez l’annuler avec Édition › Annuler, ou d’abord enregistrer les choix comme scénario.',
    'You can undo this with Edit › Undo.':
        'Vous pouvez l’annuler avec Édition › Annuler.',
    'Your &name':
        'Votre &nom',
    'Your changes to the details have not been saved yet.':
        'Vos modifications des informations n’ont pas encore été enregistrées.',
    'Your name as it should appear in the history':
        'Votre nom tel qu’il doit apparaître dans l’historique',
    'Your notes on this round: the trade-offs made and why. They go into the selection report.':
        'Vos notes sur ce tour : les arbitrages faits et pourquoi. Elles figurent dans le rapport de sélection.',
    'Zoom':
        'Zoom',
    '{apps} applications ({new} new organisations, {linked} linked to the registry, {people} new people)':
        '{apps} candidatures ({new} nouvelles organisations, {linked} liées au registre, {people} nouvelles personnes)',
    '{attribute}, each value':
        '{attribute}, chaque valeur',
    '{attribute}: {value}':
        '{attribute} : {value}',
    '{codes} is not a country code (ISO3) the desk knows.':
        '{codes} n’est pas un code de pays (ISO3) connu du secrétariat.',
    '{code} already has a reporting cycle for {year}.':
        '{code} a déjà un cycle de rapport pour {year}.',
    '{code} has no reporting cycle for {year}{known}.':
        '{code} n’a pas de cycle de rapport pour {year}{known}.',
    '{code} leadership renewal dossier ({kind})':
        'Dossier de renouvellement de la direction de {code} ({kind})',
    '{code} leadership renewal summary ({kind})':
        'Résumé du renouvellement de la direction de {code} ({kind})',
    '{code} leadership renewal {year}':
        'Renouvellement de la direction de {code} {year}',
    '{code} roster as of {day}':
        'Liste des membres de {code} au {day}',
    '{code} {year}: {reported} of {partners} partners reported ({rate:.0%}), {verdict}; {late} late, {very_late} very late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. Deadline {deadline}.':
        '{code} {year} : {reported} partenaires sur {partners} ont rapporté ({rate:.0%}), {verdict} ; {late} en retard, {very_late} très en retard, {excused} dispensés ; {missing} n’ont pas rapporté, dont {repeated} de manière répétée. Échéance {deadline}.',
    '{count} applications':
        '{count} candidatures',
    '{count} applications; open {start} to {end}':
        '{count} candidatures ; ouvrir de {start} à {end}',
    '{count} candidates ({applicants} applications, {incumbents} incumbents seeking renewal without one); {proposed} proposed':
        '{count} candidats ({applicants} candidatures, {incumbents} titulaires demandant le renouvellement sans candidature) ; {proposed} proposés',
    '{count} columns will be imported; * marks the required fields.':
        '{count} colonnes seront importées ; * marque les champs obligatoires.',
    '{count} core initiatives are left with fewer than two partners holding a role in their programme: {titles}. Add a partner or make them affiliated.':
        '{count} initiatives principales ont moins de deux partenaires ayant un rôle dans leur programme : {titles}. Ajoutez un partenaire ou rendez-les affiliées.',
    '{count} criteria; weights add up to {total}. A criterion with scores cannot be removed, but its weight can change.':
        '{count} critères ; les pondérations totalisent {total}. Un critère ayant des notes ne peut pas être retiré, mais sa pondération peut changer.',
    '{count} decisions wait':
        '{count} décisions en attente',
    '{count} decisions wait…':
        '{count} décisions en attente…',
    '{count} found.':
        '{count} trouvés.',
    '{count} in this database':
        '{count} dans cette base',
    '{count} initiatives':
        '{count} initiatives',
    '{count} meetings, {ahead} to come':
        '{count} réunions, dont {ahead} à venir',
    '{count} organisations':
        '{count} organisations',
    '{count} pairs of organisations share initiatives; the {most} most connected organisations are drawn.':
        '{count} paires d’organisations partagent des initiatives ; les {most} organisations les plus connectées sont représentées.',
    '{count} problems: nothing will be written until they are corrected in the file or the mapping.':
        '{count} problèmes : rien ne sera écrit tant qu’ils ne sont pas corrigés dans le fichier ou la correspondance.',
    '{count} reminder drafts written to {folder}. Open each in your mail program to send it.':
        '{count} brouillons de relance écrits dans {folder}. Ouvrez chacun dans votre messagerie pour l’envoyer.',
    '{count} reviewer(s) left out for a conflict':
        '{count} évaluateur(s) écarté(s) pour conflit',
    '{count} things due':
        '{count} échéances',
    "{count} things need the desk's attention. Double-click one to open it.":
        '{count} éléments demandent l’attention du secrétariat. Double-cliquez sur l’un pour l’ouvrir.',
    '{count} warnings were noted (shown on the previous page); for organisations that may be duplicates, merge them in the registry if they are the same.':
        '{count} avertissements ont été notés (affichés à la page précédente) ; pour les organisations qui sont peut-être des doublons, fusionnez-les dans le registre si ce sont les mêmes.',
    '{count} · {bounds}':
        '{count} · {bounds}',
    '{decision} on {day}':
        '{decision} le {day}',
    '{done} complete reviews; {needed} needed':
        '{done} évaluations complètes ; {needed} nécessaires',
    '{done} of {all} checks done':
        '{done} vérifications faites sur {all}',
    '{done} of {needed} complete reviews':
        '{done} évaluations complètes sur {needed}',
    '{done} of {total} checks done.':
        '{done} vérifications faites sur {total}.',
    '{field}: {count} different values':
        '{field} : {count} valeurs différentes',
    '{gone} becomes another name of {kept}; its people, memberships, applications and history move to {kept}. You can undo this with Edit › Undo.':
        '{gone} devient un autre nom de {kept} ; ses personnes, adhésions, candidatures et son historique passent à {kept}. Vous pouvez l’annuler avec Édition › Annuler.',
    '{group} (changed)':
        '{group} (modifié)',
    "{invited} organisations invited (the co-leads and core partners in office on the meeting's date, and guest organisations); {confirmed} confirmed, {wrote} sent written comments in advance.":
        '{invited} organisations invitées (les co-responsables et partenaires principaux en fonction à la date de la réunion, et les organisations invitées) ; {confirmed} confirmées, {wrote} ont envoyé des commentaires écrits à l’avance.',
    '{laptop}: up to change {number}':
        '{laptop} : jusqu’à la modification {number}',
    '{leads} co-leads and {partners} core partners in office on {day}':
        '{leads} co-responsables et {partners} partenaires principaux en fonction le {day}',
    '{low} to {high}':
        '{low} à {high}',
    '{name} (a seat)':
        '{name} (un siège)',
    '{name} (read-only) — OPN Desk':
        '{name} (lecture seule) — OPN Desk',
    '{name} (weight {weight:g}): mean score':
        '{name} (pondération {weight:g}) : note moyenne',
    '{name} already exists. Use File › Open database to open it.':
        '{name} existe déjà. Utilisez Fichier › Ouvrir une base de données pour l’ouvrir.',
    '{name} already exists; the demo network is written to a new file only.':
        '{name} existe déjà ; le réseau de démonstration n’est écrit que dans un nouveau fichier.',
    '{name} applied to this call; its application is {status}, so it is not in the pool.':
        '{name} a répondu à cet appel ; sa candidature est {status}, elle n’est donc pas dans le vivier.',
    '{name} applies to be a {role} of {programme}.':
        '{name} demande à devenir {role} de {programme}.',
    '{name} by {n} {side}':
        '{name} de {n} {side}',
    '{name} cannot be imported. {reason}':
        '{name} ne peut pas être importé. {reason}',
    '{name} cannot be read: {reason}.':
        '{name} ne peut pas être lu : {reason}.',
    '{name} could not be read: {reason}.':
        '{name} n’a pas pu être lu : {reason}.',
    '{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a weighted review total):':
        '{name} n’a pas répondu à l’appel, il n’a donc pas de note d’évaluation. La note avec laquelle il est pesé (de 0 à 5, comme un total d’évaluation pondéré) :',
    '{name} does not seek renewal':
        '{name} ne demande pas le renouvellement',
    '{name} is already open in OPN Desk by {who}.':
        '{name} est déjà ouverte dans OPN Desk par {who}.',
    '{name} is empty; there is nothing to attach.':
        '{name} est vide ; il n’y a rien à joindre.',
    '{name} is marked as open in OPN Desk by {user} on {computer} since {since}, but OPN Desk cannot tell from here whether it still is.':
        '{name} est marquée comme ouverte dans OPN Desk par {user} sur {computer} depuis le {since}, mais OPN Desk ne peut pas savoir d’ici si elle l’est encore.',
    '{name} is {size:.1f} MB; attachments can be at most {limit} MB.':
        '{name} fait {size:.1f} Mo ; les pièces jointes font au plus {limit} Mo.',
    '{name} is {size:.1f} MB; evidence files can be at most 20 MB.':
        '{name} fait {size:.1f} Mo ; les fichiers justificatifs font au plus 20 Mo.',
    '{name} seeks renewal':
        '{name} demande le renouvellement',
    '{name} — OPN Desk':
        '{name} — OPN Desk',
    '{name}: a current core partner seeking renewal':
        '{name} : un partenaire principal actuel demandant le renouvellement',
    '{name}: from {old} to {new}.':
        '{name} : de {old} à {new}.',
    '{new} new organisations, {linked} linked to the registry, {people} new people':
        '{new} nouvelles organisations, {linked} liées au registre, {people} nouvelles personnes',
    '{nth} term, since {year}':
        '{nth} mandat, depuis {year}',
    '{n} (review)':
        '{n} (à examiner)',
    '{n} applications':
        '{n} candidatures',
    '{n} candidates in the pool':
        '{n} candidats dans le vivier',
    '{n} days':
        '{n} jours',
    '{n} days overdue':
        '{n} jours de retard',
    '{n} files':
        '{n} fichiers',
    '{n} is not an SDG; the goals are numbered 1 to 17.':
        '{n} n’est pas un ODD ; les objectifs sont numérotés de 1 à 17.',
    '{n} leads proposed.':
        '{n} responsables proposés.',
    '{n} memberships ({active} active)':
        '{n} adhésions ({active} actives)',
    '{n} of {seats}':
        '{n} sur {seats}',
    '{n} of {total} balance rules broken: {names}.':
        '{n} règles d’équilibre non respectées sur {total} : {names}.',
    '{n} papers':
        '{n} documents',
    '{n} people':
        '{n} personnes',
    '{n} rules broken':
        '{n} règles non respectées',
    '{n} tasks: {done} completed, {ongoing} ongoing, {postponed} postponed, {waiting} not yet started':
        '{n} tâches : {done} terminées, {ongoing} en cours, {postponed} reportées, {waiting} pas encore commencées',
    '{organisation} at {meeting}: {status}':
        '{organisation} à {meeting} : {status}',
    "{path} is a folder; give the PDF file's name.":
        '{path} est un dossier ; donnez le nom du fichier PDF.',
    '{picked} of {seats} seats picked':
        '{picked} sièges choisis sur {seats}',
    "{problem} (see 'opn-desk --help').":
        '{problem} (voir « opn-desk --help »).',
    '{programme} has no leadership renewal process yet. Open one with New renewal process… once the leads and the Secretariat agree on the need.':
        '{programme} n’a pas encore de processus de renouvellement de la direction. Ouvrez-en un avec Nouveau processus de renouvellement… une fois que les responsables et le Secrétariat sont d’accord sur le besoin.',
    '{programme} has no leadership renewal process.':
        '{programme} n’a pas de processus de renouvellement de la direction.',
    '{ranked} of {count} applications ranked.':
        '{ranked} candidatures classées sur {count}.',
    '{rate:.0%} ({reported} of {partners})':
        '{rate:.0%} ({reported} sur {partners})',
    '{record} {action}':
        '{record} {action}',
    '{record}: {field} changed':
        '{record} : {field} modifié',
    '{record}: {field}: {before} → {after}':
        '{record} : {field} : {before} → {after}',
    '{rows} rows checked, no problems. Import will add {what}.':
        '{rows} lignes vérifiées, aucun problème. L’importation ajoutera {what}.',
    '{rows} rows checked, no problems: {activities} activities to import, {submissions} submissions to record, {skipped} rows already recorded.':
        '{rows} lignes vérifiées, aucun problème : {activities} activités à importer, {submissions} soumissions à enregistrer, {skipped} lignes déjà enregistrées.',
    '{rows} rows checked: 1 problem must be corrected (or its row left out) before anything can be imported.':
        '{rows} lignes vérifiées : 1 problème doit être corrigé (ou sa ligne ignorée) avant toute importation.',
    '{rows} rows checked: {errors} problems must be corrected (or their rows left out) before anything can be imported.':
        '{rows} lignes vérifiées : {errors} problèmes doivent être corrigés (ou leurs lignes ignorées) avant toute importation.',
    '{rule} alone needs at least {least} seats, but there are only {seats}: no slate can meet it.':
        '{rule} demande à elle seule au moins {least} sièges, mais il n’y en a que {seats} : aucune liste ne peut la respecter.',
    '{rule} needs {least}':
        '{rule} demande {least}',
    '{rule} needs {least} for each of its {values} values':
        '{rule} demande {least} pour chacune de ses {values} valeurs',
    '{rule}: choose the attribute it counts.':
        '{rule} : choisissez l’attribut qu’elle compte.',
    '{rule}: give at least or at most.':
        '{rule} : indiquez au moins ou au plus.',
    '{shown} of {all}':
        '{shown} sur {all}',
    '{shown} of {total} activities':
        '{shown} sur {total} activités',
    '{shown} of {total} partners':
        '{shown} sur {total} partenaires',
    '{shown} of {total} partners; health dropped for {dropped}':
        '{shown} sur {total} partenaires ; santé en baisse pour {dropped}',
    '{size:.1f} MB':
        '{size:.1f} Mo',
    '{size} KB':
        '{size} Ko',
    '{task}: {status}':
        '{task} : {status}',
    '{text!r} is not a date; write it as YYYY-MM-DD.':
        '{text!r} n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.',
    '{title} (opened {day})':
        '{title} (ouvert le {day})',
    '{title} ({programme}, closes {closes})':
        '{title} ({programme}, clôture le {closes})',
    '{title} ({start} to {end})':
        '{title} (du {start} au {end})',
    '{title} ({start} to {end}, {count} applications)':
        '{title} (du {start} au {end}, {count} candidatures)',
    '{title}{older} · opened {day} · {call} · now at {where}':
        '{title}{older} · ouvert le {day} · {call} · en est à {where}',
    '{took} of {invited}':
        '{took} sur {invited}',
    '{took} of {invited} invited organisations took part (attended or sent written comments in advance, which counts as participation).':
        '{took} organisations invitées sur {invited} ont participé (présentes ou ayant envoyé des commentaires écrits à l’avance, ce qui compte comme participation).',
    '{value!r} is not a number.':
        '{value!r} n’est pas un nombre.',
    '{value!r} is not an activity category; use one of: {choices}.':
        '{value!r} n’est pas une catégorie d’activité ; utilisez l’une de : {choices}.',
    '{value!r} is not an initiative status; use one of: {choices}.':
        '{value!r} n’est pas un statut d’initiative ; utilisez l’un de : {choices}.',
    "{what} '{text}' is neither a number of seats (2) nor a share of the seats (40%).":
        "{what} '{text}' n’est ni un nombre de sièges (2) ni une part des sièges (40%).",
    '{what} {text} is more than all the seats.':
        '{what} {text} dépasse le total des sièges.',
    '{what} {text} is not a whole number of seats.':
        '{what} {text} n’est pas un nombre entier de sièges.',
    '{who} could replace {whom} ({change:+.2f} to the score)':
        '{who} pourrait remplacer {whom} ({change:+.2f} au score)',
    '{who}, {when}':
        '{who}, {when}',
    '{year} is not a reporting year (2000 to 2100).':
        '{year} n’est pas une année de rapport (2000 à 2100).',
    '— (set when the step is closed)':
        '— (défini à la clôture de l’étape)',
    '“{text}”: how was it considered?':
        '« {text} » : comment a-t-il été pris en compte ?',
    '“{website}” is not a web address; write it like www.example.org.':
        '« {website} » n’est pas une adresse web ; écrivez-la comme www.example.org.',
    '‹ Previous':
        '‹ Précédente',
}
