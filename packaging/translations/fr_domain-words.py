"""French for the desk's fixed wording that lives as data in the domain (packaging/update_translations.py,
`domain_words`): the renewal steps, states and checklist, the default balance rules' names, the shipped
screening checks and the intake form's work-streams and priority sectors; and the "Cluster" column."""

TRANSLATIONS = {
    # The renewal process (opn_desk/domain/renewal.py), in the wording of the desks' meeting report.
    "Agree on the need, the steps and the timeline":
        "Convenir de la nécessité, des étapes et du calendrier",
    "The leads and the Secretariat agree on the need for a renewal process, its specific steps and its timeline.":
        "Les chefs de file et le Secrétariat conviennent de la nécessité d’un processus de renouvellement, de ses "
        "étapes et de son calendrier.",
    "Open call for expressions of interest":
        "Appel ouvert à manifestations d’intérêt",
    "An open call for expressions of interest in leading the programme.":
        "Un appel ouvert à manifestations d’intérêt pour diriger le programme.",
    "Review of applications":
        "Examen des candidatures",
    "The Secretariat reviews the applications against the established evaluation criteria, possibly with the "
    "opinion of the Multi-stakeholder Advisory Committee (MAC), consulting the coordination desk and its "
    "knowledge of the network's partners.":
        "Le Secrétariat examine les candidatures au regard des critères d’évaluation établis, le cas échéant avec "
        "l’avis du Comité consultatif multipartite (MAC), en consultant le bureau de coordination et sa "
        "connaissance des partenaires du réseau.",
    "Submission to the Board":
        "Soumission au Conseil",
    "The selection proposal is submitted to the Board.":
        "La proposition de sélection est soumise au Conseil.",
    "Not started": "Non commencée",
    "In progress": "En cours",
    "Done": "Terminée",
    "The external review's recommendations on leadership were re-read with the leads and the Secretariat":
        "Les recommandations de l’évaluation externe sur la direction ont été relues avec les chefs de file et "
        "le Secrétariat",
    "Bringing in more than three leads was considered, to improve coordination capacity":
        "L’intégration de plus de trois chefs de file a été envisagée, pour renforcer la capacité de coordination",
    "The follow-through on leadership commitments was reviewed (a full-time staff member per lead at the "
    "coordination desk)":
        "Le respect des engagements de direction a été examiné (un membre du personnel à plein temps par chef de "
        "file au bureau de coordination)",
    "The health of the partnership and the engagement among partners were assessed":
        "La santé du partenariat et l’engagement entre partenaires ont été évalués",
    "The coordination desk was consulted on the applications":
        "Le bureau de coordination a été consulté sur les candidatures",
    "Succession planning up to 2030 was considered":
        "La planification de la relève jusqu’en 2030 a été examinée",
    # The selection's default balance rules (opn_desk/selection/defaults.py); the regional groups' and the
    # clusters' names come from opn_desk/domain/vocab.py.
    "Female representative": "Représentante désignée",
    "Continuity (incumbents)": "Continuité (partenaires sortants)",
    "One per parent organisation": "Une par organisation mère",
    "Per country": "Par pays",
    "From LDCs": "Des PMA",
    # The shipped screening checks (opn_desk/domain/applications.py).
    "Eligible organisation type": "Type d’organisation admissible",
    "Contact details verified": "Coordonnées vérifiées",
    "Commitment to MAC participation": "Engagement à participer au MAC",
    "Due diligence: no sanctions or controversies": "Diligence raisonnable : ni sanctions ni controverses",
    "Work-stream fit": "Adéquation aux axes de travail",
    "Full-time staff member for the coordination desk": "Membre du personnel à plein temps pour le bureau de coordination",
    "Financial or in-kind contribution confirmed": "Contribution financière ou en nature confirmée",
    # The programmes' work-streams (2019-2022 strategic plan) and priority sectors.
    "Implementation support": "Appui à la mise en œuvre",
    "Sectoral markets": "Marchés sectoriels",
    "Advocacy": "Plaidoyer",
    "Public value and impact": "Valeur publique et impact",
    "Monitoring": "Suivi",
    "Construction": "Construction",
    "Food": "Alimentation",
    "ICT": "TIC",
    "Health": "Santé",
    # A column of stakeholder clusters: distinct from "Group" (the regional group, "Groupe").
    "Cluster": "Parties prenantes",
}
