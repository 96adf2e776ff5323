"""Spanish for issue 16 (core-leftovers): the due list's sentences (services/due.py, translate("Due", ...)),
the laptop exchange's history descriptions (services/sync/exchange.py, "Exchange") and the portfolio's
due-diligence checklist items as the window shows them (services/portfolio.py, "Portfolio"; the stored
keys stay English)."""

TRANSLATIONS = {
    # --- the due list (services/due.py)
    "waiting for screening": "a la espera de preselección",
    "in screening": "en preselección",
    "under review": "en revisión",
    "waiting for the MAC's opinion": "a la espera de la opinión del MAC",
    "The application of an organisation without a name to be a {role} of {code}":
        "La solicitud de una organización sin nombre para ser {role} de {code}",
    "The term of {organisation} as {role} of {code}": "El mandato de {organisation} como {role} de {code}",
    "The term of an organisation without a name as {role} of {code}":
        "El mandato de una organización sin nombre como {role} de {code}",
    "{count} day": "{count} día",
    "{count} days": "{count} días",
    "{who} has been {state} for {days}.": "{who} lleva {days} {state}.",
    "{who} is under review, but its call has no evaluation criteria yet.":
        "{who} está en revisión, pero su convocatoria aún no tiene criterios de evaluación.",
    "{who} is under review with {done} complete review of the {needed} needed.":
        "{who} está en revisión con {done} evaluación completa de las {needed} necesarias.",
    "{who} is under review with {done} complete reviews of the {needed} needed.":
        "{who} está en revisión con {done} evaluaciones completas de las {needed} necesarias.",
    "{who} ends on {day}, in {days}.": "{who} termina el {day}, dentro de {days}.",
    "{who} ends today.": "{who} termina hoy.",
    "{who} ended on {day}, {days} ago, but the membership is still active; renew or end it.":
        "{who} terminó el {day}, hace {days}, pero la membresía sigue activa; renuévela o póngale fin.",
    # --- the laptop exchange's entries in the history (services/sync/exchange.py)
    "Import changes from other laptops ({names})": "Importar los cambios de otros portátiles ({names})",
    "Prepare a copy for {name}": "Preparar una copia para {name}",
    "Undo the copy for {name}": "Deshacer la copia para {name}",
    "Forget the laptop {name}": "Olvidar el portátil {name}",
    # --- an import's dry run and preview by a programme-restricted officer (services/intake_import.py)
    "the row belongs to {programme}. {refusal}": "la fila pertenece a {programme}. {refusal}",
    # --- the portfolio's due-diligence checklist (services/portfolio.py, gui/portfolio/due_diligence.py)
    "Contributes to the programme's objectives": "Contribuye a los objetivos del programa",
    "Partner in good standing (reported last cycle)": "Socio al día (informó en el último ciclo)",
    "No conflict with the network's principles": "Ningún conflicto con los principios de la red",
    "Targets are measurable and time-bound": "Las metas son medibles y tienen plazos definidos",
}
