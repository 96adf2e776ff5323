"""French for the command line's own messages (opn_desk/cli.py, opn_desk/commands), the documents' fixed
text (opn_desk/reports: dossiers, rosters, letters, review packs, the selection report) and the window's
"Language of the document" (issue 16, task "languages"). The desk's words: core partner = partenaire
principal, co-lead = co-responsable, application = candidature, call = appel, slate = liste, pool =
vivier, incumbent = titulaire, holding over = en prolongation, Board = Conseil, MAC = MAC."""

TRANSLATIONS = {
    # ------------------------------------------------------------------ the command line: help texts
    "the desk's database file, or a team server's postgresql:// URL (docs/SERVER.md)":
        "le fichier de base de données du secrétariat, ou l’URL postgresql:// d’un serveur d’équipe (docs/SERVER.md)",
    "OPN Desk: the coordination desk's tool for One Planet network programmes. Without a command, opens the desk's window.":
        "OPN Desk : l’outil du secrétariat de coordination pour les programmes du One Planet network. Sans commande, ouvre la fenêtre du secrétariat.",
    "open the database, show the window offscreen, run the checks and exit":
        "ouvrir la base de données, afficher la fenêtre hors écran, lancer les vérifications et quitter",
    "open the database read-only": "ouvrir la base de données en lecture seule",
    "the language of messages (default: the one saved in Preferences, else English); JSON, CSV/XLSX columns, codes and exit codes are never translated":
        "la langue des messages (par défaut : celle enregistrée dans les Préférences, sinon l’anglais) ; le JSON, les colonnes CSV/XLSX, les codes et les codes de sortie ne sont jamais traduits",
    "create a realistic demo network in a database": "créer un réseau de démonstration réaliste dans une base de données",
    "the same seed gives the same network (default 1)": "la même graine donne le même réseau (par défaut 1)",
    "how many (default 900)": "combien (par défaut 900)",
    "replace the file if it already exists": "remplacer le fichier s’il existe déjà",
    "integrity and rule checks; exit 1 listing any problems":
        "vérifications d’intégrité et des règles ; code de sortie 1 en listant les problèmes",
    "first rebuild the registry's search index from the organisations (a repair)":
        "reconstruire d’abord l’index de recherche du registre à partir des organisations (une réparation)",
    "export data to CSV or XLSX": "exporter des données en CSV ou XLSX",
    "FILE.csv or FILE.xlsx": "FICHIER.csv ou FICHIER.xlsx",
    "initiatives: leave out inactive initiatives and the desk's own notes":
        "initiatives : laisser de côté les initiatives inactives et les notes du secrétariat",
    "also export personal data that is sensitive (representatives' gender)":
        "exporter aussi les données personnelles sensibles (genre des représentants)",
    "write a reference table as the app uses it": "écrire une table de référence telle que l’application l’utilise",
    "LDC status as of this date (default today)": "statut de PMA à cette date (par défaut aujourd’hui)",
    "the regional groups as this database counts them (default: as shipped)":
        "les groupes régionaux tels que cette base de données les compte (par défaut : tels que livrés)",
    "write a verified backup of the database": "écrire une sauvegarde vérifiée de la base de données",
    "where to write it (default: the backups folder)": "où l’écrire (par défaut : le dossier des sauvegardes)",
    "replace FILE if it already exists": "remplacer FICHIER s’il existe déjà",
    "replace the database with a backup (the current one is kept)":
        "remplacer la base de données par une sauvegarde (l’actuelle est conservée)",
    "the backup file (default: the newest backup that passes its check)":
        "le fichier de sauvegarde (par défaut : la plus récente qui passe sa vérification)",
    "import applications, organisations or reported activities from CSV/XLSX (all or nothing)":
        "importer des candidatures, des organisations ou des activités rapportées depuis un CSV/XLSX (tout ou rien)",
    "a .csv or .xlsx file, one row per record": "un fichier .csv ou .xlsx, une ligne par enregistrement",
    "the call the applications answer (its title or id)": "l’appel auquel répondent les candidatures (son titre ou son identifiant)",
    "a CSV/JSON mapping of file columns to fields": "une correspondance CSV/JSON entre les colonnes du fichier et les champs",
    "check the file and report; write nothing": "vérifier le fichier et en rendre compte ; ne rien écrire",
    "leave out these rows (as numbered in problems)": "laisser de côté ces lignes (numérotées comme dans les problèmes)",
    "print a PDF report": "imprimer un rapport PDF",
    "reporting: the reporting cycle's year (FILE.pdf or .xlsx)":
        "reporting : l’année du cycle de rapports (FICHIER.pdf ou .xlsx)",
    "review-pack: the call (its title or id); selection: the core-partner call (its id or a part of its title)":
        "review-pack : l’appel (son titre ou son identifiant) ; selection : l’appel de partenaires principaux (son identifiant ou une partie de son titre)",
    "application: the application's id": "application : l’identifiant de la candidature",
    "meeting-pack: the meeting's id (`opn-desk meetings list`)": "meeting-pack : l’identifiant de la réunion (`opn-desk meetings list`)",
    "dossier/roster: the programme's code, e.g. SPP": "dossier/roster : le code du programme, p. ex. SPP",
    "roster: composition on this date (default today)": "roster : la composition à cette date (par défaut aujourd’hui)",
    "dossier, selection: mark FINAL (no DRAFT watermark)": "dossier, selection : marquer FINAL (sans filigrane DRAFT)",
    "dossier: full (default, everything) or summary (the decision, the balance, half a page per candidate)":
        "dossier : full (par défaut, tout) ou summary (la décision, l’équilibre, une demi-page par candidat)",
    "selection: report the hand-picked slate instead of the optimal one":
        "selection : présenter la liste choisie à la main au lieu de la liste optimale",
    "the document's language (default: the language of messages); after the command, so a French desk may print an English dossier":
        "la langue du document (par défaut : celle des messages) ; après la commande, pour qu’un secrétariat francophone puisse imprimer un dossier en anglais",
    "propose a balanced core-partner slate (integer programming)":
        "proposer une liste équilibrée de partenaires principaux (programmation en nombres entiers)",
    "candidates: id, score, attributes": "candidats : identifiant, score, attributs",
    "seats, balance rules and pins": "sièges, règles d’équilibre et épinglages",
    "number of seats (overrides the rules file)": "nombre de sièges (remplace celui du fichier de règles)",
    "with --db: the core-partner call whose stored round to use (its id or a part of its title)":
        "avec --db : l’appel de partenaires principaux dont utiliser la sélection enregistrée (son identifiant ou une partie de son titre)",
    "print a JSON object instead of text": "afficher un objet JSON au lieu de texte",
    "the advisory committee's meetings: list, travel support (docs/MEETINGS.md)":
        "les réunions du comité consultatif : liste, aide aux déplacements (docs/MEETINGS.md)",
    "the meetings by date: id, date, kind, title": "les réunions par date : identifiant, date, type, titre",
    "only this programme's meetings (e.g. SPP)": "seulement les réunions de ce programme (p. ex. SPP)",
    "print a JSON list": "afficher une liste JSON",
    "a meeting's travel requests in priority order, and the allocation":
        "les demandes de déplacement d’une réunion par ordre de priorité, et l’attribution",
    "the meeting's id, as `meetings list` prints it": "l’identifiant de la réunion, tel que `meetings list` l’affiche",
    "print a JSON object": "afficher un objet JSON",
    "partner reporting: rates against the target, reminders (docs/REPORTING.md)":
        "rapports des partenaires : taux par rapport à l’objectif, rappels (docs/REPORTING.md)",
    "each programme's reporting rate per year, against the 75%% target":
        "le taux de rapport de chaque programme par année, par rapport à l’objectif de 75 %%",
    "only this year's cycles": "seulement les cycles de cette année",
    "print a JSON list instead of text": "afficher une liste JSON au lieu de texte",
    "one e-mail draft (.eml) per partner who has not reported": "un brouillon de courriel (.eml) par partenaire qui n’a pas rapporté",
    "the programme's code, e.g. SPP": "le code du programme, p. ex. SPP",
    "the reporting cycle's year": "l’année du cycle de rapports",
    "the folder the drafts go to": "le dossier où vont les brouillons",
    "the team server: move a desk up to PostgreSQL and back (docs/SERVER.md)":
        "le serveur d’équipe : transférer un secrétariat vers PostgreSQL et retour (docs/SERVER.md)",
    "copy a desk's file into an empty server database, checked table by table":
        "copier le fichier d’un secrétariat dans une base de données de serveur vide, vérifiée table par table",
    "copy the desk on a server into a new file, for an offline copy":
        "copier le secrétariat d’un serveur dans un nouveau fichier, pour une copie hors ligne",
    "save a server role's password in this computer's keyring (asked for)":
        "enregistrer le mot de passe d’un rôle du serveur dans le trousseau de cet ordinateur (demandé)",
    "exchange edits with the desk's other laptops (docs/SYNC.md)":
        "échanger les modifications avec les autres ordinateurs portables du secrétariat (docs/SYNC.md)",
    "a copy of the desk for another laptop, with its own identity":
        "une copie du secrétariat pour un autre ordinateur portable, avec sa propre identité",
    "the new laptop's name, e.g. \"Nairobi laptop\"": "le nom du nouvel ordinateur portable, p. ex. \"Portable de Nairobi\"",
    "write what this desk knows to an exchange file": "écrire ce que ce secrétariat sait dans un fichier d’échange",
    "only what this laptop has not seen": "seulement ce que cet ordinateur portable n’a pas vu",
    "merge exchange files from other laptops (all or nothing)":
        "fusionner les fichiers d’échange d’autres ordinateurs portables (tout ou rien)",
    "this laptop, the laptops known, what each has seen, open conflicts":
        "cet ordinateur portable, les ordinateurs connus, ce que chacun a vu, les conflits ouverts",
    "the conflicts waiting for a decision": "les conflits en attente d’une décision",
    "decide a conflict": "trancher un conflit",
    "keep the Nth value as 'conflicts' lists them": "garder la Nième valeur telle que 'conflicts' les liste",
    "set this value instead": "mettre cette valeur à la place",
    "retire a lost laptop": "retirer un ordinateur portable perdu",
    "exchange through a folder shared with the other laptops: write this laptop's own file there, read the others'":
        "échanger par un dossier partagé avec les autres ordinateurs portables : y écrire le fichier de cet ordinateur, lire ceux des autres",
    # ------------------------------------------------------------------ the command line: messages
    "--organisations must be between 1 and 1,000,000.": "--organisations doit être compris entre 1 et 1 000 000.",
    "A server database is backed up and restored with the server's own backups (pg_dump, pg_restore; docs/SERVER.md), not with OPN Desk's file copies.":
        "Une base de données de serveur se sauvegarde et se restaure avec les sauvegardes du serveur (pg_dump, pg_restore ; docs/SERVER.md), pas avec les copies de fichier d’OPN Desk.",
    "The window cannot open a server database yet; use the opn-desk commands with --db postgresql://… meanwhile, or work on an offline copy (opn-desk server download).":
        "La fenêtre ne peut pas encore ouvrir une base de données de serveur ; utilisez entre-temps les commandes opn-desk avec --db postgresql://…, ou travaillez sur une copie hors ligne (opn-desk server download).",
    "Demo network written to {path}: {summary}": "Réseau de démonstration écrit dans {path} : {summary}",
    "Wrote {count} countries to {path}.": "{count} pays écrits dans {path}.",
    "Backup written and verified: {path}": "Sauvegarde écrite et vérifiée : {path}",
    "{path} already exists; the demo network is written to a new database only (add --replace to overwrite it).":
        "{path} existe déjà ; le réseau de démonstration n’est écrit que dans une nouvelle base de données (ajoutez --replace pour l’écraser).",
    "{path} is a folder, not a database file.": "{path} est un dossier, pas un fichier de base de données.",
    "{path}: search index rebuilt.": "{path} : index de recherche reconstruit.",
    "{path}: healthy.": "{path} : en bon état.",
    "{path}: {count} problem found:": "{path} : {count} problème trouvé :",
    "{path}: {count} problems found:": "{path} : {count} problèmes trouvés :",
    "{file}: the export file must end in .csv or .xlsx.": "{file} : le fichier d’export doit se terminer par .csv ou .xlsx.",
    "Exported {count} organisation to {path}.": "{count} organisation exportée dans {path}.",
    "Exported {count} organisations to {path}.": "{count} organisations exportées dans {path}.",
    "{file}: the file must end in .csv or .xlsx.": "{file} : le fichier doit se terminer par .csv ou .xlsx.",
    "There is no backup file at {path}.": "Il n’y a pas de fichier de sauvegarde à {path}.",
    "Restored {path} from {source}.": "{path} restaurée depuis {source}.",
    "{text} is not a date in the form YYYY-MM-DD.": "{text} n’est pas une date au format AAAA-MM-JJ.",
    "SQLite found damage in the database file ({damage}); restore a recent backup (File > Restore from backup…, or opn-desk restore) before making more changes.":
        "SQLite a trouvé des dommages dans le fichier de base de données ({damage}) ; restaurez une sauvegarde récente (Fichier > Restaurer une sauvegarde…, ou opn-desk restore) avant d’autres modifications.",
    "None of the backups of {path} passes its check, so nothing was restored; choose a file with --from.":
        "Aucune des sauvegardes de {path} ne passe sa vérification, donc rien n’a été restauré ; choisissez un fichier avec --from.",
    "There are no backups of {path} to restore (only copies kept before a restore or set aside as damaged, restored only with --from).":
        "Il n’y a pas de sauvegarde de {path} à restaurer (seulement des copies gardées avant une restauration ou mises de côté comme endommagées, restaurées seulement avec --from).",
    "There are no backups of {path} to restore.": "Il n’y a pas de sauvegarde de {path} à restaurer.",
    "The previous state is kept in {path}.": "L’état précédent est conservé dans {path}.",
    "--call applies to imports of applications only.": "--call ne s’applique qu’aux imports de candidatures.",
    "; and {count} more": " ; et {count} de plus",
    "There is no call {call}; the calls are: {calls}.": "Il n’y a pas d’appel {call} ; les appels sont : {calls}.",
    "{count} problem found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.":
        "{count} problème trouvé dans {file} ; rien n’a été écrit. Corrigez le fichier, ou laissez les lignes de côté avec --exclude-rows.",
    "{count} problems found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.":
        "{count} problèmes trouvés dans {file} ; rien n’a été écrit. Corrigez le fichier, ou laissez les lignes de côté avec --exclude-rows.",
    "Several calls are called {call}; give the call's id instead: {ids}.":
        "Plusieurs appels s’appellent {call} ; donnez plutôt l’identifiant de l’appel : {ids}.",
    "There is no call {call}; the database has no calls yet.": "Il n’y a pas d’appel {call} ; la base de données n’a encore aucun appel.",
    "{path} is a folder, not a file.": "{path} est un dossier, pas un fichier.",
    "There is no mapping file at {path}.": "Il n’y a pas de fichier de correspondance à {path}.",
    "{file} was not imported: {reason}": "{file} n’a pas été importé : {reason}",
    "The mapping file cannot be used: {reason}": "Le fichier de correspondance ne peut pas être utilisé : {reason}",
    "{file} was not imported. {reason}": "{file} n’a pas été importé. {reason}",
    ", {count} warning (above)": ", {count} avertissement (ci-dessus)",
    ", {count} warnings (above)": ", {count} avertissements (ci-dessus)",
    "Checked {count} row: no problems{warnings}; nothing written (dry run).":
        "{count} ligne vérifiée : aucun problème{warnings} ; rien n’a été écrit (essai à blanc).",
    "Checked {count} rows: no problems{warnings}; nothing written (dry run).":
        "{count} lignes vérifiées : aucun problème{warnings} ; rien n’a été écrit (essai à blanc).",
    "Name the database with --db PATH.": "Indiquez la base de données avec --db CHEMIN.",
    "No meetings yet.": "Aucune réunion pour l’instant.",
    "No travel requests.": "Aucune demande de déplacement.",
    "--include-sensitive applies to the export of organisations only.":
        "--include-sensitive ne s’applique qu’à l’export des organisations.",
    "Exported {count} initiative to {path} (public: without inactive initiatives and the desk's notes).":
        "{count} initiative exportée dans {path} (publique : sans les initiatives inactives ni les notes du secrétariat).",
    "Exported {count} initiatives to {path} (public: without inactive initiatives and the desk's notes).":
        "{count} initiatives exportées dans {path} (publiques : sans les initiatives inactives ni les notes du secrétariat).",
    "Exported {count} initiative to {path}.": "{count} initiative exportée dans {path}.",
    "Exported {count} initiatives to {path}.": "{count} initiatives exportées dans {path}.",
    "Wrote {count} reminder draft to {path}": "{count} brouillon de rappel écrit dans {path}",
    "Wrote {count} reminder drafts to {path}": "{count} brouillons de rappel écrits dans {path}",
    "Name the programme with --programme CODE (for example SPP).": "Indiquez le programme avec --programme CODE (par exemple SPP).",
    "Name the reporting cycle's year with --year YYYY.": "Indiquez l’année du cycle de rapports avec --year AAAA.",
    "meets the target": "atteint l’objectif",
    "below the target": "sous l’objectif",
    "No reporting cycles yet.": "Aucun cycle de rapports pour l’instant.",
    "No reporting cycles for {year}.": "Aucun cycle de rapports pour {year}.",
    "Wrote the {code} {year} reporting summary to {path} ({done}).": "Synthèse des rapports {code} {year} écrite dans {path} ({done}).",
    "; {count} excused": " ; {count} excusés",
    "; {count} late": " ; {count} en retard",
    "{name} {year}: {reported} of {partners} partners reported ({rate}, target {target}: {mark}{late}{excused})":
        "{name} {year} : {reported} partenaires sur {partners} ont rapporté ({rate}, objectif {target} : {mark}{late}{excused})",
    "Network": "Réseau",
    "There is no folder {path}; create it first.": "Il n’y a pas de dossier {path} ; créez-le d’abord.",
    "{path} is a file; give the folder the drafts go to.": "{path} est un fichier ; indiquez le dossier où vont les brouillons.",
    "{file}: the cycle summary is written as .pdf or .xlsx.": "{file} : la synthèse du cycle s’écrit en .pdf ou .xlsx.",
    "{path} is a folder; give the file's name.": "{path} est un dossier ; donnez le nom du fichier.",
    "The folder {path} does not exist.": "Le dossier {path} n’existe pas.",
    "{name}: no e-mail address for its focal point or representative; no draft written.":
        "{name} : aucune adresse électronique pour son point focal ou son représentant ; aucun brouillon écrit.",
    "; {count} non-reporter(s) without an e-mail address.": " ; {count} partenaire(s) sans rapport et sans adresse électronique.",
    "Give the PDF to write with --out FILE.pdf.": "Indiquez le PDF à écrire avec --out FICHIER.pdf.",
    "Name the call with --call CALL (its title or id).": "Indiquez l’appel avec --call APPEL (son titre ou son identifiant).",
    "Name the core-partner call with --call CALL (its id or a part of its title).":
        "Indiquez l’appel de partenaires principaux avec --call APPEL (son identifiant ou une partie de son titre).",
    "--picked is for the selection report.": "--picked est réservé au rapport de sélection.",
    "--edition is for the dossier.": "--edition est réservé au dossier.",
    "Name the application with --id ID.": "Indiquez la candidature avec --id ID.",
    "Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidate) to {path}: {pages}.":
        "Dossier de renouvellement de la direction {state} (édition résumée) de {code} ({count} candidat) écrit dans {path} : {pages}.",
    "Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidates) to {path}: {pages}.":
        "Dossier de renouvellement de la direction {state} (édition résumée) de {code} ({count} candidats) écrit dans {path} : {pages}.",
    "Wrote the {state} leadership renewal dossier for {code} ({count} candidate) to {path}: {pages}.":
        "Dossier de renouvellement de la direction {state} de {code} ({count} candidat) écrit dans {path} : {pages}.",
    "Wrote the {state} leadership renewal dossier for {code} ({count} candidates) to {path}: {pages}.":
        "Dossier de renouvellement de la direction {state} de {code} ({count} candidats) écrit dans {path} : {pages}.",
    "proposed slate": "liste proposée",
    "hand-picked slate": "liste choisie à la main",
    "closest workable slate": "liste réalisable la plus proche",
    "no slate": "aucune liste",
    "{file}: the report file must end in .pdf.": "{file} : le fichier du rapport doit se terminer par .pdf.",
    "--as-of is for the roster; the dossier is always made as of today.":
        "--as-of est réservé au tableau de composition ; le dossier est toujours établi à la date du jour.",
    "Wrote the application summary for {organisation} to {path}: {pages}.":
        "Fiche de candidature de {organisation} écrite dans {path} : {pages}.",
    "There is no programme with the code {code}. The codes are:": "Il n’y a pas de programme avec le code {code}. Les codes sont :",
    "{count} page": "{count} page",
    "{count} pages": "{count} pages",
    "Wrote the roster of {code} as of {date} ({leads} co-leads, {partners} core partners) to {path}: {pages}.":
        "Tableau de composition de {code} au {date} ({leads} co-responsables, {partners} partenaires principaux) écrit dans {path} : {pages}.",
    "Wrote the {state} selection report for {call} ({slate}, {filled} of {seats} seats) to {path}: {pages}.":
        "Rapport de sélection {state} de {call} ({slate}, {filled} sièges sur {seats}) écrit dans {path} : {pages}.",
    "{edition} is not an edition of the dossier: give full or summary.":
        "{edition} n’est pas une édition du dossier : indiquez full ou summary.",
    "There is no call {call}. The calls are:": "Il n’y a pas d’appel {call}. Les appels sont :",
    "Wrote the review pack for {call} ({count} application) to {path}: {pages}.":
        "Dossier d’évaluation de {call} ({count} candidature) écrit dans {path} : {pages}.",
    "Wrote the review pack for {call} ({count} applications) to {path}: {pages}.":
        "Dossier d’évaluation de {call} ({count} candidatures) écrit dans {path} : {pages}.",
    "There is no application with the id {id}.": "Il n’y a pas de candidature avec l’identifiant {id}.",
    "{count} applications have ids starting with {id}; give more of the id.":
        "{count} candidatures ont un identifiant commençant par {id} ; donnez davantage de l’identifiant.",
    "There is no core-partner call {call}. The core-partner calls are:":
        "Il n’y a pas d’appel de partenaires principaux {call}. Les appels de partenaires principaux sont :",
    "There is no call {call}: this database has no calls yet.": "Il n’y a pas d’appel {call} : cette base de données n’a encore aucun appel.",
    "{count} calls are titled {call}; give the id of the one you mean:":
        "{count} appels s’intitulent {call} ; donnez l’identifiant de celui que vous voulez :",
    "There is no call {call}: this database has no core-partner calls yet.":
        "Il n’y a pas d’appel {call} : cette base de données n’a encore aucun appel de partenaires principaux.",
    "{count} core-partner calls match {call}; give more of the title, or the id of the one you mean:":
        "{count} appels de partenaires principaux correspondent à {call} ; donnez davantage du titre, ou l’identifiant de celui que vous voulez :",
    "{count} candidate in the pool": "{count} candidat dans le vivier",
    "{count} candidates in the pool": "{count} candidats dans le vivier",
    "{count} incumbent not seeking renewal": "{count} titulaire ne demandant pas le renouvellement",
    "{count} incumbents not seeking renewal": "{count} titulaires ne demandant pas le renouvellement",
    "--seats must be at least 1, not {seats}.": "--seats doit valoir au moins 1, pas {seats}.",
    "No password was given, so nothing was saved.": "Aucun mot de passe n’a été donné, donc rien n’a été enregistré.",
    "--replace does not apply to a server; write the demo network into an empty database.":
        "--replace ne s’applique pas à un serveur ; écrivez le réseau de démonstration dans une base de données vide.",
    "Uploaded {path} to {address}: {summary}": "{path} transféré vers {address} : {summary}",
    "Downloaded {address} to {path}: {summary}": "{address} téléchargé dans {path} : {summary}",
    "The password for {address} is saved in this computer's keyring.":
        "Le mot de passe de {address} est enregistré dans le trousseau de cet ordinateur.",
    "{option} takes a server's address (postgresql://ROLE@HOST/DATABASE), not {value}.":
        "{option} prend l’adresse d’un serveur (postgresql://ROLE@HOTE/BASE), pas {value}.",
    "{option} takes a database file here, not a server's address.":
        "{option} prend ici un fichier de base de données, pas l’adresse d’un serveur.",
    "Password for {address}: ": "Mot de passe pour {address} : ",
    "This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.":
        "Cet ordinateur n’a pas de trousseau qu’OPN Desk puisse utiliser ({kind}) ; mettez plutôt le mot de passe dans un fichier de mots de passe PostgreSQL (PGPASSFILE, ~/.pgpass).",
    "The server database at {address} already holds a desk; the demo network is written to an empty database only.":
        "La base de données du serveur à {address} contient déjà un secrétariat ; le réseau de démonstration n’est écrit que dans une base de données vide.",
    "Wrote {count} changes not yet seen by {laptop} to {path} ({size} bytes).":
        "{count} modifications pas encore vues par {laptop} écrites dans {path} ({size} octets).",
    "Wrote {count} changes to {path} ({size} bytes).": "{count} modifications écrites dans {path} ({size} octets).",
    "No conflicts wait for a decision.": "Aucun conflit n’attend de décision.",
    "Give either --keep N or --value TEXT.": "Donnez soit --keep N, soit --value TEXTE.",
    "Wrote {path} for {name} (laptop {id}); this desk now knows it, so 'sync export --for \"{name}\"' works at once.":
        "{path} écrit pour {name} (ordinateur {id}) ; ce secrétariat le connaît désormais, donc 'sync export --for \"{name}\"' fonctionne tout de suite.",
    "(forgotten)": "(oublié)",
    "Open conflicts: {count}": "Conflits ouverts : {count}",
    "{name} is forgotten: its changes stay, and the desk no longer waits for it before pruning history.":
        "{name} est oublié : ses modifications restent, et le secrétariat ne l’attend plus avant d’élaguer l’historique.",
    "(has not exchanged yet)": "(n’a pas encore échangé)",
    "To check: {finding}": "À vérifier : {finding}",
    "last exchange {when}; has seen {seen}": "dernier échange {when} ; a vu {seen}",
    "This laptop: {name}": "Cet ordinateur portable : {name}",
    "nothing yet": "rien pour l’instant",
    "never": "jamais",
    "stopped.": "arrêté.",
    # ------------------------------------------------------------------ the window: the document's language
    "The window's language": "La langue de la fenêtre",
    "Language of the document": "Langue du document",
    "The language the document is printed in, whatever the window's: a French desk may print an English dossier for the Board.":
        "La langue dans laquelle le document est imprimé, quelle que soit celle de la fenêtre : un secrétariat francophone peut imprimer un dossier en anglais pour le Conseil.",
    # ------------------------------------------------------------------ documents: shared
    "One Planet network": "One Planet network",
    "FINAL": "DÉFINITIF",
    "The font file {file} is missing from this installation of OPN Desk ({path}).":
        "Le fichier de police {file} manque dans cette installation d’OPN Desk ({path}).",
    "{start} to {end}": "du {start} au {end}",
    "from {start}": "à partir du {start}",
    "Summary": "Résumé",
    "Candidate": "Candidat",
    "Share": "Part",
    "By": "Par",
    "Type": "Type",
    "Website": "Site web",
    "Review": "Évaluation",
    "Criteria": "Critères",
    "Roster": "Tableau de composition",
    "Renewal": "Renouvellement",
    "To": "Au",
    "Seats": "Sièges",
    "Slate": "Liste",
    "Rules": "Règles",
    "Pins": "Épinglages",
    "Alternates": "Remplaçants",
    "Counts": "Compte",
    "Bound": "Limite",
    "Detail": "Détail",
    "Co-leads": "Co-responsables",
    "Opened": "Ouvert le",
    "Rationale": "Motifs",
    "Ranking": "Classement",
    "Reviewers": "Évaluateurs",
    "Prepared": "Préparé",
    # ------------------------------------------------------------------ documents: applications, letters, review pack
    "Dear Sir or Madam,": "Madame, Monsieur,",
    "Dear {name},": "À l’attention de {name},",
    "Contribution offered": "Contribution proposée",
    "Contribution details": "Détails de la contribution",
    "Status: {status} · received {date} · reference {reference}": "Statut : {status} · reçue le {date} · référence {reference}",
    "Not ranked: no scores yet": "Non classé : pas encore de notes",
    "Statement of interest": "Déclaration d’intérêt",
    "Status history": "Historique des statuts",
    "The Director": "Madame la Directrice, Monsieur le Directeur",
    "The coordination desk": "Le secrétariat de coordination",
    "Decision on your application to the {programme} programme ({reference})":
        "Décision sur votre candidature au programme {programme} ({reference})",
    "We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, for a term from {start} to {end}.":
        "Nous avons le plaisir de vous informer que la candidature de {organisation} a été acceptée : {organisation} est désormais {role} du programme {programme} du One Planet network, pour un mandat du {start} au {end}.",
    "We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, from {start}.":
        "Nous avons le plaisir de vous informer que la candidature de {organisation} a été acceptée : {organisation} est désormais {role} du programme {programme} du One Planet network, à partir du {start}.",
    "We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme.":
        "Nous avons le plaisir de vous informer que la candidature de {organisation} a été acceptée : {organisation} est désormais {role} du programme {programme} du One Planet network.",
    "(shortened: {count} words in full)": "(abrégé : {count} mots en entier)",
    "No evaluation criteria apply to this application.": "Aucun critère d’évaluation ne s’applique à cette candidature.",
    "No reviewer has scored this application yet.": "Aucun évaluateur n’a encore noté cette candidature.",
    "Reviewers' comments": "Commentaires des évaluateurs",
    "Declared conflicts of interest (these reviewers did not score)":
        "Conflits d’intérêts déclarés (ces évaluateurs n’ont pas noté)",
    "No status changes recorded.": "Aucun changement de statut enregistré.",
    "Application summary": "Fiche de candidature",
    "Review pack for the Multi-stakeholder Advisory Committee": "Dossier d’évaluation pour le Comité consultatif multipartite",
    "One section per application, in ranking order.": "Une section par candidature, dans l’ordre du classement.",
    "Review pack": "Dossier d’évaluation",
    "For the Multi-stakeholder Advisory Committee (MAC). Confidential: for the committee's deliberation only; please do not forward.":
        "Pour le Comité consultatif multipartite (MAC). Confidentiel : réservé aux délibérations du comité ; merci de ne pas le transmettre.",
    "No applications.": "Aucune candidature.",
    "No evaluation criteria are set for this call.": "Aucun critère d’évaluation n’est défini pour cet appel.",
    "No reviews yet.": "Aucune évaluation pour l’instant.",
    "Rank {rank} of {count} · weighted total {total}": "Rang {rank} sur {count} · total pondéré {total}",
    "Opinion and decision": "Avis et décision",
    "The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria, with the opinion of the Multi-stakeholder Advisory Committee, before a decision is taken.":
        "Le secrétariat de coordination vérifiera d’abord que la candidature est complète et recevable. Elle est ensuite évaluée au regard des critères d’évaluation publiés, avec l’avis du Comité consultatif multipartite, avant qu’une décision soit prise.",
    "The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria before a decision is taken.":
        "Le secrétariat de coordination vérifiera d’abord que la candidature est complète et recevable. Elle est ensuite évaluée au regard des critères d’évaluation publiés avant qu’une décision soit prise.",
    "Your application to the {programme} programme ({reference})": "Votre candidature au programme {programme} ({reference})",
    "Acknowledgement: {organisation}": "Accusé de réception : {organisation}",
    "The coordination desk will contact your representative shortly about the next steps. Thank you for your commitment to sustainable consumption and production.":
        "Le secrétariat de coordination contactera prochainement votre représentant au sujet des prochaines étapes. Merci de votre engagement en faveur de la consommation et de la production durables.",
    "Decision: {organisation}": "Décision : {organisation}",
    "This call has no applications yet.": "Cet appel n’a encore aucune candidature.",
    "Call open": "Appel ouvert",
    "Applications by status: {counts}.": "Candidatures par statut : {counts}.",
    "none": "aucune",
    "What it looks at": "Ce qu’il examine",
    "Not ranked · weighted total {total}": "Non classé · total pondéré {total}",
    "Yours sincerely,": "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
    "We will write to you again when a decision has been taken. If anything in your application changes in the meantime, please tell us, quoting the reference {reference}.":
        "Nous vous écrirons de nouveau lorsqu’une décision aura été prise. Si un élément de votre candidature change entre-temps, merci de nous le signaler en rappelant la référence {reference}.",
    "Reviewers: {names}": "Évaluateurs : {names}",
    "! Reviewers disagree largely (scores {spread} or more points apart) on: {criteria}.":
        "! Les évaluateurs divergent fortement (notes écartées de {spread} points ou plus) sur : {criteria}.",
    "The {count} latest of {total} status changes:": "Les {count} derniers des {total} changements de statut :",
    "Application: {organisation}": "Candidature : {organisation}",
    "Application {reference} · printed {date}": "Candidature {reference} · imprimée le {date}",
    "Application {reference}": "Candidature {reference}",
    "Weighted total (0 to {max})": "Total pondéré (0 à {max})",
    "! Reviewers disagree largely on the marked criteria (scores {spread} or more points apart).":
        "! Les évaluateurs divergent fortement sur les critères marqués (notes écartées de {spread} points ou plus).",
    "Review pack: {call}": "Dossier d’évaluation : {call}",
    "The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria that have scores; scores run from 0 to {max}. Applications without scores, and withdrawn ones, are not ranked. Equal totals share a rank (shown as 2=). \"!\" marks criteria on which reviewers' scores lie {spread} or more points apart.":
        "Le total pondéré est la somme, sur les critères, de la pondération × la note moyenne des évaluateurs, divisée par la somme des pondérations des critères notés ; les notes vont de 0 à {max}. Les candidatures sans notes, et celles retirées, ne sont pas classées. Des totaux égaux partagent un rang (affiché 2=). « ! » marque les critères sur lesquels les notes des évaluateurs sont écartées de {spread} points ou plus.",
    "received {date} · reference {reference}": "reçue le {date} · référence {reference}",
    "Reference {reference}": "Référence {reference}",
    "Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}, in answer to the call “{call}”.":
        "Nous vous remercions de la candidature de {organisation} pour rejoindre le programme {programme} du One Planet network en tant que {role}, que nous avons reçue le {date}, en réponse à l’appel « {call} ».",
    "Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}.":
        "Nous vous remercions de la candidature de {organisation} pour rejoindre le programme {programme} du One Planet network en tant que {role}, que nous avons reçue le {date}.",
    "The application of {organisation} has no decision yet, so there is no decision letter to write.":
        "La candidature de {organisation} n’a pas encore de décision, il n’y a donc pas de lettre de décision à écrire.",
    "{reviewer} on {criterion}: {comment}": "{reviewer} sur {criterion} : {comment}",
    "Application to {programme} ({code}) as {role}": "Candidature à {programme} ({code}) en tant que {role}",
    "{count} ({ranked} ranked)": "{count} ({ranked} classées)",
    "{date}, with OPN Desk": "{date}, avec OPN Desk",
    "The decision not to accept {organisation} has no rationale; record one before writing the letter.":
        "La décision de ne pas accepter {organisation} n’a pas de motifs ; enregistrez-en avant d’écrire la lettre.",
    "Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}. After careful review, we regret to inform you that it has not been accepted, for the following reasons.":
        "Nous vous remercions de la candidature de {organisation} pour rejoindre le programme {programme} du One Planet network en tant que {role}. Après un examen attentif, nous avons le regret de vous informer qu’elle n’a pas été acceptée, pour les raisons suivantes.",
    "Your organisation remains welcome to take part in the network's work and to apply again in a future call. Please quote the reference {reference} in any correspondence.":
        "Votre organisation reste la bienvenue pour participer aux travaux du réseau et pour présenter une nouvelle candidature lors d’un prochain appel. Merci de rappeler la référence {reference} dans toute correspondance.",
    "{reviewer}, declared {date}": "{reviewer}, déclaré le {date}",
    "! Large disagreement between reviewers on: {criteria}": "! Fort désaccord entre les évaluateurs sur : {criteria}",
    # ------------------------------------------------------------------ documents: the leadership dossier and roster
    "Terms run from their first to their last day. A member whose term has ended stays in office until a successor is appointed (holding over).":
        "Les mandats courent de leur premier à leur dernier jour. Un membre dont le mandat a pris fin reste en fonction jusqu’à la nomination d’un successeur (prolongation).",
    "holding over": "en prolongation",
    "All four steps are done": "Les quatre étapes sont terminées",
    "DRAFT — for discussion, not for circulation": "PROJET — pour discussion, ne pas diffuser",
    "no call linked yet": "aucun appel lié pour l’instant",
    "Actual (done)": "Réel (terminé)",
    "Actual (in progress, to today)": "Réel (en cours, jusqu’à aujourd’hui)",
    "leadership renewal dossier (summary)": "dossier de renouvellement de la direction (résumé)",
    "leadership renewal dossier": "dossier de renouvellement de la direction",
    "Leadership renewal summary: {name}": "Résumé du renouvellement de la direction : {name}",
    "Leadership renewal dossier: {name}": "Dossier de renouvellement de la direction : {name}",
    "Candidate profiles": "Profils des candidats",
    "One section per candidate, in the order of the summary (best weighted total first).":
        "Une section par candidat, dans l’ordre du récapitulatif (meilleur total pondéré d’abord).",
    "The full dossier holds the process and its timeline, the current leadership and their terms, the candidates' records in the network, the succession plan, the external review's checklist and the annexes.":
        "Le dossier complet contient le processus et son calendrier, la direction actuelle et ses mandats, le parcours des candidats dans le réseau, le plan de succession, la liste de contrôle de l’examen externe et les annexes.",
    "The decision: the proposed leadership": "La décision : la direction proposée",
    "The candidates": "Les candidats",
    "Half a page per candidate, best weighted total first. Scores run from 0 to 5; the weights are each criterion's share of the weighted total.":
        "Une demi-page par candidat, meilleur total pondéré d’abord. Les notes vont de 0 à 5 ; les pondérations sont la part de chaque critère dans le total pondéré.",
    "Candidate as": "Candidat en tant que",
    "Incumbent co-lead seeking renewal": "Co-responsable titulaire demandant le renouvellement",
    "Step {number} of 4: {title}": "Étape {number} sur 4 : {title}",
    "For the Multi-stakeholder Advisory Committee (MAC) and the Board of the One Planet network. Confidential: for the committee's and the Board's deliberation only.":
        "Pour le Comité consultatif multipartite (MAC) et le Conseil du One Planet network. Confidentiel : réservé aux délibérations du comité et du Conseil.",
    "The renewal process": "Le processus de renouvellement",
    "The renewal follows four steps agreed by the coordination desks: (1) the leads and the Secretariat agree on the need, the steps and the timeline; (2) an open call for expressions of interest; (3) the review of the applications against the evaluation criteria, with the MAC's opinion, consulting the coordination desk; (4) the submission to the Board.":
        "Le renouvellement suit quatre étapes convenues par les secrétariats de coordination : (1) les responsables et le Secrétariat conviennent du besoin, des étapes et du calendrier ; (2) un appel ouvert à manifestations d’intérêt ; (3) l’examen des candidatures au regard des critères d’évaluation, avec l’avis du MAC, en consultant le secrétariat de coordination ; (4) la soumission au Conseil.",
    "Timeline: planned and actual": "Calendrier : prévu et réel",
    "Dates, responsibilities and evidence of each step are in Annex B.":
        "Les dates, responsabilités et justificatifs de chaque étape figurent à l’annexe B.",
    "Current leadership and their terms": "La direction actuelle et ses mandats",
    "Record in the network": "Parcours dans le réseau",
    "Balance rules": "Règles d’équilibre",
    "Succession planning to 2030": "Planification de la succession jusqu’en 2030",
    "The external review's recommendations": "Les recommandations de l’examen externe",
    "Annex A: Evaluation criteria": "Annexe A : Critères d’évaluation",
    "Scores run from 0 to 5; each candidate's weighted total uses these weights.":
        "Les notes vont de 0 à 5 ; le total pondéré de chaque candidat utilise ces pondérations.",
    "Annex B: The process steps": "Annexe B : Les étapes du processus",
    "{size} bytes": "{size} octets",
    "{size} MB": "{size} Mo",
    "{size} KB": "{size} Ko",
    "This is a past date: the composition is computed from the recorded terms.":
        "C’est une date passée : la composition est calculée à partir des mandats enregistrés.",
    "Term from / to": "Mandat du / au",
    "Term no.": "Mandat n°",
    "Leadership renewal dossier for the MAC and the Board": "Dossier de renouvellement de la direction pour le MAC et le Conseil",
    "There are no candidates yet.": "Il n’y a pas encore de candidats.",
    "Leadership renewal: summary for the Board": "Renouvellement de la direction : résumé pour le Conseil",
    "Why proposed": "Motif de la proposition",
    "Rank {rank} · weighted total {total}": "Rang {rank} · total pondéré {total}",
    "proposed for the leadership": "proposé pour la direction",
    "{count} lead": "{count} responsable",
    "{count} leads": "{count} responsables",
    "Applicant, {status}": "Candidat, {status}",
    "an incumbent co-lead": "co-responsable titulaire",
    "Leadership renewal dossier": "Dossier de renouvellement de la direction",
    "No co-lead is in office on this date.": "Aucun co-responsable n’est en fonction à cette date.",
    "No core partner is in office on this date.": "Aucun partenaire principal n’est en fonction à cette date.",
    "The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria scored (0 to 5). Withdrawn applications are left out.":
        "Le total pondéré est la somme, sur les critères, de la pondération × la note moyenne des évaluateurs, divisée par la somme des pondérations des critères notés (0 à 5). Les candidatures retirées sont exclues.",
    "Short forms where a column is narrow: Africa; Asia-Pacific; Eastern Europe; GRULAC, Latin America and the Caribbean; WEOG, Western Europe and Others. UN / IGO: UN and other inter-governmental organisations. MAC: the MAC's opinion is recorded.":
        "Formes abrégées quand une colonne est étroite : Afrique ; Asie-Pacifique ; Europe orientale ; GRULAC, Amérique latine et Caraïbes ; WEOG, Europe occidentale et autres États. ONU / OIG : organismes des Nations Unies et autres organisations intergouvernementales. MAC : l’avis du MAC est enregistré.",
    "No opinion recorded yet.": "Aucun avis enregistré pour l’instant.",
    "No membership in any programme yet.": "Aucune adhésion à un programme pour l’instant.",
    "No evaluation criteria apply (no call is linked to the process).":
        "Aucun critère d’évaluation ne s’applique (aucun appel n’est lié au processus).",
    "Weighted total (0 to 5)": "Total pondéré (0 à 5)",
    "! Reviewers' scores lie 2 or more points apart on the marked criteria.":
        "! Les notes des évaluateurs sont écartées de 2 points ou plus sur les critères marqués.",
    "The proposed leadership": "La direction proposée",
    "No leadership has been proposed yet.": "Aucune direction n’a encore été proposée.",
    "More than three leads may be brought in to improve the programme's coordination capacity. The balance below is counted over the proposed leads and re-checked against the same balance rules as the core-partner selection, for this many seats.":
        "Plus de trois responsables peuvent être retenus pour renforcer la capacité de coordination du programme. L’équilibre ci-dessous est compté sur les responsables proposés et revérifié au regard des mêmes règles d’équilibre que la sélection des partenaires principaux, pour ce nombre de sièges.",
    "No succession plan has been recorded yet.": "Aucun plan de succession n’a encore été enregistré.",
    "No evaluation criteria yet: the process has no co-lead call linked.":
        "Pas encore de critères d’évaluation : le processus n’a pas d’appel de co-responsables lié.",
    "Roster of co-leads and core partners": "Tableau de composition des co-responsables et des partenaires principaux",
    "Core partners (the MAC)": "Partenaires principaux (le MAC)",
    "{ordinal}, since {year}": "{ordinal}, depuis {year}",
    "Bounds for these seats": "Limites pour ces sièges",
    "Where it stands": "Où en est le processus",
    "Call for expressions of interest": "Appel à manifestations d’intérêt",
    "Renewal process": "Processus de renouvellement",
    "The co-leads in office on {date}. Co-leads serve two-year commitments, renewable; a member whose term has ended stays in office until a successor is appointed (holding over).":
        "Les co-responsables en fonction le {date}. Les co-responsables s’engagent pour deux ans, renouvelables ; un membre dont le mandat a pris fin reste en fonction jusqu’à la nomination d’un successeur (prolongation).",
    "Renewal not stated": "Renouvellement non indiqué",
    "By the representatives' gender (counts only)": "Selon le genre des représentants (effectifs seulement)",
    "The rules are those of the core-partner selection (SPP ToR 2.2); with few seats not every group and cluster can be represented.":
        "Les règles sont celles de la sélection des partenaires principaux (mandat SPP 2.2) ; avec peu de sièges, tous les groupes ne peuvent pas être représentés.",
    "Were the external review's recommendations on leadership taken on board? {done} of {count} items ticked.":
        "Les recommandations de l’examen externe sur la direction ont-elles été prises en compte ? {done} points cochés sur {count}.",
    "Closed by": "Clôturée par",
    "Closed out of order": "Clôturée hors séquence",
    "This is a future date: the terms are shown as they stand on {date}; nobody is assumed to hold over beyond that day.":
        "C’est une date future : les mandats sont présentés tels qu’ils sont le {date} ; personne n’est supposé en prolongation au-delà de ce jour.",
    "not yet proposed": "pas encore proposée",
    "DRAFT: for discussion, not for circulation": "PROJET : pour discussion, ne pas diffuser",
    "Step {number} was closed before step {previous} was done, by {who}: {reason}":
        "L’étape {number} a été clôturée avant la fin de l’étape {previous}, par {who} : {reason}",
    "Not scored yet: {criteria}.": "Pas encore noté : {criteria}.",
    "Roster: {name}": "Tableau de composition : {name}",
    "{code} roster as of {date} · printed {printed}": "Tableau de composition {code} au {date} · imprimé le {printed}",
    "Roster of the {name} programme": "Tableau de composition du programme {name}",
    "Composition on {date}": "Composition au {date}",
    "Alternate: {name}": "Suppléant : {name}",
    "MAC opinion.": "Avis du MAC.",
    "term ends {date}": "mandat se terminant le {date}",
    "{ordinal} (since {year})": "{ordinal} (depuis {year})",
    "In the network since {date} ({count} year).": "Dans le réseau depuis le {date} ({count} an).",
    "In the network since {date} ({count} years).": "Dans le réseau depuis le {date} ({count} ans).",
    "{count} lead proposed.": "{count} responsable proposé.",
    "{count} leads proposed.": "{count} responsables proposés.",
    "at least {count}": "au moins {count}",
    "at most {count}": "au plus {count}",
    "the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbent).":
        "les candidatures de co-responsables à l’appel et les co-responsables titulaires demandant le renouvellement ({count} titulaire).",
    "the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbents).":
        "les candidatures de co-responsables à l’appel et les co-responsables titulaires demandant le renouvellement ({count} titulaires).",
    "{count} rule is broken (marked).": "{count} règle n’est pas respectée (marquée).",
    "{count} rules are broken (marked).": "{count} règles ne sont pas respectées (marquées).",
    "{count} candidate": "{count} candidat",
    "{candidates}: {who}": "{candidates} : {who}",
    "{count} candidates": "{count} candidats",
    # ------------------------------------------------------------------ documents: the selection report
    "1 candidate, an incumbent": "1 candidat, titulaire",
    "1 candidate, not an incumbent": "1 candidat, non titulaire",
    "{count} candidates, {incumbents} of them incumbents": "{count} candidats, dont {incumbents} titulaires",
    "{count} candidates, none of them an incumbent": "{count} candidats, aucun titulaire",
    "{count} candidates, 1 of them an incumbent": "{count} candidats, dont 1 titulaire",
    "{count} candidates, all of them incumbents": "{count} candidats, tous titulaires",
    "The hand-picked slate": "La liste choisie à la main",
    "The closest workable slate": "La liste réalisable la plus proche",
    "The slate": "La liste",
    "optimal under the rules": "optimale selon les règles",
    "hand-picked by the desk": "choisie à la main par le secrétariat",
    "closest workable (the rules cannot all be met)": "réalisable la plus proche (les règles ne peuvent pas toutes être respectées)",
    "none possible": "aucune possible",
    "Call closed": "Appel clos le",
    "Incumbents counted on": "Titulaires comptés au",
    "The Terms of Reference (section 2.2) ask that the core partners' composition strive for geographic balance over the five UN regional groups, stakeholder balance over the five clusters, at least 50% female designated representatives, and both continuity and change. This report shows the rules the desk set for this call, the pool, the slate and how it meets each rule.":
        "Le mandat (section 2.2) demande que la composition des partenaires principaux vise l’équilibre géographique entre les cinq groupes régionaux de l’ONU, l’équilibre entre les cinq groupes de parties prenantes, au moins 50 % de représentantes désignées, ainsi que la continuité et le renouvellement. Ce rapport présente les règles fixées par le secrétariat pour cet appel, le vivier, la liste et la manière dont elle respecte chaque règle.",
    "The balance rules": "Les règles d’équilibre",
    "The pool": "Le vivier",
    "Representative's gender (counts only)": "Genre du représentant (effectifs seulement)",
    "By representative's gender (counts only)": "Selon le genre du représentant (effectifs seulement)",
    "Rule by rule": "Règle par règle",
    "By region, cluster and gender": "Par région, groupe de parties prenantes et genre",
    "The next best candidates who could step in, each replacing one member of the slate without breaking any rule (single swaps; pinned candidates stay).":
        "Les meilleurs candidats suivants qui pourraient entrer, chacun remplaçant un membre de la liste sans enfreindre aucune règle (échanges simples ; les candidats épinglés restent).",
    "Trade-offs: why the rules cannot all be met": "Arbitrages : pourquoi les règles ne peuvent pas toutes être respectées",
    "Scenarios compared": "Scénarios comparés",
    "Who differs": "Qui diffère",
    "The desk's notes": "Les notes du secrétariat",
    "saved for this round": "enregistrées pour cette sélection",
    "the Terms of Reference's defaults (not saved yet)": "celles par défaut du mandat (pas encore enregistrées)",
    "Core-partner selection": "Sélection des partenaires principaux",
    "No balance rules are set: the slate is simply the best total score.":
        "Aucune règle d’équilibre n’est fixée : la liste est simplement le meilleur score total.",
    "No candidate is pinned in or out.": "Aucun candidat n’est épinglé dedans ni dehors.",
    "the call's applications that passed screening (under review, with the MAC's opinion, or accepted), scored by their weighted review total, and the incumbent core partners seeking renewal. An incumbent that applied is counted once, through its application.":
        "les candidatures à l’appel qui ont passé la présélection (en évaluation, avec l’avis du MAC, ou acceptées), notées par leur total pondéré d’évaluation, et les partenaires principaux titulaires demandant le renouvellement. Un titulaire qui a candidaté est compté une fois, par sa candidature.",
    "In the pool as": "Dans le vivier en tant que",
    "Core partners in office on the day incumbency is counted who did not apply and have not said they seek renewal; they are not in the pool.":
        "Les partenaires principaux en fonction le jour où les titulaires sont comptés qui n’ont pas candidaté et n’ont pas demandé le renouvellement ; ils ne sont pas dans le vivier.",
    "The slate with the highest total score ({score}) among those that meet every rule and pin, found by integer programming (HiGHS, exact).":
        "La liste au score total le plus élevé ({score}) parmi celles qui respectent chaque règle et chaque épinglage, trouvée par programmation en nombres entiers (HiGHS, exacte).",
    "The rules cannot all be met. This is the closest workable slate: it breaks the rules as little as possible (see the trade-offs), then has the best total score.":
        "Les règles ne peuvent pas toutes être respectées. Voici la liste réalisable la plus proche : elle enfreint les règles le moins possible (voir les arbitrages), puis a le meilleur score total.",
    "No slate can be formed: the seats and pins alone cannot be met (see the trade-offs).":
        "Aucune liste ne peut être formée : les sièges et les épinglages à eux seuls ne peuvent pas être respectés (voir les arbitrages).",
    "No candidate has been picked yet.": "Aucun candidat n’a encore été choisi.",
    "No balance rules are set.": "Aucune règle d’équilibre n’est fixée.",
    "There is no slate, so there are no alternates.": "Il n’y a pas de liste, donc pas de remplaçants.",
    "Alternates are listed for a slate that meets every rule; this one breaks some.":
        "Les remplaçants sont listés pour une liste qui respecte chaque règle ; celle-ci en enfreint certaines.",
    "No candidate outside the slate can replace a member without breaking a rule.":
        "Aucun candidat hors de la liste ne peut remplacer un membre sans enfreindre une règle.",
    "Could come in": "Pourrait entrer",
    "Replacing": "En remplaçant",
    "Score change": "Variation du score",
    "The conflicting rules": "Les règles en conflit",
    "What the closest slate relaxes": "Ce que la liste la plus proche assouplit",
    "No scenario has been saved for this round.": "Aucun scénario n’a été enregistré pour cette sélection.",
    "No notes recorded.": "Aucune note enregistrée.",
    "Core-partner selection: rules, pool, slate and balance": "Sélection des partenaires principaux : règles, vivier, liste et équilibre",
    "Core-partner selection: {call}": "Sélection des partenaires principaux : {call}",
    "A slate has exactly {seats} seats and meets every rule below. Shares of the seats become counts that honour the share: a minimum rounds up, a maximum rounds down. Priority weighs a rule when the rules cannot all be met and some must be relaxed.":
        "Une liste compte exactement {seats} sièges et respecte chaque règle ci-dessous. Les parts de sièges deviennent des effectifs qui respectent la part : un minimum s’arrondit vers le haut, un maximum vers le bas. La priorité pèse une règle lorsque les règles ne peuvent pas toutes être respectées et que certaines doivent être assouplies.",
    "As set": "Telle que fixée",
    "Ties: {rule}. Candidates are identified by their organisation's record, so the same pool and rules always give the same slate.":
        "Égalités : {rule}. Les candidats sont identifiés par la fiche de leur organisation, donc le même vivier et les mêmes règles donnent toujours la même liste.",
    "The slate the desk picked by hand; total score {score}.": "La liste choisie à la main par le secrétariat ; score total {score}.",
    "Bounds": "Limites",
    "Who counts": "Qui compte",
    "A smallest set of rules that cannot all be met together.": "Un plus petit ensemble de règles qui ne peuvent pas toutes être respectées ensemble.",
    "Compared under the round's current rules ({seats} seats): each saved slate is counted under the seats and rules being decided on, whatever it was saved with, beside this report's slate. Scores are the candidates' current scores.":
        "Comparés selon les règles actuelles de la sélection ({seats} sièges) : chaque liste enregistrée est comptée selon les sièges et les règles en cours de décision, quels que soient ceux avec lesquels elle a été enregistrée, à côté de la liste de ce rapport. Les scores sont les scores actuels des candidats.",
    "In every slate: {names}.": "Dans chaque liste : {names}.",
    "nobody": "personne",
    "{kind}; total score {score}": "{kind} ; score total {score}",
    "No slate meets every rule (see the trade-offs).": "Aucune liste ne respecte chaque règle (voir les arbitrages).",
    "Only in {scenario} (not in every other): {names}.": "Seulement dans {scenario} (pas dans toutes les autres) : {names}.",
    "For {seats} seats": "Pour {seats} sièges",
    "The best slate meeting every rule scores {score}.": "La meilleure liste respectant chaque règle obtient {score}.",
    "Total score {score}.": "Score total {score}.",
    "{count} separate conflicts: each is a smallest set of rules that cannot all be met together, and each needs a change of its own.":
        "{count} conflits distincts : chacun est un plus petit ensemble de règles qui ne peuvent pas toutes être respectées ensemble, et chacun demande sa propre modification.",
    "{count} of {seats}": "{count} sur {seats}",
    "{count} of its candidates are no longer in the pool and are left out of its counts.":
        "{count} de ses candidats ne sont plus dans le vivier et sont exclus de ses effectifs.",
    "{code} core-partner selection": "Sélection des partenaires principaux {code}",
    "Conflict {number}": "Conflit {number}",
    "{count} rule is at the edge: one change to the slate could break it.":
        "{count} règle est à la limite : un changement dans la liste pourrait l’enfreindre.",
    "{count} rules are at the edge: one change to the slate could break them.":
        "{count} règles sont à la limite : un changement dans la liste pourrait les enfreindre.",
}
