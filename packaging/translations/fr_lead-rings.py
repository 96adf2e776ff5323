"""French for the strings the lead engineer added this session (merges made into each other on different
laptops; the selection report's sentences)."""

TRANSLATIONS = {
    "{names} had been merged into each other on different laptops; {kept} stays in the registry (merge the "
    "others into it again if they are duplicates)":
        "{names} avaient été fusionnées l'une dans l'autre sur des ordinateurs différents ; {kept} reste dans le "
        "registre (fusionnez-y de nouveau les autres si ce sont des doublons)",
    "{percent} of the seats": "{percent} des sièges",
    "no group": "aucun groupe",
    "none recorded": "non renseigné",
    "each {what}": "chaque {what}",
    "{what}: {value}": "{what} : {value}",
    "at least {count}": "au moins {count}",
    "at most {count}": "au plus {count}",
    "Incumbent seeking renewal": "Titulaire candidat au renouvellement",
    "{status}; incumbent": "{status} ; titulaire",
    "pinned in": "épinglé dedans",
    "pinned out": "épinglé dehors",
    "No group": "Aucun groupe",
    "Not recorded": "Non renseigné",
    "Incumbents seeking renewal (no application)": "Titulaires candidats au renouvellement (sans candidature)",
    "Applications: {status}": "Candidatures : {status}",
    "{rule}: highest count {count} ({bounds})": "{rule} : nombre le plus élevé {count} ({bounds})",
    "{rule}: lowest count {count} ({bounds})": "{rule} : nombre le plus bas {count} ({bounds})",
    "{said}, broken.": "{said}, non respectée.",
    "{said}.": "{said}.",
    "{rule}: {count}, needs at least {least}.": "{rule} : {count}, il en faut au moins {least}.",
    "{rule}: {count}, at most {most} allowed.": "{rule} : {count}, au plus {most} autorisés.",
    "{rule}: {count} ({bounds}).": "{rule} : {count} ({bounds}).",
    "{rule}: {count}.": "{rule} : {count}.",
    "{said} Who counts is not printed (personal data).":
        "{said} Les personnes comptées ne sont pas imprimées (données personnelles).",
    "{names}.": "{names}.",
    "None of the slate.": "Aucune organisation de la liste.",
    "{count} more needed.": "Il en manque {count}.",
    "{count} too many.": "{count} de trop.",
    "No two organisations of the slate share a {what}.": "Aucune organisation de la liste ne partage un(e) {what} avec une autre.",
    "{value}: {names}.": "{value} : {names}.",
    "Different values of {what} in the slate: {count}.": "Valeurs différentes de {what} dans la liste : {count}.",
    "a candidate": "un candidat",
    "Proposed slate": "Liste proposée",
    "Hand-picked slate": "Liste choisie à la main",
    "Closest workable slate": "Liste réalisable la plus proche",
    "minimum": "minimum",
    "maximum": "maximum",
    "no bound": "pas de borne",
    "among slates with the best total score (equal within one ten-millionth), the one whose candidates come "
    "earliest in id order, by the sum of id-order weights (n for the first id, 1 for the last)":
        "parmi les listes ayant le meilleur score total (égal à un dix-millionième près), celle dont les candidats "
        "viennent en premier dans l'ordre des identifiants, par la somme des poids de cet ordre (n pour le premier "
        "identifiant, 1 pour le dernier)",
    '{state}: {alert}': '{state} : {alert}',
    '{kinds}: {details}': '{kinds} : {details}',
    'Import changes from other laptops': 'Importer les modifications d’autres ordinateurs',
    'Exchange through the shared folder': 'Échanger par le dossier partagé',
    'Read the shared folder': 'Lire le dossier partagé',
    '{name} (weight {weight}): mean score': '{name} (pondération {weight}) : note moyenne',
}
