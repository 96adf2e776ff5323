"""Spanish for the strings the lead engineer added this session (merges made into each other on different
laptops; the selection report's sentences)."""

TRANSLATIONS = {
    "{names} had been merged into each other on different laptops; {kept} stays in the registry (merge the "
    "others into it again if they are duplicates)":
        "{names} se habían fusionado entre sí en portátiles distintos; {kept} permanece en el registro "
        "(vuelva a fusionar en ella las demás si son duplicados)",
    "{percent} of the seats": "{percent} de los puestos",
    "no group": "ningún grupo",
    "none recorded": "no consta",
    "each {what}": "cada {what}",
    "{what}: {value}": "{what}: {value}",
    "at least {count}": "al menos {count}",
    "at most {count}": "como máximo {count}",
    "Incumbent seeking renewal": "Titular que solicita la renovación",
    "{status}; incumbent": "{status}; titular",
    "pinned in": "fijado dentro",
    "pinned out": "fijado fuera",
    "No group": "Ningún grupo",
    "Not recorded": "No consta",
    "Incumbents seeking renewal (no application)": "Titulares que solicitan la renovación (sin solicitud)",
    "Applications: {status}": "Solicitudes: {status}",
    "{rule}: highest count {count} ({bounds})": "{rule}: recuento más alto {count} ({bounds})",
    "{rule}: lowest count {count} ({bounds})": "{rule}: recuento más bajo {count} ({bounds})",
    "{said}, broken.": "{said}, incumplida.",
    "{said}.": "{said}.",
    "{rule}: {count}, needs at least {least}.": "{rule}: {count}, se necesitan al menos {least}.",
    "{rule}: {count}, at most {most} allowed.": "{rule}: {count}, se permiten como máximo {most}.",
    "{rule}: {count} ({bounds}).": "{rule}: {count} ({bounds}).",
    "{rule}: {count}.": "{rule}: {count}.",
    "{said} Who counts is not printed (personal data).":
        "{said} No se imprime a quién se cuenta (datos personales).",
    "{names}.": "{names}.",
    "None of the slate.": "Ninguna organización de la lista.",
    "{count} more needed.": "Faltan: {count}.",
    "{count} too many.": "Sobran: {count}.",
    "No two organisations of the slate share a {what}.": "No hay dos organizaciones de la lista que compartan {what}.",
    "{value}: {names}.": "{value}: {names}.",
    "Different values of {what} in the slate: {count}.": "Valores distintos de {what} en la lista: {count}.",
    "a candidate": "un candidato",
    "Proposed slate": "Lista propuesta",
    "Hand-picked slate": "Lista elegida a mano",
    "Closest workable slate": "Lista viable más cercana",
    "minimum": "mínimo",
    "maximum": "máximo",
    "no bound": "sin límite",
    "among slates with the best total score (equal within one ten-millionth), the one whose candidates come "
    "earliest in id order, by the sum of id-order weights (n for the first id, 1 for the last)":
        "entre las listas con la mejor puntuación total (iguales hasta una diezmillonésima), aquella cuyos "
        "candidatos aparecen antes en el orden de identificadores, según la suma de los pesos de ese orden (n "
        "para el primer identificador, 1 para el último)",
    '{state}: {alert}': '{state}: {alert}',
    '{kinds}: {details}': '{kinds}: {details}',
    'Import changes from other laptops': 'Importar los cambios de otros portátiles',
    'Exchange through the shared folder': 'Intercambiar a través de la carpeta compartida',
    'Read the shared folder': 'Leer la carpeta compartida',
    '{name} (weight {weight}): mean score': '{name} (ponderación {weight}): puntuación media',
}
