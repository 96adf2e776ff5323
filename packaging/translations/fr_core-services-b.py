"""French for issue 16 (core-services-b): the meetings, reporting, portfolio, work plan, search index and
server copy services' sentences, `opn-desk meetings`, `opn-desk reporting` and `opn-desk report` lines, and
the reporting cycle summary's fixed text (translate("Meetings" | "Reporting" | "Portfolio" | "WorkPlan" |
"ReportData" | "OrganisationSearch" | "ServerCopy" | "CommandLine" | "Reports", ...))."""

TRANSLATIONS = {
    # --- meetings (services/meetings.py, meetings_view.py)
    "That meeting no longer exists (it may have been deleted or undone).":
        "Cette réunion n’existe plus (elle a peut-être été supprimée ou annulée).",
    "That agenda item no longer exists (it may have been deleted or undone).":
        "Ce point de l’ordre du jour n’existe plus (il a peut-être été supprimé ou annulé).",
    "That paper no longer exists (it may have been deleted or undone).":
        "Ce document n’existe plus (il a peut-être été supprimé ou annulé).",
    "There is no meeting with the id {ref}; `opn-desk meetings list` shows them.":
        "Aucune réunion n’a l’identifiant {ref} ; `opn-desk meetings list` les affiche.",
    "“{kind}” is not a kind of meeting; the kinds are {words}.":
        "« {kind} » n’est pas un type de réunion ; les types sont {words}.",
    "“{status}” is not a way of taking part; use one of: {words}.":
        "« {status} » n’est pas un mode de participation ; utilisez l’un de ceux-ci : {words}.",
    "A meeting needs a title.": "Une réunion a besoin d’un titre.",
    "The travel budget cannot be negative.": "Le budget des déplacements ne peut pas être négatif.",
    "A guest needs a name.": "Un invité a besoin d’un nom.",
    "Guest": "Invité",
    "That organisation is not invited to this meeting; invite it first.":
        "Cette organisation n’est pas invitée à cette réunion ; invitez-la d’abord.",
    "An agenda item needs a title.": "Un point de l’ordre du jour a besoin d’un titre.",
    "{name} is {size} MB; papers can be at most {most} MB.":
        "{name} fait {size} Mo ; un document peut faire au plus {most} Mo.",
    "Written comments are those sent in advance: the day received is after the meeting ({day}).":
        "Les commentaires écrits sont ceux envoyés à l’avance : le jour de réception est après la réunion ({day}).",
    "The written comments are empty.": "Les commentaires écrits sont vides.",
    "The amount requested must be more than zero.": "Le montant demandé doit être supérieur à zéro.",
    "The travel support of this meeting is already allocated; no request can be added.":
        "Le soutien aux déplacements de cette réunion est déjà attribué ; aucune demande ne peut être ajoutée.",
    "Only an organisation invited to the meeting can request travel support.":
        "Seule une organisation invitée à la réunion peut demander un soutien aux déplacements.",
    "The travel allocation is decided before the meeting; {day} is after the meeting ({held}).":
        "L’attribution du soutien aux déplacements se décide avant la réunion ; le {day} est après la réunion "
        "({held}).",
    "A grant names a request that is not one of this meeting's.":
        "Une attribution désigne une demande qui n’appartient pas à cette réunion.",
    "The minutes of this meeting were started on {day}.":
        "Le procès-verbal de cette réunion a été commencé le {day}.",
    "Presented by {presenter}.": "Présenté par {presenter}.",
    "Decision sought: {decision}": "Décision attendue : {decision}",
    "An action item needs a text.": "Une action a besoin d’un texte.",
    "An action item needs an owner.": "Une action a besoin d’un responsable.",
    "That agenda item belongs to another meeting.": "Ce point de l’ordre du jour appartient à une autre réunion.",

    # --- reporting (services/reporting.py, reporting_view.py, reporting_reminders.py, reporting_documents.py)
    "; its cycles are {years}": " ; ses cycles sont {years}",
    "; it has no reporting cycles yet": " ; il n’a pas encore de cycle de rapport",
    "Partners expected to report": "Partenaires tenus de rendre compte",
    "Partners who reported": "Partenaires ayant rendu compte",
    "Reporting rate": "Taux de rapport",
    "{rate} (target {target})": "{rate} (objectif {target})",
    "Activities reported": "Activités rapportées",
    "Activities: {category}": "Activités : {category}",
    "Activities with a change in practice recorded": "Activités avec un changement de pratique consigné",
    "Countries reached": "Pays atteints",
    "Other SDGs served": "Autres ODD servis",
    "Core initiatives in the portfolio": "Initiatives principales du portefeuille",
    "Affiliated initiatives in the portfolio": "Initiatives affiliées du portefeuille",
    "Network-wide reporting rate": "Taux de rapport de l’ensemble du réseau",
    "{rate} of {partners} partners ({count} programme)": "{rate} de {partners} partenaires ({count} programme)",
    "{rate} of {partners} partners ({count} programmes)": "{rate} de {partners} partenaires ({count} programmes)",
    "Cancelled: no reminder was written.": "Annulé : aucune relance n’a été écrite.",
    "Prepare {count} reporting reminder ({code} {year})": "Préparer {count} relance de rapport ({code} {year})",
    "Prepare {count} reporting reminders ({code} {year})": "Préparer {count} relances de rapport ({code} {year})",
    "6 sheets, {count} row": "6 feuilles, {count} ligne",
    "6 sheets, {count} rows": "6 feuilles, {count} lignes",

    # --- portfolio

    # --- work plan (services/work_plan.py)
    "That task no longer exists (it may have been deleted or undone).":
        "Cette tâche n’existe plus (elle a peut-être été supprimée ou annulée).",
    "A task needs a description.": "Une tâche a besoin d’une description.",
    "A task cannot be due before it starts.": "Une tâche ne peut pas être due avant de commencer.",
    "A progress entry needs the progress made or the next steps.":
        "Une entrée d’avancement a besoin des progrès réalisés ou des prochaines étapes.",
    "Decided at {meeting} ({day})": "Décidé lors de {meeting} ({day})",
    "This note reports the progress of the {programme} programme's work plan as of {day}, and the next steps, in "
    "line with the decisions of its Multi-stakeholder Advisory Committee.":
        "Cette note rend compte de l’avancement du plan de travail du programme {programme} au {day}, et des "
        "prochaines étapes, conformément aux décisions de son Comité consultatif multipartite.",
    "Co-leads, core partners and the 10YFP Secretariat":
        "Co-responsables, partenaires principaux et Secrétariat du 10YFP",
    "The action item “{item}”{owner} is due on {day}.": "L’action « {item} »{owner} est à échéance le {day}.",
    "The action item “{item}”{owner} was due on {day}, {count} day ago.":
        "L’action « {item} »{owner} était à échéance le {day}, il y a {count} jour.",
    "The action item “{item}”{owner} was due on {day}, {count} days ago.":
        "L’action « {item} »{owner} était à échéance le {day}, il y a {count} jours.",

    # --- documents' values (services/report_data.py)
    "Financial": "Financière",
    "In kind": "En nature",
    "Staff time": "Temps de personnel",
    "{title} ({programme}, {role}, {opens} to {closes}; id {id})":
        "{title} ({programme}, {role}, du {opens} au {closes} ; id {id})",
    "(organisation missing)": "(organisation manquante)",
    "{programme} has no leadership renewal process yet, so there is no dossier to print; open one in the "
    "Leadership area first.":
        "{programme} n’a pas encore de processus de renouvellement de la direction, il n’y a donc pas de dossier à "
        "imprimer ; ouvrez-en un d’abord dans l’espace Direction.",

    # --- the organisations' search index (services/organisation_search.py)
    "The organisations' search index does not match the organisations":
        "L’index de recherche des organisations ne correspond pas aux organisations",
    "rebuild it with opn-desk check --rebuild-search-index.":
        "reconstruisez-le avec opn-desk check --rebuild-search-index.",
    "The organisations' search index is no longer kept up to date (trigger {triggers} is missing); {repair}":
        "L’index de recherche des organisations n’est plus tenu à jour (le déclencheur {triggers} manque) ; {repair}",
    "{wrong} ({problem}); {repair}": "{wrong} ({problem}) ; {repair}",
    "{wrong}: it holds {indexed} entries for {rows} organisations; {repair}":
        "{wrong} : il contient {indexed} entrées pour {rows} organisations ; {repair}",
    "{wrong}: {missing} of the organisations sampled are not found by it; {repair}":
        "{wrong} : {missing} des organisations de l’échantillon n’y sont pas trouvées ; {repair}",
    "Cannot sort by “{sort}”.": "Impossible de trier par « {sort} ».",

    # --- the server copy (services/server_copy.py)
    "{rows} rows in {tables} tables copied and checked (every table's row count and checksum match) in {seconds} s.":
        "{rows} lignes dans {tables} tables copiées et vérifiées (le nombre de lignes et la somme de contrôle de "
        "chaque table concordent) en {seconds} s.",
    "Copying {table}…": "Copie de {table}…",
    "The copy of the table {table} does not match the original (row counts differ: {here} rows against {there}); "
    "nothing was kept.":
        "La copie de la table {table} ne correspond pas à l’original (les nombres de lignes diffèrent : {here} "
        "lignes contre {there}) ; rien n’a été conservé.",
    "The copy of the table {table} does not match the original (rows differ: {here} rows against {there}); "
    "nothing was kept.":
        "La copie de la table {table} ne correspond pas à l’original (les lignes diffèrent : {here} lignes contre "
        "{there}) ; rien n’a été conservé.",
    "OPN Desk could not connect to the server at {address} ({problem}).":
        "OPN Desk n’a pas pu se connecter au serveur {address} ({problem}).",
    "The server database at {address} is not empty (it holds {count} tables); a desk is uploaded only into an "
    "empty database, so that nothing there is overwritten.":
        "La base de données du serveur {address} n’est pas vide (elle contient {count} tables) ; un secrétariat "
        "n’est téléversé que dans une base vide, pour que rien n’y soit écrasé.",
    "Creating the desk's tables on the server…": "Création des tables du secrétariat sur le serveur…",
    "Comparing every table with the file…": "Comparaison de chaque table avec le fichier…",
    "Comparing every table with the server…": "Comparaison de chaque table avec le serveur…",
    "{path} already exists; the offline copy is written to a new file only.":
        "{path} existe déjà ; la copie hors ligne s’écrit uniquement dans un nouveau fichier.",
    "The new file has schema {revision}, not {head}; nothing was written.":
        "Le nouveau fichier a le schéma {revision}, et non {head} ; rien n’a été écrit.",

    # --- the command line (commands/meetings.py, reporting.py, reports.py)
    "({count} of {invited} took part)": "({count} sur {invited} ont participé)",
    "allocation decided on {day}": "attribution décidée le {day}",
    "allocation not decided yet": "attribution pas encore décidée",
    "{title} ({day}): travel budget {budget}; {decided}.":
        "{title} ({day}) : budget des déplacements {budget} ; {decided}.",
    "requested {amount}, proposed {proposed}, granted {granted}":
        "demandé {amount}, proposé {proposed}, accordé {granted}",
    "Give the file to write with --out FILE.pdf.": "Indiquez le fichier à écrire avec --out FICHIER.pdf.",
    "{file}: the report file must end in {suffixes}.": "{file} : le fichier du rapport doit se terminer par {suffixes}.",
    " or ": " ou ",
    "Name the meeting with --meeting ID (`opn-desk meetings list` shows the ids).":
        "Désignez la réunion avec --meeting ID (`opn-desk meetings list` affiche les identifiants).",
    "Wrote the FINAL meeting pack of {title} ({items}, {papers}) to {file}: {pages}.":
        "Dossier de réunion DÉFINITIF de {title} ({items}, {papers}) écrit dans {file} : {pages}.",
    "Wrote the DRAFT meeting pack of {title} ({items}, {papers}) to {file}: {pages}.":
        "Dossier de réunion PROJET de {title} ({items}, {papers}) écrit dans {file} : {pages}.",
    "{count} agenda item": "{count} point de l’ordre du jour",
    "{count} agenda items": "{count} points de l’ordre du jour",
    "{count} paper": "{count} document",
    "{count} papers": "{count} documents",
    "{count} task": "{count} tâche",
    "{count} funding source": "{count} source de financement",
    "“{text}” is not a date in the form YYYY-MM-DD.": "« {text} » n’est pas une date au format AAAA-MM-JJ.",
    "Wrote the work plan progress report of {programme} as of {day} ({tasks}) to {where}":
        "Rapport d’avancement du plan de travail de {programme} au {day} ({tasks}) écrit dans {where}",
    "--exclude-rows: {problem}": "--exclude-rows : {problem}",
    "Import activities from {file}": "Importer des activités depuis {file}",
    "; {count} non-reporter without an e-mail address.": " ; {count} partenaire sans rapport n’a pas d’adresse e-mail.",
    "; {count} non-reporters without an e-mail address.":
        " ; {count} partenaires sans rapport n’ont pas d’adresse e-mail.",

    # --- the reporting cycle summary (reports/reporting.py)
    "target {rate}": "objectif {rate}",
    "late ({count} day)": "en retard ({count} jour)",
    "late ({count} days)": "en retard ({count} jours)",
    "very late ({count} day)": "très en retard ({count} jour)",
    "very late ({count} days)": "très en retard ({count} jours)",
    "{count} more report would meet it": "{count} rapport de plus permettrait de l’atteindre",
    "{count} more reports would meet it": "{count} rapports de plus permettraient de l’atteindre",
    "Reporting {year}: {programme}": "Rapports {year} : {programme}",
    "{code} reporting summary {year} · as of {day}": "Synthèse des rapports {code} {year} · au {day}",
    "Partner reporting: rates, activities, non-reporters":
        "Rapports des partenaires : taux, activités, partenaires sans rapport",
    "Partner reporting {year}": "Rapports des partenaires {year}",
    "As of": "À la date du",
    "{partners} (excused, left out: {excused})": "{partners} (excusés, non comptés : {excused})",
    "{reported}, of which late {late} and very late {very_late}":
        "{reported}, dont {late} en retard et {very_late} très en retard",
    "{rate} against the strategy's target of {target}: {standing}":
        "{rate} pour un objectif de la stratégie de {target} : {standing}",
    "Rates against the target": "Taux par rapport à l’objectif",
    "Every programme's rate, {year}": "Taux de chaque programme, {year}",
    "{count} activity reported.": "{count} activité rapportée.",
    "{count} activities reported.": "{count} activités rapportées.",
    "No activity was marked as a highlight.": "Aucune activité n’a été marquée comme fait marquant.",
    "What changed in practice: {change}": "Ce qui a changé dans la pratique : {change}",
    "Partners who have not reported": "Partenaires qui n’ont pas rendu compte",
    "Every partner expected to report has reported.": "Chaque partenaire tenu de rendre compte l’a fait.",
    "{count} partner, the longest-missing first; {repeated} missed two cycles or more in a row (marked ▲) and are "
    "for the desk's review: reporting is a condition to remain a partner.":
        "{count} partenaire, le plus ancien manquant d’abord ; {repeated} ont manqué deux cycles ou plus d’affilée "
        "(marqués ▲) et sont soumis à l’examen du secrétariat : rendre compte est une condition pour rester "
        "partenaire.",
    "{count} partners, the longest-missing first; {repeated} missed two cycles or more in a row (marked ▲) and are "
    "for the desk's review: reporting is a condition to remain a partner.":
        "{count} partenaires, les plus anciens manquants d’abord ; {repeated} ont manqué deux cycles ou plus "
        "d’affilée (marqués ▲) et sont soumis à l’examen du secrétariat : rendre compte est une condition pour "
        "rester partenaire.",
    "Standing": "Situation",
    "Cycles missed": "Cycles manqués",
    "Figures for the High-Level Political Forum": "Chiffres pour le Forum politique de haut niveau",
    "Ready to paste into the network's report.": "Prêts à coller dans le rapport du réseau.",
}
