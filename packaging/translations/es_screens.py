"""Spanish found by looking at every area in Spanish, issue 16 (screens-fr-es): the organisation editor's
form (its compiled strings were invisible to lupdate until gui/build_forms.py dropped uic's u"" prefix),
the history's field names, percentages written by the locale, and the smoke check's lines."""

TRANSLATIONS = {
    # the organisation editor's form (ui/organisation_editor.ui)
    "Close this organisation": "Cerrar esta organización",
    "Full name of the organisation": "Nombre completo de la organización",
    "&Acronym": "&Sigla",
    "&Type": "&Tipo",
    "https://": "https://",
    "&Parent organisation": "Organización &matriz",
    "None (type to search)": "Ninguna (escriba para buscar)",
    "No parent organisation": "Sin organización matriz",
    "Clear": "Borrar",
    "N&otes": "N&otas",
    "Other names (former names, names in other languages)": "Otros nombres (nombres anteriores, nombres en otros "
                                                            "idiomas)",
    "Language": "Idioma",
    "Add name": "Añadir nombre",
    "Remove name": "Quitar nombre",
    "Phone": "Teléfono",
    "Gender (as stated)": "Género (según lo declarado)",
    "Add person…": "Añadir persona…",
    "Changes to people are saved at once and can be undone with Edit › Undo.":
        "Los cambios en las personas se guardan al instante y pueden deshacerse con Edición › Deshacer.",
    "Add membership…": "Añadir membresía…",
    "End…": "Terminar…",
    "Renew…": "Renovar…",
    "Ended memberships stay in the list, greyed: the history is never overwritten.":
        "Las membresías terminadas siguen en la lista, en gris: el historial nunca se sobrescribe.",
    "Delete…": "Eliminar…",
    "Merge this organisation with a duplicate record: people, memberships, applications and history move to the "
    "one kept": "Fusionar esta organización con un registro duplicado: personas, membresías, candidaturas e "
                "historial pasan al que se conserva",
    "Merge…": "Fusionar…",
    "Revert": "Descartar cambios",
    # the history's field and record names (gui/registry/editor_history.py)
    "SOGIESC": "SOGIESC",
    "Disability accommodation": "Ajustes por discapacidad",
    "Consent to personal data": "Consentimiento para datos personales",
    "Term start": "Inicio del mandato",
    "Term end": "Fin del mandato",
    "Renewed membership": "Membresía renovada",
    "Other name": "Otro nombre",
    # percentages written by the locale ("33 %"), not by Python's format
    "{code} {year}: {reported} of {partners} partners reported ({rate}), {verdict}; {late} late, {very_late} very "
    "late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. Deadline {deadline}.":
        "{code} {year}: {reported} de {partners} socios informaron ({rate}), {verdict}; {late} con retraso, "
        "{very_late} con mucho retraso, {excused} dispensados; {missing} no informaron, {repeated} de ellos "
        "reiteradamente. Plazo {deadline}.",
    "{rate} ({reported} of {partners})": "{rate} ({reported} de {partners})",
    "target {target}": "objetivo {target}",
    # `opn-desk --smoke` (gui/window/smoke.py)
    "OPN Desk: the database did not open within {seconds} s.":
        "OPN Desk: la base de datos no se abrió en {seconds} s.",
    "OPN Desk: damage found in the database file; it is open read-only: {damage}":
        "OPN Desk: el archivo de la base de datos está dañado; está abierto en solo lectura: {damage}",
    "OPN Desk: the window did not show the registry within {seconds} s.":
        "OPN Desk: la ventana no mostró el registro en {seconds} s.",
    "OPN Desk: {path} (read-only): window shown, {total} organisations, first page of {rows} rows loaded.":
        "OPN Desk: {path} (solo lectura): ventana mostrada, {total} organizaciones, primera página de {rows} filas "
        "cargada.",
    "OPN Desk: {path}: window shown, {total} organisations, first page of {rows} rows loaded.":
        "OPN Desk: {path}: ventana mostrada, {total} organizaciones, primera página de {rows} filas cargada.",
    "Checks could not run: {error}": "No se pudieron ejecutar las comprobaciones: {error}",
    "Checks: healthy.": "Comprobaciones: todo en orden.",
    "Checks: {count} problem(s) found:": "Comprobaciones: {count} problema(s) encontrado(s):",
    "Checks did not finish in time.": "Las comprobaciones no terminaron a tiempo.",
    # the reporting partners' column: the reason given (noun), not the dialog's button "Excuse" (verb)
    "Excuse given": "Motivo de la dispensa",
}
