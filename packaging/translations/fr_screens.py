"""French found by looking at every area in French, issue 16 (screens-fr-es): the organisation editor's
form (its compiled strings were invisible to lupdate until gui/build_forms.py dropped uic's u"" prefix),
the history's field names, percentages written by the locale, and the smoke check's lines."""

TRANSLATIONS = {
    # the organisation editor's form (ui/organisation_editor.ui)
    "Close this organisation": "Fermer cette organisation",
    "Full name of the organisation": "Nom complet de l’organisation",
    "&Acronym": "&Sigle",
    "&Type": "&Type",
    "https://": "https://",
    "&Parent organisation": "Organisation &mère",
    "None (type to search)": "Aucune (tapez pour chercher)",
    "No parent organisation": "Aucune organisation mère",
    "Clear": "Effacer",
    "N&otes": "N&otes",
    "Other names (former names, names in other languages)": "Autres noms (anciens noms, noms dans d’autres langues)",
    "Language": "Langue",
    "Add name": "Ajouter un nom",
    "Remove name": "Retirer le nom",
    "Phone": "Téléphone",
    "Gender (as stated)": "Genre (tel que déclaré)",
    "Add person…": "Ajouter une personne…",
    "Changes to people are saved at once and can be undone with Edit › Undo.":
        "Les modifications des personnes sont enregistrées aussitôt et peuvent être annulées avec Édition › Annuler.",
    "Add membership…": "Ajouter une adhésion…",
    "End…": "Terminer…",
    "Renew…": "Renouveler…",
    "Ended memberships stay in the list, greyed: the history is never overwritten.":
        "Les adhésions terminées restent dans la liste, grisées : l’historique n’est jamais effacé.",
    "Delete…": "Supprimer…",
    "Merge this organisation with a duplicate record: people, memberships, applications and history move to the "
    "one kept": "Fusionner cette organisation avec un doublon : personnes, adhésions, candidatures et historique "
                "passent à la fiche conservée",
    "Merge…": "Fusionner…",
    "Revert": "Annuler les modifications",
    # the history's field and record names (gui/registry/editor_history.py)
    "SOGIESC": "SOGIESC",
    "Disability accommodation": "Aménagements liés au handicap",
    "Consent to personal data": "Consentement aux données personnelles",
    "Term start": "Début du mandat",
    "Term end": "Fin du mandat",
    "Renewed membership": "Adhésion renouvelée",
    "Other name": "Autre nom",
    # percentages written by the locale ("33 %"), not by Python's format
    "{code} {year}: {reported} of {partners} partners reported ({rate}), {verdict}; {late} late, {very_late} very "
    "late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. Deadline {deadline}.":
        "{code} {year} : {reported} partenaires sur {partners} ont rapporté ({rate}), {verdict} ; {late} en retard, "
        "{very_late} très en retard, {excused} dispensés ; {missing} n’ont pas rapporté, dont {repeated} de manière "
        "répétée. Échéance {deadline}.",
    "{rate} ({reported} of {partners})": "{rate} ({reported} sur {partners})",
    "target {target}": "objectif {target}",
    # `opn-desk --smoke` (gui/window/smoke.py)
    "OPN Desk: the database did not open within {seconds} s.":
        "OPN Desk : la base de données ne s’est pas ouverte en {seconds} s.",
    "OPN Desk: damage found in the database file; it is open read-only: {damage}":
        "OPN Desk : le fichier de la base de données est endommagé ; il est ouvert en lecture seule : {damage}",
    "OPN Desk: the window did not show the registry within {seconds} s.":
        "OPN Desk : la fenêtre n’a pas affiché le registre en {seconds} s.",
    "OPN Desk: {path} (read-only): window shown, {total} organisations, first page of {rows} rows loaded.":
        "OPN Desk : {path} (lecture seule) : fenêtre affichée, {total} organisations, première page de {rows} lignes "
        "chargée.",
    "OPN Desk: {path}: window shown, {total} organisations, first page of {rows} rows loaded.":
        "OPN Desk : {path} : fenêtre affichée, {total} organisations, première page de {rows} lignes chargée.",
    "Checks could not run: {error}": "Les vérifications n’ont pas pu s’exécuter : {error}",
    "Checks: healthy.": "Vérifications : tout est en ordre.",
    "Checks: {count} problem(s) found:": "Vérifications : {count} problème(s) trouvé(s) :",
    "Checks did not finish in time.": "Les vérifications ne se sont pas terminées à temps.",
    # the reporting partners' column: the reason given (noun), not the dialog's button "Excuse" (verb)
    "Excuse given": "Motif de la dispense",
}
