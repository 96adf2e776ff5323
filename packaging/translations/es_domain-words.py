"""Spanish for the desk's fixed wording that lives as data in the domain (packaging/update_translations.py,
`domain_words`): the renewal steps, states and checklist, the default balance rules' names, the shipped
screening checks and the intake form's work-streams and priority sectors; and the "Cluster" column."""

TRANSLATIONS = {
    # The renewal process (opn_desk/domain/renewal.py), in the wording of the desks' meeting report.
    "Agree on the need, the steps and the timeline":
        "Acordar la necesidad, los pasos y el calendario",
    "The leads and the Secretariat agree on the need for a renewal process, its specific steps and its timeline.":
        "Los líderes y la Secretaría acuerdan la necesidad de un proceso de renovación, sus pasos concretos y su "
        "calendario.",
    "Open call for expressions of interest":
        "Convocatoria abierta de manifestaciones de interés",
    "An open call for expressions of interest in leading the programme.":
        "Una convocatoria abierta de manifestaciones de interés para dirigir el programa.",
    "Review of applications":
        "Examen de las candidaturas",
    "The Secretariat reviews the applications against the established evaluation criteria, possibly with the "
    "opinion of the Multi-stakeholder Advisory Committee (MAC), consulting the coordination desk and its "
    "knowledge of the network's partners.":
        "La Secretaría examina las candidaturas según los criterios de evaluación establecidos, si procede con "
        "la opinión del Comité Asesor de Múltiples Partes Interesadas (MAC), consultando a la oficina de "
        "coordinación y su conocimiento de los socios de la red.",
    "Submission to the Board":
        "Presentación a la Junta",
    "The selection proposal is submitted to the Board.":
        "La propuesta de selección se presenta a la Junta.",
    "Not started": "Sin empezar",
    "In progress": "En curso",
    "Done": "Hecho",
    "The external review's recommendations on leadership were re-read with the leads and the Secretariat":
        "Se releyeron con los líderes y la Secretaría las recomendaciones de la evaluación externa sobre el "
        "liderazgo",
    "Bringing in more than three leads was considered, to improve coordination capacity":
        "Se consideró incorporar a más de tres líderes, para mejorar la capacidad de coordinación",
    "The follow-through on leadership commitments was reviewed (a full-time staff member per lead at the "
    "coordination desk)":
        "Se examinó el cumplimiento de los compromisos de liderazgo (un miembro del personal a tiempo completo "
        "por líder en la oficina de coordinación)",
    "The health of the partnership and the engagement among partners were assessed":
        "Se evaluaron la salud de la alianza y el compromiso entre los socios",
    "The coordination desk was consulted on the applications":
        "Se consultó a la oficina de coordinación sobre las candidaturas",
    "Succession planning up to 2030 was considered":
        "Se consideró la planificación de la sucesión hasta 2030",
    # The selection's default balance rules (opn_desk/selection/defaults.py); the regional groups' and the
    # clusters' names come from opn_desk/domain/vocab.py.
    "Female representative": "Representante designada",
    "Continuity (incumbents)": "Continuidad (socios salientes)",
    "One per parent organisation": "Una por organización matriz",
    "Per country": "Por país",
    "From LDCs": "De los PMA",
    # The shipped screening checks (opn_desk/domain/applications.py).
    "Eligible organisation type": "Tipo de organización admisible",
    "Contact details verified": "Datos de contacto verificados",
    "Commitment to MAC participation": "Compromiso de participar en el MAC",
    "Due diligence: no sanctions or controversies": "Diligencia debida: ni sanciones ni controversias",
    "Work-stream fit": "Adecuación a las líneas de trabajo",
    "Full-time staff member for the coordination desk": "Miembro del personal a tiempo completo para la oficina de coordinación",
    "Financial or in-kind contribution confirmed": "Contribución financiera o en especie confirmada",
    # The programmes' work-streams (2019-2022 strategic plan) and priority sectors.
    "Implementation support": "Apoyo a la implementación",
    "Sectoral markets": "Mercados sectoriales",
    "Advocacy": "Promoción",
    "Public value and impact": "Valor público e impacto",
    "Monitoring": "Seguimiento",
    "Construction": "Construcción",
    "Food": "Alimentación",
    "ICT": "TIC",
    "Health": "Salud",
    # A column of stakeholder clusters: distinct from "Group" (the regional group, "Grupo").
    "Cluster": "Partes interesadas",
}
