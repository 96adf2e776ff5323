"""French for the service layer's sentences converted in issue 16 (core-services-a): applications and
their lifecycle refusals, reviews and conflicts of interest, the registry, merging duplicates, terms of
office and their alerts, the renewal process, countries, undo and Check database."""

TRANSLATIONS = {
    # --- records that are gone, and common refusals
    "That application no longer exists (it may have been deleted or undone).":
        "Cette candidature n’existe plus (elle a peut-être été supprimée ou annulée).",
    "That record no longer exists (it may have been deleted or undone).":
        "Cet enregistrement n’existe plus (il a peut-être été supprimé ou annulé).",
    "That person no longer exists (it may have been deleted or undone).":
        "Cette personne n’existe plus (elle a peut-être été supprimée ou annulée).",
    "That renewal process no longer exists (it may have been deleted or undone).":
        "Ce processus de renouvellement n’existe plus (il a peut-être été supprimé ou annulé).",
    "That checklist item no longer exists (it may have been deleted or undone).":
        "Cet élément de la liste n’existe plus (il a peut-être été supprimé ou annulé).",
    "That succession entry no longer exists (it may have been deleted or undone).":
        "Cette entrée de succession n’existe plus (elle a peut-être été supprimée ou annulée).",
    "That criterion no longer exists (it may have been deleted or undone).":
        "Ce critère n’existe plus (il a peut-être été supprimé ou annulé).",
    "That reviewer no longer exists (it may have been deleted or undone).":
        "Cet évaluateur n’existe plus (il a peut-être été supprimé ou annulé).",
    "That declared conflict no longer exists (it may have been deleted or undone).":
        "Ce conflit déclaré n’existe plus (il a peut-être été supprimé ou annulé).",
    "There is no programme with the code '{code}'.": "Il n’y a aucun programme avec le code « {code} ».",
    "There is no programme with the code '{code}'; the codes are {codes}.":
        "Il n’y a aucun programme avec le code « {code} » ; les codes sont {codes}.",
    "There is no country with the code '{code}'.": "Il n’y a aucun pays avec le code « {code} ».",
    "'{role}' is not a role.": "« {role} » n’est pas un rôle.",
    "Cannot sort by '{key}'.": "Impossible de trier par « {key} ».",
    "{name} is {size} MB; attachments can be at most {limit} MB.":
        "{name} fait {size} Mo ; une pièce jointe ne peut pas dépasser {limit} Mo.",
    "{first} or {last}": "{first} ou {last}",

    # --- applications
    "A work-stream cannot contain a semicolon ('{value}'); enter each one separately.":
        "Un axe de travail ne peut pas contenir de point-virgule (« {value} ») ; saisissez-les un par un.",
    "A priority sector cannot contain a semicolon ('{value}'); enter each one separately.":
        "Un secteur prioritaire ne peut pas contenir de point-virgule (« {value} ») ; saisissez-les un par un.",
    "'{kind}' is not a kind of contribution (financial, in_kind or staff_time).":
        "« {kind} » n’est pas un type de contribution (financial, in_kind ou staff_time).",
    "The representative no longer exists.": "Le représentant n’existe plus.",
    "The alternate no longer exists.": "Le suppléant n’existe plus.",
    "The representative, {person}, does not belong to {organisation}.":
        "Le représentant, {person}, n’appartient pas à {organisation}.",
    "The alternate, {person}, does not belong to {organisation}.":
        "Le suppléant, {person}, n’appartient pas à {organisation}.",
    "{name} was merged into {target}; choose that one.": "{name} a été fusionnée dans {target} ; choisissez celle-ci.",
    "another record": "un autre enregistrement",
    "{programme} no longer takes applications.": "{programme} ne reçoit plus de candidatures.",
    "The call '{title}' is not for co-leads of {code}.": "L’appel « {title} » ne concerne pas les co-responsables de {code}.",
    "The call '{title}' is not for core partners of {code}.":
        "L’appel « {title} » ne concerne pas les partenaires principaux de {code}.",
    "The call '{title}' is not for network members of {code}.":
        "L’appel « {title} » ne concerne pas les membres du réseau de {code}.",
    "A co-lead application answers a call; choose the call.":
        "Une candidature de co-responsable répond à un appel ; choisissez l’appel.",
    "A core partner application answers a call; choose the call.":
        "Une candidature de partenaire principal répond à un appel ; choisissez l’appel.",
    "{name} is already an active {role} of {code}.": "{name} est déjà {role} actif de {code}.",
    "{name} already has an open application to be a {role} of {code}.":
        "{name} a déjà une candidature en cours pour être {role} de {code}.",
    "Recorded by hand.": "Enregistrée à la main.",
    "A {status} application cannot be edited; reopen it first.":
        "Une candidature à l’état « {status} » ne peut pas être modifiée ; rouvrez-la d’abord.",
    "A {status} application cannot be screened; reopen it first.":
        "Une candidature à l’état « {status} » ne peut pas être présélectionnée ; rouvrez-la d’abord.",
    "A {status} application cannot change; reopen it first.":
        "Une candidature à l’état « {status} » ne peut pas changer ; rouvrez-la d’abord.",
    "The checklist has '{item}' twice.": "La liste de vérification contient « {item} » deux fois.",
    "The MAC's opinion is recorded while an application is under review or waiting for it; this one is {status}.":
        "L’avis du MAC est enregistré pendant l’examen d’une candidature ou lorsqu’elle l’attend ; celle-ci est à "
        "l’état « {status} ».",
    "An application that was just received": "Une candidature qui vient d’être reçue",
    "An application in screening": "Une candidature en présélection",
    "An application under review": "Une candidature en cours d’examen",
    "An application waiting for the MAC's opinion": "Une candidature qui attend l’avis du MAC",
    "An application that was accepted": "Une candidature acceptée",
    "An application that was not accepted": "Une candidature non acceptée",
    "An application that was withdrawn": "Une candidature retirée",
    "The application is already received.": "La candidature est déjà reçue.",
    "The application is already in screening.": "La candidature est déjà en présélection.",
    "The application is already under review.": "La candidature est déjà en cours d’examen.",
    "The application is already waiting for the MAC's opinion.": "La candidature attend déjà l’avis du MAC.",
    "The application is already accepted.": "La candidature est déjà acceptée.",
    "The application is already not accepted.": "La candidature est déjà non acceptée.",
    "The application is already withdrawn.": "La candidature est déjà retirée.",
    "{subject} can only be reopened, to Screening or Under review, with a reason; it cannot move to {status} directly.":
        "{subject} ne peut qu’être rouverte, en présélection ou en examen, avec une raison ; elle ne peut pas passer "
        "directement à « {status} ».",
    "{subject} cannot go back to {status}.": "{subject} ne peut pas revenir à « {status} ».",
    "{subject} cannot move to {status}; it can move to {choices}.":
        "{subject} ne peut pas passer à « {status} » ; elle peut passer à {choices}.",
    "Reopening an application needs a reason.": "Rouvrir une candidature demande une raison.",
    "Withdrawing an application needs a reason.": "Retirer une candidature demande une raison.",
    "Not accepting an application needs a rationale.": "Ne pas accepter une candidature demande une justification.",
    "The screening checklist is not complete ({items}); tick the items, or give a reason to override it.":
        "La liste de vérification de la présélection n’est pas complète ({items}) ; cochez les éléments, ou donnez "
        "une raison de passer outre.",
    "Screening checklist overridden: {reason} (not done: {items}).":
        "Liste de vérification de la présélection outrepassée : {reason} (non fait : {items}).",
    "'{status}' is not an application status.": "« {status} » n’est pas un état de candidature.",
    "{name} has another open application to be a {role} of {code}; this one cannot be reopened beside it.":
        "{name} a une autre candidature en cours pour être {role} de {code} ; celle-ci ne peut pas être rouverte à "
        "côté.",
    "Accepting this application made {name} a {role} of {code}; end that membership first, or reopen and end it, "
    "so the history stays true.":
        "L’acceptation de cette candidature a fait de {name} un {role} de {code} ; mettez d’abord fin à cette "
        "adhésion, ou rouvrez et mettez-y fin, pour que l’historique reste exact.",
    "application reopened: {reason}": "candidature rouverte : {reason}",

    # --- reviews
    "A weight is a number above 0 and at most {limit}.": "Un poids est un nombre supérieur à 0 et au plus {limit}.",
    "The call already has a criterion named '{name}'.": "L’appel a déjà un critère nommé « {name} ».",
    "'{name}' already has {count} score; remove those scores first, or change its weight instead.":
        "« {name} » a déjà {count} note ; supprimez d’abord cette note, ou changez plutôt son poids.",
    "'{name}' already has {count} scores; remove those scores first, or change its weight instead.":
        "« {name} » a déjà {count} notes ; supprimez d’abord ces notes, ou changez plutôt son poids.",
    "{reviewer} cannot score this incumbent: they work for the incumbent, {name}.":
        "{reviewer} ne peut pas noter ce titulaire : cette personne travaille pour le titulaire, {name}.",
    "{reviewer} cannot score this incumbent: their organisation, {theirs}, is a parent organisation of the "
    "incumbent, {name}.":
        "{reviewer} ne peut pas noter ce titulaire : son organisation, {theirs}, est une organisation mère du "
        "titulaire, {name}.",
    "{reviewer} cannot score this incumbent: their organisation, {theirs}, is part of the incumbent, {name}.":
        "{reviewer} ne peut pas noter ce titulaire : son organisation, {theirs}, fait partie du titulaire, {name}.",
    "{reviewer} cannot score this incumbent: their organisation, {theirs}, and the incumbent, {name}, belong to "
    "the same parent organisation, {parent}.":
        "{reviewer} ne peut pas noter ce titulaire : son organisation, {theirs}, et le titulaire, {name}, "
        "appartiennent à la même organisation mère, {parent}.",
    "{reviewer} cannot score this application: they work for the applicant, {name}.":
        "{reviewer} ne peut pas noter cette candidature : cette personne travaille pour le candidat, {name}.",
    "{reviewer} cannot score this application: their organisation, {theirs}, is a parent organisation of the "
    "applicant, {name}.":
        "{reviewer} ne peut pas noter cette candidature : son organisation, {theirs}, est une organisation mère du "
        "candidat, {name}.",
    "{reviewer} cannot score this application: their organisation, {theirs}, is part of the applicant, {name}.":
        "{reviewer} ne peut pas noter cette candidature : son organisation, {theirs}, fait partie du candidat, "
        "{name}.",
    "{reviewer} cannot score this application: their organisation, {theirs}, and the applicant, {name}, belong "
    "to the same parent organisation, {parent}.":
        "{reviewer} ne peut pas noter cette candidature : son organisation, {theirs}, et le candidat, {name}, "
        "appartiennent à la même organisation mère, {parent}.",
    "{reviewer} declared a conflict of interest with this application on {day}: {reason}.":
        "{reviewer} a déclaré un conflit d’intérêts avec cette candidature le {day} : {reason}.",
    "{reviewer} declared a conflict of interest with this application on {day}.":
        "{reviewer} a déclaré un conflit d’intérêts avec cette candidature le {day}.",
    "{reviewer} has already declared a conflict of interest with this application.":
        "{reviewer} a déjà déclaré un conflit d’intérêts avec cette candidature.",
    "Scores are recorded while an application is under review or waiting for the MAC's opinion; this one is "
    "{status}.":
        "Les notes sont enregistrées pendant l’examen d’une candidature ou lorsqu’elle attend l’avis du MAC ; "
        "celle-ci est à l’état « {status} ».",
    "'{name}' is a criterion of another call.": "« {name} » est un critère d’un autre appel.",
    "A score is a number from {low} to {high}.": "Une note est un nombre de {low} à {high}.",

    # --- the registry
    "'{value}' is not a stakeholder cluster.": "« {value} » n’est pas un groupe de parties prenantes.",
    "{name} was changed since you opened it; reopen it to see the latest version.":
        "{name} a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.",
    "{name} has memberships; end them instead, so the history is kept.":
        "{name} a des adhésions ; mettez-y plutôt fin, pour garder l’historique.",
    "{name} has applications; it cannot be deleted.": "{name} a des candidatures ; elle ne peut pas être supprimée.",
    "{name} is the parent of other organisations; change those first.":
        "{name} est l’organisation mère d’autres organisations ; modifiez d’abord celles-ci.",
    "'{email}' is not an e-mail address.": "« {email} » n’est pas une adresse électronique.",
    "'{value}' is not one of the gender options.": "« {value} » ne fait pas partie des choix de genre.",
    "{name} represents a membership; name someone else there first.":
        "{name} représente une adhésion ; désignez d’abord quelqu’un d’autre.",
    "The organisation is already an active {role} of {code}.": "L’organisation est déjà {role} actif de {code}.",
    "Ended {day}: {reason}": "Terminée le {day} : {reason}",

    # --- merging duplicates
    "its other name '{theirs}' is the same as '{text}'": "son autre nom « {theirs} » est le même que « {text} »",
    "the same name": "le même nom",
    "the same name once case, accents, punctuation and legal form are set aside ('{text}')":
        "le même nom une fois la casse, les accents, la ponctuation et la forme juridique mis de côté (« {text} »)",
    "its name is the same as the other name '{text}'": "son nom est le même que l’autre nom « {text} »",
    "{reason}, in the same country": "{reason}, dans le même pays",
    "{reason}, but in another country ({country})": "{reason}, mais dans un autre pays ({country})",
    "the same acronym {acronym}": "le même sigle {acronym}",
    "the acronym {acronym} matches the initials of {name}": "le sigle {acronym} correspond aux initiales de {name}",
    "its acronym {acronym} matches the initials of {name}": "son sigle {acronym} correspond aux initiales de {name}",
    "the same website domain {domain}": "le même domaine de site web {domain}",
    "its people's e-mail addresses are at {domain}, the website's domain":
        "les adresses électroniques de ses personnes sont chez {domain}, le domaine du site web",
    "its people's e-mail addresses are at {domain} too": "les adresses électroniques de ses personnes sont aussi chez {domain}",
    "the e-mail domain {domain} is its website's domain": "le domaine électronique {domain} est celui de son site web",
    "{name} was itself merged into another organisation; merge into that one instead.":
        "{name} a elle-même été fusionnée dans une autre organisation ; fusionnez plutôt dans celle-ci.",
    "{name} has already been merged into another organisation.": "{name} a déjà été fusionnée dans une autre organisation.",
    "Both organisations had an active membership in the same programme and role; both are kept, so end the one "
    "that is no longer right.":
        "Les deux organisations avaient une adhésion active dans le même programme et le même rôle ; les deux sont "
        "gardées, alors mettez fin à celle qui n’est plus juste.",

    # --- terms of office and their alerts
    "An organisation without a name": "Une organisation sans nom",
    "{organisation}, {role} of {programme}, is holding over: its term ended on {day} ({days} day ago) and no "
    "successor has been appointed.":
        "{organisation}, {role} de {programme}, est en prolongation : son mandat s’est terminé le {day} (il y a "
        "{days} jour) et aucun successeur n’a été nommé.",
    "{organisation}, {role} of {programme}, is holding over: its term ended on {day} ({days} days ago) and no "
    "successor has been appointed.":
        "{organisation}, {role} de {programme}, est en prolongation : son mandat s’est terminé le {day} (il y a "
        "{days} jours) et aucun successeur n’a été nommé.",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} day (less than 3 months).":
        "{organisation}, {role} de {programme}, termine son mandat le {day}, dans {days} jour (moins de 3 mois).",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} days (less than 3 months).":
        "{organisation}, {role} de {programme}, termine son mandat le {day}, dans {days} jours (moins de 3 mois).",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} day (less than 6 months).":
        "{organisation}, {role} de {programme}, termine son mandat le {day}, dans {days} jour (moins de 6 mois).",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} days (less than 6 months).":
        "{organisation}, {role} de {programme}, termine son mandat le {day}, dans {days} jours (moins de 6 mois).",

    # --- the renewal process
    "{what} is needed.": "{what} : obligatoire.",
    "{what} is longer than {limit} characters.": "{what} : dépasse {limit} caractères.",
    "The call '{title}' is a call of another programme, not of {code}.":
        "L’appel « {title} » est un appel d’un autre programme, pas de {code}.",
    "The call '{title}' is not a call for co-leads.": "L’appel « {title} » n’est pas un appel de co-responsables.",
    "{programme} is a former programme; a leadership renewal process cannot be opened for it.":
        "{programme} est un ancien programme ; aucun processus de renouvellement de la direction ne peut être ouvert "
        "pour lui.",
    "A title for the renewal process": "Un titre pour le processus de renouvellement",
    "{code} already has a renewal process under way ({title}); finish its four steps before opening another.":
        "{code} a déjà un processus de renouvellement en cours ({title}) ; terminez ses quatre étapes avant d’en "
        "ouvrir un autre.",
    "Step {number} of this renewal process no longer exists.":
        "L’étape {number} de ce processus de renouvellement n’existe plus.",
    "The planned end cannot come before its start.": "La fin prévue ne peut pas précéder le début prévu.",
    "The actual end cannot come before its start.": "La fin réelle ne peut pas précéder le début réel.",
    "Step {number} was changed since you opened it; reload it to see the latest version.":
        "L’étape {number} a été modifiée depuis que vous l’avez ouverte ; rechargez-la pour voir la dernière version.",
    "Step {number} is not done, so it has no actual end yet; close it instead.":
        "L’étape {number} n’est pas terminée, elle n’a donc pas encore de fin réelle ; clôturez-la plutôt.",
    "Who is responsible": "Le responsable",
    "Step {number} is already in progress.": "L’étape {number} est déjà en cours.",
    "Step {number} is done; reopen it (with a reason) to work on it again.":
        "L’étape {number} est terminée ; rouvrez-la (avec une raison) pour y travailler de nouveau.",
    "Step {number} started on {day}; it cannot be closed before that.":
        "L’étape {number} a commencé le {day} ; elle ne peut pas être clôturée avant.",
    "Step {number} is not done, so there is nothing to reopen.":
        "L’étape {number} n’est pas terminée, il n’y a donc rien à rouvrir.",
    "Reopened on {day} by {who}: {why}": "Rouverte le {day} par {who} : {why}",
    "Succession is planned for the years {first} to {last}.": "La succession est planifiée pour les années {first} à {last}.",
    "The name": "Le nom",
    "{name} is already planned as {role} in {year}.": "{name} est déjà prévue comme {role} en {year}.",
    "'{name}' is not a criterion of this renewal process.": "« {name} » n’est pas un critère de ce processus de renouvellement.",
    "'{name}' already has {count} score of incumbents; remove those scores first, or change its weight instead.":
        "« {name} » a déjà {count} note de titulaires ; supprimez d’abord cette note, ou changez plutôt son poids.",
    "'{name}' already has {count} scores of incumbents; remove those scores first, or change its weight instead.":
        "« {name} » a déjà {count} notes de titulaires ; supprimez d’abord ces notes, ou changez plutôt son poids.",
    "Seeking renewal": "Demande le renouvellement",

    # --- countries
    "'{code}' is not a UN regional group; choose {groups} or no group.":
        "« {code} » n’est pas un groupe régional de l’ONU ; choisissez {groups} ou aucun groupe.",
    "Count {name} in {group}": "Compter {name} dans {group}",
    "Count {name} in no regional group": "Compter {name} dans aucun groupe régional",

    # --- undo and the audit trail
    "A change was written outside a desk operation; it would escape the audit trail.":
        "Une modification a été écrite hors d’une opération du secrétariat ; elle échapperait au journal d’audit.",
    "This cannot be undone or redone: a record it refers to was deleted since, in an exchange with another laptop.":
        "Impossible d’annuler ou de rétablir : un enregistrement auquel cela se rapporte a été supprimé depuis, lors "
        "d’un échange avec un autre ordinateur portable.",

    # --- Check database
    "organisation": "organisation",
    "other name of an organisation": "autre nom d’une organisation",
    "other names of organisations": "autres noms d’organisations",
    "person": "personne",
    "people": "personnes",
    "membership": "adhésion",
    "memberships": "adhésions",
    "review": "évaluation",
    "reviews": "évaluations",
    "call": "appel",
    "calls": "appels",
    "evaluation criterion": "critère d’évaluation",
    "evaluation criteria": "critères d’évaluation",
    "programmes": "programmes",
    "countries": "pays",
    "history entry": "entrée de l’historique",
    "history entries": "entrées de l’historique",
    "record of {table}": "enregistrement de {table}",
    "records of {table}": "enregistrements de {table}",
    "an organisation": "une organisation",
    "a person": "une personne",
    "a membership": "une adhésion",
    "an application": "une candidature",
    "a call": "un appel",
    "an evaluation criterion": "un critère d’évaluation",
    "a programme": "un programme",
    "a country": "un pays",
    "a renewal process": "un processus de renouvellement",
    "unknown role": "rôle inconnu",
    "an organisation without a name": "une organisation sans nom",
    "loops of parent organisations": "boucles d’organisations mères",
    "review scores": "notes d’évaluation",
    "reviewers": "évaluateurs",
    "candidates": "candidats",
    "There is {count} more {what} with the same problem.": "Il y a {count} autre cas ({what}) avec le même problème.",
    "There are {count} more {what} with the same problem.": "Il y a {count} autres cas ({what}) avec le même problème.",
    "SQLite found damage in the database file ({detail}); restore a recent backup (File > Restore from backup…) "
    "before making more changes.":
        "SQLite a trouvé des dommages dans le fichier de la base de données ({detail}) ; restaurez une sauvegarde "
        "récente (Fichier > Restaurer une sauvegarde…) avant de faire d’autres modifications.",
    "One {one} refers to {target} that no longer exists.": "Un enregistrement ({one}) renvoie à {target} qui n’existe plus.",
    "{count} {many} refer to {target} that no longer exists.":
        "{count} enregistrements ({many}) renvoient à {target} qui n’existe plus.",
    "The database does not record its schema version, so OPN Desk cannot tell whether it is up to date.":
        "La base de données n’enregistre pas la version de son schéma ; OPN Desk ne peut donc pas savoir si elle est "
        "à jour.",
    "The database's schema version is {shown}, but this version of OPN Desk expects {head}.":
        "La version du schéma de la base de données est {shown}, mais cette version d’OPN Desk attend {head}.",
    "The {role} membership of {organisation} in {code} ends ({end}) before it starts ({start}).":
        "L’adhésion de {organisation} comme {role} dans {code} se termine ({end}) avant de commencer ({start}).",
    "{organisation} has {count} active {role} memberships in {code}; end all but one of them.":
        "{organisation} a {count} adhésions actives comme {role} dans {code} ; mettez fin à toutes sauf une.",
    "The active {role} membership of {organisation} in {code} has no end date; co-leads and core partners serve "
    "for a fixed term.":
        "L’adhésion active de {organisation} comme {role} dans {code} n’a pas de date de fin ; les co-responsables et "
        "les partenaires principaux servent pour un mandat fixe.",
    "The representative of {organisation}'s {role} membership in {code}, {person}, belongs to {other}, not to "
    "{organisation}.":
        "Le représentant de l’adhésion de {organisation} comme {role} dans {code}, {person}, appartient à {other}, "
        "pas à {organisation}.",
    "The representative of {organisation}'s {role} membership in {code}, {person}, is not a person of "
    "{organisation}.":
        "Le représentant de l’adhésion de {organisation} comme {role} dans {code}, {person}, n’est pas une personne "
        "de {organisation}.",
    "The alternate of {organisation}'s {role} membership in {code}, {person}, belongs to {other}, not to "
    "{organisation}.":
        "Le suppléant de l’adhésion de {organisation} comme {role} dans {code}, {person}, appartient à {other}, pas "
        "à {organisation}.",
    "The alternate of {organisation}'s {role} membership in {code}, {person}, is not a person of {organisation}.":
        "Le suppléant de l’adhésion de {organisation} comme {role} dans {code}, {person}, n’est pas une personne de "
        "{organisation}.",
    "{organisation} is recorded as its own parent organisation; remove the parent.":
        "{organisation} est enregistrée comme sa propre organisation mère ; retirez l’organisation mère.",
    "The parent organisations of {first} and {last} go round in a loop; change one of the parents.":
        "Les organisations mères de {first} et {last} tournent en boucle ; changez l’une des organisations mères.",
    "{organisation} cannot be found by searching because its search text is empty; open it and save it again.":
        "{organisation} est introuvable par la recherche car son texte de recherche est vide ; ouvrez-la et "
        "enregistrez-la de nouveau.",
    "The e-mail address of {person} ({organisation}), '{email}', is not a valid e-mail address.":
        "L’adresse électronique de {person} ({organisation}), « {email} », n’est pas une adresse valide.",
    "The e-mail address of {person}, '{email}', is not a valid e-mail address.":
        "L’adresse électronique de {person}, « {email} », n’est pas une adresse valide.",
    "{application} is marked {status} but has no decision date.":
        "{application} est marquée « {status} » mais n’a pas de date de décision.",
    "{application} was not accepted but no reason is recorded.":
        "{application} n’a pas été acceptée mais aucune raison n’est enregistrée.",
    "A review of the application of {organisation} to {code} on {criterion} gives the score {score}, outside the "
    "scale of 0 to 5.":
        "Une évaluation de la candidature de {organisation} à {code} sur {criterion} donne la note {score}, hors de "
        "l’échelle de 0 à 5.",
    "A review of the application of {organisation} to {code} gives the score {score}, outside the scale of 0 to 5.":
        "Une évaluation de la candidature de {organisation} à {code} donne la note {score}, hors de l’échelle de 0 "
        "à 5.",
    "A review of the application of {organisation} to {code} on {criterion} has no score; scores run from 0 to 5.":
        "Une évaluation de la candidature de {organisation} à {code} sur {criterion} n’a pas de note ; les notes vont "
        "de 0 à 5.",
    "A review of the application of {organisation} to {code} has no score; scores run from 0 to 5.":
        "Une évaluation de la candidature de {organisation} à {code} n’a pas de note ; les notes vont de 0 à 5.",
    "the application of {organisation} to be a {role} of {code}":
        "la candidature de {organisation} pour être {role} de {code}",
    "The application of {organisation} to be a {role} of {code}":
        "La candidature de {organisation} pour être {role} de {code}",
    "{application} was accepted on {day}, but {organisation} has no membership from it; add the {role} "
    "membership, or reopen the application and accept it again.":
        "{application} a été acceptée le {day}, mais {organisation} n’a pas d’adhésion qui en découle ; ajoutez "
        "l’adhésion comme {role}, ou rouvrez la candidature et acceptez-la de nouveau.",
    "{application} was accepted, but {organisation} has no membership from it; add the {role} membership, or "
    "reopen the application and accept it again.":
        "{application} a été acceptée, mais {organisation} n’a pas d’adhésion qui en découle ; ajoutez l’adhésion "
        "comme {role}, ou rouvrez la candidature et acceptez-la de nouveau.",
    "{organisation} is an active {role} of {code} through an application that is no longer accepted (it is "
    "{status}); end the membership, or accept the application again.":
        "{organisation} est {role} actif de {code} par une candidature qui n’est plus acceptée (elle est à l’état "
        "« {status} ») ; mettez fin à l’adhésion, ou acceptez de nouveau la candidature.",
    "{application} is {status}, but its decision says {decision}; reopen it and decide it again.":
        "{application} est à l’état « {status} », mais sa décision indique « {decision} » ; rouvrez-la et décidez "
        "de nouveau.",
    "{application} is {status}, but no decision is recorded; reopen it and decide it again.":
        "{application} est à l’état « {status} », mais aucune décision n’est enregistrée ; rouvrez-la et décidez de "
        "nouveau.",
    "{application} was decided ({status}) before it was received.":
        "{application} a été décidée (« {status} ») avant d’être reçue.",
    "{application} is {status}, but the last step in its history is {last}; move it through the desk so its "
    "history stays true.":
        "{application} est à l’état « {status} », mais la dernière étape de son historique est « {last} » ; faites-la "
        "avancer par le secrétariat pour que son historique reste exact.",
    "{person} scored {application} but belongs to {organisation} itself, a conflict of interest; remove those "
    "scores.":
        "{person} a noté {application} mais appartient à {organisation} elle-même, un conflit d’intérêts ; "
        "supprimez ces notes.",
    "{organisation} is proposed for the leadership in {title}, but its application is {status}; take it out of "
    "the proposed leadership.":
        "{organisation} est proposée pour la direction dans {title}, mais sa candidature est à l’état « {status} » ; "
        "retirez-la de la direction proposée.",
    "{organisation} is proposed for the leadership in {title}, but has not said it seeks renewal; record that it "
    "does, or take it out of the proposed leadership.":
        "{organisation} est proposée pour la direction dans {title}, mais n’a pas dit qu’elle demande le "
        "renouvellement ; enregistrez-le, ou retirez-la de la direction proposée.",
    "The representative named in {application}, {person}, belongs to {other}, not to {organisation}.":
        "Le représentant nommé dans {application}, {person}, appartient à {other}, pas à {organisation}.",
    "The representative named in {application}, {person}, is not a person of {organisation}.":
        "Le représentant nommé dans {application}, {person}, n’est pas une personne de {organisation}.",
    "The alternate named in {application}, {person}, belongs to {other}, not to {organisation}.":
        "Le suppléant nommé dans {application}, {person}, appartient à {other}, pas à {organisation}.",
    "The alternate named in {application}, {person}, is not a person of {organisation}.":
        "Le suppléant nommé dans {application}, {person}, n’est pas une personne de {organisation}.",
    "The country {name} has the regional group '{code}', which is not one of {codes}; choose one of them or no "
    "group.":
        "Le pays {name} a le groupe régional « {code} », qui ne fait pas partie de {codes} ; choisissez-en un ou "
        "aucun groupe.",
}
