"""French words of the exchange window's additions (issue 12: a copy for another laptop from the window, the
shared folder watched, Read now and Write my file) and of the import wizard updating organisations by id."""

TRANSLATIONS: dict[str, str] = {
    'Set up another laptop…':
        'Préparer un autre ordinateur…',
    "Make a copy of the desk for a colleague's laptop, with its own identity (as 'opn-desk sync clone').":
        "Faire une copie du bureau pour l’ordinateur d’un collègue, avec sa propre identité (comme 'opn-desk sync clone').",
    'Read now':
        'Lire maintenant',
    "Merge the other laptops' new files from the folder (backup first).":
        'Fusionner les nouveaux fichiers des autres ordinateurs présents dans le dossier (sauvegarde d’abord).',
    'Write my file':
        'Écrire mon fichier',
    "Rewrite this laptop's own file in the folder with everything it knows, so the others can read your changes.":
        'Réécrire le fichier de cet ordinateur dans le dossier avec tout ce qu’il connaît, pour que les autres puissent lire vos modifications.',
    'Write my file into the folder when OPN Desk closes':
        'Écrire mon fichier dans le dossier à la fermeture d’OPN Desk',
    'Reading the shared folder':
        'Lecture du dossier partagé',
    "Writing this laptop's file into the shared folder":
        'Écriture du fichier de cet ordinateur dans le dossier partagé',
    "This laptop writes only its own file into the folder and reads the other laptops' files there; new files are noticed while OPN Desk is open and read when you choose. The database itself stays outside the shared folder.":
        'Cet ordinateur n’écrit que son propre fichier dans le dossier et y lit les fichiers des autres ordinateurs ; les nouveaux fichiers sont repérés tant qu’OPN Desk est ouvert et lus quand vous le décidez. La base de données elle-même reste hors du dossier partagé.',
    'No other laptop yet. Set up another laptop to give a colleague a copy of the desk, or read an exchange file from one.':
        'Aucun autre ordinateur pour l’instant. Préparez un autre ordinateur pour donner à un collègue une copie du bureau, ou lisez un fichier d’échange venant de l’un d’eux.',
    'Nothing new from the other laptops in the folder.':
        'Rien de nouveau des autres ordinateurs dans le dossier.',
    'This laptop has not written its file into the folder yet.':
        'Cet ordinateur n’a pas encore écrit son fichier dans le dossier.',
    'Made {path} for {laptop}. Give it to your colleague on a USB stick; the first laptop to open it becomes {laptop}.':
        '{path} a été créé pour {laptop}. Remettez-le à votre collègue sur une clé USB ; le premier ordinateur qui l’ouvre devient {laptop}.',
    'Your file in the folder ({name}) lacks 1 change made on this laptop.':
        'Votre fichier dans le dossier ({name}) n’a pas 1 modification faite sur cet ordinateur.',
    'Your file in the folder ({name}) lacks {count} changes made on this laptop.':
        'Votre fichier dans le dossier ({name}) n’a pas {count} modifications faites sur cet ordinateur.',
    'Your file in the folder ({name}) holds all your changes.':
        'Votre fichier dans le dossier ({name}) contient toutes vos modifications.',
    '{count} new exchange files from {laptops}':
        '{count} nouveaux fichiers d’échange de {laptops}',
    '1 new exchange file from {laptops}':
        '1 nouveau fichier d’échange de {laptops}',
    'Open File › Exchange with other laptops to read them (Read now).':
        'Ouvrez Fichier › Échanger avec d’autres ordinateurs portables pour les lire (Lire maintenant).',
    '{news}: File › Exchange with other laptops… to read them.':
        '{news} : Fichier › Échanger avec d’autres ordinateurs portables… pour les lire.',
    'Set up another laptop':
        'Préparer un autre ordinateur',
    'For example: Nairobi laptop':
        'Par exemple : ordinateur de Nairobi',
    '&Name of the new laptop':
        '&Nom du nouvel ordinateur',
    'Where to save the copy (a .sqlite file)':
        'Où enregistrer la copie (un fichier .sqlite)',
    '&Save the copy as':
        '&Enregistrer la copie sous',
    '&Make the copy':
        '&Faire la copie',
    'Save the copy for the new laptop':
        'Enregistrer la copie pour le nouvel ordinateur',
    "A copy of the whole desk for a colleague's laptop, with a laptop identity of its own; this laptop knows the new one at once, so you can write exchange files for it. Give the copy on a USB stick and keep it out of shared folders: only exchange files go there.":
        'Une copie de tout le bureau pour l’ordinateur d’un collègue, avec sa propre identité ; cet ordinateur connaît aussitôt le nouveau, vous pouvez donc écrire des fichiers d’échange pour lui. Remettez la copie sur une clé USB et gardez-la hors des dossiers partagés : seuls les fichiers d’échange y vont.',
    'Give the new laptop a name, such as “Nairobi laptop”.':
        'Donnez un nom au nouvel ordinateur, par exemple « ordinateur de Nairobi ».',
    'Making a copy of the desk for {laptop}':
        'Copie du bureau pour {laptop}',
    'Choose where to save the copy for {laptop}.':
        'Choisissez où enregistrer la copie pour {laptop}.',
    'What changes in the registry':
        'Ce qui change dans le registre',
    'Now':
        'Actuellement',
    'After the import':
        'Après l’import',
    'The file has an id column: its rows update those organisations, field by field (rows without an id are new organisations). Nothing is written until you press Import, and a file with problems writes nothing.':
        'Le fichier a une colonne id : ses lignes mettent à jour ces organisations, champ par champ (les lignes sans id sont de nouvelles organisations). Rien n’est écrit avant que vous appuyiez sur Importer, et un fichier avec des problèmes n’écrit rien.',
    'no change to existing organisations':
        'aucune modification des organisations existantes',
    'The import is one step: Edit › Undo puts back every value it changed and removes what it added.':
        'L’import est une seule étape : Édition › Annuler rétablit chaque valeur modifiée et retire ce qui a été ajouté.',
    '1 change to 1 organisation':
        '1 modification d’1 organisation',
    '{changes} changes to 1 organisation':
        '{changes} modifications d’1 organisation',
    '{changes} changes to {organisations} organisations':
        '{changes} modifications de {organisations} organisations',
    'Update organisations from {file}':
        'Mettre à jour les organisations depuis {file}',
    ', 1 new organisation':
        ', 1 nouvelle organisation',
    ', {new} new organisations':
        ', {new} nouvelles organisations',
    "{rows} rows checked, no problems: the file holds the registry's values as they are, so nothing would change.":
        '{rows} lignes vérifiées, aucun problème : le fichier contient les valeurs du registre telles quelles, rien ne changerait donc.',
    '{count} warnings were noted (shown on the previous page): columns not imported, or new organisations that may be duplicates.':
        '{count} avertissements ont été notés (affichés à la page précédente) : colonnes non importées, ou nouvelles organisations qui pourraient être des doublons.',
    '{rows} rows checked, no problems. Import will make {what}.':
        '{rows} lignes vérifiées, aucun problème. L’import apportera {what}.',
}
