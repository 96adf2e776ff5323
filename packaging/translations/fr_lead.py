"""French for the strings the lead engineer added (the work plan's documents menu, the editor's history)."""

TRANSLATIONS = {
    "Organisation history": "Historique de l'organisation",
    "Progress report": "Rapport d'avancement",
    "The progress report (Tasks | Progress | Next steps) as of today: in the print preview, or as a Word "
    "document to edit before sending.": "Le rapport d'avancement (Tâches | Avancement | Prochaines étapes) à ce "
    "jour : dans l'aperçu avant impression, ou en document Word à modifier avant l'envoi.",
    "In the print preview…": "Dans l'aperçu avant impression…",
    "As a Word document…": "En document Word…",
    "Annual work plan for the funding partners…": "Plan de travail annuel pour les partenaires financiers…",
    "Progress report as a Word document": "Rapport d'avancement en document Word",
    "Word document (*.docx)": "Document Word (*.docx)",
    "Progress report of {code} written to {file}": "Rapport d'avancement de {code} écrit dans {file}",
    "PDF document (*.pdf)": "Document PDF (*.pdf)",
    "Excel workbook (*.xlsx)": "Classeur Excel (*.xlsx)",
    "Annual work plan {year} of {code} written to {file}": "Plan de travail annuel {year} de {code} écrit dans {file}",
    "Annual work plan {year}: {code}": "Plan de travail annuel {year} : {code}",
    "Annual work plan {year}": "Plan de travail annuel {year}",
    "Annual work plan": "Plan de travail annuel",
    "Year of the work plan:": "Année du plan de travail :",
    "Writing the annual work plan…": "Rédaction du plan de travail annuel…",
    "attended": "présent",
    "may use the logo": "peut utiliser le logo",
    "Open the meeting": "Ouvrir la réunion",
    "(former)": "(ancien)",
}
