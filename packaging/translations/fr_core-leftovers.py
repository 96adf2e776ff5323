"""French for issue 16 (core-leftovers): the due list's sentences (services/due.py, translate("Due", ...)),
the laptop exchange's history descriptions (services/sync/exchange.py, "Exchange") and the portfolio's
due-diligence checklist items as the window shows them (services/portfolio.py, "Portfolio"; the stored
keys stay English)."""

TRANSLATIONS = {
    # --- the due list (services/due.py)
    "waiting for screening": "en attente de présélection",
    "in screening": "en présélection",
    "under review": "en cours d’examen",
    "waiting for the MAC's opinion": "en attente de l’avis du MAC",
    "The application of an organisation without a name to be a {role} of {code}":
        "La candidature d’une organisation sans nom pour être {role} de {code}",
    "The term of {organisation} as {role} of {code}": "Le mandat de {organisation} comme {role} de {code}",
    "The term of an organisation without a name as {role} of {code}":
        "Le mandat d’une organisation sans nom comme {role} de {code}",
    "{count} day": "{count} jour",
    "{count} days": "{count} jours",
    "{who} has been {state} for {days}.": "{who} est {state} depuis {days}.",
    "{who} is under review, but its call has no evaluation criteria yet.":
        "{who} est en cours d’examen, mais son appel n’a pas encore de critères d’évaluation.",
    "{who} is under review with {done} complete review of the {needed} needed.":
        "{who} est en cours d’examen avec {done} évaluation complète sur les {needed} nécessaires.",
    "{who} is under review with {done} complete reviews of the {needed} needed.":
        "{who} est en cours d’examen avec {done} évaluations complètes sur les {needed} nécessaires.",
    "{who} ends on {day}, in {days}.": "{who} prend fin le {day}, dans {days}.",
    "{who} ends today.": "{who} prend fin aujourd’hui.",
    "{who} ended on {day}, {days} ago, but the membership is still active; renew or end it.":
        "{who} a pris fin le {day}, il y a {days}, mais l’adhésion est toujours active ; renouvelez-la ou "
        "mettez-y fin.",
    # --- the laptop exchange's entries in the history (services/sync/exchange.py)
    "Import changes from other laptops ({names})": "Importer les modifications d’autres ordinateurs ({names})",
    "Prepare a copy for {name}": "Préparer une copie pour {name}",
    "Undo the copy for {name}": "Annuler la copie pour {name}",
    "Forget the laptop {name}": "Oublier l’ordinateur {name}",
    # --- an import's dry run and preview by a programme-restricted officer (services/intake_import.py)
    "the row belongs to {programme}. {refusal}": "la ligne appartient à {programme}. {refusal}",
    # --- the portfolio's due-diligence checklist (services/portfolio.py, gui/portfolio/due_diligence.py)
    "Contributes to the programme's objectives": "Contribue aux objectifs du programme",
    "Partner in good standing (reported last cycle)": "Partenaire en règle (a rendu compte au dernier cycle)",
    "No conflict with the network's principles": "Aucun conflit avec les principes du réseau",
    "Targets are measurable and time-bound": "Les cibles sont mesurables et assorties d’échéances",
}
