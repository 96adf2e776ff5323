"""French words of the laptop exchange's sentences (opn_desk/services/sync: refusals of exchange files, the
import's summary, the findings, the decisions), of the command line's --smoke lines and of argparse's own
words ("usage:", "the following arguments are required", translated under the "argparse" context)."""

TRANSLATIONS: dict[str, str] = {
    # ------------------------------------------------------------------ argparse's own words (cli.py)
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "show this help message and exit": "afficher ce message d’aide et quitter",
    "show program's version number and exit": "afficher le numéro de version du programme et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "les arguments suivants sont obligatoires : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix non valide : %(value)r (choisissez parmi %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur %(type)s non valide : %(value)r",
    "expected one argument": "un argument attendu",
    "expected at most one argument": "au plus un argument attendu",
    "expected at least one argument": "au moins un argument attendu",
    "expected %s argument": "%s argument attendu",
    "expected %s arguments": "%s arguments attendus",
    "not allowed with argument %s": "non autorisé avec l’argument %s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut correspondre à %(matches)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue %(parser_name)r (choix : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d’ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
    # ------------------------------------------------------------------ --smoke (cli.py)
    "PDF: the roster of {code} built, {pages} page(s).": "PDF : le tableau de composition de {code} est construit, {pages} page(s).",
    "PDF could not be built: {kind}.": "Le PDF n’a pas pu être construit : {kind}.",
    "Selection: the best slate of a small pool solved (HiGHS).":
        "Sélection : la meilleure liste d’un petit vivier est trouvée (HiGHS).",
    "Selection could not be solved: {kind}.": "La sélection n’a pas pu être résolue : {kind}.",
    # ------------------------------------------------------------------ exchange files (services/sync/bundle.py)
    "{name} is not an OPN Desk exchange file.": "{name} n’est pas un fichier d’échange d’OPN Desk.",
    "{name} was written by a newer version of OPN Desk; update OPN Desk to read it.":
        "{name} a été écrit par une version plus récente d’OPN Desk ; mettez OPN Desk à jour pour le lire.",
    "{name} was written by a newer version of OPN Desk (schema {schema}); update OPN Desk on this laptop to read it.":
        "{name} a été écrit par une version plus récente d’OPN Desk (schéma {schema}) ; mettez OPN Desk à jour sur cet ordinateur pour le lire.",
    "{name} is incomplete (cut off); ask for it again.": "{name} est incomplet (tronqué) ; demandez-le à nouveau.",
    "{name} is damaged or incomplete (cut off); ask for it again.":
        "{name} est endommagé ou incomplet (tronqué) ; demandez-le à nouveau.",
    "{name} is damaged; ask for it again.": "{name} est endommagé ; demandez-le à nouveau.",
    "{name} comes from another desk, not this one; it was not read.":
        "{name} vient d’un autre secrétariat, pas de celui-ci ; il n’a pas été lu.",
    "{name} could not be authenticated with this desk's key: it was altered, or made by a copy of the desk with another key; it was not read.":
        "{name} n’a pas pu être authentifié avec la clé de ce secrétariat : il a été modifié, ou créé par une copie du secrétariat ayant une autre clé ; il n’a pas été lu.",
    # ------------------------------------------------------------------ the exchange (services/sync/exchange.py)
    "{count} change from another laptop": "{count} modification d’un autre ordinateur",
    "{count} changes from another laptop": "{count} modifications d’un autre ordinateur",
    "{count} change from {laptops}": "{count} modification de {laptops}",
    "{count} changes from {laptops}": "{count} modifications de {laptops}",
    "{count} needs a decision": "{count} demande une décision",
    "{count} need a decision": "{count} demandent une décision",
    "{changes}, {decisions}": "{changes}, {decisions}",
    "{count} waits for earlier changes not received yet": "{count} attend des modifications antérieures pas encore reçues",
    "{count} wait for earlier changes not received yet": "{count} attendent des modifications antérieures pas encore reçues",
    "{count} rule to check: {findings}": "{count} règle à vérifier : {findings}",
    "{count} rules to check: {findings}": "{count} règles à vérifier : {findings}",
    "{summary}; {more}": "{summary} ; {more}",
    "none yet": "aucun pour l’instant",
    "There is no laptop {laptop} in this desk; the laptops are: {names}.":
        "Il n’y a pas d’ordinateur {laptop} dans ce secrétariat ; les ordinateurs sont : {names}.",
    "That is this laptop itself; name another laptop with --for.":
        "C’est cet ordinateur lui-même ; nommez un autre ordinateur avec --for.",
    "{file}: the exchange file must end in {suffix}.": "{file} : le fichier d’échange doit se terminer par {suffix}.",
    "There is no exchange file at {path}.": "Il n’y a pas de fichier d’échange à {path}.",
    "{name} refers to attached files this laptop does not have; ask for an exchange file written without --for.":
        "{name} renvoie à des fichiers joints que cet ordinateur n’a pas ; demandez un fichier d’échange écrit sans --for.",
    "{name} is in the registry {count} times (merge the duplicates)":
        "{name} figure {count} fois dans le registre (fusionnez les doublons)",
    "{name} has two overlapping active {role} terms": "{name} a deux mandats actifs de {role} qui se chevauchent",
    "{picks} picks for {seats} seats": "{picks} choix pour {seats} sièges",
    "the hand-picked slate of {call} no longer meets its rules ({why})":
        "la liste choisie à la main pour {call} ne respecte plus ses règles ({why})",
    "{names} had been merged into each other on different laptops; {kept} stays in the registry (merge the others into it again if they are duplicates)":
        "{names} avaient été fusionnées les unes dans les autres sur différents ordinateurs ; {kept} reste dans le registre (fusionnez-y à nouveau les autres si ce sont des doublons)",
    "Nothing was imported: the backup taken first could not be written to {folder} ({problem}).":
        "Rien n’a été importé : la sauvegarde faite d’abord n’a pas pu être écrite dans {folder} ({problem}).",
    "Nothing was imported: the backup taken first failed its check ({problem}).":
        "Rien n’a été importé : la sauvegarde faite d’abord n’a pas passé sa vérification ({problem}).",
    "Name at least one exchange file to import.": "Nommez au moins un fichier d’échange à importer.",
    "{path} already exists; name a new file for the copy.": "{path} existe déjà ; nommez un nouveau fichier pour la copie.",
    'Give the new laptop a name with --laptop, such as "Nairobi laptop".':
        'Donnez un nom au nouvel ordinateur avec --laptop, par exemple "ordinateur de Nairobi".',
    "There is already a laptop called {name} in this desk; choose another name.":
        "Il y a déjà un ordinateur appelé {name} dans ce secrétariat ; choisissez un autre nom.",
    "There is no laptop {laptop} in this desk.": "Il n’y a pas d’ordinateur {laptop} dans ce secrétariat.",
    "This laptop cannot forget itself; run the command on another laptop of the desk.":
        "Cet ordinateur ne peut pas s’oublier lui-même ; lancez la commande sur un autre ordinateur du secrétariat.",
    # ------------------------------------------------------------------ decisions (services/sync/conflicts.py)
    "kept": "conservé",
    "deleted": "supprimé",
    "(removed)": "(retiré)",
    "There is no open conflict {conflict}; 'opn-desk sync conflicts' lists them.":
        "Il n’y a pas de conflit ouvert {conflict} ; 'opn-desk sync conflicts' les énumère.",
    "There is no country with the code {code}.": "Il n’y a pas de pays avec le code {code}.",
    "{value} is not a value the field {field} can hold.": "{value} n’est pas une valeur que le champ {field} peut contenir.",
    "--keep must be between 1 and {count} for this conflict.": "--keep doit être entre 1 et {count} pour ce conflit.",
    "A deleted-or-kept conflict is decided with --keep 1 (keep) or --keep 2 (delete).":
        "Un conflit supprimé-ou-conservé se décide avec --keep 1 (conserver) ou --keep 2 (supprimer).",
    "It cannot be deleted while other records refer to it; remove those first, or keep it.":
        "Il ne peut pas être supprimé tant que d’autres enregistrements y renvoient ; retirez-les d’abord, ou conservez-le.",
    "Deleted the record as decided.": "Enregistrement supprimé, comme décidé.",
    "Kept the record.": "Enregistrement conservé.",
    "Decided {field}: {value}.": "Décision pour {field} : {value}.",
    "the record": "l’enregistrement",
    "the field {field}": "le champ {field}",
    "This cannot be undone: {what} was changed since on {laptop} by {author}, in an exchange with another laptop; edit it instead.":
        "Impossible d’annuler : {what} a été modifié depuis sur {laptop} par {author}, lors d’un échange avec un autre ordinateur ; modifiez-le plutôt.",
    "This cannot be undone: {what} was changed since on {laptop}, in an exchange with another laptop; edit it instead.":
        "Impossible d’annuler : {what} a été modifié depuis sur {laptop}, lors d’un échange avec un autre ordinateur ; modifiez-le plutôt.",
    "This cannot be undone: {what} was changed since, in an exchange with another laptop; edit it instead.":
        "Impossible d’annuler : {what} a été modifié depuis, lors d’un échange avec un autre ordinateur ; modifiez-le plutôt.",
    # ------------------------------------------------------------------ the shared folder (services/sync/shared_folder.py)
    "Wrote this laptop's {count} change to {file}.": "{count} modification de cet ordinateur écrite dans {file}.",
    "Wrote this laptop's {count} changes to {file}.": "{count} modifications de cet ordinateur écrites dans {file}.",
    "Not read: {problems}": "Non lus : {problems}",
    "Choose the folder you share with your colleagues.": "Choisissez le dossier que vous partagez avec vos collègues.",
    "{path} is a file, not a folder.": "{path} est un fichier, pas un dossier.",
    "The live database {name} is inside {folder}; a shared folder's sync would damage it, so choose a folder outside the one holding the database (only exchange files go there).":
        "La base de données en service {name} se trouve dans {folder} ; la synchronisation d’un dossier partagé l’endommagerait, choisissez donc un dossier hors de celui qui contient la base de données (seuls les fichiers d’échange y vont).",
    # ------------------------------------------------------------------ the list of decisions (services/sync/decisions_view.py)
    "Application status change": "Changement de statut d’une candidature",
    "Attachment": "Pièce jointe",
    "Conflict of interest": "Conflit d’intérêts",
    "Country code": "Code du pays",
    "Desk setting": "Réglage du secrétariat",
    "Due diligence review": "Examen de diligence raisonnable",
    "Evaluation criterion": "Critère d’évaluation",
    "Health assessment": "Évaluation de la santé du partenariat",
    "Import mapping": "Correspondance d’import",
    "Initiative partner": "Partenaire d’une initiative",
    "Meeting guest": "Invité d’une réunion",
    "Meeting paper": "Document de réunion",
    "Meeting participant": "Participant à une réunion",
    "Merged into": "Fusionnée dans",
    "Parent organisation": "Organisation mère",
    "Reminder sent": "Relance envoyée",
    "Renewal candidate": "Candidat au renouvellement",
    "Renewal checklist item": "Élément de la liste de vérification du renouvellement",
    "Renewal score": "Note de renouvellement",
    "Renewal step": "Étape du renouvellement",
    "Reported activity": "Activité rapportée",
    "Reporting alternate": "Suppléant pour les rapports",
    "Reporting cycle": "Cycle de rapport",
    "Reporting focal point": "Point focal pour les rapports",
    "Reporting status": "État du rapport",
    "Selection candidate": "Candidat à la sélection",
    "Selection round": "Tour de sélection",
    "Selection scenario": "Scénario de sélection",
    "Succession entry": "Entrée de succession",
    "Task progress": "Avancement d’une tâche",
    "Travel request": "Demande de déplacement",
    "Work task": "Tâche du plan de travail",
    "Written comment": "Commentaire écrit",
}
