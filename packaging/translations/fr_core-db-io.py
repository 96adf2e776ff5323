"""French for the core's sentences: the database file (db/store.py, backup.py, lock.py, address.py), reading
and writing spreadsheets (io/), the imports (services/intake_import.py, reporting_import.py,
commands/imports.py) and the export (services/export.py). Keyed by the English source text."""

TRANSLATIONS: dict[str, str] = {
    # --- backups (db/backup.py)
    "broken reference in {table} (row {row}) to {parent}":
        "référence rompue dans {table} (ligne {row}) vers {parent}",
    "The backup could not be written to {path}: {reason}.":
        "La sauvegarde n’a pas pu être écrite dans {path} : {reason}.",
    "The backup written to {path} failed its check: {problem}.":
        "La sauvegarde écrite dans {path} n’a pas passé sa vérification : {problem}.",
    "{path} is a folder; give the backup a file name.":
        "{path} est un dossier ; donnez un nom de fichier à la sauvegarde.",
    "{path} is the database itself; choose another file for the backup.":
        "{path} est la base de données elle-même ; choisissez un autre fichier pour la sauvegarde.",
    "{path} cannot be used: writing it would overwrite the database itself.":
        "{path} ne peut pas être utilisé : l’écrire écraserait la base de données elle-même.",
    "{path} is one of the database's working files; choose another file for the backup.":
        "{path} est l’un des fichiers de travail de la base de données ; choisissez un autre fichier pour la "
        "sauvegarde.",
    "{path} is one of the desk's backups; choose another file (or a new name in {folder}).":
        "{path} est l’une des sauvegardes du bureau de coordination ; choisissez un autre fichier (ou un nouveau nom "
        "dans {folder}).",
    "{path} looks like a database in use ({name} is beside it); choose another file.":
        "{path} ressemble à une base de données en cours d’utilisation ({name} est à côté) ; choisissez un autre "
        "fichier.",
    "{path} already exists; add --force to replace it.":
        "{path} existe déjà ; ajoutez --force pour le remplacer.",
    # --- the export (services/export.py)
    "{name}: the export file must end in .csv or .xlsx.":
        "{name} : le fichier d’export doit se terminer par .csv ou .xlsx.",
    "Exported {count} of {total} organisations":
        "{count} organisations sur {total} exportées",
    "The export was cancelled; no file was written.":
        "L’export a été annulé ; aucun fichier n’a été écrit.",
    "Exported {count} organisation":
        "{count} organisation exportée",
    "Exported {count} organisations":
        "{count} organisations exportées",
    # --- the import command's own lines (commands/imports.py)
    "warning: {problem}":
        "avertissement : {problem}",
    "--exclude-rows: {reason}":
        "--exclude-rows : {reason}",
    # --- importing applications and organisations (services/intake_import.py)
    "row {row}, column {column}: {message}":
        "ligne {row}, colonne {column} : {message}",
    "Imported {applications} ({organisations}, {linked} linked to existing ones).":
        "Importation : {applications} ({organisations}, liées à des organisations existantes : {linked}).",
    "{count} new organisation":
        "{count} nouvelle organisation",
    "{count} new organisations":
        "{count} nouvelles organisations",
    "Imported {organisations} ({new} new, {linked} linked to existing ones; {people} added).":
        "Importation : {organisations} (nouvelles : {new}, liées à des organisations existantes : {linked} ; "
        "ajout de {people}).",
    "{count} person":
        "{count} personne",
    "{count} people":
        "{count} personnes",
    "{count} application":
        "{count} candidature",
    "{count} organisation":
        "{count} organisation",
    "; left out as asked: rows {rows}.":
        " ; laissées de côté comme demandé : lignes {rows}.",
    "The file has {count} problem; nothing was written.":
        "Le fichier a {count} problème ; rien n’a été écrit.",
    "The file has {count} problems; nothing was written.":
        "Le fichier a {count} problèmes ; rien n’a été écrit.",
    "{text} is not a row number or a range such as 7-9.":
        "{text} n’est ni un numéro de ligne ni une plage comme 7-9.",
    "The range {range} runs backwards.":
        "La plage {range} est à l’envers.",
    "Row 1 is the header; data rows start at 2.":
        "La ligne 1 est l’en-tête ; les lignes de données commencent à 2.",
    "The range {range} is too large.":
        "La plage {range} est trop grande.",
    "{value} is not a stakeholder cluster":
        "{value} n’est pas un groupe de parties prenantes",
    "{value} is not an organisation type":
        "{value} n’est pas un type d’organisation",
    "{value} is not a role":
        "{value} n’est pas un rôle",
    "{value} is not a kind of contribution":
        "{value} n’est pas un type de contribution",
    "{value} is not a programme":
        "{value} n’est pas un programme",
    "{value} is not an activity category":
        "{value} n’est pas une catégorie d’activité",
    "; did you mean {suggestions}? Use one of: {choices}":
        " ; vouliez-vous dire {suggestions} ? Utilisez l’une de ces valeurs : {choices}",
    "; use one of: {choices}":
        " ; utilisez l’une de ces valeurs : {choices}",
    "co-leads":
        "co-responsables",
    "core partners":
        "partenaires principaux",
    "network members":
        "membres du réseau",
    "the mapping sends this column to {field}, which is not a field of an application import":
        "la correspondance envoie cette colonne vers {field}, qui n’est pas un champ d’un import de candidatures",
    "the mapping sends this column to {field}, which is not a field of an organisation import":
        "la correspondance envoie cette colonne vers {field}, qui n’est pas un champ d’un import d’organisations",
    "not imported: no field has this name (see docs/IMPORT.md, or map it with --mapping)":
        "non importée : aucun champ ne porte ce nom (voir docs/IMPORT.md, ou faites-la correspondre avec --mapping)",
    "both this column and {other} would fill the field {field}; map one of them elsewhere or leave it out":
        "cette colonne et {other} rempliraient toutes deux le champ {field} ; faites correspondre l’une d’elles "
        "ailleurs ou laissez-la de côté",
    "the mapping names this column, but the file has no column of that name":
        "la correspondance nomme cette colonne, mais le fichier n’a pas de colonne de ce nom",
    "the file has no column for {field}, which is required":
        "le fichier n’a pas de colonne pour {field}, qui est obligatoire",
    "asked to leave this row out, but the file has no data on it":
        "il est demandé de laisser cette ligne de côté, mais le fichier n’y a pas de données",
    "the organisation's name is missing":
        "le nom de l’organisation manque",
    "the name is longer than 300 characters":
        "le nom dépasse 300 caractères",
    "the acronym is longer than 50 characters":
        "le sigle dépasse 50 caractères",
    "the country is missing":
        "le pays manque",
    "unknown country {country}; did you mean {suggestions}?":
        "pays inconnu {country} ; vouliez-vous dire {suggestions} ?",
    "unknown country {country}; write its name, or its ISO code such as KEN":
        "pays inconnu {country} ; écrivez son nom, ou son code ISO comme KEN",
    "{value} is not a website address":
        "{value} n’est pas une adresse de site web",
    "an other name is longer than 300 characters":
        "un autre nom dépasse 300 caractères",
    "the alternate must be someone other than the representative":
        "le suppléant doit être une autre personne que le représentant",
    "the same application as row {row} (same organisation, programme and role)":
        "la même candidature qu’à la ligne {row} (même organisation, même programme et même rôle)",
    "{value} is not an e-mail address":
        "{value} n’est pas une adresse électronique",
    "the alternate's name is missing (an e-mail address is given)":
        "le nom du suppléant manque (une adresse électronique est donnée)",
    "the representative's name is missing (an e-mail address is given)":
        "le nom du représentant manque (une adresse électronique est donnée)",
    "the alternate's name is longer than 200 characters":
        "le nom du suppléant dépasse 200 caractères",
    "the representative's name is longer than 200 characters":
        "le nom du représentant dépasse 200 caractères",
    "not one of the gender options: {choices}":
        "aucune des options de genre : {choices}",
    "no call is called {call}":
        "aucun appel ne s’appelle {call}",
    "several calls are called {call}; use the call's id":
        "plusieurs appels s’appellent {call} ; utilisez l’identifiant de l’appel",
    "this row names the call {call}, but the import is for the call {title}":
        "cette ligne nomme l’appel {call}, mais l’import est pour l’appel {title}",
    "the call {title} is for another programme":
        "l’appel {title} est pour un autre programme",
    "the programme is missing":
        "le programme manque",
    "the call {title} is for {roles}, not {other}":
        "l’appel {title} est pour des {roles}, pas des {other}",
    "the role applied for is missing":
        "le rôle demandé manque",
    "{value} is not a date (write it as YYYY-MM-DD)":
        "{value} n’est pas une date (écrivez-la AAAA-MM-JJ)",
    "an application cannot be received in the future":
        "une candidature ne peut pas être reçue dans le futur",
    "{programme} no longer takes applications":
        "{programme} ne prend plus de candidatures",
    "a {role} application answers a call, and there is no call for {roles} of {programme} yet; create it first":
        "une candidature de {role} répond à un appel, et il n’y a pas encore d’appel pour des {roles} de "
        "{programme} ; créez-le d’abord",
    "a {role} application answers a call, and several calls could be meant; choose one with --call":
        "une candidature de {role} répond à un appel, et plusieurs appels pourraient convenir ; choisissez-en un "
        "avec --call",
    "the same organisation as row {row}; put each organisation on one row (a second person can go in "
    "alternate_name and alternate_email)":
        "la même organisation qu’à la ligne {row} ; mettez chaque organisation sur une seule ligne (une deuxième "
        "personne peut aller dans alternate_name et alternate_email)",
    "the organisation chosen to link this row to no longer exists or was merged":
        "l’organisation choisie pour y lier cette ligne n’existe plus ou a été fusionnée",
    "linked to the existing organisation {name}: {why} (also close: {others})":
        "liée à l’organisation existante {name} : {why} (proches aussi : {others})",
    "linked to the existing organisation {name}: {why}":
        "liée à l’organisation existante {name} : {why}",
    "may already be in the registry as {matches}; a new organisation will be created (merge them afterwards if "
    "they are the same)":
        "est peut-être déjà dans le registre sous {matches} ; une nouvelle organisation sera créée (fusionnez-les "
        "ensuite s’il s’agit de la même)",
    "may be the same organisation as row {row} ({reasons})":
        "est peut-être la même organisation qu’à la ligne {row} ({reasons})",
    "row {row} already links to {name}; put each organisation on one row":
        "la ligne {row} est déjà liée à {name} ; mettez chaque organisation sur une seule ligne",
    "{name} is already an active {role} of {programme}":
        "{name} est déjà {role} actif de {programme}",
    "{name} already has an open application to be a {role} of {programme} (received {date})":
        "{name} a déjà une candidature ouverte pour être {role} de {programme} (reçue le {date})",
    # --- the writer's lock (db/lock.py)
    "{user} on {host} (process {pid}, since {since})":
        "{user} sur {host} (processus {pid}, depuis {since})",
    "an unknown computer":
        "un ordinateur inconnu",
    "an unknown time":
        "un moment inconnu",
    "{path} is already open in OPN Desk by {who}.":
        "{path} est déjà ouvert dans OPN Desk par {who}.",
    "{path} is marked as open in OPN Desk by {who}, and OPN Desk cannot tell from here whether it still is.":
        "{path} est marqué comme ouvert dans OPN Desk par {who}, et OPN Desk ne peut pas savoir d’ici s’il l’est "
        "encore.",
    "The database may still be open in OPN Desk on {host} ({user}, since {since}): that computer's lock cannot be "
    "seen from here. Take it over only if you are sure it is closed there; if it is not, both desks would write to "
    "it and changes could be lost.":
        "La base de données est peut-être encore ouverte dans OPN Desk sur {host} ({user}, depuis {since}) : le "
        "verrou de cet ordinateur n’est pas visible d’ici. Ne la reprenez que si vous êtes sûr qu’elle y est fermée ; "
        "sinon, les deux postes y écriraient et des modifications pourraient être perdues.",
    "The database may still be open in OPN Desk on this computer ({user}, since {since}): it was opened by an older "
    "version of OPN Desk, which this one cannot check. Take it over only if you are sure it is closed there; if it "
    "is not, both desks would write to it and changes could be lost.":
        "La base de données est peut-être encore ouverte dans OPN Desk sur cet ordinateur ({user}, depuis {since}) : "
        "elle a été ouverte par une version plus ancienne d’OPN Desk, que celle-ci ne peut pas vérifier. Ne la "
        "reprenez que si vous êtes sûr qu’elle y est fermée ; sinon, les deux postes y écriraient et des "
        "modifications pourraient être perdues.",
    # --- importing reported activities (services/reporting_import.py)
    "{count} activity":
        "{count} activité",
    "{count} activities":
        "{count} activités",
    "Checked {count} row: no problems; {activities} would be imported; nothing written (dry run).":
        "{count} ligne vérifiée : aucun problème ; à importer : {activities} ; rien n’a été écrit (essai à blanc).",
    "Checked {count} rows: no problems; {activities} would be imported; nothing written (dry run).":
        "{count} lignes vérifiées : aucun problème ; à importer : {activities} ; rien n’a été écrit (essai à blanc).",
    "Imported {activities} ({submissions} recorded, {rows} already recorded).":
        "Importation : {activities} ({submissions} ; déjà enregistré : {rows}).",
    "{count} submission":
        "{count} soumission enregistrée",
    "{count} submissions":
        "{count} soumissions enregistrées",
    "{count} row":
        "{count} ligne",
    "{count} rows":
        "{count} lignes",
    "the mapping sends this column to {field}, which is not a field of an activities import":
        "la correspondance envoie cette colonne vers {field}, qui n’est pas un champ d’un import d’activités",
    "not imported: no field has this name (see docs/REPORTING.md, or map it with --mapping)":
        "non importée : aucun champ ne porte ce nom (voir docs/REPORTING.md, ou faites-la correspondre avec "
        "--mapping)",
    "{field} is required":
        "{field} est obligatoire",
    "several organisations are called {name}; give the organisation's id instead":
        "plusieurs organisations s’appellent {name} ; donnez plutôt l’identifiant de l’organisation",
    "{name} is not an organisation in the registry; add it first, or correct the name":
        "{name} n’est pas une organisation du registre ; ajoutez-la d’abord, ou corrigez le nom",
    "{programme} has no reporting cycle for {year}; its cycles are {years}":
        "{programme} n’a pas de cycle de rapport pour {year} ; ses cycles sont {years}",
    "{programme} has no reporting cycle for {year}; create the cycle first":
        "{programme} n’a pas de cycle de rapport pour {year} ; créez d’abord le cycle",
    "{text} is not one initiative of {programme}; leave it empty, or give the initiative's title or id":
        "{text} n’est pas une initiative de {programme} ; laissez la cellule vide, ou donnez le titre ou "
        "l’identifiant de l’initiative",
    "{text} is not a single initiative of {programme}; leave it empty, or give the initiative's title or id":
        "{text} ne désigne pas une seule initiative de {programme} ; laissez la cellule vide, ou donnez le titre ou "
        "l’identifiant de l’initiative",
    "{text} is not a country; did you mean {suggestions}?":
        "{text} n’est pas un pays ; vouliez-vous dire {suggestions} ?",
    "{text} is not a country":
        "{text} n’est pas un pays",
    "{text} is not an SDG number (1 to 17)":
        "{text} n’est pas un numéro d’ODD (1 à 17)",
    "{text} is neither yes nor no":
        "{text} n’est ni oui ni non",
    "{text} is not a date (YYYY-MM-DD)":
        "{text} n’est pas une date (AAAA-MM-JJ)",
    "already recorded for this organisation and cycle; skipped":
        "déjà enregistrée pour cette organisation et ce cycle ; ignorée",
    "the same activity is on an earlier row of the file":
        "la même activité figure sur une ligne précédente du fichier",
    # --- a team server's address (db/address.py)
    "A password is never written in the database address (it would stay in the command history and the logs); "
    "save it once in this computer's keyring with 'opn-desk server password --db {address}', or put it in a "
    "PostgreSQL password file (PGPASSFILE, ~/.pgpass) or service file (PGSERVICEFILE).":
        "Un mot de passe n’est jamais écrit dans l’adresse de la base de données (il resterait dans l’historique des "
        "commandes et dans les journaux) ; enregistrez-le une fois dans le trousseau de cet ordinateur avec "
        "'opn-desk server password --db {address}', ou mettez-le dans un fichier de mots de passe PostgreSQL "
        "(PGPASSFILE, ~/.pgpass) ou un fichier de service (PGSERVICEFILE).",
    "The database address is not a valid postgresql:// URL.":
        "L’adresse de la base de données n’est pas une URL postgresql:// valide.",
    # --- reading spreadsheets (io/spreadsheet.py, io/tables.py)
    "{size} GB":
        "{size} Go",
    "The file is larger than {limit} (it is {size}); split it into smaller files.":
        "Le fichier dépasse {limit} (il fait {size}) ; découpez-le en fichiers plus petits.",
    "The file is empty, so there is nothing to import.":
        "Le fichier est vide, il n’y a donc rien à importer.",
    "The file cannot be read: {reason}.":
        "Le fichier ne peut pas être lu : {reason}.",
    "This is an old-style .xls workbook or a password-protected one; OPN Desk reads .xlsx and .csv files, so save "
    "it as an unprotected .xlsx and try again.":
        "Il s’agit d’un classeur .xls d’ancien format ou protégé par un mot de passe ; OPN Desk lit les fichiers "
        ".xlsx et .csv : enregistrez-le en .xlsx non protégé et réessayez.",
    "The file is named .xlsx but is not an Excel workbook (it may be damaged).":
        "Le fichier est nommé .xlsx mais n’est pas un classeur Excel (il est peut-être endommagé).",
    "OPN Desk reads .csv and .xlsx files; save this {suffix} file as .xlsx and try again.":
        "OPN Desk lit les fichiers .csv et .xlsx ; enregistrez ce fichier {suffix} en .xlsx et réessayez.",
    "Row {row} has {count} columns; at most {limit} can be read.":
        "La ligne {row} a {count} colonnes ; {limit} au plus peuvent être lues.",
    "The file has more than {limit} rows; at most {limit} can be imported at once, so split it into smaller files.":
        "Le fichier a plus de {limit} lignes ; {limit} au plus peuvent être importées en une fois : découpez-le en "
        "fichiers plus petits.",
    "The file says it is {encoding} text but is not; save it again as CSV UTF-8.":
        "Le fichier se dit en texte {encoding} mais ne l’est pas ; enregistrez-le de nouveau en CSV UTF-8.",
    "The file is not a CSV text file (it contains binary data); OPN Desk reads .csv and .xlsx files.":
        "Le fichier n’est pas un fichier texte CSV (il contient des données binaires) ; OPN Desk lit les fichiers "
        ".csv et .xlsx.",
    "A cell is longer than {limit} characters; the file was refused.":
        "Une cellule dépasse {limit} caractères ; le fichier a été refusé.",
    "The file is not a well-formed CSV file ({reason}).":
        "Le fichier n’est pas un fichier CSV bien formé ({reason}).",
    "The file has no filled rows, so there is nothing to import.":
        "Le fichier n’a aucune ligne remplie, il n’y a donc rien à importer.",
    "The file has a header row but no rows below it, so there is nothing to import.":
        "Le fichier a une ligne d’en-tête mais aucune ligne en dessous, il n’y a donc rien à importer.",
    "{reason}; it was refused as unsafe.":
        "{reason} ; il a été refusé comme dangereux.",
    "The workbook has {count} parts, far more than any spreadsheet":
        "Le classeur a {count} parties, bien plus qu’aucun tableur",
    "The workbook holds two parts with the same name (a trick to hide content)":
        "Le classeur contient deux parties du même nom (une ruse pour cacher du contenu)",
    "The workbook would expand to {size} when opened":
        "Le classeur occuperait {size} une fois ouvert",
    "The workbook's part {part} would expand {times} times when opened (a zip bomb)":
        "La partie {part} du classeur grossirait {times} fois à l’ouverture (une bombe zip)",
    "The workbook is encrypted; save it without a password and try again.":
        "Le classeur est chiffré ; enregistrez-le sans mot de passe et réessayez.",
    "The workbook would expand to more than {size} when opened":
        "Le classeur occuperait plus de {size} une fois ouvert",
    "The workbook's part {part} declares XML entities or a document type, which can expand without limit":
        "La partie {part} du classeur déclare des entités XML ou un type de document, qui peuvent grossir sans "
        "limite",
    "The workbook is damaged and cannot be read ({reason}).":
        "Le classeur est endommagé et ne peut pas être lu ({reason}).",
    "The workbook has no visible worksheet to read.":
        "Le classeur n’a aucune feuille visible à lire.",
    "a part is missing":
        "une partie manque",
    "The workbook has a cell reference OPN Desk does not understand":
        "Le classeur a une référence de cellule qu’OPN Desk ne comprend pas",
    "The file is not a readable .xlsx workbook ({reason}).":
        "Le fichier n’est pas un classeur .xlsx lisible ({reason}).",
    "The sheet '{sheet}' reaches column {column}; at most {limit} columns can be read.":
        "La feuille '{sheet}' atteint la colonne {column} ; {limit} colonnes au plus peuvent être lues.",
    "The sheet '{sheet}' reaches row {row}; at most {limit} rows below the header can be imported at once, so split "
    "it into smaller files.":
        "La feuille '{sheet}' atteint la ligne {row} ; {limit} lignes au plus sous l’en-tête peuvent être importées en "
        "une fois : découpez-la en fichiers plus petits.",
    "The workbook cannot be read ({reason}).":
        "Le classeur ne peut pas être lu ({reason}).",
    "The sheet has more than {limit} rows; at most {limit} can be imported at once, so split it into smaller files.":
        "La feuille a plus de {limit} lignes ; {limit} au plus peuvent être importées en une fois : découpez-la en "
        "fichiers plus petits.",
    "The mapping file is larger than 1 MB.":
        "Le fichier de correspondance dépasse 1 Mo.",
    "The mapping file is not valid JSON ({reason}).":
        "Le fichier de correspondance n’est pas du JSON valide ({reason}).",
    'The mapping file must be a JSON object of "file column": "field" pairs.':
        'Le fichier de correspondance doit être un objet JSON de paires "file column": "field".',
    "The mapping file maps no columns.":
        "Le fichier de correspondance ne fait correspondre aucune colonne.",
    "{name}: only .csv and .xlsx can be written":
        "{name} : seuls les fichiers .csv et .xlsx peuvent être écrits",
    # --- opening the database (db/store.py)
    "{path} is damaged or is not an OPN Desk database ({reason}).":
        "{path} est endommagé ou n’est pas une base de données OPN Desk ({reason}).",
    "{path} cannot be read: {reason}.":
        "{path} ne peut pas être lu : {reason}.",
    "{path} is not an OPN Desk database (it is not an SQLite file).":
        "{path} n’est pas une base de données OPN Desk (ce n’est pas un fichier SQLite).",
    "the list of the database's tables is unreadable":
        "la liste des tables de la base de données est illisible",
    "{path} cannot be checked: {reason}.":
        "{path} ne peut pas être vérifié : {reason}.",
    "{path} is damaged ({reason}).":
        "{path} est endommagé ({reason}).",
    "{path} was written by a newer version of OPN Desk (schema {revision}); please update OPN Desk.":
        "{path} a été écrit par une version plus récente d’OPN Desk (schéma {revision}) ; veuillez mettre OPN Desk "
        "à jour.",
    "{path} is an SQLite file but not an OPN Desk database.":
        "{path} est un fichier SQLite mais pas une base de données OPN Desk.",
    "{path} was written by a newer version of OPN Desk (schema {revision}); this version cannot open it.":
        "{path} a été écrit par une version plus récente d’OPN Desk (schéma {revision}) ; cette version ne peut pas "
        "l’ouvrir.",
    "{path} is not an OPN Desk database (its schema {revision}).":
        "{path} n’est pas une base de données OPN Desk (son schéma : {revision}).",
    "{path} is not an OPN Desk database (its schema is not recorded).":
        "{path} n’est pas une base de données OPN Desk (son schéma n’est pas enregistré).",
    "{path} is not an OPN Desk database (it has no {tables} table).":
        "{path} n’est pas une base de données OPN Desk (il n’a pas de table {tables}).",
    "{path} is damaged: {problem}.":
        "{path} est endommagé : {problem}.",
    "broken references after the upgrade: {count}":
        "références rompues après la mise à niveau : {count}",
    "The disk is full, so no database could be created at {path}; free some space and try again.":
        "Le disque est plein : aucune base de données n’a pu être créée à {path} ; libérez de la place et réessayez.",
    "The disk is full, so {path} was not upgraded ({what}); free some space on the disk holding {folder} and open "
    "it again.":
        "Le disque est plein : {path} n’a pas été mis à niveau ({what}) ; libérez de la place sur le disque qui "
        "contient {folder} et rouvrez-le.",
    "{path} was not upgraded ({what}: {reason}).":
        "{path} n’a pas été mis à niveau ({what} : {reason}).",
    "The last upgrade of {path} was interrupted, and the disk is full, so the copy taken before it cannot be put "
    "back yet; free some space on the disk holding {folder} and open it again.":
        "La dernière mise à niveau de {path} a été interrompue, et le disque est plein : la copie prise avant elle ne "
        "peut pas encore être remise en place ; libérez de la place sur le disque qui contient {folder} et "
        "rouvrez-le.",
    "The last upgrade of {path} was interrupted, and the copy taken before it ({copy}) could not be put back "
    "({reason}).":
        "La dernière mise à niveau de {path} a été interrompue, et la copie prise avant elle ({copy}) n’a pas pu être "
        "remise en place ({reason}).",
    "The last upgrade of {name} was interrupted; the copy taken before it began ({copy}) was put back, and the "
    "upgrade was run again.":
        "La dernière mise à niveau de {name} a été interrompue ; la copie prise avant son début ({copy}) a été remise "
        "en place, et la mise à niveau a été relancée.",
    "The last upgrade of {path} was interrupted, and neither the database nor the copy taken before it passes its "
    "check; restore a backup (opn-desk restore, or File > Restore from backup…).":
        "La dernière mise à niveau de {path} a été interrompue, et ni la base de données ni la copie prise avant elle "
        "ne passent leur vérification ; restaurez une sauvegarde (opn-desk restore, ou Fichier > Restaurer une "
        "sauvegarde…).",
    "The disk is full, so {path} was not upgraded: there is no room for the copy taken before an upgrade in "
    "{folder}. Free some space and open it again.":
        "Le disque est plein : {path} n’a pas été mis à niveau, car il n’y a pas de place dans {folder} pour la copie "
        "prise avant une mise à niveau. Libérez de la place et rouvrez-le.",
    "The database was not upgraded because its safety copy failed: {reason}":
        "La base de données n’a pas été mise à niveau, car sa copie de sécurité a échoué : {reason}",
    "its upgrade could not be begun":
        "sa mise à niveau n’a pas pu commencer",
    "The disk is full, so {path} could not be upgraded, and the copy taken before the upgrade could not be put back "
    "yet; free some space on the disk holding {folder} and open it again: the copy will be put back then.":
        "Le disque est plein : {path} n’a pas pu être mis à niveau, et la copie prise avant la mise à niveau n’a pas "
        "encore pu être remise en place ; libérez de la place sur le disque qui contient {folder} et rouvrez-le : la "
        "copie sera alors remise en place.",
    "{path} could not be upgraded ({reason}), and the copy taken before it ({copy}) could not be put back ({why}); "
    "open it again to put the copy back.":
        "{path} n’a pas pu être mis à niveau ({reason}), et la copie prise avant ({copy}) n’a pas pu être remise en "
        "place ({why}) ; rouvrez-le pour remettre la copie en place.",
    "The disk is full, so {path} could not be upgraded; it was left exactly as it was. Free some space on the disk "
    "holding {folder} and open it again.":
        "Le disque est plein : {path} n’a pas pu être mis à niveau ; il a été laissé exactement tel qu’il était. "
        "Libérez de la place sur le disque qui contient {folder} et rouvrez-le.",
    "The database could not be upgraded ({reason}); it was restored exactly as it was, and the copy taken before "
    "the upgrade is kept in {copy}.":
        "La base de données n’a pas pu être mise à niveau ({reason}) ; elle a été rétablie exactement telle qu’elle "
        "était, et la copie prise avant la mise à niveau est conservée dans {copy}.",
    "The database could not be upgraded ({reason}); it was left exactly as it was, and the copy taken before the "
    "upgrade is kept in {copy}.":
        "La base de données n’a pas pu être mise à niveau ({reason}) ; elle a été laissée exactement telle qu’elle "
        "était, et la copie prise avant la mise à niveau est conservée dans {copy}.",
    "{path} cannot be restored: it failed its check ({problem}).":
        "{path} ne peut pas être restauré : il n’a pas passé sa vérification ({problem}).",
    "The disk is full, so {path} was not restored ({what}); it was left as it was. Free some space and try again.":
        "Le disque est plein : {path} n’a pas été restauré ({what}) ; il a été laissé tel qu’il était. Libérez de la "
        "place et réessayez.",
    "{path} was not restored: {what}, because the folder cannot be written; it was left as it was.":
        "{path} n’a pas été restauré : {what}, car le dossier n’est pas accessible en écriture ; il a été laissé tel "
        "qu’il était.",
    "{path} was not restored ({what}: {reason}); it was left as it was.":
        "{path} n’a pas été restauré ({what} : {reason}) ; il a été laissé tel qu’il était.",
    "a copy of its current state could not be kept in {folder}":
        "une copie de son état actuel n’a pas pu être conservée dans {folder}",
    "a copy of its current files could not be kept in {folder}":
        "une copie de ses fichiers actuels n’a pas pu être conservée dans {folder}",
    "{path} is the database itself; choose a backup to restore from.":
        "{path} est la base de données elle-même ; choisissez une sauvegarde à restaurer.",
    "the backup could not be copied into {folder}":
        "la sauvegarde n’a pas pu être copiée dans {folder}",
    "the database could not be replaced":
        "la base de données n’a pas pu être remplacée",
    "{path} is an empty database.":
        "{path} est une base de données vide.",
    "{path} needs an upgrade, which cannot be done while it is open read-only.":
        "{path} doit être mis à niveau, ce qui est impossible tant qu’il est ouvert en lecture seule.",
    "{path} is missing the desk's tables.":
        "Il manque à {path} les tables du bureau de coordination.",
    "OPN Desk could not connect to the server at {address} ({reason}).":
        "OPN Desk n’a pas pu se connecter au serveur à {address} ({reason}).",
    "The server database at {address} was written by a newer version of OPN Desk (schema {revision}); please "
    "update OPN Desk.":
        "La base de données du serveur à {address} a été écrite par une version plus récente d’OPN Desk (schéma "
        "{revision}) ; veuillez mettre OPN Desk à jour.",
    "The server database at {address} holds other tables but no OPN Desk desk.":
        "La base de données du serveur à {address} contient d’autres tables mais aucun bureau de coordination OPN "
        "Desk.",
    "The server database at {address} has no OPN Desk desk yet; put one there with opn-desk server upload.":
        "La base de données du serveur à {address} n’a pas encore de bureau de coordination OPN Desk ; mettez-en un "
        "avec opn-desk server upload.",
    "The server database at {address} needs an upgrade, which cannot be done while it is open read-only.":
        "La base de données du serveur à {address} doit être mise à niveau, ce qui est impossible tant qu’elle est "
        "ouverte en lecture seule.",
    "The server database at {address} was not upgraded, and was left exactly as it was ({reason}).":
        "La base de données du serveur à {address} n’a pas été mise à niveau, et a été laissée exactement telle "
        "qu’elle était ({reason}).",
}
