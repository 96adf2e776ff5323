<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="55" />
            <source>{value!r} is not a number.</source>
            <translation>{value!r} no es un número.</translation>
        </message>
    </context>
    <context>
        <name>ActionItemDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="65" />
            <source>Add an action item</source>
            <translation>Añadir una acción</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="65" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="70" />
            <source>(the meeting as a whole)</source>
            <translation>(la reunión en su conjunto)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="73" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="74" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="75" />
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="76" />
            <source>Agenda item</source>
            <translation>Punto del orden del día</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesImportDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="55" />
            <source>Import activities</source>
            <translation>Importar actividades</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="58" />
            <source>The network's reporting export, CSV or Excel (.xlsx): one row per activity with organisation, programme, year, title and category; initiative, countries, SDGs, change in practice, highlight and submission date are optional. Nothing is written while any row has a problem.</source>
            <translation>La exportación de informes de la red, CSV o Excel (.xlsx): una fila por actividad con la organización, el programa, el año, el título y la categoría; la iniciativa, los países, los ODS, el cambio en la práctica, lo más destacado y la fecha de presentación son opcionales. No se escribe nada mientras alguna fila tenga un problema.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="65" />
            <source>No file chosen</source>
            <translation>Ningún archivo elegido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="66" />
            <source>Choose the file…</source>
            <translation>Elegir el archivo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="70" />
            <source>Which field each column fills</source>
            <translation>Qué campo llena cada columna</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="71" />
            <source>Column of the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="71" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="77" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="77" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="77" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="82" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="92" />
            <source>Choose the reporting export</source>
            <translation>Elegir la exportación de informes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="93" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="102" />
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="116" />
            <source>(by its name)</source>
            <translation>(por su nombre)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="117" />
            <source>(leave out)</source>
            <translation>(omitir)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="148" />
            <source>Checking {count} rows…</source>
            <translation>Comprobando {count} filas…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="158" />
            <source>warning: {text}</source>
            <translation>advertencia: {text}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="162" />
            <source>{rows} rows checked, no problems: {activities} activities to import, {submissions} submissions to record, {skipped} rows already recorded.</source>
            <translation>{rows} filas comprobadas, sin problemas: {activities} actividades por importar, {submissions} presentaciones por registrar, {skipped} filas ya registradas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="167" />
            <source>{count} problems: nothing will be written until they are corrected in the file or the mapping.</source>
            <translation>{count} problemas: no se escribirá nada hasta que se corrijan en el archivo o en la correspondencia.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="181" />
            <source>Import activities from {name}</source>
            <translation>Importar las actividades de {name}</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="34" />
            <source>Every category</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="34" />
            <source>Category of the activity</source>
            <translation>Categoría de la actividad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="36" />
            <source>Search titles and partners</source>
            <translation>Buscar en títulos y socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="43" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="43" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="43" />
            <source>Highlight</source>
            <translation>Lo más destacado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="44" />
            <source>Change in practice</source>
            <translation>Cambio en la práctica</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="47" />
            <source>No activity reported in this cycle matches.</source>
            <translation>Ninguna actividad informada en este ciclo coincide.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="49" />
            <source>New activity…</source>
            <translation>Nueva actividad…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="50" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="51" />
            <location filename="../../opn_desk/gui/reporting/activities.py" line="151" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="91" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="94" />
            <source>{shown} of {total} activities</source>
            <translation>{shown} de {total} actividades</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="137" />
            <source>Add the activity {title}</source>
            <translation>Añadir la actividad {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="140" />
            <source>Edit the activity {title}</source>
            <translation>Editar la actividad {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="150" />
            <source>Delete the activity {title}?</source>
            <translation>¿Eliminar la actividad {title}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="153" />
            <source>Delete the activity {title}</source>
            <translation>Eliminar la actividad {title}</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="168" />
            <source>Edit the activity</source>
            <translation>Editar la actividad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="168" />
            <source>New activity</source>
            <translation>Nueva actividad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="169" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="169" />
            <source>Add the activity</source>
            <translation>Añadir la actividad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="183" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="189" />
            <source>Country codes (ISO3), e.g. KEN; PER</source>
            <translation>Códigos de país (ISO3), p. ej. KEN; PER</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="191" />
            <source>e.g. 12, 7</source>
            <translation>p. ej. 12, 7</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="193" />
            <source>What changed in practice</source>
            <translation>Qué cambió en la práctica</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="195" />
            <source>A highlight of the year (shown in the cycle summary)</source>
            <translation>Lo más destacado del año (se muestra en el resumen del ciclo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="197" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="198" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="199" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="200" />
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="201" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="202" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="203" />
            <source>Change in practice</source>
            <translation>Cambio en la práctica</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="208" />
            <source>Choose the partner that reported the activity.</source>
            <translation>Elija el socio que informó la actividad.</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="31" />
            <source>Add an agenda item</source>
            <translation>Añadir un punto al orden del día</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="31" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="35" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="36" />
            <source>Presenter</source>
            <translation>Presentador</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="37" />
            <source>Decision sought</source>
            <translation>Decisión solicitada</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="53" />
            <source>Add item…</source>
            <translation>Añadir un punto…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="59" />
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="129" />
            <source>Choose an agenda item.</source>
            <translation>Elija un punto del orden del día.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="64" />
            <source>Papers</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="70" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="71" />
            <source>Add paper…</source>
            <translation>Añadir un documento…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="76" />
            <source>Written comments sent in advance</source>
            <translation>Comentarios escritos enviados con antelación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="82" />
            <source>Record written comments…</source>
            <translation>Registrar comentarios escritos…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="109" />
            <source>papers: {n}</source>
            <translation>documentos: {n}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="135" />
            <source>Presenter</source>
            <translation>Presentador</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="138" />
            <source>Decision sought</source>
            <translation>Decisión solicitada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="151" />
            <source>No written comments on this item.</source>
            <translation>No hay comentarios escritos sobre este punto.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="162" />
            <source>Add the agenda item {title}</source>
            <translation>Añadir el punto {title} al orden del día</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="173" />
            <source>Add a paper to {item}</source>
            <translation>Añadir un documento a {item}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="184" />
            <source>Add the paper {name}</source>
            <translation>Añadir el documento {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="200" />
            <source>No program on this computer opens {name}.</source>
            <translation>Ningún programa de este ordenador abre {name}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="213" />
            <source>Written comments on {item}</source>
            <translation>Comentarios escritos sobre {item}</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetailPanel</name>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="116" />
            <source>Open the organisation in the registry</source>
            <translation>Abrir la organización en el registro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="118" />
            <source>Letters and PDFs</source>
            <translation>Cartas y PDF</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="121" />
            <source>Acknowledgement letter…</source>
            <translation>Carta de acuse de recibo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="122" />
            <source>Decision letter…</source>
            <translation>Carta de decisión…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="123" />
            <source>Application summary…</source>
            <translation>Resumen de la solicitud…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="128" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="149" />
            <source>Next step:</source>
            <translation>Siguiente paso:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="157" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="158" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="108" />
            <source>Screening</source>
            <translation>Preselección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="159" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="123" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="235" />
            <source>Reviews</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="160" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="252" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="161" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="175" />
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="175" />
            <source>Alternate</source>
            <translation>Suplente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="176" />
            <source>Statement</source>
            <translation>Declaración</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="176" />
            <source>Contribution</source>
            <translation>Contribución</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="177" />
            <source>Work-streams</source>
            <translation>Líneas de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="177" />
            <source>Priority sectors</source>
            <translation>Sectores prioritarios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="178" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="191" />
            <source>The MAC's opinion</source>
            <translation>La opinión del MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="197" />
            <source>The Multi-stakeholder Advisory Committee's opinion, when it gives one</source>
            <translation>La opinión del Comité Asesor de Múltiples Partes Interesadas, cuando la emite</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="205" />
            <source>Save opinion</source>
            <translation>Guardar la opinión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="219" />
            <source>Eligibility and due diligence. Tick each check when it is done; moving to Under review needs every item ticked, or a reason to override the checklist.</source>
            <translation>Elegibilidad y diligencia debida. Marque cada comprobación cuando esté hecha; pasar a En revisión requiere todos los elementos marcados, o un motivo para omitir la lista.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="232" />
            <source>Another check for this application</source>
            <translation>Otra comprobación para esta solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="233" />
            <source>Add check</source>
            <translation>Añadir la comprobación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="268" />
            <source>Score…</source>
            <translation>Puntuar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="269" />
            <source>Declare conflict…</source>
            <translation>Declarar un conflicto…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="270" />
            <source>Remove declared conflict</source>
            <translation>Retirar el conflicto declarado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="271" />
            <source>Ranking of the call…</source>
            <translation>Clasificación de la convocatoria…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="294" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="294" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="294" />
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="311" />
            <source>Files are copied into the database, at most {limit} MB each; opening one shows a copy.</source>
            <translation>Los archivos se copian en la base de datos, como máximo {limit} MB cada uno; al abrir uno se muestra una copia.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="314" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="315" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="316" />
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="332" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="332" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="332" />
            <source>When, by whom</source>
            <translation>Cuándo, por quién</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="333" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="347" />
            <source>Application history</source>
            <translation>Historial de la solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="376" />
            <source>That application no longer exists.</source>
            <translation>Esa solicitud ya no existe.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="404" />
            <source>received {day}</source>
            <translation>recibida el {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="408" />
            <source>since {when}, by {who}</source>
            <translation>desde {when}, por {who}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="48" />
            <source>(nobody named)</source>
            <translation>(nadie nombrado)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="51" />
            <source>(none given)</source>
            <translation>(ninguno indicado)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="54" />
            <source>(none offered)</source>
            <translation>(ninguno ofrecido)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="58" />
            <source>{decision} on {day}</source>
            <translation>{decision} el {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="63" />
            <source>Withdrawn</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="65" />
            <source>Not decided yet</source>
            <translation>Aún no decidida</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="68" />
            <source>Accepting it created a membership: &lt;a href="org"&gt;see it in the organisation's memberships&lt;/a&gt;.</source>
            <translation>Al aceptarla se creó una membresía: &lt;a href="org"&gt;verla en las membresías de la organización&lt;/a&gt;.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="81" />
            <source>The MAC's opinion is recorded while the application is under review or waiting for it.</source>
            <translation>La opinión del MAC se registra mientras la solicitud está en revisión o a la espera de ella.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="99" />
            <source>No checks on the list.</source>
            <translation>No hay comprobaciones en la lista.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="101" />
            <source>All {total} checks done.</source>
            <translation>Las {total} comprobaciones están hechas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="103" />
            <source>{done} of {total} checks done.</source>
            <translation>{done} de {total} comprobaciones hechas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="107" />
            <source>Screening ({done}/{total})</source>
            <translation>Preselección ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="118" />
            <source>This application answers no call, so it is not scored: network members join without a review.</source>
            <translation>Esta solicitud no responde a ninguna convocatoria, por lo que no se puntúa: los miembros de la red se incorporan sin evaluación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="129" />
            <source>The call has no evaluation criteria yet.</source>
            <translation>La convocatoria aún no tiene criterios de evaluación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="131" />
            <source>Scores from 0 to {max} per criterion and reviewer. Criteria where reviewers differ by {spread} points or more are highlighted.</source>
            <translation>Puntuaciones de 0 a {max} por criterio y evaluador. Se resaltan los criterios en que los evaluadores difieren en {spread} puntos o más.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="441" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="135" />
            <source>Scores are recorded while the application is under review or waiting for the MAC's opinion.</source>
            <translation>Las puntuaciones se registran mientras la solicitud está en revisión o a la espera de la opinión del MAC.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="138" />
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="138" />
            <source>Weight</source>
            <translation>Ponderación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="138" />
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="156" />
            <source>Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); differences of {limit} points or more are highlighted.</source>
            <translation>Los evaluadores discrepan: sus puntuaciones difieren en {spread} puntos (de {low} a {high}); se resaltan las diferencias de {limit} puntos o más.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="181" />
            <source>Weighted total</source>
            <translation>Total ponderado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="206" />
            <source>&lt;b&gt;Weighted total: {total}&lt;/b&gt; of {max}</source>
            <translation>&lt;b&gt;Total ponderado: {total}&lt;/b&gt; de {max}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="208" />
            <source>{done} of {needed} complete reviews</source>
            <translation>{done} de {needed} evaluaciones completas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="211" />
            <source>not scored yet: {criteria}</source>
            <translation>aún sin puntuar: {criteria}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="213" />
            <source>&lt;span style='background: #fde3c3;'&gt;reviewers disagree on {criteria}&lt;/span&gt;</source>
            <translation>&lt;span style='background: #fde3c3;'&gt;los evaluadores discrepan en {criteria}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="216" />
            <source>rank {rank} in the call</source>
            <translation>puesto {rank} en la convocatoria</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="219" />
            <source>Scores left out for a conflict of interest:</source>
            <translation>Puntuaciones excluidas por conflicto de intereses:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="226" />
            <source>Declared conflict: {who}, {day}</source>
            <translation>Conflicto declarado: {who}, {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="234" />
            <source>Reviews ({total})</source>
            <translation>Evaluaciones ({total})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="251" />
            <source>Files ({count})</source>
            <translation>Archivos ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="269" />
            <source>History ({count})</source>
            <translation>Historial ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="106" />
            <source>Tick “{item}” for {name}</source>
            <translation>Marcar “{item}” para {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="106" />
            <source>Untick “{item}” for {name}</source>
            <translation>Desmarcar “{item}” para {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="129" />
            <source>Add the check “{item}” for {name}</source>
            <translation>Añadir la comprobación “{item}” para {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="153" />
            <source>Record the MAC's opinion on {name}</source>
            <translation>Registrar la opinión del MAC sobre {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="169" />
            <source>Scores of {reviewer} for {name}</source>
            <translation>Puntuaciones de {reviewer} para {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="183" />
            <source>Conflict of interest: {reviewer} on {name}</source>
            <translation>Conflicto de intereses: {reviewer} sobre {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="196" />
            <source>Remove the conflict {who} declared?</source>
            <translation>¿Retirar el conflicto que declaró {who}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="197" />
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="265" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="197" />
            <source>Their scores on this application count again. You can undo this with Edit › Undo.</source>
            <translation>Sus puntuaciones en esta solicitud vuelven a contar. Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="199" />
            <source>Remove the conflict of {who}</source>
            <translation>Quitar el conflicto de {who}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="218" />
            <source>Attach files</source>
            <translation>Adjuntar archivos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="219" />
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="234" />
            <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
            <translation>{name} ocupa {size:.1f} MB; los adjuntos pueden ocupar como máximo {limit} MB.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="236" />
            <source>Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and note where in the statement.</source>
            <translation>Adjunte una copia más pequeña (un PDF comprimido, por ejemplo), o deje el archivo donde está e indique dónde en la declaración.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="241" />
            <source>Attach {file} to {name}</source>
            <translation>Adjuntar {file} a {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="251" />
            <source>No program on this computer opens {name}.</source>
            <translation>Ningún programa de este ordenador abre {name}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="252" />
            <source>A copy was saved as {path}.</source>
            <translation>Se guardó una copia como {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="264" />
            <source>Remove {file} from this application?</source>
            <translation>¿Quitar {file} de esta solicitud?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="265" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="266" />
            <source>Remove {file} from {name}</source>
            <translation>Quitar {file} de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="275" />
            <source>acknowledgement</source>
            <translation>acuse de recibo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="275" />
            <source>decision</source>
            <translation>decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="276" />
            <source>application</source>
            <translation>solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="280" />
            <source>Save the PDF</source>
            <translation>Guardar el PDF</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="286" />
            <source>Wrote {path} ({pages} pages)</source>
            <translation>{path} escrito ({pages} páginas)</translation>
        </message>
    </context>
    <context>
        <name>Applications</name>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="132" />
            <source>A call needs a title.</source>
            <translation>Una convocatoria necesita un título.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="134" />
            <source>The call's title is longer than 300 characters.</source>
            <translation>El título de la convocatoria supera los 300 caracteres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="136" />
            <source>A call cannot close before it opens.</source>
            <translation>Una convocatoria no puede cerrarse antes de abrirse.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="157" />
            <source>Applications already answer this call, so its programme and role cannot change.</source>
            <translation>Ya hay solicitudes que responden a esta convocatoria, así que su programa y su función no pueden cambiar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="325" />
            <source>Choose the organisation that applies (create it first if it is new).</source>
            <translation>Elija la organización solicitante (créela primero si es nueva).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="338" />
            <source>That call no longer exists.</source>
            <translation>Esa convocatoria ya no existe.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="346" />
            <source>The alternate must be someone other than the representative.</source>
            <translation>El suplente debe ser una persona distinta del representante.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="349" />
            <source>An application cannot be received in the future.</source>
            <translation>Una solicitud no puede recibirse en el futuro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="405" />
            <source>The application was changed since you opened it; reopen it to see the latest version.</source>
            <translation>La solicitud cambió desde que la abrió; vuelva a abrirla para ver la última versión.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="410" />
            <source>The application already has scores, so its organisation, programme, role and call cannot change.</source>
            <translation>La solicitud ya tiene puntuaciones, así que su organización, programa, función y convocatoria no pueden cambiar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="434" />
            <source>A checklist item needs a name.</source>
            <translation>Un elemento de la lista de comprobación necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="513" />
            <source>A decision cannot be dated in the future.</source>
            <translation>Una decisión no puede fecharse en el futuro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="515" />
            <source>A decision cannot be dated before the application was received.</source>
            <translation>Una decisión no puede fecharse antes de recibir la solicitud.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="564" />
            <source>Only a decided or withdrawn application can be reopened.</source>
            <translation>Solo puede reabrirse una solicitud decidida o retirada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="595" />
            <source>The attachment needs a file name.</source>
            <translation>El adjunto necesita un nombre de archivo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="632" />
            <location filename="../../opn_desk/services/applications.py" line="640" />
            <source>That attachment no longer exists (it may have been removed or undone).</source>
            <translation>Ese adjunto ya no existe (puede que se haya quitado o deshecho).</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="116" />
            <location filename="../../opn_desk/gui/applications/page.py" line="139" />
            <source>Applications</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="116" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="89" />
            <source>Search applicants by name or acronym</source>
            <translation>Buscar solicitantes por nombre o sigla</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="90" />
            <source>Record application</source>
            <translation>Registrar una solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="91" />
            <source>Record an application received by e-mail or on paper (Ctrl+Shift+N)</source>
            <translation>Registrar una solicitud recibida por correo electrónico o en papel (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="94" />
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="97" />
            <source>Import applications…</source>
            <translation>Importar solicitudes…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="98" />
            <source>Import organisations and people…</source>
            <translation>Importar organizaciones y personas…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="100" />
            <source>Export applicants for a mail merge…</source>
            <translation>Exportar los solicitantes para una combinación de correspondencia…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="102" />
            <source>Calls and evaluation criteria…</source>
            <translation>Convocatorias y criterios de evaluación…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="104" />
            <source>Screening checklists…</source>
            <translation>Listas de comprobación de la preselección…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="106" />
            <source>Ranking of the call…</source>
            <translation>Clasificación de la convocatoria…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="107" />
            <source>Review pack of the call (PDF)…</source>
            <translation>Paquete de evaluación de la convocatoria (PDF)…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="122" />
            <source>All programmes</source>
            <translation>Todos los programas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="122" />
            <source>Programme applied to</source>
            <translation>Programa al que se presenta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="124" />
            <location filename="../../opn_desk/gui/applications/page.py" line="202" />
            <source>All calls</source>
            <translation>Todas las convocatorias</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="124" />
            <source>The call the application answers</source>
            <translation>La convocatoria a la que responde la solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="125" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="125" />
            <source>Where the application is</source>
            <translation>En qué punto está la solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="126" />
            <source>Open applications</source>
            <translation>Solicitudes abiertas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="128" />
            <source>All roles</source>
            <translation>Todas las funciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="128" />
            <source>Role applied for</source>
            <translation>Función solicitada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="130" />
            <source>Clear filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="207" />
            <source>{count} applications; open {start} to {end}</source>
            <translation>{count} solicitudes; abrir de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="246" />
            <source>Choose a call in the filters first.</source>
            <translation>Elija primero una convocatoria en los filtros.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="254" />
            <source>1 application</source>
            <translation>1 solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="256" />
            <source>{count} applications</source>
            <translation>{count} solicitudes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="257" />
            <source> match</source>
            <translation> coinciden</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="259" />
            <source>No applications yet. Record one with Record application, or import a file with More › Import applications.</source>
            <translation>Aún no hay solicitudes. Registre una con Registrar una solicitud, o importe un archivo con Más › Importar solicitudes.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="262" />
            <source>No application matches. Try fewer words or clear the filters.</source>
            <translation>Ninguna solicitud coincide. Pruebe con menos palabras o borre los filtros.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="344" />
            <source>Application recorded.</source>
            <translation>Solicitud registrada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="367" />
            <source>Export applicants for a mail merge</source>
            <translation>Exportar los solicitantes para una combinación de correspondencia</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="369" />
            <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>Archivo CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="379" />
            <source>Exported {count} applicants to {path}</source>
            <translation>{count} solicitantes exportados a {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="437" />
            <source>Save the review pack</source>
            <translation>Guardar el paquete de evaluación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="437" />
            <source>review pack</source>
            <translation>paquete de evaluación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="443" />
            <source>Wrote {path} ({pages} pages)</source>
            <translation>{path} escrito ({pages} páginas)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="444" />
            <source>Review pack: {title}</source>
            <translation>Paquete de evaluación: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="452" />
            <source>Decision recorded. Write the decision letter now?</source>
            <translation>Decisión registrada. ¿Escribir ahora la carta de decisión?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="453" />
            <source>Write the letter…</source>
            <translation>Escribir la carta…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="453" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="454" />
            <source>You can also write it later from Letters and PDFs.</source>
            <translation>También puede escribirla más tarde desde Cartas y PDF.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="474" />
            <source>&amp;Applications</source>
            <translation>&amp;Solicitudes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="475" />
            <source>&amp;Record application…</source>
            <translation>&amp;Registrar una solicitud…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="494" />
            <source>&amp;Due list</source>
            <translation>&amp;Vencimientos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="513" />
            <source>{count} things due</source>
            <translation>{count} vencimientos</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Convocatoria</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>In this state</source>
            <translation>En este estado</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>This column is not sortable.</source>
            <translation>Esta columna no se puede ordenar.</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>Click to sort by {column}.</source>
            <translation>Haga clic para ordenar por {column}.</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} días</translation>
        </message>
    </context>
    <context>
        <name>ApproveMinutesDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="152" />
            <source>Approve the minutes of {meeting}</source>
            <translation>Aprobar el acta de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="153" />
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="156" />
            <source>At {meeting}</source>
            <translation>En {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="157" />
            <source>By written procedure</source>
            <translation>Por procedimiento escrito</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="159" />
            <source>e.g. the advisory committee</source>
            <translation>p. ej., el comité asesor</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="161" />
            <source>Approved minutes cannot be changed; Undo takes an approval back.</source>
            <translation>Un acta aprobada no puede modificarse; Deshacer retira una aprobación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="164" />
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="165" />
            <source>Approved by</source>
            <translation>Aprobada por</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="166" />
            <source>On (written procedure)</source>
            <translation>El (procedimiento escrito)</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="54" />
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="55" />
            <source>Applications</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="56" />
            <source>Selection</source>
            <translation>Selección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="56" />
            <source>Core partner selection after each open call: a proposed slate balanced across the five UN regional groups and the stakeholder clusters, aiming for at least half of core partners with a female designated representative, with the reasons for each choice.</source>
            <translation>Selección de los socios principales tras cada convocatoria abierta: una lista propuesta equilibrada entre los cinco grupos regionales de las Naciones Unidas y los grupos de partes interesadas, con el objetivo de que al menos la mitad de los socios principales tenga una representante designada, con los motivos de cada elección.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="60" />
            <source>Leadership</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="60" />
            <source>The leadership renewal process: agreeing the need and timeline, the open call, review against the evaluation criteria, the MAC's opinion and submission to the Board; co-lead terms and succession planning up to 2030.</source>
            <translation>El proceso de renovación de la dirección: acuerdo sobre la necesidad y el calendario, la convocatoria abierta, la evaluación según los criterios, la opinión del MAC y la presentación a la Junta; mandatos de los co-líderes y planificación de la sucesión hasta 2030.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="64" />
            <source>Reporting</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="64" />
            <source>Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme against the 75% target, and activities by category.</source>
            <translation>Informes anuales de los socios: quién aún no ha informado, recordatorios, tasas de presentación de informes por programa frente al objetivo del 75 %, y actividades por categoría.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="67" />
            <source>Portfolio</source>
            <translation>Cartera</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="67" />
            <source>Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives inactive for two years kept for monitoring.</source>
            <translation>Iniciativas principales y afiliadas, su diligencia debida, los ODS a los que contribuyen, y las iniciativas inactivas durante dos años que se conservan para seguimiento.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="70" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="70" />
            <source>MAC meetings (one virtual and one face-to-face each year): invitations, participation including written comments sent in advance, travel support for partners from LDCs, and printed dossiers.</source>
            <translation>Reuniones del MAC (una virtual y una presencial cada año): invitaciones, participación, incluidos los comentarios escritos enviados con antelación, apoyo para viajes de socios de los PMA, y dossiers impresos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="73" />
            <source>Work plan</source>
            <translation>Plan de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="73" />
            <source>Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, postponed), printed as the three-column progress report.</source>
            <translation>Tareas por área con su avance, próximos pasos y estado (completada, en curso, aún no iniciada, aplazada), impresas como el informe de avance en tres columnas.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="82" />
            <source>Record a self-assessment</source>
            <translation>Registrar una autoevaluación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="82" />
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="91" />
            <source>(not assessed)</source>
            <translation>(sin evaluar)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="92" />
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="93" />
            <source>Not met</source>
            <translation>No cumplido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="95" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="96" />
            <source>Conversation on</source>
            <translation>Conversación del</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="97" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="99" />
            <source>Renewal commitments</source>
            <translation>Compromisos de renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="100" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>BalanceView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="64" />
            <source>Balance of the proposed leadership</source>
            <translation>Equilibrio de la dirección propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>Count</source>
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>Needs</source>
            <translation>Necesita</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="81" />
            <source>Counted by</source>
            <translation>Contado por</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="81" />
            <source>Leads</source>
            <translation>Líderes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="87" />
            <source>The core-partner selection's rules, for as many seats as leads are proposed. With few seats not every group can be represented. Gender is only counted.</source>
            <translation>Las reglas de la selección de socios principales, para tantos puestos como líderes propuestos. Con pocos puestos no todos los grupos pueden estar representados. El género solo se cuenta.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="102" />
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="102" />
            <source>Stakeholder cluster</source>
            <translation>Grupo de partes interesadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="104" />
            <source>Representative's gender</source>
            <translation>Género del representante</translation>
        </message>
    </context>
    <context>
        <name>CandidateDetail</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="61" />
            <source>Scores</source>
            <translation>Puntuaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="64" />
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="64" />
            <source>Weight</source>
            <translation>Ponderación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="64" />
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="65" />
            <source>By reviewer</source>
            <translation>Por evaluador</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="71" />
            <source>Score…</source>
            <translation>Puntuar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="72" />
            <source>Record a reviewer's scores of this incumbent on the lead criteria</source>
            <translation>Registrar las puntuaciones de un evaluador para este titular según los criterios de liderazgo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="77" />
            <source>MAC opinion</source>
            <translation>Opinión del MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="82" />
            <source>The Multi-stakeholder Advisory Committee's opinion on this candidate</source>
            <translation>La opinión del Comité Asesor de Múltiples Partes Interesadas sobre este candidato</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="89" />
            <source>Save opinion</source>
            <translation>Guardar la opinión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="96" />
            <source>Proposed leadership</source>
            <translation>Dirección propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="102" />
            <source>Propose…</source>
            <translation>Proponer…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="103" />
            <source>Take out of the proposal</source>
            <translation>Quitar de la propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="113" />
            <source>Choose a candidate in the table to see its scores and the MAC's opinion.</source>
            <translation>Elija un candidato en la tabla para ver sus puntuaciones y la opinión del MAC.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="142" />
            <source>Incumbent seeking renewal</source>
            <translation>Titular que solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="144" />
            <source>Incumbent, applied</source>
            <translation>Titular, solicitante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="146" />
            <source>Applicant: {status}</source>
            <translation>Solicitante: {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="149" />
            <source>cluster not recorded</source>
            <translation>grupo no registrado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="150" />
            <source>represented by {name}</source>
            <translation>representado por {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="151" />
            <source>no representative recorded</source>
            <translation>ningún representante registrado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="153" />
            <source>current term ends on {day}</source>
            <translation>el mandato actual termina el {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="155" />
            <source>Commitment offered: {text}</source>
            <translation>Compromiso ofrecido: {text}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="156" />
            <source>not stated</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="164" />
            <source>not scored yet</source>
            <translation>aún sin puntuar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="167" />
            <source>Not scored yet.</source>
            <translation>Aún sin puntuar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="169" />
            <source>Weighted total {total}, rank {rank} of the scored candidates.</source>
            <translation>Total ponderado {total}, puesto {rank} entre los candidatos puntuados.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="176" />
            <source>Kept on the application (recorded while it is under review or waiting for the MAC).</source>
            <translation>Se conserva con la solicitud (registrada mientras está en revisión o a la espera del MAC).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="178" />
            <source>Kept with the renewal process.</source>
            <translation>Se conserva con el proceso de renovación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="180" />
            <source>Proposed.</source>
            <translation>Propuesto.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="183" />
            <source>Not proposed.</source>
            <translation>No propuesto.</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="47" />
            <source>Lead criteria…</source>
            <translation>Criterios de liderazgo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="48" />
            <source>The criteria candidates are scored on (editable)</source>
            <translation>Los criterios con que se puntúa a los candidatos (editables)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="49" />
            <source>Incumbents…</source>
            <translation>Titulares…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="50" />
            <source>Which incumbent co-leads seek renewal, and their commitments</source>
            <translation>Qué co-líderes titulares solicitan la renovación, y sus compromisos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="62" />
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="64" />
            <source>Tick “Proposed” to put a candidate in the proposed leadership; untick to take it out. Unscored candidates are listed last.</source>
            <translation>Marque “Propuesto” para incluir a un candidato en la dirección propuesta; desmarque para quitarlo. Los candidatos sin puntuar aparecen al final.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Country (group)</source>
            <translation>País (grupo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Cluster</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="106" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="106" />
            <source>MAC opinion</source>
            <translation>Opinión del MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="116" />
            <source>{name} (weight {weight:g}): mean score</source>
            <translation>{name} (ponderación {weight:g}): puntuación media</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="120" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="130" />
            <source>Incumbent</source>
            <translation>Titular</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="131" />
            <source>Applicant (incumbent)</source>
            <translation>Solicitante (titular)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="131" />
            <source>Applicant</source>
            <translation>Solicitante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="135" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="153" />
            <source>{count} candidates ({applicants} applications, {incumbents} incumbents seeking renewal without one); {proposed} proposed</source>
            <translation>{count} candidatos ({applicants} solicitudes, {incumbents} titulares que solicitan la renovación sin solicitud); {proposed} propuestos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="159" />
            <source>Link the process to its co-lead call first: the lead criteria are the call's.</source>
            <translation>Vincule primero el proceso a su convocatoria de co-líderes: los criterios de liderazgo son los de la convocatoria.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="171" />
            <source>The MAC opinion on {name} is not saved. Leave it?</source>
            <translation>La opinión del MAC sobre {name} no está guardada. ¿Dejarla?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="172" />
            <source>Leave it</source>
            <translation>Dejarla</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="206" />
            <source>Propose {name} for the leadership</source>
            <translation>Proponer a {name} para la dirección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="207" />
            <source>Take {name} out of the proposed leadership</source>
            <translation>Quitar a {name} de la dirección propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="213" />
            <source>Propose {name}</source>
            <translation>Proponer a {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="213" />
            <source>Propose</source>
            <translation>Proponer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="214" />
            <source>Why is {name} proposed? (printed in the dossier)</source>
            <translation>¿Por qué se propone a {name}? (se imprime en el dossier)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="234" />
            <source>MAC opinion on {name}</source>
            <translation>Opinión del MAC sobre {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="249" />
            <source>Scores of {name}</source>
            <translation>Puntuaciones de {name}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="34" />
            <source>Screening checklists</source>
            <translation>Listas de comprobación de la preselección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="43" />
            <source>The eligibility and due-diligence checks a new application starts its screening with. Applications already received keep their own list.</source>
            <translation>Las comprobaciones de elegibilidad y diligencia debida con las que una nueva solicitud inicia su preselección. Las solicitudes ya recibidas conservan su propia lista.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="48" />
            <source>Role applied for:</source>
            <translation>Función solicitada:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="62" />
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="65" />
            <source>Add check</source>
            <translation>Añadir la comprobación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="66" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="67" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="68" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="69" />
            <source>Restore defaults</source>
            <translation>Restablecer los valores predeterminados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="123" />
            <source>Customised by the desk</source>
            <translation>Personalizada por la secretaría</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="123" />
            <source>Shipped defaults</source>
            <translation>Valores predeterminados de origen</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="144" />
            <source>New check</source>
            <translation>Nueva comprobación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="168" />
            <source>Restore the default screening checklist for {role}</source>
            <translation>Restablecer la lista de comprobación de preselección predeterminada para {role}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="183" />
            <source>Set the screening checklist for {role}</source>
            <translation>Fijar la lista de comprobación de preselección para {role}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="33" />
            <source>External review checklist</source>
            <translation>Lista de comprobación de la evaluación externa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="36" />
            <source>Tick each recommendation of the external review once the renewal has considered it; who ticked it and when are recorded.</source>
            <translation>Marque cada recomendación de la evaluación externa una vez que la renovación la haya considerado; se registra quién la marcó y cuándo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="38" />
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="139" />
            <source>Considered</source>
            <translation>Considerada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="38" />
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="38" />
            <source>Ticked by</source>
            <translation>Marcada por</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="39" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="49" />
            <source>Another item to check</source>
            <translation>Otro elemento por comprobar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="50" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="51" />
            <source>Note…</source>
            <translation>Nota…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="52" />
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="190" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="85" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="85" />
            <source>Not yet</source>
            <translation>Aún no</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="93" />
            <source>{who}, {when}</source>
            <translation>{who}, {when}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="101" />
            <source>External review checklist: {done} of {count} considered</source>
            <translation>Lista de comprobación de la evaluación externa: {done} de {count} consideradas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="134" />
            <source>Tick the checklist item “{text}”</source>
            <translation>Marcar el elemento “{text}”</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="139" />
            <source>Tick</source>
            <translation>Marcar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="140" />
            <source>“{text}”: how was it considered?</source>
            <translation>“{text}”: ¿cómo se consideró?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="154" />
            <source>Untick the checklist item “{text}”</source>
            <translation>Desmarcar el elemento “{text}”</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="164" />
            <source>Add the checklist item “{text}”</source>
            <translation>Añadir el elemento “{text}”</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="174" />
            <source>Checklist note</source>
            <translation>Nota del elemento</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="174" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="177" />
            <source>Note on the checklist item “{text}”</source>
            <translation>Nota sobre el elemento “{text}”</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="189" />
            <source>Remove “{text}” from the checklist?</source>
            <translation>¿Quitar “{text}” de la lista?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="190" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="191" />
            <source>Remove the checklist item “{text}”</source>
            <translation>Quitar el elemento “{text}”</translation>
        </message>
    </context>
    <context>
        <name>CollaborationsTab</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="41" />
            <source>Every programme</source>
            <translation>Todos los programas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="41" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="51" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="51" />
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="133" />
            <source>Works with</source>
            <translation>Trabaja con</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="51" />
            <source>Initiatives shared</source>
            <translation>Iniciativas compartidas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="53" />
            <source>No organisations share an initiative.</source>
            <translation>Ninguna organización comparte una iniciativa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="55" />
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="120" />
            <source>Point at an organisation on the map to see its initiatives; click it to choose it.</source>
            <translation>Señale una organización en el mapa para ver sus iniciativas; haga clic para elegirla.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="66" />
            <source>Open the organisation</source>
            <translation>Abrir la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="101" />
            <source>{count} pairs of organisations share initiatives; {placed} organisations on the map.</source>
            <translation>{count} pares de organizaciones comparten iniciativas; {placed} organizaciones en el mapa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="104" />
            <source>Not on the map (no country, or one without a known place): {names}.</source>
            <translation>Fuera del mapa (sin país, o de uno sin ubicación conocida): {names}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="128" />
            <source>no country recorded</source>
            <translation>ningún país registrado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="130" />
            <source>Initiatives ({count})</source>
            <translation>Iniciativas ({count})</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../opn_desk/cli.py" line="30" />
            <source>{problem} (see 'opn-desk --help').</source>
            <translation>{problem} (véase 'opn-desk --help').</translation>
        </message>
        <message>
            <location filename="../../opn_desk/cli.py" line="570" />
            <source>Something went wrong that OPN Desk did not expect ({kind}). Nothing further was written; please report this.</source>
            <translation>Ocurrió algo que OPN Desk no esperaba ({kind}). No se escribió nada más; por favor, infórmelo.</translation>
        </message>
        <message>
            <source>the desk's database file, or a team server's postgresql:// URL (docs/SERVER.md)</source>
            <translation>el archivo de base de datos de la secretaría, o la URL postgresql:// de un servidor del equipo (docs/SERVER.md)</translation>
        </message>
        <message>
            <source>OPN Desk: the coordination desk's tool for One Planet network programmes. Without a command, opens the desk's window.</source>
            <translation>OPN Desk: la herramienta de la secretaría de coordinación para los programas de One Planet network. Sin comando, abre la ventana de la secretaría.</translation>
        </message>
        <message>
            <source>open the database, show the window offscreen, run the checks and exit</source>
            <translation>abrir la base de datos, mostrar la ventana fuera de pantalla, ejecutar las comprobaciones y salir</translation>
        </message>
        <message>
            <source>open the database read-only</source>
            <translation>abrir la base de datos en modo de solo lectura</translation>
        </message>
        <message>
            <source>the language of messages (default: the one saved in Preferences, else English); JSON, CSV/XLSX columns, codes and exit codes are never translated</source>
            <translation>el idioma de los mensajes (por defecto: el guardado en Preferencias, si no, el inglés); el JSON, las columnas CSV/XLSX, los códigos y los códigos de salida nunca se traducen</translation>
        </message>
        <message>
            <source>create a realistic demo network in a database</source>
            <translation>crear una red de demostración realista en una base de datos</translation>
        </message>
        <message>
            <source>the same seed gives the same network (default 1)</source>
            <translation>la misma semilla da la misma red (por defecto 1)</translation>
        </message>
        <message>
            <source>how many (default 900)</source>
            <translation>cuántas (por defecto 900)</translation>
        </message>
        <message>
            <source>replace the file if it already exists</source>
            <translation>reemplazar el archivo si ya existe</translation>
        </message>
        <message>
            <source>integrity and rule checks; exit 1 listing any problems</source>
            <translation>comprobaciones de integridad y de reglas; código de salida 1 con la lista de problemas</translation>
        </message>
        <message>
            <source>first rebuild the registry's search index from the organisations (a repair)</source>
            <translation>reconstruir primero el índice de búsqueda del registro a partir de las organizaciones (una reparación)</translation>
        </message>
        <message>
            <source>export data to CSV or XLSX</source>
            <translation>exportar datos a CSV o XLSX</translation>
        </message>
        <message>
            <source>FILE.csv or FILE.xlsx</source>
            <translation>ARCHIVO.csv o ARCHIVO.xlsx</translation>
        </message>
        <message>
            <source>initiatives: leave out inactive initiatives and the desk's own notes</source>
            <translation>iniciativas: dejar fuera las iniciativas inactivas y las notas de la secretaría</translation>
        </message>
        <message>
            <source>also export personal data that is sensitive (representatives' gender)</source>
            <translation>exportar también los datos personales sensibles (género de los representantes)</translation>
        </message>
        <message>
            <source>write a reference table as the app uses it</source>
            <translation>escribir una tabla de referencia tal como la usa la aplicación</translation>
        </message>
        <message>
            <source>LDC status as of this date (default today)</source>
            <translation>condición de PMA en esta fecha (por defecto hoy)</translation>
        </message>
        <message>
            <source>the regional groups as this database counts them (default: as shipped)</source>
            <translation>los grupos regionales tal como los cuenta esta base de datos (por defecto: tal como se distribuyen)</translation>
        </message>
        <message>
            <source>write a verified backup of the database</source>
            <translation>escribir una copia de seguridad verificada de la base de datos</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>dónde escribirla (por defecto: la carpeta de copias de seguridad)</translation>
        </message>
        <message>
            <source>replace FILE if it already exists</source>
            <translation>reemplazar ARCHIVO si ya existe</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current one is kept)</source>
            <translation>reemplazar la base de datos por una copia de seguridad (la actual se conserva)</translation>
        </message>
        <message>
            <source>the backup file (default: the newest backup that passes its check)</source>
            <translation>el archivo de copia de seguridad (por defecto: la más reciente que supera su comprobación)</translation>
        </message>
        <message>
            <source>import applications, organisations or reported activities from CSV/XLSX (all or nothing)</source>
            <translation>importar solicitudes, organizaciones o actividades informadas desde CSV/XLSX (todo o nada)</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file, one row per record</source>
            <translation>un archivo .csv o .xlsx, una fila por registro</translation>
        </message>
        <message>
            <source>the call the applications answer (its title or id)</source>
            <translation>la convocatoria a la que responden las solicitudes (su título o su identificador)</translation>
        </message>
        <message>
            <source>a CSV/JSON mapping of file columns to fields</source>
            <translation>una correspondencia CSV/JSON entre las columnas del archivo y los campos</translation>
        </message>
        <message>
            <source>check the file and report; write nothing</source>
            <translation>comprobar el archivo e informar; no escribir nada</translation>
        </message>
        <message>
            <source>leave out these rows (as numbered in problems)</source>
            <translation>dejar fuera estas filas (numeradas como en los problemas)</translation>
        </message>
        <message>
            <source>print a PDF report</source>
            <translation>imprimir un informe PDF</translation>
        </message>
        <message>
            <source>reporting: the reporting cycle's year (FILE.pdf or .xlsx)</source>
            <translation>reporting: el año del ciclo de informes (ARCHIVO.pdf o .xlsx)</translation>
        </message>
        <message>
            <source>review-pack: the call (its title or id); selection: the core-partner call (its id or a part of its title)</source>
            <translation>review-pack: la convocatoria (su título o su identificador); selection: la convocatoria de socios principales (su identificador o una parte de su título)</translation>
        </message>
        <message>
            <source>application: the application's id</source>
            <translation>application: el identificador de la solicitud</translation>
        </message>
        <message>
            <source>meeting-pack: the meeting's id (`opn-desk meetings list`)</source>
            <translation>meeting-pack: el identificador de la reunión (`opn-desk meetings list`)</translation>
        </message>
        <message>
            <source>dossier/roster: the programme's code, e.g. SPP</source>
            <translation>dossier/roster: el código del programa, p. ej. SPP</translation>
        </message>
        <message>
            <source>roster: composition on this date (default today)</source>
            <translation>roster: la composición en esta fecha (por defecto hoy)</translation>
        </message>
        <message>
            <source>dossier, selection: mark FINAL (no DRAFT watermark)</source>
            <translation>dossier, selection: marcar FINAL (sin marca de agua DRAFT)</translation>
        </message>
        <message>
            <source>dossier: full (default, everything) or summary (the decision, the balance, half a page per candidate)</source>
            <translation>dossier: full (por defecto, todo) o summary (la decisión, el equilibrio, media página por candidato)</translation>
        </message>
        <message>
            <source>selection: report the hand-picked slate instead of the optimal one</source>
            <translation>selection: presentar la lista elegida a mano en lugar de la óptima</translation>
        </message>
        <message>
            <source>the document's language (default: the language of messages); after the command, so a French desk may print an English dossier</source>
            <translation>el idioma del documento (por defecto: el de los mensajes); después del comando, para que una secretaría hispanohablante pueda imprimir un dossier en inglés</translation>
        </message>
        <message>
            <source>propose a balanced core-partner slate (integer programming)</source>
            <translation>proponer una lista equilibrada de socios principales (programación entera)</translation>
        </message>
        <message>
            <source>candidates: id, score, attributes</source>
            <translation>candidatos: identificador, puntuación, atributos</translation>
        </message>
        <message>
            <source>seats, balance rules and pins</source>
            <translation>puestos, reglas de equilibrio y fijaciones</translation>
        </message>
        <message>
            <source>number of seats (overrides the rules file)</source>
            <translation>número de puestos (sustituye al del archivo de reglas)</translation>
        </message>
        <message>
            <source>with --db: the core-partner call whose stored round to use (its id or a part of its title)</source>
            <translation>con --db: la convocatoria de socios principales cuya selección guardada se usa (su identificador o una parte de su título)</translation>
        </message>
        <message>
            <source>print a JSON object instead of text</source>
            <translation>mostrar un objeto JSON en lugar de texto</translation>
        </message>
        <message>
            <source>--organisations must be between 1 and 1,000,000.</source>
            <translation>--organisations debe estar entre 1 y 1.000.000.</translation>
        </message>
        <message>
            <source>A server database is backed up and restored with the server's own backups (pg_dump, pg_restore; docs/SERVER.md), not with OPN Desk's file copies.</source>
            <translation>Una base de datos de servidor se respalda y se restaura con las copias de seguridad del propio servidor (pg_dump, pg_restore; docs/SERVER.md), no con las copias de archivo de OPN Desk.</translation>
        </message>
        <message>
            <source>Demo network written to {path}: {summary}</source>
            <translation>Red de demostración escrita en {path}: {summary}</translation>
        </message>
        <message>
            <source>Wrote {count} countries to {path}.</source>
            <translation>Se escribieron {count} países en {path}.</translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Copia de seguridad escrita y verificada: {path}</translation>
        </message>
        <message>
            <source>{path} already exists; the demo network is written to a new database only (add --replace to overwrite it).</source>
            <translation>{path} ya existe; la red de demostración solo se escribe en una base de datos nueva (añada --replace para sobrescribirla).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <source>{path}: search index rebuilt.</source>
            <translation>{path}: índice de búsqueda reconstruido.</translation>
        </message>
        <message>
            <source>{path}: healthy.</source>
            <translation>{path}: en buen estado.</translation>
        </message>
        <message>
            <source>{path}: {count} problem found:</source>
            <translation>{path}: se encontró {count} problema:</translation>
        </message>
        <message>
            <source>{path}: {count} problems found:</source>
            <translation>{path}: se encontraron {count} problemas:</translation>
        </message>
        <message>
            <source>{file}: the export file must end in .csv or .xlsx.</source>
            <translation>{file}: el archivo de exportación debe terminar en .csv o .xlsx.</translation>
        </message>
        <message>
            <source>Exported {count} organisation to {path}.</source>
            <translation>Se exportó {count} organización a {path}.</translation>
        </message>
        <message>
            <source>Exported {count} organisations to {path}.</source>
            <translation>Se exportaron {count} organizaciones a {path}.</translation>
        </message>
        <message>
            <source>{file}: the file must end in .csv or .xlsx.</source>
            <translation>{file}: el archivo debe terminar en .csv o .xlsx.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>Restored {path} from {source}.</source>
            <translation>Se restauró {path} desde {source}.</translation>
        </message>
        <message>
            <source>stopped.</source>
            <translation>detenido.</translation>
        </message>
        <message>
            <source>{text} is not a date in the form YYYY-MM-DD.</source>
            <translation>{text} no es una fecha con el formato AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>SQLite found damage in the database file ({damage}); restore a recent backup (File &gt; Restore from backup…, or opn-desk restore) before making more changes.</source>
            <translation>SQLite encontró daños en el archivo de base de datos ({damage}); restaure una copia de seguridad reciente (Archivo &gt; Restaurar copia de seguridad…, u opn-desk restore) antes de hacer más cambios.</translation>
        </message>
        <message>
            <source>None of the backups of {path} passes its check, so nothing was restored; choose a file with --from.</source>
            <translation>Ninguna de las copias de seguridad de {path} supera su comprobación, así que no se restauró nada; elija un archivo con --from.</translation>
        </message>
        <message>
            <source>There are no backups of {path} to restore (only copies kept before a restore or set aside as damaged, restored only with --from).</source>
            <translation>No hay copias de seguridad de {path} que restaurar (solo copias guardadas antes de una restauración o apartadas por dañadas, que solo se restauran con --from).</translation>
        </message>
        <message>
            <source>There are no backups of {path} to restore.</source>
            <translation>No hay copias de seguridad de {path} que restaurar.</translation>
        </message>
        <message>
            <source>The previous state is kept in {path}.</source>
            <translation>El estado anterior se conserva en {path}.</translation>
        </message>
        <message>
            <source>--call applies to imports of applications only.</source>
            <translation>--call solo se aplica a las importaciones de solicitudes.</translation>
        </message>
        <message>
            <source>; and {count} more</source>
            <translation>; y {count} más</translation>
        </message>
        <message>
            <source>There is no call {call}; the calls are: {calls}.</source>
            <translation>No hay ninguna convocatoria {call}; las convocatorias son: {calls}.</translation>
        </message>
        <message>
            <source>{count} problem found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.</source>
            <translation>Se encontró {count} problema en {file}; no se escribió nada. Corrija el archivo, o deje fuera las filas con --exclude-rows.</translation>
        </message>
        <message>
            <source>{count} problems found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.</source>
            <translation>Se encontraron {count} problemas en {file}; no se escribió nada. Corrija el archivo, o deje fuera las filas con --exclude-rows.</translation>
        </message>
        <message>
            <source>Several calls are called {call}; give the call's id instead: {ids}.</source>
            <translation>Varias convocatorias se llaman {call}; indique en su lugar el identificador de la convocatoria: {ids}.</translation>
        </message>
        <message>
            <source>There is no call {call}; the database has no calls yet.</source>
            <translation>No hay ninguna convocatoria {call}; la base de datos aún no tiene convocatorias.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>No hay ninguna base de datos en {path}.</translation>
        </message>
        <message>
            <source>There is no mapping file at {path}.</source>
            <translation>No hay ningún archivo de correspondencia en {path}.</translation>
        </message>
        <message>
            <source>{file} was not imported: {reason}</source>
            <translation>{file} no se importó: {reason}</translation>
        </message>
        <message>
            <source>The mapping file cannot be used: {reason}</source>
            <translation>El archivo de correspondencia no se puede usar: {reason}</translation>
        </message>
        <message>
            <source>{file} was not imported. {reason}</source>
            <translation>{file} no se importó. {reason}</translation>
        </message>
        <message>
            <source>, {count} warning (above)</source>
            <translation>, {count} advertencia (arriba)</translation>
        </message>
        <message>
            <source>, {count} warnings (above)</source>
            <translation>, {count} advertencias (arriba)</translation>
        </message>
        <message>
            <source>Checked {count} row: no problems{warnings}; nothing written (dry run).</source>
            <translation>Se comprobó {count} fila: ningún problema{warnings}; no se escribió nada (prueba en seco).</translation>
        </message>
        <message>
            <source>Checked {count} rows: no problems{warnings}; nothing written (dry run).</source>
            <translation>Se comprobaron {count} filas: ningún problema{warnings}; no se escribió nada (prueba en seco).</translation>
        </message>
        <message>
            <source>Name the database with --db PATH.</source>
            <translation>Indique la base de datos con --db RUTA.</translation>
        </message>
        <message>
            <source>the advisory committee's meetings: list, travel support (docs/MEETINGS.md)</source>
            <translation>las reuniones del comité asesor: lista, apoyo para viajes (docs/MEETINGS.md)</translation>
        </message>
        <message>
            <source>the meetings by date: id, date, kind, title</source>
            <translation>las reuniones por fecha: identificador, fecha, tipo, título</translation>
        </message>
        <message>
            <source>only this programme's meetings (e.g. SPP)</source>
            <translation>solo las reuniones de este programa (p. ej. SPP)</translation>
        </message>
        <message>
            <source>print a JSON list</source>
            <translation>mostrar una lista JSON</translation>
        </message>
        <message>
            <source>a meeting's travel requests in priority order, and the allocation</source>
            <translation>las solicitudes de viaje de una reunión por orden de prioridad, y la asignación</translation>
        </message>
        <message>
            <source>the meeting's id, as `meetings list` prints it</source>
            <translation>el identificador de la reunión, tal como lo muestra `meetings list`</translation>
        </message>
        <message>
            <source>print a JSON object</source>
            <translation>mostrar un objeto JSON</translation>
        </message>
        <message>
            <source>No meetings yet.</source>
            <translation>Aún no hay reuniones.</translation>
        </message>
        <message>
            <source>No travel requests.</source>
            <translation>No hay solicitudes de viaje.</translation>
        </message>
        <message>
            <source>Name the programme with --programme CODE (for example SPP).</source>
            <translation>Indique el programa con --programme CÓDIGO (por ejemplo SPP).</translation>
        </message>
        <message>
            <source>Name the year of the work plan with --year YYYY.</source>
            <translation>Indique el año del plan de trabajo con --year AAAA.</translation>
        </message>
        <message>
            <source>1 task</source>
            <translation>1 tarea</translation>
        </message>
        <message>
            <source>1 funding source</source>
            <translation>1 fuente de financiación</translation>
        </message>
        <message>
            <source>Wrote the annual work plan {year} of {programme} ({tasks}, {sources}) to {file}</source>
            <translation>Plan de trabajo anual {year} de {programme} ({tasks}, {sources}) escrito en {file}</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 página</translation>
        </message>
        <message>
            <source>{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.</source>
            <translation>{name}: el plan de trabajo anual se escribe en un archivo que termine en .pdf, .docx o .xlsx.</translation>
        </message>
        <message>
            <source>{year} is not a year of a work plan.</source>
            <translation>{year} no es un año de plan de trabajo.</translation>
        </message>
        <message>
            <source>{count} tasks</source>
            <translation>{count} tareas</translation>
        </message>
        <message>
            <source>{count} funding sources</source>
            <translation>{count} fuentes de financiación</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} páginas</translation>
        </message>
        <message>
            <source>--include-sensitive applies to the export of organisations only.</source>
            <translation>--include-sensitive solo se aplica a la exportación de organizaciones.</translation>
        </message>
        <message>
            <source>Exported {count} initiative to {path} (public: without inactive initiatives and the desk's notes).</source>
            <translation>Se exportó {count} iniciativa a {path} (pública: sin las iniciativas inactivas ni las notas de la secretaría).</translation>
        </message>
        <message>
            <source>Exported {count} initiatives to {path} (public: without inactive initiatives and the desk's notes).</source>
            <translation>Se exportaron {count} iniciativas a {path} (públicas: sin las iniciativas inactivas ni las notas de la secretaría).</translation>
        </message>
        <message>
            <source>Exported {count} initiative to {path}.</source>
            <translation>Se exportó {count} iniciativa a {path}.</translation>
        </message>
        <message>
            <source>Exported {count} initiatives to {path}.</source>
            <translation>Se exportaron {count} iniciativas a {path}.</translation>
        </message>
        <message>
            <source>Wrote {count} reminder draft to {path}</source>
            <translation>Se escribió {count} borrador de recordatorio en {path}</translation>
        </message>
        <message>
            <source>Wrote {count} reminder drafts to {path}</source>
            <translation>Se escribieron {count} borradores de recordatorio en {path}</translation>
        </message>
        <message>
            <source>Name the reporting cycle's year with --year YYYY.</source>
            <translation>Indique el año del ciclo de informes con --year AAAA.</translation>
        </message>
        <message>
            <source>partner reporting: rates against the target, reminders (docs/REPORTING.md)</source>
            <translation>informes de los socios: tasas frente a la meta, recordatorios (docs/REPORTING.md)</translation>
        </message>
        <message>
            <source>each programme's reporting rate per year, against the 75%% target</source>
            <translation>la tasa de informes de cada programa por año, frente a la meta del 75 %%</translation>
        </message>
        <message>
            <source>only this year's cycles</source>
            <translation>solo los ciclos de este año</translation>
        </message>
        <message>
            <source>print a JSON list instead of text</source>
            <translation>mostrar una lista JSON en lugar de texto</translation>
        </message>
        <message>
            <source>one e-mail draft (.eml) per partner who has not reported</source>
            <translation>un borrador de correo (.eml) por cada socio que no ha informado</translation>
        </message>
        <message>
            <source>the programme's code, e.g. SPP</source>
            <translation>el código del programa, p. ej. SPP</translation>
        </message>
        <message>
            <source>the reporting cycle's year</source>
            <translation>el año del ciclo de informes</translation>
        </message>
        <message>
            <source>the folder the drafts go to</source>
            <translation>la carpeta donde van los borradores</translation>
        </message>
        <message>
            <source>meets the target</source>
            <translation>cumple la meta</translation>
        </message>
        <message>
            <source>below the target</source>
            <translation>por debajo de la meta</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>No reporting cycles yet.</source>
            <translation>Aún no hay ciclos de informes.</translation>
        </message>
        <message>
            <source>Wrote the {code} {year} reporting summary to {path} ({done}).</source>
            <translation>Se escribió el resumen de informes {code} {year} en {path} ({done}).</translation>
        </message>
        <message>
            <source>{year} is not a reporting year (2000 to 2100).</source>
            <translation>{year} no es un año de informe (2000 a 2100).</translation>
        </message>
        <message>
            <source>; {count} excused</source>
            <translation>; {count} excusados</translation>
        </message>
        <message>
            <source>; {count} late</source>
            <translation>; {count} con retraso</translation>
        </message>
        <message>
            <source>{name} {year}: {reported} of {partners} partners reported ({rate}, target {target}: {mark}{late}{excused})</source>
            <translation>{name} {year}: {reported} de {partners} socios informaron ({rate}, meta {target}: {mark}{late}{excused})</translation>
        </message>
        <message>
            <source>There is no folder {path}; create it first.</source>
            <translation>No existe la carpeta {path}; créela primero.</translation>
        </message>
        <message>
            <source>{path} is a file; give the folder the drafts go to.</source>
            <translation>{path} es un archivo; indique la carpeta donde van los borradores.</translation>
        </message>
        <message>
            <source>{file}: the cycle summary is written as .pdf or .xlsx.</source>
            <translation>{file}: el resumen del ciclo se escribe como .pdf o .xlsx.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the file's name.</source>
            <translation>{path} es una carpeta; indique el nombre del archivo.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>La carpeta {path} no existe.</translation>
        </message>
        <message>
            <source>No reporting cycles for {year}.</source>
            <translation>No hay ciclos de informes para {year}.</translation>
        </message>
        <message>
            <source>{name}: no e-mail address for its focal point or representative; no draft written.</source>
            <translation>{name}: no hay dirección de correo de su punto focal ni de su representante; no se escribió ningún borrador.</translation>
        </message>
        <message>
            <source>; {count} non-reporter(s) without an e-mail address.</source>
            <translation>; {count} socio(s) sin informe y sin dirección de correo.</translation>
        </message>
        <message>
            <source>Give the PDF to write with --out FILE.pdf.</source>
            <translation>Indique el PDF que se escribirá con --out ARCHIVO.pdf.</translation>
        </message>
        <message>
            <source>Name the call with --call CALL (its title or id).</source>
            <translation>Indique la convocatoria con --call CONVOCATORIA (su título o su identificador).</translation>
        </message>
        <message>
            <source>Name the core-partner call with --call CALL (its id or a part of its title).</source>
            <translation>Indique la convocatoria de socios principales con --call CONVOCATORIA (su identificador o una parte de su título).</translation>
        </message>
        <message>
            <source>--picked is for the selection report.</source>
            <translation>--picked es para el informe de selección.</translation>
        </message>
        <message>
            <source>--edition is for the dossier.</source>
            <translation>--edition es para el dossier.</translation>
        </message>
        <message>
            <source>Name the application with --id ID.</source>
            <translation>Indique la solicitud con --id ID.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidate) to {path}: {pages}.</source>
            <translation>Se escribió el dossier de renovación de la dirección {state} (edición resumida) de {code} ({count} candidato) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidates) to {path}: {pages}.</source>
            <translation>Se escribió el dossier de renovación de la dirección {state} (edición resumida) de {code} ({count} candidatos) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier for {code} ({count} candidate) to {path}: {pages}.</source>
            <translation>Se escribió el dossier de renovación de la dirección {state} de {code} ({count} candidato) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier for {code} ({count} candidates) to {path}: {pages}.</source>
            <translation>Se escribió el dossier de renovación de la dirección {state} de {code} ({count} candidatos) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>proposed slate</source>
            <translation>lista propuesta</translation>
        </message>
        <message>
            <source>hand-picked slate</source>
            <translation>lista elegida a mano</translation>
        </message>
        <message>
            <source>closest workable slate</source>
            <translation>lista viable más cercana</translation>
        </message>
        <message>
            <source>no slate</source>
            <translation>ninguna lista</translation>
        </message>
        <message>
            <source>{file}: the report file must end in .pdf.</source>
            <translation>{file}: el archivo del informe debe terminar en .pdf.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file's name.</source>
            <translation>{path} es una carpeta; indique el nombre del archivo PDF.</translation>
        </message>
        <message>
            <source>--as-of is for the roster; the dossier is always made as of today.</source>
            <translation>--as-of es para la composición; el dossier siempre se elabora con fecha de hoy.</translation>
        </message>
        <message>
            <source>Wrote the application summary for {organisation} to {path}: {pages}.</source>
            <translation>Se escribió la ficha de solicitud de {organisation} en {path}: {pages}.</translation>
        </message>
        <message>
            <source>There is no programme with the code {code}. The codes are:</source>
            <translation>No hay ningún programa con el código {code}. Los códigos son:</translation>
        </message>
        <message>
            <source>{count} page</source>
            <translation>{count} página</translation>
        </message>
        <message>
            <source>Wrote the roster of {code} as of {date} ({leads} co-leads, {partners} core partners) to {path}: {pages}.</source>
            <translation>Se escribió la composición de {code} al {date} ({leads} co-líderes, {partners} socios principales) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} selection report for {call} ({slate}, {filled} of {seats} seats) to {path}: {pages}.</source>
            <translation>Se escribió el informe de selección {state} de {call} ({slate}, {filled} de {seats} puestos) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>{edition} is not an edition of the dossier: give full or summary.</source>
            <translation>{edition} no es una edición del dossier: indique full o summary.</translation>
        </message>
        <message>
            <source>There is no call {call}. The calls are:</source>
            <translation>No hay ninguna convocatoria {call}. Las convocatorias son:</translation>
        </message>
        <message>
            <source>Wrote the review pack for {call} ({count} application) to {path}: {pages}.</source>
            <translation>Se escribió el paquete de evaluación de {call} ({count} solicitud) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>Wrote the review pack for {call} ({count} applications) to {path}: {pages}.</source>
            <translation>Se escribió el paquete de evaluación de {call} ({count} solicitudes) en {path}: {pages}.</translation>
        </message>
        <message>
            <source>There is no application with the id {id}.</source>
            <translation>No hay ninguna solicitud con el identificador {id}.</translation>
        </message>
        <message>
            <source>{count} applications have ids starting with {id}; give more of the id.</source>
            <translation>{count} solicitudes tienen identificadores que empiezan por {id}; indique más caracteres del identificador.</translation>
        </message>
        <message>
            <source>There is no core-partner call {call}. The core-partner calls are:</source>
            <translation>No hay ninguna convocatoria de socios principales {call}. Las convocatorias de socios principales son:</translation>
        </message>
        <message>
            <source>There is no call {call}: this database has no calls yet.</source>
            <translation>No hay ninguna convocatoria {call}: esta base de datos aún no tiene convocatorias.</translation>
        </message>
        <message>
            <source>{count} calls are titled {call}; give the id of the one you mean:</source>
            <translation>{count} convocatorias se titulan {call}; indique el identificador de la que quiere:</translation>
        </message>
        <message>
            <source>There is no call {call}: this database has no core-partner calls yet.</source>
            <translation>No hay ninguna convocatoria {call}: esta base de datos aún no tiene convocatorias de socios principales.</translation>
        </message>
        <message>
            <source>{count} core-partner calls match {call}; give more of the title, or the id of the one you mean:</source>
            <translation>{count} convocatorias de socios principales coinciden con {call}; indique más del título, o el identificador de la que quiere:</translation>
        </message>
        <message>
            <source>{count} candidate in the pool</source>
            <translation>{count} candidato en el grupo de candidatos</translation>
        </message>
        <message>
            <source>{count} candidates in the pool</source>
            <translation>{count} candidatos en el grupo de candidatos</translation>
        </message>
        <message>
            <source>{count} incumbent not seeking renewal</source>
            <translation>{count} titular que no solicita la renovación</translation>
        </message>
        <message>
            <source>{count} incumbents not seeking renewal</source>
            <translation>{count} titulares que no solicitan la renovación</translation>
        </message>
        <message>
            <source>--seats must be at least 1, not {seats}.</source>
            <translation>--seats debe ser al menos 1, no {seats}.</translation>
        </message>
        <message>
            <source>the team server: move a desk up to PostgreSQL and back (docs/SERVER.md)</source>
            <translation>el servidor del equipo: llevar una secretaría a PostgreSQL y de vuelta (docs/SERVER.md)</translation>
        </message>
        <message>
            <source>copy a desk's file into an empty server database, checked table by table</source>
            <translation>copiar el archivo de una secretaría en una base de datos de servidor vacía, comprobada tabla por tabla</translation>
        </message>
        <message>
            <source>copy the desk on a server into a new file, for an offline copy</source>
            <translation>copiar la secretaría de un servidor en un archivo nuevo, para una copia sin conexión</translation>
        </message>
        <message>
            <source>save a server role's password in this computer's keyring (asked for)</source>
            <translation>guardar la contraseña de un rol del servidor en el llavero de este ordenador (se solicita)</translation>
        </message>
        <message>
            <source>create or update the desk's roles on the server: officers and the Secretariat's readers (as the server's administrator)</source>
            <translation>crear o actualizar los roles de la secretaría en el servidor: oficiales y lectores de la Secretaría (como administrador del servidor)</translation>
        </message>
        <message>
            <source>make a server role an officer (of some programmes, or all) or a reader</source>
            <translation>hacer de un rol del servidor un oficial (de algunos programas, o de todos) o un lector</translation>
        </message>
        <message>
            <source>the officer's own database role</source>
            <translation>el rol de base de datos propio del oficial</translation>
        </message>
        <message>
            <source>a programme the officer may edit (repeat for several; none: every programme)</source>
            <translation>un programa que el oficial puede modificar (repetir para varios; ninguno: todos los programas)</translation>
        </message>
        <message>
            <source>No password was given, so nothing was saved.</source>
            <translation>No se dio ninguna contraseña, así que no se guardó nada.</translation>
        </message>
        <message>
            <source>--replace does not apply to a server; write the demo network into an empty database.</source>
            <translation>--replace no se aplica a un servidor; escriba la red de demostración en una base de datos vacía.</translation>
        </message>
        <message>
            <source>Roles set up on {address}: {summary}</source>
            <translation>Roles configurados en {address}: {summary}</translation>
        </message>
        <message>
            <source>Uploaded {path} to {address}: {summary}</source>
            <translation>Se subió {path} a {address}: {summary}</translation>
        </message>
        <message>
            <source>Downloaded {address} to {path}: {summary}</source>
            <translation>Se descargó {address} en {path}: {summary}</translation>
        </message>
        <message>
            <source>The password for {address} is saved in this computer's keyring.</source>
            <translation>La contraseña de {address} se guardó en el llavero de este ordenador.</translation>
        </message>
        <message>
            <source>{option} takes a server's address (postgresql://ROLE@HOST/DATABASE), not {value}.</source>
            <translation>{option} recibe la dirección de un servidor (postgresql://ROL@HOST/BASE), no {value}.</translation>
        </message>
        <message>
            <source>{option} takes a database file here, not a server's address.</source>
            <translation>{option} recibe aquí un archivo de base de datos, no la dirección de un servidor.</translation>
        </message>
        <message>
            <source>Password for {address}: </source>
            <translation>Contraseña para {address}: </translation>
        </message>
        <message>
            <source>This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.</source>
            <translation>Este ordenador no tiene un llavero que OPN Desk pueda usar ({kind}); ponga la contraseña en un archivo de contraseñas de PostgreSQL (PGPASSFILE, ~/.pgpass).</translation>
        </message>
        <message>
            <source>The server database at {address} already holds a desk; the demo network is written to an empty database only.</source>
            <translation>La base de datos del servidor en {address} ya contiene una secretaría; la red de demostración solo se escribe en una base de datos vacía.</translation>
        </message>
        <message>
            <source>Wrote {count} changes not yet seen by {laptop} to {path} ({size} bytes).</source>
            <translation>Se escribieron {count} cambios aún no vistos por {laptop} en {path} ({size} bytes).</translation>
        </message>
        <message>
            <source>Wrote {count} changes to {path} ({size} bytes).</source>
            <translation>Se escribieron {count} cambios en {path} ({size} bytes).</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>No conflicts wait for a decision.</source>
            <translation>Ningún conflicto espera una decisión.</translation>
        </message>
        <message>
            <source>Give either --keep N or --value TEXT.</source>
            <translation>Indique --keep N o --value TEXTO.</translation>
        </message>
        <message>
            <source>exchange edits with the desk's other laptops (docs/SYNC.md)</source>
            <translation>intercambiar cambios con los demás portátiles de la secretaría (docs/SYNC.md)</translation>
        </message>
        <message>
            <source>a copy of the desk for another laptop, with its own identity</source>
            <translation>una copia de la secretaría para otro portátil, con su propia identidad</translation>
        </message>
        <message>
            <source>the new laptop's name, e.g. "Nairobi laptop"</source>
            <translation>el nombre del nuevo portátil, p. ej. "Portátil de Nairobi"</translation>
        </message>
        <message>
            <source>write what this desk knows to an exchange file</source>
            <translation>escribir lo que sabe esta secretaría en un archivo de intercambio</translation>
        </message>
        <message>
            <source>only what this laptop has not seen</source>
            <translation>solo lo que este portátil no ha visto</translation>
        </message>
        <message>
            <source>merge exchange files from other laptops (all or nothing)</source>
            <translation>fusionar archivos de intercambio de otros portátiles (todo o nada)</translation>
        </message>
        <message>
            <source>this laptop, the laptops known, what each has seen, open conflicts</source>
            <translation>este portátil, los portátiles conocidos, lo que ha visto cada uno, los conflictos abiertos</translation>
        </message>
        <message>
            <source>the conflicts waiting for a decision</source>
            <translation>los conflictos pendientes de decisión</translation>
        </message>
        <message>
            <source>decide a conflict</source>
            <translation>resolver un conflicto</translation>
        </message>
        <message>
            <source>keep the Nth value as 'conflicts' lists them</source>
            <translation>conservar el N.º valor tal como los enumera 'conflicts'</translation>
        </message>
        <message>
            <source>set this value instead</source>
            <translation>poner este valor en su lugar</translation>
        </message>
        <message>
            <source>retire a lost laptop</source>
            <translation>retirar un portátil perdido</translation>
        </message>
        <message>
            <source>exchange through a folder shared with the other laptops: write this laptop's own file there, read the others'</source>
            <translation>intercambiar a través de una carpeta compartida con los demás portátiles: escribir allí el archivo de este portátil y leer los de los demás</translation>
        </message>
        <message>
            <source>Wrote {path} for {name} (laptop {id}); this desk now knows it, so 'sync export --for "{name}"' works at once.</source>
            <translation>Se escribió {path} para {name} (portátil {id}); esta secretaría ya lo conoce, así que 'sync export --for "{name}"' funciona de inmediato.</translation>
        </message>
        <message>
            <source>(forgotten)</source>
            <translation>(olvidado)</translation>
        </message>
        <message>
            <source>Open conflicts: {count}</source>
            <translation>Conflictos abiertos: {count}</translation>
        </message>
        <message>
            <source>{name} is forgotten: its changes stay, and the desk no longer waits for it before pruning history.</source>
            <translation>{name} está olvidado: sus cambios se quedan, y la secretaría ya no lo espera antes de depurar el historial.</translation>
        </message>
        <message>
            <source>This laptop: {name}</source>
            <translation>Este portátil: {name}</translation>
        </message>
        <message>
            <source>(has not exchanged yet)</source>
            <translation>(aún no ha intercambiado)</translation>
        </message>
        <message>
            <source>To check: {finding}</source>
            <translation>Por comprobar: {finding}</translation>
        </message>
        <message>
            <source>last exchange {when}; has seen {seen}</source>
            <translation>último intercambio {when}; ha visto {seen}</translation>
        </message>
    </context>
    <context>
        <name>CommentsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="47" />
            <source>Written comments on {item}</source>
            <translation>Comentarios escritos sobre {item}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="47" />
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="53" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="54" />
            <source>Received on</source>
            <translation>Recibidos el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="55" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
    </context>
    <context>
        <name>CountriesDialog</name>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="36" />
            <source>Countries and regional groups</source>
            <translation>Países y grupos regionales</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="40" />
            <source>Each country counts in the UN regional group shown, for every balance count, filter and report. The shipped groups are those used for elections (Türkiye and the United States in Western Europe and Others); change one only where your desk counts it otherwise.</source>
            <translation>Cada país cuenta en el grupo regional de las Naciones Unidas indicado, para cada recuento de equilibrio, filtro e informe. Los grupos de origen son los usados en las elecciones (Türkiye y los Estados Unidos en el Grupo de Estados de Europa Occidental y otros Estados); cambie uno solo si su secretaría lo cuenta de otro modo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="46" />
            <source>Find a country by name or ISO code</source>
            <translation>Buscar un país por nombre o código ISO</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50" />
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50" />
            <source>Counted in</source>
            <translation>Contado en</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="51" />
            <source>As shipped</source>
            <translation>Como de origen</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="51" />
            <source>LDC / LLDC / SIDS</source>
            <translation>PMA / PDSL / PEID</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="52" />
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="91" />
            <source>Regional group of {name}</source>
            <translation>Grupo regional de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="100" />
            <source>LDC</source>
            <translation>PMA</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="100" />
            <source>LLDC</source>
            <translation>PDSL</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="100" />
            <source>SIDS</source>
            <translation>PEID</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="102" />
            <source>{group} (changed)</source>
            <translation>{group} (cambiado)</translation>
        </message>
    </context>
    <context>
        <name>DecisionsBadge</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/badge.py" line="29" />
            <source>Edits made on two laptops disagree: open the list to decide which to keep.</source>
            <translation>Las ediciones hechas en dos portátiles discrepan: abra la lista para decidir cuál conservar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/badge.py" line="40" />
            <source>1 decision waits</source>
            <translation>1 decisión pendiente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/badge.py" line="41" />
            <source>{count} decisions wait</source>
            <translation>{count} decisiones pendientes</translation>
        </message>
    </context>
    <context>
        <name>DecisionsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="107" />
            <source>Needs decision</source>
            <translation>Requiere decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="111" />
            <source>Each of these was changed on two laptops, neither having seen the other's change (or changed on one and deleted on another). Until someone decides, every laptop shows the first value. Your decision travels to the other laptops like any edit.</source>
            <translation>Cada uno de estos valores se cambió en dos portátiles, sin que ninguno viera el cambio del otro (o se cambió en uno y se eliminó en otro). Hasta que alguien decida, cada portátil muestra el primer valor. Su decisión viaja a los demás portátiles como cualquier edición.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="130" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="145" />
            <source>Open the organisation</source>
            <translation>Abrir la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="162" />
            <source>Or type the value to keep (for example, the two combined):</source>
            <translation>O escriba el valor que se conservará (por ejemplo, los dos combinados):</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="165" />
            <source>Keep the typed value</source>
            <translation>Conservar el valor escrito</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="167" />
            <source>Keep both, one after the other</source>
            <translation>Conservar ambos, uno tras otro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="176" />
            <source>No decisions wait. Edits from the other laptops all agree.</source>
            <translation>No hay decisiones pendientes. Las ediciones de los demás portátiles coinciden todas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="231" />
            <source>Deleted on one laptop while it was changed on another: keep it, with the changes, or delete it.</source>
            <translation>Eliminado en un portátil mientras se cambiaba en otro: conservarlo, con los cambios, o eliminarlo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="234" />
            <source>{field}: {count} different values</source>
            <translation>{field}: {count} valores diferentes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="273" />
            <source>Decide whether to keep {record}</source>
            <translation>Decidir si se conserva {record}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="274" />
            <source>Decide {field} of {record}</source>
            <translation>Decidir {field} de {record}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../opn_desk/services/demo.py" line="1440" />
            <source>The database has no countries; create a new database for the demo network.</source>
            <translation>La base de datos no tiene países; cree una nueva base de datos para la red de demostración.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="100" />
            <source>This database is open read-only; changes cannot be saved.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura; los cambios no pueden guardarse.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="117" />
            <source>The record was changed elsewhere while this was being saved, so nothing was saved; reopen it to see the latest version.</source>
            <translation>El registro se cambió en otro lugar mientras se guardaba, así que no se guardó nada; vuelva a abrirlo para ver la última versión.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="138" />
            <source>There is nothing to undo.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="155" />
            <source>There is nothing to redo.</source>
            <translation>No hay nada que rehacer.</translation>
        </message>
        <message>
            <source>Your role on the server only reads the desk, so nothing was saved; ask the desk's administrator if you should edit it.</source>
            <translation>Su rol en el servidor solo lee la secretaría, así que no se guardó nada; pregunte al administrador de la secretaría si debe modificarla.</translation>
        </message>
        <message>
            <source>You may edit no programme's records; ask the desk's administrator for more.</source>
            <translation>No puede modificar los registros de ningún programa; pida más al administrador de la secretaría.</translation>
        </message>
        <message>
            <source>You may edit {programmes}'s records only; ask the desk's administrator for more.</source>
            <translation>Solo puede modificar los registros de {programmes}; pida más al administrador de la secretaría.</translation>
        </message>
        <message>
            <source>Your role on the server does not receive sensitive personal data (gender, SOGIESC, disability accommodation); export without it.</source>
            <translation>Su rol en el servidor no recibe datos personales sensibles (género, SOGIESC, adaptaciones por discapacidad); exporte sin ellos.</translation>
        </message>
        <message>
            <source>This server database holds no OPN Desk desk yet; put one there first (opn-desk server upload, or open it once as its owner).</source>
            <translation>Esta base de datos del servidor aún no contiene ninguna secretaría de OPN Desk; coloque una primero (opn-desk server upload, o ábrala una vez como su propietario).</translation>
        </message>
        <message>
            <source>--programme applies to an officer; a reader edits nothing.</source>
            <translation>--programme se aplica a un oficial; un lector no modifica nada.</translation>
        </message>
        <message>
            <source>{login} edits the records of every programme.</source>
            <translation>{login} modifica los registros de todos los programas.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>the roles opn_desk_officer and opn_desk_reader may use its {tables} tables; {guarded} tables are guarded per programme ({programmes} programmes).</source>
            <translation>los roles opn_desk_officer y opn_desk_reader pueden usar sus {tables} tablas; {guarded} tablas están protegidas por programa ({programmes} programas).</translation>
        </message>
        <message>
            <source>Setting up the roles needs the server's administrator (a superuser, or the desk's owner with the right to create roles); nothing was changed.</source>
            <translation>Configurar los roles requiere al administrador del servidor (un superusuario, o el propietario de la secretaría con derecho a crear roles); no se cambió nada.</translation>
        </message>
        <message>
            <source>The desk's roles are not set up on this server yet; run 'opn-desk server roles' first.</source>
            <translation>Los roles de la secretaría aún no están configurados en este servidor; ejecute primero «opn-desk server roles».</translation>
        </message>
        <message>
            <source>{login} reads the desk (no sensitive personal data) and edits nothing.</source>
            <translation>{login} lee la secretaría (sin los datos personales sensibles) y no modifica nada.</translation>
        </message>
        <message>
            <source>{login} edits the records of {programmes} only.</source>
            <translation>{login} modifica solo los registros de {programmes}.</translation>
        </message>
        <message>
            <source>There is no role {login} on the server; create it first (CREATE ROLE {login} LOGIN), with its password.</source>
            <translation>No hay ningún rol {login} en el servidor; créelo primero (CREATE ROLE {login} LOGIN), con su contraseña.</translation>
        </message>
        <message>
            <source>There is no programme {code} in this desk.</source>
            <translation>No hay ningún programa {code} en esta secretaría.</translation>
        </message>
    </context>
    <context>
        <name>DeskApplication</name>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="167" />
            <location filename="../../opn_desk/gui/window/app.py" line="200" />
            <location filename="../../opn_desk/gui/window/app.py" line="297" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="168" />
            <location filename="../../opn_desk/gui/window/app.py" line="297" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="169" />
            <source>Only one desk can change a database at a time. Read-only, you can look things up and export, but not change anything.</source>
            <translation>Solo un puesto puede cambiar una base de datos a la vez. En modo de solo lectura, puede consultar y exportar, pero no cambiar nada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="173" />
            <source>{name} is already open in OPN Desk by {who}.</source>
            <translation>{name} ya está abierta en OPN Desk por {who}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="175" />
            <location filename="../../opn_desk/gui/window/app.py" line="182" />
            <source>Open read-only</source>
            <translation>Abrir en modo de solo lectura</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="179" />
            <source>{name} is marked as open in OPN Desk by {user} on {computer} since {since}, but OPN Desk cannot tell from here whether it still is.</source>
            <translation>{name} figura como abierta en OPN Desk por {user} en {computer} desde {since}, pero OPN Desk no puede saber desde aquí si lo sigue estando.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="182" />
            <source>Take over…</source>
            <translation>Tomar el control…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="183" />
            <source>If that desk has been closed (or its computer shut down or restarted), you can take the database over.</source>
            <translation>Si ese puesto se cerró (o su ordenador se apagó o reinició), puede tomar el control de la base de datos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="192" />
            <source>OPN Desk cannot see from here whether {computer} still has it open.</source>
            <translation>OPN Desk no puede ver desde aquí si {computer} aún la tiene abierta.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="195" />
            <source>It was opened by an older version of OPN Desk, which this one cannot check.</source>
            <translation>La abrió una versión anterior de OPN Desk, que esta no puede comprobar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="198" />
            <source>Take over {name} only if you are sure nobody is using it.</source>
            <translation>Tome el control de {name} solo si está seguro de que nadie la está usando.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="200" />
            <source>Take over</source>
            <translation>Tomar el control</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="201" />
            <source>The lock says it was opened by {user} on {computer} (process {pid}) since {since}. {why} If that desk is in fact still open, both would write to the database and changes could be lost.</source>
            <translation>El bloqueo indica que la abrió {user} en {computer} (proceso {pid}) desde {since}. {why} Si ese puesto sigue abierto en realidad, ambos escribirían en la base de datos y podrían perderse cambios.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="295" />
            <source>There is no database at {path}.</source>
            <translation>No hay ninguna base de datos en {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="296" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="296" />
            <source>Choose another…</source>
            <translation>Elegir otra…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="298" />
            <source>Create a new, empty database there, or choose the database you meant to open?</source>
            <translation>¿Crear allí una nueva base de datos vacía, o elegir la base de datos que quería abrir?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="307" />
            <source>Open database</source>
            <translation>Abrir una base de datos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="308" />
            <source>OPN Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de OPN Desk (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>DeskSettings</name>
        <message>
            <location filename="../../opn_desk/services/desk_settings.py" line="62" />
            <source>A screening checklist needs at least one check; use Restore defaults to go back to the shipped list.</source>
            <translation>Una lista de comprobación de preselección necesita al menos una comprobación; use Restablecer los valores predeterminados para volver a la lista de origen.</translation>
        </message>
    </context>
    <context>
        <name>DocumentLanguage</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/document_language.py" line="53" />
            <source>The window's language</source>
            <translation>El idioma de la ventana</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/document_language.py" line="57" />
            <source>Language of the document</source>
            <translation>Idioma del documento</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/document_language.py" line="58" />
            <source>The language the document is printed in, whatever the window's: a French desk may print an English dossier for the Board.</source>
            <translation>El idioma en que se imprime el documento, sea cual sea el de la ventana: una secretaría hispanohablante puede imprimir un dossier en inglés para la Junta.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../opn_desk/services/work_plan_documents.py" line="49" />
            <source>{year} is not a year of a work plan.</source>
            <translation>{year} no es un año de plan de trabajo.</translation>
        </message>
        <message>
            <source>Reading the call's applications…</source>
            <translation>Leyendo las solicitudes de la convocatoria…</translation>
        </message>
        <message>
            <source>Reading the application…</source>
            <translation>Leyendo la solicitud…</translation>
        </message>
        <message>
            <source>Reading the renewal process…</source>
            <translation>Leyendo el proceso de renovación…</translation>
        </message>
        <message>
            <source>Reading the composition…</source>
            <translation>Leyendo la composición…</translation>
        </message>
        <message>
            <source>Writing the roster…</source>
            <translation>Escribiendo la lista de miembros…</translation>
        </message>
        <message>
            <source>Reading the round and finding its slate…</source>
            <translation>Leyendo la ronda y buscando su lista…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Writing the dossier ({count} candidates)…</source>
            <translation>Escribiendo el dossier ({count} candidatos)…</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file's name.</source>
            <translation>{path} es una carpeta; indique el nombre del archivo PDF.</translation>
        </message>
        <message>
            <source>Reading the meeting…</source>
            <translation>Leyendo la reunión…</translation>
        </message>
        <message>
            <source>Reading the work plan…</source>
            <translation>Leyendo el plan de trabajo…</translation>
        </message>
        <message>
            <source>{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.</source>
            <translation>{name}: el plan de trabajo anual se escribe en un archivo que termine en .pdf, .docx o .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <location filename="../../opn_desk/services/due.py" line="182" />
            <source>The number of days cannot be negative.</source>
            <translation>El número de días no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/due.py" line="184" />
            <source>At least one reviewer is needed per application.</source>
            <translation>Se necesita al menos un evaluador por solicitud.</translation>
        </message>
    </context>
    <context>
        <name>DueDiligenceDialog</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="16" />
            <source>Due diligence: {title}</source>
            <translation>Diligencia debida: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="16" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="28" />
            <source>The reasons, as the letter will give them</source>
            <translation>Los motivos, tal como los dará la carta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="31" />
            <source>(not decided yet)</source>
            <translation>(aún no decidido)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="32" />
            <source>Include (may use the programme's logo)</source>
            <translation>Incluir (puede usar el logotipo del programa)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="33" />
            <source>Decline (closed)</source>
            <translation>Rechazar (cerrada)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="38" />
            <source>Only an initiative in due diligence can be decided.</source>
            <translation>Solo puede decidirse una iniciativa en diligencia debida.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="40" />
            <source>The decision letter</source>
            <translation>La carta de decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="43" />
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="44" />
            <source>Reasons</source>
            <translation>Motivos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="45" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="46" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="47" />
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="70" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="72" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="76" />
            <source>Waiting means more than</source>
            <translation>La espera significa más de</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="79" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="83" />
            <source>An open application not moved for longer than this is listed as waiting too long</source>
            <translation>Una solicitud abierta que no avanza durante más tiempo aparece como en espera demasiado larga</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="101" />
            <source>Double-click or press Enter to open</source>
            <translation>Haga doble clic o pulse Intro para abrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="102" />
            <source>Due list</source>
            <translation>Vencimientos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="103" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="103" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="103" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="112" />
            <source>Waiting more than {days} days in a state ({count})</source>
            <translation>En espera más de {days} días en un estado ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="114" />
            <source>Reviews missing ({count})</source>
            <translation>Evaluaciones que faltan ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="115" />
            <source>Terms ended or ending within 90 days ({count})</source>
            <translation>Mandatos terminados o que terminan en 90 días ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="116" />
            <source>Action items of meetings due within 14 days or late ({count})</source>
            <translation>Acciones de reuniones que vencen en 14 días o atrasadas ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="122" />
            <source>{n} days overdue</source>
            <translation>{n} días de retraso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="123" />
            <source>in {n} days</source>
            <translation>en {n} días</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="123" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="124" />
            <source>{n} days</source>
            <translation>{n} días</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="135" />
            <source>Waiting time in the due list: {n} days</source>
            <translation>Tiempo de espera en los vencimientos: {n} días</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="178" />
            <source>Nothing is due: no application is waiting too long, no review is missing and no term ends within 90 days.</source>
            <translation>No hay nada pendiente: ninguna solicitud espera demasiado, no falta ninguna evaluación y ningún mandato termina en 90 días.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="181" />
            <source>More than {count} things need the desk's attention; the longest waits and the nearest terms are listed first. Double-click one to open it.</source>
            <translation>Más de {count} asuntos requieren la atención de la secretaría; las esperas más largas y los mandatos más próximos aparecen primero. Haga doble clic en uno para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="185" />
            <source>{count} things need the desk's attention. Double-click one to open it.</source>
            <translation>{count} asuntos requieren la atención de la secretaría. Haga doble clic en uno para abrirlo.</translation>
        </message>
    </context>
    <context>
        <name>DueListDock</name>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="253" />
            <source>Show or hide the list of what is due</source>
            <translation>Mostrar u ocultar la lista de vencimientos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="263" />
            <source>Close the due list (Applications › Due list brings it back)</source>
            <translation>Cerrar los vencimientos (Solicitudes › Vencimientos los vuelve a mostrar)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="304" />
            <source>Due ({count})</source>
            <translation>Vencimientos ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="305" />
            <location filename="../../opn_desk/gui/applications/due_list.py" line="318" />
            <source>Due</source>
            <translation>Vencimientos</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../../opn_desk/services/duplicates.py" line="528" />
            <location filename="../../opn_desk/services/duplicates.py" line="569" />
            <location filename="../../opn_desk/services/duplicates.py" line="654" />
            <source>That organisation no longer exists (it may have been deleted or undone).</source>
            <translation>Esa organización ya no existe (puede que se haya eliminado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/duplicates.py" line="650" />
            <source>An organisation cannot be merged into itself.</source>
            <translation>Una organización no puede fusionarse consigo misma.</translation>
        </message>
    </context>
    <context>
        <name>EndMembershipDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="188" />
            <source>End membership</source>
            <translation>Terminar la membresía</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="190" />
            <source>End the {what} membership. It stays in the history, greyed.</source>
            <translation>Terminar la membresía {what}. Permanece en el historial, atenuada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="198" />
            <source>e.g. withdrew, term completed, merged</source>
            <translation>p. ej. retirada, mandato cumplido, fusión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="199" />
            <source>&amp;Ends on</source>
            <translation>&amp;Termina el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="200" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="65" />
            <source>Exchange with other laptops</source>
            <translation>Intercambiar con otros portátiles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="79" />
            <source>Every laptop holds the whole desk. Send what this laptop knows to the others and read what they send, by USB stick, e-mail or a shared folder; edits merge and nothing is lost.</source>
            <translation>Cada portátil contiene toda la secretaría. Envíe a los demás lo que sabe este portátil y lea lo que ellos envían, por memoria USB, correo electrónico o una carpeta compartida; las ediciones se fusionan y no se pierde nada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="83" />
            <source>Laptop</source>
            <translation>Portátil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="83" />
            <source>Last exchange</source>
            <translation>Último intercambio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="84" />
            <source>Changes made on this laptop</source>
            <translation>Cambios hechos en este portátil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="95" />
            <source>Set up another laptop…</source>
            <translation>Preparar otro portátil…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="97" />
            <source>Make a copy of the desk for a colleague's laptop, with its own identity (as 'opn-desk sync clone').</source>
            <translation>Hacer una copia del escritorio para el portátil de un colega, con su propia identidad (como 'opn-desk sync clone').</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="103" />
            <source>Exchange files (USB stick, e-mail)</source>
            <translation>Archivos de intercambio (memoria USB, correo electrónico)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="106" />
            <source>Write an exchange file…</source>
            <translation>Escribir un archivo de intercambio…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="108" />
            <source>Read exchange files…</source>
            <translation>Leer archivos de intercambio…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="110" />
            <source>Write:</source>
            <translation>Escribir:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="113" />
            <source>Read:</source>
            <translation>Leer:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="114" />
            <source>One or several files from the other laptops; all are merged, or none.</source>
            <translation>Uno o varios archivos de los demás portátiles; se fusionan todos o ninguno.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="120" />
            <source>Shared folder (OneDrive, Dropbox, a network drive)</source>
            <translation>Carpeta compartida (OneDrive, Dropbox, una unidad de red)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="124" />
            <source>No folder chosen yet</source>
            <translation>Aún no se ha elegido ninguna carpeta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="125" />
            <source>Choose folder…</source>
            <translation>Elegir la carpeta…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="127" />
            <source>Exchange now</source>
            <translation>Intercambiar ahora</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="166" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="194" />
            <source>This laptop: {name}</source>
            <translation>Este portátil: {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="196" />
            <source>1 decision waits…</source>
            <translation>1 decisión pendiente…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="197" />
            <source>{count} decisions wait…</source>
            <translation>{count} decisiones pendientes…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="132" />
            <source>Read now</source>
            <translation>Leer ahora</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="133" />
            <source>Merge the other laptops' new files from the folder (backup first).</source>
            <translation>Fusionar los archivos nuevos de los otros portátiles que están en la carpeta (primero una copia de seguridad).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="137" />
            <source>Write my file</source>
            <translation>Escribir mi archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="138" />
            <source>Rewrite this laptop's own file in the folder with everything it knows, so the others can read your changes.</source>
            <translation>Reescribir el archivo de este portátil en la carpeta con todo lo que conoce, para que los demás puedan leer sus cambios.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="141" />
            <source>Write my file into the folder when OPN Desk closes</source>
            <translation>Escribir mi archivo en la carpeta al cerrar OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="153" />
            <source>This laptop writes only its own file into the folder and reads the other laptops' files there; new files are noticed while OPN Desk is open and read when you choose. The database itself stays outside the shared folder.</source>
            <translation>Este portátil solo escribe su propio archivo en la carpeta y lee allí los archivos de los otros portátiles; los archivos nuevos se detectan mientras OPN Desk está abierto y se leen cuando usted lo decide. La base de datos queda fuera de la carpeta compartida.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="207" />
            <source>No other laptop yet. Set up another laptop to give a colleague a copy of the desk, or read an exchange file from one.</source>
            <translation>Todavía no hay otro portátil. Prepare otro portátil para dar a un colega una copia del escritorio, o lea un archivo de intercambio de uno de ellos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="212" />
            <source> (forgotten)</source>
            <translation> (olvidado)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="213" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="216" />
            <source>has seen all of them</source>
            <translation>los ha visto todos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="218" />
            <source>has seen none of them yet ({count} to send)</source>
            <translation>aún no ha visto ninguno ({count} por enviar)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="220" />
            <source>has not seen the last {count}</source>
            <translation>no ha visto los últimos {count}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="222" />
            <source>{laptop}: up to change {number}</source>
            <translation>{laptop}: hasta el cambio {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="223" />
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="226" />
            <source>What {laptop} has seen: {seen}</source>
            <translation>Lo que ha visto {laptop}: {seen}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="230" />
            <source>Everything this laptop knows</source>
            <translation>Todo lo que sabe este portátil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="233" />
            <source>Only what {name} has not seen</source>
            <translation>Solo lo que {name} no ha visto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="251" />
            <source>Nothing new from the other laptops in the folder.</source>
            <translation>Nada nuevo de los otros portátiles en la carpeta.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="257" />
            <source>This laptop has not written its file into the folder yet.</source>
            <translation>Este portátil aún no ha escrito su archivo en la carpeta.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="259" />
            <source>Your file in the folder ({name}) lacks 1 change made on this laptop.</source>
            <translation>A su archivo en la carpeta ({name}) le falta 1 cambio hecho en este portátil.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="262" />
            <source>Your file in the folder ({name}) lacks {count} changes made on this laptop.</source>
            <translation>A su archivo en la carpeta ({name}) le faltan {count} cambios hechos en este portátil.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="265" />
            <source>Your file in the folder ({name}) holds all your changes.</source>
            <translation>Su archivo en la carpeta ({name}) contiene todos sus cambios.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="280" />
            <source>Made {path} for {laptop}. Give it to your colleague on a USB stick; the first laptop to open it becomes {laptop}.</source>
            <translation>Se creó {path} para {laptop}. Entrégueselo a su colega en una memoria USB; el primer portátil que lo abra pasa a ser {laptop}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="296" />
            <source>Write an exchange file</source>
            <translation>Escribir un archivo de intercambio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="298" />
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="325" />
            <source>Exchange files (*.opnsync)</source>
            <translation>Archivos de intercambio (*.opnsync)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="311" />
            <source>Wrote {count} changes not yet seen by {laptop} to {path}.</source>
            <translation>Se escribieron en {path} {count} cambios aún no vistos por {laptop}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="314" />
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="389" />
            <source>Wrote {count} changes to {path}.</source>
            <translation>Se escribieron {count} cambios en {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="318" />
            <source>Writing an exchange file</source>
            <translation>Escribiendo un archivo de intercambio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="324" />
            <source>Read exchange files</source>
            <translation>Leer archivos de intercambio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="332" />
            <source>Reading exchange files</source>
            <translation>Leyendo archivos de intercambio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="345" />
            <source>Choose the folder you share with your colleagues</source>
            <translation>Elija la carpeta que comparte con sus colegas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="369" />
            <source>Exchanging through the shared folder</source>
            <translation>Intercambio por la carpeta compartida</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="378" />
            <source>Reading the shared folder</source>
            <translation>Leyendo la carpeta compartida</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="393" />
            <source>Writing this laptop's file into the shared folder</source>
            <translation>Escribiendo el archivo de este portátil en la carpeta compartida</translation>
        </message>
    </context>
    <context>
        <name>ExcuseDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="113" />
            <source>Excuse from reporting</source>
            <translation>Dispensa de informe</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="113" />
            <source>Excuse</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="115" />
            <source>Why the partner is excused this year</source>
            <translation>Por qué se dispensa al socio este año</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="116" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="117" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="239" />
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="263" />
            <source>Export organisations</source>
            <translation>Exportar las organizaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="244" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="246" />
            <source>Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file.</source>
            <translation>Un nombre que termina en .xlsx escribe un libro de Excel; .csv escribe un archivo CSV.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="249" />
            <source>Include sensitive personal data (representatives' gender)</source>
            <translation>Incluir los datos personales sensibles (género de los representantes)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="257" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="264" />
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="273" />
            <source>The file name must end in .csv or .xlsx.</source>
            <translation>El nombre del archivo debe terminar en .csv o .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>FocalPointDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="127" />
            <source>Reporting focal point of {name}</source>
            <translation>Punto focal para los informes de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="128" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="131" />
            <source>(none: the representative of its role)</source>
            <translation>(ninguno: el representante de su función)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="148" />
            <source>nobody with an e-mail address</source>
            <translation>nadie con dirección de correo electrónico</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="149" />
            <source>Reminders go to today</source>
            <translation>Los recordatorios van hoy a</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="150" />
            <source>Focal point</source>
            <translation>Punto focal</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="151" />
            <source>Language of the reminders</source>
            <translation>Idioma de los recordatorios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="152" />
            <source>Alternates (in copy)</source>
            <translation>Suplentes (en copia)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="154" />
            <source>No people are recorded for this organisation.</source>
            <translation>No hay personas registradas para esta organización.</translation>
        </message>
    </context>
    <context>
        <name>GuestDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="186" />
            <source>Add a guest</source>
            <translation>Añadir un invitado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="186" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="189" />
            <source>A person, or an organisation not in the registry</source>
            <translation>Una persona, o una organización que no está en el registro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="191" />
            <source>An organisation of the registry is invited like the partners: its participation counts in its partnership health. Otherwise type the guest's name.</source>
            <translation>Una organización del registro se invita como los socios: su participación cuenta en la salud de su asociación. Si no, escriba el nombre del invitado.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="195" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="196" />
            <source>Or name</source>
            <translation>O nombre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="197" />
            <source>Affiliation</source>
            <translation>Afiliación</translation>
        </message>
    </context>
    <context>
        <name>HealthTab</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="38" />
            <source>Every level</source>
            <translation>Todos los niveles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="38" />
            <source>Health of the partnership</source>
            <translation>Salud de la asociación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="40" />
            <source>Only those whose health dropped</source>
            <translation>Solo aquellos cuya salud ha bajado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="41" />
            <source>Search partners</source>
            <translation>Buscar socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="48" />
            <source>Every partner holding a role today, in any programme. Signals: reported in the last cycle of each of its programmes, MAC participation (once meetings are recorded), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment. The health dropped when the latest point of its trend is below the one before.</source>
            <translation>Cada socio que tiene una función hoy, en cualquier programa. Señales: informó en el último ciclo de cada uno de sus programas, participación en el MAC (una vez registradas las reuniones), sus iniciativas actualizadas, los compromisos de renovación de un co-líder y la última autoevaluación de la secretaría. La salud bajó cuando el último punto de su tendencia es inferior al anterior.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Dropped</source>
            <translation>Bajó</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="53" />
            <source>Reported</source>
            <translation>Informó</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="53" />
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="53" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="54" />
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="54" />
            <source>Self-assessment</source>
            <translation>Autoevaluación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="54" />
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="57" />
            <source>No partner matches.</source>
            <translation>Ningún socio coincide.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="59" />
            <source>Record a self-assessment…</source>
            <translation>Registrar una autoevaluación…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="61" />
            <source>Open the organisation</source>
            <translation>Abrir la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="99" />
            <source>dropped</source>
            <translation>bajó</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="112" />
            <source>{shown} of {total} partners; health dropped for {dropped}</source>
            <translation>{shown} de {total} socios; la salud bajó en {dropped}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="138" />
            <source>Record the self-assessment of {name}</source>
            <translation>Registrar la autoevaluación de {name}</translation>
        </message>
    </context>
    <context>
        <name>IncumbentsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="25" />
            <source>Incumbent co-leads of {code}</source>
            <translation>Co-líderes titulares de {code}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="28" />
            <source>The co-leads in office today. Those seeking renewal are candidates on the same criteria as the applicants; one that also applied is its application.</source>
            <translation>Los co-líderes en funciones hoy. Los que solicitan la renovación son candidatos con los mismos criterios que los solicitantes; el que también presentó una solicitud figura con ella.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30" />
            <source>Term ends</source>
            <translation>Fin del mandato</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30" />
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="35" />
            <source>Seeks renewal</source>
            <translation>Solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="31" />
            <source>Applied to the call</source>
            <translation>Se presentó a la convocatoria</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="31" />
            <source>Commitment offered</source>
            <translation>Compromiso ofrecido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="36" />
            <source>Does not seek renewal</source>
            <translation>No solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="37" />
            <source>Commitment…</source>
            <translation>Compromiso…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51" />
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="55" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51" />
            <source>Not said yet</source>
            <translation>Aún no lo ha dicho</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="55" />
            <source>Yes: its application is the candidate</source>
            <translation>Sí: su solicitud es la candidata</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="80" />
            <source>{name} seeks renewal</source>
            <translation>{name} solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="80" />
            <source>{name} does not seek renewal</source>
            <translation>{name} no solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="91" />
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="97" />
            <source>Commitment of {name}</source>
            <translation>Compromiso de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="91" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="92" />
            <source>What does {name} commit for a new term (staff, funds, in kind)?</source>
            <translation>¿Qué compromete {name} para un nuevo mandato (personal, fondos, en especie)?</translation>
        </message>
    </context>
    <context>
        <name>InitiativeDialog</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="45" />
            <source>Edit the initiative</source>
            <translation>Editar la iniciativa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="45" />
            <source>New initiative</source>
            <translation>Nueva iniciativa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="46" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="46" />
            <source>Create the initiative</source>
            <translation>Crear la iniciativa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="60" />
            <source>A core initiative is run jointly by two or more partners, the lead included; an affiliated one passes the desk's due diligence.</source>
            <translation>Una iniciativa principal la dirigen conjuntamente dos o más socios, incluido el líder; una afiliada supera la diligencia debida de la secretaría.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="70" />
            <source>Add a partner: type part of its name</source>
            <translation>Añadir un socio: escriba parte de su nombre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="72" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="95" />
            <source>Every initiative serves SDG 12.</source>
            <translation>Cada iniciativa contribuye al ODS 12.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="108" />
            <source>Country codes (ISO3), e.g. KEN; PER</source>
            <translation>Códigos de país (ISO3), p. ej. KEN; PER</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="115" />
            <source>Letter of intent, MoU, pooled fund…</source>
            <translation>Carta de intención, memorando de entendimiento, fondo común…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="122" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="125" />
            <source>The desk's own notes: never in a public export.</source>
            <translation>Las notas de la secretaría: nunca en una exportación pública.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="127" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="128" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="129" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="130" />
            <source>Lead organisation</source>
            <translation>Organización líder</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="131" />
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="132" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="133" />
            <source>Work-stream</source>
            <translation>Línea de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="134" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="135" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="136" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="137" />
            <source>Targets</source>
            <translation>Metas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="138" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="139" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="140" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="141" />
            <source>Desk notes</source>
            <translation>Notas de la secretaría</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="175" />
            <source>An initiative serves SDG 12 and at most five other SDGs; {count} are ticked: untick {extra}.</source>
            <translation>Una iniciativa contribuye al ODS 12 y como máximo a otros cinco ODS; hay {count} marcados: desmarque {extra}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="179" />
            <source>SDG 12 and at most five other SDGs: {count} of 5 chosen.</source>
            <translation>El ODS 12 y como máximo otros cinco ODS: {count} de 5 elegidos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="191" />
            <source>{text!r} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{text!r} no es una fecha; escríbala como AAAA-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <location filename="../../opn_desk/services/intake.py" line="37" />
            <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
            <translation>{name} ocupa {size:.1f} MB; los adjuntos pueden ocupar como máximo {limit} MB.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/intake.py" line="77" />
            <source>{name} could not be read: {reason}.</source>
            <translation>No se pudo leer {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>IntakeImport</name>
        <message>
            <location filename="../../opn_desk/services/intake_import.py" line="396" />
            <source>That call no longer exists.</source>
            <translation>Esa convocatoria ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../opn_desk/gui/core/labels.py" line="123" />
            <source>1 organisation</source>
            <translation>1 organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/labels.py" line="124" />
            <source>{count} organisations</source>
            <translation>{count} organizaciones</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="68" />
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="95" />
            <source>Dialogs and pages opened from now on use the new language. Open the desk again now so that the menus and the pages already open change too?</source>
            <translation>Los diálogos y páginas que se abran a partir de ahora usan el nuevo idioma. ¿Volver a abrir la ventana ahora para que también cambien los menús y las páginas ya abiertas?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="98" />
            <source>Open again now</source>
            <translation>Volver a abrir ahora</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="99" />
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>LeadCriteriaDialog</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="27" />
            <source>Lead criteria: {title}</source>
            <translation>Criterios de liderazgo: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="31" />
            <source>The criteria the candidates are scored on: those of the process's co-lead call. Defaults: a full-time staff member committed to the coordination desk, a financial or in-kind contribution, regional and stakeholder representation, expertise in the programme's work-streams, and a track record in the network.</source>
            <translation>Los criterios con que se puntúa a los candidatos: los de la convocatoria de co-líderes del proceso. Por defecto: un miembro del personal a tiempo completo dedicado a la secretaría de coordinación, una contribución financiera o en especie, la representación regional y de partes interesadas, la experiencia en las líneas de trabajo del programa y la trayectoria en la red.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="35" />
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="35" />
            <source>Weight</source>
            <translation>Ponderación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="35" />
            <source>Scores given</source>
            <translation>Puntuaciones dadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="36" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="40" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="41" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="42" />
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="109" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="94" />
            <source>Add the lead criterion {name}</source>
            <translation>Añadir el criterio de liderazgo {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="95" />
            <source>Edit the lead criterion {name}</source>
            <translation>Editar el criterio de liderazgo {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="108" />
            <source>Remove the criterion {name}?</source>
            <translation>¿Quitar el criterio {name}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="109" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="110" />
            <source>Remove the lead criterion {name}</source>
            <translation>Quitar el criterio de liderazgo {name}</translation>
        </message>
    </context>
    <context>
        <name>LeadershipPage</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="91" />
            <source>Leadership</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="94" />
            <source>The programme whose leadership is shown</source>
            <translation>El programa cuya dirección se muestra</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="98" />
            <source>The programme's renewal processes, newest first</source>
            <translation>Los procesos de renovación del programa, del más reciente al más antiguo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="100" />
            <source>New renewal process…</source>
            <translation>Nuevo proceso de renovación…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="103" />
            <source>Dossier…</source>
            <translation>Dossier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="104" />
            <source>The leadership renewal dossier of the programme's latest process, for the MAC and the Board</source>
            <translation>El dossier de renovación de la dirección del último proceso del programa, para el MAC y la Junta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="108" />
            <source>Draft dossier (DRAFT watermark)…</source>
            <translation>Dossier provisional (marca de agua BORRADOR)…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="109" />
            <source>Final dossier…</source>
            <translation>Dossier definitivo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="111" />
            <source>Summary for the Board, draft…</source>
            <translation>Resumen para la Junta, provisional…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="112" />
            <source>Summary for the Board, final…</source>
            <translation>Resumen para la Junta, definitivo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="114" />
            <source>Roster…</source>
            <translation>Lista de miembros…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="115" />
            <source>The co-leads and core partners in office on the date chosen under Terms of office</source>
            <translation>Los co-líderes y socios principales en funciones en la fecha elegida en Mandatos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="127" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="131" />
            <source>Change call…</source>
            <translation>Cambiar de convocatoria…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="155" />
            <source>Terms of office</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="156" />
            <source>Renewal steps</source>
            <translation>Pasos de la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="157" />
            <source>Checklist and succession</source>
            <translation>Lista de comprobación y sucesión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="158" />
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="268" />
            <source>{title} (opened {day})</source>
            <translation>{title} (abierto el {day})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="278" />
            <source>{programme} has no leadership renewal process yet. Open one with New renewal process… once the leads and the Secretariat agree on the need.</source>
            <translation>{programme} aún no tiene un proceso de renovación de la dirección. Abra uno con Nuevo proceso de renovación… cuando los líderes y la Secretaría estén de acuerdo sobre la necesidad.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="281" />
            <source>{programme} has no leadership renewal process.</source>
            <translation>{programme} no tiene un proceso de renovación de la dirección.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="283" />
            <source>No renewal process for {code} yet.</source>
            <translation>Aún no hay proceso de renovación para {code}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="298" />
            <source>step {n} of 4: {title}</source>
            <translation>paso {n} de 4: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="299" />
            <source>all four steps done</source>
            <translation>los cuatro pasos están hechos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="300" />
            <source>call: {title} ({start} to {end})</source>
            <translation>convocatoria: {title} (del {start} al {end})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="303" />
            <source>no co-lead call linked yet</source>
            <translation>aún no hay convocatoria de co-líderes vinculada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="305" />
            <source> (an earlier process: the dossier is of the latest)</source>
            <translation> (un proceso anterior: el dossier es el del más reciente)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="306" />
            <source>{title}{older} · opened {day} · {call} · now at {where}</source>
            <translation>{title}{older} · abierto el {day} · {call} · ahora en {where}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="316" />
            <source>A former programme has no new renewal process.</source>
            <translation>Un programa anterior no tiene un nuevo proceso de renovación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="317" />
            <source>Finish the four steps of the current process first.</source>
            <translation>Termine primero los cuatro pasos del proceso en curso.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="346" />
            <source>Open the renewal process {title}</source>
            <translation>Abrir el proceso de renovación {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="362" />
            <source>Link the renewal to its co-lead call</source>
            <translation>Vincular la renovación a su convocatoria de co-líderes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="401" />
            <source>final</source>
            <translation>definitivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="401" />
            <source>draft</source>
            <translation>provisional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="403" />
            <source>{code} leadership renewal summary ({kind})</source>
            <translation>Resumen de la renovación de la dirección de {code} ({kind})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="406" />
            <source>{code} leadership renewal dossier ({kind})</source>
            <translation>Dossier de renovación de la dirección de {code} ({kind})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="417" />
            <source>{code} roster as of {day}</source>
            <translation>Lista de miembros de {code} al {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="426" />
            <source>Built {title}: {pages} pages</source>
            <translation>{title} generado: {pages} páginas</translation>
        </message>
    </context>
    <context>
        <name>LetterheadsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="28" />
            <source>Programme letterheads</source>
            <translation>Membretes de los programas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="33" />
            <source>Printed at the top of letters, review packs, dossiers and rosters: up to four lines, the first in bold. Leave it empty to print "One Planet network — &lt;programme&gt;".</source>
            <translation>Se imprime en la parte superior de cartas, paquetes de evaluación, dossiers y listas de miembros: hasta cuatro líneas, la primera en negrita. Déjelo vacío para imprimir "One Planet network — &lt;programme&gt;".</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="47" />
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="48" />
            <source>&amp;Letterhead</source>
            <translation>&amp;Membrete</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="82" />
            <source>One Planet network — {programme}</source>
            <translation>One Planet network — {programme}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="109" />
            <source>Set the letterhead of {codes}</source>
            <translation>Fijar el membrete de {codes}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="107" />
            <source>Creating a new database at {path}…</source>
            <translation>Creando una nueva base de datos en {path}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="160" />
            <source>This database is open in OPN Desk by {who}, so it is open here read-only: you can look things up but not change them.</source>
            <translation>Esta base de datos está abierta en OPN Desk por {who}, así que aquí se abre en modo de solo lectura: puede consultar, pero no cambiar nada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="167" />
            <source>OPN Desk created a new, empty database at {path}. To work on another one, use File › Open database.</source>
            <translation>OPN Desk creó una base de datos nueva y vacía en {path}. Para trabajar con otra, use Archivo › Abrir una base de datos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="37" />
            <source>OPN Desk could not check {name} for damage: {reason}</source>
            <translation>OPN Desk no pudo comprobar si {name} está dañada: {reason}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="45" />
            <source>damage it could not describe</source>
            <translation>un daño que no pudo describir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="50" />
            <source> (and {count} more)</source>
            <translation> (y {count} más)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="51" />
            <source>This database is damaged (SQLite reports: {damage}). It is open read-only, so nothing more is written into it.</source>
            <translation>Esta base de datos está dañada (SQLite informa: {damage}). Está abierta en modo de solo lectura, así que no se escribe nada más en ella.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="55" />
            <source>Restore the newest good backup to go on working.</source>
            <translation>Restaure la copia de seguridad válida más reciente para seguir trabajando.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="57" />
            <source>Only the desk that has it open ({who}) can restore a backup.</source>
            <translation>Solo el puesto que la tiene abierta ({who}) puede restaurar una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="60" />
            <source>To restore a backup, open it without --read-only.</source>
            <translation>Para restaurar una copia de seguridad, ábrala sin --read-only.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="77" />
            <source>Restore the newest good backup…</source>
            <translation>Restaurar la copia de seguridad válida más reciente…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="303" />
            <source>{name} (read-only) — OPN Desk</source>
            <translation>{name} (solo lectura) — OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="304" />
            <source>{name} — OPN Desk</source>
            <translation>{name} — OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="319" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="348" />
            <source>Not built yet</source>
            <translation>Aún no disponible</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="377" />
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="378" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir una base de datos…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="380" />
            <source>New &amp;demo database…</source>
            <translation>Nueva base de &amp;demostración…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="381" />
            <source>&amp;Connect to a server…</source>
            <translation>&amp;Conectarse a un servidor…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="382" />
            <source>&amp;Backup now</source>
            <translation>&amp;Copia de seguridad ahora</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="383" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="384" />
            <source>&amp;Export organisations…</source>
            <translation>&amp;Exportar las organizaciones…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="385" />
            <source>E&amp;xchange with other laptops…</source>
            <translation>&amp;Intercambiar con otros portátiles…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="387" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="389" />
            <location filename="../../opn_desk/gui/window/main_window.py" line="471" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="390" />
            <location filename="../../opn_desk/gui/window/main_window.py" line="472" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="391" />
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="392" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="394" />
            <source>&amp;New organisation</source>
            <translation>&amp;Nueva organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="396" />
            <source>&amp;Save organisation</source>
            <translation>&amp;Guardar la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="398" />
            <source>&amp;Delete organisation…</source>
            <translation>&amp;Eliminar la organización…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="400" />
            <source>Countries and &amp;regional groups…</source>
            <translation>Países y grupos &amp;regionales…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="401" />
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="403" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="404" />
            <source>&amp;About OPN Desk</source>
            <translation>&amp;Acerca de OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="409" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="413" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="423" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="430" />
            <source>&amp;Organisations</source>
            <translation>&amp;Organizaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="436" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="454" />
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="467" />
            <source>{count} in this database</source>
            <translation>{count} en esta base de datos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="471" />
            <source>&amp;Undo {what}</source>
            <translation>&amp;Deshacer {what}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="472" />
            <source>&amp;Redo {what}</source>
            <translation>&amp;Rehacer {what}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="489" />
            <source>{server} (server: {address})</source>
            <translation>{server} (servidor: {address})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="493" />
            <source>(none yet)</source>
            <translation>(ninguna todavía)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="50" />
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="51" />
            <source>OPN Desk databases (*.sqlite)</source>
            <translation>Bases de datos de OPN Desk (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="59" />
            <source>{name} already exists. Use File › Open database to open it.</source>
            <translation>{name} ya existe. Use Archivo › Abrir una base de datos para abrirla.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="65" />
            <source>Open database</source>
            <translation>Abrir una base de datos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="66" />
            <source>OPN Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de OPN Desk (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="80" />
            <source>Demo database written to {path}</source>
            <translation>Base de demostración escrita en {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="100" />
            <source>Backup written and checked: {path}</source>
            <translation>Copia de seguridad escrita y comprobada: {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="132" />
            <source>Exported {count} to {path}</source>
            <translation>{count} exportadas a {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="207" />
            <source>&lt;h3&gt;OPN Desk {version}&lt;/h3&gt;&lt;p&gt;The coordination desk's tool for One Planet network programmes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;OPN Desk {version}&lt;/h3&gt;&lt;p&gt;La herramienta de la secretaría de coordinación para los programas de One Planet network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de datos:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Carpeta de datos:&lt;/b&gt; {folder}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="216" />
            <source>About OPN Desk</source>
            <translation>Acerca de OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="276" />
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="381" />
            <source>Opening {name} again…</source>
            <translation>Volviendo a abrir {name}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="450" />
            <source>The database was upgraded; a copy from before is in its backups folder.</source>
            <translation>La base de datos se actualizó; hay una copia anterior en su carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="522" />
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation>No se pudo hacer la copia de seguridad automática de hoy: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="86" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="86" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="105" />
            <source>no travel support</source>
            <translation>sin apoyo para viajes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="106" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="107" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="108" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="109" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="110" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="111" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="112" />
            <source>Programme of the day</source>
            <translation>Programa del día</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="113" />
            <source>Travel budget</source>
            <translation>Presupuesto de viajes</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/words.py" line="29" />
            <source>Guest organisation</source>
            <translation>Organización invitada</translation>
        </message>
        <message>
            <source>Say who approved the minutes (for example the advisory committee, or its members by written procedure).</source>
            <translation>Indique quién aprobó el acta (por ejemplo, el comité asesor, o sus miembros por procedimiento escrito).</translation>
        </message>
        <message>
            <source>Approved on {day} by {by}, by written procedure.</source>
            <translation>Aprobada el {day} por {by}, por procedimiento escrito.</translation>
        </message>
        <message>
            <source>Give the day the written procedure approved the minutes.</source>
            <translation>Indique el día en que el procedimiento escrito aprobó el acta.</translation>
        </message>
        <message>
            <source>Approved on {day}.</source>
            <translation>Aprobada el {day}.</translation>
        </message>
        <message>
            <source>The minutes of {meeting} were approved on {day}; approved minutes cannot be changed.</source>
            <translation>El acta de {meeting} se aprobó el {day}; un acta aprobada no puede modificarse.</translation>
        </message>
        <message>
            <source>The minutes of {meeting} are not started; start them from the agenda before approving them.</source>
            <translation>El acta de {meeting} no está iniciada; iníciela a partir del orden del día antes de aprobarla.</translation>
        </message>
        <message>
            <source>The minutes of {meeting} were already approved on {day}.</source>
            <translation>El acta de {meeting} ya se aprobó el {day}.</translation>
        </message>
        <message>
            <source>Minutes cannot be approved before their meeting ({day}).</source>
            <translation>Un acta no puede aprobarse antes de su reunión ({day}).</translation>
        </message>
        <message>
            <source>Minutes cannot be approved on a day still to come ({day}).</source>
            <translation>Un acta no puede aprobarse en una fecha futura ({day}).</translation>
        </message>
        <message>
            <source>Approved on {day} by {by} at {meeting} ({held}).</source>
            <translation>Aprobada el {day} por {by} en {meeting} ({held}).</translation>
        </message>
        <message>
            <source>Approved on {day} at {meeting} ({held}).</source>
            <translation>Aprobada el {day} en {meeting} ({held}).</translation>
        </message>
        <message>
            <source>Minutes are approved at a later meeting of the same programme; {title} ({day}) is not one.</source>
            <translation>Un acta se aprueba en una reunión posterior del mismo programa; {title} ({day}) no lo es.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="68" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="123" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="125" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="71" />
            <source>New meeting…</source>
            <translation>Nueva reunión…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="73" />
            <source>Meeting pack</source>
            <translation>Carpeta de la reunión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="74" />
            <source>The meeting's pack as one PDF (cover, participants, agenda, each item with its papers, the minutes), in the print preview: the draft, or the final pack without the DRAFT mark.</source>
            <translation>La carpeta de la reunión en un solo PDF (portada, participantes, orden del día, cada punto con sus documentos, el acta), en la vista previa de impresión: el borrador, o la carpeta final sin la marca BORRADOR.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="78" />
            <source>Draft pack…</source>
            <translation>Borrador de la carpeta…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="79" />
            <source>Final pack…</source>
            <translation>Carpeta final…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="80" />
            <source>The pack as sent or filed: no DRAFT mark (as `opn-desk report meeting-pack --final`).</source>
            <translation>La carpeta tal como se envía o archiva: sin la marca BORRADOR (como `opn-desk report meeting-pack --final`).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Place or link</source>
            <translation>Lugar o enlace</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="88" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="113" />
            <source>Took part</source>
            <translation>Participó</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="93" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="200" />
            <source>Choose a meeting to see it here.</source>
            <translation>Elija una reunión para verla aquí.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="104" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="105" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="106" />
            <source>Travel support</source>
            <translation>Apoyo para viajes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="107" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="216" />
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="113" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="113" />
            <source>Meetings invited to</source>
            <translation>Reuniones a las que se le invitó</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="114" />
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="118" />
            <source>Meetings held so far; written comments sent in advance count as participation. Meetings to come are not counted.</source>
            <translation>Reuniones celebradas hasta ahora; los comentarios escritos enviados con antelación cuentan como participación. Las reuniones futuras no se cuentan.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="124" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="126" />
            <source>Participation rates</source>
            <translation>Tasas de participación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="157" />
            <source>{took} of {invited}</source>
            <translation>{took} de {invited}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="158" />
            <source>to come</source>
            <translation>por celebrarse</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="164" />
            <source>{count} meetings, {ahead} to come</source>
            <translation>{count} reuniones, {ahead} por celebrarse</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="207" />
            <source>in {n} days</source>
            <translation>en {n} días</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="207" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="212" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="215" />
            <source>Draft (not yet approved).</source>
            <translation>Borrador (aún no aprobada).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="252" />
            <source>New meeting: {title}</source>
            <translation>Nueva reunión: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="274" />
            <source>Meeting pack of {title}: {pages} pages</source>
            <translation>Dossier de la reunión {title}: {pages} páginas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="277" />
            <source>Final meeting pack: {title}</source>
            <translation>Carpeta final de la reunión: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="277" />
            <source>Draft meeting pack: {title}</source>
            <translation>Borrador de la carpeta de la reunión: {title}</translation>
        </message>
    </context>
    <context>
        <name>MembershipDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="130" />
            <source>Add membership</source>
            <translation>Añadir una membresía</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="130" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="143" />
            <source>Ends on</source>
            <translation>Termina el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="151" />
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="152" />
            <source>&amp;Role</source>
            <translation>&amp;Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="153" />
            <source>Re&amp;presentative</source>
            <translation>Re&amp;presentante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="154" />
            <source>A&amp;lternate</source>
            <translation>Su&amp;plente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="155" />
            <source>Term &amp;starts</source>
            <translation>&amp;Inicio del mandato</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="156" />
            <source>Term ends</source>
            <translation>Fin del mandato</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="160" />
            <source>(nobody named yet)</source>
            <translation>(aún no se ha nombrado a nadie)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="48" />
            <source>Merge duplicate records</source>
            <translation>Fusionar registros duplicados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="53" />
            <source>Choose the record that is the same organisation as &lt;b&gt;{name}&lt;/b&gt;. The record you do not keep stays in the history, marked as merged.</source>
            <translation>Elija el registro que es la misma organización que &lt;b&gt;{name}&lt;/b&gt;. El registro que no conserve permanece en el historial, marcado como fusionado.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="59" />
            <source>Search the registry for the other record</source>
            <translation>Buscar el otro registro en el registro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="64" />
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="66" />
            <source>Looking for possible duplicates…</source>
            <translation>Buscando posibles duplicados…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="70" />
            <source>Which record to keep</source>
            <translation>Qué registro conservar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="98" />
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="119" />
            <source>Suggested because of the reasons shown; or search for another record.</source>
            <translation>Sugerido por los motivos indicados; o busque otro registro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="120" />
            <source>No likely duplicate found; search for the other record.</source>
            <translation>No se encontró ningún duplicado probable; busque el otro registro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="137" />
            <source>{count} found.</source>
            <translation>{count} encontrados.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="161" />
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="162" />
            <source>Keep {name}</source>
            <translation>Conservar {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="176" />
            <source>No country</source>
            <translation>Sin país</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="177" />
            <source>No website</source>
            <translation>Sin sitio web</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="178" />
            <source>1 person</source>
            <translation>1 persona</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="178" />
            <source>{n} people</source>
            <translation>{n} personas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="179" />
            <source>1 membership ({active} active)</source>
            <translation>1 membresía ({active} activa)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="180" />
            <source>{n} memberships ({active} active)</source>
            <translation>{n} membresías ({active} activas)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="182" />
            <source>1 application</source>
            <translation>1 solicitud</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="183" />
            <source>{n} applications</source>
            <translation>{n} solicitudes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="185" />
            <source>Already merged into another record</source>
            <translation>Ya fusionado en otro registro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="202" />
            <source>{gone} becomes another name of {kept}; its people, memberships, applications and history move to {kept}. You can undo this with Edit › Undo.</source>
            <translation>{gone} pasa a ser otro nombre de {kept}; sus personas, membresías, solicitudes e historial pasan a {kept}. Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="227" />
            <source>Merge {gone} into {kept}</source>
            <translation>Fusionar {gone} en {kept}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../opn_desk/gui/core/messages.py" line="20" />
            <source>OPN Desk</source>
            <translation>OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/messages.py" line="69" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/messages.py" line="80" />
            <source>The file could not be used: {reason}{where}.</source>
            <translation>No se pudo usar el archivo: {reason}{where}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/messages.py" line="86" />
            <source>Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; please report this.</source>
            <translation>Ocurrió algo que OPN Desk no esperaba ({kind}). No se guardó nada más; por favor, infórmelo.</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="39" />
            <source>Start the minutes</source>
            <translation>Iniciar el acta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="40" />
            <source>Start the minutes from a copy of the agenda.</source>
            <translation>Iniciar el acta a partir de una copia del orden del día.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="41" />
            <source>Approve…</source>
            <translation>Aprobar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="42" />
            <source>The minutes approved at a later meeting or by written procedure; approved minutes cannot be changed.</source>
            <translation>El acta aprobada en una reunión posterior o por procedimiento escrito; un acta aprobada ya no puede modificarse.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="57" />
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="60" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="65" />
            <source>Save the item's record</source>
            <translation>Guardar el registro del punto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="74" />
            <source>Action items (tasks of the work plan)</source>
            <translation>Acciones (tareas del plan de trabajo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="76" />
            <source>Add action item…</source>
            <translation>Añadir una acción…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Due</source>
            <translation>Vencimientos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="80" />
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="108" />
            <source>{approval} Approved minutes are read-only.</source>
            <translation>{approval} Un acta aprobada es de solo lectura.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="110" />
            <source>Draft minutes, started on {day} from the agenda.</source>
            <translation>Borrador del acta, iniciado el {day} a partir del orden del día.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="113" />
            <source>The minutes are not started. Starting them copies the agenda: each item's record opens with its presenter and the decision sought.</source>
            <translation>El acta no está iniciada. Al iniciarla se copia el orden del día: el registro de cada punto comienza con su presentador y la decisión solicitada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="143" />
            <source>Start the minutes of {meeting}</source>
            <translation>Iniciar el acta de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="153" />
            <source>Approve the minutes of {meeting}</source>
            <translation>Aprobar el acta de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="163" />
            <source>Record of {item}</source>
            <translation>Registro de {item}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="174" />
            <source>Action item of {meeting}</source>
            <translation>Acción de {meeting}</translation>
        </message>
    </context>
    <context>
        <name>NewCycleDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="65" />
            <source>New reporting cycle</source>
            <translation>Nuevo ciclo de informes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="65" />
            <source>Create the cycle</source>
            <translation>Crear el ciclo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="67" />
            <source>Reporting cycle {code} {year}</source>
            <translation>Ciclo de informes {code} {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="68" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="79" />
            <source>Days from the deadline: negative before it, positive after it.</source>
            <translation>Días respecto al plazo: negativos antes, positivos después.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="89" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="90" />
            <source>Reporting year</source>
            <translation>Año del informe</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="91" />
            <source>Deadline</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="92" />
            <source>Reminders (days from the deadline)</source>
            <translation>Recordatorios (días respecto al plazo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="93" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>NewDemoDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="282" />
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="314" />
            <source>New demo database</source>
            <translation>Nueva base de demostración</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="284" />
            <source>Creates a new database filled with a realistic, invented network, to try OPN Desk or to train. Your own database is not touched.</source>
            <translation>Crea una nueva base de datos llena de una red realista e inventada, para probar OPN Desk o para formarse. Su propia base de datos no se modifica.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="298" />
            <source>The same number gives the same network.</source>
            <translation>El mismo número da la misma red.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="299" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="300" />
            <source>&amp;Organisations</source>
            <translation>&amp;Organizaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="301" />
            <source>&amp;Seed</source>
            <translation>&amp;Semilla</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="308" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="315" />
            <source>OPN Desk databases (*.sqlite)</source>
            <translation>Bases de datos de OPN Desk (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="326" />
            <source>Choose where to write the demo database.</source>
            <translation>Elija dónde escribir la base de demostración.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="328" />
            <source>{name} already exists; the demo network is written to a new file only.</source>
            <translation>{name} ya existe; la red de demostración solo se escribe en un archivo nuevo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="331" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
    </context>
    <context>
        <name>NewLaptopDialog</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="49" />
            <source>Set up another laptop</source>
            <translation>Preparar otro portátil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="53" />
            <source>A copy of the whole desk for a colleague's laptop, with a laptop identity of its own; this laptop knows the new one at once, so you can write exchange files for it. Give the copy on a USB stick and keep it out of shared folders: only exchange files go there.</source>
            <translation>Una copia de todo el escritorio para el portátil de un colega, con su propia identidad; este portátil conoce al nuevo de inmediato, así que puede escribir archivos de intercambio para él. Entregue la copia en una memoria USB y manténgala fuera de las carpetas compartidas: allí solo van los archivos de intercambio.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="58" />
            <source>For example: Nairobi laptop</source>
            <translation>Por ejemplo: portátil de Nairobi</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="60" />
            <source>&amp;Name of the new laptop</source>
            <translation>&amp;Nombre del nuevo portátil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="65" />
            <source>Where to save the copy (a .sqlite file)</source>
            <translation>Dónde guardar la copia (un archivo .sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="66" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="70" />
            <source>&amp;Save the copy as</source>
            <translation>&amp;Guardar la copia como</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="81" />
            <source>&amp;Make the copy</source>
            <translation>&amp;Hacer la copia</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="82" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="98" />
            <source>Save the copy for the new laptop</source>
            <translation>Guardar la copia para el nuevo portátil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="99" />
            <source>OPN Desk databases (*.sqlite)</source>
            <translation>Bases de datos de OPN Desk (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="118" />
            <source>Give the new laptop a name, such as “Nairobi laptop”.</source>
            <translation>Dé un nombre al nuevo portátil, por ejemplo «portátil de Nairobi».</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="122" />
            <source>Choose where to save the copy for {laptop}.</source>
            <translation>Elija dónde guardar la copia para {laptop}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="141" />
            <source>Making a copy of the desk for {laptop}</source>
            <translation>Haciendo una copia del escritorio para {laptop}</translation>
        </message>
    </context>
    <context>
        <name>NotBuiltPage</name>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="135" />
            <source>This area is not built yet. Until it is, keep this work where you keep it today; the organisations registry is ready to use.</source>
            <translation>Esta área aún no está construida. Mientras tanto, mantenga este trabajo donde lo tiene hoy; el registro de organizaciones está listo para usarse.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="98" />
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../opn_desk/gui/applications/intake.py" line="562" />
            <source>Record application of {name}</source>
            <translation>Registrar la solicitud de {name}</translation>
        </message>
        <message>
            <source>Remove the criterion {name}</source>
            <translation>Quitar el criterio {name}</translation>
        </message>
        <message>
            <source>Add the call {title}</source>
            <translation>Añadir la convocatoria {title}</translation>
        </message>
        <message>
            <source>Edit the call {title}</source>
            <translation>Editar la convocatoria {title}</translation>
        </message>
        <message>
            <source>Add the criterion {name}</source>
            <translation>Añadir el criterio {name}</translation>
        </message>
        <message>
            <source>Edit the criterion {name}</source>
            <translation>Editar el criterio {name}</translation>
        </message>
        <message>
            <source>Exporting applicants for a mail merge…</source>
            <translation>Exportando los solicitantes para una combinación de correspondencia…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Escribiendo el PDF…</translation>
        </message>
        <message>
            <source>Writing the review pack…</source>
            <translation>Escribiendo el paquete de evaluación…</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Comprobando el archivo…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Reading the applications…</source>
            <translation>Leyendo las solicitudes…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Checking {count} rows…</source>
            <translation>Comprobando {count} filas…</translation>
        </message>
        <message>
            <source>Importing {count} rows…</source>
            <translation>Importando {count} filas…</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>Guardado: {what}</translation>
        </message>
        <message>
            <source>Cancelled: {what}</source>
            <translation>Cancelado: {what}</translation>
        </message>
        <message>
            <source>{name} cannot be imported. {reason}</source>
            <translation>{name} no se puede importar. {reason}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Deshecho: {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Rehecho: {what}</translation>
        </message>
        <message>
            <source>Exporting organisations…</source>
            <translation>Exportando las organizaciones…</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Haciendo la copia de seguridad de la base de datos…</translation>
        </message>
        <message>
            <source>Creating the demo network…</source>
            <translation>Creando la red de demostración…</translation>
        </message>
        <message>
            <source>Writing and checking the backup…</source>
            <translation>Escribiendo y comprobando la copia de seguridad…</translation>
        </message>
        <message>
            <source>The demo database was not created.</source>
            <translation>No se creó la base de demostración.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="84" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="105" />
            <source>Organisation history</source>
            <translation>Historial de la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="109" />
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="112" />
            <source>(not set)</source>
            <translation>(sin definir)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="115" />
            <source>Type a country's name or its ISO code</source>
            <translation>Escriba el nombre de un país o su código ISO</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="243" />
            <source>That organisation no longer exists.</source>
            <translation>Esa organización ya no existe.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="53" />
            <source>People ({count})</source>
            <translation>Personas ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="54" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="64" />
            <source>from {start}</source>
            <translation>desde el {start}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="79" />
            <source>Memberships ({count})</source>
            <translation>Membresías ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="80" />
            <source>Memberships</source>
            <translation>Membresías</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="269" />
            <source>New organisation</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="270" />
            <source>Not saved yet. People and memberships can be added once it is saved.</source>
            <translation>Aún no guardada. Se pueden añadir personas y membresías una vez guardada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="272" />
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="288" />
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="427" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="288" />
            <source>Add organisation</source>
            <translation>Añadir la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="334" />
            <source>Reload (lose my changes)</source>
            <translation>Volver a cargar (perder mis cambios)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="335" />
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="352" />
            <source>Add {name}</source>
            <translation>Añadir {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="364" />
            <source>Edit {name}</source>
            <translation>Editar {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="382" />
            <source>Its {count} people are removed with it. </source>
            <translation>Sus {count} personas se eliminan con ella. </translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="132" />
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="383" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="384" />
            <source>Delete {name}?</source>
            <translation>¿Eliminar {name}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="384" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="393" />
            <source>Delete {name}</source>
            <translation>Eliminar {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="425" />
            <source>this organisation</source>
            <translation>esta organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="426" />
            <source>Save your changes to {name}?</source>
            <translation>¿Guardar sus cambios en {name}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="427" />
            <source>Discard changes</source>
            <translation>Descartar los cambios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="427" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="428" />
            <source>Your changes to the details have not been saved yet.</source>
            <translation>Sus cambios en los datos aún no se han guardado.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="131" />
            <source>Remove {name} from this organisation?</source>
            <translation>¿Quitar a {name} de esta organización?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="132" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Choose the country from the list (type part of its name or its three-letter code).</source>
            <translation>Elija el país de la lista (escriba parte de su nombre o su código de tres letras).</translation>
        </message>
        <message>
            <source>Choose the parent organisation from the list that appears as you type, or clear the field.</source>
            <translation>Elija la organización matriz de la lista que aparece al escribir, o vacíe el campo.</translation>
        </message>
        <message>
            <source>Check before saving; two records of one organisation can be merged later with Merge….</source>
            <translation>Compruebe antes de guardar; dos registros de una misma organización pueden fusionarse más tarde con Fusionar….</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry:</source>
            <translation>Puede que esta organización ya esté en el registro:</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry, as one of these:</source>
            <translation>Puede que esta organización ya esté en el registro, como uno de estos:</translation>
        </message>
        <message>
            <source>Record a self-assessment…</source>
            <translation>Registrar una autoevaluación…</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <source>Holds no role in a programme today; the signals below are what the data still says.</source>
            <translation>No tiene ninguna función en un programa hoy; las señales de abajo son lo que aún dicen los datos.</translation>
        </message>
        <message>
            <source>Reported in the last cycle</source>
            <translation>Informó en el último ciclo</translation>
        </message>
        <message>
            <source>MAC participation (written comments count)</source>
            <translation>Participación en el MAC (cuentan los comentarios escritos)</translation>
        </message>
        <message>
            <source>Initiatives kept up to date</source>
            <translation>Iniciativas mantenidas al día</translation>
        </message>
        <message>
            <source>Co-lead commitments met</source>
            <translation>Compromisos de co-líder cumplidos</translation>
        </message>
        <message>
            <source>Latest self-assessment</source>
            <translation>Última autoevaluación</translation>
        </message>
        <message>
            <source>Computed from the data: reporting in the last cycle of each of its programmes, MAC participation over the meetings held (written comments sent in advance count), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment.</source>
            <translation>Calculado a partir de los datos: el informe en el último ciclo de cada uno de sus programas, la participación en el MAC en las reuniones celebradas (cuentan los comentarios escritos enviados con antelación), sus iniciativas mantenidas al día, los compromisos de renovación de un co-líder y la última autoevaluación de la secretaría.</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Señal</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>What it is made of</source>
            <translation>De qué se compone</translation>
        </message>
        <message>
            <source>Trend over the cycles</source>
            <translation>Tendencia a lo largo de los ciclos</translation>
        </message>
        <message>
            <source>Self-assessments</source>
            <translation>Autoevaluaciones</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No cycle has passed yet in which it was expected to report.</source>
            <translation>Todavía no ha pasado ningún ciclo en el que se esperara su informe.</translation>
        </message>
        <message>
            <source>One point per reporting year: that year's reporting and the self-assessment in force at its deadline.</source>
            <translation>Un punto por año de informe: el informe de ese año y la autoevaluación vigente en su plazo.</translation>
        </message>
        <message>
            <source>No self-assessment recorded yet.</source>
            <translation>Todavía no se ha registrado ninguna autoevaluación.</translation>
        </message>
        <message>
            <source>Health of the partnership: {level}. Roles today: {roles}.</source>
            <translation>Salud de la asociación: {level}. Funciones hoy: {roles}.</translation>
        </message>
        <message>
            <source>Its health dropped since the previous point of its trend.</source>
            <translation>Su salud bajó desde el punto anterior de su tendencia.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>No cumplido</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>no aplicable</translation>
        </message>
        <message>
            <source>Record the self-assessment of {name}</source>
            <translation>Registrar la autoevaluación de {name}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No history yet: changes to this organisation, its people and its memberships will be listed here, with who made them and when.</source>
            <translation>Aún no hay historial: los cambios de esta organización, sus personas y sus membresías aparecerán aquí, con quién los hizo y cuándo.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>añadido</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>cambiado</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>quitado</translation>
        </message>
        <message>
            <source>{record}: {field}: {before} → {after}</source>
            <translation>{record}: {field}: {before} → {after}</translation>
        </message>
        <message>
            <source>{record} {action}</source>
            <translation>{record} {action}</translation>
        </message>
        <message>
            <source>{record}: {field} changed</source>
            <translation>{record}: {field} cambiado</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
        </message>
        <message>
            <source>Add membership: {what}</source>
            <translation>Añadir una membresía: {what}</translation>
        </message>
        <message>
            <source>End membership: {what}</source>
            <translation>Terminar la membresía: {what}</translation>
        </message>
        <message>
            <source>Renew membership: {what}</source>
            <translation>Renovar la membresía: {what}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="44" />
            <source>Participation</source>
            <translation>Participación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="44" />
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="44" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="46" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="52" />
            <source>Set participation</source>
            <translation>Fijar la participación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="53" />
            <source>Record the attendance ticked</source>
            <translation>Registrar la asistencia marcada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="54" />
            <source>Those ticked attended; the others keep how they took part.</source>
            <translation>Los marcados asistieron; los demás conservan su forma de participación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="55" />
            <source>Add guest…</source>
            <translation>Añadir invitado…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="56" />
            <source>An organisation of the registry, or a name typed as it comes.</source>
            <translation>Una organización del registro, o un nombre escrito tal cual.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="57" />
            <source>How the selected invitee took part</source>
            <translation>Cómo participó el invitado seleccionado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="79" />
            <source>The minutes are approved: the attendance they record cannot be changed.</source>
            <translation>El acta está aprobada: la asistencia que registra ya no puede modificarse.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="90" />
            <source>sent in advance</source>
            <translation>enviados con antelación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="100" />
            <source>{invited} organisations invited (the co-leads and core partners in office on the meeting's date, and guest organisations); {confirmed} confirmed, {wrote} sent written comments in advance.</source>
            <translation>{invited} organizaciones invitadas (los co-líderes y socios principales en funciones en la fecha de la reunión, y las organizaciones invitadas); {confirmed} confirmadas, {wrote} enviaron comentarios escritos con antelación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="106" />
            <source>{took} of {invited} invited organisations took part (attended or sent written comments in advance, which counts as participation).</source>
            <translation>{took} de {invited} organizaciones invitadas participaron (asistieron o enviaron comentarios escritos con antelación, lo que cuenta como participación).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="108" />
            <source>attended</source>
            <translation>asistió</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="111" />
            <source>Guests: {guests}</source>
            <translation>Invitados: {guests}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="111" />
            <source>No guests.</source>
            <translation>Sin invitados.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="129" />
            <source>{organisation} at {meeting}: {status}</source>
            <translation>{organisation} en {meeting}: {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="150" />
            <source>Invite {organisation} to {meeting}</source>
            <translation>Invitar a {organisation} a {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="154" />
            <source>Guest {name} at {meeting}</source>
            <translation>Invitado {name} en {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="163" />
            <source>Attendance at {meeting}</source>
            <translation>Asistencia a {meeting}</translation>
        </message>
    </context>
    <context>
        <name>PartnerMapView</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="157" />
            <source>No organisations share an initiative.</source>
            <translation>Ninguna organización comparte una iniciativa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="212" />
            <source>Initiatives ({count}):</source>
            <translation>Iniciativas ({count}):</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="215" />
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="217" />
            <source>Works with: {names}</source>
            <translation>Trabaja con: {names}</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="33" />
            <source>Every partner</source>
            <translation>Todos los socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="33" />
            <source>Status in the cycle</source>
            <translation>Estado en el ciclo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="34" />
            <source>Not reported yet</source>
            <translation>Aún no ha informado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="37" />
            <source>Search partners</source>
            <translation>Buscar socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="44" />
            <source>Submitted on</source>
            <translation>Presentado el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="44" />
            <source>Days late</source>
            <translation>Días de retraso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="44" />
            <source>Missed in a row</source>
            <translation>Omitidos seguidos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="45" />
            <source>Excuse</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="48" />
            <source>No partner has this status.</source>
            <translation>Ningún socio tiene este estado.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="50" />
            <source>Record a submission…</source>
            <translation>Registrar una presentación…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="51" />
            <source>Excuse…</source>
            <translation>Dispensar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="52" />
            <source>Back to to do</source>
            <translation>Volver a pendiente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="53" />
            <source>Focal point…</source>
            <translation>Punto focal…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="54" />
            <source>Open the organisation</source>
            <translation>Abrir la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="94" />
            <source>{n} (review)</source>
            <translation>{n} (por revisar)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="105" />
            <source>{shown} of {total} partners</source>
            <translation>{shown} de {total} socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="140" />
            <source>Record the report of {name}</source>
            <translation>Registrar el informe de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="154" />
            <source>Excuse {name} from reporting</source>
            <translation>Dispensar a {name} del informe</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="164" />
            <source>Set {name} back to to do</source>
            <translation>Volver a poner a {name} como pendiente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="177" />
            <source>Set the reporting focal point of {name}</source>
            <translation>Fijar el punto focal para los informes de {name}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="196" />
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="198" />
            <source>Show or hide the document's contents</source>
            <translation>Mostrar u ocultar el contenido del documento</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="200" />
            <source>‹ Previous</source>
            <translation>‹ Anterior</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="203" />
            <source>Next ›</source>
            <translation>Siguiente ›</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="208" />
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="224" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="209" />
            <source>of {count}</source>
            <translation>de {count}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="211" />
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="212" />
            <source>Whole page</source>
            <translation>Página completa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="215" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="216" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="218" />
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="220" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="235" />
            <source>Language of the document</source>
            <translation>Idioma del documento</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="269" />
            <source>(the file could not be read)</source>
            <translation>(no se pudo leer el archivo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="348" />
            <source>Printing {title}…</source>
            <translation>Imprimiendo {title}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="348" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="374" />
            <source>Print {title}</source>
            <translation>Imprimir {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="395" />
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="397" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="101" />
            <source>Edit person</source>
            <translation>Editar la persona</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="101" />
            <source>Add person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="102" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="102" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="107" />
            <source>name@example.org</source>
            <translation>nombre@example.org</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="113" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="114" />
            <source>&amp;E-mail</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="115" />
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="116" />
            <source>&amp;Gender (as stated)</source>
            <translation>&amp;Género (según lo declarado)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="117" />
            <source>Gender is recorded only as the person states it; it is sensitive and never exported unless you ask for it.</source>
            <translation>El género solo se registra tal como la persona lo declara; es un dato sensible y nunca se exporta salvo que usted lo pida.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="75" />
            <source>Search titles, descriptions, leads</source>
            <translation>Buscar en títulos, descripciones, líderes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="76" />
            <source>New initiative…</source>
            <translation>Nueva iniciativa…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="78" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="79" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="80" />
            <source>Leave out inactive initiatives, those not (yet) in the portfolio and the desk's own notes and due diligence.</source>
            <translation>Omitir las iniciativas inactivas, las que (aún) no están en la cartera y las notas y la diligencia debida de la secretaría.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="82" />
            <source>Portfolio</source>
            <translation>Cartera</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="82" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="85" />
            <source>All programmes</source>
            <translation>Todos los programas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="85" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="86" />
            <source>Any SDG</source>
            <translation>Cualquier ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="86" />
            <source>Also serving this SDG</source>
            <translation>Que también contribuye a este ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="87" />
            <source>SDG {n}</source>
            <translation>ODS {n}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="88" />
            <source>All sectors</source>
            <translation>Todos los sectores</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="88" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="285" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="89" />
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="89" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="90" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="90" />
            <source>Status (inactive after two years without an update)</source>
            <translation>Estado (inactiva tras dos años sin actualización)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="93" />
            <source>Core and affiliated</source>
            <translation>Principales y afiliadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="93" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="100" />
            <source>Clear filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="283" />
            <source>Lead</source>
            <translation>Líder</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="283" />
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <source>Other SDGs</source>
            <translation>Otros ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="114" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="289" />
            <source>Last update</source>
            <translation>Última actualización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="116" />
            <source>No initiative matches. Clear the filters or search less.</source>
            <translation>Ninguna iniciativa coincide. Borre los filtros o busque menos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="124" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="125" />
            <source>Who works with whom</source>
            <translation>Quién trabaja con quién</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="142" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="265" />
            <source>Choose an initiative to see it here.</source>
            <translation>Elija una iniciativa para verla aquí.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="152" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="153" />
            <source>Due diligence…</source>
            <translation>Diligencia debida…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="154" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="380" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="161" />
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="162" />
            <source>Lifecycle:</source>
            <translation>Ciclo de vida:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="210" />
            <source>{count} core initiatives are left with fewer than two partners holding a role in their programme: {titles}. Add a partner or make them affiliated.</source>
            <translation>A {count} iniciativas principales les quedan menos de dos socios con una función en su programa: {titles}. Añada un socio o conviértalas en afiliadas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="233" />
            <source>{count} initiatives</source>
            <translation>{count} iniciativas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="278" />
            <source>may use the logo</source>
            <translation>puede usar el logotipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="283" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="284" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="285" />
            <source>Work-stream</source>
            <translation>Línea de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="286" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="286" />
            <source>Targets</source>
            <translation>Metas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="287" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="287" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="288" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="289" />
            <source>Desk notes</source>
            <translation>Notas de la secretaría</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="292" />
            <source>Due diligence</source>
            <translation>Diligencia debida</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="292" />
            <source>{done} of {all} checks done</source>
            <translation>{done} de {all} comprobaciones hechas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="339" />
            <source>Add the initiative {title}</source>
            <translation>Añadir la iniciativa {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="342" />
            <source>Edit the initiative {title}</source>
            <translation>Editar la iniciativa {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="363" />
            <source>Due diligence of {title}</source>
            <translation>Diligencia debida de {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="373" />
            <source>Move {title} to {status}</source>
            <translation>Pasar {title} a {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="380" />
            <source>Delete the initiative {title}?</source>
            <translation>¿Eliminar la iniciativa {title}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="381" />
            <source>Delete the initiative {title}</source>
            <translation>Eliminar la iniciativa {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="388" />
            <source>Export the initiatives</source>
            <translation>Exportar las iniciativas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="390" />
            <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
            <translation>Hoja de cálculo (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="400" />
            <source>Exported {count} initiatives to {name}</source>
            <translation>{count} iniciativas exportadas a {name}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="342" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="347" />
            <source>Your name as it should appear in the history</source>
            <translation>Su nombre tal como debe aparecer en el historial</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="348" />
            <source>Desk officer's &amp;name</source>
            <translation>&amp;Nombre del oficial de la secretaría</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="351" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="353" />
            <source>Every change you make is recorded under this name.</source>
            <translation>Cada cambio que haga se registra con este nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="356" />
            <source>Programme &amp;letterheads…</source>
            <translation>&amp;Membretes de los programas…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="357" />
            <source>The lines printed at the top of letters, packs, dossiers and rosters, per programme (kept in the database)</source>
            <translation>Las líneas impresas en la parte superior de cartas, paquetes, dossiers y listas de miembros, por programa (se guardan en la base de datos)</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeHeader</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/area_header.py" line="29" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/area_header.py" line="31" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="15" />
            <source>Progress of {task}</source>
            <translation>Avance de {task}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="15" />
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="22" />
            <source>On</source>
            <translation>El</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="23" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="24" />
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
    </context>
    <context>
        <name>Registry</name>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="65" />
            <source>An organisation needs a name.</source>
            <translation>Una organización necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="67" />
            <source>The name is longer than 300 characters.</source>
            <translation>El nombre supera los 300 caracteres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="69" />
            <source>The acronym is longer than 50 characters.</source>
            <translation>La sigla supera los 50 caracteres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="72" />
            <source>“{website}” is not a web address; write it like www.example.org.</source>
            <translation>“{website}” no es una dirección web; escríbala como www.example.org.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="78" />
            <source>An organisation cannot be its own parent.</source>
            <translation>Una organización no puede ser su propia matriz.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="82" />
            <source>That parent would make a circle of parent organisations.</source>
            <translation>Esa matriz formaría un círculo de organizaciones matrices.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="86" />
            <source>The parent organisation no longer exists.</source>
            <translation>La organización matriz ya no existe.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="153" />
            <source>A person needs a name.</source>
            <translation>Una persona necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="194" />
            <source>The term must end after it starts.</source>
            <translation>El mandato debe terminar después de empezar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="211" />
            <source>That membership has already ended.</source>
            <translation>Esa membresía ya terminó.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="213" />
            <source>A membership cannot end before it started.</source>
            <translation>Una membresía no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="224" />
            <source>Only an active membership can be renewed.</source>
            <translation>Solo puede renovarse una membresía activa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="226" />
            <source>This membership has no end date, so there is no term to renew.</source>
            <translation>Esta membresía no tiene fecha de fin, así que no hay mandato que renovar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="228" />
            <source>The renewed term must end after the current one.</source>
            <translation>El mandato renovado debe terminar después del actual.</translation>
        </message>
    </context>
    <context>
        <name>RegistryPage</name>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="51" />
            <location filename="../../opn_desk/gui/registry/page.py" line="75" />
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="51" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="47" />
            <source>Search names, acronyms, countries</source>
            <translation>Buscar nombres, siglas, países</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="48" />
            <source>Searches the name, acronym, other names and country (Ctrl+F)</source>
            <translation>Busca en el nombre, la sigla, los otros nombres y el país (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="49" />
            <source>New organisation</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="57" />
            <source>All programmes</source>
            <translation>Todos los programas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="57" />
            <source>Active in programme</source>
            <translation>Activo en el programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="59" />
            <source>All roles</source>
            <translation>Todas las funciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="59" />
            <source>Active in the role</source>
            <translation>Activo en la función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="61" />
            <source>All groups</source>
            <translation>Todos los grupos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="61" />
            <source>Regional group of the country</source>
            <translation>Grupo regional del país</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="64" />
            <source>All clusters</source>
            <translation>Todos los grupos de partes interesadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="64" />
            <source>Stakeholder cluster</source>
            <translation>Grupo de partes interesadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="66" />
            <source>Clear filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="84" />
            <location filename="../../opn_desk/gui/registry/page.py" line="166" />
            <source>No organisation matches. Try fewer words or clear the filters.</source>
            <translation>Ninguna organización coincide. Pruebe con menos palabras o borre los filtros.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="160" />
            <source>{shown} of {all}</source>
            <translation>{shown} de {all}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="163" />
            <source>There are no organisations in this database yet. Add the first with New organisation, or try OPN Desk on File › New demo database.</source>
            <translation>Aún no hay organizaciones en esta base de datos. Añada la primera con Nueva organización, o pruebe OPN Desk con Archivo › Nueva base de demostración.</translation>
        </message>
    </context>
    <context>
        <name>RenewMembershipDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="208" />
            <source>Renew membership</source>
            <translation>Renovar la membresía</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="208" />
            <source>Renew</source>
            <translation>Renovar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="211" />
            <source>A new term of the {what} membership starts on {start}; the current term is kept in the history.</source>
            <translation>Un nuevo mandato de la membresía {what} empieza el {start}; el mandato actual se conserva en el historial.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="217" />
            <source>New term &amp;ends on</source>
            <translation>El nuevo mandato &amp;termina el</translation>
        </message>
    </context>
    <context>
        <name>Renewal</name>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="183" />
            <source>The renewal process was changed since you opened it; reload it to see the latest version.</source>
            <translation>El proceso de renovación cambió desde que lo abrió; vuelva a cargarlo para ver la última versión.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="202" />
            <source>Incumbents already have scores on the criteria of the linked call; remove those scores before linking another call.</source>
            <translation>Algunos titulares ya tienen puntuaciones según los criterios de la convocatoria vinculada; quite esas puntuaciones antes de vincular otra convocatoria.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="309" />
            <source>A step cannot have started in the future.</source>
            <translation>Un paso no puede haber empezado en el futuro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="330" />
            <source>A step cannot start in the future.</source>
            <translation>Un paso no puede empezar en el futuro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="350" />
            <source>A step cannot be closed in the future.</source>
            <translation>Un paso no puede cerrarse en el futuro.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="370" />
            <source>Reopening a step needs a reason.</source>
            <translation>Reabrir un paso requiere un motivo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="382" />
            <source>The attachment needs a file name.</source>
            <translation>El adjunto necesita un nombre de archivo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="413" />
            <source>That evidence file no longer exists (it may have been removed or undone).</source>
            <translation>Ese archivo justificativo ya no existe (puede que se haya quitado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="439" />
            <source>A checklist item needs its text.</source>
            <translation>Un elemento de la lista necesita su texto.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="442" />
            <source>The checklist already has that item.</source>
            <translation>La lista ya tiene ese elemento.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="500" />
            <source>Succession is planned for co-leads and core partners.</source>
            <translation>La sucesión se planifica para los co-líderes y los socios principales.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="512" />
            <source>Choose the organisation, or write who (for example "Open seat: Africa").</source>
            <translation>Elija la organización, o escriba quién (por ejemplo "Puesto vacante: África").</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="547" />
            <source>Link the renewal process to its co-lead call first; the criteria are the call's.</source>
            <translation>Vincule primero el proceso de renovación a su convocatoria de co-líderes; los criterios son los de la convocatoria.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="627" />
            <source>That membership is not a co-lead membership of this programme.</source>
            <translation>Esa membresía no es una membresía de co-líder de este programa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="665" />
            <source>That application does not answer this renewal process's co-lead call.</source>
            <translation>Esa solicitud no responde a la convocatoria de co-líderes de este proceso de renovación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="670" />
            <source>That candidate no longer exists (it may have been deleted or undone).</source>
            <translation>Ese candidato ya no existe (puede que se haya eliminado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="694" />
            <source>A withdrawn application cannot be proposed.</source>
            <translation>Una solicitud retirada no puede proponerse.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="705" />
            <source>This incumbent has not said it seeks renewal; record that first.</source>
            <translation>Este titular no ha dicho que solicita la renovación; regístrelo primero.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="707" />
            <source>This incumbent also applied to the call; propose its application instead.</source>
            <translation>Este titular también se presentó a la convocatoria; proponga su solicitud en su lugar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="736" />
            <source>Only an incumbent seeking renewal is scored; record that it seeks renewal first.</source>
            <translation>Solo se puntúa a un titular que solicita la renovación; registre primero que la solicita.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="762" />
            <source>That score no longer exists (it may have been removed or undone).</source>
            <translation>Esa puntuación ya no existe (puede que se haya quitado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="928" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
    </context>
    <context>
        <name>ReportData</name>
        <message>
            <location filename="../../opn_desk/services/report_data.py" line="145" />
            <source>That application does not exist (it may have been deleted or undone).</source>
            <translation>Esa solicitud no existe (puede que se haya eliminado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/report_data.py" line="342" />
            <source>That call does not exist (it may have been deleted or undone).</source>
            <translation>Esa convocatoria no existe (puede que se haya eliminado o deshecho).</translation>
        </message>
    </context>
    <context>
        <name>ReportingPage</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="64" />
            <source>Reporting</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="67" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="70" />
            <source>Reporting year (cycle)</source>
            <translation>Año del informe (ciclo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="71" />
            <source>New cycle…</source>
            <translation>Nuevo ciclo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="72" />
            <source>Edit cycle…</source>
            <translation>Editar el ciclo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="73" />
            <source>Prepare reminders…</source>
            <translation>Preparar los recordatorios…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="74" />
            <source>Cycle summary…</source>
            <translation>Resumen del ciclo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="75" />
            <source>Import activities…</source>
            <translation>Importar actividades…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="95" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="104" />
            <source>Over the years</source>
            <translation>A lo largo de los años</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="105" />
            <source>Every programme this year</source>
            <translation>Todos los programas este año</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="106" />
            <source>By role</source>
            <translation>Por función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="107" />
            <source>By regional group</source>
            <translation>Por grupo regional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="113" />
            <source>The rate is partners who reported / partners expected to report: excused partners are left out, late reports count (and are shown as late). The dashed line is the strategy's 75% target.</source>
            <translation>La tasa es socios que informaron / socios que debían informar: se excluyen los socios dispensados, los informes tardíos cuentan (y se muestran como tardíos). La línea discontinua es el objetivo del 75 % de la estrategia.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="120" />
            <source>Rates</source>
            <translation>Tasas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="121" />
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="122" />
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="123" />
            <source>Partnership health</source>
            <translation>Salud de la asociación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="184" />
            <source>This programme has no reporting cycle yet: create one with New cycle…</source>
            <translation>Este programa aún no tiene ciclo de informes: cree uno con Nuevo ciclo…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="185" />
            <source>No programme.</source>
            <translation>Ningún programa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="197" />
            <source>meets the 75% target</source>
            <translation>alcanza el objetivo del 75 %</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="197" />
            <source>below the 75% target</source>
            <translation>por debajo del objetivo del 75 %</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="200" />
            <source>{code} {year}: {reported} of {partners} partners reported ({rate:.0%}), {verdict}; {late} late, {very_late} very late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. Deadline {deadline}.</source>
            <translation>{code} {year}: {reported} de {partners} socios informaron ({rate:.0%}), {verdict}; {late} con retraso, {very_late} con mucho retraso, {excused} dispensados; {missing} no informaron, {repeated} de ellos reiteradamente. Plazo {deadline}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="221" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="263" />
            <source>Open the {code} reporting cycle for {year}</source>
            <translation>Abrir el ciclo de informes {code} de {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="282" />
            <source>Change the {code} reporting cycle for {year}</source>
            <translation>Cambiar el ciclo de informes {code} de {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="294" />
            <source>Choose the folder for the reminders' drafts</source>
            <translation>Elija la carpeta para los borradores de los recordatorios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="306" />
            <source>No e-mail address for: {names}.</source>
            <translation>No hay dirección de correo electrónico para: {names}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="307" />
            <source>{count} reminder drafts written to {folder}. Open each in your mail program to send it.</source>
            <translation>{count} borradores de recordatorio escritos en {folder}. Abra cada uno en su programa de correo para enviarlo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="320" />
            <source>Save the cycle summary</source>
            <translation>Guardar el resumen del ciclo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="321" />
            <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
            <translation>Documento PDF (*.pdf);;Hoja de cálculo (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="331" />
            <source>Wrote {name} ({what})</source>
            <translation>{name} escrito ({what})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="335" />
            <source>Cycle summary: {code} {year}</source>
            <translation>Resumen del ciclo: {code} {year}</translation>
        </message>
    </context>
    <context>
        <name>ReportingWords</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/words.py" line="31" />
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="23" />
            <source>n/a</source>
            <translation>n. d.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="197" />
            <source>page {page} of {count}</source>
            <translation>página {page} de {count}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="282" />
            <source>{file}; its page follows this item.</source>
            <translation>{file}; su página sigue a este punto.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="283" />
            <source>{file}; its {count} pages follow this item.</source>
            <translation>{file}; sus {count} páginas siguen a este punto.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="286" />
            <source>{file}; this PDF cannot be read (it may be damaged), so its pages are not in the pack; the file is kept with the desk's data.</source>
            <translation>{file}; este PDF no se puede leer (puede estar dañado), por lo que sus páginas no están en la carpeta; el archivo se conserva con los datos de la oficina.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="289" />
            <source>{file}; this PDF is protected by a password, so its pages are not in the pack; the file is kept with the desk's data.</source>
            <translation>{file}; este PDF está protegido con una contraseña, por lo que sus páginas no están en la carpeta; el archivo se conserva con los datos de la oficina.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="291" />
            <source>{file}; kept with the desk's data.</source>
            <translation>{file}; se conserva con los datos de la oficina.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="303" />
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="305" />
            <source>{kind} meeting, {date}</source>
            <translation>Reunión ({kind}), {date}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="306" />
            <location filename="../../opn_desk/reports/work_plan.py" line="43" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="306" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="308" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="310" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="311" />
            <source>Pack</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="311" />
            <source>Final</source>
            <translation>Definitivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="312" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="317" />
            <location filename="../../opn_desk/reports/work_plan.py" line="40" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="318" />
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="321" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="325" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="325" />
            <source>Country or affiliation</source>
            <translation>País o afiliación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="326" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="326" />
            <source>Participation</source>
            <translation>Participación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="329" />
            <source>Nobody is invited yet.</source>
            <translation>Todavía no hay nadie invitado.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="331" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="335" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="335" />
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="335" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="346" />
            <source>Presenter</source>
            <translation>Presentador</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="336" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="348" />
            <source>Decision sought</source>
            <translation>Decisión solicitada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="339" />
            <source>The agenda has no items yet.</source>
            <translation>El orden del día todavía no tiene puntos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="351" />
            <source>Papers</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="355" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="379" />
            <source>Paper: {title}</source>
            <translation>Documento: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="362" />
            <source>No papers for this item.</source>
            <translation>No hay documentos para este punto.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="364" />
            <source>Written comments sent in advance</source>
            <translation>Comentarios escritos enviados con antelación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="366" />
            <source>Written comments on item {number}</source>
            <translation>Comentarios escritos sobre el punto {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="314" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="371" />
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="375" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="388" />
            <source>Action items</source>
            <translation>Acciones pendientes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="391" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="391" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="391" />
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="410" />
            <source>Meeting pack: {title}</source>
            <translation>Carpeta de la reunión: {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="413" />
            <source>Meeting pack</source>
            <translation>Carpeta de la reunión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="41" />
            <source>Symbol</source>
            <translation>Signatura</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="42" />
            <source>Distribution</source>
            <translation>Distribución</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="44" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="148" />
            <source>Note by the Coordination Desk</source>
            <translation>Nota de la Oficina de Coordinación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="47" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="151" />
            <source>The work plan has no tasks yet.</source>
            <translation>El plan de trabajo todavía no tiene tareas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="49" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="155" />
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="49" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="155" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="49" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="155" />
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="65" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="135" />
            <source>Work plan progress report</source>
            <translation>Informe de avance del plan de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="98" />
            <source>DRAFT</source>
            <translation>BORRADOR</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="103" />
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="142" />
            <source>Distribution: {distribution}</source>
            <translation>Distribución: {distribution}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="117" />
            <source>{path} is a folder; give the document's file name.</source>
            <translation>{path} es una carpeta; indique el nombre del archivo del documento.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="119" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>The work plan records no amounts: this plan names each task's budget line and funding source but gives no sums.</source>
            <translation>El plan de trabajo no registra importes: este plan indica la partida presupuestaria y la fuente de financiación de cada tarea, pero ninguna suma.</translation>
        </message>
        <message>
            <source>Other tasks</source>
            <translation>Otras tareas</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Not yet started</source>
            <translation>Aún no iniciado</translation>
        </message>
        <message>
            <source>Ongoing-postponed</source>
            <translation>En curso - aplazado</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>Productos esperados</translation>
        </message>
        <message>
            <source>Milestones and dates</source>
            <translation>Hitos y fechas</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Partida presupuestaria</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <source>In-kind contribution</source>
            <translation>Contribución en especie</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <source>One task has no budget line yet.</source>
            <translation>Una tarea aún no tiene partida presupuestaria.</translation>
        </message>
        <message>
            <source>Annual work plan {year}</source>
            <translation>Plan de trabajo anual {year}</translation>
        </message>
        <message>
            <source>The tasks of the {programme} programme's work plan for {year}, by area and work-stream, with their expected outputs, milestones and dates, who is responsible, their budget line and their funding source: a donor, or a co-lead's contribution in kind.</source>
            <translation>Las tareas del plan de trabajo {year} del programa {programme}, por área y línea de trabajo, con sus productos esperados, sus hitos y fechas, los responsables, su partida presupuestaria y su fuente de financiación: un donante o la contribución en especie de un codirector.</translation>
        </message>
        <message>
            <source>Funding sources</source>
            <translation>Fuentes de financiación</translation>
        </message>
        <message>
            <source>{count} tasks have no budget line yet.</source>
            <translation>{count} tareas aún no tienen partida presupuestaria.</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Todas las tareas</translation>
        </message>
        <message>
            <source>Annual work plan for the funding partners</source>
            <translation>Plan de trabajo anual para los socios financiadores</translation>
        </message>
        <message>
            <source>Start: {date}</source>
            <translation>Inicio: {date}</translation>
        </message>
        <message>
            <source>Due: {date}</source>
            <translation>Vencimiento: {date}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Responsible: {who}</source>
            <translation>Responsable: {who}</translation>
        </message>
        <message>
            <source>The work plan has no tasks for {year}.</source>
            <translation>El plan de trabajo no tiene tareas para {year}.</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>Período: {start} – {end}</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Work-stream</source>
            <translation>Línea de trabajo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>Work plan</source>
            <translation>Plan de trabajo</translation>
        </message>
        <message>
            <source>Dear Sir or Madam,</source>
            <translation>Estimado señor o estimada señora:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Country (regional group)</source>
            <translation>País (grupo regional)</translation>
        </message>
        <message>
            <source>Stakeholder cluster</source>
            <translation>Grupo de partes interesadas</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Alternate</source>
            <translation>Suplente</translation>
        </message>
        <message>
            <source>Contribution offered</source>
            <translation>Contribución ofrecida</translation>
        </message>
        <message>
            <source>Work-streams</source>
            <translation>Líneas de trabajo</translation>
        </message>
        <message>
            <source>Priority sectors</source>
            <translation>Sectores prioritarios</translation>
        </message>
        <message>
            <source>Status: {status} · received {date} · reference {reference}</source>
            <translation>Estado: {status} · recibida el {date} · referencia {reference}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Evaluation criteria</source>
            <translation>Criterios de evaluación</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Evaluadores</translation>
        </message>
        <message>
            <source>Not ranked: no scores yet</source>
            <translation>Sin clasificar: aún no hay puntuaciones</translation>
        </message>
        <message>
            <source>Statement of interest</source>
            <translation>Declaración de interés</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historial de estados</translation>
        </message>
        <message>
            <source>The Director</source>
            <translation>La Dirección</translation>
        </message>
        <message>
            <source>The coordination desk</source>
            <translation>La secretaría de coordinación</translation>
        </message>
        <message>
            <source>Decision on your application to the {programme} programme ({reference})</source>
            <translation>Decisión sobre su solicitud al programa {programme} ({reference})</translation>
        </message>
        <message>
            <source>We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, for a term from {start} to {end}.</source>
            <translation>Nos complace informarle de que la solicitud de {organisation} ha sido aceptada: {organisation} es ahora {role} del programa {programme} de One Planet network, por un mandato del {start} al {end}.</translation>
        </message>
        <message>
            <source>(shortened: {count} words in full)</source>
            <translation>(abreviado: {count} palabras en total)</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Role applied for</source>
            <translation>Función solicitada</translation>
        </message>
        <message>
            <source>Contribution details</source>
            <translation>Detalles de la contribución</translation>
        </message>
        <message>
            <source>No evaluation criteria apply to this application.</source>
            <translation>No se aplica ningún criterio de evaluación a esta solicitud.</translation>
        </message>
        <message>
            <source>No reviewer has scored this application yet.</source>
            <translation>Ningún evaluador ha puntuado aún esta solicitud.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Ponderación</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Reviewers' comments</source>
            <translation>Comentarios de los evaluadores</translation>
        </message>
        <message>
            <source>Declared conflicts of interest (these reviewers did not score)</source>
            <translation>Conflictos de intereses declarados (estos evaluadores no puntuaron)</translation>
        </message>
        <message>
            <source>No status changes recorded.</source>
            <translation>No hay cambios de estado registrados.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>MAC opinion</source>
            <translation>Opinión del MAC</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>Ficha de solicitud</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Review pack for the Multi-stakeholder Advisory Committee</source>
            <translation>Paquete de evaluación para el Comité Asesor de Múltiples Partes Interesadas</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>One section per application, in ranking order.</source>
            <translation>Una sección por solicitud, en el orden de la clasificación.</translation>
        </message>
        <message>
            <source>Review pack</source>
            <translation>Paquete de evaluación</translation>
        </message>
        <message>
            <source>For the Multi-stakeholder Advisory Committee (MAC). Confidential: for the committee's deliberation only; please do not forward.</source>
            <translation>Para el Comité Asesor de Múltiples Partes Interesadas (MAC). Confidencial: solo para las deliberaciones del comité; no lo reenvíe.</translation>
        </message>
        <message>
            <source>No applications.</source>
            <translation>No hay solicitudes.</translation>
        </message>
        <message>
            <source>No evaluation criteria are set for this call.</source>
            <translation>No se han definido criterios de evaluación para esta convocatoria.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Aún no hay evaluaciones.</translation>
        </message>
        <message>
            <source>Rank {rank} of {count} · weighted total {total}</source>
            <translation>Puesto {rank} de {count} · total ponderado {total}</translation>
        </message>
        <message>
            <source>Opinion and decision</source>
            <translation>Opinión y decisión</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Estimado/a {name}:</translation>
        </message>
        <message>
            <source>The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria, with the opinion of the Multi-stakeholder Advisory Committee, before a decision is taken.</source>
            <translation>La secretaría de coordinación comprobará primero que la solicitud está completa y es admisible. Después se evalúa con arreglo a los criterios de evaluación publicados, con la opinión del Comité Asesor de Múltiples Partes Interesadas, antes de tomar una decisión.</translation>
        </message>
        <message>
            <source>The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria before a decision is taken.</source>
            <translation>La secretaría de coordinación comprobará primero que la solicitud está completa y es admisible. Después se evalúa con arreglo a los criterios de evaluación publicados antes de tomar una decisión.</translation>
        </message>
        <message>
            <source>Your application to the {programme} programme ({reference})</source>
            <translation>Su solicitud al programa {programme} ({reference})</translation>
        </message>
        <message>
            <source>Acknowledgement: {organisation}</source>
            <translation>Acuse de recibo: {organisation}</translation>
        </message>
        <message>
            <source>We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, from {start}.</source>
            <translation>Nos complace informarle de que la solicitud de {organisation} ha sido aceptada: {organisation} es ahora {role} del programa {programme} de One Planet network, desde el {start}.</translation>
        </message>
        <message>
            <source>We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme.</source>
            <translation>Nos complace informarle de que la solicitud de {organisation} ha sido aceptada: {organisation} es ahora {role} del programa {programme} de One Planet network.</translation>
        </message>
        <message>
            <source>The coordination desk will contact your representative shortly about the next steps. Thank you for your commitment to sustainable consumption and production.</source>
            <translation>La secretaría de coordinación se pondrá en contacto en breve con su representante sobre los próximos pasos. Gracias por su compromiso con el consumo y la producción sostenibles.</translation>
        </message>
        <message>
            <source>Decision: {organisation}</source>
            <translation>Decisión: {organisation}</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Convocatoria</translation>
        </message>
        <message>
            <source>Weighted total</source>
            <translation>Total ponderado</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivos</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Mandato</translation>
        </message>
        <message>
            <source>This call has no applications yet.</source>
            <translation>Esta convocatoria aún no tiene solicitudes.</translation>
        </message>
        <message>
            <source>Call open</source>
            <translation>Convocatoria abierta</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criterios</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Preparado</translation>
        </message>
        <message>
            <source>Applications by status: {counts}.</source>
            <translation>Solicitudes por estado: {counts}.</translation>
        </message>
        <message>
            <source>What it looks at</source>
            <translation>Qué examina</translation>
        </message>
        <message>
            <source>Not ranked · weighted total {total}</source>
            <translation>Sin clasificar · total ponderado {total}</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Puntuaciones</translation>
        </message>
        <message>
            <source>Yours sincerely,</source>
            <translation>Atentamente,</translation>
        </message>
        <message>
            <source>We will write to you again when a decision has been taken. If anything in your application changes in the meantime, please tell us, quoting the reference {reference}.</source>
            <translation>Volveremos a escribirle cuando se haya tomado una decisión. Si algo de su solicitud cambia mientras tanto, le rogamos que nos lo comunique indicando la referencia {reference}.</translation>
        </message>
        <message>
            <source>Reviewers: {names}</source>
            <translation>Evaluadores: {names}</translation>
        </message>
        <message>
            <source>! Reviewers disagree largely (scores {spread} or more points apart) on: {criteria}.</source>
            <translation>! Los evaluadores discrepan mucho (puntuaciones separadas por {spread} puntos o más) en: {criteria}.</translation>
        </message>
        <message>
            <source>The {count} latest of {total} status changes:</source>
            <translation>Los {count} últimos de {total} cambios de estado:</translation>
        </message>
        <message>
            <source>Application: {organisation}</source>
            <translation>Solicitud: {organisation}</translation>
        </message>
        <message>
            <source>Application {reference} · printed {date}</source>
            <translation>Solicitud {reference} · impresa el {date}</translation>
        </message>
        <message>
            <source>Application {reference}</source>
            <translation>Solicitud {reference}</translation>
        </message>
        <message>
            <source>Weighted total (0 to {max})</source>
            <translation>Total ponderado (0 a {max})</translation>
        </message>
        <message>
            <source>! Reviewers disagree largely on the marked criteria (scores {spread} or more points apart).</source>
            <translation>! Los evaluadores discrepan mucho en los criterios marcados (puntuaciones separadas por {spread} puntos o más).</translation>
        </message>
        <message>
            <source>Review pack: {call}</source>
            <translation>Paquete de evaluación: {call}</translation>
        </message>
        <message>
            <source>The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria that have scores; scores run from 0 to {max}. Applications without scores, and withdrawn ones, are not ranked. Equal totals share a rank (shown as 2=). "!" marks criteria on which reviewers' scores lie {spread} or more points apart.</source>
            <translation>El total ponderado es la suma, sobre los criterios, de la ponderación × la puntuación media de los evaluadores, dividida por la suma de las ponderaciones de los criterios puntuados; las puntuaciones van de 0 a {max}. Las solicitudes sin puntuaciones, y las retiradas, no se clasifican. Los totales iguales comparten puesto (se muestra 2=). «!» marca los criterios en los que las puntuaciones de los evaluadores están separadas por {spread} puntos o más.</translation>
        </message>
        <message>
            <source>received {date} · reference {reference}</source>
            <translation>recibida el {date} · referencia {reference}</translation>
        </message>
        <message>
            <source>Reference {reference}</source>
            <translation>Referencia {reference}</translation>
        </message>
        <message>
            <source>Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}, in answer to the call “{call}”.</source>
            <translation>Le agradecemos la solicitud de {organisation} para unirse al programa {programme} de One Planet network como {role}, que recibimos el {date}, en respuesta a la convocatoria «{call}».</translation>
        </message>
        <message>
            <source>Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}.</source>
            <translation>Le agradecemos la solicitud de {organisation} para unirse al programa {programme} de One Planet network como {role}, que recibimos el {date}.</translation>
        </message>
        <message>
            <source>The application of {organisation} has no decision yet, so there is no decision letter to write.</source>
            <translation>La solicitud de {organisation} aún no tiene decisión, así que no hay carta de decisión que escribir.</translation>
        </message>
        <message>
            <source>{reviewer} on {criterion}: {comment}</source>
            <translation>{reviewer} sobre {criterion}: {comment}</translation>
        </message>
        <message>
            <source>Application to {programme} ({code}) as {role}</source>
            <translation>Solicitud a {programme} ({code}) como {role}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>{count} ({ranked} ranked)</source>
            <translation>{count} ({ranked} clasificadas)</translation>
        </message>
        <message>
            <source>{date}, with OPN Desk</source>
            <translation>{date}, con OPN Desk</translation>
        </message>
        <message>
            <source>The decision not to accept {organisation} has no rationale; record one before writing the letter.</source>
            <translation>La decisión de no aceptar a {organisation} no tiene motivos; registre unos antes de escribir la carta.</translation>
        </message>
        <message>
            <source>Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}. After careful review, we regret to inform you that it has not been accepted, for the following reasons.</source>
            <translation>Le agradecemos la solicitud de {organisation} para unirse al programa {programme} de One Planet network como {role}. Tras un examen detenido, lamentamos informarle de que no ha sido aceptada, por los siguientes motivos.</translation>
        </message>
        <message>
            <source>Your organisation remains welcome to take part in the network's work and to apply again in a future call. Please quote the reference {reference} in any correspondence.</source>
            <translation>Su organización sigue siendo bienvenida a participar en el trabajo de la red y a presentar una nueva solicitud en una futura convocatoria. Le rogamos que indique la referencia {reference} en toda correspondencia.</translation>
        </message>
        <message>
            <source>{reviewer}, declared {date}</source>
            <translation>{reviewer}, declarado el {date}</translation>
        </message>
        <message>
            <source>from {start}</source>
            <translation>desde el {start}</translation>
        </message>
        <message>
            <source>! Large disagreement between reviewers on: {criteria}</source>
            <translation>! Gran discrepancia entre los evaluadores en: {criteria}</translation>
        </message>
        <message>
            <source>One Planet network</source>
            <translation>One Planet network</translation>
        </message>
        <message>
            <source>The font file {file} is missing from this installation of OPN Desk ({path}).</source>
            <translation>Falta el archivo de fuente {file} en esta instalación de OPN Desk ({path}).</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file's name.</source>
            <translation>{path} es una carpeta; indique el nombre del archivo PDF.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>La carpeta {path} no existe.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Terms run from their first to their last day. A member whose term has ended stays in office until a successor is appointed (holding over).</source>
            <translation>Los mandatos van de su primer a su último día. Un miembro cuyo mandato ha terminado permanece en funciones hasta que se nombra a un sucesor (prórroga).</translation>
        </message>
        <message>
            <source>holding over</source>
            <translation>en prórroga</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>At the edge</source>
            <translation>Al límite</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Incumplida</translation>
        </message>
        <message>
            <source>All four steps are done</source>
            <translation>Los cuatro pasos están terminados</translation>
        </message>
        <message>
            <source>FINAL</source>
            <translation>DEFINITIVO</translation>
        </message>
        <message>
            <source>DRAFT — for discussion, not for circulation</source>
            <translation>BORRADOR — para debate, no para difusión</translation>
        </message>
        <message>
            <source>no call linked yet</source>
            <translation>aún no hay convocatoria vinculada</translation>
        </message>
        <message>
            <source>Incumbent</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>Applicant (incumbent)</source>
            <translation>Solicitante (titular)</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Solicitante</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Actual (done)</source>
            <translation>Real (terminado)</translation>
        </message>
        <message>
            <source>Actual (in progress, to today)</source>
            <translation>Real (en curso, hasta hoy)</translation>
        </message>
        <message>
            <source>leadership renewal dossier (summary)</source>
            <translation>dossier de renovación de la dirección (resumen)</translation>
        </message>
        <message>
            <source>leadership renewal dossier</source>
            <translation>dossier de renovación de la dirección</translation>
        </message>
        <message>
            <source>Leadership renewal summary: {name}</source>
            <translation>Resumen de la renovación de la dirección: {name}</translation>
        </message>
        <message>
            <source>Leadership renewal dossier: {name}</source>
            <translation>Dossier de renovación de la dirección: {name}</translation>
        </message>
        <message>
            <source>Candidate profiles</source>
            <translation>Perfiles de los candidatos</translation>
        </message>
        <message>
            <source>One section per candidate, in the order of the summary (best weighted total first).</source>
            <translation>Una sección por candidato, en el orden del resumen (mejor total ponderado primero).</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>The full dossier holds the process and its timeline, the current leadership and their terms, the candidates' records in the network, the succession plan, the external review's checklist and the annexes.</source>
            <translation>El dossier completo contiene el proceso y su calendario, la dirección actual y sus mandatos, la trayectoria de los candidatos en la red, el plan de sucesión, la lista de verificación de la evaluación externa y los anexos.</translation>
        </message>
        <message>
            <source>The decision: the proposed leadership</source>
            <translation>La decisión: la dirección propuesta</translation>
        </message>
        <message>
            <source>The candidates</source>
            <translation>Los candidatos</translation>
        </message>
        <message>
            <source>Half a page per candidate, best weighted total first. Scores run from 0 to 5; the weights are each criterion's share of the weighted total.</source>
            <translation>Media página por candidato, mejor total ponderado primero. Las puntuaciones van de 0 a 5; las ponderaciones son la parte de cada criterio en el total ponderado.</translation>
        </message>
        <message>
            <source>Candidate as</source>
            <translation>Candidato como</translation>
        </message>
        <message>
            <source>Incumbent co-lead seeking renewal</source>
            <translation>Co-líder titular que solicita la renovación</translation>
        </message>
        <message>
            <source>Step {number} of 4: {title}</source>
            <translation>Paso {number} de 4: {title}</translation>
        </message>
        <message>
            <source>For the Multi-stakeholder Advisory Committee (MAC) and the Board of the One Planet network. Confidential: for the committee's and the Board's deliberation only.</source>
            <translation>Para el Comité Asesor de Múltiples Partes Interesadas (MAC) y la Junta de One Planet network. Confidencial: solo para las deliberaciones del comité y de la Junta.</translation>
        </message>
        <message>
            <source>The renewal process</source>
            <translation>El proceso de renovación</translation>
        </message>
        <message>
            <source>The renewal follows four steps agreed by the coordination desks: (1) the leads and the Secretariat agree on the need, the steps and the timeline; (2) an open call for expressions of interest; (3) the review of the applications against the evaluation criteria, with the MAC's opinion, consulting the coordination desk; (4) the submission to the Board.</source>
            <translation>La renovación sigue cuatro pasos acordados por las secretarías de coordinación: (1) los líderes y la Secretaría acuerdan la necesidad, los pasos y el calendario; (2) una convocatoria abierta de manifestaciones de interés; (3) la evaluación de las solicitudes con arreglo a los criterios de evaluación, con la opinión del MAC y en consulta con la secretaría de coordinación; (4) la presentación a la Junta.</translation>
        </message>
        <message>
            <source>Timeline: planned and actual</source>
            <translation>Calendario: previsto y real</translation>
        </message>
        <message>
            <source>Dates, responsibilities and evidence of each step are in Annex B.</source>
            <translation>Las fechas, responsabilidades y pruebas de cada paso figuran en el anexo B.</translation>
        </message>
        <message>
            <source>Current leadership and their terms</source>
            <translation>La dirección actual y sus mandatos</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Commitment offered</source>
            <translation>Compromiso ofrecido</translation>
        </message>
        <message>
            <source>Record in the network</source>
            <translation>Trayectoria en la red</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Equilibrio</translation>
        </message>
        <message>
            <source>Balance rules</source>
            <translation>Reglas de equilibrio</translation>
        </message>
        <message>
            <source>Succession planning to 2030</source>
            <translation>Planificación de la sucesión hasta 2030</translation>
        </message>
        <message>
            <source>The external review's recommendations</source>
            <translation>Las recomendaciones de la evaluación externa</translation>
        </message>
        <message>
            <source>Annex A: Evaluation criteria</source>
            <translation>Anexo A: Criterios de evaluación</translation>
        </message>
        <message>
            <source>Scores run from 0 to 5; each candidate's weighted total uses these weights.</source>
            <translation>Las puntuaciones van de 0 a 5; el total ponderado de cada candidato usa estas ponderaciones.</translation>
        </message>
        <message>
            <source>Annex B: The process steps</source>
            <translation>Anexo B: Los pasos del proceso</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} bytes</translation>
        </message>
        <message>
            <source>This is a past date: the composition is computed from the recorded terms.</source>
            <translation>Es una fecha pasada: la composición se calcula a partir de los mandatos registrados.</translation>
        </message>
        <message>
            <source>Country (group)</source>
            <translation>País (grupo)</translation>
        </message>
        <message>
            <source>Term from / to</source>
            <translation>Mandato desde / hasta</translation>
        </message>
        <message>
            <source>Term no.</source>
            <translation>Mandato n.º</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Líderes</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Leadership renewal dossier for the MAC and the Board</source>
            <translation>Dossier de renovación de la dirección para el MAC y la Junta</translation>
        </message>
        <message>
            <source>There are no candidates yet.</source>
            <translation>Aún no hay candidatos.</translation>
        </message>
        <message>
            <source>Leadership renewal: summary for the Board</source>
            <translation>Renovación de la dirección: resumen para la Junta</translation>
        </message>
        <message>
            <source>Why proposed</source>
            <translation>Motivo de la propuesta</translation>
        </message>
        <message>
            <source>Rank {rank} · weighted total {total}</source>
            <translation>Puesto {rank} · total ponderado {total}</translation>
        </message>
        <message>
            <source>proposed for the leadership</source>
            <translation>propuesto para la dirección</translation>
        </message>
        <message>
            <source>{count} lead</source>
            <translation>{count} líder</translation>
        </message>
        <message>
            <source>{count} leads</source>
            <translation>{count} líderes</translation>
        </message>
        <message>
            <source>Applicant, {status}</source>
            <translation>Solicitante, {status}</translation>
        </message>
        <message>
            <source>an incumbent co-lead</source>
            <translation>co-líder titular</translation>
        </message>
        <message>
            <source>Leadership renewal dossier</source>
            <translation>Dossier de renovación de la dirección</translation>
        </message>
        <message>
            <source>No co-lead is in office on this date.</source>
            <translation>Ningún co-líder está en funciones en esta fecha.</translation>
        </message>
        <message>
            <source>Holding over</source>
            <translation>En prórroga</translation>
        </message>
        <message>
            <source>The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria scored (0 to 5). Withdrawn applications are left out.</source>
            <translation>El total ponderado es la suma, sobre los criterios, de la ponderación × la puntuación media de los evaluadores, dividida por la suma de las ponderaciones de los criterios puntuados (0 a 5). Las solicitudes retiradas quedan fuera.</translation>
        </message>
        <message>
            <source>Short forms where a column is narrow: Africa; Asia-Pacific; Eastern Europe; GRULAC, Latin America and the Caribbean; WEOG, Western Europe and Others. UN / IGO: UN and other inter-governmental organisations. MAC: the MAC's opinion is recorded.</source>
            <translation>Formas abreviadas cuando una columna es estrecha: África; Asia-Pacífico; Europa Oriental; GRULAC, América Latina y el Caribe; WEOG, Europa Occidental y otros Estados. ONU / OIG: organismos de las Naciones Unidas y otras organizaciones intergubernamentales. MAC: la opinión del MAC está registrada.</translation>
        </message>
        <message>
            <source>No opinion recorded yet.</source>
            <translation>Aún no hay opinión registrada.</translation>
        </message>
        <message>
            <source>No membership in any programme yet.</source>
            <translation>Aún no es miembro de ningún programa.</translation>
        </message>
        <message>
            <source>No evaluation criteria apply (no call is linked to the process).</source>
            <translation>No se aplica ningún criterio de evaluación (no hay convocatoria vinculada al proceso).</translation>
        </message>
        <message>
            <source>Weighted total (0 to 5)</source>
            <translation>Total ponderado (0 a 5)</translation>
        </message>
        <message>
            <source>! Reviewers' scores lie 2 or more points apart on the marked criteria.</source>
            <translation>! Las puntuaciones de los evaluadores están separadas por 2 puntos o más en los criterios marcados.</translation>
        </message>
        <message>
            <source>The proposed leadership</source>
            <translation>La dirección propuesta</translation>
        </message>
        <message>
            <source>No leadership has been proposed yet.</source>
            <translation>Aún no se ha propuesto ninguna dirección.</translation>
        </message>
        <message>
            <source>More than three leads may be brought in to improve the programme's coordination capacity. The balance below is counted over the proposed leads and re-checked against the same balance rules as the core-partner selection, for this many seats.</source>
            <translation>Pueden incorporarse más de tres líderes para mejorar la capacidad de coordinación del programa. El equilibrio siguiente se cuenta sobre los líderes propuestos y se vuelve a comprobar con las mismas reglas de equilibrio que la selección de socios principales, para este número de puestos.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Every rule is met.</source>
            <translation>Se cumplen todas las reglas.</translation>
        </message>
        <message>
            <source>No succession plan has been recorded yet.</source>
            <translation>Aún no se ha registrado ningún plan de sucesión.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Ticked by</source>
            <translation>Marcada por</translation>
        </message>
        <message>
            <source>No evaluation criteria yet: the process has no co-lead call linked.</source>
            <translation>Aún no hay criterios de evaluación: el proceso no tiene convocatoria de co-líderes vinculada.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>Roster of co-leads and core partners</source>
            <translation>Composición de co-líderes y socios principales</translation>
        </message>
        <message>
            <source>Co-leads</source>
            <translation>Co-líderes</translation>
        </message>
        <message>
            <source>Core partners (the MAC)</source>
            <translation>Socios principales (el MAC)</translation>
        </message>
        <message>
            <source>{ordinal}, since {year}</source>
            <translation>{ordinal}, desde {year}</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sin fin</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Bounds for these seats</source>
            <translation>Límites para estos puestos</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>En qué punto está</translation>
        </message>
        <message>
            <source>Call for expressions of interest</source>
            <translation>Convocatoria de manifestaciones de interés</translation>
        </message>
        <message>
            <source>Proposed leadership</source>
            <translation>Dirección propuesta</translation>
        </message>
        <message>
            <source>Renewal process</source>
            <translation>Proceso de renovación</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierto el</translation>
        </message>
        <message>
            <source>The co-leads in office on {date}. Co-leads serve two-year commitments, renewable; a member whose term has ended stays in office until a successor is appointed (holding over).</source>
            <translation>Los co-líderes en funciones el {date}. Los co-líderes asumen compromisos de dos años, renovables; un miembro cuyo mandato ha terminado permanece en funciones hasta que se nombra a un sucesor (prórroga).</translation>
        </message>
        <message>
            <source>Seeks renewal</source>
            <translation>Solicita la renovación</translation>
        </message>
        <message>
            <source>Does not seek renewal</source>
            <translation>No solicita la renovación</translation>
        </message>
        <message>
            <source>Renewal not stated</source>
            <translation>Renovación no indicada</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renovación</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>By regional group</source>
            <translation>Por grupo regional</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <source>By stakeholder cluster</source>
            <translation>Por grupo de partes interesadas</translation>
        </message>
        <message>
            <source>By the representatives' gender (counts only)</source>
            <translation>Según el género de los representantes (solo recuentos)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>The rules are those of the core-partner selection (SPP ToR 2.2); with few seats not every group and cluster can be represented.</source>
            <translation>Las reglas son las de la selección de socios principales (mandato SPP 2.2); con pocos puestos no todos los grupos pueden estar representados.</translation>
        </message>
        <message>
            <source>Were the external review's recommendations on leadership taken on board? {done} of {count} items ticked.</source>
            <translation>¿Se tuvieron en cuenta las recomendaciones de la evaluación externa sobre la dirección? {done} de {count} puntos marcados.</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Cerrado por</translation>
        </message>
        <message>
            <source>Closed out of order</source>
            <translation>Cerrado fuera de orden</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Composición</translation>
        </message>
        <message>
            <source>No core partner is in office on this date.</source>
            <translation>Ningún socio principal está en funciones en esta fecha.</translation>
        </message>
        <message>
            <source>This is a future date: the terms are shown as they stand on {date}; nobody is assumed to hold over beyond that day.</source>
            <translation>Es una fecha futura: los mandatos se muestran tal como están el {date}; no se supone que nadie siga en prórroga después de ese día.</translation>
        </message>
        <message>
            <source>not yet proposed</source>
            <translation>aún no propuesta</translation>
        </message>
        <message>
            <source>DRAFT: for discussion, not for circulation</source>
            <translation>BORRADOR: para debate, no para difusión</translation>
        </message>
        <message>
            <source>Step {number} was closed before step {previous} was done, by {who}: {reason}</source>
            <translation>El paso {number} se cerró antes de terminar el paso {previous}, por {who}: {reason}</translation>
        </message>
        <message>
            <source>Not scored yet: {criteria}.</source>
            <translation>Aún sin puntuar: {criteria}.</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Paso {number}: {title}</translation>
        </message>
        <message>
            <source>Roster: {name}</source>
            <translation>Composición: {name}</translation>
        </message>
        <message>
            <source>{code} roster as of {date} · printed {printed}</source>
            <translation>Composición de {code} al {date} · impresa el {printed}</translation>
        </message>
        <message>
            <source>Roster of the {name} programme</source>
            <translation>Composición del programa {name}</translation>
        </message>
        <message>
            <source>Composition on {date}</source>
            <translation>Composición al {date}</translation>
        </message>
        <message>
            <source>Alternate: {name}</source>
            <translation>Suplente: {name}</translation>
        </message>
        <message>
            <source>MAC opinion.</source>
            <translation>Opinión del MAC.</translation>
        </message>
        <message>
            <source>term ends {date}</source>
            <translation>el mandato termina el {date}</translation>
        </message>
        <message>
            <source>{ordinal} (since {year})</source>
            <translation>{ordinal} (desde {year})</translation>
        </message>
        <message>
            <source>{candidates}: {who}</source>
            <translation>{candidates}: {who}</translation>
        </message>
        <message>
            <source>In the network since {date} ({count} year).</source>
            <translation>En la red desde el {date} ({count} año).</translation>
        </message>
        <message>
            <source>In the network since {date} ({count} years).</source>
            <translation>En la red desde el {date} ({count} años).</translation>
        </message>
        <message>
            <source>{count} lead proposed.</source>
            <translation>{count} líder propuesto.</translation>
        </message>
        <message>
            <source>{count} leads proposed.</source>
            <translation>{count} líderes propuestos.</translation>
        </message>
        <message>
            <source>at least {count}</source>
            <translation>al menos {count}</translation>
        </message>
        <message>
            <source>at most {count}</source>
            <translation>como máximo {count}</translation>
        </message>
        <message>
            <source>{count} rule is broken (marked).</source>
            <translation>{count} regla se incumple (marcada).</translation>
        </message>
        <message>
            <source>{count} rules are broken (marked).</source>
            <translation>{count} reglas se incumplen (marcadas).</translation>
        </message>
        <message>
            <source>{count} candidate</source>
            <translation>{count} candidato</translation>
        </message>
        <message>
            <source>{count} candidates</source>
            <translation>{count} candidatos</translation>
        </message>
        <message>
            <source>the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbent).</source>
            <translation>las solicitudes de co-líder a la convocatoria y los co-líderes titulares que solicitan la renovación ({count} titular).</translation>
        </message>
        <message>
            <source>the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbents).</source>
            <translation>las solicitudes de co-líder a la convocatoria y los co-líderes titulares que solicitan la renovación ({count} titulares).</translation>
        </message>
        <message>
            <source>no partners</source>
            <translation>sin socios</translation>
        </message>
        <message>
            <source>met</source>
            <translation>alcanzado</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>Tasas</translation>
        </message>
        <message>
            <source>Activities by category</source>
            <translation>Actividades por categoría</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Aspectos destacados</translation>
        </message>
        <message>
            <source>Non-reporters</source>
            <translation>Socios sin informe</translation>
        </message>
        <message>
            <source>HLPF</source>
            <translation>FPAN</translation>
        </message>
        <message>
            <source>{points} points below</source>
            <translation>{points} puntos por debajo</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Informó</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Against the target</source>
            <translation>Frente a la meta</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Con retraso</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusado</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>What changed in practice</source>
            <translation>Qué cambió en la práctica</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Funciones</translation>
        </message>
        <message>
            <source>Days past the deadline</source>
            <translation>Días después del plazo</translation>
        </message>
        <message>
            <source>Cycles missed in a row</source>
            <translation>Ciclos perdidos seguidos</translation>
        </message>
        <message>
            <source>Repeated non-reporter</source>
            <translation>Falta de informe repetida</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Punto focal</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>late</source>
            <translation>con retraso</translation>
        </message>
        <message>
            <source>very late</source>
            <translation>muy atrasado</translation>
        </message>
        <message>
            <source>Over the years</source>
            <translation>A lo largo de los años</translation>
        </message>
        <message>
            <source>Programmes this year</source>
            <translation>Programas este año</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Network ({year})</source>
            <translation>Red ({year})</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>1 candidate, an incumbent</source>
            <translation>1 candidato, titular</translation>
        </message>
        <message>
            <source>1 candidate, not an incumbent</source>
            <translation>1 candidato, no titular</translation>
        </message>
        <message>
            <source>{count} candidates, {incumbents} of them incumbents</source>
            <translation>{count} candidatos, {incumbents} de ellos titulares</translation>
        </message>
        <message>
            <source>The proposed slate</source>
            <translation>La lista propuesta</translation>
        </message>
        <message>
            <source>The hand-picked slate</source>
            <translation>La lista elegida a mano</translation>
        </message>
        <message>
            <source>The closest workable slate</source>
            <translation>La lista viable más cercana</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>La lista</translation>
        </message>
        <message>
            <source>optimal under the rules</source>
            <translation>óptima según las reglas</translation>
        </message>
        <message>
            <source>hand-picked by the desk</source>
            <translation>elegida a mano por la secretaría</translation>
        </message>
        <message>
            <source>closest workable (the rules cannot all be met)</source>
            <translation>viable más cercana (no se pueden cumplir todas las reglas)</translation>
        </message>
        <message>
            <source>none possible</source>
            <translation>ninguna posible</translation>
        </message>
        <message>
            <source>Call closed</source>
            <translation>Convocatoria cerrada el</translation>
        </message>
        <message>
            <source>Incumbents counted on</source>
            <translation>Titulares contados al</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Puestos</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Grupo de candidatos</translation>
        </message>
        <message>
            <source>Slate</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>The Terms of Reference (section 2.2) ask that the core partners' composition strive for geographic balance over the five UN regional groups, stakeholder balance over the five clusters, at least 50% female designated representatives, and both continuity and change. This report shows the rules the desk set for this call, the pool, the slate and how it meets each rule.</source>
            <translation>El mandato (sección 2.2) pide que la composición de los socios principales procure el equilibrio geográfico entre los cinco grupos regionales de las Naciones Unidas, el equilibrio entre los cinco grupos de partes interesadas, al menos un 50% de representantes designadas mujeres, y a la vez continuidad y cambio. Este informe muestra las reglas que la secretaría fijó para esta convocatoria, el grupo de candidatos, la lista y cómo cumple cada regla.</translation>
        </message>
        <message>
            <source>The balance rules</source>
            <translation>Las reglas de equilibrio</translation>
        </message>
        <message>
            <source>Pins</source>
            <translation>Fijaciones</translation>
        </message>
        <message>
            <source>The pool</source>
            <translation>El grupo de candidatos</translation>
        </message>
        <message>
            <source>Representative's gender (counts only)</source>
            <translation>Género del representante (solo recuentos)</translation>
        </message>
        <message>
            <source>By representative's gender (counts only)</source>
            <translation>Según el género del representante (solo recuentos)</translation>
        </message>
        <message>
            <source>Rule by rule</source>
            <translation>Regla por regla</translation>
        </message>
        <message>
            <source>By region, cluster and gender</source>
            <translation>Por región, grupo de partes interesadas y género</translation>
        </message>
        <message>
            <source>Representative's gender</source>
            <translation>Género del representante</translation>
        </message>
        <message>
            <source>Alternates</source>
            <translation>Suplentes</translation>
        </message>
        <message>
            <source>The next best candidates who could step in, each replacing one member of the slate without breaking any rule (single swaps; pinned candidates stay).</source>
            <translation>Los siguientes mejores candidatos que podrían entrar, cada uno sustituyendo a un miembro de la lista sin incumplir ninguna regla (sustituciones simples; los candidatos fijados se quedan).</translation>
        </message>
        <message>
            <source>Trade-offs: why the rules cannot all be met</source>
            <translation>Compensaciones: por qué no se pueden cumplir todas las reglas</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Escenarios comparados</translation>
        </message>
        <message>
            <source>Who differs</source>
            <translation>Quién difiere</translation>
        </message>
        <message>
            <source>The desk's notes</source>
            <translation>Las notas de la secretaría</translation>
        </message>
        <message>
            <source>{count} candidates, none of them an incumbent</source>
            <translation>{count} candidatos, ninguno de ellos titular</translation>
        </message>
        <message>
            <source>{count} candidates, 1 of them an incumbent</source>
            <translation>{count} candidatos, 1 de ellos titular</translation>
        </message>
        <message>
            <source>{count} candidates, all of them incumbents</source>
            <translation>{count} candidatos, todos ellos titulares</translation>
        </message>
        <message>
            <source>saved for this round</source>
            <translation>guardadas para esta selección</translation>
        </message>
        <message>
            <source>the Terms of Reference's defaults (not saved yet)</source>
            <translation>las predeterminadas del mandato (aún no guardadas)</translation>
        </message>
        <message>
            <source>Core-partner selection</source>
            <translation>Selección de socios principales</translation>
        </message>
        <message>
            <source>No balance rules are set: the slate is simply the best total score.</source>
            <translation>No hay reglas de equilibrio: la lista es simplemente la de mejor puntuación total.</translation>
        </message>
        <message>
            <source>No candidate is pinned in or out.</source>
            <translation>Ningún candidato está fijado dentro ni fuera.</translation>
        </message>
        <message>
            <source>In the pool as</source>
            <translation>En el grupo de candidatos como</translation>
        </message>
        <message>
            <source>Incumbents not seeking renewal</source>
            <translation>Titulares que no solicitan la renovación</translation>
        </message>
        <message>
            <source>Core partners in office on the day incumbency is counted who did not apply and have not said they seek renewal; they are not in the pool.</source>
            <translation>Los socios principales en funciones el día en que se cuentan los titulares que no presentaron solicitud ni han dicho que solicitan la renovación; no están en el grupo de candidatos.</translation>
        </message>
        <message>
            <source>The slate with the highest total score ({score}) among those that meet every rule and pin, found by integer programming (HiGHS, exact).</source>
            <translation>La lista con la puntuación total más alta ({score}) entre las que cumplen todas las reglas y fijaciones, hallada mediante programación entera (HiGHS, exacta).</translation>
        </message>
        <message>
            <source>The rules cannot all be met. This is the closest workable slate: it breaks the rules as little as possible (see the trade-offs), then has the best total score.</source>
            <translation>No se pueden cumplir todas las reglas. Esta es la lista viable más cercana: incumple las reglas lo menos posible (véanse las compensaciones) y después tiene la mejor puntuación total.</translation>
        </message>
        <message>
            <source>No slate can be formed: the seats and pins alone cannot be met (see the trade-offs).</source>
            <translation>No se puede formar ninguna lista: los puestos y las fijaciones por sí solos no se pueden cumplir (véanse las compensaciones).</translation>
        </message>
        <message>
            <source>No candidate has been picked yet.</source>
            <translation>Aún no se ha elegido ningún candidato.</translation>
        </message>
        <message>
            <source>No balance rules are set.</source>
            <translation>No hay reglas de equilibrio.</translation>
        </message>
        <message>
            <source>There is no slate, so there are no alternates.</source>
            <translation>No hay lista, así que no hay suplentes.</translation>
        </message>
        <message>
            <source>Alternates are listed for a slate that meets every rule; this one breaks some.</source>
            <translation>Los suplentes se enumeran para una lista que cumple todas las reglas; esta incumple algunas.</translation>
        </message>
        <message>
            <source>No candidate outside the slate can replace a member without breaking a rule.</source>
            <translation>Ningún candidato fuera de la lista puede sustituir a un miembro sin incumplir una regla.</translation>
        </message>
        <message>
            <source>Could come in</source>
            <translation>Podría entrar</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>Sustituyendo a</translation>
        </message>
        <message>
            <source>Score change</source>
            <translation>Cambio de puntuación</translation>
        </message>
        <message>
            <source>The conflicting rules</source>
            <translation>Las reglas en conflicto</translation>
        </message>
        <message>
            <source>What the closest slate relaxes</source>
            <translation>Lo que flexibiliza la lista más cercana</translation>
        </message>
        <message>
            <source>No scenario has been saved for this round.</source>
            <translation>No se ha guardado ningún escenario para esta selección.</translation>
        </message>
        <message>
            <source>No notes recorded.</source>
            <translation>No hay notas registradas.</translation>
        </message>
        <message>
            <source>Core-partner selection: rules, pool, slate and balance</source>
            <translation>Selección de socios principales: reglas, grupo de candidatos, lista y equilibrio</translation>
        </message>
        <message>
            <source>Core-partner selection: {call}</source>
            <translation>Selección de socios principales: {call}</translation>
        </message>
        <message>
            <source>A slate has exactly {seats} seats and meets every rule below. Shares of the seats become counts that honour the share: a minimum rounds up, a maximum rounds down. Priority weighs a rule when the rules cannot all be met and some must be relaxed.</source>
            <translation>Una lista tiene exactamente {seats} puestos y cumple todas las reglas siguientes. Las proporciones de puestos se convierten en recuentos que respetan la proporción: un mínimo se redondea hacia arriba, un máximo hacia abajo. La prioridad pondera una regla cuando no se pueden cumplir todas y algunas deben flexibilizarse.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>As set</source>
            <translation>Tal como se fijó</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Fijación</translation>
        </message>
        <message>
            <source>Ties: {rule}. Candidates are identified by their organisation's record, so the same pool and rules always give the same slate.</source>
            <translation>Empates: {rule}. Los candidatos se identifican por el registro de su organización, así que el mismo grupo de candidatos y las mismas reglas dan siempre la misma lista.</translation>
        </message>
        <message>
            <source>the call's applications that passed screening (under review, with the MAC's opinion, or accepted), scored by their weighted review total, and the incumbent core partners seeking renewal. An incumbent that applied is counted once, through its application.</source>
            <translation>las solicitudes a la convocatoria que superaron la preselección (en evaluación, con la opinión del MAC, o aceptadas), puntuadas por su total ponderado de evaluación, y los socios principales titulares que solicitan la renovación. Un titular que presentó solicitud se cuenta una vez, por su solicitud.</translation>
        </message>
        <message>
            <source>The slate the desk picked by hand; total score {score}.</source>
            <translation>La lista que la secretaría eligió a mano; puntuación total {score}.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Bounds</source>
            <translation>Límites</translation>
        </message>
        <message>
            <source>Who counts</source>
            <translation>Quién cuenta</translation>
        </message>
        <message>
            <source>A smallest set of rules that cannot all be met together.</source>
            <translation>Un conjunto mínimo de reglas que no se pueden cumplir todas a la vez.</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Límite</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Compared under the round's current rules ({seats} seats): each saved slate is counted under the seats and rules being decided on, whatever it was saved with, beside this report's slate. Scores are the candidates' current scores.</source>
            <translation>Comparados con las reglas actuales de la selección ({seats} puestos): cada lista guardada se cuenta con los puestos y las reglas que se están decidiendo, sean cuales sean con los que se guardó, junto a la lista de este informe. Las puntuaciones son las actuales de los candidatos.</translation>
        </message>
        <message>
            <source>In every slate: {names}.</source>
            <translation>En todas las listas: {names}.</translation>
        </message>
        <message>
            <source>{kind}; total score {score}</source>
            <translation>{kind}; puntuación total {score}</translation>
        </message>
        <message>
            <source>No slate meets every rule (see the trade-offs).</source>
            <translation>Ninguna lista cumple todas las reglas (véanse las compensaciones).</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Puntuación total</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Puestos cubiertos</translation>
        </message>
        <message>
            <source>Rules broken</source>
            <translation>Reglas incumplidas</translation>
        </message>
        <message>
            <source>Only in {scenario} (not in every other): {names}.</source>
            <translation>Solo en {scenario} (no en todas las demás): {names}.</translation>
        </message>
        <message>
            <source>For {seats} seats</source>
            <translation>Para {seats} puestos</translation>
        </message>
        <message>
            <source>The best slate meeting every rule scores {score}.</source>
            <translation>La mejor lista que cumple todas las reglas obtiene {score}.</translation>
        </message>
        <message>
            <source>Total score {score}.</source>
            <translation>Puntuación total {score}.</translation>
        </message>
        <message>
            <source>{count} separate conflicts: each is a smallest set of rules that cannot all be met together, and each needs a change of its own.</source>
            <translation>{count} conflictos distintos: cada uno es un conjunto mínimo de reglas que no se pueden cumplir todas a la vez, y cada uno necesita su propio cambio.</translation>
        </message>
        <message>
            <source>{count} of {seats}</source>
            <translation>{count} de {seats}</translation>
        </message>
        <message>
            <source>{count} of its candidates are no longer in the pool and are left out of its counts.</source>
            <translation>{count} de sus candidatos ya no están en el grupo de candidatos y quedan fuera de sus recuentos.</translation>
        </message>
        <message>
            <source>{code} core-partner selection</source>
            <translation>Selección de socios principales de {code}</translation>
        </message>
        <message>
            <source>Conflict {number}</source>
            <translation>Conflicto {number}</translation>
        </message>
        <message>
            <source>{count} rule is at the edge: one change to the slate could break it.</source>
            <translation>{count} regla está al límite: un cambio en la lista podría incumplirla.</translation>
        </message>
        <message>
            <source>{count} rules are at the edge: one change to the slate could break them.</source>
            <translation>{count} reglas están al límite: un cambio en la lista podría incumplirlas.</translation>
        </message>
    </context>
    <context>
        <name>Reviews</name>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="94" />
            <source>A weight is a number.</source>
            <translation>Una ponderación es un número.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="103" />
            <source>A criterion needs a name.</source>
            <translation>Un criterio necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="105" />
            <source>The criterion's name is longer than 200 characters.</source>
            <translation>El nombre del criterio supera los 200 caracteres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="310" />
            <source>This application answers no call, so there are no criteria to score it on.</source>
            <translation>Esta solicitud no responde a ninguna convocatoria, así que no hay criterios con que puntuarla.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="335" />
            <source>That score no longer exists (it may have been removed or undone).</source>
            <translation>Esa puntuación ya no existe (puede que se haya quitado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="410" />
            <source>At least one reviewer is needed per application.</source>
            <translation>Se necesita al menos un evaluador por solicitud.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="412" />
            <source>The disagreement threshold is a number of points above 0.</source>
            <translation>El umbral de discrepancia es un número de puntos mayor que 0.</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="49" />
            <source>Organisation name</source>
            <translation>Nombre de la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="49" />
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="50" />
            <source>Stakeholder cluster</source>
            <translation>Grupo de partes interesadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="50" />
            <source>Representative's gender</source>
            <translation>Género del representante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="51" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="51" />
            <source>Country code (ISO3)</source>
            <translation>Código del país (ISO3)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="52" />
            <source>Least developed country</source>
            <translation>País menos adelantado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="53" />
            <source>Small island developing state</source>
            <translation>Pequeño Estado insular en desarrollo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="54" />
            <source>Incumbent core partner</source>
            <translation>Socio principal titular</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="55" />
            <source>Parent organisation (family)</source>
            <translation>Organización matriz (familia)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="56" />
            <source>First priority sector</source>
            <translation>Primer sector prioritario</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Seats and balance rules</source>
            <translation>Puestos y reglas de equilibrio</translation>
        </message>
        <message>
            <source>Each rule counts the slate's candidates with a value (or, with "each value", every value on its own, such as one per parent organisation). Type a bound as a number of seats (2) or a share of the seats (40%): a share at least rounds up, at most rounds down. Priority weighs a rule when the rules cannot all be met.</source>
            <translation>Cada regla cuenta los candidatos de la lista que tienen un valor (o, con “cada valor”, cada valor por separado, como uno por organización matriz). Escriba un límite como número de puestos (2) o como parte de los puestos (40%): una parte “al menos” se redondea hacia arriba, “como máximo” hacia abajo. La prioridad pondera una regla cuando no pueden cumplirse todas las reglas.</translation>
        </message>
        <message>
            <source>How many core partners the call selects</source>
            <translation>Cuántos socios principales selecciona la convocatoria</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Añadir una regla</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Quitar la regla</translation>
        </message>
        <message>
            <source>Reset to the Terms of Reference</source>
            <translation>Volver a los Términos de Referencia</translation>
        </message>
        <message>
            <source>Replace the rules with the Terms of Reference's: every regional group at least 1 and at most 40%, every cluster at least 1, at least 50% female representatives, one per parent organisation.</source>
            <translation>Sustituir las reglas por las de los Términos de Referencia: cada grupo regional al menos 1 y como máximo 40%, cada grupo de partes interesadas al menos 1, al menos 50% de representantes mujeres, uno por organización matriz.</translation>
        </message>
        <message>
            <source>(attribute: value)</source>
            <translation>(atributo: valor)</translation>
        </message>
        <message>
            <source>Apply the bounds to each value on its own (e.g. at most 1 per parent organisation)</source>
            <translation>Aplicar los límites a cada valor por separado (p. ej. como máximo 1 por organización matriz)</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Al menos</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Como máximo</translation>
        </message>
        <message>
            <source>Sector: {name}</source>
            <translation>Sector: {name}</translation>
        </message>
        <message>
            <source>Seats:</source>
            <translation>Puestos:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Atributo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Each value</source>
            <translation>Cada valor</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>As seats</source>
            <translation>En puestos</translation>
        </message>
        <message>
            <source>A number of seats (2) or a share of the seats (40%); empty: no bound</source>
            <translation>Un número de puestos (2) o una parte de los puestos (40%); vacío: sin límite</translation>
        </message>
        <message>
            <source>{attribute}: {value}</source>
            <translation>{attribute}: {value}</translation>
        </message>
        <message>
            <source>{what} '{text}' is neither a number of seats (2) nor a share of the seats (40%).</source>
            <translation>{what} '{text}' no es ni un número de puestos (2) ni una parte de los puestos (40%).</translation>
        </message>
        <message>
            <source>{what} {text} is not a whole number of seats.</source>
            <translation>{what} {text} no es un número entero de puestos.</translation>
        </message>
        <message>
            <source>rule {n}</source>
            <translation>regla {n}</translation>
        </message>
        <message>
            <source>{attribute}, each value</source>
            <translation>{attribute}, cada valor</translation>
        </message>
        <message>
            <source>{what} {text} is more than all the seats.</source>
            <translation>{what} {text} supera el total de puestos.</translation>
        </message>
        <message>
            <source>{rule}: choose the attribute it counts.</source>
            <translation>{rule}: elija el atributo que cuenta.</translation>
        </message>
        <message>
            <source>no bound</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>With these seats the least is above the most: this rule cannot be met.</source>
            <translation>Con estos puestos el mínimo supera el máximo: esta regla no puede cumplirse.</translation>
        </message>
        <message>
            <source>The minima add up to {total} seats but there are only {seats} ({attribute}: {parts}). Each candidate counts for one of these rules at most, so no slate can meet them all; lower some of them or add seats.</source>
            <translation>Los mínimos suman {total} puestos pero solo hay {seats} ({attribute}: {parts}). Cada candidato cuenta como máximo para una de estas reglas, así que ninguna lista puede cumplirlas todas; reduzca algunas o añada puestos.</translation>
        </message>
        <message>
            <source>{rule}: give at least or at most.</source>
            <translation>{rule}: indique al menos o como máximo.</translation>
        </message>
        <message>
            <source>{rule} alone needs at least {least} seats, but there are only {seats}: no slate can meet it.</source>
            <translation>{rule} por sí sola necesita al menos {least} puestos, pero solo hay {seats}: ninguna lista puede cumplirla.</translation>
        </message>
        <message>
            <source>{rule} needs {least}</source>
            <translation>{rule} necesita {least}</translation>
        </message>
        <message>
            <source>{rule} needs {least} for each of its {values} values</source>
            <translation>{rule} necesita {least} para cada uno de sus {values} valores</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>al menos {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>como máximo {n}</translation>
        </message>
    </context>
    <context>
        <name>Selection</name>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="514" />
            <source>Pick the slate ({count} picked)</source>
            <translation>Elegir la lista ({count} elegidos)</translation>
        </message>
        <message>
            <source>Proposing a slate…</source>
            <translation>Proponiendo una lista…</translation>
        </message>
        <message>
            <source>Why not this candidate?</source>
            <translation>¿Por qué no este candidato?</translation>
        </message>
        <message>
            <source>Writing the selection report…</source>
            <translation>Escribiendo el informe de selección…</translation>
        </message>
        <message>
            <source>Looking for the slate with the best total score…</source>
            <translation>Buscando la lista con la mejor puntuación total…</translation>
        </message>
        <message>
            <source>The rules cannot all be met; finding out why…</source>
            <translation>No pueden cumplirse todas las reglas; buscando el motivo…</translation>
        </message>
        <message>
            <source>Trying the slate with this candidate in…</source>
            <translation>Probando la lista con este candidato dentro…</translation>
        </message>
        <message>
            <source>{name} seeks renewal</source>
            <translation>{name} solicita la renovación</translation>
        </message>
        <message>
            <source>{name} does not seek renewal</source>
            <translation>{name} no solicita la renovación</translation>
        </message>
        <message>
            <source>Delete scenario {name}</source>
            <translation>Eliminar el escenario {name}</translation>
        </message>
        <message>
            <source>Save scenario {name}</source>
            <translation>Guardar el escenario {name}</translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="108" />
            <source>Selection</source>
            <translation>Selección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="111" />
            <source>The core-partner call whose slate you are choosing</source>
            <translation>La convocatoria de socios principales cuya lista está eligiendo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="114" />
            <source>Propose</source>
            <translation>Proponer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="115" />
            <source>The slate with the best total review score that meets every rule and pin (or, if there is none, why)</source>
            <translation>La lista con la mejor puntuación total de evaluación que cumple cada regla y fijación (o, si no la hay, por qué)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="117" />
            <location filename="../../opn_desk/gui/selection/page.py" line="535" />
            <source>Seats and rules…</source>
            <translation>Puestos y reglas…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="118" />
            <source>Scenarios…</source>
            <translation>Escenarios…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="120" />
            <source>Selection report…</source>
            <translation>Informe de selección…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="121" />
            <source>The rules, pool, slate, balance, alternates and your notes as a printable PDF</source>
            <translation>Las reglas, el grupo de candidatos, la lista, el equilibrio, los suplentes y sus notas como PDF imprimible</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="125" />
            <source>Draft report…</source>
            <translation>Informe provisional…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="126" />
            <source>Final report (no DRAFT mark)…</source>
            <translation>Informe definitivo (sin marca BORRADOR)…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="136" />
            <source>Loading the calls…</source>
            <translation>Cargando las convocatorias…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="138" />
            <source>This database is open read-only: you can look, propose and compare, but not pick, pin or save.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura: puede consultar, proponer y comparar, pero no elegir, fijar ni guardar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="168" />
            <location filename="../../opn_desk/gui/selection/page.py" line="184" />
            <source>Pool</source>
            <translation>Grupo de candidatos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="172" />
            <source>Find in the pool: name, country or representative</source>
            <translation>Buscar en el grupo de candidatos: nombre, país o representante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="173" />
            <source>Picked only</source>
            <translation>Solo elegidos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="190" />
            <source>No candidates yet: the pool is the call's applications that passed screening (under review or later) and the incumbents seeking renewal.</source>
            <translation>Aún no hay candidatos: el grupo de candidatos son las solicitudes de la convocatoria que superaron la preselección (en revisión o más adelante) y los titulares que solicitan la renovación.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="198" />
            <source>Seeks renewal</source>
            <translation>Solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="198" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="199" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="199" />
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="206" />
            <source>Incumbents not seeking renewal</source>
            <translation>Titulares que no solicitan la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="236" />
            <source>Balance</source>
            <translation>Equilibrio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="242" />
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="247" />
            <source>Your notes on this round: the trade-offs made and why. They go into the selection report.</source>
            <translation>Sus notas sobre esta ronda: las concesiones hechas y por qué. Se incluyen en el informe de selección.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="251" />
            <source>Save notes</source>
            <translation>Guardar las notas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="259" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="282" />
            <source>{title} ({programme}, closes {closes})</source>
            <translation>{title} ({programme}, cierra el {closes})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="291" />
            <source>There is no core-partner call yet. Add one under Applications › Calls and evaluation criteria; its screened applications become the pool.</source>
            <translation>Aún no hay convocatoria de socios principales. Añada una en Solicitudes › Convocatorias y criterios de evaluación; sus solicitudes preseleccionadas forman el grupo de candidatos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="294" />
            <source>No call chosen.</source>
            <translation>Ninguna convocatoria elegida.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="321" />
            <source>Loading the round…</source>
            <translation>Cargando la ronda…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="336" />
            <source>The seats, rules or pins have changed since this answer: press Propose again.</source>
            <translation>Los puestos, las reglas o las fijaciones cambiaron desde esta respuesta: pulse Proponer de nuevo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="372" />
            <source>Applied: {status}</source>
            <translation>Solicitud: {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="373" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="379" />
            <source>{name} applied to this call; its application is {status}, so it is not in the pool.</source>
            <translation>{name} se presentó a esta convocatoria; su solicitud está {status}, así que no está en el grupo de candidatos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="381" />
            <source>Tick when {name} seeks renewal: it joins the pool.</source>
            <translation>Marque cuando {name} solicite la renovación: se une al grupo de candidatos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="388" />
            <source>Incumbents not seeking renewal ({n}), not in the pool:</source>
            <translation>Titulares que no solicitan la renovación ({n}), fuera del grupo de candidatos:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="389" />
            <source>Incumbents not seeking renewal ({n}), not in the pool; tick one that seeks renewal:</source>
            <translation>Titulares que no solicitan la renovación ({n}), fuera del grupo de candidatos; marque el que la solicite:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="415" />
            <source>The round's rules cannot be used: {reason} Fix them in Seats and rules.</source>
            <translation>Las reglas de la ronda no pueden usarse: {reason} Corríjalas en Puestos y reglas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="431" />
            <source>{n} candidates in the pool</source>
            <translation>{n} candidatos en el grupo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="432" />
            <source>1 candidate in the pool</source>
            <translation>1 candidato en el grupo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="433" />
            <source>{picked} of {seats} seats picked</source>
            <translation>{picked} de {seats} puestos elegidos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="438" />
            <source>1 rule broken</source>
            <translation>1 regla incumplida</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="438" />
            <source>{n} rules broken</source>
            <translation>{n} reglas incumplidas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="441" />
            <source>every rule met</source>
            <translation>se cumplen todas las reglas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="443" />
            <source>rules: the Terms of Reference's defaults (not saved yet)</source>
            <translation>reglas: las predeterminadas de los Términos de Referencia (aún no guardadas)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="480" />
            <source>Replace your {n} picks with this slate?</source>
            <translation>¿Sustituir sus {n} elecciones por esta lista?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="481" />
            <source>Replace the picks</source>
            <translation>Sustituir las elecciones</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="482" />
            <source>You can undo it with Edit › Undo, or save the picks as a scenario first.</source>
            <translation>Puede deshacerlo con Editar › Deshacer, o guardar antes las elecciones como escenario.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="63" />
            <source>Unpick</source>
            <translation>Quitar de la elección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="63" />
            <source>Pick</source>
            <translation>Elegir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="65" />
            <source>Pin in (always in a proposal)</source>
            <translation>Fijar dentro (siempre en una propuesta)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="67" />
            <source>Pin out (never in a proposal)</source>
            <translation>Fijar fuera (nunca en una propuesta)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="69" />
            <source>Remove the pin</source>
            <translation>Quitar la fijación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="71" />
            <source>Why not {name}?</source>
            <translation>¿Por qué no {name}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="75" />
            <source>Score of this incumbent…</source>
            <translation>Puntuación de este titular…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="76" />
            <source>Does not seek renewal</source>
            <translation>No solicita la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="79" />
            <source>Open the organisation</source>
            <translation>Abrir la organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="93" />
            <source>Remove the pin of {name}</source>
            <translation>Quitar la fijación de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="93" />
            <source>Pin in {name}</source>
            <translation>Fijar {name} dentro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="94" />
            <source>Pin out {name}</source>
            <translation>Fijar {name} fuera</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="117" />
            <source>Score of an incumbent</source>
            <translation>Puntuación de un titular</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="117" />
            <source>{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a weighted review total):</source>
            <translation>{name} no se presentó, así que no tiene puntuación de evaluación. La puntuación con que se pondera (de 0 a 5, como un total de evaluación ponderado):</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="124" />
            <source>Score {name}</source>
            <translation>Puntuar {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="202" />
            <source>Seats and balance rules of {call}</source>
            <translation>Puestos y reglas de equilibrio de {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="221" />
            <source>Notes on {call}</source>
            <translation>Notas sobre {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="248" />
            <source>Scenarios of {call}</source>
            <translation>Escenarios de {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="262" />
            <source>Delete the scenario {name}?</source>
            <translation>¿Eliminar el escenario {name}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="263" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="283" />
            <source>Which slate should the report show?</source>
            <translation>¿Qué lista debe mostrar el informe?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="284" />
            <source>The proposed slate</source>
            <translation>La lista propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="284" />
            <source>My picks ({n})</source>
            <translation>Mis elecciones ({n})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="285" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="285" />
            <source>The proposed slate is the best total score that meets every rule; your picks are checked against the same rules.</source>
            <translation>La lista propuesta es la mejor puntuación total que cumple cada regla; sus elecciones se comprueban con las mismas reglas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="294" />
            <source>Save the selection report</source>
            <translation>Guardar el informe de selección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="295" />
            <source>selection report</source>
            <translation>informe de selección</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="304" />
            <source>Wrote {path} ({pages} pages)</source>
            <translation>{path} escrito ({pages} páginas)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="305" />
            <source>Selection report: {call}</source>
            <translation>Informe de selección: {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="535" />
            <source>Seats and rules</source>
            <translation>Puestos y reglas</translation>
        </message>
    </context>
    <context>
        <name>SelectionRound</name>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="391" />
            <source>Name the call by its id or a part of its title.</source>
            <translation>Indique la convocatoria por su identificador o una parte de su título.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="630" />
            <source>Pins are candidates pinned in (true) or out (false).</source>
            <translation>Las fijaciones son candidatos fijados dentro (true) o fuera (false).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="769" />
            <source>A scenario needs a name.</source>
            <translation>Un escenario necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="775" />
            <source>A scenario needs at least one selected candidate.</source>
            <translation>Un escenario necesita al menos un candidato elegido.</translation>
        </message>
    </context>
    <context>
        <name>ServerChanges</name>
        <message>
            <location filename="../../opn_desk/services/server_changes.py" line="147" />
            <source>Other officers' changes no longer show by themselves: the connection to the server was lost ({reason}); OPN Desk tries again every few seconds.</source>
            <translation>Los cambios de otros oficiales de la secretaría ya no se muestran solos: se perdió la conexión con el servidor ({reason}); OPN Desk vuelve a intentarlo cada pocos segundos.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/server_changes.py" line="154" />
            <source>The connection that shows other officers' changes is closed.</source>
            <translation>La conexión que muestra los cambios de otros oficiales de la secretaría está cerrada.</translation>
        </message>
    </context>
    <context>
        <name>StepsView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="97" />
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="97" />
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="150" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="97" />
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="112" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="113" />
            <source>Mark the step in progress from today</source>
            <translation>Marcar el paso en curso a partir de hoy</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="114" />
            <source>Close step…</source>
            <translation>Cerrar el paso…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="115" />
            <source>Mark the step done</source>
            <translation>Marcar el paso como hecho</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="116" />
            <source>Reopen…</source>
            <translation>Reabrir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="117" />
            <source>Work on a done step again (a reason is needed)</source>
            <translation>Volver a trabajar en un paso hecho (se necesita un motivo)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="145" />
            <source>What shows the step was done: minutes, decisions, links</source>
            <translation>Lo que muestra que el paso está hecho: actas, decisiones, enlaces</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="146" />
            <source>Planned start</source>
            <translation>Inicio previsto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="147" />
            <source>Planned end</source>
            <translation>Fin prevista</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="148" />
            <source>Actual start</source>
            <translation>Inicio real</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="149" />
            <source>Actual end</source>
            <translation>Fin real</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="151" />
            <source>Evidence notes</source>
            <translation>Notas de las pruebas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="156" />
            <source>Reload the step</source>
            <translation>Volver a cargar el paso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="157" />
            <source>Show the step as it is now saved; your unsaved edits are dropped</source>
            <translation>Mostrar el paso tal como está guardado; se descartan sus ediciones sin guardar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="163" />
            <source>Save step</source>
            <translation>Guardar el paso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="164" />
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="179" />
            <source>Evidence files</source>
            <translation>Archivos de pruebas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="183" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="184" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="185" />
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="522" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="244" />
            <source> (order overridden)</source>
            <translation> (orden forzado)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="253" />
            <source>{n} files</source>
            <translation>{n} archivos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="253" />
            <source>1 file</source>
            <translation>1 archivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="254" />
            <source>, notes</source>
            <translation>, notas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="262" />
            <source>Step {number} was changed since you started editing it. Your edits are kept here but cannot be saved over the change: reload the step to see it, then make your edits again.</source>
            <translation>El paso {number} cambió desde que empezó a editarlo. Sus ediciones se conservan aquí, pero no pueden guardarse sobre ese cambio: vuelva a cargar el paso para verlo y luego repita sus ediciones.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="271" />
            <source>Step {number} has changes that are not saved. Leave them?</source>
            <translation>El paso {number} tiene cambios sin guardar. ¿Dejarlos?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="272" />
            <source>Leave the changes</source>
            <translation>Dejar los cambios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="288" />
            <source>Step {number} of 4</source>
            <translation>Paso {number} de 4</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="294" />
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="295" />
            <source>Done on {day}, closed by {who}.</source>
            <translation>Hecho el {day}, cerrado por {who}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="298" />
            <source>In progress since {day}.</source>
            <translation>En curso desde el {day}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="300" />
            <source>Not started yet.</source>
            <translation>Aún no iniciado.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="302" />
            <source>Closed before step {before} was done. Reason recorded: {reason}</source>
            <translation>Cerrado antes de hacer el paso {before}. Motivo registrado: {reason}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="310" />
            <source>Added {when}</source>
            <translation>Añadido {when}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="312" />
            <source>Evidence files ({count})</source>
            <translation>Archivos de pruebas ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="321" />
            <source>— (set when the step is closed)</source>
            <translation>— (se fija al cerrar el paso)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="392" />
            <source>Edit step {number} of the renewal</source>
            <translation>Editar el paso {number} de la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="417" />
            <source>Start step {number} of the renewal</source>
            <translation>Iniciar el paso {number} de la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="440" />
            <source>Close step {number} of the renewal, overriding the order</source>
            <translation>Cerrar el paso {number} de la renovación, forzando el orden</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="441" />
            <source>Close step {number} of the renewal</source>
            <translation>Cerrar el paso {number} de la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="457" />
            <source>Reopen step {number}</source>
            <translation>Reabrir el paso {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="457" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="458" />
            <source>Why is step {number} ({title}) reopened?</source>
            <translation>¿Por qué se reabre el paso {number} ({title})?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="460" />
            <source>The reason is added to the step's evidence notes.</source>
            <translation>El motivo se añade a las notas de las pruebas del paso.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="464" />
            <source>Reopen step {number} of the renewal</source>
            <translation>Reabrir el paso {number} de la renovación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="484" />
            <source>Add evidence files to step {number}</source>
            <translation>Añadir archivos de pruebas al paso {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="485" />
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="494" />
            <source>{name} is {size:.1f} MB; evidence files can be at most 20 MB.</source>
            <translation>{name} ocupa {size:.1f} MB; los archivos de pruebas pueden ocupar como máximo 20 MB.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="499" />
            <source>Attach {file} to step {number}</source>
            <translation>Adjuntar {file} al paso {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="510" />
            <source>No program on this computer opens {name}.</source>
            <translation>Ningún programa de este ordenador abre {name}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="511" />
            <source>A copy was saved as {path}.</source>
            <translation>Se guardó una copia como {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="520" />
            <source>Remove {file} from step {number}?</source>
            <translation>¿Quitar {file} del paso {number}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="522" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="525" />
            <source>Remove {file} from step {number}</source>
            <translation>Quitar {file} del paso {number}</translation>
        </message>
    </context>
    <context>
        <name>SubmissionDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="102" />
            <source>Record a submission</source>
            <translation>Registrar una presentación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="102" />
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="104" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="105" />
            <source>Submitted on</source>
            <translation>Presentado el</translation>
        </message>
    </context>
    <context>
        <name>SuccessionView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="30" />
            <source>Succession planning to {year}</source>
            <translation>Planificación de la sucesión hasta {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="35" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="35" />
            <source>Organisation or seat</source>
            <translation>Organización o puesto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="35" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="36" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="45" />
            <source>Plan…</source>
            <translation>Planificar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="46" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="47" />
            <location filename="../../opn_desk/gui/leadership/succession.py" line="140" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="77" />
            <source>{name} (a seat)</source>
            <translation>{name} (un puesto)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="88" />
            <source>Years without an entry: {years}.</source>
            <translation>Años sin entrada: {years}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="89" />
            <source>Every year from {first} to {last} has an entry.</source>
            <translation>Cada año de {first} a {last} tiene una entrada.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="121" />
            <source>Plan the succession for {year}</source>
            <translation>Planificar la sucesión para {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="126" />
            <source>Edit the succession for {year}</source>
            <translation>Editar la sucesión para {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="139" />
            <source>Remove {name} ({year}) from the succession plan?</source>
            <translation>¿Quitar {name} ({year}) del plan de sucesión?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="141" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="142" />
            <source>Remove {name} from the succession plan</source>
            <translation>Quitar {name} del plan de sucesión</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="34" />
            <source>New task</source>
            <translation>Nueva tarea</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="34" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="51" />
            <source>Needed when the task is postponed</source>
            <translation>Necesario cuando la tarea se aplaza</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="57" />
            <source>e.g. decisions taken by the Senior Officials' Meeting</source>
            <translation>p. ej. decisiones adoptadas por la reunión de altos funcionarios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="58" />
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="58" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="59" />
            <source>Work-stream</source>
            <translation>Línea de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="59" />
            <source>Responsibility</source>
            <translation>Responsabilidad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="60" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="60" />
            <source>Reason for the postponement</source>
            <translation>Motivo del aplazamiento</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="61" />
            <source>Starts on</source>
            <translation>Empieza el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="61" />
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="62" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="62" />
            <source>Expected outputs</source>
            <translation>Productos esperados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="63" />
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="187" />
            <source>That membership no longer exists (it may have been deleted or undone).</source>
            <translation>Esa membresía ya no existe (puede que se haya eliminado o deshecho).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="189" />
            <source>Only an active membership can be renewed.</source>
            <translation>Solo puede renovarse una membresía activa.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="191" />
            <source>This membership has no end date, so there is no term to renew.</source>
            <translation>Esta membresía no tiene fecha de fin, así que no hay mandato que renovar.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="193" />
            <source>A term lasts at least one year.</source>
            <translation>Un mandato dura al menos un año.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="197" />
            <source>The renewed term must end after it starts.</source>
            <translation>El mandato renovado debe terminar después de empezar.</translation>
        </message>
    </context>
    <context>
        <name>TermsView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="91" />
            <source>In office on</source>
            <translation>En funciones el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="96" />
            <source>Any past or future date: the composition is computed from the recorded terms, nothing is changed</source>
            <translation>Cualquier fecha pasada o futura: la composición se calcula a partir de los mandatos registrados, no se cambia nada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="98" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="99" />
            <source>A year ago</source>
            <translation>Hace un año</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="100" />
            <source>In a year</source>
            <translation>Dentro de un año</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="103" />
            <source>Renew term…</source>
            <translation>Renovar el mandato…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="104" />
            <source>Add a new two-year term starting the day after the current one ends</source>
            <translation>Añadir un nuevo mandato de dos años que empieza el día siguiente al fin del actual</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="115" />
            <source>Find a member</source>
            <translation>Buscar un miembro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="116" />
            <source>Show only the members whose row contains these words</source>
            <translation>Mostrar solo los miembros cuya fila contiene estas palabras</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="131" />
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="142" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="142" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="142" />
            <source>Country (regional group)</source>
            <translation>País (grupo regional)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="143" />
            <source>Cluster</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="143" />
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="143" />
            <source>Term</source>
            <translation>Mandato</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="144" />
            <source>Consecutive term</source>
            <translation>Mandato consecutivo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="144" />
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="154" />
            <source>Terms of office</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="201" />
            <source>A past date: the members in office that day, from the recorded terms.</source>
            <translation>Una fecha pasada: los miembros en funciones ese día, según los mandatos registrados.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="203" />
            <source>A future date shows the terms as they stand today: nobody is assumed to hold over beyond today, and renewals not yet recorded are not shown.</source>
            <translation>Una fecha futura muestra los mandatos tal como están hoy: no se supone que nadie siga en funciones más allá de hoy, y no se muestran las renovaciones aún no registradas.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="206" />
            <source>Today. A member whose term has ended stays in office, shown as holding over, until the desk renews it or ends it.</source>
            <translation>Hoy. Un miembro cuyo mandato terminó sigue en funciones, mostrado como en prórroga, hasta que la secretaría lo renueve o lo termine.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="210" />
            <source>{leads} co-leads and {partners} core partners in office on {day}</source>
            <translation>{leads} co-líderes y {partners} socios principales en funciones el {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="221" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="224" />
            <source>from {day}, open-ended</source>
            <translation>desde el {day}, sin fin</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="225" />
            <source>{nth} term, since {year}</source>
            <translation>{nth} mandato, desde {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="236" />
            <source>Holding over</source>
            <translation>En prórroga</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="236" />
            <source>Within 3 months</source>
            <translation>En 3 meses</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="238" />
            <source>Within 6 months</source>
            <translation>En 6 meses</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="245" />
            <source>No term of {code} ends within six months, and nobody is holding over.</source>
            <translation>Ningún mandato de {code} termina en seis meses, y nadie está en prórroga.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="249" />
            <source>Alerts today ({count}): terms ending within six months, and members holding over</source>
            <translation>Alertas hoy ({count}): mandatos que terminan en seis meses, y miembros en prórroga</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="280" />
            <source>Renew the term of {name} as {role} of {code}?</source>
            <translation>¿Renovar el mandato de {name} como {role} de {code}?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="282" />
            <source>Renew</source>
            <translation>Renovar</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="283" />
            <source>A new two-year term from {start} to {end} is added; the current term keeps its dates. You can undo this with Edit › Undo.</source>
            <translation>Se añade un nuevo mandato de dos años del {start} al {end}; el mandato actual conserva sus fechas. Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="289" />
            <source>Renew the term of {name}</source>
            <translation>Renovar el mandato de {name}</translation>
        </message>
    </context>
    <context>
        <name>TravelRequestDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="125" />
            <source>Travel support request</source>
            <translation>Solicitud de apoyo para viajes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="125" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="135" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="136" />
            <source>Amount requested</source>
            <translation>Importe solicitado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="137" />
            <source>Requested on</source>
            <translation>Solicitado el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="138" />
            <source>Traveller</source>
            <translation>Viajero</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="34" />
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="34" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="34" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="35" />
            <source>LDC on the day</source>
            <translation>PMA en la fecha</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="35" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="35" />
            <source>Requested</source>
            <translation>Solicitado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="36" />
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="36" />
            <source>Granted</source>
            <translation>Concedido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="37" />
            <source>Travel support</source>
            <translation>Apoyo para viajes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="40" />
            <source>Partners from least developed countries on the meeting's date come first, then the groups the desk chose, then the others; within a rank the earlier request. The proposal grants in that order while the budget lasts. The desk may decide otherwise; the ranking stays as computed.</source>
            <translation>Los socios de países menos adelantados en la fecha de la reunión van primero, luego los grupos que eligió la secretaría y luego los demás; dentro de un mismo puesto, la solicitud más antigua. La propuesta concede en ese orden mientras dure el presupuesto. La secretaría puede decidir otra cosa; la clasificación queda tal como se calculó.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="44" />
            <source>Add request…</source>
            <translation>Añadir una solicitud…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="46" />
            <source>Use the proposed allocation</source>
            <translation>Usar la asignación propuesta</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="48" />
            <source>Record the allocation</source>
            <translation>Registrar la asignación</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="51" />
            <source>Decided on</source>
            <translation>Decidido el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="80" />
            <source>least developed countries</source>
            <translation>países menos adelantados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="80" />
            <source>small island developing states</source>
            <translation>pequeños Estados insulares en desarrollo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="81" />
            <source>landlocked developing countries</source>
            <translation>países en desarrollo sin litoral</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="81" />
            <source>no priority group</source>
            <translation>ningún grupo prioritario</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="82" />
            <source>LDC</source>
            <translation>PMA</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="82" />
            <source>SIDS</source>
            <translation>PEID</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="82" />
            <source>LLDC</source>
            <translation>PDSL</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="83" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="83" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="96" />
            <source>then {group}</source>
            <translation>luego {group}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="97" />
            <source>least developed countries first</source>
            <translation>primero los países menos adelantados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="98" />
            <source>none set</source>
            <translation>ninguno fijado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="101" />
            <source>No travel request.</source>
            <translation>Ninguna solicitud de viaje.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="104" />
            <source>Allocation decided on {day}: {granted} granted.</source>
            <translation>Asignación decidida el {day}: {granted} concedido.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="107" />
            <source>Not allocated yet: decide before the meeting ({day}).</source>
            <translation>Aún no asignado: decida antes de la reunión ({day}).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="108" />
            <source>Budget {budget}; {n} requests for {requested}; priority: {order}. {state}</source>
            <translation>Presupuesto {budget}; {n} solicitudes por {requested}; prioridad: {order}. {state}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="143" />
            <source>Travel request for {meeting}</source>
            <translation>Solicitud de viaje para {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="160" />
            <source>Travel support for {meeting}</source>
            <translation>Apoyo para viajes para {meeting}</translation>
        </message>
    </context>
    <context>
        <name>ValueCard</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="56" />
            <source>Value {n}</source>
            <translation>Valor {n}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="58" />
            <source>Value 1 (shown now)</source>
            <translation>Valor 1 (mostrado ahora)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="60" />
            <source>Changed on</source>
            <translation>Cambiado el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="60" />
            <source>Deleted on</source>
            <translation>Eliminado el</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="66" />
            <source>Keep the record with its changes</source>
            <translation>Conservar el registro con sus cambios</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="67" />
            <source>Delete the record</source>
            <translation>Eliminar el registro</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="69" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="81" />
            <source>Unknown author</source>
            <translation>Autor desconocido</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="86" />
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="86" />
            <source>Delete it</source>
            <translation>Eliminarlo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="88" />
            <source>Keep this value</source>
            <translation>Conservar este valor</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanPage</name>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="81" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="105" />
            <source>Work plan</source>
            <translation>Plan de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="84" />
            <source>New task…</source>
            <translation>Nueva tarea…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="277" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="99" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="107" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="279" />
            <source>Responsibility</source>
            <translation>Responsabilidad</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <source>Starts</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="86" />
            <source>Progress report</source>
            <translation>Informe de avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="87" />
            <source>The progress report (Tasks | Progress | Next steps) as of today: in the print preview, or as a Word document to edit before sending.</source>
            <translation>El informe de avance (Tareas | Avance | Próximos pasos) a la fecha: en la vista previa de impresión, o como documento de Word para editar antes de enviarlo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="90" />
            <source>In the print preview…</source>
            <translation>En la vista previa de impresión…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="91" />
            <source>As a Word document…</source>
            <translation>Como documento de Word…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="93" />
            <source>Annual work plan for the funding partners…</source>
            <translation>Plan de trabajo anual para los socios financiadores…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="107" />
            <source>Due</source>
            <translation>Vencimientos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="99" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="107" />
            <source>Latest progress</source>
            <translation>Último avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <source>Work-stream</source>
            <translation>Línea de trabajo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="123" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="259" />
            <source>Choose a task to see it here.</source>
            <translation>Elija una tarea para verla aquí.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="134" />
            <source>Reason for the postponement</source>
            <translation>Motivo del aplazamiento</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="135" />
            <source>Change status</source>
            <translation>Cambiar el estado</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="146" />
            <source>Progress and next steps</source>
            <translation>Avance y próximos pasos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="148" />
            <source>Add progress…</source>
            <translation>Añadir un avance…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="154" />
            <source>On</source>
            <translation>El</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="154" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="154" />
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="190" />
            <source>Other tasks</source>
            <translation>Otras tareas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="215" />
            <source>Overdue</source>
            <translation>Atrasada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="221" />
            <source>{n} tasks: {done} completed, {ongoing} ongoing, {postponed} postponed, {waiting} not yet started</source>
            <translation>{n} tareas: {done} completadas, {ongoing} en curso, {postponed} aplazadas, {waiting} aún no iniciadas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="272" />
            <source>overdue</source>
            <translation>atrasada</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="275" />
            <source>Open the meeting</source>
            <translation>Abrir la reunión</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="390" />
            <source>Progress report as a Word document</source>
            <translation>Informe de avance como documento de Word</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="391" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="418" />
            <source>Word document (*.docx)</source>
            <translation>Documento de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="401" />
            <source>Progress report of {code} written to {file}</source>
            <translation>Informe de avance de {code} escrito en {file}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="418" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="419" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="420" />
            <source>Annual work plan {year}</source>
            <translation>Plan de trabajo anual {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="431" />
            <source>Annual work plan {year} of {code} written to {file}</source>
            <translation>Plan de trabajo anual {year} de {code} escrito en {file}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="436" />
            <source>Annual work plan {year}: {code}</source>
            <translation>Plan de trabajo anual {year}: {code}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="442" />
            <source>Annual work plan</source>
            <translation>Plan de trabajo anual</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="442" />
            <source>Year of the work plan:</source>
            <translation>Año del plan de trabajo:</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="277" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="279" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="280" />
            <source>Expected outputs</source>
            <translation>Productos esperados</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="280" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="281" />
            <source>Budget line</source>
            <translation>Partida presupuestaria</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="282" />
            <source>Comes from</source>
            <translation>Procede de</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="326" />
            <source>{task}: {status}</source>
            <translation>{task}: {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="343" />
            <source>New task: {task}</source>
            <translation>Nueva tarea: {task}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="356" />
            <source>Progress of {task}</source>
            <translation>Avance de {task}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="374" />
            <source>Progress report of {code}: {pages} pages</source>
            <translation>Informe de avance de {code}: {pages} páginas</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="376" />
            <source>Progress report: {code}</source>
            <translation>Informe de avance: {code}</translation>
        </message>
    </context>
    <context>
        <name>_PathRow</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="230" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="498" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>No group</source>
            <translation>Ningún grupo</translation>
        </message>
        <message>
            <source>Implementation support</source>
            <translation>Apoyo a la implementación</translation>
        </message>
        <message>
            <source>Sectoral markets</source>
            <translation>Mercados sectoriales</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Promoción</translation>
        </message>
        <message>
            <source>Public value and impact</source>
            <translation>Valor público e impacto</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construcción</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Alimentación</translation>
        </message>
        <message>
            <source>ICT</source>
            <translation>TIC</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <source>Communications</source>
            <translation>Comunicación</translation>
        </message>
        <message>
            <source>Awareness raising</source>
            <translation>Sensibilización</translation>
        </message>
        <message>
            <source>Tools and solutions</source>
            <translation>Herramientas y soluciones</translation>
        </message>
        <message>
            <source>Policy and instruments</source>
            <translation>Políticas e instrumentos</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementación</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Preselección</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <source>MAC opinion</source>
            <translation>Opinión del MAC</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>No aceptada</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Financiera</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <source>Staff time</source>
            <translation>Tiempo del personal</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>No binario</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Prefiere no decirlo</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>No declarado</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Core initiative</source>
            <translation>Iniciativa principal</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Affiliated initiative</source>
            <translation>Iniciativa afiliada</translation>
        </message>
        <message>
            <source>Affiliated</source>
            <translation>Afiliada</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <translation>Diligencia debida</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactiva</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Teleconference</source>
            <translation>Teleconferencia</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Seminario web</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <source>National government</source>
            <translation>Gobierno nacional</translation>
        </message>
        <message>
            <source>Local government</source>
            <translation>Gobierno local</translation>
        </message>
        <message>
            <source>UN agency</source>
            <translation>Organismo de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Inter-governmental organisation</source>
            <translation>Organización intergubernamental</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>Organización no gubernamental</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Universidad</translation>
        </message>
        <message>
            <source>Research institute</source>
            <translation>Instituto de investigación</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Business association</source>
            <translation>Asociación empresarial</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusado</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Written comments sent in advance</source>
            <translation>Comentarios escritos enviados con antelación</translation>
        </message>
        <message>
            <source>Written comments</source>
            <translation>Comentarios escritos</translation>
        </message>
        <message>
            <source>Sustainable Public Procurement</source>
            <translation>Compras públicas sostenibles</translation>
        </message>
        <message>
            <source>SPP</source>
            <translation>SPP</translation>
        </message>
        <message>
            <source>Consumer Information</source>
            <translation>Información al consumidor</translation>
        </message>
        <message>
            <source>CI</source>
            <translation>CI</translation>
        </message>
        <message>
            <source>Sustainable Food Systems</source>
            <translation>Sistemas alimentarios sostenibles</translation>
        </message>
        <message>
            <source>SFS</source>
            <translation>SFS</translation>
        </message>
        <message>
            <source>Sustainable Lifestyles and Education</source>
            <translation>Estilos de vida y educación sostenibles</translation>
        </message>
        <message>
            <source>SLE</source>
            <translation>SLE</translation>
        </message>
        <message>
            <source>Sustainable Tourism</source>
            <translation>Turismo sostenible</translation>
        </message>
        <message>
            <source>STP</source>
            <translation>STP</translation>
        </message>
        <message>
            <source>Sustainable Buildings and Construction (former)</source>
            <translation>Edificios y construcción sostenibles</translation>
        </message>
        <message>
            <source>SBC</source>
            <translation>SBC</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rojo</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Ámbar</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>Grupo de los Estados de África</translation>
        </message>
        <message>
            <source>Asia and the Pacific</source>
            <translation>Grupo de los Estados de Asia y el Pacífico</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asia-Pacífico</translation>
        </message>
        <message>
            <source>Eastern Europe</source>
            <translation>Grupo de los Estados de Europa Oriental</translation>
        </message>
        <message>
            <source>Latin America and the Caribbean</source>
            <translation>Grupo de los Estados de América Latina y el Caribe</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>GRULAC</translation>
        </message>
        <message>
            <source>Western Europe and Others</source>
            <translation>Grupo de los Estados de Europa Occidental y otros Estados</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>WEOG</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Por hacer</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Very late</source>
            <translation>Muy atrasado</translation>
        </message>
        <message>
            <source>Co-lead</source>
            <translation>Co-líder</translation>
        </message>
        <message>
            <source>Core partner</source>
            <translation>Socio principal</translation>
        </message>
        <message>
            <source>Network member</source>
            <translation>Miembro de la red</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <source>UN and other inter-governmental</source>
            <translation>Organismos de las Naciones Unidas y otras organizaciones intergubernamentales</translation>
        </message>
        <message>
            <source>UN / IGO</source>
            <translation>ONU / OIG</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Sociedad civil</translation>
        </message>
        <message>
            <source>Scientific and technical</source>
            <translation>Organizaciones científicas y técnicas</translation>
        </message>
        <message>
            <source>Science &amp; tech.</source>
            <translation>Ciencia y tec.</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Sector privado</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Not yet started</source>
            <translation>Aún no iniciado</translation>
        </message>
        <message>
            <source>Ongoing-postponed</source>
            <translation>En curso - aplazado</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Aplazado</translation>
        </message>
    </context>
    <context>
        <name>RenewalSteps</name>
        <message>
            <source>Agree on the need, the steps and the timeline</source>
            <translation>Acordar la necesidad, los pasos y el calendario</translation>
        </message>
        <message>
            <source>The leads and the Secretariat agree on the need for a renewal process, its specific steps and its timeline.</source>
            <translation>Los líderes y la Secretaría acuerdan la necesidad de un proceso de renovación, sus pasos concretos y su calendario.</translation>
        </message>
        <message>
            <source>Open call for expressions of interest</source>
            <translation>Convocatoria abierta de manifestaciones de interés</translation>
        </message>
        <message>
            <source>An open call for expressions of interest in leading the programme.</source>
            <translation>Una convocatoria abierta de manifestaciones de interés para dirigir el programa.</translation>
        </message>
        <message>
            <source>Review of applications</source>
            <translation>Examen de las candidaturas</translation>
        </message>
        <message>
            <source>The Secretariat reviews the applications against the established evaluation criteria, possibly with the opinion of the Multi-stakeholder Advisory Committee (MAC), consulting the coordination desk and its knowledge of the network's partners.</source>
            <translation>La Secretaría examina las candidaturas según los criterios de evaluación establecidos, si procede con la opinión del Comité Asesor de Múltiples Partes Interesadas (MAC), consultando a la oficina de coordinación y su conocimiento de los socios de la red.</translation>
        </message>
        <message>
            <source>Submission to the Board</source>
            <translation>Presentación a la Junta</translation>
        </message>
        <message>
            <source>The selection proposal is submitted to the Board.</source>
            <translation>La propuesta de selección se presenta a la Junta.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>The external review's recommendations on leadership were re-read with the leads and the Secretariat</source>
            <translation>Se releyeron con los líderes y la Secretaría las recomendaciones de la evaluación externa sobre el liderazgo</translation>
        </message>
        <message>
            <source>Bringing in more than three leads was considered, to improve coordination capacity</source>
            <translation>Se consideró incorporar a más de tres líderes, para mejorar la capacidad de coordinación</translation>
        </message>
        <message>
            <source>The follow-through on leadership commitments was reviewed (a full-time staff member per lead at the coordination desk)</source>
            <translation>Se examinó el cumplimiento de los compromisos de liderazgo (un miembro del personal a tiempo completo por líder en la oficina de coordinación)</translation>
        </message>
        <message>
            <source>The health of the partnership and the engagement among partners were assessed</source>
            <translation>Se evaluaron la salud de la alianza y el compromiso entre los socios</translation>
        </message>
        <message>
            <source>The coordination desk was consulted on the applications</source>
            <translation>Se consultó a la oficina de coordinación sobre las candidaturas</translation>
        </message>
        <message>
            <source>Succession planning up to 2030 was considered</source>
            <translation>Se consideró la planificación de la sucesión hasta 2030</translation>
        </message>
    </context>
    <context>
        <name>SelectionDefaults</name>
        <message>
            <source>Africa</source>
            <translation>Grupo de los Estados de África</translation>
        </message>
        <message>
            <source>Asia and the Pacific</source>
            <translation>Grupo de los Estados de Asia y el Pacífico</translation>
        </message>
        <message>
            <source>Eastern Europe</source>
            <translation>Grupo de los Estados de Europa Oriental</translation>
        </message>
        <message>
            <source>Latin America and the Caribbean</source>
            <translation>Grupo de los Estados de América Latina y el Caribe</translation>
        </message>
        <message>
            <source>Western Europe and Others</source>
            <translation>Grupo de los Estados de Europa Occidental y otros Estados</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <source>UN and other inter-governmental</source>
            <translation>Organismos de las Naciones Unidas y otras organizaciones intergubernamentales</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Sociedad civil</translation>
        </message>
        <message>
            <source>Scientific and technical</source>
            <translation>Organizaciones científicas y técnicas</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Sector privado</translation>
        </message>
        <message>
            <source>Female representative</source>
            <translation>Representante designada</translation>
        </message>
        <message>
            <source>Continuity (incumbents)</source>
            <translation>Continuidad (socios salientes)</translation>
        </message>
        <message>
            <source>One per parent organisation</source>
            <translation>Una por organización matriz</translation>
        </message>
        <message>
            <source>Per country</source>
            <translation>Por país</translation>
        </message>
        <message>
            <source>From LDCs</source>
            <translation>De los PMA</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Eligible organisation type</source>
            <translation>Tipo de organización admisible</translation>
        </message>
        <message>
            <source>Contact details verified</source>
            <translation>Datos de contacto verificados</translation>
        </message>
        <message>
            <source>Commitment to MAC participation</source>
            <translation>Compromiso de participar en el MAC</translation>
        </message>
        <message>
            <source>Due diligence: no sanctions or controversies</source>
            <translation>Diligencia debida: ni sanciones ni controversias</translation>
        </message>
        <message>
            <source>Work-stream fit</source>
            <translation>Adecuación a las líneas de trabajo</translation>
        </message>
        <message>
            <source>Full-time staff member for the coordination desk</source>
            <translation>Miembro del personal a tiempo completo para la oficina de coordinación</translation>
        </message>
        <message>
            <source>Financial or in-kind contribution confirmed</source>
            <translation>Contribución financiera o en especie confirmada</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialogs</name>
        <message>
            <source>e.g. Core partners 2027–2028</source>
            <translation>p. ej. Socios principales 2027–2028</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Función</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Opens on</source>
            <translation>&amp;Se abre el</translation>
        </message>
        <message>
            <source>&amp;Closes on</source>
            <translation>&amp;Se cierra el</translation>
        </message>
        <message>
            <source>Calls and evaluation criteria</source>
            <translation>Convocatorias y criterios de evaluación</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Convocatorias</translation>
        </message>
        <message>
            <source>New call…</source>
            <translation>Nueva convocatoria…</translation>
        </message>
        <message>
            <source>Edit call…</source>
            <translation>Editar la convocatoria…</translation>
        </message>
        <message>
            <source>Evaluation criteria</source>
            <translation>Criterios de evaluación</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Edit call</source>
            <translation>Editar la convocatoria</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>Nueva convocatoria</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Ponderación</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Puntuaciones</translation>
        </message>
        <message>
            <source>Add a call first.</source>
            <translation>Añada primero una convocatoria.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puede deshacerlo con Editar › Deshacer.</translation>
        </message>
        <message>
            <source>Core-partner and co-lead calls start with the default evaluation criteria and weights; change them afterwards if the call says otherwise.</source>
            <translation>Las convocatorias de socios principales y de co-líderes empiezan con los criterios de evaluación y ponderaciones predeterminados; cámbielos después si la convocatoria dice otra cosa.</translation>
        </message>
        <message>
            <source>Evaluation criteria of {call}</source>
            <translation>Criterios de evaluación de {call}</translation>
        </message>
        <message>
            <source>No criteria: applications to this call cannot be scored yet.</source>
            <translation>Sin criterios: las solicitudes a esta convocatoria aún no pueden puntuarse.</translation>
        </message>
        <message>
            <source>Remove the criterion {name}?</source>
            <translation>¿Quitar el criterio {name}?</translation>
        </message>
        <message>
            <source>Applications already answer this call, so its programme and role stay.</source>
            <translation>Ya hay solicitudes que responden a esta convocatoria, así que su programa y su función se mantienen.</translation>
        </message>
        <message>
            <source>{count} criteria; weights add up to {total}. A criterion with scores cannot be removed, but its weight can change.</source>
            <translation>{count} criterios; las ponderaciones suman {total}. Un criterio con puntuaciones no puede quitarse, pero su ponderación puede cambiar.</translation>
        </message>
        <message>
            <source>Move the application of {name}</source>
            <translation>Mover la solicitud de {name}</translation>
        </message>
        <message>
            <source>Reopen for screening…</source>
            <translation>Reabrir para la preselección…</translation>
        </message>
        <message>
            <source>Reopen for review…</source>
            <translation>Reabrir para la revisión…</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Registrar la decisión</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>&amp;Decided on</source>
            <translation>&amp;Decidido el</translation>
        </message>
        <message>
            <source>Term ends on</source>
            <translation>Fin del mandato el</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Membresía</translation>
        </message>
        <message>
            <source>Save scores</source>
            <translation>Guardar las puntuaciones</translation>
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Declarar un conflicto de intereses</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Declarar</translation>
        </message>
        <message>
            <source>e.g. advised the applicant on its application</source>
            <translation>p. ej. asesoró al solicitante en su solicitud</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Review pack (PDF)…</source>
            <translation>Paquete de evaluación (PDF)…</translation>
        </message>
        <message>
            <source>Start screening…</source>
            <translation>Iniciar la preselección…</translation>
        </message>
        <message>
            <source>Send to review…</source>
            <translation>Enviar a revisión…</translation>
        </message>
        <message>
            <source>Ask the MAC's opinion…</source>
            <translation>Pedir la opinión del MAC…</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>Aceptar…</translation>
        </message>
        <message>
            <source>Not accept…</source>
            <translation>No aceptar…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Retirar…</translation>
        </message>
        <message>
            <source>Reopen the application of {name}</source>
            <translation>Reabrir la solicitud de {name}</translation>
        </message>
        <message>
            <source>Start screening the application of {name}</source>
            <translation>Iniciar la preselección de la solicitud de {name}</translation>
        </message>
        <message>
            <source>Send the application of {name} to review</source>
            <translation>Enviar la solicitud de {name} a revisión</translation>
        </message>
        <message>
            <source>Ask the MAC's opinion on {name}</source>
            <translation>Pedir la opinión del MAC sobre {name}</translation>
        </message>
        <message>
            <source>Accept the application of {name}</source>
            <translation>Aceptar la solicitud de {name}</translation>
        </message>
        <message>
            <source>Not accept the application of {name}</source>
            <translation>No aceptar la solicitud de {name}</translation>
        </message>
        <message>
            <source>Withdraw the application of {name}</source>
            <translation>Retirar la solicitud de {name}</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Why (kept in the application's history)</source>
            <translation>Por qué (se conserva en el historial de la solicitud)</translation>
        </message>
        <message>
            <source>A note for the history (optional)</source>
            <translation>Una nota para el historial (opcional)</translation>
        </message>
        <message>
            <source>&amp;Reason (required)</source>
            <translation>&amp;Motivo (obligatorio)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>e.g. the MAC agreed to review it while checks finish</source>
            <translation>p. ej. el MAC aceptó revisarla mientras terminan las comprobaciones</translation>
        </message>
        <message>
            <source>&amp;Override reason</source>
            <translation>&amp;Motivo para omitir</translation>
        </message>
        <message>
            <source>End the membership this acceptance created (today)</source>
            <translation>Terminar la membresía creada por esta aceptación (hoy)</translation>
        </message>
        <message>
            <source>A membership that is still active must end before its application can be reopened, so the history stays true.</source>
            <translation>Una membresía aún activa debe terminar antes de que su solicitud pueda reabrirse, para que el historial siga siendo fiel.</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Aceptar</translation>
        </message>
        <message>
            <source>&amp;Not accept</source>
            <translation>&amp;No aceptar</translation>
        </message>
        <message>
            <source>&amp;Withdrawn</source>
            <translation>&amp;Retirada</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>A reviewer from the applicant, its parent or its affiliates cannot score it. Leave a criterion at “not scored” to score it later.</source>
            <translation>Un evaluador del solicitante, de su organización matriz o de sus afiliados no puede puntuarlo. Deje un criterio en “sin puntuar” para puntuarlo más tarde.</translation>
        </message>
        <message>
            <source>Highest weighted total first; equal totals by earlier receipt. Applications nobody has scored, and withdrawn ones, come last without a rank. Double-click one to open it.</source>
            <translation>El total ponderado más alto primero; a igual total, la recepción más antigua. Las solicitudes que nadie ha puntuado, y las retiradas, van al final sin puesto. Haga doble clic en una para abrirla.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Weighted total</source>
            <translation>Total ponderado</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>{name}: from {old} to {new}.</source>
            <translation>{name}: de {old} a {new}.</translation>
        </message>
        <message>
            <source>Decision on {name}</source>
            <translation>Decisión sobre {name}</translation>
        </message>
        <message>
            <source>{name} applies to be a {role} of {programme}.</source>
            <translation>{name} solicita ser {role} de {programme}.</translation>
        </message>
        <message>
            <source>Score {name}</source>
            <translation>Puntuar {name}</translation>
        </message>
        <message>
            <source>The call has no evaluation criteria yet, so there is nothing to score.</source>
            <translation>La convocatoria aún no tiene criterios de evaluación, así que no hay nada que puntuar.</translation>
        </message>
        <message>
            <source>Choose the reviewer first.</source>
            <translation>Elija primero el evaluador.</translation>
        </message>
        <message>
            <source>A reviewer who declares a conflict with {name} cannot score it; scores they gave before are kept but no longer count.</source>
            <translation>Un evaluador que declara un conflicto con {name} no puede puntuarlo; las puntuaciones que dio antes se conservan pero ya no cuentan.</translation>
        </message>
        <message>
            <source>Ranking: {call}</source>
            <translation>Clasificación: {call}</translation>
        </message>
        <message>
            <source>Ranking of {call}</source>
            <translation>Clasificación de {call}</translation>
        </message>
        <message>
            <source>reviews missing</source>
            <translation>faltan evaluaciones</translation>
        </message>
        <message>
            <source>{ranked} of {count} applications ranked.</source>
            <translation>{ranked} de {count} solicitudes clasificadas.</translation>
        </message>
        <message>
            <source>The screening checklist is not complete. Not done: {items}. Tick them first, or give a reason to go ahead anyway; the reason and the items not done are kept in the history.</source>
            <translation>La lista de comprobación de la preselección no está completa. Sin hacer: {items}. Márquelos primero, o indique un motivo para continuar de todos modos; el motivo y los elementos sin hacer se conservan en el historial.</translation>
        </message>
        <message>
            <source>Accepting makes {name} a {role} of {programme} from the decision date. Co-leads and core partners serve two-year terms; network members usually have no end date.</source>
            <translation>Al aceptar, {name} pasa a ser {role} de {programme} desde la fecha de la decisión. Los co-líderes y socios principales tienen mandatos de dos años; los miembros de la red no suelen tener fecha de fin.</translation>
        </message>
        <message>
            <source>&amp;Rationale</source>
            <translation>&amp;Justificación</translation>
        </message>
        <message>
            <source>&amp;Rationale (required)</source>
            <translation>&amp;Justificación (obligatoria)</translation>
        </message>
        <message>
            <source>Optional: why it was accepted (it can be quoted in the letter)</source>
            <translation>Opcional: por qué se aceptó (puede citarse en la carta)</translation>
        </message>
        <message>
            <source>Why it was not accepted; this is quoted in the decision letter</source>
            <translation>Por qué no se aceptó; se cita en la carta de decisión</translation>
        </message>
        <message>
            <source>e.g. the organisation withdrew by e-mail on …</source>
            <translation>p. ej. la organización se retiró por correo electrónico el …</translation>
        </message>
        <message>
            <source>Score (0–{max})</source>
            <translation>Puntuación (0–{max})</translation>
        </message>
        <message>
            <source>reviewers disagree on {criteria}</source>
            <translation>los evaluadores discrepan en {criteria}</translation>
        </message>
        <message>
            <source>{count} reviewer(s) left out for a conflict</source>
            <translation>{count} evaluador(es) excluido(s) por conflicto</translation>
        </message>
        <message>
            <source>{done} complete reviews; {needed} needed</source>
            <translation>{done} evaluaciones completas; se necesitan {needed}</translation>
        </message>
        <message>
            <source>Record an application</source>
            <translation>Registrar una solicitud</translation>
        </message>
        <message>
            <source>Record application</source>
            <translation>Registrar una solicitud</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Solicitante</translation>
        </message>
        <message>
            <source>An organisation in the &amp;registry</source>
            <translation>Una organización del &amp;registro</translation>
        </message>
        <message>
            <source>A ne&amp;w organisation</source>
            <translation>Una organización &amp;nueva</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <source>Type a country's name or its ISO code</source>
            <translation>Escriba el nombre de un país o su código ISO</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(sin definir)</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Acron&amp;ym</source>
            <translation>Si&amp;gla</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>Stakeholder c&amp;luster</source>
            <translation>&amp;Grupo de partes interesadas</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>Sitio &amp;web</translation>
        </message>
        <message>
            <source>It is a new organisation</source>
            <translation>Es una organización nueva</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Re&amp;presentative</source>
            <translation>Re&amp;presentante</translation>
        </message>
        <message>
            <source>Alte&amp;rnate</source>
            <translation>Su&amp;plente</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Pro&amp;gramme</source>
            <translation>Pro&amp;grama</translation>
        </message>
        <message>
            <source>Role &amp;applied for</source>
            <translation>Función &amp;solicitada</translation>
        </message>
        <message>
            <source>Ca&amp;ll</source>
            <translation>Con&amp;vocatoria</translation>
        </message>
        <message>
            <source>Recei&amp;ved on</source>
            <translation>Re&amp;cibida el</translation>
        </message>
        <message>
            <source>The statement of interest, as sent</source>
            <translation>La declaración de interés, tal como se envió</translation>
        </message>
        <message>
            <source>S&amp;tatement</source>
            <translation>De&amp;claración</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Contribución</translation>
        </message>
        <message>
            <source>What is offered: amount, staff, in-kind support</source>
            <translation>Lo que se ofrece: importe, personal, apoyo en especie</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Choose the country from the list (type part of its name or its three-letter code).</source>
            <translation>Elija el país de la lista (escriba parte de su nombre o su código de tres letras).</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Adjuntar archivos</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>For an application received by e-mail or on paper. A new organisation, its people and the application are saved together: Edit › Undo removes them all.</source>
            <translation>Para una solicitud recibida por correo electrónico o en papel. Una organización nueva, sus personas y la solicitud se guardan juntas: Editar › Deshacer las quita todas.</translation>
        </message>
        <message>
            <source>The organisation's designated representative and alternate: someone already recorded, or a new person added with the application.</source>
            <translation>El representante designado de la organización y su suplente: alguien ya registrado, o una persona nueva añadida con la solicitud.</translation>
        </message>
        <message>
            <source>Work-streams of interest</source>
            <translation>Líneas de trabajo de interés</translation>
        </message>
        <message>
            <source>Priority sectors</source>
            <translation>Sectores prioritarios</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry:</source>
            <translation>Puede que esta organización ya esté en el registro:</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry, as one of these:</source>
            <translation>Puede que esta organización ya esté en el registro, como uno de estos:</translation>
        </message>
        <message>
            <source>Choose the organisation from the list that appears as you type, or record a new organisation.</source>
            <translation>Elija la organización de la lista que aparece al escribir, o registre una organización nueva.</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry: choose “Use this organisation” beside the right one, or “It is a new organisation”.</source>
            <translation>Puede que esta organización ya esté en el registro: elija “Usar esta organización” junto a la correcta, o “Es una organización nueva”.</translation>
        </message>
        <message>
            <source>(none: network members may apply at any time)</source>
            <translation>(ninguna: los miembros de la red pueden presentar solicitud en cualquier momento)</translation>
        </message>
        <message>
            <source>Copied into the database, at most {limit} MB each.</source>
            <translation>Copiados en la base de datos, como máximo {limit} MB cada uno.</translation>
        </message>
        <message>
            <source>(no call for this programme and role yet: add one in Applications › Calls and evaluation criteria)</source>
            <translation>(aún no hay convocatoria para este programa y esta función: añada una en Solicitudes › Convocatorias y criterios de evaluación)</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
            <translation>{name} ocupa {size:.1f} MB; los adjuntos pueden ocupar como máximo {limit} MB.</translation>
        </message>
        <message>
            <source>{name} is empty; there is nothing to attach.</source>
            <translation>{name} está vacío; no hay nada que adjuntar.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>No se puede leer {name}: {reason}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nombre@example.org</translation>
        </message>
        <message>
            <source>Gender as the person states it; sensitive, never exported unless asked.</source>
            <translation>Género según lo declara la persona; dato sensible, nunca se exporta salvo que se pida.</translation>
        </message>
        <message>
            <source>Use this organisation</source>
            <translation>Usar esta organización</translation>
        </message>
        <message>
            <source>(nobody named)</source>
            <translation>(nadie nombrado)</translation>
        </message>
        <message>
            <source>A new person…</source>
            <translation>Una persona nueva…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{why}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{why}</translation>
        </message>
        <message>
            <source>Why: {reasons}.</source>
            <translation>Por qué: {reasons}.</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Ponderación</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>Edit criterion</source>
            <translation>Editar el criterio</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Nuevo criterio</translation>
        </message>
        <message>
            <source>Weights are relative: a criterion weighing 2 counts twice as much as one weighing 1. Scores already given stay; the totals follow the new weight.</source>
            <translation>Las ponderaciones son relativas: un criterio que pesa 2 cuenta el doble que uno que pesa 1. Las puntuaciones ya dadas se mantienen; los totales siguen la nueva ponderación.</translation>
        </message>
        <message>
            <source>Type part of the name or acronym</source>
            <translation>Escriba parte del nombre o de la sigla</translation>
        </message>
        <message>
            <source>(choose a reviewer of this call)</source>
            <translation>(elija un evaluador de esta convocatoria)</translation>
        </message>
        <message>
            <source>or find the reviewer's organisation</source>
            <translation>o busque la organización del evaluador</translation>
        </message>
        <message>
            <source>(choose the organisation first)</source>
            <translation>(elija primero la organización)</translation>
        </message>
        <message>
            <source>Reviewer of this call</source>
            <translation>Evaluador de esta convocatoria</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>(nobody has scored in this call yet)</source>
            <translation>(nadie ha puntuado aún en esta convocatoria)</translation>
        </message>
        <message>
            <source>(choose the person)</source>
            <translation>(elija la persona)</translation>
        </message>
        <message>
            <source>(no people recorded)</source>
            <translation>(ninguna persona registrada)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one row per application or organisation and the column names in the first row.</source>
            <translation>Un archivo CSV o Excel (.xlsx) con una fila por solicitud u organización y los nombres de columna en la primera fila.</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>&amp;Solicitudes</translation>
        </message>
        <message>
            <source>&amp;Organisations and their people (a partner list)</source>
            <translation>&amp;Organizaciones y sus personas (una lista de socios)</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>El archivo contiene</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>El archivo que se importará</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>(none: each row names its programme and role)</source>
            <translation>(ninguna: cada fila indica su programa y su función)</translation>
        </message>
        <message>
            <source>&amp;Call</source>
            <translation>&amp;Convocatoria</translation>
        </message>
        <message>
            <source>Import from</source>
            <translation>Importar desde</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Hojas de cálculo (*.csv *.xlsx *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Emparejar las columnas</translation>
        </message>
        <message>
            <source>Which field each column of the file fills. Columns set to “leave out” are not imported. The matching is remembered for the call.</source>
            <translation>Qué campo llena cada columna del archivo. Las columnas marcadas como “omitir” no se importan. La correspondencia se recuerda para la convocatoria.</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Comprobar antes de importar</translation>
        </message>
        <message>
            <source>Every problem of the file, by row and column. Nothing is written until you press Import, and a file with problems writes nothing.</source>
            <translation>Cada problema del archivo, por fila y columna. No se escribe nada hasta que pulse Importar, y un archivo con problemas no escribe nada.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Possible duplicates of organisations in the registry</source>
            <translation>Posibles duplicados de organizaciones del registro</translation>
        </message>
        <message>
            <source>What changes in the registry</source>
            <translation>Qué cambia en el registro</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Primeros valores</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>(leave out)</source>
            <translation>(omitir)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Qué está mal</translation>
        </message>
        <message>
            <source>Organisation in the file</source>
            <translation>Organización en el archivo</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>Después de la importación</translation>
        </message>
        <message>
            <source>The file has an id column: its rows update those organisations, field by field (rows without an id are new organisations). Nothing is written until you press Import, and a file with problems writes nothing.</source>
            <translation>El archivo tiene una columna id: sus filas actualizan esas organizaciones, campo por campo (las filas sin id son organizaciones nuevas). No se escribe nada hasta que pulse Importar, y un archivo con problemas no escribe nada.</translation>
        </message>
        <message>
            <source>no change to existing organisations</source>
            <translation>ningún cambio en las organizaciones existentes</translation>
        </message>
        <message>
            <source>, 1 new organisation</source>
            <translation>, 1 organización nueva</translation>
        </message>
        <message>
            <source>The warning below does not stop the import.</source>
            <translation>La advertencia de abajo no impide la importación.</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Advertencia: </translation>
        </message>
        <message>
            <source>Create a new organisation</source>
            <translation>Crear una organización nueva</translation>
        </message>
        <message>
            <source>The import is one step: Edit › Undo puts back every value it changed and removes what it added.</source>
            <translation>La importación es un solo paso: Edición › Deshacer restablece cada valor que cambió y quita lo que añadió.</translation>
        </message>
        <message>
            <source>The import is one step: Edit › Undo removes everything it added.</source>
            <translation>La importación es un solo paso: Editar › Deshacer quita todo lo que añadió.</translation>
        </message>
        <message>
            <source>Columns are matched by name (case, spaces and accents do not matter); you can change the matching on the next page. &lt;b&gt;Required:&lt;/b&gt; {required}. &lt;b&gt;Also read:&lt;/b&gt; {optional}.</source>
            <translation>Las columnas se emparejan por su nombre (no importan mayúsculas, espacios ni acentos); puede cambiar la correspondencia en la página siguiente. &lt;b&gt;Obligatorias:&lt;/b&gt; {required}. &lt;b&gt;También se leen:&lt;/b&gt; {optional}.</translation>
        </message>
        <message>
            <source>Checking {count} rows…</source>
            <translation>Comprobando {count} filas…</translation>
        </message>
        <message>
            <source>1 change to 1 organisation</source>
            <translation>1 cambio en 1 organización</translation>
        </message>
        <message>
            <source>Leave out the rows with problems</source>
            <translation>Omitir las filas con problemas</translation>
        </message>
        <message>
            <source>Update organisations from {file}</source>
            <translation>Actualizar organizaciones desde {file}</translation>
        </message>
        <message>
            <source>Import {kind} from {file}</source>
            <translation>Importar {kind} desde {file}</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>Required fields without a column: {fields}.</source>
            <translation>Campos obligatorios sin columna: {fields}.</translation>
        </message>
        <message>
            <source>Filled by two columns: {fields}; leave one of them out.</source>
            <translation>Llenados por dos columnas: {fields}; omita una de ellas.</translation>
        </message>
        <message>
            <source>{count} columns will be imported; * marks the required fields.</source>
            <translation>Se importarán {count} columnas; * marca los campos obligatorios.</translation>
        </message>
        <message>
            <source>{apps} applications ({new} new organisations, {linked} linked to the registry, {people} new people)</source>
            <translation>{apps} solicitudes ({new} organizaciones nuevas, {linked} vinculadas al registro, {people} personas nuevas)</translation>
        </message>
        <message>
            <source>{new} new organisations, {linked} linked to the registry, {people} new people</source>
            <translation>{new} organizaciones nuevas, {linked} vinculadas al registro, {people} personas nuevas</translation>
        </message>
        <message>
            <source>{rows} rows checked: 1 problem must be corrected (or its row left out) before anything can be imported.</source>
            <translation>{rows} filas comprobadas: hay que corregir 1 problema (u omitir su fila) antes de poder importar nada.</translation>
        </message>
        <message>
            <source>{rows} rows checked: {errors} problems must be corrected (or their rows left out) before anything can be imported.</source>
            <translation>{rows} filas comprobadas: hay que corregir {errors} problemas (u omitir sus filas) antes de poder importar nada.</translation>
        </message>
        <message>
            <source>{rows} rows checked, no problems: the file holds the registry's values as they are, so nothing would change.</source>
            <translation>{rows} filas comprobadas, sin problemas: el archivo contiene los valores del registro tal como están, así que nada cambiaría.</translation>
        </message>
        <message>
            <source>Left out: rows {rows}.</source>
            <translation>Omitidas: filas {rows}.</translation>
        </message>
        <message>
            <source>applications</source>
            <translation>solicitudes</translation>
        </message>
        <message>
            <source>organisations</source>
            <translation>organizaciones</translation>
        </message>
        <message>
            <source>{count} warnings were noted (shown on the previous page): columns not imported, or new organisations that may be duplicates.</source>
            <translation>Se anotaron {count} advertencias (mostradas en la página anterior): columnas no importadas, u organizaciones nuevas que pueden ser duplicados.</translation>
        </message>
        <message>
            <source>, {new} new organisations</source>
            <translation>, {new} organizaciones nuevas</translation>
        </message>
        <message>
            <source>{rows} rows checked, no problems. Import will make {what}.</source>
            <translation>{rows} filas comprobadas, sin problemas. La importación hará {what}.</translation>
        </message>
        <message>
            <source>{rows} rows checked, no problems. Import will add {what}.</source>
            <translation>{rows} filas comprobadas, sin problemas. La importación añadirá {what}.</translation>
        </message>
        <message>
            <source>The {count} warnings below do not stop the import.</source>
            <translation>Las {count} advertencias de abajo no impiden la importación.</translation>
        </message>
        <message>
            <source>Leave out the rows with problems (rows {rows})</source>
            <translation>Omitir las filas con problemas (filas {rows})</translation>
        </message>
        <message>
            <source>Leave out the rows with problems (rows {rows}) and import the rest</source>
            <translation>Omitir las filas con problemas (filas {rows}) e importar el resto</translation>
        </message>
        <message>
            <source>Same as {name}: {why}</source>
            <translation>Igual que {name}: {why}</translation>
        </message>
        <message>
            <source>{count} warnings were noted (shown on the previous page); for organisations that may be duplicates, merge them in the registry if they are the same.</source>
            <translation>Se anotaron {count} advertencias (mostradas en la página anterior); si hay organizaciones que pueden ser duplicadas, fusiónelas en el registro si son la misma.</translation>
        </message>
        <message>
            <source>{changes} changes to 1 organisation</source>
            <translation>{changes} cambios en 1 organización</translation>
        </message>
        <message>
            <source>{changes} changes to {organisations} organisations</source>
            <translation>{changes} cambios en {organisations} organizaciones</translation>
        </message>
    </context>
    <context>
        <name>FolderWatch</name>
        <message>
            <source>{count} new exchange files from {laptops}</source>
            <translation>{count} archivos de intercambio nuevos de {laptops}</translation>
        </message>
        <message>
            <source>Open File › Exchange with other laptops to read them (Read now).</source>
            <translation>Abra Archivo › Intercambiar con otros portátiles para leerlos (Leer ahora).</translation>
        </message>
        <message>
            <source>1 new exchange file from {laptops}</source>
            <translation>1 archivo de intercambio nuevo de {laptops}</translation>
        </message>
        <message>
            <source>{news}: File › Exchange with other laptops… to read them.</source>
            <translation>{news}: Archivo › Intercambiar con otros portátiles… para leerlos.</translation>
        </message>
    </context>
    <context>
        <name>Leadership</name>
        <message>
            <source>Nobody is proposed yet: tick candidates in the table to propose them.</source>
            <translation>Aún no se propone a nadie: marque candidatos en la tabla para proponerlos.</translation>
        </message>
        <message>
            <source>1 lead proposed.</source>
            <translation>1 líder propuesto.</translation>
        </message>
        <message>
            <source>Every balance rule is met</source>
            <translation>Se cumplen todas las reglas de equilibrio</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>At the edge</source>
            <translation>Al límite</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Incumplida</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>al menos {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>como máximo {n}</translation>
        </message>
        <message>
            <source>{n} leads proposed.</source>
            <translation>{n} líderes propuestos.</translation>
        </message>
        <message>
            <source>{n} of {total} balance rules broken: {names}.</source>
            <translation>{n} de {total} reglas de equilibrio incumplidas: {names}.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <source> ({n} at the edge).</source>
            <translation> ({n} al límite).</translation>
        </message>
        <message>
            <source>Open the process</source>
            <translation>Abrir el proceso</translation>
        </message>
        <message>
            <source>(no call yet: link it later)</source>
            <translation>(aún no hay convocatoria: vincúlela más tarde)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Opened on</source>
            <translation>&amp;Abierto el</translation>
        </message>
        <message>
            <source>Co-lead &amp;call</source>
            <translation>&amp;Convocatoria de co-líderes</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>Close the step</source>
            <translation>Cerrar el paso</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>&amp;Reason to override the order</source>
            <translation>&amp;Motivo para forzar el orden</translation>
        </message>
        <message>
            <source>Why this step is closed before the one before it (recorded with the step, its closing and the audit trail)</source>
            <translation>Por qué este paso se cierra antes que el anterior (se registra con el paso, su cierre y el registro de auditoría)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>A candidate or current member</source>
            <translation>Un candidato o un miembro actual</translation>
        </message>
        <message>
            <source>Another organisation</source>
            <translation>Otra organización</translation>
        </message>
        <message>
            <source>A name</source>
            <translation>Un nombre</translation>
        </message>
        <message>
            <source>for example “Open seat: Africa”</source>
            <translation>por ejemplo “Puesto vacante: África”</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Año</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>&amp;Función</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Save scores</source>
            <translation>Guardar las puntuaciones</translation>
        </message>
        <message>
            <source>Co-lead call of the renewal</source>
            <translation>Convocatoria de co-líderes de la renovación</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>(no call)</source>
            <translation>(sin convocatoria)</translation>
        </message>
        <message>
            <source>&amp;Call</source>
            <translation>&amp;Convocatoria</translation>
        </message>
        <message>
            <source>The call is step 2's open call for expressions of interest; its evaluation criteria are the lead criteria (the co-lead defaults when it has none).</source>
            <translation>La convocatoria es la convocatoria abierta de manifestaciones de interés del paso 2; sus criterios de evaluación son los criterios de liderazgo (los predeterminados de co-líderes si no tiene).</translation>
        </message>
        <message>
            <source>Close with override</source>
            <translation>Cerrar forzando</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Edit succession entry</source>
            <translation>Editar la entrada de sucesión</translation>
        </message>
        <message>
            <source>Plan a succession entry</source>
            <translation>Planificar una entrada de sucesión</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Ponderación</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <source>A reviewer from the incumbent, its parent or its affiliates cannot score it.</source>
            <translation>Un evaluador del titular, de su organización matriz o de sus afiliados no puede puntuarlo.</translation>
        </message>
        <message>
            <source>The applicants are the call's co-lead applications, and the lead criteria are its evaluation criteria (the co-lead defaults when it has none).</source>
            <translation>Los solicitantes son las solicitudes de co-líderes de la convocatoria, y los criterios de liderazgo son sus criterios de evaluación (los predeterminados de co-líderes si no tiene).</translation>
        </message>
        <message>
            <source>New leadership renewal process for {code}</source>
            <translation>Nuevo proceso de renovación de la dirección para {code}</translation>
        </message>
        <message>
            <source>{code} leadership renewal {year}</source>
            <translation>Renovación de la dirección de {code} {year}</translation>
        </message>
        <message>
            <source>Close step {number}</source>
            <translation>Cerrar el paso {number}</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Paso {number}: {title}</translation>
        </message>
        <message>
            <source>Score {name}</source>
            <translation>Puntuar {name}</translation>
        </message>
        <message>
            <source>The process has no lead criteria yet, so there is nothing to score.</source>
            <translation>El proceso aún no tiene criterios de liderazgo, así que no hay nada que puntuar.</translation>
        </message>
        <message>
            <source>Choose the reviewer first.</source>
            <translation>Elija primero el evaluador.</translation>
        </message>
        <message>
            <source>{title} ({start} to {end})</source>
            <translation>{title} (del {start} al {end})</translation>
        </message>
        <message>
            <source>Write the reason to override the order (it is recorded with the step), or cancel.</source>
            <translation>Escriba el motivo para forzar el orden (se registra con el paso), o cancele.</translation>
        </message>
        <message>
            <source>Score (0–{max})</source>
            <translation>Puntuación (0–{max})</translation>
        </message>
        <message>
            <source>{title} ({start} to {end}, {count} applications)</source>
            <translation>{title} (del {start} al {end}, {count} solicitudes)</translation>
        </message>
        <message>
            <source>Building the dossier…</source>
            <translation>Generando el dossier…</translation>
        </message>
        <message>
            <source>Building the roster…</source>
            <translation>Generando la lista de miembros…</translation>
        </message>
        <message>
            <source>Ends within 3 months</source>
            <translation>Termina en 3 meses</translation>
        </message>
        <message>
            <source>Ends within 6 months</source>
            <translation>Termina en 6 meses</translation>
        </message>
        <message>
            <source>Holding over since {day}: no successor yet</source>
            <translation>En prórroga desde el {day}: aún sin sucesor</translation>
        </message>
        <message>
            <source>Untick to leave the date unset</source>
            <translation>Desmarque para dejar la fecha sin definir</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sin fin</translation>
        </message>
    </context>
    <context>
        <name>MeetingsOperations</name>
        <message>
            <source>Writing the meeting pack…</source>
            <translation>Escribiendo el dossier de la reunión…</translation>
        </message>
    </context>
    <context>
        <name>PortfolioOperations</name>
        <message>
            <source>Exporting the initiatives…</source>
            <translation>Exportando las iniciativas…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <source>Stakeholder cluster</source>
            <translation>Grupo de partes interesadas</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programas</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Funciones</translation>
        </message>
        <message>
            <source>This column is not sortable.</source>
            <translation>Esta columna no se puede ordenar.</translation>
        </message>
        <message>
            <source>Click to sort by {column}.</source>
            <translation>Haga clic para ordenar por {column}.</translation>
        </message>
    </context>
    <context>
        <name>ReportingCharts</name>
        <message>
            <source>{rate:.0%} ({reported} of {partners})</source>
            <translation>{rate:.0%} ({reported} de {partners})</translation>
        </message>
        <message>
            <source>No partners.</source>
            <translation>Ningún socio.</translation>
        </message>
        <message>
            <source>target {target:.0%}</source>
            <translation>objetivo {target:.0%}</translation>
        </message>
    </context>
    <context>
        <name>ReportingOperations</name>
        <message>
            <source>Preparing reminders…</source>
            <translation>Preparando los recordatorios…</translation>
        </message>
        <message>
            <source>Writing the cycle summary…</source>
            <translation>Escribiendo el resumen del ciclo…</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Preparing the reminders…</source>
            <translation>Preparando los recordatorios…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>{name} cannot be imported. {reason}</source>
            <translation>{name} no se puede importar. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Balance</name>
        <message>
            <source>no bound</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>Choose a call to see its balance.</source>
            <translation>Elija una convocatoria para ver su equilibrio.</translation>
        </message>
        <message>
            <source>No balance rules: any slate of the right size will do.</source>
            <translation>Sin reglas de equilibrio: cualquier lista del tamaño correcto sirve.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>At the edge</source>
            <translation>Al límite</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Incumplida</translation>
        </message>
        <message>
            <source>The rule is met with room to spare.</source>
            <translation>La regla se cumple con margen.</translation>
        </message>
        <message>
            <source>The rule is met, but one change could break it.</source>
            <translation>La regla se cumple, pero un cambio podría romperla.</translation>
        </message>
        <message>
            <source>The rule is not met.</source>
            <translation>La regla no se cumple.</translation>
        </message>
        <message>
            <source>{count} · {bounds}</source>
            <translation>{count} · {bounds}</translation>
        </message>
        <message>
            <source>1 rule broken</source>
            <translation>1 regla incumplida</translation>
        </message>
        <message>
            <source>No rule broken so far.</source>
            <translation>Ninguna regla incumplida por ahora.</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>al menos {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>como máximo {n}</translation>
        </message>
        <message>
            <source>Every rule is met.</source>
            <translation>Se cumplen todas las reglas.</translation>
        </message>
        <message>
            <source>{n} rules broken</source>
            <translation>{n} reglas incumplidas</translation>
        </message>
        <message>
            <source>, {n} at the edge</source>
            <translation>, {n} al límite</translation>
        </message>
        <message>
            <source> {n} at the edge: one change could break them.</source>
            <translation> {n} al límite: un cambio podría romperlas.</translation>
        </message>
    </context>
    <context>
        <name>SelectionCharts</name>
        <message>
            <source>By regional group</source>
            <translation>Por grupo regional</translation>
        </message>
        <message>
            <source>By stakeholder cluster</source>
            <translation>Por grupo de partes interesadas</translation>
        </message>
        <message>
            <source>By representative's gender</source>
            <translation>Por género del representante</translation>
        </message>
        <message>
            <source>Green dashed mark: the least a rule asks. Red mark: the most it allows. A count outside them says so beside its bar.</source>
            <translation>Marca verde discontinua: el mínimo que pide una regla. Marca roja: el máximo que permite. Un recuento fuera de ellas se indica junto a su barra.</translation>
        </message>
        <message>
            <source>needs {n}</source>
            <translation>necesita {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>como máximo {n}</translation>
        </message>
        <message>
            <source>No cluster</source>
            <translation>Ningún grupo</translation>
        </message>
    </context>
    <context>
        <name>SelectionPool</name>
        <message>
            <source>Pinned in</source>
            <translation>Fijado dentro</translation>
        </message>
        <message>
            <source>Pinned out</source>
            <translation>Fijado fuera</translation>
        </message>
        <message>
            <source>Incumbent</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Elegido</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <source>Representative's gender</source>
            <translation>Género del representante</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Fijación</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Not picked</source>
            <translation>No elegido</translation>
        </message>
        <message>
            <source>Tick to put this candidate on the slate (or double-click the row).</source>
            <translation>Marque para incluir a este candidato en la lista (o haga doble clic en la fila).</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>{name}: a current core partner seeking renewal</source>
            <translation>{name}: un socio principal actual que solicita la renovación</translation>
        </message>
    </context>
    <context>
        <name>SelectionProposal</name>
        <message>
            <source>When two slates have the same best score, a fixed order of the candidates settles it, so the same pool and rules always give the same slate.</source>
            <translation>Cuando dos listas tienen la misma mejor puntuación, un orden fijo de los candidatos decide, de modo que el mismo grupo de candidatos y las mismas reglas siempre dan la misma lista.</translation>
        </message>
        <message>
            <source>The rules cannot all be met together.</source>
            <translation>Las reglas no pueden cumplirse todas a la vez.</translation>
        </message>
        <message>
            <source>Once it is dropped, every other rule can be met.</source>
            <translation>Si se abandona, todas las demás reglas pueden cumplirse.</translation>
        </message>
        <message>
            <source>Dropping any one of them settles it: the other rules can then all be met.</source>
            <translation>Basta con abandonar cualquiera de ellas: las demás reglas pueden entonces cumplirse todas.</translation>
        </message>
        <message>
            <source>Dropping any one of them alone does not settle it, as other rules conflict too; dropping all of them does: the other rules can then all be met.</source>
            <translation>Abandonar solo una de ellas no basta, porque otras reglas también entran en conflicto; abandonarlas todas sí: las demás reglas pueden entonces cumplirse todas.</translation>
        </message>
        <message>
            <source>Use this slate</source>
            <translation>Usar esta lista</translation>
        </message>
        <message>
            <source>Press Propose for the slate with the best total score that meets every rule, or right-click a candidate and ask why it is not in that slate.</source>
            <translation>Pulse Proponer para obtener la lista con la mejor puntuación total que cumple cada regla, o haga clic con el botón derecho en un candidato para preguntar por qué no está en esa lista.</translation>
        </message>
        <message>
            <source>No alternate can step in without upsetting the balance.</source>
            <translation>Ningún suplente puede entrar sin alterar el equilibrio.</translation>
        </message>
        <message>
            <source>Use the closest slate</source>
            <translation>Usar la lista más cercana</translation>
        </message>
        <message>
            <source>Dropping these rules settles it (the other rules can then all be met): {rules}.</source>
            <translation>Abandonar estas reglas basta (las demás reglas pueden entonces cumplirse todas): {rules}.</translation>
        </message>
        <message>
            <source>This database is open read-only.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura.</translation>
        </message>
        <message>
            <source>Proposed slate: {n} candidates, total score {score}; every rule is met.</source>
            <translation>Lista propuesta: {n} candidatos, puntuación total {score}; se cumplen todas las reglas.</translation>
        </message>
        <message>
            <source>It is the slate you picked.</source>
            <translation>Es la lista que usted eligió.</translation>
        </message>
        <message>
            <source>Alternates: the next best who keep the balance</source>
            <translation>Suplentes: los siguientes mejor situados que mantienen el equilibrio</translation>
        </message>
        <message>
            <source>Why, by simple counting</source>
            <translation>Por qué, por simple recuento</translation>
        </message>
        <message>
            <source>The seats and pins alone cannot be met, whatever the rules say.</source>
            <translation>Los puestos y las fijaciones por sí solos no pueden cumplirse, digan lo que digan las reglas.</translation>
        </message>
        <message>
            <source>below its minimum</source>
            <translation>por debajo de su mínimo</translation>
        </message>
        <message>
            <source>above its maximum</source>
            <translation>por encima de su máximo</translation>
        </message>
        <message>
            <source>Coming in</source>
            <translation>Entran</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>Salen</translation>
        </message>
        <message>
            <source>Dropping one of these alone settles it (the other rules can then all be met): {rules}.</source>
            <translation>Abandonar solo una de estas reglas basta (las demás reglas pueden entonces cumplirse todas): {rules}.</translation>
        </message>
        <message>
            <source>Dropping one of these alone does not, as other rules conflict too: {rules}.</source>
            <translation>Abandonar solo una de estas reglas no basta, porque otras reglas también entran en conflicto: {rules}.</translation>
        </message>
        <message>
            <source>Dropping these rules, one from each conflict, settles it (the other rules can then all be met): {rules}.</source>
            <translation>Abandonar estas reglas, una de cada conflicto, basta (las demás reglas pueden entonces cumplirse todas): {rules}.</translation>
        </message>
        <message>
            <source>The closest workable slate (total score {score}) relaxes {eased}.</source>
            <translation>La lista viable más cercana (puntuación total {score}) flexibiliza {eased}.</translation>
        </message>
        <message>
            <source>Why not {who}? The slate would lose {lost} points.</source>
            <translation>¿Por qué no {who}? La lista perdería {lost} puntos.</translation>
        </message>
        <message>
            <source>No slate meets every rule even without {who}: press Propose to see why.</source>
            <translation>Ninguna lista cumple todas las reglas ni siquiera sin {who}: pulse Proponer para ver por qué.</translation>
        </message>
        <message>
            <source>The rules that would break</source>
            <translation>Las reglas que se romperían</translation>
        </message>
        <message>
            <source>Use the slate with {who}</source>
            <translation>Usar la lista con {who}</translation>
        </message>
        <message>
            <source>Against your picks: {joining} in; {leaving} out.</source>
            <translation>Frente a sus elecciones: entran {joining}; salen {leaving}.</translation>
        </message>
        <message>
            <source>{who} could replace {whom} ({change:+.2f} to the score)</source>
            <translation>{who} podría sustituir a {whom} ({change:+.2f} en la puntuación)</translation>
        </message>
        <message>
            <source>The rules conflict in {n} separate ways, so dropping a single rule cannot settle it: each conflict needs a change of its own.</source>
            <translation>Las reglas entran en conflicto de {n} maneras distintas, así que abandonar una sola regla no basta: cada conflicto necesita su propio cambio.</translation>
        </message>
        <message>
            <source>This rule cannot be met, whatever the other rules say:</source>
            <translation>Esta regla no puede cumplirse, digan lo que digan las demás reglas:</translation>
        </message>
        <message>
            <source>These rules cannot all be met together:</source>
            <translation>Estas reglas no pueden cumplirse todas a la vez:</translation>
        </message>
        <message>
            <source>Why not {who}? It could join at no cost.</source>
            <translation>¿Por qué no {who}? Podría entrar sin coste.</translation>
        </message>
        <message>
            <source>Why not {who}? It cannot join without breaking rules.</source>
            <translation>¿Por qué no {who}? No puede entrar sin romper reglas.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>{name} by {n} {side}</source>
            <translation>{name} por {n} {side}</translation>
        </message>
        <message>
            <source>Conflict {n}: this rule cannot be met, whatever the other rules say:</source>
            <translation>Conflicto {n}: esta regla no puede cumplirse, digan lo que digan las demás reglas:</translation>
        </message>
        <message>
            <source>Conflict {n}: these rules cannot all be met together:</source>
            <translation>Conflicto {n}: estas reglas no pueden cumplirse todas a la vez:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>incumbent</source>
            <translation>titular</translation>
        </message>
    </context>
    <context>
        <name>Scenarios</name>
        <message>
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
        <message>
            <source>Save the current picks as:</source>
            <translation>Guardar las elecciones actuales como:</translation>
        </message>
        <message>
            <source>e.g. Regions first, or MAC's favourites</source>
            <translation>p. ej. Primero las regiones, o Favoritos del MAC</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Guardar el escenario</translation>
        </message>
        <message>
            <source>Use as the slate</source>
            <translation>Usar como lista</translation>
        </message>
        <message>
            <source>Replace the picks with this scenario's slate</source>
            <translation>Sustituir las elecciones por la lista de este escenario</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Tick two or more to compare them:</source>
            <translation>Marque dos o más para compararlos:</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Elegido</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Current picks</source>
            <translation>Elecciones actuales</translation>
        </message>
        <message>
            <source>Tick two or more scenarios (or the current picks) to see them side by side.</source>
            <translation>Marque dos o más escenarios (o las elecciones actuales) para verlos lado a lado.</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Puntuación total</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Puestos cubiertos</translation>
        </message>
        <message>
            <source>Rules broken</source>
            <translation>Reglas incumplidas</translation>
        </message>
        <message>
            <source>Only in this one</source>
            <translation>Solo en este</translation>
        </message>
        <message>
            <source>Pick some candidates first.</source>
            <translation>Elija primero algunos candidatos.</translation>
        </message>
        <message>
            <source>Compared under the round's current rules ({seats} seats); {common} candidates are in all of them.</source>
            <translation>Comparados con las reglas actuales de la ronda ({seats} puestos); {common} candidatos están en todos.</translation>
        </message>
        <message>
            <source>No longer in the pool</source>
            <translation>Ya no está en el grupo de candidatos</translation>
        </message>
        <message>
            <source>The scenarios differ on this rule</source>
            <translation>Los escenarios difieren en esta regla</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>{n} of {seats}</source>
            <translation>{n} de {seats}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>No se pudo iniciar la impresora.</translation>
        </message>
        <message>
            <source>No program on this computer opens PDF files.</source>
            <translation>Ningún programa de este ordenador abre archivos PDF.</translation>
        </message>
        <message>
            <source>The PDF was saved as {path}.</source>
            <translation>El PDF se guardó como {path}.</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Export to Excel</source>
            <translation>Exportar a Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Exportar a Excel…</translation>
        </message>
        <message>
            <source>Write this list, as shown (filters, sort, columns), to an Excel workbook</source>
            <translation>Escribir esta lista, tal como se muestra (filtros, orden, columnas), en un libro de Excel</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>Exportando {name}…</translation>
        </message>
        <message>
            <source>Exported {count} rows to {path}</source>
            <translation>{count} filas exportadas a {path}</translation>
        </message>
        <message>
            <source>Exported {n} of {total} rows</source>
            <translation>{n} de {total} filas exportadas</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>OPN Desk user guide</source>
            <translation>Guía del usuario de OPN Desk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>In lists, Enter opens the selected row; in dialogs, Escape closes without saving.</source>
            <translation>En las listas, Intro abre la fila seleccionada; en los diálogos, Esc cierra sin guardar.</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy of OPN Desk. It is docs/USER_GUIDE.md in OPN Desk's source.</source>
            <translation>La guía del usuario no está instalada con esta copia de OPN Desk. Está en docs/USER_GUIDE.md en el código fuente de OPN Desk.</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Before an upgrade</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>dañada</translation>
        </message>
        <message>
            <source>Reading the backups…</source>
            <translation>Leyendo las copias de seguridad…</translation>
        </message>
        <message>
            <source>Looking for the newest good backup…</source>
            <translation>Buscando la copia de seguridad válida más reciente…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando la copia de seguridad…</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>Comprobando las copias de seguridad…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>Comprobando y restaurando la copia de seguridad…</translation>
        </message>
        <message>
            <source>Close OPN Desk and open the database again to go on working.</source>
            <translation>Cierre OPN Desk y vuelva a abrir la base de datos para seguir trabajando.</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Diaria</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Hecha a mano</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Damaged copy set aside</source>
            <translation>Copia dañada apartada</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tomada el</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Only the desk that has {name} open for writing can restore a backup.</source>
            <translation>Solo el puesto que tiene {name} abierta para escribir puede restaurar una copia de seguridad.</translation>
        </message>
        <message>
            <source>The database will be as it was then, with {organisations}.</source>
            <translation>La base de datos quedará como estaba entonces, con {organisations}.</translation>
        </message>
        <message>
            <source>Restore the backup taken on {taken} ({kind})?</source>
            <translation>¿Restaurar la copia de seguridad tomada el {taken} ({kind})?</translation>
        </message>
        <message>
            <source>The backup taken on {taken} was restored.</source>
            <translation>Se restauró la copia de seguridad tomada el {taken}.</translation>
        </message>
        <message>
            <source>Choose the copy of {name} to go back to. Everything changed since then is replaced; the database as it is now is kept as a before-restore copy.</source>
            <translation>Elija la copia de {name} a la que volver. Todo lo que cambió desde entonces se sustituye; la base de datos tal como está ahora se conserva como copia anterior a la restauración.</translation>
        </message>
        <message>
            <source>Backups folder: {folder}</source>
            <translation>Carpeta de copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>Supera</translation>
        </message>
        <message>
            <source>There are no backups of {name} yet.</source>
            <translation>Aún no hay copias de seguridad de {name}.</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}.</source>
            <translation>Las copias de seguridad se guardan en {folder}.</translation>
        </message>
        <message>
            <source>No good backup of {name} was found.</source>
            <translation>No se encontró ninguna copia de seguridad válida de {name}.</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}; File › Restore from backup… lists every copy. Until one is found, export what the database still shows (File › Export organisations).</source>
            <translation>Las copias de seguridad se guardan en {folder}; Archivo › Restaurar una copia de seguridad… muestra cada copia. Hasta encontrar una, exporte lo que la base de datos aún muestra (Archivo › Exportar las organizaciones).</translation>
        </message>
        <message>
            <source>The database as it was before is kept as {name} in its backups folder.</source>
            <translation>La base de datos tal como estaba antes se conserva como {name} en su carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <source>Everything changed since then is replaced. The database as it is now is kept as a before-restore copy in its backups folder, so you can go back to it the same way.</source>
            <translation>Todo lo que cambió desde entonces se sustituye. La base de datos tal como está ahora se conserva como copia anterior a la restauración en su carpeta de copias de seguridad, para poder volver a ella del mismo modo.</translation>
        </message>
        <message>
            <source>Fails: {problem}</source>
            <translation>Falla: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>A server database is backed up by its IT person with pg_dump (docs/SERVER.md, section 6): OPN Desk makes no backup file of it, and restores none.</source>
            <translation>Una base de datos en un servidor la respalda su informático con pg_dump (docs/SERVER.md, sección 6): OPN Desk no hace ninguna copia de seguridad de ella ni restaura ninguna.</translation>
        </message>
        <message>
            <source>Connect to a server</source>
            <translation>Conectarse a un servidor</translation>
        </message>
        <message>
            <source>your database role</source>
            <translation>su rol en la base de datos</translation>
        </message>
        <message>
            <source>kept in this computer's keyring</source>
            <translation>guardada en el llavero de este ordenador</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>P&amp;uerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;Role (user):</source>
            <translation>&amp;Rol (usuario):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Your IT person gives you these (docs/SERVER.md). The password is kept in this computer's keyring, never in OPN Desk's settings; leave it empty if it is in a PostgreSQL password file or already kept.</source>
            <translation>Su informático le da estos datos (docs/SERVER.md). La contraseña se guarda en el llavero de este ordenador, nunca en los ajustes de OPN Desk; déjela vacía si está en un archivo de contraseñas de PostgreSQL o ya está guardada.</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>C&amp;onectar</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Conectando con {server}…</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>el servidor</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>la base de datos</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>el rol</translation>
        </message>
        <message>
            <source>Fill in {what}.</source>
            <translation>Rellene {what}.</translation>
        </message>
    </context>
    <context>
        <name>ServerWatch</name>
        <message>
            <source>Changes by other officers</source>
            <translation>Cambios de otros oficiales de la secretaría</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Welcome to OPN Desk</source>
            <translation>Bienvenido a OPN Desk</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Welcome to OPN Desk&lt;/b&gt;, the desk officers' tool for the One Planet network programmes: the registry of organisations, applications, core-partner selection and leadership renewal, in one file on this laptop.&lt;/p&gt;&lt;p&gt;Every change is kept in the history with the name of who made it. What name should the history give you?&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Bienvenido a OPN Desk&lt;/b&gt;, la herramienta de los oficiales de la secretaría para los programas de One Planet network: el registro de organizaciones, las solicitudes, la selección de socios principales y la renovación de la dirección, en un solo archivo en este portátil.&lt;/p&gt;&lt;p&gt;Cada cambio se conserva en el historial con el nombre de quien lo hizo. ¿Qué nombre debe darle el historial?&lt;/p&gt;</translation>
        </message>
        <message>
            <source>For example: Ana Silva</source>
            <translation>Por ejemplo: Ana Silva</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Su &amp;nombre</translation>
        </message>
        <message>
            <source>You can change it later in Edit › Preferences. The user guide is in Help › User guide.</source>
            <translation>Puede cambiarlo más tarde en Editar › Preferencias. La guía del usuario está en Ayuda › Guía del usuario.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Open the user guide</source>
            <translation>Abrir la guía del usuario</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanOperations</name>
        <message>
            <source>Writing the progress report…</source>
            <translation>Escribiendo el informe de avance…</translation>
        </message>
        <message>
            <source>Writing the annual work plan…</source>
            <translation>Redacción del plan de trabajo anual…</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>That organisation no longer exists.</source>
            <translation>Esa organización ya no existe.</translation>
        </message>
        <message>
            <source>A self-assessment is Red, Amber or Green.</source>
            <translation>Una autoevaluación es Rojo, Ámbar o Verde.</translation>
        </message>
        <message>
            <source>commitments of the renewal</source>
            <translation>compromisos de la renovación</translation>
        </message>
        <message>
            <source>{done} of {total} programme(s) in the last cycle</source>
            <translation>{done} de {total} programa(s) en el último ciclo</translation>
        </message>
        <message>
            <source>took part in {took} of {invited} meeting(s), written comments included</source>
            <translation>participó en {took} de {invited} reunión(es), comentarios escritos incluidos</translation>
        </message>
        <message>
            <source>{kept} of {total} initiative(s) up to date</source>
            <translation>{kept} de {total} iniciativa(s) al día</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>That initiative no longer exists.</source>
            <translation>Esa iniciativa ya no existe.</translation>
        </message>
        <message>
            <source>An initiative needs a title.</source>
            <translation>Una iniciativa necesita un título.</translation>
        </message>
        <message>
            <source>An initiative is core or affiliated.</source>
            <translation>Una iniciativa es principal o afiliada.</translation>
        </message>
        <message>
            <source>An initiative needs a lead organisation.</source>
            <translation>Una iniciativa necesita una organización líder.</translation>
        </message>
        <message>
            <source>An initiative cannot end before it starts.</source>
            <translation>Una iniciativa no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <source>The initiative was changed since you opened it; reopen it to see the latest version.</source>
            <translation>La iniciativa cambió desde que la abrió; vuelva a abrirla para ver la última versión.</translation>
        </message>
        <message>
            <source>That organisation no longer exists.</source>
            <translation>Esa organización ya no existe.</translation>
        </message>
        <message>
            <source>Due diligence is for affiliated initiatives.</source>
            <translation>La diligencia debida es para las iniciativas afiliadas.</translation>
        </message>
        <message>
            <source>The decision is include or decline.</source>
            <translation>La decisión es incluir o rechazar.</translation>
        </message>
        <message>
            <source>Record the reasons for the decision.</source>
            <translation>Registre los motivos de la decisión.</translation>
        </message>
        <message>
            <source>Only an initiative in due diligence can be decided.</source>
            <translation>Solo puede decidirse una iniciativa en diligencia debida.</translation>
        </message>
        <message>
            <source>Every item of the due diligence checklist must be done before inclusion.</source>
            <translation>Cada elemento de la lista de diligencia debida debe estar hecho antes de la inclusión.</translation>
        </message>
        <message>
            <source>Only a proposed initiative can be deleted; close it instead.</source>
            <translation>Solo puede eliminarse una iniciativa propuesta; ciérrela en su lugar.</translation>
        </message>
        <message>
            <source>An organisation of the initiative no longer exists.</source>
            <translation>Una organización de la iniciativa ya no existe.</translation>
        </message>
        <message>
            <source>The lead cannot leave its initiative; name another lead first.</source>
            <translation>El líder no puede dejar su iniciativa; nombre primero otro líder.</translation>
        </message>
        <message>
            <source>Add another partner first, or make it affiliated.</source>
            <translation>Añada primero otro socio, o conviértala en afiliada.</translation>
        </message>
        <message>
            <source>{value!r} is not an initiative status; use one of: {choices}.</source>
            <translation>{value!r} no es un estado de iniciativa; use uno de: {choices}.</translation>
        </message>
        <message>
            <source>{codes} is not a country code (ISO3) the desk knows.</source>
            <translation>{codes} no es un código de país (ISO3) que conozca la secretaría.</translation>
        </message>
    </context>
    <context>
        <name>Reporting</name>
        <message>
            <source>That reporting cycle no longer exists.</source>
            <translation>Ese ciclo de informes ya no existe.</translation>
        </message>
        <message>
            <source>The reporting cycle was changed since you opened it; reopen it to see the latest version.</source>
            <translation>El ciclo de informes cambió desde que lo abrió; vuelva a abrirlo para ver la última versión.</translation>
        </message>
        <message>
            <source>That organisation no longer exists.</source>
            <translation>Esa organización ya no existe.</translation>
        </message>
        <message>
            <source>Say why the partner is excused from reporting.</source>
            <translation>Indique por qué se dispensa al socio del informe.</translation>
        </message>
        <message>
            <source>Reminders are written in English (en), French (fr) or Spanish (es).</source>
            <translation>Los recordatorios se escriben en inglés (en), francés (fr) o español (es).</translation>
        </message>
        <message>
            <source>An activity needs a title.</source>
            <translation>Una actividad necesita un título.</translation>
        </message>
        <message>
            <source>That initiative no longer exists.</source>
            <translation>Esa iniciativa ya no existe.</translation>
        </message>
        <message>
            <source>That activity no longer exists.</source>
            <translation>Esa actividad ya no existe.</translation>
        </message>
        <message>
            <source>The activity was changed since you opened it; reopen it to see the latest version.</source>
            <translation>La actividad cambió desde que la abrió; vuelva a abrirla para ver la última versión.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation>Esa persona ya no existe.</translation>
        </message>
        <message>
            <source>{code} has no reporting cycle for {year}{known}.</source>
            <translation>{code} no tiene ciclo de informes para {year}{known}.</translation>
        </message>
        <message>
            <source>{year} is not a reporting year (2000 to 2100).</source>
            <translation>{year} no es un año de informe (2000 a 2100).</translation>
        </message>
        <message>
            <source>{code} already has a reporting cycle for {year}.</source>
            <translation>{code} ya tiene un ciclo de informes para {year}.</translation>
        </message>
        <message>
            <source>A report for {year} cannot have been submitted on {day}.</source>
            <translation>Un informe de {year} no puede haberse presentado el {day}.</translation>
        </message>
        <message>
            <source>{value!r} is not an activity category; use one of: {choices}.</source>
            <translation>{value!r} no es una categoría de actividad; use una de: {choices}.</translation>
        </message>
        <message>
            <source>{n} is not an SDG; the goals are numbered 1 to 17.</source>
            <translation>{n} no es un ODS; los objetivos se numeran del 1 al 17.</translation>
        </message>
        <message>
            <source>{codes} is not a country code (ISO3) the desk knows.</source>
            <translation>{codes} no es un código de país (ISO3) que conozca la secretaría.</translation>
        </message>
    </context>
    <context>
        <name>ServerConnection</name>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} en {host}</translation>
        </message>
        <message>
            <source>OPN Desk cannot reach a server at {host}, port {port}: check the name and the port, and that this computer is on the network (or the VPN).</source>
            <translation>OPN Desk no puede llegar a un servidor en {host}, puerto {port}: compruebe el nombre y el puerto, y que este ordenador esté en la red (o en la VPN).</translation>
        </message>
        <message>
            <source>The server refused the password for {user}: check it and try again.</source>
            <translation>El servidor rechazó la contraseña de {user}: compruébela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The server asks for a password for {user}: type it in.</source>
            <translation>El servidor pide una contraseña para {user}: escríbala.</translation>
        </message>
        <message>
            <source>The server at {host} has no database called {database}: check the name with your IT person.</source>
            <translation>El servidor {host} no tiene ninguna base de datos llamada {database}: compruebe el nombre con su informático.</translation>
        </message>
        <message>
            <source>The server at {host} does not let {user} in: ask your IT person for access (docs/SERVER.md, section 2).</source>
            <translation>El servidor {host} no deja entrar a {user}: pida acceso a su informático (docs/SERVER.md, sección 2).</translation>
        </message>
        <message>
            <source>Connected: {server} holds an OPN Desk desk.</source>
            <translation>Conectado: {server} contiene un escritorio de OPN Desk.</translation>
        </message>
        <message>
            <source>This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.</source>
            <translation>Este ordenador no tiene un llavero que OPN Desk pueda usar ({kind}); ponga la contraseña en un archivo de contraseñas de PostgreSQL (PGPASSFILE, ~/.pgpass).</translation>
        </message>
        <message>
            <source>The database {database} is there but holds no OPN Desk desk yet: put one there from a desk's file with 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).</source>
            <translation>La base de datos {database} existe pero aún no contiene ningún escritorio de OPN Desk: ponga allí el de un archivo con 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, sección 4).</translation>
        </message>
        <message>
            <source>The database {database} holds other tables but no OPN Desk desk: ask your IT person for an empty database of its own.</source>
            <translation>La base de datos {database} contiene otras tablas pero ningún escritorio de OPN Desk: pida a su informático una base de datos vacía propia.</translation>
        </message>
    </context>
    <context>
        <name>Decisions</name>
        <message>
            <source>Deleted on one laptop, changed on another</source>
            <translation>Eliminado en un portátil, cambiado en otro</translation>
        </message>
        <message>
            <source>Only free text can keep both values; choose one, or type the value to keep.</source>
            <translation>Solo un texto libre puede conservar ambos valores; elija uno, o escriba el valor que se conservará.</translation>
        </message>
    </context>
</TS>
