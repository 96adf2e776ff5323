"""French for the annual work plan for the funding partners (PDF, Word, workbook) and `opn-desk report
work-plan`, issue 15 (annual-plan): translate("Reports", ...), translate("Documents", ...) and the
command line's sentences."""

TRANSLATIONS = {
    "Annual work plan {year}": "Plan de travail annuel {year}",
    "Annual work plan for the funding partners": "Plan de travail annuel pour les partenaires financiers",
    "The tasks of the {programme} programme's work plan for {year}, by area and work-stream, with their expected "
    "outputs, milestones and dates, who is responsible, their budget line and their funding source: a donor, or a "
    "co-lead's contribution in kind.":
        "Les tâches du plan de travail {year} du programme {programme}, par domaine et axe de travail, avec leurs "
        "produits attendus, leurs jalons et leurs dates, les responsables, leur ligne budgétaire et leur source de "
        "financement : un donateur, ou la contribution en nature d'un co-chef de file.",
    "The work plan records no amounts: this plan names each task's budget line and funding source but gives no "
    "sums.":
        "Le plan de travail n'enregistre aucun montant : ce plan indique la ligne budgétaire et la source de "
        "financement de chaque tâche, mais aucune somme.",
    "One task has no budget line yet.": "Une tâche n'a pas encore de ligne budgétaire.",
    "{count} tasks have no budget line yet.": "{count} tâches n'ont pas encore de ligne budgétaire.",
    "The work plan has no tasks for {year}.": "Le plan de travail n'a aucune tâche pour {year}.",
    "Other tasks": "Autres tâches",
    "Completed": "Terminé",
    "Ongoing": "En cours",
    "Not yet started": "Pas encore commencé",
    "Ongoing-postponed": "En cours - reporté",
    "Task": "Tâche",
    "Tasks": "Tâches",
    "All tasks": "Toutes les tâches",
    "Expected outputs": "Produits attendus",
    "Milestones and dates": "Jalons et dates",
    "Milestones": "Jalons",
    "Budget line": "Ligne budgétaire",
    "Funding source": "Source de financement",
    "Funding sources": "Sources de financement",
    "In-kind contribution": "Contribution en nature",
    "Donor": "Donateur",
    "Not recorded": "Non enregistré",
    "Kind": "Type",
    "Start: {date}": "Début : {date}",
    "Due: {date}": "Échéance : {date}",
    "Status: {status}": "Statut : {status}",
    "Responsible: {who}": "Responsable : {who}",
    "Programme": "Programme",
    "Symbol": "Cote",
    "Period": "Période",
    "Period: {start} – {end}": "Période : {start} – {end}",
    "Date": "Date",
    "DRAFT": "PROJET",
    "Page {page} of {total}": "Page {page} sur {total}",
    "{path} is a folder; give the document's file name.": "{path} est un dossier ; indiquez le nom du fichier du "
                                                          "document.",
    "The folder {folder} does not exist.": "Le dossier {folder} n'existe pas.",
    "Area": "Domaine",
    "Work-stream": "Axe de travail",
    "Responsible": "Responsable",
    "Status": "Statut",
    "Start date": "Date de début",
    "Due date": "Échéance",
    "Decided by": "Décidé par",
    "Work plan": "Plan de travail",
    "Reading the work plan…": "Lecture du plan de travail…",
    "Writing {name}…": "Écriture de {name}…",
    "{year} is not a year of a work plan.": "{year} n'est pas une année de plan de travail.",
    "{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.":
        "{name} : le plan de travail annuel s'écrit dans un fichier se terminant par .pdf, .docx ou .xlsx.",
    "Name the programme with --programme CODE (for example SPP).":
        "Indiquez le programme avec --programme CODE (par exemple SPP).",
    "Name the year of the work plan with --year YYYY.": "Indiquez l'année du plan de travail avec --year AAAA.",
    "Wrote the annual work plan {year} of {programme} ({tasks}, {sources}) to {file}":
        "Plan de travail annuel {year} de {programme} ({tasks}, {sources}) écrit dans {file}",
    "1 task": "1 tâche",
    "{count} tasks": "{count} tâches",
    "1 funding source": "1 source de financement",
    "{count} funding sources": "{count} sources de financement",
    "1 page": "1 page",
    "{count} pages": "{count} pages",
}
