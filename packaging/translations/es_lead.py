"""Spanish for the strings the lead engineer added (the work plan's documents menu, the editor's history)."""

TRANSLATIONS = {
    "Organisation history": "Historial de la organización",
    "Progress report": "Informe de avance",
    "The progress report (Tasks | Progress | Next steps) as of today: in the print preview, or as a Word "
    "document to edit before sending.": "El informe de avance (Tareas | Avance | Próximos pasos) a la fecha: en "
    "la vista previa de impresión, o como documento de Word para editar antes de enviarlo.",
    "In the print preview…": "En la vista previa de impresión…",
    "As a Word document…": "Como documento de Word…",
    "Annual work plan for the funding partners…": "Plan de trabajo anual para los socios financiadores…",
    "Progress report as a Word document": "Informe de avance como documento de Word",
    "Word document (*.docx)": "Documento de Word (*.docx)",
    "Progress report of {code} written to {file}": "Informe de avance de {code} escrito en {file}",
    "PDF document (*.pdf)": "Documento PDF (*.pdf)",
    "Excel workbook (*.xlsx)": "Libro de Excel (*.xlsx)",
    "Annual work plan {year} of {code} written to {file}": "Plan de trabajo anual {year} de {code} escrito en {file}",
    "Annual work plan {year}: {code}": "Plan de trabajo anual {year}: {code}",
    "Annual work plan {year}": "Plan de trabajo anual {year}",
    "Annual work plan": "Plan de trabajo anual",
    "Year of the work plan:": "Año del plan de trabajo:",
    "Writing the annual work plan…": "Redacción del plan de trabajo anual…",
    "attended": "asistió",
    "may use the logo": "puede usar el logotipo",
    "Open the meeting": "Abrir la reunión",
    "(former)": "(anterior)",
}
