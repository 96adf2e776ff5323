"""Spanish for the annual work plan for the funding partners (PDF, Word, workbook) and `opn-desk report
work-plan`, issue 15 (annual-plan): translate("Reports", ...), translate("Documents", ...) and the
command line's sentences."""

TRANSLATIONS = {
    "Annual work plan {year}": "Plan de trabajo anual {year}",
    "Annual work plan for the funding partners": "Plan de trabajo anual para los socios financiadores",
    "The tasks of the {programme} programme's work plan for {year}, by area and work-stream, with their expected "
    "outputs, milestones and dates, who is responsible, their budget line and their funding source: a donor, or a "
    "co-lead's contribution in kind.":
        "Las tareas del plan de trabajo {year} del programa {programme}, por área y línea de trabajo, con sus "
        "productos esperados, sus hitos y fechas, los responsables, su partida presupuestaria y su fuente de "
        "financiación: un donante o la contribución en especie de un codirector.",
    "The work plan records no amounts: this plan names each task's budget line and funding source but gives no "
    "sums.":
        "El plan de trabajo no registra importes: este plan indica la partida presupuestaria y la fuente de "
        "financiación de cada tarea, pero ninguna suma.",
    "One task has no budget line yet.": "Una tarea aún no tiene partida presupuestaria.",
    "{count} tasks have no budget line yet.": "{count} tareas aún no tienen partida presupuestaria.",
    "The work plan has no tasks for {year}.": "El plan de trabajo no tiene tareas para {year}.",
    "Other tasks": "Otras tareas",
    "Completed": "Completado",
    "Ongoing": "En curso",
    "Not yet started": "Aún no iniciado",
    "Ongoing-postponed": "En curso - aplazado",
    "Task": "Tarea",
    "Tasks": "Tareas",
    "All tasks": "Todas las tareas",
    "Expected outputs": "Productos esperados",
    "Milestones and dates": "Hitos y fechas",
    "Milestones": "Hitos",
    "Budget line": "Partida presupuestaria",
    "Funding source": "Fuente de financiación",
    "Funding sources": "Fuentes de financiación",
    "In-kind contribution": "Contribución en especie",
    "Donor": "Donante",
    "Not recorded": "No registrado",
    "Kind": "Tipo",
    "Start: {date}": "Inicio: {date}",
    "Due: {date}": "Vencimiento: {date}",
    "Status: {status}": "Estado: {status}",
    "Responsible: {who}": "Responsable: {who}",
    "Programme": "Programa",
    "Symbol": "Signatura",
    "Period": "Período",
    "Period: {start} – {end}": "Período: {start} – {end}",
    "Date": "Fecha",
    "DRAFT": "BORRADOR",
    "Page {page} of {total}": "Página {page} de {total}",
    "{path} is a folder; give the document's file name.": "{path} es una carpeta; indique el nombre del archivo del "
                                                          "documento.",
    "The folder {folder} does not exist.": "La carpeta {folder} no existe.",
    "Area": "Área",
    "Work-stream": "Línea de trabajo",
    "Responsible": "Responsable",
    "Status": "Estado",
    "Start date": "Fecha de inicio",
    "Due date": "Fecha límite",
    "Decided by": "Decidido por",
    "Work plan": "Plan de trabajo",
    "Reading the work plan…": "Leyendo el plan de trabajo…",
    "Writing {name}…": "Escribiendo {name}…",
    "{year} is not a year of a work plan.": "{year} no es un año de plan de trabajo.",
    "{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.":
        "{name}: el plan de trabajo anual se escribe en un archivo que termine en .pdf, .docx o .xlsx.",
    "Name the programme with --programme CODE (for example SPP).":
        "Indique el programa con --programme CÓDIGO (por ejemplo SPP).",
    "Name the year of the work plan with --year YYYY.": "Indique el año del plan de trabajo con --year AAAA.",
    "Wrote the annual work plan {year} of {programme} ({tasks}, {sources}) to {file}":
        "Plan de trabajo anual {year} de {programme} ({tasks}, {sources}) escrito en {file}",
    "1 task": "1 tarea",
    "{count} tasks": "{count} tareas",
    "1 funding source": "1 fuente de financiación",
    "{count} funding sources": "{count} fuentes de financiación",
    "1 page": "1 página",
    "{count} pages": "{count} páginas",
}
