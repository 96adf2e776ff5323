"""OPN Desk: French for the core selection, the selection round, the desk settings and the domain's
sentences (issue 16; packaging/update_translations.py merges this with fr.py). Keys: the English source text."""

TRANSLATIONS = {
    "Country code (ISO3)":
        "Code du pays (ISO3)",
    "Incumbent core partner":
        "Partenaire principal sortant",
    "Parent organisation (family)":
        "Organisation mère (famille)",
    "First priority sector":
        "Premier secteur prioritaire",
    "Priority sector: {sector}":
        "Secteur prioritaire : {sector}",
    "{name}: {count} ({bounds}).":
        "{name} : {count} ({bounds}).",
    "{name}: {count}.":
        "{name} : {count}.",
    "{name}: {parts}.":
        "{name} : {parts}.",
    "{attribute}: {value}":
        "{attribute} : {value}",
    "{where}: {reason}.":
        "{where} : {reason}.",
    "UN regional group":
        "groupe régional des Nations Unies",
    "stakeholder cluster":
        "groupe de parties prenantes",
    "representative's gender":
        "genre du représentant",
    "incumbency":
        "mandat en cours",
    "parent organisation":
        "organisation mère",
    "country":
        "pays",
    "least developed country":
        "pays les moins avancés",
    "no group":
        "aucun groupe",
    "{count} seat":
        "{count} siège",
    "{count} seats":
        "{count} sièges",
    "no {attribute}":
        "sans {attribute}",
    "a candidate needs an id":
        "un candidat a besoin d’un identifiant",
    "a rule needs an attribute":
        "une règle a besoin d’un attribut",
    "a per_value rule applies to each value of the attribute; leave out value":
        "une règle per_value s’applique à chaque valeur de l’attribut ; omettez value",
    "a rule needs min, max, min_share or max_share":
        "une règle a besoin de min, max, min_share ou max_share",
    "give min or min_share, not both":
        "donnez min ou min_share, pas les deux",
    "give max or max_share, not both":
        "donnez max ou max_share, pas les deux",
    "{count} other candidate":
        "{count} autre candidat",
    "{count} other candidates":
        "{count} autres candidats",
    "{attribute} (each value)":
        "{attribute} (chaque valeur)",
    "the score of {id} is not a finite number":
        "la note de {id} n’est pas un nombre fini",
    "the rule on {attribute} needs a value (use value = \"\" for no group)":
        "la règle sur {attribute} a besoin d’une valeur (utilisez value = \"\" pour aucun groupe)",
    "min {min} is above max {max}":
        "min {min} est supérieur à max {max}",
    "min_share {min} is above max_share {max}":
        "min_share {min} est supérieur à max_share {max}",
    "priority {priority} must be a number above 0":
        "priority {priority} doit être un nombre supérieur à 0",
    "seats must be a whole number of at least 1, not {seats}":
        "seats doit être un nombre entier d’au moins 1, et non {seats}",
    "the pinned id {id} is not in the pool":
        "l’identifiant épinglé {id} n’est pas dans le vivier",
    "{id} is not in the pool":
        "{id} n’est pas dans le vivier",
    "{key} {count} is negative":
        "{key} {count} est négatif",
    "{key} {share} is not a share between 0 and 1":
        "{key} {share} n’est pas une part entre 0 et 1",
    "the id {id} appears twice":
        "l’identifiant {id} apparaît deux fois",
    "the solver stopped without an answer ({status})":
        "le solveur s’est arrêté sans réponse ({status})",
    "a comparison needs at least two slates":
        "une comparaison a besoin d’au moins deux listes",
    "Selected:":
        "Sélectionnés :",
    "Rules (count; bounds; state):":
        "Règles (nombre ; limites ; état) :",
    "at the edge":
        "à la limite",
    "broken":
        "enfreinte",
    "Best slate: {picked} of {pool} candidates for {seats}, total score {score}.":
        "Meilleure liste : {picked} des {pool} candidats pour {seats}, note totale {score}.",
    "The rules cannot all be met with {seats}.":
        "Les règles ne peuvent pas toutes être respectées avec {seats}.",
    "Closest workable slate:":
        "Liste réalisable la plus proche :",
    "{name}: at least {bound} asked, the closest slate has {count}":
        "{name} : au moins {bound} demandé(s), la liste la plus proche en a {count}",
    "{name}: at most {bound} asked, the closest slate has {count}":
        "{name} : au plus {bound} demandé(s), la liste la plus proche en a {count}",
    "seats must be at least 1, not {seats}":
        "le nombre de sièges doit être d’au moins 1, et non {seats}",
    "the incumbents' bounds {bounds} go beyond the {seats} seats":
        "les limites des titulaires {bounds} dépassent les {seats} sièges",
    "{names} and {count} more":
        "{names} et {count} autres",
    "Seats: {picked} of {seats} filled.":
        "Sièges : {picked} sur {seats} pourvus.",
    "{name}: {count}, needs at least {low}: only {names}.":
        "{name} : {count}, il en faut au moins {low} : seulement {names}.",
    "{name}: {count}, needs at least {low}: none picked.":
        "{name} : {count}, il en faut au moins {low} : aucun choisi.",
    "Seats: {picked} of {seats} filled, {left} to go.":
        "Sièges : {picked} sur {seats} pourvus, {left} restants.",
    "Seats: {picked} picked for {seats} seats, {over} too many.":
        "Sièges : {picked} choisis pour {seats} sièges, {over} de trop.",
    "{name}: {count}, at most {high} allowed: {names}.":
        "{name} : {count}, au plus {high} autorisés : {names}.",
    "With {who} in, the best slate scores {score}, {lost} less than the optimum {best}: {joins} in for {leaves}.":
        "Avec {who}, la meilleure liste obtient {score}, {lost} de moins que l’optimum {best} : {joins} entre(nt) à la place de {leaves}.",
    "With {who} in, the best slate scores {score}, {lost} more than the optimum {best}: {joins} in for {leaves}.":
        "Avec {who}, la meilleure liste obtient {score}, {lost} de plus que l’optimum {best} : {joins} entre(nt) à la place de {leaves}.",
    "{who} is pinned out (the pin is lifted for this answer). ":
        "{who} est épinglé dehors (l’épinglage est levé pour cette réponse). ",
    "{who} cannot join: the pinned-in candidates already fill the {seats}.":
        "{who} ne peut pas entrer : les candidats épinglés dedans occupent déjà les {seats}.",
    "{who} cannot join: too few candidates can be chosen for the {seats}.":
        "{who} ne peut pas entrer : trop peu de candidats peuvent être choisis pour les {seats}.",
    "{who} is already in the best slate.":
        "{who} est déjà dans la meilleure liste.",
    "{who} could join at no cost in score (the best slate with {who} also scores {score}); the tie-break by id order preferred the other slate.":
        "{who} pourrait entrer sans perte de note (la meilleure liste avec {who} obtient aussi {score}) ; le départage par ordre d’identifiant a préféré l’autre liste.",
    "{who} cannot join without breaking these rules together: {rules}.":
        "{who} ne peut pas entrer sans enfreindre ensemble ces règles : {rules}.",
    "A slate with {who} meets every rule; without {who}, none does.":
        "Une liste avec {who} respecte toutes les règles ; sans {who}, aucune ne le fait.",
    "the file is empty; the first line must name the columns, including id":
        "le fichier est vide ; la première ligne doit nommer les colonnes, dont id",
    "there are no candidates below the first line":
        "il n’y a aucun candidat sous la première ligne",
    "there is no 'id' column":
        "il n’y a pas de colonne « id »",
    "the id is empty":
        "l’identifiant est vide",
    "a rule needs attribute = \"…\", a column of the pool":
        "une règle a besoin de attribute = \"…\", une colonne du vivier",
    "a pin needs id = \"…\", an id of the pool":
        "un épinglage a besoin de id = \"…\", un identifiant du vivier",
    "a pin needs selected = true or selected = false":
        "un épinglage a besoin de selected = true ou selected = false",
    "the number of seats is missing (add seats = N, or give --seats N)":
        "le nombre de sièges manque (ajoutez seats = N, ou donnez --seats N)",
    "{path}, line {line}":
        "{path}, ligne {line}",
    "there is no such file":
        "ce fichier n’existe pas",
    "this is a folder, not a file":
        "c’est un dossier, pas un fichier",
    "the file cannot be read (permission denied)":
        "le fichier ne peut pas être lu (permission refusée)",
    "the file is not UTF-8 text (save it as 'CSV UTF-8' or plain UTF-8)":
        "le fichier n’est pas du texte UTF-8 (enregistrez-le en « CSV UTF-8 » ou en UTF-8 simple)",
    "{path}, at the end of the file: {reason}.":
        "{path}, à la fin du fichier : {reason}.",
    "{count} values, but the header names {columns} columns":
        "{count} valeurs, mais l’en-tête nomme {columns} colonnes",
    "id '{id}' already appears on line {line}":
        "l’identifiant « {id} » apparaît déjà à la ligne {line}",
    "{path}, line {line}, column {column}: {reason}.":
        "{path}, ligne {line}, colonne {column} : {reason}.",
    "'{kind}' must be a list of tables, written [[{kind}]]":
        "« {kind} » doit être une liste de tables, écrite [[{kind}]]",
    "{key} must be a whole number, not {value}":
        "{key} doit être un nombre entier, et non {value}",
    "attribute '{attribute}' is not a column of the pool (columns: {columns})":
        "l’attribut « {attribute} » n’est pas une colonne du vivier (colonnes : {columns})",
    "name must be text in quotes, not {value}":
        "name doit être du texte entre guillemets, et non {value}",
    "per_value must be true or false, not {value}":
        "per_value doit être true ou false, et non {value}",
    "the file cannot be read ({reason})":
        "le fichier ne peut pas être lu ({reason})",
    "the CSV cannot be read ({reason})":
        "le CSV ne peut pas être lu ({reason})",
    "the column '{name}' appears twice":
        "la colonne « {name} » apparaît deux fois",
    "unknown key '{key}' (expected seats, [[rule]] or [[pin]])":
        "clé inconnue « {key} » (attendu : seats, [[rule]] ou [[pin]])",
    "pin id '{id}' is not in the pool":
        "l’identifiant épinglé « {id} » n’est pas dans le vivier",
    "id '{id}' is pinned twice":
        "l’identifiant « {id} » est épinglé deux fois",
    "unknown key '{key}' in a rule (expected {keys})":
        "clé inconnue « {key} » dans une règle (attendu : {keys})",
    "none besides id and score":
        "aucune à part id et score",
    "unknown key '{key}' in a pin (expected id and selected)":
        "clé inconnue « {key} » dans un épinglage (attendu : id et selected)",
    "value '{value}' is in column {column}, which has no name":
        "la valeur « {value} » est dans la colonne {column}, qui n’a pas de nom",
    "value must be text in quotes, not {value}":
        "value doit être du texte entre guillemets, et non {value}",
    "{key} must be a number, not {value}":
        "{key} doit être un nombre, et non {value}",
    "score '{value}' is not a number":
        "la note « {value} » n’est pas un nombre",
    "All the rules can be met together.":
        "Toutes les règles peuvent être respectées ensemble.",
    "{rule} by {count} below its minimum":
        "{rule} de {count} sous son minimum",
    "{rule} by {count} above its maximum":
        "{rule} de {count} au-dessus de son maximum",
    "The closest workable slate relaxes {rules}; its total score is {score}.":
        "La liste réalisable la plus proche assouplit {rules} ; sa note totale est de {score}.",
    "This rule cannot be met, whatever the other rules say: {rule}.":
        "Cette règle ne peut pas être respectée, quoi que disent les autres règles : {rule}.",
    "These rules cannot all be met together: {rules}.":
        "Ces règles ne peuvent pas toutes être respectées ensemble : {rules}.",
    "The rules conflict in {count} separate ways, so dropping a single rule cannot settle it: each conflict needs a change of its own.":
        "Les règles sont en conflit de {count} façons distinctes, si bien qu’abandonner une seule règle ne peut pas le résoudre : chaque conflit demande son propre changement.",
    "Conflict {n}: this rule cannot be met, whatever the other rules say: {rule}.":
        "Conflit {n} : cette règle ne peut pas être respectée, quoi que disent les autres règles : {rule}.",
    "Conflict {n}: these rules cannot all be met together: {rules}.":
        "Conflit {n} : ces règles ne peuvent pas toutes être respectées ensemble : {rules}.",
    "{attribute} {value}":
        "{attribute} {value}",
    "{candidates} is pinned in, more than the {seats}.":
        "{candidates} est épinglé dedans, plus que les {seats}.",
    "{candidates} are pinned in, more than the {seats}.":
        "{candidates} sont épinglés dedans, plus que les {seats}.",
    "Only {candidates} can be chosen ({out} pinned out), fewer than the {seats}.":
        "Seulement {candidates} peuvent être choisis ({out} épinglés dehors), moins que les {seats}.",
    "Only {candidates} can be chosen, fewer than the {seats}.":
        "Seulement {candidates} peuvent être choisis, moins que les {seats}.",
    "{value} as their {attribute}":
        "{value} comme {attribute}",
    " (others are pinned out)":
        " (d’autres sont épinglés dehors)",
    "{name}: needs at least {low}, but only {candidates} has {having}":
        "{name} : il en faut au moins {low}, mais seulement {candidates} a {having}",
    "{name}: needs at least {low}, but only {candidates} have {having}":
        "{name} : il en faut au moins {low}, mais seulement {candidates} ont {having}",
    "{name}: needs at least {low} but allows at most {high} with {seats} (a minimum share rounds up, a maximum share rounds down).":
        "{name} : il en faut au moins {low} mais au plus {high} sont autorisés avec {seats} (une part minimale s’arrondit vers le haut, une part maximale vers le bas).",
    "{name}: needs at least {low}, more than the {seats}.":
        "{name} : il en faut au moins {low}, plus que les {seats}.",
    "{name}: at most {high}, but {count} pinned-in candidates have {having}: {names}.":
        "{name} : au plus {high}, mais {count} candidats épinglés dedans ont {having} : {names}.",
    "{need} needs at least {low} with {having}, but {cap} allows at most {high}.":
        "{need} demande au moins {low} avec {having}, mais {cap} en autorise au plus {high}.",
    "{name} needs {count}":
        "{name} en demande {count}",
    "The minima for {attribute} add up to {total} ({parts}), more than the {seats}.":
        "Les minima pour {attribute} totalisent {total} ({parts}), plus que les {seats}.",
    "{name} at most {cap} of its {count} candidates":
        "{name} au plus {cap} de ses {count} candidats",
    "The maxima for {attribute} leave room for only {room} of the {seats}: {binding}; and {others}.":
        "Les maxima pour {attribute} ne laissent de place que pour {room} des {seats} : {binding} ; et {others}.",
    "Give either --pool and --rules, or --db and --call, not both.":
        "Donnez soit --pool et --rules, soit --db et --call, pas les deux.",
    "--pool needs --rules RULES.toml too (the seats and the balance rules).":
        "--pool demande aussi --rules RULES.toml (les sièges et les règles d’équilibre).",
    "--rules needs --pool POOL.csv too (the candidates).":
        "--rules demande aussi --pool POOL.csv (les candidats).",
    "--db needs --call CALL too (the core-partner call's id or a part of its title).":
        "--db demande aussi --call APPEL (l’identifiant de l’appel à partenaires principaux ou une partie de son titre).",
    "--call needs --db PATH too (the desk's database holding the selection round).":
        "--call demande aussi --db CHEMIN (la base de données du bureau qui contient le tour de sélection).",
    "Give --pool POOL.csv and --rules RULES.toml (the candidates, and the seats and rules).":
        "Donnez --pool POOL.csv et --rules RULES.toml (les candidats, puis les sièges et les règles).",
    "A stored round is read by the opn-desk command (opn_desk.commands.select).":
        "Un tour enregistré est lu par la commande opn-desk (opn_desk.commands.select).",
    "The selection could not be worked out: {reason}.":
        "La sélection n’a pas pu être calculée : {reason}.",
    "The notes are longer than {limit} characters.":
        "Les notes dépassent {limit} caractères.",
    "{title} is a call for co-leads; selection rounds are for core-partner calls.":
        "{title} est un appel à co-responsables ; les tours de sélection sont réservés aux appels à partenaires principaux.",
    "{title} is a call for network members; selection rounds are for core-partner calls.":
        "{title} est un appel à membres du réseau ; les tours de sélection sont réservés aux appels à partenaires principaux.",
    "{name} applied to this call, so it is in the pool through its application and seeks renewal by applying; to leave it out of the slate, pin it out.":
        "{name} a candidaté à cet appel : elle est dans le vivier par sa candidature et demande le renouvellement en candidatant ; pour l’écarter de la liste, épinglez-la dehors.",
    "{name} applied to this call, so it is in the pool through its application and its score is its application's review total; to leave it out of the slate, pin it out.":
        "{name} a candidaté à cet appel : elle est dans le vivier par sa candidature et sa note est le total d’évaluation de sa candidature ; pour l’écarter de la liste, épinglez-la dehors.",
    "A scenario's name is longer than {limit} characters.":
        "Le nom d’un scénario dépasse {limit} caractères.",
    "The scenario's notes are longer than {limit} characters.":
        "Les notes du scénario dépassent {limit} caractères.",
    "Rule {n}":
        "Règle {n}",
    "That call no longer exists (it may have been deleted or undone).":
        "Cet appel n’existe plus (il a peut-être été supprimé ou annulé).",
    "That programme no longer exists (it may have been deleted or undone).":
        "Ce programme n’existe plus (il a peut-être été supprimé ou annulé).",
    "That scenario no longer exists (it may have been deleted or undone).":
        "Ce scénario n’existe plus (il a peut-être été supprimé ou annulé).",
    "That organisation":
        "Cette organisation",
    "{title} ({programme}, closes {closes}; id {id})":
        "{title} ({programme}, clôture le {closes} ; identifiant {id})",
    "Rule {n} ({name})":
        "Règle {n} ({name})",
    "There is no core-partner call {wanted}; the calls are: {calls}.":
        "Il n’y a pas d’appel à partenaires principaux {wanted} ; les appels sont : {calls}.",
    "{rule}: {key} must be a whole number, not {value}.":
        "{rule} : {key} doit être un nombre entier, et non {value}.",
    "{rule}: {key} must be a number, not {value}.":
        "{rule} : {key} doit être un nombre, et non {value}.",
    "The number of seats is a whole number from 1 to {max}.":
        "Le nombre de sièges est un nombre entier de 1 à {max}.",
    "{count} core-partner calls match {wanted}: {calls}; give more of the title, or the id.":
        "{count} appels à partenaires principaux correspondent à {wanted} : {calls} ; donnez une plus grande partie du titre, ou l’identifiant.",
    "There is no call {wanted}: this database has no core-partner calls yet.":
        "Il n’y a pas d’appel {wanted} : cette base de données n’a encore aucun appel à partenaires principaux.",
    "The pin of {name} must be in (true) or out (false).":
        "L’épinglage de {name} doit être dedans (true) ou dehors (false).",
    "{who} is not a core partner of {programme} in office on {day}, so it has no renewal to seek.":
        "{who} n’est pas un partenaire principal de {programme} en fonction le {day} ; elle n’a donc pas de renouvellement à demander.",
    "{name} applied to this call and its application is {state}, so its renewal is decided through that application, not in the round.":
        "{name} a candidaté à cet appel et sa candidature est {state} ; son renouvellement se décide donc par cette candidature, et non dans le tour.",
    "This round already has a scenario called {name}; choose another name, or delete that one first.":
        "Ce tour a déjà un scénario nommé {name} ; choisissez un autre nom, ou supprimez d’abord celui-ci.",
    "Rule {n} is not a rule (a table of attribute, value and bounds).":
        "La règle {n} n’est pas une règle (une table d’attribut, de valeur et de limites).",
    "{rule}: unknown key {key} (expected {keys}).":
        "{rule} : clé inconnue {key} (attendu : {keys}).",
    "{rule}: say which attribute the rule counts.":
        "{rule} : indiquez quel attribut la règle compte.",
    "{rule}: {attribute} is not an attribute of the candidates (they have {attributes} and 'sector: ' and a sector's name).":
        "{rule} : {attribute} n’est pas un attribut des candidats (ils ont {attributes} et « sector: » suivi du nom d’un secteur).",
    "{rule}: per_value must be true or false.":
        "{rule} : per_value doit être true ou false.",
    "{rule}: the name must be text of at most 200 characters.":
        "{rule} : le nom doit être un texte d’au plus 200 caractères.",
    "{key} is not a candidate in this round's pool (it may have left it: withdrawn, or no longer seeking renewal).":
        "{key} n’est pas un candidat du vivier de ce tour (il l’a peut-être quitté : retiré, ou ne demandant plus le renouvellement).",
    "An incumbent's score is a number from {low} to {high}, like a weighted review total.":
        "La note d’un titulaire est un nombre de {low} à {high}, comme un total d’évaluation pondéré.",
    "{rule}: {reason}.":
        "{rule} : {reason}.",
    "{rule}: the value must be text.":
        "{rule} : la valeur doit être du texte.",
    "A screening checklist can hold at most {limit} checks, not {count}.":
        "Une liste de vérification de présélection peut contenir au plus {limit} vérifications, et non {count}.",
    "{code} is not a programme code ({codes}).":
        "{code} n’est pas un code de programme ({codes}).",
    "A letterhead has at most {limit} lines, not {count}.":
        "Un en-tête a au plus {limit} lignes, et non {count}.",
    "A letterhead has at most {limit} characters; shorten it.":
        "Un en-tête a au plus {limit} caractères ; raccourcissez-le.",
    "The waiting time is a whole number of days from {low} to {high}.":
        "Le délai d’attente est un nombre entier de jours de {low} à {high}.",
    "{role} is not a role (co-lead, core partner or network member).":
        "{role} n’est pas un rôle (co-responsable, partenaire principal ou membre du réseau).",
    "The check \"{check}…\" is longer than {limit} characters; shorten it.":
        "La vérification « {check}… » dépasse {limit} caractères ; raccourcissez-la.",
    "role":
        "rôle",
    "gender":
        "genre",
    "application status":
        "statut de candidature",
    "membership status":
        "statut d’adhésion",
    "organisation type":
        "type d’organisation",
    "kind of contribution":
        "type de contribution",
    "activity category":
        "catégorie d’activité",
    "reporting status":
        "statut de rapport",
    "kind of initiative":
        "type d’initiative",
    "initiative status":
        "statut d’initiative",
    "RAG rating":
        "note RAG",
    "programme":
        "programme",
    "kind of meeting":
        "type de réunion",
    "participation":
        "participation",
    "task status":
        "statut de tâche",
    "two {what} terms share a code":
        "deux termes de {what} partagent un code",
    "{code} is not a {what} code":
        "{code} n’est pas un code de {what}",
    "{spelling} would be both {one} and {other} as a {what}":
        "{spelling} serait à la fois {one} et {other} comme {what}",
    "A postponed task needs the reason for its postponement.":
        "Une tâche reportée a besoin de la raison de son report.",
    "{status} is not a task status; the statuses are {labels}.":
        "{status} n’est pas un statut de tâche ; les statuts sont : {labels}.",
    "{value} is not an application status.":
        "{value} n’est pas un statut de candidature.",
    "A reminder {days} days from the deadline is more than a year away.":
        "Un rappel à {days} jours de l’échéance est à plus d’un an.",
    "{value} is not a number of days (negative before the deadline, positive after it).":
        "{value} n’est pas un nombre de jours (négatif avant l’échéance, positif après).",
    "Step {number} cannot be closed before step {before} ({title}) is done; it is {state}. Close step {before} first, or give a reason to override the order.":
        "L’étape {number} ne peut pas être clôturée avant que l’étape {before} ({title}) soit terminée ; elle est {state}. Clôturez d’abord l’étape {before}, ou donnez une raison pour passer outre l’ordre.",
    "Step {number} is already done.":
        "L’étape {number} est déjà terminée.",
    "A renewal process has steps 1 to {count}; there is no step {number}.":
        "Un processus de renouvellement a les étapes 1 à {count} ; il n’y a pas d’étape {number}.",
    "Due diligence is for affiliated initiatives; a core initiative becomes core directly.":
        "La diligence raisonnable concerne les initiatives affiliées ; une initiative principale devient principale directement.",
    "An affiliated initiative is included after the desk's due diligence decides to include it.":
        "Une initiative affiliée est incluse une fois que la diligence raisonnable du secrétariat décide de l’inclure.",
    "An initiative that is {current} cannot become {wanted}; it can become: {allowed}.":
        "Une initiative au statut {current} ne peut pas passer au statut {wanted} ; elle peut passer à : {allowed}.",
    "An initiative that is {current} cannot become {wanted}.":
        "Une initiative au statut {current} ne peut pas passer au statut {wanted}.",
    "Only a core initiative (run jointly by partners) becomes core; this one is affiliated.":
        "Seule une initiative principale (menée conjointement par des partenaires) devient principale ; celle-ci est affiliée.",
    "A core initiative is run jointly by {min} or more partners; this one has {count}.":
        "Une initiative principale est menée conjointement par {min} partenaires ou plus ; celle-ci en a {count}.",
    "An initiative serves SDG 12 and at most {limit} other SDGs; {count} were given ({listed}).":
        "Une initiative sert l’ODD 12 et au plus {limit} autres ODD ; {count} ont été donnés ({listed}).",
    "{number} is not an SDG; the goals are numbered 1 to 17.":
        "{number} n’est pas un ODD ; les objectifs sont numérotés de 1 à 17.",
    "{value} is not an SDG number (1 to 17).":
        "{value} n’est pas un numéro d’ODD (1 à 17).",
    "The meeting has no travel budget; set one before granting travel support.":
        "La réunion n’a pas de budget de voyage ; fixez-en un avant d’accorder une aide au voyage.",
    "A grant cannot be negative.":
        "Une aide ne peut pas être négative.",
    "{word} is not a priority group; use sids and lldc, in the desk's order.":
        "{word} n’est pas un groupe prioritaire ; utilisez sids et lldc, dans l’ordre du bureau.",
    "The grants ({total}) are more than the travel budget ({budget}).":
        "Les aides ({total}) dépassent le budget de voyage ({budget}).",
    "A grant of {amount} is more than the {requested} requested.":
        "Une aide de {amount} dépasse les {requested} demandés.",
    "A full-time staff member for the coordination desk, for the two-year term.":
        "Un membre du personnel à plein temps pour le secrétariat de coordination, pour le mandat de deux ans.",
    "Commitment to participate in the MAC":
        "Engagement à participer au MAC",
    "Concrete contribution offered to one or more work-streams.":
        "Contribution concrète offerte à un ou plusieurs axes de travail.",
    "Contribution to work-streams":
        "Contribution aux axes de travail",
    "Expertise in the programme's work-streams":
        "Expertise dans les axes de travail du programme",
    "Expertise relevant to the programme's objectives.":
        "Expertise pertinente pour les objectifs du programme.",
    "Financial or in-kind contribution":
        "Contribution financière ou en nature",
    "Financial support or in-kind contribution to the coordination desk.":
        "Soutien financier ou contribution en nature au secrétariat de coordination.",
    "Full-time staff commitment":
        "Engagement d’un membre du personnel à plein temps",
    "Participation in the two MAC meetings a year (written comments count).":
        "Participation aux deux réunions annuelles du MAC (les commentaires écrits comptent).",
    "Past engagement: reporting, initiatives, participation in the MAC.":
        "Engagement passé : rapports, initiatives, participation au MAC.",
    "Past work on sustainable consumption and production.":
        "Travaux passés sur la consommation et la production durables.",
    "Proven expertise in the programme's work-streams and priority sectors.":
        "Expertise avérée dans les axes de travail et les secteurs prioritaires du programme.",
    "Regional and stakeholder representation":
        "Représentation régionale et des parties prenantes",
    "Relevance of expertise":
        "Pertinence de l’expertise",
    "Track record":
        "Expérience",
    "Track record in the network":
        "Expérience dans le réseau",
    "What the applicant adds to the balance of regions and stakeholder groups.":
        "Ce que le candidat apporte à l’équilibre des régions et des groupes de parties prenantes.",
}
