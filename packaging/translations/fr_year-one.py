"""French words of the programme's year (issue 14): the cycle summary's workbook, partnership health on the organisation's page, the partners' map; merged by packaging/update_translations.py."""

TRANSLATIONS: dict[str, str] = {
    'to do':
        'à faire',
    'late':
        'en retard',
    'very late':
        'très en retard',
    'no partners':
        'aucun partenaire',
    'met':
        'atteint',
    '{points} points below':
        '{points} points en dessous',
    'Programme':
        'Programme',
    'Role':
        'Rôle',
    'Regional group':
        'Groupe régional',
    'Programmes this year':
        'Programmes cette année',
    'Network ({year})':
        'Réseau ({year})',
    'Rates':
        'Taux',
    'Breakdown':
        'Ventilation',
    'Partners':
        'Partenaires',
    'Reported':
        'A rapporté',
    'Rate':
        'Taux',
    'Target':
        'Cible',
    'Against the target':
        'Par rapport à la cible',
    'Late':
        'En retard',
    'Excused':
        'Excusé',
    'Activities by category':
        'Activités par catégorie',
    'Category':
        'Catégorie',
    'Activities':
        'Activités',
    'All categories':
        'Toutes les catégories',
    'Highlights':
        'Faits marquants',
    'Activity':
        'Activité',
    'Organisation':
        'Organisation',
    'Initiative':
        'Initiative',
    'Countries':
        'Pays',
    'SDGs':
        'ODD',
    'Non-reporters':
        'Partenaires sans rapport',
    'Country':
        'Pays',
    'Roles':
        'Rôles',
    'State':
        'État',
    'Days past the deadline':
        'Jours après la date limite',
    'Cycles missed in a row':
        'Cycles manqués d’affilée',
    'Repeated non-reporter':
        'Absence de rapport répétée',
    'Focal point':
        'Point focal',
    'E-mail':
        'Courriel',
    'yes':
        'oui',
    'no':
        'non',
    'HLPF':
        'FPHN',
    'Figure':
        'Chiffre',
    'Value':
        'Valeur',
    '{done} of {total} programme(s) in the last cycle':
        '{done} programme(s) sur {total} lors du dernier cycle',
    'took part in {took} of {invited} meeting(s), written comments included':
        'a participé à {took} réunion(s) sur {invited}, commentaires écrits compris',
    '{kept} of {total} initiative(s) up to date':
        '{kept} initiative(s) sur {total} à jour',
    'commitments of the renewal':
        'engagements du renouvellement',
    'Reported in the last cycle':
        'A rapporté lors du dernier cycle',
    'MAC participation (written comments count)':
        'Participation au MAC (les commentaires écrits comptent)',
    'Initiatives kept up to date':
        'Initiatives tenues à jour',
    'Co-lead commitments met':
        'Engagements de co-responsable tenus',
    'Latest self-assessment':
        'Dernière auto-évaluation',
    "Computed from the data: reporting in the last cycle of each of its programmes, MAC participation over the meetings held (written comments sent in advance count), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment.":
        'Calculé à partir des données : le rapport lors du dernier cycle de chacun de ses programmes, la participation au MAC sur les réunions tenues (les commentaires écrits envoyés à l’avance comptent), ses initiatives tenues à jour, les engagements de renouvellement d’un co-responsable, et la dernière auto-évaluation du secrétariat.',
    'Signal':
        'Signal',
    'Level':
        'Niveau',
    'What it is made of':
        'Ce qui le compose',
    'Trend over the cycles':
        'Tendance au fil des cycles',
    'Self-assessments':
        'Auto-évaluations',
    'Record a self-assessment…':
        'Enregistrer une auto-évaluation…',
    'Date':
        'Date',
    'Rating':
        'Appréciation',
    'Commitments':
        'Engagements',
    'Note':
        'Note',
    'Health':
        'Santé',
    'Health of the partnership: {level}. Roles today: {roles}.':
        'Santé du partenariat : {level}. Rôles aujourd’hui : {roles}.',
    'Its health dropped since the previous point of its trend.':
        'Sa santé a baissé depuis le point précédent de sa tendance.',
    'Holds no role in a programme today; the signals below are what the data still says.':
        'N’a aucun rôle dans un programme aujourd’hui ; les signaux ci-dessous sont ce que disent encore les données.',
    'not applicable':
        'sans objet',
    'No cycle has passed yet in which it was expected to report.':
        'Aucun cycle dans lequel un rapport était attendu de sa part n’est encore passé.',
    "One point per reporting year: that year's reporting and the self-assessment in force at its deadline.":
        'Un point par année de rapport : le rapport de cette année et l’auto-évaluation en vigueur à sa date limite.',
    'Met':
        'Satisfait',
    'Not met':
        'Non satisfait',
    'No self-assessment recorded yet.':
        'Aucune auto-évaluation enregistrée pour l’instant.',
    'Record the self-assessment of {name}':
        'Enregistrer l’auto-évaluation de {name}',
    'No organisations share an initiative.':
        'Aucune organisation ne partage d’initiative.',
    'Initiatives ({count}):':
        'Initiatives ({count}) :',
    '… and {count} more':
        '… et {count} de plus',
    'Works with: {names}':
        'Travaille avec : {names}',
    'Point at an organisation on the map to see its initiatives; click it to choose it.':
        'Pointez une organisation sur la carte pour voir ses initiatives ; cliquez dessus pour la choisir.',
    'Open the organisation':
        'Ouvrir l’organisation',
    '{count} pairs of organisations share initiatives; {placed} organisations on the map.':
        '{count} paires d’organisations partagent des initiatives ; {placed} organisations sur la carte.',
    'Not on the map (no country, or one without a known place): {names}.':
        'Absentes de la carte (sans pays, ou d’un pays sans emplacement connu) : {names}.',
    'no country recorded':
        'aucun pays enregistré',
    'Initiatives ({count})':
        'Initiatives ({count})',
    'Works with':
        'Travaille avec',
}
