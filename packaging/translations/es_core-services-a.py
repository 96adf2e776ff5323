"""Spanish for the service layer's sentences converted in issue 16 (core-services-a): applications and
their lifecycle refusals, reviews and conflicts of interest, the registry, merging duplicates, terms of
office and their alerts, the renewal process, countries, undo and Check database."""

TRANSLATIONS = {
    # --- records that are gone, and common refusals
    "That application no longer exists (it may have been deleted or undone).":
        "Esa solicitud ya no existe (puede que se haya eliminado o deshecho).",
    "That record no longer exists (it may have been deleted or undone).":
        "Ese registro ya no existe (puede que se haya eliminado o deshecho).",
    "That person no longer exists (it may have been deleted or undone).":
        "Esa persona ya no existe (puede que se haya eliminado o deshecho).",
    "That renewal process no longer exists (it may have been deleted or undone).":
        "Ese proceso de renovación ya no existe (puede que se haya eliminado o deshecho).",
    "That checklist item no longer exists (it may have been deleted or undone).":
        "Ese elemento de la lista ya no existe (puede que se haya eliminado o deshecho).",
    "That succession entry no longer exists (it may have been deleted or undone).":
        "Esa entrada de sucesión ya no existe (puede que se haya eliminado o deshecho).",
    "That criterion no longer exists (it may have been deleted or undone).":
        "Ese criterio ya no existe (puede que se haya eliminado o deshecho).",
    "That reviewer no longer exists (it may have been deleted or undone).":
        "Ese evaluador ya no existe (puede que se haya eliminado o deshecho).",
    "That declared conflict no longer exists (it may have been deleted or undone).":
        "Ese conflicto declarado ya no existe (puede que se haya eliminado o deshecho).",
    "There is no programme with the code '{code}'.": "No hay ningún programa con el código “{code}”.",
    "There is no programme with the code '{code}'; the codes are {codes}.":
        "No hay ningún programa con el código “{code}”; los códigos son {codes}.",
    "There is no country with the code '{code}'.": "No hay ningún país con el código “{code}”.",
    "'{role}' is not a role.": "“{role}” no es un rol.",
    "Cannot sort by '{key}'.": "No se puede ordenar por “{key}”.",
    "{name} is {size} MB; attachments can be at most {limit} MB.":
        "{name} ocupa {size} MB; un adjunto puede ocupar como máximo {limit} MB.",
    "{first} or {last}": "{first} o {last}",

    # --- applications
    "A work-stream cannot contain a semicolon ('{value}'); enter each one separately.":
        "Una línea de trabajo no puede contener punto y coma (“{value}”); escriba cada una por separado.",
    "A priority sector cannot contain a semicolon ('{value}'); enter each one separately.":
        "Un sector prioritario no puede contener punto y coma (“{value}”); escriba cada uno por separado.",
    "'{kind}' is not a kind of contribution (financial, in_kind or staff_time).":
        "“{kind}” no es un tipo de contribución (financial, in_kind o staff_time).",
    "The representative no longer exists.": "El representante ya no existe.",
    "The alternate no longer exists.": "El suplente ya no existe.",
    "The representative, {person}, does not belong to {organisation}.":
        "El representante, {person}, no pertenece a {organisation}.",
    "The alternate, {person}, does not belong to {organisation}.": "El suplente, {person}, no pertenece a {organisation}.",
    "{name} was merged into {target}; choose that one.": "{name} se fusionó con {target}; elija esa.",
    "another record": "otro registro",
    "{programme} no longer takes applications.": "{programme} ya no recibe solicitudes.",
    "The call '{title}' is not for co-leads of {code}.": "La convocatoria “{title}” no es para co-líderes de {code}.",
    "The call '{title}' is not for core partners of {code}.":
        "La convocatoria “{title}” no es para socios principales de {code}.",
    "The call '{title}' is not for network members of {code}.":
        "La convocatoria “{title}” no es para miembros de la red de {code}.",
    "A co-lead application answers a call; choose the call.":
        "Una solicitud de co-líder responde a una convocatoria; elija la convocatoria.",
    "A core partner application answers a call; choose the call.":
        "Una solicitud de socio principal responde a una convocatoria; elija la convocatoria.",
    "{name} is already an active {role} of {code}.": "{name} ya es {role} activo de {code}.",
    "{name} already has an open application to be a {role} of {code}.":
        "{name} ya tiene una solicitud abierta para ser {role} de {code}.",
    "Recorded by hand.": "Registrada a mano.",
    "A {status} application cannot be edited; reopen it first.":
        "Una solicitud en estado “{status}” no se puede editar; reábrala primero.",
    "A {status} application cannot be screened; reopen it first.":
        "Una solicitud en estado “{status}” no se puede preseleccionar; reábrala primero.",
    "A {status} application cannot change; reopen it first.":
        "Una solicitud en estado “{status}” no puede cambiar; reábrala primero.",
    "The checklist has '{item}' twice.": "La lista de comprobación tiene “{item}” dos veces.",
    "The MAC's opinion is recorded while an application is under review or waiting for it; this one is {status}.":
        "La opinión del MAC se registra mientras una solicitud está en revisión o a la espera de ella; esta está en "
        "estado “{status}”.",
    "An application that was just received": "Una solicitud recién recibida",
    "An application in screening": "Una solicitud en preselección",
    "An application under review": "Una solicitud en revisión",
    "An application waiting for the MAC's opinion": "Una solicitud a la espera de la opinión del MAC",
    "An application that was accepted": "Una solicitud aceptada",
    "An application that was not accepted": "Una solicitud no aceptada",
    "An application that was withdrawn": "Una solicitud retirada",
    "The application is already received.": "La solicitud ya está recibida.",
    "The application is already in screening.": "La solicitud ya está en preselección.",
    "The application is already under review.": "La solicitud ya está en revisión.",
    "The application is already waiting for the MAC's opinion.": "La solicitud ya está a la espera de la opinión del MAC.",
    "The application is already accepted.": "La solicitud ya está aceptada.",
    "The application is already not accepted.": "La solicitud ya está no aceptada.",
    "The application is already withdrawn.": "La solicitud ya está retirada.",
    "{subject} can only be reopened, to Screening or Under review, with a reason; it cannot move to {status} directly.":
        "{subject} solo puede reabrirse, a preselección o revisión, con un motivo; no puede pasar directamente a "
        "“{status}”.",
    "{subject} cannot go back to {status}.": "{subject} no puede volver a “{status}”.",
    "{subject} cannot move to {status}; it can move to {choices}.":
        "{subject} no puede pasar a “{status}”; puede pasar a {choices}.",
    "Reopening an application needs a reason.": "Reabrir una solicitud requiere un motivo.",
    "Withdrawing an application needs a reason.": "Retirar una solicitud requiere un motivo.",
    "Not accepting an application needs a rationale.": "No aceptar una solicitud requiere una justificación.",
    "The screening checklist is not complete ({items}); tick the items, or give a reason to override it.":
        "La lista de comprobación de la preselección no está completa ({items}); marque los elementos o dé un motivo "
        "para omitirla.",
    "Screening checklist overridden: {reason} (not done: {items}).":
        "Lista de comprobación de la preselección omitida: {reason} (sin hacer: {items}).",
    "'{status}' is not an application status.": "“{status}” no es un estado de solicitud.",
    "{name} has another open application to be a {role} of {code}; this one cannot be reopened beside it.":
        "{name} tiene otra solicitud abierta para ser {role} de {code}; esta no puede reabrirse junto a ella.",
    "Accepting this application made {name} a {role} of {code}; end that membership first, or reopen and end it, "
    "so the history stays true.":
        "Aceptar esta solicitud hizo de {name} un {role} de {code}; termine primero esa membresía, o reábrala y "
        "termínela, para que el historial siga siendo fiel.",
    "application reopened: {reason}": "solicitud reabierta: {reason}",

    # --- reviews
    "A weight is a number above 0 and at most {limit}.": "Un peso es un número mayor que 0 y como máximo {limit}.",
    "The call already has a criterion named '{name}'.": "La convocatoria ya tiene un criterio llamado “{name}”.",
    "'{name}' already has {count} score; remove those scores first, or change its weight instead.":
        "“{name}” ya tiene {count} puntuación; elimínela primero, o cambie su peso en su lugar.",
    "'{name}' already has {count} scores; remove those scores first, or change its weight instead.":
        "“{name}” ya tiene {count} puntuaciones; elimínelas primero, o cambie su peso en su lugar.",
    "{reviewer} cannot score this incumbent: they work for the incumbent, {name}.":
        "{reviewer} no puede puntuar a este titular: trabaja para el titular, {name}.",
    "{reviewer} cannot score this incumbent: their organisation, {theirs}, is a parent organisation of the "
    "incumbent, {name}.":
        "{reviewer} no puede puntuar a este titular: su organización, {theirs}, es una organización matriz del "
        "titular, {name}.",
    "{reviewer} cannot score this incumbent: their organisation, {theirs}, is part of the incumbent, {name}.":
        "{reviewer} no puede puntuar a este titular: su organización, {theirs}, forma parte del titular, {name}.",
    "{reviewer} cannot score this incumbent: their organisation, {theirs}, and the incumbent, {name}, belong to "
    "the same parent organisation, {parent}.":
        "{reviewer} no puede puntuar a este titular: su organización, {theirs}, y el titular, {name}, pertenecen a "
        "la misma organización matriz, {parent}.",
    "{reviewer} cannot score this application: they work for the applicant, {name}.":
        "{reviewer} no puede puntuar esta solicitud: trabaja para el solicitante, {name}.",
    "{reviewer} cannot score this application: their organisation, {theirs}, is a parent organisation of the "
    "applicant, {name}.":
        "{reviewer} no puede puntuar esta solicitud: su organización, {theirs}, es una organización matriz del "
        "solicitante, {name}.",
    "{reviewer} cannot score this application: their organisation, {theirs}, is part of the applicant, {name}.":
        "{reviewer} no puede puntuar esta solicitud: su organización, {theirs}, forma parte del solicitante, {name}.",
    "{reviewer} cannot score this application: their organisation, {theirs}, and the applicant, {name}, belong "
    "to the same parent organisation, {parent}.":
        "{reviewer} no puede puntuar esta solicitud: su organización, {theirs}, y el solicitante, {name}, pertenecen "
        "a la misma organización matriz, {parent}.",
    "{reviewer} declared a conflict of interest with this application on {day}: {reason}.":
        "{reviewer} declaró un conflicto de intereses con esta solicitud el {day}: {reason}.",
    "{reviewer} declared a conflict of interest with this application on {day}.":
        "{reviewer} declaró un conflicto de intereses con esta solicitud el {day}.",
    "{reviewer} has already declared a conflict of interest with this application.":
        "{reviewer} ya declaró un conflicto de intereses con esta solicitud.",
    "Scores are recorded while an application is under review or waiting for the MAC's opinion; this one is "
    "{status}.":
        "Las puntuaciones se registran mientras una solicitud está en revisión o a la espera de la opinión del MAC; "
        "esta está en estado “{status}”.",
    "'{name}' is a criterion of another call.": "“{name}” es un criterio de otra convocatoria.",
    "A score is a number from {low} to {high}.": "Una puntuación es un número de {low} a {high}.",

    # --- the registry
    "'{value}' is not a stakeholder cluster.": "“{value}” no es un grupo de partes interesadas.",
    "{name} was changed since you opened it; reopen it to see the latest version.":
        "{name} cambió desde que la abrió; vuelva a abrirla para ver la última versión.",
    "{name} has memberships; end them instead, so the history is kept.":
        "{name} tiene membresías; termínelas en su lugar, para conservar el historial.",
    "{name} has applications; it cannot be deleted.": "{name} tiene solicitudes; no se puede eliminar.",
    "{name} is the parent of other organisations; change those first.":
        "{name} es la organización matriz de otras organizaciones; cambie esas primero.",
    "'{email}' is not an e-mail address.": "“{email}” no es una dirección de correo electrónico.",
    "'{value}' is not one of the gender options.": "“{value}” no es una de las opciones de género.",
    "{name} represents a membership; name someone else there first.":
        "{name} representa una membresía; designe primero a otra persona.",
    "The organisation is already an active {role} of {code}.": "La organización ya es {role} activo de {code}.",
    "Ended {day}: {reason}": "Terminada el {day}: {reason}",

    # --- merging duplicates
    "its other name '{theirs}' is the same as '{text}'": "su otro nombre “{theirs}” es el mismo que “{text}”",
    "the same name": "el mismo nombre",
    "the same name once case, accents, punctuation and legal form are set aside ('{text}')":
        "el mismo nombre sin tener en cuenta mayúsculas, acentos, puntuación ni forma jurídica (“{text}”)",
    "its name is the same as the other name '{text}'": "su nombre es el mismo que el otro nombre “{text}”",
    "{reason}, in the same country": "{reason}, en el mismo país",
    "{reason}, but in another country ({country})": "{reason}, pero en otro país ({country})",
    "the same acronym {acronym}": "la misma sigla {acronym}",
    "the acronym {acronym} matches the initials of {name}": "la sigla {acronym} coincide con las iniciales de {name}",
    "its acronym {acronym} matches the initials of {name}": "su sigla {acronym} coincide con las iniciales de {name}",
    "the same website domain {domain}": "el mismo dominio de sitio web {domain}",
    "its people's e-mail addresses are at {domain}, the website's domain":
        "las direcciones de correo de sus personas están en {domain}, el dominio del sitio web",
    "its people's e-mail addresses are at {domain} too": "las direcciones de correo de sus personas también están en {domain}",
    "the e-mail domain {domain} is its website's domain": "el dominio de correo {domain} es el de su sitio web",
    "{name} was itself merged into another organisation; merge into that one instead.":
        "{name} ya se fusionó con otra organización; fusione con esa en su lugar.",
    "{name} has already been merged into another organisation.": "{name} ya se fusionó con otra organización.",
    "Both organisations had an active membership in the same programme and role; both are kept, so end the one "
    "that is no longer right.":
        "Las dos organizaciones tenían una membresía activa en el mismo programa y rol; se conservan ambas, así que "
        "termine la que ya no sea correcta.",

    # --- terms of office and their alerts
    "An organisation without a name": "Una organización sin nombre",
    "{organisation}, {role} of {programme}, is holding over: its term ended on {day} ({days} day ago) and no "
    "successor has been appointed.":
        "{organisation}, {role} de {programme}, está en prórroga: su mandato terminó el {day} (hace {days} día) y "
        "no se ha nombrado sucesor.",
    "{organisation}, {role} of {programme}, is holding over: its term ended on {day} ({days} days ago) and no "
    "successor has been appointed.":
        "{organisation}, {role} de {programme}, está en prórroga: su mandato terminó el {day} (hace {days} días) y "
        "no se ha nombrado sucesor.",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} day (less than 3 months).":
        "{organisation}, {role} de {programme}, termina su mandato el {day}, dentro de {days} día (menos de 3 meses).",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} days (less than 3 months).":
        "{organisation}, {role} de {programme}, termina su mandato el {day}, dentro de {days} días (menos de 3 meses).",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} day (less than 6 months).":
        "{organisation}, {role} de {programme}, termina su mandato el {day}, dentro de {days} día (menos de 6 meses).",
    "{organisation}, {role} of {programme}, ends its term on {day}, in {days} days (less than 6 months).":
        "{organisation}, {role} de {programme}, termina su mandato el {day}, dentro de {days} días (menos de 6 meses).",

    # --- the renewal process
    "{what} is needed.": "{what}: es obligatorio.",
    "{what} is longer than {limit} characters.": "{what}: supera los {limit} caracteres.",
    "The call '{title}' is a call of another programme, not of {code}.":
        "La convocatoria “{title}” es de otro programa, no de {code}.",
    "The call '{title}' is not a call for co-leads.": "La convocatoria “{title}” no es una convocatoria de co-líderes.",
    "{programme} is a former programme; a leadership renewal process cannot be opened for it.":
        "{programme} es un programa anterior; no se puede abrir un proceso de renovación del liderazgo para él.",
    "A title for the renewal process": "Un título para el proceso de renovación",
    "{code} already has a renewal process under way ({title}); finish its four steps before opening another.":
        "{code} ya tiene un proceso de renovación en curso ({title}); termine sus cuatro pasos antes de abrir otro.",
    "Step {number} of this renewal process no longer exists.": "El paso {number} de este proceso de renovación ya no existe.",
    "The planned end cannot come before its start.": "El fin previsto no puede ser anterior al inicio previsto.",
    "The actual end cannot come before its start.": "El fin real no puede ser anterior al inicio real.",
    "Step {number} was changed since you opened it; reload it to see the latest version.":
        "El paso {number} cambió desde que lo abrió; vuelva a cargarlo para ver la última versión.",
    "Step {number} is not done, so it has no actual end yet; close it instead.":
        "El paso {number} no está terminado, así que aún no tiene fin real; ciérrelo en su lugar.",
    "Who is responsible": "El responsable",
    "Step {number} is already in progress.": "El paso {number} ya está en curso.",
    "Step {number} is done; reopen it (with a reason) to work on it again.":
        "El paso {number} está terminado; reábralo (con un motivo) para volver a trabajar en él.",
    "Step {number} started on {day}; it cannot be closed before that.":
        "El paso {number} empezó el {day}; no puede cerrarse antes de esa fecha.",
    "Step {number} is not done, so there is nothing to reopen.":
        "El paso {number} no está terminado, así que no hay nada que reabrir.",
    "Reopened on {day} by {who}: {why}": "Reabierto el {day} por {who}: {why}",
    "Succession is planned for the years {first} to {last}.": "La sucesión se planifica para los años {first} a {last}.",
    "The name": "El nombre",
    "{name} is already planned as {role} in {year}.": "{name} ya está prevista como {role} en {year}.",
    "'{name}' is not a criterion of this renewal process.": "“{name}” no es un criterio de este proceso de renovación.",
    "'{name}' already has {count} score of incumbents; remove those scores first, or change its weight instead.":
        "“{name}” ya tiene {count} puntuación de titulares; elimínela primero, o cambie su peso en su lugar.",
    "'{name}' already has {count} scores of incumbents; remove those scores first, or change its weight instead.":
        "“{name}” ya tiene {count} puntuaciones de titulares; elimínelas primero, o cambie su peso en su lugar.",
    "Seeking renewal": "Solicita la renovación",

    # --- countries
    "'{code}' is not a UN regional group; choose {groups} or no group.":
        "“{code}” no es un grupo regional de la ONU; elija {groups} o ningún grupo.",
    "Count {name} in {group}": "Contar {name} en {group}",
    "Count {name} in no regional group": "Contar {name} en ningún grupo regional",

    # --- undo and the audit trail
    "A change was written outside a desk operation; it would escape the audit trail.":
        "Se escribió un cambio fuera de una operación de la secretaría; escaparía al registro de auditoría.",
    "This cannot be undone or redone: a record it refers to was deleted since, in an exchange with another laptop.":
        "Esto no se puede deshacer ni rehacer: un registro al que se refiere se eliminó después, en un intercambio con "
        "otro portátil.",

    # --- Check database
    "organisation": "organización",
    "other name of an organisation": "otro nombre de una organización",
    "other names of organisations": "otros nombres de organizaciones",
    "person": "persona",
    "people": "personas",
    "membership": "membresía",
    "memberships": "membresías",
    "review": "evaluación",
    "reviews": "evaluaciones",
    "call": "convocatoria",
    "calls": "convocatorias",
    "evaluation criterion": "criterio de evaluación",
    "evaluation criteria": "criterios de evaluación",
    "programmes": "programas",
    "countries": "países",
    "history entry": "entrada del historial",
    "history entries": "entradas del historial",
    "record of {table}": "registro de {table}",
    "records of {table}": "registros de {table}",
    "an organisation": "una organización",
    "a person": "una persona",
    "a membership": "una membresía",
    "an application": "una solicitud",
    "a call": "una convocatoria",
    "an evaluation criterion": "un criterio de evaluación",
    "a programme": "un programa",
    "a country": "un país",
    "a renewal process": "un proceso de renovación",
    "unknown role": "rol desconocido",
    "an organisation without a name": "una organización sin nombre",
    "loops of parent organisations": "bucles de organizaciones matrices",
    "review scores": "puntuaciones de evaluación",
    "reviewers": "evaluadores",
    "candidates": "candidatos",
    "There is {count} more {what} with the same problem.": "Hay {count} caso más ({what}) con el mismo problema.",
    "There are {count} more {what} with the same problem.": "Hay {count} casos más ({what}) con el mismo problema.",
    "SQLite found damage in the database file ({detail}); restore a recent backup (File > Restore from backup…) "
    "before making more changes.":
        "SQLite encontró daños en el archivo de la base de datos ({detail}); restaure una copia de seguridad reciente "
        "(Archivo > Restaurar una copia de seguridad…) antes de hacer más cambios.",
    "One {one} refers to {target} that no longer exists.": "Un registro ({one}) remite a {target} que ya no existe.",
    "{count} {many} refer to {target} that no longer exists.": "{count} registros ({many}) remiten a {target} que ya no existe.",
    "The database does not record its schema version, so OPN Desk cannot tell whether it is up to date.":
        "La base de datos no registra la versión de su esquema, así que OPN Desk no puede saber si está al día.",
    "The database's schema version is {shown}, but this version of OPN Desk expects {head}.":
        "La versión del esquema de la base de datos es {shown}, pero esta versión de OPN Desk espera {head}.",
    "The {role} membership of {organisation} in {code} ends ({end}) before it starts ({start}).":
        "La membresía de {organisation} como {role} en {code} termina ({end}) antes de empezar ({start}).",
    "{organisation} has {count} active {role} memberships in {code}; end all but one of them.":
        "{organisation} tiene {count} membresías activas como {role} en {code}; termine todas menos una.",
    "The active {role} membership of {organisation} in {code} has no end date; co-leads and core partners serve "
    "for a fixed term.":
        "La membresía activa de {organisation} como {role} en {code} no tiene fecha de fin; los co-líderes y los "
        "socios principales tienen un mandato fijo.",
    "The representative of {organisation}'s {role} membership in {code}, {person}, belongs to {other}, not to "
    "{organisation}.":
        "El representante de la membresía de {organisation} como {role} en {code}, {person}, pertenece a {other}, "
        "no a {organisation}.",
    "The representative of {organisation}'s {role} membership in {code}, {person}, is not a person of "
    "{organisation}.":
        "El representante de la membresía de {organisation} como {role} en {code}, {person}, no es una persona de "
        "{organisation}.",
    "The alternate of {organisation}'s {role} membership in {code}, {person}, belongs to {other}, not to "
    "{organisation}.":
        "El suplente de la membresía de {organisation} como {role} en {code}, {person}, pertenece a {other}, no a "
        "{organisation}.",
    "The alternate of {organisation}'s {role} membership in {code}, {person}, is not a person of {organisation}.":
        "El suplente de la membresía de {organisation} como {role} en {code}, {person}, no es una persona de "
        "{organisation}.",
    "{organisation} is recorded as its own parent organisation; remove the parent.":
        "{organisation} figura como su propia organización matriz; quite la organización matriz.",
    "The parent organisations of {first} and {last} go round in a loop; change one of the parents.":
        "Las organizaciones matrices de {first} y {last} forman un bucle; cambie una de ellas.",
    "{organisation} cannot be found by searching because its search text is empty; open it and save it again.":
        "{organisation} no se encuentra al buscar porque su texto de búsqueda está vacío; ábrala y vuelva a guardarla.",
    "The e-mail address of {person} ({organisation}), '{email}', is not a valid e-mail address.":
        "La dirección de correo de {person} ({organisation}), “{email}”, no es una dirección válida.",
    "The e-mail address of {person}, '{email}', is not a valid e-mail address.":
        "La dirección de correo de {person}, “{email}”, no es una dirección válida.",
    "{application} is marked {status} but has no decision date.":
        "{application} está marcada como “{status}” pero no tiene fecha de decisión.",
    "{application} was not accepted but no reason is recorded.":
        "{application} no fue aceptada pero no se registró ningún motivo.",
    "A review of the application of {organisation} to {code} on {criterion} gives the score {score}, outside the "
    "scale of 0 to 5.":
        "Una evaluación de la solicitud de {organisation} a {code} sobre {criterion} da la puntuación {score}, fuera "
        "de la escala de 0 a 5.",
    "A review of the application of {organisation} to {code} gives the score {score}, outside the scale of 0 to 5.":
        "Una evaluación de la solicitud de {organisation} a {code} da la puntuación {score}, fuera de la escala de 0 "
        "a 5.",
    "A review of the application of {organisation} to {code} on {criterion} has no score; scores run from 0 to 5.":
        "Una evaluación de la solicitud de {organisation} a {code} sobre {criterion} no tiene puntuación; las "
        "puntuaciones van de 0 a 5.",
    "A review of the application of {organisation} to {code} has no score; scores run from 0 to 5.":
        "Una evaluación de la solicitud de {organisation} a {code} no tiene puntuación; las puntuaciones van de 0 a 5.",
    "the application of {organisation} to be a {role} of {code}": "la solicitud de {organisation} para ser {role} de {code}",
    "The application of {organisation} to be a {role} of {code}": "La solicitud de {organisation} para ser {role} de {code}",
    "{application} was accepted on {day}, but {organisation} has no membership from it; add the {role} "
    "membership, or reopen the application and accept it again.":
        "{application} fue aceptada el {day}, pero {organisation} no tiene la membresía que resulta de ella; añada la "
        "membresía como {role}, o reabra la solicitud y vuelva a aceptarla.",
    "{application} was accepted, but {organisation} has no membership from it; add the {role} membership, or "
    "reopen the application and accept it again.":
        "{application} fue aceptada, pero {organisation} no tiene la membresía que resulta de ella; añada la "
        "membresía como {role}, o reabra la solicitud y vuelva a aceptarla.",
    "{organisation} is an active {role} of {code} through an application that is no longer accepted (it is "
    "{status}); end the membership, or accept the application again.":
        "{organisation} es {role} activo de {code} por una solicitud que ya no está aceptada (está en estado "
        "“{status}”); termine la membresía, o vuelva a aceptar la solicitud.",
    "{application} is {status}, but its decision says {decision}; reopen it and decide it again.":
        "{application} está en estado “{status}”, pero su decisión dice “{decision}”; reábrala y vuelva a decidir.",
    "{application} is {status}, but no decision is recorded; reopen it and decide it again.":
        "{application} está en estado “{status}”, pero no se registró ninguna decisión; reábrala y vuelva a decidir.",
    "{application} was decided ({status}) before it was received.":
        "{application} se decidió (“{status}”) antes de recibirse.",
    "{application} is {status}, but the last step in its history is {last}; move it through the desk so its "
    "history stays true.":
        "{application} está en estado “{status}”, pero el último paso de su historial es “{last}”; hágala avanzar por "
        "la secretaría para que su historial siga siendo fiel.",
    "{person} scored {application} but belongs to {organisation} itself, a conflict of interest; remove those "
    "scores.":
        "{person} puntuó {application} pero pertenece a la propia {organisation}, un conflicto de intereses; elimine "
        "esas puntuaciones.",
    "{organisation} is proposed for the leadership in {title}, but its application is {status}; take it out of "
    "the proposed leadership.":
        "{organisation} está propuesta para el liderazgo en {title}, pero su solicitud está en estado “{status}”; "
        "quítela del liderazgo propuesto.",
    "{organisation} is proposed for the leadership in {title}, but has not said it seeks renewal; record that it "
    "does, or take it out of the proposed leadership.":
        "{organisation} está propuesta para el liderazgo en {title}, pero no ha dicho que solicita la renovación; "
        "regístrelo, o quítela del liderazgo propuesto.",
    "The representative named in {application}, {person}, belongs to {other}, not to {organisation}.":
        "El representante nombrado en {application}, {person}, pertenece a {other}, no a {organisation}.",
    "The representative named in {application}, {person}, is not a person of {organisation}.":
        "El representante nombrado en {application}, {person}, no es una persona de {organisation}.",
    "The alternate named in {application}, {person}, belongs to {other}, not to {organisation}.":
        "El suplente nombrado en {application}, {person}, pertenece a {other}, no a {organisation}.",
    "The alternate named in {application}, {person}, is not a person of {organisation}.":
        "El suplente nombrado en {application}, {person}, no es una persona de {organisation}.",
    "The country {name} has the regional group '{code}', which is not one of {codes}; choose one of them or no "
    "group.":
        "El país {name} tiene el grupo regional “{code}”, que no es ninguno de {codes}; elija uno de ellos o ningún "
        "grupo.",
}
