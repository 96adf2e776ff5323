"""Spanish words of the programme's year (issue 14): the cycle summary's workbook, partnership health on the organisation's page, the partners' map; merged by packaging/update_translations.py."""

TRANSLATIONS: dict[str, str] = {
    'to do':
        'pendiente',
    'late':
        'con retraso',
    'very late':
        'muy atrasado',
    'no partners':
        'sin socios',
    'met':
        'alcanzado',
    '{points} points below':
        '{points} puntos por debajo',
    'Programme':
        'Programa',
    'Role':
        'Función',
    'Regional group':
        'Grupo regional',
    'Programmes this year':
        'Programas este año',
    'Network ({year})':
        'Red ({year})',
    'Rates':
        'Tasas',
    'Breakdown':
        'Desglose',
    'Partners':
        'Socios',
    'Reported':
        'Informó',
    'Rate':
        'Tasa',
    'Target':
        'Meta',
    'Against the target':
        'Frente a la meta',
    'Late':
        'Con retraso',
    'Excused':
        'Excusado',
    'Activities by category':
        'Actividades por categoría',
    'Category':
        'Categoría',
    'Activities':
        'Actividades',
    'All categories':
        'Todas las categorías',
    'Highlights':
        'Aspectos destacados',
    'Activity':
        'Actividad',
    'Organisation':
        'Organización',
    'Initiative':
        'Iniciativa',
    'Countries':
        'Países',
    'SDGs':
        'ODS',
    'Non-reporters':
        'Socios sin informe',
    'Country':
        'País',
    'Roles':
        'Funciones',
    'State':
        'Estado',
    'Days past the deadline':
        'Días después del plazo',
    'Cycles missed in a row':
        'Ciclos perdidos seguidos',
    'Repeated non-reporter':
        'Falta de informe repetida',
    'Focal point':
        'Punto focal',
    'E-mail':
        'Correo electrónico',
    'yes':
        'sí',
    'no':
        'no',
    'HLPF':
        'FPAN',
    'Figure':
        'Cifra',
    'Value':
        'Valor',
    '{done} of {total} programme(s) in the last cycle':
        '{done} de {total} programa(s) en el último ciclo',
    'took part in {took} of {invited} meeting(s), written comments included':
        'participó en {took} de {invited} reunión(es), comentarios escritos incluidos',
    '{kept} of {total} initiative(s) up to date':
        '{kept} de {total} iniciativa(s) al día',
    'commitments of the renewal':
        'compromisos de la renovación',
    'Reported in the last cycle':
        'Informó en el último ciclo',
    'MAC participation (written comments count)':
        'Participación en el MAC (cuentan los comentarios escritos)',
    'Initiatives kept up to date':
        'Iniciativas mantenidas al día',
    'Co-lead commitments met':
        'Compromisos de co-líder cumplidos',
    'Latest self-assessment':
        'Última autoevaluación',
    "Computed from the data: reporting in the last cycle of each of its programmes, MAC participation over the meetings held (written comments sent in advance count), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment.":
        'Calculado a partir de los datos: el informe en el último ciclo de cada uno de sus programas, la participación en el MAC en las reuniones celebradas (cuentan los comentarios escritos enviados con antelación), sus iniciativas mantenidas al día, los compromisos de renovación de un co-líder y la última autoevaluación de la secretaría.',
    'Signal':
        'Señal',
    'Level':
        'Nivel',
    'What it is made of':
        'De qué se compone',
    'Trend over the cycles':
        'Tendencia a lo largo de los ciclos',
    'Self-assessments':
        'Autoevaluaciones',
    'Record a self-assessment…':
        'Registrar una autoevaluación…',
    'Date':
        'Fecha',
    'Rating':
        'Valoración',
    'Commitments':
        'Compromisos',
    'Note':
        'Nota',
    'Health':
        'Salud',
    'Health of the partnership: {level}. Roles today: {roles}.':
        'Salud de la asociación: {level}. Funciones hoy: {roles}.',
    'Its health dropped since the previous point of its trend.':
        'Su salud bajó desde el punto anterior de su tendencia.',
    'Holds no role in a programme today; the signals below are what the data still says.':
        'No tiene ninguna función en un programa hoy; las señales de abajo son lo que aún dicen los datos.',
    'not applicable':
        'no aplicable',
    'No cycle has passed yet in which it was expected to report.':
        'Todavía no ha pasado ningún ciclo en el que se esperara su informe.',
    "One point per reporting year: that year's reporting and the self-assessment in force at its deadline.":
        'Un punto por año de informe: el informe de ese año y la autoevaluación vigente en su plazo.',
    'Met':
        'Cumplido',
    'Not met':
        'No cumplido',
    'No self-assessment recorded yet.':
        'Todavía no se ha registrado ninguna autoevaluación.',
    'Record the self-assessment of {name}':
        'Registrar la autoevaluación de {name}',
    'No organisations share an initiative.':
        'Ninguna organización comparte una iniciativa.',
    'Initiatives ({count}):':
        'Iniciativas ({count}):',
    '… and {count} more':
        '… y {count} más',
    'Works with: {names}':
        'Trabaja con: {names}',
    'Point at an organisation on the map to see its initiatives; click it to choose it.':
        'Señale una organización en el mapa para ver sus iniciativas; haga clic para elegirla.',
    'Open the organisation':
        'Abrir la organización',
    '{count} pairs of organisations share initiatives; {placed} organisations on the map.':
        '{count} pares de organizaciones comparten iniciativas; {placed} organizaciones en el mapa.',
    'Not on the map (no country, or one without a known place): {names}.':
        'Fuera del mapa (sin país, o de uno sin ubicación conocida): {names}.',
    'no country recorded':
        'ningún país registrado',
    'Initiatives ({count})':
        'Iniciativas ({count})',
    'Works with':
        'Trabaja con',
}
