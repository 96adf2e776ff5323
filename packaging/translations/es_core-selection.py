"""OPN Desk: Spanish for the core selection, the selection round, the desk settings and the domain's
sentences (issue 16; packaging/update_translations.py merges this with es.py). Keys: the English source text."""

TRANSLATIONS = {
    "Country code (ISO3)":
        "Código del país (ISO3)",
    "Incumbent core partner":
        "Socio principal saliente",
    "Parent organisation (family)":
        "Organización matriz (familia)",
    "First priority sector":
        "Primer sector prioritario",
    "Priority sector: {sector}":
        "Sector prioritario: {sector}",
    "{name}: {count} ({bounds}).":
        "{name}: {count} ({bounds}).",
    "{name}: {count}.":
        "{name}: {count}.",
    "{name}: {parts}.":
        "{name}: {parts}.",
    "{attribute}: {value}":
        "{attribute}: {value}",
    "{where}: {reason}.":
        "{where}: {reason}.",
    "UN regional group":
        "grupo regional de las Naciones Unidas",
    "stakeholder cluster":
        "grupo de partes interesadas",
    "representative's gender":
        "género del representante",
    "incumbency":
        "mandato en curso",
    "parent organisation":
        "organización matriz",
    "country":
        "país",
    "least developed country":
        "país menos adelantado",
    "no group":
        "ningún grupo",
    "{count} seat":
        "{count} puesto",
    "{count} seats":
        "{count} puestos",
    "no {attribute}":
        "sin {attribute}",
    "a candidate needs an id":
        "un candidato necesita un identificador",
    "a rule needs an attribute":
        "una regla necesita un atributo",
    "a per_value rule applies to each value of the attribute; leave out value":
        "una regla per_value se aplica a cada valor del atributo; omita value",
    "a rule needs min, max, min_share or max_share":
        "una regla necesita min, max, min_share o max_share",
    "give min or min_share, not both":
        "indique min o min_share, no ambos",
    "give max or max_share, not both":
        "indique max o max_share, no ambos",
    "{count} other candidate":
        "{count} otro candidato",
    "{count} other candidates":
        "{count} otros candidatos",
    "{attribute} (each value)":
        "{attribute} (cada valor)",
    "the score of {id} is not a finite number":
        "la puntuación de {id} no es un número finito",
    "the rule on {attribute} needs a value (use value = \"\" for no group)":
        "la regla sobre {attribute} necesita un valor (use value = \"\" para ningún grupo)",
    "min {min} is above max {max}":
        "min {min} es mayor que max {max}",
    "min_share {min} is above max_share {max}":
        "min_share {min} es mayor que max_share {max}",
    "priority {priority} must be a number above 0":
        "priority {priority} debe ser un número mayor que 0",
    "seats must be a whole number of at least 1, not {seats}":
        "seats debe ser un número entero de al menos 1, no {seats}",
    "the pinned id {id} is not in the pool":
        "el identificador fijado {id} no está en el grupo de candidatos",
    "{id} is not in the pool":
        "{id} no está en el grupo de candidatos",
    "{key} {count} is negative":
        "{key} {count} es negativo",
    "{key} {share} is not a share between 0 and 1":
        "{key} {share} no es una proporción entre 0 y 1",
    "the id {id} appears twice":
        "el identificador {id} aparece dos veces",
    "the solver stopped without an answer ({status})":
        "el solucionador se detuvo sin respuesta ({status})",
    "a comparison needs at least two slates":
        "una comparación necesita al menos dos listas",
    "Selected:":
        "Seleccionados:",
    "Rules (count; bounds; state):":
        "Reglas (recuento; límites; estado):",
    "at the edge":
        "al límite",
    "broken":
        "incumplida",
    "Best slate: {picked} of {pool} candidates for {seats}, total score {score}.":
        "Mejor lista: {picked} de {pool} candidatos para {seats}, puntuación total {score}.",
    "The rules cannot all be met with {seats}.":
        "Las reglas no pueden cumplirse todas con {seats}.",
    "Closest workable slate:":
        "Lista viable más cercana:",
    "{name}: at least {bound} asked, the closest slate has {count}":
        "{name}: se pide al menos {bound}, la lista más cercana tiene {count}",
    "{name}: at most {bound} asked, the closest slate has {count}":
        "{name}: se pide como máximo {bound}, la lista más cercana tiene {count}",
    "seats must be at least 1, not {seats}":
        "el número de puestos debe ser al menos 1, no {seats}",
    "the incumbents' bounds {bounds} go beyond the {seats} seats":
        "los límites de los titulares {bounds} superan los {seats} puestos",
    "{names} and {count} more":
        "{names} y {count} más",
    "Seats: {picked} of {seats} filled.":
        "Puestos: {picked} de {seats} ocupados.",
    "{name}: {count}, needs at least {low}: only {names}.":
        "{name}: {count}, necesita al menos {low}: solo {names}.",
    "{name}: {count}, needs at least {low}: none picked.":
        "{name}: {count}, necesita al menos {low}: ninguno elegido.",
    "Seats: {picked} of {seats} filled, {left} to go.":
        "Puestos: {picked} de {seats} ocupados, faltan {left}.",
    "Seats: {picked} picked for {seats} seats, {over} too many.":
        "Puestos: {picked} elegidos para {seats} puestos, {over} de más.",
    "{name}: {count}, at most {high} allowed: {names}.":
        "{name}: {count}, como máximo {high} permitidos: {names}.",
    "With {who} in, the best slate scores {score}, {lost} less than the optimum {best}: {joins} in for {leaves}.":
        "Con {who} dentro, la mejor lista obtiene {score}, {lost} menos que el óptimo {best}: entra(n) {joins} en lugar de {leaves}.",
    "With {who} in, the best slate scores {score}, {lost} more than the optimum {best}: {joins} in for {leaves}.":
        "Con {who} dentro, la mejor lista obtiene {score}, {lost} más que el óptimo {best}: entra(n) {joins} en lugar de {leaves}.",
    "{who} is pinned out (the pin is lifted for this answer). ":
        "{who} está fijado fuera (la fijación se levanta para esta respuesta). ",
    "{who} cannot join: the pinned-in candidates already fill the {seats}.":
        "{who} no puede entrar: los candidatos fijados dentro ya ocupan los {seats}.",
    "{who} cannot join: too few candidates can be chosen for the {seats}.":
        "{who} no puede entrar: se pueden elegir demasiado pocos candidatos para los {seats}.",
    "{who} is already in the best slate.":
        "{who} ya está en la mejor lista.",
    "{who} could join at no cost in score (the best slate with {who} also scores {score}); the tie-break by id order preferred the other slate.":
        "{who} podría entrar sin coste en la puntuación (la mejor lista con {who} también obtiene {score}); el desempate por orden de identificador prefirió la otra lista.",
    "{who} cannot join without breaking these rules together: {rules}.":
        "{who} no puede entrar sin incumplir juntas estas reglas: {rules}.",
    "A slate with {who} meets every rule; without {who}, none does.":
        "Una lista con {who} cumple todas las reglas; sin {who}, ninguna lo hace.",
    "the file is empty; the first line must name the columns, including id":
        "el archivo está vacío; la primera línea debe nombrar las columnas, incluida id",
    "there are no candidates below the first line":
        "no hay candidatos debajo de la primera línea",
    "there is no 'id' column":
        "no hay columna «id»",
    "the id is empty":
        "el identificador está vacío",
    "a rule needs attribute = \"…\", a column of the pool":
        "una regla necesita attribute = \"…\", una columna del grupo de candidatos",
    "a pin needs id = \"…\", an id of the pool":
        "una fijación necesita id = \"…\", un identificador del grupo de candidatos",
    "a pin needs selected = true or selected = false":
        "una fijación necesita selected = true o selected = false",
    "the number of seats is missing (add seats = N, or give --seats N)":
        "falta el número de puestos (añada seats = N, o indique --seats N)",
    "{path}, line {line}":
        "{path}, línea {line}",
    "there is no such file":
        "no existe ese archivo",
    "this is a folder, not a file":
        "es una carpeta, no un archivo",
    "the file cannot be read (permission denied)":
        "no se puede leer el archivo (permiso denegado)",
    "the file is not UTF-8 text (save it as 'CSV UTF-8' or plain UTF-8)":
        "el archivo no es texto UTF-8 (guárdelo como «CSV UTF-8» o UTF-8 simple)",
    "{path}, at the end of the file: {reason}.":
        "{path}, al final del archivo: {reason}.",
    "{count} values, but the header names {columns} columns":
        "{count} valores, pero el encabezado nombra {columns} columnas",
    "id '{id}' already appears on line {line}":
        "el identificador «{id}» ya aparece en la línea {line}",
    "{path}, line {line}, column {column}: {reason}.":
        "{path}, línea {line}, columna {column}: {reason}.",
    "'{kind}' must be a list of tables, written [[{kind}]]":
        "«{kind}» debe ser una lista de tablas, escrita [[{kind}]]",
    "{key} must be a whole number, not {value}":
        "{key} debe ser un número entero, no {value}",
    "attribute '{attribute}' is not a column of the pool (columns: {columns})":
        "el atributo «{attribute}» no es una columna del grupo de candidatos (columnas: {columns})",
    "name must be text in quotes, not {value}":
        "name debe ser texto entre comillas, no {value}",
    "per_value must be true or false, not {value}":
        "per_value debe ser true o false, no {value}",
    "the file cannot be read ({reason})":
        "no se puede leer el archivo ({reason})",
    "the CSV cannot be read ({reason})":
        "no se puede leer el CSV ({reason})",
    "the column '{name}' appears twice":
        "la columna «{name}» aparece dos veces",
    "unknown key '{key}' (expected seats, [[rule]] or [[pin]])":
        "clave desconocida «{key}» (se espera seats, [[rule]] o [[pin]])",
    "pin id '{id}' is not in the pool":
        "el identificador fijado «{id}» no está en el grupo de candidatos",
    "id '{id}' is pinned twice":
        "el identificador «{id}» está fijado dos veces",
    "unknown key '{key}' in a rule (expected {keys})":
        "clave desconocida «{key}» en una regla (se espera {keys})",
    "none besides id and score":
        "ninguna aparte de id y score",
    "unknown key '{key}' in a pin (expected id and selected)":
        "clave desconocida «{key}» en una fijación (se espera id y selected)",
    "value '{value}' is in column {column}, which has no name":
        "el valor «{value}» está en la columna {column}, que no tiene nombre",
    "value must be text in quotes, not {value}":
        "value debe ser texto entre comillas, no {value}",
    "{key} must be a number, not {value}":
        "{key} debe ser un número, no {value}",
    "score '{value}' is not a number":
        "la puntuación «{value}» no es un número",
    "All the rules can be met together.":
        "Todas las reglas pueden cumplirse juntas.",
    "{rule} by {count} below its minimum":
        "{rule} en {count} por debajo de su mínimo",
    "{rule} by {count} above its maximum":
        "{rule} en {count} por encima de su máximo",
    "The closest workable slate relaxes {rules}; its total score is {score}.":
        "La lista viable más cercana relaja {rules}; su puntuación total es {score}.",
    "This rule cannot be met, whatever the other rules say: {rule}.":
        "Esta regla no puede cumplirse, digan lo que digan las demás reglas: {rule}.",
    "These rules cannot all be met together: {rules}.":
        "Estas reglas no pueden cumplirse todas juntas: {rules}.",
    "The rules conflict in {count} separate ways, so dropping a single rule cannot settle it: each conflict needs a change of its own.":
        "Las reglas entran en conflicto de {count} maneras distintas, así que suprimir una sola regla no puede resolverlo: cada conflicto necesita un cambio propio.",
    "Conflict {n}: this rule cannot be met, whatever the other rules say: {rule}.":
        "Conflicto {n}: esta regla no puede cumplirse, digan lo que digan las demás reglas: {rule}.",
    "Conflict {n}: these rules cannot all be met together: {rules}.":
        "Conflicto {n}: estas reglas no pueden cumplirse todas juntas: {rules}.",
    "{attribute} {value}":
        "{attribute} {value}",
    "{candidates} is pinned in, more than the {seats}.":
        "{candidates} está fijado dentro, más que los {seats}.",
    "{candidates} are pinned in, more than the {seats}.":
        "{candidates} están fijados dentro, más que los {seats}.",
    "Only {candidates} can be chosen ({out} pinned out), fewer than the {seats}.":
        "Solo se pueden elegir {candidates} ({out} fijados fuera), menos que los {seats}.",
    "Only {candidates} can be chosen, fewer than the {seats}.":
        "Solo se pueden elegir {candidates}, menos que los {seats}.",
    "{value} as their {attribute}":
        "{value} como {attribute}",
    " (others are pinned out)":
        " (otros están fijados fuera)",
    "{name}: needs at least {low}, but only {candidates} has {having}":
        "{name}: necesita al menos {low}, pero solo {candidates} tiene {having}",
    "{name}: needs at least {low}, but only {candidates} have {having}":
        "{name}: necesita al menos {low}, pero solo {candidates} tienen {having}",
    "{name}: needs at least {low} but allows at most {high} with {seats} (a minimum share rounds up, a maximum share rounds down).":
        "{name}: necesita al menos {low} pero permite como máximo {high} con {seats} (una proporción mínima se redondea hacia arriba, una máxima hacia abajo).",
    "{name}: needs at least {low}, more than the {seats}.":
        "{name}: necesita al menos {low}, más que los {seats}.",
    "{name}: at most {high}, but {count} pinned-in candidates have {having}: {names}.":
        "{name}: como máximo {high}, pero {count} candidatos fijados dentro tienen {having}: {names}.",
    "{need} needs at least {low} with {having}, but {cap} allows at most {high}.":
        "{need} necesita al menos {low} con {having}, pero {cap} permite como máximo {high}.",
    "{name} needs {count}":
        "{name} necesita {count}",
    "The minima for {attribute} add up to {total} ({parts}), more than the {seats}.":
        "Los mínimos para {attribute} suman {total} ({parts}), más que los {seats}.",
    "{name} at most {cap} of its {count} candidates":
        "{name} como máximo {cap} de sus {count} candidatos",
    "The maxima for {attribute} leave room for only {room} of the {seats}: {binding}; and {others}.":
        "Los máximos para {attribute} solo dejan lugar para {room} de los {seats}: {binding}; y {others}.",
    "Give either --pool and --rules, or --db and --call, not both.":
        "Indique --pool y --rules, o --db y --call, no ambos.",
    "--pool needs --rules RULES.toml too (the seats and the balance rules).":
        "--pool necesita también --rules RULES.toml (los puestos y las reglas de equilibrio).",
    "--rules needs --pool POOL.csv too (the candidates).":
        "--rules necesita también --pool POOL.csv (los candidatos).",
    "--db needs --call CALL too (the core-partner call's id or a part of its title).":
        "--db necesita también --call CONVOCATORIA (el identificador de la convocatoria de socios principales o una parte de su título).",
    "--call needs --db PATH too (the desk's database holding the selection round).":
        "--call necesita también --db RUTA (la base de datos de la secretaría que contiene la ronda de selección).",
    "Give --pool POOL.csv and --rules RULES.toml (the candidates, and the seats and rules).":
        "Indique --pool POOL.csv y --rules RULES.toml (los candidatos, y los puestos y las reglas).",
    "A stored round is read by the opn-desk command (opn_desk.commands.select).":
        "Una ronda guardada la lee el comando opn-desk (opn_desk.commands.select).",
    "The selection could not be worked out: {reason}.":
        "No se pudo calcular la selección: {reason}.",
    "The notes are longer than {limit} characters.":
        "Las notas superan los {limit} caracteres.",
    "{title} is a call for co-leads; selection rounds are for core-partner calls.":
        "{title} es una convocatoria de co-líderes; las rondas de selección son para convocatorias de socios principales.",
    "{title} is a call for network members; selection rounds are for core-partner calls.":
        "{title} es una convocatoria de miembros de la red; las rondas de selección son para convocatorias de socios principales.",
    "{name} applied to this call, so it is in the pool through its application and seeks renewal by applying; to leave it out of the slate, pin it out.":
        "{name} se presentó a esta convocatoria: está en el grupo de candidatos por su solicitud y solicita la renovación al presentarse; para dejarla fuera de la lista, fíjela fuera.",
    "{name} applied to this call, so it is in the pool through its application and its score is its application's review total; to leave it out of the slate, pin it out.":
        "{name} se presentó a esta convocatoria: está en el grupo de candidatos por su solicitud y su puntuación es el total de evaluación de su solicitud; para dejarla fuera de la lista, fíjela fuera.",
    "A scenario's name is longer than {limit} characters.":
        "El nombre de un escenario supera los {limit} caracteres.",
    "The scenario's notes are longer than {limit} characters.":
        "Las notas del escenario superan los {limit} caracteres.",
    "Rule {n}":
        "Regla {n}",
    "That call no longer exists (it may have been deleted or undone).":
        "Esa convocatoria ya no existe (puede haberse eliminado o deshecho).",
    "That programme no longer exists (it may have been deleted or undone).":
        "Ese programa ya no existe (puede haberse eliminado o deshecho).",
    "That scenario no longer exists (it may have been deleted or undone).":
        "Ese escenario ya no existe (puede haberse eliminado o deshecho).",
    "That organisation":
        "Esa organización",
    "{title} ({programme}, closes {closes}; id {id})":
        "{title} ({programme}, cierra el {closes}; identificador {id})",
    "Rule {n} ({name})":
        "Regla {n} ({name})",
    "There is no core-partner call {wanted}; the calls are: {calls}.":
        "No hay ninguna convocatoria de socios principales {wanted}; las convocatorias son: {calls}.",
    "{rule}: {key} must be a whole number, not {value}.":
        "{rule}: {key} debe ser un número entero, no {value}.",
    "{rule}: {key} must be a number, not {value}.":
        "{rule}: {key} debe ser un número, no {value}.",
    "The number of seats is a whole number from 1 to {max}.":
        "El número de puestos es un número entero de 1 a {max}.",
    "{count} core-partner calls match {wanted}: {calls}; give more of the title, or the id.":
        "{count} convocatorias de socios principales coinciden con {wanted}: {calls}; indique más del título, o el identificador.",
    "There is no call {wanted}: this database has no core-partner calls yet.":
        "No hay ninguna convocatoria {wanted}: esta base de datos aún no tiene convocatorias de socios principales.",
    "The pin of {name} must be in (true) or out (false).":
        "La fijación de {name} debe ser dentro (true) o fuera (false).",
    "{who} is not a core partner of {programme} in office on {day}, so it has no renewal to seek.":
        "{who} no es socio principal de {programme} en funciones el {day}, así que no tiene renovación que solicitar.",
    "{name} applied to this call and its application is {state}, so its renewal is decided through that application, not in the round.":
        "{name} se presentó a esta convocatoria y su solicitud está {state}, así que su renovación se decide por esa solicitud, no en la ronda.",
    "This round already has a scenario called {name}; choose another name, or delete that one first.":
        "Esta ronda ya tiene un escenario llamado {name}; elija otro nombre, o elimine primero ese.",
    "Rule {n} is not a rule (a table of attribute, value and bounds).":
        "La regla {n} no es una regla (una tabla de atributo, valor y límites).",
    "{rule}: unknown key {key} (expected {keys}).":
        "{rule}: clave desconocida {key} (se espera {keys}).",
    "{rule}: say which attribute the rule counts.":
        "{rule}: indique qué atributo cuenta la regla.",
    "{rule}: {attribute} is not an attribute of the candidates (they have {attributes} and 'sector: ' and a sector's name).":
        "{rule}: {attribute} no es un atributo de los candidatos (tienen {attributes} y «sector: » seguido del nombre de un sector).",
    "{rule}: per_value must be true or false.":
        "{rule}: per_value debe ser true o false.",
    "{rule}: the name must be text of at most 200 characters.":
        "{rule}: el nombre debe ser un texto de como máximo 200 caracteres.",
    "{key} is not a candidate in this round's pool (it may have left it: withdrawn, or no longer seeking renewal).":
        "{key} no es un candidato del grupo de candidatos de esta ronda (puede haberlo dejado: retirado, o ya no solicita la renovación).",
    "An incumbent's score is a number from {low} to {high}, like a weighted review total.":
        "La puntuación de un titular es un número de {low} a {high}, como un total de evaluación ponderado.",
    "{rule}: {reason}.":
        "{rule}: {reason}.",
    "{rule}: the value must be text.":
        "{rule}: el valor debe ser texto.",
    "A screening checklist can hold at most {limit} checks, not {count}.":
        "Una lista de comprobación de preselección admite como máximo {limit} comprobaciones, no {count}.",
    "{code} is not a programme code ({codes}).":
        "{code} no es un código de programa ({codes}).",
    "A letterhead has at most {limit} lines, not {count}.":
        "Un membrete tiene como máximo {limit} líneas, no {count}.",
    "A letterhead has at most {limit} characters; shorten it.":
        "Un membrete tiene como máximo {limit} caracteres; acórtelo.",
    "The waiting time is a whole number of days from {low} to {high}.":
        "El tiempo de espera es un número entero de días de {low} a {high}.",
    "{role} is not a role (co-lead, core partner or network member).":
        "{role} no es un rol (co-líder, socio principal o miembro de la red).",
    "The check \"{check}…\" is longer than {limit} characters; shorten it.":
        "La comprobación «{check}…» supera los {limit} caracteres; acórtela.",
    "role":
        "rol",
    "gender":
        "género",
    "application status":
        "estado de solicitud",
    "membership status":
        "estado de membresía",
    "organisation type":
        "tipo de organización",
    "kind of contribution":
        "tipo de contribución",
    "activity category":
        "categoría de actividad",
    "reporting status":
        "estado de informe",
    "kind of initiative":
        "tipo de iniciativa",
    "initiative status":
        "estado de iniciativa",
    "RAG rating":
        "calificación RAG",
    "programme":
        "programa",
    "kind of meeting":
        "tipo de reunión",
    "participation":
        "participación",
    "task status":
        "estado de tarea",
    "two {what} terms share a code":
        "dos términos de {what} comparten un código",
    "{code} is not a {what} code":
        "{code} no es un código de {what}",
    "{spelling} would be both {one} and {other} as a {what}":
        "{spelling} sería a la vez {one} y {other} como {what}",
    "A postponed task needs the reason for its postponement.":
        "Una tarea aplazada necesita el motivo de su aplazamiento.",
    "{status} is not a task status; the statuses are {labels}.":
        "{status} no es un estado de tarea; los estados son: {labels}.",
    "{value} is not an application status.":
        "{value} no es un estado de solicitud.",
    "A reminder {days} days from the deadline is more than a year away.":
        "Un recordatorio a {days} días del plazo está a más de un año.",
    "{value} is not a number of days (negative before the deadline, positive after it).":
        "{value} no es un número de días (negativo antes del plazo, positivo después).",
    "Step {number} cannot be closed before step {before} ({title}) is done; it is {state}. Close step {before} first, or give a reason to override the order.":
        "El paso {number} no puede cerrarse antes de que el paso {before} ({title}) esté terminado; está {state}. Cierre primero el paso {before}, o indique un motivo para saltarse el orden.",
    "Step {number} is already done.":
        "El paso {number} ya está terminado.",
    "A renewal process has steps 1 to {count}; there is no step {number}.":
        "Un proceso de renovación tiene los pasos 1 a {count}; no hay paso {number}.",
    "Due diligence is for affiliated initiatives; a core initiative becomes core directly.":
        "La diligencia debida es para las iniciativas afiliadas; una iniciativa principal pasa a principal directamente.",
    "An affiliated initiative is included after the desk's due diligence decides to include it.":
        "Una iniciativa afiliada se incluye cuando la diligencia debida de la secretaría decide incluirla.",
    "An initiative that is {current} cannot become {wanted}; it can become: {allowed}.":
        "Una iniciativa en estado {current} no puede pasar a {wanted}; puede pasar a: {allowed}.",
    "An initiative that is {current} cannot become {wanted}.":
        "Una iniciativa en estado {current} no puede pasar a {wanted}.",
    "Only a core initiative (run jointly by partners) becomes core; this one is affiliated.":
        "Solo una iniciativa principal (dirigida conjuntamente por socios) pasa a principal; esta es afiliada.",
    "A core initiative is run jointly by {min} or more partners; this one has {count}.":
        "Una iniciativa principal la dirigen conjuntamente {min} o más socios; esta tiene {count}.",
    "An initiative serves SDG 12 and at most {limit} other SDGs; {count} were given ({listed}).":
        "Una iniciativa sirve al ODS 12 y como máximo a {limit} ODS más; se indicaron {count} ({listed}).",
    "{number} is not an SDG; the goals are numbered 1 to 17.":
        "{number} no es un ODS; los objetivos van numerados del 1 al 17.",
    "{value} is not an SDG number (1 to 17).":
        "{value} no es un número de ODS (1 a 17).",
    "The meeting has no travel budget; set one before granting travel support.":
        "La reunión no tiene presupuesto de viajes; fije uno antes de conceder ayudas de viaje.",
    "A grant cannot be negative.":
        "Una ayuda no puede ser negativa.",
    "{word} is not a priority group; use sids and lldc, in the desk's order.":
        "{word} no es un grupo prioritario; use sids y lldc, en el orden de la secretaría.",
    "The grants ({total}) are more than the travel budget ({budget}).":
        "Las ayudas ({total}) superan el presupuesto de viajes ({budget}).",
    "A grant of {amount} is more than the {requested} requested.":
        "Una ayuda de {amount} supera los {requested} solicitados.",
    "A full-time staff member for the coordination desk, for the two-year term.":
        "Un miembro del personal a tiempo completo para la secretaría de coordinación, durante el mandato de dos años.",
    "Commitment to participate in the MAC":
        "Compromiso de participar en el MAC",
    "Concrete contribution offered to one or more work-streams.":
        "Contribución concreta ofrecida a una o más líneas de trabajo.",
    "Contribution to work-streams":
        "Contribución a las líneas de trabajo",
    "Expertise in the programme's work-streams":
        "Experiencia en las líneas de trabajo del programa",
    "Expertise relevant to the programme's objectives.":
        "Experiencia pertinente para los objetivos del programa.",
    "Financial or in-kind contribution":
        "Contribución financiera o en especie",
    "Financial support or in-kind contribution to the coordination desk.":
        "Apoyo financiero o contribución en especie a la secretaría de coordinación.",
    "Full-time staff commitment":
        "Compromiso de un miembro del personal a tiempo completo",
    "Participation in the two MAC meetings a year (written comments count).":
        "Participación en las dos reuniones anuales del MAC (los comentarios escritos cuentan).",
    "Past engagement: reporting, initiatives, participation in the MAC.":
        "Participación pasada: informes, iniciativas, participación en el MAC.",
    "Past work on sustainable consumption and production.":
        "Trabajo previo sobre consumo y producción sostenibles.",
    "Proven expertise in the programme's work-streams and priority sectors.":
        "Experiencia probada en las líneas de trabajo y los sectores prioritarios del programa.",
    "Regional and stakeholder representation":
        "Representación regional y de partes interesadas",
    "Relevance of expertise":
        "Pertinencia de la experiencia",
    "Track record":
        "Trayectoria",
    "Track record in the network":
        "Trayectoria en la red",
    "What the applicant adds to the balance of regions and stakeholder groups.":
        "Lo que el solicitante aporta al equilibrio de regiones y grupos de partes interesadas.",
}
